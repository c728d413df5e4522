package summary

import (
	"fmt"
	"math"
	"strings"

	"github.com/powercore/powercore/assessment"
)

// Round writes a score as people read it: a whole number, halves rounded
// up.
func Round(x float64) string {
	v := math.Round(x)
	if v == 0 {
		v = 0 // no "-0"
	}
	return fmt.Sprintf("%.0f", v)
}

// LeaderNames names leading cores by name: "Sales, Product and Finance",
// or "no clear core" when there are none.
func LeaderNames(ids []string, name func(string) string) string {
	if len(ids) == 0 {
		return "no clear core"
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = name(id)
	}
	return AndList(names)
}

func AndList(items []string) string { return listWords(items, " and ") }

// OrList words a choice: "a, b or c".
func OrList(items []string) string { return listWords(items, " or ") }

func listWords(items []string, last string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + last + items[len(items)-1]
}

func PrintableAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = assessment.Printable(s)
	}
	return out
}

// Plural counts something in words: "1 point", "3 points", "2 people".
func Plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
