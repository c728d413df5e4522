package workshop

import (
	"net"
	"sync"
	"time"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// What one connection, one address and the whole workshop may hold, so
// that one person in the room can neither fill the server's memory nor
// take every seat.
const (
	// maxTermWidth and maxTermHeight are the largest terminal drawn: a
	// full 4K screen in a small font. A larger size asked for, at login or
	// later, is drawn at this size.
	maxTermWidth  = 320
	maxTermHeight = 100
	// maxEnv is how many environment variables a session may set, and
	// maxEnvBytes how long each may be; the rest are refused.
	maxEnv      = 32
	maxEnvBytes = 1024
	// sessionsPerConn is how many terminals one connection may have open
	// at once: one person, with a second window through OpenSSH's
	// ControlMaster.
	sessionsPerConn = 2
	// DefaultMaxPerAddress is how many people may be connected from one
	// address at once, unless --max-per-address says otherwise.
	DefaultMaxPerAddress = 25
	// DefaultLoginTimeout is how long a connection has to log in and open
	// its terminal.
	DefaultLoginTimeout = 30 * time.Second
	// resultWindow is the time in which one address may hand in at most
	// --max-per-address results.
	resultWindow = 10 * time.Minute
)

// addrKey is the address a limit counts: an IPv4 address, or an IPv6
// address's /64 network (one device or one home has a whole /64).
func addrKey(addr string) string {
	ip := net.ParseIP(addr)
	if ip == nil || ip.To4() != nil {
		return addr
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}

// limits counts what each address holds.
type limits struct {
	mu      sync.Mutex
	pending map[string]int
	total   int // pending connections from anywhere
	people  map[string]int
	results map[string][]time.Time
	logs    map[string]*logBudget
}

func newLimits() *limits {
	return &limits{pending: map[string]int{}, people: map[string]int{}, results: map[string][]time.Time{}, logs: map[string]*logBudget{}}
}

// connKey finds a connection's state in its context.
type connKey struct{}

// conn is one connection: how many terminals it has open and running,
// and the deadline it has to start one.
type conn struct {
	s        *server
	addr     string
	raw      net.Conn
	mu       sync.Mutex
	open     int // session channels open
	shells   int // sessions that started their program
	deadline *time.Timer
	pending  bool
}

// accept takes in a new TCP connection, unless too many are logging in
// already: --max-sessions from anywhere, --max-per-address from its
// address. The connection must log in and start its terminal before the
// login timeout.
func (s *server) accept(ctx ssh.Context, c net.Conn) net.Conn {
	addr := addrKey(host(c.RemoteAddr()))
	l := s.limits
	l.mu.Lock()
	if l.total >= s.opts.MaxSessions || l.pending[addr] >= s.opts.MaxPerAddress {
		l.mu.Unlock()
		s.logFrom(addr, "refused a connection from %s: too many connections from there not logged in yet", addr)
		return nil
	}
	l.total++
	l.pending[addr]++
	l.mu.Unlock()
	st := &conn{s: s, addr: addr, raw: c, pending: true}
	st.deadline = time.AfterFunc(s.opts.LoginTimeout, func() { _ = c.Close() })
	ctx.SetValue(connKey{}, st)
	return &trackedConn{Conn: c, st: st}
}

// trackedConn releases its connection's place once closed.
type trackedConn struct {
	net.Conn
	st   *conn
	once sync.Once
}

func (t *trackedConn) Close() error {
	t.once.Do(func() {
		t.st.deadline.Stop()
		t.st.started()
	})
	return t.Conn.Close()
}

// started takes a connection off the pending count: it logged in and
// started a terminal, or it is gone.
func (c *conn) started() {
	c.mu.Lock()
	was := c.pending
	c.pending = false
	c.mu.Unlock()
	if !was {
		return
	}
	l := c.s.limits
	l.mu.Lock()
	l.total--
	if l.pending[c.addr]--; l.pending[c.addr] <= 0 {
		delete(l.pending, c.addr)
	}
	l.mu.Unlock()
}

// shellStarted and shellEnded count a connection's running terminals;
// with none left, the connection has the login timeout again to start one.
func (c *conn) shellStarted() {
	c.mu.Lock()
	c.shells++
	c.deadline.Stop()
	c.mu.Unlock()
	c.started()
}

func (c *conn) shellEnded() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.shells--; c.shells == 0 {
		c.deadline.Reset(c.s.opts.LoginTimeout)
	}
}

// sessionChannel opens a terminal session, at most sessionsPerConn at once
// per connection, with its requests checked on the way in.
func (s *server) sessionChannel(srv *ssh.Server, sc *gossh.ServerConn, nc gossh.NewChannel, ctx ssh.Context) {
	st, _ := ctx.Value(connKey{}).(*conn)
	if st == nil {
		_ = nc.Reject(gossh.Prohibited, "no connection state")
		return
	}
	st.mu.Lock()
	if st.open >= sessionsPerConn {
		st.mu.Unlock()
		s.logFrom(st.addr, "refused a terminal from %s: %d open on one connection already", st.addr, sessionsPerConn)
		_ = nc.Reject(gossh.ResourceShortage, "one person, one connection: this one has its terminals open already")
		return
	}
	st.open++
	st.mu.Unlock()
	defer func() {
		st.mu.Lock()
		st.open--
		st.mu.Unlock()
	}()
	ssh.DefaultSessionHandler(srv, sc, &checkedChannel{NewChannel: nc, st: st}, ctx)
}

// checkedChannel hands the session its requests through check.
type checkedChannel struct {
	gossh.NewChannel
	st *conn
}

func (c *checkedChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := c.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go c.st.check(ch, reqs, out)
	return ch, out, nil
}

// check passes a session's requests on, after clamping terminal sizes,
// refusing environment variables past the limits and answering signals;
// a session that starts no program within the login timeout is closed.
func (c *conn) check(ch gossh.Channel, reqs <-chan *gossh.Request, out chan<- *gossh.Request) {
	defer close(out)
	noShell := time.AfterFunc(c.s.opts.LoginTimeout, func() { _ = ch.Close() })
	defer noShell.Stop()
	envs, shell := 0, false
	defer func() {
		if shell {
			c.shellEnded()
		}
	}()
	for req := range reqs {
		switch req.Type {
		case "pty-req":
			req.Payload = clampPty(req.Payload)
		case "window-change":
			req.Payload = clampWindow(req.Payload)
		case "env":
			if envs++; envs > maxEnv || len(req.Payload) > maxEnvBytes {
				_ = req.Reply(false, nil)
				continue
			}
		case "signal":
			// The assessment takes no signals; one that wants an answer
			// gets it.
			_ = req.Reply(false, nil)
			continue
		case "shell", "exec", "subsystem":
			if !shell {
				shell = true
				noShell.Stop()
				c.shellStarted()
			}
		}
		out <- req
	}
}

// clampPty and clampWindow limit the size in a pty-req or window-change
// request; a payload they cannot read is passed on for the server to
// refuse.
func clampPty(p []byte) []byte {
	var r struct {
		Term       string
		Cols, Rows uint32
		W, H       uint32
		Modes      string
	}
	if gossh.Unmarshal(p, &r) != nil {
		return p
	}
	r.Cols, r.Rows = min(r.Cols, maxTermWidth), min(r.Rows, maxTermHeight)
	return gossh.Marshal(r)
}

func clampWindow(p []byte) []byte {
	var r struct{ Cols, Rows, W, H uint32 }
	if gossh.Unmarshal(p, &r) != nil {
		return p
	}
	r.Cols, r.Rows = min(r.Cols, maxTermWidth), min(r.Rows, maxTermHeight)
	return gossh.Marshal(r)
}

// enter counts a person in from addr, unless the address has
// --max-per-address people connected already.
func (s *server) enter(addr string) bool {
	addr = addrKey(addr)
	l := s.limits
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.people[addr] >= s.opts.MaxPerAddress {
		return false
	}
	l.people[addr]++
	return true
}

func (s *server) exit(addr string) {
	addr = addrKey(addr)
	l := s.limits
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.people[addr]--; l.people[addr] <= 0 {
		delete(l.people, addr)
	}
}

// mayHandIn reports whether addr may hand in another result: at most
// --max-per-address in any resultWindow.
func (s *server) mayHandIn(addr, name string) bool {
	addr = addrKey(addr)
	l := s.limits
	l.mu.Lock()
	defer l.mu.Unlock()
	now := s.opts.Now()
	kept := l.results[addr][:0]
	for _, t := range l.results[addr] {
		if now.Sub(t) < resultWindow {
			kept = append(kept, t)
		}
	}
	if len(kept) >= s.opts.MaxPerAddress {
		l.results[addr] = kept
		l.mu.Unlock()
		s.logFrom(addr, "%s: result held back: %d results from %s in the last %v already", name, len(kept), addr, resultWindow)
		l.mu.Lock()
		return false
	}
	l.results[addr] = append(kept, now)
	return true
}
