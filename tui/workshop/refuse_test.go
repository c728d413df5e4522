package workshop

// What a workshop refuses once someone is in: commands, sessions without a
// terminal, forwarding and subsystems, hostile names, more people than it
// takes.

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/wish/v2/testsession"
	gossh "golang.org/x/crypto/ssh"
)

// session opens a session with the passphrase through wish's testsession
// helper, closed when the test ends.
func (w *workshop) session(t *testing.T) *gossh.Session {
	t.Helper()
	sess, err := testsession.NewClientSession(t, w.addr, &gossh.ClientConfig{User: "ann", Auth: password()})
	if err != nil {
		t.Fatal(err)
	}
	return sess
}

func TestWorkshopRefusesCommands(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	const explanation = "powercore: this server only runs the assessment: connect without a command"
	tests := []struct {
		name    string
		command string
		pty     bool
		start   bool
	}{
		{"run ls", "ls", false, false},
		{"start id", "id", false, true},
		{"run ls with a terminal (ssh -t)", "ls", true, false},
		{"scp upload", "scp -t /tmp", false, false},
		{"a shell command line", "sh -c 'touch /tmp/powercore-pwned'", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sess := w.session(t)
			if tt.pty {
				if err := sess.RequestPty("xterm-256color", termHeight, termWidth, gossh.TerminalModes{}); err != nil {
					t.Fatal(err)
				}
			}
			// One writer for both streams: each is copied in its own
			// goroutine.
			out := &lockedBuffer{}
			sess.Stdout, sess.Stderr = out, out
			var err error
			if tt.start {
				if err = sess.Start(tt.command); err != nil {
					t.Fatalf("Start(%q): %v", tt.command, err)
				}
				err = sess.Wait()
			} else {
				err = sess.Run(tt.command)
			}
			if got := exitStatusOf(err); got == 0 || got == -1 {
				t.Errorf("%q ended with %v, want a non-zero exit status", tt.command, err)
			}
			got := out.String()
			if !strings.HasPrefix(got, explanation) || strings.Count(strings.TrimSpace(got), "\n") != 0 {
				t.Errorf("%q printed %q, want the one line %q…", tt.command, got, explanation)
			}
		})
	}
	if _, err := os.Stat("/tmp/powercore-pwned"); err == nil {
		t.Error("a command ran: /tmp/powercore-pwned exists")
	}
}

func TestWorkshopRefusesASessionWithoutATerminal(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	sess := w.session(t)
	// One writer for both streams: each is copied in its own goroutine.
	out := &lockedBuffer{}
	sess.Stdout, sess.Stderr = out, out
	if err := sess.Shell(); err != nil {
		t.Fatalf("asking for a shell: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- sess.Wait() }()
	select {
	case err := <-done:
		if got := exitStatusOf(err); got == 0 || got == -1 {
			t.Errorf("a session without a terminal ended with %v, want a non-zero exit status", err)
		}
	case <-time.After(patience):
		t.Fatal("a session without a terminal was not closed")
	}
	const want = "powercore: the assessment needs a terminal: connect with ssh -t"
	if got := out.String(); !strings.HasPrefix(got, want) || strings.Count(strings.TrimSpace(got), "\n") != 0 {
		t.Errorf("a session without a terminal was told %q, want the one line %q…", got, want)
	}
}

func TestWorkshopRefusesForwardingAndSubsystems(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	client, err := w.dial("ann")
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()

	t.Run("local port forward (direct-tcpip)", func(t *testing.T) {
		target, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer target.Close()
		accepted := make(chan struct{})
		go func() {
			if c, err := target.Accept(); err == nil {
				close(accepted)
				c.Close()
			}
		}()
		conn, err := client.Dial("tcp", target.Addr().String())
		if err == nil {
			conn.Close()
			t.Fatal("a direct-tcpip channel was opened")
		}
		var open *gossh.OpenChannelError
		if !errors.As(err, &open) {
			t.Errorf("direct-tcpip: %v, want the channel rejected", err)
		}
		select {
		case <-accepted:
			t.Error("the server connected to the forwarded address")
		default:
		}
	})
	t.Run("unix socket forward (direct-streamlocal)", func(t *testing.T) {
		conn, err := client.Dial("unix", filepath.Join(t.TempDir(), "agent.sock"))
		if err == nil {
			conn.Close()
			t.Fatal("a direct-streamlocal channel was opened")
		}
	})
	t.Run("remote port forward (tcpip-forward)", func(t *testing.T) {
		l, err := client.Listen("tcp", "127.0.0.1:0")
		if err == nil {
			l.Close()
			t.Fatal("a tcpip-forward request was granted")
		}
		if !strings.Contains(err.Error(), "denied") {
			t.Errorf("tcpip-forward: %v, want it denied", err)
		}
	})
	t.Run("sftp subsystem", func(t *testing.T) {
		sess, err := client.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		defer sess.Close()
		if err := sess.RequestSubsystem("sftp"); err == nil {
			t.Error("the sftp subsystem was granted")
		}
	})
	t.Run("the connection still serves a terminal", func(t *testing.T) {
		term, err := openTerm(client, "ann", false)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := term.awaitScreen("You will learn"); err != nil {
			t.Error(err)
		}
	})
}

func TestWorkshopRefusesHostileNames(t *testing.T) {
	t.Parallel()
	parent := t.TempDir()
	results := filepath.Join(parent, "results")
	w := startWorkshop(t, defaultBank(t), ServeOptions{Results: results})
	const want = "powercore: please connect with a plain name"
	for _, name := range []string{"../etc", "a/b", "..", "...", `a\b`, "ann\x1b[31m", "ann\x07", "ann\u202e", strings.Repeat("a", 65), "../../../../tmp/x"} {
		t.Run(strings.ToValidUTF8(strings.Map(printableRune, name), "?"), func(t *testing.T) {
			term, err := w.join(name)
			if err != nil {
				t.Fatalf("joining: %v", err)
			}
			defer term.close()
			if err := term.awaitLine(want); err != nil {
				t.Error(err)
			}
			if !term.awaitEnd(patience) {
				t.Fatal("the session stayed open")
			}
			if got := term.exitStatus(); got == 0 || got == -1 {
				t.Errorf("exit status %d, want a failure", got)
			}
			if strings.Contains(term.Screen(), "You will learn") {
				t.Error("the assessment started")
			}
		})
	}
	t.Run("typed after a generic login", func(t *testing.T) {
		guest := w.mustJoin("guest")
		if _, err := guest.awaitScreen("Your name"); err != nil {
			t.Fatal(err)
		}
		if err := guest.typeText("../../etc"); err != nil {
			t.Fatal(err)
		}
		if _, err := guest.advance(keyEnter, "Please use a plain name"); err != nil {
			t.Error(err)
		}
	})

	entries, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != "results" {
			t.Errorf("%s appeared next to the results folder", filepath.Join(parent, e.Name()))
		}
	}
	_ = filepath.WalkDir(results, func(path string, d os.DirEntry, err error) error {
		if err == nil && path != results && path != Folder(results).Progress() && path != Folder(results).JoinFile() {
			t.Errorf("%s appeared in the results folder", path)
		}
		return nil
	})
}

// printableRune keeps a subtest's name readable.
func printableRune(r rune) rune {
	if r < ' ' || r == 0x7f || r == '\u202e' {
		return '?'
	}
	return r
}

func TestWorkshopIsFullAtMaxSessions(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{MaxSessions: 2})
	ann, bob := w.mustJoin("ann"), w.mustJoin("bob")
	for _, p := range []*sshTerm{ann, bob} {
		if _, err := p.awaitScreen("You will learn"); err != nil {
			t.Fatal(err)
		}
	}
	cy := w.mustJoin("cy")
	if err := cy.awaitLine("powercore: the workshop is full (2 people)"); err != nil {
		t.Error(err)
	}
	if !cy.awaitEnd(patience) {
		t.Fatal("a third participant's session stayed open")
	}
	if got := cy.exitStatus(); got == 0 || got == -1 {
		t.Errorf("the third participant's exit status = %d, want a failure", got)
	}

	// When someone leaves, their place is free again.
	if err := ann.press("\x03"); err != nil {
		t.Fatal(err)
	}
	if err := ann.awaitLine("connect again as ann"); err != nil {
		t.Error(err)
	}
	if !ann.awaitEnd(patience) {
		t.Fatal("ctrl+c did not end ann's session")
	}
	dee := w.mustJoin("dee")
	if _, err := dee.awaitScreen("You will learn", "the workshop is full"); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(dee.Transcript(), "the workshop is full") {
		t.Error("after ann left, the next participant was still told the workshop is full")
	}
}
