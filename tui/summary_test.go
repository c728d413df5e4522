package tui

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
	"github.com/powercore/powercore/tui/render"
)

// defaultBank is the built-in bank, read from the repository root.
func defaultBank(t testing.TB) *assessment.Bank {
	t.Helper()
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b, err := assessment.Parse("questions.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// splitAnswers gives each allocate question the same split and every
// practice item the same level rotation, with one reflection.
func splitAnswers(b *assessment.Bank, split map[string]int, levels []string) assessment.Response {
	var answers assessment.Answers
	i := 0
	for _, q := range b.Questions() {
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
			v := levels[i%len(levels)]
			i++
			if v == assessment.DontKnow {
				answers = answers.With(q.ID, assessment.DontKnowAnswer())
				continue
			}
			var level int
			fmt.Sscan(v, &level)
			answers = answers.With(q.ID, assessment.LevelAnswer(level))
		}
	}
	answers = answers.With("drop-ball", assessment.TextAnswer("Renewals: nobody owns the customer after the sale."))
	at := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	return assessment.Response{Respondent: "Jane Doe", StartedAt: at, CompletedAt: at.Add(6 * time.Minute), Answers: answers}
}

func TestSummaryGolden(t *testing.T) {
	b := defaultBank(t)
	results := map[string]assessment.Response{
		"clear":       splitAnswers(b, map[string]int{"sales": 6, "vertical": 3, "product": 1}, []string{"1", "2", "0", "3", "1"}),
		"co-dominant": splitAnswers(b, map[string]int{"sales": 4, "product": 4, "it": 2}, []string{"2", "3", "2", "4"}),
		"diffuse":     splitAnswers(b, map[string]int{"sales": 2, "product": 2, "marketing": 2, "it": 2, "customer": 1, "vertical": 1}, []string{"dont-know", "dont-know", "1"}),
	}
	for name, resp := range results {
		for _, width := range []int{80, 120} {
			t.Run(fmt.Sprintf("%s-%d", name, width), func(t *testing.T) {
				r := assessment.Score(b, resp)
				got := ansi.Strip(render.RenderSummary(summary.Summarize(&r, b), width-4, render.NewStyles(true, false)))
				for _, line := range strings.Split(got, "\n") {
					if w := ansi.StringWidth(line); w > width-4 {
						t.Errorf("line %q is %d wide, more than %d", line, w, width-4)
					}
				}
				golden.RequireEqual(t, []byte(got))
			})
		}
	}
}

// At 60 columns (56 of content) no line of the summary is wider than the
// screen, so none is cut: the even split keeps its decimal.
func TestSummaryAt60CutsNoLine(t *testing.T) {
	b := defaultBank(t)
	r := assessment.Score(b, splitAnswers(b, map[string]int{"sales": 2, "product": 2, "marketing": 2, "it": 2, "customer": 1, "vertical": 1}, []string{"1"}))
	got := ansi.Strip(render.RenderSummary(summary.Summarize(&r, b), 56, render.NewStyles(true, false)))
	if !strings.Contains(got, "an even split is 16.7") {
		t.Errorf("summary at 56 columns:\n%s\nwant it to show the even split, 16.7", got)
	}
	for _, line := range strings.Split(got, "\n") {
		if w := ansi.StringWidth(line); w > 56 {
			t.Errorf("line %q is %d wide, more than 56", line, w)
		}
	}
}

// The save prompt's list of formats never breaks a file extension from its
// dot across lines, at any width from the smallest up.
func TestSavePromptKeepsExtensionsWhole(t *testing.T) {
	t.Chdir(t.TempDir())
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	answerTiny(t, m)
	press(m, "enter", "s")
	ext := regexp.MustCompile(`^\s*┃\s*(json|yaml|yml|md|html|txt)\b`)
	for w := smallWidth; w <= 120; w++ {
		m.Update(tea.WindowSizeMsg{Width: w, Height: smallHeight})
		lines := strings.Split(screen(m), "\n")
		for i := 1; i < len(lines); i++ {
			if strings.HasSuffix(strings.TrimSpace(lines[i-1]), ".") && ext.MatchString(lines[i]) {
				t.Errorf("at %d columns an extension starts a line of the save prompt:\n%s\n%s", w, lines[i-1], lines[i])
			}
		}
	}
	wantScreen(t, m, "html")
}

func TestSummaryHeadlines(t *testing.T) {
	b := defaultBank(t)
	tests := []struct {
		name  string
		split map[string]int
		want  []string
	}{
		{"clear", map[string]int{"sales": 6, "vertical": 3, "product": 1}, []string{"Sales", "is your Power Core, with Vertical business in support", "◆ dominant", "◇ supporting", "Kickstart"}},
		{"co-dominant", map[string]int{"sales": 4, "product": 4, "it": 2}, []string{"Product + Sales", "Power is shared", "◆ co-dominant"}},
		{"diffuse", map[string]int{"sales": 2, "product": 2, "marketing": 2, "it": 2, "customer": 1, "vertical": 1}, []string{"No clear Power Core", "Power is spread across the company"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := assessment.Score(b, splitAnswers(b, tt.split, []string{"1"}))
			got := ansi.Strip(render.RenderSummary(summary.Summarize(&r, b), 96, render.NewStyles(true, false)))
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("summary:\n%s\nwant it to show %q", got, w)
				}
			}
			if tt.name == "diffuse" && strings.Contains(got, "Kickstart") {
				t.Errorf("a diffuse result shows a core's card:\n%s", got)
			}
		})
	}
}

func TestPresentSummaryHasABanner(t *testing.T) {
	b := defaultBank(t)
	r := assessment.Score(b, splitAnswers(b, map[string]int{"sales": 7, "it": 3}, []string{"2"}))
	got := ansi.Strip(render.RenderSummary(summary.Summarize(&r, b), 150, render.NewStyles(true, true)))
	rows, _ := render.BannerLine("SALES")
	if !strings.Contains(got, rows[0]) || !strings.Contains(got, rows[4]) {
		t.Errorf("present summary:\n%s\nwant SALES in block letters", got)
	}
}

// TestSummaryAt80 is what a customer leader reads at 80 columns: each
// competency's level in the bank's words with its target, no band words,
// and at most three actions, each traced to where it comes from.
func TestSummaryAt80(t *testing.T) {
	b := defaultBank(t)
	r := assessment.Score(b, splitAnswers(b, map[string]int{"sales": 6, "vertical": 3, "product": 1}, []string{"1", "2", "0", "3", "1"}))
	s := summary.Summarize(&r, b)
	got := ansi.Strip(render.RenderSummary(s, 76, render.NewStyles(true, false)))
	for _, c := range s.Competencies {
		if c.LevelWords == "" || !strings.Contains(got, c.LevelWords+" · target: "+c.TargetWords) {
			t.Errorf("summary does not show %q with its target %q:\n%s", c.LevelWords, c.TargetWords, got)
		}
	}
	for _, band := range []string{"nascent", "developing", "established", "embedded"} {
		if strings.Contains(got, band) {
			t.Errorf("summary says %q", band)
		}
	}
	start := strings.Index(got, "Where to start")
	if start < 0 {
		t.Fatalf("no Where to start:\n%s", got)
	}
	section := got[start:]
	if end := strings.Index(section, "\n\n"); end > 0 {
		section = section[:end]
	}
	if strings.Count(section, "From ") != 3 || strings.Contains(section, "\n4. ") {
		t.Errorf("want three actions, each with where it comes from:\n%s", section)
	}
}
