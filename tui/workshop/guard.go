package workshop

import (
	"net"
	"sync"
	"time"
)

// The passphrase against guessing. Every wrong passphrase counts three
// ways:
//
//   - per name at an address: 5 a minute, then that name is refused from
//     there for the rest of the minute;
//   - per address: 30 a minute (a room behind one address, NAT or a VPN,
//     is not locked out by one person's typos);
//   - on the whole server: once wrongBudget wrong passphrases came in
//     within a minute, from however many addresses, the server is under
//     attack, and a passphrase is checked only from an address with no
//     wrong one in the last 10 minutes. The right passphrase from anywhere
//     else still gets in at once; each attacking address gets one guess in
//     10 minutes.
//
// An address is an IPv4 address or an IPv6 /64 (one machine can have a
// whole /64). The table of addresses is bounded: nothing is forgotten
// before its 10 minutes; when the table is full, an address not in it
// counts as having guessed wrong. With the default budget and table that
// is at most 100×1,440 + 16,384×144 ≈ 2.5 million guesses a day, however
// many addresses: against the default passphrase, four words from about a
// thousand (40 bits), a chance of about 1 in 400,000 in a day.
const (
	maxFailures        = 5
	maxFailuresPerHost = 30
	failureWindow      = time.Minute
	wrongBudget        = 100
	suspectFor         = 10 * time.Minute
	maxTracked         = 16_384
)

// verdict is what the guard makes of one passphrase.
type verdict int

const (
	wrongGuess    verdict = iota // checked, wrong, counted
	letIn                        // checked, right
	refusedHere                  // not checked: this name or address guessed wrong too often
	refusedAttack                // not checked: the server is under attack and this address took part
)

// guard counts wrong passphrases per name and address, and on the server.
type guard struct {
	now    func() time.Time
	budget int
	mu     sync.Mutex
	seen   map[string]*failures
	total  failures
	purged time.Time
}

// failures are the wrong passphrases of a window that started at since;
// last is the latest wrong one.
type failures struct {
	count       int
	since, last time.Time
}

func newGuard(now func() time.Time, budget int) *guard {
	if budget <= 0 {
		budget = wrongBudget
	}
	return &guard{now: now, budget: budget, seen: map[string]*failures{}}
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

// guessFrom is what guesses are counted by: an IPv4 address, or the /64
// of an IPv6 one.
func guessFrom(addr net.Addr) string {
	h := host(addr)
	ip := net.ParseIP(h)
	if ip == nil || ip.To4() != nil {
		return h
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// attempt decides on one passphrase from a name at an address, right or
// not, in one step: parallel guesses from one address cannot slip past
// its count.
func (g *guard) attempt(addr, user string, right bool) verdict {
	g.mu.Lock()
	defer g.mu.Unlock()
	if v, ok := g.refused(addr, user); ok {
		return v
	}
	if right {
		return letIn
	}
	now := g.now()
	g.total.add(now, failureWindow)
	g.add(addr, now)
	g.add(addr+"\x00"+user, now)
	return wrongGuess
}

// blocked reports whether a passphrase from a name at an address would
// not be checked now.
func (g *guard) blocked(addr, user string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	_, ok := g.refused(addr, user)
	return ok
}

func (g *guard) refused(addr, user string) (verdict, bool) {
	now := g.now()
	if g.count(addr, now) >= maxFailuresPerHost || g.count(addr+"\x00"+user, now) >= maxFailures {
		return refusedHere, true
	}
	if g.total.current(now, failureWindow) < g.budget {
		return 0, false
	}
	f, ok := g.seen[addr]
	if ok && now.Sub(f.last) <= suspectFor || !ok && len(g.seen) >= maxTracked && !g.purge(now) {
		return refusedAttack, true
	}
	return 0, false
}

// count is the wrong passphrases under key in the current window.
func (g *guard) count(key string, now time.Time) int {
	f, ok := g.seen[key]
	if !ok {
		return 0
	}
	return f.current(now, failureWindow)
}

// add counts a wrong passphrase under key, if the table has room for it.
func (g *guard) add(key string, now time.Time) {
	f, ok := g.seen[key]
	if !ok {
		if len(g.seen) >= maxTracked && !g.purge(now) {
			return
		}
		f = &failures{}
		g.seen[key] = f
	}
	f.add(now, failureWindow)
}

// purge forgets what is older than suspectFor, at most once a second
// (it goes through the whole table); true when there is room.
func (g *guard) purge(now time.Time) bool {
	if now.Sub(g.purged) >= time.Second {
		g.purged = now
		for k, f := range g.seen {
			if now.Sub(f.last) > suspectFor {
				delete(g.seen, k)
			}
		}
	}
	return len(g.seen) < maxTracked
}

// current is the count in the window that holds now.
func (f *failures) current(now time.Time, window time.Duration) int {
	if now.Sub(f.since) > window {
		return 0
	}
	return f.count
}

// add counts one more at now, starting a new window when the last one
// passed.
func (f *failures) add(now time.Time, window time.Duration) {
	if now.Sub(f.since) > window {
		f.count, f.since = 0, now
	}
	f.count++
	f.last = now
}

// listenNetwork keeps an IPv4 address to IPv4: Go would have 0.0.0.0
// listen on every IPv6 address too, where one machine can have a whole
// /64 of addresses to guess from (they count as one). [::] or a name
// listens on both.
func listenNetwork(addr string) string {
	h, _, err := net.SplitHostPort(addr)
	if ip := net.ParseIP(h); err == nil && ip != nil && ip.To4() != nil {
		return "tcp4"
	}
	return "tcp"
}
