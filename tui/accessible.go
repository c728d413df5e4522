package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"

	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/tui/internal/lineread"
	"github.com/powercore/powercore/tui/render"
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
	// Piped answers meet the questions in the bank's order every time, and
	// their speed says nothing about the person.
	typed := isTerminal(opts.Input)
	if !typed {
		opts.NoShuffle, opts.Seed = true, 0
	}
	// One byte at a time: each prompt reads with a scanner of its own, and
	// a buffering reader would swallow the lines meant for the next one.
	in := &eofReader{r: lineread.OneByte(newCancelReader(ctx, opts.Input))}
	out := colorprofile.NewWriter(opts.Output, opts.Environ)
	// The same state as the screens keep, without them.
	m := newSession(bank, opts)
	m.loadProgress()
	end := func(err error) (Outcome, error) {
		m.saveProgress()
		return m.outcome(), err
	}

	c := bank.Count()
	fmt.Fprintf(out, "%s\n", assessment.Printable(bank.Title))
	fmt.Fprintf(out, "%d questions, %s. Type the number of your answer and press enter.\n\n", c.Questions, assessment.Minutes(bank.Estimate()))
	m.sayNotices(out)
	if !typed {
		return runPiped(ctx, m, in, out)
	}
	if m.pending != nil {
		fmt.Fprintf(out, "You have saved progress: %d of %d answered. Resume it? (y/n, enter for yes): ", len(m.pending.kept), len(m.questions))
		line, err := lineread.Read(in)
		if err != nil {
			return m.outcome(), fmt.Errorf("%w: no answer to resume or not", ErrInputEnded)
		}
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(line)), "n") {
			m.setAside()
		} else {
			m.resumeAnswers()
		}
		m.sayNotices(out)
		fmt.Fprintln(out)
	}
	if m.name == "" {
		fmt.Fprint(out, "Your name (optional; press enter to skip): ")
		line, err := lineread.Read(in)
		if err != nil {
			return m.outcome(), fmt.Errorf("%w: no name given", ErrInputEnded)
		}
		m.name = strings.TrimSpace(assessment.Printable(line))
		fmt.Fprintln(out)
	}
	if m.startedAt.IsZero() {
		m.startedAt = m.opts.Now().UTC().Truncate(time.Second)
	}
	st := render.NewStyles(true, opts.Present)
	for i, q := range m.questions {
		if err := ctx.Err(); err != nil {
			return end(ErrAborted)
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
		shown := m.opts.Now()
		a, ok, err := askAccessible(out, in, bank, q, st)
		if ctx.Err() != nil {
			return end(ErrAborted)
		}
		if err != nil || in.eof {
			return end(fmt.Errorf("%w (question %d of %d)", ErrInputEnded, i+1, len(m.questions)))
		}
		fmt.Fprintln(out)
		if typed {
			m.seconds[q.ID] += m.opts.Now().Sub(shown).Seconds()
		}
		if ok {
			m.answers = m.answers.With(q.ID, a)
			m.saveProgress()
		}
	}
	m.finish()
	return m.outcome(), nil
}

// askAccessible asks one question as plain lines. Practice levels are
// typed as the level itself (0 to 4, or ? for don't know), so what a
// screen reader reads is what is typed; the rest use the fields' own line
// prompts.
func askAccessible(out io.Writer, in io.Reader, b *assessment.Bank, q question, st *render.Styles) (assessment.Answer, bool, error) {
	switch q.Kind {
	case assessment.Choice:
		return askChoiceAccessible(out, in, q)
	case assessment.Text:
		return askTextAccessible(out, in, q)
	}
	if q.Kind != assessment.Scale {
		field, read := questionField(b, q, assessment.Answer{}, false, st)
		if err := field.RunAccessible(out, in); err != nil {
			return assessment.Answer{}, false, err
		}
		a, ok := read()
		return a, ok, nil
	}
	fmt.Fprintln(out, assessment.Printable(q.Prompt))
	if q.Help != "" {
		fmt.Fprintln(out, assessment.Printable(q.Help))
	}
	lo, hi := 0, 0
	for i, l := range b.Levels {
		fmt.Fprintln(out, "  "+levelLabel(l))
		if i == 0 || l.Value < lo {
			lo = l.Value
		}
		if i == 0 || l.Value > hi {
			hi = l.Value
		}
	}
	fmt.Fprintln(out, "  ?  Don't know")
	for {
		fmt.Fprintf(out, "Your level (%d to %d, or ? for don't know): ", lo, hi)
		line, err := lineread.Read(in)
		if err != nil {
			return assessment.Answer{}, false, err
		}
		switch answer := strings.ToLower(strings.TrimSpace(line)); answer {
		case "?", assessment.DontKnow, "don't know", "dont know":
			return assessment.DontKnowAnswer(), true, nil
		default:
			if v, err := strconv.Atoi(answer); err == nil {
				if _, ok := b.Level(v); ok {
					return assessment.LevelAnswer(v), true, nil
				}
			}
		}
		fmt.Fprintf(out, "Type a level from %d to %d, or ? if you don't know.\n", lo, hi)
	}
}

// askChoiceAccessible asks a choice question with huh's own line prompt:
// the options numbered, the number typed.
func askChoiceAccessible(out io.Writer, in io.Reader, q question) (assessment.Answer, bool, error) {
	value := ""
	opts := make([]huh.Option[string], len(q.options))
	for i, o := range q.options {
		opts[i] = huh.NewOption(assessment.Printable(o.Label), o.ID)
	}
	f := huh.NewSelect[string]().Key(q.ID).Title(assessment.Printable(q.Prompt)).Description(assessment.Printable(q.Help)).Options(opts...).Value(&value)
	if err := f.RunAccessible(out, in); err != nil {
		return assessment.Answer{}, false, err
	}
	return assessment.ChoiceAnswer(value), value != "", nil
}

// askTextAccessible asks a reflection with huh's own line prompt: one
// line of text, or an empty line to skip an optional one.
func askTextAccessible(out io.Writer, in io.Reader, q question) (assessment.Answer, bool, error) {
	value := ""
	f := huh.NewText().Key(q.ID).Title(assessment.Printable(q.Prompt)).Description(textHint(q)).Value(&value).CharLimit(maxTextInput)
	if err := f.RunAccessible(out, in); err != nil {
		return assessment.Answer{}, false, err
	}
	return assessment.TextAnswer(value), value != "", nil
}

// isTerminal reports an input that is a person at a terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// cancelReader reads in the background so that a read waiting on a person
// gives way when ctx ends (ctrl+c): the answers so far are then saved.
type cancelReader struct {
	ctx   context.Context
	bytes chan byteRead
}

type byteRead struct {
	b   byte
	err error
}

func newCancelReader(ctx context.Context, r io.Reader) *cancelReader {
	c := &cancelReader{ctx: ctx, bytes: make(chan byteRead)}
	go func() {
		buf := make([]byte, 1)
		for {
			n, err := r.Read(buf)
			res := byteRead{err: err}
			if n == 1 {
				res.b = buf[0]
			} else if err == nil {
				continue
			}
			select {
			case c.bytes <- res:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return c
}

func (c *cancelReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	select {
	case <-c.ctx.Done():
		return 0, ErrAborted
	case res, ok := <-c.bytes:
		if !ok {
			return 0, io.EOF
		}
		if res.err != nil {
			return 0, res.err
		}
		p[0] = res.b
		return 1, nil
	}
}
