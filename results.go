package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/powercore/powercore/assessment"
)

// resultFiles lists the files behind paths: a file as it is, a folder's
// .json, .yaml and .yml files (searched through, skipping hidden ones), in
// name order. A path that does not exist is reported and left out.
func resultFiles(paths []string, stderr io.Writer) []string {
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
			fmt.Fprintf(stderr, "powercore: %s: skipped: %v\n", assessment.Printable(p), describe(err))
			continue
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(stderr, "powercore: %s: skipped: %v\n", assessment.Printable(path), describe(err))
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
		if err != nil {
			fmt.Fprintf(stderr, "powercore: %s: %v\n", assessment.Printable(p), describe(err))
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return files
}

// describe drops the operation and path from an os error.
func describe(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// loadResults reads result files in parallel. A file that is not a
// readable result is named on stderr and skipped; so is a result of
// another bank than most of them.
func loadResults(paths []string, stderr io.Writer) ([]assessment.Named, error) {
	files := resultFiles(paths, stderr)
	results := make([]*assessment.Result, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				data, err := assessment.ReadFile(files[i])
				if err == nil {
					results[i], err = assessment.ReadResultScores(files[i], data)
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
			line, _, _ := strings.Cut(err.Error(), "\n")
			fmt.Fprintf(stderr, "powercore: skipped %s\n", assessment.Printable(line))
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
			return nil, fmt.Errorf("no result files found in %s", strings.Join(paths, ", "))
		}
		return nil, fmt.Errorf("none of the %s is a readable result", plural(len(files), "file", "files"))
	}
	bank := order[0]
	for _, id := range order {
		if banks[id] > banks[bank] {
			bank = id
		}
	}
	var named []assessment.Named
	versions := map[string]bool{}
	for i, r := range results {
		if r == nil {
			continue
		}
		if r.Bank.ID != bank {
			fmt.Fprintf(stderr, "powercore: skipped %s: a result of bank %q, not %q like the other %d\n",
				assessment.Printable(files[i]), assessment.Printable(r.Bank.ID), assessment.Printable(bank), banks[bank])
			continue
		}
		versions[r.Bank.Version] = true
		name := r.Respondent
		if strings.TrimSpace(name) == "" {
			name = files[i]
		}
		named = append(named, assessment.Named{Name: assessment.Printable(name), Result: r})
	}
	if len(versions) > 1 {
		vs := make([]string, 0, len(versions))
		for v := range versions {
			vs = append(vs, assessment.Printable(v))
		}
		sort.Strings(vs)
		fmt.Fprintf(stderr, "powercore: warning: the results come from different versions of bank %q (%s); questions may differ between them\n", assessment.Printable(bank), strings.Join(vs, ", "))
	}
	return named, nil
}
