package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/powercore/powercore/assessment"
)

// takenOverMsg tells a participant's run that the same person carried on
// from another connection.
type takenOverMsg struct{}

// takeName makes this run the one answering as name, and finds their
// saved progress; false when someone is answering under that name already
// (the busy screen then asks whether that is them).
func (m *model) takeName(name string) bool {
	who := assessment.PersonKey(name)
	if m.opts.Claim != nil && !m.opts.Claim(who) {
		m.busyName = name
		m.state = stateBusy
		m.form = nil
		return false
	}
	m.opts.Who = who
	m.loadProgress()
	return true
}

func (m *model) updateBusy(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(k, m.keys.Resume):
		// It is them: carry on here, and end the other connection.
		who := assessment.PersonKey(m.busyName)
		if m.opts.TakeOver != nil {
			m.opts.TakeOver(who)
		}
		m.busyName = ""
		m.opts.Who = who
		m.loadProgress()
		if m.pending != nil {
			m.state = stateResume
			return nil
		}
		return m.showIntro()
	case key.Matches(k, m.keys.Restart):
		// Someone else: answer under another name.
		m.busyName, m.name = "", ""
		m.opts.Name, m.opts.Who, m.opts.WhoFromName = "", "", true
		m.notices = []string{"Type a name that tells you apart, such as your full name."}
		return m.showIntro()
	}
	return nil
}

func (m *model) busyView() string {
	st := m.st
	var b strings.Builder
	b.WriteString(st.Title.Render(fmt.Sprintf("Someone called %s is answering right now", assessment.Printable(m.busyName))))
	b.WriteString("\n\n")
	b.WriteString(m.wrapText("If that is you — on a connection that dropped, or another window — press enter to carry on here; the other connection ends and your answers so far come with you."))
	b.WriteString("\n\n")
	b.WriteString(m.wrapText("If it is someone else, press n to answer under another name."))
	enter := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "it is me: carry on here"))
	other := key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "another name"))
	return m.page(b.String(), m.helpLine(enter, other, m.keys.Quit))
}
