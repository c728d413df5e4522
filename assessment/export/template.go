package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/powercore/powercore/assessment"
)

// WriteAnswersTemplate writes an answers file to fill in: every question
// of the bank, with what its answer looks like in a comment. Read back
// before it is filled in, it reports each required question unanswered.
func WriteAnswersTemplate(w io.Writer, b *assessment.Bank) error {
	t := &textWriter{w: w}
	yamlText := func(s string) string { return strconv.Quote(assessment.Printable(s)) }
	comment := func(s string) string { return strings.ReplaceAll(assessment.Printable(s), "\n", " ") }
	t.line("# Answers for %s (bank %s, version %s).", comment(b.Title), comment(b.ID), comment(b.Version))
	t.line("# Fill in each answer, then: powercore score --answers THIS-FILE")
	t.line("bank: %s", yamlText(b.ID))
	t.line("respondent: \"\"")
	t.line("answers:")
	lo, hi := b.LevelRange()
	for _, s := range b.Sections {
		t.line("")
		t.line("  # %s", comment(s.Title))
		for _, q := range s.Questions {
			t.line("  # %s", comment(q.Prompt))
			switch q.Kind {
			case assessment.Allocate:
				cores := make([]string, len(q.Options))
				for i, o := range q.Options {
					cores[i] = fmt.Sprintf("%s: 0", o.Core)
				}
				t.line("  #   split %d points, such as {%s}", q.Points, strings.Join(cores, ", "))
				for _, o := range q.Options {
					t.line("  #   %s: %s", o.Core, comment(b.OptionWords(o)))
				}
			case assessment.Choice:
				for _, o := range q.Options {
					t.line("  #   %s: %s", o.ID, comment(o.Label))
				}
			case assessment.Scale:
				t.line("  #   a level from %d to %d, or %s:", lo, hi, assessment.DontKnow)
				for _, l := range b.Levels {
					t.line("  #   %s", comment(LevelWords(l)))
				}
			case assessment.Text:
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

// LevelWords is a level as the screens list it: its value, its label and
// its hint.
func LevelWords(l assessment.Level) string {
	s := fmt.Sprintf("%d %s", l.Value, l.Label)
	if l.Hint != "" {
		s += " — " + l.Hint
	}
	return s
}

// WriteLinesTemplate writes the piped answers format to fill in: one
// answer line per question, in the bank's order, each after comments
// (lines starting with #) that give the question as the screens show it.
// The answer lines are left empty: piped back unfilled, the run stops at
// the first required question.
func WriteLinesTemplate(w io.Writer, b *assessment.Bank) error {
	t := &textWriter{w: w}
	comment := func(s string) string { return strings.ReplaceAll(assessment.Printable(s), "\n", " ") }
	qs := b.Questions()
	t.line("# Answers for %s (bank %s, version %s): one line per question, in this order.", comment(b.Title), comment(b.ID), comment(b.Version))
	t.line("# Fill in the empty line after each question, then: powercore --accessible --fresh --name NAME < THIS-FILE")
	t.line("# Lines starting with # are skipped; every other line, even an empty one, answers the next question.")
	t.line("# Without --name, add a line with your name (or an empty one) before the first answer.")
	first := map[string]string{}
	for _, s := range b.Sections {
		if len(s.Questions) > 0 {
			first[s.Questions[0].ID] = s.Title
		}
	}
	for i, q := range qs {
		t.line("#")
		if title, ok := first[q.ID]; ok {
			t.line("# Section: %s", comment(title))
		}
		optional := ""
		if q.Optional {
			optional = " (optional)"
		}
		t.line("# Question %d of %d%s: %s", i+1, len(qs), optional, comment(q.Prompt))
		switch q.Kind {
		case assessment.Allocate:
			t.line("#   split %d points: one number per row, in this order (such as %s), or core=points pairs", q.Points, exampleSplit(q))
			for _, o := range q.Options {
				t.line("#   %s: %s", o.Core, comment(b.OptionWords(o)))
			}
		case assessment.Choice:
			t.line("#   the number of one option, or its id:")
			for n, o := range q.Options {
				t.line("#   %d (%s): %s", n+1, o.ID, comment(o.Label))
			}
		case assessment.Scale:
			t.line("#   one level, or ? for don't know:")
			for _, l := range b.Levels {
				t.line("#   %s", comment(LevelWords(l)))
			}
		case assessment.Text:
			t.line("#   a line of text")
		}
		if q.Optional {
			t.line("#   (leave the line empty to skip it)")
		}
		t.line("")
	}
	return t.err
}

// exampleSplit is a split of q's points in the lines format: all on the
// first row.
func exampleSplit(q assessment.Question) string {
	row := make([]string, len(q.Options))
	for i := range row {
		row[i] = "0"
	}
	if len(row) > 0 {
		row[0] = strconv.Itoa(q.Points)
	}
	return strings.Join(row, " ")
}
