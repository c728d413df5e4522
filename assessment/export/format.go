package export

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export/html"
	"github.com/powercore/powercore/assessment/store"
	"github.com/powercore/powercore/assessment/summary"
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

// formats is the one table of formats: the names --format takes (the
// first is the format's own; a name is also an extension that chooses
// it), the extensions offered for saving (the first is the one proposed),
// and what each is for. Flags, the save prompt and every message about
// formats are made from it.
var formats = []struct {
	format Format
	names  []string
	exts   []string
	use    string
}{
	{FormatText, []string{"text", "txt"}, []string{"txt"}, "to read"},
	{FormatMarkdown, []string{"md", "markdown"}, []string{"md"}, "to read or paste"},
	{FormatJSON, []string{"json"}, []string{"json"}, "to compare or aggregate later"},
	{FormatYAML, []string{"yaml", "yml"}, []string{"yaml", "yml"}, "to compare or aggregate later"},
	{FormatHTML, []string{"html", "htm"}, []string{"html"}, "a report to share"},
}

// Formats lists the format names --format accepts, each format's own.
var Formats = func() []string {
	var names []string
	for _, f := range formats {
		names = append(names, f.names[0])
	}
	return names
}()

// FormatNames is the format names --format accepts, in words ("json,
// yaml, md, html or text").
func FormatNames() string { return summary.OrList(Formats) }

// Extensions is the extensions offered for saving, in words, without
// their dots ("json, yaml, md, html or txt").
func Extensions() string {
	var exts []string
	for _, f := range formats {
		exts = append(exts, f.exts[0])
	}
	return summary.OrList(exts)
}

// Uses says what each format is for, by its extension: ".json (to
// compare or aggregate later), …".
func Uses() string {
	var parts []string
	for _, f := range formats {
		parts = append(parts, "."+f.exts[0]+" ("+f.use+")")
	}
	return strings.Join(parts, ", ")
}

// ParseFormat reads a format name as given to --format.
func ParseFormat(name string) (Format, error) {
	for _, f := range formats {
		for _, n := range f.names {
			if strings.EqualFold(name, n) {
				return f.format, nil
			}
		}
	}
	return "", fmt.Errorf("unknown format %q%s", name, assessment.HintOrList(name, Formats))
}

// FormatOf picks the format of a file from its extension.
func FormatOf(path string) (Format, error) {
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
	if ext == "" {
		return "", fmt.Errorf("%s: no extension to tell the format by: end the name in %s", path, dotted())
	}
	for _, f := range formats {
		if slices.Contains(f.exts, ext) || slices.Contains(f.names, ext) {
			return f.format, nil
		}
	}
	return "", fmt.Errorf("%s: unknown extension .%s: use %s", path, ext, dotted())
}

// dotted is every extension offered, with its dot, for messages (".txt,
// .md, .json, .yaml, .yml or .html").
func dotted() string {
	var exts []string
	for _, f := range formats {
		for _, e := range f.exts {
			exts = append(exts, "."+e)
		}
	}
	return summary.OrList(exts)
}

// FormatFor picks the format to write path in: by its extension, or, for
// a device or pipe with none (such as /dev/stdout), fallback.
func FormatFor(path string, fallback Format) (Format, error) {
	if filepath.Ext(path) == "" && store.WritesInPlace(path) {
		return fallback, nil
	}
	return FormatOf(path)
}

// Result writes a result in a format. The bank may be nil; the text,
// Markdown and HTML formats then leave out the advice only it holds.
func Result(w io.Writer, f Format, r *assessment.Result, b *assessment.Bank) error {
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
