package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestAResultOutlivesItsProgress: once the summary is up, the result is on
// disk before the progress is removed, so a run killed on the summary
// screen (never saved with s) still leaves its result behind.
func TestAResultOutlivesItsProgress(t *testing.T) {
	bank := builtin(t)
	tm := newTerminal(t, 100, 30)
	tm.start(nil, false, "--name", "Ray")
	tm.waitText("enter start")
	tm.press("Enter")
	tm.answerFrom(bank, 0, len(bank.Questions()))
	tm.waitText("Review your answers")
	tm.press("Enter")
	tm.waitSummary("Ray")
	if err := syscall.Kill(tm.pid(), syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	tm.wait()
	kept, _ := filepath.Glob(filepath.Join(tm.stateDir, "results", "result-power-core-*.json"))
	progress, _ := filepath.Glob(filepath.Join(tm.stateDir, "progress-*.json"))
	if len(kept) != 1 {
		t.Fatalf("killed on the summary: results kept = %v and progress = %v; the result is lost", kept, progress)
	}
	if r := readJSON(t, kept[0]); r["respondent"] != "Ray" {
		t.Errorf("the kept result is %v's, want Ray's", r["respondent"])
	}
	if len(progress) != 0 {
		t.Errorf("progress %v left beside the kept result", progress)
	}
}

// TestAnUnwritableStateFolderIsToldBeforeTheFirstQuestion: nobody answers
// trusting that answers are kept when they cannot be, and ctrl+c then says
// what was lost instead of "before any answer was given".
func TestAnUnwritableStateFolderIsToldBeforeTheFirstQuestion(t *testing.T) {
	bank := builtin(t)
	blocked := filepath.Join(t.TempDir(), "a-file")
	os.WriteFile(blocked, []byte("not a folder"), 0o644)
	state := filepath.Join(blocked, "state")

	t.Run("piped", func(t *testing.T) {
		lines, _ := accessibleInput(bank, "")
		_, stderr, _ := runPiped(t, t.TempDir(), state, strings.Join(lines, "\n")+"\n", "--name", "X")
		at := strings.Index(stderr, "cannot be kept as you go")
		first := strings.Index(stderr, "Question 1 of")
		if at < 0 || first < 0 || at > first {
			t.Errorf("the unwritable state folder is not reported before the first question:\n%s", tail(stderr, 1200))
		}
	})

	t.Run("screens and ctrl+c", func(t *testing.T) {
		tm := newTerminal(t, 100, 30)
		tm.start([]string{"POWERCORE_STATE_DIR=" + state}, false, "--name", "Lee")
		screen := tm.waitText("enter start")
		flat := strings.Join(strings.Fields(screen), " ")
		if strings.Contains(flat, "answers are kept as you go") || !strings.Contains(flat, "cannot be kept as you go") {
			t.Errorf("the intro with an unwritable state folder shows:\n%s", screen)
		}
		tm.press("Enter")
		tm.answerFrom(bank, 0, 2)
		tm.waitQuestion(3, len(bank.Questions()))
		tm.press("C-c")
		if code := tm.wait(); code != 130 {
			t.Errorf("exit code after ctrl+c = %d, want 130", code)
		}
		flat = strings.Join(strings.Fields(tm.screen()), " ")
		if strings.Contains(flat, "before any answer was given") || !strings.Contains(flat, "stopped with 2 of 27 questions answered; they could not be kept") {
			t.Errorf("after ctrl+c with 2 answers that could not be kept the terminal shows:\n%s", flat)
		}
	})
}

// TestAResultThatCannotBeWrittenKeepsItsProgress: when neither --out nor
// the state folder's results/ can take the result, the progress stays and
// the message says where the answers are.
func TestAResultThatCannotBeWrittenKeepsItsProgress(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full here")
	}
	bank := builtin(t)
	state := t.TempDir()
	// results/ is a file: no result can be kept there.
	os.WriteFile(filepath.Join(state, "results"), []byte("in the way"), 0o600)
	lines, _ := accessibleInput(bank, "")
	_, stderr, code := runPiped(t, t.TempDir(), state, strings.Join(lines, "\n")+"\n", "--name", "X", "--out", "/dev/full")
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	progress := filepath.Join(state, "progress-power-core.json")
	p := readJSON(t, progress)
	want := 0
	for _, l := range lines {
		if l != "" {
			want++
		}
	}
	if got := len(p["answers"].(map[string]any)); got != want {
		t.Errorf("progress keeps %d answers, want all %d", got, want)
	}
	if !strings.Contains(stderr, "your answers are still kept in "+progress) {
		t.Errorf("stderr does not say where the answers are kept:\n%s", tail(stderr, 800))
	}
}
