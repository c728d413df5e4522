package main

import (
	"fmt"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/tui/workshop"
	"github.com/spf13/cobra"
)

func newResumeCodeCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "resume-code FOLDER NAME",
		Short: "Tell a workshop participant the resume code they lost",
		Long: "Print the resume code of the participant called NAME in a workshop's results FOLDER. " +
			"Someone who comes back under their name from another computer, or without the SSH key they " +
			"started with, is asked for the code shown on their screen when they started; if they lost it, " +
			"make sure it is them, then tell them the code this prints (not on the projector).",
		Example: `powercore resume-code powercore-workshop-2026-11-23 "Ann Lee"`,
		Args:    exactArgs(2, "the results FOLDER and the participant's NAME"),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := workshop.Folder(args[0]).SavedProgress(args[1])
			if err != nil {
				return err
			}
			name := assessment.Printable(p.Respondent)
			if p.Owner == nil {
				fmt.Fprintf(cmd.OutOrStdout(), "%s's answers were saved without a resume code (by an older powercore): they resume under their name alone.\n", name)
				return nil
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s's resume code: %s (%d answered, saved at %s)\n",
				name, p.Owner.Code, len(p.Answers), p.SavedAt.Local().Format("15:04"))
			return nil
		},
	}
}
