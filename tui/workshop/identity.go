package workshop

import (
	"errors"
	"sync"
	"time"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// keyExtension carries, from login to session, the fingerprint of the SSH
// key a participant proved they hold.
const keyExtension = "powercore-key"

var errDenied = errors.New("permission denied")

// keyConfig is the server's public-key step. The facilitator's key and
// the authorized keys let in on their own. Any other key a participant's
// client offers is proven (the client signs with it) and then the
// passphrase is asked as well: the key does not let anyone in, it tells a
// person's answers apart from everyone else's.
func (s *server) keyConfig(facilitator ssh.PublicKey, authorized []ssh.PublicKey) func(ssh.Context) *gossh.ServerConfig {
	return func(ssh.Context) *gossh.ServerConfig {
		cfg := &gossh.ServerConfig{}
		cfg.PublicKeyCallback = func(conn gossh.ConnMetadata, key gossh.PublicKey) (*gossh.Permissions, error) {
			withKey := &gossh.Permissions{Extensions: map[string]string{keyExtension: gossh.FingerprintSHA256(key)}}
			if keyLetsIn(facilitator, authorized, conn.User(), key) {
				return withKey, nil
			}
			if conn.User() == facilitatorUser || s.opts.Passphrase == "" {
				return nil, errDenied
			}
			return nil, &gossh.PartialSuccessError{Next: gossh.ServerAuthCallbacks{
				PasswordCallback: func(conn gossh.ConnMetadata, password []byte) (*gossh.Permissions, error) {
					if s.check(conn.User(), conn.RemoteAddr(), normaliseDashes(string(password))) {
						return withKey, nil
					}
					return nil, errDenied
				},
				KeyboardInteractiveCallback: func(conn gossh.ConnMetadata, challenge gossh.KeyboardInteractiveChallenge) (*gossh.Permissions, error) {
					if s.askPassphrase(conn.User(), conn.RemoteAddr(), challenge) {
						return withKey, nil
					}
					return nil, errDenied
				},
			}}
		}
		return cfg
	}
}

// Wrong resume codes: a person's code may be tried wrongly this many times
// in a window, then not at all until the window passes (the facilitator
// can tell them their code meanwhile). The table is bounded; when it is
// full no code is tried for anyone new, rather than forget a count early.
const (
	maxCodeTries  = 5
	codeWindow    = 10 * time.Minute
	maxCodePeople = 10_000
)

// codeTries counts wrong resume codes per person.
type codeTries struct {
	now  func() time.Time
	mu   sync.Mutex
	seen map[string]*failures
}

func newCodeTries(now func() time.Time) *codeTries {
	return &codeTries{now: now, seen: map[string]*failures{}}
}

// allowed reports whether a code may be tried for who now.
func (c *codeTries) allowed(who string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.seen[who]
	if ok && c.now().Sub(f.since) > codeWindow {
		delete(c.seen, who)
		ok = false
	}
	if !ok {
		return len(c.seen) < maxCodePeople || c.purge()
	}
	return f.count < maxCodeTries
}

// wrong counts a wrong code for who.
func (c *codeTries) wrong(who string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.seen[who]
	if !ok || c.now().Sub(f.since) > codeWindow {
		if !ok && len(c.seen) >= maxCodePeople && !c.purge() {
			return
		}
		f = &failures{since: c.now()}
		c.seen[who] = f
	}
	f.count++
}

// purge drops the counts whose window has passed; true when there is room.
func (c *codeTries) purge() bool {
	for who, f := range c.seen {
		if c.now().Sub(f.since) > codeWindow {
			delete(c.seen, who)
		}
	}
	return len(c.seen) < maxCodePeople
}
