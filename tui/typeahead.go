package tui

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/powercore/powercore/tui/write"
)

// A paste that the terminal does not bracket arrives as one key press per
// character, tens of thousands of them, each followed by a frame. Handing
// each to the text field costs the field a redraw (and a reflection a
// rewrap of all its text), so that such a paste took minutes and ctrl+c,
// queued behind it, waited as long. Instead, while characters come faster
// than typeAheadWait apart, they are kept here and handed to the field
// together, and the frame is not redrawn for them; once the field is full
// the rest is dropped at once, and the participant is told.

// typeAheadWait is how long characters typed after one another are kept
// before the field gets them: too short for a person to notice, long
// enough to gather a paste into a few updates.
const typeAheadWait = 15 * time.Millisecond

// typeAheadMsg hands what was typed ahead to the field.
type typeAheadMsg struct{}

// typeAhead is what was typed into a text field and not yet handed to it.
type typeAhead struct {
	// open is set while a typeAheadMsg is on its way: characters typed
	// until it arrives are kept in text.
	open bool
	text strings.Builder
	// runes is how many characters text holds.
	runes int
	// frame is the screen as last drawn, shown again while nothing on it
	// changed; keep says it still shows the model.
	frame tea.View
	keep  bool
}

// typedAhead takes a key press that types text into the field on screen,
// and says whether it did. The first character of a run goes to the field
// as usual; those after it wait for the typeAheadMsg, or for any other
// message, whichever comes first.
func (m *model) typedAhead(msg tea.Msg) (bool, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || !typesText(k) || m.tooSmall() {
		return false, nil
	}
	limit := m.fieldLimit()
	if limit < 0 {
		return false, nil
	}
	room := m.fieldRoom() - m.ahead.runes
	if room <= 0 {
		note := fmt.Sprintf("This field takes %d characters: what came after them was left out.", limit)
		if m.pasteNote != note {
			m.pasteNote = note
			m.ahead.keep = false
		}
		return true, nil
	}
	if !m.ahead.open {
		// Typed by hand, most likely: straight to the field.
		m.ahead.open = true
		return false, tea.Tick(typeAheadWait, func(time.Time) tea.Msg { return typeAheadMsg{} })
	}
	text := k.Text
	if n := utf8.RuneCountInString(text); n > room {
		text = string([]rune(text)[:room])
	}
	m.ahead.text.WriteString(text)
	m.ahead.runes += utf8.RuneCountInString(text)
	return true, nil
}

// flushTypeAhead hands what was typed ahead to the field, as a paste (a
// field takes a paste exactly as the same characters typed).
func (m *model) flushTypeAhead() tea.Cmd {
	if m.ahead.runes == 0 {
		return nil
	}
	text := m.ahead.text.String()
	m.ahead.text.Reset()
	m.ahead.runes = 0
	paste := tea.PasteMsg{Content: text}
	if f, ok := m.field.(*write.Field); ok {
		_, cmd := f.Update(paste)
		return cmd
	}
	if m.form == nil {
		return nil
	}
	_, cmd := m.form.Update(paste)
	return cmd
}

// typesText says whether a key press only types text: no modifier but
// shift, and nothing that is not printable (enter, tab and the like are
// keys of their own).
func typesText(k tea.KeyPressMsg) bool {
	if k.Text == "" || k.Mod&^tea.ModShift != 0 {
		return false
	}
	for _, r := range k.Text {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}
