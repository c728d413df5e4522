package summary

import (
	"github.com/powercore/powercore/assessment"
	"math"
)

// GroupBank is the bank behind a group when it is the one at hand.
func GroupBank(g *assessment.Group, b *assessment.Bank) *assessment.Bank {
	if b != nil && b.ID == g.Bank.ID {
		return b
	}
	return nil
}

// GroupCards are the result cards of the group's dominant cores, when the
// bank at hand is the group's; none otherwise.
func GroupCards(g *assessment.Group, b *assessment.Bank) []Card {
	bank := GroupBank(g, b)
	if bank == nil {
		return nil
	}
	var cards []Card
	for _, id := range g.Dominant {
		if c, ok := bank.Core(id); ok {
			cards = append(cards, CardOf(c))
		}
	}
	return cards
}

// GroupPriority is a competency the group is to work on, largest gap
// first, with the bank's next steps for its band (made printable) when the
// bank at hand is the group's.
type GroupPriority struct {
	assessment.GroupCompetency
	// Behind is whether the group mean is short of the target by at least
	// half a point, as shown.
	Behind    bool
	NextSteps []string
}

// GroupPriorities are the group's priorities with their next steps.
func GroupPriorities(g *assessment.Group, b *assessment.Bank) []GroupPriority {
	bank := GroupBank(g, b)
	var out []GroupPriority
	for _, id := range g.Priorities {
		c, ok := g.Competency(id)
		if !ok {
			continue
		}
		p := GroupPriority{GroupCompetency: c, Behind: c.Gap != nil && math.Round(*c.Gap) > 0}
		if bank != nil {
			if bc, ok := bank.Competency(id); ok {
				if c.Level != nil {
					p.NextSteps = PrintableAll(bank.NextStepsFor(bc, *c.Level))
				}
			}
		}
		out = append(out, p)
	}
	return out
}

// GroupLevels is the practice scale a group's levels are named on: the
// bank's when it is the group's, else the model's.
func GroupLevels(g *assessment.Group, b *assessment.Bank) []assessment.Level {
	return assessment.LevelsOf(GroupBank(g, b))
}
