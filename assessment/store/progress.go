package store

import (
	"errors"
	"fmt"
	"github.com/powercore/powercore/assessment"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// SaveProgress writes progress to path atomically (a crash leaves the old
// file or the new one, never half of one), readable only by its owner.
func SaveProgress(path string, p *assessment.Progress) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("%s: %w", filepath.Dir(path), describeIOError(err))
	}
	return WriteFileNoFollow(path, 0o600, true, func(w io.Writer) error { return assessment.WriteProgress(w, p) })
}

// LoadProgress reads the progress at path; fs.ErrNotExist when there is
// none.
func LoadProgress(path string) (*assessment.Progress, error) {
	data, err := ReadFileNoFollow(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fs.ErrNotExist
		}
		return nil, err
	}
	return assessment.ReadProgress(path, data)
}

// SetAside renames a file out of the way, keeping it: path.why-TIME. It
// returns the new name.
func SetAside(path, why string, now time.Time) (string, error) {
	aside := fmt.Sprintf("%s.%s-%s", path, why, now.UTC().Format("20060102T150405Z"))
	if err := os.Rename(path, aside); err != nil {
		return "", fmt.Errorf("%s: %w", path, describeIOError(err))
	}
	return aside, nil
}
