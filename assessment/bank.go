package assessment

import "github.com/powercore/powercore/assessment/internal/yamlread"

// BankSchema is the schema every bank file declares.
const BankSchema = "powercore/bank@1"

// Kind is the kind of a question.
type Kind string

// The question kinds a bank may use.
const (
	// Allocate splits a fixed number of points across one option per core.
	Allocate Kind = "allocate"
	// Choice picks one option; each option weighs on one or more cores.
	Choice Kind = "choice"
	// Scale rates one competency's practice on the bank's levels.
	Scale Kind = "scale"
	// Text is free text: saved, never scored.
	Text Kind = "text"
)

var kinds = []string{string(Allocate), string(Choice), string(Scale), string(Text)}

// DontKnow is the answer to a scale question that the respondent cannot rate.
const DontKnow = "dont-know"

// Bank is a question bank: the cores it measures, the competencies it rates,
// and the questions that do both.
type Bank struct {
	Schema       string
	ID           string
	Title        string
	Version      string
	Scoring      Scoring
	Levels       []Level
	Cores        []Core
	Competencies []Competency
	Sections     []Section

	// SHA256 is the hex digest of the bytes the bank was parsed from; empty
	// for a bank built in code.
	SHA256 string
	// Source names where the bank came from, for messages.
	Source string

	at yamlread.Positions
}

// Level is one step of the anchored practice scale.
type Level struct {
	Value int
	Label string
	Hint  string

	at yamlread.Positions
}

// Core is one of the Power Cores: where power can sit in a company.
type Core struct {
	ID        string
	Name      string
	Summary   string
	Strengths []string
	HotSpots  []string
	Kickstart []string
	// AsSupport says how to enlist this core as a partner when it is the
	// supporting one; optional.
	AsSupport string
	// Ease says how natural (+2) or uphill (-2) each competency is for a
	// company with this core, by competency id.
	Ease map[string]int

	at     yamlread.Positions
	easeAt map[string]Pos
}

// Competency is one customer-focus competency, rated by scale questions.
type Competency struct {
	ID      string
	Name    string
	Summary string
	// Target is the score the competency should reach; nil means the bank's
	// default target.
	Target *float64
	// NextSteps holds advice by the level a competency stands at, keyed as
	// written: a level value ("2"), or one of the band names older banks
	// used (nascent, developing, established, embedded). NextStepsFor
	// resolves them.
	NextSteps map[string][]string

	at     yamlread.Positions
	stepAt map[string]Pos
}

// Section groups questions under one title.
type Section struct {
	ID        string
	Title     string
	Intro     string
	Shuffle   bool
	Questions []Question

	at yamlread.Positions
}

// Question is one question of a bank. Which fields apply depends on Kind.
type Question struct {
	ID       string
	Kind     Kind
	Prompt   string
	Help     string
	Optional bool

	// Points is what an allocate question splits (default 10).
	Points int
	// Options are the rows of an allocate question or the picks of a choice.
	Options []Option
	// Competency is the competency a scale question rates.
	Competency string
	// NextStep is what to do when this practice is among the weakest; a
	// scale question's, optional.
	NextStep string

	at yamlread.Positions
}

// Option is one option of an allocate or choice question.
type Option struct {
	// ID names a choice option; allocate options are named by their core.
	ID string
	// Core is the core an allocate option stands for.
	Core  string
	Label string
	// Weights says how much picking a choice option counts for each core.
	Weights map[string]float64

	at        yamlread.Positions
	weightsAt map[string]Pos
}

// Key is how answers name this option: its core for allocate, else its id.
func (o Option) Key() string {
	if o.Core != "" {
		return o.Core
	}
	return o.ID
}

// Questions lists every question of the bank in order.
func (b *Bank) Questions() []Question {
	// Sized up front: Score lists the questions several times per call.
	n := 0
	for _, s := range b.Sections {
		n += len(s.Questions)
	}
	all := make([]Question, 0, n)
	for _, s := range b.Sections {
		all = append(all, s.Questions...)
	}
	return all
}

// Question finds a question by id.
func (b *Bank) Question(id string) (Question, bool) {
	for _, s := range b.Sections {
		for _, q := range s.Questions {
			if q.ID == id {
				return q, true
			}
		}
	}
	return Question{}, false
}

// Core finds a core by id.
func (b *Bank) Core(id string) (Core, bool) {
	for _, c := range b.Cores {
		if c.ID == id {
			return c, true
		}
	}
	return Core{}, false
}

// Competency finds a competency by id.
func (b *Bank) Competency(id string) (Competency, bool) {
	for _, c := range b.Competencies {
		if c.ID == id {
			return c, true
		}
	}
	return Competency{}, false
}

// Level finds a level of the practice scale by value.
func (b *Bank) Level(value int) (Level, bool) {
	for _, l := range b.Levels {
		if l.Value == value {
			return l, true
		}
	}
	return Level{}, false
}

// TargetOf is the target score of a competency: its own, else the bank's
// default.
func (b *Bank) TargetOf(c Competency) float64 {
	if c.Target != nil {
		return *c.Target
	}
	return b.Scoring.Target
}

// LevelRange is the lowest and highest level value; a competency score maps
// that range onto 0..100.
func (b *Bank) LevelRange() (lo, hi int) {
	for i, l := range b.Levels {
		if i == 0 || l.Value < lo {
			lo = l.Value
		}
		if i == 0 || l.Value > hi {
			hi = l.Value
		}
	}
	return lo, hi
}

// Weighs reports whether a question counts towards the core scores.
func (q Question) Weighs() bool { return q.Kind == Allocate || q.Kind == Choice }

// OptionWords is what a point question's row says: its label, else its
// core's name.
func (b *Bank) OptionWords(o Option) string {
	if o.Label != "" {
		return o.Label
	}
	if c, ok := b.Core(o.Core); ok {
		return c.Name
	}
	return o.Core
}
