package assessment

import (
	"fmt"
	"strconv"
)

// A competency stands at a level of the bank's own practice scale
// (docs/scoring.md): the highest level whose value is at most the mean of its
// rated items. That level's label is the only word used for where a
// competency stands; its target is named the same way.

// defaultLevels is the model's anchored scale. It names levels only when
// the bank a result or group was made with is not at hand.
var defaultLevels = []Level{
	{Value: 0, Label: "Not done"},
	{Value: 1, Label: "Ad hoc"},
	{Value: 2, Label: "Repeatable"},
	{Value: 3, Label: "Systematic"},
	{Value: 4, Label: "Embedded and measured"},
}

// LevelsOf is the practice scale of a bank, or the model's when there is
// no bank (or it has no levels).
func LevelsOf(b *Bank) []Level {
	if b == nil || len(b.Levels) == 0 {
		return defaultLevels
	}
	return b.Levels
}

// ScaleRange is the lowest and highest value of a scale.
func ScaleRange(levels []Level) (lo, hi int) {
	for i, l := range levels {
		if i == 0 || l.Value < lo {
			lo = l.Value
		}
		if i == 0 || l.Value > hi {
			hi = l.Value
		}
	}
	return lo, hi
}

// levelAt is the highest level whose value is at most mean; false when
// mean is below every level.
func levelAt(levels []Level, mean float64) (Level, bool) {
	var best Level
	found := false
	for _, l := range levels {
		if float64(l.Value) <= mean+Eps && (!found || l.Value > best.Value) {
			best, found = l, true
		}
	}
	return best, found
}

// MeanOf turns a 0–100 score back into the mean level it was made from.
func MeanOf(levels []Level, score float64) float64 {
	lo, hi := ScaleRange(levels)
	return float64(lo) + score/100*float64(hi-lo)
}

// LevelOfScore is the level a 0–100 score stands at, as a value; nil
// without a score.
func LevelOfScore(levels []Level, score *float64) *int {
	if score == nil {
		return nil
	}
	l, ok := levelAt(levels, MeanOf(levels, *score))
	if !ok {
		return nil
	}
	v := l.Value
	return &v
}

// LevelScore is where a level begins on the 0–100 score.
func LevelScore(levels []Level, value int) float64 {
	lo, hi := ScaleRange(levels)
	if hi <= lo {
		return 0
	}
	return float64(value-lo) / float64(hi-lo) * 100
}

// LevelLabel names a level value by its label on the scale, else as
// "level N".
func LevelLabel(levels []Level, value int) string {
	for _, l := range levels {
		if l.Value == value && l.Label != "" {
			return Printable(l.Label)
		}
	}
	return fmt.Sprintf("level %d", value)
}

// band is where a score fell in the bands older banks keyed next steps
// by; it is read from banks, never shown.
type band string

const (
	nascent     band = "nascent"
	developing  band = "developing"
	established band = "established"
	embedded    band = "embedded"
)

// scoredBands are the bands, lowest first.
var scoredBands = []band{nascent, developing, established, embedded}

func bandNames(bands []band) []string {
	names := make([]string, len(bands))
	for i, b := range bands {
		names[i] = string(b)
	}
	return names
}

// bandOf names the band a score falls in, by the bank's thresholds.
func bandOf(s Scoring, score float64) band {
	switch {
	case score >= s.EmbeddedFrom-Eps:
		return embedded
	case score >= s.EstablishedFrom-Eps:
		return established
	case score >= s.DevelopingFrom-Eps:
		return developing
	}
	return nascent
}

// NextStepsFor is a competency's advice for the level it stands at: the
// steps keyed by that level's value, else those keyed by the band the
// level falls in (banks written before levels keyed them).
func (b *Bank) NextStepsFor(c Competency, level int) []string {
	if steps, ok := c.NextSteps[strconv.Itoa(level)]; ok {
		return steps
	}
	lo, hi := ScaleRange(LevelsOf(b))
	if hi <= lo {
		return nil
	}
	score := float64(level-lo) / float64(hi-lo) * 100
	return c.NextSteps[string(bandOf(b.Scoring, score))]
}
