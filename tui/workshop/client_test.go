package workshop

// Helpers for the workshop server tests: a server on an ephemeral loopback
// port, and participants who join it with the x/crypto/ssh client (their
// terminal is in serve_term_test.go).

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/powercore/powercore/assessment"
	gossh "golang.org/x/crypto/ssh"
)

// passphrase is every test workshop's passphrase.
const passphrase = "maple river"

// Terminal size and patience for every participant.
const (
	termWidth  = 100
	termHeight = 30
	// patience is how long a participant waits for a screen or a line
	// before the test gives up on it.
	patience = 20 * time.Second
)

// workshop is a server running for one test.
type workshop struct {
	t       testing.TB
	bank    *assessment.Bank
	addr    string
	results string
	log     *lockedBuffer
	cancel  context.CancelFunc
	// exited is closed when Serve returns, with its error in err.
	exited chan struct{}
	err    error
}

// startWorkshop runs Serve on 127.0.0.1 with an ephemeral port until the
// test ends. Unset options get a results folder of their own, a host key
// in another folder, and the test passphrase.
func startWorkshop(t testing.TB, bank *assessment.Bank, opts ServeOptions) *workshop {
	t.Helper()
	if opts.Listen == "" {
		opts.Listen = "127.0.0.1:0"
	}
	if opts.Results == "" {
		opts.Results = filepath.Join(t.TempDir(), "results")
	}
	if opts.HostKey == "" {
		opts.HostKey = filepath.Join(t.TempDir(), "keys", "host_ed25519")
	}
	if opts.Passphrase == "" && opts.AuthorizedKeys == "" {
		opts.Passphrase = passphrase
	}
	w := &workshop{t: t, bank: bank, results: opts.Results, log: &lockedBuffer{}, exited: make(chan struct{})}
	w.log.init()
	opts.Log = w.log
	ready := make(chan string, 1)
	opts.Ready = func(addr string) { ready <- addr }
	ctx, cancel := context.WithCancel(context.Background())
	w.cancel = cancel
	go func() {
		w.err = Serve(ctx, bank, opts)
		close(w.exited)
	}()
	select {
	case w.addr = <-ready:
		loopback(t, w.addr)
	case <-w.exited:
		cancel()
		t.Fatalf("Serve ended before it listened: %v", w.err)
	case <-time.After(patience):
		cancel()
		t.Fatal("Serve did not listen within", patience)
	}
	t.Cleanup(func() {
		if _, err := w.stop(); err != nil {
			t.Error(err)
		}
		// Serve returns once the connections are closed, while a program
		// may still be saving progress into the folder the test is about
		// to remove.
		if err := w.seenOff(5 * time.Second); err != nil {
			t.Error(err)
		}
	})
	return w
}

// seenOff waits until the server's log sees off every participant it let
// in: each "joined" line is followed by one saying they finished, left or
// were stopped, written once their program has ended.
func (w *workshop) seenOff(within time.Duration) error {
	deadline := time.After(within)
	for {
		log := w.log.String()
		joined := strings.Count(log, " joined from ")
		gone := strings.Count(log, " finished: ") + strings.Count(log, " left with ") + strings.Count(log, " stopped: the workshop closed")
		if gone >= joined {
			return nil
		}
		select {
		case <-w.log.changed:
		case <-deadline:
			return fmt.Errorf("%d of the %d participants let in were never seen off in the server's log:\n%s", joined-gone, joined, log)
		}
	}
}

// stop cancels the server's context and waits for Serve to return, saying
// how long that took.
func (w *workshop) stop() (time.Duration, error) {
	took, returned := w.stopWithin(30 * time.Second)
	switch {
	case !returned:
		return took, fmt.Errorf("Serve did not return within %v of its context ending", took.Round(time.Second))
	case w.err != nil:
		return took, fmt.Errorf("Serve returned %v", w.err)
	}
	return took, nil
}

// stopWithin cancels the server's context and waits at most d for Serve to
// return.
func (w *workshop) stopWithin(d time.Duration) (time.Duration, bool) {
	start := time.Now()
	w.cancel()
	select {
	case <-w.exited:
		return time.Since(start), true
	case <-time.After(d):
		return time.Since(start), false
	}
}

// password logs in with the workshop passphrase.
func password() []gossh.AuthMethod { return []gossh.AuthMethod{gossh.Password(passphrase)} }

// dial connects and authenticates as user (with the passphrase when no
// other way is given).
func (w *workshop) dial(user string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	if auth == nil {
		auth = password()
	}
	return gossh.Dial("tcp", w.addr, &gossh.ClientConfig{
		User:            user,
		Auth:            auth,
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), // a fresh key per test
		Timeout:         patience,
	})
}

// join connects as user and opens a shell on a 100×30 xterm-256color
// terminal, the way `ssh -p PORT user@HOST` does.
func (w *workshop) join(user string, auth ...gossh.AuthMethod) (*sshTerm, error) {
	client, err := w.dial(user, auth...)
	if err != nil {
		return nil, err
	}
	term, err := openTerm(client, user, true)
	if err != nil {
		_ = client.Close()
		return nil, err
	}
	return term, nil
}

// mustJoin is join for the test goroutine; the connection closes when the
// test ends.
func (w *workshop) mustJoin(user string, auth ...gossh.AuthMethod) *sshTerm {
	w.t.Helper()
	term, err := w.join(user, auth...)
	if err != nil {
		w.t.Fatalf("%q joining: %v", user, err)
	}
	w.t.Cleanup(term.close)
	return term
}

// lockedBuffer is a buffer written from many goroutines; changed is
// signalled after each write once made.
type lockedBuffer struct {
	mu      sync.Mutex
	b       bytes.Buffer
	once    sync.Once
	changed chan struct{}
}

func (l *lockedBuffer) init() { l.once.Do(func() { l.changed = make(chan struct{}, 1) }) }

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.init()
	l.mu.Lock()
	n, err := l.b.Write(p)
	l.mu.Unlock()
	select {
	case l.changed <- struct{}{}:
	default:
	}
	return n, err
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// loopback checks an address the tests use is on this machine only.
func loopback(t testing.TB, addr string) {
	t.Helper()
	host, _, err := net.SplitHostPort(addr)
	if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
		t.Fatalf("%s is not a loopback address", addr)
	}
}

// await waits for a line with text in the log.
func (l *lockedBuffer) await(text string) error {
	l.init()
	deadline := time.After(patience)
	for !strings.Contains(l.String(), text) {
		select {
		case <-l.changed:
		case <-deadline:
			return fmt.Errorf("server log:\n%s\nwant a line with %q", l.String(), text)
		}
	}
	return nil
}

// participantAuth logs in the way OpenSSH does for someone with a key of
// their own: the key offered first, then the passphrase.
func participantAuth(key gossh.Signer) []gossh.AuthMethod {
	return []gossh.AuthMethod{gossh.PublicKeys(key), gossh.Password(passphrase)}
}
