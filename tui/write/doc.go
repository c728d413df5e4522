// Package write is the text field: a huh Field for a few lines of free
// text, with its own Styles, drawn by itself rather than inside a huh form.
// It edits with the bubbles textarea; around it, the title and hint are
// laid out once per width and the whole field is drawn again only when a
// key or a paste reached it, so that a character typed costs the server
// one drawing of the field, not the several a form makes of it.
package write
