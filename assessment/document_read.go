package assessment

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/powercore/powercore/assessment/internal/yamlread"
	"gopkg.in/yaml.v3"
)

// document is a JSON or YAML file read as far as the schema it declares.
type document struct {
	file   string
	data   []byte
	schema string
	// root is the node tree of a YAML document; JSON is decoded from data.
	root *yaml.Node
}

// readDocument reads a JSON or YAML document as far as its schema, for a
// reader to decide whether to decode the rest. want names what the reader
// reads, for refusing a summary written for people before it is parsed.
func readDocument(file string, data []byte, want string) (*document, error) {
	if msg := forPeople(file, want); msg != "" {
		return nil, Problems{{File: file, Msg: msg}}
	}
	problems := &yamlread.List{File: file}
	if yamlread.LooksLikeJSON(data) && len(data) <= MaxFileSize {
		var head struct {
			Schema string `json:"schema"`
		}
		err := json.Unmarshal(data, &head)
		if err == nil {
			return &document{file: file, data: data, schema: head.Schema}, nil
		}
		// A file that is not valid JSON goes to the one reader every
		// command uses (readTree), so a broken file is described alike
		// whichever command reads it.
		var syntax *json.SyntaxError
		if !errors.As(err, &syntax) {
			at, msg := jsonProblem(data, err)
			problems.Add(at, "%s", msg)
			return nil, problems.Err()
		}
	}
	root, err := yamlread.ReadTree(file, data)
	if err != nil {
		return nil, err
	}
	if root.Kind != yaml.MappingNode {
		problems.Add(yamlread.At(root), "expected a mapping of keys (such as schema: …), found %s", yamlread.DescribeRoot(root))
		return nil, problems.Err()
	}
	return &document{file: file, schema: schemaOf(root), root: root}, nil
}

// decode decodes the whole document into v.
func (d *document) decode(v any) error {
	problems := &yamlread.List{File: d.file}
	if d.root == nil {
		if err := json.Unmarshal(d.data, v); err != nil {
			at, msg := jsonProblem(d.data, err)
			problems.Add(at, "%s", msg)
		}
		return problems.Err()
	}
	if bad := nonFinite(d.root); bad != nil {
		problems.Add(yamlread.At(bad), "%s is not a usable number", yamlread.Clip(bad.Value, 20))
		return problems.Err()
	}
	if err := yamlread.DecodeNode(d.root, v); err != nil {
		for _, p := range yamlProblems(err) {
			problems.Add(p.Pos, "%s", p.Msg)
		}
	}
	return problems.Err()
}

// ReadGroup reads a group profile written by aggregate.
func ReadGroup(file string, data []byte) (*Group, error) {
	d, err := readDocument(file, data, "a group profile")
	if err != nil {
		return nil, err
	}
	return d.group()
}

func (d *document) group() (*Group, error) {
	if d.schema != GroupSchema {
		return nil, Problems{{File: d.file, Msg: notSchema("a powercore group profile", d.schema, GroupSchema)}}
	}
	var g Group
	if err := d.decode(&g); err != nil {
		return nil, err
	}
	if len(g.Cores) == 0 || g.N < 1 {
		return nil, Problems{{File: d.file, Msg: "the group profile has no core scores or no members: make it again with powercore aggregate"}}
	}
	return &g, nil
}

// ReadResultOrGroup reads a file that holds either a result or a group
// profile; the one it does not hold is nil.
func ReadResultOrGroup(file string, data []byte) (*Result, *Group, error) {
	const want = "a result or a group profile"
	d, err := readDocument(file, data, want)
	if err != nil {
		return nil, nil, err
	}
	switch d.schema {
	case GroupSchema:
		g, err := d.group()
		return nil, g, err
	case ResultSchema:
		r, err := d.result()
		return r, nil, err
	}
	msg := wrongKind(d.schema, want, map[string]string{BankSchema: ": pass a bank with --questions"})
	if msg == "" {
		msg = notSchema("a powercore result or group profile", d.schema, ResultSchema+" or "+GroupSchema)
	}
	return nil, nil, Problems{{File: file, Msg: msg}}
}

// ReadProfile reads a result or a group profile, for comparing.
func ReadProfile(file string, data []byte) (Profile, error) {
	r, g, err := ReadResultOrGroup(file, data)
	switch {
	case err != nil:
		return Profile{}, err
	case g != nil:
		return ProfileOfGroup(g, file), nil
	}
	label := file
	if r.Respondent != "" {
		label = Printable(r.Respondent)
	}
	return ProfileOf(r, label), nil
}

func notSchema(what, got, want string) string {
	if got == "" {
		return fmt.Sprintf("not %s: it declares no schema (expected %s)", what, want)
	}
	return fmt.Sprintf("not %s: schema %q (expected %s)", what, yamlread.Clip(got, 40), want)
}
