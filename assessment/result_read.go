package assessment

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/powercore/powercore/assessment/internal/yamlread"
	"gopkg.in/yaml.v3"
)

// ReadResult reads a result file written in JSON or YAML. Keys a later
// version may add are ignored; a file of another schema is refused.
func ReadResult(file string, data []byte) (*Result, error) {
	d, err := readDocument(file, data, "a result")
	if err != nil {
		return nil, err
	}
	return d.result()
}

func (d *document) result() (*Result, error) {
	problems := &yamlread.List{File: d.file}
	var res Result
	switch {
	case d.schema == "":
		problems.Add(Pos{}, "not a powercore result: no schema (a result starts with `schema: %s`)", ResultSchema)
	case d.schema != ResultSchema:
		problems.Add(Pos{}, "schema %q is not a result this version reads: expected %q", yamlread.Clip(d.schema, 40), ResultSchema)
	default:
		if err := d.decode(&res); err != nil {
			return nil, err
		}
		if len(res.Cores) == 0 {
			problems.Add(Pos{}, "the result has no core scores")
		}
	}
	if err := problems.Err(); err != nil {
		return nil, err
	}
	res.Schema = d.schema
	res.Dominant = nonNil(res.Dominant)
	return &res, nil
}

// nonFinite finds a number no result holds, such as .nan or .inf: YAML
// can write them, JSON cannot, and no score is one.
func nonFinite(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!float" {
		if v, err := strconv.ParseFloat(n.Value, 64); err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return n
		}
	}
	for _, c := range n.Content {
		if bad := nonFinite(c); bad != nil {
			return bad
		}
	}
	return nil
}

// jsonProblem locates an encoding/json error in data.
func jsonProblem(data []byte, err error) (Pos, string) {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var pe *time.ParseError
	switch {
	case errors.As(err, &pe):
		return Pos{}, fmt.Sprintf("expected a time such as 2026-11-23T09:30:00Z, found %q", yamlread.Clip(pe.Value, 40))
	case errors.As(err, &syntax):
		return yamlread.OffsetPos(data, syntax.Offset), "not valid JSON: " + yamlread.JsonMessage(err)
	case errors.As(err, &typ):
		what := map[string]string{"string": "text", "number": "a number", "object": "an object", "array": "a list", "bool": "true/false"}[typ.Value]
		if what == "" {
			what = typ.Value
		}
		msg := fmt.Sprintf("expected %s, found %s", jsonType(typ.Type.Kind().String()), what)
		if typ.Field != "" {
			msg = typ.Field + ": " + msg
		}
		return yamlread.OffsetPos(data, typ.Offset), msg
	}
	return Pos{}, "not a usable result: " + yamlread.JsonMessage(err)
}

func jsonType(kind string) string {
	switch kind {
	case "float64", "int", "int64", "uint64":
		return "a number"
	case "string":
		return "text"
	case "slice":
		return "a list"
	case "struct", "map":
		return "an object"
	}
	return kind
}

// schemaOf peeks at the schema a document declares.
func schemaOf(root *yaml.Node) string {
	if root.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "schema" && root.Content[i+1].Kind == yaml.ScalarNode {
			return root.Content[i+1].Value
		}
	}
	return ""
}

// yamlTypeError matches one of yaml.v3's decoding messages: a value of a
// standard kind (!!str, !!seq…) or of a tag of the file's own (!thing).
var yamlTypeError = regexp.MustCompile("(?s)^line (\\d+): cannot unmarshal (!!\\w+|![^ `]*)(?: `?(.*?)`?)? into (.+)$")

// yamlLineError matches the other errors decoding gives, such as those of
// Answers.UnmarshalYAML.
var yamlLineError = regexp.MustCompile(`^line (\d+): (.*)$`)

// yamlProblems turns yaml.v3's decoding errors into located problems that
// name no Go types.
func yamlProblems(err error) []Problem {
	var te *yaml.TypeError
	var pe *time.ParseError
	switch {
	case errors.As(err, &pe):
		return []Problem{{Msg: fmt.Sprintf("expected a time such as 2026-11-23T09:30:00Z, found %q", yamlread.Clip(pe.Value, 40))}}
	case !errors.As(err, &te):
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if m := yamlLineError.FindStringSubmatch(msg); m != nil {
			line, _ := strconv.Atoi(m[1])
			return []Problem{{Pos: Pos{Line: line}, Msg: "not a usable result: " + m[2]}}
		}
		return []Problem{{Msg: "not a usable result: " + msg}}
	}
	var out []Problem
	for _, e := range te.Errors {
		m := yamlTypeError.FindStringSubmatch(e)
		if m == nil {
			msg := strings.TrimPrefix(e, "yaml: ")
			if l := yamlLineError.FindStringSubmatch(msg); l != nil {
				line, _ := strconv.Atoi(l[1])
				out = append(out, Problem{Pos: Pos{Line: line}, Msg: l[2]})
				continue
			}
			out = append(out, Problem{Msg: msg})
			continue
		}
		line, _ := strconv.Atoi(m[1])
		kind, standard := strings.CutPrefix(m[2], "!!")
		found := map[string]string{"str": "text", "int": "a number", "float": "a number", "bool": "true/false", "map": "a mapping", "seq": "a list", "null": "nothing"}[kind]
		switch {
		case !standard:
			found = fmt.Sprintf("a value tagged %q", yamlread.Clip(m[2], 40))
		case found == "":
			found = kind
		}
		if m[3] != "" && (kind == "str" || kind == "int" || kind == "float") {
			found += fmt.Sprintf(" %q", yamlread.Clip(m[3], 40))
		}
		out = append(out, Problem{Pos: Pos{Line: line}, Msg: fmt.Sprintf("expected %s, found %s", goTypeWords(m[4]), found)})
	}
	return out
}

// goTypeWords says what a Go type holds, in a user's words.
func goTypeWords(t string) string {
	switch {
	case strings.HasPrefix(t, "[]"):
		return "a list"
	case t == "assessment.Flag", t == "assessment.Clarity", t == "assessment.Band":
		return "text"
	case strings.HasPrefix(t, "map["), strings.HasPrefix(t, "assessment."):
		return "a mapping"
	case t == "time.Time":
		return "a time such as 2026-11-23T09:30:00Z"
	case t == "string":
		return "text"
	case strings.Contains(t, "int"), strings.Contains(t, "float"):
		return "a number"
	}
	return "another kind of value"
}
