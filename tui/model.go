package tui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/tui/choose"
	"github.com/powercore/powercore/tui/render"
)

// hostClipboardNote answers ctrl+v on a workshop server, where the
// system clipboard is the facilitator's.
const hostClipboardNote = "ctrl+v would paste from the workshop's computer, not yours: paste with your terminal instead (often ctrl+shift+v or cmd+v)."

// state is the screen on show.
type state int

const (
	stateIntro state = iota
	stateBusy
	stateResume
	stateQuestion
	stateReview
	stateSummary
)

// Below this size a point question cannot be laid out (its six rows, its
// prompt and its status need it); a message asks for more. The other
// screens fit down to smallWidth×smallHeight.
const (
	minWidth    = 72
	minHeight   = 22
	smallWidth  = 60
	smallHeight = 18
)

// model is the whole program: one screen at a time, the answers so far,
// and the result once scored.
type model struct {
	*session
	st   *render.Styles
	keys keymap
	help help.Model
	// huhKeys are huh's keys less the ones this program takes over.
	huhKeys *huh.KeyMap

	width, height int
	state         state

	// form is the huh form on screen (the intro's name, a question); read
	// reads a question form's answer.
	form *huh.Form
	read reader
	// field is the question's field when it draws itself (a point split,
	// a choice): it takes keys straight, in no huh form, which would draw
	// it several times over per key. levels is the practice questions'
	// field, laid out once for them all.
	field  huh.Field
	levels *choose.Field
	// short is set when the window is too short for a section's intro;
	// codeHidden when it is too short for the resume code's line under
	// the whole question.
	short, codeHidden bool
	// touched is set once a key reaches the question on screen: going back
	// keeps what the user chose, never an untouched default.
	touched bool
	// refused says why the last key on a question did nothing.
	refused    string
	current    int
	fromReview bool
	shownAt    time.Time

	review  reviewScreen
	summary summaryScreen
	// header and code are a question's header and resume code line as
	// last drawn (code for the code codeFor); questionHelp its help line.
	header, code memo
	codeFor      string
	questionHelp struct {
		key  helpKey
		text string
	}
	aborted bool
	// busyName is a name someone else is answering under, waiting for this
	// person to show it is them: busyOwner is what proves the one
	// answering as busyName (whose code is being typed, typed), busyLive
	// is set when that person is connected.
	busyName  string
	busyOwner *assessment.Owner
	busyLive  bool
	typed     string
	// pasteNote says a paste did not fit in its field, until the next key.
	pasteNote string

	// ahead is what was typed faster than a person types, on its way to
	// the text field, and the frame drawn before it.
	ahead typeAhead
}

func newModel(bank *assessment.Bank, opts Options) *model {
	m := &model{
		session: newSession(bank, opts),
		st:      render.NewStyles(true, opts.Present),
		keys:    newKeymap(),
		help:    help.New(),
		huhKeys: huhKeymap(),
		width:   opts.Width,
		height:  opts.Height,
	}
	m.applyStyles()
	m.loadProgress()
	return m
}

// huhKeymap is huh's default keys with enter, tab and shift+tab left to the
// program (it moves between questions itself), and no filtering or
// external editor: one screen shows one question, and nothing here may run
// another program.
func huhKeymap() *huh.KeyMap {
	k := huh.NewDefaultKeyMap()
	for _, b := range []*key.Binding{
		&k.Select.Filter, &k.Select.Next, &k.Select.Prev, &k.Select.Submit,
		&k.Text.Editor, &k.Text.Next, &k.Text.Prev, &k.Text.Submit,
		&k.Input.Next, &k.Input.Prev, &k.Input.Submit,
	} {
		b.SetEnabled(false)
	}
	k.Text.NewLine = key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"), key.WithHelp("alt+enter", "new line"))
	return k
}

// Init asks the terminal for its background colour; the first frame does
// not wait for the answer.
func (m *model) Init() tea.Cmd {
	if m.busyName != "" {
		m.state = stateBusy
		return tea.RequestBackgroundColor
	}
	if m.pending != nil {
		m.state = stateResume
		return tea.RequestBackgroundColor
	}
	return tea.Batch(tea.RequestBackgroundColor, m.showIntro())
}

// Update routes a message to the screen on show, after the keys and
// events every screen shares.
func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(typeAheadMsg); ok {
		if m.ahead.runes == 0 {
			m.ahead.open = false
			return m, nil
		}
		m.ahead.keep = false
		cmd := m.flushTypeAhead()
		return m, tea.Batch(cmd, tea.Tick(typeAheadWait, func(time.Time) tea.Msg { return typeAheadMsg{} }))
	}
	took, tick := m.typedAhead(msg)
	if took {
		return m, tick
	}
	m.ahead.keep = false
	// Whatever comes next comes after what was typed ahead.
	flushed := m.flushTypeAhead()
	model, cmd := m.update(msg)
	return model, tea.Batch(flushed, tick, cmd)
}

func (m *model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.sizeForm()
		m.summary.invalidate()
		return m, nil
	case tea.BackgroundColorMsg:
		*m.st = *render.NewStyles(msg.IsDark(), m.opts.Present)
		m.applyStyles()
		m.summary.invalidate()
		if m.form != nil {
			m.form.Update(msg)
		}
		if m.field != nil {
			m.field.Update(msg)
		}
		if m.levels != nil {
			m.levels.Update(msg)
		}
		return m, nil
	case TakenOverMsg:
		// The same person carried on from another connection: this run
		// ends without saving anything more.
		m.takenOver = true
		return m, tea.Quit
	case ClosingMsg:
		// The workshop is closing: keep what was answered and end.
		m.recordTime()
		m.keepTypedText()
		m.saveProgress()
		return m, tea.Quit
	case tea.PasteMsg:
		m.notePaste(msg)
	case tea.KeyPressMsg:
		m.pasteNote = ""
		if key.Matches(msg, m.keys.Quit) {
			m.aborted = true
			m.recordTime()
			m.keepTypedText()
			m.saveProgress()
			return m, tea.Quit
		}
		if m.tooSmall() {
			return m, nil
		}
		if m.opts.Roster != nil && key.Matches(msg, m.keys.Clipboard) {
			// The text fields would run the server's clipboard tool and
			// paste (or copy) the facilitator's clipboard.
			m.pasteNote = hostClipboardNote
			return m, nil
		}
	}
	switch m.state {
	case stateIntro:
		return m, m.updateIntro(msg)
	case stateBusy:
		return m, m.updateBusy(msg)
	case stateResume:
		return m, m.updateResume(msg)
	case stateQuestion:
		return m, m.updateQuestion(msg)
	case stateReview:
		return m, m.updateReview(msg)
	case stateSummary:
		return m, m.updateSummary(msg)
	}
	return m, nil
}

// View draws the screen on show, or asks for a larger window; while
// characters are typed ahead, the frame before them.
func (m *model) View() tea.View {
	if m.ahead.keep {
		return m.ahead.frame
	}
	m.ahead.frame, m.ahead.keep = m.view(), true
	return m.ahead.frame
}

func (m *model) view() tea.View {
	var content string
	switch {
	case m.width == 0 || m.height == 0:
		content = ""
	case m.tooSmall():
		content = m.tooSmallView()
	case m.state == stateIntro:
		content = m.introView()
	case m.state == stateBusy:
		content = m.busyView()
	case m.state == stateResume:
		content = m.resumeView()
	case m.state == stateQuestion:
		content = m.questionView()
	case m.state == stateReview:
		content = m.reviewView()
	case m.state == stateSummary:
		content = m.summaryView()
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.WindowTitle = "powercore"
	return v
}

func (m *model) tooSmall() bool {
	w, h := m.minSize()
	return m.width > 0 && m.height > 0 && (m.width < w || m.height < h)
}

// minSize is the smallest window the screen on show fits in.
func (m *model) minSize() (int, int) {
	if m.state == stateQuestion && m.current < len(m.questions) && m.questions[m.current].Kind == assessment.Allocate {
		return minWidth, minHeight
	}
	return smallWidth, smallHeight
}

// applyStyles hands the styles to what draws with them.
func (m *model) applyStyles() {
	m.help.Styles.ShortKey = m.st.HelpKey
	m.help.Styles.ShortDesc = m.st.HelpDesc
	m.help.Styles.ShortSeparator = m.st.HelpDesc
	m.help.Styles.FullKey = m.st.HelpKey
	m.help.Styles.FullDesc = m.st.HelpDesc
	m.help.Styles.FullSeparator = m.st.HelpDesc
	m.help.Styles.Ellipsis = m.st.HelpDesc
}

// memo is text drawn for a frame key, kept until the key changes.
type memo struct {
	key  frameKey
	text string
}

// newForm wraps one field in a form of one group, themed like the rest.
func (m *model) newForm(field huh.Field) *huh.Form {
	f := huh.NewForm(huh.NewGroup(field)).
		WithTheme(m.st.Huh).
		WithKeyMap(m.huhKeys).
		WithShowHelp(false).
		WithShowErrors(false)
	f.Update(m.st.Background())
	return f
}

// sizeForm tells the form on screen how much room it has.
func (m *model) sizeForm() {
	if m.width == 0 {
		return
	}
	if m.state == stateQuestion && m.field != nil {
		m.fitIntro()
		m.fitCode()
		w, h := m.formArea()
		m.field.WithWidth(w)
		m.field.WithHeight(h)
		return
	}
	if m.form == nil {
		return
	}
	if m.state == stateQuestion {
		m.fitIntro()
	}
	w, h := m.formArea()
	m.form.Update(tea.WindowSizeMsg{Width: w, Height: h})
}

// recordTime adds the time spent on the current question so far.
func (m *model) recordTime() {
	if m.state != stateQuestion || m.shownAt.IsZero() {
		return
	}
	id := m.questions[m.current].ID
	m.seconds[id] += m.opts.Now().Sub(m.shownAt).Seconds()
	m.shownAt = m.opts.Now()
}
