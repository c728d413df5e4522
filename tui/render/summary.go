package render

import (
	"fmt"
	"math"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/powercore/powercore/assessment/summary"
)

// RenderSummary draws a result's summary at a width: the headline and how
// clear it is, the quality flags, a bar per core, the level each
// competency stands at against its target, at most three actions to start
// with, then the dominant core's card, the supporting core's and the
// reflections. It is what the summary screen scrolls through and what
// `score` prints on a terminal.
func RenderSummary(s summary.Summary, width int, st *Styles) string {
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
	add(summaryCompetencies(s, width, st))
	add(summaryActions(s, width, st))
	for _, c := range s.Cards {
		add(summaryCard(c, width, st))
	}
	if s.Supporting != nil {
		add(st.Strong.Render("In support: "+s.Supporting.Name) + "\n" + st.Text.Render(lipgloss.Wrap(s.Supporting.AsSupport, width, "")))
	}
	add(summaryReflections(s, width, st))
	return strings.Join(blocks, "\n"+st.Gap)
}

func summaryTitle(s summary.Summary, st *Styles) string {
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
func summaryHeadline(s summary.Summary, width int, st *Styles) string {
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
	out := headlineBlock(lead, sub, width, st) + "\n" + st.Text.Render(lipgloss.Wrap(s.Clarity, width, ""))
	if s.NoSupport != "" {
		out += "\n" + st.Text.Render(lipgloss.Wrap(s.NoSupport, width, ""))
	}
	return out
}

func dominantNames(s summary.Summary) []string {
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
func summaryCores(s summary.Summary, width int, st *Styles) string {
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
	// The note goes under the heading when it does not fit beside it:
	// cut, it would show a wrong number.
	note := fmt.Sprintf("points of 100 · an even split is %.1f", even)
	if lipgloss.Width("Where the power sits  "+note) <= width {
		b.WriteString(st.Subtle.Render("  " + note))
	} else {
		b.WriteString("\n" + st.Subtle.Render(lipgloss.Wrap(note, width, "")))
	}
	if st.Present {
		if board := scoreboard(s, width, st); board != "" {
			b.WriteString("\n\n" + board + "\n")
		}
	}
	for _, c := range s.Cores {
		fill, mark := roleMark(c.Role, st)
		name := ansi.Truncate(c.Name, nameW, "…")
		b.WriteString("\n")
		b.WriteString(st.Text.Render(name + strings.Repeat(" ", nameW-lipgloss.Width(name))))
		b.WriteString("  ")
		b.WriteString(bar(c.Score, barW, fill, st))
		b.WriteString(st.Strong.Render(fmt.Sprintf(" %3s", summary.Round(c.Score))))
		b.WriteString(mark)
	}
	return b.String()
}

// roleMark is how a core's role shows beside its bar: the lead in its own
// colour and with ◆, never by colour alone.
func roleMark(role string, st *Styles) (fill lipgloss.Style, mark string) {
	switch role {
	case "dominant", "co-dominant":
		return st.BarLead, st.MarkDominant.Render(" ◆ " + role)
	case "supporting":
		return st.BarFill, st.MarkSupporting.Render(" ◇ " + role)
	}
	return st.BarFill, ""
}

// bar draws a 0–100 score across width cells.
func bar(score float64, width int, fill lipgloss.Style, st *Styles) string {
	n := int(math.Round(math.Max(0, math.Min(100, score)) / 100 * float64(width)))
	return fill.Render(strings.Repeat(st.Full, n)) + st.BarEmpty.Render(strings.Repeat(st.Empty, width-n))
}

// targetBar draws a score with the target marked by a bar-high line: at
// most four runs of cells, each styled once.
func targetBar(score *float64, target float64, width int, st *Styles) string {
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
func summaryCard(c summary.Card, width int, st *Styles) string {
	inner := width - lipgloss.Width(st.CardEdge)
	list := func(title string, items []string, w int, numbered bool) string {
		if len(items) == 0 {
			return ""
		}
		lines := []string{st.Strong.Render(lipgloss.Wrap(title, w, ""))}
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
	if s := list(summary.KickstartTitle(c.Name), c.Kickstart, inner, true); s != "" {
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

func summaryCompetencies(s summary.Summary, width int, st *Styles) string {
	if len(s.Competencies) == 0 {
		return ""
	}
	// Each competency: its name, then a bar with the target marked and
	// the level it stands at in the bank's words, with the target's level.
	// The words go under the bar when they do not fit beside it.
	barW := min(24, max(10, width/4))
	var b strings.Builder
	b.WriteString(st.Heading.Render("Customer-focus competencies"))
	legend := "level reached · ┃ marks the target · ▲ uphill for your core"
	if lipgloss.Width("Customer-focus competencies  "+legend) <= width {
		b.WriteString(st.Subtle.Render("  " + legend))
	} else {
		b.WriteString("\n" + st.Subtle.Render(lipgloss.Wrap(legend, width, "")))
	}
	for _, c := range s.Competencies {
		words := c.LevelWords + " · target: " + c.TargetWords
		if c.Score == nil {
			words = fmt.Sprintf("too few answers for a level (%d of %d rated) · target: %s", c.Answered, c.Items, c.TargetWords)
		}
		uphill := ""
		if len(c.Uphill) > 0 {
			uphill = st.MarkUphill.Render("  ▲ uphill")
		}
		b.WriteString("\n" + st.Strong.Render(lipgloss.Wrap(c.Name, width, "")) + "\n  " + targetBar(c.Score, c.Target, barW, st))
		if 2+barW+2+lipgloss.Width(words)+lipgloss.Width("  ▲ uphill") <= width {
			b.WriteString(st.Text.Render("  "+words) + uphill)
			continue
		}
		b.WriteString(uphill + "\n" + st.Text.Render(Indent(lipgloss.Wrap(words, width-4, ""), 4)))
	}
	return b.String()
}

// summaryActions shows where to start: at most three actions, each with
// the practice (or kickstart) it comes from.
func summaryActions(s summary.Summary, width int, st *Styles) string {
	if len(s.Actions) == 0 {
		if len(s.Priorities) == 0 {
			return ""
		}
		return st.Heading.Render("Where to start") + "\n" + st.Text.Render("Every scored competency is at or above its target: keep it there.")
	}
	var b strings.Builder
	b.WriteString(st.Heading.Render("Where to start"))
	for i, a := range s.Actions {
		marker := fmt.Sprintf("%d. ", i+1)
		text := strings.Split(lipgloss.Wrap(a.Text, max(10, width-3), ""), "\n")
		for j, l := range text {
			if j == 0 {
				b.WriteString("\n" + st.Strong.Render(marker+l))
			} else {
				b.WriteString("\n" + st.Strong.Render("   "+l))
			}
		}
		b.WriteString("\n" + st.Subtle.Render(Indent(lipgloss.Wrap(a.From, max(10, width-3), ""), 3)))
	}
	return b.String()
}

// headlineBlock names the core in a frame, or in big letters on a
// projector, with the sentence that goes with it.
func headlineBlock(lead, sub string, width int, st *Styles) string {
	if st.Present {
		return Banner(lead, width, st) + "\n\n" + st.Strong.Render(lipgloss.Wrap(sub, width, ""))
	}
	inner := max(10, width-st.Headline.GetHorizontalFrameSize())
	return st.Headline.Render(lipgloss.Wrap(lead+"\n"+sub, inner, ""))
}

// nextSteps lists steps under a priority, each line led by an arrow and
// wrapped under it; every line starts with a newline.
func nextSteps(steps []string, width int, st *Styles) string {
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

func summaryReflections(s summary.Summary, width int, st *Styles) string {
	if len(s.Reflections) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(st.Heading.Render("Your reflections"))
	for _, r := range s.Reflections {
		b.WriteString("\n" + st.Strong.Render(lipgloss.Wrap(r.Prompt, width, "")))
		b.WriteString("\n" + st.Text.Render(Indent(lipgloss.Wrap(r.Text, width-2, ""), 2)))
	}
	return b.String()
}

// summaryFlags says why to read the result with care. A projected screen
// leaves out the flags about how the person answered: the room sees the
// result, the saved files keep every flag.
func summaryFlags(s summary.Summary, width int, st *Styles) string {
	var flags []summary.FlagNote
	for _, f := range s.Flags {
		if !(st.Present && f.Personal) {
			flags = append(flags, f)
		}
	}
	if len(flags) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(st.Warn.Render("Read with care"))
	for _, f := range flags {
		b.WriteString("\n" + st.Text.Render(lipgloss.Wrap("! "+f.Words, width, "")))
		for _, item := range f.Items {
			b.WriteString("\n" + st.Text.Render(Indent(lipgloss.Wrap("· "+item, width-4, ""), 2)))
		}
	}
	return b.String()
}

// Indent shifts every line right by n spaces.
func Indent(s string, n int) string {
	pad := strings.Repeat(" ", n)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = pad + l
		}
	}
	return strings.Join(lines, "\n")
}
