package store

import (
	"errors"
	"fmt"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Skip is told about each file a load passes over, and why.
type Skip func(path string, why error)

// ResultFiles lists the files behind paths: a file as it is, a folder's
// .json, .yaml and .yml files (searched through, skipping hidden ones such
// as a workshop's .in-progress), in name order.
func ResultFiles(paths []string, skip Skip) []string {
	var files []string
	seen := map[string]bool{}
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			files = append(files, f)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			skip(p, describeIOError(err))
			continue
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		var found []string
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				skip(path, describeIOError(err))
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".json", ".yaml", ".yml":
				if !d.IsDir() {
					found = append(found, path)
				}
			}
			return nil
		})
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return files
}

// ErrNoResults is returned when a load finds no readable result.
var ErrNoResults = errors.New("no readable result")

// LoadResults reads the result files behind paths in parallel, for a
// group. A file that is not a readable result is passed to skip; so is a
// result of another bank than most of them. Each result goes by its
// respondent's name, else its file's.
func LoadResults(paths []string, skip Skip) ([]assessment.Named, error) {
	files := ResultFiles(paths, skip)
	results := make([]*assessment.Result, len(files))
	runs := make([][]byte, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				data, err := ReadFile(files[i])
				if err == nil {
					results[i], runs[i], err = assessment.ReadResultForGroup(files[i], data)
				}
				errs[i] = err
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	banks := map[string]int{}
	var order []string
	for i, err := range errs {
		if err != nil {
			skip(files[i], err)
			continue
		}
		id := results[i].Bank.ID
		if banks[id] == 0 {
			order = append(order, id)
		}
		banks[id]++
	}
	if len(order) == 0 {
		if len(files) == 0 {
			return nil, fmt.Errorf("%w: no result files in %s", ErrNoResults, strings.Join(paths, ", "))
		}
		files := "the 1 file"
		if len(errs) != 1 {
			files = fmt.Sprintf("the %d files", len(errs))
		}
		return nil, fmt.Errorf("%w: none of %s is a readable result", ErrNoResults, files)
	}
	bank := order[0]
	for _, id := range order {
		if banks[id] > banks[bank] {
			bank = id
		}
	}
	var named []assessment.Named
	// The same run saved twice (as .json and .yaml, say) counts once. Only
	// the same answers make the same run: people scored from answers files
	// in the same second share everything else. The answers are compared
	// only between runs alike in all else.
	type run struct {
		who           string
		started, done time.Time
		sha           string
	}
	first := map[run][]int{}
	for i, r := range results {
		if r == nil {
			continue
		}
		if r.Bank.ID != bank {
			skip(files[i], fmt.Errorf("a result of bank %q, not %q like the other %d", assessment.Printable(r.Bank.ID), assessment.Printable(bank), banks[bank]))
			continue
		}
		if !r.CompletedAt.IsZero() {
			key := run{r.Respondent, r.StartedAt.UTC(), r.CompletedAt.UTC(), r.Bank.SHA256}
			if seen := slices.IndexFunc(first[key], func(j int) bool { return assessment.SameRun(runs[i], runs[j]) }); seen >= 0 {
				skip(files[i], fmt.Errorf("the same result as %s (same person, same run)", files[first[key][seen]]))
				continue
			}
			first[key] = append(first[key], i)
		}
		name := r.Respondent
		if strings.TrimSpace(name) == "" {
			name = files[i]
		}
		named = append(named, assessment.Named{Name: assessment.Printable(name), Result: r})
	}
	return named, nil
}

// Versions lists the bank versions among results, Printable, when they
// differ.
func Versions(named []assessment.Named) []string {
	return summary.PrintableAll(assessment.Versions(named))
}
