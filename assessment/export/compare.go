package export

import (
	"fmt"
	"io"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export/html"
	"github.com/powercore/powercore/assessment/summary"
)

// Comparison writes a comparison in a format.
func Comparison(w io.Writer, f Format, c *assessment.Comparison, b *assessment.Bank) error {
	switch f {
	case FormatJSON:
		return writeJSON(w, c)
	case FormatYAML:
		return writeYAML(w, c)
	case FormatMarkdown:
		return writeComparisonMarkdown(w, c)
	case FormatHTML:
		return html.WriteComparison(w, c, b)
	case FormatText:
		return writeComparisonText(w, c)
	}
	return fmt.Errorf("unknown format %q", f)
}

func writeComparisonText(w io.Writer, c *assessment.Comparison) error {
	t := &textWriter{w: w}
	t.para("", "POWER CORE · COMPARISON")
	t.item("", "Before: ", summary.ProfileLabel(c.Before))
	t.item("", "After:  ", summary.ProfileLabel(c.After))
	t.line("")
	t.item("", "Power Core before: ", summary.LeadWords(c, c.Before)+".")
	t.item("", "Power Core after:  ", summary.LeadWords(c, c.After)+".")
	t.line("")
	t.line("What moved (%d points or more)", assessment.Notable)
	if len(c.Changes) == 0 {
		t.para("  ", "Nothing moved by that much.")
	}
	for _, ch := range c.Changes {
		t.item("  ", "- ", assessment.Printable(ch))
	}
	t.line("")
	nameW := summary.Width("Power Core")
	for _, s := range c.Cores {
		nameW = max(nameW, summary.Width(assessment.Printable(s.Name)))
	}
	t.line("  %s  %s  %s  %s", summary.Pad("Power Core", nameW), "Before", " After", "Change")
	for _, s := range c.Cores {
		mark := ""
		if s.Notable {
			mark = "  !"
		}
		t.line("  %s  %s  %s  %s%s", summary.Pad(assessment.Printable(s.Name), nameW), summary.PadLeft(summary.Round(s.Before), 6), summary.PadLeft(summary.Round(s.After), 6), summary.PadLeft(summary.Delta(s.Before, s.After), 6), mark)
	}
	if len(c.Competencies) > 0 {
		t.line("")
		nameW := summary.Width("Competency")
		for _, s := range c.Competencies {
			nameW = max(nameW, summary.Width(assessment.Printable(s.Name)))
		}
		nameW = min(nameW, 40)
		t.line("  %s  %s  %s  %s  %s", summary.Pad("Competency", nameW), "Before", " After", "Change", "Target")
		for _, s := range c.Competencies {
			before, after, change := summary.ChangeCells(s, "-")
			mark := ""
			if s.Notable {
				mark = "  !"
			}
			name := assessment.Printable(s.Name)
			if summary.Width(name) > nameW {
				lines := summary.Wrap(name, nameW)
				for _, l := range lines[:len(lines)-1] {
					t.line("  %s", l)
				}
				name = lines[len(lines)-1]
			}
			t.line("  %s  %s  %s  %s  %s%s", summary.Pad(name, nameW), summary.PadLeft(before, 6), summary.PadLeft(after, 6), summary.PadLeft(change, 6), summary.PadLeft(summary.Round(s.Target), 6), mark)
		}
	}
	t.line("")
	t.para("", fmt.Sprintf("! marks a change of %d points or more.", assessment.Notable))
	return t.err
}

func writeComparisonMarkdown(w io.Writer, c *assessment.Comparison) error {
	t := &textWriter{w: w}
	t.line("# Power Core — comparison")
	t.line("")
	t.line("- **Before:** %s — %s", md(summary.ProfileLabel(c.Before)), md(summary.LeadWords(c, c.Before)))
	t.line("- **After:** %s — %s", md(summary.ProfileLabel(c.After)), md(summary.LeadWords(c, c.After)))
	t.line("")
	t.line("## What moved")
	t.line("")
	if len(c.Changes) == 0 {
		t.line("Nothing moved by %d points or more.", assessment.Notable)
	}
	for _, ch := range c.Changes {
		t.line("- %s", md(assessment.Printable(ch)))
	}
	t.line("")
	t.line("## Power Core scores")
	t.line("")
	t.line("| Core | Before | After | Change |")
	t.line("|---|---:|---:|---:|")
	for _, s := range c.Cores {
		change := summary.Delta(s.Before, s.After)
		if s.Notable {
			change = "**" + change + "**"
		}
		t.line("| %s | %s | %s | %s |", md(assessment.Printable(s.Name)), summary.Round(s.Before), summary.Round(s.After), change)
	}
	if len(c.Competencies) > 0 {
		t.line("")
		t.line("## Competencies")
		t.line("")
		t.line("| Competency | Before | After | Change | Target |")
		t.line("|---|---:|---:|---:|---:|")
		for _, s := range c.Competencies {
			before, after, change := summary.ChangeCells(s, "–")
			if s.Notable {
				change = "**" + change + "**"
			}
			t.line("| %s | %s | %s | %s | %s |", md(assessment.Printable(s.Name)), before, after, change, summary.Round(s.Target))
		}
	}
	return t.err
}
