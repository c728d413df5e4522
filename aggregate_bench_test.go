package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
)

// writeTeam writes n result files into dir: the saved result in
// testdata/team with a new respondent and shuffled core scores each.
func writeTeam(tb testing.TB, dir string, n int) {
	tb.Helper()
	data, err := os.ReadFile("testdata/team/r0.json")
	if err != nil {
		tb.Fatal(err)
	}
	var r assessment.Result
	if err := json.Unmarshal(data, &r); err != nil {
		tb.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		r.Respondent = fmt.Sprintf("Participant %05d", i)
		total := 0.0
		for j := range r.Cores {
			r.Cores[j].Score = rng.Float64()
			total += r.Cores[j].Score
		}
		for j := range r.Cores {
			r.Cores[j].Score *= 100 / total
		}
		out, err := json.MarshalIndent(&r, "", "  ")
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%05d.json", i)), out, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkAggregate10000 is `powercore aggregate DIR --format json` over
// 10,000 result files, without starting the process: find, read and parse
// the files in parallel, average them, write the group profile.
func BenchmarkAggregate10000(b *testing.B) {
	dir := b.TempDir()
	writeTeam(b, dir, 10_000)
	b.ResetTimer()
	for b.Loop() {
		named, err := loadResults([]string{dir}, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		g := assessment.Aggregate(named, nil)
		if err := export.Group(io.Discard, export.FormatJSON, &g, nil); err != nil {
			b.Fatal(err)
		}
		if g.N != 10_000 {
			b.Fatalf("aggregated %d results, want 10000", g.N)
		}
	}
}
