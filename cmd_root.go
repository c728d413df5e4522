package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/charmbracelet/x/term"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/assessment/store"
	"github.com/powercore/powercore/tui"
	"github.com/powercore/powercore/tui/render"
	"github.com/spf13/cobra"
)

// assessFlags are the flags of the interactive assessment.
type assessFlags struct {
	questions, out, name              string
	force, present, accessible, fresh bool
}

func newRootCommand() *cobra.Command {
	var f assessFlags
	root := &cobra.Command{
		Use:   "powercore",
		Short: "Find your company's Power Core and the customer-focus gaps it leaves",
		Long: "powercore asks about 25 questions in 5–7 minutes and shows which part of your company " +
			"really holds the power — its Power Core: Product, Sales, Marketing, the vertical business itself, " +
			"IT or the Customer — which one supports it, where the five customer-focus competencies fall short, " +
			"and what to do about it given that core.",
		Example: `# Take the assessment:
powercore

# Take it and save the result when it is done:
powercore --out result.json

# Project it in a workshop:
powercore --present

# Plain line prompts, for screen readers or piped input:
powercore --accessible < answers.txt

# Score an answers file without the interactive screens:
powercore score --answers answers.yaml`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runAssessment(cmd, f)
		},
	}
	root.Flags().StringVarP(&f.questions, "questions", "q", "", "the question bank FILE (default: built-in)")
	root.Flags().StringVarP(&f.out, "out", "o", "", "save the result to FILE (format by extension)")
	root.Flags().BoolVar(&f.force, "force", false, "overwrite the --out file if it exists")
	root.Flags().StringVar(&f.name, "name", "", "your name for the result (otherwise asked)")
	root.Flags().BoolVar(&f.present, "present", false, "large, high-contrast screens for a projector")
	root.Flags().BoolVar(&f.accessible, "accessible", false, "plain prompts: screen readers, piped input")
	root.Flags().BoolVar(&f.fresh, "fresh", false, "start afresh instead of offering to resume")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usageError{command: cmd.CommandPath(), err: err}
	})
	root.AddCommand(
		newValidateCommand(),
		newScoreCommand(),
		newReportCommand(),
		newAggregateCommand(),
		newCompareCommand(),
		newServeCommand(),
		newDashboardCommand(),
		newResumeCodeCommand(),
	)
	// Cobra adds its completion command on its own; its help line is too
	// long for an 80-column terminal.
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			c.Short = "Print shell completions (bash, zsh, fish…)"
		}
	}

	return root
}

// runAssessment takes the user through the bank on the terminal, then
// prints the result.
func runAssessment(cmd *cobra.Command, f assessFlags) error {
	if f.out != "" {
		if _, err := export.FormatFor(f.out, export.FormatJSON); err != nil {
			return usagef(cmd, "--out %v", err)
		}
		if err := store.CheckTarget(f.out, f.force); err != nil {
			return err
		}
	}
	accessible := f.accessible || os.Getenv("ACCESSIBLE") != "" || os.Getenv("TERM") == "dumb"
	if !accessible && (!term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stderr.Fd())) {
		return usagef(cmd, "the interactive assessment needs a terminal: to score answers from a file use 'powercore score --answers FILE'; for plain line prompts (screen readers, piped input) use --accessible")
	}
	bank, err := loadBank(f.questions)
	if err != nil {
		return err
	}
	state := stateDir()
	// ctrl+c at a line prompt (on the screens it is a key), a closed
	// terminal (SIGHUP) or a polite kill (SIGTERM) end the run like ctrl+c
	// on the screens: progress kept, exit code 130.
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGHUP, syscall.SIGTERM)
	defer stop()
	outcome, err := tui.Run(ctx, bank, tui.Options{
		Name:       f.name,
		Present:    f.present,
		Accessible: accessible,
		Out:        f.out,
		Force:      f.force,
		StateDir:   state,
		Fresh:      f.fresh,
	})
	stderr := cmd.ErrOrStderr()
	for _, n := range outcome.Notices {
		fmt.Fprintln(stderr, "powercore: "+n.Line())
	}
	var badLine *tui.LineError
	switch {
	case errors.As(err, &badLine), errors.Is(err, tui.ErrAborted), errors.Is(err, tui.ErrInputEnded):
		switch {
		case badLine != nil:
			fmt.Fprintln(stderr, assessment.Printable(badLine.Error()))
			fmt.Fprintln(stderr, "powercore: stopped at that line; no result was saved")
		case errors.Is(err, tui.ErrInputEnded):
			fmt.Fprintln(stderr, "powercore: "+err.Error())
		}
		stopped(stderr, outcome)
		if errors.Is(err, tui.ErrAborted) {
			return errAborted
		}
		return errSilent
	case err != nil:
		return err
	}
	if err := printOutcome(cmd, bank, outcome, accessible, f.present); err != nil {
		return err
	}
	if outcome.SaveErr != nil || outcome.SavedTo == "" {
		return keepResult(cmd, outcome)
	}
	return nil
}

// stopped says what became of the answers of a run that stopped early.
func stopped(stderr io.Writer, o tui.Outcome) {
	switch {
	case o.Progress != "":
		fmt.Fprintf(stderr, "powercore: stopped with %d of %d questions answered; your answers are kept in %s\n", o.Answered, o.Questions, o.Progress)
		fmt.Fprintln(stderr, "powercore: run powercore again to resume where you left off")
	case o.Answered > 0 && o.ProgressErr != "":
		fmt.Fprintf(stderr, "powercore: stopped with %d of %d questions answered; they could not be kept: %s\n", o.Answered, o.Questions, lowerFirst(o.ProgressErr))
	case o.Answered > 0:
		fmt.Fprintf(stderr, "powercore: stopped with %d of %d questions answered; they were not kept (no folder to keep them in)\n", o.Answered, o.Questions)
	default:
		fmt.Fprintln(stderr, "powercore: stopped before any answer was given")
	}
}

// keepResult says where a result that was not saved where asked, or not
// saved at all, is kept (the run wrote a copy to the state folder before it
// removed the progress); a failed --out is still a failure (exit code 1).
func keepResult(cmd *cobra.Command, o tui.Outcome) error {
	stderr := cmd.ErrOrStderr()
	if errors.Is(o.SaveErr, syscall.EPIPE) {
		return o.SaveErr // the reader went away (| head): quiet, and kept
	}
	if o.SaveErr != nil {
		fmt.Fprintf(stderr, "powercore: could not save the result: %v\n", o.SaveErr)
		if o.SavedTo != "" {
			fmt.Fprintf(stderr, "powercore: it was saved to %s instead\n", o.SavedTo)
			return errSilent
		}
	}
	switch {
	case o.KeptIn == "":
		if o.KeepErr != nil {
			fmt.Fprintf(stderr, "powercore: the result could not be kept in the state folder either: %v\n", o.KeepErr)
		}
		if o.Progress != "" {
			fmt.Fprintf(stderr, "powercore: your answers are still kept in %s; run powercore again to finish and save\n", o.Progress)
		}
		return errSilent
	case o.SaveErr != nil:
		fmt.Fprintf(stderr, "powercore: the result is kept in %s (see it with: powercore report %s)\n", o.KeptIn, o.KeptIn)
		return errSilent
	}
	fmt.Fprintf(stderr, "powercore: not saved with s or --out; a copy is kept in %s (powercore report %s shows it)\n", o.KeptIn, o.KeptIn)
	return nil
}

// stateDir is where progress (and results that could not be saved) are
// kept: $POWERCORE_STATE_DIR, else $XDG_STATE_HOME/powercore, else
// ~/.local/state/powercore.
func stateDir() string {
	if dir := os.Getenv("POWERCORE_STATE_DIR"); dir != "" {
		return dir
	}
	if dir := os.Getenv("XDG_STATE_HOME"); dir != "" {
		return filepath.Join(dir, "powercore")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".local", "state", "powercore")
	}
	return filepath.Join(os.TempDir(), "powercore-state")
}

// printOutcome prints the result once the screens are gone, so that it
// stays in the terminal's scrollback (or goes down a pipe). On a projector
// it is the projected summary, colours or not: to the measure, and without
// the flags about how the person answered (the saved result keeps them).
func printOutcome(cmd *cobra.Command, bank *assessment.Bank, o tui.Outcome, plain, present bool) error {
	if o.Result == nil {
		return nil
	}
	var err error
	if f, width, ok := terminalStdout(cmd); ok && present && !plain {
		err = render.PrintSummary(f, o.Result, bank, width, o.Dark, true)
	} else {
		err = printResult(cmd, o.Result, bank, plain, &o.Dark)
	}
	if err != nil {
		return err
	}
	if o.SavedTo != "" {
		fmt.Fprintf(cmd.ErrOrStderr(), "saved the result to %s\n", o.SavedTo)
	}
	return nil
}
