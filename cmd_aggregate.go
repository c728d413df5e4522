package main

import (
	"io"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/tui/render"
	"github.com/spf13/cobra"
)

func newAggregateCommand() *cobra.Command {
	var (
		questions string
		present   bool
		names     bool
		out       output
	)
	cmd := &cobra.Command{
		Use:   "aggregate PATH...",
		Short: "Put a team's results into one group profile",
		Long: "Average the results in PATH (result files, or folders searched for .json, .yaml and .yml " +
			"files) into a group profile: each core's mean, spread and range, the group's dominant core, " +
			"how many members share it (consensus), and the competency gaps. A file that is not a readable " +
			"result is named and skipped; so is a result of another bank. On a terminal, the text format " +
			"draws each core with one anonymous dot per member, so the room sees where it agrees and where not. " +
			"The profile names nobody, in any format: members are listed by their scores alone, in an order that " +
			"says nothing of who they are; --names adds each member's name and own dominant core.",
		Example: `# The group view of a workshop's results:
powercore aggregate results/

# On the projector:
powercore aggregate results/ --present

# Save it as a report to e-mail:
powercore aggregate results/ --out team.html

# For the team's own records, with who saw what:
powercore aggregate results/ --names --out team-named.json`,
		Args: minArgs(1, "at least one PATH (a result file or a folder of them)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.check(cmd); err != nil {
				return err
			}
			bank, err := loadBank(questions)
			if err != nil {
				return err
			}
			named, err := loadResults(args, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			group := assessment.Aggregate(named, bank)
			if !names {
				group = group.Anonymous()
			}
			return out.write(cmd, func(w io.Writer, f export.Format) error {
				return export.Group(w, f, &group, bank)
			}, func() error {
				return printGroup(cmd, &group, bank, present)
			})
		},
	}
	cmd.Flags().StringVarP(&questions, "questions", "q", "", "the bank FILE of the results (default: built-in)")
	cmd.Flags().BoolVar(&present, "present", false, "lay the group view out for a projector")
	cmd.Flags().BoolVar(&names, "names", false, "name each member and their own dominant core (default: anonymous)")
	out.addFlags(cmd, "the group profile")
	return cmd
}

// printGroup prints a group's view on stdout: styled with member dots on a
// terminal, plain text otherwise.
func printGroup(cmd *cobra.Command, g *assessment.Group, bank *assessment.Bank, present bool) error {
	f, width, styled := styledStdout(cmd)
	if !styled {
		return export.Group(cmd.OutOrStdout(), export.FormatText, g, bank)
	}
	return render.PrintGroup(f, g, bank, width, hasDarkBackground(f), present)
}
