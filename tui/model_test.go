package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/tui/allocate"
)

// tinyBank has one question of every kind, small enough to read a test by.
const tinyBank = `schema: powercore/bank@1
id: tiny
title: Tiny check
version: "1"
levels:
  - {value: 0, label: Not done, hint: Never happens.}
  - {value: 1, label: Sometimes}
  - {value: 2, label: Always}
cores:
  - {id: sales, name: Sales, summary: Targets rule., strengths: [Energy], hot_spots: [The deal is the finish line], kickstart: [Add retention to the scorecard.], ease: {assets: -2}}
  - {id: product, name: Product, summary: Shipping rules., ease: {assets: 1}}
  - {id: it, name: IT, summary: Systems rule.}
competencies:
  - {id: assets, name: Customers as assets, next_steps: {nascent: [Count customers.], developing: [Report every quarter.]}}
sections:
  - id: power
    title: Where the power sits
    intro: Split the points.
    questions:
      - id: success
        kind: allocate
        prompt: What counts as success?
        points: 4
        options:
          - {core: sales, label: Bookings}
          - {core: product, label: Launches}
          - {core: it, label: Systems}
      - id: budget
        kind: choice
        prompt: Who wins a budget fight?
        options:
          - {id: a, label: Sales chief, weights: {sales: 1}}
          - {id: b, label: Product chief, weights: {product: 1}}
  - id: practice
    title: Practice
    questions:
      - {id: count, kind: scale, competency: assets, prompt: We count customers.}
      - {id: why, kind: scale, competency: assets, prompt: We know why they leave.}
      - {id: note, kind: text, optional: true, prompt: "Anything else?"}
`

var testNow = time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)

func parseBank(t testing.TB, yaml string) *assessment.Bank {
	t.Helper()
	b, err := assessment.Parse("tiny.yaml", []byte(yaml))
	if err != nil {
		t.Fatalf("parsing the test bank: %v", err)
	}
	return b
}

// newTestModel is a model at 100×30 with a fixed clock, its intro shown.
func newTestModel(t testing.TB, bank *assessment.Bank, opts Options) *model {
	t.Helper()
	clock := testNow
	opts.Now = func() time.Time { clock = clock.Add(5 * time.Second); return clock }
	opts.Seed = 1
	m := newModel(bank, opts)
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	return m
}

// keyMsg turns a key name as huh and Bubble Tea print it into a key press.
func keyMsg(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(name)[0]
	return tea.KeyPressMsg{Code: r, Text: name}
}

// press sends keys one by one; a word longer than a key name is typed.
// Each key or word is followed by a pause, as a person's are, so that
// nothing typed waits to reach its field.
func press(m *model, keys ...string) {
	for _, k := range keys {
		if len([]rune(k)) > 1 && !strings.Contains("enter tab shift+tab up down left right esc ctrl+c", k) {
			for _, r := range k {
				m.Update(keyMsg(string(r)))
			}
		} else {
			m.Update(keyMsg(k))
		}
		m.Update(typeAheadMsg{})
		m.Update(typeAheadMsg{})
	}
}

// screen is what the user sees, without colours.
func screen(m *model) string {
	return ansi.Strip(m.View().Content)
}

func wantScreen(t *testing.T, m *model, want ...string) {
	t.Helper()
	got := screen(m)
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("screen:\n%s\nwant it to show %q", got, w)
			return
		}
	}
}

func TestIntroAsksForANameThenStarts(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{})
	wantScreen(t, m, "Tiny check", "You will learn", "5 questions", "Your name (optional)")
	press(m, "Ann Lee", "enter")
	wantScreen(t, m, "Section 1 of 2 · Where the power sits", "question 1 of 5", "Split the points.", "What counts as success?")
	if m.name != "Ann Lee" {
		t.Errorf("name = %q, want %q", m.name, "Ann Lee")
	}
}

func TestIntroWithoutNamePromptWhenNameGiven(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Bo"})
	if strings.Contains(screen(m), "Your name") {
		t.Errorf("the intro asks for a name already given:\n%s", screen(m))
	}
	press(m, "enter")
	wantScreen(t, m, "question 1 of 5")
}

func TestAllocateField(t *testing.T) {
	tests := []struct {
		name    string
		keys    []string
		points  []int
		left    int
		message string
	}{
		{"starts empty on the first row", nil, []int{0, 0, 0}, 4, "4 points left"},
		{"adds to the focused row", []string{"right", "+", "l"}, []int{3, 0, 0}, 1, "1 point left"},
		{"moves between rows", []string{"right", "down", "right", "down", "right"}, []int{1, 1, 1}, 1, ""},
		{"refuses more than the total", []string{"right", "right", "right", "right", "right"}, []int{4, 0, 0}, 0, "all points are placed"},
		{"never goes below zero", []string{"left", "-", "down", "left"}, []int{0, 0, 0}, 4, "this row has no points to take away"},
		{"a digit sets the row, capped by what is left", []string{"3", "down", "9"}, []int{3, 1, 0}, 0, "only 1 point was left, so this row has 1"},
		{"stays within the rows", []string{"up", "up", "right", "down", "down", "down", "down", "right"}, []int{1, 0, 1}, 2, ""},
		{"enter with points left says why", []string{"right", "enter"}, []int{1, 0, 0}, 3, "3 points still to place"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := allocate.New(4, "Bookings", "Launches", "Systems").Title("What counts?")
			f.WithWidth(80)
			f.Focus()
			for _, k := range tt.keys {
				f.Update(keyMsg(k))
			}
			if got := f.Values(); !equalInts(got, tt.points) {
				t.Errorf("points = %v, want %v", got, tt.points)
			}
			if got := f.Left(); got != tt.left {
				t.Errorf("left = %d, want %d", got, tt.left)
			}
			view := ansi.Strip(f.View())
			if tt.message != "" && !strings.Contains(view, tt.message) {
				t.Errorf("view:\n%s\nwant it to say %q", view, tt.message)
			}
		})
	}
}

func TestAllocateTypedDigitsMakeANumber(t *testing.T) {
	tests := []struct {
		name   string
		keys   []string
		points []int
	}{
		{"one then zero makes ten", []string{"1", "0"}, []int{10, 0}},
		{"a digit that would pass the total starts afresh", []string{"1", "0", "5"}, []int{5, 0}},
		{"a number past what is left starts afresh", []string{"4", "down", "7", "1"}, []int{4, 1}},
		{"ten with fewer left is capped", []string{"3", "down", "1", "0"}, []int{3, 7}},
		{"after a cap a digit starts afresh", []string{"3", "down", "1", "0", "2"}, []int{3, 2}},
		{"moving rows starts a new number", []string{"1", "down", "2"}, []int{1, 2}},
		{"another key between digits starts a new number", []string{"1", "right", "3"}, []int{3, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := allocate.New(10, "Bookings", "Launches")
			f.Focus()
			for _, k := range tt.keys {
				f.Update(keyMsg(k))
			}
			if got := f.Values(); !equalInts(got, tt.points) {
				t.Errorf("after %q points = %v, want %v", tt.keys, got, tt.points)
			}
		})
	}
}

// "1" then "0" with fewer than ten points left gives the row what is left,
// and says so, as a single digit past it does.
func TestAllocateTenWithFewerLeftIsCappedAndSaid(t *testing.T) {
	f := allocate.New(10, "Bookings", "Launches")
	f.WithWidth(80)
	f.Focus()
	for _, k := range []string{"3", "down", "1", "0"} {
		f.Update(keyMsg(k))
	}
	if got := f.Values(); !equalInts(got, []int{3, 7}) {
		t.Errorf("points = %v, want [3 7]", got)
	}
	if view := ansi.Strip(f.View()); !strings.Contains(view, "only 7 points were left, so this row has 7") {
		t.Errorf("view:\n%s\nwant it to say only 7 points were left", view)
	}
}

func TestPointQuestionHelpShowsEveryKeyAt80Columns(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(m, "enter", "enter")
	wantScreen(t, m, "question 1 of 5", "↑/↓ row", "←/→ points", "0-9 set", "enter next", "ctrl+c quit")
}

func TestAllocateContinuesOnlyWhenEveryPointIsPlaced(t *testing.T) {
	f := allocate.New(2, "A", "B")
	f.Focus()
	if _, cmd := f.Update(keyMsg("enter")); cmd != nil || f.Error() == nil {
		t.Errorf("enter with 2 points left: cmd %v, error %v; want no command and an error", cmd, f.Error())
	}
	f.Update(keyMsg("2"))
	if _, cmd := f.Update(keyMsg("enter")); cmd == nil || f.Error() != nil {
		t.Errorf("enter with every point placed: cmd %v, error %v; want the next-field command", cmd, f.Error())
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// answerTiny answers the tiny bank up to its review: 3 points to Sales and
// 1 to Product, the Sales chief, "Sometimes" twice, no note.
func answerTiny(t *testing.T, m *model) {
	t.Helper()
	press(m, "enter")                       // intro
	press(m, "3", "down", "1", "enter")     // success
	press(m, "enter")                       // budget: a
	press(m, "down", "enter")               // count: 1
	press(m, "down", "enter")               // why: 1
	press(m, "enter")                       // note: skipped
	wantScreen(t, m, "Review your answers") // all answered
}

func TestQuestionsAskedInTurnAndReviewed(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	press(m, "enter")
	press(m, "enter")
	wantScreen(t, m, "question 1 of 5", "4 points still to place")
	press(m, "3", "down", "1", "enter")
	wantScreen(t, m, "question 2 of 5", "Who wins a budget fight?", "Sales chief", "Product chief")
	press(m, "down", "enter")
	wantScreen(t, m, "Section 2 of 2 · Practice", "question 3 of 5", "We count customers.")
	// The scale lists the bank's levels in order, then "Don't know".
	got := screen(m)
	order := []string{"0  Not done — Never happens.", "1  Sometimes", "2  Always", "?  Don't know"}
	last := -1
	for _, o := range order {
		i := strings.Index(got, o)
		if i <= last {
			t.Fatalf("screen:\n%s\nwant the options in the order %q", got, order)
		}
		last = i
	}
	press(m, "up", "enter") // wraps to "Don't know"
	press(m, "down", "down", "enter")
	wantScreen(t, m, "question 5 of 5", "Anything else?", "Optional")
	press(m, "Renewals slip", "enter")
	wantScreen(t, m, "Review your answers", "5 of 5 answered",
		"Sales 3 · Product 1", "Product chief", "Don't know", "2 Always", "Renewals slip")
}

func TestGoingBackKeepsEveryAnswer(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	press(m, "enter", "3", "down", "1", "enter", "down", "enter")
	wantScreen(t, m, "question 3 of 5")
	press(m, "shift+tab")
	wantScreen(t, m, "question 2 of 5")
	if a, _ := m.answers.Get("budget"); a.Value != "b" {
		t.Errorf("budget = %q after going back, want b", a.Value)
	}
	press(m, "shift+tab")
	wantScreen(t, m, "question 1 of 5", "✓ all 4 points placed")
	// Changing points and going back again keeps the change too.
	press(m, "left", "shift+tab")
	wantScreen(t, m, "Tiny check", "enter start")
	press(m, "enter")
	wantScreen(t, m, "question 1 of 5", "1 point left")
	press(m, "down", "down", "right", "enter")
	wantScreen(t, m, "question 2 of 5")
	a, _ := m.answers.Get("success")
	if a.PointsFor("sales") != 2 || a.PointsFor("product") != 1 || a.PointsFor("it") != 1 {
		t.Errorf("success = %+v, want sales 2, product 1, it 1", a.Points)
	}
}

func TestReviewJumpsToAQuestionAndBack(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	answerTiny(t, m)
	press(m, "up", "up", "up") // from the last question to "budget"
	press(m, "e")
	wantScreen(t, m, "question 2 of 5", "enter review")
	press(m, "down", "enter")
	wantScreen(t, m, "Review your answers", "Product chief")
	if m.review.cursor != 1 {
		t.Errorf("review cursor = %d after the change, want it back on question 2", m.review.cursor)
	}
}

func TestSubmitScoresTheAnswers(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	answerTiny(t, m)
	press(m, "enter")
	wantScreen(t, m, "Tiny check result · Ann", "Sales", "is your Power Core", "Where the power sits")
	if all := ansi.Strip(strings.Join(m.summaryLines(), "\n")); !strings.Contains(all, "Customers as assets") {
		t.Errorf("the summary leaves out the competencies:\n%s", all)
	}
	want := assessment.Score(m.bank, m.response())
	if m.result == nil || m.result.Clarity != want.Clarity || len(m.result.Dominant) != 1 || m.result.Dominant[0] != "sales" {
		t.Fatalf("result = %+v, want dominant [sales] like Score gives", m.result)
	}
	if got := m.result.Answers; len(got) != 4 {
		t.Errorf("answers = %+v, want the four answered questions", got)
	}
	if m.result.Seconds["success"] <= 0 {
		t.Errorf("time on success = %v, want it recorded", m.result.Seconds["success"])
	}
}

func TestSaveFromTheSummary(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	answerTiny(t, m)
	press(m, "enter", "s")
	wantScreen(t, m, "Save the result to", "powercore-2026-11-23.json")
	press(m, "enter")
	wantScreen(t, m, "Saved to powercore-2026-11-23.json")
	first, err := os.ReadFile(filepath.Join(dir, "powercore-2026-11-23.json"))
	if err != nil || !strings.Contains(string(first), `"schema": "powercore/result@1"`) {
		t.Fatalf("saved file: %v\n%s", err, first)
	}

	// A second save suggests a free name; typing the taken one asks
	// before overwriting, and "n" leaves the file alone.
	press(m, "s")
	wantScreen(t, m, "powercore-2026-11-23-2.json")
	press(m, "powercore-2026-11-23.json", "enter")
	wantScreen(t, m, "powercore-2026-11-23.json exists. Overwrite it? y/n")
	press(m, "n")
	wantScreen(t, m, "Not saved")
	press(m, "s", "powercore-2026-11-23.json", "enter", "y")
	wantScreen(t, m, "Saved to powercore-2026-11-23.json")

	// What is typed replaces the suggestion.
	press(m, "s", "notes.md", "enter")
	wantScreen(t, m, "Saved to notes.md")
	md, _ := os.ReadFile(filepath.Join(dir, "notes.md"))
	if !strings.HasPrefix(string(md), "# Tiny check — Ann") {
		t.Errorf("notes.md starts %q, want a Markdown report", firstLine(string(md)))
	}
	press(m, "s", "esc")
	wantScreen(t, m, "Not saved.")
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func TestOutSavesWhenTheSummaryAppears(t *testing.T) {
	out := filepath.Join(t.TempDir(), "result.yaml")
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann", Out: out})
	answerTiny(t, m)
	press(m, "enter")
	wantScreen(t, m, "Saved to "+out)
	data, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(data), "schema: powercore/result@1") {
		t.Fatalf("--out file: %v\n%s", err, data)
	}
	if m.savedTo != out {
		t.Errorf("savedTo = %q, want %q", m.savedTo, out)
	}
}

func TestSmallWindowAsksToEnlargeAndKeepsTheAnswer(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	press(m, "enter", "right", "right")
	m.Update(tea.WindowSizeMsg{Width: 40, Height: 10})
	wantScreen(t, m, "enlarge the window", "40×10")
	press(m, "right") // ignored while nothing can be seen
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	wantScreen(t, m, "question 1 of 5", "2 points left")
}

func TestEveryScreenFitsTheWindow(t *testing.T) {
	for _, size := range [][2]int{{72, 22}, {80, 24}, {120, 40}, {200, 60}} {
		m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		check := func(where string) {
			lines := strings.Split(screen(m), "\n")
			if len(lines) > size[1] {
				t.Errorf("%dx%d %s: %d lines, more than the window", size[0], size[1], where, len(lines))
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Errorf("%dx%d %s: line %q is %d wide", size[0], size[1], where, l, w)
				}
			}
		}
		check("intro")
		press(m, "enter")
		check("allocate")
		press(m, "4", "enter")
		check("choice")
		press(m, "enter", "enter", "enter")
		check("text")
		press(m, "enter")
		check("review")
		press(m, "enter")
		check("summary")
	}
}

// longIntroBank is tinyBank with an intro to the practice section too long
// to leave room for its first question at 72×22.
var longIntroBank = strings.Replace(tinyBank, "    title: Practice\n",
	"    title: Practice\n    intro: "+strings.Repeat("Rate what happens today, not what you intend. ", 16)+"\n", 1)

func TestSectionIntroGivesWayOnAShortWindow(t *testing.T) {
	m := newTestModel(t, parseBank(t, longIntroBank), Options{Name: "Ann"})
	m.Update(tea.WindowSizeMsg{Width: 72, Height: 22})
	press(m, "enter", "4", "enter", "enter")
	levels := []string{"question 3 of 5", "We count customers.", "Not done", "Sometimes", "Always", "Don't know"}
	wantScreen(t, m, levels...)
	if strings.Contains(screen(m), "Rate what happens today") {
		t.Errorf("72x22 screen:\n%s\nwant the section's intro left out", screen(m))
	}
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	wantScreen(t, m, append(levels, "Rate what happens today")...)
	m.Update(tea.WindowSizeMsg{Width: 72, Height: 22})
	wantScreen(t, m, levels...)
}

func TestQuestionHeaderIsDrawnOncePerSize(t *testing.T) {
	m := newTestModel(t, parseBank(t, longIntroBank), Options{Name: "Ann"})
	m.Update(tea.WindowSizeMsg{Width: 72, Height: 22})
	press(m, "enter", "4", "enter", "enter")
	m.View()
	// A header drawn again would replace this one.
	m.header.text = "header as first drawn"
	press(m, "down")
	wantScreen(t, m, "header as first drawn")
}

func TestCtrlCStopsAnywhere(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	press(m, "enter", "right")
	_, cmd := m.Update(keyMsg("ctrl+c"))
	if !m.aborted || cmd == nil {
		t.Fatalf("ctrl+c: aborted %v, cmd %v; want aborted and quitting", m.aborted, cmd)
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Errorf("ctrl+c did not quit")
	}
}

func TestBankTextCannotDriveTheTerminal(t *testing.T) {
	hostile := strings.NewReplacer(
		"prompt: What counts as success?", "prompt: \"What counts\\e]52;c;aGk=\\a as success?\"",
		"label: Bookings", "label: \"Book\\e[31mings\"",
	).Replace(tinyBank)
	m := newTestModel(t, parseBank(t, hostile), Options{Name: "Ann"})
	press(m, "enter")
	raw := m.View().Content
	if strings.Contains(raw, "\x1b]52") || strings.Contains(raw, "\a") || strings.Contains(raw, "\x1b[31mings") {
		t.Errorf("the screen passes the bank's escape sequences to the terminal: %q", raw)
	}
	wantScreen(t, m, `What counts\x1b]52;c;aGk=\x07 as success?`, `Book\x1b[31mings`)
}

func TestGoingBackFromAnUntouchedQuestionRecordsNothing(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	press(m, "enter", "4", "enter", "enter")
	wantScreen(t, m, "question 3 of 5")
	press(m, "shift+tab")
	if _, ok := m.answers.Get("count"); ok {
		t.Errorf("going back from an untouched question recorded %+v as its answer", m.answers)
	}
	press(m, "enter", "down", "shift+tab")
	if a, ok := m.answers.Get("count"); !ok || a.Value != "1" {
		t.Errorf("going back after choosing a level: count = %+v, %v; want 1 kept", a, ok)
	}
}

func TestScaleLevelsCanBeTyped(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann"})
	press(m, "enter", "4", "enter", "enter")
	wantScreen(t, m, "question 3 of 5")
	press(m, "2", "enter")
	if a, _ := m.answers.Get("count"); a.Value != "2" {
		t.Errorf("typing 2 answered %q, want level 2", a.Value)
	}
	press(m, "?", "enter")
	if a, _ := m.answers.Get("why"); !a.IsDontKnow() {
		t.Errorf("typing ? answered %q, want don't know", a.Value)
	}
	press(m, "shift+tab", "shift+tab", "0", "1", "enter")
	if a, _ := m.answers.Get("count"); a.Value != "1" {
		t.Errorf("typing 0 then 1 answered %q, want level 1", a.Value)
	}
}
