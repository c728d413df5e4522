package tui

import (
	"io"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/assessment/store"
)

// session is one person's run of a bank as state, without Bubble Tea:
// their answers, the time each took, their progress on disk (saved after
// every answer, resumed, set aside), and the result once they finish. The
// screens (model) and the line prompts of accessible mode both drive it.
type session struct {
	bank *assessment.Bank
	opts Options
	name string

	questions []question
	answers   assessment.Answers
	// drafts keeps point splits left unfinished when going back, by
	// question id, so that nothing typed is lost.
	drafts    map[string][]int
	seconds   map[string]float64
	startedAt time.Time

	// progressPath is where answers are saved as they come; pending is
	// saved progress waiting to be resumed; progressErr says why the last
	// save failed.
	progressPath string
	pending      *resumable
	progressErr  string
	// progressFail is why progress cannot be kept, when it cannot.
	progressFail string
	notices      []Notice
	// said is how many of the notices a line prompt has written already.
	said int

	result  *assessment.Result
	savedTo string
	saveErr error
	// keptIn is the copy kept in the state folder while the result is not
	// saved where asked; keepErr is why that copy could not be written.
	keptIn  string
	keepErr error
	// takenOver is set once another connection took this person over;
	// owner is what proves a workshop participant is themselves (their
	// key, their resume code).
	takenOver bool
	owner     *assessment.Owner

	// What the run learns as it goes, first taken from its Options (which
	// stay as they were given): who the person is (a PersonKey; empty
	// until known), whether the name was given (not asked), whether it is
	// known only from the name typed on the intro, and the shuffle seed
	// (a resumed run's own).
	who                    string
	nameGiven, whoFromName bool
	seed                   uint64
}

// newSession starts a run of bank as opts say. Options stay as they were
// given: what the run learns as it goes is the session's.
func newSession(bank *assessment.Bank, opts Options) *session {
	return &session{
		bank:        bank,
		opts:        opts,
		name:        opts.Name,
		who:         opts.Who,
		nameGiven:   opts.Name != "",
		whoFromName: opts.WhoFromName,
		seed:        opts.Seed,
		questions:   questionsOf(bank, opts.Seed),
		seconds:     map[string]float64{},
		drafts:      map[string][]int{},
	}
}

// finish scores the answers and saves the result where the run says: to
// --out, or handed in to a workshop, else a copy kept in the state folder.
// The result is written (and synced) before the progress it replaces is
// removed: whatever fails, the answers are somewhere on disk.
func (m *session) finish() {
	result := assessment.Score(m.bank, m.response())
	m.result = &result
	switch {
	case m.opts.Out != "":
		m.saveErr = m.saveTo(m.opts.Out, m.opts.Force)
	case m.opts.Roster != nil:
		m.savedTo, m.saveErr = m.opts.Roster.HandIn(m.result, m.name)
		if m.saveErr != nil {
			// The progress, marked as sent, keeps the answers until the
			// person reconnects to send them again.
			kept := m.keepProgress()
			m.opts.Roster.Unsaved(m.saveErr, kept)
			return
		}
	}
	if m.savedTo == "" && m.opts.Roster == nil {
		m.keep()
	}
	if m.savedTo != "" || m.keptIn != "" {
		m.dropProgress()
	}
}

// saveTo writes the result to path (format by its extension), then lets
// go of the copies kept meanwhile.
func (m *session) saveTo(path string, force bool) error {
	format, err := export.FormatFor(path, export.FormatJSON)
	if err == nil {
		err = store.WriteFile(path, 0o644, force, func(w io.Writer) error {
			return export.Result(w, format, m.result, m.bank)
		})
	}
	if err != nil {
		return err
	}
	m.savedTo = path
	m.unkeep()
	m.dropProgress()
	return nil
}

// response is everything answered so far.
func (m *session) response() assessment.Response {
	seconds := make(map[string]float64, len(m.seconds))
	for id, s := range m.seconds {
		seconds[id] = s
	}
	return assessment.Response{
		Bank:        m.bank.ID,
		Respondent:  m.name,
		StartedAt:   m.startedAt,
		CompletedAt: m.opts.Now().UTC().Truncate(time.Second),
		Seed:        m.seedIfShuffled(),
		Seconds:     seconds,
		Answers:     m.answers.InOrder(m.bank),
	}
}

// seedIfShuffled is the run's seed when it changed what was shown.
func (m *session) seedIfShuffled() uint64 {
	if m.bank.Shuffles() && !m.opts.NoShuffle {
		return m.seed
	}
	return 0
}
