package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ErrNotRegular is returned for a path that is a symbolic link, a folder,
// a device or a FIFO where the program's own file belongs.
var ErrNotRegular = errors.New("not a regular file")

// WriteFileNoFollow writes what write produces to path, as WriteFile does
// (atomically, an existing file kept unless force), but never through a
// symbolic link or into anything other than a regular file: for files the
// program names itself in a shared folder (a workshop's results and
// progress), where a planted link must not redirect a write.
func WriteFileNoFollow(path string, perm fs.FileMode, force bool, write func(io.Writer) error) error {
	if path == "" {
		return errors.New("no file name given")
	}
	switch info, err := os.Lstat(path); {
	case err == nil && !info.Mode().IsRegular():
		return fmt.Errorf("%s: %w (%s): refusing to write through it", path, ErrNotRegular, kindOf(info.Mode()))
	case err == nil && !force:
		return fmt.Errorf("%s: %w", path, ErrExists)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: %w", path, describeIOError(err))
	}
	return replaceAtomically(path, path, perm, force, write)
}

// ReadFileNoFollow is ReadFile for a file the program wrote itself: a
// symbolic link or anything but a regular file is refused, not read.
func ReadFileNoFollow(path string) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|oNoFollow, 0)
	if err != nil {
		if info, lerr := os.Lstat(path); lerr == nil && !info.Mode().IsRegular() {
			return nil, fmt.Errorf("%s: %w (%s): refusing to read it", path, ErrNotRegular, kindOf(info.Mode()))
		}
		return nil, fmt.Errorf("%s: %w", path, describeIOError(err))
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w (%s): refusing to read it", path, ErrNotRegular, kindOf(info.Mode()))
	}
	return readLimited(path, f)
}

// kindOf names what a path is, for messages.
func kindOf(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a plain file"
}
