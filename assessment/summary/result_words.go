package summary

import (
	"fmt"
	"math"
)

func Names(ps []Priority) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return out
}

// GapWords says where a competency stands against its target.
func GapWords(c CompetencyLine) string {
	if c.Score == nil || c.Gap == nil {
		return "too few answers for a level"
	}
	words := standWords(c.LevelWords, c.TargetWords, *c.Gap)
	if len(c.Uphill) > 0 {
		words += "; uphill for " + AndList(c.Uphill)
	}
	return words + "."
}

// standWords says where a level stands against a target: "Repeatable (2.4
// of 4); target: Systematic, 15 points short".
func standWords(level, target string, gap float64) string {
	switch {
	case math.Round(gap) > 0:
		return fmt.Sprintf("%s; target: %s, %s short", level, target, pointsWords(gap))
	case math.Round(gap) < 0:
		return fmt.Sprintf("%s; target: %s, %s beyond it", level, target, pointsWords(-gap))
	}
	return fmt.Sprintf("%s; target: %s, reached", level, target)
}
