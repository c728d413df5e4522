package allocate

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/assessment/summary"
	"github.com/powercore/powercore/tui/internal/lineread"
)

// Field is a huh field that splits a fixed number of points across
// rows: one row per option, ↑/↓ to pick a row, →/+ to add a point, ←/- to
// take one away, digits to set a row outright ("1" then "0" makes ten). It
// continues only when every point is placed.
type Field struct {
	key         string
	title       string
	description string
	labels      []string
	points      []int
	total       int
	cursor      int
	// typed is the digits typed on the focused row since its last other
	// key, so that "1" then "0" sets the row to ten rather than zero.
	typed string

	focused bool
	err     error
	width   int
	// laid is the text wrapped for the width; view the last frame drawn,
	// stale once anything on it changes.
	laid   *layout
	view   string
	stale  bool
	keys   KeyMap
	styles *Styles
}

// New returns an allocate field splitting total points across the
// labelled rows, every row at zero and the first one focused.
func New(total int, labels ...string) *Field {
	return &Field{
		total:  total,
		labels: labels,
		points: make([]int, len(labels)),
		keys:   DefaultKeyMap(),
		styles: DefaultStyles(),
	}
}

// Key sets the key the field's value is stored under.
func (a *Field) Key(key string) *Field { a.key = key; return a }

// Title sets the question.
func (a *Field) Title(title string) *Field {
	a.title, a.laid, a.stale = title, nil, true
	return a
}

// Description sets the hint under the question.
func (a *Field) Description(d string) *Field {
	a.description, a.laid, a.stale = d, nil, true
	return a
}

// Points sets the points of each row, as when returning to an answered
// question. Rows beyond the labels are ignored; a split that does not fit
// the total is ignored.
func (a *Field) Points(points []int) *Field {
	sum := 0
	for _, p := range points {
		if p < 0 {
			return a
		}
		sum += p
	}
	if sum > a.total {
		return a
	}
	copy(a.points, points)
	a.stale = true
	return a
}

// Styles sets the styles the rows and bars are drawn with. The field
// keeps the pointer: a program that restyles in place (a new background)
// restyles the field too.
func (a *Field) Styles(s *Styles) *Field { a.styles, a.laid, a.stale = s, nil, true; return a }

// Values are the points of each row, in row order.
func (a *Field) Values() []int { return append([]int(nil), a.points...) }

// Left is how many points are still to place.
func (a *Field) Left() int {
	left := a.total
	for _, p := range a.points {
		left -= p
	}
	return left
}

// Focus focuses the field.
func (a *Field) Focus() tea.Cmd { a.focused, a.stale = true, true; return nil }

// Blur blurs the field.
func (a *Field) Blur() tea.Cmd { a.focused, a.stale = false, true; return nil }

// Error is why the field cannot be left yet, once the user has tried.
func (a *Field) Error() error { return a.err }

// Skip reports that the field takes input.
func (a *Field) Skip() bool { return false }

// Zoom reports that the field shares its group's space.
func (a *Field) Zoom() bool { return false }

// KeyBinds lists the field's keys for the help line.
func (a *Field) KeyBinds() []key.Binding {
	return []key.Binding{a.keys.Up, a.keys.Points, a.keys.Set, a.keys.Next}
}

// Init initialises the field.
func (a *Field) Init() tea.Cmd { return nil }

// Update moves the cursor and the points.
func (a *Field) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		// The styles, shared with the program, change with the background.
		a.laid, a.stale = nil, true
	case tea.KeyPressMsg:
		if !a.focused {
			return a, nil
		}
		a.err, a.stale = nil, true
		if !key.Matches(msg, a.keys.Set) {
			a.typed = ""
		}
		switch {
		case key.Matches(msg, a.keys.Up):
			a.cursor = max(0, a.cursor-1)
		case key.Matches(msg, a.keys.Down):
			a.cursor = min(len(a.labels)-1, a.cursor+1)
		case key.Matches(msg, a.keys.Add):
			if a.Left() > 0 {
				a.points[a.cursor]++
			} else {
				a.err = errors.New("all points are placed: take one from another row first")
			}
		case key.Matches(msg, a.keys.Remove):
			if a.points[a.cursor] > 0 {
				a.points[a.cursor]--
			} else {
				a.err = errors.New("this row has no points to take away")
			}
		case key.Matches(msg, a.keys.Prev):
			return a, huh.PrevField
		case key.Matches(msg, a.keys.Next):
			if left := a.Left(); left > 0 {
				a.err = fmt.Errorf("%s still to place: every point goes somewhere before you continue", summary.Plural(left, "point", "points"))
				return a, nil
			}
			return a, huh.NextField
		case key.Matches(msg, a.keys.Set):
			a.typeDigit(msg.String())
		}
	}
	return a, nil
}

// typeDigit sets the focused row from a digit key. The digit extends the
// number typed on the row so far while that number is within the total
// ("1" then "0" makes ten), and the row is capped by what is left (said,
// and the next digit starts afresh); past the total, the digit starts a
// number afresh.
func (a *Field) typeDigit(digit string) {
	most := a.points[a.cursor] + a.Left()
	n, err := strconv.Atoi(a.typed + digit)
	if err != nil || a.typed == "" || n > a.total {
		n, a.typed = int(digit[0]-'0'), ""
	}
	a.typed += digit
	a.points[a.cursor] = min(n, most)
	if n > most {
		// Said, not silent: the row holds less than was typed.
		a.err = fmt.Errorf("only %s left, so this row has %d", summary.Plural(most, "point was", "points were"), most)
		a.typed = ""
	}
}

// maxLabelWidth keeps a row's bar near its label on a wide screen.
const maxLabelWidth = 64

// layout is the field's text wrapped for one width, kept until the width
// or the styles change: wrapping every label on every key press would
// dominate a frame. rows keeps each row as drawn, by its points and
// whether the cursor is on it, so that a key draws at most the two rows
// it changed.
type layout struct {
	width       int
	title, desc string
	labels      [][]string
	labelWidth  int
	barCells    int
	count       int
	rows        map[rowLook]string
}

// rowLook is what a row's drawing depends on besides the layout.
type rowLook struct {
	row, points int
	cursor      bool
}

func (a *Field) layout() *layout {
	width := max(20, a.width-2)
	if a.laid != nil && a.laid.width == width {
		return a.laid
	}
	l := &layout{width: width, barCells: min(a.total, 20), count: len(strconv.Itoa(a.total)), rows: map[rowLook]string{}}
	if a.title != "" {
		l.title = lipgloss.Wrap(a.title, width, "")
	}
	if a.description != "" {
		l.desc = lipgloss.Wrap(a.description, width, "")
	}
	longest := 0
	for _, label := range a.labels {
		longest = max(longest, lipgloss.Width(label))
	}
	l.labelWidth = min(maxLabelWidth, longest, max(10, width-2-1-l.barCells-1-l.count))
	for _, label := range a.labels {
		lines := strings.Split(lipgloss.Wrap(label, l.labelWidth, ""), "\n")
		for i, line := range lines {
			lines[i] = line + strings.Repeat(" ", max(0, l.labelWidth-lipgloss.Width(line)))
		}
		l.labels = append(l.labels, lines)
	}
	a.laid = l
	return l
}

// View draws the question, one row per option with its points as a bar,
// and how many points are left. It is drawn again only when something on
// it changed.
func (a *Field) View() string {
	if !a.stale && a.view != "" {
		return a.view
	}
	st := a.styles
	l := a.layout()
	var b strings.Builder
	if l.title != "" {
		b.WriteString(st.Title.Render(l.title))
		b.WriteString("\n")
	}
	if l.desc != "" {
		b.WriteString(st.Description.Render(l.desc))
		b.WriteString("\n")
	}
	b.WriteString("\n")
	for i := range l.labels {
		look := rowLook{row: i, points: a.points[i], cursor: i == a.cursor && a.focused}
		row, ok := l.rows[look]
		if !ok {
			row = a.drawRow(l, look)
			l.rows[look] = row
		}
		b.WriteString(row)
	}
	b.WriteString("\n")
	switch left := a.Left(); {
	case a.err != nil:
		b.WriteString(st.Error.Render(lipgloss.Wrap(a.err.Error(), l.width, "")))
	case left == 0:
		b.WriteString(st.PointsDone.Render(fmt.Sprintf("✓ all %d points placed", a.total)) + st.Subtle.Render(" · enter to continue"))
	default:
		b.WriteString(st.PointsLeft.Render(fmt.Sprintf("%s left", summary.Plural(left, "point", "points"))) + st.Subtle.Render(fmt.Sprintf(" of %d", a.total)))
	}
	a.view, a.stale = b.String(), false
	return a.view
}

// drawRow draws one row: the cursor's mark or room for it, the label (the
// cursor's row in its own style), the points as a bar and a number.
func (a *Field) drawRow(l *layout, look rowLook) string {
	st := a.styles
	cursor, style := "  ", st.Row
	if look.cursor {
		cursor, style = st.Cursor.Render(st.CursorGlyph)+" ", st.RowFocused
	}
	filled := look.points * l.barCells / max(1, a.total)
	if look.points > 0 && filled == 0 {
		filled = 1
	}
	bar := st.Points.Render(strings.Repeat("■", filled)) + st.BarEmpty.Render(strings.Repeat("·", l.barCells-filled))
	n := fmt.Sprintf("%*d", l.count, look.points)
	if look.points > 0 {
		n = st.Points.Render(n)
	} else {
		n = st.Subtle.Render(n)
	}
	var b strings.Builder
	for j, line := range l.labels[look.row] {
		if j == 0 {
			b.WriteString(cursor + style.Render(line) + " " + bar + " " + n + "\n")
		} else {
			b.WriteString("  " + style.Render(line) + "\n")
		}
	}
	return b.String()
}

// Run runs the field on its own.
func (a *Field) Run() error { return huh.Run(a) }

// RunAccessible asks for each row's points as a plain line prompt, for
// screen readers and piped input. The last row takes what is left.
func (a *Field) RunAccessible(w io.Writer, r io.Reader) error {
	fmt.Fprintln(w, a.title)
	if a.description != "" {
		fmt.Fprintln(w, a.description)
	}
	fmt.Fprintf(w, "Split %d points across these answers: more points for what weighs more.\n", a.total)
	for i, label := range a.labels {
		fmt.Fprintf(w, "%d. %s\n", i+1, label)
	}
	for i, label := range a.labels {
		left := a.Left() + a.points[i]
		if left == 0 {
			a.points[i] = 0
			continue
		}
		if i == len(a.labels)-1 {
			a.points[i] = left
			fmt.Fprintf(w, "%d. %s gets the %s left.\n", i+1, label, summary.Plural(left, "point", "points"))
			break
		}
		for {
			fmt.Fprintf(w, "Points for %d. %s (0 to %d, %d left): ", i+1, label, left, left)
			line, err := lineread.Read(r)
			if err != nil {
				return err
			}
			n, err := strconv.Atoi(strings.TrimSpace(line))
			if err != nil || n < 0 || n > left {
				fmt.Fprintf(w, "Enter a whole number from 0 to %d.\n", left)
				continue
			}
			a.points[i] = n
			break
		}
	}
	var split []string
	for i, p := range a.points {
		if p > 0 {
			split = append(split, fmt.Sprintf("%s %d", a.labels[i], p))
		}
	}
	fmt.Fprintf(w, "Your split: %s.\n", strings.Join(split, ", "))
	return nil
}

// WithTheme is part of huh.Field; the rows use the program's own styles.
func (a *Field) WithTheme(huh.Theme) huh.Field { return a }

// WithKeyMap is part of huh.Field; the field keeps its own keys.
func (a *Field) WithKeyMap(*huh.KeyMap) huh.Field { return a }

// WithWidth sets the width the field draws in.
func (a *Field) WithWidth(width int) huh.Field {
	if width != a.width {
		a.width, a.stale = width, true
	}
	return a
}

// WithHeight is part of huh.Field; the field is as tall as its rows.
func (a *Field) WithHeight(int) huh.Field { return a }

// WithPosition is part of huh.Field; the program moves between questions.
func (a *Field) WithPosition(huh.FieldPosition) huh.Field { return a }

// GetKey is the key the value is stored under.
func (a *Field) GetKey() string { return a.key }

// GetValue is the points of each row, in row order.
func (a *Field) GetValue() any { return a.Values() }

// Styles are what the points field is drawn with.
type Styles struct {
	Title, Description, Subtle, Error lipgloss.Style
	// Row is an unfocused row, RowFocused the one the cursor is on, Cursor
	// the mark beside it (CursorGlyph).
	Row, RowFocused, Cursor lipgloss.Style
	CursorGlyph             string
	// Points are the placed points and their bar cells, BarEmpty the cells
	// still empty; PointsLeft and PointsDone the line under the rows.
	Points, BarEmpty, PointsLeft, PointsDone lipgloss.Style
}

// DefaultStyles are plain styles for a field drawn outside a
// program that styles it.
func DefaultStyles() *Styles {
	base := lipgloss.NewStyle()
	return &Styles{
		Title: base.Bold(true), Description: base.Faint(true), Subtle: base.Faint(true), Error: base.Bold(true),
		Row: base, RowFocused: base.Bold(true), Cursor: base.Bold(true), CursorGlyph: "›",
		Points: base, BarEmpty: base.Faint(true), PointsLeft: base.Bold(true), PointsDone: base.Bold(true),
	}
}
