package workshop

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// maxSuffixTries bounds the search for where the unchanged end of a row
// may start; past it the row's end is sent whole.
const maxSuffixTries = 64

// change sends row y's new text, f, over what the terminal shows there:
// only the part between what the two share at the start and at the end,
// so that a key that moves a cursor mark sends the mark, not the row.
func (s *screen) change(y int, f fittedRow) {
	old, row := s.shown[y], f.text
	if old == row {
		return
	}
	s.shown[y] = row
	start := commonPrefix(old, row)
	for start > 0 && !clearCut(row, start) {
		start--
	}
	col, sure := columns(row[:start])
	if !sure {
		// Terminals count such a start's width differently: the row is
		// sent whole, for the terminal to lay out.
		start, col = 0, 0
	}
	end, oldEnd := len(row), len(old)
	if keep := commonSuffix(old[start:], row[start:]); keep > 0 {
		// The end both share stays on screen only if it starts in the
		// same column of both, with no style running into it.
		for tries := 0; keep > 0 && tries < maxSuffixTries; keep, tries = keep-1, tries+1 {
			e, o := len(row)-keep, len(old)-keep
			if !clearCut(row, e) || !clearCut(old, o) {
				continue
			}
			if w, sure := columns(row[:e]); sure {
				if ow, oldSure := columns(old[:o]); oldSure && w == ow {
					end, oldEnd = e, o
				}
			}
			break
		}
	}
	b := &s.buf
	b.WriteString(ansi.CursorPosition(col+1, y+1))
	b.WriteString(row[start:end])
	if end == len(row) && oldEnd == len(old) && f.width < s.width {
		// Clear the rest of the row, in no colour: at the last column
		// an erase would take the row's last character too.
		b.WriteString(ansi.ResetStyle + ansi.EraseLineRight)
	}
}

// columns is how many columns s takes, and whether every terminal agrees:
// counted character by character (most terminals) and by grapheme (those
// that cluster emoji), ❤️ is one column or two; a tab goes to the next tab
// stop; the address of a link (OSC 8) takes none but is no place to cut.
func columns(s string) (int, bool) {
	w := ansi.StringWidthWc(s)
	return w, w == ansi.StringWidth(s) && !strings.ContainsAny(s, "\t\r") && !strings.Contains(s, "\x1b]")
}

// clearCut reports whether a row of styled text may be cut at byte i and
// drawn from there: between two ASCII bytes (never inside a character,
// nor before a mark drawn onto the one before it), outside any escape
// sequence, and with no style on.
func clearCut(s string, i int) bool {
	if i == 0 {
		return true
	}
	if s[i-1] >= 0x80 || s[i-1] == 0x1b || (i < len(s) && s[i] >= 0x80) {
		return false
	}
	esc := strings.LastIndex(s[:i], "\x1b[")
	if esc < 0 {
		return !strings.Contains(s[:i], "\x1b")
	}
	end := esc + 2
	for end < i && (s[end] < 0x40 || s[end] > 0x7e) {
		end++
	}
	if end >= i {
		return false // the cut falls inside the sequence
	}
	params := s[esc+2 : end]
	return s[end] == 'm' && (params == "" || params == "0")
}

// commonPrefix is how many bytes a and b share at the start.
func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// commonSuffix is how many bytes a and b share at the end.
func commonSuffix(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[len(a)-1-i] != b[len(b)-1-i] {
			return i
		}
	}
	return n
}
