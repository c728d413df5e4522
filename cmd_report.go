package main

import (
	"fmt"
	"io"

	"github.com/powercore/powercore/assessment"
	"github.com/spf13/cobra"
)

func newReportCommand() *cobra.Command {
	var (
		questions string
		out       output
	)
	cmd := &cobra.Command{
		Use:   "report RESULT",
		Short: "Show a saved result again, in any format",
		Long: `Show a saved result (JSON or YAML) as text, Markdown, JSON, YAML or HTML.
The advice (the core's card, next steps, reflection prompts) comes from the
result's bank: the built-in one, or --questions FILE.`,
		Example: `# Read a result again:
powercore report result.json

# Turn it into Markdown for a wiki page:
powercore report result.json --format md --out result.md`,
		Args: exactArgs(1, "one RESULT file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.check(cmd); err != nil {
				return err
			}
			data, file, err := readInput(args[0])
			if err != nil {
				return err
			}
			result, err := assessment.ReadResult(file, data)
			if err != nil {
				return err
			}
			bank, err := loadBank(questions)
			if err != nil {
				return err
			}
			switch {
			case bank.ID != result.Bank.ID:
				fmt.Fprintf(cmd.ErrOrStderr(), "powercore: %s is a result of bank %q, not %q: showing its scores without the bank's advice (use --questions with its bank)\n", file, assessment.Printable(result.Bank.ID), bank.ID)
				bank = nil
			case result.Bank.SHA256 != "" && bank.SHA256 != result.Bank.SHA256:
				fmt.Fprintf(cmd.ErrOrStderr(), "powercore: %s was scored with version %s of bank %q; the advice shown is from version %s\n", file, assessment.Printable(result.Bank.Version), bank.ID, bank.Version)
			}
			return out.write(cmd, "the report", func(w io.Writer, f assessment.Format) error {
				return assessment.Export(w, f, result, bank)
			}, func() error {
				return printResult(cmd, result, bank, false, nil)
			})
		},
	}
	cmd.Flags().StringVarP(&questions, "questions", "q", "", "the question bank `FILE` the result came from (default: the built-in bank)")
	out.addFlags(cmd, "the report")
	return cmd
}
