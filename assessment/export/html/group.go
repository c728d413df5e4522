package html

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
)

func groupPage(g *assessment.Group, b *assessment.Bank) htmlPage {
	bank := summary.GroupBank(g, b)
	title := "Power Core"
	if bank != nil && bank.Title != "" {
		title = assessment.Printable(bank.Title)
	}
	p := htmlPage{Kind: "group", Layout: "stack", Eyebrow: title + " · group profile", Heading: fmt.Sprintf("Group of %s", summary.Plural(g.N, "person", "people")), Headline: summary.GroupHeadline(g)}
	if g.N == 1 {
		p.Heading = "Group of one"
	}
	p.Title = title + " — " + strings.ToLower(p.Heading[:1]) + p.Heading[1:]
	p.Meta = []string{summary.Plural(g.N, "result", "results") + " averaged", bankWords(assessment.Printable(g.Bank.ID), assessment.Printable(g.Bank.Version))}
	if len(g.Bank.Versions) > 0 {
		p.Meta = append(p.Meta, "Mixed bank versions: "+strings.Join(summary.PrintableAll(g.Bank.Versions), ", "))
	}
	lead := "No clear core"
	noSupport, support := summary.GroupSupportWords(g, b)
	if noSupport != "" {
		p.Lede = append(p.Lede, noSupport)
	}
	if len(g.Dominant) > 0 {
		lead = summary.LeaderNames(g.Dominant, g.CoreName)
		if len(g.Dominant) > 1 {
			lead += " (shared)"
		}
	}
	agree := int(math.Round(g.Consensus * float64(g.N)))
	p.Facts = []htmlFact{
		{"Power Core", lead},
		{"In support", support},
		{"Consensus", fmt.Sprintf("%s%% (%d of %d)", summary.Round(g.Consensus*100), agree, g.N)},
		{"Clarity", clarityName(g.Clarity)},
	}
	words := summary.ConsensusWords(g)
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
	byID := map[string]assessment.GroupCore{}
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
		name := assessment.Printable(c.Name)
		if name == "" {
			name = assessment.Printable(id)
		}
		spec.Names = append(spec.Names, name)
		spec.Values = append(spec.Values, fmt.Sprintf("%s · %s–%s", summary.Round(c.Mean), summary.Round(c.Min), summary.Round(c.Max)))
		mean.Scores = append(mean.Scores, c.Mean)
		spec.Lo = append(spec.Lo, c.Min)
		spec.Hi = append(spec.Hi, c.Max)
		desc = append(desc, fmt.Sprintf("%s mean %s (members %s to %s)", name, summary.Round(c.Mean), summary.Round(c.Min), summary.Round(c.Max)))
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
		p.Radar.Desc = fmt.Sprintf("Radar chart of the group's mean share of 100 points per core, with the range from the lowest to the highest member. %s. %s", strings.Join(desc, "; "), summary.GroupHeadline(g))
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
		role := summary.Role(g.Dominant, g.Supporting, c.ID)
		name := g.CoreName(c.ID)
		if role != "" {
			name += " (" + role + ")"
		}
		p.CoreTable.Rows = append(p.CoreTable.Rows, htmlRow{Cells: []string{name, summary.Round(c.Mean), summary.Round(c.Min), summary.Round(c.Max), summary.Round(c.SD)}, Strong: slices.Contains(g.Dominant, c.ID)})
	}
	for _, card := range summary.GroupCards(g, b) {
		role := "The group's Power Core"
		if len(g.Dominant) > 1 {
			role = "Co-dominant Power Core"
		}
		p.Cards = append(p.Cards, htmlCard{Card: card, Role: role})
	}
	if bank != nil {
		if c, ok := bank.Core(g.Supporting); ok {
			card := summary.SupportCardOf(c)
			p.Supporting = &card
		}
	}

	if len(g.Competencies) > 0 {
		sc := assessment.LevelsOf(bank)
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
			name := assessment.Printable(c.Name)
			bar := newBar(fmt.Sprintf("comp-%d", i+1), name, c.Target, sc)
			bar.Title = name
			bar.Score, bar.Aside = "–", "no score"
			mean, lo, hi := "–", "–", "–"
			if c.Mean != nil {
				mean, lo, hi = summary.Round(*c.Mean), summary.Round(*c.Min), summary.Round(*c.Max)
				bar.Score, bar.Aside = mean, "mean of 100"
				bar.Fill, bar.Lo, bar.Hi = pct(*c.Mean), pct(*c.Min), pct(*c.Max)
				bar.Desc = fmt.Sprintf("Mean %s of 100, members from %s to %s, level %s, target %s (%s).", mean, lo, hi, summary.GroupLevelName(c, sc), summary.Round(c.Target), summary.TargetWords(sc, c.Target))
				bar.Words = fmt.Sprintf("%s. Members range from %s to %s; %d of %d have a score.", capitalise(summary.GroupGapWords(c, sc)), lo, hi, c.N, g.N)
			} else {
				bar.Desc = fmt.Sprintf("No member has a score; target %s.", summary.Round(c.Target))
				bar.Words = "No member answered enough items for a score."
			}
			comp.Bars = append(comp.Bars, bar)
			comp.Table.Rows = append(comp.Table.Rows, htmlRow{Cells: []string{name, mean, lo, hi, summary.Round(c.Target), summary.GroupLevelName(c, sc), fmt.Sprintf("%d of %d", c.N, g.N)}})
		}
		p.Competencies = comp
	}
	if len(g.Priorities) > 0 {
		pr := &htmlPriorities{}
		var ahead []string
		for _, p := range summary.GroupPriorities(g, b) {
			if !p.Behind {
				ahead = append(ahead, assessment.Printable(p.Name))
				continue
			}
			pr.Behind = append(pr.Behind, htmlPriority{Name: assessment.Printable(p.Name), Words: capitalise(summary.GroupGapWords(p.GroupCompetency, summary.GroupLevels(g, b))) + ".", Steps: p.NextSteps})
		}
		pr.AllAhead = len(pr.Behind) == 0
		if len(ahead) > 0 {
			pr.Ahead = "At or above target: " + summary.AndList(ahead) + "."
		}
		p.Priorities = pr
	}
	if len(g.Members) > 0 && !g.Named() {
		members := &htmlTable{Caption: summary.AnonymousMembersNote, Cols: []htmlCol{{Head: "Member", Num: true}}}
		for _, c := range g.Cores {
			members.Cols = append(members.Cols, htmlCol{Head: g.CoreName(c.ID), Num: true})
		}
		for i, m := range g.Members {
			cells := []string{fmt.Sprint(i + 1)}
			for _, c := range g.Cores {
				cells = append(cells, summary.Round(m.Scores[c.ID]))
			}
			members.Rows = append(members.Rows, htmlRow{Cells: cells})
		}
		p.Members = members
	} else if len(g.Members) > 0 {
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
			members.Rows = append(members.Rows, htmlRow{Cells: []string{assessment.Printable(m.Name), summary.LeaderNames(m.Dominant, g.CoreName), shares}})
		}
		p.Members = members
	}
	p.Footer = footer(assessment.Printable(g.Bank.ID), assessment.Printable(g.Bank.Version), "")
	return p
}
