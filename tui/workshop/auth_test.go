package workshop

// Who gets in to a workshop: the passphrase by either method, wrong ones
// refused and rate-limited per address, participants with listed keys, and
// the facilitator by key only.

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// refusedAuth is what the x/crypto/ssh client says when every way of
// logging in failed, like ssh's "Permission denied".
const refusedAuth = "unable to authenticate"

// answering answers keyboard-interactive prompts with answer, keeping what
// the server asked.
type answering struct {
	answer              string
	instruction, prompt string
	echo                bool
}

func (a *answering) method() gossh.AuthMethod {
	return gossh.KeyboardInteractive(func(_, instruction string, questions []string, echos []bool) ([]string, error) {
		a.instruction = instruction
		if len(questions) != 1 {
			return make([]string, len(questions)), nil
		}
		a.prompt, a.echo = questions[0], echos[0]
		return []string{a.answer}, nil
	})
}

func TestWorkshopPassphraseByEitherMethod(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	tests := []struct {
		name        string
		interactive bool
		given       string
	}{
		{"keyboard-interactive, capitals and a dash", true, "MAPLE-river"},
		{"keyboard-interactive, as printed", true, "maple river"},
		{"password, as printed", false, "maple river"},
		{"password, a dash and capitals", false, "Maple-River"},
		{"password, extra spaces", false, "  maple   river "},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asked := &answering{answer: tt.given}
			auth := gossh.AuthMethod(gossh.Password(tt.given))
			if tt.interactive {
				auth = asked.method()
			}
			// A name each: the previous session may still be closing.
			term, err := w.join(fmt.Sprintf("ann%d", i+1), auth)
			if err != nil {
				t.Fatalf("joining with %q: %v", tt.given, err)
			}
			defer term.close()
			if _, err := term.awaitScreen("You will learn"); err != nil {
				t.Fatal(err)
			}
			if tt.interactive && (asked.prompt != "Workshop passphrase: " || asked.echo || !strings.Contains(asked.instruction, "powercore workshop")) {
				t.Errorf("keyboard-interactive asked %q (echo %v) after %q; want a hidden \"Workshop passphrase: \" after a welcome",
					asked.prompt, asked.echo, asked.instruction)
			}
		})
	}
}

func TestWorkshopRefusesAWrongPassphrase(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	for _, auth := range []gossh.AuthMethod{gossh.Password("maple rivers"), (&answering{answer: "oak river"}).method(), gossh.Password("")} {
		client, err := w.dial("ann", auth)
		if err == nil {
			client.Close()
			t.Fatal("a wrong passphrase was let in")
		}
		if !strings.Contains(err.Error(), refusedAuth) {
			t.Errorf("a wrong passphrase: %v, want %q", err, refusedAuth)
		}
	}
	// The keyboard-interactive prompt asks up to three times, saying the
	// passphrase was wrong: 2 passwords + 3 prompts.
	if log := w.log.String(); strings.Count(log, "wrong passphrase from 127.0.0.1") != 5 {
		t.Errorf("server log:\n%s\nwant a line per wrong passphrase (5)", log)
	}
}

// offsetClock is the time now, plus however far a test moved it on.
type offsetClock struct{ offset atomic.Int64 }

func (c *offsetClock) now() time.Time           { return time.Now().Add(time.Duration(c.offset.Load())) }
func (c *offsetClock) advance(by time.Duration) { c.offset.Add(int64(by)) }

// dialFrom is dial from the loopback address local (127.0.0.2 is this
// machine too, as another address).
func (w *workshop) dialFrom(local, user string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(local)}, Timeout: patience}
	conn, err := d.Dial("tcp", w.addr)
	if err != nil {
		return nil, err
	}
	c, chans, reqs, err := gossh.NewClientConn(conn, w.addr, &gossh.ClientConfig{
		User: user, Auth: auth, HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: patience,
	})
	if err != nil {
		conn.Close()
		return nil, err
	}
	return gossh.NewClient(c, chans, reqs), nil
}

func TestWorkshopRateLimitsWrongPassphrasesPerAddress(t *testing.T) {
	t.Parallel()
	clock := &offsetClock{}
	w := startWorkshop(t, defaultBank(t), ServeOptions{Now: clock.now})
	try := func(local, given string) error {
		t.Helper()
		c, err := w.dialFrom(local, "ann", gossh.Password(given))
		if err == nil {
			c.Close()
		}
		return err
	}
	for i := range 6 {
		if err := try("127.0.0.1", "wrong guess"); err == nil || !strings.Contains(err.Error(), refusedAuth) {
			t.Fatalf("wrong passphrase %d: %v, want %q", i+1, err, refusedAuth)
		}
	}
	if err := try("127.0.0.1", passphrase); err == nil {
		t.Error("after six wrong passphrases from 127.0.0.1 the right one still let it in at once")
	} else if !strings.Contains(err.Error(), refusedAuth) {
		t.Errorf("the right passphrase after six wrong ones: %v, want %q", err, refusedAuth)
	}
	if log := w.log.String(); !strings.Contains(log, `refused 127.0.0.1 ("ann"): too many wrong passphrases`) {
		t.Errorf("server log:\n%s\nwant the refusal of ann at 127.0.0.1 for too many wrong passphrases", log)
	}
	// One person's typos do not lock out the room behind the same address.
	if c, err := w.dialFrom("127.0.0.1", "bob", gossh.Password(passphrase)); err != nil {
		t.Errorf("bob from the same address with the right passphrase: %v, want him let in", err)
	} else {
		c.Close()
	}
	if err := try("127.0.0.2", passphrase); err != nil {
		t.Errorf("another address (127.0.0.2) with the right passphrase: %v, want it let in: the limit is per address", err)
	}
	clock.advance(61 * time.Second)
	if err := try("127.0.0.1", passphrase); err != nil {
		t.Errorf("a minute later, the right passphrase from 127.0.0.1: %v, want it let in", err)
	}
}

// facilitatorKey writes a new ed25519 public key file and returns it with
// its signer.
func facilitatorKey(t *testing.T) (string, gossh.Signer) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	sshPub, err := gossh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "facilitator.pub")
	if err := os.WriteFile(path, gossh.MarshalAuthorizedKey(sshPub), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, signer
}

func TestWorkshopFacilitatorSeesTheDashboard(t *testing.T) {
	t.Parallel()
	bank := defaultBank(t)
	keyFile, key := facilitatorKey(t)
	_, otherKey := facilitatorKey(t)
	w := startWorkshop(t, bank, ServeOptions{FacilitatorKey: keyFile})

	ann := w.mustJoin("ann")
	if _, err := ann.complete(bank, annPlan); err != nil {
		t.Fatal(err)
	}
	facilitator := w.mustJoin("facilitator", gossh.PublicKeys(key))
	if _, err := facilitator.awaitScreen("1 finished"); err != nil {
		t.Error(err)
	}
	if strings.Contains(facilitator.Screen(), "You will learn") {
		t.Error("the facilitator was given the assessment")
	}

	refused := []struct {
		name string
		user string
		auth gossh.AuthMethod
	}{
		{"facilitator with the passphrase", "facilitator", gossh.Password(passphrase)},
		{"facilitator by keyboard-interactive", "facilitator", (&answering{answer: passphrase}).method()},
		{"facilitator with another key", "facilitator", gossh.PublicKeys(otherKey)},
		{"the facilitator's key as a participant", "ann", gossh.PublicKeys(key)},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			c, err := w.dial(tt.user, tt.auth)
			if err == nil {
				c.Close()
				t.Fatal("let in")
			}
			if !strings.Contains(err.Error(), refusedAuth) {
				t.Errorf("%v, want %q", err, refusedAuth)
			}
		})
	}
}

func TestWorkshopLetsInAuthorizedKeys(t *testing.T) {
	t.Parallel()
	_, annKey := facilitatorKey(t)
	_, boKey := facilitatorKey(t)
	_, otherKey := facilitatorKey(t)
	keys := filepath.Join(t.TempDir(), "authorized_keys")
	list := "# the room\n" + string(gossh.MarshalAuthorizedKey(annKey.PublicKey())) + "\n" +
		strings.TrimSpace(string(gossh.MarshalAuthorizedKey(boKey.PublicKey()))) + " bo@laptop\n"
	if err := os.WriteFile(keys, []byte(list), 0o600); err != nil {
		t.Fatal(err)
	}
	w := startWorkshop(t, defaultBank(t), ServeOptions{AuthorizedKeys: keys})
	w.mustJoin("ann", gossh.PublicKeys(annKey))
	w.mustJoin("bo", gossh.PublicKeys(boKey))

	refused := []struct {
		name string
		user string
		auth gossh.AuthMethod
	}{
		{"a key not listed", "cy", gossh.PublicKeys(otherKey)},
		{"a listed key as the facilitator", "facilitator", gossh.PublicKeys(annKey)},
		{"a password without a passphrase", "cy", gossh.Password("")},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			c, err := w.dial(tt.user, tt.auth)
			if err == nil {
				c.Close()
				t.Fatal("let in")
			}
			if !strings.Contains(err.Error(), refusedAuth) {
				t.Errorf("%v, want %q", err, refusedAuth)
			}
		})
	}
}

func TestWorkshopRefusesToStartWithoutItsAuthorizedKeys(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte("# nobody yet\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, keys := range []string{filepath.Join(dir, "missing"), empty} {
		err := Serve(t.Context(), defaultBank(t), ServeOptions{
			Listen: "127.0.0.1:0", Results: filepath.Join(dir, "results"),
			HostKey: filepath.Join(dir, "host_ed25519"), AuthorizedKeys: keys,
		})
		if err == nil || !strings.Contains(err.Error(), keys) {
			t.Errorf("Serve with authorized keys %s: %v, want an error naming the file", keys, err)
		}
		if _, err := os.Stat(filepath.Join(dir, "results")); err == nil {
			t.Errorf("Serve with authorized keys %s made the results folder before refusing", keys)
		}
	}
}
