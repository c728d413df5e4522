package summary

import (
	"fmt"
	"github.com/powercore/powercore/assessment"
	"math"
	"slices"
	"strings"
)

// changes says in words what moved.
func changes(c assessment.Comparison) []string {
	out := []string{}
	if !slices.Equal(c.Before.Dominant, c.After.Dominant) {
		out = append(out, fmt.Sprintf("The dominant Power Core moved from %s to %s.", LeaderNames(c.Before.Dominant, c.CoreName), LeaderNames(c.After.Dominant, c.CoreName)))
	}
	if c.Before.Supporting != c.After.Supporting {
		out = append(out, fmt.Sprintf("The supporting core moved from %s to %s.", c.SupportName(c.Before.Supporting), c.SupportName(c.After.Supporting)))
	}
	for _, s := range c.Cores {
		if s.Notable {
			out = append(out, fmt.Sprintf("%s %s by %s points (%s → %s).", s.Name, Rose(s.Delta), Round(math.Abs(roundedDelta(s.Before, s.After))), Round(s.Before), Round(s.After)))
		}
	}
	for _, s := range c.Competencies {
		if s.Notable {
			out = append(out, fmt.Sprintf("%s %s by %s points (%s → %s).", s.Name, Rose(*s.Delta), Round(math.Abs(roundedDelta(*s.Before, *s.After))), Round(*s.Before), Round(*s.After)))
		}
	}
	return out
}

func Rose(d float64) string {
	if d > 0 {
		return "rose"
	}
	return "fell"
}

// RespondentsDiffer says when two results being compared are not the same
// person's: their names differ, or one has a name and the other none. ""
// when both name the same person, both are anonymous, or either is a group.
func RespondentsDiffer(before, after assessment.Profile) string {
	if before.Kind != "result" || after.Kind != "result" {
		return ""
	}
	b, a := strings.TrimSpace(before.Respondent), strings.TrimSpace(after.Respondent)
	if strings.EqualFold(b, a) {
		return ""
	}
	who := func(name string) string {
		if name == "" {
			return "an anonymous respondent"
		}
		return fmt.Sprintf("%q", assessment.Printable(name))
	}
	return fmt.Sprintf("note: the two results are from different respondents (%s before, %s after); the change shown is between two people, not one person over time", who(b), who(a))
}

// ProfileLabel names one side of a comparison: its label, when, and size.
func ProfileLabel(p assessment.Profile) string {
	label := assessment.Printable(p.Label)
	if p.When != "" {
		label += " (" + p.When + ")"
	}
	if p.Kind == "group" {
		label += fmt.Sprintf(" (group of %d)", p.N)
	}
	return label
}

// Delta writes the change between two scores with its sign (+12, -3, 0),
// as the difference of the rounded scores printed beside it: 22 → 18 is
// -4, even when the unrounded change is -3.4.
func Delta(before, after float64) string {
	d := roundedDelta(before, after)
	r := Round(d)
	if d > 0 {
		return "+" + r
	}
	return r
}

func LeadWords(c *assessment.Comparison, p assessment.Profile) string {
	if p.Supporting != "" {
		return fmt.Sprintf("%s, with %s in support", LeaderNames(p.Dominant, c.CoreName), c.CoreName(p.Supporting))
	}
	return LeaderNames(p.Dominant, c.CoreName)
}

// ChangeCells writes a competency's before, after and change, with none
// where there was no score.
func ChangeCells(s assessment.CompetencyChange, none string) (before, after, change string) {
	before, after, change = none, none, none
	if s.Before != nil {
		before = Round(*s.Before)
	}
	if s.After != nil {
		after = Round(*s.After)
	}
	if s.Delta != nil {
		change = Delta(*s.Before, *s.After)
	}
	return before, after, change
}

// roundedDelta is after − before as the rounded scores show it.
func roundedDelta(before, after float64) float64 {
	return math.Round(after) - math.Round(before)
}

// Compare compares two profiles, as Compare does, and words the
// notable changes for people.
func Compare(before, after assessment.Profile) assessment.Comparison {
	c := assessment.Compare(before, after)
	c.Changes = changes(c)
	return c
}
