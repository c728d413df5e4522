package assessment_test

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/assessment/summary"
)

// teamResults scores five respondents of the default bank: mostly Sales,
// one Customer, one undecided.
func teamResults(t *testing.T) (*assessment.Bank, []assessment.Named) {
	t.Helper()
	b, _ := loadDefaultBank(t)
	splits := []map[string]int{
		{"sales": 6, "vertical": 3, "product": 1},
		{"sales": 5, "product": 3, "it": 2},
		{"sales": 7, "marketing": 3},
		{"customer": 6, "sales": 4},
		{"sales": 2, "product": 2, "marketing": 2, "it": 2, "vertical": 1, "customer": 1},
	}
	var named []assessment.Named
	at := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	for i, split := range splits {
		var answers assessment.Answers
		for j, q := range b.Questions() {
			switch q.Kind {
			case assessment.Allocate:
				var points []assessment.Allocation
				for _, o := range q.Options {
					if p := split[o.Core]; p > 0 {
						points = append(points, assessment.Allocation{Core: o.Core, Points: p})
					}
				}
				answers = answers.With(q.ID, assessment.PointsAnswer(points...))
			case assessment.Scale:
				if (i+j)%7 == 0 {
					answers = answers.With(q.ID, assessment.DontKnowAnswer())
				} else {
					answers = answers.With(q.ID, assessment.LevelAnswer((i+j)%5))
				}
			}
		}
		r := assessment.Score(b, assessment.Response{Respondent: fmt.Sprintf("Member %d", i+1), StartedAt: at, CompletedAt: at, Answers: answers})
		named = append(named, assessment.Named{Name: r.Respondent, Result: &r})
	}
	return b, named
}

func TestGroupExportGolden(t *testing.T) {
	b, named := teamResults(t)
	g := assessment.Aggregate(named, b)
	for _, f := range []export.Format{export.FormatText, export.FormatMarkdown, export.FormatJSON, export.FormatYAML} {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := export.Group(&buf, f, &g, b); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, buf.Bytes())
		})
	}
}

func TestComparisonExportGolden(t *testing.T) {
	b, named := teamResults(t)
	c := summary.Compare(assessment.ProfileOf(named[0].Result, "Q1"), assessment.ProfileOf(named[3].Result, "Q3"))
	for _, f := range []export.Format{export.FormatText, export.FormatMarkdown, export.FormatJSON, export.FormatYAML} {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := export.Comparison(&buf, f, &c, b); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, buf.Bytes())
		})
	}
}

func TestGroupPrioritiesCarryNextStepsOnlyFromTheGroupsBank(t *testing.T) {
	b, named := teamResults(t)
	g := assessment.Aggregate(named, b)
	own := summary.GroupPriorities(&g, b)
	if len(own) != len(g.Priorities) || len(own) == 0 {
		t.Fatalf("priorities = %d, want the group's %d", len(own), len(g.Priorities))
	}
	for i, p := range own {
		if p.ID != g.Priorities[i] {
			t.Errorf("priority %d = %s, want %s (largest gap first)", i, p.ID, g.Priorities[i])
		}
		if behind := *p.Gap >= 0.5; p.Behind != behind {
			t.Errorf("%s gap %.2f: behind = %v, want %v", p.ID, *p.Gap, p.Behind, behind)
		}
		if len(p.NextSteps) == 0 {
			t.Errorf("%s: no next steps from the group's own bank", p.ID)
		}
	}
	other := *b
	other.ID = "another-bank"
	for _, p := range summary.GroupPriorities(&g, &other) {
		if len(p.NextSteps) > 0 {
			t.Errorf("%s: next steps %q from a bank the group was not taken with", p.ID, p.NextSteps)
		}
	}
}

// A group is anonymous unless asked otherwise: no format names a member
// or gives one member's own dominant core; the members' scores stay, in
// the same order whatever order the results came in.
func TestAnonymousGroupExportGolden(t *testing.T) {
	b, named := teamResults(t)
	g := assessment.Aggregate(named, b).Anonymous()
	reversed := make([]assessment.Named, len(named))
	for i, n := range named {
		reversed[len(named)-1-i] = assessment.Named{Name: "Someone " + n.Name, Result: n.Result}
	}
	again := assessment.Aggregate(reversed, b).Anonymous()
	for _, f := range []export.Format{export.FormatText, export.FormatMarkdown, export.FormatJSON, export.FormatYAML, export.FormatHTML} {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := export.Group(&buf, f, &g, b); err != nil {
				t.Fatal(err)
			}
			for _, n := range named {
				if bytes.Contains(buf.Bytes(), []byte(n.Name)) {
					t.Errorf("%s names %q", f, n.Name)
				}
			}
			for _, leak := range []string{"    dominant:", `      "dominant"`, "Shares the group", "Dominant core"} {
				if bytes.Contains(buf.Bytes(), []byte(leak)) {
					t.Errorf("%s gives a member's own dominant core (%q)", f, leak)
				}
			}
			if f != export.FormatHTML {
				golden.RequireEqual(t, buf.Bytes())
			}
		})
	}
	if fmt.Sprint(g.Members) != fmt.Sprint(again.Members) {
		t.Errorf("the members' order depends on the order or names of the results:\n%v\n%v", g.Members, again.Members)
	}
	var order []string
	for _, m := range g.Members {
		order = append(order, fmt.Sprint(m.Scores["sales"]))
	}
	if fmt.Sprint(order) == "[60 50 70 40 20]" {
		t.Errorf("anonymous members are in the results' own order: %v", order)
	}
}
