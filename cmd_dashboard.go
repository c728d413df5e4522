package main

import (
	"fmt"
	"os"

	"github.com/charmbracelet/x/term"
	"github.com/powercore/powercore/tui/workshop"
	"github.com/spf13/cobra"
)

func newDashboardCommand() *cobra.Command {
	var (
		present   bool
		questions string
	)
	cmd := &cobra.Command{
		Use:   "dashboard FOLDER",
		Short: "Live view of a workshop, for the projector",
		Long: "Show the live group view of a results folder (the one serve writes to): how many have finished and " +
			"how many are under way, updated every second. The group result stays hidden until you press r, so " +
			"you choose the moment the room sees it.",
		Example: `# On the projector, during a workshop:
powercore dashboard powercore-workshop-2026-11-23

# In a normal window:
powercore dashboard results/ --present=false

# A workshop run with its own bank (serve --questions):
powercore dashboard results/ --questions our-bank.yaml`,
		Args: exactArgs(1, "the results FOLDER to watch"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if info, err := os.Stat(args[0]); err != nil || !info.IsDir() {
				if err == nil {
					return usagef(cmd, "%s is a file; the dashboard watches a folder of results", args[0])
				}
				return fmt.Errorf("%s: no such folder (the folder serve writes results to; it prints its name when it starts)", args[0])
			}
			bank, err := loadBank(questions)
			if err != nil {
				return err
			}
			if !term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd()) {
				return usagef(cmd, "the dashboard needs a terminal: for a one-off group view use 'powercore aggregate %s'", args[0])
			}
			return workshop.RunDashboard(cmd.Context(), args[0], bank, present, os.Stdin, os.Stdout)
		},
	}
	cmd.Flags().BoolVar(&present, "present", true, "projector layout (--present=false: a window)")
	cmd.Flags().StringVarP(&questions, "questions", "q", "", "the bank FILE the workshop uses (default: built-in), for its thresholds and words")
	return cmd
}
