package tui

import tea "charm.land/bubbletea/v2"

// localFPS is the frame rate of a program on this computer's own
// terminal: the first frame waits for the renderer's first tick, which
// Bubble Tea's default of 60 a second makes 17 ms. A workshop's programs
// keep the default: a frame over SSH costs the server.
const localFPS = 120

// SkipRepeatedSizes is a Bubble Tea message filter that drops a window
// size equal to the last one passed on, then hands every other message to
// next (nil for none). Bubble Tea erases and repaints the whole screen for
// every tea.WindowSizeMsg, and huh asks for the size each time a form
// starts: without it, moving to the next question would repaint the
// screen, hundreds of bytes, though nothing changed size.
func SkipRepeatedSizes(next func(tea.Model, tea.Msg) tea.Msg) func(tea.Model, tea.Msg) tea.Msg {
	var last tea.WindowSizeMsg
	seen := false
	return func(m tea.Model, msg tea.Msg) tea.Msg {
		if size, ok := msg.(tea.WindowSizeMsg); ok {
			if seen && size == last {
				return nil
			}
			last, seen = size, true
		}
		if next != nil {
			return next(m, msg)
		}
		return msg
	}
}
