package tui

import (
	"fmt"
	"io"
	"strings"

	"github.com/powercore/powercore/assessment"
)

// Notice is something the user is told that may outlive the screen it was
// shown on: saved progress set aside, answers dropped, input left over.
type Notice struct {
	// Text is the sentence, as shown; Path, when set, the file it is
	// about, shown on a line of its own under it.
	Text, Path string
}

// String is the notice as the screens and line prompts show it.
func (n Notice) String() string {
	s := assessment.PrintableLines(n.Text)
	if n.Path != "" {
		s += "\n" + assessment.Printable(n.Path)
	}
	return s
}

// Line is the notice as one line of a message on stderr, lowercase, after
// the program's name.
func (n Notice) Line() string {
	text := assessment.Printable(strings.Join(strings.Fields(n.Text), " "))
	if r := []rune(text); len(r) > 1 && !(r[1] >= 'A' && r[1] <= 'Z') {
		text = strings.ToLower(string(r[0])) + string(r[1:])
	}
	if n.Path != "" {
		text += " " + assessment.Printable(n.Path)
	}
	return text
}

// sayNotices writes the notices not yet said to a line prompt's output;
// the outcome then carries only those said after it.
func (m *session) sayNotices(out io.Writer) {
	m.said = min(m.said, len(m.notices))
	for _, n := range m.notices[m.said:] {
		fmt.Fprintln(out, n)
	}
	m.said = len(m.notices)
}
