package tui

import (
	"bytes"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestWholeProgramFlow runs the real Bubble Tea program over the tiny bank
// with teatest: every key goes through the program's own event loop.
func TestWholeProgramFlow(t *testing.T) {
	bank := parseBank(t, tinyBank)
	m := newModel(bank, Options{Name: "Ann", Seed: 1, Now: func() time.Time { return testNow }})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30))

	waitFor := func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	send := func(keys ...string) {
		for _, k := range keys {
			tm.Send(keyMsg(k))
		}
	}

	waitFor("start")
	send("enter")
	waitFor("success?")
	send("3", "down", "1", "enter")
	waitFor("budget")
	send("down", "enter")
	waitFor("count")
	send("down", "enter")
	waitFor("leave.")
	send("down", "down", "enter")
	waitFor("else?")
	send("enter")
	waitFor("Review")
	send("enter")
	waitFor("dominant")
	send("q")

	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*model)
	if final.result == nil || final.aborted {
		t.Fatalf("the program ended without a result (aborted %v)", final.aborted)
	}
	// Sales 3 of 4 points and Product the budget fight: Product 62.5,
	// Sales 37.5.
	if got := final.result.Dominant; len(got) != 1 || got[0] != "product" {
		t.Errorf("dominant = %v, want [product]", got)
	}
	if a, _ := final.result.Answers.Get("budget"); a.Value != "b" {
		t.Errorf("budget = %q, want b", a.Value)
	}
	if a, _ := final.result.Answers.Get("why"); a.Value != "2" {
		t.Errorf("why = %q, want 2", a.Value)
	}
}
