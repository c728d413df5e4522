package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
	"github.com/powercore/powercore/tui/internal/lineread"
)

// LineError is a line of piped answers that does not answer its question:
// the run stops there, before any answer lands on the wrong question.
type LineError struct {
	// Line is the line's number in the input, from 1.
	Line int
	// Number and Of place the question in the run; ID and Prompt name it.
	Number, Of int
	ID, Prompt string
	// Err says what was expected and what the line held.
	Err error
}

func (e *LineError) Error() string {
	return fmt.Sprintf("stdin:%d: question %d of %d (%s, %q): %v",
		e.Line, e.Number, e.Of, assessment.Printable(e.ID), assessment.Printable(e.Prompt), e.Err)
}

func (e *LineError) Unwrap() error { return e.Err }

// lines numbers the lines read from piped input.
type lines struct {
	r io.Reader
	n int
}

// next reads the next line that is not a comment (a line starting with
// #, as in the lines template); io.ErrUnexpectedEOF when there is none.
func (l *lines) next() (string, error) {
	for {
		s, err := lineread.Read(l.r)
		if err != nil {
			return s, err
		}
		l.n++
		if !strings.HasPrefix(s, "#") {
			return s, nil
		}
	}
}

// runPiped answers the bank from piped input, exactly one line per
// question in the bank's order (see assessment.ParseAnswerLine): the saved
// progress question first when there is saved progress (and no --fresh),
// then the name unless it was given, then the questions. A line that does
// not answer its question stops the run with a LineError; the answers
// before it stay in progress, and nothing is scored.
func runPiped(ctx context.Context, m *session, in io.Reader, out io.Writer) (Outcome, error) {
	end := func(err error) (Outcome, error) {
		m.saveProgress()
		return m.outcome(), err
	}
	l := &lines{r: in}
	resumed := false
	if m.pending != nil {
		fmt.Fprintf(out, "You have saved progress: %d of %d answered. Resume it? (y/n): ", len(m.pending.kept), len(m.questions))
		line, err := l.next()
		if ctx.Err() != nil {
			return m.outcome(), ErrAborted
		}
		if err != nil {
			return m.outcome(), fmt.Errorf("%w: no answer to resume or not", ErrInputEnded)
		}
		switch strings.ToLower(strings.TrimSpace(line)) {
		case "y", "yes", "":
			fmt.Fprintln(out, "yes")
			m.resumeAnswers()
			resumed = true
		case "n", "no":
			fmt.Fprintln(out, "no")
			m.setAside()
		default:
			return m.outcome(), &LineError{Line: l.n, ID: "resume", Prompt: "Resume saved progress?", Of: len(m.questions),
				Err: fmt.Errorf("expected y or n; got %q", assessment.Printable(line))}
		}
		m.sayNotices(out)
		fmt.Fprintln(out)
	}
	if !resumed && m.name == "" {
		fmt.Fprint(out, "Your name (optional): ")
		line, err := l.next()
		if ctx.Err() != nil {
			return m.outcome(), ErrAborted
		}
		if err != nil {
			return m.outcome(), fmt.Errorf("%w: no name given", ErrInputEnded)
		}
		m.name = strings.TrimSpace(assessment.Printable(line))
		fmt.Fprintf(out, "%s\n\n", m.name)
	}
	if m.startedAt.IsZero() {
		m.startedAt = m.opts.Now().UTC().Truncate(time.Second)
	}
	for i, q := range m.questions {
		if _, done := m.answers.Get(q.ID); done {
			continue
		}
		fmt.Fprintf(out, "Question %d of %d: %s\n", i+1, len(m.questions), assessment.Printable(q.Prompt))
		line, err := l.next()
		if ctx.Err() != nil {
			return end(ErrAborted)
		}
		if err != nil {
			return end(&LineError{Line: l.n + 1, Number: i + 1, Of: len(m.questions), ID: q.ID, Prompt: q.Prompt,
				Err: fmt.Errorf("%w: its answer was expected on this line", ErrInputEnded)})
		}
		a, err := assessment.ParseAnswerLine(m.bank, q.Question, q.options, line)
		switch {
		case errors.Is(err, assessment.ErrSkipped):
			fmt.Fprintln(out, "  skipped")
			continue
		case err != nil:
			return end(&LineError{Line: l.n, Number: i + 1, Of: len(m.questions), ID: q.ID, Prompt: q.Prompt, Err: err})
		}
		fmt.Fprintf(out, "  %s\n", answerWords(m.bank, q, a))
		m.answers = m.answers.With(q.ID, a)
		m.saveProgress()
	}
	// Lines past the last question answer nothing: say so, since they
	// usually mean a line too many somewhere above.
	first, extra := l.n+1, 0
	for {
		line, err := l.next()
		if err != nil {
			break
		}
		if strings.TrimSpace(line) != "" {
			extra++
		}
	}
	m.finish()
	if extra > 0 {
		// Said after saving, so it can say what became of the result: the
		// run succeeded, only the extra lines were not used.
		lines := fmt.Sprintf("%s after the last question (from line %d on) %s ignored",
			summary.Plural(extra, "line", "lines"), first, map[bool]string{true: "was", false: "were"}[extra == 1])
		switch {
		case m.savedTo != "":
			m.notice(fmt.Sprintf("The result of all %d questions was saved; the %s. If they were meant as answers, a line is missing or doubled above.", len(m.questions), lines), "")
		case m.keptIn != "":
			m.notice(fmt.Sprintf("The result of all %d questions was kept (see below); the %s. If they were meant as answers, a line is missing or doubled above.", len(m.questions), lines), "")
		default:
			m.notice(fmt.Sprintf("The %s.", lines), "")
		}
	}
	return m.outcome(), nil
}
