package choose

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
)

func levels() *Field {
	f := New(
		Option{Label: "0  Not done", Value: "0"},
		Option{Label: "1  Ad hoc — it happens when someone pushes for it, differently each time", Value: "1"},
		Option{Label: "2  Repeatable", Value: "2"},
		Option{Label: "?  Don't know", Value: "dont-know"},
	).Title("We count customers.")
	f.WithWidth(40)
	f.Focus()
	return f
}

func press(f *Field, codes ...rune) tea.Cmd {
	var cmd tea.Cmd
	for _, c := range codes {
		_, cmd = f.Update(tea.KeyPressMsg{Code: c})
	}
	return cmd
}

func TestTheCursorPicksTheValueAndWrapsAtEitherEnd(t *testing.T) {
	f := levels()
	if f.Value() != "0" {
		t.Fatalf("value %q untouched, want the first option's", f.Value())
	}
	press(f, tea.KeyUp)
	if f.Value() != "dont-know" {
		t.Errorf("↑ on the first option: value %q, want the last one's", f.Value())
	}
	press(f, tea.KeyDown, tea.KeyDown)
	if f.Value() != "1" {
		t.Errorf("↓↓ from the last option: value %q, want 1", f.Value())
	}
	press(f, tea.KeyEnd)
	if f.Value() != "dont-know" {
		t.Errorf("end: value %q, want the last", f.Value())
	}
	if !f.Choose("2") || f.Value() != "2" || f.Choose("9") {
		t.Errorf("Choose(2) then Choose(9): value %q", f.Value())
	}
}

func TestEnterAndShiftTabMoveBetweenFields(t *testing.T) {
	f := levels()
	if cmd := press(f, tea.KeyEnter); cmd == nil || cmd() != huh.NextField() {
		t.Errorf("enter did not move on")
	}
	if _, cmd := f.Update(tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}); cmd == nil || cmd() != huh.PrevField() {
		t.Errorf("shift+tab did not go back")
	}
}

// Moving the cursor changes the mark beside the options and nothing else
// on screen, so a terminal redraws two cells rather than two labels.
func TestAKeyChangesOnlyTheCursorMark(t *testing.T) {
	f := levels()
	before := strings.Split(ansi.Strip(f.View()), "\n")
	press(f, tea.KeyDown)
	after := strings.Split(ansi.Strip(f.View()), "\n")
	if len(before) != len(after) {
		t.Fatalf("the field changed height: %d lines, then %d", len(before), len(after))
	}
	changed := 0
	for i := range before {
		if before[i] == after[i] {
			continue
		}
		changed++
		a, b := []rune(before[i]), []rune(after[i])
		for j := range a {
			if j >= len(b) || (a[j] != b[j] && j > 3) {
				t.Errorf("line %d changed beyond its mark:\n%q\n%q", i, before[i], after[i])
				break
			}
		}
	}
	if changed != 2 {
		t.Errorf("%d lines changed, want 2 (the old and the new cursor's):\n%s", changed, strings.Join(after, "\n"))
	}
	if !strings.Contains(strings.Join(after, "\n"), "› 1  Ad hoc") {
		t.Errorf("screen:\n%s\nwant the cursor on 1", strings.Join(after, "\n"))
	}
}

// A label wider than the field wraps under itself, and the field is laid
// out again for a new width.
func TestLabelsWrapToTheWidth(t *testing.T) {
	f := levels()
	for _, w := range []int{40, 90} {
		f.WithWidth(w)
		for _, line := range strings.Split(f.View(), "\n") {
			if n := ansi.StringWidth(line); n > w {
				t.Errorf("width %d: line %q is %d wide", w, ansi.Strip(line), n)
			}
		}
	}
	if strings.Count(f.View(), "\n") != 4 {
		t.Errorf("at 90 columns:\n%s\nwant a line per option under the title", ansi.Strip(f.View()))
	}
}
