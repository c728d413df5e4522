package assessment

import (
	"fmt"
	"io"
	"math"
)

// ExportComparison writes a comparison in a format.
func ExportComparison(w io.Writer, f Format, c *Comparison, b *Bank) error {
	switch f {
	case FormatJSON:
		return writeJSON(w, c)
	case FormatYAML:
		return writeYAML(w, c)
	case FormatMarkdown:
		return writeComparisonMarkdown(w, c)
	case FormatHTML:
		return WriteComparisonHTML(w, c, b)
	case FormatText:
		return writeComparisonText(w, c)
	}
	return fmt.Errorf("unknown format %q", f)
}

// profileLabel names one side of a comparison: its label, when, and size.
func profileLabel(p Profile) string {
	label := Printable(p.Label)
	if p.When != "" {
		label += " (" + p.When + ")"
	}
	if p.Kind == "group" {
		label += fmt.Sprintf(" (group of %d)", p.N)
	}
	return label
}

// delta writes the change between two scores with its sign (+12, -3, 0),
// as the difference of the rounded scores printed beside it: 22 → 18 is
// -4, even when the unrounded change is -3.4.
func delta(before, after float64) string {
	d := roundedDelta(before, after)
	r := Round(d)
	if d > 0 {
		return "+" + r
	}
	return r
}

// roundedDelta is after − before as the rounded scores show it.
func roundedDelta(before, after float64) float64 {
	return math.Round(after) - math.Round(before)
}

func leadWords(c *Comparison, p Profile) string {
	if p.Supporting != "" {
		return fmt.Sprintf("%s, with %s in support", leaderNames(p.Dominant, c.coreName), c.coreName(p.Supporting))
	}
	return leaderNames(p.Dominant, c.coreName)
}

// changeCells writes a competency's before, after and change, with none
// where there was no score.
func changeCells(s CompetencyChange, none string) (before, after, change string) {
	before, after, change = none, none, none
	if s.Before != nil {
		before = Round(*s.Before)
	}
	if s.After != nil {
		after = Round(*s.After)
	}
	if s.Delta != nil {
		change = delta(*s.Before, *s.After)
	}
	return before, after, change
}

func writeComparisonText(w io.Writer, c *Comparison) error {
	t := &textWriter{w: w}
	t.para("", "POWER CORE · COMPARISON")
	t.item("", "Before: ", profileLabel(c.Before))
	t.item("", "After:  ", profileLabel(c.After))
	t.line("")
	t.item("", "Power Core before: ", leadWords(c, c.Before)+".")
	t.item("", "Power Core after:  ", leadWords(c, c.After)+".")
	t.line("")
	t.line("What moved (%d points or more)", Notable)
	if len(c.Changes) == 0 {
		t.para("  ", "Nothing moved by that much.")
	}
	for _, ch := range c.Changes {
		t.item("  ", "- ", Printable(ch))
	}
	t.line("")
	nameW := Width("Power Core")
	for _, s := range c.Cores {
		nameW = max(nameW, Width(Printable(s.Name)))
	}
	t.line("  %s  %s  %s  %s", pad("Power Core", nameW), "Before", " After", "Change")
	for _, s := range c.Cores {
		mark := ""
		if s.Notable {
			mark = "  !"
		}
		t.line("  %s  %s  %s  %s%s", pad(Printable(s.Name), nameW), padLeft(Round(s.Before), 6), padLeft(Round(s.After), 6), padLeft(delta(s.Before, s.After), 6), mark)
	}
	if len(c.Competencies) > 0 {
		t.line("")
		nameW := Width("Competency")
		for _, s := range c.Competencies {
			nameW = max(nameW, Width(Printable(s.Name)))
		}
		nameW = min(nameW, 40)
		t.line("  %s  %s  %s  %s  %s", pad("Competency", nameW), "Before", " After", "Change", "Target")
		for _, s := range c.Competencies {
			before, after, change := changeCells(s, "-")
			mark := ""
			if s.Notable {
				mark = "  !"
			}
			name := Printable(s.Name)
			if Width(name) > nameW {
				lines := wrap(name, nameW)
				for _, l := range lines[:len(lines)-1] {
					t.line("  %s", l)
				}
				name = lines[len(lines)-1]
			}
			t.line("  %s  %s  %s  %s  %s%s", pad(name, nameW), padLeft(before, 6), padLeft(after, 6), padLeft(change, 6), padLeft(Round(s.Target), 6), mark)
		}
	}
	t.line("")
	t.para("", fmt.Sprintf("! marks a change of %d points or more.", Notable))
	return t.err
}

func writeComparisonMarkdown(w io.Writer, c *Comparison) error {
	t := &textWriter{w: w}
	t.line("# Power Core — comparison")
	t.line("")
	t.line("- **Before:** %s — %s", md(profileLabel(c.Before)), md(leadWords(c, c.Before)))
	t.line("- **After:** %s — %s", md(profileLabel(c.After)), md(leadWords(c, c.After)))
	t.line("")
	t.line("## What moved")
	t.line("")
	if len(c.Changes) == 0 {
		t.line("Nothing moved by %d points or more.", Notable)
	}
	for _, ch := range c.Changes {
		t.line("- %s", md(Printable(ch)))
	}
	t.line("")
	t.line("## Power Core scores")
	t.line("")
	t.line("| Core | Before | After | Change |")
	t.line("|---|---:|---:|---:|")
	for _, s := range c.Cores {
		change := delta(s.Before, s.After)
		if s.Notable {
			change = "**" + change + "**"
		}
		t.line("| %s | %s | %s | %s |", md(Printable(s.Name)), Round(s.Before), Round(s.After), change)
	}
	if len(c.Competencies) > 0 {
		t.line("")
		t.line("## Competencies")
		t.line("")
		t.line("| Competency | Before | After | Change | Target |")
		t.line("|---|---:|---:|---:|---:|")
		for _, s := range c.Competencies {
			before, after, change := changeCells(s, "–")
			if s.Notable {
				change = "**" + change + "**"
			}
			t.line("| %s | %s | %s | %s | %s |", md(Printable(s.Name)), before, after, change, Round(s.Target))
		}
	}
	return t.err
}
