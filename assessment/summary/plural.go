package summary

import "fmt"

// Plural counts something in words: "1 point", "3 points", "2 people".
func Plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
