package workshop

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
	"github.com/powercore/powercore/tui/render"
)

// discussionSlide is where the room disagrees most — the core and the
// competency the members are furthest apart on — and the group's first
// action. With names, who sees which core as dominant.
func (d *dashboard) discussionSlide(width int) string {
	st, g := d.st, d.seen.group
	full := width
	width = measure(width)
	var b strings.Builder
	b.WriteString(st.Heading.Render("Where the room disagrees most"))
	for i, line := range summary.DisagreementWords(g) {
		b.WriteString("\n" + st.Text.Render(lipgloss.Wrap("• "+line, width, "")))
		if c, ok := summary.WidestCore(g); ok && i == 0 {
			b.WriteString("\n" + render.GroupCoreStrip(g, c.ID, full, full, st) + "\n")
		}
	}
	b.WriteString("\n\n" + st.Heading.Render("Where to start"))
	if name, words, step, ok := summary.TopAction(g, d.folder.bank); ok {
		b.WriteString("\n" + st.Strong.Render(lipgloss.Wrap(name, width, "")))
		b.WriteString("\n" + st.Text.Render(lipgloss.Wrap(capitalise(words)+".", width, "")))
		if step != "" {
			b.WriteString("\n" + st.Text.Render(lipgloss.Wrap("→ "+step, width, "")))
		}
	} else {
		b.WriteString("\n" + st.Text.Render(lipgloss.Wrap("Every competency is at or above its target: agree what keeps it there.", width, "")))
	}
	if g.Named() {
		b.WriteString("\n\n" + st.Heading.Render("Who sees which core as dominant"))
		for _, m := range g.Members {
			b.WriteString("\n" + st.Text.Render(lipgloss.Wrap(fmt.Sprintf("%s: %s", assessment.Printable(m.Name), summary.LeaderNames(m.Dominant, g.CoreName)), width, "")))
		}
	}
	return b.String()
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
