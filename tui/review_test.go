package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// In a small window the review's help line keeps how to change an answer
// and how to submit: moving and going back give way first.
func TestReviewHelpKeepsChangeAt60(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	answerTiny(t, m)
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 18})
	shown := screen(m)
	for _, want := range []string{"change this answer", "submit", "quit"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the review at 60×18:\n%s\nwant %q in its help line", shown, want)
		}
	}
}
