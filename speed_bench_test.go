package main

// The speed budgets of issue 13, measured side by side with a reference in
// the same run (numbers in the README's Performance section):
//
//	bytes per arrow key, six short options     ≤ gum choose's
//	bytes per arrow key, a practice question   ≤ gum choose's
//	first frame                                ≤ 0.5× gum choose's
//	aggregate of 10,000 results                ≤ 0.5× jq's per-core means
//
//	go test . -run XXX -bench 'Arrow|FirstFrame|VersusJq' -benchtime 1x
//
// gum is found on PATH or at $GUM; without it the gum rows are skipped
// (go install github.com/charmbracelet/gum@latest fetches it).
// $POWERCORE_BENCH_BINARY times another build of powercore (an older
// commit, say) in place of the one built for the tests. The
// server's budgets are in tui/workshop (BenchmarkServerCPUPerKey,
// BenchmarkWorkshop200).

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// Every program runs on a 100×30 terminal.
const speedWidth, speedHeight = 100, 30

// The six short options, and the practice question's levels as the
// built-in bank words them (testdata/speed/bank.yaml holds the same).
var (
	sixOptions = []string{"Product", "Sales", "Marketing", "The business itself", "IT", "Customer"}
	levelRows  = []string{
		"0  Not done — We do not do this today.",
		"1  Ad hoc — It happens when someone pushes for it, differently each time.",
		"2  Repeatable — It is done the same way each time, but rests on the people who do it.",
		"3  Systematic — It follows a set process with a named owner.",
		"4  Embedded and measured — The process is measured, and the numbers change what we do.",
		"?  Don't know",
	}
)

// gumBinary is gum's path, or "" when it is not installed.
func gumBinary() string {
	if g := os.Getenv("GUM"); g != "" {
		return g
	}
	g, _ := exec.LookPath("gum")
	return g
}

// powercoreBinary is the powercore the benchmarks run.
func powercoreBinary() string {
	if p := os.Getenv("POWERCORE_BENCH_BINARY"); p != "" {
		return p
	}
	return binary
}

// needGum skips a benchmark of gum when there is none.
func needGum(b *testing.B) string {
	g := gumBinary()
	if g == "" {
		b.Skip("gum is not installed: set $GUM or put gum on PATH (go install github.com/charmbracelet/gum@latest)")
	}
	return g
}

// startSpeedRun starts powercore on the speed bank, fresh, with its own
// state folder, and waits for its intro.
func startSpeedRun(b *testing.B) *ptyProgram {
	b.Helper()
	env := []string{"POWERCORE_STATE_DIR=" + b.TempDir()}
	p := startOnPty(b, speedWidth, speedHeight, env, powercoreBinary(), "--questions", filepath.Join("testdata", "speed", "bank.yaml"), "--name", "Ann", "--fresh")
	if _, ok := p.firstShows("You will learn", 10*time.Second); !ok {
		b.Fatal("powercore did not show its intro")
	}
	return p
}

// BenchmarkArrowKeyBytes is the bytes written to the terminal per ↓ or ↑
// on a question, powercore and gum choose on the same options.
func BenchmarkArrowKeyBytes(b *testing.B) {
	const keys = 20
	b.Run("six-options/powercore", func(b *testing.B) {
		for b.Loop() {
			p := startSpeedRun(b)
			p.key(b, keyEnter)
			if _, ok := p.firstShows("Who wins a budget fight?", 10*time.Second); !ok {
				b.Fatal("powercore did not show the choice question")
			}
			b.ReportMetric(p.bytesPerArrow(b, keys), "B/key")
			p.stop()
		}
	})
	b.Run("six-options/gum", func(b *testing.B) {
		gum := needGum(b)
		for b.Loop() {
			p := startOnPty(b, speedWidth, speedHeight, nil, gum, append([]string{"choose"}, sixOptions...)...)
			if _, ok := p.firstShows("Customer", 10*time.Second); !ok {
				b.Fatal("gum did not show its options")
			}
			b.ReportMetric(p.bytesPerArrow(b, keys), "B/key")
			p.stop()
		}
	})
	b.Run("practice/powercore", func(b *testing.B) {
		for b.Loop() {
			p := startSpeedRun(b)
			p.key(b, keyEnter)
			if _, ok := p.firstShows("Who wins a budget fight?", 10*time.Second); !ok {
				b.Fatal("powercore did not show the choice question")
			}
			p.key(b, keyEnter)
			if _, ok := p.firstShows("how many we lost", 10*time.Second); !ok {
				b.Fatal("powercore did not show the practice question")
			}
			b.ReportMetric(p.bytesPerArrow(b, keys), "B/key")
			p.stop()
		}
	})
	b.Run("practice/gum", func(b *testing.B) {
		gum := needGum(b)
		for b.Loop() {
			p := startOnPty(b, speedWidth, speedHeight, nil, gum, append([]string{"choose"}, levelRows...)...)
			if _, ok := p.firstShows("Don't know", 10*time.Second); !ok {
				b.Fatal("gum did not show its options")
			}
			b.ReportMetric(p.bytesPerArrow(b, keys), "B/key")
			p.stop()
		}
	})
}

// BenchmarkFirstFrame is the time from starting the program to its first
// screen's text on the terminal: powercore's intro, gum choose's options.
// The median of runs runs is reported.
func BenchmarkFirstFrame(b *testing.B) {
	const runs = 15
	measure := func(b *testing.B, start func() *ptyProgram, text string) {
		var took []time.Duration
		for range runs {
			p := start()
			d, ok := p.firstShows(text, 10*time.Second)
			if !ok {
				b.Fatalf("%q never showed", text)
			}
			took = append(took, d)
			p.stop()
		}
		slices.Sort(took)
		b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "ms-median")
		b.ReportMetric(float64(took[0].Microseconds())/1000, "ms-min")
	}
	b.Run("powercore", func(b *testing.B) {
		for b.Loop() {
			measure(b, func() *ptyProgram {
				env := []string{"POWERCORE_STATE_DIR=" + b.TempDir()}
				return startOnPty(b, speedWidth, speedHeight, env, powercoreBinary(), "--name", "Ann", "--fresh")
			}, "You will learn")
		}
	})
	b.Run("gum", func(b *testing.B) {
		gum := needGum(b)
		for b.Loop() {
			measure(b, func() *ptyProgram {
				return startOnPty(b, speedWidth, speedHeight, nil, gum, append([]string{"choose"}, sixOptions...)...)
			}, "Customer")
		}
	})
}

// BenchmarkAggregateVersusJq is `powercore aggregate` of 10,000 result
// files against jq working out only the per-core means of the same files,
// each as a process, turn about.
func BenchmarkAggregateVersusJq(b *testing.B) {
	dir := b.TempDir()
	writeTeam(b, dir, 10_000)
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) != 10_000 {
		b.Fatalf("%d files written: %v", len(files), err)
	}
	jq, err := exec.LookPath("jq")
	if err != nil {
		b.Log("jq is not installed: only powercore is timed")
	}
	const means = `[inputs.cores[]] | group_by(.id) | map({core: .[0].id, mean: (map(.score) | add / length)})`
	var ours, theirs []time.Duration
	time1 := func(name string, args ...string) time.Duration {
		cmd := exec.Command(name, args...)
		start := time.Now()
		if out, err := cmd.Output(); err != nil || len(out) == 0 {
			b.Fatalf("%s: %v", name, err)
		}
		return time.Since(start)
	}
	for b.Loop() {
		ours = append(ours, time1(powercoreBinary(), "aggregate", dir, "--format", "json"))
		if jq != "" {
			theirs = append(theirs, time1(jq, append([]string{"-n", means}, files...)...))
		}
	}
	median := func(ds []time.Duration) time.Duration {
		slices.Sort(ds)
		return ds[len(ds)/2]
	}
	b.ReportMetric(median(ours).Seconds(), "s-powercore")
	if len(theirs) > 0 {
		b.ReportMetric(median(theirs).Seconds(), "s-jq")
		b.ReportMetric(median(ours).Seconds()/median(theirs).Seconds(), "ratio")
		b.Log(fmt.Sprintf("aggregate %v, jq %v (median of %d each)", median(ours), median(theirs), len(ours)))
	}
}
