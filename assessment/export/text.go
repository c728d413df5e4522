package export

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
)

// textWidth is the width plain-text exports are laid out for.
const textWidth = 78

// barWidth is the length of a full (100-point) bar in plain text.
const barWidth = 30

// Bar draws a score of 0–100 as a bar of width cells: full cells, then
// empty ones. Plain characters, so it survives e-mail and printing.
func Bar(score float64, width int, full, empty string) string {
	n := int(math.Round(math.Max(0, math.Min(100, score)) / 100 * float64(width)))
	return strings.Repeat(full, n) + strings.Repeat(empty, width-n)
}

// textWriter writes lines and remembers the first error.
type textWriter struct {
	w   io.Writer
	err error
}

func (t *textWriter) line(format string, args ...any) {
	if t.err != nil {
		return
	}
	_, t.err = fmt.Fprintf(t.w, format+"\n", args...)
}

// para writes s wrapped to the text width, each line indented.
func (t *textWriter) para(indent, s string) {
	for _, l := range summary.Wrap(s, textWidth-summary.Width(indent)) {
		t.line("%s%s", indent, l)
	}
}

// item writes a list item: its marker, then the text wrapped under itself.
func (t *textWriter) item(indent, marker, s string) {
	lines := summary.Wrap(s, textWidth-summary.Width(indent)-summary.Width(marker))
	for i, l := range lines {
		if i == 0 {
			t.line("%s%s%s", indent, marker, l)
			continue
		}
		t.line("%s%s%s", indent, strings.Repeat(" ", summary.Width(marker)), l)
	}
}

// WriteText writes a result as plain text: no escape codes, lines of at
// most 78 columns, readable in a pipe, a file or an e-mail.
func WriteText(w io.Writer, r *assessment.Result, b *assessment.Bank) error {
	s := summary.Summarize(r, b)
	t := &textWriter{w: w}
	title := s.Title
	if s.Respondent != "" {
		title += " · " + s.Respondent
	}
	if s.Date != "" {
		title += " · " + s.Date
	}
	t.para("", title)
	t.line("")
	t.para("", s.Headline)
	t.para("", s.Clarity)
	if s.NoSupport != "" {
		t.para("", s.NoSupport)
	}
	if len(s.Flags) > 0 {
		t.line("")
		t.line("Read with care")
		for _, f := range s.Flags {
			t.item("  ", "- ", string(f.Flag)+": "+f.Words)
			for _, item := range f.Items {
				t.item("      ", "· ", item)
			}
		}
	}
	t.line("")
	writeTextCores(t, s)
	if len(s.Competencies) > 0 {
		t.line("")
		writeTextCompetencies(t, s)
	}
	if len(s.Priorities) > 0 || len(s.Actions) > 0 {
		t.line("")
		writeTextPriorities(t, s)
	}
	for _, card := range s.Cards {
		t.line("")
		writeTextCard(t, card)
	}
	if s.Supporting != nil {
		t.line("")
		t.para("", "In support: "+s.Supporting.Name)
		t.para("  ", s.Supporting.AsSupport)
	}
	if len(s.Reflections) > 0 {
		t.line("")
		t.line("Your reflections")
		for _, r := range s.Reflections {
			t.item("  ", "", r.Prompt)
			t.para("    ", r.Text)
		}
	}
	return t.err
}

func writeTextCores(t *textWriter, s summary.Summary) {
	even := 0.0
	if len(s.Cores) > 0 {
		even = 100 / float64(len(s.Cores))
	}
	t.line("Where the power sits (points of 100; an even split gives each %.1f)", even)
	nameW := 0
	for _, c := range s.Cores {
		nameW = max(nameW, summary.Width(c.Name))
	}
	for _, c := range s.Cores {
		mark := ""
		if c.Role != "" {
			mark = "  " + c.Role
		}
		t.line("  %s  %s %s%s", summary.Pad(c.Name, nameW), Bar(c.Score, barWidth, "█", "░"), summary.PadLeft(summary.Round(c.Score), 3), mark)
	}
}

func writeTextCard(t *textWriter, c summary.Card) {
	t.line("%s", c.Name)
	if c.Summary != "" {
		t.para("  ", c.Summary)
	}
	if len(c.Strengths) > 0 {
		t.line("  Strengths to build on")
		for _, s := range c.Strengths {
			t.item("    ", "- ", s)
		}
	}
	if len(c.HotSpots) > 0 {
		t.line("  Customer hot spots to watch")
		for _, s := range c.HotSpots {
			t.item("    ", "- ", s)
		}
	}
	if len(c.Kickstart) > 0 {
		t.para("  ", summary.KickstartTitle(c.Name))
		for i, s := range c.Kickstart {
			t.item("    ", fmt.Sprintf("%d. ", i+1), s)
		}
	}
}

func writeTextCompetencies(t *textWriter, s summary.Summary) {
	t.line("Customer-focus competencies: the level each stands at, and its target")
	uphill := false
	for _, c := range s.Competencies {
		t.para("  ", c.Name)
		words := levelLine(c)
		if len(c.Uphill) > 0 {
			uphill = true
			words += " *"
		}
		t.para("    ", words)
	}
	if uphill {
		t.para("  ", "* uphill: the dominant core's habits run against this competency, so its gap will be harder to close.")
	}
}

// levelLine is a competency's level, score and target in one line:
// "Repeatable (2.4 of 4) · score 60 · target: Systematic (75)".
func levelLine(c summary.CompetencyLine) string {
	if c.Score == nil {
		words := fmt.Sprintf("too few answers for a level: %d of %d practices rated", c.Answered, c.Items)
		if c.DontKnow > 0 {
			words += fmt.Sprintf(", %d “don't know”", c.DontKnow)
		}
		return words + " · target: " + c.TargetWords
	}
	return fmt.Sprintf("%s · score %s · target: %s (%s)", c.LevelWords, summary.Round(*c.Score), c.TargetWords, summary.Round(c.Target))
}

func writeTextPriorities(t *textWriter, s summary.Summary) {
	t.line("Where to start")
	if len(s.Actions) == 0 {
		t.para("  ", "Every scored competency is at or above its target: keep it there.")
	}
	for i, a := range s.Actions {
		t.item("  ", fmt.Sprintf("%d. ", i+1), a.Text)
		t.para("     ", a.From)
	}
}
