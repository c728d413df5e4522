package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing/iotest"
	"time"

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
// piped input. It keeps the same state as the screens do: progress is
// saved after every answer and offered for resuming.
func runAccessible(ctx context.Context, bank *assessment.Bank, opts Options) (Outcome, error) {
	// One byte at a time: each prompt reads with a scanner of its own, and
	// a buffering reader would swallow the lines meant for the next one.
	in := &eofReader{r: iotest.OneByteReader(opts.Input)}
	out := colorprofile.NewWriter(opts.Output, opts.Environ)
	m := newModel(bank, opts)
	stop := func(err error) (Outcome, error) {
		m.saveProgress()
		return m.outcome(), err
	}

	c := bank.Count()
	fmt.Fprintf(out, "%s\n", assessment.Printable(bank.Title))
	fmt.Fprintf(out, "%d questions, %s. Type the number of your answer and press enter.\n\n", c.Questions, assessment.Minutes(bank.Estimate()))
	for _, n := range m.notices {
		fmt.Fprintln(out, n)
	}
	if m.pending != nil {
		fmt.Fprintf(out, "You have saved progress: %d of %d answered. Resume it? (y/n, enter for yes): ", len(m.pending.kept), len(m.questions))
		line, err := readLine(in)
		if err != nil {
			return m.outcome(), fmt.Errorf("%w: no answer to resume or not", ErrInputEnded)
		}
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(line)), "n") {
			m.startAfresh()
		} else {
			m.resume()
		}
		for _, n := range m.notices {
			fmt.Fprintln(out, n)
		}
		fmt.Fprintln(out)
	}
	if m.name == "" {
		fmt.Fprint(out, "Your name (optional; press enter to skip): ")
		line, err := readLine(in)
		if err != nil {
			return m.outcome(), fmt.Errorf("%w: no name given", ErrInputEnded)
		}
		m.name = strings.TrimSpace(assessment.Printable(line))
		fmt.Fprintln(out)
	}
	if m.startedAt.IsZero() {
		m.startedAt = m.opts.Now().UTC().Truncate(time.Second)
	}
	for i, q := range m.questions {
		if err := ctx.Err(); err != nil {
			return stop(ErrAborted)
		}
		if _, done := m.answers.Get(q.ID); done {
			continue
		}
		if q.first {
			section := bank.Sections[q.section]
			fmt.Fprintf(out, "Section %d of %d: %s\n", q.section+1, len(bank.Sections), assessment.Printable(section.Title))
			if section.Intro != "" {
				fmt.Fprintln(out, assessment.Printable(section.Intro))
			}
			fmt.Fprintln(out)
		}
		fmt.Fprintf(out, "Question %d of %d\n", i+1, len(m.questions))
		field, read := questionField(bank, q, assessment.Answer{}, false, m.st)
		shown := m.opts.Now()
		if err := field.RunAccessible(out, in); err != nil || in.eof {
			return stop(fmt.Errorf("%w (question %d of %d)", ErrInputEnded, i+1, len(m.questions)))
		}
		fmt.Fprintln(out)
		m.seconds[q.ID] += m.opts.Now().Sub(shown).Seconds()
		if a, ok := read(); ok {
			m.answers = m.answers.With(q.ID, a)
			m.saveProgress()
		}
	}
	m.finish()
	return m.outcome(), nil
}
