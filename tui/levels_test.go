package tui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/powercore/powercore/assessment"
)

// A practice question's levels that wrap go on under their label, at every
// width from the smallest up, wherever the cursor is.
func TestPracticeLevelsWrapUnderTheirLabel(t *testing.T) {
	m := newTestModel(t, defaultBank(t), Options{Name: "Ann"})
	i := slices.IndexFunc(m.questions, func(q question) bool { return q.Kind == assessment.Scale })
	m.showQuestion(i)
	press(m, "down", "down")
	level := regexp.MustCompile(`^\s*┃ (› |  )[0-9?]  \S`)
	under := regexp.MustCompile(`^\s*┃      \S`)
	for w := smallWidth; w <= 120; w++ {
		m.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		s := screen(m)
		lines := strings.Split(s, "\n")
		first := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "0  Not done") })
		last := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "?  Don't know") })
		if first < 0 || last < first {
			t.Fatalf("at %d columns the levels are not all shown:\n%s", w, s)
		}
		for _, l := range lines[first : last+1] {
			if !level.MatchString(l) && !under.MatchString(l) {
				t.Errorf("at %d columns a level's line is neither a level nor under its label: %q", w, l)
			}
		}
		if !strings.Contains(s, "› 2  Repeatable") {
			t.Errorf("at %d columns the cursor left level 2:\n%s", w, s)
		}
	}
}
