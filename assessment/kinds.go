package assessment

import "fmt"

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
	d, err := readDocument(file, data)
	if err != nil {
		return "", err
	}
	return d.schema, nil
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
