package assessment_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/assessment/summary"
)

// TestSupportAndTieWords pins how the supporting place and a tie are said
// (docs/scoring.md): the reason there is no supporting core, never "None", and
// "tied" for a margin of 0, never "within 0 points".
func TestSupportAndTieWords(t *testing.T) {
	tests := []struct {
		name      string
		splits    [][6]int // product, sales, marketing, vertical, it, customer
		noSupport string   // want NoSupport to be this
		fact      string   // want SupportFact to be this
		clarity   string   // want Clarity to contain this
	}{
		{"runner-ups tied", repeatSplit(2, [6]int{5, 2, 2, 1, 0, 0}),
			"No clear supporting core: Sales and Marketing are tied at 20.", "No clear one: Sales and Marketing are tied at 20", "Product leads by 30 points"},
		{"runner-up under the minimum", [][6]int{{6, 2, 1, 1, 0, 0}, {6, 1, 1, 1, 1, 0}},
			"No clear supporting core: the runner-up, Sales, has 15 points, under the 20 a supporting core needs.", "No clear one: the runner-up, Sales, has 15 points, under the 20 a supporting core needs", ""},
		{"runner-up too close to third", [][6]int{{4, 3, 3, 0, 0, 0}, {4, 3, 3, 0, 0, 0}, {4, 3, 2, 1, 0, 0}},
			"No clear supporting core: Sales (30) is only 3 points ahead of Marketing (27).", "No clear one: Sales (30) is only 3 points ahead of Marketing (27)", ""},
		{"a supporting core", repeatSplit(2, [6]int{5, 3, 1, 1, 0, 0}), "", "Sales", ""},
		{"co-dominant and tied", repeatSplit(2, [6]int{5, 5, 0, 0, 0, 0}), "", "Not named: the lead is shared", "Product and Sales are tied at 50"},
		{"diffuse", repeatSplit(2, [6]int{2, 2, 2, 2, 1, 1}), "", "Not named: no clear Power Core", "No core stands out"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := parseTestBank(t, bankSpec{power: len(tt.splits)}.yaml())
			res := assessment.Score(b, assessment.Response{Answers: powerAnswers(tt.splits...)})
			s := summary.Summarize(&res, b)
			if s.NoSupport != tt.noSupport || s.SupportFact != tt.fact {
				t.Errorf("got %q / %q\nwant %q / %q", s.NoSupport, s.SupportFact, tt.noSupport, tt.fact)
			}
			if !strings.Contains(s.Clarity, tt.clarity) || strings.Contains(s.Clarity, "within 0") {
				t.Errorf("clarity %q, want it to contain %q", s.Clarity, tt.clarity)
			}
			for _, w := range []string{s.NoSupport, s.SupportFact, s.Headline, s.Clarity} {
				if strings.Contains(w, "None") {
					t.Errorf("%q says None", w)
				}
			}
		})
	}
}

// TestWhereToStart pins the actions (docs/scoring.md): at most three, the
// lowest-rated practice of the largest gap first, something to find out
// for a competency with too few answers, and the dominant core's first
// kickstart; each names where it comes from.
func TestWhereToStart(t *testing.T) {
	b, _ := loadDefaultBank(t)
	t.Run("gaps and kickstart", func(t *testing.T) {
		res := scoreAnswers(t, b, "clear", nil)
		s := summary.Summarize(res, b)
		if len(s.Actions) != 3 {
			t.Fatalf("%d actions, want 3: %+v", len(s.Actions), s.Actions)
		}
		// assets has the largest gap; assets-why is its lowest-rated (0).
		why, _ := b.Question("assets-why")
		sales, _ := b.Core("sales")
		want := []struct{ kind, text, from string }{
			{"practice", why.NextStep, "From the practice “We record the reason each lost customer gives for leaving”, rated Not done"},
			{"practice", "", "the weakest in Align around experience"},
			{"kickstart", sales.Kickstart[0], "kickstart for Sales"},
		}
		for i, w := range want {
			a := s.Actions[i]
			if a.Kind != w.kind || (w.text != "" && a.Text != w.text) || !strings.Contains(a.From, w.from) {
				t.Errorf("action %d: got %+v\nwant kind %s, text %q, from containing %q", i+1, a, w.kind, w.text, w.from)
			}
		}
		if len(s.Weakest) == 0 || s.Weakest[0].ID != "assets-why" || s.Weakest[0].Rated != "Not done" {
			t.Errorf("weakest = %+v, want assets-why (Not done) first", s.Weakest)
		}
	})
	t.Run("don't know is a finding", func(t *testing.T) {
		// Six of eighteen practices "don't know", all three of experience:
		// a third, so the unknowns flag lists them; experience has no level
		// and becomes something to find out, right after the largest gap.
		res := scoreAnswers(t, b, "clear", func(r *assessment.Response) {
			for _, id := range []string{"experience-journey", "experience-owners", "experience-handoffs", "listening-combine", "reliability-detect", "leadership-chain"} {
				r.Answers = r.Answers.With(id, assessment.DontKnowAnswer())
			}
		})
		s := summary.Summarize(res, b)
		var unknowns *summary.FlagNote
		for i, f := range s.Flags {
			if f.Flag == assessment.Unknowns {
				unknowns = &s.Flags[i]
			}
		}
		if unknowns == nil || len(unknowns.Items) != 6 {
			t.Fatalf("flags = %+v, want unknowns listing 6 practices", s.Flags)
		}
		if len(s.Actions) != 3 || s.Actions[1].Kind != "find-out" ||
			s.Actions[1].Text != "Find out whether the leadership team reviews one shared map of the customer journey, and name an owner." {
			t.Errorf("actions = %+v, want the second to find out about the journey map", s.Actions)
		}
	})
	t.Run("fewer than a third unknown: no flag", func(t *testing.T) {
		res := scoreAnswers(t, b, "clear", func(r *assessment.Response) {
			for _, id := range []string{"experience-journey", "listening-combine", "reliability-detect", "leadership-chain"} {
				r.Answers = r.Answers.With(id, assessment.DontKnowAnswer())
			}
		})
		for _, f := range res.Flags {
			if f == assessment.Unknowns {
				t.Errorf("5 of 18 don't know: flags %v, want no unknowns", res.Flags)
			}
		}
	})
}

// TestBandWordsGone: a competency's standing is said only with the bank's
// level labels; the four band words of earlier versions appear in no
// export, and results written before levels were recorded (with `band`,
// without `level`) still read, with their levels worked out.
func TestBandWordsGone(t *testing.T) {
	b, results := exportResults(t)
	band := regexp.MustCompile(`\b(nascent|developing|established|embedded|insufficient)\b`)
	for name, r := range results {
		for _, f := range []export.Format{export.FormatText, export.FormatMarkdown, export.FormatHTML, export.FormatJSON, export.FormatYAML} {
			if out := exportString(t, f, r, b); band.MatchString(out) {
				t.Errorf("%s as %s says %q", name, f, band.FindString(out))
			}
		}
	}
	t.Run("old result file", func(t *testing.T) {
		data, err := os.ReadFile("../testdata/team/r0.json")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), `"band"`) || strings.Contains(string(data), `"level"`) {
			t.Fatal("r0.json is meant to be a result written before levels")
		}
		r, err := assessment.ReadResult("r0.json", data)
		if err != nil {
			t.Fatal(err)
		}
		s := summary.Summarize(r, b)
		for _, c := range s.Competencies {
			if c.Score != nil && (c.Level == nil || !strings.Contains(c.LevelWords, " of 4)")) {
				t.Errorf("%s: level %v words %q, want a level worked out from the score", c.ID, c.Level, c.LevelWords)
			}
		}
		if out := exportString(t, export.FormatText, r, b); band.MatchString(out) {
			t.Errorf("old result says %q", band.FindString(out))
		}
	})
}

// TestCoDominantWordsNameEveryCore pins that a shared lead credits every
// co-dominant core: the clarity evidence gives each one's wins, and the
// kickstart action says whose step it is and who shares the lead.
func TestCoDominantWordsNameEveryCore(t *testing.T) {
	b, _ := loadDefaultBank(t)
	tests := []struct {
		name    string
		splits  [6][2]int // product, sales points per core question
		clarity string
	}{
		{"wins differ", [6][2]int{{6, 4}, {6, 4}, {3, 7}, {5, 5}, {5, 5}, {5, 5}}, "Product and Sales are tied at 50; Product won 2 and Sales 1 of 6 questions"},
		{"wins equal", [6][2]int{{6, 4}, {4, 6}, {5, 5}, {5, 5}, {5, 5}, {5, 5}}, "Product and Sales are tied at 50; each won 1 of 6 questions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := scoreAnswers(t, b, "codominant", func(r *assessment.Response) {
				for i, id := range []string{"success", "pride", "leaders", "excel", "rewarded", "stars"} {
					r.Answers = r.Answers.With(id, assessment.PointsAnswer(
						assessment.Allocation{Core: "product", Points: tt.splits[i][0]},
						assessment.Allocation{Core: "sales", Points: tt.splits[i][1]}))
				}
			})
			if len(res.Dominant) != 2 {
				t.Fatalf("dominant %v, want product and sales", res.Dominant)
			}
			s := summary.Summarize(res, b)
			if !strings.Contains(s.Clarity, tt.clarity) {
				t.Errorf("clarity %q\nwant it to contain %q", s.Clarity, tt.clarity)
			}
			kick := s.Actions[len(s.Actions)-1]
			want := "From the kickstart for Product, which shares the lead with Sales (see the kickstart for Sales too)"
			if kick.Kind != "kickstart" || !strings.HasPrefix(kick.From, want) {
				t.Errorf("last action %+v\nwant a kickstart from %q", kick, want)
			}
		})
	}
}
