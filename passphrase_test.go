package main

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Bug: three words from 149 (21.7 bits) fell to guesses spread over many
// addresses within a workshop. Four words from about a thousand are about
// 40 bits: with the server's guess budget (at most ~2.5 million checked a
// day, tui/workshop/guard.go) the chance in a day is about 1 in 400,000.
func TestThePassphraseIsFourWordsFromAThousand(t *testing.T) {
	plain := regexp.MustCompile(`^[a-z]{4,9}$`)
	seen := map[string]bool{}
	for _, w := range words {
		if !plain.MatchString(w) {
			t.Errorf("word %q: want 4 to 9 plain letters", w)
		}
		if seen[w] {
			t.Errorf("word %q is listed twice", w)
		}
		seen[w] = true
	}
	bits := float64(passphraseWords) * math.Log2(float64(len(seen)))
	if bits < 39.5 {
		t.Errorf("%d words of %d distinct make %.1f bits, want at least 39.5", passphraseWords, len(seen), bits)
	}
	// 100 a minute on the server, and one per 10 minutes from each of the
	// 16,384 addresses the guard tracks.
	if chance := (100*1440 + 16_384*144) / math.Pow(2, bits); chance > 1.0/350_000 {
		t.Errorf("a day's guess budget finds the passphrase with chance %.2g, want below 1 in 350,000", chance)
	}
	p := strings.Split(newPassphrase(), "-")
	if len(p) != passphraseWords {
		t.Fatalf("newPassphrase() = %q, want %d words", p, passphraseWords)
	}
	for _, w := range p {
		if !slices.Contains(words, w) {
			t.Errorf("passphrase word %q is not in the list", w)
		}
	}
}
