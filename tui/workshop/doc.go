// Package workshop is the room: the SSH server every participant answers
// on (its guard, limits and roster of sessions), the screen that draws
// each participant's frames as they come, the results folder layout
// (Folder), and the live dashboard for the projector. It is the only
// package that imports wish and the SSH packages; the questionnaire it
// hosts is package tui.
package workshop
