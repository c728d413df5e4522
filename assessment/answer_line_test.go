package assessment_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/powercore/powercore/assessment"
)

func TestParseAnswerLine(t *testing.T) {
	bank := parseDefaultBank(t)
	qs := bank.Questions()
	byID := map[string]assessment.Question{}
	for _, q := range qs {
		byID[q.ID] = q
	}
	tests := []struct {
		question, line string
		want           string // the answer as answerLines writes it; "" for skipped
		err            string
	}{
		{"success", "6 2 2 0 0 0", `success={"product":6,"sales":2,"marketing":2}`, ""},
		{"success", "sales=6 product=4", `success={"product":4,"sales":6}`, ""},
		{"success", "  SALES=10  ", `success={"sales":10}`, ""},
		{"success", "6 4", "", "expected 6 whole numbers adding up to 10"},
		{"success", "6 4 1 0 0 0", "", `got "6 4 1 0 0 0"`},
		{"success", "sales=6 sales=4", "", `core "sales" is given twice`},
		{"success", "slaes=10", "", `core=points pairs; got "slaes=10": unknown core "slaes" (did you mean "sales"?)`},
		{"success", "sales=5 vertical=3 custmer=2", "", `unknown core "custmer" (did you mean "customer"?)`},
		{"success", "zzz=10", "", `unknown core "zzz"; the cores are "product", "sales",`},
		{"success", "sales=6 SALES=4", "", `core "sales" is given twice`},
		{"success", "sales=6 product=3", "", "the points add up to 9; they must add up to 10"},
		{"success", "sales=6 product", "", `"product" is not a core=points pair`},
		{"success", "-1 11 0 0 0 0", "", "adding up to 10"},
		{"success", "", "", "got an empty line"},
		{"assets-count", "3", `assets-count=3`, ""},
		{"assets-count", "?", `assets-count="dont-know"`, ""},
		{"assets-count", "7", "", "a level from 0 to 4"},
		{"assets-count", "", "", "got an empty line"},
		{"drop-ball", "Renewals slip.", `drop-ball="Renewals slip."`, ""},
		{"drop-ball", "   ", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question+" "+tt.line, func(t *testing.T) {
			q := byID[tt.question]
			a, err := assessment.ParseAnswerLine(bank, q, q.Options, tt.line)
			switch {
			case tt.err != "":
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("error = %v, want one saying %q", err, tt.err)
				}
			case tt.want == "":
				if !errors.Is(err, assessment.ErrSkipped) {
					t.Errorf("error = %v, want ErrSkipped", err)
				}
			case err != nil:
				t.Errorf("error = %v, want %s", err, tt.want)
			default:
				if got := answerLines(assessment.Answers{}.With(q.ID, a)); strings.TrimSpace(got) != tt.want {
					t.Errorf("got %q, want %q", got, tt.want)
				}
			}
		})
	}
}

func FuzzParseAnswerLine(f *testing.F) {
	bank := parseDefaultBank(f)
	qs := bank.Questions()
	for _, s := range []string{"6 2 2 0 0 0", "sales=10", "?", "3", "", "text", "1,2,3,4,0,0", "a=b=c"} {
		f.Add(0, s)
		f.Add(7, s)
		f.Add(26, s)
	}
	f.Fuzz(func(t *testing.T, n int, line string) {
		if n < 0 {
			n = -n
		}
		q := qs[n%len(qs)]
		a, err := assessment.ParseAnswerLine(bank, q, q.Options, line)
		if err != nil {
			if !errors.Is(err, assessment.ErrSkipped) && strings.Contains(err.Error(), "\n") {
				t.Errorf("a message of more than one line: %q", err)
			}
			return
		}
		if q.Kind == assessment.Allocate {
			sum := 0
			for _, p := range a.Points {
				if p.Points <= 0 {
					t.Errorf("%q gives %d points to %s", line, p.Points, p.Core)
				}
				sum += p.Points
			}
			if sum != q.Points {
				t.Errorf("%q gives %d points, want %d", line, sum, q.Points)
			}
		}
	})
}
