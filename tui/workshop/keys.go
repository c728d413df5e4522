package workshop

import "charm.land/bubbles/v2/key"

// dashboardKeys are the dashboard's keys; r, the reveal, is asked for on
// screen.
type dashboardKeys struct {
	Quit, Close, Up, Down, PageUp, PageDn key.Binding
}

func newDashboardKeys() dashboardKeys {
	return dashboardKeys{
		Quit:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Close:  key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "quit")),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
		PageUp: key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDn: key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn", "page down")),
	}
}
