package write

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

func reflection() *Field {
	f := New().Title("Where do you let customers down?").Description("Optional: press enter to skip.").CharLimit(20)
	f.WithWidth(40)
	f.Focus()
	return f
}

func typeText(f *Field, s string) {
	for _, r := range s {
		f.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func TestTypedTextIsTheValueUpToTheLimit(t *testing.T) {
	f := reflection()
	typeText(f, "renewals")
	if f.Text() != "renewals" || f.Room() != 12 {
		t.Fatalf("typed %q, room %d: want renewals, 12", f.Text(), f.Room())
	}
	f.Update(tea.PasteMsg{Content: " are nobody's job at all"})
	if got := f.Text(); got != "renewals are nobody'" || f.Room() != 0 {
		t.Errorf("paste past the limit: text %q, room %d; want the first 20 characters and no room", got, f.Room())
	}
	f.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
	if f.Text() != "renewals are nobody" {
		t.Errorf("backspace: text %q", f.Text())
	}
}

func TestAltEnterStartsANewLineAndEnterDoesNot(t *testing.T) {
	f := reflection()
	typeText(f, "one")
	f.Update(tea.KeyPressMsg{Code: tea.KeyEnter, Mod: tea.ModAlt})
	typeText(f, "two")
	f.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if f.Text() != "one\ntwo" {
		t.Errorf("alt+enter then enter: text %q, want one line break from alt+enter alone", f.Text())
	}
	if binds := f.KeyBinds(); len(binds) != 1 || binds[0].Help().Key != "alt+enter" {
		t.Errorf("help keys %v, want alt+enter for a new line", binds)
	}
}

func TestTheFieldShowsTheQuestionTheHintAndTheTextInItsWidth(t *testing.T) {
	f := reflection()
	f.Styles(&Styles{EdgeGlyph: "┃"})
	typeText(f, "hello")
	view := ansi.Strip(f.View())
	lines := strings.Split(view, "\n")
	if len(lines) != 2+4 {
		t.Fatalf("%d lines, want the question, the hint and four rows of text:\n%s", len(lines), view)
	}
	for i, want := range []string{"┃ Where do you let customers down?", "┃ Optional: press enter to skip.", "┃ hello"} {
		if got := strings.TrimRight(lines[i], " "); got != want {
			t.Errorf("line %d: %q, want %q", i+1, got, want)
		}
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > 40 {
			t.Errorf("a line %d cells wide in a field 40 wide: %q", w, l)
		}
	}
}

func TestAShortWindowShowsFewerRowsOfText(t *testing.T) {
	f := reflection()
	f.WithHeight(4) // the question, the hint and two rows
	if n := strings.Count(f.View(), "\n") + 1; n != 4 {
		t.Errorf("%d lines in 4 rows of room:\n%s", n, ansi.Strip(f.View()))
	}
}

func TestABlurredFieldTakesNoKeysAndTheCursorDoesNotBlink(t *testing.T) {
	f := New()
	if cmd := f.Focus(); cmd != nil {
		t.Errorf("focus asked for %T: a blinking cursor redraws the screen twice a second for nothing", cmd())
	}
	f.Blur()
	typeText(f, "x")
	if f.Text() != "" {
		t.Errorf("a blurred field took %q", f.Text())
	}
}

func TestTheViewIsDrawnAgainOnlyAfterAChange(t *testing.T) {
	f := reflection()
	first := f.View()
	if f.stale {
		t.Fatal("the view is stale right after drawing")
	}
	f.Update(tea.KeyPressMsg{Code: 'a', Text: "a"})
	if !f.stale || f.View() == first {
		t.Error("a typed character did not change the view")
	}
}

func TestTheFieldGrowsWithItsTextIntoTheRoomItHas(t *testing.T) {
	f := New().Title("Where do you let customers down?")
	f.WithWidth(40)
	f.WithHeight(10) // the question and nine rows
	f.Focus()
	for i, line := range []string{"one", "two", "three", "four", "five", "six"} {
		if i > 0 {
			f.Update(tea.KeyPressMsg{Code: tea.KeyEnter, Mod: tea.ModAlt})
		}
		typeText(f, line)
	}
	view := ansi.Strip(f.View())
	if lines := strings.Split(view, "\n"); len(lines) != 1+6 || strings.TrimSpace(lines[1]) != "one" {
		t.Errorf("six lines of text in nine rows of room: want all six from the first, got\n%s", view)
	}
	f.WithHeight(4) // a short window: three rows, the cursor's in sight
	if view := ansi.Strip(f.View()); strings.Count(view, "\n") != 3 || !strings.Contains(view, "six") {
		t.Errorf("in four rows of room:\n%s", view)
	}
}

func TestAPastedLineBreakIsOneBreakWhateverItsKind(t *testing.T) {
	f := reflection().CharLimit(100)
	f.Update(tea.PasteMsg{Content: "one\r\ntwo\rthree\nfour"})
	if f.Text() != "one\ntwo\nthree\nfour" {
		t.Errorf("pasted %q", f.Text())
	}
}
