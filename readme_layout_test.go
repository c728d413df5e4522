package main

import (
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The README's project layout names every package go list shows, and no
// other: a newcomer finds any package there in one hop.
func TestReadmeLayoutMatchesThePackages(t *testing.T) {
	out, err := exec.Command("go", "list", "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	var packages []string
	for _, p := range strings.Fields(string(out)) {
		rel := strings.TrimPrefix(strings.TrimPrefix(p, "github.com/powercore/powercore"), "/")
		if rel == "" {
			rel = "."
		}
		packages = append(packages, rel)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	section := string(readme)
	start := strings.Index(section, "## Project layout")
	if start < 0 {
		t.Fatal("the README has no Project layout section")
	}
	section = section[start:]
	section = section[:strings.Index(section, "Dependencies point one way")]
	var listed []string
	for _, m := range regexp.MustCompile(`(?m)^(\.|[a-z][a-z/]*[a-z])\s`).FindAllStringSubmatch(section, -1) {
		if m[1] != "docs" {
			listed = append(listed, m[1])
		}
	}
	slices.Sort(packages)
	slices.Sort(listed)
	if !slices.Equal(packages, listed) {
		t.Errorf("the README lists %v\ngo list shows %v", listed, packages)
	}
}
