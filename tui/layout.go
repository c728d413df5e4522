package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/tui/render"
)

// contentWidth is how wide the screens' content is: most of a normal
// window, capped for reading; on a projector, capped at a measure the back
// of the room can follow, however wide the window.
func (m *model) contentWidth() int {
	if m.opts.Present {
		return max(20, min(m.width-8, render.PresentMeasure))
	}
	return max(20, min(m.width-4, 96))
}

// page lays out a screen: the body from the top, the help line pinned to
// the bottom, centred on a projector and indented otherwise.
func (m *model) page(body, footer string) string {
	if m.pasteNote != "" {
		footer = m.st.Warn.Render(m.wrapText(m.pasteNote)) + "\n" + footer
	}
	width := m.contentWidth()
	bodyH := lipgloss.Height(body)
	footH := lipgloss.Height(footer)
	top := 1
	if m.opts.Present {
		// On a projector the content sits in the middle of the screen.
		top = max(1, (m.height-bodyH-footH)/3)
	}
	gap := max(1, m.height-top-bodyH-footH)
	if top+bodyH+1+footH > m.height {
		// Too tall: keep the top of the body and the help line.
		lines := strings.Split(body, "\n")
		keep := max(0, m.height-top-1-footH)
		if keep < len(lines) {
			lines = lines[:keep]
		}
		body = strings.Join(lines, "\n")
		gap = 1
	}
	screen := strings.Repeat("\n", top) + body + strings.Repeat("\n", gap) + footer
	if m.opts.Present {
		return lipgloss.PlaceHorizontal(m.width, lipgloss.Center, lipgloss.NewStyle().Width(width).Render(screen))
	}
	return render.Indent(screen, 2)
}

// helpLine draws key bindings in one line that fits the width. The last
// binding is how to leave the screen (quit, close): when the line is too
// long the first ones give way, never that one.
func (m *model) helpLine(bindings ...key.Binding) string {
	width := m.contentWidth()
	m.help.SetWidth(0)
	for len(bindings) > 1 && lipgloss.Width(m.help.ShortHelpView(bindings)) > width {
		bindings = bindings[1:]
	}
	m.help.SetWidth(width)
	return m.help.ShortHelpView(bindings)
}

// wrapText wraps plain text to the content width.
func (m *model) wrapText(s string) string {
	return lipgloss.Wrap(s, m.contentWidth(), "")
}

func (m *model) tooSmallView() string {
	w, h := m.minSize()
	msg := fmt.Sprintf("Please enlarge the window: this screen needs at least %d×%d, and this one is %d×%d.\n\nctrl+c quits; your answers so far are kept.", w, h, m.width, m.height)
	return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center,
		m.st.Warn.Render(lipgloss.Wrap(msg, max(10, m.width-2), "")))
}
