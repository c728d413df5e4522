package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestResultsFolderSkipsLinksAndQuotesNoFile pins that a results folder's
// symbolic links are skipped without being read, and that no message
// quotes a file that is not a powercore document: a link planted in a
// shared folder must not print the start of the file it points to.
func TestResultsFolderSkipsLinksAndQuotesNoFile(t *testing.T) {
	dir := t.TempDir()
	results := filepath.Join(dir, "results")
	if err := os.Mkdir(results, 0o755); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("testdata", "team", "r0.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(results, "r0.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	secret := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(secret, []byte("hunter2 is the password\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(results, "x.json")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	plain := filepath.Join(dir, "plain.json")
	if err := os.WriteFile(plain, []byte("hunter2 is the password\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	stdout, stderr, code := run(t, dir, nil, "aggregate", "results")
	if code != 0 {
		t.Fatalf("aggregate exit %d, want 0 (one good result)\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "x.json: a symbolic link") || !strings.Contains(stderr, "not followed") {
		t.Errorf("aggregate does not say the link was skipped as a link:\n%s", stderr)
	}
	if strings.Contains(stdout+stderr, "hunter2") {
		t.Errorf("aggregate quotes the linked file:\n%s", stderr)
	}
	for _, args := range [][]string{
		{"report", "plain.json"},
		{"compare", "plain.json", "plain.json"},
		{"aggregate", "plain.json"},
		{"score", "--answers", "plain.json"},
		{"validate", "plain.json"},
	} {
		stdout, stderr, code := run(t, dir, nil, args...)
		if code != 1 {
			t.Errorf("%v: exit %d, want 1\n%s", args, code, stderr)
		}
		if strings.Contains(stdout+stderr, "hunter2") {
			t.Errorf("%v quotes a file that is not a powercore document:\n%s", args, stderr)
		}
		if !strings.Contains(stderr, "plain text, not a powercore document") {
			t.Errorf("%v does not say what kind of thing it found:\n%s", args, stderr)
		}
	}
}

// TestBrokenFilesReadAlikeEverywhere pins one reader, one wording and one
// line per problem: a cut-off result reads the same to report, compare,
// aggregate and score, and a file with no answers is one problem.
func TestBrokenFilesReadAlikeEverywhere(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("testdata", "team", "r0.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "trunc.json"), data[:len(data)*2/3], 0o644); err != nil {
		t.Fatal(err)
	}
	_, want, _ := run(t, dir, nil, "score", "--answers", "trunc.json")
	want = strings.TrimSpace(want)
	if !strings.Contains(want, "trunc.json:") || !strings.Contains(want, "the file ends in the middle of a value") || strings.Count(want, "\n") != 0 {
		t.Fatalf("score on a cut-off file says:\n%s", want)
	}
	for _, args := range [][]string{
		{"report", "trunc.json"},
		{"compare", "trunc.json", "trunc.json"},
		{"aggregate", "trunc.json"},
	} {
		_, stderr, code := run(t, dir, nil, args...)
		if code != 1 {
			t.Errorf("%v: exit %d, want 1", args, code)
		}
		if !strings.Contains(stderr, want) {
			t.Errorf("%v says:\n%s\nwant the same words as score:\n%s", args, stderr, want)
		}
		if strings.Contains(stderr, "unexpected end of JSON input") {
			t.Errorf("%v words a cut-off file its own way:\n%s", args, stderr)
		}
	}

	if err := os.WriteFile(filepath.Join(dir, "bad.json"), []byte(`{"answer": {"success": {"sales": 10}}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, dir, nil, "score", "--answers", "bad.json")
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if code != 1 || len(lines) != 1 {
		t.Fatalf("score on a file with no answers: exit %d, %d lines, want 1 and one line:\n%s", code, len(lines), stderr)
	}
	if !strings.Contains(lines[0], "no `answers:` found") || !strings.Contains(lines[0], `"answer" on line 1`) {
		t.Errorf("score on a file with answers misspelt says:\n%s", stderr)
	}
}

// A group profile with nothing in it is refused like an empty result, and
// a summary written for people is refused by score as by every reader.
func TestEmptyGroupsAndSummariesAreRefused(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "g.json"), []byte(`{"schema":"powercore/group@1","n":2}`), 0o600)
	_, stderr, code := run(t, dir, nil, "report", "g.json")
	if code != 1 || !strings.Contains(stderr, "no core scores") {
		t.Errorf("report of an empty group: exit %d, stderr %q; want 1 and why", code, stderr)
	}
	os.WriteFile(filepath.Join(dir, "summary.md"), []byte("# Power Core\n\nSales: 40\n"), 0o600)
	_, stderr, code = run(t, dir, nil, "score", "--answers", "summary.md")
	if code != 1 || !strings.Contains(stderr, "summary written for people") {
		t.Errorf("score of a Markdown summary: exit %d, stderr %q; want 1 and that it is a summary for people", code, stderr)
	}
}
