package tui

import (
	"fmt"
	"io"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/powercore/powercore/tui/write"
)

// What a typed field takes: a name, a reflection. A paste past the room
// left is cut, and the participant is told.
const (
	maxNameInput = 64 // as ParticipantName allows
	maxTextInput = 2000
	maxPathInput = 4096 // the save prompt's file name
	// maxPaste is the most of one bracketed paste that reaches the
	// program; the rest is dropped as it arrives, so that a paste of any
	// size costs no more memory than this.
	maxPaste = 16 << 10
)

// fieldRoom is how many more characters the field on screen takes (-1 when
// no field takes text).
func (m *model) fieldRoom() int {
	limit := m.fieldLimit()
	if limit < 0 {
		return -1
	}
	if f, ok := m.field.(*write.Field); ok {
		return f.Room()
	}
	if f := m.form.GetFocusedField(); f != nil {
		if v, ok := f.GetValue().(string); ok {
			return max(0, limit-utf8.RuneCountInString(v))
		}
	}
	return limit
}

// fieldLimit is how many characters the field on screen takes (-1 when no
// field takes text).
func (m *model) fieldLimit() int {
	if f, ok := m.field.(*write.Field); ok && m.state == stateQuestion {
		return f.Limit()
	}
	switch {
	case m.form == nil:
		return -1
	case m.state == stateIntro:
		return maxNameInput
	case m.state == stateSummary && m.summary.saving:
		return maxPathInput
	}
	return -1
}

// notePaste tells the participant when a paste did not fit in the field.
func (m *model) notePaste(msg tea.PasteMsg) {
	room := m.fieldRoom()
	if room < 0 || utf8.RuneCountInString(msg.Content) <= room {
		m.pasteNote = ""
		return
	}
	if room == 0 {
		m.pasteNote = "This field is full: what you pasted was left out."
		return
	}
	m.pasteNote = fmt.Sprintf("Only the first %d characters of what you pasted fit here; the rest was left out.", room)
}

// pasteLimit passes a terminal's input on, with each bracketed paste cut to
// maxPaste bytes.
type pasteLimit struct {
	r       io.Reader
	pasting bool
	// k is how much of the paste's start (or, while pasting, its end)
	// marker the input has matched so far; n the paste's bytes passed on.
	k, n int
	buf  [32 << 10]byte
	// ready is what was read and is still to be passed on.
	ready []byte
}

var (
	pasteStart = []byte("\x1b[200~")
	pasteEnd   = []byte("\x1b[201~")
)

func newPasteLimit(r io.Reader) *pasteLimit { return &pasteLimit{r: r} }

func (p *pasteLimit) Read(b []byte) (int, error) {
	for len(p.ready) == 0 {
		n, err := p.r.Read(p.buf[:])
		out := p.ready[:0]
		for _, c := range p.buf[:n] {
			out = p.take(out, c)
		}
		p.ready = out
		if len(out) == 0 && (err != nil || n == 0) {
			return 0, err
		}
		// Otherwise everything read may have been the dropped part of a
		// paste: read on.
	}
	n := copy(b, p.ready)
	p.ready = p.ready[n:]
	return n, nil
}

// take passes on one byte, or holds it (it may start the paste's end
// marker) or drops it (past maxPaste).
func (p *pasteLimit) take(out []byte, c byte) []byte {
	if !p.pasting {
		out = append(out, c)
		switch {
		case c == pasteStart[p.k]:
			if p.k++; p.k == len(pasteStart) {
				p.pasting, p.k, p.n = true, 0, 0
			}
		case c == pasteStart[0]:
			p.k = 1
		default:
			p.k = 0
		}
		return out
	}
	if c == pasteEnd[p.k] {
		if p.k++; p.k == len(pasteEnd) {
			p.pasting, p.k = false, 0
			return append(out, pasteEnd...)
		}
		return out
	}
	// Not the end after all: what was held is pasted text.
	held := pasteEnd[:p.k]
	p.k = 0
	for _, h := range held {
		out = p.paste(out, h)
	}
	if c == pasteEnd[0] {
		p.k = 1
		return out
	}
	return p.paste(out, c)
}

func (p *pasteLimit) paste(out []byte, c byte) []byte {
	if p.n >= maxPaste {
		return out
	}
	p.n++
	return append(out, c)
}
