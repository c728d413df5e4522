package assessment

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

func groupPage(g *Group, b *Bank) htmlPage {
	bank := groupBank(g, b)
	title := "Power Core"
	if bank != nil && bank.Title != "" {
		title = Printable(bank.Title)
	}
	p := htmlPage{Kind: "group", Layout: "stack", Eyebrow: title + " · group profile", Heading: fmt.Sprintf("Group of %s", plural(g.N, "person")), Headline: GroupHeadline(g)}
	if g.N == 1 {
		p.Heading = "Group of one"
	}
	p.Title = title + " — " + strings.ToLower(p.Heading[:1]) + p.Heading[1:]
	p.Meta = []string{plural(g.N, "result") + " averaged", bankWords(Printable(g.Bank.ID), Printable(g.Bank.Version))}
	if len(g.Bank.Versions) > 0 {
		p.Meta = append(p.Meta, "Mixed bank versions: "+strings.Join(printableAll(g.Bank.Versions), ", "))
	}
	lead := "No clear core"
	noSupport, support := GroupSupportWords(g, b)
	if noSupport != "" {
		p.Lede = append(p.Lede, noSupport)
	}
	if len(g.Dominant) > 0 {
		lead = leaderNames(g.Dominant, g.coreName)
		if len(g.Dominant) > 1 {
			lead += " (shared)"
		}
	}
	agree := int(math.Round(g.Consensus * float64(g.N)))
	p.Facts = []htmlFact{
		{"Power Core", lead},
		{"In support", support},
		{"Consensus", fmt.Sprintf("%s%% (%d of %d)", Round(g.Consensus*100), agree, g.N)},
		{"Clarity", clarityName(g.Clarity)},
	}
	words := ConsensusWords(g)
	if len(words) > 0 {
		p.NotesHead = "How far the group agrees"
		for i, w := range words {
			p.Notes = append(p.Notes, htmlNote{Text: w, Warn: i > 0})
		}
		if len(g.Flags) == 0 {
			p.Notes = append(p.Notes, htmlNote{Text: "No flags: the members broadly share the picture."})
		}
	}

	ids := make([]string, len(g.Cores))
	byID := map[string]GroupCore{}
	for i, c := range g.Cores {
		ids[i] = c.ID
		byID[c.ID] = c
	}
	spec := radarSpec{ID: "radar", Title: "Where the power sits: the group's mean, with each member's view"}
	mean := radarSeries{Class: "main"}
	var desc []string
	order := axisOrder(ids, bank)
	for _, id := range order {
		c := byID[id]
		name := Printable(c.Name)
		if name == "" {
			name = Printable(id)
		}
		spec.Names = append(spec.Names, name)
		spec.Values = append(spec.Values, fmt.Sprintf("%s · %s–%s", Round(c.Mean), Round(c.Min), Round(c.Max)))
		mean.Scores = append(mean.Scores, c.Mean)
		spec.Lo = append(spec.Lo, c.Min)
		spec.Hi = append(spec.Hi, c.Max)
		desc = append(desc, fmt.Sprintf("%s mean %s (members %s to %s)", name, Round(c.Mean), Round(c.Min), Round(c.Max)))
	}
	for _, m := range g.Members {
		scores := make([]float64, len(order))
		for i, id := range order {
			scores[i] = m.Scores[id]
		}
		spec.Dots = append(spec.Dots, scores)
	}
	spec.Series = []radarSeries{mean}
	p.Radar = newRadar(spec)
	if p.Radar != nil {
		p.Radar.Desc = fmt.Sprintf("Radar chart of the group's mean share of 100 points per core, with the range from the lowest to the highest member. %s. %s", strings.Join(desc, "; "), GroupHeadline(g))
		p.Radar.Caption = "Each axis label gives the mean, then the lowest–highest member. " + p.Radar.Caption
		p.Radar.Legend = []htmlLegend{
			{Kind: "series", Class: "main", Text: "Group mean (solid line, round markers)"},
			{Kind: "band", Text: "Lowest to highest member (shaded band, whiskers on each axis)"},
			{Kind: "dot", Text: "One hollow dot per member (anonymous)"},
		}
		if len(g.Members) > 40 {
			p.Radar.Legend = p.Radar.Legend[:2]
		}
	}
	p.CoreTable = htmlTable{
		Caption: "Mean points of 100 per core, highest first; the members' lowest, highest and standard deviation (SD)",
		Cols:    []htmlCol{{Head: "Core"}, {Head: "Mean", Num: true}, {Head: "Lowest", Num: true}, {Head: "Highest", Num: true}, {Head: "SD", Num: true}},
	}
	for _, c := range g.Cores {
		role := Role(g.Dominant, g.Supporting, c.ID)
		name := g.coreName(c.ID)
		if role != "" {
			name += " (" + role + ")"
		}
		p.CoreTable.Rows = append(p.CoreTable.Rows, htmlRow{Cells: []string{name, Round(c.Mean), Round(c.Min), Round(c.Max), Round(c.SD)}, Strong: slices.Contains(g.Dominant, c.ID)})
	}
	for _, card := range GroupCards(g, b) {
		role := "The group's Power Core"
		if len(g.Dominant) > 1 {
			role = "Co-dominant Power Core"
		}
		p.Cards = append(p.Cards, htmlCard{Card: card, Role: role})
	}
	if bank != nil {
		if c, ok := bank.Core(g.Supporting); ok {
			card := SupportCardOf(c)
			p.Supporting = &card
		}
	}

	if len(g.Competencies) > 0 {
		sc := levelsOf(bank)
		comp := &htmlCompetencies{
			Intro: levelIntro(sc) + " Each bar is the mean of the members with a score.",
			Legend: []htmlLegend{
				{Kind: "bar", Class: "bar-fill", Text: "Bar: the group mean"},
				{Kind: "range", Text: "Line below: lowest to highest member"},
				{Kind: "target", Text: "Tick: the target"},
			},
			Table: htmlTable{
				Caption: "Competency means",
				Cols:    []htmlCol{{Head: "Competency"}, {Head: "Mean", Num: true}, {Head: "Lowest", Num: true}, {Head: "Highest", Num: true}, {Head: "Target", Num: true}, {Head: "Level reached"}, {Head: "Members with a score", Num: true}},
			},
		}
		for i, c := range g.Competencies {
			name := Printable(c.Name)
			bar := newBar(fmt.Sprintf("comp-%d", i+1), name, c.Target, sc)
			bar.Title = name
			bar.Score, bar.Aside = "–", "no score"
			mean, lo, hi := "–", "–", "–"
			if c.Mean != nil {
				mean, lo, hi = Round(*c.Mean), Round(*c.Min), Round(*c.Max)
				bar.Score, bar.Aside = mean, "mean of 100"
				bar.Fill, bar.Lo, bar.Hi = pct(*c.Mean), pct(*c.Min), pct(*c.Max)
				bar.Desc = fmt.Sprintf("Mean %s of 100, members from %s to %s, level %s, target %s (%s).", mean, lo, hi, GroupLevelName(c, sc), Round(c.Target), targetWords(sc, c.Target))
				bar.Words = fmt.Sprintf("%s. Members range from %s to %s; %d of %d have a score.", capitalise(groupGapWords(c, sc)), lo, hi, c.N, g.N)
			} else {
				bar.Desc = fmt.Sprintf("No member has a score; target %s.", Round(c.Target))
				bar.Words = "No member answered enough items for a score."
			}
			comp.Bars = append(comp.Bars, bar)
			comp.Table.Rows = append(comp.Table.Rows, htmlRow{Cells: []string{name, mean, lo, hi, Round(c.Target), GroupLevelName(c, sc), fmt.Sprintf("%d of %d", c.N, g.N)}})
		}
		p.Competencies = comp
	}
	if len(g.Priorities) > 0 {
		pr := &htmlPriorities{}
		var ahead []string
		for _, p := range GroupPriorities(g, b) {
			if !p.Behind {
				ahead = append(ahead, Printable(p.Name))
				continue
			}
			pr.Behind = append(pr.Behind, htmlPriority{Name: Printable(p.Name), Words: capitalise(groupGapWords(p.GroupCompetency, GroupLevels(g, b))) + ".", Steps: p.NextSteps})
		}
		pr.AllAhead = len(pr.Behind) == 0
		if len(ahead) > 0 {
			pr.Ahead = "At or above target: " + andList(ahead) + "."
		}
		p.Priorities = pr
	}
	if len(g.Members) > 0 {
		top := ""
		if len(g.Cores) > 0 {
			top = g.Cores[0].ID
		}
		members := &htmlTable{
			Caption: "Each member's own dominant core",
			Cols:    []htmlCol{{Head: "Member"}, {Head: "Dominant core"}, {Head: "Shares the group's top core"}},
		}
		for _, m := range g.Members {
			shares := "no"
			if slices.Contains(m.Dominant, top) {
				shares = "yes"
			}
			members.Rows = append(members.Rows, htmlRow{Cells: []string{Printable(m.Name), leaderNames(m.Dominant, g.coreName), shares}})
		}
		p.Members = members
	}
	p.Footer = footer(Printable(g.Bank.ID), Printable(g.Bank.Version), "")
	return p
}
