package assessment

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"gopkg.in/yaml.v3"
)

// Response is one respondent's run through a bank: who, when, and the
// answers given.
type Response struct {
	// Bank is the id of the bank the answers are for; empty when unknown.
	Bank        string
	Respondent  string
	StartedAt   time.Time
	CompletedAt time.Time
	// Seed is the seed option order was shuffled with, if any.
	Seed uint64
	// Seconds is the time spent on each question, by question id; only
	// interactive runs record it.
	Seconds map[string]float64
	Answers Answers
}

// Answers is a list of answers in question order, written as a mapping from
// question id to answer.
type Answers []Answered

// Answered is one question's answer.
type Answered struct {
	Question string
	Answer
}

// Answer is the answer to one question. Points answer allocate questions;
// Value holds a choice's option id, a scale level (or DontKnow), or text.
type Answer struct {
	Points []Allocation
	Value  string
	// number records that Value is a number, so it is written as one.
	number bool
}

// Allocation is the points given to one core.
type Allocation struct {
	Core   string
	Points int
}

// PointsAnswer answers an allocate question.
func PointsAnswer(points ...Allocation) Answer { return Answer{Points: points} }

// ChoiceAnswer answers a choice question with an option id.
func ChoiceAnswer(option string) Answer { return Answer{Value: option} }

// LevelAnswer answers a scale question with a level value.
func LevelAnswer(level int) Answer { return Answer{Value: strconv.Itoa(level), number: true} }

// DontKnowAnswer answers a scale question with "don't know".
func DontKnowAnswer() Answer { return Answer{Value: DontKnow} }

// TextAnswer answers a text question.
func TextAnswer(text string) Answer { return Answer{Value: StripBidi(text)} }

// Level is the level a scale answer gives; false for "don't know".
func (a Answer) Level() (int, bool) {
	v, err := strconv.Atoi(a.Value)
	return v, err == nil
}

// IsDontKnow reports a scale question answered "don't know".
func (a Answer) IsDontKnow() bool { return a.Value == DontKnow }

// PointsFor is the points an allocate answer gives a core.
func (a Answer) PointsFor(core string) int {
	for _, p := range a.Points {
		if p.Core == core {
			return p.Points
		}
	}
	return 0
}

// Get finds the answer to a question.
func (as Answers) Get(question string) (Answer, bool) {
	for _, a := range as {
		if a.Question == question {
			return a.Answer, true
		}
	}
	return Answer{}, false
}

// With returns the answers with question answered by a, replacing an
// earlier answer in place or adding it at the end.
func (as Answers) With(question string, a Answer) Answers {
	out := make(Answers, len(as), len(as)+1)
	copy(out, as)
	for i := range out {
		if out[i].Question == question {
			out[i].Answer = a
			return out
		}
	}
	return append(out, Answered{Question: question, Answer: a})
}

// Without returns the answers less the one to question.
func (as Answers) Without(question string) Answers {
	out := make(Answers, 0, len(as))
	for _, a := range as {
		if a.Question != question {
			out = append(out, a)
		}
	}
	return out
}

// InOrder returns the answers sorted in the bank's question order; answers
// to questions the bank does not have go last.
func (as Answers) InOrder(b *Bank) Answers {
	out := make(Answers, 0, len(as))
	for _, q := range b.Questions() {
		if a, ok := as.Get(q.ID); ok {
			out = append(out, Answered{Question: q.ID, Answer: a})
		}
	}
	for _, a := range as {
		if _, ok := b.Question(a.Question); !ok {
			out = append(out, a)
		}
	}
	return out
}

// MarshalJSON writes the answers as an object in question order.
func (as Answers) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, a := range as {
		if i > 0 {
			buf.WriteByte(',')
		}
		key, _ := json.Marshal(a.Question)
		buf.Write(key)
		buf.WriteByte(':')
		value, err := a.Answer.MarshalJSON()
		if err != nil {
			return nil, err
		}
		buf.Write(value)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// MarshalJSON writes points as an object, a level as a number, else text.
func (a Answer) MarshalJSON() ([]byte, error) {
	switch {
	case a.Points != nil:
		var buf bytes.Buffer
		buf.WriteByte('{')
		for i, p := range a.Points {
			if i > 0 {
				buf.WriteByte(',')
			}
			key, _ := json.Marshal(p.Core)
			fmt.Fprintf(&buf, "%s:%d", key, p.Points)
		}
		buf.WriteByte('}')
		return buf.Bytes(), nil
	case a.number:
		return []byte(a.Value), nil
	}
	return json.Marshal(a.Value)
}

// UnmarshalJSON reads answers written by MarshalJSON, keeping their order.
func (as *Answers) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return errors.New("answers: expected an object of question id to answer")
	}
	*as = nil
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		id, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return err
		}
		var a Answer
		if err := a.UnmarshalJSON(raw); err != nil {
			return fmt.Errorf("answer to %q: %w", id, err)
		}
		*as = append(*as, Answered{Question: id, Answer: a})
	}
	return nil
}

// UnmarshalJSON reads one answer: an object of points, a number or text.
func (a *Answer) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	switch {
	case len(data) > 0 && data[0] == '{':
		dec := json.NewDecoder(bytes.NewReader(data))
		_, _ = dec.Token()
		a.Points = []Allocation{}
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return err
			}
			core, _ := tok.(string)
			var n int
			if err := dec.Decode(&n); err != nil {
				return fmt.Errorf("points for %q must be a whole number", core)
			}
			a.Points = append(a.Points, Allocation{Core: core, Points: n})
		}
		return nil
	case len(data) > 0 && (data[0] == '-' || (data[0] >= '0' && data[0] <= '9')):
		if _, err := strconv.Atoi(string(data)); err != nil {
			return fmt.Errorf("%s is not a whole number", data)
		}
		a.Value, a.number = string(data), true
		return nil
	case string(data) == "null":
		return nil
	}
	return json.Unmarshal(data, &a.Value)
}

// MarshalYAML writes the answers as a mapping in question order.
func (as Answers) MarshalYAML() (any, error) {
	n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	for _, a := range as {
		v, err := a.Answer.MarshalYAML()
		if err != nil {
			return nil, err
		}
		n.Content = append(n.Content, stringNode(a.Question), v.(*yaml.Node))
	}
	return n, nil
}

// MarshalYAML writes points as a flow mapping, a level as a number, else
// text.
func (a Answer) MarshalYAML() (any, error) {
	switch {
	case a.Points != nil:
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Style: yaml.FlowStyle}
		for _, p := range a.Points {
			n.Content = append(n.Content, stringNode(p.Core), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(p.Points)})
		}
		return n, nil
	case a.number:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: a.Value}, nil
	}
	return stringNode(a.Value), nil
}

// UnmarshalYAML reads answers written by MarshalYAML, keeping their order.
func (as *Answers) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: answers: expected a mapping of question id to answer", n.Line)
	}
	*as = nil
	for i := 0; i+1 < len(n.Content); i += 2 {
		var a Answer
		if err := a.UnmarshalYAML(n.Content[i+1]); err != nil {
			return err
		}
		*as = append(*as, Answered{Question: n.Content[i].Value, Answer: a})
	}
	return nil
}

// UnmarshalYAML reads one answer: a mapping of points, a number or text.
func (a *Answer) UnmarshalYAML(n *yaml.Node) error {
	switch {
	case n.Kind == yaml.MappingNode:
		a.Points = []Allocation{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			v, err := strconv.Atoi(n.Content[i+1].Value)
			if err != nil || n.Content[i+1].Kind != yaml.ScalarNode {
				return fmt.Errorf("line %d: points for %q must be a whole number", n.Content[i+1].Line, n.Content[i].Value)
			}
			a.Points = append(a.Points, Allocation{Core: n.Content[i].Value, Points: v})
		}
	case n.Kind == yaml.ScalarNode && n.ShortTag() == "!!int":
		if _, err := strconv.Atoi(n.Value); err != nil {
			return fmt.Errorf("line %d: %s is not a usable level", n.Line, n.Value)
		}
		a.Value, a.number = n.Value, true
	case n.Kind == yaml.ScalarNode && n.ShortTag() != "!!null":
		a.Value = n.Value
	case n.Kind == yaml.ScalarNode:
	default:
		return fmt.Errorf("line %d: an answer is points, a number or text", n.Line)
	}
	return nil
}

func stringNode(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}
