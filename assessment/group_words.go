package assessment

import (
	"fmt"
	"math"
)

// GroupHeadline names the group's dominant core (and supporting one) in a
// sentence.
func GroupHeadline(g *Group) string {
	name := g.coreName
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
		return fmt.Sprintf("The group sees power shared: %s are co-dominant.", leaderNames(g.Dominant, name))
	case g.Supporting != "":
		return fmt.Sprintf("The group's Power Core is %s, with %s in support.", name(g.Dominant[0]), name(g.Supporting))
	}
	return fmt.Sprintf("The group's Power Core is %s.", name(g.Dominant[0]))
}

// GroupClarityWords says how clear the group's lead is, from the margin
// between the top two means and how many members share the top core.
func GroupClarityWords(g *Group) string {
	if len(g.Dominant) == 0 || len(g.Cores) == 0 {
		return "No core stands out for the group: the discussion of where power really sits is the place to start."
	}
	evidence := fmt.Sprintf("%s leads by %s on average", g.coreName(g.Cores[0].ID), pointsWords(g.leadMargin()))
	if len(g.Dominant) > 1 {
		spread := g.Cores[0].Mean - g.Cores[len(g.Dominant)-1].Mean
		evidence = fmt.Sprintf("%s are %s on average", leaderNames(g.Dominant, g.coreName), nearWords(g.Cores[0].Mean, spread))
	}
	return clarityLead(g.Clarity, evidence, false)
}

// GroupSupportWords says why no core supports the group's single dominant
// one ("No clear supporting core: …"), and the supporting core in a few
// words for a fact line.
func GroupSupportWords(g *Group, b *Bank) (sentence, fact string) {
	s := DefaultScoring()
	if bank := groupBank(g, b); bank != nil {
		s = bank.Scoring
	}
	ranked := make([]rankedCore, len(g.Cores))
	for i, c := range g.Cores {
		ranked[i] = rankedCore{g.coreName(c.ID), c.Mean}
	}
	return supportWords(s, g.Dominant, g.Supporting, g.coreName, ranked)
}

// ConsensusWords says how far the members agree, calling out low consensus
// and a wide spread on the leading cores (MODEL.md §8).
func ConsensusWords(g *Group) []string {
	if g.N == 0 || len(g.Cores) == 0 {
		return nil
	}
	top := g.Cores[0]
	agree := int(math.Round(g.Consensus * float64(g.N)))
	var out []string
	line := fmt.Sprintf("%d of %d (%s%%) see %s as dominant themselves.", agree, g.N, Round(g.Consensus*100), g.coreName(top.ID))
	if g.N == 1 {
		line = fmt.Sprintf("One result: %s %s as dominant.", map[bool]string{true: "it sees", false: "it does not see"}[agree == 1], g.coreName(top.ID))
	}
	out = append(out, line)
	for _, f := range g.Flags {
		switch f {
		case LowConsensus:
			out = append(out, "Low consensus: the room does not share one picture of where power sits. Discuss the differences before acting on the average.")
		case WideSpread:
			for _, c := range g.spreadCores() {
				out = append(out, fmt.Sprintf("Wide spread on %s: from %s to %s (sd %s) — people see it very differently.", g.coreName(c.ID), Round(c.Min), Round(c.Max), Round(c.SD)))
			}
		}
	}
	return out
}

func (g *Group) coreName(id string) string {
	if c, ok := g.CoreMean(id); ok && c.Name != "" {
		return Printable(c.Name)
	}
	return Printable(id)
}
