package main

import (
	"io"
	"os"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
)

// loadBank reads and validates the bank at path, or the built-in bank when
// path is empty. "-" reads standard input.
func loadBank(path string) (*assessment.Bank, error) {
	if path == "" {
		return assessment.Parse(builtinName, builtinBank)
	}
	data, name, err := readInput(path)
	if err != nil {
		return nil, err
	}
	return assessment.Parse(name, data)
}

// readInput reads a file a user named, or standard input for "-", within
// the size limit every file read has.
func readInput(path string) ([]byte, string, error) {
	if path != "-" {
		data, err := store.ReadFile(path)
		return data, path, err
	}
	data, err := io.ReadAll(io.LimitReader(os.Stdin, assessment.MaxFileSize+1))
	if err != nil {
		return nil, "stdin", err
	}
	return data, "stdin", nil
}
