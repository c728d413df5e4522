package assessment_test

import (
	"math"
	"reflect"
	"testing"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
)

// member builds a result with the given core scores (in a, b, c order),
// dominant cores and competency scores (nil: too few answers).
func member(name string, a, b, c float64, dominant []string, assets *float64) assessment.Named {
	cores := []assessment.CoreScore{{ID: "a", Name: "Alpha", Score: a}, {ID: "b", Name: "Beta", Score: b}, {ID: "c", Name: "Gamma", Score: c}}
	comp := assessment.CompetencyScore{ID: "assets", Name: "Assets", Score: assets, Target: 75}
	return assessment.Named{Name: name, Result: &assessment.Result{
		Schema: assessment.ResultSchema, Bank: assessment.BankRef{ID: "t", Version: "1"},
		Cores: cores, Dominant: dominant, Competencies: []assessment.CompetencyScore{comp},
	}}
}

func ptr(v float64) *float64 { return &v }

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestAggregateHandComputed(t *testing.T) {
	// Alpha 60, 40, 20 → mean 40, sd √((400+0+400)/3) = 16.33, range 20–60.
	// Beta 30, 40, 50 → mean 40, sd 8.16. Gamma 10, 20, 30 → mean 20.
	// Alpha and Beta tie on the mean: co-dominant, Alpha listed first (the
	// order the results know them by). Members naming Alpha dominant: Ann
	// and Bo, 2 of 3. Assets: Ann 50, Cy 25, Bo none → mean 37.5 of 2.
	g := assessment.Aggregate([]assessment.Named{
		member("Ann", 60, 30, 10, []string{"a"}, ptr(50)),
		member("Bo", 40, 40, 20, []string{"a", "b"}, nil),
		member("Cy", 20, 50, 30, []string{"b"}, ptr(25)),
	}, nil)

	if g.Schema != assessment.GroupSchema || g.N != 3 || g.Bank.ID != "t" {
		t.Fatalf("header = %q n=%d bank=%+v", g.Schema, g.N, g.Bank)
	}
	wantCores := []struct {
		id       string
		mean, sd float64
		lo, hi   float64
	}{
		{"a", 40, math.Sqrt(800.0 / 3), 20, 60},
		{"b", 40, math.Sqrt(200.0 / 3), 30, 50},
		{"c", 20, math.Sqrt(200.0 / 3), 10, 30},
	}
	for i, w := range wantCores {
		c := g.Cores[i]
		if c.ID != w.id || !near(c.Mean, w.mean) || !near(c.SD, w.sd) || !near(c.Min, w.lo) || !near(c.Max, w.hi) {
			t.Errorf("core %d = %+v, want %+v", i, c, w)
		}
	}
	if !reflect.DeepEqual(g.Dominant, []string{"a", "b"}) || g.Supporting != "" {
		t.Errorf("dominant %v supporting %q, want [a b] and none", g.Dominant, g.Supporting)
	}
	if !near(g.Consensus, 2.0/3) {
		t.Errorf("consensus = %v, want 2/3", g.Consensus)
	}
	if !reflect.DeepEqual(g.Flags, []string{assessment.WideSpread}) {
		t.Errorf("flags = %v, want [wide-spread] (Alpha's sd is 16)", g.Flags)
	}
	a := g.Competencies[0]
	if a.N != 2 || !near(*a.Mean, 37.5) || !near(*a.Min, 25) || !near(*a.Max, 50) || !near(*a.Gap, 37.5) || a.Level == nil || *a.Level != 1 {
		t.Errorf("assets = %+v (mean %v), want mean 37.5 of 2, range 25–50, gap 37.5, level 1 (mean 1.5 of 4)", a, *a.Mean)
	}
	if !reflect.DeepEqual(g.Priorities, []string{"assets"}) {
		t.Errorf("priorities = %v", g.Priorities)
	}
	names := []string{g.Members[0].Name, g.Members[1].Name, g.Members[2].Name}
	if !reflect.DeepEqual(names, []string{"Ann", "Bo", "Cy"}) || g.Members[1].Scores["b"] != 40 {
		t.Errorf("members = %+v", g.Members)
	}
}

func TestAggregateClearLeadAndLowConsensus(t *testing.T) {
	// Alpha 70, 50, 10, 50 → mean 45; Beta 20, 30, 60, 30 → 35; Gamma 10,
	// 20, 30, 20 → 20. Alpha dominant by 10; Beta ≥ 20 and 15 above Gamma:
	// supporting. Only 3 of 4 name Alpha: 75%, no low-consensus flag.
	// Clarity: margin 10 → clear.
	g := assessment.Aggregate([]assessment.Named{
		member("1", 70, 20, 10, []string{"a"}, nil),
		member("2", 50, 30, 20, []string{"a"}, nil),
		member("3", 10, 60, 30, []string{"b"}, nil),
		member("4", 50, 30, 20, []string{"a"}, nil),
	}, nil)
	if !reflect.DeepEqual(g.Dominant, []string{"a"}) || g.Supporting != "b" || g.Clarity != assessment.Clear {
		t.Errorf("dominant %v supporting %q clarity %q, want [a] b clear", g.Dominant, g.Supporting, g.Clarity)
	}
	if !near(g.Consensus, 0.75) || len(g.Competencies) != 1 || g.Competencies[0].Mean != nil || g.Competencies[0].N != 0 {
		t.Errorf("consensus %v, competencies %+v", g.Consensus, g.Competencies)
	}
	if !reflect.DeepEqual(g.Flags, []string{assessment.WideSpread}) {
		t.Errorf("flags = %v, want wide-spread only (Alpha sd 22)", g.Flags)
	}

	// Two of five naming the top core is low consensus.
	low := assessment.Aggregate([]assessment.Named{
		member("1", 40, 35, 25, []string{"a"}, nil),
		member("2", 40, 35, 25, []string{"a"}, nil),
		member("3", 34, 36, 30, []string{"b", "a"}, nil),
		member("4", 30, 40, 30, []string{"b"}, nil),
		member("5", 31, 39, 30, []string{"b"}, nil),
	}, nil)
	if !near(low.Consensus, 0.6) || len(low.Flags) != 0 {
		t.Errorf("three of five: consensus %v flags %v, want 0.6 and no flag (60%% is not below 60%%)", low.Consensus, low.Flags)
	}
	low = assessment.Aggregate(append([]assessment.Named{member("6", 30, 40, 30, []string{"b"}, nil)}, []assessment.Named{
		member("1", 40, 35, 25, []string{"a"}, nil),
		member("2", 40, 35, 25, []string{"a"}, nil),
		member("3", 34, 36, 30, []string{"c"}, nil),
		member("5", 31, 39, 30, []string{"b"}, nil),
	}...), nil)
	if len(low.Flags) == 0 || low.Flags[0] != assessment.LowConsensus {
		t.Errorf("two of five on the top core: flags %v, want low-consensus", low.Flags)
	}
}

func TestAggregateOneResultAndNone(t *testing.T) {
	g := assessment.Aggregate([]assessment.Named{member("solo", 50, 30, 20, []string{"a"}, ptr(75))}, nil)
	if g.Cores[0].SD != 0 || g.Consensus != 1 || g.Competencies[0].Level == nil || *g.Competencies[0].Level != 3 {
		t.Errorf("one result: %+v", g)
	}
	empty := assessment.Aggregate(nil, nil)
	if empty.N != 0 || empty.Dominant == nil || empty.Flags == nil || empty.Members == nil {
		t.Errorf("no results: %+v, want empty lists rather than nil", empty)
	}
}

func TestAggregateMixedVersionsAreListed(t *testing.T) {
	a, b := member("1", 50, 30, 20, []string{"a"}, nil), member("2", 50, 30, 20, []string{"a"}, nil)
	b.Result.Bank.Version = "2"
	g := assessment.Aggregate([]assessment.Named{a, b}, nil)
	if !reflect.DeepEqual(g.Bank.Versions, []string{"1", "2"}) {
		t.Errorf("versions = %v, want [1 2]", g.Bank.Versions)
	}
}

func TestCompareCallsOutNotableChanges(t *testing.T) {
	before := member("Q1", 50, 30, 20, []string{"a"}, ptr(40)).Result
	after := member("Q3", 35, 45, 20, []string{"b"}, ptr(49)).Result
	before.Supporting, after.Supporting = "b", "a"
	c := summary.Compare(assessment.ProfileOf(before, "Q1"), assessment.ProfileOf(after, "Q3"))
	if c.Schema != assessment.CompareSchema {
		t.Fatalf("schema %q", c.Schema)
	}
	byID := map[string]assessment.CoreChange{}
	for _, s := range c.Cores {
		byID[s.ID] = s
	}
	if s := byID["a"]; !near(s.Delta, -15) || !s.Notable {
		t.Errorf("alpha = %+v, want -15 notable", s)
	}
	if s := byID["c"]; s.Delta != 0 || s.Notable {
		t.Errorf("gamma = %+v, want unchanged", s)
	}
	if d := c.Competencies[0]; !near(*d.Delta, 9) || d.Notable {
		t.Errorf("assets = %+v, want +9, not notable (under 10)", d)
	}
	want := []string{
		"The dominant Power Core moved from Alpha to Beta.",
		"The supporting core moved from Beta to Alpha.",
		"Alpha fell by 15 points (50 → 35).",
		"Beta rose by 15 points (30 → 45).",
	}
	if !reflect.DeepEqual(c.Changes, want) {
		t.Errorf("changes =\n%q\nwant\n%q", c.Changes, want)
	}
}

func TestAggregateUsesTheThresholdsOfTheResultsOwnBank(t *testing.T) {
	results := []assessment.Named{member("1", 50, 30, 20, []string{"a"}, nil), member("2", 50, 30, 20, []string{"a"}, nil)}
	strict := assessment.DefaultScoring()
	strict.ClearCoreMin = 60
	own := &assessment.Bank{ID: "t", Scoring: strict}
	if g := assessment.Aggregate(results, own); len(g.Dominant) != 0 {
		t.Errorf("own bank needing 60 for a core: dominant %v, want none", g.Dominant)
	}
	other := &assessment.Bank{ID: "other", Scoring: strict}
	if g := assessment.Aggregate(results, other); !reflect.DeepEqual(g.Dominant, []string{"a"}) {
		t.Errorf("another bank's thresholds: dominant %v, want [a] by the defaults", g.Dominant)
	}
}
