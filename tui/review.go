package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/powercore/powercore/assessment"
)

// reviewScreen lists every answer before they are scored.
type reviewScreen struct {
	cursor  int
	offset  int
	message string
}

func (m *model) showReview(at int) {
	m.state = stateReview
	m.form, m.field = nil, nil
	m.review.cursor = max(0, min(at, len(m.questions)-1))
	m.review.message = ""
}

func (m *model) updateReview(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	r := &m.review
	r.message = ""
	last := len(m.questions) - 1
	switch {
	case key.Matches(k, m.keys.Up):
		r.cursor = max(0, r.cursor-1)
	case key.Matches(k, m.keys.Down):
		r.cursor = min(last, r.cursor+1)
	case key.Matches(k, m.keys.PageUp):
		r.cursor = max(0, r.cursor-m.reviewRows())
	case key.Matches(k, m.keys.PageDn):
		r.cursor = min(last, r.cursor+m.reviewRows())
	case key.Matches(k, m.keys.Top):
		r.cursor = 0
	case key.Matches(k, m.keys.Bottom):
		r.cursor = last
	case key.Matches(k, m.keys.Edit):
		m.fromReview = true
		return m.showQuestion(r.cursor)
	case key.Matches(k, m.keys.Back):
		return m.showQuestion(last)
	case key.Matches(k, m.keys.Submit):
		for i, q := range m.questions {
			if _, answered := m.answers.Get(q.ID); !answered && !q.Optional {
				r.cursor = i
				r.message = fmt.Sprintf("Question %d still needs an answer: press e to answer it.", i+1)
				return nil
			}
		}
		if m.opts.Roster != nil && !m.opts.Roster.MayHandIn() {
			r.message = "Too many results came from your network in the last few minutes: wait a little, then press enter again. Your answers are kept."
			return nil
		}
		return m.finish()
	}
	return nil
}

// reviewRows is how many list lines fit on screen.
func (m *model) reviewRows() int {
	return max(3, m.height-9)
}

// reviewLines draws the list: a heading per section, a line per question
// with its answer, and the line each question is on.
func (m *model) reviewLines() ([]string, []int) {
	st := m.st
	// The review uses more of a wide screen than prose does: it is a
	// table. A projector keeps it to the measure all the same.
	width := m.contentWidth()
	if !m.opts.Present {
		width = max(width, min(m.width-4, 160))
	}
	answerWidth := max(12, width*2/5)
	var lines []string
	at := make([]int, len(m.questions))
	for i, q := range m.questions {
		if q.first {
			if i > 0 {
				lines = append(lines, "")
			}
			lines = append(lines, st.Heading.Render(assessment.Printable(m.bank.Sections[q.section].Title)))
		}
		at[i] = len(lines)
		cursor := "  "
		promptStyle := st.Text
		if i == m.review.cursor {
			cursor = st.Cursor.Render(st.Cursorglyph) + " "
			promptStyle = st.Selected
		}
		answer, answerStyle := "", st.Answer
		if a, ok := m.answers.Get(q.ID); ok {
			answer = answerWords(m.bank, q, a)
		} else if q.Optional {
			answer, answerStyle = "skipped", st.Subtle
		} else {
			answer, answerStyle = "! not answered", st.Missing
		}
		// The answers start in one column, so they read as a list.
		answer = ansi.Truncate(strings.ReplaceAll(answer, "\n", " "), answerWidth, "…")
		number := fmt.Sprintf("%2d. ", i+1)
		promptWidth := max(8, width-2-len(number)-2-answerWidth)
		prompt := ansi.Truncate(assessment.Printable(q.Prompt), promptWidth, "…")
		pad := strings.Repeat(" ", max(2, promptWidth+2-lipgloss.Width(prompt)))
		lines = append(lines, cursor+promptStyle.Render(number+prompt)+pad+answerStyle.Render(answer))
	}
	return lines, at
}

func (m *model) reviewView() string {
	st := m.st
	lines, at := m.reviewLines()
	rows := m.reviewRows()
	r := &m.review
	cur := at[r.cursor]
	top := cur
	if m.questions[r.cursor].first {
		top-- // keep the section's heading in view with its first question
	}
	if top < r.offset {
		r.offset = max(0, top)
	}
	if cur >= r.offset+rows {
		r.offset = cur - rows + 1
	}
	r.offset = max(0, min(r.offset, len(lines)-rows))
	end := min(len(lines), r.offset+rows)

	answered := 0
	for _, q := range m.questions {
		if _, ok := m.answers.Get(q.ID); ok {
			answered++
		}
	}
	var b strings.Builder
	b.WriteString(st.Title.Render("Review your answers"))
	b.WriteString(st.Subtle.Render(fmt.Sprintf("  %d of %d answered", answered, len(m.questions))))
	b.WriteString("\n")
	b.WriteString(st.Subtle.Render(m.wrapText("Change any answer, then press enter to see your result.")))
	b.WriteString("\n\n")
	b.WriteString(strings.Join(lines[r.offset:end], "\n"))
	if r.offset > 0 || end < len(lines) {
		b.WriteString("\n" + st.Subtle.Render(fmt.Sprintf("  (%d–%d of %d lines; ↑/↓ to scroll)", r.offset+1, end, len(lines))))
	}
	if r.message != "" {
		b.WriteString("\n" + st.Bad.Render(r.message))
	}
	// A narrow window drops the first keys: moving and going back give
	// way before changing an answer and submitting.
	footer := m.helpLine(m.keys.Up, m.keys.Back, m.keys.Edit, m.keys.Submit, m.keys.Quit)
	return m.page(b.String(), footer)
}

// finish scores the answers and shows the summary, saving it first when
// --out asked for that.
func (m *model) finish() tea.Cmd {
	m.state = stateSummary
	m.summary = summaryScreen{}
	m.session.finish()
	s := &m.summary
	switch {
	case m.opts.Roster != nil && m.saveErr != nil:
		s.message, s.bad = "Your result could not be saved for the facilitator ("+assessment.Printable(firstLineOf(unwrapAll(m.saveErr)))+"). Your answers are kept: please tell the facilitator; connecting again takes you back to the review to send them again.", true
	case m.opts.Roster != nil:
		s.message, s.bad = "Your result is saved for the facilitator. Thank you!", false
	case m.opts.Out != "":
		m.saidSave(m.opts.Out, m.saveErr)
	}
	return nil
}
