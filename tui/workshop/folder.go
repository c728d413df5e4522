package workshop

import (
	"io"
	"path/filepath"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
)

// Folder is a workshop's results folder: each finished result as
// NAME-TIME.json, readable only by the server's owner, and unfinished
// answers in .in-progress, hidden so that aggregate passes over it.
type Folder string

// Progress is where unfinished answers are kept.
func (f Folder) Progress() string { return filepath.Join(string(f), ".in-progress") }

// answering counts the people with unfinished answers.
func (f Folder) answering() int {
	files, _ := filepath.Glob(filepath.Join(f.Progress(), "*.json"))
	return len(files)
}

// saveResult writes a finished result as NAME-TIME.json, created
// exclusively and synced (see writeResultFile), and returns its path.
func (f Folder) saveResult(r *assessment.Result, b *assessment.Bank, name string) (string, error) {
	stamp := r.CompletedAt.UTC().Format("20060102T150405Z")
	return writeResultFile(string(f), name, stamp, func(w io.Writer) error {
		return export.Result(w, export.FormatJSON, r, b)
	})
}
