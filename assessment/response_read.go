package assessment

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/powercore/powercore/assessment/internal/yamlread"
	"gopkg.in/yaml.v3"
)

// The keys of an answers file. A result file is an answers file too, so
// its keys are accepted and everything scored in it is ignored.
var (
	responseKeys = []string{"schema", "bank", "respondent", "started_at", "completed_at", "seed", "seconds", "answers"}
	resultOnly   = []string{"cores", "dominant", "supporting", "clarity", "congruence", "competencies", "priorities", "flags"}
)

// ReadResponse reads an answers file (YAML or JSON, or a result file) and
// checks every answer against the bank. The error, if any, is Problems,
// each naming the question it is about.
func ReadResponse(file string, data []byte, b *Bank) (*Response, error) {
	if msg := forPeople(file, "an answers file or a result"); msg != "" {
		return nil, Problems{{File: file, Msg: msg}}
	}
	root, err := yamlread.ReadTree(file, data)
	if err != nil {
		return nil, err
	}
	if s := schemaOf(root); s != ResultSchema && documentNames[s] != "" {
		return nil, Problems{{File: file, Pos: Pos{Line: 1, Col: 1}, Msg: wrongKind(s, "answers", map[string]string{
			BankSchema: ": pass a bank with --questions",
		})}}
	}
	r := newReader(file)
	resp, answersAt := r.response(root, b)
	if resp == nil {
		return nil, r.Problems.Err()
	}
	if !r.Overrun && r.answered != nil {
		for _, q := range b.Questions() {
			if !r.answered[q.ID] && !q.Optional {
				where := answersAt
				if at, ok := r.blank[q.ID]; ok {
					where = at // left empty: point at it
				}
				r.Problems.Add(where, "question %q is not answered%s", q.ID, howToAnswer(b, q))
			}
		}
	}
	if err := r.Problems.Err(); err != nil {
		return nil, err
	}
	resp.Answers = resp.Answers.InOrder(b)
	return resp, nil
}

// howToAnswer says what an answer to q looks like.
func howToAnswer(b *Bank, q Question) string {
	switch q.Kind {
	case Allocate:
		if len(q.Options) == 0 {
			return ""
		}
		return fmt.Sprintf(": split %d points across its cores, such as `%s: {%s: %d}`", q.Points, q.ID, q.Options[0].Core, q.Points)
	case Choice:
		return fmt.Sprintf(": pick one of %s", yamlread.OneOf(optionKeysOf(q)))
	case Scale:
		lo, hi := b.LevelRange()
		return fmt.Sprintf(": give a level from %d to %d, or %s", lo, hi, DontKnow)
	}
	return ""
}

func optionKeysOf(q Question) []string {
	keys := make([]string, len(q.Options))
	for i, o := range q.Options {
		keys[i] = o.Key()
	}
	return keys
}

func (r *reader) response(n *yaml.Node, b *Bank) (*Response, Pos) {
	if at, msg, ok := notAnswers(r.Follow(n)); ok {
		// One problem, not one per key: a file with no answers is not an
		// answers file, and its keys are not quoted back.
		r.Problems.Add(at, "%s", msg)
		return nil, Pos{}
	}
	fields, pos, ok := r.Mapping(n, "", slices.Concat(responseKeys, resultOnly))
	if !ok {
		return nil, Pos{}
	}
	resp := &Response{}
	answersAt := pos.Of("")
	found := false
	for _, f := range fields {
		switch f.Key {
		case "schema":
			if s, ok := r.Text(f.Value, "schema"); ok && s != ResultSchema {
				r.Problems.Add(yamlread.At(f.Value), "schema %q: an answers file has no schema, or is a result (%q)", yamlread.Clip(s, 40), ResultSchema)
			}
		case "bank":
			resp.Bank = r.bankID(f.Value)
			if resp.Bank != "" && resp.Bank != b.ID {
				r.Problems.Add(yamlread.At(f.Value), "these answers are for bank %q, but the questions are bank %q: use --questions with the right bank", yamlread.Clip(resp.Bank, 40), b.ID)
			}
		case "respondent":
			resp.Respondent, _ = r.Text(f.Value, "respondent")
		case "started_at":
			resp.StartedAt = r.timestamp(f.Value, "started_at")
		case "completed_at":
			resp.CompletedAt = r.timestamp(f.Value, "completed_at")
		case "seed":
			if s, ok := r.Text(f.Value, "seed"); ok && s != "" {
				v, err := strconv.ParseUint(s, 10, 64)
				if err != nil {
					r.Problems.Add(yamlread.At(f.Value), "seed: expected a whole number of 0 or more, found %q", yamlread.Clip(s, 40))
				}
				resp.Seed = v
			}
		case "seconds":
			resp.Seconds = r.seconds(f.Value)
		case "answers":
			found = true
			answersAt = f.KeyAt
			resp.Answers = r.answers(f.Value, b)
		}
	}
	if !found {
		r.Problems.Add(pos.Of(""), "no `answers:` found: list each question id with its answer under `answers:`")
	}
	return resp, answersAt
}

// notAnswers tells a mapping with no `answers:` key: the file is not an
// answers file (or `answers:` is misspelt, which the message then names).
func notAnswers(n *yaml.Node) (Pos, string, bool) {
	if n == nil || n.Kind != yaml.MappingNode {
		return Pos{}, "", false
	}
	near := ""
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if k.Kind != yaml.ScalarNode {
			continue
		}
		if k.Value == "answers" {
			return Pos{}, "", false
		}
		if near == "" && yamlread.DidYouMean(k.Value, []string{"answers"}) != "" {
			near = fmt.Sprintf(" (is %q on line %d meant to be `answers:`?)", yamlread.Clip(k.Value, 20), k.Line)
		}
	}
	return yamlread.At(n), "no `answers:` found: list each question id with its answer under `answers:`" + near, true
}

// bankID reads `bank:` as an answers file writes it (an id) or as a result
// does (a mapping with an id).
func (r *reader) bankID(n *yaml.Node) string {
	n = r.Follow(n)
	if n == nil {
		return ""
	}
	if n.Kind == yaml.MappingNode {
		fields, _, _ := r.Mapping(n, "bank", []string{"id", "version", "sha256"})
		for _, f := range fields {
			if f.Key == "id" {
				id, _ := r.Text(f.Value, "bank: id")
				return id
			}
		}
		return ""
	}
	id, _ := r.Text(n, "bank")
	return id
}

func (r *reader) timestamp(n *yaml.Node, where string) time.Time {
	s, ok := r.Text(n, where)
	if !ok || s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		r.Problems.Add(yamlread.At(n), "%s: %q is not a time such as 2026-11-23T09:30:00Z", where, yamlread.Clip(s, 40))
	}
	return t
}

func (r *reader) seconds(n *yaml.Node) map[string]float64 {
	fields, _, _ := r.Mapping(n, "seconds", nil)
	out := map[string]float64{}
	for _, f := range fields {
		v, ok := r.Number(f.Value, "seconds: "+f.Key)
		if ok && v < 0 {
			r.Problems.Add(yamlread.At(f.Value), "seconds: %s: time spent cannot be negative", f.Key)
			continue
		}
		if ok {
			out[f.Key] = v
		}
	}
	return out
}

func (r *reader) answers(n *yaml.Node, b *Bank) Answers {
	fields, _, ok := r.Mapping(n, "answers", nil)
	if !ok {
		return nil
	}
	ids := make([]string, 0)
	for _, q := range b.Questions() {
		ids = append(ids, q.ID)
	}
	var out Answers
	r.answered = map[string]bool{}
	r.blank = map[string]Pos{}
	for _, f := range fields {
		q, known := b.Question(f.Key)
		if !known {
			r.Problems.Add(f.KeyAt, "unknown question %q%s", yamlread.Clip(f.Key, 40), yamlread.DidYouMean(f.Key, ids))
			continue
		}
		v := r.Follow(f.Value)
		if v == nil || yamlread.IsNull(v) {
			r.blank[q.ID] = f.KeyAt
			continue
		}
		before := len(r.Problems.List)
		a, ok := r.answer(v, b, q)
		if ok {
			out = append(out, Answered{Question: q.ID, Answer: a})
		}
		// A wrong answer is reported as wrong, not also as missing; a
		// blank text is missing.
		r.answered[q.ID] = ok || len(r.Problems.List) > before
	}
	return out
}

// answer reads the answer to one question, checked against its kind.
func (r *reader) answer(n *yaml.Node, b *Bank, q Question) (Answer, bool) {
	where := fmt.Sprintf("question %q", q.ID)
	switch q.Kind {
	case Allocate:
		return r.points(n, q, where)
	case Choice:
		s, ok := r.Text(n, where)
		if !ok {
			return Answer{}, false
		}
		keys := optionKeysOf(q)
		if !slices.Contains(keys, s) {
			r.Problems.Add(yamlread.At(n), "%s: unknown option %q%s", where, yamlread.Clip(s, 40), HintOrList(s, keys))
			return Answer{}, false
		}
		return ChoiceAnswer(s), true
	case Scale:
		return r.scaleLevel(n, b, where)
	case Text:
		s, ok := r.Text(n, where)
		if !ok || strings.TrimSpace(s) == "" {
			return Answer{}, false
		}
		return TextAnswer(s), true
	}
	return Answer{}, false
}

func (r *reader) points(n *yaml.Node, q Question, where string) (Answer, bool) {
	fields, _, ok := r.Mapping(n, where, nil)
	if !ok {
		return Answer{}, false
	}
	given := map[string]int{}
	total, good := 0, true
	cores := optionKeysOf(q)
	for _, f := range fields {
		in := fmt.Sprintf("%s: %s", where, f.Key)
		v, ok := r.Whole(f.Value, in)
		switch {
		case !slices.Contains(cores, f.Key):
			r.Problems.Add(f.KeyAt, "%s: unknown core %q%s", where, yamlread.Clip(f.Key, 40), HintOrList(f.Key, cores))
			good = false
		case !ok:
			good = false
		case v < 0:
			r.Problems.Add(yamlread.At(f.Value), "%s: %d points for %q; points cannot be negative", where, v, f.Key)
			good = false
		default:
			given[f.Key] = v
			total += v
		}
	}
	if good && total != q.Points {
		r.Problems.Add(yamlread.At(n), "%s: the points add up to %d; they must add up to %d", where, total, q.Points)
		good = false
	}
	if !good {
		return Answer{}, false
	}
	a := Answer{Points: []Allocation{}}
	for _, core := range cores {
		if v := given[core]; v > 0 {
			a.Points = append(a.Points, Allocation{Core: core, Points: v})
		}
	}
	return a, true
}

func (r *reader) scaleLevel(n *yaml.Node, b *Bank, where string) (Answer, bool) {
	lo, hi := b.LevelRange()
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str" {
		if n.Value == DontKnow {
			return DontKnowAnswer(), true
		}
		if _, err := strconv.Atoi(n.Value); err != nil {
			r.Problems.Add(yamlread.At(n), "%s: %q is not an answer to a scale question: give a level from %d to %d, or %s%s", where, yamlread.Clip(n.Value, 40), lo, hi, DontKnow, yamlread.DidYouMean(n.Value, []string{DontKnow}))
			return Answer{}, false
		}
	}
	if n.Kind != yaml.ScalarNode || (n.ShortTag() != "!!int" && n.ShortTag() != "!!str") {
		r.Problems.Add(yamlread.At(n), "%s: expected a level from %d to %d, or %s, found %s", where, lo, hi, DontKnow, yamlread.Describe(n))
		return Answer{}, false
	}
	v, err := strconv.Atoi(n.Value)
	if _, isLevel := b.Level(v); err != nil || !isLevel {
		r.Problems.Add(yamlread.At(n), "%s: %s is not a level of the scale: give a level from %d to %d, or %s", where, yamlread.Clip(n.Value, 20), lo, hi, DontKnow)
		return Answer{}, false
	}
	return LevelAnswer(v), true
}
