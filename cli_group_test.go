package main

import (
	"os"
	"path/filepath"
	"regexp"
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

// aggregate names nobody unless --names: in every format, the group file
// and the HTML report carry no name and no member's own dominant core;
// with --names they do.
func TestAggregateIsAnonymousUnlessNamesIsGiven(t *testing.T) {
	dir := t.TempDir()
	team, err := filepath.Abs("testdata/team")
	if err != nil {
		t.Fatal(err)
	}
	names := regexp.MustCompile(`\b(Ann|Bo|Cy|Dee|Eli|Fay|Gus|Hal)\b|r[0-7]\.json`)
	for _, format := range []string{"text", "md", "json", "yaml", "html"} {
		stdout, stderr, code := run(t, dir, nil, "aggregate", team, "--format", format)
		if code != 0 {
			t.Fatalf("aggregate --format %s: exit %d\n%s", format, code, stderr)
		}
		if m := names.FindString(stdout); m != "" {
			t.Errorf("aggregate --format %s names %q without --names", format, m)
		}
		if strings.Contains(stdout, "Shares the group") || strings.Contains(stdout, "    dominant:") || strings.Contains(stdout, `      "dominant"`) {
			t.Errorf("aggregate --format %s gives members' own dominant cores without --names", format)
		}
		if !strings.Contains(strings.ToLower(stdout), "member") {
			t.Errorf("aggregate --format %s lost its members", format)
		}
		named, _, code := run(t, dir, nil, "aggregate", team, "--format", format, "--names")
		if code != 0 || !strings.Contains(named, "Ann") || !strings.Contains(named, "Hal") {
			t.Errorf("aggregate --format %s --names: exit %d, want every member named", format, code)
		}
	}
	// A group file written anonymously reads back as a group.
	if _, stderr, code := run(t, dir, nil, "aggregate", team, "--out", "team.json"); code != 0 {
		t.Fatalf("aggregate --out team.json: exit %d\n%s", code, stderr)
	}
	stdout, stderr, code := run(t, dir, nil, "report", "team.json", "--format", "md")
	if code != 0 || !strings.Contains(stdout, "group of 8") || names.MatchString(stdout) {
		t.Errorf("report of an anonymous group file: exit %d, stderr %q\n%s", code, stderr, stdout)
	}
}

// A group file written with names — by --names, or before groups were
// anonymous — still reads, and shows what it holds.
func TestReportReadsANamedGroupFile(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("assessment/testdata/TestGroupExportGolden/json.golden")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "team.json"), data, 0o600)
	stdout, stderr, code := run(t, dir, nil, "report", "team.json", "--format", "md")
	if code != 0 || !strings.Contains(stdout, "## Members") || !strings.Contains(stdout, "Member 4: Customer") {
		t.Errorf("report of a named group file: exit %d, stderr %q\n%s", code, stderr, stdout)
	}
}
