package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// runPiped runs powercore --accessible with input on stdin and progress in
// state, the way a script answers it.
func runPiped(t *testing.T, dir, state, input string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"--accessible"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "ACCESSIBLE=", "NO_COLOR=", "TERM=xterm", "POWERCORE_STATE_DIR="+state)
	cmd.Stdin = strings.NewReader(input)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return stdout.String(), stderr.String(), exit.ExitCode()
	} else if err != nil {
		t.Fatalf("running powercore %v: %v", args, err)
	}
	return stdout.String(), stderr.String(), 0
}

// TestPipedAnswersLandOnTheirQuestions pins the piped contract: one line per
// question, every row of a point question on its line; a line that does
// not answer its question stops the run naming the line, the question and
// what was expected, with no result saved and the answers before it kept.
func TestPipedAnswersLandOnTheirQuestions(t *testing.T) {
	bank := builtin(t)
	qs := bank.Questions()
	lines, _ := accessibleInput(bank, "Renewals slip.")

	t.Run("every row given", func(t *testing.T) {
		dir := t.TempDir()
		input := append([]string{}, lines...)
		input[0] = "2 2 2 2 1 1" // the first question, all six rows
		_, stderr, code := runPiped(t, dir, t.TempDir(), strings.Join(input, "\n")+"\n", "--name", "X", "--out", "r.json")
		if code != 0 {
			t.Fatalf("exit code %d, want 0\n%s", code, tail(stderr, 600))
		}
		answers := readJSON(t, filepath.Join(dir, "r.json"))["answers"].(map[string]any)
		want := map[string]any{}
		for i, o := range qs[0].Options {
			want[o.Core] = []int{2, 2, 2, 2, 1, 1}[i]
		}
		if answerJSON(t, answers[qs[0].ID]) != answerJSON(t, want) {
			t.Errorf("answers[%s] = %s, want %s", qs[0].ID, answerJSON(t, answers[qs[0].ID]), answerJSON(t, want))
		}
		if answerJSON(t, answers[qs[1].ID]) != answerJSON(t, map[string]int{qs[1].Options[0].Core: 6, qs[1].Options[1].Core: 4}) {
			t.Errorf("answers[%s] = %s: the second question's line landed elsewhere", qs[1].ID, answerJSON(t, answers[qs[1].ID]))
		}
	})

	// The first scale question's line.
	scale := 0
	for i, q := range qs {
		if q.Kind == "scale" {
			scale = i
			break
		}
	}
	for _, c := range []struct {
		name, line string
		at         int
		expect     string
	}{
		{"too few rows", "6 4", 1, "6 whole numbers adding up to 10"},
		{"wrong sum", "6 4 1 0 0 0", 0, "adding up to 10"},
		{"old one number per row", "6", 0, "one per row in the order shown"},
		{"unknown level", "7", scale, "a level from 0 to 4"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir, state := t.TempDir(), t.TempDir()
			input := append([]string{}, lines...)
			input[c.at] = c.line
			stdout, stderr, code := runPiped(t, dir, state, strings.Join(input, "\n")+"\n", "--name", "X", "--out", "r.json")
			if code != 1 {
				t.Errorf("exit code %d, want 1\n%s", code, tail(stderr, 600))
			}
			q := qs[c.at]
			for _, want := range []string{"stdin:" + itoa(c.at+1) + ":", q.ID, q.Prompt, c.expect, "no result was saved"} {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr does not name %q:\n%s", want, tail(stderr, 600))
				}
			}
			if _, err := os.Stat(filepath.Join(dir, "r.json")); err == nil {
				t.Errorf("a result was saved for input with a bad line")
			}
			if strings.Contains(stdout, "Power Core is") {
				t.Errorf("a summary was printed for input with a bad line:\n%s", stdout)
			}
			kept, _ := filepath.Glob(filepath.Join(state, "results", "*.json"))
			if len(kept) != 0 {
				t.Errorf("a result was kept for input with a bad line: %v", kept)
			}
			if c.at > 0 {
				p := readJSON(t, filepath.Join(state, "progress-power-core.json"))
				if got := len(p["answers"].(map[string]any)); got != c.at {
					t.Errorf("progress keeps %d answers, want the %d before the bad line", got, c.at)
				}
			}
		})
	}

	t.Run("name line first, leftovers reported", func(t *testing.T) {
		dir := t.TempDir()
		input := append([]string{"Grace"}, lines...)
		input = append(input, "one line too many")
		_, stderr, code := runPiped(t, dir, t.TempDir(), strings.Join(input, "\n")+"\n", "--out", "r.json")
		if code != 0 {
			t.Fatalf("exit code %d, want 0\n%s", code, tail(stderr, 600))
		}
		if r := readJSON(t, filepath.Join(dir, "r.json")); r["respondent"] != "Grace" {
			t.Errorf("respondent = %v, want Grace", r["respondent"])
		}
		// Reported as ignored, and the run a success: the result is saved.
		want := "the result of all " + itoa(len(lines)) + " questions was saved; the 1 line after the last question (from line " + itoa(len(input)) + " on) was ignored"
		if !strings.Contains(stderr, want) {
			t.Errorf("the line left over is not reported as ignored with the result saved:\n%s\nwant %q", tail(stderr, 600), want)
		}
	})

	t.Run("resume line, and --fresh skips it", func(t *testing.T) {
		state := t.TempDir()
		half := strings.Join(lines[:5], "\n") + "\n"
		if _, stderr, code := runPiped(t, t.TempDir(), state, half, "--name", "X"); code != 1 {
			t.Fatalf("exit code %d for input ending early, want 1\n%s", code, tail(stderr, 600))
		}
		dir := t.TempDir()
		rest := "y\n" + strings.Join(lines[5:], "\n") + "\n"
		if _, stderr, code := runPiped(t, dir, state, rest, "--name", "X", "--out", "r.json"); code != 0 {
			t.Fatalf("resuming: exit code %d, want 0\n%s", code, tail(stderr, 600))
		}
		runPiped(t, t.TempDir(), state, half, "--name", "X")
		dir = t.TempDir()
		if _, stderr, code := runPiped(t, dir, state, strings.Join(lines, "\n")+"\n", "--name", "X", "--fresh", "--out", "r.json"); code != 0 {
			t.Fatalf("--fresh: exit code %d, want 0\n%s", code, tail(stderr, 600))
		}
	})
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestTemplatesShowWhatTheScreensShow: both templates give each point
// row's words and each level's label and hint; the lines template, filled
// in, is piped input that answers the whole bank.
func TestTemplatesShowWhatTheScreensShow(t *testing.T) {
	bank := builtin(t)
	dir := t.TempDir()
	for _, form := range [][]string{{"--template"}, {"--template", "lines"}} {
		stdout, stderr, code := run(t, dir, nil, append([]string{"score"}, form...)...)
		if code != 0 {
			t.Fatalf("score %v: exit %d\n%s", form, code, stderr)
		}
		for _, want := range []string{
			"sales: Bookings, quota attainment and new accounts closed",
			fmt.Sprintf("1 %s — %s", bank.Levels[1].Label, bank.Levels[1].Hint),
			"4 " + bank.Levels[4].Label,
		} {
			if !strings.Contains(stdout, want) {
				t.Errorf("score %v does not show %q", form, want)
			}
		}
	}

	tmpl, _, _ := run(t, dir, nil, "score", "--template", "lines")
	answers, _ := accessibleInput(bank, "Renewals slip.")
	var filled []string
	n := 0
	for _, line := range strings.Split(strings.TrimSuffix(tmpl, "\n"), "\n") {
		if !strings.HasPrefix(line, "#") {
			if n >= len(answers) {
				t.Fatalf("the lines template has more answer lines than the %d questions", len(answers))
			}
			line = answers[n]
			n++
		}
		filled = append(filled, line)
	}
	if n != len(answers) {
		t.Fatalf("the lines template has %d answer lines, want %d", n, len(answers))
	}
	_, stderr, code := runPiped(t, dir, t.TempDir(), strings.Join(filled, "\n")+"\n", "--fresh", "--name", "X", "--out", "filled.json")
	if code != 0 {
		t.Fatalf("the filled lines template piped in: exit %d\n%s", code, tail(stderr, 600))
	}
	got := readJSON(t, filepath.Join(dir, "filled.json"))["answers"].(map[string]any)
	if len(got) != len(answers)-2 { // two optional texts left empty
		t.Errorf("%d answers saved from the filled template, want %d", len(got), len(answers)-2)
	}
}

// TestReadmePipedExampleRuns: the README's complete piped example answers
// the built-in bank as it stands.
func TestReadmePipedExampleRuns(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(data), "powercore --accessible --fresh --name Ann --out ann.json <<'EOF'\n")
	example, _, ok2 := strings.Cut(rest, "\nEOF\n")
	if !ok || !ok2 {
		t.Fatal("the README has no complete piped example")
	}
	dir := t.TempDir()
	_, stderr, code := runPiped(t, dir, t.TempDir(), example+"\n", "--fresh", "--name", "Ann", "--out", "ann.json")
	if code != 0 {
		t.Fatalf("the README's piped example: exit %d\n%s", code, tail(stderr, 600))
	}
	if r := readJSON(t, filepath.Join(dir, "ann.json")); r["respondent"] != "Ann" {
		t.Errorf("respondent = %v, want Ann", r["respondent"])
	}
}

// A notice in piped mode is said once, on stderr, not again by the command.
func TestPipedNoticesAreSaidOnce(t *testing.T) {
	dir, state := t.TempDir(), t.TempDir()
	lines, _ := accessibleInput(builtin(t), "Renewals slip.")
	input := strings.Join(lines[:3], "\n") + "\n"
	runPiped(t, dir, state, input, "--name", "Bob")
	_, stderr, _ := runPiped(t, dir, state, input, "--name", "Bob", "--fresh")
	if n := strings.Count(strings.ToLower(stderr), "starting afresh as asked"); n != 1 {
		t.Errorf("the notice of starting afresh is said %d times, want once:\n%s", n, stderr)
	}
}

// Input that ends early names the line where the next answer was
// expected, as every other bad line does.
func TestPipedInputThatEndsEarlyNamesTheLine(t *testing.T) {
	lines, _ := accessibleInput(builtin(t), "Renewals slip.")
	input := strings.Join(lines[:3], "\n") + "\n"
	_, stderr, code := runPiped(t, t.TempDir(), t.TempDir(), input, "--name", "Bob")
	if code != 1 || !strings.Contains(stderr, "stdin:4: question 4 of") {
		t.Errorf("input of 3 lines: exit %d, stderr:\n%s\nwant 1 and stdin:4: question 4", code, tail(stderr, 400))
	}
}
