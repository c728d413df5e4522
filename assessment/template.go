package assessment

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteAnswersTemplate writes an answers file to fill in: every question
// of the bank, with what its answer looks like in a comment. Read back
// before it is filled in, it reports each required question unanswered.
func WriteAnswersTemplate(w io.Writer, b *Bank) error {
	t := &textWriter{w: w}
	yamlText := func(s string) string { return strconv.Quote(Printable(s)) }
	comment := func(s string) string { return strings.ReplaceAll(Printable(s), "\n", " ") }
	t.line("# Answers for %s (bank %s, version %s).", comment(b.Title), comment(b.ID), comment(b.Version))
	t.line("# Fill in each answer, then: powercore score --answers THIS-FILE")
	t.line("bank: %s", yamlText(b.ID))
	t.line("respondent: \"\"")
	t.line("answers:")
	lo, hi := b.levelRange()
	for _, s := range b.Sections {
		t.line("")
		t.line("  # %s", comment(s.Title))
		for _, q := range s.Questions {
			t.line("  # %s", comment(q.Prompt))
			switch q.Kind {
			case Allocate:
				cores := make([]string, len(q.Options))
				for i, o := range q.Options {
					cores[i] = fmt.Sprintf("%s: 0", o.Core)
				}
				t.line("  #   split %d points, such as {%s}", q.Points, strings.Join(cores, ", "))
			case Choice:
				for _, o := range q.Options {
					t.line("  #   %s: %s", o.ID, comment(o.Label))
				}
			case Scale:
				levels := make([]string, len(b.Levels))
				for i, l := range b.Levels {
					levels[i] = fmt.Sprintf("%d %s", l.Value, comment(l.Label))
				}
				t.line("  #   a level from %d to %d (%s), or %s", lo, hi, strings.Join(levels, ", "), DontKnow)
			case Text:
				t.line("  #   free text, in quotes")
			}
			optional := ""
			if q.Optional {
				optional = "   # optional"
			}
			t.line("  %s:%s", q.ID, optional)
		}
	}
	return t.err
}
