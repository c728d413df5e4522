package tui

import "charm.land/bubbles/v2/key"

// keymap is every key the program answers to outside huh's own fields.
type keymap struct {
	Quit    key.Binding // ctrl+c: everywhere, progress kept
	Back    key.Binding // shift+tab: the previous question, across sections
	Start   key.Binding // enter on the intro
	Up      key.Binding
	Down    key.Binding
	PageUp  key.Binding
	PageDn  key.Binding
	Top     key.Binding
	Bottom  key.Binding
	Edit    key.Binding // review: go back to the chosen question
	Submit  key.Binding // review: score it
	Save    key.Binding // summary
	Close   key.Binding // summary: q
	Help    key.Binding // summary: ?
	Cancel  key.Binding // leave a prompt
	Resume  key.Binding
	Restart key.Binding
	// Clipboard is the text fields' own paste and copy, which read and
	// write the system clipboard: on a workshop server, the host's.
	Clipboard key.Binding
}

func newKeymap() keymap {
	return keymap{
		Quit:      key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Back:      key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
		Start:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDn:    key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn", "page down")),
		Top:       key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home", "top")),
		Bottom:    key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end", "bottom")),
		Edit:      key.NewBinding(key.WithKeys("e", "right", "l"), key.WithHelp("e/→", "change this answer")),
		Submit:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "submit")),
		Save:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "save")),
		Close:     key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "quit")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Resume:    key.NewBinding(key.WithKeys("enter", "y"), key.WithHelp("enter", "resume")),
		Restart:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "start fresh")),
		Clipboard: key.NewBinding(key.WithKeys("ctrl+v", "ctrl+shift+c")),
	}
}
