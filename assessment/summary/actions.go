package summary

import (
	"fmt"
	"github.com/powercore/powercore/assessment"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Action is one thing to start with, traced to the evidence it comes from.
type Action struct {
	// Text is what to do.
	Text string
	// From names the practice (or kickstart) the action comes from, and
	// why it was picked, in a sentence.
	From string
	// Kind is "practice" (a weak practice's next step), "find-out" (a
	// competency without enough answers) or "kickstart" (the dominant
	// core's first kickstart step).
	Kind string
}

// Practice is one practice item as rated.
type Practice struct {
	ID         string
	Prompt     string
	Competency string
	// Rated is the label of the level it was rated at.
	Rated string
	Value int
}

// maxActions is how many actions the summary shows (docs/scoring.md).
const maxActions = 3

// weakestShown is how many of the lowest-rated practices a report lists.
const weakestShown = 5

// actions picks where to start: the next step of the lowest-rated practice
// in each competency short of its target, largest gap first; something to
// find out for a competency with too few answers; and the dominant core's
// first kickstart step. At most three, the kickstart always among them
// when there is one. It also returns every find-out action, for reports.
func actions(r *assessment.Result, b *assessment.Bank, s Summary) (out, findOut []Action) {
	var evidence []Action
	behind, _ := s.Behind()
	for _, p := range behind {
		if a, ok := practiceAction(r, b, p.CompetencyLine); ok {
			evidence = append(evidence, a)
		}
	}
	for _, c := range s.Competencies {
		if c.Score == nil {
			findOut = append(findOut, findOutAction(r, b, c))
		}
	}
	// Unknowns come right after the largest gap: not knowing is a finding,
	// and must not be crowded out by the smaller gaps.
	if len(evidence) > 0 {
		evidence = append(evidence[:1], append(slices.Clone(findOut), evidence[1:]...)...)
	} else {
		evidence = slices.Clone(findOut)
	}
	var kick *Action
	if len(s.Cards) > 0 && len(s.Cards[0].Kickstart) > 0 {
		c := s.Cards[0]
		from := fmt.Sprintf("From the kickstart for %s, your Power Core: customer work woven into its own priorities.", c.Name)
		if len(s.Cards) > 1 {
			// Co-dominant: the first core's step, saying whose it is and
			// that the lead is shared, so the others are not left out.
			var others []string
			for _, o := range s.Cards[1:] {
				others = append(others, o.Name)
			}
			see := "see the kickstart for " + others[0] + " too"
			if len(others) > 1 {
				see = "see their kickstarts too"
			}
			from = fmt.Sprintf("From the kickstart for %s, which shares the lead with %s (%s): customer work woven into its own priorities.", c.Name, AndList(others), see)
		}
		kick = &Action{Text: c.Kickstart[0], Kind: "kickstart", From: from}
	}
	room := maxActions
	if kick != nil {
		room--
	}
	out = evidence[:min(room, len(evidence)):min(room, len(evidence))]
	if kick != nil {
		out = append(out, *kick)
	}
	return out, findOut
}

// practiceAction is the next step of a competency's lowest-rated practice.
// Without the bank, the practices are unknown: the competency itself is
// the evidence.
func practiceAction(r *assessment.Result, b *assessment.Bank, c CompetencyLine) (Action, bool) {
	gap := fmt.Sprintf("%s below target", pointsWords(*c.Gap))
	if b == nil {
		if c.LevelWords == "" {
			return Action{}, false
		}
		return Action{Kind: "practice",
			Text: fmt.Sprintf("Raise %s from %s towards %s.", c.Name, c.LevelWords, c.TargetWords),
			From: fmt.Sprintf("From %s: %s.", c.Name, gap)}, true
	}
	rated := ratedPractices(r, b, c.ID)
	if len(rated) == 0 {
		return Action{}, false
	}
	p := rated[0]
	text := ""
	if q, ok := b.Question(p.ID); ok && q.NextStep != "" {
		text = assessment.Printable(q.NextStep)
	}
	if text == "" && c.Level != nil {
		if comp, ok := b.Competency(c.ID); ok {
			if steps := b.NextStepsFor(comp, *c.Level); len(steps) > 0 {
				text = assessment.Printable(steps[0])
			}
		}
	}
	if text == "" {
		text = "Take this practice one level up: " + p.Prompt + "."
	}
	return Action{Kind: "practice", Text: text,
		From: fmt.Sprintf("From the practice “%s”, rated %s: the weakest in %s, %s.", p.Prompt, p.Rated, c.Name, gap)}, true
}

// findOutAction turns a competency without enough answers into something
// to find out, naming the first practice nobody could rate.
func findOutAction(r *assessment.Result, b *assessment.Bank, c CompetencyLine) Action {
	why := fmt.Sprintf("%d of %d practices rated", c.Answered, c.Items)
	if c.DontKnow > 0 {
		why += fmt.Sprintf(", %d answered “don't know”", c.DontKnow)
	}
	a := Action{Kind: "find-out",
		Text: fmt.Sprintf("Find out how %s is practised today, and name an owner.", c.Name),
		From: fmt.Sprintf("From %s: too few answers for a level (%s).", c.Name, why)}
	if b == nil {
		return a
	}
	for _, q := range b.Questions() {
		if q.Kind != assessment.Scale || q.Competency != c.ID {
			continue
		}
		if ans, ok := r.Answers.Get(q.ID); ok && !ans.IsDontKnow() {
			continue
		}
		prompt := strings.TrimSuffix(assessment.Printable(q.Prompt), ".")
		a.Text = fmt.Sprintf("Find out whether %s, and name an owner.", lowerFirst(prompt))
		a.From = fmt.Sprintf("From the practice “%s”, not rated: %s has too few answers for a level (%s).", prompt, c.Name, why)
		break
	}
	return a
}

// ratedPractices are the practices rated with a level, lowest first (ties
// in bank order); competency "" takes every competency's.
func ratedPractices(r *assessment.Result, b *assessment.Bank, competency string) []Practice {
	var out []Practice
	for _, q := range b.Questions() {
		if q.Kind != assessment.Scale || (competency != "" && q.Competency != competency) {
			continue
		}
		a, ok := r.Answers.Get(q.ID)
		if !ok {
			continue
		}
		v, ok := a.Level()
		if !ok || !b.HasLevel(v) {
			continue
		}
		name := q.Competency
		if c, ok := b.Competency(q.Competency); ok {
			name = c.Name
		}
		out = append(out, Practice{ID: q.ID, Prompt: strings.TrimSuffix(assessment.Printable(q.Prompt), "."), Competency: assessment.Printable(name), Rated: assessment.LevelLabel(b.Levels, v), Value: v})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Value < out[j].Value })
	return out
}

// weakest lists the lowest-rated practices, up to n, leaving out those at
// or above their competency's target level.
func weakest(r *assessment.Result, b *assessment.Bank, lines []CompetencyLine, n int) []Practice {
	if b == nil {
		return nil
	}
	target := map[string]float64{}
	for _, c := range b.Competencies {
		target[assessment.Printable(c.Name)] = assessment.MeanOf(b.Levels, b.TargetOf(c))
	}
	var out []Practice
	for _, p := range ratedPractices(r, b, "") {
		if float64(p.Value) >= target[p.Competency]-assessment.Eps {
			continue
		}
		out = append(out, p)
		if len(out) == n {
			break
		}
	}
	return out
}

// unknownItems are the practices answered "don't know", by prompt (by id
// without the bank).
func unknownItems(r *assessment.Result, b *assessment.Bank) []string {
	var out []string
	if b == nil {
		for _, a := range r.Answers {
			if a.IsDontKnow() {
				out = append(out, assessment.Printable(a.Question))
			}
		}
		return out
	}
	for _, q := range assessment.UnknownPractices(b, r.Answers) {
		out = append(out, assessment.Printable(q.Prompt))
	}
	return out
}

// resultSupport says why no core supports a single dominant one, and the
// supporting core in a few words for a fact line.
func resultSupport(r *assessment.Result, b *assessment.Bank, name func(string) string) (sentence, fact string) {
	s := assessment.DefaultScoring()
	if b != nil {
		s = b.Scoring
	}
	ranked := make([]rankedCore, len(r.Cores))
	for i, c := range r.Cores {
		ranked[i] = rankedCore{name(c.ID), c.Score}
	}
	return supportWords(s, r.Dominant, r.Supporting, name, ranked)
}

// rankedCore is a core's name and score, in rank order.
type rankedCore struct {
	name  string
	score float64
}

// supportWords explains the supporting place (docs/scoring.md): who holds it,
// or why nobody does ("No clear supporting core: Sales and Customer are
// tied at 22.").
func supportWords(s assessment.Scoring, dominant []string, supporting string, name func(string) string, cores []rankedCore) (sentence, fact string) {
	switch {
	case supporting != "":
		return "", name(supporting)
	case len(dominant) == 0:
		return "", "Not named: no clear Power Core"
	case len(dominant) > 1:
		return "", "Not named: the lead is shared"
	case len(cores) < 2:
		return "", "Not named: only one core"
	}
	second := cores[1]
	var tied []string
	for _, c := range cores[1:] {
		if Round(c.score) == Round(second.score) {
			tied = append(tied, c.name)
		}
	}
	var why string
	switch {
	case len(tied) > 1:
		why = fmt.Sprintf("%s are tied at %s", AndList(tied), Round(second.score))
	case second.score < s.SupportingMin-assessment.Eps:
		why = fmt.Sprintf("the runner-up, %s, has %s, under the %s a supporting core needs", second.name, pointsWords(second.score), Round(s.SupportingMin))
	default:
		third := cores[2]
		why = fmt.Sprintf("%s (%s) is only %s ahead of %s (%s)", second.name, Round(second.score), pointsWords(second.score-third.score), third.name, Round(third.score))
	}
	return "No clear supporting core: " + why + ".", "No clear one: " + why
}

// pointsWords writes a number of points: "1 point", "12 points".
func pointsWords(x float64) string {
	if Round(x) == "1" {
		return "1 point"
	}
	return Round(x) + " points"
}

// nearWords says how close leading cores are: "tied at 30" when their
// scores round alike, else "within 3 points of each other".
func nearWords(top, spread float64) string {
	if Round(spread) == "0" {
		return "tied at " + Round(top)
	}
	return "within " + pointsWords(spread) + " of each other"
}

// lowerFirst lowers a sentence's first letter to go inside another,
// unless it starts an acronym ("IT systems").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	if next, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(next) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
