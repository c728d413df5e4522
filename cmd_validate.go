package main

import (
	"fmt"
	"strings"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
	"github.com/spf13/cobra"
)

func newValidateCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "validate [FILE]",
		Short: "Check a question bank, its size and time",
		Long: "Check a question bank: every problem is reported at once, each with its file:line:column and " +
			"what to do about it. Without FILE, checks the built-in bank. On success, prints what the bank " +
			"holds and about how long it takes.",
		Example: `# Check the built-in bank:
powercore validate

# Check a bank of your own:
powercore validate my-bank.yaml`,
		Args: maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := ""
			if len(args) == 1 {
				path = args[0]
			}
			bank, err := loadBank(path)
			if err != nil {
				return err
			}
			for _, w := range bank.Warnings() {
				fmt.Fprintln(cmd.ErrOrStderr(), w.Error())
			}
			fmt.Fprintln(cmd.OutOrStdout(), describeBank(bank))
			return nil
		},
	}
}

// describeBank says what a valid bank holds, in one line.
func describeBank(b *assessment.Bank) string {
	c := b.Count()
	var kinds []string
	for _, k := range []assessment.Kind{assessment.Allocate, assessment.Choice, assessment.Scale, assessment.Text} {
		if n := c.ByKind[k]; n > 0 {
			kinds = append(kinds, fmt.Sprintf("%d %s", n, k))
		}
	}
	optional := ""
	if c.Optional > 0 {
		optional = fmt.Sprintf("; %d optional", c.Optional)
	}
	return fmt.Sprintf("%s: ok: %q version %s: %s, %s, %s, %s (%s%s); %s",
		b.Source, b.ID, b.Version,
		summary.Plural(c.Cores, "core", "cores"), summary.Plural(c.Competencies, "competency", "competencies"),
		summary.Plural(c.Sections, "section", "sections"), summary.Plural(c.Questions, "question", "questions"),
		strings.Join(kinds, ", "), optional, assessment.Minutes(b.Estimate()))
}
