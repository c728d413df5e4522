package assessment

import (
	"fmt"
	"strings"
	"unicode"
)

// Printable neutralises text from a bank, an answers file or a person
// before it reaches a screen or a text export: control characters and
// escape sequences (an OSC 52 clipboard write, a colour change, a title
// change) are shown as harmless visible text such as `\x1b`, and so are the
// invisible bidirectional controls that can make text read differently
// from what it is. Line breaks become spaces; see PrintableLines to keep
// them.
func Printable(s string) string {
	return printable(s, false)
}

// PrintableLines is Printable for text whose line breaks matter, such as a
// reflection.
func PrintableLines(s string) string {
	return printable(s, true)
}

func printable(s string, keepLines bool) string {
	clean := true
	for _, r := range s {
		if needsEscape(r) || r == '\n' || r == '\t' || r == '\r' || r == '\uFFFD' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' && keepLines:
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteByte(' ')
		case r == '\uFFFD':
			// An invalid byte in the input: keep the placeholder.
			b.WriteRune(r)
		case needsEscape(r) || r == '\r':
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// needsEscape reports a character a terminal would act on, or one that
// hides or reorders the text around it.
func needsEscape(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r == 0xfeff:
		return true
	}
	return !unicode.IsPrint(r) && !unicode.IsSpace(r) && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Cf, r)
}

// StripBidi removes the bidirectional embedding, override and isolate
// controls (U+202A–U+202E, U+2066–U+2069) from typed text: they would make
// a name or a reflection read differently from what it holds wherever it is
// shown later (a report, an editor, a terminal).
func StripBidi(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			return -1
		}
		return r
	}, s)
}
