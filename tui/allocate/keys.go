package allocate

import "charm.land/bubbles/v2/key"

// KeyMap are the keys of the allocate field.
type KeyMap struct {
	Up, Down, Add, Remove, Set, Next, Prev key.Binding
	// Points stands for Add and Remove in the help line, which has room
	// for both and ctrl+c at 80 columns only as one entry.
	Points key.Binding
}

func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "row")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
		Add:    key.NewBinding(key.WithKeys("right", "+", "=", "l"), key.WithHelp("→/+", "add")),
		Remove: key.NewBinding(key.WithKeys("left", "-", "_", "h"), key.WithHelp("←/-", "remove")),
		Points: key.NewBinding(key.WithKeys("right", "left"), key.WithHelp("←/→", "points")),
		Set:    key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("0-9", "set")),
		Next:   key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", "next")),
		Prev:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
	}
}
