// Package choose is the single-choice field: a huh Field that picks one
// option from a list with ↑/↓, with its own Styles and KeyMap. It is laid
// out once per width and redrawn only when its cursor moves, and moving
// the cursor changes only the cursor's mark, so that a key costs the
// terminal a few bytes and the server almost no time.
package choose
