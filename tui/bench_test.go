package tui

// Benchmarks for the speed budgets of the interactive assessment:
//
//	summary View() at 120×40          under 1 ms
//	one key on an allocate field      under 200 µs (Update + View)
//	first frame                       within about 1.3× a minimal huh form
//
// Run: go test ./tui -run XXX -bench . -benchtime 2s

import (
	"os"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/tui/allocate"
)

// benchBankData is the built-in bank's source, read once.
func benchBankData(b *testing.B) []byte {
	b.Helper()
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func benchBank(b *testing.B) *assessment.Bank {
	b.Helper()
	bank, err := assessment.Parse("questions.yaml", benchBankData(b))
	if err != nil {
		b.Fatal(err)
	}
	return bank
}

// benchOptions is a run with a fixed clock and seed, saving nothing.
func benchOptions() Options {
	at := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	return Options{
		Name: "Jane Doe",
		Seed: 7,
		Now:  func() time.Time { at = at.Add(20 * time.Second); return at },
	}
}

// benchAnswers answers the whole bank: a clear Sales core, a spread of
// levels with some "don't know", one reflection.
func benchAnswers(bank *assessment.Bank) assessment.Answers {
	var as assessment.Answers
	levels := []int{1, 2, -1, 3, 2, 0, 4, 2, 1}
	i := 0
	for _, q := range bank.Questions() {
		switch q.Kind {
		case assessment.Allocate:
			as = as.With(q.ID, assessment.PointsAnswer(
				assessment.Allocation{Core: "sales", Points: 6},
				assessment.Allocation{Core: "vertical", Points: 3},
				assessment.Allocation{Core: "customer", Points: 1},
			))
		case assessment.Scale:
			if l := levels[i%len(levels)]; l < 0 {
				as = as.With(q.ID, assessment.DontKnowAnswer())
			} else {
				as = as.With(q.ID, assessment.LevelAnswer(l))
			}
			i++
		case assessment.Text:
			if q.ID == "drop-ball" {
				as = as.With(q.ID, assessment.TextAnswer("Renewals: nobody owns the customer after the deal closes."))
			}
		}
	}
	return as
}

// benchModel is a model on its first frame at width×height.
func benchModel(bank *assessment.Bank, width, height int) *model {
	m := newModel(bank, benchOptions())
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	return m
}

// benchSummaryModel is a model showing the summary of benchAnswers.
func benchSummaryModel(b *testing.B, width, height int) *model {
	b.Helper()
	bank := benchBank(b)
	m := benchModel(bank, width, height)
	m.Update(tea.KeyPressMsg{Code: tea.KeyEnter}) // intro → question 1
	m.answers = benchAnswers(bank)
	m.finish()
	if m.state != stateSummary || m.result == nil {
		b.Fatalf("not on the summary (state %d)", m.state)
	}
	if v := m.View().Content; len(v) == 0 {
		b.Fatal("the summary draws nothing")
	}
	return m
}

// BenchmarkSummaryView is the summary screen's frame at 120×40: "cached"
// is every frame after the first (the summary is laid out once per
// width), "first" is the frame after the summary appears or the window is
// resized (laid out afresh).
func BenchmarkSummaryView(b *testing.B) {
	b.Run("cached", func(b *testing.B) {
		m := benchSummaryModel(b, 120, 40)
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			_ = m.View()
		}
	})
	b.Run("first", func(b *testing.B) {
		m := benchSummaryModel(b, 120, 40)
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			m.summary.invalidate()
			_ = m.View()
		}
	})
}

// BenchmarkAllocateKey is one key press on an allocate question — → then
// ← in turn, so the points go up and down — handled and drawn by the whole
// program at 100×30: what a user waits for after each key.
func BenchmarkAllocateKey(b *testing.B) {
	bank := benchBank(b)
	m := benchModel(bank, 100, 30)
	m.Update(tea.KeyPressMsg{Code: tea.KeyEnter}) // intro → question 1
	if m.state != stateQuestion || m.questions[m.current].Kind != assessment.Allocate {
		b.Fatalf("not on an allocate question (state %d)", m.state)
	}
	keys := []tea.KeyPressMsg{{Code: tea.KeyRight}, {Code: tea.KeyLeft}}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		m.Update(keys[i%2])
		_ = m.View()
		i++
	}
}

// BenchmarkAllocateField is the allocate field alone (Update + View), to
// tell its own cost from the program's around it.
func BenchmarkAllocateField(b *testing.B) {
	f := allocate.New(10, "Products launched on time and winning in the market",
		"Bookings, quota attainment and new accounts closed",
		"Brand strength, market share and campaign response",
		"Our industry's core operating metrics, done well",
		"Major systems delivered and running at scale",
		"Retained customers, share of wallet, lifetime value").
		Title("When your company says it had a good year, what mostly counts?").
		Description("Think of what gets celebrated at year end, not the mission statement.")
	f.WithWidth(96)
	f.Focus()
	keys := []tea.KeyPressMsg{{Code: tea.KeyRight}, {Code: tea.KeyLeft}}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		f.Update(keys[i%2])
		_ = f.View()
		i++
	}
}

// BenchmarkFirstFrame is what comes before the first frame of a run with
// the built-in bank (parsed already): the model, Init, the window size and
// View.
func BenchmarkFirstFrame(b *testing.B) {
	bank := benchBank(b)
	opts := benchOptions()
	opts.Name = "" // the intro asks for a name, as on a first run
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m := newModel(bank, opts)
		m.Init()
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		_ = m.View()
	}
}

// BenchmarkFirstFrameWithParse adds reading the bank, as a real start
// does, for the whole cost before the first frame.
func BenchmarkFirstFrameWithParse(b *testing.B) {
	data := benchBankData(b)
	opts := benchOptions()
	opts.Name = ""
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		bank, err := assessment.Parse("questions.yaml", data)
		if err != nil {
			b.Fatal(err)
		}
		m := newModel(bank, opts)
		m.Init()
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		_ = m.View()
	}
}

// BenchmarkMinimalHuhForm is the baseline for the first frame: a huh v2
// form with one select of six options, built, initialised, sized and
// drawn. "default-theme" is huh as it comes; its theme (ThemeCharm) is
// rebuilt on every style lookup, which is most of its cost, so
// "built-theme" gives the same form a theme built once, the stricter
// baseline.
func BenchmarkMinimalHuhForm(b *testing.B) {
	form := func(theme huh.Theme) {
		var v string
		f := huh.NewForm(huh.NewGroup(
			huh.NewSelect[string]().
				Title("When your company says it had a good year, what mostly counts?").
				Options(huh.NewOptions("Products", "Sales", "Marketing", "Vertical business", "Information technology", "Customer")...).
				Value(&v),
		))
		if theme != nil {
			f = f.WithTheme(theme)
		}
		f.Init()
		f.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		_ = tea.NewView(f.View())
	}
	b.Run("default-theme", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			form(nil)
		}
	})
	b.Run("built-theme", func(b *testing.B) {
		styles := [2]*huh.Styles{huh.ThemeCharm(false), huh.ThemeCharm(true)}
		theme := huh.ThemeFunc(func(dark bool) *huh.Styles {
			if dark {
				return styles[1]
			}
			return styles[0]
		})
		b.ReportAllocs()
		for b.Loop() {
			form(theme)
		}
	})
}

// benchModelOn is a model at 100×30 on the first question of a kind.
func benchModelOn(b *testing.B, kind assessment.Kind) *model {
	b.Helper()
	m := benchModel(benchBank(b), 100, 30)
	m.Update(tea.KeyPressMsg{Code: tea.KeyEnter}) // intro → question 1
	for m.questions[m.current].Kind != kind {
		m.showQuestion(m.current + 1)
	}
	return m
}

// BenchmarkScaleKey is one ↓ or ↑ on a scale question (a choose.Field) at
// 100×30, for comparison with the allocate field: no budget names it, but
// it is the key pressed most often.
func BenchmarkScaleKey(b *testing.B) {
	m := benchModelOn(b, assessment.Scale)
	keys := []tea.KeyPressMsg{{Code: tea.KeyDown}, {Code: tea.KeyUp}}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		m.Update(keys[i%2])
		_ = m.View()
		i++
	}
}

// BenchmarkTextKey is one character typed into a reflection at 100×30,
// with a backspace after every second so the text stays short.
func BenchmarkTextKey(b *testing.B) {
	m := benchModelOn(b, assessment.Text)
	keys := []tea.KeyPressMsg{{Code: 'a', Text: "a"}, {Code: tea.KeyBackspace}}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		m.Update(keys[i%2])
		m.Update(typeAheadMsg{})
		_ = m.View()
		i++
	}
}

// BenchmarkNextQuestion is enter on a scale question: the answer is kept
// (progress saved to a folder) and the next question drawn.
func BenchmarkNextQuestion(b *testing.B) {
	bank := benchBank(b)
	opts := benchOptions()
	opts.StateDir = b.TempDir()
	m := newModel(bank, opts)
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m.Update(tea.KeyPressMsg{Code: tea.KeyEnter}) // intro → question 1
	first := m.current
	for m.questions[first].Kind != assessment.Scale {
		first++
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		m.showQuestion(first)
		_ = m.View()
		b.StartTimer()
		m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
		_ = m.View()
	}
}
