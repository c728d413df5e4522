package choose

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Option is one answer: the label shown and the value it stands for.
type Option struct {
	Label, Value string
	// Hang is how many cells of the label's start its wrapped lines go in
	// under (a level's "2  " before its words); 0 puts them under its
	// first letter.
	Hang int
}

// Field is a huh field that picks one option: ↑/↓ move the cursor
// (wrapping at either end), and the option under the cursor is the value.
type Field struct {
	key         string
	title       string
	description string
	options     []Option
	cursor      int

	focused bool
	width   int
	// laid is the field drawn for one width; view the last frame, stale
	// once the cursor, the focus or the styles change.
	laid   *layout
	view   string
	stale  bool
	keys   KeyMap
	styles *Styles
}

// New returns a choice field over the options, the first one under the
// cursor.
func New(options ...Option) *Field {
	return &Field{options: options, keys: DefaultKeyMap(), styles: DefaultStyles(), stale: true}
}

// Key sets the key the value is stored under.
func (c *Field) Key(key string) *Field { c.key = key; return c }

// Title sets the question. The options stay laid out: one field can ask
// question after question over the same options.
func (c *Field) Title(title string) *Field {
	if title != c.title {
		c.title, c.stale = title, true
		c.dropHead()
	}
	return c
}

// Description sets the hint under the question.
func (c *Field) Description(d string) *Field {
	if d != c.description {
		c.description, c.stale = d, true
		c.dropHead()
	}
	return c
}

func (c *Field) dropHead() {
	if c.laid != nil {
		c.laid.head, c.laid.headDone = "", false
	}
}

// Reset puts the cursor back on the first option.
func (c *Field) Reset() *Field { c.moveTo(0); return c }

// Styles sets the styles the field is drawn with. The field keeps the
// pointer: a program that restyles in place restyles the field too (it
// then sends a tea.BackgroundColorMsg, which redraws it).
func (c *Field) Styles(s *Styles) *Field { c.styles, c.laid, c.stale = s, nil, true; return c }

// Choose puts the cursor on the option holding value, and reports whether
// there is one.
func (c *Field) Choose(value string) bool {
	for i, o := range c.options {
		if o.Value == value {
			c.moveTo(i)
			return true
		}
	}
	return false
}

// Value is the value of the option under the cursor ("" for a field
// without options).
func (c *Field) Value() string {
	if len(c.options) == 0 {
		return ""
	}
	return c.options[c.cursor].Value
}

func (c *Field) moveTo(i int) {
	if i != c.cursor {
		c.cursor, c.stale = i, true
	}
}

// Focus focuses the field.
func (c *Field) Focus() tea.Cmd { c.focused, c.stale = true, true; return nil }

// Blur blurs the field.
func (c *Field) Blur() tea.Cmd { c.focused, c.stale = false, true; return nil }

// Error is nil: any option is an answer.
func (c *Field) Error() error { return nil }

// Skip reports that the field takes input.
func (c *Field) Skip() bool { return false }

// Zoom reports that the field shares its group's space.
func (c *Field) Zoom() bool { return false }

// KeyBinds lists the field's keys for the help line.
func (c *Field) KeyBinds() []key.Binding {
	return []key.Binding{c.keys.Up, c.keys.Down}
}

// Init initialises the field.
func (c *Field) Init() tea.Cmd { return nil }

// Update moves the cursor.
func (c *Field) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		// The styles, shared with the program, change with the background.
		c.laid, c.stale = nil, true
	case tea.KeyPressMsg:
		n := len(c.options)
		if !c.focused || n == 0 {
			return c, nil
		}
		switch {
		case key.Matches(msg, c.keys.Up):
			c.moveTo((c.cursor - 1 + n) % n)
		case key.Matches(msg, c.keys.Down):
			c.moveTo((c.cursor + 1) % n)
		case key.Matches(msg, c.keys.Top):
			c.moveTo(0)
		case key.Matches(msg, c.keys.Bottom):
			c.moveTo(n - 1)
		case key.Matches(msg, c.keys.Prev):
			return c, huh.PrevField
		case key.Matches(msg, c.keys.Next):
			return c, huh.NextField
		}
	}
	return c, nil
}

// layout is the field drawn for one width: the title and description, and
// every option both with and without the cursor, so that a key only joins
// strings drawn before.
type layout struct {
	width       int
	head        string
	headDone    bool
	plain, mark []string
}

func (c *Field) layout() *layout {
	st := c.styles
	edge := ""
	if st.EdgeGlyph != "" {
		edge = st.Edge.Render(st.EdgeGlyph) + " "
	}
	width := max(20, c.width-lipgloss.Width(edge))
	if c.laid == nil || c.laid.width != width {
		c.laid = c.layOptions(width, edge)
	}
	l := c.laid
	if !l.headDone {
		var head strings.Builder
		for _, text := range []struct {
			s     string
			style lipgloss.Style
		}{{c.title, st.Title}, {c.description, st.Description}} {
			if text.s == "" {
				continue
			}
			for _, line := range strings.Split(lipgloss.Wrap(text.s, width, ""), "\n") {
				head.WriteString(edge + text.style.Render(line) + "\n")
			}
		}
		l.head, l.headDone = head.String(), true
	}
	return l
}

// wrapHanging wraps a label to width, its wrapped lines going in by hang
// cells, under the label's words.
func wrapHanging(label string, width, hang int) []string {
	if hang <= 0 || hang >= width || lipgloss.Width(label) <= width {
		return strings.Split(lipgloss.Wrap(label, width, ""), "\n")
	}
	head, rest := ansi.Cut(label, 0, hang), ansi.Cut(label, hang, lipgloss.Width(label))
	lines := strings.Split(lipgloss.Wrap(rest, width-hang, ""), "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = head + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", hang) + lines[i]
		}
	}
	return lines
}

// layOptions draws every option for a width, with and without the cursor.
func (c *Field) layOptions(width int, edge string) *layout {
	st := c.styles
	l := &layout{width: width}
	cursor := st.Cursor.Render(st.CursorGlyph) + strings.Repeat(" ", max(1, 2-lipgloss.Width(st.CursorGlyph)))
	for _, o := range c.options {
		lines := wrapHanging(o.Label, width-2, o.Hang)
		var plain, mark strings.Builder
		for i, line := range lines {
			if i > 0 {
				plain.WriteString("\n")
				mark.WriteString("\n")
			}
			plain.WriteString(edge + "  " + st.Option.Render(line))
			if i == 0 {
				mark.WriteString(edge + cursor + st.Selected.Render(line))
			} else {
				mark.WriteString(edge + "  " + st.Selected.Render(line))
			}
		}
		l.plain = append(l.plain, plain.String())
		l.mark = append(l.mark, mark.String())
	}
	return l
}

// View draws the question and its options, the cursor beside one of them.
// It is drawn again only when the cursor, the focus or the width changed.
func (c *Field) View() string {
	if !c.stale && c.view != "" {
		return c.view
	}
	l := c.layout()
	var b strings.Builder
	b.WriteString(l.head)
	for i := range c.options {
		if i > 0 {
			b.WriteString("\n")
		}
		if i == c.cursor && c.focused {
			b.WriteString(l.mark[i])
		} else {
			b.WriteString(l.plain[i])
		}
	}
	c.view, c.stale = b.String(), false
	return c.view
}

// Run runs the field on its own.
func (c *Field) Run() error { return huh.Run(c) }

// errNoAccessible says the field has no line prompt of its own: a program
// asking plain line prompts uses huh's Select.
var errNoAccessible = errors.New("choose: no accessible prompt; use huh's Select")

// RunAccessible lists the options and reports that the field has no line
// prompt of its own.
func (c *Field) RunAccessible(w io.Writer, _ io.Reader) error {
	for i, o := range c.options {
		fmt.Fprintf(w, "%d. %s\n", i+1, o.Label)
	}
	return errNoAccessible
}

// WithTheme is part of huh.Field; the field uses its own Styles.
func (c *Field) WithTheme(huh.Theme) huh.Field { return c }

// WithKeyMap is part of huh.Field; the field keeps its own keys.
func (c *Field) WithKeyMap(*huh.KeyMap) huh.Field { return c }

// WithWidth sets the width the field draws in.
func (c *Field) WithWidth(width int) huh.Field {
	if width != c.width {
		c.width, c.stale = width, true
	}
	return c
}

// WithHeight is part of huh.Field; the field is as tall as its options.
func (c *Field) WithHeight(int) huh.Field { return c }

// WithPosition is part of huh.Field; the program moves between fields.
func (c *Field) WithPosition(huh.FieldPosition) huh.Field { return c }

// GetKey is the key the value is stored under.
func (c *Field) GetKey() string { return c.key }

// GetValue is the value of the option under the cursor.
func (c *Field) GetValue() any { return c.Value() }

// A Field is a huh field.
var _ huh.Field = (*Field)(nil)
