package yamlread

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

// Reader walks a node tree strictly: every key must be known, every
// value of the expected type. It records each problem and carries on, so
// that one run reports everything.
type Reader struct {
	Problems *List
	visited  int
	Overrun  bool
}

func NewReader(file string) *Reader {
	return &Reader{Problems: &List{File: file}}
}

func At(n *yaml.Node) Pos {
	if n == nil {
		return Pos{}
	}
	return Pos{Line: n.Line, Col: n.Column}
}

// Follow resolves aliases and counts the values read, refusing to go on
// once a file expands past maxNodes.
func (r *Reader) Follow(n *yaml.Node) *yaml.Node {
	for hops := 0; n != nil && n.Kind == yaml.AliasNode; hops++ {
		if hops > 100 {
			return nil
		}
		n = n.Alias
	}
	if n == nil || r.Overrun {
		return nil
	}
	r.visited++
	if r.visited > maxNodes {
		r.Overrun = true
		r.Problems.Add(At(n), "the file expands to more than %d values (too many YAML aliases?); refusing to read on", maxNodes)
		return nil
	}
	return n
}

// Describe names what a node holds, for "expected X, found Y" messages.
func Describe(n *yaml.Node) string {
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
	return fmt.Sprintf("text %q", Clip(n.Value, 40))
}

// DescribeRoot says what kind of thing a whole file holds when it is not
// a mapping, never quoting it: a file that is not a powercore document may
// be anything (a planted link to a secret, say), and an error message must
// not show it.
func DescribeRoot(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str" {
		return "plain text, not a powercore document"
	}
	return Describe(n)
}

// Clip shortens s for a message.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func IsNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// field is one key of a mapping with its value.
type field struct {
	Key   string
	KeyAt Pos
	Value *yaml.Node
}

// Mapping reads a mapping whose keys must be among allowed. It returns the
// fields in file order, and the positions of its keys.
func (r *Reader) Mapping(n *yaml.Node, where string, allowed []string) ([]field, Positions, bool) {
	n = r.Follow(n)
	if n == nil {
		return nil, nil, false
	}
	pos := make(Positions, len(n.Content)/2+1)
	pos[""] = keyPos{key: At(n)}
	if n.Kind != yaml.MappingNode {
		found := Describe(n)
		if where == "" {
			found = DescribeRoot(n) // the whole file: may be anything, even a secret
		}
		r.Problems.Add(At(n), "%sexpected a mapping of keys, found %s", Prefix(where), found)
		return nil, pos, false
	}
	var fields []field
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := r.Follow(n.Content[i]), n.Content[i+1]
		if k == nil {
			return fields, pos, false
		}
		if k.Kind != yaml.ScalarNode {
			r.Problems.Add(At(k), "%skeys must be plain names, found %s", Prefix(where), Describe(k))
			continue
		}
		key := k.Value
		if _, dup := pos[key]; dup {
			r.Problems.Add(At(k), "%sduplicate key %q: it is already set on line %d", Prefix(where), key, pos[key].key.Line)
			continue
		}
		pos[key] = keyPos{key: At(k), value: At(v)}
		if allowed != nil && !slices.Contains(allowed, key) {
			hint := HintOrList(key, allowed)
			if n.Style&yaml.FlowStyle != 0 && strings.Contains(key, " ") {
				// `{hint: a, b}` reads b as a key of its own.
				hint = " (inside {…} a comma starts a new key: put text with commas in quotes)"
			}
			r.Problems.Add(At(k), "%sunknown key %q%s", Prefix(where), key, hint)
			continue
		}
		fields = append(fields, field{Key: key, KeyAt: At(k), Value: v})
	}
	return fields, pos, true
}

// HintOrList suggests the closest allowed key, or lists them all.
func HintOrList(key string, allowed []string) string {
	if hint := DidYouMean(key, allowed); hint != "" {
		return hint
	}
	return "; expected " + OneOf(allowed)
}

// Prefix turns a context like `core "sales"` into `core "sales": `.
func Prefix(where string) string {
	if where == "" {
		return ""
	}
	return where + ": "
}

func Join(where, key string) string {
	if where == "" {
		return key
	}
	return where + ": " + key
}

// Text reads a scalar as text. Numbers are taken as written (a version of
// 1.2 is the text "1.2"); null is the empty text.
func (r *Reader) Text(n *yaml.Node, where string) (string, bool) {
	n = r.Follow(n)
	if n == nil {
		return "", false
	}
	if n.Kind != yaml.ScalarNode {
		r.Problems.Add(At(n), "%sexpected text, found %s", Prefix(where), Describe(n))
		return "", false
	}
	switch n.ShortTag() {
	case "!!null":
		return "", true
	case "!!str", "!!int", "!!float", "!!timestamp":
		return n.Value, true
	}
	r.Problems.Add(At(n), "%sexpected text, found %s; put it in quotes if it is meant as text", Prefix(where), Describe(n))
	return "", false
}

// Texts reads a list of texts; a single text is read as a list of one.
func (r *Reader) Texts(n *yaml.Node, where string) []string {
	n = r.Follow(n)
	if n == nil || IsNull(n) {
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		if s, ok := r.Text(n, where); ok && s != "" {
			return []string{s}
		}
		return nil
	}
	items, ok := r.List(n, where)
	if !ok {
		return nil
	}
	var out []string
	for i, item := range items {
		if s, ok := r.Text(item, fmt.Sprintf("%s item %d", where, i+1)); ok {
			out = append(out, s)
		}
	}
	return out
}

// List reads a sequence; null is the empty list.
func (r *Reader) List(n *yaml.Node, where string) ([]*yaml.Node, bool) {
	n = r.Follow(n)
	if n == nil {
		return nil, false
	}
	if IsNull(n) {
		return nil, true
	}
	if n.Kind != yaml.SequenceNode {
		r.Problems.Add(At(n), "%sexpected a list, found %s", Prefix(where), Describe(n))
		return nil, false
	}
	return n.Content, true
}

// Whole reads a whole number.
func (r *Reader) Whole(n *yaml.Node, where string) (int, bool) {
	n = r.Follow(n)
	if n == nil {
		return 0, false
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!int" {
		v, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 32)
		if err == nil {
			return int(v), true
		}
		r.Problems.Add(At(n), "%s%s is out of range", Prefix(where), n.Value)
		return 0, false
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!float" {
		r.Problems.Add(At(n), "%sexpected a whole number, found %s", Prefix(where), n.Value)
		return 0, false
	}
	r.Problems.Add(At(n), "%sexpected a whole number, found %s", Prefix(where), Describe(n))
	return 0, false
}

// Number reads a finite number.
func (r *Reader) Number(n *yaml.Node, where string) (float64, bool) {
	n = r.Follow(n)
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
		r.Problems.Add(At(n), "%s%s is not a usable number", Prefix(where), n.Value)
		return 0, false
	}
	r.Problems.Add(At(n), "%sexpected a number, found %s", Prefix(where), Describe(n))
	return 0, false
}

// Boolean reads true or false.
func (r *Reader) Boolean(n *yaml.Node, where string) (bool, bool) {
	n = r.Follow(n)
	if n == nil {
		return false, false
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool" {
		v, err := strconv.ParseBool(strings.ToLower(n.Value))
		if err == nil {
			return v, true
		}
	}
	r.Problems.Add(At(n), "%sexpected true or false, found %s", Prefix(where), Describe(n))
	return false, false
}

// DecodeNode decodes a node tree into v with yaml.v3, turning a panic that
// escapes it into an error.
func DecodeNode(n *yaml.Node, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("could not be read (%v)", r)
		}
	}()
	return n.Decode(v)
}
