package choose

import "charm.land/bubbles/v2/key"

// KeyMap are the keys of the choice field.
type KeyMap struct {
	Up, Down, Top, Bottom, Next, Prev key.Binding
}

// DefaultKeyMap are huh's Select keys: ↑/↓ (and k/j, ctrl+p/ctrl+n) move
// the cursor, wrapping at either end; home/end jump to either end.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k", "ctrl+k", "ctrl+p"), key.WithHelp("↑", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j", "ctrl+j", "ctrl+n"), key.WithHelp("↓", "down")),
		Top:    key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g/home", "go to start")),
		Bottom: key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G/end", "go to end")),
		Next:   key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", "select")),
		Prev:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
	}
}
