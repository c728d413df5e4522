package main

import (
	"fmt"
	"io"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/spf13/cobra"
)

func newReportCommand() *cobra.Command {
	var (
		questions string
		present   bool
		out       output
	)
	cmd := &cobra.Command{
		Use:   "report FILE",
		Short: "Show a saved result or group, in any format",
		Long: "Show a saved result, or a group profile written by aggregate (JSON or YAML), as text, Markdown, " +
			"JSON, YAML or HTML. The advice (the core's card, next steps, reflection prompts) comes from the " +
			"bank it was scored with: the built-in one, or --questions FILE.",
		Example: `# Read a result again:
powercore report result.json

# Turn it into a report to e-mail or print:
powercore report result.json --out result.html

# A group profile saved by aggregate, as Markdown:
powercore report team.json --format md`,
		Args: exactArgs(1, "one FILE: a result or a group profile"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.check(cmd); err != nil {
				return err
			}
			data, file, err := readInput(args[0])
			if err != nil {
				return err
			}
			result, group, err := assessment.ReadResultOrGroup(file, data)
			if err != nil {
				return err
			}
			bank, err := loadBank(questions)
			if err != nil {
				return err
			}
			if group != nil {
				return out.write(cmd, func(w io.Writer, f export.Format) error {
					return export.Group(w, f, group, bank)
				}, func() error {
					return printGroup(cmd, group, bank, present)
				})
			}
			switch {
			case bank.ID != result.Bank.ID:
				fmt.Fprintf(cmd.ErrOrStderr(), "powercore: %s is a result of bank %q, not %q: showing its scores without the bank's advice (use --questions with its bank)\n", file, assessment.Printable(result.Bank.ID), bank.ID)
				bank = nil
			case result.Bank.SHA256 != "" && bank.SHA256 != result.Bank.SHA256:
				fmt.Fprintf(cmd.ErrOrStderr(), "powercore: %s was scored with version %s of bank %q; the advice shown is from version %s\n", file, assessment.Printable(result.Bank.Version), bank.ID, bank.Version)
			}
			return out.write(cmd, func(w io.Writer, f export.Format) error {
				return export.Result(w, f, result, bank)
			}, func() error {
				return printResult(cmd, result, bank, false, nil)
			})
		},
	}
	cmd.Flags().StringVarP(&questions, "questions", "q", "", "the bank FILE it was scored with (default: built-in)")
	cmd.Flags().BoolVar(&present, "present", false, "lay a group view out for a projector")
	out.addFlags(cmd, "the report")
	return cmd
}
