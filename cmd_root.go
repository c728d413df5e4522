package main

import (
	"github.com/spf13/cobra"
)

func newRootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "powercore",
		Short: "Find your company's Power Core and the customer-focus gaps it leaves",
		Long: `powercore asks about 25 questions in 5–7 minutes and shows which part of your
company really holds the power — its Power Core: Product, Sales, Marketing, the
vertical business itself, IT or the Customer — which one supports it, where the
five customer-focus competencies fall short, and what to do about it given that
core.`,
		Example: `# Take the assessment, then save the result:
powercore --out result.json

# Score an answers file without the interactive screens:
powercore score --answers answers.yaml

# Check a question bank of your own:
powercore validate my-bank.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return cmd.Help()
		},
	}
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usageError{command: cmd.CommandPath(), err: err}
	})
	root.AddCommand(
		newValidateCommand(),
		newScoreCommand(),
		newReportCommand(),
	)
	return root
}
