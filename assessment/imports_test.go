package assessment_test

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The domain computes and reads; it never touches the disk, the network or
// goroutines. Files, formats and wording are packages of their own beside it.
func TestDomainImportsNoSystemPackages(t *testing.T) {
	banned := map[string]bool{"os": true, "io/fs": true, "net": true, "sync": true, "os/exec": true, "net/http": true}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	machinery, _ := filepath.Glob("internal/*/*.go")
	files = append(files, machinery...)
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if banned[path] || strings.HasPrefix(path, "charm.land/") || strings.HasPrefix(path, "github.com/charmbracelet/") {
				t.Errorf("%s imports %q; the domain package stays pure", name, path)
			}
		}
	}
}
