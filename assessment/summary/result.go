package summary

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/powercore/powercore/assessment"
)

// Summary is what a result says in words, with the bank's advice for it:
// the one source every export and the summary screen draw from. Every text
// in it has been made Printable.
type Summary struct {
	Title      string
	Respondent string
	// Date is the day the run completed, as 2006-01-02, or "".
	Date string
	Bank assessment.BankRef

	// Headline names the dominant core (and the supporting one) in a
	// sentence; Clarity says how sure the result is, in words.
	Headline string
	Clarity  string
	// Kind is "clear", "co-dominant" or "diffuse".
	Kind string
	// NoSupport says why no core supports a single dominant one ("No clear
	// supporting core: Sales and Customer are tied at 22."); "" when one
	// does, or when the lead is shared or diffuse.
	NoSupport string
	// SupportFact is the supporting core in a few words, for a fact line:
	// its name, or why there is none. Never "None".
	SupportFact string

	Cores []CoreLine
	// Cards are the result cards of the dominant cores; Supporting is the
	// supporting core's, shown briefly. Both need the bank.
	Cards      []Card
	Supporting *Card

	Competencies []CompetencyLine
	// Priorities are every scored competency, largest gap first, with the
	// bank's next steps for its level: the full list, for reports.
	Priorities []Priority
	// Actions are where to start: at most three, each traced to the
	// practice (or kickstart) it comes from.
	Actions []Action
	// FindOut is something to find out for every competency with too few
	// answers for a level: the full list, for reports (Actions holds the
	// first).
	FindOut []Action
	// Weakest are the lowest-rated practices, by name.
	Weakest []Practice

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
	// AsSupport is how to enlist the core as a partner when it supports
	// the dominant one.
	AsSupport string
}

// CompetencyLine is one competency's score against its target, and whether
// the dominant core makes it uphill.
type CompetencyLine struct {
	ID     string
	Name   string
	Score  *float64
	Target float64
	Gap    *float64
	// Level is the value of the level reached; nil without a score.
	Level *int
	// LevelWords names the level reached with the bank's label and the
	// mean it rests on, "Repeatable (2.4 of 4)"; "" without a score.
	// TargetWords names the target's level the same way: "Systematic".
	LevelWords  string
	TargetWords string
	Answered    int
	Items       int
	DontKnow    int
	// Uphill names the dominant cores for which this competency runs
	// against the grain (their ease is below zero).
	Uphill []string
}

// Priority is a competency to work on, with the bank's next steps for its
// level.
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
	Flag  assessment.Flag
	Words string
	// Items lists what the flag is about: for unknowns, the practices
	// answered "don't know".
	Items []string
	// Personal is set for a flag about how one person answered (too
	// quickly, every practice alike) rather than about the company: it
	// stays in saved files and off a projected screen.
	Personal bool
}

// personalFlags are the flags that judge the answering, not the answers.
var personalFlags = map[assessment.Flag]bool{
	assessment.Fast:           true,
	assessment.StraightLining: true,
}

// flagWords say what each flag means for the reader.
var flagWords = map[assessment.Flag]string{
	assessment.StraightLining: "Nearly every practice got the same level. If that is how things are, fine; if it was a quick pass, the competency scores say little.",
	assessment.EvenSplit:      "The points were split evenly on every Power Core question, so the core scores cannot tell the cores apart.",
	assessment.SingleCore:     "One core got every point on every Power Core question. The answer is as clear as it gets; check that the others truly weigh nothing.",
	assessment.Fast:           "The answers came in under a couple of seconds each (median): read this as a first impression rather than a considered view.",
	assessment.Unknowns:       "A third or more of the practices were answered “don't know”. Not knowing is itself a finding: find out who could answer these.",
}

// FlagWords says what a flag means, in plain words.
func FlagWords(f assessment.Flag) string {
	if w, ok := flagWords[f]; ok {
		return w
	}
	return "A reason to read this result with care."
}

// Summarize puts a result into words with the advice of its bank. The bank
// may be nil (a result read without its bank): the summary then has the
// scores but no cards, next steps or prompts.
func Summarize(r *assessment.Result, b *assessment.Bank) Summary {
	s := Summary{
		Title:      "Power Core",
		Respondent: assessment.Printable(r.Respondent),
		Bank:       assessment.BankRef{ID: assessment.Printable(r.Bank.ID), Version: assessment.Printable(r.Bank.Version), SHA256: assessment.Printable(r.Bank.SHA256)},
	}
	if b != nil && b.Title != "" {
		s.Title = assessment.Printable(b.Title)
	}
	if !r.CompletedAt.IsZero() {
		s.Date = r.CompletedAt.Format("2006-01-02")
	}
	name := func(id string) string { return coreName(r, b, id) }
	for _, c := range r.Cores {
		s.Cores = append(s.Cores, CoreLine{
			ID: assessment.Printable(c.ID), Name: name(c.ID), Score: c.Score, Won: c.Won,
			Dominant: slices.Contains(r.Dominant, c.ID), Supporting: c.ID == r.Supporting && c.ID != "",
			Role: Role(r.Dominant, r.Supporting, c.ID),
		})
	}
	s.Headline, s.Kind = headline(r, name)
	s.Clarity = clarityWords(r, name)
	s.NoSupport, s.SupportFact = resultSupport(r, b, name)
	if b != nil {
		for _, id := range r.Dominant {
			if c, ok := b.Core(id); ok {
				s.Cards = append(s.Cards, CardOf(c))
			}
		}
		if c, ok := b.Core(r.Supporting); ok {
			card := SupportCardOf(c)
			s.Supporting = &card
		}
	}
	s.Competencies = competencyLines(r, b, name)
	for _, id := range r.Priorities {
		for _, line := range s.Competencies {
			if line.ID != assessment.Printable(id) {
				continue
			}
			p := Priority{CompetencyLine: line}
			if b != nil && line.Level != nil {
				if c, ok := b.Competency(id); ok {
					p.NextSteps = PrintableAll(b.NextStepsFor(c, *line.Level))
				}
			}
			s.Priorities = append(s.Priorities, p)
		}
	}
	if b != nil {
		for _, q := range b.Questions() {
			if q.Kind != assessment.Text {
				continue
			}
			if a, ok := r.Answers.Get(q.ID); ok && strings.TrimSpace(a.Value) != "" {
				s.Reflections = append(s.Reflections, Reflection{Prompt: assessment.Printable(q.Prompt), Text: assessment.PrintableLines(strings.TrimSpace(a.Value))})
			}
		}
	}
	s.Actions, s.FindOut = actions(r, b, s)
	s.Weakest = weakest(r, b, s.Competencies, weakestShown)
	for _, f := range r.Flags {
		note := FlagNote{Flag: assessment.Flag(assessment.Printable(string(f))), Words: FlagWords(f), Personal: personalFlags[f]}
		if f == assessment.Unknowns {
			note.Items = unknownItems(r, b)
		}
		s.Flags = append(s.Flags, note)
	}
	return s
}

// coreName is a core's name from the result, else the bank, else its id.
func coreName(r *assessment.Result, b *assessment.Bank, id string) string {
	if c, ok := r.CoreScore(id); ok && c.Name != "" {
		return assessment.Printable(c.Name)
	}
	if b != nil {
		if c, ok := b.Core(id); ok && c.Name != "" {
			return assessment.Printable(c.Name)
		}
	}
	return assessment.Printable(id)
}

func headline(r *assessment.Result, name func(string) string) (string, string) {
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
		return fmt.Sprintf("Power is shared: %s are co-dominant Power Cores.", LeaderNames(r.Dominant, name)), "co-dominant"
	case r.Supporting != "":
		return fmt.Sprintf("Your Power Core is %s, with %s in support.", name(r.Dominant[0]), name(r.Supporting)), "clear"
	}
	return fmt.Sprintf("Your Power Core is %s.", name(r.Dominant[0])), "clear"
}

func clarityWords(r *assessment.Result, name func(string) string) string {
	if len(r.Dominant) == 0 || len(r.Cores) == 0 {
		return "No core stands out; the discussion of where power really sits is the place to start."
	}
	lead, margin := r.Cores[0], r.LeadMargin()
	won := fmt.Sprintf("won %d of %d questions", r.Congruence.Won, r.Congruence.Questions)
	evidence := fmt.Sprintf("%s leads by %s and %s", name(lead.ID), pointsWords(margin), won)
	switch {
	case len(r.Dominant) > 1:
		names := LeaderNames(r.Dominant, name)
		spread := lead.Score - r.Cores[len(r.Dominant)-1].Score
		evidence = fmt.Sprintf("%s are %s; %s", names, nearWords(lead.Score, spread), wonEach(r, name))
	case Round(margin) == "0" && len(r.Cores) > 1:
		evidence = fmt.Sprintf("%s is tied with %s at %s; %s %s", name(lead.ID), name(r.Cores[1].ID), Round(lead.Score), name(lead.ID), won)
	}
	return clarityLead(r.Clarity, evidence, true)
}

// wonEach says how many core questions each co-dominant core won, so no
// one of them alone is credited: "each won 2 of 6 questions", "Product won
// 3 and Marketing 2 of 6 questions".
func wonEach(r *assessment.Result, name func(string) string) string {
	won := make([]int, len(r.Dominant))
	same := true
	for i, id := range r.Dominant {
		for _, c := range r.Cores {
			if c.ID == id {
				won[i] = c.Won
			}
		}
		same = same && won[i] == won[0]
	}
	if same {
		return fmt.Sprintf("each won %d of %d questions", won[0], r.Congruence.Questions)
	}
	parts := make([]string, len(won))
	for i, id := range r.Dominant {
		parts[i] = fmt.Sprintf("%s %d", name(id), won[i])
	}
	parts[0] = name(r.Dominant[0]) + " won " + strconv.Itoa(won[0])
	return fmt.Sprintf("%s of %d questions", AndList(parts), r.Congruence.Questions)
}

// clarityLead puts a clarity and its evidence into a sentence; advise adds
// what to do with a lead that is not clear.
func clarityLead(c assessment.Clarity, evidence string, advise bool) string {
	switch c {
	case assessment.VeryClear:
		return "Very clear: " + evidence + "."
	case assessment.Clear:
		return "Clear: " + evidence + "."
	case assessment.Moderate:
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

// SupportCardOf is a core's card when it supports the dominant one: its
// AsSupport says how to enlist it, in the bank's words or, when the bank
// has none, in general ones.
func SupportCardOf(c assessment.Core) Card {
	card := CardOf(c)
	if card.AsSupport == "" {
		card.AsSupport = fmt.Sprintf("Enlist %s as a partner: ask its leaders to back the actions below and to own one of them.", card.Name)
	}
	return card
}

// CardOf is what a core means for customer work, as the result shows it.
func CardOf(c assessment.Core) Card {
	return Card{
		ID: assessment.Printable(c.ID), Name: assessment.Printable(c.Name), Summary: assessment.Printable(c.Summary),
		Strengths: PrintableAll(c.Strengths), HotSpots: PrintableAll(c.HotSpots), Kickstart: PrintableAll(c.Kickstart),
		AsSupport: assessment.Printable(c.AsSupport),
	}
}

func competencyLines(r *assessment.Result, b *assessment.Bank, name func(string) string) []CompetencyLine {
	var lines []CompetencyLine
	levels := assessment.LevelsOf(b)
	for _, c := range r.Competencies {
		line := CompetencyLine{
			ID: assessment.Printable(c.ID), Name: assessment.Printable(c.Name), Score: c.Score, Target: c.Target, Gap: c.Gap,
			Level: c.Level, Answered: c.Answered, Items: c.Items, DontKnow: c.DontKnow,
			TargetWords: TargetWords(levels, c.Target),
		}
		if line.Level == nil {
			// Results written before levels were recorded: the level
			// follows from the score.
			line.Level = assessment.LevelOfScore(levels, c.Score)
		}
		if c.Score != nil {
			line.LevelWords = LevelWords(levels, line.Level, *c.Score)
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
