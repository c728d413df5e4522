package html

import (
	"fmt"
	"strings"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
)

func resultPage(r *assessment.Result, b *assessment.Bank) htmlPage {
	s := summary.Summarize(r, b)
	p := htmlPage{Kind: "result", Layout: "side", Eyebrow: s.Title + " · result", Heading: s.Respondent, Headline: s.Headline, Lede: []string{s.Clarity}}
	if p.Heading == "" {
		p.Heading = "Power Core result"
	}
	p.Title = joinSome(" — ", s.Title, s.Respondent, s.Date)
	if s.Date != "" {
		p.Meta = append(p.Meta, "Completed "+s.Date)
	}
	p.Meta = append(p.Meta, bankWords(s.Bank.ID, s.Bank.Version))

	var dominant []string
	for _, c := range s.Cores {
		if c.Dominant {
			dominant = append(dominant, c.Name)
		}
	}
	if s.NoSupport != "" {
		p.Lede = append(p.Lede, s.NoSupport)
	}
	lead := "No clear core"
	switch {
	case len(dominant) > 1:
		lead = summary.AndList(dominant) + " (shared)"
	case len(dominant) == 1:
		lead = dominant[0]
	}
	p.Facts = []htmlFact{
		{"Power Core", lead},
		{"In support", s.SupportFact},
		{"Clarity", clarityName(r.Clarity)},
		{"Questions the lead core won", fmt.Sprintf("%d of %d", r.Congruence.Won, r.Congruence.Questions)},
	}
	if r.Congruence.Questions == 0 {
		p.Facts[3].Value = "None answered"
	}
	if len(s.Flags) > 0 {
		names := make([]string, len(s.Flags))
		for i, f := range s.Flags {
			names[i] = string(f.Flag)
		}
		p.NotesHead = "Read with care"
		p.Notes = []htmlNote{{Text: fmt.Sprintf("This result has %s (%s): what they mean is at the end of the report.", summary.Plural(len(s.Flags), "quality flag", "quality flags"), summary.AndList(names)), Warn: true, Link: "#flags"}}
	}

	ids := make([]string, len(r.Cores))
	byID := map[string]summary.CoreLine{}
	for i, c := range r.Cores {
		ids[i] = c.ID
		byID[c.ID] = s.Cores[i]
	}
	spec := radarSpec{ID: "radar", Title: "Where the power sits: " + p.Heading}
	main := radarSeries{Class: "main"}
	var desc []string
	for _, id := range axisOrder(ids, b) {
		c := byID[id]
		spec.Names = append(spec.Names, c.Name)
		spec.Values = append(spec.Values, summary.Round(c.Score))
		main.Scores = append(main.Scores, c.Score)
		desc = append(desc, c.Name+" "+summary.Round(c.Score))
	}
	spec.Series = []radarSeries{main}
	p.Radar = newRadar(spec)
	if p.Radar != nil {
		p.Radar.Desc = fmt.Sprintf("Radar chart of the %d cores' shares of 100 points. %s. %s", len(ids), strings.Join(desc, ", "), s.Headline)
		p.Radar.Legend = []htmlLegend{{Kind: "series", Class: "main", Text: "Points of 100 per core (solid line, round markers)"}}
	}
	p.CoreTable = htmlTable{
		Caption: "Points of 100 per core, highest first",
		Cols:    []htmlCol{{Head: "Core"}, {Head: "Points", Num: true}, {Head: "Questions won", Num: true}, {Head: "Role"}},
	}
	for _, c := range s.Cores {
		p.CoreTable.Rows = append(p.CoreTable.Rows, htmlRow{Cells: []string{c.Name, summary.Round(c.Score), fmt.Sprint(c.Won), c.Role}, Strong: c.Dominant})
	}

	for _, c := range s.Cards {
		role := "Your Power Core"
		if len(s.Cards) > 1 {
			role = "Co-dominant Power Core"
		}
		p.Cards = append(p.Cards, htmlCard{Card: c, Role: role})
	}
	p.Supporting = s.Supporting

	if len(s.Competencies) > 0 {
		sc := assessment.LevelsOf(b)
		comp := &htmlCompetencies{
			Intro:  levelIntro(sc),
			Legend: []htmlLegend{{Kind: "bar", Class: "bar-fill", Text: "Bar: the score"}, {Kind: "target", Text: "Tick: the target"}},
			Table: htmlTable{
				Caption: "Competency scores",
				Cols:    []htmlCol{{Head: "Competency"}, {Head: "Score", Num: true}, {Head: "Target", Num: true}, {Head: "Gap", Num: true}, {Head: "Level reached"}, {Head: "Items rated", Num: true}},
			},
		}
		for i, c := range s.Competencies {
			bar := newBar(fmt.Sprintf("comp-%d", i+1), c.Name, c.Target, sc)
			bar.Score, bar.Aside = "–", "no score"
			score, gap := "–", "–"
			if c.Score != nil {
				score, gap = summary.Round(*c.Score), summary.Round(*c.Gap)
				bar.Score, bar.Aside, bar.Fill = score, "of 100", pct(*c.Score)
				bar.Words = capitalise(summary.GapWords(c))
				bar.Desc = fmt.Sprintf("Score %s of 100, level %s, target %s (%s).", score, c.LevelWords, summary.Round(c.Target), c.TargetWords)
			} else {
				bar.Words = fmt.Sprintf("Not enough answers for a score: %d of %d items rated, %d “don't know”.", c.Answered, c.Items, c.DontKnow)
				bar.Desc = fmt.Sprintf("No score; target %s.", summary.Round(c.Target))
			}
			bar.Title = c.Name
			band := c.LevelWords
			if c.Score == nil {
				band = "too few answers"
			}
			if len(c.Uphill) > 0 {
				band += ", uphill"
			}
			comp.Bars = append(comp.Bars, bar)
			comp.Table.Rows = append(comp.Table.Rows, htmlRow{Cells: []string{c.Name, score, summary.Round(c.Target), gap, band, fmt.Sprintf("%d of %d", c.Answered, c.Items)}})
		}
		p.Competencies = comp
	}
	if len(s.Priorities) > 0 || len(s.Actions) > 0 {
		pr := &htmlPriorities{Actions: s.Actions, FindOut: s.FindOut, Weakest: s.Weakest}
		behind, ahead := s.Behind()
		pr.AllAhead = len(behind) == 0 && len(s.Priorities) > 0
		for _, b := range behind {
			pr.Behind = append(pr.Behind, htmlPriority{Name: b.Name, Words: capitalise(summary.GapWords(b.CompetencyLine)), Steps: b.NextSteps})
		}
		if len(ahead) > 0 {
			pr.Ahead = "At or above target: " + summary.AndList(summary.Names(ahead)) + "."
		}
		p.Priorities = pr
	}
	p.Reflections = s.Reflections
	p.Flags = s.Flags
	p.Footer = footer(s.Bank.ID, s.Bank.Version, s.Bank.SHA256)
	return p
}
