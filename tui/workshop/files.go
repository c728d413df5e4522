package workshop

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// makeWorkshopFolder makes a folder the workshop writes into (its results,
// their progress) readable only by its owner, or checks the one that is
// there: a folder other users may write to is refused, since anyone could
// plant a file or a link in it where a participant's answers go.
func makeWorkshopFolder(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	info, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	if !info.IsDir() {
		return fmt.Errorf("%s: is not a folder", dir)
	}
	// Windows reports no permission bits worth reading.
	if runtime.GOOS != "windows" && info.Mode().Perm()&0o022 != 0 {
		return fmt.Errorf("%s: other users can write to this folder (mode %04o): choose another folder, or run chmod go-w %s", dir, info.Mode().Perm(), filepath.Clean(dir))
	}
	return nil
}
