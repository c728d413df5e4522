package workshop

import (
	"os"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/powercore/powercore/assessment"
)

// defaultBank is the built-in bank, read from the repository root.
func defaultBank(t testing.TB) *assessment.Bank {
	t.Helper()
	data, err := os.ReadFile("../../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b, err := assessment.Parse("questions.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// keyMsg turns a key name as Bubble Tea prints it into a key press.
func keyMsg(name string) tea.KeyPressMsg {
	switch name {
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	}
	r := []rune(name)
	return tea.KeyPressMsg{Code: r[0], Text: name}
}
