package assessment_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/powercore/powercore/assessment"
)

// Bug: progress files were told apart by 32 bits of a hash; these two
// names share them and the same file-name part ("sam"), so one person
// resumed the other's answers.
func TestProgressFilesOfTwoPeopleNeverCollide(t *testing.T) {
	a := assessment.ProgressFile("dir", "power-core", assessment.PersonKey("sam+^*&!!"))
	b := assessment.ProgressFile("dir", "power-core", assessment.PersonKey("sam(~;&!!"))
	if a == b {
		t.Errorf("two people share the progress file %s", a)
	}
	long := assessment.ProgressFile("dir", "power-core", assessment.PersonKey(strings.Repeat("𠀀", 64)))
	if n := len(filepath.Base(long)); n > 255 {
		t.Errorf("a 64-letter name makes a progress file name of %d bytes, over 255", n)
	}
}
