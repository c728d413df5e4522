package assessment

import (
	"math"
	"sort"
)

// scoreCompetencies rates each competency, in bank order: the mean level
// of its rated items mapped onto 0–100, when enough of them were rated.
func scoreCompetencies(b *Bank, answers Answers) []CompetencyScore {
	lo, hi := b.LevelRange()
	questions := b.Questions()
	out := make([]CompetencyScore, 0, len(b.Competencies))
	for _, c := range b.Competencies {
		cs := CompetencyScore{ID: c.ID, Name: c.Name, Target: b.TargetOf(c)}
		sum := 0
		for _, q := range questions {
			if q.Kind != Scale || q.Competency != c.ID {
				continue
			}
			cs.Items++
			a, ok := answers.Get(q.ID)
			if !ok {
				continue
			}
			if a.IsDontKnow() {
				cs.DontKnow++
				continue
			}
			// A level the bank does not have is ignored, not scored.
			if level, ok := a.Level(); ok && b.HasLevel(level) {
				cs.Answered++
				sum += level
			}
		}
		enough := cs.Items > 0 && cs.Answered > 0 &&
			float64(cs.Answered)/float64(cs.Items) >= b.Scoring.MinAnswered-Eps
		if enough && hi > lo {
			mean := float64(sum) / float64(cs.Answered)
			score := (mean - float64(lo)) / float64(hi-lo) * 100
			gap := cs.Target - score
			cs.Score, cs.Gap = &score, &gap
			if l, ok := levelAt(b.Levels, mean); ok {
				v := l.Value
				cs.Level = &v
			}
		}
		out = append(out, cs)
	}
	return out
}

// gapped is a scored competency as the priorities order it.
type gapped struct {
	id         string
	gap, score float64
}

// byGap orders competencies by gap, largest first; ties go to the lower
// score, then to the order given (bank order).
func byGap(items []gapped) []string {
	sort.SliceStable(items, func(i, j int) bool {
		a, b := items[i], items[j]
		if math.Abs(a.gap-b.gap) > Eps {
			return a.gap > b.gap
		}
		if math.Abs(a.score-b.score) > Eps {
			return a.score < b.score
		}
		return false
	})
	ids := make([]string, len(items))
	for i, c := range items {
		ids[i] = c.id
	}
	return ids
}

// priorities orders the scored competencies by gap.
func priorities(scores []CompetencyScore) []string {
	items := make([]gapped, 0, len(scores))
	for _, c := range scores {
		if c.Score != nil {
			items = append(items, gapped{c.ID, *c.Gap, *c.Score})
		}
	}
	return byGap(items)
}

// HasLevel reports whether value is one of the bank's levels.
func (b *Bank) HasLevel(value int) bool {
	_, ok := b.Level(value)
	return ok
}
