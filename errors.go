package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"syscall"

	"charm.land/fang/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
	"github.com/powercore/powercore/tui"
	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
	exitAborted = 130
	// exitBrokenPipe is what a shell shows for a program ended by SIGPIPE:
	// the reader of stdout (head, say) went away, which is not a failure to
	// report.
	exitBrokenPipe = 141
)

// errAborted is returned when the user stops the program (ctrl+c).
var errAborted = errors.New("aborted")

// errSilent is a failure already explained on stderr: exit code 1, no
// further message.
var errSilent = errors.New("failed")

// usageError is a command used the wrong way: exit code 2, with a pointer
// to the command's help.
type usageError struct {
	command string
	err     error
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(cmd *cobra.Command, format string, args ...any) error {
	return &usageError{command: cmd.CommandPath(), err: fmt.Errorf(format, args...)}
}

// isUsage reports a usage error, with the path of the command it is
// about. Every way a command can be used wrongly makes one: the argument
// checks below, and flag errors (the root's FlagErrorFunc, which every
// command inherits).
func isUsage(err error) (command string, ok bool) {
	var usage *usageError
	if errors.As(err, &usage) {
		return usage.command, true
	}
	return "", false
}

// noArgs takes no arguments; on the root, an argument is a command that
// does not exist.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if cmd.HasSubCommands() {
		hint := ""
		if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
			hint = fmt.Sprintf(" (did you mean %q?)", s[0])
		}
		return usagef(cmd, "unknown command %q for %q%s", args[0], cmd.CommandPath(), hint)
	}
	return usagef(cmd, "%s takes no arguments, got %q", cmd.CommandPath(), args[0])
}

// maxArgs takes at most n files.
func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usagef(cmd, "expected at most %s, got %d: %s", summary.Plural(n, "file", "files"), len(args), strings.Join(args, " "))
		}
		return nil
	}
}

// exactArgs takes exactly n arguments, and names what is missing.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef(cmd, "expected %s, got %d argument(s)", what, len(args))
		}
		return nil
	}
}

// minArgs takes at least n arguments, and says what is needed.
func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef(cmd, "expected %s", what)
		}
		return nil
	}
}

func exitCode(err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errAborted):
		return exitAborted
	case errors.Is(err, syscall.EPIPE):
		return exitBrokenPipe
	}
	if _, usage := isUsage(err); usage {
		return exitUsage
	}
	return exitFailure
}

// printError writes an error to stderr: problems found in a file and
// lines of piped input one per line, as located as they are; any other
// error after the program's name.
func printError(w io.Writer, _ fang.Styles, err error) {
	if errors.Is(err, errAborted) || errors.Is(err, errSilent) || errors.Is(err, syscall.EPIPE) {
		return
	}
	// File names and values come from users: nothing in them may reach
	// the terminal as a control sequence.
	var line *tui.LineError
	ps, isProblems := assessment.AsProblems(err)
	switch {
	case isProblems && err.Error() == ps.Error():
		// Problems not wrapped in other words: every one names its file,
		// as written (R/x.json is not r/x.json), and a place in it when
		// it has one.
		for _, p := range ps {
			if p.Pos.Line > 0 {
				fmt.Fprintln(w, assessment.Printable(p.Error()))
			} else {
				fmt.Fprintln(w, "powercore: "+assessment.Printable(p.Error()))
			}
		}
		if len(ps) > 1 {
			fmt.Fprintf(w, "powercore: %d problems\n", len(ps))
		}
	case errors.As(err, &line):
		fmt.Fprintln(w, assessment.Printable(line.Error()))
	default:
		for _, l := range strings.Split(strings.TrimRight(err.Error(), "\n"), "\n") {
			fmt.Fprintln(w, "powercore: "+lowerFirst(assessment.Printable(l)))
		}
	}
	if cmd, usage := isUsage(err); usage {
		if cmd == "" {
			cmd = "powercore"
		}
		fmt.Fprintf(w, "run '%s --help' for usage\n", cmd)
	}
}

// lowerFirst lowercases the first letter of a message from a library that
// capitalises.
func lowerFirst(s string) string {
	if s == "" || strings.HasPrefix(s, "I ") {
		return s
	}
	r := []rune(s)
	if len(r) > 1 && r[1] >= 'A' && r[1] <= 'Z' {
		return s // an acronym, such as "EOF"
	}
	return strings.ToLower(string(r[0])) + string(r[1:])
}
