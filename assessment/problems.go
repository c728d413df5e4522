package assessment

import "github.com/powercore/powercore/assessment/internal/yamlread"

// Pos is a place in a file: its line and column, from 1; zero when the
// problem is about the whole file.
type Pos = yamlread.Pos

// Problem is one thing wrong in a file, with where it is and what to do
// about it.
type Problem = yamlread.Problem

// Problems is every problem found in a file, in file order; it is the
// error every reader returns.
type Problems = yamlread.Problems

// MaxFileSize is the largest bank, answers, result or progress file read.
const MaxFileSize = yamlread.MaxFileSize

// AsProblems finds the problems in an error, if it holds any.
func AsProblems(err error) (Problems, bool) { return yamlread.AsProblems(err) }

// HintOrList says, after a word that is not one of allowed, which one was
// probably meant, or else which there are.
func HintOrList(word string, allowed []string) string { return yamlread.HintOrList(word, allowed) }

// ByteSize says a size in bytes as people read it ("1.0 MiB").
func ByteSize(n int) string { return yamlread.ByteSize(n) }
