package assessment

import "time"

// ResultSchema is the schema every result declares.
const ResultSchema = "powercore/result@1"

// Result is a scored response: everything the summary shows, and what a
// result file holds.
type Result struct {
	Schema      string    `json:"schema" yaml:"schema"`
	Bank        BankRef   `json:"bank" yaml:"bank"`
	Respondent  string    `json:"respondent" yaml:"respondent"`
	StartedAt   time.Time `json:"started_at" yaml:"started_at"`
	CompletedAt time.Time `json:"completed_at" yaml:"completed_at"`
	// Seed is the seed option order was shuffled with (0: not shuffled).
	Seed    uint64  `json:"seed,omitempty" yaml:"seed,omitempty"`
	Answers Answers `json:"answers" yaml:"answers"`
	// Seconds is the time spent per question, for interactive runs.
	Seconds map[string]float64 `json:"seconds,omitempty" yaml:"seconds,omitempty"`

	// Cores are sorted by score, highest first.
	Cores []CoreScore `json:"cores" yaml:"cores"`
	// Dominant is one core id normally, two or more when co-dominant, none
	// when there is no clear Power Core.
	Dominant []string `json:"dominant" yaml:"dominant"`
	// Supporting is the core in a supporting second place, or "".
	Supporting string  `json:"supporting" yaml:"supporting"`
	Clarity    Clarity `json:"clarity" yaml:"clarity"`
	// Congruence is in how many of the core questions the leading core got
	// the most points.
	Congruence   Congruence        `json:"congruence" yaml:"congruence"`
	Competencies []CompetencyScore `json:"competencies" yaml:"competencies"`
	// Priorities are the scored competency ids, largest gap first.
	Priorities []string `json:"priorities" yaml:"priorities"`
	Flags      []Flag   `json:"flags" yaml:"flags"`
}

// BankRef names the exact bank a result was scored with.
type BankRef struct {
	ID      string `json:"id" yaml:"id"`
	Version string `json:"version" yaml:"version"`
	SHA256  string `json:"sha256" yaml:"sha256"`
}

// CoreScore is one core's share of the power, 0–100.
type CoreScore struct {
	ID    string  `json:"id" yaml:"id"`
	Name  string  `json:"name" yaml:"name"`
	Score float64 `json:"score" yaml:"score"`
	// Won is how many questions gave this core strictly the most points.
	Won int `json:"won" yaml:"won"`
}

// Congruence is k of n: the leading core won Won of Questions.
type Congruence struct {
	Won       int `json:"won" yaml:"won"`
	Questions int `json:"questions" yaml:"questions"`
}

// CompetencyScore is how embedded one competency's practice is.
type CompetencyScore struct {
	ID   string `json:"id" yaml:"id"`
	Name string `json:"name" yaml:"name"`
	// Score is nil when too few items were rated.
	Score *float64 `json:"score" yaml:"score"`
	// Level is the value of the level the competency stands at: the
	// highest of the bank's levels at or below the mean of its rated
	// items. Nil when too few items were rated (and in results written
	// before levels were recorded: Summarize then works it out).
	Level  *int    `json:"level" yaml:"level"`
	Target float64 `json:"target" yaml:"target"`
	// Gap is Target − Score: negative when ahead; nil without a score.
	Gap *float64 `json:"gap" yaml:"gap"`
	// Answered counts the items rated with a level, Items all the
	// competency's items, DontKnow those answered "don't know".
	Answered int `json:"answered" yaml:"answered"`
	Items    int `json:"items" yaml:"items"`
	DontKnow int `json:"dont_know" yaml:"dont_know"`
}

// Clarity is how confident the result is about the dominant core (not how
// strong that core is).
type Clarity string

// The clarity levels, most confident first.
const (
	VeryClear Clarity = "very clear"
	Clear     Clarity = "clear"
	Moderate  Clarity = "moderate"
	Slight    Clarity = "slight"
	NoClarity Clarity = "none"
)

// Flag names a reason to read a result with care.
type Flag string

// The quality flags (docs/scoring.md).
const (
	// StraightLining: the same level on nearly every rated item.
	StraightLining Flag = "straight-lining"
	// EvenSplit: every point question split evenly across its options.
	EvenSplit Flag = "even-split"
	// SingleCore: one core given all the points on every point question.
	SingleCore Flag = "single-core"
	// Fast: a median under a couple of seconds per answer.
	Fast Flag = "fast"
	// Unknowns: a third or more of the practice items answered "don't
	// know".
	Unknowns Flag = "unknowns"
)

// IsCoDominant reports two or more cores sharing the lead.
func (r *Result) IsCoDominant() bool { return len(r.Dominant) > 1 }

// LeadMargin is how far the top core is ahead of the runner-up.
func (r *Result) LeadMargin() float64 {
	if len(r.Cores) == 0 {
		return 0
	}
	if len(r.Cores) == 1 {
		return r.Cores[0].Score
	}
	return r.Cores[0].Score - r.Cores[1].Score
}

// CoreScore finds a core's score by id.
func (r *Result) CoreScore(id string) (CoreScore, bool) {
	for _, c := range r.Cores {
		if c.ID == id {
			return c, true
		}
	}
	return CoreScore{}, false
}

// CompetencyScore finds a competency's score by id.
func (r *Result) CompetencyScore(id string) (CompetencyScore, bool) {
	for _, c := range r.Competencies {
		if c.ID == id {
			return c, true
		}
	}
	return CompetencyScore{}, false
}
