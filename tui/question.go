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
	"github.com/powercore/powercore/tui/render"
)

// showQuestion puts question i on screen, filled in with its earlier
// answer when it has one.
func (m *model) showQuestion(i int) tea.Cmd {
	m.state = stateQuestion
	m.current = i
	q := m.questions[i]
	earlier, answered := m.answers.Get(q.ID)
	field, read := questionField(m.bank, q, earlier, answered, m.st)
	if f, ok := field.(*allocate.Field); ok && m.drafts[q.ID] != nil {
		f.Points(m.drafts[q.ID])
	}
	m.read = read
	m.touched = false
	m.form = m.newForm(field)
	m.shownAt = m.opts.Now()
	cmd := m.form.Init()
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
		// The point split takes its keys straight: it draws no huh frame,
		// and huh's group would draw it twice per key to measure it.
		if f, ok := m.form.GetFocusedField().(*allocate.Field); ok {
			_, cmd := f.Update(msg)
			return cmd
		}
		if m.questions[m.current].Kind == assessment.Scale {
			if moves := m.levelKey(k.Text); moves != nil {
				var cmds []tea.Cmd
				for _, move := range moves {
					_, cmd := m.form.Update(move)
					cmds = append(cmds, cmd)
				}
				return tea.Batch(cmds...)
			}
			if len(k.Text) == 1 && k.Text[0] >= '0' && k.Text[0] <= '9' {
				// Refused like a point the split cannot take: said, in
				// the same place and colour.
				m.refused = fmt.Sprintf("%s is not a level here: type %s, or ? for don't know", k.Text, m.levelRange())
				return nil
			}
		}
	}
	_, cmd := m.form.Update(msg)
	return cmd
}

// levelKey turns a level's number (or ? for "don't know") typed on a scale
// question into the cursor moves that reach it, as the list shows them.
func (m *model) levelKey(typed string) []tea.Msg {
	if typed == "?" {
		typed = assessment.DontKnow
	}
	target := m.levelRow(typed)
	if target < 0 {
		return nil
	}
	value, _ := m.form.GetFocusedField().GetValue().(string)
	current := max(0, m.levelRow(value))
	step := tea.KeyPressMsg{Code: tea.KeyDown}
	if target < current {
		step = tea.KeyPressMsg{Code: tea.KeyUp}
	}
	moves := []tea.Msg{}
	for range abs(target - current) {
		moves = append(moves, step)
	}
	return moves
}

// levelRow is the row of the list that holds a level's value, the row
// after the levels for "don't know", or -1.
func (m *model) levelRow(value string) int {
	if value == assessment.DontKnow {
		return len(m.bank.Levels)
	}
	for i, l := range m.bank.Levels {
		if strconv.Itoa(l.Value) == value {
			return i
		}
	}
	return -1
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
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

// back returns to the previous question, keeping what was chosen on this
// one for when the user comes back.
func (m *model) back() tea.Cmd {
	m.recordTime()
	id := m.questions[m.current].ID
	if m.touched {
		if a, ok := m.read(); ok {
			m.answers = m.answers.With(id, a)
			delete(m.drafts, id)
		} else if f, isAllocate := m.form.GetFocusedField().(*allocate.Field); isAllocate {
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
	var b []key.Binding
	if m.form != nil {
		// The program moves between questions itself: leave out the
		// field's own enter, tab and shift+tab.
		for _, k := range m.form.KeyBinds() {
			if !slices.ContainsFunc(k.Keys(), func(s string) bool { return s == "enter" || s == "tab" || s == "shift+tab" }) {
				b = append(b, k)
			}
		}
	}
	next := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next"))
	if m.fromReview || m.current == len(m.questions)-1 {
		next = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "review"))
	}
	b = append(b, next, m.keys.Back, m.keys.Quit)
	return b
}

// fieldView draws the question's field. A point split draws itself: it has
// no huh frame, and huh's group would draw it twice to measure it.
func (m *model) fieldView() string {
	if f, ok := m.form.GetFocusedField().(*allocate.Field); ok {
		return f.View()
	}
	return m.form.View()
}

// wrapLevels fits a practice question's levels to the list's width.
func (m *model) wrapLevels() {
	if m.questions[m.current].Kind != assessment.Scale {
		return
	}
	list, ok := m.form.GetFocusedField().(*huh.Select[string])
	if !ok {
		return
	}
	w, _ := m.formArea()
	th := m.st.Huh.Theme(true)
	list.Options(levelOptions(m.bank, w-th.Focused.Base.GetHorizontalFrameSize()-lipgloss.Width(th.Focused.SelectSelector.String()))...)
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
	m.form.Update(tea.WindowSizeMsg{Width: w, Height: m.height})
	m.short = lipgloss.Height(m.fieldView()) > h
}

func (m *model) questionView() string {
	body := m.questionHeader() + "\n\n" + m.fieldView()
	if figure := m.placedFigure(); figure != "" {
		body += "\n\n" + figure
	}
	// The help line is the same with or without the section's intro.
	k := m.frameKey()
	k.short = false
	if m.helpText.key != k || m.helpText.text == "" {
		m.helpText.key, m.helpText.text = k, m.helpLine(m.questionKeys()...)
	}
	footer := m.helpText.text
	if line := m.codeLine(); line != "" {
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
	f, ok := m.form.GetFocusedField().(*allocate.Field)
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
	if m.owner != nil {
		need++ // the resume code's line
	}
	if need > m.height {
		return ""
	}
	return figure
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
		if m.owner != nil {
			used++ // the resume code's line
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
