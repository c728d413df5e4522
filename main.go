// Command powercore finds which part of a company holds the power (its
// Power Core) and where its customer-focus competencies fall short, in a
// five-to-seven-minute terminal assessment.
//
// Output rules: results go to stdout (or --out); messages go to stderr,
// lowercase, one problem per line, located as FILE:LINE:COL where there is
// a place to point at. Exit codes: 0 success, 1 failure, 2 wrong usage,
// 130 aborted by the user. This is the only file that calls os.Exit.
package main

import (
	"context"
	_ "embed"
	"os"
	"runtime/debug"

	"charm.land/fang/v2"
)

// builtinBank is the default question bank; --questions FILE replaces it.
//
//go:embed questions.yaml
var builtinBank []byte

// builtinName is how messages name the built-in bank.
const builtinName = "questions.yaml"

// release is the version of this source; a build stamped with
// -ldflags "-X main.version=…" or installed at a tagged version says so.
const release = "0.1.0"

var version = ""

func main() {
	root := newRootCommand()
	err := fang.Execute(context.Background(), root,
		fang.WithVersion(versionString()),
		fang.WithErrorHandler(printError),
	)
	os.Exit(exitCode(err))
}

func versionString() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return release + " (built from source)"
}
