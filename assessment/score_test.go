package assessment_test

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
)

// The test banks are written as YAML and read with Parse, the way a bank
// author's file is. Every bank has the model's six cores in its order (docs/scoring.md),
// so a Power Core answer is written as six numbers: the points given to
// product, sales, marketing, vertical, it and customer.
//
// With 10 points per question, a core's share of a question is its points
// / 10, and its score is the mean share × 100: (its points over all
// answered questions) × 10 / (answered questions). pointsScore writes exactly that.

const (
	testBankHeader = `schema: powercore/bank@1
id: test
title: Test bank
version: "1"
`
	testBankCores = `cores:
  - {id: product, name: Product}
  - {id: sales, name: Sales}
  - {id: marketing, name: Marketing}
  - {id: vertical, name: Vertical business}
  - {id: it, name: Information technology}
  - {id: customer, name: Customer}
`
	practiceLevels = `levels:
  - {value: 0, label: Not done}
  - {value: 1, label: Ad hoc}
  - {value: 2, label: Repeatable}
  - {value: 3, label: Systematic}
  - {value: 4, label: Embedded and measured}
`
	// Five competencies with 4, 4, 3, 5 and 3 items; experience and
	// listening have their own targets, the others take the bank's.
	practiceCompetencies = `competencies:
  - {id: assets, name: Customers as assets}
  - {id: experience, name: Align around experience, target: 50}
  - {id: listening, name: Listening path, target: 60}
  - {id: reliability, name: Reliability}
  - {id: leadership, name: One-company leadership}
`
)

// practiceItems is how many scale items each competency of the practice
// bank has, in bank order.
var practiceItems = []struct {
	id    string
	items int
}{{"assets", 4}, {"experience", 4}, {"listening", 3}, {"reliability", 5}, {"leadership", 3}}

var coreOrder = []string{"product", "sales", "marketing", "vertical", "it", "customer"}

// bankSpec describes a test bank.
type bankSpec struct {
	// power is the number of allocate questions, q1..qN, 10 points each
	// unless points says otherwise, one option per core; the last
	// `optional` of them are optional.
	power, optional, points int
	// practice adds the five competencies and their scale items, named
	// assets-1, assets-2, … (see practiceItems).
	practice bool
	// scoring is the bank's scoring block, one `key: value` per line.
	scoring string
}

func (s bankSpec) yaml() string {
	var b strings.Builder
	b.WriteString(testBankHeader)
	if s.scoring != "" {
		b.WriteString("scoring:\n")
		for _, line := range strings.Split(strings.TrimSpace(s.scoring), "\n") {
			fmt.Fprintf(&b, "  %s\n", strings.TrimSpace(line))
		}
	}
	b.WriteString(testBankCores)
	if s.practice {
		b.WriteString(practiceLevels)
		b.WriteString(practiceCompetencies)
	}
	b.WriteString("sections:\n")
	if s.power > 0 {
		b.WriteString("  - id: power\n    title: Where the power sits\n    questions:\n")
		for i := 1; i <= s.power; i++ {
			fmt.Fprintf(&b, "      - id: q%d\n        kind: allocate\n        prompt: Lens %d?\n", i, i)
			if s.points != 0 {
				fmt.Fprintf(&b, "        points: %d\n", s.points)
			}
			if i > s.power-s.optional {
				b.WriteString("        optional: true\n")
			}
			b.WriteString("        options:\n")
			for _, c := range coreOrder {
				fmt.Fprintf(&b, "          - {core: %s, label: %s label}\n", c, c)
			}
		}
	}
	if s.practice {
		b.WriteString("  - id: practice\n    title: Practice\n    questions:\n")
		for _, c := range practiceItems {
			for i := 1; i <= c.items; i++ {
				fmt.Fprintf(&b, "      - {id: %s-%d, kind: scale, competency: %s, prompt: Practice %s %d}\n", c.id, i, c.id, c.id, i)
			}
		}
	}
	return b.String()
}

// parseTestBank parses a bank written in a test, failing the test on any
// problem.
func parseTestBank(t testing.TB, src string) *assessment.Bank {
	t.Helper()
	b, err := assessment.Parse("test.yaml", []byte(src))
	if err != nil {
		t.Fatalf("test bank does not parse: %v\n%s", err, src)
	}
	return b
}

// pointsScore is the score of a core given `points` points over `questions`
// answered questions of 10 points each.
func pointsScore(points, questions int) float64 { return float64(points) * 10 / float64(questions) }

// powerAnswers answers q1, q2, … with the points per core in core order.
func powerAnswers(splits ...[6]int) assessment.Answers {
	var as assessment.Answers
	for i, split := range splits {
		var points []assessment.Allocation
		for c, p := range split {
			if p != 0 {
				points = append(points, assessment.Allocation{Core: coreOrder[c], Points: p})
			}
		}
		as = append(as, assessment.Answered{Question: fmt.Sprintf("q%d", i+1), Answer: assessment.PointsAnswer(points...)})
	}
	return as
}

// repeatSplit is n copies of one split.
func repeatSplit(n int, split [6]int) [][6]int {
	out := make([][6]int, n)
	for i := range out {
		out[i] = split
	}
	return out
}

// dk rates a practice item "don't know"; unanswered leaves it unanswered.
const (
	dk         = -1
	unanswered = -2
)

// rateItems answers the items of one competency in order: assets-1, assets-2, …
func rateItems(competency string, levels ...int) assessment.Answers {
	var as assessment.Answers
	for i, l := range levels {
		id := fmt.Sprintf("%s-%d", competency, i+1)
		switch l {
		case unanswered:
		case dk:
			as = append(as, assessment.Answered{Question: id, Answer: assessment.DontKnowAnswer()})
		default:
			as = append(as, assessment.Answered{Question: id, Answer: assessment.LevelAnswer(l)})
		}
	}
	return as
}

type coreWant struct {
	id    string
	score float64
	won   int
}

func formatCores(cores []assessment.CoreScore) string {
	parts := make([]string, len(cores))
	for i, c := range cores {
		parts[i] = fmt.Sprintf("%s %.4f won %d", c.ID, c.Score, c.Won)
	}
	return strings.Join(parts, ", ")
}

func formatCoreWants(cores []coreWant) string {
	parts := make([]string, len(cores))
	for i, c := range cores {
		parts[i] = fmt.Sprintf("%s %.4f won %d", c.id, c.score, c.won)
	}
	return strings.Join(parts, ", ")
}

func sameCores(got []assessment.CoreScore, want []coreWant) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i].ID != want[i].id || got[i].Won != want[i].won || math.Abs(got[i].Score-want[i].score) > 1e-9 {
			return false
		}
	}
	return true
}

// checkSum100 checks that the core scores add up to 100 when any Power Core
// question was answered (docs/scoring.md), and to 0 otherwise.
func checkSum100(t *testing.T, res assessment.Result) {
	t.Helper()
	sum := 0.0
	for _, c := range res.Cores {
		sum += c.Score
	}
	want := 0.0
	if res.Congruence.Questions > 0 {
		want = 100
	}
	if math.Abs(sum-want) > 1e-9 {
		t.Errorf("core scores sum to %v, want %v", sum, want)
	}
}

func TestScoreCores(t *testing.T) {
	tests := []struct {
		name       string
		bank       bankSpec
		answers    [][6]int // q1, q2, …: points to product, sales, marketing, vertical, it, customer
		cores      []coreWant
		dominant   []string
		supporting string
		clarity    assessment.Clarity
		won        int // congruence: questions won by the leading core, of len(answers)
	}{
		{
			// P = 6+5+5+5+7+3 = 31 → 51.67; S = 3+3+4+3+2+5 = 20 → 33.33;
			// M = 2+2 = 4 → 6.67; V = 2 → 3.33; C = 1+1 = 2 → 3.33; I = 1 → 1.67.
			// V and C tie on score and won (0); V's largest share (.2) beats C's (.1).
			// Product wins q1–q5, sales q6. Margin 18.33 ≥ 15 and 5/6 won
			// ≥ 5/6: very clear. Sales 33.33 ≥ 20 and 33.33 − 6.67 ≥ 5: supporting.
			name: "clear dominant with a supporting core, very clear",
			bank: bankSpec{power: 6},
			answers: [][6]int{
				{6, 3, 0, 0, 0, 1},
				{5, 3, 2, 0, 0, 0},
				{5, 4, 0, 0, 1, 0},
				{5, 3, 0, 2, 0, 0},
				{7, 2, 0, 0, 0, 1},
				{3, 5, 2, 0, 0, 0},
			},
			cores: []coreWant{
				{"product", pointsScore(31, 6), 5}, {"sales", pointsScore(20, 6), 1}, {"marketing", pointsScore(4, 6), 0},
				{"vertical", pointsScore(2, 6), 0}, {"customer", pointsScore(2, 6), 0}, {"it", pointsScore(1, 6), 0},
			},
			dominant: []string{"product"}, supporting: "sales", clarity: assessment.VeryClear, won: 5,
		},
		{
			// P = 3×8 + 3×3 = 33 → 55; M = 3×1 + 3×4 = 15 → 25; S = 3×1 + 3×2 = 9 → 15;
			// V = 3 → 5. Product wins q1–q3, marketing q4–q6.
			// Margin 30 ≥ 15 but only 3/6 won (< 5/6): not very clear; margin ≥ 10: clear.
			// Marketing 25 ≥ 20 and 25 − 15 = 10 ≥ 5: supporting.
			name:    "clear by margin alone",
			bank:    bankSpec{power: 6},
			answers: append(repeatSplit(3, [6]int{8, 1, 1, 0, 0, 0}), repeatSplit(3, [6]int{3, 2, 4, 1, 0, 0})...),
			cores: []coreWant{
				{"product", 55, 3}, {"marketing", 25, 3}, {"sales", 15, 0},
				{"vertical", 5, 0}, {"it", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{"product"}, supporting: "marketing", clarity: assessment.Clear, won: 3,
		},
		{
			// P = 4×5 + 2×3 = 26 → 43.33; S = 4×3 + 2×5 = 22 → 36.67; M = 6×2 = 12 → 20.
			// Margin 6.67: not co-dominant, under 10; product wins 4/6. Clear
			// needs the margin too (issue 12), so questions won alone give
			// moderate (margin ≥ 5). Sales 36.67 ≥ 20, 36.67 − 20 ≥ 5: supporting.
			name:    "questions won alone are not clear: moderate",
			bank:    bankSpec{power: 6},
			answers: append(repeatSplit(4, [6]int{5, 3, 2, 0, 0, 0}), repeatSplit(2, [6]int{3, 5, 2, 0, 0, 0})...),
			cores: []coreWant{
				{"product", pointsScore(26, 6), 4}, {"sales", pointsScore(22, 6), 2}, {"marketing", 20, 0},
				{"vertical", 0, 0}, {"it", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{"product"}, supporting: "sales", clarity: assessment.Moderate, won: 4,
		},
		{
			// P = 3×5 + 3×4 = 27 → 45; S = 3×3 + 3×5 = 24 → 40; M = 3×2 + 3×1 = 9 → 15.
			// 45 − 40 = 5 is not within (strictly under) 5: product alone leads.
			// Sales 40 ≥ 20, 40 − 15 ≥ 5: supporting. Margin 5 ≥ 5, 3/6 won: moderate.
			name:    "a margin of exactly 5 is not co-dominant; moderate",
			bank:    bankSpec{power: 6},
			answers: append(repeatSplit(3, [6]int{5, 3, 2, 0, 0, 0}), repeatSplit(3, [6]int{4, 5, 1, 0, 0, 0})...),
			cores: []coreWant{
				{"product", 45, 3}, {"sales", 40, 3}, {"marketing", 15, 0},
				{"vertical", 0, 0}, {"it", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{"product"}, supporting: "sales", clarity: assessment.Moderate, won: 3,
		},
		{
			// P = 3×5 + 2×4 + 4 = 27 → 45; S = 3×4 + 2×5 + 4 = 26 → 43.33; M = 3 → 5;
			// I = 2 → 3.33 (largest share .2); C = 2 → 3.33 (largest .1); V = 0.
			// Product wins q1–q3, sales q4–q5, q6 is a tie (4–4): nobody.
			// 45 − 43.33 = 1.67 < 5: co-dominant, so no supporting core.
			// Margin 1.67 < 5 and 3/6 won: slight.
			name: "two co-dominant cores",
			bank: bankSpec{power: 6},
			answers: append(append(repeatSplit(3, [6]int{5, 4, 1, 0, 0, 0}), repeatSplit(2, [6]int{4, 5, 0, 0, 0, 1})...),
				[6]int{4, 4, 0, 0, 2, 0}),
			cores: []coreWant{
				{"product", 45, 3}, {"sales", pointsScore(26, 6), 2}, {"marketing", 5, 0},
				{"it", pointsScore(2, 6), 0}, {"customer", pointsScore(2, 6), 0}, {"vertical", 0, 0},
			},
			dominant: []string{"product", "sales"}, supporting: "", clarity: assessment.Slight, won: 3,
		},
		{
			// P = 4+3+3+3+3+2 = 18 → 30; S = 3+4+2+3+3+2 = 17 → 28.33;
			// M = 2+2+4+3+2+3 = 16 → 26.67; C = 1+3 = 4 → 6.67; I = 1+2 = 3 → 5; V = 1+1 = 2 → 3.33.
			// q1 product, q2 sales, q3 marketing; q4 (3–3–3), q5 (3–3) and q6 (3–3) are ties.
			// 30 − 26.67 = 3.33 < 5: three co-dominant cores. Margin 1.67, 1/6 won: slight.
			name: "three co-dominant cores, ties winning nobody",
			bank: bankSpec{power: 6},
			answers: [][6]int{
				{4, 3, 2, 1, 0, 0},
				{3, 4, 2, 0, 1, 0},
				{3, 2, 4, 0, 0, 1},
				{3, 3, 3, 1, 0, 0},
				{3, 3, 2, 0, 2, 0},
				{2, 2, 3, 0, 0, 3},
			},
			cores: []coreWant{
				{"product", 30, 1}, {"sales", pointsScore(17, 6), 1}, {"marketing", pointsScore(16, 6), 1},
				{"customer", pointsScore(4, 6), 0}, {"it", 5, 0}, {"vertical", pointsScore(2, 6), 0},
			},
			dominant: []string{"product", "sales", "marketing"}, supporting: "", clarity: assessment.Slight, won: 1,
		},
		{
			// Each core wins one question with 4 points. S = 2+4+1+1+2+1 = 11 → 18.33;
			// P, M, V, I = 10 → 16.67 each (won 1, largest .4: bank order); C = 9 → 15.
			// Top 18.33 < 25: no clear Power Core, no supporting core, clarity noScore,
			// and no leading core to count questions won for.
			name: "diffuse: top score below 25",
			bank: bankSpec{power: 6},
			answers: [][6]int{
				{4, 2, 1, 1, 1, 1},
				{1, 4, 2, 1, 1, 1},
				{1, 1, 4, 2, 1, 1},
				{2, 1, 1, 4, 1, 1},
				{1, 2, 1, 1, 4, 1},
				{1, 1, 1, 1, 2, 4},
			},
			cores: []coreWant{
				{"sales", pointsScore(11, 6), 1}, {"product", pointsScore(10, 6), 1}, {"marketing", pointsScore(10, 6), 1},
				{"vertical", pointsScore(10, 6), 1}, {"it", pointsScore(10, 6), 1}, {"customer", 15, 1},
			},
			dominant: []string{}, supporting: "", clarity: assessment.NoClarity, won: 0,
		},
		{
			// P = 3×3 + 3×2 = 15 → 25 (exactly the minimum: a core); S = M = 12 → 20;
			// V = 3 + 6 = 9 → 15; I = C = 6 → 10. q4–q6 tie four ways: nobody.
			// 25 − 20 = 5: product alone. Sales has 20 ≥ 20 but 20 − 20 = 0 < 5
			// over marketing: no supporting core. Margin 5, 3/6 won: moderate.
			name:    "a top score of exactly 25 names a core; second level with third: no supporting",
			bank:    bankSpec{power: 6},
			answers: append(repeatSplit(3, [6]int{3, 2, 2, 1, 1, 1}), repeatSplit(3, [6]int{2, 2, 2, 2, 1, 1})...),
			cores: []coreWant{
				{"product", 25, 3}, {"sales", 20, 0}, {"marketing", 20, 0},
				{"vertical", 15, 0}, {"it", 10, 0}, {"customer", 10, 0},
			},
			dominant: []string{"product"}, supporting: "", clarity: assessment.Moderate, won: 3,
		},
		{
			// P = 3×7 + 3×8 = 45 → 75; S = 3×2 + 3×1 = 9 → 15; M = 6 → 10.
			// Sales is 5 above marketing but 15 < 20: no supporting core.
			// Margin 60, 6/6 won: very clear.
			name:    "no supporting core: second below 20",
			bank:    bankSpec{power: 6},
			answers: append(repeatSplit(3, [6]int{7, 2, 1, 0, 0, 0}), repeatSplit(3, [6]int{8, 1, 1, 0, 0, 0})...),
			cores: []coreWant{
				{"product", 75, 6}, {"sales", 15, 0}, {"marketing", 10, 0},
				{"vertical", 0, 0}, {"it", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{"product"}, supporting: "", clarity: assessment.VeryClear, won: 6,
		},
		{
			// P = 6×5 = 30 → 50; S = 4×3 + 2×2 = 16 → 26.67; M = 4×2 + 2×3 = 14 → 23.33.
			// Sales ≥ 20 but only 3.33 above marketing (< 5): no supporting core.
			// Margin 23.33, 6/6 won: very clear.
			name:    "no supporting core: second less than 5 above the third",
			bank:    bankSpec{power: 6},
			answers: append(repeatSplit(4, [6]int{5, 3, 2, 0, 0, 0}), repeatSplit(2, [6]int{5, 2, 3, 0, 0, 0})...),
			cores: []coreWant{
				{"product", 50, 6}, {"sales", pointsScore(16, 6), 0}, {"marketing", pointsScore(14, 6), 0},
				{"vertical", 0, 0}, {"it", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{"product"}, supporting: "", clarity: assessment.VeryClear, won: 6,
		},
		{
			// S = 4+4+4 = 12 → 40, P = 3+3+6 = 12 → 40: equal scores; sales won 2, product 1,
			// so sales is listed first, against bank order. M = V = 3 → 10 (bank order).
			// Both lead: list order never decides dominance. Margin 0: slight,
			// however many questions sales won (clear needs both).
			name: "questions won order equal scores; both still lead",
			bank: bankSpec{power: 3},
			answers: [][6]int{
				{3, 4, 3, 0, 0, 0},
				{3, 4, 0, 3, 0, 0},
				{6, 4, 0, 0, 0, 0},
			},
			cores: []coreWant{
				{"sales", 40, 2}, {"product", 40, 1}, {"marketing", 10, 0},
				{"vertical", 10, 0}, {"it", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{"sales", "product"}, supporting: "", clarity: assessment.Slight, won: 2,
		},
		{
			// P = 3+5+3 = 11 → 36.67, S = 7+1+3 = 11 → 36.67, each won 1; sales'
			// largest share (.7) beats product's (.5): sales first. M = 4+4 = 8 → 26.67.
			// Both lead. Margin 0, 1/3 won: slight.
			name: "largest single share orders equal scores and wins",
			bank: bankSpec{power: 3},
			answers: [][6]int{
				{3, 7, 0, 0, 0, 0},
				{5, 1, 4, 0, 0, 0},
				{3, 3, 4, 0, 0, 0},
			},
			cores: []coreWant{
				{"sales", pointsScore(11, 3), 1}, {"product", pointsScore(11, 3), 1}, {"marketing", pointsScore(8, 3), 1},
				{"vertical", 0, 0}, {"it", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{"sales", "product"}, supporting: "", clarity: assessment.Slight, won: 1,
		},
		{
			// M = I = 5 → 50, a tie on everything: bank order (marketing before
			// it, though "it" sorts first by name). The rest 0, in bank order.
			// Both lead; the tied question wins for nobody. Margin 0, 0/1: slight.
			name:    "bank order breaks a full tie; both lead",
			bank:    bankSpec{power: 1},
			answers: [][6]int{{0, 0, 5, 0, 5, 0}},
			cores: []coreWant{
				{"marketing", 50, 0}, {"it", 50, 0}, {"product", 0, 0},
				{"sales", 0, 0}, {"vertical", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{"marketing", "it"}, supporting: "", clarity: assessment.Slight, won: 0,
		},
		{
			// q3 is optional and unanswered: the mean is over 2 questions.
			// P = 6+8 = 14 → 70, S = 4+2 = 6 → 30 (over 3 questions: 46.67 and 20).
			// Sales 30 ≥ 20, 30 − 0 ≥ 5: supporting. Margin 40, 2/2: very clear.
			name:    "an unanswered optional question is left out of the mean",
			bank:    bankSpec{power: 3, optional: 1},
			answers: [][6]int{{6, 4, 0, 0, 0, 0}, {8, 2, 0, 0, 0, 0}},
			cores: []coreWant{
				{"product", 70, 2}, {"sales", 30, 0}, {"marketing", 0, 0},
				{"vertical", 0, 0}, {"it", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{"product"}, supporting: "sales", clarity: assessment.VeryClear, won: 2,
		},
		{
			// 4 points per question: q1 gives product .75 and sales .25, q2
			// product .5 and marketing .5 (a tie: nobody wins it).
			// P = (.75 + .5) / 2 = 62.5; M = .5 / 2 = 25; S = .25 / 2 = 12.5.
			// Margin 37.5 ≥ 15 but 1/2 won < 5/6: clear. Marketing 25 ≥ 20 and
			// 12.5 above sales: supporting.
			name:    "shares are points over the question's own points",
			bank:    bankSpec{power: 2, points: 4},
			answers: [][6]int{{3, 1, 0, 0, 0, 0}, {2, 0, 2, 0, 0, 0}},
			cores: []coreWant{
				{"product", 62.5, 1}, {"marketing", 25, 0}, {"sales", 12.5, 0},
				{"vertical", 0, 0}, {"it", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{"product"}, supporting: "marketing", clarity: assessment.Clear, won: 1,
		},
		{
			name: "no Power Core question answered",
			bank: bankSpec{power: 2, optional: 2},
			cores: []coreWant{
				{"product", 0, 0}, {"sales", 0, 0}, {"marketing", 0, 0},
				{"vertical", 0, 0}, {"it", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{}, supporting: "", clarity: assessment.NoClarity, won: 0,
		},

		// The bank's scoring block moves the thresholds.
		{
			// The answers of "two co-dominant cores": 45 vs 43.33 is 1.67 apart,
			// not within a margin of 1, so product leads alone; sales 43.33 ≥ 20
			// and 38.33 above marketing: supporting. Margin 1.67 < 5: slight.
			name:    "scoring: a co-dominance margin of 1 names one core",
			bank:    bankSpec{power: 6, scoring: "co_dominant_margin: 1"},
			answers: append(append(repeatSplit(3, [6]int{5, 4, 1, 0, 0, 0}), repeatSplit(2, [6]int{4, 5, 0, 0, 0, 1})...), [6]int{4, 4, 0, 0, 2, 0}),
			cores: []coreWant{
				{"product", 45, 3}, {"sales", pointsScore(26, 6), 2}, {"marketing", 5, 0},
				{"it", pointsScore(2, 6), 0}, {"customer", pointsScore(2, 6), 0}, {"vertical", 0, 0},
			},
			dominant: []string{"product"}, supporting: "sales", clarity: assessment.Slight, won: 3,
		},
		{
			// The answers of "diffuse": sales 18.33 ≥ 15 and 1.67 ahead of the
			// others (≥ 1): sales leads; product 16.67 < 20: no supporting.
			// Margin 1.67, 1/6 won: slight.
			name: "scoring: a lower clear-core minimum names a core in a spread profile",
			bank: bankSpec{power: 6, scoring: "clear_core_min: 15\nco_dominant_margin: 1"},
			answers: [][6]int{
				{4, 2, 1, 1, 1, 1},
				{1, 4, 2, 1, 1, 1},
				{1, 1, 4, 2, 1, 1},
				{2, 1, 1, 4, 1, 1},
				{1, 2, 1, 1, 4, 1},
				{1, 1, 1, 1, 2, 4},
			},
			cores: []coreWant{
				{"sales", pointsScore(11, 6), 1}, {"product", pointsScore(10, 6), 1}, {"marketing", pointsScore(10, 6), 1},
				{"vertical", pointsScore(10, 6), 1}, {"it", pointsScore(10, 6), 1}, {"customer", 15, 1},
			},
			dominant: []string{"sales"}, supporting: "", clarity: assessment.Slight, won: 1,
		},
		{
			// The answers of "no supporting core: second less than 5 above the
			// third": 26.67 − 23.33 = 3.33 ≥ a lead of 3: sales supports.
			name:    "scoring: a smaller supporting lead names a supporting core",
			bank:    bankSpec{power: 6, scoring: "supporting_lead: 3"},
			answers: append(repeatSplit(4, [6]int{5, 3, 2, 0, 0, 0}), repeatSplit(2, [6]int{5, 2, 3, 0, 0, 0})...),
			cores: []coreWant{
				{"product", 50, 6}, {"sales", pointsScore(16, 6), 0}, {"marketing", pointsScore(14, 6), 0},
				{"vertical", 0, 0}, {"it", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{"product"}, supporting: "sales", clarity: assessment.VeryClear, won: 6,
		},
		{
			// The answers of the first case: margin 18.33 but 5/6 won < 1: not
			// very clear; margin ≥ 10: clear.
			name: "scoring: very clear needing every question won",
			bank: bankSpec{power: 6, scoring: "very_clear_won: 1"},
			answers: [][6]int{
				{6, 3, 0, 0, 0, 1},
				{5, 3, 2, 0, 0, 0},
				{5, 4, 0, 0, 1, 0},
				{5, 3, 0, 2, 0, 0},
				{7, 2, 0, 0, 0, 1},
				{3, 5, 2, 0, 0, 0},
			},
			cores: []coreWant{
				{"product", pointsScore(31, 6), 5}, {"sales", pointsScore(20, 6), 1}, {"marketing", pointsScore(4, 6), 0},
				{"vertical", pointsScore(2, 6), 0}, {"customer", pointsScore(2, 6), 0}, {"it", pointsScore(1, 6), 0},
			},
			dominant: []string{"product"}, supporting: "sales", clarity: assessment.Clear, won: 5,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := parseTestBank(t, tt.bank.yaml())
			res := assessment.Score(b, assessment.Response{Answers: powerAnswers(tt.answers...)})
			if !sameCores(res.Cores, tt.cores) {
				t.Errorf("cores:\n got %s\nwant %s", formatCores(res.Cores), formatCoreWants(tt.cores))
			}
			if !slices.Equal(res.Dominant, tt.dominant) || res.Dominant == nil {
				t.Errorf("dominant = %#v, want %#v", res.Dominant, tt.dominant)
			}
			if res.Supporting != tt.supporting {
				t.Errorf("supporting = %q, want %q", res.Supporting, tt.supporting)
			}
			if res.Clarity != tt.clarity {
				t.Errorf("clarity = %q, want %q", res.Clarity, tt.clarity)
			}
			wantCongruence := assessment.Congruence{Won: tt.won, Questions: len(tt.answers)}
			if res.Congruence != wantCongruence {
				t.Errorf("congruence = %+v, want %+v", res.Congruence, wantCongruence)
			}
			if got, want := res.IsCoDominant(), len(tt.dominant) > 1; got != want {
				t.Errorf("IsCoDominant() = %v, want %v", got, want)
			}
			checkSum100(t, res)
		})
	}
}

// choiceBank has one optional allocate question and one choice question
// whose options weigh on several cores.
const choiceBank = testBankHeader + testBankCores + `sections:
  - id: power
    title: Where the power sits
    questions:
      - id: split
        kind: allocate
        optional: true
        prompt: Split the points.
        options:
          - {core: product, label: Product}
          - {core: sales, label: Sales}
          - {core: marketing, label: Marketing}
          - {core: vertical, label: Vertical}
          - {core: it, label: IT}
          - {core: customer, label: Customer}
      - id: budget
        kind: choice
        prompt: Who wins a budget fight?
        options:
          - {id: a, label: Product and sales together, weights: {product: 2, sales: 1}}
          - {id: b, label: IT, weights: {it: 1}}
          - {id: c, label: The customer team, weights: {customer: 3, vertical: 1, sales: 0}}
`

func TestScoreChoice(t *testing.T) {
	split := func(p, s, m, v, i, c int) assessment.Answered {
		return assessment.Answered{Question: "split", Answer: powerAnswers([6]int{p, s, m, v, i, c})[0].Answer}
	}
	pick := func(option string) assessment.Answered {
		return assessment.Answered{Question: "budget", Answer: assessment.ChoiceAnswer(option)}
	}
	tests := []struct {
		name       string
		answers    assessment.Answers
		cores      []coreWant
		dominant   []string
		supporting string
		clarity    assessment.Clarity
		won        int
		questions  int
	}{
		{
			// Option a weighs product 2, sales 1: shares 2/3 and 1/3.
			// P = (.2 + 2/3) / 2 = 43.33; S = (.8 + 1/3) / 2 = 56.67.
			// Sales wins split, product wins budget. Margin 13.33 ≥ 10: clear;
			// product 43.33 ≥ 20 and 43.33 above marketing: supporting.
			name:    "weights on two cores, normalised",
			answers: assessment.Answers{split(2, 8, 0, 0, 0, 0), pick("a")},
			cores: []coreWant{
				{"sales", (0.8 + 1.0/3) / 2 * 100, 1}, {"product", (0.2 + 2.0/3) / 2 * 100, 1},
				{"marketing", 0, 0}, {"vertical", 0, 0}, {"it", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{"sales"}, supporting: "product", clarity: assessment.Clear, won: 1, questions: 2,
		},
		{
			// Option c weighs customer 3, vertical 1, sales 0: shares .75, .25, 0.
			// P = (1 + 0) / 2 = 50; C = .75 / 2 = 37.5; V = .25 / 2 = 12.5; sales
			// gets nothing from a zero weight. Product wins split, customer wins
			// budget. Margin 12.5: clear; customer 37.5, 25 above vertical: supporting.
			name:    "weights on three cores, one of them zero",
			answers: assessment.Answers{split(10, 0, 0, 0, 0, 0), pick("c")},
			cores: []coreWant{
				{"product", 50, 1}, {"customer", 37.5, 1}, {"vertical", 12.5, 0},
				{"sales", 0, 0}, {"marketing", 0, 0}, {"it", 0, 0},
			},
			dominant: []string{"product"}, supporting: "customer", clarity: assessment.Clear, won: 1, questions: 2,
		},
		{
			// Only the choice is answered: I = 100 of one question.
			// Nobody else above 0: no supporting core. Margin 100, 1/1: very clear.
			name:    "the choice alone",
			answers: assessment.Answers{pick("b")},
			cores: []coreWant{
				{"it", 100, 1}, {"product", 0, 0}, {"sales", 0, 0},
				{"marketing", 0, 0}, {"vertical", 0, 0}, {"customer", 0, 0},
			},
			dominant: []string{"it"}, supporting: "", clarity: assessment.VeryClear, won: 1, questions: 1,
		},
	}
	b := parseTestBank(t, choiceBank)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := assessment.Score(b, assessment.Response{Answers: tt.answers})
			if !sameCores(res.Cores, tt.cores) {
				t.Errorf("cores:\n got %s\nwant %s", formatCores(res.Cores), formatCoreWants(tt.cores))
			}
			if !slices.Equal(res.Dominant, tt.dominant) {
				t.Errorf("dominant = %#v, want %#v", res.Dominant, tt.dominant)
			}
			if res.Supporting != tt.supporting {
				t.Errorf("supporting = %q, want %q", res.Supporting, tt.supporting)
			}
			if res.Clarity != tt.clarity {
				t.Errorf("clarity = %q, want %q", res.Clarity, tt.clarity)
			}
			if want := (assessment.Congruence{Won: tt.won, Questions: tt.questions}); res.Congruence != want {
				t.Errorf("congruence = %+v, want %+v", res.Congruence, want)
			}
			checkSum100(t, res)
		})
	}
}

// noScore marks a competency without a score (and so without a gap).
var noScore = math.NaN()

type competencyWant struct {
	id                        string
	score                     float64 // noScore: not enough rated items
	level                     int     // -1: no level
	target, gap               float64
	answered, items, dontKnow int
}

func formatCompetency(id string, score *float64, level *int, target float64, gap *float64, answered, items, dontKnow int) string {
	num := func(p *float64) string {
		if p == nil {
			return "nil"
		}
		return fmt.Sprintf("%.4f", *p)
	}
	lv := "nil"
	if level != nil {
		lv = fmt.Sprint(*level)
	}
	return fmt.Sprintf("%s: score %s level %s, target %g gap %s, %d of %d rated, %d don't know",
		id, num(score), lv, target, num(gap), answered, items, dontKnow)
}

func levelPtr(v int) *int {
	if v < 0 {
		return nil
	}
	return &v
}

func sameLevel(got *int, want int) bool {
	if got == nil || want < 0 {
		return got == nil && want < 0
	}
	return *got == want
}

func scorePtr(x float64) *float64 {
	if math.IsNaN(x) {
		return nil
	}
	return &x
}

func sameNumber(got *float64, want float64) bool {
	if got == nil || math.IsNaN(want) {
		return got == nil && math.IsNaN(want)
	}
	return math.Abs(*got-want) <= 1e-9
}

func checkCompetencies(t *testing.T, got []assessment.CompetencyScore, want []competencyWant) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d competencies, want %d", len(got), len(want))
	}
	for i, g := range got {
		w := want[i]
		if g.ID != w.id || !sameLevel(g.Level, w.level) || g.Target != w.target || !sameNumber(g.Score, w.score) ||
			!sameNumber(g.Gap, w.gap) || g.Answered != w.answered || g.Items != w.items || g.DontKnow != w.dontKnow {
			t.Errorf("competency %d:\n got %s\nwant %s", i+1,
				formatCompetency(g.ID, g.Score, g.Level, g.Target, g.Gap, g.Answered, g.Items, g.DontKnow),
				formatCompetency(w.id, scorePtr(w.score), levelPtr(w.level), w.target, scorePtr(w.gap), w.answered, w.items, w.dontKnow))
		}
	}
}

func TestScoreCompetencies(t *testing.T) {
	join := func(parts ...assessment.Answers) assessment.Answers { return slices.Concat(parts...) }
	// mixed answers: every case of docs/scoring.md at once.
	mixed := join(
		rateItems("assets", 3, dk, 2, 4),          // 3 of 4 rated, mean 3 → 75
		rateItems("experience", 1, 1, 0, 2),       // mean 1 → 25
		rateItems("listening", 2, dk, unanswered), // 1 of 3 rated: 33% < 60%
		rateItems("reliability", 1, 2, 0, dk, dk), // 3 of 5 = exactly 60%, mean 1 → 25
		rateItems("leadership", 4, 4, 3),          // mean 11/3 → 91.67
	)
	tests := []struct {
		name         string
		scoring      string
		answers      assessment.Answers
		competencies []competencyWant
		priorities   []string
	}{
		{
			// Score = mean level / 4 × 100; gap = target − score.
			// Level = the highest level at most the mean.
			// assets 75 (mean 3): level 3, gap 75 − 75 = 0.
			// experience 25 (mean 1; its target 50): level 1, gap 25.
			// listening: too few rated, no score, level or gap; the don't know counts.
			// reliability 25 at exactly 60% rated: level 1, gap 75 − 25 = 50.
			// leadership 91.67 (mean 3.67): level 3, gap 75 − 91.67 = −16.67 (ahead).
			// Priorities by gap: reliability 50, experience 25, assets 0,
			// leadership −16.67; listening left out.
			name:    "scores, levels, gaps, don't know and insufficient",
			answers: mixed,
			competencies: []competencyWant{
				{"assets", 75, 3, 75, 0, 3, 4, 1},
				{"experience", 25, 1, 50, 25, 4, 4, 0},
				{"listening", noScore, -1, 60, noScore, 1, 3, 1},
				{"reliability", 25, 1, 75, 50, 3, 5, 2},
				{"leadership", 275.0 / 3, 3, 75, 75 - 275.0/3, 3, 3, 0},
			},
			priorities: []string{"reliability", "experience", "assets", "leadership"},
		},
		{
			// assets (3+1+2+2)/4 = 2 → 50, gap 25; experience (1+0+2+1)/4 = 1 → 25,
			// gap 50 − 25 = 25; reliability (3+1+2+2+2)/5 = 2 → 50, gap 25:
			// a three-way tie on gap. Lower score first: experience; then assets
			// and reliability, equal on score too, in bank order.
			// leadership (3+3+2)/3 = 8/3 → 66.67, gap 8.33; listening 4,4,4 → 100,
			// gap 60 − 100 = −40.
			name: "priority ties: lower score first, then bank order",
			answers: join(
				rateItems("assets", 3, 1, 2, 2),
				rateItems("experience", 1, 0, 2, 1),
				rateItems("listening", 4, 4, 4),
				rateItems("reliability", 3, 1, 2, 2, 2),
				rateItems("leadership", 3, 3, 2),
			),
			competencies: []competencyWant{
				{"assets", 50, 2, 75, 25, 4, 4, 0},
				{"experience", 25, 1, 50, 25, 4, 4, 0},
				{"listening", 100, 4, 60, -40, 3, 3, 0},
				{"reliability", 50, 2, 75, 25, 5, 5, 0},
				{"leadership", 200.0 / 3, 2, 75, 75 - 200.0/3, 3, 3, 0},
			},
			priorities: []string{"experience", "assets", "reliability", "leadership", "listening"},
		},
		{
			// The mixed answers under a bank that lowers the default target to 50
			// (experience and listening keep their own), needs 30% rated, and
			// starts the old "developing" band at 30, which no longer moves a level.
			// assets 75, gap 50 − 75 = −25; experience 25 < 30: nascent, gap 25;
			// listening 1 of 3 = 33% ≥ 30%: 2/4 → 50, established, gap 60 − 50 = 10;
			// reliability 25: nascent, gap 50 − 25 = 25; leadership 91.67, gap −41.67.
			// experience and reliability tie on gap and score: bank order.
			name:    "scoring: target and minimum rated from the bank; band floors do not move levels",
			scoring: "target: 50\nmin_answered: 0.3\ndeveloping_from: 30",
			answers: mixed,
			competencies: []competencyWant{
				{"assets", 75, 3, 50, -25, 3, 4, 1},
				{"experience", 25, 1, 50, 25, 4, 4, 0},
				{"listening", 50, 2, 60, 10, 1, 3, 1},
				{"reliability", 25, 1, 50, 25, 3, 5, 2},
				{"leadership", 275.0 / 3, 3, 50, 50 - 275.0/3, 3, 3, 0},
			},
			priorities: []string{"experience", "reliability", "listening", "assets", "leadership"},
		},
		{
			// All "don't know": nothing rated anywhere, so nothing is scored.
			name: "only don't know",
			answers: join(
				rateItems("assets", dk, dk, dk, dk),
				rateItems("experience", dk, dk, dk, dk),
				rateItems("listening", dk, dk, dk),
				rateItems("reliability", dk, dk, dk, dk, dk),
				rateItems("leadership", dk, dk, dk),
			),
			competencies: []competencyWant{
				{"assets", noScore, -1, 75, noScore, 0, 4, 4},
				{"experience", noScore, -1, 50, noScore, 0, 4, 4},
				{"listening", noScore, -1, 60, noScore, 0, 3, 3},
				{"reliability", noScore, -1, 75, noScore, 0, 5, 5},
				{"leadership", noScore, -1, 75, noScore, 0, 3, 3},
			},
			priorities: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := parseTestBank(t, bankSpec{practice: true, scoring: tt.scoring}.yaml())
			res := assessment.Score(b, assessment.Response{Answers: tt.answers})
			checkCompetencies(t, res.Competencies, tt.competencies)
			if !slices.Equal(res.Priorities, tt.priorities) || res.Priorities == nil {
				t.Errorf("priorities = %#v, want %#v", res.Priorities, tt.priorities)
			}
		})
	}
}

// TestCompetencyLevels pins the level rule (docs/scoring.md): a competency
// stands at the highest level of the bank whose value is at most the mean
// of its rated items, and is named with that level's label. The scale may
// skip values: on 0, 10, 20, a mean of 15 stands at 10.
func TestCompetencyLevels(t *testing.T) {
	gappy := testBankHeader + testBankCores + `levels:
  - {value: 0, label: None}
  - {value: 10, label: Some}
  - {value: 20, label: All}
competencies:
  - {id: only, name: The only competency, target: 75}
sections:
  - id: practice
    title: Practice
    questions:
      - {id: a, kind: scale, competency: only, prompt: A}
      - {id: b, kind: scale, competency: only, prompt: B}
`
	tests := []struct {
		name   string
		bank   string
		comp   string
		rates  []int
		level  int // -1: none
		words  string
		target string
	}{
		{"mean 2.4 stands at 2", "", "reliability", []int{2, 2, 3, 3, 2}, 2, "Repeatable (2.4 of 4)", "Systematic"},
		{"mean 2.8 is still 2", "", "reliability", []int{3, 3, 3, 3, 2}, 2, "Repeatable (2.8 of 4)", "Systematic"},
		{"mean 3 reaches 3", "", "reliability", []int{3, 3, 3, 3, 3}, 3, "Systematic (3 of 4)", "Systematic"},
		{"mean 3.8 stands at 3", "", "reliability", []int{4, 4, 4, 4, 3}, 3, "Systematic (3.8 of 4)", "Systematic"},
		{"all top", "", "reliability", []int{4, 4, 4, 4, 4}, 4, "Embedded and measured (4 of 4)", "Systematic"},
		{"mean 0.2 stands at 0", "", "reliability", []int{0, 0, 0, 0, 1}, 0, "Not done (0.2 of 4)", "Systematic"},
		{"don't know left out of the mean", "", "reliability", []int{2, 3, 3, dk, dk}, 2, "Repeatable (2.7 of 4)", "Systematic"},
		{"too few rated: no level", "", "reliability", []int{4, 4, dk, dk, dk}, -1, "", "Systematic"},
		{"own target 50 names Repeatable", "", "experience", []int{1, 1, 1, 2}, 1, "Ad hoc (1.3 of 4)", "Repeatable"},
		{"a scale with gaps: mean 15 stands at 10", gappy, "only", []int{10, 20}, 10, "Some (15 of 20)", "Some"},
		{"a scale with gaps: mean 5 stands at 0", gappy, "only", []int{0, 10}, 0, "None (5 of 20)", "Some"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b *assessment.Bank
			var answers assessment.Answers
			if tt.bank == "" {
				b = parseTestBank(t, bankSpec{practice: true}.yaml())
				answers = rateItems(tt.comp, tt.rates...)
			} else {
				b = parseTestBank(t, tt.bank)
				for i, r := range tt.rates {
					answers = append(answers, assessment.Answered{Question: string(rune('a' + i)), Answer: assessment.LevelAnswer(r)})
				}
			}
			res := assessment.Score(b, assessment.Response{Answers: answers})
			c, _ := res.CompetencyScore(tt.comp)
			if !sameLevel(c.Level, tt.level) {
				t.Fatalf("level = %v, want %d", scoreValueInt(c.Level), tt.level)
			}
			s := summary.Summarize(&res, b)
			for _, line := range s.Competencies {
				if line.ID != tt.comp {
					continue
				}
				if line.LevelWords != tt.words || line.TargetWords != tt.target {
					t.Errorf("words %q, target %q; want %q, %q", line.LevelWords, line.TargetWords, tt.words, tt.target)
				}
			}
		})
	}
}

func scoreValueInt(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestScoreFlags(t *testing.T) {
	join := func(parts ...assessment.Answers) assessment.Answers { return slices.Concat(parts...) }
	// varied answers raise no flag.
	variedPower := powerAnswers([6]int{6, 4, 0, 0, 0, 0}, [6]int{3, 3, 2, 2, 0, 0})
	variedPractice := join(rateItems("assets", 0, 1, 2, 3), rateItems("experience", 4, 3, 2, 1))
	tests := []struct {
		name    string
		scoring string
		answers assessment.Answers
		seconds map[string]float64
		want    []assessment.Flag
	}{
		{name: "varied answers", answers: join(variedPower, variedPractice), want: []assessment.Flag{}},
		{
			// 10 rated items (the 2 don't knows are not rated), 9 at level 2: 90%.
			name: "straight-lining at exactly 90%",
			answers: join(variedPower,
				rateItems("assets", 2, 2, 2, 2), rateItems("experience", 2, 2, 2, 2), rateItems("listening", 2, 3, dk), rateItems("reliability", dk)),
			want: []assessment.Flag{assessment.StraightLining},
		},
		{
			// 8 of 10 rated items at level 2: 80%.
			name: "80% at one level is not straight-lining",
			answers: join(variedPower,
				rateItems("assets", 2, 2, 2, 2), rateItems("experience", 2, 2, 2, 2), rateItems("listening", 3, 3)),
			want: []assessment.Flag{},
		},
		{
			// 8 of 10 at one level, against a bank threshold of 0.8.
			name:    "scoring: straight-lining threshold from the bank",
			scoring: "straight_lining: 0.8",
			answers: join(variedPower,
				rateItems("assets", 2, 2, 2, 2), rateItems("experience", 2, 2, 2, 2), rateItems("listening", 3, 3)),
			want: []assessment.Flag{assessment.StraightLining},
		},
		{
			name:    "one rated item is no line",
			answers: join(variedPower, rateItems("assets", 2, dk, dk, dk)),
			want:    []assessment.Flag{},
		},
		{
			// 10 points over 6 options can be no more even than 2,2,2,2,1,1.
			name:    "even-split on every question",
			answers: join(powerAnswers([6]int{2, 2, 2, 2, 1, 1}, [6]int{1, 1, 2, 2, 2, 2}), variedPractice),
			want:    []assessment.Flag{assessment.EvenSplit},
		},
		{
			// q2 gives 3 to product and 1 to others: a spread of 2 points.
			name:    "one uneven question is not even-split",
			answers: join(powerAnswers([6]int{2, 2, 2, 2, 1, 1}, [6]int{3, 2, 2, 1, 1, 1}), variedPractice),
			want:    []assessment.Flag{},
		},
		{
			name:    "single-core: the same core gets every point of every question",
			answers: join(powerAnswers([6]int{0, 10, 0, 0, 0, 0}, [6]int{0, 10, 0, 0, 0, 0}), variedPractice),
			want:    []assessment.Flag{assessment.SingleCore},
		},
		{
			name:    "all points to a different core on each question is not single-core",
			answers: join(powerAnswers([6]int{0, 10, 0, 0, 0, 0}, [6]int{10, 0, 0, 0, 0, 0}), variedPractice),
			want:    []assessment.Flag{},
		},
		{
			name:    "all points on one question only is not single-core",
			answers: join(powerAnswers([6]int{0, 10, 0, 0, 0, 0}, [6]int{1, 9, 0, 0, 0, 0}), variedPractice),
			want:    []assessment.Flag{},
		},
		{
			// Median of 1.0, 1.8, 2.0, 3.0 is (1.8 + 2.0) / 2 = 1.9 < 2.
			name:    "fast: a median of 1.9 s",
			answers: join(variedPower, variedPractice),
			seconds: map[string]float64{"q1": 1.0, "q2": 1.8, "assets-1": 2.0, "assets-2": 3.0},
			want:    []assessment.Flag{assessment.Fast},
		},
		{
			// Median of 1.0, 2.1, 2.1, 5.0 is 2.1.
			name:    "a median of 2.1 s is not fast",
			answers: join(variedPower, variedPractice),
			seconds: map[string]float64{"q1": 1.0, "q2": 2.1, "assets-1": 2.1, "assets-2": 5.0},
			want:    []assessment.Flag{},
		},
		{
			name:    "a median of exactly 2 s is not fast",
			answers: join(variedPower, variedPractice),
			seconds: map[string]float64{"q1": 2, "q2": 2, "assets-1": 2},
			want:    []assessment.Flag{},
		},
		{
			name:    "scoring: fast threshold from the bank",
			scoring: "fast_seconds: 3",
			answers: join(variedPower, variedPractice),
			seconds: map[string]float64{"q1": 1.0, "q2": 2.1, "assets-1": 2.1, "assets-2": 5.0},
			want:    []assessment.Flag{assessment.Fast},
		},
		{
			name: "several flags, in the model's order",
			answers: join(powerAnswers([6]int{0, 0, 0, 0, 0, 10}, [6]int{0, 0, 0, 0, 0, 10}),
				rateItems("assets", 1, 1, 1, 1), rateItems("experience", 1, 1)),
			seconds: map[string]float64{"q1": 0.5, "q2": 0.7, "assets-1": 0.4},
			want:    []assessment.Flag{assessment.StraightLining, assessment.SingleCore, assessment.Fast},
		},
		{
			name:    "nothing answered",
			answers: nil,
			want:    []assessment.Flag{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := parseTestBank(t, bankSpec{power: 2, optional: 2, practice: true, scoring: tt.scoring}.yaml())
			res := assessment.Score(b, assessment.Response{Answers: tt.answers, Seconds: tt.seconds})
			if !slices.Equal(res.Flags, tt.want) || res.Flags == nil {
				t.Errorf("flags = %#v, want %#v", res.Flags, tt.want)
			}
		})
	}
}

// mixedResponse answers every question of the power + practice + choice
// bank, out of bank order, with times.
func mixedResponse() assessment.Response {
	answers := slices.Concat(
		rateItems("leadership", 4, 4, 3),
		powerAnswers([6]int{6, 3, 0, 0, 0, 1}, [6]int{5, 3, 2, 0, 0, 0}),
		rateItems("assets", 3, dk, 2, 4),
		rateItems("listening", 2, dk),
		assessment.Answers{{Question: "budget", Answer: assessment.ChoiceAnswer("c")}},
		rateItems("experience", 1, 1, 0, 2),
		rateItems("reliability", 1, 2, 0, dk, dk),
	)
	return assessment.Response{
		Bank:       "test",
		Respondent: "Ada",
		Seconds:    map[string]float64{"q1": 12.5, "q2": 9, "assets-1": 3},
		Answers:    answers,
	}
}

// mixedBank is the power and practice bank with a choice question whose
// option weighs on three cores (map order must not matter).
func mixedBank() string {
	return bankSpec{power: 2, practice: true}.yaml() + `  - id: more
    title: More
    questions:
      - id: budget
        kind: choice
        prompt: Who wins a budget fight?
        options:
          - {id: c, label: Three cores, weights: {customer: 3, vertical: 1, it: 1, marketing: 1, sales: 1, product: 3}}
`
}

func TestScoreIsDeterministicAndPure(t *testing.T) {
	b := parseTestBank(t, mixedBank())
	untouched := parseTestBank(t, mixedBank())
	resp := mixedResponse()
	first := assessment.Score(b, resp)
	for i := range 50 {
		if again := assessment.Score(b, resp); !reflect.DeepEqual(again, first) {
			t.Fatalf("run %d differs from the first:\n got %+v\nwant %+v", i+2, again, first)
		}
	}
	if !reflect.DeepEqual(b, untouched) {
		t.Error("Score changed the bank")
	}
	if !reflect.DeepEqual(resp, mixedResponse()) {
		t.Errorf("Score changed the response:\n got %+v\nwant %+v", resp, mixedResponse())
	}
	// The result lists the answers in bank order, whatever order they came in.
	var got []string
	for _, a := range first.Answers {
		got = append(got, a.Question)
	}
	var want []string
	for _, q := range b.Questions() {
		if _, ok := resp.Answers.Get(q.ID); ok {
			want = append(want, q.ID)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("result answers in order %v, want bank order %v", got, want)
	}
	checkSum100(t, first)
}

func TestResultJSONEmptyAndMissing(t *testing.T) {
	b := parseTestBank(t, bankSpec{power: 2, optional: 2, practice: true}.yaml())
	tests := []struct {
		name    string
		answers assessment.Answers
		// want maps a top-level key to its exact JSON.
		want map[string]string
	}{
		{
			name: "nothing answered",
			want: map[string]string{
				"dominant": `[]`, "supporting": `""`, "clarity": `"none"`, "flags": `[]`, "priorities": `[]`, "answers": `{}`,
			},
		},
		{
			// Diffuse (every core 16.67), no flag (the split is not even:
			// 4 vs 0 points), assets insufficient (1 of 4 rated).
			name:    "diffuse, with an insufficient competency",
			answers: slices.Concat(powerAnswers([6]int{4, 0, 2, 2, 1, 1}, [6]int{0, 4, 0, 0, 3, 3}), rateItems("assets", 3, dk)),
			want:    map[string]string{"dominant": `[]`, "supporting": `""`, "flags": `[]`, "priorities": `[]`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := assessment.Score(b, assessment.Response{Answers: tt.answers})
			data, err := json.Marshal(res)
			if err != nil {
				t.Fatal(err)
			}
			var top map[string]json.RawMessage
			if err := json.Unmarshal(data, &top); err != nil {
				t.Fatal(err)
			}
			for key, want := range tt.want {
				if got := string(top[key]); got != want {
					t.Errorf("%s: %s, want %s", key, got, want)
				}
			}
			var comps []map[string]json.RawMessage
			if err := json.Unmarshal(top["competencies"], &comps); err != nil {
				t.Fatal(err)
			}
			for _, c := range comps {
				if string(c["band"]) != `"insufficient"` {
					continue
				}
				for _, key := range []string{"score", "gap"} {
					if got := string(c[key]); got != "null" {
						t.Errorf("insufficient competency %s: %s is %s, want null", c["id"], key, got)
					}
				}
			}
		})
	}
}

// TestScoreIgnoresWhatTheBankCannotUse: Score's contract is that answers the
// bank cannot use are ignored (ReadResponse reports them), so they cannot
// bend the scores: the result is that of the answers without them.
func TestScoreIgnoresWhatTheBankCannotUse(t *testing.T) {
	b := parseTestBank(t, bankSpec{power: 1, practice: true}.yaml())
	// q1: product 60, sales 40; assets 3 of 4 rated, mean 7/3.
	clean := slices.Concat(powerAnswers([6]int{6, 4, 0, 0, 0, 0}), rateItems("assets", 2, 2, 3))
	tests := []struct {
		name     string
		question string
		answer   assessment.Answer
	}{
		{"an unknown question", "nope", assessment.LevelAnswer(4)},
		{"text on a scale item", "assets-4", assessment.TextAnswer("often")},
		// Counted, level 7 on a 0–4 scale would make assets (2+2+3+7)/4 → 87.5.
		{"a level the bank does not have", "assets-4", assessment.LevelAnswer(7)},
		// Counted, the 5 points would leave product 6/15 and the cores
		// summing to 66.67.
		{"points for a core the question does not offer", "q1", assessment.PointsAnswer(
			assessment.Allocation{Core: "product", Points: 6}, assessment.Allocation{Core: "sales", Points: 4},
			assessment.Allocation{Core: "slaes", Points: 5})},
	}
	want := assessment.Score(b, assessment.Response{Answers: clean})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := assessment.Score(b, assessment.Response{Answers: clean.With(tt.question, tt.answer)})
			if !sameCores(got.Cores, coreWants(want.Cores)) {
				t.Errorf("cores:\n got %s\nwant %s", formatCores(got.Cores), formatCores(want.Cores))
			}
			gotComp, _ := got.CompetencyScore("assets")
			wantComp, _ := want.CompetencyScore("assets")
			if !reflect.DeepEqual(gotComp, wantComp) {
				t.Errorf("assets:\n got %s\nwant %s",
					formatCompetency(gotComp.ID, gotComp.Score, gotComp.Level, gotComp.Target, gotComp.Gap, gotComp.Answered, gotComp.Items, gotComp.DontKnow),
					formatCompetency(wantComp.ID, wantComp.Score, wantComp.Level, wantComp.Target, wantComp.Gap, wantComp.Answered, wantComp.Items, wantComp.DontKnow))
			}
			checkSum100(t, got)
		})
	}
}

func coreWants(cores []assessment.CoreScore) []coreWant {
	out := make([]coreWant, len(cores))
	for i, c := range cores {
		out[i] = coreWant{c.ID, c.Score, c.Won}
	}
	return out
}
