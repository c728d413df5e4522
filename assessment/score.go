package assessment

import (
	"maps"
	"math"
	"slices"
	"sort"
)

// Eps absorbs floating-point noise when scores are compared: two scores
// closer than this are equal.
const Eps = 1e-9

// Score scores a response against its bank by the rules of docs/scoring.md,
// with the thresholds of the bank's scoring block. It is pure and
// deterministic: the same bank and response always give the same result.
// Answers the bank cannot use (unknown questions, cores or options) are
// ignored; ReadResponse reports them before scoring.
func Score(b *Bank, r Response) Result {
	res := Result{
		Schema:      ResultSchema,
		Bank:        BankRef{ID: b.ID, Version: b.Version, SHA256: b.SHA256},
		Respondent:  r.Respondent,
		StartedAt:   r.StartedAt,
		CompletedAt: r.CompletedAt,
		Seed:        r.Seed,
		Answers:     r.Answers.InOrder(b),
		Seconds:     r.Seconds,
		Dominant:    []string{},
		Priorities:  []string{},
		Flags:       []Flag{},
	}
	if res.Answers == nil {
		res.Answers = Answers{}
	}
	profile := scoreCores(b, r.Answers)
	res.Cores = profile.cores
	res.Dominant, res.Supporting = leaders(b.Scoring, profile)
	res.Congruence = Congruence{Questions: profile.questions}
	if len(res.Dominant) > 0 {
		res.Congruence.Won = res.Cores[0].Won
	}
	res.Clarity = NoClarity
	if len(res.Dominant) > 0 {
		won := float64(res.Congruence.Won) / float64(res.Congruence.Questions)
		res.Clarity = clarityOf(b.Scoring, res.LeadMargin(), won)
	}
	res.Competencies = scoreCompetencies(b, r.Answers)
	res.Priorities = priorities(res.Competencies)
	res.Flags = flags(b, r)
	return res
}

// profile is the core scores with what ranking them needs.
type profile struct {
	cores []CoreScore
	// largest is each core's largest single share, by id.
	largest map[string]float64
	// questions counts the answered questions that weigh on the cores.
	questions int
}

// shares is how one answer splits across the cores, summing to 1.
func shares(q Question, a Answer) map[string]float64 {
	out := map[string]float64{}
	switch q.Kind {
	case Allocate:
		// Only the question's own options count: points for a core it does
		// not offer are ignored, so the shares still sum to 1.
		total := 0
		for _, o := range q.Options {
			if p := a.PointsFor(o.Core); p > 0 {
				total += p
			}
		}
		if total == 0 {
			return nil
		}
		for _, o := range q.Options {
			if p := a.PointsFor(o.Core); p > 0 {
				out[o.Core] += float64(p) / float64(total)
			}
		}
	case Choice:
		for _, o := range q.Options {
			if o.ID != a.Value {
				continue
			}
			// Sorted, so that the sum is the same to the last bit every run.
			cores := slices.Sorted(maps.Keys(o.Weights))
			total := 0.0
			for _, core := range cores {
				if w := o.Weights[core]; w > 0 {
					total += w
				}
			}
			if total == 0 {
				return nil
			}
			for _, core := range cores {
				if w := o.Weights[core]; w > 0 {
					out[core] = w / total
				}
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func scoreCores(b *Bank, answers Answers) profile {
	p := profile{largest: map[string]float64{}}
	sum := map[string]float64{}
	won := map[string]int{}
	for _, q := range b.Questions() {
		a, ok := answers.Get(q.ID)
		if !ok || !q.Weighs() {
			continue
		}
		split := shares(q, a)
		if split == nil {
			continue
		}
		p.questions++
		best, bestShare, tie := "", -1.0, false
		for _, c := range b.Cores {
			s := split[c.ID]
			sum[c.ID] += s
			p.largest[c.ID] = math.Max(p.largest[c.ID], s)
			switch {
			case s > bestShare+Eps:
				best, bestShare, tie = c.ID, s, false
			case math.Abs(s-bestShare) <= Eps:
				tie = true
			}
		}
		if !tie && best != "" {
			won[best]++
		}
	}
	for _, c := range b.Cores {
		score := 0.0
		if p.questions > 0 {
			score = sum[c.ID] / float64(p.questions) * 100
		}
		p.cores = append(p.cores, CoreScore{ID: c.ID, Name: c.Name, Score: score, Won: won[c.ID]})
	}
	// Cores are listed by score, then questions won, then largest single
	// share, then bank order (the stable sort keeps it).
	sort.SliceStable(p.cores, func(i, j int) bool {
		a, b := p.cores[i], p.cores[j]
		if math.Abs(a.Score-b.Score) > Eps {
			return a.Score > b.Score
		}
		if a.Won != b.Won {
			return a.Won > b.Won
		}
		la, lb := p.largest[a.ID], p.largest[b.ID]
		if math.Abs(la-lb) > Eps {
			return la > lb
		}
		return false
	})
	return p
}

// leaders finds the dominant cores and the supporting one. List order never
// decides who is dominant: every core within the margin of the top score
// shares the lead.
func leaders(s Scoring, p profile) (dominant []string, supporting string) {
	dominant = []string{}
	if p.questions == 0 || len(p.cores) == 0 {
		return dominant, ""
	}
	top := p.cores[0].Score
	if top < s.ClearCoreMin-Eps {
		return dominant, ""
	}
	for _, c := range p.cores {
		if top-c.Score < s.CoDominantMargin-Eps {
			dominant = append(dominant, c.ID)
		}
	}
	if len(dominant) > 1 || len(p.cores) < 2 {
		return dominant, ""
	}
	second := p.cores[1].Score
	third := 0.0
	if len(p.cores) > 2 {
		third = p.cores[2].Score
	}
	if second >= s.SupportingMin-Eps && second-third >= s.SupportingLead-Eps {
		supporting = p.cores[1].ID
	}
	return dominant, supporting
}

// clarityOf is how confident a lead is, by the model's rules: the margin
// over the runner-up and the share of the evidence behind the leader (the
// questions it won for a result, the members who share it for a group).
// Each step needs both its margin and its share, so a wide margin won on
// few questions is not "clear". Only a lead that has a dominant core has a
// clarity; callers check that.
func clarityOf(s Scoring, margin, share float64) Clarity {
	switch {
	case margin >= s.VeryClearMargin-Eps && share >= s.VeryClearWon-Eps:
		return VeryClear
	case margin >= s.ClearMargin-Eps && share >= s.ClearWon-Eps:
		return Clear
	case margin >= s.ModerateMargin-Eps:
		return Moderate
	}
	return Slight
}
