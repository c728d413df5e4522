package assessment

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxNodes bounds how many values one file may expand to. YAML aliases can
// make a small file stand for billions of values; reading stops here.
const maxNodes = 200_000

// nodeReader walks a node tree strictly: every key must be known, every
// value of the expected type. It records each problem and carries on, so
// that one run reports everything.
type nodeReader struct {
	problems *problemList
	visited  int
	overrun  bool
}

func newNodeReader(file string) *nodeReader {
	return &nodeReader{problems: &problemList{file: file}}
}

func at(n *yaml.Node) Pos {
	if n == nil {
		return Pos{}
	}
	return Pos{Line: n.Line, Col: n.Column}
}

// follow resolves aliases and counts the values read, refusing to go on
// once a file expands past maxNodes.
func (r *nodeReader) follow(n *yaml.Node) *yaml.Node {
	for hops := 0; n != nil && n.Kind == yaml.AliasNode; hops++ {
		if hops > 100 {
			return nil
		}
		n = n.Alias
	}
	if n == nil || r.overrun {
		return nil
	}
	r.visited++
	if r.visited > maxNodes {
		r.overrun = true
		r.problems.add(at(n), "the file expands to more than %d values (too many YAML aliases?); refusing to read on", maxNodes)
		return nil
	}
	return n
}

// describe names what a node holds, for "expected X, found Y" messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	switch n.ShortTag() {
	case "!!null":
		return "nothing"
	case "!!bool":
		return "true/false"
	case "!!int", "!!float":
		return "a number"
	}
	return fmt.Sprintf("text %q", clip(n.Value, 40))
}

// describeRoot says what kind of thing a whole file holds when it is not
// a mapping, never quoting it: a file that is not a powercore document may
// be anything (a planted link to a secret, say), and an error message must
// not show it.
func describeRoot(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str" {
		return "plain text, not a powercore document"
	}
	return describe(n)
}

// clip shortens s for a message.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// field is one key of a mapping with its value.
type field struct {
	key   string
	keyAt Pos
	value *yaml.Node
}

// mapping reads a mapping whose keys must be among allowed. It returns the
// fields in file order, and the positions of its keys.
func (r *nodeReader) mapping(n *yaml.Node, where string, allowed []string) ([]field, positions, bool) {
	n = r.follow(n)
	if n == nil {
		return nil, nil, false
	}
	pos := make(positions, len(n.Content)/2+1)
	pos[""] = keyPos{key: at(n)}
	if n.Kind != yaml.MappingNode {
		found := describe(n)
		if where == "" {
			found = describeRoot(n) // the whole file: may be anything, even a secret
		}
		r.problems.add(at(n), "%sexpected a mapping of keys, found %s", prefix(where), found)
		return nil, pos, false
	}
	var fields []field
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := r.follow(n.Content[i]), n.Content[i+1]
		if k == nil {
			return fields, pos, false
		}
		if k.Kind != yaml.ScalarNode {
			r.problems.add(at(k), "%skeys must be plain names, found %s", prefix(where), describe(k))
			continue
		}
		key := k.Value
		if _, dup := pos[key]; dup {
			r.problems.add(at(k), "%sduplicate key %q: it is already set on line %d", prefix(where), key, pos[key].key.Line)
			continue
		}
		pos[key] = keyPos{key: at(k), value: at(v)}
		if allowed != nil && !slices.Contains(allowed, key) {
			hint := HintOrList(key, allowed)
			if n.Style&yaml.FlowStyle != 0 && strings.Contains(key, " ") {
				// `{hint: a, b}` reads b as a key of its own.
				hint = " (inside {…} a comma starts a new key: put text with commas in quotes)"
			}
			r.problems.add(at(k), "%sunknown key %q%s", prefix(where), key, hint)
			continue
		}
		fields = append(fields, field{key: key, keyAt: at(k), value: v})
	}
	return fields, pos, true
}

// HintOrList suggests the closest allowed key, or lists them all.
func HintOrList(key string, allowed []string) string {
	if hint := didYouMean(key, allowed); hint != "" {
		return hint
	}
	return "; expected " + oneOf(allowed)
}

// prefix turns a context like `core "sales"` into `core "sales": `.
func prefix(where string) string {
	if where == "" {
		return ""
	}
	return where + ": "
}

func join(where, key string) string {
	if where == "" {
		return key
	}
	return where + ": " + key
}

// text reads a scalar as text. Numbers are taken as written (a version of
// 1.2 is the text "1.2"); null is the empty text.
func (r *nodeReader) text(n *yaml.Node, where string) (string, bool) {
	n = r.follow(n)
	if n == nil {
		return "", false
	}
	if n.Kind != yaml.ScalarNode {
		r.problems.add(at(n), "%sexpected text, found %s", prefix(where), describe(n))
		return "", false
	}
	switch n.ShortTag() {
	case "!!null":
		return "", true
	case "!!str", "!!int", "!!float", "!!timestamp":
		return n.Value, true
	}
	r.problems.add(at(n), "%sexpected text, found %s; put it in quotes if it is meant as text", prefix(where), describe(n))
	return "", false
}

// texts reads a list of texts; a single text is read as a list of one.
func (r *nodeReader) texts(n *yaml.Node, where string) []string {
	n = r.follow(n)
	if n == nil || isNull(n) {
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		if s, ok := r.text(n, where); ok && s != "" {
			return []string{s}
		}
		return nil
	}
	items, ok := r.list(n, where)
	if !ok {
		return nil
	}
	var out []string
	for i, item := range items {
		if s, ok := r.text(item, fmt.Sprintf("%s item %d", where, i+1)); ok {
			out = append(out, s)
		}
	}
	return out
}

// list reads a sequence; null is the empty list.
func (r *nodeReader) list(n *yaml.Node, where string) ([]*yaml.Node, bool) {
	n = r.follow(n)
	if n == nil {
		return nil, false
	}
	if isNull(n) {
		return nil, true
	}
	if n.Kind != yaml.SequenceNode {
		r.problems.add(at(n), "%sexpected a list, found %s", prefix(where), describe(n))
		return nil, false
	}
	return n.Content, true
}

// whole reads a whole number.
func (r *nodeReader) whole(n *yaml.Node, where string) (int, bool) {
	n = r.follow(n)
	if n == nil {
		return 0, false
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!int" {
		v, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 32)
		if err == nil {
			return int(v), true
		}
		r.problems.add(at(n), "%s%s is out of range", prefix(where), n.Value)
		return 0, false
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!float" {
		r.problems.add(at(n), "%sexpected a whole number, found %s", prefix(where), n.Value)
		return 0, false
	}
	r.problems.add(at(n), "%sexpected a whole number, found %s", prefix(where), describe(n))
	return 0, false
}

// number reads a finite number.
func (r *nodeReader) number(n *yaml.Node, where string) (float64, bool) {
	n = r.follow(n)
	if n == nil {
		return 0, false
	}
	if n.Kind == yaml.ScalarNode && (n.ShortTag() == "!!int" || n.ShortTag() == "!!float") {
		v, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
		if n.ShortTag() == "!!int" {
			var i int64
			i, err = strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64)
			v = float64(i)
		}
		if err == nil && !math.IsNaN(v) && !math.IsInf(v, 0) {
			return v, true
		}
		r.problems.add(at(n), "%s%s is not a usable number", prefix(where), n.Value)
		return 0, false
	}
	r.problems.add(at(n), "%sexpected a number, found %s", prefix(where), describe(n))
	return 0, false
}

// boolean reads true or false.
func (r *nodeReader) boolean(n *yaml.Node, where string) (bool, bool) {
	n = r.follow(n)
	if n == nil {
		return false, false
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool" {
		v, err := strconv.ParseBool(strings.ToLower(n.Value))
		if err == nil {
			return v, true
		}
	}
	r.problems.add(at(n), "%sexpected true or false, found %s", prefix(where), describe(n))
	return false, false
}

// decodeNode decodes a node tree into v with yaml.v3, turning a panic that
// escapes it into an error.
func decodeNode(n *yaml.Node, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("could not be read (%v)", r)
		}
	}()
	return n.Decode(v)
}
