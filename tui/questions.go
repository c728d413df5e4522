package tui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/tui/allocate"
	"github.com/powercore/powercore/tui/choose"
	"github.com/powercore/powercore/tui/render"
	"github.com/powercore/powercore/tui/write"
)

// question is one question as this run shows it: where it sits, and its
// options in the order shown.
type question struct {
	assessment.Question
	// section indexes the bank's sections; first marks the section's first
	// question, where its intro is shown.
	section int
	first   bool
	options []assessment.Option
}

// questionsOf lists the bank's questions in order, options shuffled by the
// run's seed where the section asks for it (a seed of 0 keeps bank order).
func questionsOf(b *assessment.Bank, seed uint64) []question {
	var qs []question
	for si, s := range b.Sections {
		for qi, q := range s.Questions {
			options := q.Options
			if seed != 0 {
				options = b.OptionsInOrder(q, seed)
			}
			qs = append(qs, question{Question: q, section: si, first: qi == 0, options: options})
		}
	}
	return qs
}

// reader reads the answer a question's form holds once it is completed.
type reader func() (assessment.Answer, bool)

// questionField builds the huh field for a question, filled in with the
// earlier answer if there is one, and the function that reads it back.
func questionField(b *assessment.Bank, q question, earlier assessment.Answer, answered bool, st *render.Styles) (huh.Field, reader) {
	prompt := assessment.Printable(q.Prompt)
	hint := assessment.Printable(q.Help)
	switch q.Kind {
	case assessment.Allocate:
		labels := make([]string, len(q.options))
		points := make([]int, len(q.options))
		for i, o := range q.options {
			labels[i] = optionLabel(b, o)
			points[i] = earlier.PointsFor(o.Core)
		}
		f := allocate.New(q.Points, labels...).Key(q.ID).Title(prompt).Description(hint).Styles(&st.Allocate)
		if answered {
			f.Points(points)
		}
		return f, func() (assessment.Answer, bool) {
			var split []assessment.Allocation
			values := f.Values()
			// Stored in bank order, whatever order the rows were shown in.
			for _, o := range q.Options {
				for i, shown := range q.options {
					if shown.Core == o.Core && values[i] > 0 {
						split = append(split, assessment.Allocation{Core: o.Core, Points: values[i]})
					}
				}
			}
			return assessment.PointsAnswer(split...), f.Left() == 0
		}
	case assessment.Choice:
		f := choose.New(choiceOptions(b, q)...).Key(q.ID).Title(prompt).Description(hint).Styles(&st.Choose)
		if answered {
			f.Choose(earlier.Value)
		}
		return f, func() (assessment.Answer, bool) { return choiceAnswer(q, f.Value()) }
	case assessment.Scale:
		return askLevel(choose.New(choiceOptions(b, q)...).Styles(&st.Choose), q, earlier, answered)
	}
	f := write.New().Key(q.ID).Title(prompt).Description(textHint(q)).CharLimit(maxTextInput).Lines(4).Styles(&st.Write)
	if answered {
		f.SetText(earlier.Value)
	}
	return f, func() (assessment.Answer, bool) {
		return assessment.TextAnswer(f.Text()), f.Text() != ""
	}
}

// textHint is the hint under a reflection: the bank's, or how to skip an
// optional one.
func textHint(q question) string {
	if q.Help == "" && q.Optional {
		return "Optional: leave it empty and press enter to skip."
	}
	return assessment.Printable(q.Help)
}

// choiceOptions are the options of a choice question as shown, or a
// practice question's levels then "don't know".
func choiceOptions(b *assessment.Bank, q question) []choose.Option {
	if q.Kind == assessment.Choice {
		opts := make([]choose.Option, len(q.options))
		for i, o := range q.options {
			opts[i] = choose.Option{Label: assessment.Printable(o.Label), Value: o.ID}
		}
		return opts
	}
	opts := make([]choose.Option, 0, len(b.Levels)+1)
	for _, l := range b.Levels {
		label := levelLabel(l)
		opts = append(opts, choose.Option{Label: label, Value: strconv.Itoa(l.Value), Hang: levelHang(label)})
	}
	return append(opts, choose.Option{Label: "?  Don't know", Value: assessment.DontKnow, Hang: 3})
}

// askLevel puts practice question q to f, a field over the bank's levels
// (every practice question's), filled in with the earlier answer if there
// is one.
func askLevel(f *choose.Field, q question, earlier assessment.Answer, answered bool) (huh.Field, reader) {
	f.Key(q.ID).Title(assessment.Printable(q.Prompt)).Description(assessment.Printable(q.Help)).Reset()
	if answered {
		f.Choose(earlier.Value)
	}
	return f, func() (assessment.Answer, bool) { return choiceAnswer(q, f.Value()) }
}

// choiceAnswer is the answer a choice or practice question's value stands
// for.
func choiceAnswer(q question, value string) (assessment.Answer, bool) {
	if q.Kind == assessment.Choice {
		return assessment.ChoiceAnswer(value), value != ""
	}
	if value == assessment.DontKnow {
		return assessment.DontKnowAnswer(), true
	}
	level, err := strconv.Atoi(value)
	return assessment.LevelAnswer(level), err == nil
}

// optionLabel is what an allocate row shows: its label, else its core's
// name.
func optionLabel(b *assessment.Bank, o assessment.Option) string {
	if o.Label != "" {
		return assessment.Printable(o.Label)
	}
	if c, ok := b.Core(o.Core); ok {
		return assessment.Printable(c.Name)
	}
	return assessment.Printable(o.Core)
}

// levelLabel is how a scale level is listed, on screen and in accessible
// mode: its number, its label and its hint.
func levelLabel(l assessment.Level) string {
	s := fmt.Sprintf("%d  %s", l.Value, assessment.Printable(l.Label))
	if l.Hint != "" {
		s += " — " + assessment.Printable(l.Hint)
	}
	return s
}

// answerWords says an answer in a few words, for the review screen.
func answerWords(b *assessment.Bank, q question, a assessment.Answer) string {
	switch q.Kind {
	case assessment.Allocate:
		// Most points first: the split reads as a ranking.
		points := slices.Clone(a.Points)
		slices.SortStableFunc(points, func(x, y assessment.Allocation) int { return y.Points - x.Points })
		s := ""
		for i, p := range points {
			if i > 0 {
				s += " · "
			}
			name := p.Core
			if c, ok := b.Core(p.Core); ok {
				name = c.Name
			}
			s += fmt.Sprintf("%s %d", assessment.Printable(name), p.Points)
		}
		return s
	case assessment.Choice:
		for _, o := range q.Options {
			if o.ID == a.Value {
				return assessment.Printable(o.Label)
			}
		}
	case assessment.Scale:
		if a.IsDontKnow() {
			return "Don't know"
		}
		if v, ok := a.Level(); ok {
			if l, ok := b.Level(v); ok {
				return fmt.Sprintf("%d %s", v, assessment.Printable(l.Label))
			}
		}
	}
	return assessment.Printable(a.Value)
}

// levelHang is how far a level label's wrapped lines go in: under its
// words, past the value and the spaces after it ("2  ").
func levelHang(label string) int {
	words := strings.TrimLeft(strings.TrimLeftFunc(label, func(r rune) bool { return r != ' ' }), " ")
	return lipgloss.Width(label) - lipgloss.Width(words)
}
