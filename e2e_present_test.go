package main

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
	"github.com/powercore/powercore/tui/render"
)

// textMeasure is how wide the text on a screen runs: from the leftmost
// column a line starts at to the rightmost one any line ends at.
func textMeasure(screen string) int {
	left, right := -1, 0
	for _, line := range strings.Split(screen, "\n") {
		text := strings.TrimRight(line, " ")
		if text == "" {
			continue
		}
		start := utf8.RuneCountInString(text) - utf8.RuneCountInString(strings.TrimLeft(text, " "))
		if left < 0 || start < left {
			left = start
		}
		right = max(right, utf8.RuneCountInString(text))
	}
	return right - max(0, left)
}

// TestPresentReadsFromTheBack runs --present on a 200×55 projector: every
// screen keeps to the measure, the points placed show in block digits,
// and the summary (on screen and as left in the scrollback) leaves out the
// flags about how the person answered, which the saved file keeps.
func TestPresentReadsFromTheBack(t *testing.T) {
	bank := builtin(t)
	tm := newTerminal(t, 200, 55)
	tm.start(nil, true, "--present", "--out", "result.json", "--name", "Pat")
	within := func(what, screen string) {
		t.Helper()
		if got := textMeasure(screen); got > render.PresentMeasure {
			t.Errorf("%s: text runs %d columns wide on a 200-column projector, want at most %d:\n%s", what, got, render.PresentMeasure, screen)
		}
	}
	within("intro", tm.waitText("enter start"))
	tm.press("Enter")

	ten, _ := render.BannerLine("10")
	questions := bank.Questions()
	seen := map[assessment.Kind]bool{}
	for n, q := range questions {
		s := tm.waitQuestion(n+1, len(questions))
		if q.Kind == assessment.Allocate {
			rows := len(q.Options)
			i := tm.focusRow(labelOf(t, q, "sales"), rows)
			tm.typeText("9")
			tm.waitPoints(i, rows, 9)
			tm.typeText("+")
			s = tm.waitText("all 10 points placed")
			if !seen[q.Kind] && (!strings.Contains(s, strings.TrimRight(ten[0], " ")) || !strings.Contains(s, "of 10 points placed")) {
				t.Errorf("point question: no block digits for the 10 points placed:\n%s", s)
			}
		}
		if !seen[q.Kind] {
			within("a "+string(q.Kind)+" question", s)
			seen[q.Kind] = true
		}
		tm.press("Enter")
	}
	within("review", tm.waitText("Review your answers"))
	tm.press("Enter")
	s := tm.waitSummary("Pat")
	within("summary", s)
	for _, f := range []assessment.Flag{assessment.StraightLining, assessment.Fast} {
		words := strings.Join(strings.Fields(summary.FlagWords(f))[:4], " ")
		if strings.Contains(s, words) {
			t.Errorf("the projected summary shows the %q flag (%q):\n%s", f, words, s)
		}
	}
	tm.waitText("Saved to result.json")
	tm.typeText("s")
	within("save prompt", tm.waitText("Save the result to"))
	tm.press("Escape")
	tm.waitText("Not saved.")
	tm.typeText("q")
	if code := tm.wait(); code != 0 {
		t.Fatalf("exit code %d after q, want 0", code)
	}
	// The copy left in the scrollback is on the projector too.
	scrollback := tm.capture("spare", false, true)
	if !strings.Contains(scrollback, "is your Power Core") {
		t.Fatalf("no summary left in the scrollback:\n%s", scrollback)
	}
	within("the summary left in the scrollback", scrollback)
	if words := strings.Join(strings.Fields(summary.FlagWords(assessment.StraightLining))[:4], " "); strings.Contains(scrollback, words) {
		t.Errorf("the summary left in the scrollback shows the straight-lining flag:\n%s", scrollback)
	}
	// Every practice got the same level: the file keeps the flag the
	// projector left out.
	result := readJSON(t, filepath.Join(tm.dir, "result.json"))
	if got := answerJSON(t, result["flags"]); !strings.Contains(got, `"straight-lining"`) {
		t.Errorf("the --out file: flags = %s, want straight-lining among them", got)
	}
}
