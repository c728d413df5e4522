// Package html writes the self-contained HTML report of a result, a group
// or a comparison: one page with its styles and SVG charts inline, nothing
// fetched.
package html
