package html

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
)

// The HTML exports are one self-contained page each, made to be e-mailed
// and printed: inline CSS and inline SVG, no script, nothing fetched. Every
// text from a bank, a file or a person is made Printable and then escaped
// by html/template. The output depends only on its input (no clock, no
// unsorted map), so golden files stay stable.
//
// page.go holds the page model; chart.go the chart geometry; template.go
// the template and its CSS.

// WriteResult writes a result as a self-contained HTML report. The bank may
// be nil: the report then has the scores but not the advice only the bank
// holds (the core card, next steps, reflection prompts).
func WriteResult(w io.Writer, r *assessment.Result, b *assessment.Bank) error {
	return renderHTML(w, resultPage(r, b))
}

// WriteGroup writes a group profile as a self-contained HTML report:
// the mean profile with the members' spread, consensus and the gaps. The
// bank may be nil; when it is the group's own, the report adds the
// dominant core's card and the next steps.
func WriteGroup(w io.Writer, g *assessment.Group, b *assessment.Bank) error {
	return renderHTML(w, groupPage(g, b))
}

// WriteComparison writes a comparison as a self-contained HTML report:
// both profiles overlaid on one chart, and what moved. The bank, when
// given, sets the order of the chart's axes and the band thresholds.
func WriteComparison(w io.Writer, c *assessment.Comparison, b *assessment.Bank) error {
	return renderHTML(w, comparisonPage(c, b))
}

// htmlPage is everything one report shows, ready for the template: texts
// Printable, numbers rounded, chart geometry computed.
type htmlPage struct {
	Kind     string // result, group or comparison
	Title    string // the document title
	Eyebrow  string
	Heading  string
	Meta     []string
	Headline string
	Lede     []string
	Facts    []htmlFact
	// Notes are called out under the headline: a group's consensus, a
	// result's pointer to its quality flags.
	Notes     []htmlNote
	NotesHead string
	Leaders   *htmlTable

	Radar     *htmlRadar
	CoreTable htmlTable
	// Layout puts the core table beside the chart ("side") or, when it
	// has too many columns for that, under it ("stack").
	Layout string

	Cards      []htmlCard
	Supporting *summary.Card

	Competencies *htmlCompetencies
	Priorities   *htmlPriorities
	Members      *htmlTable
	Reflections  []summary.Reflection
	Flags        []summary.FlagNote
	Footer       []string
}

type htmlFact struct{ Label, Value string }

// htmlNote is one line of a callout; Warn marks a reason for care, which
// the page says in words too.
type htmlNote struct {
	Text string
	Warn bool
	// Link, a fragment of the page, follows the text as "see below".
	Link string
}

type htmlCard struct {
	summary.Card
	Role string // Dominant or Co-dominant
}

type htmlTable struct {
	Caption string
	Cols    []htmlCol
	Rows    []htmlRow
}

type htmlCol struct {
	Head string
	Num  bool
}

type htmlRow struct {
	Cells  []string
	Strong bool
}

type htmlCompetencies struct {
	Intro  string
	Legend []htmlLegend
	Bars   []htmlBar
	Table  htmlTable
	// Open shows the table from the start (and in print): a comparison's
	// before, after and change belong side by side.
	Open bool
}

type htmlPriorities struct {
	// Actions are the three to start with, Weakest the lowest-rated
	// practices; a result's only.
	Actions []summary.Action
	FindOut []summary.Action
	Weakest []summary.Practice
	Behind  []htmlPriority
	// AllAhead says every scored competency is at or above its target.
	AllAhead bool
	Ahead    string
}

type htmlPriority struct {
	Name, Words string
	Steps       []string
}

// levelIntro says how a score maps onto the practice scale, whose levels
// the bars' ticks mark.
func levelIntro(levels []assessment.Level) string {
	lo, hi := assessment.ScaleRange(levels)
	var steps []string
	for _, l := range levels {
		if l.Value == lo || hi <= lo {
			continue
		}
		steps = append(steps, fmt.Sprintf("%s from %s", assessment.LevelLabel(levels, l.Value), summary.Round(assessment.LevelScore(levels, l.Value))))
	}
	return fmt.Sprintf("Scores run from 0 (%s) to 100 (%s). A competency stands at the highest level its mean reaches; the ticks mark where each level begins: %s.",
		assessment.LevelLabel(levels, lo), assessment.LevelLabel(levels, hi), summary.AndList(steps))
}

// The three pages -------------------------------------------------------------

// competencyChangeWords says how a competency moved and where it stands
// now against its target.
func competencyChangeWords(s assessment.CompetencyChange, levels []assessment.Level) string {
	var words string
	switch {
	case s.Before == nil && s.After == nil:
		return "Not enough answers for a score, before or after."
	case s.After == nil:
		return fmt.Sprintf("Scored %s before; not enough answers for a score after.", summary.Round(*s.Before))
	case s.Before == nil:
		words = "No score before (not enough answers)"
	case math.Round(*s.Delta) == 0:
		words = fmt.Sprintf("No change: %s before and after", summary.Round(*s.After))
	default:
		words = fmt.Sprintf("%s by %s points, from %s to %s", capitalise(summary.Rose(*s.Delta)), summary.Round(math.Abs(*s.Delta)), summary.Round(*s.Before), summary.Round(*s.After))
		if s.Notable {
			words += " (a notable change)"
		}
	}
	gap := s.Target - *s.After
	level := assessment.LevelOfScore(levels, s.After)
	now := summary.GapWords(summary.CompetencyLine{Score: s.After, Gap: &gap, Target: s.Target, Level: level,
		LevelWords: summary.LevelWords(levels, level, *s.After), TargetWords: summary.TargetWords(levels, s.Target)})
	return words + "; now " + now
}

// Small helpers ------------------------------------------------------------------

func joinSome(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func bankWords(id, version string) string {
	if id == "" {
		return "Question bank unknown"
	}
	if version == "" {
		return "Question bank " + id
	}
	return "Question bank " + id + ", version " + version
}

func footer(id, version, sha string) []string {
	out := []string{bankWords(id, version)}
	if len(sha) >= 12 {
		out[0] += " (sha256 " + sha[:12] + "…)"
	}
	return append(out, "Made with powercore. The Power Core model: every company has a dominant skill set; customer focus works when it is woven into that core's own priorities.")
}

func clarityName(c assessment.Clarity) string {
	switch c {
	case "", assessment.NoClarity:
		return "Not applicable: no clear Power Core"
	}
	return capitalise(assessment.Printable(string(c)))
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

func renderHTML(w io.Writer, p htmlPage) error {
	var buf bytes.Buffer
	if err := htmlTemplate.ExecuteTemplate(&buf, "page", p); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// The page ------------------------------------------------------------------------
