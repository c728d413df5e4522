package workshop

import (
	"crypto/subtle"
	"fmt"
	"net"
	"slices"
	"strings"

	"github.com/charmbracelet/ssh"
	"github.com/powercore/powercore/assessment/store"
	gossh "golang.org/x/crypto/ssh"
)

// check compares a passphrase in constant time, counting wrong ones.
func (s *server) check(user string, from net.Addr, given string) bool {
	if user == facilitatorUser || s.opts.Passphrase == "" {
		return false
	}
	addr := host(from)
	want := normalisePassphrase(s.opts.Passphrase)
	right := subtle.ConstantTimeCompare([]byte(normalisePassphrase(given)), []byte(want)) == 1
	switch s.guard.attempt(guessFrom(from), user, right) {
	case letIn:
		return true
	case refusedHere:
		s.logFrom(addr, "refused %s (%q): too many wrong passphrases, waiting", addr, user)
	case refusedAttack:
		s.logFrom(addr, "refused %s (%q): too many wrong passphrases on the server lately, and some from here", addr, user)
	default:
		s.logFrom(addr, "wrong passphrase from %s (user %q)", addr, user)
	}
	return false
}

// normalisePassphrase forgives case and the spacing between words: a room
// reads the passphrase off a projector.
func normalisePassphrase(p string) string {
	return strings.Join(strings.Fields(strings.ToLower(p)), "-")
}

func (s *server) passwordAuth(ctx ssh.Context, password string) bool {
	return s.check(ctx.User(), ctx.RemoteAddr(), strings.ReplaceAll(password, "-", " "))
}

func (s *server) keyboardAuth(ctx ssh.Context, challenge gossh.KeyboardInteractiveChallenge) bool {
	return s.askPassphrase(ctx.User(), ctx.RemoteAddr(), challenge)
}

// askPassphrase asks for the passphrase, and says so when it is wrong (a
// password prompt can only ask again).
func (s *server) askPassphrase(user string, from net.Addr, challenge gossh.KeyboardInteractiveChallenge) bool {
	instruction := "Welcome to the powercore workshop."
	for range 3 {
		if s.guard.blocked(guessFrom(from), user) {
			_, _ = challenge("", "Too many wrong passphrases from here: wait a few minutes, then connect again.", nil, nil)
			return false
		}
		answers, err := challenge("", instruction, []string{"Workshop passphrase: "}, []bool{false})
		if err != nil || len(answers) != 1 {
			return false
		}
		if s.check(user, from, strings.ReplaceAll(answers[0], "-", " ")) {
			return true
		}
		instruction = "That is not the workshop passphrase: try again (the facilitator shows it)."
	}
	return false
}

// facilitatorUser is the login that opens the dashboard, with its key only.
const facilitatorUser = "facilitator"

// keyLetsIn reports a key that is enough on its own: the facilitator's,
// or for participants one of the authorized keys.
func keyLetsIn(facilitator ssh.PublicKey, authorized []ssh.PublicKey, user string, key ssh.PublicKey) bool {
	if user == facilitatorUser {
		return facilitator != nil && ssh.KeysEqual(key, facilitator)
	}
	return slices.ContainsFunc(authorized, func(k ssh.PublicKey) bool { return ssh.KeysEqual(k, key) })
}

// readAuthorizedKeys reads the keys an authorized_keys file lists (none
// for no file), once: the file is read when the server starts.
func readAuthorizedKeys(path string) ([]ssh.PublicKey, error) {
	if path == "" {
		return nil, nil
	}
	data, err := store.ReadFile(path)
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

// normaliseDashes lets a password be typed with dashes between the words.
func normaliseDashes(p string) string { return strings.ReplaceAll(p, "-", " ") }
