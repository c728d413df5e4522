package assessment_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
)

// plantLink makes dir/name a symbolic link to a file outside dir that
// holds "keep", and returns that file.
func plantLink(t *testing.T, dir, name string) string {
	t.Helper()
	victim := filepath.Join(t.TempDir(), "victim.txt")
	if err := os.WriteFile(victim, []byte("keep"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(victim, filepath.Join(dir, name)); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	return victim
}

func kept(t *testing.T, victim string) {
	t.Helper()
	if data, err := os.ReadFile(victim); err != nil || string(data) != "keep" {
		t.Errorf("the file a planted link points to now holds %q (%v), want it untouched", data, err)
	}
}

// A link planted where progress goes (a shared folder) redirected the
// write into the file it pointed to, and reading followed it too.
func TestProgressIsNeverWrittenOrReadThroughALink(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "progress.json")
	victim := plantLink(t, dir, "progress.json")
	p := &assessment.Progress{Schema: assessment.ProgressSchema, SavedAt: time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)}
	if err := store.SaveProgress(path, p); !errors.Is(err, store.ErrNotRegular) {
		t.Errorf("saving progress over a link: %v, want it refused", err)
	}
	kept(t, victim)
	if _, err := store.LoadProgress(path); !errors.Is(err, store.ErrNotRegular) {
		t.Errorf("loading progress from a link: %v, want it refused", err)
	}
}

// A workshop result is a new file: never one written through a link, nor
// over an existing file.
func TestWriteFileNoFollow(t *testing.T) {
	dir := t.TempDir()
	victim := plantLink(t, dir, "ann.json")
	write := func(w io.Writer) error { _, err := io.WriteString(w, "{}"); return err }
	for _, force := range []bool{false, true} {
		if err := store.WriteFileNoFollow(filepath.Join(dir, "ann.json"), 0o600, force, write); !errors.Is(err, store.ErrNotRegular) {
			t.Errorf("force=%v: writing over a link: %v, want it refused", force, err)
		}
	}
	kept(t, victim)
	fresh := filepath.Join(dir, "bob.json")
	if err := store.WriteFileNoFollow(fresh, 0o600, false, write); err != nil {
		t.Fatal(err)
	}
	if err := store.WriteFileNoFollow(fresh, 0o600, false, write); !errors.Is(err, store.ErrExists) {
		t.Errorf("writing a new file over an existing one: %v, want ErrExists", err)
	}
	if info, err := os.Stat(fresh); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("bob.json: %v %v, want mode 0600", info.Mode(), err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(left) != 0 {
		t.Errorf("temporary files left: %q", left)
	}
}
