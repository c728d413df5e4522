package workshop

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/powercore/powercore/assessment"
)

// A workshop result is written once, to a name nobody else holds: the file
// is created exclusively (never over another file, never through a link),
// written and synced before the participant's progress is removed. When the
// name is taken — "Sam Lee" and "Sam-Lee" finishing in the same second —
// the next number is tried; when it cannot be made at all (too long for the
// file system), a plain unique name is used instead.

// maxNameBytes keeps a result's file name well under the 255 bytes most
// file systems allow, whatever script the name is written in.
const maxNameBytes = 120

// createExclusive creates a new file at path, failing if anything is there
// already (a file, a link). Tests replace it to make the disk fail.
var createExclusive = func(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL|syscall.O_NOFOLLOW, 0o600)
}

// writeResultFile writes a result into dir as NAME-STAMP.json (numbered if
// taken, or result-STAMP-RANDOM.json if that name cannot be made) and
// returns the path. Nothing is left behind when it fails.
func writeResultFile(dir, name, stamp string, write func(io.Writer) error) (string, error) {
	base := assessment.ClipBytes(assessment.SafeName(name), maxNameBytes) + "-" + stamp
	var firstErr error
	for i := 1; i <= 100; i++ {
		file := base + ".json"
		if i > 1 {
			file = fmt.Sprintf("%s-%d.json", base, i)
		}
		if i == 100 || errors.Is(firstErr, syscall.ENAMETOOLONG) || errors.Is(firstErr, syscall.EINVAL) {
			var r [6]byte
			_, _ = rand.Read(r[:])
			file = "result-" + stamp + "-" + hex.EncodeToString(r[:]) + ".json"
		}
		path := filepath.Join(dir, file)
		f, err := createExclusive(path)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			if firstErr == nil && (errors.Is(err, syscall.ENAMETOOLONG) || errors.Is(err, syscall.EINVAL)) {
				firstErr = err
				continue
			}
			return "", fmt.Errorf("%s: %w", path, unwrapPath(err))
		}
		err = write(f)
		if err == nil {
			err = f.Sync()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			_ = os.Remove(path)
			return "", fmt.Errorf("%s: %w", path, unwrapPath(err))
		}
		if d, err := os.Open(dir); err == nil {
			_ = d.Sync()
			_ = d.Close()
		}
		return path, nil
	}
	return "", fmt.Errorf("%s: no free name for the result", dir)
}

// unwrapPath keeps the reason of an os error, without its operation and
// path (the caller names the path).
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// logUnsaved tells the facilitator, by name, of a finished result that
// could not be written, and where its answers are instead.
func (s *server) logUnsaved(name string, err, kept error) {
	if kept == nil {
		s.logf("%s finished, but the result could not be saved: %s; their answers are kept as progress: they can connect again to send them", name, assessment.Printable(err.Error()))
		return
	}
	s.logf("%s finished, but the result could not be saved: %s; nor could their answers be kept (%s): they are on their screen only", name, assessment.Printable(err.Error()), assessment.Printable(kept.Error()))
}
