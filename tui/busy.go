package tui

import (
	"crypto/rand"
	"crypto/subtle"
	"fmt"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
)

// On a workshop server a name alone opens nobody's answers. Each person
// who starts gets a resume code, shown on their screen; whoever comes
// back under that name later resumes only with the same SSH key they
// first logged in with, or with the code. A wrong code is said and may be
// typed again, within a budget of tries per person (the Roster's); past
// it, another name.

// codeAlphabet leaves out the letters and digits read as one another (0
// and O, 1 and I): 32 symbols, 5 bits each.
const codeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"

// newResumeCode is 8 random symbols (40 bits), shown as XXXX-XXXX.
func newResumeCode() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	code := make([]byte, 0, 9)
	for i, c := range b {
		if i == 4 {
			code = append(code, '-')
		}
		code = append(code, codeAlphabet[int(c)%len(codeAlphabet)])
	}
	return string(code)
}

// normaliseCode forgives case, spaces and dashes.
func normaliseCode(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// sameCode compares a typed code with the real one in constant time.
func sameCode(typed, code string) bool {
	return subtle.ConstantTimeCompare([]byte(normaliseCode(typed)), []byte(normaliseCode(code))) == 1
}

// savedOwner is who started the progress saved under who, if anyone did:
// nil when there is none, or it was saved before owners were recorded.
func (m *session) savedOwner(who string) *assessment.Owner {
	if m.opts.StateDir == "" {
		return nil
	}
	p, err := store.LoadProgress(assessment.ProgressFile(m.opts.StateDir, m.bank.ID, who))
	if err != nil || assessment.PersonKey(p.Respondent) != who {
		return nil
	}
	return p.Owner
}

// mine reports an owner proven by the key this connection logged in with.
func (m *session) mine(o *assessment.Owner) bool { return o.ProvenBy(m.opts.Key) }

// takeName makes this run the one answering as name, and finds their
// saved progress; false when someone started under that name already and
// this person must show it is them (the code screen then asks).
func (m *model) takeName(name string) bool {
	who := assessment.PersonKey(name)
	saved := m.savedOwner(who)
	if saved != nil && !m.mine(saved) {
		m.askCode(name, saved, m.opts.Roster != nil && m.opts.Roster.Busy(who))
		return false
	}
	owner := saved
	if owner == nil {
		owner = &assessment.Owner{Key: m.opts.Key, Code: newResumeCode()}
	}
	if m.opts.Roster != nil {
		ok, live := m.opts.Roster.Claim(who, owner)
		switch {
		case !ok && m.mine(live):
			// The same key: it is them, on another connection.
			m.opts.Roster.TakeOver(who, live)
			owner = live
		case !ok:
			m.askCode(name, live, true)
			return false
		}
	}
	m.owner = owner
	m.who = who
	m.loadProgress()
	return true
}

// askCode puts up the code screen for a name someone started under.
func (m *model) askCode(name string, owner *assessment.Owner, live bool) {
	m.busyName, m.busyOwner, m.busyLive, m.typed = name, owner, live, ""
	m.notices = nil
	m.state = stateBusy
	m.form, m.field = nil, nil
}

func (m *model) updateBusy(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case k.Code == tea.KeyEnter:
		name, owner := m.busyName, m.busyOwner
		who := assessment.PersonKey(name)
		if m.typed == "" {
			m.notices = []Notice{{Text: "Type your resume code first, or press esc to answer under another name."}}
			return nil
		}
		allowed := m.opts.Roster == nil || m.opts.Roster.TryCode(who)
		if !allowed || owner == nil || !sameCode(m.typed, owner.Code) {
			if m.opts.Roster != nil {
				m.opts.Roster.WrongCode(who, allowed)
			}
			if !allowed {
				m.anotherName("Too many wrong resume codes for " + assessment.Printable(name) + " lately. Type another name, such as your full name; if it is you, the facilitator can tell you your code.")
				return m.showIntro()
			}
			// Another try, on the same screen: sent to the name prompt, a
			// person retyping their code would start afresh under it.
			m.typed = ""
			m.notices = []Notice{{Text: "That is not the resume code for " + assessment.Printable(name) + ": check it and type it again. If you are someone else, press esc; if you lost your code, the facilitator can tell you."}}
			return nil
		}
		// It is them: carry on here; any other connection ends and the
		// answers so far come with them.
		m.busyName, m.busyOwner, m.typed = "", nil, ""
		if m.opts.Roster != nil {
			m.opts.Roster.TakeOver(who, owner)
		}
		m.owner = owner
		m.who = who
		m.loadProgress()
		if m.pending != nil {
			m.state = stateResume
			return nil
		}
		return m.showIntro()
	case k.Code == tea.KeyEscape:
		m.anotherName("Type a name that tells you apart, such as your full name.")
		return m.showIntro()
	case k.Code == tea.KeyBackspace:
		if r := []rune(m.typed); len(r) > 0 {
			m.typed = string(r[:len(r)-1])
		}
	case k.Text != "" && len([]rune(m.typed)) < 16:
		for _, r := range k.Text {
			if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == ' ') && len([]rune(m.typed)) < 16 {
				m.typed += string(r)
			}
		}
	}
	return nil
}

// anotherName goes back to the name prompt, saying why.
func (m *model) anotherName(why string) {
	m.busyName, m.busyOwner, m.typed, m.name = "", nil, "", ""
	m.nameGiven, m.who, m.whoFromName = false, "", true
	m.notices = []Notice{{Text: why}}
}

func (m *model) busyView() string {
	st := m.st
	var b strings.Builder
	name := assessment.Printable(m.busyName)
	if m.busyLive {
		b.WriteString(st.Title.Render(fmt.Sprintf("Someone called %s is answering right now", name)))
	} else {
		b.WriteString(st.Title.Render(fmt.Sprintf("Someone called %s has started already", name)))
	}
	b.WriteString("\n\n")
	b.WriteString(m.wrapText("If that is you, type your resume code — it was shown on your screen while you answered, such as K7PQ-M2XD — and press enter: your answers so far come with you, and any other connection of yours ends. If you lost it, the facilitator can tell you."))
	b.WriteString("\n\n")
	b.WriteString(st.Strong.Render("Resume code: ") + st.Answer.Render(m.typed) + st.Cursor.Render("▏"))
	b.WriteString("\n\n")
	b.WriteString(m.wrapText("If it is someone else, press esc to answer under another name."))
	for _, n := range m.notices {
		b.WriteString("\n\n" + st.Warn.Render(m.wrapText(n.String())))
	}
	enter := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "it is me"))
	other := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "another name"))
	return m.page(b.String(), m.helpLine(enter, other, m.keys.Quit))
}

// codeLine reminds a workshop participant of their resume code.
func (m *model) codeLine() string {
	if m.owner == nil {
		return ""
	}
	// Drawn once per question: the code and the answers saved change
	// only between questions (a new frame key).
	if k := m.frameKey(); m.code.key == k && m.codeFor == m.owner.Code {
		return m.code.text
	}
	words := "Your resume code (to carry on from another connection): "
	if len(m.answers) > 0 {
		words = "Answers saved · your resume code: "
	}
	line := m.st.Subtle.Render(words) + m.st.Strong.Render(m.owner.Code)
	if lipgloss.Width(words+m.owner.Code) > m.contentWidth() {
		// Never cut: the code goes on a line of its own.
		line = m.st.Subtle.Render(m.wrapText(strings.TrimSpace(words))) + "\n" + m.st.Strong.Render(m.owner.Code)
	}
	m.code.key, m.code.text, m.codeFor = m.frameKey(), line, m.owner.Code
	return line
}
