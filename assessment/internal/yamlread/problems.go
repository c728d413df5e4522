package yamlread

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Pos is a place in a file: 1-based line and column; zero when unknown.
type Pos struct {
	Line, Col int
}

// Positions remembers where each key of a mapping was written, and its
// value; "" is the mapping itself.
type Positions map[string]keyPos

// keyPos is where a key and its value were written.
type keyPos struct {
	key, value Pos
}

// Of is where field was written, else where its mapping was.
func (p Positions) Of(field string) Pos {
	if at, ok := p[field]; ok {
		return at.key
	}
	return p[""].key
}

// Value is where field's value was written, else where field was.
func (p Positions) Value(field string) Pos {
	if at, ok := p[field]; ok && at.value != (Pos{}) {
		return at.value
	}
	return p.Of(field)
}

// Problem is one thing wrong with a file, located where it was written.
type Problem struct {
	File string
	Pos  Pos
	Msg  string

	// derived marks a problem found by checking values already read; it
	// gives way to a problem reading the value at the same place.
	derived bool
}

// Error formats the problem as FILE:LINE:COL: message.
func (p Problem) Error() string {
	file := p.File
	if file == "" {
		file = "bank"
	}
	switch {
	case p.Pos.Line > 0 && p.Pos.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", file, p.Pos.Line, p.Pos.Col, p.Msg)
	case p.Pos.Line > 0:
		return fmt.Sprintf("%s:%d: %s", file, p.Pos.Line, p.Msg)
	default:
		return fmt.Sprintf("%s: %s", file, p.Msg)
	}
}

// Problems is every problem found in one file, in file order. It is the
// error Parse, Validate and ReadAnswers return.
type Problems []Problem

// Error lists the problems, one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// AsProblems unwraps the list of problems inside err, if there is one.
func AsProblems(err error) (Problems, bool) {
	var ps Problems
	ok := errors.As(err, &ps)
	return ps, ok
}

// List collects problems while a file is read.
type List struct {
	File string
	List Problems
	// checking is set once values are read and being checked.
	Checking bool
}

func (l *List) Add(at Pos, format string, args ...any) {
	l.List = append(l.List, Problem{File: l.File, Pos: at, Msg: fmt.Sprintf(format, args...), derived: l.Checking})
}

// Err returns the problems sorted by position. A value reported as
// malformed is not reported again, at the same place, as (say) empty.
func (l *List) Err() error {
	if len(l.List) == 0 {
		return nil
	}
	sort.SliceStable(l.List, func(i, j int) bool {
		a, b := l.List[i].Pos, l.List[j].Pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	malformed := map[Pos]bool{}
	for _, p := range l.List {
		if !p.derived {
			malformed[p.Pos] = true
		}
	}
	kept := l.List[:0]
	seen := map[Problem]bool{}
	for _, p := range l.List {
		if p.derived && p.Pos.Line > 0 && malformed[p.Pos] {
			continue
		}
		// An alias repeats a value wherever it is used: say what is wrong
		// with it once, not once per use.
		if seen[p] {
			continue
		}
		seen[p] = true
		kept = append(kept, p)
	}
	return kept
}

// DidYouMean is a hint naming the candidate closest to word, or "" when
// none is close enough to be a likely typo.
func DidYouMean(word string, candidates []string) string {
	best, bestDist := "", -1
	for _, c := range candidates {
		d := editDistance(strings.ToLower(word), strings.ToLower(c))
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	// A word changed entirely is no typo: "c" is not a slip for "a".
	limit := max(1, min(3, len([]rune(word))/3))
	if bestDist < 0 || bestDist > limit || bestDist >= len([]rune(word)) || best == word {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// OneOf lists candidates for a message: `"a", "b" or "c"`.
func OneOf(candidates []string) string {
	quoted := make([]string, len(candidates))
	for i, c := range candidates {
		quoted[i] = fmt.Sprintf("%q", c)
	}
	switch len(quoted) {
	case 0:
		return "nothing"
	case 1:
		return quoted[0]
	}
	return strings.Join(quoted[:len(quoted)-1], ", ") + " or " + quoted[len(quoted)-1]
}

// editDistance is the Levenshtein distance between a and b, with a swap of
// two neighbouring letters counted as one edit.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		if a == b {
			return 0
		}
		return max(len(ra), len(rb))
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
