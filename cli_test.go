package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// binary is the powercore command built once for these tests: they drive
// it the way a user or a script would.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "powercore-cli-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "powercore")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building powercore: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run runs powercore with args in dir and returns stdout, stderr and the
// exit code. Stdin is empty; stdout is a pipe, as in a script.
func run(t *testing.T, dir string, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("running powercore %v: %v", args, err)
	}
	return stdout.String(), stderr.String(), code
}

// copyFixture copies a file from testdata into dir.
func copyFixture(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestExitCodesAndMessages(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, dir, "answers_clear.yaml")
	os.WriteFile(filepath.Join(dir, "bad-bank.yaml"), []byte("schema: powercore/bank@1\nid: x\ntitle: X\nversion: 1\ncores:\n  - id: sales\n    name: Sales\nsections:\n  - id: s\n    title: S\n    questions:\n      - id: q\n        kind: allocate\n        prompt: P\n        options:\n          - {core: slaes, label: A}\n          - {core: sales, label: B}\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bad-answers.yaml"), []byte("answers:\n  success: {sales: 9}\n  sucess: 1\n"), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // a substring of stdout, if any
		stderr string // a regexp stderr must match, if any
	}{
		{"validate the built-in bank", []string{"validate"}, 0, "6 cores, 5 competencies", ""},
		{"validate a bank with a typo", []string{"validate", "bad-bank.yaml"}, 1, "", `(?m)^bad-bank\.yaml:16:20: question "q": unknown core "slaes" \(did you mean "sales"\?\)$`},
		{"validate a missing file", []string{"validate", "nope.yaml"}, 1, "", `(?m)^powercore: nope\.yaml: no such file or directory$`},
		{"validate two files", []string{"validate", "a", "b"}, 2, "", `run 'powercore validate --help' for usage`},
		{"unknown command", []string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{"unknown flag", []string{"score", "--frob"}, 2, "", `(?m)^powercore: unknown flag: --frob$`},
		{"score without answers", []string{"score"}, 2, "", `--answers FILE is required`},
		{"score with an unknown format", []string{"score", "-a", "answers_clear.yaml", "--format", "pdf"}, 2, "", `unknown format "pdf"`},
		{"score with an unknown extension", []string{"score", "-a", "answers_clear.yaml", "--out", "r.pdf"}, 2, "", `unknown extension \.pdf`},
		{"score good answers", []string{"score", "-a", "answers_clear.yaml"}, 0, "Your Power Core is Sales, with Vertical business in support.", ""},
		{"score bad answers", []string{"score", "-a", "bad-answers.yaml"}, 1, "", `(?m)^bad-answers\.yaml:2:12: question "success": the points add up to 9; they must add up to 10$`},
		{"score names a typo in a question id", []string{"score", "-a", "bad-answers.yaml"}, 1, "", `(?m)^bad-answers\.yaml:3:3: unknown question "sucess" \(did you mean "success"\?\)$`},
		{"report a file that is not a result", []string{"report", "answers_clear.yaml"}, 1, "", `not a powercore result`},
		{"report without a file", []string{"report"}, 2, "", `expected one FILE: a result or a group profile`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := run(t, dir, nil, tt.args...)
			if code != tt.code {
				t.Errorf("exit code = %d, want %d\nstderr:\n%s", code, tt.code, stderr)
			}
			if tt.stdout != "" && !strings.Contains(stdout, tt.stdout) {
				t.Errorf("stdout:\n%s\nwant it to contain %q", stdout, tt.stdout)
			}
			if tt.stderr != "" && !regexp.MustCompile(tt.stderr).MatchString(stderr) {
				t.Errorf("stderr:\n%s\nwant it to match %s", stderr, tt.stderr)
			}
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
				t.Errorf("stderr holds a Go panic:\n%s", stderr)
			}
		})
	}
}

func TestErrorsAreLowercaseOneLineEach(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "broken.yaml"), []byte("cores: [\n"), 0o644)
	for _, args := range [][]string{{"validate", "broken.yaml"}, {"score", "-a", "broken.yaml"}, {"report", "broken.yaml"}} {
		_, stderr, code := run(t, dir, nil, args...)
		if code != 1 {
			t.Errorf("%v: exit code = %d, want 1", args, code)
		}
		for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
			msg := regexp.MustCompile(`^(powercore|[^:\s]+(:\d+)+): `).ReplaceAllString(line, "")
			if msg == line {
				t.Errorf("%v: %q names neither the program nor a place", args, line)
			}
			if msg != "" && strings.ToLower(msg[:1]) != msg[:1] {
				t.Errorf("%v: %q does not start lowercase", args, line)
			}
		}
	}
}

func TestScoreSavesWithoutOverwriting(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, dir, "answers_clear.yaml")
	out := filepath.Join(dir, "result.json")

	_, stderr, code := run(t, dir, nil, "score", "-a", "answers_clear.yaml", "--out", "result.json")
	if code != 0 {
		t.Fatalf("first save: exit code %d\n%s", code, stderr)
	}
	first, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var result struct {
		Schema   string   `json:"schema"`
		Dominant []string `json:"dominant"`
	}
	if err := json.Unmarshal(first, &result); err != nil || result.Schema != "powercore/result@1" || len(result.Dominant) != 1 || result.Dominant[0] != "sales" {
		t.Fatalf("saved result = %+v (err %v), want a powercore/result@1 with dominant [sales]", result, err)
	}

	_, stderr, code = run(t, dir, nil, "score", "-a", "answers_clear.yaml", "--out", "result.json", "--name", "Someone Else")
	if code != 1 || !strings.Contains(stderr, "result.json: file exists; use --force") {
		t.Errorf("second save without --force: exit %d, stderr %q; want 1 and a refusal", code, stderr)
	}
	if again, _ := os.ReadFile(out); !bytes.Equal(again, first) {
		t.Errorf("the refused save changed the file")
	}

	_, stderr, code = run(t, dir, nil, "score", "-a", "answers_clear.yaml", "--out", "result.json", "--name", "Someone Else", "--force")
	if code != 0 {
		t.Fatalf("save with --force: exit %d\n%s", code, stderr)
	}
	if again, _ := os.ReadFile(out); !bytes.Contains(again, []byte("Someone Else")) {
		t.Errorf("--force did not overwrite the file")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestWriteFailureIsReported(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, dir, "answers_clear.yaml")
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full on this system")
	}
	_, stderr, code := run(t, dir, nil, "score", "-a", "answers_clear.yaml", "--out", "/dev/full.json")
	if code != 1 {
		t.Errorf("writing into /dev: exit %d, want 1 (%s)", code, stderr)
	}
	_, stderr, code = run(t, dir, nil, "score", "-a", "answers_clear.yaml", "--out", "missing/dir/result.json")
	if code != 1 || !strings.Contains(stderr, "the folder missing/dir does not exist") {
		t.Errorf("missing folder: exit %d, stderr %q", code, stderr)
	}
}

func TestReportRoundTrip(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, dir, "answers_clear.yaml")
	for _, ext := range []string{"json", "yaml"} {
		t.Run(ext, func(t *testing.T) {
			want, _, code := run(t, dir, nil, "score", "-a", "answers_clear.yaml", "--out", "r."+ext, "--format", "md")
			if code != 0 {
				t.Fatal("score failed")
			}
			got, stderr, code := run(t, dir, nil, "report", "r."+ext, "--format", "md")
			if code != 0 {
				t.Fatalf("report: exit %d\n%s", code, stderr)
			}
			if got != want {
				t.Errorf("report of the saved result differs from the summary of the score:\n%s\nwant:\n%s", got, want)
			}
			// A result file is also an answers file, giving the same result.
			again, _, code := run(t, dir, nil, "score", "-a", "r."+ext, "--format", "md")
			if code != 0 || again != want {
				t.Errorf("scoring the result as answers: exit %d, output differs:\n%s", code, again)
			}
		})
	}
}

func TestPlainOutputHasNoEscapeCodes(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, dir, "answers_clear.yaml")
	for _, env := range [][]string{nil, {"NO_COLOR=1"}} {
		stdout, stderr, _ := run(t, dir, env, "score", "-a", "answers_clear.yaml")
		if strings.ContainsRune(stdout, 0x1b) || strings.ContainsRune(stderr, 0x1b) {
			t.Errorf("env %v: output holds escape codes", env)
		}
	}
}

func TestHelpHasExamplesForEveryCommand(t *testing.T) {
	for _, cmd := range []string{"", "validate", "score", "report"} {
		args := []string{"--help"}
		if cmd != "" {
			args = []string{cmd, "--help"}
		}
		stdout, _, code := run(t, t.TempDir(), nil, args...)
		if code != 0 || !strings.Contains(strings.ToLower(stdout), "example") {
			t.Errorf("powercore %s --help: exit %d, no examples:\n%s", cmd, code, stdout)
		}
	}
	stdout, _, code := run(t, t.TempDir(), nil, "--version")
	if code != 0 || !strings.Contains(stdout, "powercore") {
		t.Errorf("--version: exit %d, %q", code, stdout)
	}
	stdout, _, code = run(t, t.TempDir(), nil, "completion", "bash")
	if code != 0 || !strings.Contains(stdout, "powercore") {
		t.Errorf("completion bash: exit %d", code)
	}
	stdout, _, code = run(t, t.TempDir(), nil, "man")
	if code != 0 || !strings.Contains(stdout, ".TH") {
		t.Errorf("man: exit %d", code)
	}
}

func TestAggregateAndCompare(t *testing.T) {
	dir := t.TempDir()
	team := filepath.Join(dir, "team")
	os.MkdirAll(team, 0o755)
	entries, _ := os.ReadDir("testdata/team")
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join("testdata/team", e.Name()))
		os.WriteFile(filepath.Join(team, e.Name()), data, 0o644)
	}
	os.WriteFile(filepath.Join(team, "notes.yaml"), []byte("meeting: tuesday\n"), 0o644)
	other, _ := os.ReadFile("testdata/team/r0.json")
	os.WriteFile(filepath.Join(dir, "other-bank.json"), bytes.Replace(other, []byte(`"id": "power-core"`), []byte(`"id": "another-bank"`), 1), 0o644)

	stdout, stderr, code := run(t, dir, nil, "aggregate", "team", "other-bank.json", "--format", "json")
	if code != 0 {
		t.Fatalf("aggregate: exit %d\n%s", code, stderr)
	}
	var g struct {
		Schema string `json:"schema"`
		N      int    `json:"n"`
		Cores  []struct {
			ID   string  `json:"id"`
			Mean float64 `json:"mean"`
		} `json:"cores"`
		Members []struct {
			Name string `json:"name"`
		} `json:"members"`
	}
	if err := json.Unmarshal([]byte(stdout), &g); err != nil || g.Schema != "powercore/group@1" || g.N != 8 || len(g.Members) != 8 {
		t.Fatalf("group = %+v (err %v), want 8 members of powercore/group@1", g, err)
	}
	for _, want := range []string{"skipped team/notes.yaml", `skipped other-bank.json: a result of bank "another-bank", not "power-core"`} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr:\n%s\nwant it to name %q", stderr, want)
		}
	}

	stdout, _, code = run(t, dir, nil, "aggregate", "team")
	if code != 0 || !strings.Contains(stdout, "Where the power sits") || !strings.Contains(stdout, "Members") {
		t.Errorf("aggregate as text: exit %d\n%s", code, stdout)
	}

	_, stderr, code = run(t, dir, nil, "aggregate", "team/notes.yaml")
	if code != 1 || !strings.Contains(stderr, "the one file is not a readable result") {
		t.Errorf("aggregate of no result: exit %d, stderr %q; want 1 and a reason", code, stderr)
	}
	_, _, code = run(t, dir, nil, "aggregate")
	if code != 2 {
		t.Errorf("aggregate without a path: exit %d, want 2", code)
	}

	stdout, stderr, code = run(t, dir, nil, "compare", "team/r0.json", "team/r1.json")
	if code != 0 || !strings.Contains(stdout, "POWER CORE · COMPARISON") || !strings.Contains(stdout, "Before:") {
		t.Errorf("compare: exit %d\n%s%s", code, stdout, stderr)
	}
	stdout, stderr, code = run(t, dir, nil, "compare", "team", "team", "--format", "json")
	if code != 0 || !strings.Contains(stdout, `"schema": "powercore/compare@1"`) || !strings.Contains(stdout, `"kind": "group"`) {
		t.Errorf("compare two folders as groups: exit %d\n%s%s", code, stdout, stderr)
	}
	_, stderr, code = run(t, dir, nil, "compare", "team/r0.json", "other-bank.json")
	if code != 1 || !strings.Contains(stderr, "only results of the same bank can be compared") {
		t.Errorf("compare across banks: exit %d, stderr %q", code, stderr)
	}
}

func TestTemplateReportAndWrongKinds(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, dir, "answers_clear.yaml")

	stdout, _, code := run(t, dir, nil, "score", "--template")
	if code != 0 || !strings.Contains(stdout, "success:") || !strings.Contains(stdout, "# Fill in each answer") {
		t.Fatalf("score --template: exit %d\n%s", code, stdout)
	}
	os.WriteFile(filepath.Join(dir, "blank.yaml"), []byte(stdout), 0o644)
	_, stderr, code := run(t, dir, nil, "score", "-a", "blank.yaml")
	if code != 1 || !regexp.MustCompile(`(?m)^blank\.yaml:\d+:3: question "success" is not answered`).MatchString(stderr) {
		t.Errorf("scoring the blank template: exit %d, want each question named where it is left empty:\n%s", code, stderr)
	}

	// A result saved as JSON but under a name without an extension, on a
	// device, takes the --format.
	stdout, stderr, code = run(t, dir, nil, "score", "-a", "answers_clear.yaml", "--out", "/dev/stdout", "--format", "json")
	if code != 0 || !strings.Contains(stdout, `"schema": "powercore/result@1"`) {
		t.Errorf("--out /dev/stdout: exit %d\n%s%s", code, stdout, stderr)
	}

	run(t, dir, nil, "score", "-a", "answers_clear.yaml", "--out", "r.json")
	run(t, dir, nil, "score", "-a", "answers_clear.yaml", "--out", "r.md")
	bank, _ := os.ReadFile("questions.yaml")
	os.WriteFile(filepath.Join(dir, "bank.yaml"), bank, 0o644)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"validate", "r.json"}, "r.json:1:1: this is a powercore result, not a question bank: see it with 'powercore report r.json'"},
		{[]string{"score", "-a", "bank.yaml"}, "this is a question bank, not answers: pass a bank with --questions"},
		{[]string{"report", "r.md"}, "r.md: this is a summary written for people; a result or a group profile is read from a .json or .yaml file"},
		{[]string{"score", "-a", "answers_clear.yaml", "--out", "nowhere/r.json"}, "nowhere/r.json: the folder nowhere does not exist"},
	}
	for _, c := range cases {
		_, stderr, code := run(t, dir, nil, c.args...)
		if code == 0 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stderr:\n%s\nwant %q", c.args, code, stderr, c.want)
		}
	}
}

func TestReportShowsAGroupAndAggregateCountsARunOnce(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "team"), 0o755)
	for _, name := range []string{"r0.json", "r1.json", "r2.json"} {
		data, _ := os.ReadFile(filepath.Join("testdata/team", name))
		os.WriteFile(filepath.Join(dir, "team", name), data, 0o644)
	}
	// The same run saved again as YAML.
	if _, stderr, code := run(t, dir, nil, "report", "team/r0.json", "--format", "yaml", "--out", "team/r0-again.yaml"); code != 0 {
		t.Fatalf("saving a copy: %s", stderr)
	}
	stdout, stderr, code := run(t, dir, nil, "aggregate", "team", "--format", "json", "--out", "group.json")
	if code != 0 || !strings.Contains(stdout, `"n": 3`) {
		t.Errorf("aggregate with a run saved twice: exit %d, want n 3\n%s", code, stdout)
	}
	if !strings.Contains(stderr, "skipped team/r0.json: the same result as team/r0-again.yaml") &&
		!strings.Contains(stderr, "skipped team/r0-again.yaml: the same result as team/r0.json") {
		t.Errorf("stderr does not name the duplicate:\n%s", stderr)
	}
	stdout, stderr, code = run(t, dir, nil, "report", "group.json", "--format", "md")
	if code != 0 || !strings.Contains(stdout, "# Power Core — group of 3") {
		t.Errorf("report of a group profile: exit %d\n%s%s", code, stdout, stderr)
	}
}
