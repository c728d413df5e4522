package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
	"github.com/powercore/powercore/tui/render"
)

// measure is how wide a screen's text runs: from the leftmost column any
// line starts at to the rightmost any line ends at.
func measure(screen string) int {
	left, right := -1, 0
	for _, line := range strings.Split(screen, "\n") {
		text := strings.TrimRight(line, " ")
		if strings.TrimSpace(text) == "" {
			continue
		}
		start := lipgloss.Width(text) - lipgloss.Width(strings.TrimLeft(text, " "))
		if left < 0 || start < left {
			left = start
		}
		right = max(right, lipgloss.Width(text))
	}
	return right - max(0, left)
}

// presentRun answers the built-in bank at width×height, quickly (half a
// second an answer, every practice at the same level: a "fast" and
// "straight-lining" result), and returns each screen on the way by name.
func presentRun(t *testing.T, present bool, width, height int) (*model, map[string]string) {
	t.Helper()
	bank := defaultBank(t)
	clock := testNow
	m := newModel(bank, Options{Name: "Pat", Present: present, Seed: 1, Now: func() time.Time {
		clock = clock.Add(500 * time.Millisecond)
		return clock
	}})
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	screens := map[string]string{"intro": screen(m)}
	press(m, "enter")
	for m.state == stateQuestion {
		q := m.questions[m.current]
		switch q.Kind {
		case assessment.Allocate:
			press(m, "7", "down", "3")
			if screens["point question"] == "" {
				screens["point question"] = screen(m)
			}
		case assessment.Scale:
			press(m, "2")
			if screens["practice question"] == "" {
				screens["practice question"] = screen(m)
			}
		case assessment.Text:
			if screens["reflection"] == "" {
				screens["reflection"] = screen(m)
			}
		}
		press(m, "enter")
	}
	screens["review"] = screen(m)
	press(m, "enter")
	if m.state != stateSummary {
		t.Fatalf("not at the summary after the review:\n%s", screen(m))
	}
	screens["summary"] = screen(m)
	screens["summary, all of it"] = strings.Join(m.summaryLines(), "\n")
	press(m, "?")
	screens["summary keys"] = screen(m)
	press(m, "x", "s")
	screens["save prompt"] = screen(m)
	return m, screens
}

// TestPresentKeepsToTheMeasure: on a projector every screen's text stays
// within a measure the back of the room can follow, however wide the
// window (it ran to about 130 columns at 200×55).
func TestPresentKeepsToTheMeasure(t *testing.T) {
	for _, size := range [][2]int{{200, 55}, {120, 35}, {80, 24}} {
		_, screens := presentRun(t, true, size[0], size[1])
		for name, s := range screens {
			if name == "summary, all of it" {
				continue
			}
			if got := measure(s); got > render.PresentMeasure {
				t.Errorf("%d×%d %s: text runs %d columns wide, want at most %d:\n%s", size[0], size[1], name, got, render.PresentMeasure, s)
			}
		}
	}
}

// TestPresentShowsNumbersLarge: the points placed on a point question and
// the leading cores' scores on the summary are drawn in block digits.
func TestPresentShowsNumbersLarge(t *testing.T) {
	m, screens := presentRun(t, true, 200, 55)
	ten, _ := render.BannerLine("10")
	if s := screens["point question"]; !strings.Contains(s, ten[0]) || !strings.Contains(s, ten[4]) || !strings.Contains(s, "of 10 points placed") {
		t.Errorf("point question:\n%s\nwant the 10 points placed in block digits", s)
	}
	var lead summary.CoreLine
	for _, c := range summary.Summarize(m.result, m.bank).Cores {
		if c.Dominant {
			lead = c
			break
		}
	}
	digits, _ := render.BannerLine(summary.Round(lead.Score))
	if s := screens["summary"]; !strings.Contains(s, digits[0]) || !strings.Contains(s, digits[4]) {
		t.Errorf("summary:\n%s\nwant %s's score %s in block digits", s, lead.Name, summary.Round(lead.Score))
	}
	_, plain := presentRun(t, false, 200, 55)
	if s := plain["point question"]; strings.Contains(s, "of 10 points placed") {
		t.Errorf("a point question off the projector draws the block digits:\n%s", s)
	}
}

// TestPresentLeavesPersonalFlagsOff: a projected summary says nothing of
// how quickly or how alike the person answered; the result, and so every
// saved file, keeps those flags, and the summary off a projector shows
// them.
func TestPresentLeavesPersonalFlagsOff(t *testing.T) {
	m, screens := presentRun(t, true, 200, 55)
	for _, f := range []assessment.Flag{assessment.Fast, assessment.StraightLining} {
		if !hasFlag(m.result.Flags, f) {
			t.Fatalf("the run's result has flags %v, want %q among them", m.result.Flags, f)
		}
		words := firstWords(summary.FlagWords(f))
		if s := screens["summary, all of it"]; strings.Contains(s, words) {
			t.Errorf("the projected summary shows the %q flag (%q):\n%s", f, words, s)
		}
	}
	_, plain := presentRun(t, false, 200, 55)
	for _, f := range []assessment.Flag{assessment.Fast, assessment.StraightLining} {
		if words := firstWords(summary.FlagWords(f)); !strings.Contains(plain["summary, all of it"], words) {
			t.Errorf("the summary off a projector leaves out the %q flag (%q)", f, words)
		}
	}
}

func hasFlag(flags []assessment.Flag, f assessment.Flag) bool {
	for _, g := range flags {
		if g == f {
			return true
		}
	}
	return false
}

// firstWords is the start of a sentence, short enough never to be wrapped
// at the measure.
func firstWords(s string) string {
	words := strings.Fields(s)
	return strings.Join(words[:min(4, len(words))], " ")
}

// TestPresentCardKeepsItsEdge: at the projector's measure a card's long
// list title wraps inside the card, every line behind its edge.
func TestPresentCardKeepsItsEdge(t *testing.T) {
	b := defaultBank(t)
	r := assessment.Score(b, splitAnswers(b, map[string]int{"it": 7, "sales": 3}, []string{"1", "2"}))
	got := ansi.Strip(render.RenderSummary(summary.Summarize(&r, b), render.PresentMeasure, render.NewStyles(true, true)))
	lines := strings.Split(got, "\n")
	for _, l := range lines {
		if lipgloss.Width(l) > render.PresentMeasure {
			t.Errorf("a line is %d columns wide, want at most %d: %q", lipgloss.Width(l), render.PresentMeasure, l)
		}
	}
	for i, l := range lines {
		if strings.Contains(l, "Kickstart for Information technology") {
			if next := lines[i+1]; !strings.HasPrefix(next, "┃") {
				t.Errorf("the line after the kickstart's title is outside the card: %q\n%s", next, got)
			}
			return
		}
	}
	t.Fatalf("no kickstart for Information technology:\n%s", got)
}

// TestPresentBannerPacksWords: a headline of several words takes as few
// banner lines as fit the measure ("NO CLEAR / POWER CORE", not a word a
// line), leaving the room for what follows it.
func TestPresentBannerPacksWords(t *testing.T) {
	st := render.NewStyles(true, true)
	got := ansi.Strip(render.Banner("No clear Power Core", render.PresentMeasure, st))
	if rows := strings.Count(got, "\n") + 1; rows != 11 {
		t.Errorf("the banner takes %d rows, want 11 (two lines of five, a blank between):\n%s", rows, got)
	}
	for _, l := range strings.Split(got, "\n") {
		if lipgloss.Width(l) > render.PresentMeasure {
			t.Errorf("a banner row is %d columns wide, want at most %d", lipgloss.Width(l), render.PresentMeasure)
		}
	}
	one, _ := render.BannerLine("SALES")
	if got := ansi.Strip(render.Banner("Sales", render.PresentMeasure, st)); got != strings.Join(one[:], "\n") {
		t.Errorf("a one-word banner:\n%s\nwant SALES on one line", got)
	}
}
