package assessment

import (
	"math"
)

// CompareSchema is the schema of a comparison.
const CompareSchema = "powercore/compare@1"

// Notable is the size of change (in points) a comparison calls out.
const Notable = 10

// Profile is what a comparison needs of a result or a group: the scores
// and who leads.
type Profile struct {
	// Label names the profile: a respondent, a file.
	Label string `json:"label" yaml:"label"`
	// Kind is "result" or "group"; N is how many results it stands for.
	Kind         string              `json:"kind" yaml:"kind"`
	N            int                 `json:"n" yaml:"n"`
	Bank         BankRef             `json:"bank" yaml:"bank"`
	When         string              `json:"when,omitempty" yaml:"when,omitempty"`
	Dominant     []string            `json:"dominant" yaml:"dominant"`
	Supporting   string              `json:"supporting" yaml:"supporting"`
	Clarity      Clarity             `json:"clarity" yaml:"clarity"`
	Cores        []ProfileScore      `json:"-" yaml:"-"`
	Competencies []ProfileCompetency `json:"-" yaml:"-"`
	// Respondent is the name in a result ("" when anonymous, or for a
	// group): not exported, since Label already says who it is.
	Respondent string `json:"-" yaml:"-"`
}

// ProfileScore is a core's score in a profile.
type ProfileScore struct {
	ID, Name string
	Score    float64
}

// ProfileCompetency is a competency's score in a profile.
type ProfileCompetency struct {
	ID, Name string
	Score    *float64
	Target   float64
}

// ProfileOf is the profile of a result.
func ProfileOf(r *Result, label string) Profile {
	p := Profile{Label: label, Kind: "result", N: 1, Bank: r.Bank, Dominant: r.Dominant, Supporting: r.Supporting, Clarity: r.Clarity, Respondent: r.Respondent}
	if !r.CompletedAt.IsZero() {
		p.When = r.CompletedAt.Format("2006-01-02")
	}
	for _, c := range r.Cores {
		p.Cores = append(p.Cores, ProfileScore{ID: c.ID, Name: c.Name, Score: c.Score})
	}
	for _, c := range r.Competencies {
		p.Competencies = append(p.Competencies, ProfileCompetency{ID: c.ID, Name: c.Name, Score: c.Score, Target: c.Target})
	}
	return p
}

// ProfileOfGroup is the profile of a group: its means.
func ProfileOfGroup(g *Group, label string) Profile {
	p := Profile{Label: label, Kind: "group", N: g.N, Bank: BankRef{ID: g.Bank.ID, Version: g.Bank.Version}, Dominant: g.Dominant, Supporting: g.Supporting, Clarity: g.Clarity}
	for _, c := range g.Cores {
		p.Cores = append(p.Cores, ProfileScore{ID: c.ID, Name: c.Name, Score: c.Mean})
	}
	for _, c := range g.Competencies {
		p.Competencies = append(p.Competencies, ProfileCompetency{ID: c.ID, Name: c.Name, Score: c.Mean, Target: c.Target})
	}
	return p
}

// Comparison is what moved between two profiles: a person's results six
// months apart, or a team's.
type Comparison struct {
	Schema       string             `json:"schema" yaml:"schema"`
	Before       Profile            `json:"before" yaml:"before"`
	After        Profile            `json:"after" yaml:"after"`
	Cores        []CoreChange       `json:"cores" yaml:"cores"`
	Competencies []CompetencyChange `json:"competencies" yaml:"competencies"`
	// Changes says in words what moved by Notable points or more, and any
	// change of dominant or supporting core.
	Changes []string `json:"changes" yaml:"changes"`
}

// CoreChange is one core before and after.
type CoreChange struct {
	ID      string  `json:"id" yaml:"id"`
	Name    string  `json:"name" yaml:"name"`
	Before  float64 `json:"before" yaml:"before"`
	After   float64 `json:"after" yaml:"after"`
	Delta   float64 `json:"delta" yaml:"delta"`
	Notable bool    `json:"notable" yaml:"notable"`
}

// CompetencyChange is one competency before and after; a score is nil
// where there were too few answers for one.
type CompetencyChange struct {
	ID      string   `json:"id" yaml:"id"`
	Name    string   `json:"name" yaml:"name"`
	Before  *float64 `json:"before" yaml:"before"`
	After   *float64 `json:"after" yaml:"after"`
	Delta   *float64 `json:"delta" yaml:"delta"`
	Target  float64  `json:"target" yaml:"target"`
	Notable bool     `json:"notable" yaml:"notable"`
}

// Compare lists what moved between two profiles of the same bank. Cores
// follow the after profile's order (highest first); competencies the
// before profile's.
func Compare(before, after Profile) Comparison {
	c := Comparison{Schema: CompareSchema, Before: before, After: after, Changes: []string{}}
	c.Before.Dominant = nonNil(c.Before.Dominant)
	c.After.Dominant = nonNil(c.After.Dominant)
	prev := map[string]ProfileScore{}
	for _, s := range before.Cores {
		prev[s.ID] = s
	}
	seen := map[string]bool{}
	add := func(id, name string, b, a float64) {
		d := a - b
		c.Cores = append(c.Cores, CoreChange{ID: id, Name: name, Before: b, After: a, Delta: d, Notable: math.Abs(d) >= Notable-Eps})
		seen[id] = true
	}
	for _, s := range after.Cores {
		add(s.ID, s.Name, prev[s.ID].Score, s.Score)
	}
	for _, s := range before.Cores {
		if !seen[s.ID] {
			add(s.ID, s.Name, s.Score, 0)
		}
	}
	next := map[string]ProfileCompetency{}
	for _, s := range after.Competencies {
		next[s.ID] = s
	}
	seen = map[string]bool{}
	addComp := func(id, name string, b, a *float64, target float64) {
		cc := CompetencyChange{ID: id, Name: name, Before: b, After: a, Target: target}
		if b != nil && a != nil {
			d := *a - *b
			cc.Delta = &d
			cc.Notable = math.Abs(d) >= Notable-Eps
		}
		c.Competencies = append(c.Competencies, cc)
		seen[id] = true
	}
	for _, s := range before.Competencies {
		n, ok := next[s.ID]
		target := s.Target
		if ok {
			target = n.Target
		}
		addComp(s.ID, s.Name, s.Score, n.Score, target)
	}
	for _, s := range after.Competencies {
		if !seen[s.ID] {
			addComp(s.ID, s.Name, nil, s.Score, s.Target)
		}
	}
	return c
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// CoreName is a core's name in the comparison, else its id.
func (c *Comparison) CoreName(id string) string {
	for _, s := range c.Cores {
		if s.ID == id {
			return Printable(s.Name)
		}
	}
	return Printable(id)
}

// SupportName names a supporting core, or "none".
func (c *Comparison) SupportName(id string) string {
	if id == "" {
		return "none"
	}
	return c.CoreName(id)
}
