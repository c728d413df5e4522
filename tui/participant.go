package tui

import (
	"io"

	tea "charm.land/bubbletea/v2"
	"github.com/powercore/powercore/assessment"
)

// Participant is one person's run of the questionnaire on a workshop
// server: the Bubble Tea model the server hosts, and what the server may
// read of it (its Outcome).
type Participant struct{ m *model }

// NewParticipant prepares a participant's run. The person is known once
// their name is taken (TakeName, or the intro's name prompt): only then is
// their progress looked for.
func NewParticipant(bank *assessment.Bank, opts Options) *Participant {
	opts.defaults()
	opts.WhoFromName = true
	return &Participant{m: newModel(bank, opts)}
}

// Model is the program's model.
func (p *Participant) Model() tea.Model { return p.m }

// TakeName answers as name, a login that was a plain name; false when
// someone started under it already and must show it is them (the screen
// then asks for their resume code).
func (p *Participant) TakeName(name string) bool { return p.m.takeName(name) }

// Ended keeps what the run had not saved when its program ended without a
// word (the connection dropped): the text typed into a reflection, the
// time on the question. Call it once the program has returned.
func (p *Participant) Ended() {
	if p.m.result != nil || p.m.takenOver {
		return
	}
	p.m.recordTime()
	p.m.keepTypedText()
	p.m.saveProgress()
}

// Outcome is how the run stands, or how it ended.
func (p *Participant) Outcome() Outcome { return p.m.outcome() }

// TakenOverMsg tells a participant's run that the same person carried on
// from another connection: this one ends.
type TakenOverMsg struct{}

// ClosingMsg tells a program hosted by a workshop that the workshop is
// closing.
type ClosingMsg struct{}

// LimitPastes reads a terminal's input with every bracketed paste cut to
// what a field can hold, before the program stores any of it.
func LimitPastes(r io.Reader) io.Reader { return newPasteLimit(r) }
