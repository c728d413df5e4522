package main

import (
	"fmt"
	"io"
	"os"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/assessment/store"
	"github.com/powercore/powercore/tui/render"
	"github.com/spf13/cobra"
)

// output is where a command sends what it made: stdout in --format, and a
// file with --out in the format its extension names.
type output struct {
	// what names what the command makes, as in "saved the result to …".
	what   string
	format string
	out    string
	force  bool

	stdoutFormat export.Format
	fileFormat   export.Format
}

// addFlags adds --format, --out and --force to a command.
func (o *output) addFlags(cmd *cobra.Command, what string) {
	o.what = what
	cmd.Flags().StringVar(&o.format, "format", "text", "format on stdout: "+export.FormatNames()+" (with --out: only when given)")
	cmd.Flags().StringVarP(&o.out, "out", "o", "", "save "+what+" to FILE (format by extension)")
	cmd.Flags().BoolVar(&o.force, "force", false, "overwrite the --out file if it exists")
}

// check validates the flags before any work is done, so that a bad format
// or a file that would be overwritten stops the command at once.
func (o *output) check(cmd *cobra.Command) error {
	f, err := export.ParseFormat(o.format)
	if err != nil {
		return usagef(cmd, "--format: %v", err)
	}
	o.stdoutFormat = f
	if o.out == "" {
		return nil
	}
	if o.fileFormat, err = export.FormatFor(o.out, f); err != nil {
		return usagef(cmd, "--out %v", err)
	}
	return store.CheckTarget(o.out, o.force)
}

// write renders to the --out file, if any, and to stdout, unless the file
// is stdout itself. Text on stdout is drawn by show when it is given, so
// that a terminal gets it styled.
func (o *output) write(cmd *cobra.Command, render func(io.Writer, export.Format) error, show func() error) error {
	if o.out != "" {
		err := store.WriteFile(o.out, 0o644, o.force, func(w io.Writer) error {
			return render(w, o.fileFormat)
		})
		if err != nil {
			return err
		}
		if isStdout(o.out) {
			return nil
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "saved %s to %s\n", o.what, o.out)
		// Asked for a file, the user gets the file: stdout carries a copy
		// only when --format asks for one.
		if !cmd.Flags().Changed("format") {
			return nil
		}
	}
	if o.stdoutFormat == export.FormatText && show != nil {
		return show()
	}
	return render(cmd.OutOrStdout(), o.stdoutFormat)
}

// isStdout reports a path that names the same file as standard output.
func isStdout(path string) bool {
	a, err := os.Stat(path)
	if err != nil {
		return false
	}
	b, err := os.Stdout.Stat()
	return err == nil && os.SameFile(a, b)
}

// printResult prints a result's summary on stdout: styled on a terminal
// (unless NO_COLOR or plain), plain text otherwise. dark, when known, spares
// asking the terminal for its background.
func printResult(cmd *cobra.Command, r *assessment.Result, bank *assessment.Bank, plain bool, dark *bool) error {
	f, width, styled := styledStdout(cmd)
	if plain || !styled {
		return export.WriteText(cmd.OutOrStdout(), r, bank)
	}
	if dark == nil {
		d := hasDarkBackground(f)
		dark = &d
	}
	return render.PrintSummary(f, r, bank, width, *dark, false)
}

// styledStdout is the command's stdout when it is a terminal that takes
// styling (not under NO_COLOR), with its width: 80 when it cannot be told.
func styledStdout(cmd *cobra.Command) (f *os.File, width int, ok bool) {
	if os.Getenv("NO_COLOR") != "" {
		return nil, 0, false
	}
	return terminalStdout(cmd)
}

// terminalStdout is the command's stdout when it is a terminal, with its
// width: 80 when it cannot be told.
func terminalStdout(cmd *cobra.Command) (f *os.File, width int, ok bool) {
	f, isFile := cmd.OutOrStdout().(*os.File)
	if !isFile || !term.IsTerminal(f.Fd()) {
		return nil, 0, false
	}
	width, _, err := term.GetSize(f.Fd())
	if err != nil || width <= 0 {
		width = 80
	}
	return f, width, true
}

// hasDarkBackground asks the terminal for its background through stdin;
// dark when stdin is not a terminal to ask.
func hasDarkBackground(out *os.File) bool {
	return !term.IsTerminal(os.Stdin.Fd()) || lipgloss.HasDarkBackground(os.Stdin, out)
}
