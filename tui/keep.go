package tui

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/assessment/store"
)

// keep writes the result to the state folder's results/, durably, when it
// was not saved where asked: a finished result must outlive the progress
// it replaces, even if the program is killed on the summary screen.
func (m *session) keep() {
	if m.opts.StateDir == "" || m.result == nil {
		return
	}
	path := filepath.Join(m.opts.StateDir, "results", fmt.Sprintf("result-%s-%s.json",
		assessment.SafeName(m.result.Bank.ID), m.result.CompletedAt.UTC().Format("20060102T150405Z")))
	path = freeName(filepath.Dir(path), filepath.Base(path[:len(path)-len(".json")]), ".json")
	err := os.MkdirAll(filepath.Dir(path), 0o700)
	if err == nil {
		err = store.WriteFile(path, 0o600, false, func(w io.Writer) error {
			return export.Result(w, export.FormatJSON, m.result, nil)
		})
	}
	if err != nil {
		m.keepErr = err
		return
	}
	m.keptIn = path
}

// unkeep removes the kept copy once the result is saved where the user
// asked: that copy is written first, so the result is never only in memory.
func (m *session) unkeep() {
	if m.keptIn != "" {
		_ = os.Remove(m.keptIn)
		m.keptIn = ""
	}
}
