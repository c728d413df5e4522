package render

import (
	"image/color"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/tui/allocate"
	"github.com/powercore/powercore/tui/choose"
	"github.com/powercore/powercore/tui/write"
)

// Styles holds every style the screens use. They are built once per
// background and theme, never inside View, so drawing a frame allocates no
// styles.
type Styles struct {
	Present bool
	Dark    bool

	// Text.
	Title, Heading, Subtle, Text, Strong lipgloss.Style
	Warn, Bad, Good                      lipgloss.Style
	// Progress line and bar.
	Progress, ProgressDone, ProgressTodo lipgloss.Style
	// Bars of the summary: the leading core, the others, empty cells, the
	// target mark.
	BarLead, BarFill, BarEmpty, BarTarget lipgloss.Style
	// Marks beside cores and competencies.
	MarkDominant, MarkSupporting, MarkUphill lipgloss.Style
	// Boxes.
	Headline, Banner lipgloss.Style
	// BigNumber is a number drawn in block digits on a projector.
	BigNumber lipgloss.Style
	// Review list.
	Cursor, Selected, Answer, Missing lipgloss.Style
	// Help line.
	HelpKey, HelpDesc lipgloss.Style

	// Allocate is the points field's styles, in the same palette; Choose
	// the choice field's, Write the text field's.
	Allocate allocate.Styles
	Choose   choose.Styles
	Write    write.Styles

	// CardEdge is the left edge of a core's card, drawn once.
	CardEdge string

	// Glyphs: bars and markers, so that meaning never rests on colour.
	Full, Empty, Cursorglyph string
	// Gap is the blank lines between blocks.
	Gap string

	// huh is huh's theme in the same palette.
	Huh *huhTheme
}

// Background is a colour message for the background the styles assume, so
// that a new form starts out matching them.
func (s *Styles) Background() tea.BackgroundColorMsg {
	if s.Dark {
		return tea.BackgroundColorMsg{Color: color.Black}
	}
	return tea.BackgroundColorMsg{Color: color.White}
}

// palette picks the colours for a background.
type palette struct {
	fg, muted, accent, lead, good, warn, bad, empty color.Color
}

func newPalette(dark, present bool) palette {
	ld := lipgloss.LightDark(dark)
	p := palette{
		fg:     ld(lipgloss.Color("#1a1a1a"), lipgloss.Color("#eeeeee")),
		muted:  ld(lipgloss.Color("#5c5c5c"), lipgloss.Color("#a8a8a8")),
		accent: ld(lipgloss.Color("#4b47c9"), lipgloss.Color("#8c89ff")),
		lead:   ld(lipgloss.Color("#a34d00"), lipgloss.Color("#ffaf3a")),
		good:   ld(lipgloss.Color("#00795a"), lipgloss.Color("#3ad29f")),
		warn:   ld(lipgloss.Color("#8a5a00"), lipgloss.Color("#ffd166")),
		bad:    ld(lipgloss.Color("#b3143c"), lipgloss.Color("#ff6b8b")),
		empty:  ld(lipgloss.Color("#c6c6c6"), lipgloss.Color("#4e4e4e")),
	}
	if present {
		// A projector washes colours out: full black or white text, deep
		// saturated accents, and empty bar cells that still show. Muted
		// text stays a step back from the body yet readable from the back
		// of a room; headings take a hue of their own, not a pale tint
		// that a projector turns white.
		p.fg = ld(lipgloss.Color("#000000"), lipgloss.Color("#ffffff"))
		p.muted = ld(lipgloss.Color("#4e4e4e"), lipgloss.Color("#b2b2b2"))
		p.accent = ld(lipgloss.Color("#0040a0"), lipgloss.Color("#5fd7ff"))
		p.lead = ld(lipgloss.Color("#8f3300"), lipgloss.Color("#ffc46b"))
		p.empty = ld(lipgloss.Color("#9e9e9e"), lipgloss.Color("#6c6c6c"))
	}
	return p
}

func NewStyles(dark, present bool) *Styles {
	p := newPalette(dark, present)
	s := &Styles{Present: present, Dark: dark}
	base := lipgloss.NewStyle().Foreground(p.fg)
	s.Text = base
	s.Strong = base.Bold(true)
	s.Title = base.Foreground(p.accent).Bold(true)
	s.Heading = base.Bold(true).Foreground(p.accent)
	s.Subtle = base.Foreground(p.muted)
	if present {
		// Hints are set apart by their slant as well as their colour: a
		// projector without colour (or NO_COLOR) keeps them a step back,
		// where a fainter grey would fade out.
		s.Subtle = s.Subtle.Italic(true)
	}
	s.Warn = base.Foreground(p.warn).Bold(true)
	s.Bad = base.Foreground(p.bad).Bold(true)
	s.Good = base.Foreground(p.good).Bold(true)

	s.Progress = s.Subtle
	s.ProgressDone = base.Foreground(p.accent)
	s.ProgressTodo = base.Foreground(p.empty)

	s.BarLead = base.Foreground(p.lead)
	s.BarFill = base.Foreground(p.accent)
	s.BarEmpty = base.Foreground(p.empty)
	s.BarTarget = base.Bold(true)
	s.MarkDominant = base.Foreground(p.lead).Bold(true)
	s.MarkSupporting = base.Foreground(p.accent).Bold(true)
	s.MarkUphill = base.Foreground(p.warn).Bold(true)

	s.Headline = base.Bold(true).Border(lipgloss.RoundedBorder()).BorderForeground(p.lead).Padding(0, 2)
	s.Banner = base.Foreground(p.lead).Bold(true)
	s.BigNumber = base.Foreground(p.accent).Bold(true)

	s.Cursor = base.Foreground(p.lead).Bold(true)
	s.Selected = base.Bold(true)
	s.Answer = base.Foreground(p.accent)
	s.Missing = base.Foreground(p.warn)

	s.HelpKey = base.Foreground(p.muted).Bold(true)
	s.HelpDesc = base.Foreground(p.muted)

	s.Allocate = allocate.Styles{
		Title: s.Strong, Description: s.Subtle, Subtle: s.Subtle, Error: s.Bad,
		Row: base, RowFocused: base.Bold(true), Cursor: base.Foreground(p.lead).Bold(true),
		Points: base.Foreground(p.accent), BarEmpty: s.BarEmpty,
		PointsLeft: base.Foreground(p.warn).Bold(true), PointsDone: base.Foreground(p.good).Bold(true),
	}

	// Moving the cursor changes only its mark, not the label's look: a
	// key then rewrites two cells, however long the label.
	s.Choose = choose.Styles{
		Title: s.Strong, Description: s.Subtle, Option: base, Selected: base,
		Cursor: base.Foreground(p.lead).Bold(true),
		Edge:   base.Foreground(p.accent), EdgeGlyph: "┃",
	}

	s.Write = write.Styles{
		Title: s.Strong, Description: s.Subtle, Text: base, Placeholder: s.Subtle,
		Cursor: base.Foreground(p.lead), Edge: s.Choose.Edge, EdgeGlyph: s.Choose.EdgeGlyph,
	}

	s.Huh = newHuhTheme(present)
	edge := "│"
	if present {
		edge = "┃"
	}
	s.CardEdge = base.Foreground(p.accent).Render(edge) + "  "
	s.Full, s.Empty, s.Cursorglyph = "█", "░", "›"
	s.Allocate.CursorGlyph = s.Cursorglyph
	s.Choose.CursorGlyph = s.Cursorglyph
	s.Gap = "\n"
	if present {
		// Three levels a projector keeps apart, with or without colour:
		// titles and headings bold in their own hue, the body plain at
		// full contrast, hints muted and slanted (the help line's keys
		// bold).
		s.Headline = s.Headline.Border(lipgloss.ThickBorder()).Padding(1, 3)
		s.Gap = "\n\n"
	}
	return s
}

// huhTheme dresses huh's fields in the same palette. huh looks its theme
// up several times per frame, so both variants are built once, up front.
type huhTheme struct {
	light, dark *huh.Styles
}

// Theme returns the styles for a dark or light background.
func (t *huhTheme) Theme(dark bool) *huh.Styles {
	if dark {
		return t.dark
	}
	return t.light
}

func newHuhTheme(present bool) *huhTheme {
	return &huhTheme{light: huhStyles(false, present), dark: huhStyles(true, present)}
}

func huhStyles(dark, present bool) *huh.Styles {
	p := newPalette(dark, present)
	t := huh.ThemeBase(dark)
	base := lipgloss.NewStyle().Foreground(p.fg)
	t.Focused.Base = t.Focused.Base.BorderForeground(p.accent)
	if present {
		t.Focused.Base = t.Focused.Base.BorderStyle(lipgloss.ThickBorder())
	}
	t.Focused.Card = t.Focused.Base
	t.Focused.Title = base.Bold(true)
	t.Focused.NoteTitle = base.Bold(true).MarginBottom(1)
	t.Focused.Description = base.Foreground(p.muted).Italic(present)
	t.Focused.ErrorIndicator = base.Foreground(p.bad).SetString(" *")
	t.Focused.ErrorMessage = base.Foreground(p.bad).SetString("")
	t.Focused.SelectSelector = base.Foreground(p.lead).Bold(true).SetString("› ")
	t.Focused.Option = base
	t.Focused.SelectedOption = base.Foreground(p.accent).Bold(true)
	t.Focused.UnselectedOption = base
	t.Focused.TextInput.Cursor = base.Foreground(p.lead)
	t.Focused.TextInput.Placeholder = base.Foreground(p.muted)
	t.Focused.TextInput.Prompt = base.Foreground(p.accent)
	t.Focused.TextInput.Text = base
	t.Focused.FocusedButton = base.Foreground(lipgloss.Color("#ffffff")).Background(p.accent).Padding(0, 2).MarginRight(1)
	t.Focused.BlurredButton = base.Padding(0, 2).MarginRight(1)
	t.Blurred = t.Focused
	t.Blurred.Base = t.Focused.Base.BorderStyle(lipgloss.HiddenBorder())
	t.Blurred.Card = t.Blurred.Base
	t.Group.Title = t.Focused.Title
	t.Group.Description = t.Focused.Description
	return t
}
