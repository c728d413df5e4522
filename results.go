package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
)

// loadResults reads the result files behind paths, naming on stderr each
// file passed over and warning when the results come from different
// versions of their bank.
func loadResults(paths []string, stderr io.Writer) ([]assessment.Named, error) {
	// Reading thousands of files makes short-lived garbage in bursts: a
	// collector that runs a quarter as often saves a fifth of the time, for
	// a few megabytes.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	named, err := store.LoadResults(paths, func(path string, why error) {
		line, _, _ := strings.Cut(why.Error(), "\n")
		// A read error already names its file; a reason does not.
		if !strings.HasPrefix(line, path+":") {
			line = path + ": " + line
		}
		fmt.Fprintf(stderr, "powercore: skipped %s\n", assessment.Printable(line))
	})
	if err != nil {
		return nil, err
	}
	if vs := store.Versions(named); len(vs) > 0 {
		fmt.Fprintf(stderr, "powercore: warning: the results come from different versions of bank %q (%s); questions may differ between them\n",
			assessment.Printable(named[0].Result.Bank.ID), strings.Join(vs, ", "))
	}
	return named, nil
}
