package assessment

import (
	"fmt"
	"io"
	"strings"
)

// ExportGroup writes a group profile in a format. The bank may be nil; it
// adds the dominant core's card and the next steps.
func ExportGroup(w io.Writer, f Format, g *Group, b *Bank) error {
	switch f {
	case FormatJSON:
		return writeJSON(w, g)
	case FormatYAML:
		return writeYAML(w, g)
	case FormatMarkdown:
		return writeGroupMarkdown(w, g, b)
	case FormatHTML:
		return WriteGroupHTML(w, g, b)
	case FormatText:
		return writeGroupText(w, g, b)
	}
	return fmt.Errorf("unknown format %q", f)
}

func groupTitle(g *Group) string {
	title := fmt.Sprintf("POWER CORE · GROUP OF %d", g.N)
	if g.Bank.ID != "" {
		title += fmt.Sprintf(" · bank %s %s", Printable(g.Bank.ID), Printable(g.Bank.Version))
	}
	return title
}

// rangeWords writes a spread as "28–60, sd 9".
func rangeWords(c GroupCore) string {
	return fmt.Sprintf("%s–%s, sd %s", Round(c.Min), Round(c.Max), Round(c.SD))
}

func writeGroupText(w io.Writer, g *Group, b *Bank) error {
	t := &textWriter{w: w}
	t.para("", groupTitle(g))
	if len(g.Bank.Versions) > 0 {
		t.para("", "Mixed bank versions: "+strings.Join(printableAll(g.Bank.Versions), ", "))
	}
	t.line("")
	t.para("", GroupHeadline(g))
	t.para("", GroupClarityWords(g))
	if words, _ := GroupSupportWords(g, b); words != "" {
		t.para("", words)
	}
	for _, c := range ConsensusWords(g) {
		t.para("", c)
	}
	t.line("")
	t.line("Where the power sits (mean of 100; range and standard deviation)")
	nameW := 0
	for _, c := range g.Cores {
		nameW = max(nameW, Width(Printable(c.Name)))
	}
	for _, c := range g.Cores {
		mark := ""
		if role := Role(g.Dominant, g.Supporting, c.ID); role != "" {
			mark = "  " + role
		}
		t.line("  %s  %s %s  (%s)%s", pad(Printable(c.Name), nameW), Bar(c.Mean, 20, "█", "░"), padLeft(Round(c.Mean), 3), rangeWords(c), mark)
	}
	for _, card := range GroupCards(g, b) {
		t.line("")
		writeTextCard(t, card)
	}
	if len(g.Competencies) > 0 {
		t.line("")
		t.line("Customer-focus competencies (mean of the members with a score)")
		nameW := Width("Competency")
		for _, c := range g.Competencies {
			nameW = max(nameW, Width(Printable(c.Name)))
		}
		nameW = min(nameW, 40)
		t.line("  %s  %s  %s  %s  %s", pad("Competency", nameW), " Mean", "Target", "  Range", "Members")
		levels := GroupLevels(g, b)
		for _, c := range g.Competencies {
			mean, rng := "    -", "      -"
			if c.Mean != nil {
				mean = padLeft(Round(*c.Mean), 5)
				rng = padLeft(Round(*c.Min)+"–"+Round(*c.Max), 7)
			}
			name := Printable(c.Name)
			if Width(name) > nameW {
				lines := wrap(name, nameW)
				for _, l := range lines[:len(lines)-1] {
					t.line("  %s", l)
				}
				name = lines[len(lines)-1]
			}
			t.line("  %s  %s  %s  %s  %d of %d", pad(name, nameW), mean, padLeft(Round(c.Target), 6), rng, c.N, g.N)
			if c.Mean != nil {
				t.para("    ", "the mean stands at "+GroupLevelWords(c, levels))
			}
		}
	}
	if len(g.Priorities) > 0 {
		t.line("")
		t.line("Where to start (largest gaps first)")
		for i, p := range GroupPriorities(g, b) {
			t.item("  ", fmt.Sprintf("%d. ", i+1), fmt.Sprintf("%s: %s", Printable(p.Name), groupGapWords(p.GroupCompetency, GroupLevels(g, b))))
			for _, step := range p.NextSteps {
				t.item("     ", "- ", step)
			}
		}
	}
	if len(g.Members) > 0 {
		t.line("")
		t.line("Members")
		for _, m := range g.Members {
			t.item("  ", "- ", fmt.Sprintf("%s: %s", Printable(m.Name), leaderNames(m.Dominant, g.coreName)))
		}
	}
	return t.err
}

// groupGapWords says where the group mean stands against the target, on
// the levels of the practice scale.
func groupGapWords(c GroupCompetency, levels []Level) string {
	if c.Mean == nil || c.Gap == nil {
		return "no member has a score for it"
	}
	return "the mean stands at " + standWords(levelWords(levels, c.Level, *c.Mean), targetWords(levels, c.Target), *c.Gap)
}

// GroupLevelWords says where a group competency's mean stands, with its
// target: "Ad hoc (1.2 of 4) · target: Systematic"; "" when no member has
// a score.
func GroupLevelWords(c GroupCompetency, levels []Level) string {
	if c.Mean == nil {
		return ""
	}
	return levelWords(levels, c.Level, *c.Mean) + " · target: " + targetWords(levels, c.Target)
}

// GroupLevelName names the level a group competency's mean stands at:
// "Repeatable"; "" when no member has a score.
func GroupLevelName(c GroupCompetency, levels []Level) string {
	if c.Level == nil {
		return ""
	}
	return levelLabel(levels, *c.Level)
}

func writeGroupMarkdown(w io.Writer, g *Group, b *Bank) error {
	t := &textWriter{w: w}
	t.line("# Power Core — group of %d", g.N)
	t.line("")
	if g.Bank.ID != "" {
		t.line("Bank `%s` version %s", codeSpan(Printable(g.Bank.ID)), md(Printable(g.Bank.Version)))
		if len(g.Bank.Versions) > 0 {
			t.line("(mixed versions: %s)", md(strings.Join(printableAll(g.Bank.Versions), ", ")))
		}
		t.line("")
	}
	t.line("**%s**", md(GroupHeadline(g)))
	t.line("")
	t.line("%s", md(GroupClarityWords(g)))
	t.line("")
	if words, _ := GroupSupportWords(g, b); words != "" {
		t.line("%s", md(words))
		t.line("")
	}
	for _, c := range ConsensusWords(g) {
		t.line("%s", md(c))
		t.line("")
	}
	t.line("## Where the power sits")
	t.line("")
	t.line("| Core | Mean | Min | Max | SD | |")
	t.line("|---|---:|---:|---:|---:|---|")
	for _, c := range g.Cores {
		t.line("| %s | %s | %s | %s | %s | %s |", md(Printable(c.Name)), Round(c.Mean), Round(c.Min), Round(c.Max), Round(c.SD), markdownRole(Role(g.Dominant, g.Supporting, c.ID)))
	}
	for _, card := range GroupCards(g, b) {
		t.line("")
		writeMarkdownCard(t, card)
	}
	if len(g.Competencies) > 0 {
		t.line("")
		t.line("## Customer-focus competencies")
		t.line("")
		t.line("| Competency | Mean | Level reached | Target | Range | Members with a score |")
		t.line("|---|---:|---|---|---|---:|")
		levels := GroupLevels(g, b)
		for _, c := range g.Competencies {
			mean, rng := "–", "–"
			if c.Mean != nil {
				mean, rng = Round(*c.Mean), Round(*c.Min)+"–"+Round(*c.Max)
			}
			level := GroupLevelName(c, levels)
			if level == "" {
				level = "–"
			}
			t.line("| %s | %s | %s | %s (%s) | %s | %d of %d |", md(Printable(c.Name)), mean, md(level), md(targetWords(levels, c.Target)), Round(c.Target), rng, c.N, g.N)
		}
	}
	if len(g.Priorities) > 0 {
		t.line("")
		t.line("## Where to start")
		t.line("")
		for i, p := range GroupPriorities(g, b) {
			t.line("%d. **%s**: %s", i+1, md(Printable(p.Name)), md(groupGapWords(p.GroupCompetency, GroupLevels(g, b))))
			for _, step := range p.NextSteps {
				t.line("   - %s", md(step))
			}
		}
	}
	if len(g.Members) > 0 {
		t.line("")
		t.line("## Members")
		t.line("")
		for _, m := range g.Members {
			t.line("- %s: %s", md(Printable(m.Name)), md(leaderNames(m.Dominant, g.coreName)))
		}
	}
	return t.err
}
