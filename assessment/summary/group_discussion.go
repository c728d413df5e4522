package summary

import (
	"fmt"

	"github.com/powercore/powercore/assessment"
)

// CompetencySpreadWords is how far the members are apart on a
// competency: "range 20–80".
func CompetencySpreadWords(c assessment.GroupCompetency) string {
	if c.Min == nil || c.Max == nil {
		return ""
	}
	return fmt.Sprintf("range %s–%s", Round(*c.Min), Round(*c.Max))
}

// WidestCore is the core the members' scores spread most on (the largest
// standard deviation; the higher mean among equals); false for a group
// with fewer than two members, where nobody can disagree.
func WidestCore(g *assessment.Group) (assessment.GroupCore, bool) {
	var best assessment.GroupCore
	found := false
	for _, c := range g.Cores {
		if !found || c.SD > best.SD+assessment.Eps {
			best, found = c, true
		}
	}
	return best, found && g.N > 1
}

// WidestCompetency is the competency the members' scores are furthest
// apart on (the widest range); false when fewer than two members have a
// score for any.
func WidestCompetency(g *assessment.Group) (assessment.GroupCompetency, bool) {
	var best assessment.GroupCompetency
	found := false
	for _, c := range g.Competencies {
		if c.Min == nil || c.Max == nil || c.N < 2 {
			continue
		}
		if !found || *c.Max-*c.Min > *best.Max-*best.Min+assessment.Eps {
			best, found = c, true
		}
	}
	return best, found
}

// DisagreementWords says where the room disagrees most: the core and the
// competency the members are furthest apart on, each with the question to
// put to the room.
func DisagreementWords(g *assessment.Group) []string {
	var out []string
	if c, ok := WidestCore(g); ok {
		if c.SD > assessment.WideSpreadSD+assessment.Eps {
			out = append(out, fmt.Sprintf("Of the cores, %s divides the room most: members gave it from %s to %s points (sd %s). Ask those who gave it most what they see that the others do not.", g.CoreName(c.ID), Round(c.Min), Round(c.Max), Round(c.SD)))
		} else {
			out = append(out, fmt.Sprintf("The room broadly agrees on the cores; the widest spread is on %s: from %s to %s points (sd %s). Ask those who gave it most what they see that the others do not.", g.CoreName(c.ID), Round(c.Min), Round(c.Max), Round(c.SD)))
		}
	}
	if c, ok := WidestCompetency(g); ok {
		out = append(out, fmt.Sprintf("Of the competencies, members differ most on %s: they rated it from %s to %s of 100. Ask for an example from each end.", assessment.Printable(c.Name), Round(*c.Min), Round(*c.Max)))
	}
	if len(out) == 0 {
		out = append(out, "Too few results to say where the room disagrees.")
	}
	return out
}

// TopAction is the group's first action: the competency furthest below
// its target and its first next step, when the bank has one; false when
// every competency is at or above target.
func TopAction(g *assessment.Group, b *assessment.Bank) (name, words, step string, ok bool) {
	for _, p := range GroupPriorities(g, b) {
		if !p.Behind {
			continue
		}
		if len(p.NextSteps) > 0 {
			step = p.NextSteps[0]
		}
		return assessment.Printable(p.Name), GroupGapWords(p.GroupCompetency, GroupLevels(g, b)), step, true
	}
	return "", "", "", false
}
