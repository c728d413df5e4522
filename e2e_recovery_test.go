package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
)

// recoveryPlan is how these tests answer: every point to one core chosen
// per question, practice levels cycling 0..4 and "don't know".
func recoveryPlan(n int) (core, level string) {
	cores := []string{"sales", "sales", "vertical", "sales", "it", "sales"}
	levels := []string{"2", "3", "1", "?", "4", "0"}
	return cores[n%len(cores)], levels[n%len(levels)]
}

// answerFrom answers questions first..last-1 (0-based) with the plan.
func (tm *terminal) answerFrom(bank *assessment.Bank, first, last int) {
	tm.t.Helper()
	questions := bank.Questions()
	for n := first; n < last; n++ {
		q := questions[n]
		tm.waitQuestion(n+1, len(questions))
		core, level := recoveryPlan(n)
		switch q.Kind {
		case assessment.Allocate:
			i := tm.focusRow(labelOf(tm.t, q, core), len(q.Options))
			tm.typeText("9")
			tm.waitPoints(i, len(q.Options), 9)
			tm.typeText("+")
			tm.waitText("all 10 points placed")
		case assessment.Scale:
			tm.typeText(level)
			mark := level
			if level == "?" {
				mark = assessment.DontKnow
			}
			tm.waitText(levelMark(bank, mark))
		}
		tm.press("Enter")
	}
}

// pid is the process id of powercore running in the app window.
func (tm *terminal) pid() int {
	tm.t.Helper()
	shell := strings.TrimSpace(tm.tmuxCmd("display-message", "-p", "-t", "e2e:app", "#{pane_pid}"))
	out, err := exec.Command("pgrep", "-P", shell).Output()
	if err != nil {
		tm.t.Fatalf("finding powercore under the shell %s: %v", shell, err)
	}
	pid, err := strconv.Atoi(strings.Fields(string(out))[0])
	if err != nil {
		tm.t.Fatal(err)
	}
	return pid
}

// restart closes the app window of an ended run, to start another.
func (tm *terminal) restart(args ...string) {
	tm.t.Helper()
	tm.tmuxCmd("kill-window", "-t", "e2e:app")
	os.Remove(tm.exitFile)
	tm.exited = false
	tm.start(nil, false, args...)
}

func TestAKilledRunResumesToTheSameResult(t *testing.T) {
	bank := builtin(t)
	total := len(bank.Questions())

	// Interrupted: killed outright after ten answers, then resumed.
	tm := newTerminal(t, 100, 30)
	tm.start(nil, false, "--name", "Kim")
	tm.waitText("enter start")
	tm.press("Enter")
	tm.answerFrom(bank, 0, 10)
	tm.waitQuestion(11, total)
	if err := syscall.Kill(tm.pid(), syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if code := tm.wait(); code != 137 {
		t.Errorf("exit code after SIGKILL = %d, want 137", code)
	}
	tm.restart("--out", "resumed.json")
	tm.waitText("Resume? (10 of 27 answered")
	tm.press("Enter")
	tm.answerFrom(bank, 10, total)
	tm.waitText("Review your answers")
	tm.press("Enter")
	tm.waitSummary("Kim")
	tm.press("q")
	if code := tm.wait(); code != 0 {
		t.Fatalf("the resumed run ended with %d\n%s", code, tm.screen())
	}
	resumed := readJSON(t, filepath.Join(tm.dir, "resumed.json"))

	// Uninterrupted, the same answers.
	straight := newTerminal(t, 100, 30)
	straight.start(nil, false, "--name", "Kim", "--out", "straight.json")
	straight.waitText("enter start")
	straight.press("Enter")
	straight.answerFrom(bank, 0, total)
	straight.waitText("Review your answers")
	straight.press("Enter")
	straight.waitSummary("Kim")
	straight.press("q")
	if code := straight.wait(); code != 0 {
		t.Fatalf("the straight run ended with %d", code)
	}
	want := readJSON(t, filepath.Join(straight.dir, "straight.json"))
	sameFields(t, "resumed against uninterrupted", resumed, want, "answers", "cores", "dominant", "supporting", "clarity", "competencies", "priorities")
	if left, _ := filepath.Glob(filepath.Join(tm.stateDir, "progress-*.json")); len(left) != 0 {
		t.Errorf("progress left after the resumed run completed: %v", left)
	}
}

func TestCtrlCKeepsProgressAndExits130(t *testing.T) {
	bank := builtin(t)
	tm := newTerminal(t, 100, 30)
	tm.start(nil, false, "--name", "Lee")
	tm.waitText("enter start")
	tm.press("Enter")
	tm.answerFrom(bank, 0, 3)
	tm.waitQuestion(4, len(bank.Questions()))
	tm.press("C-c")
	if code := tm.wait(); code != 130 {
		t.Errorf("exit code after ctrl+c = %d, want 130", code)
	}
	screen := strings.Join(strings.Fields(tm.screen()), " ")
	for _, want := range []string{"stopped with 3 of 27 questions answered", "run powercore again to resume"} {
		if !strings.Contains(screen, want) {
			t.Errorf("after ctrl+c the terminal shows:\n%s\nwant %q", screen, want)
		}
	}
	files, _ := filepath.Glob(filepath.Join(tm.stateDir, "progress-*.json"))
	if len(files) != 1 {
		t.Fatalf("progress files = %v, want one", files)
	}
	p, err := store.LoadProgress(files[0])
	if err != nil || len(p.Answers) != 3 || p.Respondent != "Lee" {
		t.Errorf("progress = %+v (%v), want Lee's 3 answers", p, err)
	}
}

func TestAFailedSaveKeepsTheResult(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full here")
	}
	bank := builtin(t)
	tm := newTerminal(t, 100, 30)
	tm.start(nil, false, "--name", "Mo", "--out", "/dev/full")
	tm.waitText("enter start")
	tm.press("Enter")
	tm.answerFrom(bank, 0, len(bank.Questions()))
	tm.waitText("Review your answers")
	tm.press("Enter")
	tm.waitText("Not saved")
	tm.press("q")
	if code := tm.wait(); code != 1 {
		t.Errorf("exit code after a failed save = %d, want 1", code)
	}
	screen := strings.Join(strings.Fields(tm.screen()), " ")
	if !strings.Contains(screen, "could not save the result") || !strings.Contains(screen, "the result is kept in") {
		t.Errorf("after the failed save the terminal shows:\n%s", screen)
	}
	kept, _ := filepath.Glob(filepath.Join(tm.stateDir, "results", "result-power-core-*.json"))
	if len(kept) != 1 {
		t.Fatalf("results kept = %v, want one", kept)
	}
	if r := readJSON(t, kept[0]); r["respondent"] != "Mo" {
		t.Errorf("the kept result is %v's, want Mo's", r["respondent"])
	}
}

func TestHostileAnswersStayHarmless(t *testing.T) {
	dir := t.TempDir()
	data, _ := os.ReadFile("testdata/answers_clear.yaml")
	hostile := strings.Replace(string(data), "respondent: Jane Doe", `respondent: "Eve\e]52;c;aGk=\a\e[2J"`, 1)
	hostile = strings.Replace(hostile, `drop-ball: "Renewals`, `drop-ball: "\e]0;owned\aRenewals`, 1)
	os.WriteFile(filepath.Join(dir, "hostile.yaml"), []byte(hostile), 0o644)
	for _, format := range []string{"text", "md"} {
		stdout, stderr, code := run(t, dir, nil, "score", "-a", "hostile.yaml", "--format", format)
		if code != 0 {
			t.Fatalf("score --format %s: exit %d\n%s", format, code, stderr)
		}
		if strings.ContainsAny(stdout, "\x1b\x07") {
			t.Errorf("--format %s passes control characters through:\n%q", format, stdout)
		}
		if !strings.Contains(stdout, `Eve\x1b]52;c;aGk=\x07`) && !strings.Contains(stdout, `Eve\\x1b\]52;c;aGk=\\x07`) {
			t.Errorf("--format %s does not show the name's escape as text:\n%s", format, stdout)
		}
	}
	// A hostile file name in a message is shown as text too.
	_, stderr, _ := run(t, dir, nil, "validate", "bank\x1b]52;c;aGk=\x07.yaml")
	if strings.ContainsAny(stderr, "\x1b\x07") {
		t.Errorf("a file name's escape reaches the terminal: %q", stderr)
	}
}
