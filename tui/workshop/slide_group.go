package workshop

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/tui/render"
)

// revealSlide is the group's Power Core: the headline, every core with one
// anonymous dot per member, and how far the room agrees.
func (d *dashboard) revealSlide(width int) string {
	st, g := d.st, d.seen.group
	return render.GroupHeadline(g, d.folder.bank, measure(width), st) + "\n\n" + render.GroupCores(g, width, width, st)
}

// competencySlide is the customer-focus competencies: the level the
// group's mean stands at in the bank's words, against the target, and
// how far apart the members are.
func (d *dashboard) competencySlide(width int) string {
	st, g := d.st, d.seen.group
	var b strings.Builder
	b.WriteString(st.Heading.Render("Customer-focus competencies"))
	b.WriteString("\n" + st.Subtle.Render(lipgloss.Wrap("the level the group's mean stands at · mean / target of 100 · ┃ the target · the members' range", width, "")))
	b.WriteString("\n\n" + render.GroupCompetencyRows(g, d.folder.bank, width, width, st))
	return b.String()
}
