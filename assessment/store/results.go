package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
)

// Skip is told about each file a load passes over, and why.
type Skip func(path string, why error)

// ResultFiles lists the files behind paths: a file as it is, a folder's
// .json, .yaml and .yml files (searched through, skipping hidden ones such
// as a workshop's .in-progress), in name order. In a folder, a symbolic
// link or anything else that is not a plain file is passed to skip
// without being read: a link planted in a shared results folder must not
// make the program read (and quote) the file it points to.
func ResultFiles(paths []string, skip Skip) []string {
	files, _ := resultFiles(paths, skip)
	return files
}

// ErrLinkInFolder is the reason a symbolic link in a results folder is
// skipped.
var ErrLinkInFolder = errors.New("a symbolic link: links inside a folder are not followed (name the file itself to read it)")

// resultFiles is ResultFiles, also telling which files were found in a
// folder (read without following links) rather than named.
func resultFiles(paths []string, skip Skip) ([]string, map[string]bool) {
	var files []string
	seen := map[string]bool{}
	walked := map[string]bool{}
	add := func(f string, inFolder bool) {
		if !seen[f] {
			seen[f] = true
			files = append(files, f)
			walked[f] = inFolder
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			skip(p, describeIOError(err))
			continue
		}
		if !info.IsDir() {
			add(p, false)
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
				switch {
				case d.Type()&fs.ModeSymlink != 0:
					skip(path, ErrLinkInFolder)
				case d.Type().IsRegular():
					found = append(found, path)
				case !d.IsDir():
					skip(path, fmt.Errorf("%s, not a plain file", kindOf(d.Type())))
				}
			}
			return nil
		})
		sort.Strings(found)
		for _, f := range found {
			add(f, true)
		}
	}
	return files, walked
}

// ErrNoResults is returned when a load finds no readable result.
var ErrNoResults = errors.New("no readable result")

// LoadResults reads the result files behind paths in parallel, for a
// group. A file that is not a readable result is passed to skip; so is a
// result of another bank than most of them. Each result goes by its
// respondent's name, else its file's.
func LoadResults(paths []string, skip Skip) ([]assessment.Named, error) {
	files, walked := resultFiles(paths, skip)
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
				read := ReadFile
				if walked[files[i]] {
					read = ReadFileNoFollow // a link swapped in since the walk
				}
				data, err := read(files[i])
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
		if len(errs) == 1 {
			return nil, fmt.Errorf("%w: the one file is not a readable result", ErrNoResults)
		}
		return nil, fmt.Errorf("%w: none of the %d files is a readable result", ErrNoResults, len(errs))
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
