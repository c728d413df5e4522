package workshop

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
)

// SavedProgress finds the progress the workshop keeps for the person
// called name, whatever the bank: for the facilitator to
// hand a participant who lost it their resume code.
func (f Folder) SavedProgress(name string) (*assessment.Progress, error) {
	who := assessment.PersonKey(name)
	if who == "" {
		return nil, fmt.Errorf("no name given")
	}
	if info, err := os.Stat(string(f)); err != nil || !info.IsDir() {
		return nil, fmt.Errorf("%s: no such folder (the results folder serve printed when it started)", string(f))
	}
	sum := sha256.Sum256([]byte(who))
	dir := f.Progress()
	files, err := filepath.Glob(filepath.Join(dir, "progress-*-"+hex.EncodeToString(sum[:])+".json"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	for _, f := range files {
		p, err := store.LoadProgress(f)
		if err != nil {
			return nil, err
		}
		if assessment.PersonKey(p.Respondent) == who {
			return p, nil
		}
	}
	shown := strings.TrimSpace(assessment.Printable(name))
	if f.finished(who) {
		return nil, fmt.Errorf("%s: %q has finished: their result is saved, and there is nothing left to resume", string(f), shown)
	}
	return nil, fmt.Errorf("%s: no saved answers for %q (names are matched whatever their case; without saved answers there is nothing to hand back: they start again under that name)",
		dir, shown)
}

// finished reports a result in the folder from the person who (a
// PersonKey).
func (f Folder) finished(who string) bool {
	named, _ := store.LoadResults([]string{string(f)}, func(string, error) {})
	for _, n := range named {
		if assessment.PersonKey(n.Result.Respondent) == who {
			return true
		}
	}
	return false
}
