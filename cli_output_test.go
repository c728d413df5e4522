package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestCompareChangesAgreeWithTheRoundedScores: a change printed beside two
// rounded scores is their difference (13 → 22 is +9), in every format a
// person reads.
func TestCompareChangesAgreeWithTheRoundedScores(t *testing.T) {
	rows := map[string]*regexp.Regexp{
		"text": regexp.MustCompile(`\s(\d+)\s+(\d+)\s+([+-]\d+|0)(?:\s|$)`),
		"md":   regexp.MustCompile(`\| (\d+) \| (\d+) \| \**([+-]?\d+)\**`),
		"html": regexp.MustCompile(`<td class="num">(\d+)</td><td class="num">(\d+)</td><td class="num">(?:&#43;)?(-?\d+)`),
	}
	for format, row := range rows {
		t.Run(format, func(t *testing.T) {
			stdout, stderr, code := run(t, ".", nil, "compare", "testdata/team/r0.json", "testdata/team/r1.json", "--format", format)
			if code != 0 {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			found := row.FindAllStringSubmatch(stdout, -1)
			if len(found) < 6 {
				t.Fatalf("found %d rows of before, after and change in:\n%s", len(found), stdout)
			}
			for _, m := range found {
				before, _ := strconv.Atoi(m[1])
				after, _ := strconv.Atoi(m[2])
				change, _ := strconv.Atoi(m[3])
				if after-before != change {
					t.Errorf("%s → %s is shown as a change of %s, want %+d", m[1], m[2], m[3], after-before)
				}
			}
		})
	}
}

// TestOutWithoutFormatWritesTheFileOnly: --out FILE alone saves the file
// and says so in one line; --format asks for stdout as well.
func TestOutWithoutFormatWritesTheFileOnly(t *testing.T) {
	dir := t.TempDir()
	team := filepath.Join(dir, "team")
	os.MkdirAll(team, 0o755)
	for _, n := range []string{"r0.json", "r1.json"} {
		data, _ := os.ReadFile(filepath.Join("testdata/team", n))
		os.WriteFile(filepath.Join(team, n), data, 0o644)
	}
	answers := copyFixture(t, dir, "answers_clear.yaml")
	for _, c := range []struct {
		name string
		args []string
	}{
		{"report", []string{"report", "team/r0.json", "--out", "report.md"}},
		{"score", []string{"score", "--answers", answers, "--out", "result.json"}},
		{"aggregate", []string{"aggregate", "team", "--out", "group.json"}},
		{"compare", []string{"compare", "team/r0.json", "team/r1.json", "--out", "compare.md"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, code := run(t, dir, nil, c.args...)
			out := c.args[len(c.args)-1]
			if code != 0 {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			if info, err := os.Stat(filepath.Join(dir, out)); err != nil || info.Size() == 0 {
				t.Errorf("%s was not written: %v", out, err)
			}
			if stdout != "" {
				t.Errorf("stdout holds %d bytes beside --out %s, want nothing:\n%s", len(stdout), out, tail(stdout, 300))
			}
			if lines := strings.Split(strings.TrimSpace(withoutBankNotice(stderr)), "\n"); len(lines) != 1 || !strings.Contains(lines[0], "saved") || !strings.Contains(lines[0], out) {
				t.Errorf("stderr = %q, want one line confirming %s", stderr, out)
			}
			os.Remove(filepath.Join(dir, out))
			stdout, _, _ = run(t, dir, nil, append(c.args, "--format", "text")...)
			if stdout == "" {
				t.Errorf("--out with --format text printed nothing on stdout")
			}
			os.Remove(filepath.Join(dir, out))
		})
	}
}

// TestOutToAClosedPipeIsQuiet: --out /dev/stdout | head ends with no
// "broken pipe" message and exit 0 or 141, like other commands in a pipe.
// The reader is gone before the first write, so the pipe breaks every time.
func TestOutToAClosedPipeIsQuiet(t *testing.T) {
	for _, args := range [][]string{
		{"report", "testdata/team/r0.json", "--out", "/dev/stdout"},
		{"report", "testdata/team/r0.json", "--out", "/dev/stdout", "--format", "html"},
		{"aggregate", "testdata/team", "--out", "/dev/stdout"},
	} {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close()
		cmd := exec.Command(binary, args...)
		cmd.Stdout = w
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err = cmd.Run()
		w.Close()
		code := 0
		if exit, ok := err.(*exec.ExitError); ok {
			code = exit.ExitCode()
			if code == -1 { // ended by SIGPIPE
				code = 141
			}
		} else if err != nil {
			t.Fatal(err)
		}
		if code != 0 && code != 141 {
			t.Errorf("%v into a closed pipe: exit %d, want 0 or 141", args, code)
		}
		if got := withoutBankNotice(stderr.String()); got != "" {
			t.Errorf("%v into a closed pipe: stderr %q, want nothing", args, got)
		}
	}
}

// withoutBankNotice drops the notice that a fixture was scored with an
// older version of the built-in bank: true of the saved team files, and
// beside the point of tests about where output goes. So is the note that
// two results compared are different people's (Ann's and Bo's).
func withoutBankNotice(stderr string) string {
	var kept []string
	for _, line := range strings.SplitAfter(stderr, "\n") {
		if !strings.Contains(line, "was scored with version") && !strings.Contains(line, "from different respondents") {
			kept = append(kept, line)
		}
	}
	return strings.Join(kept, "")
}
