package tui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
	"github.com/powercore/powercore/assessment/summary"
)

// resumable is saved progress waiting for the user to resume it or start
// afresh.
type resumable struct {
	progress *assessment.Progress
	kept     assessment.Answers
	dropped  []string
}

// loadProgress looks for saved progress through this bank. A file that
// cannot be read is set aside (never deleted) and the run starts afresh;
// so does --fresh.
func (m *session) loadProgress() {
	if m.opts.StateDir == "" || (m.whoFromName && m.who == "") {
		return
	}
	m.progressPath = assessment.ProgressFile(m.opts.StateDir, m.bank.ID, m.who)
	m.checkStateDir()
	p, err := store.LoadProgress(m.progressPath)
	switch {
	case errors.Is(err, fs.ErrNotExist), err != nil && m.progressFail != "":
		return
	case err != nil:
		aside, aerr := store.SetAside(m.progressPath, "unreadable", m.opts.Now())
		if aerr != nil {
			m.notice(fmt.Sprintf("Saved progress could not be read (%v); starting afresh.", firstLineOf(err)), "")
			return
		}
		m.notice("Saved progress could not be read (it is damaged), so it was set aside, not deleted; starting afresh. It is now:", aside)
		return
	}
	kept, dropped := p.Fit(m.bank)
	if m.opts.Fresh || len(kept) == 0 {
		why := "Starting afresh as asked: your earlier answers were set aside, not deleted. They are now:"
		if !m.opts.Fresh {
			why = "None of your saved answers fit these questions any more (they changed), so they were set aside, not deleted. They are now:"
		}
		if aside, err := store.SetAside(m.progressPath, "replaced", m.opts.Now()); err == nil {
			m.notice(why, aside)
		}
		return
	}
	m.pending = &resumable{progress: p, kept: kept, dropped: dropped}
}

// checkStateDir makes sure progress can be kept before the first question,
// so that nobody answers trusting a promise that cannot be kept.
func (m *session) checkStateDir() {
	dir := filepath.Dir(m.progressPath)
	err := os.MkdirAll(dir, 0o700)
	if err == nil {
		var f *os.File
		if f, err = os.CreateTemp(dir, ".probe-*"); err == nil {
			f.Close()
			os.Remove(f.Name())
		}
	}
	if err != nil {
		m.progressFail = firstLineOf(err)
		m.notice(fmt.Sprintf("Your answers cannot be kept as you go: the folder %s cannot be written (%s). "+
			"If the run stops before the end, they are lost; set POWERCORE_STATE_DIR to a folder you can write to keep them.",
			dir, m.progressFail), "")
	}
}

// notice tells the user something worth knowing beyond the screen it is on.
func (m *session) notice(text, path string) {
	m.notices = append(m.notices, Notice{Text: text, Path: path})
}

func firstLineOf(err error) string {
	line, _, _ := strings.Cut(err.Error(), "\n")
	return line
}

// resume takes up saved progress at the first unanswered question.
func (m *model) resume() tea.Cmd {
	if i := m.resumeAnswers(); i >= 0 {
		return m.showQuestion(i)
	}
	m.showReview(0)
	return nil
}

// resumeAnswers takes up the saved progress waiting to be resumed, and
// says which question comes next: the first unanswered one, or -1 for the
// review (all answered, or sent once already).
func (m *session) resumeAnswers() int {
	r := m.pending
	m.pending = nil
	m.answers = r.kept
	for id, s := range r.progress.Seconds {
		m.seconds[id] = s
	}
	if !m.nameGiven {
		m.name = assessment.Printable(r.progress.Respondent)
	}
	// The same seed shows the options in the same order as before (0: the
	// bank's order).
	m.seed = r.progress.Seed
	m.questions = questionsOf(m.bank, m.seed)
	m.startedAt = r.progress.StartedAt
	if m.startedAt.IsZero() {
		m.startedAt = m.opts.Now().UTC().Truncate(time.Second)
	}
	if len(r.dropped) > 0 {
		m.notice(droppedNote(r.dropped, true), "")
	}
	for i, q := range m.questions {
		if _, ok := m.answers.Get(q.ID); !ok && !r.progress.Submitted {
			return i
		}
	}
	return -1
}

// droppedNote says which saved answers no longer fit the questions: on the
// resume screen (they will be dropped) or once resumed (they were).
func droppedNote(dropped []string, resumed bool) string {
	n := len(dropped)
	fate := "no longer fit and will be dropped"
	switch {
	case resumed && n == 1:
		fate = "no longer fit and was dropped"
	case resumed:
		fate = "no longer fit and were dropped"
	case n == 1:
		fate = "no longer fits and will be dropped"
	}
	return fmt.Sprintf("The questions changed since you saved: %s %s (%s).",
		summary.Plural(n, "answer", "answers"), fate, strings.Join(dropped, ", "))
}

// startAfresh sets saved progress aside (it is not deleted) and starts at
// the intro.
func (m *model) startAfresh() tea.Cmd {
	m.setAside()
	return m.showIntro()
}

// setAside puts the saved progress waiting to be resumed out of the way,
// keeping it, and says where.
func (m *session) setAside() {
	m.pending = nil
	if aside, err := store.SetAside(m.progressPath, "replaced", m.opts.Now()); err == nil {
		m.notice("Your earlier answers were set aside, not deleted. They are now:", aside)
	}
}

func (m *model) updateResume(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(k, m.keys.Resume):
		return m.resume()
	case key.Matches(k, m.keys.Restart):
		return m.startAfresh()
	}
	return nil
}

func (m *model) resumeView() string {
	st := m.st
	r := m.pending
	saved := r.progress.SavedAt.Local()
	when := saved.Format("15:04")
	if y, mo, d := saved.Date(); y != m.opts.Now().Local().Year() || mo != m.opts.Now().Local().Month() || d != m.opts.Now().Local().Day() {
		when = saved.Format("15:04 on Mon 2 Jan")
	}
	var b strings.Builder
	b.WriteString(st.Title.Render("Welcome back"))
	if r.progress.Respondent != "" {
		b.WriteString(st.Text.Render(", " + assessment.Printable(r.progress.Respondent)))
	}
	b.WriteString("\n\n")
	b.WriteString(st.Strong.Render(fmt.Sprintf("Resume? (%d of %d answered, saved at %s)", len(r.kept), len(m.questions), when)))
	b.WriteString("\n\n")
	if r.progress.Submitted {
		b.WriteString(m.wrapText("You sent these answers, but your result could not be saved. enter takes you to the review to send them again; n starts afresh — your saved answers are set aside, not deleted."))
	} else {
		b.WriteString(m.wrapText("enter takes you to the first question you have not answered; n starts afresh — your saved answers are set aside, not deleted."))
	}
	if len(r.dropped) > 0 {
		b.WriteString("\n\n")
		b.WriteString(st.Warn.Render(m.wrapText(droppedNote(r.dropped, false))))
	}
	footer := m.helpLine(m.keys.Resume, m.keys.Restart, m.keys.Quit)
	return m.page(b.String(), footer)
}

// saveProgress writes the answers so far to the state folder: after every
// confirmed answer and when the run stops. A failure is shown, not fatal.
func (m *session) saveProgress() {
	if m.progressPath == "" || m.result != nil || m.pending != nil || len(m.answers) == 0 || m.takenOver {
		return
	}
	if m.opts.Roster != nil && !m.opts.Roster.Owns(m.who) {
		return // another connection carries on for this person
	}
	resp := m.response()
	p := assessment.NewProgress(m.bank, resp, m.opts.Now().UTC())
	p.Seed = m.seed
	p.Owner = m.owner
	if err := store.SaveProgress(m.progressPath, p); err != nil {
		m.progressFail = firstLineOf(err)
		m.progressErr = "Progress not saved: " + m.progressFail
		return
	}
	m.progressErr, m.progressFail = "", ""
}

// keepProgress writes every answer to the progress file when the result
// could not be saved, so that connecting again leads back to the review;
// nil when they are kept.
func (m *session) keepProgress() error {
	if m.progressPath == "" {
		return errors.New("no progress file")
	}
	p := assessment.NewProgress(m.bank, m.response(), m.opts.Now().UTC())
	p.Seed = m.seed
	p.Owner = m.owner
	p.Submitted = true
	return store.SaveProgress(m.progressPath, p)
}

// dropProgress removes the progress file once the run is complete.
func (m *session) dropProgress() {
	if m.progressPath != "" {
		_ = os.Remove(m.progressPath)
	}
}

// outcome is what Run reports of the run.
func (m *session) outcome() Outcome {
	o := Outcome{Result: m.result, SavedTo: m.savedTo, SaveErr: m.saveErr, Notices: m.notices[min(m.said, len(m.notices)):],
		Answered: len(m.answers), Questions: len(m.questions), ProgressErr: m.progressFail}
	o.KeptIn, o.KeepErr = m.keptIn, m.keepErr
	o.Name, o.TakenOver = m.name, m.takenOver
	if m.owner != nil {
		o.Code = m.owner.Code
	}
	if (m.result == nil || (m.savedTo == "" && m.keptIn == "")) && m.progressPath != "" && len(m.answers) > 0 {
		if _, err := os.Stat(m.progressPath); err == nil {
			o.Progress = m.progressPath
		}
	}
	return o
}

// outcome is the session's, with what the screens know: the background
// they saw, and whether a name in use is waiting for its code.
func (m *model) outcome() Outcome {
	o := m.session.outcome()
	o.Dark, o.Undecided = m.st.Dark, m.busyName != ""
	return o
}
