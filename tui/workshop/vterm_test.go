package workshop

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// vterm is a small terminal screen for tests that read a program's output
// as a person would see it. The Bubble Tea renderer sends only what
// changed between frames (a "7" where a "6" was, a scrolled region), so
// the text of a screen is never in the stream as a whole: it has to be
// drawn. vterm draws the sequences the renderer uses on an xterm (cursor
// moves, erases, inserts and deletes, scroll regions, repeat, tabs, the alt
// screen) and ignores colours, titles and queries.
type vterm struct {
	width, height int
	main, alt     [][]rune
	cells         [][]rune
	x, y          int
	top, bottom   int
	savedX        int
	savedY        int
	autowrap      bool
	wrapNext      bool
	insert        bool
	last          rune
	parser        *ansi.Parser
}

// wideTail marks the cell covered by the right half of a wide character.
const wideTail = -1

func newVterm(width, height int) *vterm {
	v := &vterm{width: width, height: height, autowrap: true, parser: ansi.NewParser()}
	v.main = blankRows(width, height)
	v.alt = blankRows(width, height)
	v.cells = v.main
	v.bottom = height - 1
	v.parser.SetHandler(ansi.Handler{
		Print:     v.print,
		Execute:   v.execute,
		HandleCsi: v.csi,
		HandleEsc: v.esc,
	})
	return v
}

func blankRows(width, height int) [][]rune {
	rows := make([][]rune, height)
	for i := range rows {
		rows[i] = blankRow(width)
	}
	return rows
}

func blankRow(width int) []rune {
	row := make([]rune, width)
	for i := range row {
		row[i] = ' '
	}
	return row
}

// Write draws output on the screen; sequences may be split across writes.
func (v *vterm) Write(p []byte) (int, error) {
	for _, b := range p {
		v.parser.Advance(b)
	}
	return len(p), nil
}

// alternate reports whether the alternate screen is on show, as it is
// while a full-screen program runs.
func (v *vterm) alternate() bool { return &v.cells[0] == &v.alt[0] }

// String is the screen's text, one line per row, trailing spaces trimmed.
func (v *vterm) String() string {
	var b strings.Builder
	for i, row := range v.cells {
		if i > 0 {
			b.WriteByte('\n')
		}
		line := make([]rune, 0, len(row))
		for _, r := range row {
			if r != wideTail {
				line = append(line, r)
			}
		}
		b.WriteString(strings.TrimRight(string(line), " "))
	}
	return b.String()
}

func (v *vterm) print(r rune) {
	w := ansi.StringWidth(string(r))
	if w == 0 {
		return
	}
	if v.wrapNext && v.autowrap {
		v.x = 0
		v.lineFeed()
	}
	v.wrapNext = false
	if v.x+w > v.width {
		if !v.autowrap {
			return
		}
		v.x = 0
		v.lineFeed()
	}
	row := v.cells[v.y]
	if v.insert {
		copy(row[v.x+w:], row[v.x:])
	}
	row[v.x] = r
	if w == 2 {
		row[v.x+1] = wideTail
	}
	v.last = r
	v.x += w
	if v.x >= v.width {
		v.x = v.width - 1
		v.wrapNext = true
	}
}

func (v *vterm) execute(b byte) {
	switch b {
	case '\r':
		v.moveTo(0, v.y)
	case '\n', '\v', '\f':
		v.wrapNext = false
		v.lineFeed()
	case '\b':
		v.moveTo(v.x-1, v.y)
	case '\t':
		v.moveTo(min(v.width-1, (v.x/8+1)*8), v.y)
	}
}

// lineFeed moves down a row, scrolling the region at its bottom.
func (v *vterm) lineFeed() {
	if v.y == v.bottom {
		v.scrollUp(1)
		return
	}
	if v.y < v.height-1 {
		v.y++
	}
}

func (v *vterm) moveTo(x, y int) {
	v.x = max(0, min(v.width-1, x))
	v.y = max(0, min(v.height-1, y))
	v.wrapNext = false
}

// scrollUp moves the rows of the scroll region up n, blank rows coming in
// at its bottom.
func (v *vterm) scrollUp(n int) {
	region := v.cells[v.top : v.bottom+1]
	n = min(n, len(region))
	copy(region, region[n:])
	for i := len(region) - n; i < len(region); i++ {
		region[i] = blankRow(v.width)
	}
}

// scrollDown moves the rows of the region from row from down n.
func (v *vterm) scrollDown(from, n int) {
	region := v.cells[from : v.bottom+1]
	n = min(n, len(region))
	copy(region[n:], region[:len(region)-n])
	for i := range n {
		region[i] = blankRow(v.width)
	}
}

func (v *vterm) blank(y, from, to int) {
	row := v.cells[y]
	for x := max(0, from); x < min(v.width, to); x++ {
		row[x] = ' '
	}
}

func (v *vterm) csi(cmd ansi.Cmd, params ansi.Params) {
	n := func(i int) int {
		p, _, _ := params.Param(i, 1)
		return max(1, p)
	}
	p0, _, _ := params.Param(0, 0)
	if cmd.Prefix() == '?' {
		set := cmd.Final() == 'h'
		params.ForEach(0, func(_, mode int, _ bool) {
			switch mode {
			case 7:
				v.autowrap = set
			case 47, 1047, 1049:
				v.switchScreen(set)
			}
		})
		return
	}
	if cmd.Prefix() != 0 || cmd.Intermediate() != 0 {
		return
	}
	switch cmd.Final() {
	case 'A':
		v.moveTo(v.x, v.y-n(0))
	case 'B', 'e':
		v.moveTo(v.x, v.y+n(0))
	case 'C', 'a':
		v.moveTo(v.x+n(0), v.y)
	case 'D':
		v.moveTo(v.x-n(0), v.y)
	case 'E':
		v.moveTo(0, v.y+n(0))
	case 'F':
		v.moveTo(0, v.y-n(0))
	case 'G', '`':
		v.moveTo(n(0)-1, v.y)
	case 'd':
		v.moveTo(v.x, n(0)-1)
	case 'H', 'f':
		v.moveTo(n(1)-1, n(0)-1)
	case 'I':
		v.moveTo(min(v.width-1, (v.x/8+n(0))*8), v.y)
	case 'Z':
		v.moveTo(max(0, ((v.x+7)/8-n(0))*8), v.y)
	case 'J':
		switch p0 {
		case 0:
			v.blank(v.y, v.x, v.width)
			for y := v.y + 1; y < v.height; y++ {
				v.blank(y, 0, v.width)
			}
		case 1:
			v.blank(v.y, 0, v.x+1)
			for y := range v.y {
				v.blank(y, 0, v.width)
			}
		default:
			for y := range v.height {
				v.blank(y, 0, v.width)
			}
		}
	case 'K':
		switch p0 {
		case 0:
			v.blank(v.y, v.x, v.width)
		case 1:
			v.blank(v.y, 0, v.x+1)
		default:
			v.blank(v.y, 0, v.width)
		}
	case 'X':
		v.blank(v.y, v.x, v.x+n(0))
	case 'P':
		row := v.cells[v.y]
		k := min(n(0), v.width-v.x)
		copy(row[v.x:], row[v.x+k:])
		v.blank(v.y, v.width-k, v.width)
	case '@':
		row := v.cells[v.y]
		k := min(n(0), v.width-v.x)
		copy(row[v.x+k:], row[v.x:])
		v.blank(v.y, v.x, v.x+k)
	case 'L':
		if v.y >= v.top && v.y <= v.bottom {
			v.scrollDown(v.y, n(0))
		}
	case 'M':
		if v.y >= v.top && v.y <= v.bottom {
			top := v.top
			v.top = v.y
			v.scrollUp(n(0))
			v.top = top
		}
	case 'S':
		v.scrollUp(n(0))
	case 'T':
		v.scrollDown(v.top, n(0))
	case 'b':
		for range n(0) {
			v.print(v.last)
		}
	case 'r':
		top, bottom := n(0)-1, n(1)-1
		if len(params) < 2 {
			bottom = v.height - 1
		}
		if top < bottom && bottom < v.height {
			v.top, v.bottom = top, bottom
		}
		v.moveTo(0, 0)
	case 'h', 'l':
		if p0 == 4 {
			v.insert = cmd.Final() == 'h'
		}
	}
}

func (v *vterm) esc(cmd ansi.Cmd) {
	if cmd.Intermediate() != 0 {
		return
	}
	switch cmd.Final() {
	case 'D':
		v.lineFeed()
	case 'E':
		v.x = 0
		v.lineFeed()
	case 'M':
		if v.y == v.top {
			v.scrollDown(v.top, 1)
		} else {
			v.moveTo(v.x, v.y-1)
		}
	case '7':
		v.savedX, v.savedY = v.x, v.y
	case '8':
		v.moveTo(v.savedX, v.savedY)
	case 'c':
		*v = *newVterm(v.width, v.height)
	}
}

// switchScreen enters (clearing it) or leaves the alternate screen.
func (v *vterm) switchScreen(alt bool) {
	if alt {
		v.savedX, v.savedY = v.x, v.y
		v.alt = blankRows(v.width, v.height)
		v.cells = v.alt
		return
	}
	v.cells = v.main
	v.moveTo(v.savedX, v.savedY)
}

func TestVtermDrawsWhatTheRendererSends(t *testing.T) {
	tests := []struct {
		name     string
		width    int
		in, want string
	}{
		{"text and newlines", 6, "ab\r\ncd", "ab\ncd\n"},
		{"cursor position and erase", 6, "hello\x1b[1;2Hi\x1b[1;4H\x1b[K", "hil\n\n"},
		{"erase and delete characters", 6, "abcdef\x1b[1;2H\x1b[2X\x1b[1;5H\x1b[1P", "a  df\n\n"},
		{"insert characters", 6, "abc\x1b[1;2H\x1b[2@", "a  bc\n\n"},
		{"repeat", 6, "x\x1b[3b", "xxxx\n\n"},
		{"scroll region", 6, "1\r\n2\r\n3\x1b[2;3r\x1b[3;1H\x1b[1S", "1\n3\n"},
		{"reverse index at the top", 6, "1\r\n2\x1b[1;1H\x1bM", "\n1\n2"},
		{"a digit changed alone", 20, "question 9 of 27\x1b[1;10H1", "question 1 of 27\n\n"},
		{"alt screen and back", 20, "main\x1b[?1049hALT\x1b[?1049l!", "main!\n\n"},
		{"wraps at the edge", 6, "abcdefgh", "abcdef\ngh\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := newVterm(tt.width, 3)
			_, _ = v.Write([]byte(tt.in))
			if got := v.String(); got != tt.want {
				t.Errorf("screen after %q:\n%q\nwant\n%q", tt.in, got, tt.want)
			}
		})
	}
}
