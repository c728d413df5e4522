package assessment

import (
	"fmt"
	"strings"
)

func comparisonPage(c *Comparison, b *Bank) htmlPage {
	before, after := profileLabel(c.Before), profileLabel(c.After)
	p := htmlPage{Kind: "comparison", Layout: "side", Eyebrow: "Power Core · comparison", Heading: Printable(c.Before.Label) + " → " + Printable(c.After.Label)}
	p.Title = "Power Core — " + p.Heading
	bankID, version := c.After.Bank.ID, c.After.Bank.Version
	if bankID == "" {
		bankID, version = c.Before.Bank.ID, c.Before.Bank.Version
	}
	p.Meta = []string{"Before: " + before, "After: " + after, bankWords(Printable(bankID), Printable(version))}
	p.Headline = "Power Core before: " + leadWords(c, c.Before) + ". After: " + leadWords(c, c.After) + "."
	support := c.supportName
	changed := func(a, b string) string {
		if a == b {
			return "no"
		}
		return "yes"
	}
	rows := [][3]string{
		{"Dominant", leaderNames(c.Before.Dominant, c.coreName), leaderNames(c.After.Dominant, c.coreName)},
		{"Supporting", support(c.Before.Supporting), support(c.After.Supporting)},
		{"Clarity", clarityName(c.Before.Clarity), clarityName(c.After.Clarity)},
	}
	p.Leaders = &htmlTable{
		Caption: "Who leads, before and after",
		Cols:    []htmlCol{{Head: ""}, {Head: "Before"}, {Head: "After"}, {Head: "Changed"}},
	}
	for _, r := range rows {
		p.Leaders.Rows = append(p.Leaders.Rows, htmlRow{Cells: []string{r[0], r[1], r[2], changed(r[1], r[2])}, Strong: r[1] != r[2]})
	}
	p.NotesHead = fmt.Sprintf("What moved (%d points or more)", Notable)
	for _, ch := range c.Changes {
		p.Notes = append(p.Notes, htmlNote{Text: Printable(ch), Warn: true})
	}
	if len(c.Changes) == 0 {
		p.Notes = []htmlNote{{Text: fmt.Sprintf("Nothing moved by %d points or more, and the same cores lead.", Notable)}}
	}

	ids := make([]string, len(c.Cores))
	byID := map[string]CoreChange{}
	for i, s := range c.Cores {
		ids[i] = s.ID
		byID[s.ID] = s
	}
	spec := radarSpec{ID: "radar", Title: "Where the power sits, before and after"}
	bs, as := radarSeries{Class: "before", Square: true}, radarSeries{Class: "main"}
	var bd, ad []string
	for _, id := range axisOrder(ids, b) {
		s := byID[id]
		n := Printable(s.Name)
		spec.Names = append(spec.Names, n)
		spec.Values = append(spec.Values, Round(s.Before)+" → "+Round(s.After))
		bs.Scores = append(bs.Scores, s.Before)
		as.Scores = append(as.Scores, s.After)
		bd = append(bd, n+" "+Round(s.Before))
		ad = append(ad, n+" "+Round(s.After))
	}
	spec.Series = []radarSeries{bs, as}
	p.Radar = newRadar(spec)
	if p.Radar != nil {
		p.Radar.Caption = "Each axis label gives before → after. " + p.Radar.Caption
		p.Radar.Desc = fmt.Sprintf("Radar chart of the cores' shares of 100 points, two shapes overlaid. Before, %s: %s. After, %s: %s.", before, strings.Join(bd, ", "), after, strings.Join(ad, ", "))
		p.Radar.Legend = []htmlLegend{
			{Kind: "series", Class: "before", Square: true, Text: "Before: " + before + " (dashed line, square markers)"},
			{Kind: "series", Class: "main", Text: "After: " + after + " (solid line, round markers)"},
		}
	}
	// Four narrow columns fit beside the chart; a notable change is marked
	// in its own cell, in bold and with a "!".
	p.CoreTable = htmlTable{
		Caption: fmt.Sprintf("Points of 100 per core, in the after profile's order; ! marks a change of %d or more", Notable),
		Cols:    []htmlCol{{Head: "Core"}, {Head: "Before", Num: true}, {Head: "After", Num: true}, {Head: "Change", Num: true}},
	}
	for _, s := range c.Cores {
		change := delta(s.Before, s.After)
		if s.Notable {
			change += " !"
		}
		p.CoreTable.Rows = append(p.CoreTable.Rows, htmlRow{Cells: []string{Printable(s.Name), Round(s.Before), Round(s.After), change}, Strong: s.Notable})
	}

	if len(c.Competencies) > 0 {
		sc := levelsOf(b)
		comp := &htmlCompetencies{
			Intro: levelIntro(sc),
			Open:  true,
			Legend: []htmlLegend{
				{Kind: "bar", Class: "bar-before", Text: "Thin upper bar: before"},
				{Kind: "bar", Class: "bar-fill", Text: "Thick lower bar: after"},
				{Kind: "target", Text: "Tick: the target"},
			},
			Table: htmlTable{
				Caption: "Competency scores, before and after",
				Cols:    []htmlCol{{Head: "Competency"}, {Head: "Before", Num: true}, {Head: "After", Num: true}, {Head: "Change", Num: true}, {Head: "Target", Num: true}, {Head: "Note"}},
			},
		}
		for i, s := range c.Competencies {
			name := Printable(s.Name)
			bar := newBar(fmt.Sprintf("comp-%d", i+1), name, s.Target, sc)
			bar.Title = name
			bv, av, change, note := "–", "–", "–", ""
			if s.Before != nil {
				bv, bar.Before = Round(*s.Before), pct(*s.Before)
			}
			if s.After != nil {
				av, bar.Fill = Round(*s.After), pct(*s.After)
			}
			if s.Delta != nil {
				change = delta(*s.Before, *s.After)
			}
			if s.Notable {
				note = "notable"
			}
			bar.Score, bar.Aside = av, "after, of 100"
			if s.Before != nil && s.After != nil {
				bar.Aside = "after · " + bv + " before · " + change
			} else if s.Before != nil {
				bar.Aside = "after · " + bv + " before"
			}
			bar.Desc = fmt.Sprintf("Before %s, after %s, change %s, target %s.", bv, av, change, Round(s.Target))
			bar.Words = competencyChangeWords(s, sc)
			comp.Bars = append(comp.Bars, bar)
			comp.Table.Rows = append(comp.Table.Rows, htmlRow{Cells: []string{name, bv, av, change, Round(s.Target), note}, Strong: s.Notable})
		}
		p.Competencies = comp
	}
	p.Footer = footer(Printable(bankID), Printable(version), "")
	return p
}
