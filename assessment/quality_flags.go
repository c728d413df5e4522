package assessment

import "sort"

// flags finds the quality flags of a response (docs/scoring.md). They are shown
// with the result; they never change it.
func flags(b *Bank, r Response) []Flag {
	out := []Flag{}
	if straightLining(b, r.Answers) {
		out = append(out, StraightLining)
	}
	even, single := pointPatterns(b, r.Answers)
	if even {
		out = append(out, EvenSplit)
	}
	if single {
		out = append(out, SingleCore)
	}
	if fast(b.Scoring, r.Seconds) {
		out = append(out, Fast)
	}
	if len(UnknownPractices(b, r.Answers)) > 0 {
		out = append(out, Unknowns)
	}
	return out
}

// unknownsShare is the share of practice items answered "don't know" that
// makes not knowing a finding of its own (docs/scoring.md).
const unknownsShare = 1.0 / 3.0

// UnknownPractices lists the practice items answered "don't know", in bank order,
// when they are at least a third of the practice items; none otherwise.
func UnknownPractices(b *Bank, answers Answers) []Question {
	var items, dontKnow []Question
	for _, q := range b.Questions() {
		if q.Kind != Scale {
			continue
		}
		items = append(items, q)
		if a, ok := answers.Get(q.ID); ok && a.IsDontKnow() {
			dontKnow = append(dontKnow, q)
		}
	}
	if len(items) == 0 || float64(len(dontKnow)) < unknownsShare*float64(len(items))-Eps {
		return nil
	}
	return dontKnow
}

// straightLining: the same level on at least the threshold share of the
// rated competency items (two or more of them: one answer is no line).
func straightLining(b *Bank, answers Answers) bool {
	counts := map[int]int{}
	rated := 0
	for _, q := range b.Questions() {
		if q.Kind != Scale {
			continue
		}
		a, ok := answers.Get(q.ID)
		if !ok {
			continue
		}
		if level, ok := a.Level(); ok && b.HasLevel(level) {
			counts[level]++
			rated++
		}
	}
	if rated < 2 {
		return false
	}
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	return float64(most)/float64(rated) >= b.Scoring.StraightLining-Eps
}

// pointPatterns looks at every answered point question: even is every one
// split as evenly as whole points allow across all its options; single is
// one core given all the points on every one.
func pointPatterns(b *Bank, answers Answers) (even, single bool) {
	asked := 0
	even, single = true, true
	allIn := ""
	for _, q := range b.Questions() {
		if q.Kind != Allocate {
			continue
		}
		a, ok := answers.Get(q.ID)
		if !ok {
			continue
		}
		asked++
		lo, hi := -1, 0
		for _, o := range q.Options {
			p := a.PointsFor(o.Core)
			if lo < 0 || p < lo {
				lo = p
			}
			hi = max(hi, p)
		}
		if hi-lo > 1 {
			even = false
		}
		got := ""
		for _, p := range a.Points {
			if p.Points == q.Points {
				got = p.Core
			}
		}
		if got == "" || (allIn != "" && got != allIn) {
			single = false
		}
		allIn = got
	}
	if asked == 0 {
		return false, false
	}
	return even, single
}

// fast: a median time per answer under the threshold. Only interactive
// runs record times.
func fast(s Scoring, seconds map[string]float64) bool {
	if len(seconds) == 0 {
		return false
	}
	times := make([]float64, 0, len(seconds))
	for _, t := range seconds {
		times = append(times, t)
	}
	sort.Float64s(times)
	mid := len(times) / 2
	median := times[mid]
	if len(times)%2 == 0 {
		median = (times[mid-1] + times[mid]) / 2
	}
	return median < s.FastSeconds
}
