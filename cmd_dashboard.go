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
		opts      workshop.DashboardOptions
		questions string
	)
	cmd := &cobra.Command{
		Use:   "dashboard FOLDER",
		Short: "Live view of a workshop, for the projector",
		Long: "Show a workshop on the projector as four slides (space or pgdn: next; pgup: back; 1–4: a slide): " +
			"joining — the command to type, the passphrase, this computer's addresses and its host key, with how " +
			"many have finished and where the others are; the group's Power Core, every core with one anonymous " +
			"dot per member; the competencies; and where the room disagrees most, with the first action. " +
			"It updates every second. The group slides stay hidden until you press r, so you choose the moment " +
			"the room sees them. The join details are read from FOLDER/.workshop, which serve writes while " +
			"it runs; when no server runs on the folder, the dashboard says so and no longer counts anyone as " +
			"answering. Nobody is named unless you give --names.",
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
			return workshop.RunDashboard(cmd.Context(), args[0], bank, opts, os.Stdin, os.Stdout)
		},
	}
	cmd.Flags().BoolVar(&opts.Present, "present", true, "projector layout (--present=false: a window)")
	cmd.Flags().BoolVar(&opts.Names, "names", false, "show who sees which core as dominant (default: nobody is named)")
	cmd.Flags().StringVarP(&questions, "questions", "q", "", "the bank FILE the workshop uses (default: built-in), for its thresholds and words")
	return cmd
}
