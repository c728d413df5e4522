package assessment

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/powercore/powercore/assessment/internal/yamlread"
	"gopkg.in/yaml.v3"
)

// The keys each part of a bank may have. Anything else is an error.
var (
	bankKeys       = []string{"schema", "id", "title", "version", "scoring", "levels", "cores", "competencies", "sections"}
	levelKeys      = []string{"value", "label", "hint"}
	coreKeys       = []string{"id", "name", "summary", "strengths", "hot_spots", "kickstart", "as_support", "ease"}
	competencyKeys = []string{"id", "name", "summary", "target", "next_steps"}
	sectionKeys    = []string{"id", "title", "intro", "shuffle", "questions"}
	questionKeys   = []string{"id", "kind", "prompt", "help", "optional", "points", "options", "competency", "next_step"}
	optionKeys     = []string{"id", "core", "label", "weights"}
)

// defaultPoints is what an allocate question splits when it does not say.
const defaultPoints = 10

// Parse reads a bank from the bytes of a YAML (or JSON) file named file and
// validates it. The error, if any, is Problems: every problem in the file,
// each located as file:line:column.
func Parse(file string, data []byte) (*Bank, error) {
	root, err := yamlread.ReadTree(file, data)
	if err != nil {
		return nil, err
	}
	if s := schemaOf(root); s != BankSchema && documentNames[s] != "" {
		return nil, Problems{{File: file, Pos: Pos{Line: 1, Col: 1}, Msg: wrongKind(s, "a question bank", map[string]string{
			ResultSchema: ": see it with 'powercore report " + file + "'",
			GroupSchema:  ": see it with 'powercore report " + file + "'",
		})}}
	}
	r := newReader(file)
	b := r.bank(root)
	if b == nil {
		return nil, r.Problems.Err()
	}
	sum := sha256.Sum256(data)
	b.SHA256 = hex.EncodeToString(sum[:])
	b.Source = file
	if !r.Overrun {
		r.Problems.Checking = true
		b.validate(r.Problems)
	}
	if err := r.Problems.Err(); err != nil {
		return nil, err
	}
	return b, nil
}

// reader reads powercore's documents: a nodeReader, with what an answers
// file needs besides.
type reader struct {
	*yamlread.Reader
	// answered records the questions an answers file answers, rightly or
	// wrongly, so that a wrong answer is not also reported as missing; nil
	// until an answers mapping is read.
	answered map[string]bool
	// blank records where questions were listed but left empty.
	blank map[string]Pos
}

func newReader(file string) *reader {
	return &reader{yamlread.NewReader(file), nil, nil}
}

func (r *reader) bank(n *yaml.Node) *Bank {
	fields, pos, ok := r.Mapping(n, "", bankKeys)
	if !ok {
		return nil
	}
	b := &Bank{Scoring: DefaultScoring(), at: pos}
	for _, f := range fields {
		switch f.Key {
		case "schema":
			b.Schema, _ = r.Text(f.Value, "schema")
		case "id":
			b.ID, _ = r.Text(f.Value, "id")
		case "title":
			b.Title, _ = r.Text(f.Value, "title")
		case "version":
			b.Version, _ = r.Text(f.Value, "version")
		case "scoring":
			r.scoring(f.Value, &b.Scoring)
		case "levels":
			items, _ := r.List(f.Value, "levels")
			for i, item := range items {
				b.Levels = append(b.Levels, r.level(item, fmt.Sprintf("level %d", i+1)))
			}
		case "cores":
			items, _ := r.List(f.Value, "cores")
			for i, item := range items {
				b.Cores = append(b.Cores, r.core(item, fmt.Sprintf("core %d", i+1)))
			}
		case "competencies":
			items, _ := r.List(f.Value, "competencies")
			for i, item := range items {
				b.Competencies = append(b.Competencies, r.competency(item, fmt.Sprintf("competency %d", i+1)))
			}
		case "sections":
			items, _ := r.List(f.Value, "sections")
			for i, item := range items {
				b.Sections = append(b.Sections, r.section(item, fmt.Sprintf("section %d", i+1)))
			}
		}
	}
	return b
}

// scoring reads the thresholds a bank sets; the rest keep their defaults.
func (r *reader) scoring(n *yaml.Node, s *Scoring) {
	names := make([]string, len(scoringKeys))
	for i, k := range scoringKeys {
		names[i] = k.name
	}
	fields, _, _ := r.Mapping(n, "scoring", names)
	for _, f := range fields {
		for _, k := range scoringKeys {
			if k.name != f.Key {
				continue
			}
			v, ok := r.Number(f.Value, "scoring: "+k.name)
			if !ok {
				break
			}
			if v < k.lo || v > k.hi {
				r.Problems.Add(yamlread.At(f.Value), "scoring: %s must be between %g and %g, found %g", k.name, k.lo, k.hi, v)
				break
			}
			*k.field(s) = v
		}
	}
}

// named is how a part is called in messages: by id once it has one.
func named(kind, id, fallback string) string {
	if id != "" {
		return fmt.Sprintf("%s %q", kind, id)
	}
	return fallback
}

// idOf peeks at the id of a mapping before it is read, so that messages
// about its other keys can name it.
func idOf(n *yaml.Node) string {
	if n == nil || n.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Value == "id" && v.Kind == yaml.ScalarNode && !yamlread.IsNull(v) {
			return yamlread.Clip(v.Value, 40)
		}
	}
	return ""
}

func (r *reader) level(n *yaml.Node, where string) Level {
	fields, pos, _ := r.Mapping(n, where, levelKeys)
	l := Level{at: pos}
	for _, f := range fields {
		switch f.Key {
		case "value":
			l.Value, _ = r.Whole(f.Value, yamlread.Join(where, "value"))
		case "label":
			l.Label, _ = r.Text(f.Value, yamlread.Join(where, "label"))
		case "hint":
			l.Hint, _ = r.Text(f.Value, yamlread.Join(where, "hint"))
		}
	}
	return l
}

func (r *reader) core(n *yaml.Node, where string) Core {
	where = named("core", idOf(n), where)
	fields, pos, _ := r.Mapping(n, where, coreKeys)
	c := Core{at: pos}
	for _, f := range fields {
		in := yamlread.Join(where, f.Key)
		switch f.Key {
		case "id":
			c.ID, _ = r.Text(f.Value, in)
		case "name":
			c.Name, _ = r.Text(f.Value, in)
		case "summary":
			c.Summary, _ = r.Text(f.Value, in)
		case "strengths":
			c.Strengths = r.Texts(f.Value, in)
		case "hot_spots":
			c.HotSpots = r.Texts(f.Value, in)
		case "kickstart":
			c.Kickstart = r.Texts(f.Value, in)
		case "as_support":
			c.AsSupport, _ = r.Text(f.Value, in)
		case "ease":
			c.Ease, c.easeAt = r.ease(f.Value, in)
		}
	}
	return c
}

// ease reads competency id → -2..+2; the range is checked by validate.
func (r *reader) ease(n *yaml.Node, where string) (map[string]int, map[string]Pos) {
	fields, _, _ := r.Mapping(n, where, nil)
	ease := map[string]int{}
	easeAt := map[string]Pos{}
	for _, f := range fields {
		if v, ok := r.Whole(f.Value, yamlread.Join(where, f.Key)); ok {
			ease[f.Key] = v
			easeAt[f.Key] = f.KeyAt
		}
	}
	return ease, easeAt
}

func (r *reader) competency(n *yaml.Node, where string) Competency {
	where = named("competency", idOf(n), where)
	fields, pos, _ := r.Mapping(n, where, competencyKeys)
	c := Competency{at: pos}
	for _, f := range fields {
		in := yamlread.Join(where, f.Key)
		switch f.Key {
		case "id":
			c.ID, _ = r.Text(f.Value, in)
		case "name":
			c.Name, _ = r.Text(f.Value, in)
		case "summary":
			c.Summary, _ = r.Text(f.Value, in)
		case "target":
			if v, ok := r.Number(f.Value, in); ok {
				c.Target = &v
			}
		case "next_steps":
			// Keys are checked against the levels by validate: the levels
			// may come later in the file.
			steps, _, _ := r.Mapping(f.Value, in, nil)
			c.NextSteps = map[string][]string{}
			c.stepAt = map[string]Pos{}
			for _, s := range steps {
				c.NextSteps[s.Key] = r.Texts(s.Value, yamlread.Join(in, s.Key))
				c.stepAt[s.Key] = s.KeyAt
			}
		}
	}
	return c
}

func (r *reader) section(n *yaml.Node, where string) Section {
	where = named("section", idOf(n), where)
	fields, pos, _ := r.Mapping(n, where, sectionKeys)
	s := Section{at: pos}
	for _, f := range fields {
		in := yamlread.Join(where, f.Key)
		switch f.Key {
		case "id":
			s.ID, _ = r.Text(f.Value, in)
		case "title":
			s.Title, _ = r.Text(f.Value, in)
		case "intro":
			s.Intro, _ = r.Text(f.Value, in)
		case "shuffle":
			s.Shuffle, _ = r.Boolean(f.Value, in)
		case "questions":
			items, _ := r.List(f.Value, in)
			for i, item := range items {
				s.Questions = append(s.Questions, r.question(item, fmt.Sprintf("%s: question %d", where, i+1)))
			}
		}
	}
	return s
}

func (r *reader) question(n *yaml.Node, where string) Question {
	where = named("question", idOf(n), where)
	fields, pos, _ := r.Mapping(n, where, questionKeys)
	q := Question{at: pos}
	for _, f := range fields {
		in := yamlread.Join(where, f.Key)
		switch f.Key {
		case "id":
			q.ID, _ = r.Text(f.Value, in)
		case "kind":
			kind, _ := r.Text(f.Value, in)
			q.Kind = Kind(kind)
		case "prompt":
			q.Prompt, _ = r.Text(f.Value, in)
		case "help":
			q.Help, _ = r.Text(f.Value, in)
		case "optional":
			q.Optional, _ = r.Boolean(f.Value, in)
		case "points":
			q.Points, _ = r.Whole(f.Value, in)
		case "competency":
			q.Competency, _ = r.Text(f.Value, in)
		case "next_step":
			q.NextStep, _ = r.Text(f.Value, in)
		case "options":
			items, _ := r.List(f.Value, in)
			for i, item := range items {
				q.Options = append(q.Options, r.option(item, fmt.Sprintf("%s: option %d", where, i+1)))
			}
		}
	}
	if _, set := pos["points"]; !set && q.Kind == Allocate {
		q.Points = defaultPoints
	}
	return q
}

func (r *reader) option(n *yaml.Node, where string) Option {
	if id := idOf(n); id != "" {
		where = fmt.Sprintf("%s (%q)", where, id)
	}
	fields, pos, _ := r.Mapping(n, where, optionKeys)
	o := Option{at: pos}
	for _, f := range fields {
		in := yamlread.Join(where, f.Key)
		switch f.Key {
		case "id":
			o.ID, _ = r.Text(f.Value, in)
		case "core":
			o.Core, _ = r.Text(f.Value, in)
		case "label":
			o.Label, _ = r.Text(f.Value, in)
		case "weights":
			ws, _, _ := r.Mapping(f.Value, in, nil)
			o.Weights = map[string]float64{}
			o.weightsAt = map[string]Pos{}
			for _, w := range ws {
				if v, ok := r.Number(w.Value, yamlread.Join(in, w.Key)); ok {
					o.Weights[w.Key] = v
					o.weightsAt[w.Key] = w.KeyAt
				}
			}
		}
	}
	return o
}
