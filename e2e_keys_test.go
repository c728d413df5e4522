package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRefusedKeysSaySo: a digit asking for more points than are left sets
// what is left and says so; a point taken from an empty row and a digit
// that is no level are refused in words, in the same place.
func TestRefusedKeysSaySo(t *testing.T) {
	bank := builtin(t)
	questions := bank.Questions()
	total := len(questions)
	q := questions[0]
	rows := len(q.Options)
	tm := newTerminal(t, 80, 24)
	tm.start(nil, false, "--name", "Kai")
	tm.waitText("enter start")
	tm.press("Enter")
	tm.waitQuestion(1, total)

	i := tm.focusRow(labelOf(t, q, "sales"), rows)
	tm.typeText("9")
	tm.waitPoints(i, rows, 9)
	j := tm.focusRow(labelOf(t, q, "product"), rows)
	tm.typeText("5")
	tm.waitPoints(j, rows, 1)
	tm.waitText("only 1 point was left, so this row has 1")

	tm.focusRow(labelOf(t, q, "it"), rows)
	tm.typeText("-")
	tm.waitText("this row has no points to take away")

	tm.press("Enter")
	tm.answerFrom(bank, 1, 6)
	tm.waitQuestion(7, total)
	tm.typeText("7")
	tm.waitText("7 is not a level here")
	tm.press("C-c")
	tm.wait()
}

// TestDashboardRevealsOnlyOnR: space pages the group view, as everywhere
// else; only r reveals or hides it.
func TestDashboardRevealsOnlyOnR(t *testing.T) {
	tm := newTerminal(t, 80, 24)
	results := filepath.Join(tm.dir, "results")
	os.MkdirAll(results, 0o700)
	for _, n := range []string{"r0.json", "r1.json", "r2.json"} {
		data, _ := os.ReadFile(filepath.Join("testdata/team", n))
		os.WriteFile(filepath.Join(results, n), data, 0o600)
	}
	tm.start(nil, true, "dashboard", "--present=false", results)
	dash := func(what string, ok func(string) bool) string {
		return tm.poll(what, func() (string, bool) {
			s := tm.capture("spare", false, false)
			return s, ok(s)
		})
	}
	dash("the hidden group result", func(s string) bool { return strings.Contains(s, "The group result is hidden") })
	tm.press("Space")
	tm.press("r")
	revealed := dash("the group result after r", func(s string) bool {
		return strings.Contains(s, "3 finished") && !strings.Contains(s, "is hidden")
	})
	tm.press("Space")
	paged := dash("the group result paged down", func(s string) bool { return s != revealed })
	if strings.Contains(paged, "is hidden") {
		t.Errorf("space hid the group result instead of paging:\n%s", paged)
	}
	if !strings.Contains(paged, "space") {
		t.Errorf("the dashboard's help line does not name space:\n%s", paged)
	}
	tm.press("q")
	tm.wait()
}
