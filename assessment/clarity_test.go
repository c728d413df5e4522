package assessment

import "testing"

// TestClarityRules pins docs/scoring.md: each step of clarity needs both its
// margin and its share of questions won; a group is never clear with
// consensus under 60%.
func TestClarityRules(t *testing.T) {
	s := DefaultScoring()
	tests := []struct {
		name          string
		margin, share float64
		want          Clarity
	}{
		{"very clear: both", 15, 5.0 / 6, VeryClear},
		{"wide margin, 4 of 6 won: clear", 30, 4.0 / 6, Clear},
		{"margin 10, half won: clear", 10, 0.5, Clear},
		{"margin 10, 2 of 6 won: moderate", 10, 2.0 / 6, Moderate},
		{"every question won, margin 9: moderate", 9, 1, Moderate},
		{"margin 5: moderate", 5, 0, Moderate},
		{"margin 4.9: slight", 4.9, 1, Slight},
		{"tied: slight", 0, 1, Slight},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clarityOf(s, tt.margin, tt.share); got != tt.want {
				t.Errorf("margin %v, share %.2f: got %q, want %q", tt.margin, tt.share, got, tt.want)
			}
		})
	}
	t.Run("clear_won from the bank", func(t *testing.T) {
		s := DefaultScoring()
		s.ClearWon = 0.8
		if got := clarityOf(s, 12, 4.0/6); got != Moderate {
			t.Errorf("clear_won 0.8, 4 of 6 won: got %q, want moderate", got)
		}
	})
}

// TestGroupClarityNeedsConsensus: a wide margin of the average is not clear
// when fewer than 60% of the members share the top core.
func TestGroupClarityNeedsConsensus(t *testing.T) {
	member := func(name string, a, b float64, dominant string) Named {
		return Named{Name: name, Result: &Result{Schema: ResultSchema, Bank: BankRef{ID: "t"},
			Cores: []CoreScore{{ID: "a", Name: "Alpha", Score: a}, {ID: "b", Name: "Beta", Score: b}}, Dominant: []string{dominant}}}
	}
	tests := []struct {
		name    string
		members []Named
		want    Clarity
	}{
		// Alpha 70 vs Beta 30: margin 40; consensus 0.6 stands in for the
		// share won, under 5/6: clear.
		{"3 of 5 share the top core: clear", []Named{
			member("1", 90, 10, "a"), member("2", 90, 10, "a"), member("3", 90, 10, "a"), member("4", 40, 60, "b"), member("5", 40, 60, "b"),
		}, Clear},
		// Alpha 67 vs Beta 33: margin 34, but only 2 of 5 see Alpha.
		{"2 of 5 share it: at most moderate", []Named{
			member("1", 100, 0, "a"), member("2", 100, 0, "a"), member("3", 45, 55, "b"), member("4", 45, 55, "b"), member("5", 45, 55, "b"),
		}, Moderate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Aggregate(tt.members, nil)
			if g.Clarity != tt.want {
				t.Errorf("consensus %.2f, margin %.1f: clarity %q, want %q", g.Consensus, g.LeadMargin(), g.Clarity, tt.want)
			}
		})
	}
}
