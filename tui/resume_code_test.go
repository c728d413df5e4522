package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/powercore/powercore/assessment"
)

// The resume code shows under every question of a workshop participant,
// and the screens still fit the smallest window.
func TestTheResumeCodeShowsUnderEveryQuestionAndFits(t *testing.T) {
	t.Parallel()
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann", StateDir: t.TempDir(), Who: "ann"})
	m.owner = &assessment.Owner{Code: "K7PQ-M2XD"}
	m.Update(tea.WindowSizeMsg{Width: minWidth, Height: minHeight})
	check := func(where, want string) {
		t.Helper()
		shown := screen(m)
		if !strings.Contains(shown, want) {
			t.Errorf("%s:\n%s\nwant %q on it", where, shown, want)
		}
		if lines := strings.Split(shown, "\n"); len(lines) > minHeight {
			t.Errorf("%s: %d lines, more than the %d of the window", where, len(lines), minHeight)
		}
	}
	check("intro", "resume code")
	press(m, "enter")
	check("the first question", "Your resume code (to carry on from another connection): K7PQ-M2XD")
	press(m, "4", "enter")
	check("the second question", "Answers saved · your resume code: K7PQ-M2XD")
}
