package main

import (
	"strings"
	"testing"
)

// TestBuiltinWordsDoNotLookCutOff pins that no question or option of the
// built-in bank ends in an ellipsis: the screens clip long text with "…",
// so one written into the bank reads as text cut off.
func TestBuiltinWordsDoNotLookCutOff(t *testing.T) {
	for _, q := range builtin(t).Questions() {
		words := []string{q.Prompt, q.Help}
		for _, o := range q.Options {
			words = append(words, o.Label)
		}
		for _, w := range words {
			if w = strings.TrimSpace(w); strings.HasSuffix(w, "…") || strings.HasSuffix(w, "...") {
				t.Errorf("question %q: %q ends in an ellipsis, which reads as cut off", q.ID, w)
			}
		}
	}
}
