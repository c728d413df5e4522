package summary

import (
	"fmt"
	"github.com/powercore/powercore/assessment"
	"math"
	"strconv"
)

// LevelWords says where a score stands on a scale: "Repeatable (2.4 of
// 4)".
func LevelWords(levels []assessment.Level, level *int, score float64) string {
	_, hi := assessment.ScaleRange(levels)
	name := "below the lowest level"
	if level != nil {
		name = assessment.LevelLabel(levels, *level)
	}
	return fmt.Sprintf("%s (%s of %d)", name, oneDecimal(assessment.MeanOf(levels, score)), hi)
}

// TargetWords names the level a target score asks for: "Systematic".
func TargetWords(levels []assessment.Level, target float64) string {
	if v := assessment.LevelOfScore(levels, &target); v != nil {
		return assessment.LevelLabel(levels, *v)
	}
	return "the lowest level"
}

// oneDecimal writes a mean level as people read it: "2.4", "3".
func oneDecimal(x float64) string {
	v := math.Round(x*10) / 10
	if v == math.Trunc(v) {
		return strconv.Itoa(int(v))
	}
	return strconv.FormatFloat(v, 'f', 1, 64)
}
