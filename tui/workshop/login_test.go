package workshop

// Connections that never log in, and sessions that never start their
// terminal, go away after the login timeout.

import (
	"bytes"
	"errors"
	"io"
	"net"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// silent opens a TCP connection that sends nothing.
func silent(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// greeted reads the server's greeting on c: false when the connection
// closed (or stayed quiet for d) before it.
func greeted(c net.Conn, d time.Duration) bool {
	_ = c.SetReadDeadline(time.Now().Add(d))
	buf := make([]byte, 256)
	n, _ := io.ReadAtLeast(c, buf, 4)
	return bytes.HasPrefix(buf[:n], []byte("SSH-"))
}

// closedWithin reports whether the server closes c within d.
func closedWithin(c net.Conn, d time.Duration) bool {
	_ = c.SetReadDeadline(time.Now().Add(d))
	buf := make([]byte, 256)
	for {
		if _, err := c.Read(buf); err != nil {
			var ne net.Error
			return !(errors.As(err, &ne) && ne.Timeout())
		}
	}
}

// A TCP connection that never logs in held a file descriptor forever; 1,100
// of them and nobody could join. Now each has the login timeout, and no
// more than --max-per-address from one address wait at once.
func TestWorkshopClosesConnectionsThatNeverLogIn(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{LoginTimeout: time.Second, MaxPerAddress: 3})
	var waiting []net.Conn
	for range 3 {
		c := silent(t, w.addr)
		if !greeted(c, patience) {
			t.Fatal("a connection was not greeted")
		}
		waiting = append(waiting, c)
	}
	if c := silent(t, w.addr); greeted(c, patience) {
		t.Error("a fourth silent connection from one address was let in while three waited")
	}
	for i, c := range waiting {
		if !closedWithin(c, 10*time.Second) {
			t.Errorf("silent connection %d was still open 10 s after a 1 s login timeout", i+1)
		}
	}
	// With the silent ones gone, a person joins.
	term := w.mustJoin("ann")
	if _, err := term.awaitScreen("You will learn"); err != nil {
		t.Error(err)
	}
}

// A terminal request and window changes without a shell left the
// connection half-open forever: the session is closed after the login
// timeout, and then the connection.
func TestWorkshopClosesSessionsThatNeverStartAShell(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{LoginTimeout: time.Second})
	client, err := w.dial("ann")
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm", 30, 100, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if err := sess.WindowChange(30, 100+i); err != nil {
			t.Fatal(err)
		}
	}
	closed := make(chan error, 1)
	go func() { closed <- client.Wait() }()
	select {
	case <-closed:
	case <-time.After(10 * time.Second):
		t.Fatal("a connection whose session never started a shell was still open 10 s after a 1 s login timeout")
	}
}
