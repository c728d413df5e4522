package assessment

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/powercore/powercore/assessment/internal/yamlread"
)

// validID is what an id may look like: it becomes a key in answers files
// and a word on screen, so letters, digits, '.', '_' and '-' only.
var validID = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)

// Validate checks a bank for everything Parse cannot see in one value
// alone: missing parts, duplicate and unknown ids, and rules per question
// kind. The error, if any, is Problems. Parse already validates; call this
// for a bank built in code.
func (b *Bank) Validate() error {
	problems := &yamlread.List{File: b.Source, Checking: true}
	b.validate(problems)
	return problems.Err()
}

// ids tracks the ids of one kind of part to report duplicates.
type ids struct {
	kind  string
	seen  map[string]Pos
	order []string
}

func newIDs(kind string) *ids { return &ids{kind: kind, seen: map[string]Pos{}} }

// check reports an empty, malformed or repeated id, and remembers it.
func (s *ids) check(p *yamlread.List, id string, where yamlread.Positions, context string) {
	pos := where.Value("id")
	switch {
	case id == "":
		p.Add(pos, "%s%s has no id: add `id:` with a short name", yamlread.Prefix(context), s.kind)
	case !validID.MatchString(id):
		p.Add(pos, "%s%s id %q: use up to 64 letters, digits, '.', '_' or '-', starting with a letter or digit", yamlread.Prefix(context), s.kind, yamlread.Clip(id, 40))
	default:
		if first, dup := s.seen[id]; dup {
			p.Add(pos, "%sduplicate %s id %q: it is already used on line %d", yamlread.Prefix(context), s.kind, id, first.Line)
			return
		}
		s.seen[id] = pos
		s.order = append(s.order, id)
	}
}

// list is the ids seen, in bank order.
func (s *ids) list() []string { return s.order }

func (b *Bank) validate(p *yamlread.List) {
	switch {
	case b.Schema == "":
		p.Add(b.at.Of(""), "missing schema: start the bank with `schema: %s`", BankSchema)
	case b.Schema != BankSchema:
		p.Add(b.at.Value("schema"), "schema %q is not one this version reads: expected %q", yamlread.Clip(b.Schema, 40), BankSchema)
	}
	if b.ID == "" {
		p.Add(b.at.Value("id"), "missing id: give the bank a short id, such as `id: power-core`")
	} else if !validID.MatchString(b.ID) {
		p.Add(b.at.Value("id"), "bank id %q: use up to 64 letters, digits, '.', '_' or '-'", yamlread.Clip(b.ID, 40))
	}
	if b.Title == "" {
		p.Add(b.at.Value("title"), "missing title: add `title:` with the name people will see")
	}
	if b.Version == "" {
		p.Add(b.at.Value("version"), "missing version: add `version:` (recorded in every result, such as \"1.0\")")
	}
	b.validateScoring(p)
	b.validateLevels(p)

	coreIDs := newIDs("core")
	for _, c := range b.Cores {
		coreIDs.check(p, c.ID, c.at, "")
		if c.Name == "" {
			p.Add(c.at.Value("name"), "%s has no name: add `name:`", named("core", c.ID, "core"))
		}
	}
	if len(b.Cores) == 0 {
		p.Add(b.at.Value("cores"), "the bank has no cores: list at least one under `cores:`")
	}
	compIDs := newIDs("competency")
	for _, c := range b.Competencies {
		compIDs.check(p, c.ID, c.at, "")
		where := named("competency", c.ID, "competency")
		if c.Name == "" {
			p.Add(c.at.Value("name"), "%s has no name: add `name:`", where)
		}
		if c.Target != nil && (*c.Target < 0 || *c.Target > 100) {
			p.Add(c.at.Value("target"), "%s: target %g is outside 0..100", where, *c.Target)
		}
		b.validateNextSteps(p, c, where)
	}
	for _, c := range b.Cores {
		for _, comp := range slices.Sorted(maps.Keys(c.Ease)) {
			v := c.Ease[comp]
			pos := c.easeAt[comp]
			if pos == (Pos{}) {
				pos = c.at.Of("ease")
			}
			if _, ok := compIDs.seen[comp]; !ok {
				p.Add(pos, "%s: ease names unknown competency %q%s", named("core", c.ID, "core"), comp, yamlread.DidYouMean(comp, compIDs.list()))
			}
			if v < -2 || v > 2 {
				p.Add(pos, "%s: ease for %q is %d; use a whole number from -2 (uphill) to +2 (natural)", named("core", c.ID, "core"), comp, v)
			}
		}
	}

	sectionIDs := newIDs("section")
	questionIDs := newIDs("question")
	questions := 0
	for _, s := range b.Sections {
		sectionIDs.check(p, s.ID, s.at, "")
		where := named("section", s.ID, "section")
		if s.Title == "" {
			p.Add(s.at.Value("title"), "%s has no title: add `title:`", where)
		}
		if len(s.Questions) == 0 {
			p.Add(s.at.Value("questions"), "%s has no questions: add some under `questions:` or remove the section", where)
		}
		for _, q := range s.Questions {
			questions++
			questionIDs.check(p, q.ID, q.at, "")
			b.validateQuestion(p, q, coreIDs, compIDs)
		}
	}
	if len(b.Sections) == 0 || questions == 0 {
		p.Add(b.at.Value("sections"), "the bank has no questions: add a section with `questions:`")
	}
}

func (b *Bank) validateScoring(p *yamlread.List) {
	s := b.Scoring
	if !(s.DevelopingFrom <= s.EstablishedFrom && s.EstablishedFrom <= s.EmbeddedFrom) {
		p.Add(b.at.Of("scoring"), "scoring: the bands must rise: developing_from %g, established_from %g, embedded_from %g", s.DevelopingFrom, s.EstablishedFrom, s.EmbeddedFrom)
	}
}

func (b *Bank) validateLevels(p *yamlread.List) {
	seen := map[int]Pos{}
	for i, l := range b.Levels {
		where := fmt.Sprintf("level %d", i+1)
		if first, dup := seen[l.Value]; dup {
			p.Add(l.at.Value("value"), "%s: value %d is already used on line %d", where, l.Value, first.Line)
		}
		seen[l.Value] = l.at.Value("value")
		if _, ok := l.at["value"]; !ok && l.at != nil {
			p.Add(l.at.Of(""), "%s has no value: add `value:` with a whole number", where)
		}
		if l.Label == "" {
			p.Add(l.at.Value("label"), "%s has no label: add `label:`", where)
		}
	}
	if len(b.Levels) == 1 {
		p.Add(b.at.Of("levels"), "levels: a scale needs at least two levels")
	}
}

func (b *Bank) validateQuestion(p *yamlread.List, q Question, cores, comps *ids) {
	where := named("question", q.ID, "question")
	if q.Prompt == "" {
		p.Add(q.at.Value("prompt"), "%s has no prompt: add `prompt:` with the question to ask", where)
	}
	// has reports whether a key was written, or set in code.
	has := func(key string, set bool) bool {
		_, written := q.at[key]
		return written || set
	}
	notFor := func(key string, set bool) {
		if has(key, set) {
			p.Add(q.at.Of(key), "%s: `%s` does not apply to a %s question; remove it", where, key, q.Kind)
		}
	}
	switch q.Kind {
	case Allocate:
		notFor("competency", q.Competency != "")
		notFor("next_step", q.NextStep != "")
		if q.Points <= 0 {
			p.Add(q.at.Value("points"), "%s: points must be more than 0, found %d", where, q.Points)
		}
		b.validateAllocateOptions(p, q, where, cores)
	case Choice:
		notFor("points", q.Points != 0)
		notFor("competency", q.Competency != "")
		notFor("next_step", q.NextStep != "")
		b.validateChoiceOptions(p, q, where, cores)
	case Scale:
		notFor("points", q.Points != 0)
		notFor("options", len(q.Options) > 0)
		switch {
		case q.Competency == "":
			p.Add(q.at.Value("competency"), "%s: a scale question rates a competency: add `competency:` naming one of %s", where, yamlread.OneOf(comps.list()))
		default:
			if _, ok := comps.seen[q.Competency]; !ok {
				p.Add(q.at.Value("competency"), "%s: unknown competency %q%s", where, q.Competency, HintOrList(q.Competency, comps.list()))
			}
		}
		if len(b.Levels) == 0 {
			p.Add(q.at.Of("kind"), "%s: a scale question needs the bank's `levels:` (the practice scale), and there are none", where)
		}
	case Text:
		notFor("points", q.Points != 0)
		notFor("options", len(q.Options) > 0)
		notFor("competency", q.Competency != "")
		notFor("next_step", q.NextStep != "")
	case "":
		p.Add(q.at.Value("kind"), "%s has no kind: add `kind:` with %s", where, yamlread.OneOf(kinds))
	default:
		p.Add(q.at.Value("kind"), "%s: unknown kind %q%s", where, q.Kind, HintOrList(string(q.Kind), kinds))
	}
}

func (b *Bank) validateAllocateOptions(p *yamlread.List, q Question, where string, cores *ids) {
	if len(q.Options) < 2 {
		p.Add(q.at.Value("options"), "%s: an allocate question needs at least two options to split points across", where)
	}
	seen := map[string]Pos{}
	for i, o := range q.Options {
		in := fmt.Sprintf("%s: option %d", where, i+1)
		if o.Core != "" {
			in = fmt.Sprintf("%s: option %q", where, o.Core)
		}
		if _, ok := o.at["id"]; ok || o.ID != "" {
			p.Add(o.at.Of("id"), "%s: allocate options are named by `core:`, not `id:`", in)
		}
		if _, ok := o.at["weights"]; ok || len(o.Weights) > 0 {
			p.Add(o.at.Of("weights"), "%s: `weights` are for choice options; an allocate option stands for one core", in)
		}
		switch {
		case o.Core == "":
			p.Add(o.at.Value("core"), "%s has no core: add `core:` naming one of %s", in, yamlread.OneOf(cores.list()))
		case !hasKey(cores.seen, o.Core):
			p.Add(o.at.Value("core"), "%s: unknown core %q%s", where, o.Core, HintOrList(o.Core, cores.list()))
		default:
			if first, dup := seen[o.Core]; dup {
				p.Add(o.at.Value("core"), "%s: core %q is named twice (first on line %d); give each core one option", where, o.Core, first.Line)
			}
			seen[o.Core] = o.at.Value("core")
		}
	}
}

func (b *Bank) validateChoiceOptions(p *yamlread.List, q Question, where string, cores *ids) {
	if len(q.Options) == 0 {
		p.Add(q.at.Value("options"), "%s: a choice question needs options to pick from", where)
	}
	optionIDs := newIDs("option")
	for i, o := range q.Options {
		optionIDs.check(p, o.ID, o.at, where)
		in := fmt.Sprintf("%s: option %d", where, i+1)
		if o.ID != "" {
			in = fmt.Sprintf("%s: option %q", where, o.ID)
		}
		if _, ok := o.at["core"]; ok || o.Core != "" {
			p.Add(o.at.Of("core"), "%s: `core` is for allocate options; a choice option uses `weights: {core: number}`", in)
		}
		if o.Label == "" {
			p.Add(o.at.Value("label"), "%s has no label: add `label:` with the text to pick", in)
		}
		positive := false
		for _, core := range slices.Sorted(maps.Keys(o.Weights)) {
			w := o.Weights[core]
			pos := o.weightsAt[core]
			if pos == (Pos{}) {
				pos = o.at.Of("weights")
			}
			if !hasKey(cores.seen, core) {
				p.Add(pos, "%s: weight for unknown core %q%s", in, core, HintOrList(core, cores.list()))
			}
			if w < 0 {
				p.Add(pos, "%s: weight for %q is %g; weights must be 0 or more", in, core, w)
			}
			if w > 0 {
				positive = true
			}
		}
		if !positive {
			p.Add(o.at.Value("weights"), "%s: needs at least one positive weight, such as `weights: {%s: 1}`", in, firstOr(cores.list(), "sales"))
		}
	}
}

func hasKey[V any](m map[string]V, k string) bool {
	_, ok := m[k]
	return ok
}

func firstOr(list []string, fallback string) string {
	if len(list) > 0 {
		return list[0]
	}
	return fallback
}

// validateNextSteps checks that a competency's next steps are keyed by a
// level of the bank, or by one of the band names older banks used.
func (b *Bank) validateNextSteps(p *yamlread.List, c Competency, where string) {
	var values []string
	for _, l := range b.Levels {
		values = append(values, strconv.Itoa(l.Value))
	}
	for _, key := range slices.Sorted(maps.Keys(c.NextSteps)) {
		if slices.Contains(bandNames(scoredBands), key) || slices.Contains(values, key) {
			continue
		}
		pos := c.stepAt[key]
		if pos == (Pos{}) {
			pos = c.at.Of("next_steps")
		}
		p.Add(pos, "%s: next_steps key %q is not a level: use a level value (%s), or an older band name (%s)",
			where, yamlread.Clip(key, 40), strings.Join(values, ", "), strings.Join(bandNames(scoredBands), ", "))
	}
}
