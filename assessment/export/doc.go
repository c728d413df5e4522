// Package export writes results, groups and comparisons as documents:
// text, Markdown, JSON and YAML behind one format table (Format, its names
// and extensions), the HTML report through export/html, and the answers
// templates.
package export
