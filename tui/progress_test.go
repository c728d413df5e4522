package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
)

func progressOf(t *testing.T, dir string) *assessment.Progress {
	t.Helper()
	p, err := store.LoadProgress(filepath.Join(dir, "progress-tiny.json"))
	if err != nil {
		t.Fatalf("reading the progress file: %v", err)
	}
	return p
}

func TestProgressIsSavedAfterEveryAnswer(t *testing.T) {
	dir := t.TempDir()
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann", StateDir: dir})
	press(m, "enter", "4", "enter")
	if got := progressOf(t, dir).Answers; len(got) != 1 || got[0].Question != "success" {
		t.Fatalf("progress after one answer = %+v", got)
	}
	press(m, "down", "enter")
	p := progressOf(t, dir)
	if a, _ := p.Answers.Get("budget"); a.Value != "b" || p.Respondent != "Ann" || p.Seed != 1 {
		t.Errorf("progress after two answers = %+v", p)
	}
	info, _ := os.Stat(filepath.Join(dir, "progress-tiny.json"))
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Errorf("progress file mode = %v, want 0600: answers are private", perm)
	}
}

func TestCtrlCKeepsTheAnswersGiven(t *testing.T) {
	dir := t.TempDir()
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann", StateDir: dir})
	press(m, "enter", "4", "enter", "down", "ctrl+c")
	p := progressOf(t, dir)
	if len(p.Answers) != 1 || p.Seconds["success"] <= 0 || p.Seconds["budget"] <= 0 {
		t.Errorf("progress after ctrl+c = %+v; want success answered and the time on both questions", p)
	}
	o := m.outcome()
	if o.Progress == "" || o.Answered != 1 || o.Questions != 5 {
		t.Errorf("outcome = %+v, want the progress file and 1 of 5", o)
	}
}

// Text typed into a reflection is kept when the run stops before enter:
// on ctrl+c, and when a workshop closes. A choice only moved to is not an
// answer yet, and stays unanswered.
func TestCtrlCKeepsTheTextTypedIntoAReflection(t *testing.T) {
	for _, stop := range []struct {
		name string
		do   func(m *model)
	}{
		{"ctrl+c", func(m *model) { press(m, "ctrl+c") }},
		{"the workshop closing", func(m *model) { m.Update(ClosingMsg{}) }},
	} {
		t.Run(stop.name, func(t *testing.T) {
			dir := t.TempDir()
			m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann", StateDir: dir})
			press(m, "enter", "4", "enter", "enter", "enter", "enter", "renewals slip")
			stop.do(m)
			p := progressOf(t, dir)
			if a, ok := p.Answers.Get("note"); !ok || a.Value != "renewals slip" {
				t.Errorf("progress after %s on a reflection: %+v; want the text typed", stop.name, p.Answers)
			}
		})
	}
}

// savedProgress leaves progress as a run stopped after two answers would.
func savedProgress(t *testing.T, dir string, bank *assessment.Bank, answers assessment.Answers) {
	t.Helper()
	p := assessment.NewProgress(bank, assessment.Response{Respondent: "Ann", Answers: answers, StartedAt: testNow}, testNow.Add(3e9))
	p.Seed = 7
	if err := store.SaveProgress(filepath.Join(dir, "progress-tiny.json"), p); err != nil {
		t.Fatal(err)
	}
}

func twoAnswers() assessment.Answers {
	return assessment.Answers{}.
		With("success", assessment.PointsAnswer(assessment.Allocation{Core: "it", Points: 4})).
		With("budget", assessment.ChoiceAnswer("a"))
}

func TestResumeAtTheFirstUnansweredQuestion(t *testing.T) {
	dir := t.TempDir()
	bank := parseBank(t, tinyBank)
	savedProgress(t, dir, bank, twoAnswers())
	m := newTestModel(t, bank, Options{StateDir: dir})
	wantScreen(t, m, "Welcome back, Ann", "Resume? (2 of 5 answered, saved at")
	press(m, "enter")
	wantScreen(t, m, "question 3 of 5", "We count customers.")
	if m.name != "Ann" || m.seed != 7 || !m.startedAt.Equal(testNow) {
		t.Errorf("resumed name %q, seed %d, started %v; want Ann, 7 and the original start", m.name, m.seed, m.startedAt)
	}
	press(m, "shift+tab", "shift+tab")
	wantScreen(t, m, "question 1 of 5", "✓ all 4 points placed")
}

func TestStartingAfreshSetsTheOldProgressAside(t *testing.T) {
	for _, how := range []string{"n", "--fresh"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			bank := parseBank(t, tinyBank)
			savedProgress(t, dir, bank, twoAnswers())
			m := newTestModel(t, bank, Options{StateDir: dir, Fresh: how == "--fresh"})
			if how == "n" {
				press(m, "n")
			}
			wantScreen(t, m, "Your name (optional)", "set aside, not deleted", "progress-tiny.json.replaced-")
			if len(m.answers) != 0 {
				t.Errorf("answers after starting afresh = %+v", m.answers)
			}
			aside, _ := filepath.Glob(filepath.Join(dir, "progress-tiny.json.replaced-*"))
			if len(aside) != 1 {
				t.Fatalf("files set aside = %v, want the old progress kept", aside)
			}
			if p, err := store.LoadProgress(aside[0]); err != nil || len(p.Answers) != 2 {
				t.Errorf("the progress set aside lost its answers: %v %+v", err, p)
			}
		})
	}
}

func TestUnreadableProgressIsSetAside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "progress-tiny.json")
	os.WriteFile(path, []byte("{\"schema\": \"powercore/progress@1\", \"answers\": [1,"), 0o600)
	m := newTestModel(t, parseBank(t, tinyBank), Options{StateDir: dir})
	wantScreen(t, m, "Saved progress could not be read", "so it was set aside, not deleted", "progress-tiny.json.unreadable-", "Your name")
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("the unreadable file is still in the way: %v", err)
	}
	if aside, _ := filepath.Glob(path + ".unreadable-*"); len(aside) != 1 {
		t.Errorf("files set aside = %v", aside)
	}
}

func TestAChangedBankKeepsTheAnswersThatStillFit(t *testing.T) {
	dir := t.TempDir()
	old := parseBank(t, tinyBank)
	answers := twoAnswers().
		With("count", assessment.LevelAnswer(2)).
		With("gone", assessment.TextAnswer("a question since removed"))
	savedProgress(t, dir, old, answers)
	// The new version splits 10 points, not 4, and drops the level 2.
	changed := strings.NewReplacer("points: 4", "points: 10", "  - {value: 2, label: Always}\n", "").Replace(tinyBank)
	m := newTestModel(t, parseBank(t, changed), Options{StateDir: dir})
	wantScreen(t, m, "Resume? (1 of 5 answered", "3 answers no longer fit and will be dropped (success,", "count, gone")
	press(m, "enter")
	if len(m.answers) != 1 {
		t.Errorf("answers kept = %+v, want only budget", m.answers)
	}
	wantScreen(t, m, "question 1 of 5")
}

func TestACompletedRunRemovesItsProgress(t *testing.T) {
	dir := t.TempDir()
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann", StateDir: dir})
	answerTiny(t, m)
	if _, err := os.Stat(filepath.Join(dir, "progress-tiny.json")); err != nil {
		t.Fatalf("no progress before the end: %v", err)
	}
	press(m, "enter")
	if _, err := os.Stat(filepath.Join(dir, "progress-tiny.json")); !os.IsNotExist(err) {
		t.Errorf("progress left after the run completed: %v", err)
	}
	if o := m.outcome(); o.Progress != "" {
		t.Errorf("outcome names progress %q after completing", o.Progress)
	}
}
