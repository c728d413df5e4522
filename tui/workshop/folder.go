package workshop

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/assessment/store"
)

// Folder is a workshop's results folder: each finished result as
// NAME-TIME.json, readable only by the server's owner; unfinished answers
// in .in-progress, and the running server's join details in
// .workshop, both hidden so that aggregate passes over them.
type Folder string

// Progress is where unfinished answers are kept.
func (f Folder) Progress() string { return filepath.Join(string(f), ".in-progress") }

// JoinFile is where a running server keeps its join details (JoinInfo),
// refreshed every joinEvery while it runs and removed when it stops.
func (f Folder) JoinFile() string { return filepath.Join(string(f), ".workshop") }

// How often a running server refreshes its join file, and how old one may
// be before the server counts as stopped (it died without tidying up).
const (
	joinEvery = 2 * time.Second
	joinStale = 10 * time.Second
)

// progressFiles lists the unfinished answers.
func (f Folder) progressFiles() []string {
	files, _ := filepath.Glob(filepath.Join(f.Progress(), "*.json"))
	return files
}

// answering counts the people with unfinished answers.
func (f Folder) answering() int { return len(f.progressFiles()) }

// progress reads everyone's unfinished answers; files that cannot be read
// (being replaced, say) are passed over.
func (f Folder) progress() []*assessment.Progress {
	var out []*assessment.Progress
	for _, file := range f.progressFiles() {
		if p, err := store.LoadProgress(file); err == nil {
			out = append(out, p)
		}
	}
	return out
}

// writeJoin records the running server's join details, readable only by
// the folder's owner (they hold the passphrase).
func (f Folder) writeJoin(j *JoinInfo) error {
	return store.WriteFileNoFollow(f.JoinFile(), 0o600, true, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(j)
	})
}

// keepJoin refreshes the join file's time, to say the server still runs.
func (f Folder) keepJoin(now time.Time) {
	_ = os.Chtimes(f.JoinFile(), now, now)
}

// removeJoin says the server has stopped.
func (f Folder) removeJoin() { _ = os.Remove(f.JoinFile()) }

// runningServer reads the join details of the server running on this
// folder; nil when none is (no join file, or one not refreshed lately).
func (f Folder) runningServer(now time.Time) *JoinInfo {
	info, err := os.Lstat(f.JoinFile())
	if err != nil || !info.Mode().IsRegular() || now.Sub(info.ModTime()) > joinStale {
		return nil
	}
	data, err := store.ReadFileNoFollow(f.JoinFile())
	if err != nil {
		return nil
	}
	var j JoinInfo
	if json.Unmarshal(data, &j) != nil || j.Schema != JoinSchema {
		return nil
	}
	return &j
}

// saveResult writes a finished result as NAME-TIME.json, created
// exclusively and synced (see writeResultFile), and returns its path.
func (f Folder) saveResult(r *assessment.Result, b *assessment.Bank, name string) (string, error) {
	stamp := r.CompletedAt.UTC().Format("20060102T150405Z")
	return writeResultFile(string(f), name, stamp, func(w io.Writer) error {
		return export.Result(w, export.FormatJSON, r, b)
	})
}
