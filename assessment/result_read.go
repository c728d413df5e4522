package assessment

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// ReadResult reads a result file written in JSON or YAML. Keys a later
// version may add are ignored; a file of another schema is refused.
func ReadResult(file string, data []byte) (*Result, error) {
	problems := &problemList{file: file}
	var res Result
	if looksLikeJSON(data) && len(data) <= MaxFileSize {
		if err := json.Unmarshal(data, &res); err != nil {
			at, msg := jsonProblem(data, err)
			problems.add(at, "%s", msg)
			return nil, problems.err()
		}
	} else {
		root, err := readTree(file, data)
		if err != nil {
			return nil, err
		}
		if err := decodeNode(root, &res); err != nil {
			problems.add(Pos{}, "%s", strings.TrimPrefix(err.Error(), "yaml: "))
			return nil, problems.err()
		}
	}
	switch {
	case res.Schema == "":
		problems.add(Pos{}, "not a powercore result: no schema (a result starts with `schema: %s`)", ResultSchema)
	case res.Schema != ResultSchema:
		problems.add(Pos{}, "schema %q is not a result this version reads: expected %q", clip(res.Schema, 40), ResultSchema)
	case len(res.Cores) == 0:
		problems.add(Pos{}, "the result has no core scores")
	}
	if err := problems.err(); err != nil {
		return nil, err
	}
	if res.Dominant == nil {
		res.Dominant = []string{}
	}
	return &res, nil
}

// jsonProblem locates an encoding/json error in data.
func jsonProblem(data []byte, err error) (Pos, string) {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return offsetPos(data, syntax.Offset), "not valid JSON: " + jsonMessage(err)
	case errors.As(err, &typ):
		what := typ.Value
		return offsetPos(data, typ.Offset), fmt.Sprintf("%s: expected %s, found %s", typ.Field, jsonType(typ.Type.Kind().String()), what)
	}
	return Pos{}, "not a usable result: " + jsonMessage(err)
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

// looksLikeResult tells a result from an answers file by its schema line,
// without reading it all.
func looksLikeResult(data []byte) bool {
	return bytes.Contains(data, []byte(ResultSchema))
}
