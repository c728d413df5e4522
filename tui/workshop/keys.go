package workshop

import "charm.land/bubbles/v2/key"

// dashboardKeys are the dashboard's keys: its slides move on with space or
// pgdn and back with pgup; r reveals the group result.
type dashboardKeys struct {
	Quit, Close, Up, Down, Next, Back, Slide, Reveal key.Binding
}

func newDashboardKeys() dashboardKeys {
	return dashboardKeys{
		Quit:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Close:  key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "quit")),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
		Next:   key.NewBinding(key.WithKeys("pgdown", "space", "right", "n", "f"), key.WithHelp("space", "next slide")),
		Back:   key.NewBinding(key.WithKeys("pgup", "left", "p", "b"), key.WithHelp("pgup", "previous slide")),
		Slide:  key.NewBinding(key.WithKeys("1", "2", "3", "4"), key.WithHelp("1–4", "go to a slide")),
		Reveal: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reveal or hide the group result")),
	}
}
