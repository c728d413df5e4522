package render

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/assessment/summary"
)

// The parts of the group view a projector's slides are made of: each
// draws at any width, its bars growing with it up to barMax cells.

// GroupHeadline is the group's core (in big letters when presenting), the
// sentence that goes with it, how clear it is and how far the room agrees.
func GroupHeadline(g *assessment.Group, b *assessment.Bank, width int, st *Styles) string {
	return groupHeadline(g, b, width, st)
}

// GroupCores is every core's mean as a bar, with a strip beneath it holding
// one anonymous dot per member.
func GroupCores(g *assessment.Group, width, barMax int, st *Styles) string {
	return groupCores(g, width, barMax, st)
}

// GroupCompetencyRows is each competency in two lines: its name, the
// level the group's mean stands at and the target, in the bank's words;
// then a bar to the target with the mean and the members' range.
func GroupCompetencyRows(g *assessment.Group, b *assessment.Bank, width, barMax int, st *Styles) string {
	levels := summary.GroupLevels(g, b)
	nameW := 0
	for _, c := range g.Competencies {
		nameW = max(nameW, lipgloss.Width(assessment.Printable(c.Name)))
	}
	tail := lipgloss.Width(" 100 / 100  range 100–100 (sd 100)")
	barW := min(barMax, max(10, width-2-tail))
	var rows []string
	for _, c := range g.Competencies {
		name := st.Strong.Render(ansi.Truncate(assessment.Printable(c.Name), width, "…"))
		if c.Mean == nil {
			rows = append(rows, name+"\n  "+targetBar(nil, c.Target, barW, st)+st.Subtle.Render("  no member has a score"))
			continue
		}
		words := st.Text.Render(ansi.Truncate(export.GroupLevelWords(c, levels), max(10, width-nameW-4), "…"))
		if lipgloss.Width(assessment.Printable(c.Name))+3+lipgloss.Width(words) <= width {
			name += "  " + words
			words = ""
		}
		line := name + "\n  " + targetBar(c.Mean, c.Target, barW, st) +
			st.Strong.Render(fmt.Sprintf(" %3s", summary.Round(*c.Mean))) + st.Subtle.Render(" / "+summary.Round(c.Target)) +
			st.Subtle.Render("  "+summary.CompetencySpreadWords(c))
		if words != "" {
			line += "\n  " + words
		}
		rows = append(rows, line)
	}
	return strings.Join(rows, "\n")
}

// BigText draws text in the block font as typed, lower case too (a
// command to copy), on one line if it fits width, else breaking at spaces;
// false when a character has no glyph or a word is wider than width.
func BigText(text string, width int, st *Styles) (string, bool) {
	var lines []string
	cur := ""
	for _, word := range strings.Fields(text) {
		try := word
		if cur != "" {
			try = cur + " " + word
		}
		if rows, ok := bigLine(try); ok && lipgloss.Width(rows[0]) <= width {
			cur = try
			continue
		}
		if cur == "" {
			return "", false
		}
		lines = append(lines, cur)
		cur = word
		if rows, ok := bigLine(cur); !ok || lipgloss.Width(rows[0]) > width {
			return "", false
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	var out []string
	for _, l := range lines {
		rows, _ := bigLine(l)
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, rows[:]...)
	}
	return st.Banner.Render(strings.Join(out, "\n")), len(out) > 0
}

// bigLine draws one line in the block font, lower-case letters and the
// marks of an address included.
func bigLine(text string) ([5]string, bool) {
	return drawGlyphs(text, func(r rune) ([5]string, bool) {
		if g, ok := lowerGlyphs[r]; ok {
			return g, true
		}
		g, ok := glyphs[r]
		return g, ok
	})
}

// lowerGlyphs are the lower-case letters and the marks a command or an
// address needs, in the banner's 5-row font.
var lowerGlyphs = map[rune][5]string{
	'a': {"....", ".###", "#..#", "#..#", ".###"},
	'b': {"#...", "#...", "###.", "#..#", "###."},
	'c': {"....", ".###", "#...", "#...", ".###"},
	'd': {"...#", "...#", ".###", "#..#", ".###"},
	'e': {"....", ".##.", "####", "#...", ".###"},
	'f': {"..##", ".#..", "###.", ".#..", ".#.."},
	'g': {".###", "#..#", ".###", "...#", ".##."},
	'h': {"#...", "#...", "###.", "#..#", "#..#"},
	'i': {".#.", "...", "##.", ".#.", "###"},
	'j': {"..#", "...", "..#", "..#", "##."},
	'k': {"#...", "#..#", "###.", "#.#.", "#..#"},
	'l': {"##.", ".#.", ".#.", ".#.", "###"},
	'm': {".....", "##.#.", "#.#.#", "#.#.#", "#.#.#"},
	'n': {"....", "###.", "#..#", "#..#", "#..#"},
	'o': {"....", ".##.", "#..#", "#..#", ".##."},
	'p': {"....", "###.", "#..#", "###.", "#..."},
	'q': {"....", ".###", "#..#", ".###", "...#"},
	'r': {"....", "#.##", "##..", "#...", "#..."},
	's': {"....", ".###", "##..", "..##", "###."},
	't': {".#..", "####", ".#..", ".#..", "..##"},
	'u': {"....", "#..#", "#..#", "#..#", ".###"},
	'v': {".....", "#...#", "#...#", ".#.#.", "..#.."},
	'w': {".....", "#...#", "#.#.#", "#.#.#", ".#.#."},
	'x': {"....", "#..#", ".##.", ".##.", "#..#"},
	'y': {"#..#", "#..#", ".###", "...#", "###."},
	'z': {"....", "####", "..#.", ".#..", "####"},
	'@': {".###.", "#...#", "#.###", "#.##.", ".###."},
	':': {".", "#", ".", "#", "."},
	'_': {"...", "...", "...", "...", "###"},
	'[': {"##", "#.", "#.", "#.", "##"},
	']': {"##", ".#", ".#", ".#", "##"},
}

// GroupCoreStrip is one core's mean as a bar with the members' dots
// beneath it, for pointing at where the room is split.
func GroupCoreStrip(g *assessment.Group, id string, width, barMax int, st *Styles) string {
	c, ok := g.CoreMean(id)
	if !ok {
		return ""
	}
	name := ansi.Truncate(g.CoreName(id), width/3, "…")
	nameW := lipgloss.Width(name)
	barW := min(barMax, max(10, width-nameW-2-lipgloss.Width("  100  ◆ co-dominant")))
	fill, mark := roleMark(summary.Role(g.Dominant, g.Supporting, id), st)
	return st.Text.Render(name) + "  " + bar(c.Mean, barW, fill, st) + st.Strong.Render(fmt.Sprintf(" %3s", summary.Round(c.Mean))) + mark +
		"\n" + strings.Repeat(" ", nameW+2) + memberDots(g, id, barW, st) + st.Subtle.Render(fmt.Sprintf(" %s–%s", summary.Round(c.Min), summary.Round(c.Max)))
}
