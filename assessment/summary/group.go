package summary

import (
	"fmt"
	"github.com/powercore/powercore/assessment"
	"math"
)

// GroupHeadline names the group's dominant core (and supporting one) in a
// sentence.
func GroupHeadline(g *assessment.Group) string {
	name := g.CoreName
	switch {
	case g.N == 0:
		return "No results to put together."
	case len(g.Dominant) == 0:
		top := 0.0
		if len(g.Cores) > 0 {
			top = g.Cores[0].Mean
		}
		return fmt.Sprintf("No clear Power Core for the group: power looks spread across the company (the top core averages %s of 100 points).", Round(top))
	case len(g.Dominant) > 1:
		return fmt.Sprintf("The group sees power shared: %s are co-dominant.", LeaderNames(g.Dominant, name))
	case g.Supporting != "":
		return fmt.Sprintf("The group's Power Core is %s, with %s in support.", name(g.Dominant[0]), name(g.Supporting))
	}
	return fmt.Sprintf("The group's Power Core is %s.", name(g.Dominant[0]))
}

// GroupClarityWords says how clear the group's lead is, from the margin
// between the top two means and how many members share the top core.
func GroupClarityWords(g *assessment.Group) string {
	if len(g.Dominant) == 0 || len(g.Cores) == 0 {
		return "No core stands out for the group: the discussion of where power really sits is the place to start."
	}
	evidence := fmt.Sprintf("%s leads by %s on average", g.CoreName(g.Cores[0].ID), pointsWords(g.LeadMargin()))
	if len(g.Dominant) > 1 {
		spread := g.Cores[0].Mean - g.Cores[len(g.Dominant)-1].Mean
		evidence = fmt.Sprintf("%s are %s on average", LeaderNames(g.Dominant, g.CoreName), nearWords(g.Cores[0].Mean, spread))
	}
	return clarityLead(g.Clarity, evidence, false)
}

// GroupSupportWords says why no core supports the group's single dominant
// one ("No clear supporting core: …"), and the supporting core in a few
// words for a fact line.
func GroupSupportWords(g *assessment.Group, b *assessment.Bank) (sentence, fact string) {
	s := assessment.DefaultScoring()
	if bank := GroupBank(g, b); bank != nil {
		s = bank.Scoring
	}
	ranked := make([]rankedCore, len(g.Cores))
	for i, c := range g.Cores {
		ranked[i] = rankedCore{g.CoreName(c.ID), c.Mean}
	}
	return supportWords(s, g.Dominant, g.Supporting, g.CoreName, ranked)
}

// ConsensusWords says how far the members agree, calling out low consensus
// and a wide spread on the leading cores (docs/scoring.md).
func ConsensusWords(g *assessment.Group) []string {
	if g.N == 0 || len(g.Cores) == 0 {
		return nil
	}
	top := g.Cores[0]
	agree := int(math.Round(g.Consensus * float64(g.N)))
	var out []string
	line := fmt.Sprintf("%d of %d (%s%%) see %s as dominant themselves.", agree, g.N, Round(g.Consensus*100), g.CoreName(top.ID))
	if g.N == 1 {
		line = fmt.Sprintf("One result: %s %s as dominant.", map[bool]string{true: "it sees", false: "it does not see"}[agree == 1], g.CoreName(top.ID))
	}
	out = append(out, line)
	for _, f := range g.Flags {
		switch f {
		case assessment.LowConsensus:
			out = append(out, "Low consensus: the room does not share one picture of where power sits. Discuss the differences before acting on the average.")
		case assessment.WideSpread:
			for _, c := range g.SpreadCores() {
				out = append(out, fmt.Sprintf("Wide spread on %s: from %s to %s (sd %s) — people see it very differently.", g.CoreName(c.ID), Round(c.Min), Round(c.Max), Round(c.SD)))
			}
		}
	}
	return out
}

func GroupTitle(g *assessment.Group) string {
	title := fmt.Sprintf("POWER CORE · GROUP OF %d", g.N)
	if g.Bank.ID != "" {
		title += fmt.Sprintf(" · bank %s %s", assessment.Printable(g.Bank.ID), assessment.Printable(g.Bank.Version))
	}
	return title
}

// RangeWords writes a spread as "28–60, sd 9".
func RangeWords(c assessment.GroupCore) string {
	return fmt.Sprintf("%s–%s, sd %s", Round(c.Min), Round(c.Max), Round(c.SD))
}

// GroupGapWords says where the group mean stands against the target, on
// the levels of the practice scale.
func GroupGapWords(c assessment.GroupCompetency, levels []assessment.Level) string {
	if c.Mean == nil || c.Gap == nil {
		return "no member has a score for it"
	}
	return "the mean stands at " + standWords(LevelWords(levels, c.Level, *c.Mean), TargetWords(levels, c.Target), *c.Gap)
}

// GroupLevelName names the level a group competency's mean stands at:
// "Repeatable"; "" when no member has a score.
func GroupLevelName(c assessment.GroupCompetency, levels []assessment.Level) string {
	if c.Level == nil {
		return ""
	}
	return assessment.LevelLabel(levels, *c.Level)
}

// The words over a group's anonymous members: their scores are shown,
// never who they are or the order they came in.
const (
	AnonymousMembersHeading = "Members (anonymous: each one's points per core, in no particular order)"
	AnonymousMembersNote    = "Anonymous: each member's points per core, in no particular order (names are shown only when the group is made with --names)."
)
