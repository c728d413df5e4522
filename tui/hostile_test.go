package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/powercore/powercore/assessment/export"
)

// wideBank names cores and options in CJK, emoji and combining marks.
var wideBank = strings.NewReplacer(
	"name: Sales", "name: 営業部門",
	"name: Product", "name: Produkt 🚀",
	"label: Bookings", "label: 受注と新規顧客の獲得",
	"label: Launches", "label: Lança\u0301mentos de produto",
	"label: Systems", "label: 👩‍💻 Systems",
).Replace(tinyBank)

func TestWideCharactersKeepRowsAligned(t *testing.T) {
	m := newTestModel(t, parseBank(t, wideBank), Options{Name: "Ann"})
	press(m, "enter", "2", "down", "1")
	lines := strings.Split(screen(m), "\n")
	var ends []int
	for _, l := range lines {
		if strings.Contains(l, "■") || strings.Contains(l, "··") {
			ends = append(ends, ansi.StringWidth(strings.TrimRight(l, " ")))
		}
	}
	if len(ends) != 3 {
		t.Fatalf("screen:\n%s\nwant three rows with bars", screen(m))
	}
	for _, e := range ends[1:] {
		if e != ends[0] {
			t.Errorf("rows end at columns %v; want the bars and counts aligned", ends)
		}
	}
	press(m, "down", "1", "enter", "enter", "enter", "enter", "enter", "enter")
	wantScreen(t, m, "営業部門")
	for _, l := range strings.Split(screen(m), "\n") {
		if w := ansi.StringWidth(l); w > 100 {
			t.Errorf("summary line %q is %d wide at 100 columns", l, w)
		}
	}
}

func TestTinyWindowsAtEveryScreen(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{Name: "Ann", StateDir: t.TempDir()})
	steps := []struct {
		name string
		keys []string
	}{
		{"intro", nil},
		{"allocate", []string{"enter"}},
		{"choice", []string{"4", "enter"}},
		{"scale", []string{"enter"}},
		{"text", []string{"enter", "enter"}},
		{"review", []string{"enter"}},
		{"summary", []string{"enter"}},
		{"save prompt", []string{"s"}},
	}
	for _, step := range steps {
		press(m, step.keys...)
		// Only the point question needs 72×22; every other screen fits
		// in 60×18.
		w, h := smallWidth, smallHeight
		if step.name == "allocate" {
			w, h = minWidth, minHeight
		}
		m.Update(tea.WindowSizeMsg{Width: w, Height: h})
		if strings.Contains(screen(m), "enlarge") {
			t.Errorf("%s: asks to enlarge at %dx%d", step.name, w, h)
		}
		for _, size := range [][2]int{{40, 10}, {1, 1}, {w - 1, h}, {w, h - 1}, {0, 0}} {
			m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			got := screen(m)
			if size[0] > 0 && !strings.Contains(strings.Join(strings.Fields(got), " "), "enlarge") {
				t.Errorf("%s at %dx%d: no request to enlarge the window:\n%s", step.name, size[0], size[1], got)
			}
		}
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		if strings.Contains(screen(m), "enlarge") {
			t.Errorf("%s: still asks to enlarge at 100x30", step.name)
		}
	}
}

func TestTypedNameCannotDriveTheTerminal(t *testing.T) {
	m := newTestModel(t, parseBank(t, tinyBank), Options{})
	m.Update(tea.PasteMsg{Content: "Eve\x1b]52;c;aGk=\x07"})
	press(m, "enter")
	if strings.ContainsAny(m.name, "\x1b\x07") {
		t.Errorf("name = %q keeps control characters", m.name)
	}
	answerTinyFromQuestions(t, m)
	press(m, "enter")
	if raw := m.View().Content; strings.Contains(raw, "\x1b]52") {
		t.Errorf("the summary passes the name's escape sequence to the terminal: %q", raw)
	}
	var b strings.Builder
	if err := export.WriteText(&b, m.result, m.bank); err != nil || strings.ContainsRune(b.String(), 0x1b) {
		t.Errorf("text export holds an escape character (err %v):\n%q", err, b.String())
	}
}

// answerTinyFromQuestions answers the tiny bank from its first question.
func answerTinyFromQuestions(t *testing.T, m *model) {
	t.Helper()
	press(m, "3", "down", "1", "enter", "enter", "down", "enter", "down", "enter", "enter")
	wantScreen(t, m, "Review your answers")
}
