package write

import (
	"errors"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// Field is a huh field for free text over a few lines: typing, pasting
// and the textarea's editing keys change it; alt+enter (or ctrl+j) starts
// a new line, since enter moves on.
type Field struct {
	key         string
	title       string
	description string
	area        textarea.Model
	// lines is how many rows the text shows at least, fewer when the
	// height given has no room for them; a longer text grows the field
	// into the height it has.
	lines, height int

	focused bool
	width   int
	// head is the title and hint drawn for headWidth; view the last
	// frame, stale once a key, the focus, the size or the styles change.
	head      string
	headWidth int
	view      string
	stale     bool
	newLine   key.Binding
	styles    *Styles
}

// New returns an empty text field showing four lines or more.
func New() *Field {
	f := &Field{area: textarea.New(), lines: 4, styles: DefaultStyles(), stale: true, headWidth: -1}
	f.area.ShowLineNumbers = false
	f.area.Prompt = ""
	// The whole text shows while there is room, so its start never
	// scrolls out of sight; lines are limited by CharLimit alone.
	f.area.DynamicHeight = true
	f.area.MaxContentHeight = math.MaxInt32
	f.newLine = key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"), key.WithHelp("alt+enter", "new line"))
	f.area.KeyMap.InsertNewline = f.newLine
	f.applyStyles()
	return f
}

// Key sets the key the value is stored under.
func (f *Field) Key(key string) *Field { f.key = key; return f }

// Title sets the question.
func (f *Field) Title(title string) *Field { f.title, f.headWidth, f.stale = title, -1, true; return f }

// Description sets the hint under the question.
func (f *Field) Description(d string) *Field {
	f.description, f.headWidth, f.stale = d, -1, true
	return f
}

// Placeholder sets what the field shows while it is empty.
func (f *Field) Placeholder(p string) *Field { f.area.Placeholder, f.stale = p, true; return f }

// CharLimit sets how many characters the field takes (0: no limit).
func (f *Field) CharLimit(n int) *Field { f.area.CharLimit = n; return f }

// Lines sets how many rows the text shows at least.
func (f *Field) Lines(n int) *Field { f.lines = max(1, n); f.fit(); return f }

// SetText puts text in the field, the cursor after it.
func (f *Field) SetText(text string) *Field { f.area.SetValue(text); f.stale = true; return f }

// Text is what the field holds.
func (f *Field) Text() string { return f.area.Value() }

// Limit is how many characters the field takes (0: no limit).
func (f *Field) Limit() int { return f.area.CharLimit }

// Room is how many more characters the field takes, or -1 when it has
// no limit.
func (f *Field) Room() int {
	if f.area.CharLimit <= 0 {
		return -1
	}
	return max(0, f.area.CharLimit-utf8.RuneCountInString(f.area.Value()))
}

// Styles sets the styles the field is drawn with. The field keeps the
// pointer: a program that restyles in place restyles the field too (it
// then sends a tea.BackgroundColorMsg, which redraws it).
func (f *Field) Styles(s *Styles) *Field { f.styles = s; f.applyStyles(); return f }

// applyStyles hands the styles to the textarea: the cursor stays still
// (a blinking one would redraw the screen twice a second for nothing).
func (f *Field) applyStyles() {
	st := f.area.Styles()
	for _, state := range []*textarea.StyleState{&st.Focused, &st.Blurred} {
		state.Text = f.styles.Text
		state.CursorLine = f.styles.Text
		state.Placeholder = f.styles.Placeholder
		state.Prompt = lipgloss.NewStyle()
		state.EndOfBuffer = lipgloss.NewStyle()
	}
	st.Cursor.Color = f.styles.Cursor.GetForeground()
	st.Cursor.Blink = false
	f.area.SetStyles(st)
	f.headWidth, f.stale = -1, true
	if f.width > 0 {
		// The edge may have changed width.
		f.fit()
	}
}

// Focus focuses the field.
func (f *Field) Focus() tea.Cmd { f.focused, f.stale = true, true; return f.area.Focus() }

// Blur blurs the field.
func (f *Field) Blur() tea.Cmd { f.focused, f.stale = false, true; f.area.Blur(); return nil }

// Error is nil: any text is an answer.
func (f *Field) Error() error { return nil }

// Skip reports that the field takes input.
func (f *Field) Skip() bool { return false }

// Zoom reports that the field shares its group's space.
func (f *Field) Zoom() bool { return false }

// KeyBinds lists the field's keys for the help line.
func (f *Field) KeyBinds() []key.Binding { return []key.Binding{f.newLine} }

// Init initialises the field.
func (f *Field) Init() tea.Cmd { return nil }

// Update edits the text.
func (f *Field) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		// The styles, shared with the program, change with the background.
		f.applyStyles()
		return f, nil
	case tea.PasteMsg:
		if !f.focused {
			return f, nil
		}
		// Lines pasted from Windows end in \r\n, from old Macs in \r:
		// one break each.
		msg.Content = strings.ReplaceAll(strings.ReplaceAll(msg.Content, "\r\n", "\n"), "\r", "\n")
		f.stale = true
		var cmd tea.Cmd
		f.area, cmd = f.area.Update(msg)
		return f, cmd
	case tea.KeyPressMsg:
		if !f.focused {
			return f, nil
		}
		f.stale = true
	}
	var cmd tea.Cmd
	f.area, cmd = f.area.Update(msg)
	return f, cmd
}

// edge is the line down the field's left side and the space after it.
func (f *Field) edge() string {
	if f.styles.EdgeGlyph == "" {
		return ""
	}
	return f.styles.Edge.Render(f.styles.EdgeGlyph) + " "
}

// fit sizes the textarea to the width and the rows there is room for.
func (f *Field) fit() {
	rows, room := f.lines, f.lines
	if f.height > 0 {
		room = max(1, f.height-strings.Count(f.headView(), "\n"))
		rows = min(rows, room)
	}
	f.area.MinHeight, f.area.MaxHeight = rows, room
	// Setting the width lays the text out again, at a height between the
	// two.
	f.area.SetWidth(max(10, f.width-lipgloss.Width(f.edge())))
	f.stale = true
}

// headView is the title and hint, wrapped to the width, drawn once per
// width.
func (f *Field) headView() string {
	if f.headWidth == f.width {
		return f.head
	}
	edge := f.edge()
	width := max(10, f.width-lipgloss.Width(edge))
	var head strings.Builder
	for _, text := range []struct {
		s     string
		style lipgloss.Style
	}{{f.title, f.styles.Title}, {f.description, f.styles.Description}} {
		if text.s == "" {
			continue
		}
		for _, line := range strings.Split(lipgloss.Wrap(text.s, width, ""), "\n") {
			head.WriteString(edge + text.style.Render(line) + "\n")
		}
	}
	f.head, f.headWidth = head.String(), f.width
	return f.head
}

// View draws the question, its hint and the text, the edge beside them.
// It is drawn again only after a key, a paste or a change of size or
// style.
func (f *Field) View() string {
	if !f.stale && f.view != "" {
		return f.view
	}
	edge := f.edge()
	var b strings.Builder
	b.WriteString(f.headView())
	for i, line := range strings.Split(f.area.View(), "\n") {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(edge + line)
	}
	f.view, f.stale = b.String(), false
	return f.view
}

// Run runs the field on its own.
func (f *Field) Run() error { return huh.Run(f) }

// errNoAccessible says the field has no line prompt of its own: a program
// asking plain line prompts uses huh's Text.
var errNoAccessible = errors.New("write: no accessible prompt; use huh's Text")

// RunAccessible reports that the field has no line prompt of its own.
func (f *Field) RunAccessible(io.Writer, io.Reader) error { return errNoAccessible }

// WithTheme is part of huh.Field; the field uses its own Styles.
func (f *Field) WithTheme(huh.Theme) huh.Field { return f }

// WithKeyMap is part of huh.Field; the field keeps its own keys.
func (f *Field) WithKeyMap(*huh.KeyMap) huh.Field { return f }

// WithWidth sets the width the field draws in.
func (f *Field) WithWidth(width int) huh.Field {
	if width != f.width {
		f.width = width
		f.fit()
	}
	return f
}

// WithHeight sets the rows the field may take, its title and hint
// included: the text shows fewer lines when they do not fit.
func (f *Field) WithHeight(height int) huh.Field {
	if height != f.height {
		f.height = height
		f.fit()
	}
	return f
}

// WithPosition is part of huh.Field; the program moves between fields.
func (f *Field) WithPosition(huh.FieldPosition) huh.Field { return f }

// GetKey is the key the value is stored under.
func (f *Field) GetKey() string { return f.key }

// GetValue is the text the field holds.
func (f *Field) GetValue() any { return f.Text() }

// A Field is a huh field.
var _ huh.Field = (*Field)(nil)
