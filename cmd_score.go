package main

import (
	"io"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/spf13/cobra"
)

func newScoreCommand() *cobra.Command {
	var (
		answers, questions, name, template string
		out                                output
	)
	cmd := &cobra.Command{
		Use:   "score",
		Short: "Score an answers file, without the screens",
		Long: "Score an answers file (YAML or JSON; a result file works too) against the bank and print the " +
			"summary. Every problem with the answers is reported at once, naming the question it is about. " +
			"--template prints an answers file to fill in; --template lines prints the piped input of --accessible, one line per question.",
		Example: `# Start from a file to fill in:
powercore score --template > answers.yaml

# Or the lines to pipe into powercore --accessible:
powercore score --template lines > answers.txt

# Score answers against the built-in bank:
powercore score --answers answers.yaml

# Save the result as JSON as well:
powercore score --answers answers.yaml --out result.json

# Markdown, with a bank of your own:
powercore score -a answers.yaml -q my-bank.yaml --format md`,
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if cmd.Flags().Changed("template") {
				// --template lines: the value may follow as a word of its own.
				if len(args) == 1 && template == "yaml" {
					template = args[0]
				}
				write, ok := templates[template]
				if !ok {
					return usagef(cmd, "--template %q: expected yaml (an answers file for --answers) or lines (the piped input of --accessible)", template)
				}
				bank, err := loadBank(questions)
				if err != nil {
					return err
				}
				return write(cmd.OutOrStdout(), bank)
			}
			if len(args) > 0 {
				return usagef(cmd, "unexpected argument %q: score takes its answers with --answers FILE", args[0])
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
			return out.write(cmd, func(w io.Writer, f export.Format) error {
				return export.Result(w, f, &result, bank)
			}, func() error {
				return printResult(cmd, &result, bank, false, nil)
			})
		},
	}
	cmd.Flags().StringVarP(&answers, "answers", "a", "", "the answers FILE (YAML or JSON; - for stdin)")
	cmd.Flags().StringVarP(&questions, "questions", "q", "", "the question bank FILE (default: built-in)")
	cmd.Flags().StringVar(&name, "name", "", "the respondent's name, recorded in the result")
	cmd.Flags().StringVar(&template, "template", "", "print answers to fill in, and stop: yaml (default) or lines")
	cmd.Flags().Lookup("template").NoOptDefVal = "yaml"
	out.addFlags(cmd, "the result")
	return cmd
}

// templates are the forms --template prints.
var templates = map[string]func(io.Writer, *assessment.Bank) error{
	"yaml":  export.WriteAnswersTemplate,
	"lines": export.WriteLinesTemplate,
}
