package main

import (
	"io"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/spf13/cobra"
)

func newScoreCommand() *cobra.Command {
	var (
		answers, questions, name string
		template                 bool
		out                      output
	)
	cmd := &cobra.Command{
		Use:   "score",
		Short: "Score an answers file, without the screens",
		Long: "Score an answers file (YAML or JSON; a result file works too) against the bank and print the " +
			"summary. Every problem with the answers is reported at once, naming the question it is about. " +
			"--template prints an answers file to fill in.",
		Example: `# Start from a file to fill in:
powercore score --template > answers.yaml

# Score answers against the built-in bank:
powercore score --answers answers.yaml

# Save the result as JSON as well:
powercore score --answers answers.yaml --out result.json

# Markdown, with a bank of your own:
powercore score -a answers.yaml -q my-bank.yaml --format md`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if template {
				bank, err := loadBank(questions)
				if err != nil {
					return err
				}
				return assessment.WriteAnswersTemplate(cmd.OutOrStdout(), bank)
			}
			if answers == "" {
				return usagef(cmd, "--answers FILE is required: the answers to score (--template prints a file to fill in)")
			}
			if err := out.check(cmd); err != nil {
				return err
			}
			bank, err := loadBank(questions)
			if err != nil {
				return err
			}
			data, file, err := readInput(answers)
			if err != nil {
				return err
			}
			resp, err := assessment.ReadResponse(file, data, bank)
			if err != nil {
				return err
			}
			if name != "" {
				resp.Respondent = name
			}
			if resp.CompletedAt.IsZero() {
				resp.CompletedAt = time.Now().UTC().Truncate(time.Second)
			}
			if resp.StartedAt.IsZero() {
				resp.StartedAt = resp.CompletedAt
			}
			result := assessment.Score(bank, *resp)
			return out.write(cmd, func(w io.Writer, f assessment.Format) error {
				return assessment.Export(w, f, &result, bank)
			}, func() error {
				return printResult(cmd, &result, bank, false, nil)
			})
		},
	}
	cmd.Flags().StringVarP(&answers, "answers", "a", "", "the answers FILE (YAML or JSON; - for stdin)")
	cmd.Flags().StringVarP(&questions, "questions", "q", "", "the question bank FILE (default: built-in)")
	cmd.Flags().StringVar(&name, "name", "", "the respondent's name, recorded in the result")
	cmd.Flags().BoolVar(&template, "template", false, "print an answers file to fill in, and stop")
	out.addFlags(cmd, "the result")
	return cmd
}
