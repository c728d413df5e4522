package store

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Two set-asides in the same second must both be kept: the second one
// used to be renamed onto the first, deleting the earlier answers.
func TestSetAsideNeverReplacesAnEarlierOne(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "progress.json")
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	var names []string
	for _, body := range []string{"first answers", "second answers", "third answers"} {
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		aside, err := SetAside(path, "replaced", now)
		if err != nil {
			t.Fatalf("SetAside: %v", err)
		}
		names = append(names, aside)
	}
	for i, want := range []string{"first answers", "second answers", "third answers"} {
		got, err := os.ReadFile(names[i])
		if err != nil {
			t.Fatalf("set-aside %d (%s) is gone: %v", i+1, names[i], err)
		}
		if string(got) != want {
			t.Errorf("set-aside %d (%s) holds %q, want %q", i+1, names[i], got, want)
		}
	}
	if names[0] == names[1] || names[1] == names[2] {
		t.Errorf("set-aside names repeat: %q", names)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("the original name still exists after SetAside: %v", err)
	}
}
