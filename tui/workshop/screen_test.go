package workshop

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// frames is a model that shows whatever frame it was last sent.
type frames struct{ content string }

func (f *frames) Init() tea.Cmd { return nil }

func (f *frames) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if s, ok := msg.(string); ok {
		f.content = s
	}
	return f, nil
}

func (f *frames) View() tea.View {
	v := tea.NewView(f.content)
	v.AltScreen, v.WindowTitle = true, "powercore"
	return v
}

// screenOn is a screen of width×height drawing into a test terminal; out
// holds what the last frame sent.
type screenOn struct {
	*screen
	term *vterm
	out  *bytes.Buffer
}

func newScreenOn(width, height int, environ ...string) *screenOn {
	if !slices.ContainsFunc(environ, func(e string) bool { return strings.HasPrefix(e, "TERM=") }) {
		environ = append(environ, "TERM=xterm-256color")
	}
	out := &bytes.Buffer{}
	return &screenOn{screen: newScreen(&frames{}, out, environ, width, height), term: newVterm(width, height), out: out}
}

// show has the program draw frame, and returns what the terminal was sent
// for it.
func (s *screenOn) show(t *testing.T, frame string) string {
	t.Helper()
	s.out.Reset()
	s.Update(frame)
	s.View()
	sent := s.out.String()
	_, _ = s.term.Write([]byte(sent))
	return sent
}

func (s *screenOn) rows() []string {
	return strings.Split(s.term.String(), "\n")
}

func TestTheFirstFrameTakesTheWholeScreenAndHidesTheCursor(t *testing.T) {
	s := newScreenOn(40, 6)
	sent := s.show(t, "  title\n\n  \x1b[1mone\x1b[m\n  two\n\n  help")
	for _, seq := range []string{ansi.SetModeAltScreenSaveCursor, ansi.HideCursor, ansi.SetModeBracketedPaste, ansi.RequestBackgroundColor, ansi.SetWindowTitle("powercore")} {
		if !strings.Contains(sent, seq) {
			t.Errorf("the first frame does not send %q", seq)
		}
	}
	if !s.term.alternate() {
		t.Error("the terminal is not on the alternate screen")
	}
	want := []string{"  title", "", "  one", "  two", "", "  help"}
	for i, row := range s.rows() {
		if strings.TrimRight(row, " ") != want[i] {
			t.Errorf("row %d shows %q, want %q", i+1, row, want[i])
		}
	}
}

func TestAFrameSendsOnlyTheRowsThatChanged(t *testing.T) {
	s := newScreenOn(40, 6)
	s.show(t, "  title\n\n› one\n  two\n\n  help")
	sent := s.show(t, "  title\n\n  one\n› two\n\n  help")
	if n := strings.Count(sent, "\x1b["+"3;1H") + strings.Count(sent, "\x1b[4;1H"); n != 2 {
		t.Errorf("the cursor moved from row 3 to 4, and rows 3 and 4 were sent %d times in all: %q", n, sent)
	}
	for _, row := range []string{"title", "help"} {
		if strings.Contains(sent, row) {
			t.Errorf("the unchanged row %q was sent again: %q", row, sent)
		}
	}
	if got := strings.TrimRight(s.rows()[2], " "); got != "  one" {
		t.Errorf("row 3 shows %q after the cursor left it", got)
	}
	if again := s.show(t, "  title\n\n  one\n› two\n\n  help"); again != "" {
		t.Errorf("the same frame again sent %q", again)
	}
}

func TestAShorterRowLeavesNothingOfTheLongerOneBehind(t *testing.T) {
	s := newScreenOn(40, 3)
	s.show(t, "a long row of text\nx\ny")
	s.show(t, "short\nx\ny")
	if got := s.rows()[0]; strings.TrimRight(got, " ") != "short" {
		t.Errorf("row 1 shows %q", got)
	}
}

func TestARowWiderThanTheTerminalIsCutAndAFullRowIsNotErased(t *testing.T) {
	s := newScreenOn(10, 2)
	sent := s.show(t, strings.Repeat("x", 10)+"\n"+strings.Repeat("y", 15))
	if rows := s.rows(); rows[0] != strings.Repeat("x", 10) || rows[1] != strings.Repeat("y", 10) {
		t.Errorf("rows %q", rows)
	}
	if strings.Contains(sent, strings.Repeat("x", 10)+ansi.ResetStyle+ansi.EraseLineRight) {
		t.Error("a row as wide as the terminal was followed by an erase, which would take its last character")
	}
}

func TestANewSizeDrawsTheWholeScreenAgain(t *testing.T) {
	s := newScreenOn(20, 3)
	s.show(t, "one\ntwo\nthree")
	s.term = newVterm(30, 4) // the terminal as it is after the resize
	s.Update(tea.WindowSizeMsg{Width: 30, Height: 4})
	s.show(t, "one\ntwo\nthree")
	for i, want := range []string{"one", "two", "three"} {
		if got := strings.TrimRight(s.rows()[i], " "); got != want {
			t.Errorf("row %d after the resize shows %q, want %q", i+1, got, want)
		}
	}
}

func TestColoursFollowTheTerminalAndNoColorKeepsTheLayout(t *testing.T) {
	frame := "\x1b[38;2;140;137;255mSection 1\x1b[m\nplain"
	s := newScreenOn(20, 2)
	if sent := s.show(t, frame); strings.Contains(sent, "38;2;") || !strings.Contains(sent, "38;5;") {
		t.Errorf("a 256-colour terminal was sent %q", sent)
	}
	plain := newScreenOn(20, 2, "NO_COLOR=1")
	sent := plain.show(t, frame)
	if strings.Contains(sent, "38;") {
		t.Errorf("NO_COLOR: colours sent: %q", sent)
	}
	if rows := plain.rows(); strings.TrimRight(rows[0], " ") != "Section 1" || strings.TrimRight(rows[1], " ") != "plain" {
		t.Errorf("NO_COLOR: rows %q", rows)
	}
}

// A text field draws its cursor in reverse video: a terminal that says it
// is "dumb" (and still gets the full screen) loses colours, not that.
func TestADumbTerminalStillShowsTheTextCursor(t *testing.T) {
	s := newScreenOn(20, 1, "TERM=dumb")
	sent := s.show(t, "\x1b[38;5;255mhello\x1b[7m \x1b[m")
	if !strings.Contains(sent, "\x1b[7m") || strings.Contains(sent, "38;5") {
		t.Errorf("TERM=dumb was sent %q: want the reverse video kept and the colour dropped", sent)
	}
}

// A tab goes to the next tab stop, and a carriage return would take the
// cursor back over the row: neither throws a row's later text off.
func TestTabsAndCarriageReturnsInAFrame(t *testing.T) {
	s := newScreenOn(20, 2)
	s.show(t, "a\tb\r\nsecond")
	s.show(t, "a\tc\r\nsecond")
	if rows := s.rows(); rows[0] != "a       c" || rows[1] != "second" {
		t.Errorf("rows %q, want the c at the tab stop and the second row kept", rows)
	}
}

func TestRestoreGivesTheTerminalBack(t *testing.T) {
	s := newScreenOn(20, 2)
	s.show(t, "one\ntwo")
	s.out.Reset()
	s.restore()
	_, _ = s.term.Write(s.out.Bytes())
	if s.term.alternate() {
		t.Error("still on the alternate screen")
	}
	for _, seq := range []string{ansi.ShowCursor, ansi.ResetModeBracketedPaste} {
		if !strings.Contains(s.out.String(), seq) {
			t.Errorf("restore does not send %q", seq)
		}
	}
}

func TestAKeyOnAPracticeQuestionSendsTheCursorMarkNotTheRows(t *testing.T) {
	edge, mark := "  \x1b[38;5;105m┃\x1b[m ", "\x1b[1;38;5;215m›\x1b[m "
	label := func(s string) string { return "\x1b[38;5;255m" + s + "\x1b[m" }
	levels := []string{"0  Not done — We do not do this today.", "1  Ad hoc — It happens when someone pushes for it, differently each time."}
	frame := func(cursor int) string {
		var rows []string
		for i, l := range levels {
			m := "  "
			if i == cursor {
				m = mark
			}
			rows = append(rows, edge+m+label(l))
		}
		return strings.Join(rows, "\n")
	}
	s := newScreenOn(100, 2)
	s.show(t, frame(0))
	sent := s.show(t, frame(1))
	if len(sent) > 40 {
		t.Errorf("↓ sent %d bytes (%q): more than the cursor's mark", len(sent), sent)
	}
	for i, l := range levels {
		want := "  ┃   " + l
		if i == 1 {
			want = "  ┃ › " + l
		}
		if got := s.rows()[i]; got != want {
			t.Errorf("row %d shows %q, want %q", i+1, got, want)
		}
	}
}

// Any change of any row leaves the terminal showing the new row: rows of
// words, styled runs, wide and accented characters, each changed a piece
// at a time (as a key changes a frame) or replaced, and drawn over the
// last.
func TestEveryChangeOfARowLeavesTheNewRowOnScreen(t *testing.T) {
	// ❤️ and 👨‍👩‍👧 are as wide as one character, or two, or six, as
	// their width is counted: a terminal (and this test's) counts each
	// character.
	pieces := []string{"a", "word", " ", "  ", "·", "›", "━━", "é", "e\u0301", "日本", "1", "2", "❤️", "👨‍👩‍👧",
		"\x1b]8;;http://a.example\x1b\\link\x1b]8;;\x1b\\", "\x1b]8;;http://b.example\x1b\\link\x1b]8;;\x1b\\",
		"\x1b[1mbold\x1b[m", "\x1b[38;5;105m┃\x1b[m", "\x1b[7m \x1b[m", "\x1b[38;5;248mquestion 1\x1b[m", "\x1b[38;5;248mquestion 2\x1b[m", "\x1b[1m›\x1b[m "}
	r := rand.New(rand.NewPCG(13, 1))
	randomRow := func() []string {
		row := make([]string, r.IntN(10))
		for i := range row {
			row[i] = pieces[r.IntN(len(pieces))]
		}
		return row
	}
	change := func(row []string) []string {
		row = append([]string(nil), row...)
		i := r.IntN(len(row) + 1)
		switch r.IntN(4) {
		case 0:
			return randomRow()
		case 1:
			return append(row[:i], append([]string{pieces[r.IntN(len(pieces))]}, row[i:]...)...)
		case 2:
			if i < len(row) {
				return append(row[:i], row[i+1:]...)
			}
		}
		if i < len(row) {
			row[i] = pieces[r.IntN(len(pieces))]
		}
		return row
	}
	s := newScreenOn(30, 3)
	frame := [][]string{randomRow(), randomRow(), randomRow()}
	for i := range 5000 {
		y := r.IntN(3)
		frame[y] = change(frame[y])
		rows := make([]string, 3)
		for j, row := range frame {
			rows[j] = strings.Join(row, "")
		}
		s.show(t, strings.Join(rows, "\n"))
		for j, row := range rows {
			// The test's terminal keeps no zero-width characters (the
			// accent, the joiner, the emoji selector).
			want := ansi.Strip(row)
			for ansi.StringWidthWc(want) > 30 {
				want = ansi.Truncate(want, ansi.StringWidth(want)-1, "")
			}
			want = strings.TrimRight(withoutZeroWidth(want), " ")
			if got := withoutZeroWidth(s.rows()[j]); got != want {
				t.Fatalf("frame %d, row %d shows %q, want %q", i, j+1, s.rows()[j], want)
			}
		}
	}
}

func withoutZeroWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if ansi.StringWidth(string(r)) == 0 {
			return -1
		}
		return r
	}, s)
}
