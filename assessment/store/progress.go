package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/powercore/powercore/assessment"
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

// SetAside moves a file out of the way, keeping it: path.why-TIME, or
// path.why-TIME.2, .3, … when that name is taken (two set-asides in the
// same second). It never replaces an existing file: the new name is made
// with a hard link, which fails rather than overwrite, and only then is
// the old name removed. It returns the new name.
func SetAside(path, why string, now time.Time) (string, error) {
	base := fmt.Sprintf("%s.%s-%s", path, why, now.UTC().Format("20060102T150405Z"))
	for n := 1; n <= maxAsideNames; n++ {
		aside := base
		if n > 1 {
			aside = fmt.Sprintf("%s.%d", base, n)
		}
		err := moveNoReplace(path, aside)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", fmt.Errorf("%s: %w", path, describeIOError(err))
		}
		return aside, nil
	}
	return "", fmt.Errorf("%s: could not set it aside: %d files named %s already exist", path, maxAsideNames, filepath.Base(base)+"*")
}

// maxAsideNames bounds the numbered names SetAside tries.
const maxAsideNames = 1000

// moveNoReplace renames from to to, failing with fs.ErrExist when to
// exists. Where hard links are not supported it checks and renames, which
// leaves only a narrow race instead of a certain overwrite.
func moveNoReplace(from, to string) error {
	err := os.Link(from, to)
	if err == nil {
		return os.Remove(from)
	}
	if errors.Is(err, fs.ErrExist) || errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if _, serr := os.Lstat(to); serr == nil {
		return fs.ErrExist
	}
	return os.Rename(from, to)
}
