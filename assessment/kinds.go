package assessment

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
)

// The schemas of the files powercore writes, and what each is called.
var documentNames = map[string]string{
	BankSchema:     "a question bank",
	ResultSchema:   "a powercore result",
	GroupSchema:    "a group profile",
	CompareSchema:  "a comparison",
	ProgressSchema: "saved progress",
}

// SchemaOf is the schema a JSON or YAML document declares, "" when none.
func SchemaOf(file string, data []byte) (string, error) {
	var head struct {
		Schema string `json:"schema" yaml:"schema"`
	}
	return decodeDocument(file, data, "", &head)
}

// wrongKind explains a file of another kind than the one expected, with
// what to do with it; "" when the file is not recognised as one of
// powercore's. want names what was expected, advice maps schemas to what
// to do instead.
func wrongKind(file string, data []byte, want string, advice map[string]string) string {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".md", ".markdown", ".txt", ".html", ".htm":
		return fmt.Sprintf("this is a summary written for people; %s is read from a .json or .yaml file", want)
	}
	var head struct {
		Schema string `json:"schema" yaml:"schema"`
	}
	schema := ""
	if looksLikeJSON(data) {
		_ = json.Unmarshal(data, &head)
		schema = head.Schema
	} else if root, err := readTree(file, data); err == nil {
		schema = schemaOf(root)
	}
	name, known := documentNames[schema]
	if !known {
		return ""
	}
	return fmt.Sprintf("this is %s, not %s%s", name, want, advice[schema])
}
