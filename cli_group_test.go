package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAggregateKeepsDifferentPeopleScoredInOneSecond: three anonymous
// answers files scored in the same second share respondent, start and end
// times; only their answers differ, and each still counts.
func TestAggregateKeepsDifferentPeopleScoredInOneSecond(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "team"), 0o755)
	data, err := os.ReadFile("testdata/answers_clear.yaml")
	if err != nil {
		t.Fatal(err)
	}
	base := strings.Replace(string(data), "respondent: Jane Doe", "respondent: \"\"\nstarted_at: 2026-11-30T09:00:00Z\ncompleted_at: 2026-11-30T09:00:00Z", 1)
	for i, level := range []string{"0", "2", "4"} {
		answers := strings.Replace(base, "assets-count: 1", "assets-count: "+level, 1)
		in := filepath.Join(dir, "a.yaml")
		os.WriteFile(in, []byte(answers), 0o644)
		out := filepath.Join("team", "r"+level+".json")
		if _, stderr, code := run(t, dir, nil, "score", "--answers", in, "--out", out); code != 0 {
			t.Fatalf("scoring answers %d: exit %d\n%s", i, code, stderr)
		}
	}
	stdout, stderr, code := run(t, dir, nil, "aggregate", "team", "--format", "json")
	if code != 0 || !strings.Contains(stdout, `"n": 3`) {
		t.Errorf("aggregate of three people scored in one second: exit %d, want n 3\n%s\n%s", code, stderr, stdout)
	}
	if strings.Contains(stderr, "skipped") {
		t.Errorf("a different person was skipped as the same run:\n%s", stderr)
	}
}
