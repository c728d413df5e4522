package render

import (
	"fmt"
	"io"
	"math"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/assessment/summary"
)

// PrintGroup writes a group's view for a terminal at width columns: each
// core's mean as a bar with one anonymous dot per member beneath it, the
// consensus, and the competency gaps. Colours are reduced to what w
// supports by lipgloss.Fprint.
func PrintGroup(w io.Writer, g *assessment.Group, b *assessment.Bank, width int, dark, present bool) error {
	st := NewStyles(dark, present)
	cw := max(40, min(width-2, 100))
	if present {
		cw = max(40, width-4)
	}
	_, err := lipgloss.Fprintln(w, RenderGroup(g, b, cw, st))
	return err
}

// RenderGroup draws a group profile at a width.
func RenderGroup(g *assessment.Group, b *assessment.Bank, width int, st *Styles) string {
	var blocks []string
	title := "POWER CORE GROUP · " + summary.Plural(g.N, "person", "people")
	if g.Bank.ID != "" {
		title += " · " + assessment.Printable(g.Bank.ID) + " " + assessment.Printable(g.Bank.Version)
	}
	blocks = append(blocks, st.Subtle.Render(title))
	blocks = append(blocks, groupHeadline(g, b, width, st))
	blocks = append(blocks, groupCores(g, width, 60, st))
	for _, card := range summary.GroupCards(g, b) {
		blocks = append(blocks, summaryCard(card, width, st))
	}
	if c := groupCompetencies(g, b, width, st); c != "" {
		blocks = append(blocks, c)
	}
	if p := groupPriorities(g, b, width, st); p != "" {
		blocks = append(blocks, p)
	}
	return strings.Join(blocks, "\n"+st.Gap)
}

func groupHeadline(g *assessment.Group, bank *assessment.Bank, width int, st *Styles) string {
	var b strings.Builder
	names := make([]string, 0, len(g.Dominant))
	for _, id := range g.Dominant {
		if c, ok := g.CoreMean(id); ok {
			names = append(names, assessment.Printable(c.Name))
		}
	}
	lead, sub := "No clear Power Core", "Power looks spread across the company"
	switch {
	case len(names) > 1:
		lead, sub = strings.Join(names, " + "), "The group sees power shared"
	case len(names) == 1:
		lead, sub = names[0], "is the group's Power Core"
		if c, ok := g.CoreMean(g.Supporting); ok && g.Supporting != "" {
			sub += ", with " + assessment.Printable(c.Name) + " in support"
		}
	}
	b.WriteString(headlineBlock(lead, sub, width, st))
	b.WriteString("\n" + st.Text.Render(lipgloss.Wrap(summary.GroupClarityWords(g), width, "")))
	if words, _ := summary.GroupSupportWords(g, bank); words != "" {
		b.WriteString("\n" + st.Text.Render(lipgloss.Wrap(words, width, "")))
	}
	for i, line := range summary.ConsensusWords(g) {
		style := st.Text
		if i > 0 {
			style = st.Warn
		}
		b.WriteString("\n" + style.Render(lipgloss.Wrap(line, width, "")))
	}
	return b.String()
}

// groupCores draws each core's mean as a bar, and under it a strip with a
// dot per member at their own score: a tight cluster is agreement, a wide
// scatter is the discussion to have.
func groupCores(g *assessment.Group, width, barMax int, st *Styles) string {
	nameW := 0
	for _, c := range g.Cores {
		nameW = max(nameW, lipgloss.Width(assessment.Printable(c.Name)))
	}
	nameW = min(nameW, width/3)
	tail := lipgloss.Width("  100  ◆ co-dominant")
	barW := min(barMax, max(10, width-nameW-2-tail))
	var b strings.Builder
	b.WriteString(st.Heading.Render("Where the power sits"))
	b.WriteString(st.Subtle.Render("  bar: the mean · ● a member (2–9: that many at one spot)"))
	for _, c := range g.Cores {
		fill, mark := roleMark(summary.Role(g.Dominant, g.Supporting, c.ID), st)
		name := ansi.Truncate(assessment.Printable(c.Name), nameW, "…")
		b.WriteString("\n" + st.Text.Render(name+strings.Repeat(" ", nameW-lipgloss.Width(name))) + "  ")
		b.WriteString(bar(c.Mean, barW, fill, st) + st.Strong.Render(fmt.Sprintf(" %3s", summary.Round(c.Mean))) + mark)
		b.WriteString("\n" + strings.Repeat(" ", nameW+2) + memberDots(g, c.ID, barW, st) +
			st.Subtle.Render(fmt.Sprintf(" %s–%s", summary.Round(c.Min), summary.Round(c.Max))))
	}
	return b.String()
}

// memberDots places one dot per member on a 0–100 strip of width cells.
func memberDots(g *assessment.Group, core string, width int, st *Styles) string {
	counts := make([]int, width)
	for _, m := range g.Members {
		i := int(math.Round(math.Max(0, math.Min(100, m.Scores[core])) / 100 * float64(width-1)))
		counts[i]++
	}
	var b strings.Builder
	for _, n := range counts {
		switch {
		case n == 0:
			b.WriteString(st.BarEmpty.Render("·"))
		case n == 1:
			b.WriteString(st.MarkDominant.Render("●"))
		case n < 10:
			b.WriteString(st.MarkDominant.Render(fmt.Sprint(n)))
		default:
			b.WriteString(st.MarkDominant.Render("+"))
		}
	}
	return b.String()
}

func groupCompetencies(g *assessment.Group, bank *assessment.Bank, width int, st *Styles) string {
	if len(g.Competencies) == 0 {
		return ""
	}
	levels := summary.GroupLevels(g, bank)
	tail := lipgloss.Width(" 100 / 100  range 100–100")
	barW := min(60, max(10, width-2-tail))
	var b strings.Builder
	b.WriteString(st.Heading.Render("Customer-focus competencies"))
	b.WriteString("\n" + st.Subtle.Render(lipgloss.Wrap("mean / target of the members with a score · ┃ marks the target · the level the mean stands at", width, "")))
	for _, c := range g.Competencies {
		b.WriteString("\n" + st.Strong.Render(lipgloss.Wrap(assessment.Printable(c.Name), width, "")))
		if c.Mean == nil {
			b.WriteString("\n  " + targetBar(nil, c.Target, barW, st) + st.Subtle.Render("  no member has a score"))
			continue
		}
		b.WriteString("\n  " + targetBar(c.Mean, c.Target, barW, st) +
			st.Strong.Render(fmt.Sprintf(" %3s", summary.Round(*c.Mean))) + st.Subtle.Render(" / "+summary.Round(c.Target)) +
			st.Subtle.Render(fmt.Sprintf("  range %s–%s", summary.Round(*c.Min), summary.Round(*c.Max))))
		b.WriteString("\n" + st.Text.Render(lipgloss.Wrap("  "+export.GroupLevelWords(c, levels), width, "")))
	}
	return b.String()
}

// groupPriorities lists the competencies the group is furthest from, with
// the bank's next steps when it is at hand.
func groupPriorities(g *assessment.Group, b *assessment.Bank, width int, st *Styles) string {
	var lines []string
	for _, p := range summary.GroupPriorities(g, b) {
		if !p.Behind {
			continue
		}
		lines = append(lines, st.Strong.Render(lipgloss.Wrap(fmt.Sprintf("%d. %s", len(lines)+1, assessment.Printable(p.Name)), width, ""))+
			"\n"+st.Subtle.Render(lipgloss.Wrap(fmt.Sprintf("   %s points below target on average · the mean stands at %s", summary.Round(*p.Gap), summary.GroupLevelName(p.GroupCompetency, summary.GroupLevels(g, b))), width, "")))
		lines[len(lines)-1] += nextSteps(p.NextSteps, width, st)
	}
	if len(lines) == 0 {
		return ""
	}
	return st.Heading.Render("Where to start") + "\n" + strings.Join(lines, "\n")
}
