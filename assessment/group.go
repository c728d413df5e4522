package assessment

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"sort"
	"strconv"
)

// GroupSchema is the schema of a group profile.
const GroupSchema = "powercore/group@1"

// Group is the profile of a team: the individual results averaged, as
// OCAI does for teams, with how far the members agree.
type Group struct {
	Schema string `json:"schema" yaml:"schema"`
	// N is how many results the group is made of.
	N    int       `json:"n" yaml:"n"`
	Bank GroupBank `json:"bank" yaml:"bank"`
	// Cores are sorted by mean, highest first.
	Cores      []GroupCore `json:"cores" yaml:"cores"`
	Dominant   []string    `json:"dominant" yaml:"dominant"`
	Supporting string      `json:"supporting" yaml:"supporting"`
	Clarity    Clarity     `json:"clarity" yaml:"clarity"`
	// Consensus is the share of members whose own dominant cores include
	// the group's top core (0–1).
	Consensus    float64           `json:"consensus" yaml:"consensus"`
	Competencies []GroupCompetency `json:"competencies" yaml:"competencies"`
	Priorities   []string          `json:"priorities" yaml:"priorities"`
	// Flags call out disagreement: low-consensus, wide-spread.
	Flags   []string `json:"flags" yaml:"flags"`
	Members []Member `json:"members" yaml:"members"`
}

// GroupBank names the bank the results came from; Versions lists every
// content version among them when they differ.
type GroupBank struct {
	ID       string   `json:"id" yaml:"id"`
	Version  string   `json:"version" yaml:"version"`
	Versions []string `json:"versions,omitempty" yaml:"versions,omitempty"`
}

// GroupCore is one core across the members: its mean score and spread.
type GroupCore struct {
	ID   string  `json:"id" yaml:"id"`
	Name string  `json:"name" yaml:"name"`
	Mean float64 `json:"mean" yaml:"mean"`
	// SD is the population standard deviation (÷ n) of the members' scores.
	SD  float64 `json:"sd" yaml:"sd"`
	Min float64 `json:"min" yaml:"min"`
	Max float64 `json:"max" yaml:"max"`
}

// GroupCompetency is one competency across the members who have a score
// for it.
type GroupCompetency struct {
	ID     string   `json:"id" yaml:"id"`
	Name   string   `json:"name" yaml:"name"`
	Mean   *float64 `json:"mean" yaml:"mean"`
	Min    *float64 `json:"min" yaml:"min"`
	Max    *float64 `json:"max" yaml:"max"`
	Target float64  `json:"target" yaml:"target"`
	// Gap is Target − Mean; nil when no member has a score.
	Gap *float64 `json:"gap" yaml:"gap"`
	// N is how many members have a score for it.
	N int `json:"n" yaml:"n"`
	// Level is the value of the level the group mean stands at (see
	// CompetencyScore.Level); nil when no member has a score.
	Level *int `json:"level" yaml:"level"`
}

// Member is one result in a group: what they saw and, in a group made
// with names, who they are. An anonymous member (Anonymous) has its scores
// only.
type Member struct {
	// Name is the respondent's name, else the file the result came from;
	// empty in an anonymous group.
	Name string `json:"name,omitempty" yaml:"name,omitempty"`
	// Dominant is the member's own dominant cores; nil in an anonymous
	// group.
	Dominant []string           `json:"dominant,omitempty" yaml:"dominant,omitempty"`
	Scores   map[string]float64 `json:"scores" yaml:"scores"`
}

// Named reports whether the group's members carry names (a group made
// with names, or one written before groups were anonymous by default).
func (g *Group) Named() bool {
	for _, m := range g.Members {
		if m.Name != "" {
			return true
		}
	}
	return false
}

// Anonymous is the group with no names and no member's own dominant core:
// each member keeps its scores only, so that a room can be shown where it
// agrees without showing who thinks what. Members are put in the order of
// a hash of their scores: the same results give the same order, and the
// order says nothing of names, files or who finished first.
func (g Group) Anonymous() Group {
	type hashed struct {
		hash   string
		member Member
	}
	list := make([]hashed, len(g.Members))
	for i, m := range g.Members {
		list[i] = hashed{memberHash(m.Scores), Member{Scores: m.Scores}}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].hash < list[j].hash })
	g.Members = make([]Member, len(list))
	for i, h := range list {
		g.Members[i] = h.member
	}
	return g
}

// memberHash sums up a member's scores, in core order, as a hex SHA-256.
func memberHash(scores map[string]float64) string {
	ids := make([]string, 0, len(scores))
	for id := range scores {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	h := sha256.New()
	for _, id := range ids {
		h.Write([]byte(id + "=" + strconv.FormatFloat(scores[id], 'f', 6, 64) + ";"))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// The group flags (docs/scoring.md).
const (
	// LowConsensus: fewer than 60% of the members share the group's top core.
	LowConsensus = "low-consensus"
	// WideSpread: a standard deviation over 10 points on either of the
	// top two cores.
	WideSpread = "wide-spread"
)

// Thresholds of disagreement (docs/scoring.md).
const (
	consensusMin = 0.6
	spreadMax    = 10
)

// Named is a result with the name it goes by in a group: its respondent's,
// else its file's.
type Named struct {
	Name   string
	Result *Result
}

// Aggregate averages results of one bank into a group profile, applying
// the scoring rules to the means. The results must share a bank id; the
// caller sorts out the ones that do not. The bank gives the thresholds
// when it is the results' own; otherwise (or when nil) DefaultScoring does.
func Aggregate(results []Named, b *Bank) Group {
	g := Group{Schema: GroupSchema, N: len(results), Dominant: []string{}, Priorities: []string{}, Flags: []string{}, Members: []Member{}}
	if len(results) == 0 {
		return g
	}
	first := results[0].Result
	g.Bank = GroupBank{ID: first.Bank.ID, Version: first.Bank.Version}
	s := DefaultScoring()
	if b != nil && b.ID == first.Bank.ID {
		s = b.Scoring
	}
	g.Bank.Versions = Versions(results)

	// Cores in the order the first result knows them by, then any others.
	var order []string
	names := map[string]string{}
	for _, r := range results {
		for _, c := range r.Result.Cores {
			if _, seen := names[c.ID]; !seen {
				order = append(order, c.ID)
			}
			if names[c.ID] == "" {
				names[c.ID] = c.Name
			}
		}
	}
	for _, r := range results {
		m := Member{Name: r.Name, Dominant: nonNil(r.Result.Dominant), Scores: map[string]float64{}}
		for _, c := range r.Result.Cores {
			m.Scores[c.ID] = c.Score
		}
		g.Members = append(g.Members, m)
	}
	for _, id := range order {
		values := make([]float64, len(results))
		for i, m := range g.Members {
			values[i] = m.Scores[id]
		}
		mean, sd, lo, hi := stats(values)
		g.Cores = append(g.Cores, GroupCore{ID: id, Name: names[id], Mean: mean, SD: sd, Min: lo, Max: hi})
	}
	sort.SliceStable(g.Cores, func(i, j int) bool {
		if math.Abs(g.Cores[i].Mean-g.Cores[j].Mean) > Eps {
			return g.Cores[i].Mean > g.Cores[j].Mean
		}
		return false
	})

	// The scoring rules, applied to the means: members stand in for the
	// questions when judging how clear the lead is.
	p := profile{questions: 1}
	for _, c := range g.Cores {
		p.cores = append(p.cores, CoreScore{ID: c.ID, Name: c.Name, Score: c.Mean})
	}
	g.Dominant, g.Supporting = leaders(s, p)
	if len(g.Cores) > 0 {
		top := g.Cores[0].ID
		agree := 0
		for _, m := range g.Members {
			for _, d := range m.Dominant {
				if d == top {
					agree++
					break
				}
			}
		}
		g.Consensus = float64(agree) / float64(len(g.Members))
	}
	g.Clarity = NoClarity
	if len(g.Dominant) > 0 {
		g.Clarity = clarityOf(s, g.LeadMargin(), g.Consensus)
		// A room that does not share its top core is never clear about it,
		// however wide the margin of the average (docs/scoring.md).
		if g.Consensus < consensusMin-Eps && (g.Clarity == VeryClear || g.Clarity == Clear) {
			g.Clarity = Moderate
		}
	}
	if len(g.Cores) > 0 && g.Consensus < consensusMin-Eps {
		g.Flags = append(g.Flags, LowConsensus)
	}
	if len(g.SpreadCores()) > 0 {
		g.Flags = append(g.Flags, WideSpread)
	}
	var levels []Level
	if b != nil && b.ID == first.Bank.ID {
		levels = LevelsOf(b)
	} else {
		levels = LevelsOf(nil)
	}
	g.Competencies = groupCompetencies(results, levels)
	g.Priorities = groupPriorities(g.Competencies)
	return g
}

func groupCompetencies(results []Named, levels []Level) []GroupCompetency {
	var order []string
	byID := map[string]*GroupCompetency{}
	scores := map[string][]float64{}
	for _, r := range results {
		for _, c := range r.Result.Competencies {
			if _, ok := byID[c.ID]; !ok {
				byID[c.ID] = &GroupCompetency{ID: c.ID, Name: c.Name, Target: c.Target}
				order = append(order, c.ID)
			}
			if c.Score != nil {
				scores[c.ID] = append(scores[c.ID], *c.Score)
			}
		}
	}
	out := make([]GroupCompetency, 0, len(order))
	for _, id := range order {
		gc := *byID[id]
		if v := scores[id]; len(v) > 0 {
			mean, _, lo, hi := stats(v)
			gap := gc.Target - mean
			gc.Mean, gc.Min, gc.Max, gc.Gap, gc.N = &mean, &lo, &hi, &gap, len(v)
			gc.Level = LevelOfScore(levels, &mean)
		}
		out = append(out, gc)
	}
	return out
}

func groupPriorities(cs []GroupCompetency) []string {
	items := make([]gapped, 0, len(cs))
	for _, c := range cs {
		if c.Mean != nil {
			items = append(items, gapped{c.ID, *c.Gap, *c.Mean})
		}
	}
	return byGap(items)
}

// stats is the mean, population standard deviation, minimum and maximum.
func stats(v []float64) (mean, sd, lo, hi float64) {
	if len(v) == 0 {
		return 0, 0, 0, 0
	}
	lo, hi = v[0], v[0]
	for _, x := range v {
		mean += x
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	mean /= float64(len(v))
	for _, x := range v {
		sd += (x - mean) * (x - mean)
	}
	sd = math.Sqrt(sd / float64(len(v)))
	return mean, sd, lo, hi
}

// SpreadCores is the top two cores where the members' scores spread
// widely: the cores a WideSpread flag is about.
func (g *Group) SpreadCores() []GroupCore {
	var out []GroupCore
	for _, c := range g.Cores[:min(2, len(g.Cores))] {
		if c.SD > spreadMax+Eps {
			out = append(out, c)
		}
	}
	return out
}

// WideSpreadSD is the standard deviation over which the members' scores
// of a core count as spread widely.
const WideSpreadSD = spreadMax

// LeadMargin is how far the top mean is ahead of the runner-up.
func (g *Group) LeadMargin() float64 {
	if len(g.Cores) == 0 {
		return 0
	}
	if len(g.Cores) == 1 {
		return g.Cores[0].Mean
	}
	return g.Cores[0].Mean - g.Cores[1].Mean
}

// CoreMean finds a core of the group by id.
func (g *Group) CoreMean(id string) (GroupCore, bool) {
	for _, c := range g.Cores {
		if c.ID == id {
			return c, true
		}
	}
	return GroupCore{}, false
}

func (g *Group) Competency(id string) (GroupCompetency, bool) {
	for _, c := range g.Competencies {
		if c.ID == id {
			return c, true
		}
	}
	return GroupCompetency{}, false
}

func (g *Group) CoreName(id string) string {
	if c, ok := g.CoreMean(id); ok && c.Name != "" {
		return Printable(c.Name)
	}
	return Printable(id)
}

// Versions lists the distinct bank versions among results, sorted; nil
// when they all share one.
func Versions(named []Named) []string {
	vs := make([]string, len(named))
	for i, n := range named {
		vs[i] = n.Result.Bank.Version
	}
	slices.Sort(vs)
	if vs = slices.Compact(vs); len(vs) < 2 {
		return nil
	}
	return vs
}
