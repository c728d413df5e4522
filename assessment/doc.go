// Package assessment is the domain of powercore: question banks, answers,
// scoring, results, groups, comparisons and progress, and reading each of
// them with the line and column of every problem. It imports no os, io/fs,
// net or sync and no Charm package: nothing here touches the disk, draws
// on a terminal, reads a clock or picks a path, so everything that
// computes a result is testable on its own. The model it implements is in
// docs/scoring.md; the file formats in docs/bank.md, docs/answers.md and
// docs/results.md.
package assessment
