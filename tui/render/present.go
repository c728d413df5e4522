package render

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/assessment/summary"
)

// PresentMeasure is the widest a projected screen's text runs, whatever
// the window's width: a line much longer cannot be followed from the back
// of a room.
const PresentMeasure = 76

// BigNumber draws digits in the block font, five rows high, in the style
// given; false when text holds anything but digits.
func BigNumber(digits string, style lipgloss.Style) (string, bool) {
	if digits == "" || strings.Trim(digits, "0123456789") != "" {
		return "", false
	}
	rows, _ := BannerLine(digits)
	return style.Render(strings.Join(rows[:], "\n")), true
}

// BigFigure is a number in block digits with its words beside it,
// centred on the digits' middle row: "7  of 10 points placed".
func BigFigure(digits, words string, st *Styles) string {
	big, ok := BigNumber(digits, st.BigNumber)
	if !ok {
		return st.Strong.Render(digits + " " + words)
	}
	return lipgloss.JoinHorizontal(lipgloss.Center, big, "  ", st.Text.Render(words))
}

// scoreboard draws the leading cores' scores in block digits, each with
// its name and role in words beneath, side by side: what a room reads off
// the projector before the bars. A diffuse result shows its top three.
func scoreboard(s summary.Summary, width int, st *Styles) string {
	var leaders []summary.CoreLine
	for _, c := range s.Cores {
		if c.Role != "" {
			leaders = append(leaders, c)
		}
	}
	if len(leaders) == 0 {
		leaders = s.Cores[:min(3, len(s.Cores))]
	}
	const gap = 4
	var cols []string
	used := 0
	for _, c := range leaders {
		big, ok := BigNumber(summary.Round(c.Score), st.BigNumber)
		if !ok {
			continue
		}
		col := big + "\n" + st.Strong.Render(c.Name)
		switch c.Role {
		case "dominant", "co-dominant":
			col += "\n" + st.MarkDominant.Render("◆ "+c.Role)
		case "supporting":
			col += "\n" + st.MarkSupporting.Render("◇ "+c.Role)
		}
		w := lipgloss.Width(col)
		if used > 0 && used+gap+w > width {
			break
		}
		if used > 0 {
			cols = append(cols, strings.Repeat(" ", gap))
			used += gap
		}
		cols = append(cols, col)
		used += w
	}
	if len(cols) == 0 {
		return ""
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, cols...)
}
