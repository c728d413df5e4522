package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dashboard --questions reads the workshop's bank, and a broken one is
// said, located, before anything is drawn.
func TestDashboardReadsTheWorkshopsBank(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "results"), 0o700)
	os.WriteFile(filepath.Join(dir, "bank.yaml"), []byte("schema: powercore/bank@1\nid: x\ntitle: [\n"), 0o600)
	_, stderr, code := run(t, dir, nil, "dashboard", "results", "--questions", "bank.yaml")
	if code != 1 || !strings.Contains(stderr, "bank.yaml:") {
		t.Errorf("a broken --questions bank: exit %d, stderr %q; want 1 and the bank's problem, located", code, stderr)
	}
}
