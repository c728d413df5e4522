package assessment

import (
	"fmt"
	"math"
	"time"
)

// Seconds a question takes, on average: splitting points is weighed, the
// rest is read-and-pick (docs/scoring.md).
const (
	allocateSeconds = 30
	otherSeconds    = 10
)

// Budget is the length an assessment should stay within.
const Budget = 7 * time.Minute

// Counts says how big a bank is.
type Counts struct {
	Cores, Competencies, Sections, Questions int
	// ByKind counts questions per kind; Optional those that may be skipped.
	ByKind   map[Kind]int
	Optional int
}

// Count counts the parts of a bank.
func (b *Bank) Count() Counts {
	c := Counts{Cores: len(b.Cores), Competencies: len(b.Competencies), Sections: len(b.Sections), ByKind: map[Kind]int{}}
	for _, q := range b.Questions() {
		c.Questions++
		c.ByKind[q.Kind]++
		if q.Optional {
			c.Optional++
		}
	}
	return c
}

// Estimate is how long a run through the bank takes, on average.
func (b *Bank) Estimate() time.Duration {
	total := 0
	for _, q := range b.Questions() {
		if q.Kind == Allocate {
			total += allocateSeconds
		} else {
			total += otherSeconds
		}
	}
	return time.Duration(total) * time.Second
}

// Minutes writes an estimate as whole minutes, rounded up: "about 7
// minutes".
func Minutes(d time.Duration) string {
	m := int(math.Ceil(d.Minutes()))
	if m <= 1 {
		return "about 1 minute"
	}
	return fmt.Sprintf("about %d minutes", m)
}

// Warnings lists what is allowed in a bank but probably not meant: a
// competency no question rates, a core with no ease for a competency, a
// bank longer than the time budget.
func (b *Bank) Warnings() Problems {
	var ws Problems
	rated := map[string]bool{}
	for _, q := range b.Questions() {
		if q.Kind == Scale {
			rated[q.Competency] = true
		}
	}
	for _, c := range b.Competencies {
		if !rated[c.ID] {
			ws = append(ws, Problem{File: b.Source, Pos: c.at.Of("id"), Msg: fmt.Sprintf("warning: competency %q has no scale questions, so it can never be scored", c.ID)})
		}
	}
	for _, core := range b.Cores {
		if len(core.Ease) == 0 || len(b.Competencies) == 0 {
			continue
		}
		for _, c := range b.Competencies {
			if _, ok := core.Ease[c.ID]; !ok {
				ws = append(ws, Problem{File: b.Source, Pos: core.at.Of("ease"), Msg: fmt.Sprintf("warning: core %q has no ease for competency %q (taken as 0)", core.ID, c.ID)})
			}
		}
	}
	if est := b.Estimate(); est > Budget {
		ws = append(ws, Problem{File: b.Source, Pos: b.at.Of("sections"), Msg: fmt.Sprintf("warning: the bank takes %s, over the %s budget; people drop out of long assessments", Minutes(est), Minutes(Budget))})
	}
	return ws
}
