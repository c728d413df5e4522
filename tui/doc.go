// Package tui is the interactive assessment: Run takes one person through
// a bank on a terminal (a Bubble Tea program, one screen per question, a
// file per screen) or with plain line prompts (accessible mode, piped
// input), keeping progress after every answer. A workshop hosts the same
// run through Participant and Roster.
package tui
