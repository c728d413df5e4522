package main

import (
	"fmt"
	"io"
	"os"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/assessment/summary"
	"github.com/spf13/cobra"
)

func newCompareCommand() *cobra.Command {
	var (
		questions string
		out       output
	)
	cmd := &cobra.Command{
		Use:   "compare BEFORE AFTER",
		Short: "What moved between two results or groups",
		Long: "Compare two results (a person's, months apart) or two group profiles (a team's, from aggregate; " +
			"a folder of results counts as a group): each core and competency before, after and the change, " +
			"the dominant and supporting core before and after, and every change of 10 points or more " +
			"called out.",
		Example: `# What moved since last quarter:
powercore compare q1.json q3.json

# Two workshops of the same team, as a report:
powercore compare 2026-q1/ 2026-q3/ --out change.html`,
		Args: exactArgs(2, "two files to compare: BEFORE and AFTER"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.check(cmd); err != nil {
				return err
			}
			bank, err := loadBank(questions)
			if err != nil {
				return err
			}
			before, err := loadProfile(cmd, args[0], bank)
			if err != nil {
				return err
			}
			after, err := loadProfile(cmd, args[1], bank)
			if err != nil {
				return err
			}
			if before.Bank.ID != after.Bank.ID {
				return fmt.Errorf("%s is of bank %q and %s of bank %q: only results of the same bank can be compared",
					assessment.Printable(args[0]), assessment.Printable(before.Bank.ID), assessment.Printable(args[1]), assessment.Printable(after.Bank.ID))
			}
			if bank.ID != before.Bank.ID {
				bank = nil
			}
			if note := summary.RespondentsDiffer(before, after); note != "" {
				fmt.Fprintln(cmd.ErrOrStderr(), "powercore: "+note)
			}
			c := summary.Compare(before, after)
			return out.write(cmd, func(w io.Writer, f export.Format) error {
				return export.Comparison(w, f, &c, bank)
			}, nil)
		},
	}
	cmd.Flags().StringVarP(&questions, "questions", "q", "", "the bank FILE of the results (default: built-in)")
	out.addFlags(cmd, "the comparison")
	return cmd
}

// loadProfile reads one side of a comparison: a result or group file, or a
// folder of results taken as a group, scored by the bank when it is theirs.
func loadProfile(cmd *cobra.Command, path string, bank *assessment.Bank) (assessment.Profile, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		named, err := loadResults([]string{path}, cmd.ErrOrStderr())
		if err != nil {
			return assessment.Profile{}, err
		}
		g := assessment.Aggregate(named, bank)
		return assessment.ProfileOfGroup(&g, path), nil
	}
	data, name, err := readInput(path)
	if err != nil {
		return assessment.Profile{}, err
	}
	return assessment.ReadProfile(name, data)
}
