package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Bubble Tea repaints the whole screen for every window size: one that did
// not change is dropped before it gets there, and nothing else is.
func TestARepeatedWindowSizeRepaintsNothing(t *testing.T) {
	suspended := 0
	next := func(_ tea.Model, msg tea.Msg) tea.Msg {
		if _, ok := msg.(tea.SuspendMsg); ok {
			suspended++
		}
		return msg
	}
	filter := SkipRepeatedSizes(next)
	steps := []struct {
		msg  tea.Msg
		pass bool
	}{
		{tea.WindowSizeMsg{Width: 80, Height: 24}, true},
		{tea.WindowSizeMsg{Width: 80, Height: 24}, false},
		{tea.KeyPressMsg{Code: tea.KeyDown}, true},
		{tea.WindowSizeMsg{Width: 100, Height: 24}, true},
		{tea.WindowSizeMsg{Width: 100, Height: 24}, false},
		{tea.WindowSizeMsg{Width: 80, Height: 24}, true},
		{tea.SuspendMsg{}, true},
	}
	for i, s := range steps {
		if got := filter(nil, s.msg); (got != nil) != s.pass {
			t.Errorf("step %d: %#v passed on: %v, want %v", i, s.msg, got != nil, s.pass)
		}
	}
	if suspended != 1 {
		t.Errorf("next saw %d suspends, want 1", suspended)
	}
}
