package tui

import (
	"fmt"
	"math"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/powercore/powercore/assessment"
)

// renderSummary draws a result's summary at a width: the headline, a bar
// per core, the dominant core's card, the competencies against their
// targets, where to start, the reflections and the quality flags. It is
// what the summary screen scrolls through and what `score` prints on a
// terminal.
func renderSummary(s assessment.Summary, width int, st *styles) string {
	var blocks []string
	add := func(b string) {
		if b != "" {
			blocks = append(blocks, b)
		}
	}
	add(summaryTitle(s, st))
	add(summaryHeadline(s, width, st))
	add(summaryFlags(s, width, st))
	add(summaryCores(s, width, st))
	for _, c := range s.Cards {
		add(summaryCard(c, width, st))
	}
	if s.Supporting != nil {
		add(st.Strong.Render("In support: "+s.Supporting.Name) + "\n" + st.Text.Render(lipgloss.Wrap(s.Supporting.Summary, width, "")))
	}
	add(summaryCompetencies(s, width, st))
	add(summaryPriorities(s, width, st))
	add(summaryReflections(s, width, st))
	return strings.Join(blocks, "\n"+st.Gap)
}

func summaryTitle(s assessment.Summary, st *styles) string {
	parts := []string{s.Title + " result"}
	if s.Respondent != "" {
		parts = append(parts, s.Respondent)
	}
	if s.Date != "" {
		parts = append(parts, s.Date)
	}
	return st.Subtle.Render(strings.Join(parts, " · "))
}

// summaryHeadline names the dominant core: a large banner on a projector,
// a framed line otherwise; co-dominant and diffuse results say so plainly.
func summaryHeadline(s assessment.Summary, width int, st *styles) string {
	var lead, sub string
	names := dominantNames(s)
	switch s.Kind {
	case "co-dominant":
		lead, sub = strings.Join(names, " + "), "Power is shared: co-dominant Power Cores"
	case "diffuse":
		lead, sub = "No clear Power Core", "Power is spread across the company"
	default:
		lead, sub = names[0], "is your Power Core"
		for _, c := range s.Cores {
			if c.Supporting {
				sub += ", with " + c.Name + " in support"
			}
		}
	}
	return headlineBlock(lead, sub, width, st) + "\n" + st.Text.Render(lipgloss.Wrap(s.Clarity, width, ""))
}

func dominantNames(s assessment.Summary) []string {
	var names []string
	for _, c := range s.Cores {
		if c.Dominant {
			names = append(names, c.Name)
		}
	}
	if len(names) == 0 {
		names = []string{"No clear Power Core"}
	}
	return names
}

// summaryCores draws a bar per core, longest first, marked in words as
// well as colour.
func summaryCores(s assessment.Summary, width int, st *styles) string {
	if len(s.Cores) == 0 {
		return ""
	}
	nameW := 0
	for _, c := range s.Cores {
		nameW = max(nameW, lipgloss.Width(c.Name))
	}
	nameW = min(nameW, width/3)
	markW := lipgloss.Width(" ◆ co-dominant")
	barW := min(60, max(10, width-nameW-2-4-markW))
	even := 100 / float64(len(s.Cores))
	var b strings.Builder
	b.WriteString(st.Heading.Render("Where the power sits"))
	b.WriteString(st.Subtle.Render(fmt.Sprintf("  points of 100 · an even split is %.1f", even)))
	for _, c := range s.Cores {
		fill, mark := roleMark(c.Role, st)
		name := ansi.Truncate(c.Name, nameW, "…")
		b.WriteString("\n")
		b.WriteString(st.Text.Render(name + strings.Repeat(" ", nameW-lipgloss.Width(name))))
		b.WriteString("  ")
		b.WriteString(bar(c.Score, barW, fill, st))
		b.WriteString(st.Strong.Render(fmt.Sprintf(" %3s", assessment.Round(c.Score))))
		b.WriteString(mark)
	}
	return b.String()
}

// roleMark is how a core's role shows beside its bar: the lead in its own
// colour and with ◆, never by colour alone.
func roleMark(role string, st *styles) (fill lipgloss.Style, mark string) {
	switch role {
	case "dominant", "co-dominant":
		return st.BarLead, st.MarkDominant.Render(" ◆ " + role)
	case "supporting":
		return st.BarFill, st.MarkSupporting.Render(" ◇ " + role)
	}
	return st.BarFill, ""
}

// bar draws a 0–100 score across width cells.
func bar(score float64, width int, fill lipgloss.Style, st *styles) string {
	n := int(math.Round(math.Max(0, math.Min(100, score)) / 100 * float64(width)))
	return fill.Render(strings.Repeat(st.Full, n)) + st.BarEmpty.Render(strings.Repeat(st.Empty, width-n))
}

// targetBar draws a score with the target marked by a bar-high line: at
// most four runs of cells, each styled once.
func targetBar(score *float64, target float64, width int, st *styles) string {
	t := int(math.Round(math.Max(0, math.Min(100, target)) / 100 * float64(width-1)))
	n := 0
	if score != nil {
		n = int(math.Round(math.Max(0, math.Min(100, *score)) / 100 * float64(width)))
	}
	run := func(style lipgloss.Style, glyph string, from, to int) string {
		if to <= from {
			return ""
		}
		return style.Render(strings.Repeat(glyph, to-from))
	}
	mark := st.BarTarget.Render("┃")
	if t < n {
		return run(st.BarFill, st.Full, 0, t) + mark + run(st.BarFill, st.Full, t+1, n) + run(st.BarEmpty, st.Empty, n, width)
	}
	return run(st.BarFill, st.Full, 0, n) + run(st.BarEmpty, st.Empty, n, t) + mark + run(st.BarEmpty, st.Empty, t+1, width)
}

// summaryCard is what the dominant core means for customer work: two
// columns when there is room.
func summaryCard(c assessment.Card, width int, st *styles) string {
	inner := width - lipgloss.Width(st.CardEdge)
	list := func(title string, items []string, w int, numbered bool) string {
		if len(items) == 0 {
			return ""
		}
		lines := []string{st.Strong.Render(title)}
		for i, item := range items {
			marker := "• "
			if numbered {
				marker = fmt.Sprintf("%d. ", i+1)
			}
			mw := lipgloss.Width(marker)
			wrapped := strings.Split(lipgloss.Wrap(item, max(10, w-mw), ""), "\n")
			for j, l := range wrapped {
				if j == 0 {
					lines = append(lines, st.Text.Render(marker+l))
				} else {
					lines = append(lines, st.Text.Render(strings.Repeat(" ", mw)+l))
				}
			}
		}
		return strings.Join(lines, "\n")
	}
	var b strings.Builder
	b.WriteString(st.Heading.Render(c.Name))
	if c.Summary != "" {
		b.WriteString("\n" + st.Text.Render(lipgloss.Wrap(c.Summary, inner, "")))
	}
	if inner >= 80 {
		col := (inner - 4) / 2
		left := st.Text.Width(col).Render(list("Strengths to build on", c.Strengths, col, false))
		right := list("Customer hot spots to watch", c.HotSpots, col, false)
		b.WriteString("\n\n" + lipgloss.JoinHorizontal(lipgloss.Top, left, "    ", right))
	} else {
		if s := list("Strengths to build on", c.Strengths, inner, false); s != "" {
			b.WriteString("\n\n" + s)
		}
		if s := list("Customer hot spots to watch", c.HotSpots, inner, false); s != "" {
			b.WriteString("\n\n" + s)
		}
	}
	if s := list(assessment.KickstartTitle(c.Name), c.Kickstart, inner, true); s != "" {
		b.WriteString("\n\n" + s)
	}
	// The card's edge is drawn once and put before each line: rendering the
	// whole card through a bordered style costs more than the rest of it.
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = st.CardEdge + l
	}
	return strings.Join(lines, "\n")
}

func summaryCompetencies(s assessment.Summary, width int, st *styles) string {
	if len(s.Competencies) == 0 {
		return ""
	}
	// Wide: name, bar and numbers on one line. Narrow: the name on a line
	// of its own, so the bar keeps a readable length.
	band := func(c assessment.CompetencyLine) string {
		if c.Score == nil {
			return fmt.Sprintf("too few answers (%d of %d)", c.Answered, c.Items)
		}
		return string(c.Band)
	}
	nameW, bandW := 0, 0
	for _, c := range s.Competencies {
		nameW = max(nameW, lipgloss.Width(c.Name))
		bandW = max(bandW, lipgloss.Width(band(c)))
	}
	tailW := lipgloss.Width(" 100 / 100  ") + bandW + lipgloss.Width("  ▲ uphill")
	oneLine := width >= nameW+2+24+tailW
	barW := min(60, width-2-tailW)
	if oneLine {
		barW = min(60, width-nameW-2-tailW)
	}
	var b strings.Builder
	b.WriteString(st.Heading.Render("Customer-focus competencies"))
	legend := "score / target · ┃ marks the target · ▲ uphill for your core"
	if lipgloss.Width("Customer-focus competencies  "+legend) <= width {
		b.WriteString(st.Subtle.Render("  " + legend))
	} else {
		b.WriteString("\n" + st.Subtle.Render(lipgloss.Wrap(legend, width, "")))
	}
	for _, c := range s.Competencies {
		score := "  –"
		if c.Score != nil {
			score = fmt.Sprintf("%3s", assessment.Round(*c.Score))
		}
		uphill := ""
		if len(c.Uphill) > 0 {
			uphill = st.MarkUphill.Render("  ▲ uphill")
		}
		row := targetBar(c.Score, c.Target, barW, st) +
			st.Strong.Render(" "+score) + st.Subtle.Render(" / "+assessment.Round(c.Target)) +
			st.Text.Render("  "+band(c)) + uphill
		b.WriteString("\n")
		if oneLine {
			b.WriteString(st.Text.Render(c.Name+strings.Repeat(" ", nameW-lipgloss.Width(c.Name))) + "  " + row)
			continue
		}
		b.WriteString(st.Strong.Render(lipgloss.Wrap(c.Name, width, "")) + "\n  " + row)
	}
	return b.String()
}

// summaryPriorities shows every competency short of its target, largest
// gap first, with its next steps.
func summaryPriorities(s assessment.Summary, width int, st *styles) string {
	behind, _ := s.Behind()
	var b strings.Builder
	b.WriteString(st.Heading.Render("Where to start"))
	if len(behind) == 0 {
		if len(s.Priorities) == 0 {
			return ""
		}
		b.WriteString("\n" + st.Text.Render("Every scored competency is at or above its target: keep it there."))
		return b.String()
	}
	for i, p := range behind {
		gap := assessment.Round(*p.Gap)
		head := fmt.Sprintf("%d. %s", i+1, p.Name)
		detail := fmt.Sprintf("   %s points below target · %s", gap, p.Band)
		if len(p.Uphill) > 0 {
			detail += " · uphill for " + strings.Join(p.Uphill, " and ")
		}
		b.WriteString("\n" + st.Strong.Render(lipgloss.Wrap(head, width, "")) + "\n" + st.Subtle.Render(lipgloss.Wrap(detail, width, "")))
		b.WriteString(nextSteps(p.NextSteps, width, st))
	}
	return b.String()
}

// headlineBlock names the core in a frame, or in big letters on a
// projector, with the sentence that goes with it.
func headlineBlock(lead, sub string, width int, st *styles) string {
	if st.present {
		return banner(lead, width, st) + "\n\n" + st.Strong.Render(lipgloss.Wrap(sub, width, ""))
	}
	inner := max(10, width-st.Headline.GetHorizontalFrameSize())
	return st.Headline.Render(lipgloss.Wrap(lead+"\n"+sub, inner, ""))
}

// nextSteps lists steps under a priority, each line led by an arrow and
// wrapped under it; every line starts with a newline.
func nextSteps(steps []string, width int, st *styles) string {
	var b strings.Builder
	for _, step := range steps {
		for j, l := range strings.Split(lipgloss.Wrap(step, max(10, width-5), ""), "\n") {
			marker := "     "
			if j == 0 {
				marker = "   → "
			}
			b.WriteString("\n" + st.Text.Render(marker+l))
		}
	}
	return b.String()
}

func summaryReflections(s assessment.Summary, width int, st *styles) string {
	if len(s.Reflections) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(st.Heading.Render("Your reflections"))
	for _, r := range s.Reflections {
		b.WriteString("\n" + st.Strong.Render(lipgloss.Wrap(r.Prompt, width, "")))
		b.WriteString("\n" + st.Text.Render(indent(lipgloss.Wrap(r.Text, width-2, ""), 2)))
	}
	return b.String()
}

func summaryFlags(s assessment.Summary, width int, st *styles) string {
	if len(s.Flags) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(st.Warn.Render("Read with care"))
	for _, f := range s.Flags {
		b.WriteString("\n" + st.Text.Render(lipgloss.Wrap("! "+f.Words, width, "")))
	}
	return b.String()
}
