package assessment

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Summary is what a result says in words, with the bank's advice for it:
// the one source every export and the summary screen draw from. Every text
// in it has been made Printable.
type Summary struct {
	Title      string
	Respondent string
	// Date is the day the run completed, as 2006-01-02, or "".
	Date string
	Bank BankRef

	// Headline names the dominant core (and the supporting one) in a
	// sentence; Clarity says how sure the result is, in words.
	Headline string
	Clarity  string
	// Kind is "clear", "co-dominant" or "diffuse".
	Kind string

	Cores []CoreLine
	// Cards are the result cards of the dominant cores; Supporting is the
	// supporting core's, shown briefly. Both need the bank.
	Cards      []Card
	Supporting *Card

	Competencies []CompetencyLine
	Priorities   []Priority

	Reflections []Reflection
	Flags       []FlagNote
}

// CoreLine is one core's score as listed.
type CoreLine struct {
	ID         string
	Name       string
	Score      float64
	Won        int
	Dominant   bool
	Supporting bool
	// Role is the core's Role in the result.
	Role string
}

// Card is what a core means for customer work.
type Card struct {
	ID        string
	Name      string
	Summary   string
	Strengths []string
	HotSpots  []string
	Kickstart []string
}

// CompetencyLine is one competency's score against its target, and whether
// the dominant core makes it uphill.
type CompetencyLine struct {
	ID       string
	Name     string
	Score    *float64
	Target   float64
	Gap      *float64
	Band     Band
	Answered int
	Items    int
	DontKnow int
	// Uphill names the dominant cores for which this competency runs
	// against the grain (their ease is below zero).
	Uphill []string
}

// Priority is a competency to work on, with the bank's next steps for its
// band.
type Priority struct {
	CompetencyLine
	NextSteps []string
}

// Behind splits the priorities into those still short of their target
// (by at least half a point, as shown) and those at or above it.
func (s Summary) Behind() (behind, ahead []Priority) {
	for _, p := range s.Priorities {
		if p.Gap != nil && math.Round(*p.Gap) > 0 {
			behind = append(behind, p)
		} else {
			ahead = append(ahead, p)
		}
	}
	return behind, ahead
}

// Reflection is a free-text question and its answer.
type Reflection struct {
	Prompt string
	Text   string
}

// FlagNote is a quality flag and what it means, in plain words.
type FlagNote struct {
	Flag  Flag
	Words string
}

// flagWords say what each flag means for the reader.
var flagWords = map[Flag]string{
	StraightLining: "Nearly every practice got the same level. If that is how things are, fine; if it was a quick pass, the competency scores say little.",
	EvenSplit:      "The points were split evenly on every Power Core question, so the core scores cannot tell the cores apart.",
	SingleCore:     "One core got every point on every Power Core question. The answer is as clear as it gets; check that the others truly weigh nothing.",
	Fast:           "The answers came in under a couple of seconds each (median): read this as a first impression rather than a considered view.",
}

// FlagWords says what a flag means, in plain words.
func FlagWords(f Flag) string {
	if w, ok := flagWords[f]; ok {
		return w
	}
	return "A reason to read this result with care."
}

// Summarize puts a result into words with the advice of its bank. The bank
// may be nil (a result read without its bank): the summary then has the
// scores but no cards, next steps or prompts.
func Summarize(r *Result, b *Bank) Summary {
	s := Summary{
		Title:      "Power Core",
		Respondent: Printable(r.Respondent),
		Bank:       BankRef{ID: Printable(r.Bank.ID), Version: Printable(r.Bank.Version), SHA256: Printable(r.Bank.SHA256)},
	}
	if b != nil && b.Title != "" {
		s.Title = Printable(b.Title)
	}
	if !r.CompletedAt.IsZero() {
		s.Date = r.CompletedAt.Format("2006-01-02")
	}
	name := func(id string) string { return coreName(r, b, id) }
	for _, c := range r.Cores {
		s.Cores = append(s.Cores, CoreLine{
			ID: Printable(c.ID), Name: name(c.ID), Score: c.Score, Won: c.Won,
			Dominant: slices.Contains(r.Dominant, c.ID), Supporting: c.ID == r.Supporting && c.ID != "",
			Role: Role(r.Dominant, r.Supporting, c.ID),
		})
	}
	s.Headline, s.Kind = headline(r, name)
	s.Clarity = clarityWords(r, name)
	if b != nil {
		for _, id := range r.Dominant {
			if c, ok := b.Core(id); ok {
				s.Cards = append(s.Cards, CardOf(c))
			}
		}
		if c, ok := b.Core(r.Supporting); ok {
			card := CardOf(c)
			s.Supporting = &card
		}
	}
	s.Competencies = competencyLines(r, b, name)
	for _, id := range r.Priorities {
		for _, line := range s.Competencies {
			if line.ID != Printable(id) {
				continue
			}
			p := Priority{CompetencyLine: line}
			if b != nil {
				if c, ok := b.Competency(id); ok {
					p.NextSteps = printableAll(c.NextSteps[line.Band])
				}
			}
			s.Priorities = append(s.Priorities, p)
		}
	}
	if b != nil {
		for _, q := range b.Questions() {
			if q.Kind != Text {
				continue
			}
			if a, ok := r.Answers.Get(q.ID); ok && strings.TrimSpace(a.Value) != "" {
				s.Reflections = append(s.Reflections, Reflection{Prompt: Printable(q.Prompt), Text: PrintableLines(strings.TrimSpace(a.Value))})
			}
		}
	}
	for _, f := range r.Flags {
		s.Flags = append(s.Flags, FlagNote{Flag: Flag(Printable(string(f))), Words: FlagWords(f)})
	}
	return s
}

// coreName is a core's name from the result, else the bank, else its id.
func coreName(r *Result, b *Bank, id string) string {
	if c, ok := r.CoreScore(id); ok && c.Name != "" {
		return Printable(c.Name)
	}
	if b != nil {
		if c, ok := b.Core(id); ok && c.Name != "" {
			return Printable(c.Name)
		}
	}
	return Printable(id)
}

func headline(r *Result, name func(string) string) (string, string) {
	switch {
	case len(r.Dominant) == 0:
		top := 0.0
		if len(r.Cores) > 0 {
			top = r.Cores[0].Score
		}
		if r.Congruence.Questions == 0 {
			return "No Power Core questions were answered, so there is no Power Core to name.", "diffuse"
		}
		return fmt.Sprintf("No clear Power Core: power is spread across the company (the top core has %s of 100 points).", Round(top)), "diffuse"
	case len(r.Dominant) > 1:
		return fmt.Sprintf("Power is shared: %s are co-dominant Power Cores.", leaderNames(r.Dominant, name)), "co-dominant"
	case r.Supporting != "":
		return fmt.Sprintf("Your Power Core is %s, with %s in support.", name(r.Dominant[0]), name(r.Supporting)), "clear"
	}
	return fmt.Sprintf("Your Power Core is %s.", name(r.Dominant[0])), "clear"
}

func clarityWords(r *Result, name func(string) string) string {
	if len(r.Dominant) == 0 || len(r.Cores) == 0 {
		return "No core stands out; the discussion of where power really sits is the place to start."
	}
	lead, margin := r.Cores[0], r.leadMargin()
	evidence := fmt.Sprintf("%s leads by %s points and won %d of %d questions", name(lead.ID), Round(margin), r.Congruence.Won, r.Congruence.Questions)
	if len(r.Dominant) > 1 {
		names := leaderNames(r.Dominant, name)
		evidence = fmt.Sprintf("%s are within %s points of each other; %s won %d of %d questions", names, Round(margin), name(lead.ID), r.Congruence.Won, r.Congruence.Questions)
		if len(r.Dominant) > 2 {
			last := r.Cores[len(r.Dominant)-1].Score
			evidence = fmt.Sprintf("%s are within %s points of each other", names, Round(lead.Score-last))
		}
	}
	return clarityLead(r.Clarity, evidence, true)
}

// clarityLead puts a clarity and its evidence into a sentence; advise adds
// what to do with a lead that is not clear.
func clarityLead(c Clarity, evidence string, advise bool) string {
	switch c {
	case VeryClear:
		return "Very clear: " + evidence + "."
	case Clear:
		return "Clear: " + evidence + "."
	case Moderate:
		if advise {
			return "Moderately clear: " + evidence + ". Test it with colleagues before acting on it."
		}
		return "Moderately clear: " + evidence + "."
	}
	if advise {
		return "Only slightly clear: " + evidence + ". Treat it as a question to discuss, not an answer."
	}
	return "Only slightly clear: " + evidence + "."
}

// Role is what a core is in a result or a group: "co-dominant" (sharing
// the lead), "dominant", "supporting", or "" for the rest.
func Role(dominant []string, supporting, core string) string {
	switch {
	case slices.Contains(dominant, core) && len(dominant) > 1:
		return "co-dominant"
	case slices.Contains(dominant, core):
		return "dominant"
	case core == supporting && core != "":
		return "supporting"
	}
	return ""
}

// KickstartTitle heads a core's kickstart steps.
func KickstartTitle(core string) string {
	return "Kickstart for " + core + ": weave the customer into its own work"
}

// CardOf is what a core means for customer work, as the result shows it.
func CardOf(c Core) Card {
	return Card{
		ID: Printable(c.ID), Name: Printable(c.Name), Summary: Printable(c.Summary),
		Strengths: printableAll(c.Strengths), HotSpots: printableAll(c.HotSpots), Kickstart: printableAll(c.Kickstart),
	}
}

func competencyLines(r *Result, b *Bank, name func(string) string) []CompetencyLine {
	var lines []CompetencyLine
	for _, c := range r.Competencies {
		line := CompetencyLine{
			ID: Printable(c.ID), Name: Printable(c.Name), Score: c.Score, Target: c.Target, Gap: c.Gap,
			Band: Band(Printable(string(c.Band))), Answered: c.Answered, Items: c.Items, DontKnow: c.DontKnow,
		}
		if line.Name == "" {
			line.Name = line.ID
		}
		if b != nil {
			for _, id := range r.Dominant {
				if core, ok := b.Core(id); ok && core.Ease[c.ID] < 0 {
					line.Uphill = append(line.Uphill, name(id))
				}
			}
		}
		lines = append(lines, line)
	}
	return lines
}

// Round writes a score as people read it: a whole number, halves rounded
// up.
func Round(x float64) string {
	v := math.Round(x)
	if v == 0 {
		v = 0 // no "-0"
	}
	return fmt.Sprintf("%.0f", v)
}

// leaderNames names leading cores by name: "Sales, Product and Finance",
// or "no clear core" when there are none.
func leaderNames(ids []string, name func(string) string) string {
	if len(ids) == 0 {
		return "no clear core"
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = name(id)
	}
	return andList(names)
}

func andList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

func printableAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = Printable(s)
	}
	return out
}
