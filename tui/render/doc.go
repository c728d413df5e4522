// Package render is the look of powercore on a terminal: the styles in
// one palette, the banner, and the summary and group views drawn at a
// width, on screen or printed to a file after the program ends.
package render
