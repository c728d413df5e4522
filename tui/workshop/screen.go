package workshop

import (
	"bytes"
	"io"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// screen draws a participant's program on their terminal, a frame as soon
// as the program has one: the program runs with Bubble Tea's renderer
// off, and screen, wrapped around its model, draws each frame it views.
//
// Bubble Tea's own renderer wakes 60 times a second for every program to
// see whether its frame changed, and turns each new frame into cells to
// diff against the last, all 3,000 of a 100×30 terminal: on a workshop
// server that was most of the CPU time a key took, and each connected
// participant cost it even when nobody typed. A participant's screens
// are full-screen frames of whole lines, laid out by the program itself,
// so screen compares lines as strings and sends, of each line that
// changed, the part that did (screen_rows.go); and it draws when the
// program has a new frame, never on a timer, so that a key's frame leaves
// at once.
type screen struct {
	tea.Model
	// out is the participant's terminal; profile the colours it shows.
	out     io.Writer
	profile colorprofile.Profile
	// width and height are the terminal's; lines is each row as the
	// program drew it and shown what the terminal was sent for it, both
	// nil when the whole screen is to be drawn again.
	width, height int
	lines, shown  []string
	// fitted keeps rows as last sent, by the row the program drew: most
	// rows come back (an option with the cursor and without it), and
	// bringing a row's colours down to the terminal's costs more than
	// drawing it.
	fitted map[string]fittedRow
	// content is the frame last drawn; started is set once the terminal
	// was set up for the program.
	content string
	started bool
	buf     bytes.Buffer
}

// newScreen wraps a program's model to draw it on out, a terminal of the
// given size whose environment is environ.
func newScreen(m tea.Model, out io.Writer, environ []string, width, height int) *screen {
	// The screen moves the cursor about whatever TERM says, so a "dumb"
	// terminal keeps bold and reverse video too: without them a text
	// field's cursor would not show.
	profile := max(colorprofile.Env(environ), colorprofile.ASCII)
	return &screen{Model: m, out: out, profile: profile, width: width, height: height, fitted: map[string]fittedRow{}}
}

// fittedRow is a row as this terminal is sent it: its colours in the
// terminal's profile, cut to its width; and how wide it is.
type fittedRow struct {
	text  string
	width int
}

// maxFittedRows bounds the rows kept: a reflection's rows change with
// every character typed.
const maxFittedRows = 256

// fit is row as this terminal is sent it.
func (s *screen) fit(row string) fittedRow {
	if f, ok := s.fitted[row]; ok {
		return f
	}
	// A carriage return would take the cursor back over the row.
	text := strings.ReplaceAll(row, "\r", "")
	if s.profile != colorprofile.TrueColor {
		var b strings.Builder
		_, _ = (&colorprofile.Writer{Forward: &b, Profile: s.profile}).WriteString(text)
		text = b.String()
	}
	// Widths as a terminal counts them unless told otherwise (and as
	// Bubble Tea's renderer does): character by character, so that ❤️ is
	// one column and 👨‍👩‍👧 six.
	f := fittedRow{text: text, width: ansi.StringWidthWc(text)}
	if f.width > s.width {
		// A wide character that does not fit is left out whole: the row
		// may come out a column short. (TruncateWc can leave a joined
		// emoji that counts wider than it thinks: cut on till it fits.)
		t := ansi.TruncateWc(text, s.width, "")
		for ansi.StringWidthWc(t) > s.width && ansi.StringWidth(t) > 0 {
			t = ansi.Truncate(t, ansi.StringWidth(t)-1, "")
		}
		f.text, f.width = t, ansi.StringWidthWc(t)
	}
	if len(s.fitted) >= maxFittedRows {
		clear(s.fitted)
	}
	s.fitted[row] = f
	return f
}

// Update hands the message to the program; a new terminal size has the
// next frame drawn whole.
func (s *screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if size, ok := msg.(tea.WindowSizeMsg); ok && (size.Width != s.width || size.Height != s.height || s.lines == nil) {
		s.width, s.height, s.lines, s.shown = size.Width, size.Height, nil, nil
		clear(s.fitted)
	}
	m, cmd := s.Model.Update(msg)
	s.Model = m
	return s, cmd
}

// View draws the program's frame, and gives Bubble Tea (whose renderer is
// off) nothing to draw.
func (s *screen) View() tea.View {
	s.draw(s.Model.View())
	return tea.View{}
}

// draw sends the terminal the rows of v that differ from what it shows.
func (s *screen) draw(v tea.View) {
	if s.width <= 0 || s.height <= 0 || (s.lines != nil && v.Content == s.content) {
		return
	}
	b := &s.buf
	b.Reset()
	if !s.started {
		// The alternate screen, no cursor (a text field draws its own),
		// pastes marked as such, the window's title; and the terminal's
		// background, asked at once rather than on Bubble Tea's next tick.
		b.WriteString(ansi.SetModeAltScreenSaveCursor + ansi.HideCursor + ansi.SetModeBracketedPaste + ansi.RequestBackgroundColor)
		if v.WindowTitle != "" {
			b.WriteString(ansi.SetWindowTitle(v.WindowTitle))
		}
		s.started = true
	}
	if s.lines == nil {
		b.WriteString(ansi.ResetStyle + ansi.EraseEntireScreen)
		s.lines, s.shown = make([]string, s.height), make([]string, s.height)
	}
	s.content = v.Content
	rows := strings.Split(v.Content, "\n")
	if len(rows) > s.height {
		// As Bubble Tea does: a frame taller than the screen loses its top.
		rows = rows[len(rows)-s.height:]
	}
	for y := range s.height {
		row := ""
		if y < len(rows) {
			row = rows[y]
		}
		if row == s.lines[y] {
			continue // after an erase, every row shows ""
		}
		s.lines[y] = row
		f := s.fit(row)
		s.change(y, f)
	}
	if b.Len() > 0 {
		_, _ = s.out.Write(b.Bytes())
	}
}

// sessionWriter passes writes to a participant's session one at a time:
// the screen draws from the program's event loop, and Bubble Tea's ticker
// sends the program's terminal queries from another goroutine, while an
// SSH channel's writes share one buffer.
type sessionWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *sessionWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// restore gives the terminal back as it was before the program: the main
// screen with its text, the cursor shown, pastes unmarked.
func (s *screen) restore() {
	if s.started {
		_, _ = io.WriteString(s.out, ansi.ResetStyle+ansi.ResetModeBracketedPaste+ansi.ShowCursor+ansi.ResetModeAltScreenSaveCursor)
	}
}
