package html

import (
	"fmt"
	"strings"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
)

func comparisonPage(c *assessment.Comparison, b *assessment.Bank) htmlPage {
	before, after := summary.ProfileLabel(c.Before), summary.ProfileLabel(c.After)
	p := htmlPage{Kind: "comparison", Layout: "side", Eyebrow: "Power Core · comparison", Heading: assessment.Printable(c.Before.Label) + " → " + assessment.Printable(c.After.Label)}
	p.Title = "Power Core — " + p.Heading
	bankID, version := c.After.Bank.ID, c.After.Bank.Version
	if bankID == "" {
		bankID, version = c.Before.Bank.ID, c.Before.Bank.Version
	}
	p.Meta = []string{"Before: " + before, "After: " + after, bankWords(assessment.Printable(bankID), assessment.Printable(version))}
	p.Headline = "Power Core before: " + summary.LeadWords(c, c.Before) + ". After: " + summary.LeadWords(c, c.After) + "."
	support := c.SupportName
	changed := func(a, b string) string {
		if a == b {
			return "no"
		}
		return "yes"
	}
	rows := [][3]string{
		{"Dominant", summary.LeaderNames(c.Before.Dominant, c.CoreName), summary.LeaderNames(c.After.Dominant, c.CoreName)},
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
	p.NotesHead = fmt.Sprintf("What moved (%d points or more)", assessment.Notable)
	for _, ch := range c.Changes {
		p.Notes = append(p.Notes, htmlNote{Text: assessment.Printable(ch), Warn: true})
	}
	if len(c.Changes) == 0 {
		p.Notes = []htmlNote{{Text: fmt.Sprintf("Nothing moved by %d points or more, and the same cores lead.", assessment.Notable)}}
	}

	ids := make([]string, len(c.Cores))
	byID := map[string]assessment.CoreChange{}
	for i, s := range c.Cores {
		ids[i] = s.ID
		byID[s.ID] = s
	}
	spec := radarSpec{ID: "radar", Title: "Where the power sits, before and after"}
	bs, as := radarSeries{Class: "before", Square: true}, radarSeries{Class: "main"}
	var bd, ad []string
	for _, id := range axisOrder(ids, b) {
		s := byID[id]
		n := assessment.Printable(s.Name)
		spec.Names = append(spec.Names, n)
		spec.Values = append(spec.Values, summary.Round(s.Before)+" → "+summary.Round(s.After))
		bs.Scores = append(bs.Scores, s.Before)
		as.Scores = append(as.Scores, s.After)
		bd = append(bd, n+" "+summary.Round(s.Before))
		ad = append(ad, n+" "+summary.Round(s.After))
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
		Caption: fmt.Sprintf("Points of 100 per core, in the after profile's order; ! marks a change of %d or more", assessment.Notable),
		Cols:    []htmlCol{{Head: "Core"}, {Head: "Before", Num: true}, {Head: "After", Num: true}, {Head: "Change", Num: true}},
	}
	for _, s := range c.Cores {
		change := summary.Delta(s.Before, s.After)
		if s.Notable {
			change += " !"
		}
		p.CoreTable.Rows = append(p.CoreTable.Rows, htmlRow{Cells: []string{assessment.Printable(s.Name), summary.Round(s.Before), summary.Round(s.After), change}, Strong: s.Notable})
	}

	if len(c.Competencies) > 0 {
		sc := assessment.LevelsOf(b)
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
			name := assessment.Printable(s.Name)
			bar := newBar(fmt.Sprintf("comp-%d", i+1), name, s.Target, sc)
			bar.Title = name
			bv, av, change, note := "–", "–", "–", ""
			if s.Before != nil {
				bv, bar.Before = summary.Round(*s.Before), pct(*s.Before)
			}
			if s.After != nil {
				av, bar.Fill = summary.Round(*s.After), pct(*s.After)
			}
			if s.Delta != nil {
				change = summary.Delta(*s.Before, *s.After)
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
			bar.Desc = fmt.Sprintf("Before %s, after %s, change %s, target %s.", bv, av, change, summary.Round(s.Target))
			bar.Words = competencyChangeWords(s, sc)
			comp.Bars = append(comp.Bars, bar)
			comp.Table.Rows = append(comp.Table.Rows, htmlRow{Cells: []string{name, bv, av, change, summary.Round(s.Target), note}, Strong: s.Notable})
		}
		p.Competencies = comp
	}
	p.Footer = footer(assessment.Printable(bankID), assessment.Printable(version), "")
	return p
}
