package yamlread

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// MaxFileSize is the largest bank, answers, result or progress file read.
const MaxFileSize = 1 << 20

// maxDepth is the deepest nesting accepted in a file; no format nests
// anywhere near it.
const maxDepth = 64

// yamlLine picks the line out of yaml.v3's messages ("yaml: line 3: …").
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlParserProblems are the messages of yaml.v3's parser (as opposed to
// its scanner). It counts their lines from 0, so they come out one line
// early: before the list or mapping the problem is in.
var yamlParserProblems = []string{
	"did not find expected <stream-start>",
	"did not find expected <document start>",
	"did not find expected node content",
	"did not find expected '-' indicator",
	"did not find expected key",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"found undefined tag handle",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found duplicate %TAG directive",
}

// ReadTree reads a YAML or JSON document into a node tree. JSON is read by
// encoding/json (yaml.v3 refuses some valid JSON, such as `\/`) and turned
// into the same nodes, so both formats are checked by one reader with
// line:column positions.
func ReadTree(file string, data []byte) (*yaml.Node, error) {
	problems := &List{File: file}
	if len(data) > MaxFileSize {
		problems.Add(Pos{}, "file is %s, larger than the %s limit", ByteSize(len(data)), ByteSize(MaxFileSize))
		return nil, problems.Err()
	}
	if len(bytes.TrimSpace(data)) == 0 {
		problems.Add(Pos{}, "file is empty")
		return nil, problems.Err()
	}
	if LooksLikeJSON(data) {
		root, err := jsonTree(data)
		if err == nil {
			return root, nil
		}
		if root, yerr := yamlTree(data); yerr == nil && root != nil {
			return root, nil
		}
		var at Pos
		var offset *jsonError
		if errors.As(err, &offset) {
			at = OffsetPos(data, offset.offset)
			err = offset.err
		}
		problems.Add(at, "not valid JSON: %s", JsonMessage(err))
		return nil, problems.Err()
	}
	root, err := yamlTree(data)
	if err != nil {
		if at, ok := indentTab(data); ok {
			// yaml.v3 reports a tab where it gives up, often lines later.
			problems.Add(at, "not valid YAML: a tab in the indentation; YAML indents with spaces only")
			return nil, problems.Err()
		}
		at, msg := Pos{}, strings.TrimPrefix(err.Error(), "yaml: ")
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ := strconv.Atoi(m[1])
			if slices.Contains(yamlParserProblems, m[2]) {
				line++
				// These come from lines not indented the way the list or
				// mapping around them is.
				m[2] += " (check the indentation of the lines from here on)"
			}
			at, msg = Pos{Line: line}, m[2]
		}
		problems.Add(at, "not valid YAML: %s", msg)
		return nil, problems.Err()
	}
	if root == nil {
		problems.Add(Pos{}, "file holds only comments: nothing to read")
		return nil, problems.Err()
	}
	return root, nil
}

// indentTab finds the first tab in a line's indentation.
func indentTab(data []byte) (Pos, bool) {
	for i, line := range bytes.Split(data, []byte("\n")) {
		for col, c := range line {
			if c == '\t' {
				return Pos{Line: i + 1, Col: col + 1}, true
			}
			if c != ' ' {
				break
			}
		}
	}
	return Pos{}, false
}

// yamlTree parses one YAML document. yaml.v3 reports errors by panicking
// internally; any panic that escapes it becomes an error here.
func yamlTree(data []byte) (root *yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			root, err = nil, fmt.Errorf("yaml: could not be read (%v)", r)
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, err
	}
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("yaml: line %d: a second document starts here; a file holds one document", next.Line)
	}
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		return doc.Content[0], nil
	}
	return nil, nil
}

func LooksLikeJSON(data []byte) bool {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	trimmed = bytes.TrimPrefix(trimmed, []byte("\ufeff"))
	return len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[')
}

// jsonError is a JSON problem at a byte offset.
type jsonError struct {
	offset int64
	err    error
}

func (e *jsonError) Error() string { return e.err.Error() }

// jsonTree reads a JSON document into yaml nodes carrying line:column.
func jsonTree(data []byte) (*yaml.Node, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		return nil, &jsonError{0, errors.New("the file is not UTF-8 text")}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	b := jsonBuilder{dec: dec, data: data, lines: lineStarts(data)}
	root, err := b.value(0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, &jsonError{dec.InputOffset(), errors.New("unexpected text after the end of the document")}
	}
	return root, nil
}

type jsonBuilder struct {
	dec   *json.Decoder
	data  []byte
	lines []int
}

// start is where the next token begins: past white space, commas and colons.
func (b *jsonBuilder) start() int64 {
	off := b.dec.InputOffset()
	for off < int64(len(b.data)) && strings.IndexByte(" \t\r\n,:", b.data[off]) >= 0 {
		off++
	}
	return off
}

func (b *jsonBuilder) node(kind yaml.Kind, tag, value string, off int64) *yaml.Node {
	at := posAt(b.lines, off)
	at.Col = utf8.RuneCount(b.data[b.lines[at.Line-1]:off]) + 1
	return &yaml.Node{Kind: kind, Tag: tag, Value: value, Line: at.Line, Column: at.Col}
}

func (b *jsonBuilder) token() (json.Token, int64, error) {
	off := b.start()
	tok, err := b.dec.Token()
	if err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			return nil, off, &jsonError{syntax.Offset, err}
		}
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, off, &jsonError{off, err}
	}
	return tok, off, nil
}

func (b *jsonBuilder) value(depth int) (*yaml.Node, error) {
	tok, off, err := b.token()
	if err != nil {
		return nil, err
	}
	if depth > maxDepth {
		return nil, &jsonError{off, fmt.Errorf("nested more than %d levels deep", maxDepth)}
	}
	switch t := tok.(type) {
	case json.Delim:
		if t == '{' {
			return b.object(off, depth)
		}
		if t == '[' {
			return b.array(off, depth)
		}
		return nil, &jsonError{off, fmt.Errorf("unexpected %q", rune(t))}
	case string:
		return b.node(yaml.ScalarNode, "!!str", t, off), nil
	case json.Number:
		tag := "!!float"
		if _, err := strconv.ParseInt(string(t), 10, 64); err == nil {
			tag = "!!int"
		}
		return b.node(yaml.ScalarNode, tag, string(t), off), nil
	case bool:
		return b.node(yaml.ScalarNode, "!!bool", strconv.FormatBool(t), off), nil
	case nil:
		return b.node(yaml.ScalarNode, "!!null", "null", off), nil
	}
	return nil, &jsonError{off, fmt.Errorf("unexpected token %v", tok)}
}

func (b *jsonBuilder) object(off int64, depth int) (*yaml.Node, error) {
	n := b.node(yaml.MappingNode, "!!map", "", off)
	for b.dec.More() {
		tok, koff, err := b.token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		v, err := b.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.Content = append(n.Content, b.node(yaml.ScalarNode, "!!str", key, koff), v)
	}
	if _, _, err := b.token(); err != nil {
		return nil, err
	}
	return n, nil
}

func (b *jsonBuilder) array(off int64, depth int) (*yaml.Node, error) {
	n := b.node(yaml.SequenceNode, "!!seq", "", off)
	for b.dec.More() {
		v, err := b.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.Content = append(n.Content, v)
	}
	if _, _, err := b.token(); err != nil {
		return nil, err
	}
	return n, nil
}

// JsonMessage makes encoding/json's messages read like the rest.
func JsonMessage(err error) string {
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return "the file ends in the middle of a value"
	}
	return msg
}

// lineStarts is the offset where each line of data begins.
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// posAt turns a byte offset into a line and a byte column.
func posAt(lines []int, off int64) Pos {
	lo, hi := 0, len(lines)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if int64(lines[mid]) <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return Pos{Line: lo + 1, Col: int(off) - lines[lo] + 1}
}

// OffsetPos is posAt for one offset of data.
func OffsetPos(data []byte, off int64) Pos {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	lines := lineStarts(data[:off])
	line := len(lines)
	return Pos{Line: line, Col: utf8.RuneCount(data[lines[line-1]:off]) + 1}
}

// ByteSize writes a size the way people read it.
func ByteSize(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
