package tui

import (
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// A reflection takes 2,000 characters: a longer paste keeps those, says
// the rest was left out, and the note goes with the next key.
func TestAReflectionPasteIsCutWithANote(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	m.showQuestion(len(m.questions) - 1)
	m.Update(tea.PasteMsg{Content: strings.Repeat("é", 3000)})
	wantScreen(t, m, "Only the first 2000 characters of what you pasted fit here")
	press(m, "enter")
	a, ok := m.answers.Get("note")
	if !ok || utf8.RuneCountInString(a.Value) != maxTextInput {
		t.Errorf("the reflection holds %d characters, want %d", utf8.RuneCountInString(a.Value), maxTextInput)
	}
	if strings.Contains(screen(m), "what you pasted") {
		t.Errorf("the note outlived the next key:\n%s", screen(m))
	}
}

// Typed reflections lose bidirectional override characters, which would
// make them read otherwise in a report or an editor.
func TestAReflectionLosesBidiOverrides(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	m.showQuestion(len(m.questions) - 1)
	m.Update(tea.PasteMsg{Content: "pay \u202e0001\u202c now \u2066x\u2069"})
	press(m, "enter")
	if a, _ := m.answers.Get("note"); a.Value != "pay 0001 now x" {
		t.Errorf("the reflection is %q, want %q", a.Value, "pay 0001 now x")
	}
}

func TestPasteLimitCutsOnlyThePaste(t *testing.T) {
	in := "before" + "\x1b[200~" + strings.Repeat("x", 1<<20) + "\x1b[201~" + "after\x1b[20" + "\x1b[200~short\x1b[2\x1b[201~"
	got, err := io.ReadAll(newPasteLimit(strings.NewReader(in)))
	if err != nil {
		t.Fatal(err)
	}
	want := "before" + "\x1b[200~" + strings.Repeat("x", maxPaste) + "\x1b[201~" + "after\x1b[20" + "\x1b[200~short\x1b[2\x1b[201~"
	if string(got) != want {
		t.Errorf("got %d bytes, want %d: the paste cut to %d bytes and everything else as it was", len(got), len(want), maxPaste)
	}
}
