package export

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export/html"
	"github.com/powercore/powercore/assessment/store"
	"gopkg.in/yaml.v3"
)

// Format is a file format results can be written in.
type Format string

// The formats results, groups and comparisons can be written in.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "md"
	FormatJSON     Format = "json"
	FormatYAML     Format = "yaml"
	FormatHTML     Format = "html"
)

// Formats lists the format names --format accepts.
var Formats = []string{"text", "md", "json", "yaml", "html"}

// ParseFormat reads a format name as given to --format.
func ParseFormat(name string) (Format, error) {
	switch strings.ToLower(name) {
	case "text", "txt":
		return FormatText, nil
	case "md", "markdown":
		return FormatMarkdown, nil
	case "json":
		return FormatJSON, nil
	case "yaml", "yml":
		return FormatYAML, nil
	case "html", "htm":
		return FormatHTML, nil
	}
	return "", fmt.Errorf("unknown format %q%s", name, assessment.HintOrList(name, Formats))
}

// FormatOf picks the format of a file from its extension.
func FormatOf(path string) (Format, error) {
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	if ext == "" {
		return "", fmt.Errorf("%s: no extension to tell the format by: end the name in .json, .yaml, .yml, .md, .html or .txt", path)
	}
	f, err := ParseFormat(ext)
	if err != nil {
		return "", fmt.Errorf("%s: unknown extension .%s: use .json, .yaml, .yml, .md, .html or .txt", path, ext)
	}
	return f, nil
}

// FormatFor picks the format to write path in: by its extension, or, for
// a device or pipe with none (such as /dev/stdout), fallback.
func FormatFor(path string, fallback Format) (Format, error) {
	if filepath.Ext(path) == "" && store.WritesInPlace(path) {
		return fallback, nil
	}
	return FormatOf(path)
}

// Export writes a result in a format. The bank may be nil; the text,
// Markdown and HTML formats then leave out the advice only it holds.
func Export(w io.Writer, f Format, r *assessment.Result, b *assessment.Bank) error {
	switch f {
	case FormatJSON:
		return writeJSON(w, r)
	case FormatYAML:
		return writeYAML(w, r)
	case FormatMarkdown:
		return WriteMarkdown(w, r, b)
	case FormatText:
		return WriteText(w, r, b)
	case FormatHTML:
		return html.WriteResult(w, r, b)
	}
	return fmt.Errorf("unknown format %q", f)
}

// writeJSON writes v as indented JSON, keeping characters such as < and &
// as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func writeYAML(w io.Writer, v any) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return err
	}
	return enc.Close()
}
