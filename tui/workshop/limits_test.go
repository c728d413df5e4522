package workshop

// One person in the room trying to fill the server: huge terminals, env
// floods, many terminals on one connection, many connections from one
// address, connections that never log in or never start a terminal. Every
// test is bounded in count and time, against a server on 127.0.0.1.

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// watcher keeps what a session sent, without escape sequences, the last
// 64 KiB of it: a terminal of any size, at no cost to the test's heap.
type watcher struct {
	mu      sync.Mutex
	text    []byte
	changed chan struct{}
}

func newWatcher() *watcher { return &watcher{changed: make(chan struct{}, 1)} }

func (w *watcher) Write(p []byte) (int, error) {
	w.mu.Lock()
	w.text = append(w.text, ansi.Strip(string(p))...)
	if len(w.text) > 64<<10 {
		w.text = append(w.text[:0], w.text[len(w.text)-32<<10:]...)
	}
	w.mu.Unlock()
	select {
	case w.changed <- struct{}{}:
	default:
	}
	return len(p), nil
}

func (w *watcher) await(text string, within time.Duration) error {
	_, err := w.awaitAny(within, text)
	return err
}

// awaitAny waits for any of texts, and says which came.
func (w *watcher) awaitAny(within time.Duration, texts ...string) (string, error) {
	deadline := time.After(within)
	for {
		w.mu.Lock()
		for _, text := range texts {
			if bytes.Contains(w.text, []byte(text)) {
				w.mu.Unlock()
				return text, nil
			}
		}
		w.mu.Unlock()
		select {
		case <-w.changed:
		case <-deadline:
			return "", fmt.Errorf("none of %q within %v", texts, within)
		}
	}
}

// sizedSession opens a terminal of width×height on client and starts the
// shell.
func sizedSession(t *testing.T, client *gossh.Client, width, height int) (*gossh.Session, *watcher, io.Writer) {
	t.Helper()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out := newWatcher()
	sess.Stdout, sess.Stderr = out, out
	in, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", height, width, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	return sess, out, in
}

// heapInUse is the live heap, after collecting garbage.
func heapInUse() uint64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// The budget: under 5 MiB a participant on a 100×30 terminal, under
// 20 MiB on any terminal — asked for at login or by resizing later.
// Measured on the live heap of this process (server and clients), with no
// other test running: not parallel.
func TestWorkshopMemoryPerSessionIsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("measures the heap with several participants: skipped with -short")
	}
	bank := defaultBank(t)
	for _, c := range []struct {
		name          string
		n             int
		width, height int
		resizeTo      [2]int
		budget        uint64
	}{
		{"100x30", 4, 100, 30, [2]int{}, 5 << 20},
		{"1000x400 at login", 2, 1000, 400, [2]int{}, 20 << 20},
		{"100x30 resized to 1000x400", 2, 100, 30, [2]int{1000, 400}, 20 << 20},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := startWorkshop(t, bank, ServeOptions{})
			// One participant first, so that what every session shares
			// (the bank's screens, the server's caches) is not counted.
			warm, err := w.dial("warm")
			if err != nil {
				t.Fatal(err)
			}
			defer warm.Close()
			_, out, _ := sizedSession(t, warm, 100, 30)
			if err := out.await("You will learn", patience); err != nil {
				t.Fatal(err)
			}
			before := heapInUse()
			for i := range c.n {
				client, err := w.dial(fmt.Sprintf("p%d", i))
				if err != nil {
					t.Fatal(err)
				}
				defer client.Close()
				sess, out, _ := sizedSession(t, client, c.width, c.height)
				if err := out.await("You will learn", patience); err != nil {
					t.Fatal(err)
				}
				if c.resizeTo != [2]int{} {
					if err := sess.WindowChange(c.resizeTo[1], c.resizeTo[0]); err != nil {
						t.Fatal(err)
					}
					// The redraw at the new size.
					if err := out.await("You will learn", patience); err != nil {
						t.Fatal(err)
					}
				}
			}
			// Let the last frames be drawn.
			for i := 0; i < 3; i++ {
				runtime.Gosched()
			}
			after := heapInUse()
			per := (float64(after) - float64(before)) / float64(c.n)
			t.Logf("%.2f MiB per participant at %s", per/(1<<20), c.name)
			if per > float64(c.budget) {
				t.Errorf("each participant at %s holds %.1f MiB, over the budget of %d MiB", c.name, per/(1<<20), c.budget>>20)
			}
		})
	}
}

// A flood of env requests grew a session's memory without limit: past 32
// variables, or any over 1 KiB, the server refuses them.
func TestWorkshopCapsEnvRequests(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	client, err := w.dial("ann")
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := sess.Setenv("LANG", strings.Repeat("x", 4096)); err == nil {
		t.Error("a 4 KiB environment variable was accepted")
	}
	granted := 0
	for i := range 100 {
		if sess.Setenv(fmt.Sprintf("V%d", i), "1") == nil {
			granted++
		}
	}
	if granted > maxEnv {
		t.Errorf("%d of 100 environment variables were accepted, want at most %d", granted, maxEnv)
	}
	if granted == 0 {
		t.Error("no environment variable was accepted at all (COLORTERM, LANG matter)")
	}
}

// One connection opened 200 terminals and the workshop was full for
// everyone: a connection has at most two open at once.
func TestWorkshopOneConnectionIsOnePerson(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	client, err := w.dial("ann")
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	opened := 0
	for range 10 {
		sess, err := client.NewSession()
		if err != nil {
			break
		}
		defer sess.Close()
		opened++
	}
	if opened != sessionsPerConn {
		t.Errorf("one connection opened %d terminals, want %d", opened, sessionsPerConn)
	}
}

// Connections from one address beyond --max-per-address are told why and
// refused; someone from there can join again once one leaves.
func TestWorkshopLimitsPeoplePerAddress(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{MaxPerAddress: 2})
	first := w.mustJoin("ann")
	w.mustJoin("bob")
	for _, term := range []*sshTerm{first} {
		if _, err := term.awaitScreen("You will learn"); err != nil {
			t.Fatal(err)
		}
	}
	third := w.mustJoin("cy")
	if err := third.awaitLine("too many people are connected from your address (2 at most)"); err != nil {
		t.Error(err)
	}
	if !third.awaitEnd(patience) {
		t.Error("the third person's session stayed open")
	}
	if err := first.press("\x03"); err != nil {
		t.Fatal(err)
	}
	if !first.awaitEnd(patience) {
		t.Fatal("ann's session stayed open after ctrl+c")
	}
	again := w.mustJoin("cy")
	if _, err := again.awaitScreen("You will learn"); err != nil {
		t.Errorf("once ann left, cy could not join: %v", err)
	}
}

// A signal request that wants a reply was never answered: the client
// waited forever.
func TestWorkshopAnswersSignalRequests(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	term := w.mustJoin("ann")
	if _, err := term.awaitScreen("You will learn"); err != nil {
		t.Fatal(err)
	}
	answered := make(chan error, 1)
	go func() {
		_, err := term.sess.SendRequest("signal", true, gossh.Marshal(struct{ Signal string }{"INT"}))
		answered <- err
	}()
	select {
	case <-answered:
	case <-time.After(10 * time.Second):
		t.Fatal("a signal request that wants a reply had none after 10 s")
	}
	// The assessment carries on.
	if _, err := term.advance(keyEnter, "question 1 of"); err != nil {
		t.Error(err)
	}
}

// One address doing its worst at once — every terminal it may open, each
// asking for 1000×400 and flooding env requests, plus connections that
// never log in — holds well under the 600 MB, and someone from
// another address still joins. Not parallel: it measures the heap.
func TestWorkshopSurvivesOneAddressAtItsLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("opens dozens of connections: skipped with -short")
	}
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	before := heapInUse()
	joined := 0
	for i := range DefaultMaxPerAddress + 5 {
		client, err := w.dial(fmt.Sprintf("p%d", i))
		if err != nil {
			t.Fatal(err)
		}
		defer client.Close()
		sess, err := client.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		for j := range 50 {
			_ = sess.Setenv(fmt.Sprintf("V%d", j), strings.Repeat("x", 900))
		}
		out := newWatcher()
		sess.Stdout = out
		if err := sess.RequestPty("xterm-256color", 400, 1000, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		switch found, err := out.awaitAny(patience, "You will learn", "too many people are connected from your address"); {
		case err != nil:
			t.Fatal(err)
		case found == "You will learn":
			joined++
		}
	}
	for range 40 {
		c, err := net.Dial("tcp", w.addr)
		if err != nil {
			break
		}
		defer c.Close()
	}
	grew := float64(heapInUse()) - float64(before)
	t.Logf("%d participants from one address at 1000x400; the heap grew %.0f MiB", joined, grew/(1<<20))
	if joined > DefaultMaxPerAddress {
		t.Errorf("%d people joined from one address, want at most %d", joined, DefaultMaxPerAddress)
	}
	if grew > 600<<20 {
		t.Errorf("the heap grew %.0f MiB, over the 600 MB budget", grew/(1<<20))
	}
	client, err := w.dialFrom("127.0.0.2", "zoe", password()...)
	if err != nil {
		t.Skip("cannot connect from 127.0.0.2 here:", err)
	}
	defer client.Close()
	term, err := openTerm(client, "zoe", false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := term.awaitScreen("You will learn"); err != nil {
		t.Errorf("someone from another address could not join: %v", err)
	}
}

func TestAddrKeyCountsAnIPv6NetworkAsOneAddress(t *testing.T) {
	for _, c := range [][2]string{
		{"192.0.2.7", "192.0.2.7"},
		{"2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"},
		{"2001:db8:1:2:bbbb::9", "2001:db8:1:2::/64"},
		{"::ffff:192.0.2.7", "::ffff:192.0.2.7"},
		{"not an address", "not an address"},
	} {
		if got := addrKey(c[0]); got != c[1] {
			t.Errorf("addrKey(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
