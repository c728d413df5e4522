package workshop

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
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
	return nil, fmt.Errorf("%s: no saved answers for %q (names are matched whatever their case; without saved answers there is nothing to hand back: they start again under that name)",
		dir, strings.TrimSpace(assessment.Printable(name)))
}
