package write

import "charm.land/lipgloss/v2"

// Styles are what the text field is drawn with.
type Styles struct {
	Title, Description lipgloss.Style
	// Text is what was typed; Placeholder the hint shown while nothing
	// is.
	Text, Placeholder lipgloss.Style
	// Cursor colours the cursor (its foreground).
	Cursor lipgloss.Style
	// Edge is the line down the field's left side (EdgeGlyph, "" for
	// none), as the choice field draws it.
	Edge      lipgloss.Style
	EdgeGlyph string
}

// DefaultStyles are plain styles for a field drawn outside a program that
// styles it.
func DefaultStyles() *Styles {
	base := lipgloss.NewStyle()
	return &Styles{Title: base.Bold(true), Description: base.Faint(true), Text: base, Placeholder: base.Faint(true), Cursor: base}
}
