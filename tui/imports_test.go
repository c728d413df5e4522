package tui_test

import (
	"os/exec"
	"strings"
	"testing"
)

// The questionnaire is a product of its own that the workshop hosts: no
// package but tui/workshop brings in SSH.
func TestOnlyTheWorkshopImportsSSH(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", ".", "./allocate", "./choose", "./render", "../assessment/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, path := range strings.Fields(string(out)) {
		if strings.Contains(path, "charmbracelet/ssh") || strings.Contains(path, "wish") || strings.HasSuffix(path, "x/crypto/ssh") {
			t.Errorf("%s is among the dependencies of the questionnaire", path)
		}
	}
}

// Signals are the command's to install, and test packages stay out of the
// program: the questionnaire imports neither.
func TestTheQuestionnaireInstallsNoSignalsAndNoTestPackages(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", "{{join .Imports \"\\n\"}}", ".", "./allocate", "./render", "./internal/lineread").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, path := range strings.Fields(string(out)) {
		if path == "os/signal" || path == "testing" || strings.HasPrefix(path, "testing/") {
			t.Errorf("the questionnaire imports %s", path)
		}
	}
}
