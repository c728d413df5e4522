package assessment

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/powercore/powercore/assessment/internal/yamlread"
)

// ErrSkipped is returned by ParseAnswerLine for an empty line that skips an
// optional question.
var ErrSkipped = errors.New("skipped")

// ParseAnswerLine reads one line of piped answers as the answer to q, whose
// options are listed in the order shown:
//   - allocate: the points of every row in that order, separated by spaces
//     ("6 2 2 0"), or core=points pairs ("sales=6 product=4");
//   - choice: the option's number as listed (from 1) or its id;
//   - scale: a level value, or "?" for don't know;
//   - text: the line itself.
//
// An empty line skips an optional question (ErrSkipped). Any other line
// that does not answer q is an error saying what was expected.
func ParseAnswerLine(b *Bank, q Question, shown []Option, line string) (Answer, error) {
	line = strings.TrimSpace(strings.TrimRight(line, "\r"))
	if line == "" && q.Optional {
		return Answer{}, ErrSkipped
	}
	got := func() error {
		if line == "" {
			return fmt.Errorf("expected %s; got an empty line", ExpectedLine(b, q, shown))
		}
		return fmt.Errorf("expected %s; got %q", ExpectedLine(b, q, shown), Printable(line))
	}
	switch q.Kind {
	case Allocate:
		a, why, ok := parsePointsLine(q, shown, line)
		if !ok && why != "" {
			return Answer{}, fmt.Errorf("%w: %s", got(), why)
		}
		if !ok {
			return Answer{}, got()
		}
		return a, nil
	case Choice:
		if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(shown) {
			return ChoiceAnswer(shown[n-1].ID), nil
		}
		for _, o := range shown {
			if strings.EqualFold(o.ID, line) {
				return ChoiceAnswer(o.ID), nil
			}
		}
		return Answer{}, got()
	case Scale:
		switch strings.ToLower(line) {
		case "?", DontKnow, "don't know", "dont know":
			return DontKnowAnswer(), nil
		}
		if v, err := strconv.Atoi(line); err == nil {
			if _, ok := b.Level(v); ok {
				return LevelAnswer(v), nil
			}
		}
		return Answer{}, got()
	}
	if line == "" {
		return Answer{}, got()
	}
	return TextAnswer(line), nil
}

// parsePointsLine reads an allocate line: one number per row shown, or
// core=points pairs; either way summing to the question's points. When
// the line does not, why says what is wrong with it where that is more
// than "not the expected shape": an unknown core (with a did-you-mean, as
// the answers-file reader gives), a core given twice, a wrong sum.
func parsePointsLine(q Question, shown []Option, line string) (a Answer, why string, ok bool) {
	fields := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' })
	points := map[string]int{}
	if strings.Contains(line, "=") {
		cores := make([]string, len(shown))
		for i, o := range shown {
			cores[i] = o.Core
		}
		for _, f := range fields {
			core, n, isPair := strings.Cut(f, "=")
			known := false
			for _, c := range cores {
				if strings.EqualFold(c, core) {
					core, known = c, true
				}
			}
			p, err := strconv.Atoi(n)
			switch {
			case !isPair:
				return Answer{}, fmt.Sprintf("%q is not a core=points pair", Printable(yamlread.Clip(f, 40))), false
			case !known:
				hint := yamlread.DidYouMean(core, cores)
				if hint == "" {
					hint = "; the cores are " + yamlread.OneOf(cores)
				}
				return Answer{}, fmt.Sprintf("unknown core %q%s", Printable(yamlread.Clip(core, 40)), hint), false
			case err != nil || p < 0:
				return Answer{}, fmt.Sprintf("%q: the points must be a whole number of 0 or more", Printable(yamlread.Clip(f, 40))), false
			}
			if _, twice := points[core]; twice {
				return Answer{}, fmt.Sprintf("core %q is given twice", core), false
			}
			points[core] = p
		}
	} else {
		if len(fields) != len(shown) {
			return Answer{}, "", false
		}
		for i, f := range fields {
			p, err := strconv.Atoi(f)
			if err != nil || p < 0 {
				return Answer{}, "", false
			}
			points[shown[i].Core] = p
		}
	}
	sum := 0
	var split []Allocation
	// Stored in bank order, whatever order the rows were shown in.
	for _, o := range q.Options {
		if p := points[o.Core]; p > 0 {
			split = append(split, Allocation{Core: o.Core, Points: p})
			sum += p
		}
	}
	if sum != q.Points {
		return Answer{}, fmt.Sprintf("the points add up to %d; they must add up to %d", sum, q.Points), false
	}
	return PointsAnswer(split...), "", true
}

// ExpectedLine says what a line answering q looks like, its options
// listed in the order shown.
func ExpectedLine(b *Bank, q Question, shown []Option) string {
	var s string
	switch q.Kind {
	case Allocate:
		example := make([]string, len(shown))
		for i := range shown {
			example[i] = "0"
		}
		if len(example) > 0 {
			example[0] = strconv.Itoa(q.Points)
		}
		s = fmt.Sprintf("%d whole numbers adding up to %d, one per row in the order shown (such as %q), or core=points pairs",
			len(shown), q.Points, strings.Join(example, " "))
	case Choice:
		ids := make([]string, len(shown))
		for i, o := range shown {
			ids[i] = o.ID
		}
		s = fmt.Sprintf("the number of an option from 1 to %d, or its id (%s)", len(shown), strings.Join(ids, ", "))
	case Scale:
		lo, hi := b.LevelRange()
		s = fmt.Sprintf("a level from %d to %d, or ? for don't know", lo, hi)
	default:
		s = "a line of text"
	}
	if q.Optional {
		s += " (an empty line skips it)"
	}
	return s
}
