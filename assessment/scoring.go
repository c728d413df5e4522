package assessment

// Scoring holds the thresholds of the scoring rules. They live in the bank
// (its optional `scoring:` block), not in code; DefaultScoring gives the
// model's defaults for any the bank leaves out.
type Scoring struct {
	// CoDominantMargin: cores scoring less than this below the top score
	// share the lead.
	CoDominantMargin float64
	// ClearCoreMin: a top score below this means there is no clear core.
	ClearCoreMin float64
	// SupportingMin and SupportingLead: the second core supports the
	// dominant one when it scores at least SupportingMin and at least
	// SupportingLead above the third.
	SupportingMin  float64
	SupportingLead float64
	// Clarity: very clear needs a margin of VeryClearMargin and the dominant
	// core winning VeryClearWon of the questions; clear needs ClearMargin and
	// ClearWon; moderate needs ModerateMargin.
	VeryClearMargin float64
	VeryClearWon    float64
	ClearMargin     float64
	ClearWon        float64
	ModerateMargin  float64
	// Target is the default competency target.
	Target float64
	// MinAnswered is the share of a competency's items that must be rated
	// for it to get a score.
	MinAnswered float64
	// DevelopingFrom, EstablishedFrom and EmbeddedFrom are where the bands
	// above nascent begin. Bands are no longer shown: they only place the
	// next steps of banks that key them by band name.
	DevelopingFrom  float64
	EstablishedFrom float64
	EmbeddedFrom    float64
	// StraightLining flags the same level on at least this share of the
	// rated items.
	StraightLining float64
	// FastSeconds flags a median time per answer below it.
	FastSeconds float64
}

// DefaultScoring is the model's default thresholds (docs/scoring.md).
func DefaultScoring() Scoring {
	return Scoring{
		CoDominantMargin: 5,
		ClearCoreMin:     25,
		SupportingMin:    20,
		SupportingLead:   5,
		VeryClearMargin:  15,
		VeryClearWon:     5.0 / 6.0,
		ClearMargin:      10,
		ClearWon:         0.5,
		ModerateMargin:   5,
		Target:           75,
		MinAnswered:      0.6,
		DevelopingFrom:   25,
		EstablishedFrom:  50,
		EmbeddedFrom:     75,
		StraightLining:   0.9,
		FastSeconds:      2,
	}
}

// scoringKey describes one key of the `scoring:` block: its name, where its
// value goes, and the range it must lie in.
type scoringKey struct {
	name   string
	field  func(*Scoring) *float64
	lo, hi float64
}

var scoringKeys = []scoringKey{
	{"co_dominant_margin", func(s *Scoring) *float64 { return &s.CoDominantMargin }, 0, 100},
	{"clear_core_min", func(s *Scoring) *float64 { return &s.ClearCoreMin }, 0, 100},
	{"supporting_min", func(s *Scoring) *float64 { return &s.SupportingMin }, 0, 100},
	{"supporting_lead", func(s *Scoring) *float64 { return &s.SupportingLead }, 0, 100},
	{"very_clear_margin", func(s *Scoring) *float64 { return &s.VeryClearMargin }, 0, 100},
	{"very_clear_won", func(s *Scoring) *float64 { return &s.VeryClearWon }, 0, 1},
	{"clear_margin", func(s *Scoring) *float64 { return &s.ClearMargin }, 0, 100},
	{"clear_won", func(s *Scoring) *float64 { return &s.ClearWon }, 0, 1},
	{"moderate_margin", func(s *Scoring) *float64 { return &s.ModerateMargin }, 0, 100},
	{"target", func(s *Scoring) *float64 { return &s.Target }, 0, 100},
	{"min_answered", func(s *Scoring) *float64 { return &s.MinAnswered }, 0, 1},
	{"developing_from", func(s *Scoring) *float64 { return &s.DevelopingFrom }, 0, 100},
	{"established_from", func(s *Scoring) *float64 { return &s.EstablishedFrom }, 0, 100},
	{"embedded_from", func(s *Scoring) *float64 { return &s.EmbeddedFrom }, 0, 100},
	{"straight_lining", func(s *Scoring) *float64 { return &s.StraightLining }, 0, 1},
	{"fast_seconds", func(s *Scoring) *float64 { return &s.FastSeconds }, 0, 3600},
}
