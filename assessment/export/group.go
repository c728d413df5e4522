package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export/html"
	"github.com/powercore/powercore/assessment/summary"
)

// Group writes a group profile in a format. The bank may be nil; it
// adds the dominant core's card and the next steps.
func Group(w io.Writer, f Format, g *assessment.Group, b *assessment.Bank) error {
	switch f {
	case FormatJSON:
		return writeJSON(w, g)
	case FormatYAML:
		return writeYAML(w, g)
	case FormatMarkdown:
		return writeGroupMarkdown(w, g, b)
	case FormatHTML:
		return html.WriteGroup(w, g, b)
	case FormatText:
		return writeGroupText(w, g, b)
	}
	return fmt.Errorf("unknown format %q", f)
}

func writeGroupText(w io.Writer, g *assessment.Group, b *assessment.Bank) error {
	t := &textWriter{w: w}
	t.para("", summary.GroupTitle(g))
	if len(g.Bank.Versions) > 0 {
		t.para("", "Mixed bank versions: "+strings.Join(summary.PrintableAll(g.Bank.Versions), ", "))
	}
	t.line("")
	t.para("", summary.GroupHeadline(g))
	t.para("", summary.GroupClarityWords(g))
	if words, _ := summary.GroupSupportWords(g, b); words != "" {
		t.para("", words)
	}
	for _, c := range summary.ConsensusWords(g) {
		t.para("", c)
	}
	t.line("")
	t.line("Where the power sits (mean of 100; range and standard deviation)")
	nameW := 0
	for _, c := range g.Cores {
		nameW = max(nameW, summary.Width(assessment.Printable(c.Name)))
	}
	for _, c := range g.Cores {
		mark := ""
		if role := summary.Role(g.Dominant, g.Supporting, c.ID); role != "" {
			mark = "  " + role
		}
		t.line("  %s  %s %s  (%s)%s", summary.Pad(assessment.Printable(c.Name), nameW), Bar(c.Mean, 20, "█", "░"), summary.PadLeft(summary.Round(c.Mean), 3), summary.RangeWords(c), mark)
	}
	for _, card := range summary.GroupCards(g, b) {
		t.line("")
		writeTextCard(t, card)
	}
	if len(g.Competencies) > 0 {
		t.line("")
		t.line("Customer-focus competencies (mean of the members with a score)")
		nameW := summary.Width("Competency")
		for _, c := range g.Competencies {
			nameW = max(nameW, summary.Width(assessment.Printable(c.Name)))
		}
		nameW = min(nameW, 40)
		t.line("  %s  %s  %s  %s  %s", summary.Pad("Competency", nameW), " Mean", "Target", "  Range", "Members")
		levels := summary.GroupLevels(g, b)
		for _, c := range g.Competencies {
			mean, rng := "    -", "      -"
			if c.Mean != nil {
				mean = summary.PadLeft(summary.Round(*c.Mean), 5)
				rng = summary.PadLeft(summary.Round(*c.Min)+"–"+summary.Round(*c.Max), 7)
			}
			name := assessment.Printable(c.Name)
			if summary.Width(name) > nameW {
				lines := summary.Wrap(name, nameW)
				for _, l := range lines[:len(lines)-1] {
					t.line("  %s", l)
				}
				name = lines[len(lines)-1]
			}
			t.line("  %s  %s  %s  %s  %d of %d", summary.Pad(name, nameW), mean, summary.PadLeft(summary.Round(c.Target), 6), rng, c.N, g.N)
			if c.Mean != nil {
				t.para("    ", "the mean stands at "+GroupLevelWords(c, levels))
			}
		}
	}
	if len(g.Priorities) > 0 {
		t.line("")
		t.line("Where to start (largest gaps first)")
		for i, p := range summary.GroupPriorities(g, b) {
			t.item("  ", fmt.Sprintf("%d. ", i+1), fmt.Sprintf("%s: %s", assessment.Printable(p.Name), summary.GroupGapWords(p.GroupCompetency, summary.GroupLevels(g, b))))
			for _, step := range p.NextSteps {
				t.item("     ", "- ", step)
			}
		}
	}
	if len(g.Members) > 0 && g.Named() {
		t.line("")
		t.line("Members")
		for _, m := range g.Members {
			t.item("  ", "- ", fmt.Sprintf("%s: %s", assessment.Printable(m.Name), summary.LeaderNames(m.Dominant, g.CoreName)))
		}
	} else if len(g.Members) > 0 {
		t.line("")
		t.line(summary.AnonymousMembersHeading)
		for _, m := range g.Members {
			t.item("  ", "- ", strings.Join(memberScores(g, m), " · "))
		}
	}
	return t.err
}

// GroupLevelWords says where a group competency's mean stands, with its
// target: "Ad hoc (1.2 of 4) · target: Systematic"; "" when no member has
// a score.
func GroupLevelWords(c assessment.GroupCompetency, levels []assessment.Level) string {
	if c.Mean == nil {
		return ""
	}
	return summary.LevelWords(levels, c.Level, *c.Mean) + " · target: " + summary.TargetWords(levels, c.Target)
}

func writeGroupMarkdown(w io.Writer, g *assessment.Group, b *assessment.Bank) error {
	t := &textWriter{w: w}
	t.line("# Power Core — group of %d", g.N)
	t.line("")
	if g.Bank.ID != "" {
		t.line("Bank `%s` version %s", codeSpan(assessment.Printable(g.Bank.ID)), md(assessment.Printable(g.Bank.Version)))
		if len(g.Bank.Versions) > 0 {
			t.line("(mixed versions: %s)", md(strings.Join(summary.PrintableAll(g.Bank.Versions), ", ")))
		}
		t.line("")
	}
	t.line("**%s**", md(summary.GroupHeadline(g)))
	t.line("")
	t.line("%s", md(summary.GroupClarityWords(g)))
	t.line("")
	if words, _ := summary.GroupSupportWords(g, b); words != "" {
		t.line("%s", md(words))
		t.line("")
	}
	for _, c := range summary.ConsensusWords(g) {
		t.line("%s", md(c))
		t.line("")
	}
	t.line("## Where the power sits")
	t.line("")
	t.line("| Core | Mean | Min | Max | SD | |")
	t.line("|---|---:|---:|---:|---:|---|")
	for _, c := range g.Cores {
		t.line("| %s | %s | %s | %s | %s | %s |", md(assessment.Printable(c.Name)), summary.Round(c.Mean), summary.Round(c.Min), summary.Round(c.Max), summary.Round(c.SD), markdownRole(summary.Role(g.Dominant, g.Supporting, c.ID)))
	}
	for _, card := range summary.GroupCards(g, b) {
		t.line("")
		writeMarkdownCard(t, card)
	}
	if len(g.Competencies) > 0 {
		t.line("")
		t.line("## Customer-focus competencies")
		t.line("")
		t.line("| Competency | Mean | Level reached | Target | Range | Members with a score |")
		t.line("|---|---:|---|---|---|---:|")
		levels := summary.GroupLevels(g, b)
		for _, c := range g.Competencies {
			mean, rng := "–", "–"
			if c.Mean != nil {
				mean, rng = summary.Round(*c.Mean), summary.Round(*c.Min)+"–"+summary.Round(*c.Max)
			}
			level := summary.GroupLevelName(c, levels)
			if level == "" {
				level = "–"
			}
			t.line("| %s | %s | %s | %s (%s) | %s | %d of %d |", md(assessment.Printable(c.Name)), mean, md(level), md(summary.TargetWords(levels, c.Target)), summary.Round(c.Target), rng, c.N, g.N)
		}
	}
	if len(g.Priorities) > 0 {
		t.line("")
		t.line("## Where to start")
		t.line("")
		for i, p := range summary.GroupPriorities(g, b) {
			t.line("%d. **%s**: %s", i+1, md(assessment.Printable(p.Name)), md(summary.GroupGapWords(p.GroupCompetency, summary.GroupLevels(g, b))))
			for _, step := range p.NextSteps {
				t.line("   - %s", md(step))
			}
		}
	}
	if len(g.Members) > 0 && g.Named() {
		t.line("")
		t.line("## Members")
		t.line("")
		for _, m := range g.Members {
			t.line("- %s: %s", md(assessment.Printable(m.Name)), md(summary.LeaderNames(m.Dominant, g.CoreName)))
		}
	} else if len(g.Members) > 0 {
		t.line("")
		t.line("## Members")
		t.line("")
		t.line("%s", md(summary.AnonymousMembersNote))
		t.line("")
		head, rule := "| Member |", "|---:|"
		for _, c := range g.Cores {
			head += " " + md(assessment.Printable(c.Name)) + " |"
			rule += "---:|"
		}
		t.line("%s", head)
		t.line("%s", rule)
		for i, m := range g.Members {
			row := fmt.Sprintf("| %d |", i+1)
			for _, c := range g.Cores {
				row += " " + summary.Round(m.Scores[c.ID]) + " |"
			}
			t.line("%s", row)
		}
	}
	return t.err
}

// memberScores lists an anonymous member's points per core, in the
// group's core order: "Sales 40".
func memberScores(g *assessment.Group, m assessment.Member) []string {
	out := make([]string, len(g.Cores))
	for i, c := range g.Cores {
		out[i] = g.CoreName(c.ID) + " " + summary.Round(m.Scores[c.ID])
	}
	return out
}
