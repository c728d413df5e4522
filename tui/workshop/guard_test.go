package workshop

import (
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// guessAll logs in from the address local as user, trying each guess in
// turn on one connection (as ssh's NumberOfPasswordPrompts does); it
// returns whether one let it in.
func (w *workshop) guessAll(local, user string, guesses []string) (bool, error) {
	i := 0
	auth := gossh.RetryableAuthMethod(gossh.PasswordCallback(func() (string, error) {
		if i >= len(guesses) {
			return "", fmt.Errorf("no more guesses")
		}
		i++
		return guesses[i-1], nil
	}), len(guesses))
	c, err := w.dialFrom(local, user, auth)
	if err == nil {
		c.Close()
		return true, nil
	}
	if strings.Contains(err.Error(), refusedAuth) {
		return false, nil
	}
	return false, err
}

// Bug: the limits on wrong passphrases were per address only: guesses
// spread over many addresses were all checked (1,552 a second from 50
// addresses). Now, once the server has had 100 wrong ones within a minute,
// a passphrase is checked only from addresses that guessed none lately:
// the right one from anywhere else still gets in at once.
func TestWorkshopWrongPassphrasesFromManyAddressesAreLimited(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	// 10 addresses × 2 connections × 5 guesses: 100 wrong passphrases,
	// each address and name under its own limits (30 and 5 a minute), and
	// each address's log lines within their budget (20 at once).
	wrong := []string{"oak lake", "pine hill", "elm river", "fern road", "moss cave"}
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for a := range 10 {
		for c := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				in, err := w.guessAll(fmt.Sprintf("127.0.0.%d", 2+a), fmt.Sprintf("guesser%d", c), wrong)
				if in || err != nil {
					errs <- fmt.Errorf("wrong guesses from 127.0.0.%d: let in %v, %v", 2+a, in, err)
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if n := strings.Count(w.log.String(), "wrong passphrase from"); n != 100 {
		t.Fatalf("%d wrong passphrases checked, want 100", n)
	}
	// The right passphrase from an address that took part is not even
	// checked now...
	if in, err := w.guessAll("127.0.0.3", "bob", []string{passphrase}); in || err != nil {
		t.Errorf("the right passphrase from 127.0.0.3, which guessed wrong during the attack: let in %v, %v; want refused", in, err)
	}
	if err := w.log.await(`refused 127.0.0.3 ("bob"): too many wrong passphrases on the server lately`); err != nil {
		t.Error(err)
	}
	// ...while from anywhere else it gets in at once, as the attack goes
	// on from 20 more addresses (100 more connections, 500 guesses).
	attack := make(chan struct{})
	var more sync.WaitGroup
	for a := range 20 {
		for c := range 5 {
			more.Add(1)
			go func() {
				defer more.Done()
				<-attack
				if in, _ := w.guessAll(fmt.Sprintf("127.0.1.%d", 1+a), fmt.Sprintf("guesser%d", c), wrong); in {
					t.Errorf("wrong guesses from 127.0.1.%d were let in", 1+a)
				}
			}()
		}
	}
	close(attack)
	start := time.Now()
	if in, err := w.guessAll("127.0.0.50", "carol", []string{passphrase}); !in || err != nil {
		t.Errorf("the right passphrase from 127.0.0.50 during the attack: let in %v, %v; want let in", in, err)
	}
	t.Logf("a right passphrase during the attack took %v", time.Since(start))
	more.Wait()
	// Each new address had one guess checked; the rest were refused
	// unchecked.
	if n := strings.Count(w.log.String(), "wrong passphrase from"); n != 120 {
		t.Errorf("%d wrong passphrases checked in all, want 120 (100, then one from each of 20 addresses)", n)
	}
}

// Bug: past 10,000 addresses the table of wrong passphrases forgot every
// entry over 30 seconds old, so a locked address was let guess again
// after half its minute. Now nothing is forgotten early: an address not
// in a full table counts as suspect instead.
func TestGuardNeverForgetsALockEarly(t *testing.T) {
	t.Parallel()
	clock := &offsetClock{}
	g := newGuard(clock.now, 1<<30)
	for i := range maxFailuresPerHost {
		g.attempt("10.0.0.1", fmt.Sprint("user", i), false)
	}
	if g.attempt("10.0.0.1", "bob", true) != refusedHere {
		t.Fatal("an address with 30 wrong passphrases in a minute was not refused")
	}
	clock.advance(31 * time.Second)
	for i := range maxTracked {
		g.attempt(fmt.Sprintf("10.1.%d.%d", i/256, i%256), "x", false)
	}
	if v := g.attempt("10.0.0.1", "bob", true); v != refusedHere {
		t.Errorf("31 s into its lock, after %d other addresses guessed: verdict %d, want still refused", maxTracked, v)
	}
	if len(g.seen) > maxTracked {
		t.Errorf("the table holds %d entries, over its bound %d", len(g.seen), maxTracked)
	}
	clock.advance(30 * time.Second)
	if v := g.attempt("10.0.0.1", "bob", true); v != letIn {
		t.Errorf("after the minute, the right passphrase from the locked address: verdict %d, want let in", v)
	}
}

// An IPv6 machine has a /64 of addresses: they count as one. And 0.0.0.0
// listens on IPv4 only (Go would open it to IPv6 too).
func TestGuessesCountPerIPv6Network(t *testing.T) {
	a := guessFrom(&net.TCPAddr{IP: net.ParseIP("2001:db8:1:2::1")})
	b := guessFrom(&net.TCPAddr{IP: net.ParseIP("2001:db8:1:2:ffff:1234:5678:9abc")})
	c := guessFrom(&net.TCPAddr{IP: net.ParseIP("2001:db8:1:3::1")})
	if a != b || a == c {
		t.Errorf("guesses counted by %q, %q, %q; want the first two (one /64) alike, the third apart", a, b, c)
	}
	if v4 := guessFrom(&net.TCPAddr{IP: net.ParseIP("192.0.2.7")}); v4 != "192.0.2.7" {
		t.Errorf("an IPv4 address counts as %q, want itself", v4)
	}
	for addr, want := range map[string]string{"0.0.0.0:2222": "tcp4", "127.0.0.1:0": "tcp4", "[::]:2222": "tcp", "workshop.local:2222": "tcp"} {
		if got := listenNetwork(addr); got != want {
			t.Errorf("listenNetwork(%q) = %q, want %q", addr, got, want)
		}
	}
}
