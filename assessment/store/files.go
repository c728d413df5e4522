package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/powercore/powercore/assessment"
)

// ErrExists is returned for an output file that exists and may not be
// overwritten.
var ErrExists = errors.New("file exists")

// ReadFile reads a file of at most MaxFileSize bytes; a larger one is
// refused without being read whole.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, describeIOError(err))
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, fmt.Errorf("%s: is a folder, not a file", path)
	}
	return readLimited(path, f)
}

// readLimited reads an open file of at most MaxFileSize bytes.
func readLimited(path string, f io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(f, assessment.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, describeIOError(err))
	}
	if len(data) > assessment.MaxFileSize {
		return nil, fmt.Errorf("%s: file is larger than the %s limit", path, assessment.ByteSize(assessment.MaxFileSize))
	}
	return data, nil
}

// WritesInPlace reports a path that must be written in place, never
// replaced: anything that exists and is not a regular file (a device, a
// FIFO), and the /dev and /proc names such as /dev/stdout whose target may
// be a regular file that another process holds open.
func WritesInPlace(path string) bool {
	clean := filepath.Clean(path)
	if strings.HasPrefix(clean, "/dev/") || strings.HasPrefix(clean, "/proc/") {
		return true
	}
	info, err := os.Stat(path)
	return err == nil && !info.Mode().IsRegular()
}

// CheckTarget checks, before any work is done, that path may be written:
// an existing regular file needs force; a folder never will do.
func CheckTarget(path string, force bool) error {
	if WritesInPlace(path) {
		return nil
	}
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return fmt.Errorf("%s: is a folder; name a file to write", path)
	case err == nil && !force:
		return fmt.Errorf("%s: %w; use --force to overwrite it, or choose another name", path, ErrExists)
	case err == nil:
		return nil
	}
	dir := filepath.Dir(path)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return fmt.Errorf("%s: the folder %s does not exist", path, dir)
	}
	return nil
}

// WriteFile writes what write produces to path. A regular file is written
// atomically: to a temporary file in the same folder, synced, then moved
// into place, so a reader never sees half a file and a failure leaves any
// old file as it was. An existing file is kept unless force is set. A path
// that is not a regular file (a device, a FIFO, /dev/stdout) is written in
// place and never replaced.
func WriteFile(path string, perm fs.FileMode, force bool, write func(io.Writer) error) error {
	if path == "" {
		return errors.New("no file name given")
	}
	if WritesInPlace(path) {
		return writeInPlace(path, write)
	}
	if err := CheckTarget(path, force); err != nil {
		return err
	}
	target := path
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		target = resolved // write through a link, not over it
	}
	if info, err := os.Stat(target); err == nil {
		perm = info.Mode().Perm()
	}
	err := replaceAtomically(path, target, perm, force, write)
	if errors.Is(err, ErrExists) {
		return fmt.Errorf("%w; use --force to overwrite it, or choose another name", err)
	}
	return err
}

// replaceAtomically writes target (named path in messages) through a
// temporary file in its folder: written, given perm, synced and closed,
// then moved into place, so that a reader never sees half a file and a
// failure leaves any old file as it was. Without force a name taken
// meanwhile is refused (a hard link never replaces), with ErrExists; a
// rename never follows a link planted meanwhile, it replaces it.
func replaceAtomically(path, target string, perm fs.FileMode, force bool, write func(io.Writer) error) error {
	dir := filepath.Dir(target)
	// CreateTemp opens with O_EXCL: it never follows a link either.
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(target)+".*.tmp")
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: the folder %s does not exist", path, dir)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, describeIOError(err))
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	for _, step := range []func() error{
		func() error { return write(tmp) },
		func() error { return tmp.Chmod(perm) },
		tmp.Sync,
		tmp.Close,
	} {
		if err := step(); err != nil {
			return fmt.Errorf("%s: %w", path, describeIOError(err))
		}
	}
	if force {
		err = os.Rename(tmp.Name(), target)
	} else if err = os.Link(tmp.Name(), target); err == nil {
		os.Remove(tmp.Name())
	} else if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s: %w", path, ErrExists)
	} else {
		// Where links are not supported, rename.
		err = os.Rename(tmp.Name(), target)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, describeIOError(err))
	}
	done = true
	syncDir(dir)
	return nil
}

// writeInPlace writes to a path that must not be replaced.
func writeInPlace(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return fmt.Errorf("%s: %w", path, describeIOError(err))
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, describeIOError(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, describeIOError(err))
	}
	return nil
}

// syncDir makes a rename in dir durable; where a folder cannot be synced,
// there is nothing more to do.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

// describeIOError drops the operation and path from an os error (the
// caller names the path once) and keeps the reason, lowercase.
func describeIOError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
