package main

import (
	"strings"
	"testing"

	"github.com/powercore/powercore/assessment"
)

// TestSmallWindows: at 60×18 only the point question asks for a larger
// window; the intro (with its name field), a practice question with all
// its levels, the review, the summary and the resume screen are usable,
// and every help line names the way out.
func TestSmallWindows(t *testing.T) {
	bank := builtin(t)
	questions := bank.Questions()
	total := len(questions)
	tm := newTerminal(t, 60, 18)
	resize := func(w, h string) { tm.tmuxCmd("resize-window", "-t", "e2e:app", "-x", w, "-y", h) }
	tm.start(nil, false)

	s := tm.waitText("Your name")
	for _, want := range []string{"e.g. Jane Doe", "ctrl+c quit"} {
		if !strings.Contains(s, want) {
			t.Errorf("the intro at 60×18 does not show %q:\n%s", want, s)
		}
	}
	tm.typeText("Sam")
	tm.press("Enter")
	tm.waitText("72×22, and this one is 60×18")

	resize("80", "24")
	tm.answerFrom(bank, 0, 6)
	tm.waitQuestion(7, total)
	resize("60", "18")
	s = tm.waitText("question 7 of")
	if questions[6].Kind != assessment.Scale {
		t.Fatalf("question 7 is a %s; this test expects a practice question", questions[6].Kind)
	}
	for _, want := range []string{"Not done", "Embedded and measured", "Don't know", "ctrl+c quit"} {
		if !strings.Contains(s, want) {
			t.Errorf("a practice question at 60×18 does not show %q:\n%s", want, s)
		}
	}
	tm.answerFrom(bank, 6, 10)
	tm.waitQuestion(11, total)
	tm.press("C-c")
	tm.wait()

	tm.restart()
	s = tm.waitText("Welcome back")
	if !strings.Contains(s, "ctrl+c quit") || !strings.Contains(s, "Resume?") {
		t.Errorf("the resume screen at 60×18:\n%s", s)
	}
	tm.press("Enter")
	tm.answerFrom(bank, 10, total)
	s = tm.waitText("Review your answers")
	if !strings.Contains(s, "ctrl+c quit") || !strings.Contains(s, "enter submit") {
		t.Errorf("the review at 60×18:\n%s", s)
	}
	tm.press("Enter")
	s = tm.waitSummary("Sam")
	if !strings.Contains(s, "q quit") || strings.Contains(s, "enlarge") {
		t.Errorf("the summary at 60×18:\n%s", s)
	}
	tm.press("q")
	if code := tm.wait(); code != 0 {
		t.Errorf("exit code %d after quitting the summary", code)
	}
}
