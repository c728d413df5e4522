package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing/iotest"

	"github.com/charmbracelet/colorprofile"
	"github.com/powercore/powercore/assessment"
)

// ErrInputEnded is returned when the input ends before every question is
// answered, in accessible mode.
var ErrInputEnded = errors.New("the input ended before the last question")

// eofReader notes when its reader runs dry: huh's line prompts take the end
// of input as "use the default", which must not pass for an answer.
type eofReader struct {
	r   io.Reader
	eof bool
}

func (e *eofReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if errors.Is(err, io.EOF) {
		e.eof = true
	}
	return n, err
}

// runAccessible asks every question as a plain line prompt — no screen
// drawing, nothing to move around — for screen readers, dumb terminals and
// piped input. It prints the result as plain text at the end.
func runAccessible(ctx context.Context, bank *assessment.Bank, opts Options) (Outcome, error) {
	// One byte at a time: each prompt reads with a scanner of its own, and
	// a buffering reader would swallow the lines meant for the next one.
	in := &eofReader{r: iotest.OneByteReader(opts.Input)}
	out := colorprofile.NewWriter(opts.Output, opts.Environ)
	st := newStyles(true, false)

	c := bank.Count()
	fmt.Fprintf(out, "%s\n", assessment.Printable(bank.Title))
	fmt.Fprintf(out, "%d questions, %s. Type the number of your answer and press enter.\n\n", c.Questions, assessment.Minutes(bank.Estimate()))
	name := opts.Name
	if name == "" {
		fmt.Fprint(out, "Your name (optional; press enter to skip): ")
		line, err := readLine(in)
		if err != nil {
			return Outcome{}, fmt.Errorf("%w: no name given", ErrInputEnded)
		}
		name = strings.TrimSpace(assessment.Printable(line))
		fmt.Fprintln(out)
	}
	started := opts.Now().UTC().Truncate(1e9)
	questions := questionsOf(bank, opts.Seed)
	var answers assessment.Answers
	for i, q := range questions {
		if err := ctx.Err(); err != nil {
			return Outcome{}, ErrAborted
		}
		if q.first {
			section := bank.Sections[q.section]
			fmt.Fprintf(out, "Section %d of %d: %s\n", q.section+1, len(bank.Sections), assessment.Printable(section.Title))
			if section.Intro != "" {
				fmt.Fprintln(out, assessment.Printable(section.Intro))
			}
			fmt.Fprintln(out)
		}
		fmt.Fprintf(out, "Question %d of %d\n", i+1, len(questions))
		field, read := questionField(bank, q, assessment.Answer{}, false, st)
		if err := field.RunAccessible(out, in); err != nil || in.eof {
			return Outcome{}, fmt.Errorf("%w (question %d of %d)", ErrInputEnded, i+1, len(questions))
		}
		fmt.Fprintln(out)
		if a, ok := read(); ok {
			answers = answers.With(q.ID, a)
		}
	}
	resp := assessment.Response{
		Bank: bank.ID, Respondent: name, StartedAt: started,
		CompletedAt: opts.Now().UTC().Truncate(1e9), Answers: answers,
	}
	if bank.Shuffles() {
		resp.Seed = opts.Seed
	}
	result := assessment.Score(bank, resp)
	outcome := Outcome{Result: &result}
	if opts.Out != "" {
		format, err := assessment.FormatOf(opts.Out)
		if err == nil {
			err = assessment.WriteFile(opts.Out, 0o644, opts.Force, func(w io.Writer) error {
				return assessment.Export(w, format, &result, bank)
			})
		}
		if err != nil {
			return outcome, err
		}
		outcome.SavedTo = opts.Out
	}
	return outcome, nil
}
