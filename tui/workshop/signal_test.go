//go:build unix

package workshop

import (
	"os"
	"os/signal"
	"syscall"
	"testing"
	"time"
)

// Bug: each participant's program caught the server's SIGINT itself and
// ended as if its participant had pressed ctrl+c, before the server could
// tell anyone the workshop was closing. Not parallel: it signals the test
// process (which catches the signal while it runs).
func TestWorkshopSignalGoesToTheServerNotThePrograms(t *testing.T) {
	caught := make(chan os.Signal, 1)
	signal.Notify(caught, os.Interrupt)
	defer signal.Stop(caught)
	bank := defaultBank(t)
	w := startWorkshop(t, bank, ServeOptions{})
	ann := w.mustJoin("ann")
	startAnswering(t, ann, w, 1)
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Skip("cannot signal this process:", err)
	}
	select {
	case <-caught:
	case <-time.After(patience):
		t.Fatal("the interrupt never arrived")
	}
	// The program carries on: the next key still answers.
	if err := ann.answer(bank, 1, 2, annPlan); err != nil {
		t.Fatalf("after the server's SIGINT ann's assessment stopped: %v", err)
	}
	if _, err := w.stop(); err != nil {
		t.Fatal(err)
	}
	if err := ann.awaitLine("The workshop is closing"); err != nil {
		t.Error(err)
	}
}
