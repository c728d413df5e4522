package main

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"syscall"

	"charm.land/fang/v2"
	"github.com/powercore/powercore/assessment"
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

// cobraUsage recognises the usage errors cobra makes itself.
var cobraUsage = regexp.MustCompile(`^(unknown command|unknown flag|unknown shorthand flag|flag needs an argument|invalid argument|required flag|accepts |requires at least|requires at most|bad flag syntax)`)

// isUsage reports a usage error, ours or cobra's, with the path of the
// command it is about when known.
func isUsage(err error) (command string, ok bool) {
	var usage *usageError
	if errors.As(err, &usage) {
		return usage.command, true
	}
	return "", cobraUsage.MatchString(err.Error())
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

// located matches a message that already says where it is about.
var located = regexp.MustCompile(`^[^\s:]+(:\d+)+: `)

// printError writes an error to stderr: one line per problem, located lines
// as they are, the rest after the program's name.
func printError(w io.Writer, _ fang.Styles, err error) {
	if errors.Is(err, errAborted) || errors.Is(err, errSilent) || errors.Is(err, syscall.EPIPE) {
		return
	}
	ps, isProblems := assessment.AsProblems(err)
	// Problems not wrapped in other words: every line names its file.
	bare := isProblems && err.Error() == ps.Error()
	for _, line := range strings.Split(strings.TrimRight(err.Error(), "\n"), "\n") {
		// File names and values come from users: nothing in them may
		// reach the terminal as a control sequence.
		line = assessment.Printable(line)
		if located.MatchString(line) {
			fmt.Fprintln(w, line)
			continue
		}
		if bare {
			// It starts with a file's name, already lowercase where it
			// should be: R/x.json is not r/x.json.
			fmt.Fprintln(w, "powercore: "+line)
			continue
		}
		fmt.Fprintln(w, "powercore: "+lowerFirst(line))
	}
	if isProblems && len(ps) > 1 {
		fmt.Fprintf(w, "powercore: %d problems\n", len(ps))
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
