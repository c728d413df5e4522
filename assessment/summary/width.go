package summary

import (
	"strings"
	"unicode"
)

// Width is how many terminal columns s takes: wide (East Asian, emoji)
// characters take two, combining marks and joiners none. It is a small
// stand-in for a full width table, enough to align plain-text exports.
func Width(s string) int {
	w := 0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w
}

func runeWidth(r rune) int {
	switch {
	case r == 0x200d || r == 0x200b || (r >= 0xfe00 && r <= 0xfe0f):
		return 0
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		return 0
	case r >= 0x1100 && r <= 0x115f, r >= 0x2e80 && r <= 0xa4cf && r != 0x303f,
		r >= 0xac00 && r <= 0xd7a3, r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f,
		r >= 0xff00 && r <= 0xff60, r >= 0xffe0 && r <= 0xffe6, r >= 0x1f300 && r <= 0x1f64f,
		r >= 0x1f900 && r <= 0x1f9ff, r >= 0x1f680 && r <= 0x1f6ff, r >= 0x20000 && r <= 0x3fffd:
		return 2
	}
	return 1
}

// Pad fills s with spaces to width columns.
func Pad(s string, width int) string {
	if w := Width(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

// PadLeft right-aligns s in width columns.
func PadLeft(s string, width int) string {
	if w := Width(s); w < width {
		return strings.Repeat(" ", width-w) + s
	}
	return s
}

// Wrap breaks s into lines of at most width columns, at spaces where it
// can; a word longer than a line is split.
func Wrap(s string, width int) []string {
	if width < 10 {
		width = 10
	}
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line, lineW := "", 0
		for _, word := range strings.Fields(para) {
			for Width(word) > width {
				cut, cutW := "", 0
				for _, r := range word {
					if cutW+runeWidth(r) > width {
						break
					}
					cut += string(r)
					cutW += runeWidth(r)
				}
				if line != "" {
					lines = append(lines, line)
					line, lineW = "", 0
				}
				lines = append(lines, cut)
				word = word[len(cut):]
			}
			ww := Width(word)
			switch {
			case line == "":
				line, lineW = word, ww
			case lineW+1+ww <= width:
				line += " " + word
				lineW += 1 + ww
			default:
				lines = append(lines, line)
				line, lineW = word, ww
			}
		}
		lines = append(lines, line)
	}
	return lines
}
