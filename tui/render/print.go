package render

import (
	"io"

	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
)

// PrintSummary writes a result's styled summary, as the summary screen
// draws it, for a terminal at width columns (at most 96 are used; at most
// PresentMeasure when present is set). Colours are reduced to what w
// supports (none for a pipe or under NO_COLOR) by lipgloss.Fprint.
func PrintSummary(w io.Writer, r *assessment.Result, b *assessment.Bank, width int, dark, present bool) error {
	st := NewStyles(dark, present)
	cw := max(40, min(width-2, 96))
	if present {
		cw = max(40, min(width-4, PresentMeasure))
	}
	_, err := lipgloss.Fprintln(w, RenderSummary(summary.Summarize(r, b), cw, st))
	return err
}
