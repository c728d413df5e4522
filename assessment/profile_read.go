package assessment

import (
	"encoding/json"
	"fmt"

	"gopkg.in/yaml.v3"
)

// decodeDocument decodes a JSON or YAML document into v and returns the
// schema it declares. A document of another schema than want is not
// decoded: its schema is returned for the caller to refuse.
func decodeDocument(file string, data []byte, want string, v any) (string, error) {
	problems := &problemList{file: file}
	if looksLikeJSON(data) && len(data) <= MaxFileSize {
		var head struct {
			Schema string `json:"schema"`
		}
		if err := json.Unmarshal(data, &head); err != nil {
			at, msg := jsonProblem(data, err)
			problems.add(at, "%s", msg)
			return "", problems.err()
		}
		if head.Schema != want {
			return head.Schema, nil
		}
		if err := json.Unmarshal(data, v); err != nil {
			at, msg := jsonProblem(data, err)
			problems.add(at, "%s", msg)
			return head.Schema, problems.err()
		}
		return head.Schema, nil
	}
	root, err := readTree(file, data)
	if err != nil {
		return "", err
	}
	if root.Kind != yaml.MappingNode {
		problems.add(at(root), "expected a mapping of keys (such as schema: …), found %s", describe(root))
		return "", problems.err()
	}
	schema := schemaOf(root)
	if schema != want {
		return schema, nil
	}
	if bad := nonFinite(root); bad != nil {
		problems.add(at(bad), "%s is not a usable number", clip(bad.Value, 20))
		return schema, problems.err()
	}
	if err := decodeNode(root, v); err != nil {
		for _, p := range yamlProblems(err) {
			problems.add(p.Pos, "%s", p.Msg)
		}
		return schema, problems.err()
	}
	return schema, nil
}

// ReadGroup reads a group profile written by aggregate.
func ReadGroup(file string, data []byte) (*Group, error) {
	var g Group
	schema, err := decodeDocument(file, data, GroupSchema, &g)
	if err != nil {
		return nil, err
	}
	if schema != GroupSchema {
		return nil, Problems{{File: file, Msg: notSchema("a powercore group profile", schema, GroupSchema)}}
	}
	return &g, nil
}

// ReadProfile reads a result or a group profile, for comparing.
func ReadProfile(file string, data []byte) (Profile, error) {
	var head struct {
		Schema string `json:"schema" yaml:"schema"`
	}
	schema, err := decodeDocument(file, data, "", &head)
	if err != nil {
		return Profile{}, err
	}
	switch schema {
	case GroupSchema:
		g, err := ReadGroup(file, data)
		if err != nil {
			return Profile{}, err
		}
		return ProfileOfGroup(g, file), nil
	case ResultSchema:
		r, err := ReadResult(file, data)
		if err != nil {
			return Profile{}, err
		}
		label := file
		if r.Respondent != "" {
			label = Printable(r.Respondent)
		}
		return ProfileOf(r, label), nil
	}
	return Profile{}, Problems{{File: file, Msg: notSchema("a powercore result or group profile", schema, ResultSchema+" or "+GroupSchema)}}
}

func notSchema(what, got, want string) string {
	if got == "" {
		return fmt.Sprintf("not %s: it declares no schema (expected %s)", what, want)
	}
	return fmt.Sprintf("not %s: schema %q (expected %s)", what, clip(got, 40), want)
}
