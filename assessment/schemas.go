package assessment

import (
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

// forPeople explains a file named as one of the summaries powercore writes
// for people (text, Markdown, HTML), which no command reads back; "" for
// any other name. want names what was expected.
func forPeople(file, want string) string {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".md", ".markdown", ".txt", ".html", ".htm":
		return fmt.Sprintf("this is a summary written for people; %s is read from a .json or .yaml file", want)
	}
	return ""
}

// wrongKind explains a document of another schema than the one expected,
// with what to do with it; "" when the schema is not one of powercore's.
// want names what was expected, advice maps schemas to what to do instead.
func wrongKind(schema, want string, advice map[string]string) string {
	name, known := documentNames[schema]
	if !known {
		return ""
	}
	return fmt.Sprintf("this is %s, not %s%s", name, want, advice[schema])
}
