package tui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/tui/allocate"
	"github.com/powercore/powercore/tui/choose"
	"github.com/powercore/powercore/tui/render"
	"github.com/powercore/powercore/tui/write"
)

// showQuestion puts question i on screen, filled in with its earlier
// answer when it has one.
func (m *model) showQuestion(i int) tea.Cmd {
	m.state = stateQuestion
	m.current = i
	q := m.questions[i]
	earlier, answered := m.answers.Get(q.ID)
	var field huh.Field
	var read reader
	if q.Kind == assessment.Scale {
		if m.levels == nil {
			m.levels = choose.New(choiceOptions(m.bank, q)...).Styles(&m.st.Choose)
		}
		field, read = askLevel(m.levels, q, earlier, answered)
	} else {
		field, read = questionField(m.bank, q, earlier, answered, m.st)
	}
	if f, ok := field.(*allocate.Field); ok && m.drafts[q.ID] != nil {
		f.Points(m.drafts[q.ID])
	}
	m.read = read
	m.touched = false
	m.shownAt = m.opts.Now()
	var cmd tea.Cmd
	switch field.(type) {
	case *allocate.Field, *choose.Field, *write.Field:
		// Drawn by itself, with no form around it.
		m.form, m.field = nil, field
		cmd = field.Focus()
	default:
		m.form, m.field = m.newForm(field), nil
		cmd = m.form.Init()
	}
	m.sizeForm()
	return cmd
}

// updateQuestion moves between questions itself (enter or tab to go on,
// shift+tab to go back) and hands every other key to the field.
func (m *model) updateQuestion(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		m.refused = ""
		switch {
		case key.Matches(k, m.keys.Back):
			return m.back()
		case k.String() == "enter" || k.String() == "tab":
			if a, ok := m.read(); ok || m.questions[m.current].Optional {
				return m.confirm(a, ok)
			}
			// Not answerable yet (points left): the field says why.
		}
		m.touched = true
		// The point split and the choice take their keys straight: they
		// draw no huh frame, and huh's group would draw them twice per key
		// to measure them.
		switch f := m.field.(type) {
		case *allocate.Field:
			_, cmd := f.Update(msg)
			return cmd
		case *choose.Field:
			if m.questions[m.current].Kind == assessment.Scale && m.typeLevel(f, k.Text) {
				return nil
			}
			_, cmd := f.Update(msg)
			return cmd
		}
	}
	if m.field != nil {
		_, cmd := m.field.Update(msg)
		return cmd
	}
	if m.form == nil {
		return nil
	}
	_, cmd := m.form.Update(msg)
	return cmd
}

// typeLevel picks the level typed on a practice question (its number, or
// ? for "don't know"), or says why a digit is not one. It reports whether
// the key was a level's.
func (m *model) typeLevel(f *choose.Field, typed string) bool {
	if typed == "?" {
		typed = assessment.DontKnow
	}
	if typed == "" || f.Choose(typed) {
		return typed != ""
	}
	if len(typed) == 1 && typed[0] >= '0' && typed[0] <= '9' {
		// Refused like a point the split cannot take: said, in the same
		// place and colour.
		m.refused = fmt.Sprintf("%s is not a level here: type %s, or ? for don't know", typed, m.levelRange())
		return true
	}
	return false
}

// confirm keeps the answer to the current question and moves on: to the
// next question, or to the review once all are answered (or when the
// question was reached from the review).
func (m *model) confirm(a assessment.Answer, answered bool) tea.Cmd {
	m.recordTime()
	id := m.questions[m.current].ID
	delete(m.drafts, id)
	if answered {
		m.answers = m.answers.With(id, a)
	} else {
		m.answers = m.answers.Without(id)
	}
	m.saveProgress()
	if m.fromReview || m.current == len(m.questions)-1 {
		m.fromReview = false
		m.showReview(m.current)
		return nil
	}
	return m.showQuestion(m.current + 1)
}

// keepTypedText keeps the text typed into a reflection as its answer when
// the run stops before enter: typing is not lost. (A choice only moved to
// is not an answer yet.)
func (m *model) keepTypedText() {
	f, ok := m.field.(*write.Field)
	if m.state != stateQuestion || !ok || f.Text() == "" {
		return
	}
	m.answers = m.answers.With(m.questions[m.current].ID, assessment.TextAnswer(f.Text()))
}

// back returns to the previous question, keeping what was chosen on this
// one for when the user comes back.
func (m *model) back() tea.Cmd {
	m.recordTime()
	id := m.questions[m.current].ID
	if m.touched {
		if a, ok := m.read(); ok {
			m.answers = m.answers.With(id, a)
			delete(m.drafts, id)
		} else if f, isAllocate := m.field.(*allocate.Field); isAllocate {
			m.drafts[id] = f.Values()
		}
	}
	if m.fromReview {
		m.fromReview = false
		m.showReview(m.current)
		return nil
	}
	if m.current == 0 {
		return m.showIntro()
	}
	return m.showQuestion(m.current - 1)
}

// frameKey says what a question's header and help line depend on, so that
// they are drawn once per question and width, not once per key.
type frameKey struct {
	current, width, answered int
	dark, fromReview, short  bool
}

func (m *model) frameKey() frameKey {
	return frameKey{m.current, m.width, len(m.answers), m.st.Dark, m.fromReview, m.short}
}

// questionHeader is the progress line, the bar, and the section's title
// and (on its first question) its intro.
func (m *model) questionHeader() string {
	if k := m.frameKey(); m.header.key == k && m.header.text != "" {
		return m.header.text
	}
	m.header.key, m.header.text = m.frameKey(), m.drawQuestionHeader()
	return m.header.text
}

func (m *model) drawQuestionHeader() string {
	st := m.st
	q := m.questions[m.current]
	section := m.bank.Sections[q.section]
	width := m.contentWidth()
	left := fmt.Sprintf("Section %d of %d · %s", q.section+1, len(m.bank.Sections), assessment.Printable(section.Title))
	right := fmt.Sprintf("question %d of %d", m.current+1, len(m.questions))
	if width-lipgloss.Width(left)-lipgloss.Width(right) < 2 {
		// A narrow window keeps one header line: the section's title
		// says where you are without its number.
		left = assessment.Printable(section.Title)
	}
	line := st.Heading.Render(left)
	if gap := width - lipgloss.Width(left) - lipgloss.Width(right); gap >= 2 {
		line += strings.Repeat(" ", gap) + st.Progress.Render(right)
	} else {
		line += "\n" + st.Progress.Render(right)
	}
	done := len(m.answers)
	bar := progressBar(done, len(m.questions), width, st)
	header := line + "\n" + bar
	if q.first && section.Intro != "" && !m.short {
		header += "\n\n" + st.Subtle.Render(m.wrapText(assessment.Printable(section.Intro)))
	}
	return header
}

// progressBar draws how many questions are answered, never by colour alone.
func progressBar(done, total, width int, st *render.Styles) string {
	if total == 0 {
		return ""
	}
	n := done * width / total
	return st.ProgressDone.Render(strings.Repeat("━", n)) + st.ProgressTodo.Render(strings.Repeat("─", width-n))
}

// questionKeys are the keys the help line shows on a question.
func (m *model) questionKeys() []key.Binding {
	var b, own []key.Binding
	switch {
	case m.field != nil:
		own = m.field.KeyBinds()
	case m.form != nil:
		own = m.form.KeyBinds()
	}
	// The program moves between questions itself: leave out the field's
	// own enter, tab and shift+tab.
	for _, k := range own {
		if !slices.ContainsFunc(k.Keys(), func(s string) bool { return s == "enter" || s == "tab" || s == "shift+tab" }) {
			b = append(b, k)
		}
	}
	next := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next"))
	if m.fromReview || m.current == len(m.questions)-1 {
		next = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "review"))
	}
	b = append(b, next, m.keys.Back, m.keys.Quit)
	return b
}

// fieldView draws the question's field: a point split and a choice draw
// themselves; any other field is drawn by its form.
func (m *model) fieldView() string {
	if m.field != nil {
		return m.field.View()
	}
	return m.form.View()
}

// fitIntro decides, once per question and window size, whether the
// section's intro shows: on a short window it gives way to the question.
func (m *model) fitIntro() {
	m.short = false
	q := m.questions[m.current]
	if !q.first || m.bank.Sections[q.section].Intro == "" {
		return
	}
	w, h := m.formArea()
	// Measure the field at its own height, before the room crops it.
	if m.field != nil {
		m.field.WithWidth(w)
	} else {
		m.form.Update(tea.WindowSizeMsg{Width: w, Height: m.height})
	}
	m.short = lipgloss.Height(m.fieldView()) > h
}

// helpKey is what a question's help line depends on.
type helpKey struct {
	kind         assessment.Kind
	review, dark bool
	width        int
}

func (m *model) questionView() string {
	body := m.questionHeader() + "\n\n" + m.fieldView()
	if figure := m.placedFigure(); figure != "" {
		body += "\n\n" + figure
	}
	// The help line is the same for every question of a kind: drawn
	// again only when the kind, where enter leads, the width or the
	// background change.
	k := helpKey{kind: m.questions[m.current].Kind, review: m.fromReview || m.current == len(m.questions)-1, width: m.width, dark: m.st.Dark}
	if m.questionHelp.key != k || m.questionHelp.text == "" {
		m.questionHelp.key, m.questionHelp.text = k, m.helpLine(m.questionKeys()...)
	}
	footer := m.questionHelp.text
	if line := m.codeLine(); line != "" && !m.codeHidden {
		footer = line + "\n" + footer
	}
	if m.refused != "" {
		footer = m.st.Bad.Render(m.wrapText(m.refused)) + "\n" + footer
	}
	if m.progressErr != "" {
		footer = m.st.Warn.Render(m.wrapText(m.progressErr)) + "\n" + footer
	}
	return m.page(body, footer)
}

// placedFigure is, on a projector, how many points are placed on a point
// question in block digits, for the room to read: only where the window
// has room for it under the whole question.
func (m *model) placedFigure() string {
	f, ok := m.field.(*allocate.Field)
	if !ok || !m.opts.Present {
		return ""
	}
	total := f.Left()
	for _, p := range f.Values() {
		total += p
	}
	figure := render.BigFigure(strconv.Itoa(total-f.Left()), fmt.Sprintf("of %d points placed", total), m.st)
	// The top margin, the header, the field, the gaps around the figure
	// and the help line, with a line to spare for a notice.
	need := 1 + lipgloss.Height(m.questionHeader()) + 2 + lipgloss.Height(m.fieldView()) + 2 + lipgloss.Height(figure) + 2 + 1
	if line := m.codeLine(); line != "" && !m.codeHidden {
		need += lipgloss.Height(line)
	}
	if need > m.height {
		return ""
	}
	return figure
}

// fitCode decides, once per question and window size, whether the resume
// code's line shows under the question: on a short window it gives way to
// the field (a text field takes fewer rows instead). The code shows again
// on the next question with room for it, and when the run ends.
func (m *model) fitCode() {
	m.codeHidden = false
	if m.codeLine() == "" {
		return
	}
	if _, text := m.field.(*write.Field); text {
		return
	}
	w, h := m.formArea()
	m.field.WithWidth(w)
	m.codeHidden = lipgloss.Height(m.fieldView()) > h
}

// formArea is the room the form on screen has.
func (m *model) formArea() (int, int) {
	used := 6 // top margin, gaps, help line
	switch m.state {
	case stateQuestion:
		// The top margin, the gap under the header, the gap above the
		// help line and the help line: every other row is the field's, so
		// that a practice question shows all its levels at 60×18.
		used = 4 + lipgloss.Height(m.questionHeader())
		if line := m.codeLine(); line != "" && !m.codeHidden {
			used += lipgloss.Height(line)
		}
	case stateIntro:
		used += 14
	}
	return m.contentWidth(), max(4, m.height-used)
}

// levelRange says which levels can be typed: "0 to 4".
func (m *model) levelRange() string {
	lo, hi := 0, 0
	for i, l := range m.bank.Levels {
		if i == 0 || l.Value < lo {
			lo = l.Value
		}
		if i == 0 || l.Value > hi {
			hi = l.Value
		}
	}
	return fmt.Sprintf("%d to %d", lo, hi)
}
