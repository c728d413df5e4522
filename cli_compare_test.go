package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompareNotesDifferentRespondents pins a one-line note on stderr when
// the two results compared are not the same person's (different names, or
// one anonymous), with stdout the same as without it.
func TestCompareNotesDifferentRespondents(t *testing.T) {
	dir := t.TempDir()
	ann, err := os.ReadFile(filepath.Join("testdata", "team", "r0.json"))
	if err != nil {
		t.Fatal(err)
	}
	bo, err := os.ReadFile(filepath.Join("testdata", "team", "r1.json"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"ann.json":       ann,
		"bo.json":        bo,
		"ann-later.json": []byte(strings.Replace(string(bo), `"respondent": "Bo"`, `"respondent": "ann"`, 1)),
		"anon.json":      []byte(strings.Replace(string(bo), `"respondent": "Bo"`, `"respondent": ""`, 1)),
		"anon2.json":     []byte(strings.Replace(string(ann), `"respondent": "Ann"`, `"respondent": ""`, 1)),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		before, after string
		note          string // "" for none
	}{
		{"ann.json", "bo.json", `different respondents ("Ann" before, "Bo" after)`},
		{"ann.json", "anon.json", `different respondents ("Ann" before, an anonymous respondent after)`},
		{"ann.json", "ann-later.json", ""},
		{"anon2.json", "anon.json", ""},
	}
	for _, tt := range tests {
		t.Run(tt.before+" "+tt.after, func(t *testing.T) {
			stdout, stderr, code := run(t, dir, nil, "compare", tt.before, tt.after)
			if code != 0 {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			notes := strings.Count(stderr, "powercore: note:")
			switch {
			case tt.note == "" && notes != 0:
				t.Errorf("a note for the same respondent:\n%s", stderr)
			case tt.note != "" && (notes != 1 || !strings.Contains(stderr, tt.note) || strings.Count(strings.TrimSpace(stderr), "\n") != 0):
				t.Errorf("stderr:\n%s\nwant one line saying %q", stderr, tt.note)
			}
			if strings.Contains(stdout, "note:") {
				t.Errorf("the note reached stdout:\n%s", stdout)
			}
		})
	}
}
