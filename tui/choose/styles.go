package choose

import "charm.land/lipgloss/v2"

// Styles are what the choice field is drawn with.
type Styles struct {
	Title, Description lipgloss.Style
	// Option is an option's label; Selected the label the cursor is on
	// (the same as Option keeps a key's redraw to the cursor's mark).
	Option, Selected lipgloss.Style
	// Cursor is the mark beside the option the cursor is on.
	Cursor      lipgloss.Style
	CursorGlyph string
	// Edge is the line down the field's left side (EdgeGlyph, "" for
	// none), as huh draws a focused field.
	Edge      lipgloss.Style
	EdgeGlyph string
}

// DefaultStyles are plain styles for a field drawn outside a program that
// styles it.
func DefaultStyles() *Styles {
	base := lipgloss.NewStyle()
	return &Styles{
		Title: base.Bold(true), Description: base.Faint(true),
		Option: base, Selected: base, Cursor: base.Bold(true), CursorGlyph: "›",
	}
}
