package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/tui/render"
)

// showIntro puts up the intro: what the assessment is, what you learn, how
// long it takes, and (unless given) your name.
func (m *model) showIntro() tea.Cmd {
	m.state = stateIntro
	m.form, m.field = nil, nil
	if !m.nameGiven {
		title, hint := "Your name (optional)", "Recorded with your result; leave it empty to stay anonymous."
		if m.whoFromName {
			title, hint = "Your name", "So that the facilitator can tell results apart, and your answers are kept if the connection drops."
		}
		input := huh.NewInput().
			Title(title).
			Description(hint).
			Placeholder("e.g. Jane Doe").
			CharLimit(maxNameInput).
			Value(&m.name)
		m.form = m.newForm(input)
		cmd := m.form.Init()
		m.sizeForm()
		return cmd
	}
	return nil
}

func (m *model) updateIntro(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.keys.Start) {
		m.name = strings.TrimSpace(assessment.Printable(assessment.StripBidi(m.name)))
		if m.whoFromName && m.name == "" {
			m.notices = []Notice{{Text: "Please type your name first."}}
			return nil
		}
		if _, ok := ParticipantName(m.name); m.whoFromName && !ok {
			m.notices = []Notice{{Text: "Please use a plain name: no slashes, up to 64 characters."}}
			return nil
		}
		if m.whoFromName && m.who == "" && m.name != "" {
			// Now that the name is known, so is the progress to resume.
			if !m.takeName(m.name) {
				return nil
			}
			if m.pending != nil {
				m.state = stateResume
				m.form = nil
				return nil
			}
		}
		m.startedAt = m.opts.Now().UTC().Truncate(1e9)
		return m.showQuestion(0)
	}
	if m.form == nil {
		return nil
	}
	_, cmd := m.form.Update(msg)
	return cmd
}

func (m *model) introView() string {
	st := m.st
	c := m.bank.Count()
	title := assessment.Printable(m.bank.Title)
	var head string
	if m.opts.Present {
		head = render.Banner(strings.ToUpper(title), m.contentWidth(), st)
	} else {
		head = st.Title.Render(title)
	}
	pitch := st.Text.Render(m.wrapText("Find out which part of your company really holds the power — its Power Core — and where customer focus falls short because of it."))
	var learn strings.Builder
	learn.WriteString(st.Heading.Render("You will learn"))
	for _, line := range []string{
		"your dominant Power Core, and the one supporting it",
		"the gaps in five customer-focus competencies",
		"what to do next, given that core",
	} {
		learn.WriteString("\n" + st.Text.Render(m.wrapText("  • "+line)))
	}
	kept := " · answers are kept as you go"
	if m.opts.StateDir == "" || m.progressFail != "" {
		kept = ""
	}
	var tail strings.Builder
	tail.WriteString(st.Subtle.Render(m.wrapText(fmt.Sprintf("%d questions · %s%s", c.Questions, assessment.Minutes(m.bank.Estimate()), kept))))
	if line := m.codeLine(); line != "" {
		tail.WriteString("\n\n" + line)
	}
	for _, n := range m.notices {
		tail.WriteString("\n\n" + st.Warn.Render(m.wrapText(n.String())))
	}
	tail.WriteString(st.Gap)
	if m.form != nil {
		tail.WriteString("\n")
		tail.WriteString(m.form.View())
	}
	footer := m.helpLine(m.keys.Start, m.keys.Quit)
	// In a small window the pitch gives way before the name field and the
	// notices do: what is asked must stay on screen.
	blocks := []string{head, pitch, learn.String(), tail.String()}
	for _, drop := range []int{2, 1} {
		if lipgloss.Height(strings.Join(blocks, "\n\n"))+lipgloss.Height(footer)+2 <= m.height {
			break
		}
		blocks = append(blocks[:drop:drop], blocks[drop+1:]...)
	}
	return m.page(strings.Join(blocks, "\n\n"), footer)
}
