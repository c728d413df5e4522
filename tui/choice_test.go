package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// A paste, or any message that is not a key, reaches a choice question
// without a form around it and changes nothing.
func TestAPasteOnAChoiceChangesNothing(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	press(m, "enter", "4", "enter")
	wantScreen(t, m, "Who wins a budget fight?")
	m.Update(tea.PasteMsg{Content: "Product chief"})
	m.Update(tea.BackgroundColorMsg{})
	press(m, "down", "enter")
	if a, _ := m.answers.Get("budget"); a.Value != "b" {
		t.Errorf("budget = %q after a paste and ↓, want b", a.Value)
	}
}

// Every practice question is asked over the same levels: going back and
// forth between them shows each one's own prompt and answer.
func TestPracticeQuestionsKeepTheirOwnAnswers(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	press(m, "enter", "4", "enter", "enter")
	wantScreen(t, m, "question 3 of 5", "We count customers.")
	press(m, "2", "enter")
	wantScreen(t, m, "question 4 of 5", "We know why they leave.", "› 0  Not done")
	press(m, "1", "shift+tab")
	wantScreen(t, m, "question 3 of 5", "We count customers.", "› 2  Always")
	press(m, "enter")
	wantScreen(t, m, "question 4 of 5", "We know why they leave.", "› 1  Sometimes")
	m.Update(tea.WindowSizeMsg{Width: 70, Height: 24})
	wantScreen(t, m, "We know why they leave.", "› 1  Sometimes")
}
