package tui

import (
	"crypto/subtle"
	"fmt"
	"net"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/charmbracelet/ssh"
	"github.com/powercore/powercore/assessment"
	gossh "golang.org/x/crypto/ssh"
)

// Wrong passphrases: after this many for one name from one address in a
// window, that name is refused from there until the window passes; after
// maxFailuresPerHost for any names, the whole address is. A room behind one
// address (NAT, a VPN) is not locked out by one person's typos.
const (
	maxFailures        = 5
	maxFailuresPerHost = 30
	failureWindow      = time.Minute
	maxTracked         = 10_000
)

// guard counts wrong passphrases per address.
type guard struct {
	now  func() time.Time
	mu   sync.Mutex
	seen map[string]*failures
}

type failures struct {
	count int
	since time.Time
}

func newGuard(now func() time.Time) *guard {
	return &guard{now: now, seen: map[string]*failures{}}
}

// host is the address a connection comes from, without its port.
func host(addr net.Addr) string {
	if addr == nil {
		return ""
	}
	h, _, err := net.SplitHostPort(addr.String())
	if err != nil {
		return addr.String()
	}
	return h
}

// blocked reports a name at an address, or an address, that has guessed
// wrong too often lately.
func (g *guard) blocked(addr, user string) bool {
	return g.over(addr+"\x00"+user, maxFailures) || g.over(addr, maxFailuresPerHost)
}

func (g *guard) over(key string, limit int) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	f, ok := g.seen[key]
	if !ok {
		return false
	}
	if g.now().Sub(f.since) > failureWindow {
		delete(g.seen, key)
		return false
	}
	return f.count >= limit
}

// fail counts a wrong passphrase for a name at an address.
func (g *guard) fail(addr, user string) {
	g.count(addr + "\x00" + user)
	g.count(addr)
}

func (g *guard) count(addr string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.seen) >= maxTracked {
		// Forget the oldest half rather than grow without bound.
		cutoff := g.now().Add(-failureWindow / 2)
		for a, f := range g.seen {
			if f.since.Before(cutoff) {
				delete(g.seen, a)
			}
		}
	}
	f, ok := g.seen[addr]
	if !ok || g.now().Sub(f.since) > failureWindow {
		f = &failures{since: g.now()}
		g.seen[addr] = f
	}
	f.count++
}

// check compares a passphrase in constant time, counting wrong ones.
func (s *server) check(ctx ssh.Context, given string) bool {
	if ctx.User() == facilitatorUser || s.opts.Passphrase == "" {
		return false
	}
	addr := host(ctx.RemoteAddr())
	if s.guard.blocked(addr, ctx.User()) {
		s.logFrom(addr, "refused %s (%q): too many wrong passphrases, waiting", addr, ctx.User())
		return false
	}
	want := normalisePassphrase(s.opts.Passphrase)
	if subtle.ConstantTimeCompare([]byte(normalisePassphrase(given)), []byte(want)) == 1 {
		return true
	}
	s.guard.fail(addr, ctx.User())
	s.logFrom(addr, "wrong passphrase from %s (user %q)", addr, ctx.User())
	return false
}

// normalisePassphrase forgives case and the spacing between words: a room
// reads the passphrase off a projector.
func normalisePassphrase(p string) string {
	return strings.Join(strings.Fields(strings.ToLower(p)), "-")
}

func (s *server) passwordAuth(ctx ssh.Context, password string) bool {
	return s.check(ctx, strings.ReplaceAll(password, "-", " "))
}

// keyboardAuth asks for the passphrase, and says so when it is wrong (a
// password prompt can only ask again).
func (s *server) keyboardAuth(ctx ssh.Context, challenge gossh.KeyboardInteractiveChallenge) bool {
	instruction := "Welcome to the powercore workshop."
	for range 3 {
		if s.guard.blocked(host(ctx.RemoteAddr()), ctx.User()) {
			_, _ = challenge("", "Too many wrong passphrases from here: wait a minute, then connect again.", nil, nil)
			return false
		}
		answers, err := challenge("", instruction, []string{"Workshop passphrase: "}, []bool{false})
		if err != nil || len(answers) != 1 {
			return false
		}
		if s.check(ctx, strings.ReplaceAll(answers[0], "-", " ")) {
			return true
		}
		instruction = "That is not the workshop passphrase: try again (the facilitator shows it)."
	}
	return false
}

// facilitatorUser is the login that opens the dashboard, with its key only.
const facilitatorUser = "facilitator"

// publicKeyAuth lets in the facilitator with their key, and participants
// with the authorized keys.
func publicKeyAuth(facilitator ssh.PublicKey, authorized []ssh.PublicKey) ssh.PublicKeyHandler {
	return func(ctx ssh.Context, key ssh.PublicKey) bool {
		if ctx.User() == facilitatorUser {
			return facilitator != nil && ssh.KeysEqual(key, facilitator)
		}
		return slices.ContainsFunc(authorized, func(k ssh.PublicKey) bool { return ssh.KeysEqual(k, key) })
	}
}

// readAuthorizedKeys reads the keys an authorized_keys file lists (none
// for no file), once: the file is read when the server starts.
func readAuthorizedKeys(path string) ([]ssh.PublicKey, error) {
	if path == "" {
		return nil, nil
	}
	data, err := assessment.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var keys []ssh.PublicKey
	for {
		// Blank lines, comments and lines that are no key are passed over.
		k, _, _, rest, err := gossh.ParseAuthorizedKey(data)
		if err != nil {
			break
		}
		keys = append(keys, k)
		data = rest
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s: no public keys (expected lines such as ssh-ed25519 AAAA… from .pub files)", path)
	}
	return keys, nil
}

// genericNames are logins that say nothing about who is there: the
// participant is asked for a name instead.
var genericNames = map[string]bool{
	"root": true, "admin": true, "user": true, "guest": true, "workshop": true,
	"participant": true, "powercore": true, "test": true, "ubuntu": true,
	"pi": true, "anonymous": true, "ec2-user": true, "me": true, "x": true,
}

// participantName turns an SSH login into the name a result carries: ""
// for a generic login (ask instead), false for a name no one should be
// given (control characters, path separators, dots only, over 64
// characters).
func participantName(login string) (string, bool) {
	// Spaces alone are no name: ask for one.
	login = strings.TrimSpace(login)
	if login == "" {
		return "", true
	}
	if len([]rune(login)) > 64 || strings.Trim(login, ".") == "" {
		return "", false
	}
	for _, r := range login {
		if r == '/' || r == '\\' || !unicode.IsPrint(r) {
			return "", false
		}
	}
	if genericNames[strings.ToLower(login)] {
		return "", true
	}
	return login, true
}
