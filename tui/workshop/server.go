package workshop

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	charmlog "charm.land/log/v2"
	"charm.land/wish/v2"
	wishtea "charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
	"github.com/powercore/powercore/tui"
	gossh "golang.org/x/crypto/ssh"
)

// ServeOptions configure a workshop server.
type ServeOptions struct {
	// Listen is the address to listen on, such as 127.0.0.1:2222.
	Listen string
	// Results is the folder results are written to; progress is kept in
	// its .in-progress folder, where the dashboard counts it.
	Results string
	// HostKey is the server's key file, created when missing.
	HostKey string
	// Passphrase is what participants type to join.
	Passphrase string
	// AuthorizedKeys, when set, also lets in the keys it lists; it is read
	// once, when the server starts.
	AuthorizedKeys string
	// FacilitatorKey, when set, lets the user "facilitator" with this
	// public key see the live dashboard over SSH.
	FacilitatorKey string
	// MaxSessions caps the participants connected at once.
	MaxSessions int
	// MaxPerAddress caps the participants connected at once from one
	// address, and the results one address hands in within ten minutes
	// (default: DefaultMaxPerAddress).
	MaxPerAddress int
	// LoginTimeout is how long a connection has to log in and start its
	// terminal (default: DefaultLoginTimeout).
	LoginTimeout time.Duration
	// IdleTimeout closes a connection quiet for this long (0: never).
	IdleTimeout time.Duration
	// Log receives a line per join, finish, leave and refusal.
	Log io.Writer
	// Now is the clock (default: time.Now).
	Now func() time.Time
	// Ready, when set, receives the address once the server listens.
	Ready func(addr string)

	// wrongBudget is how many wrong passphrases a minute the server takes
	// before it counts as under attack (0: wrongBudget); tests lower it.
	wrongBudget int
}

// server is a running workshop: its sessions, so they can be told when it
// closes.
type server struct {
	bank   *assessment.Bank
	opts   ServeOptions
	folder Folder
	guard  *guard
	// limits count what each address holds (limits.go).
	limits *limits
	logMu  sync.Mutex
	mu     sync.Mutex
	// runs are the programs on screen, each with its session's model (nil
	// for a facilitator's dashboard); owners the run that answers for each
	// person (PersonKey).
	runs   map[ssh.Session]*run
	owners map[string]*tui.Participant
	// proofs are what each owner shows to be themselves; codes counts
	// wrong resume codes per person.
	proofs   map[string]*assessment.Owner
	codes    *codeTries
	sessions int
	closing  bool
	// join is what the room needs to join, for the facilitator's
	// dashboard.
	join *JoinInfo
	// handlers counts the sessions being served, so that shutting down
	// waits for them.
	handlers sync.WaitGroup
}

// run is one session's program and model.
type run struct {
	program *tea.Program
	model   *tui.Participant
	// screen draws the participant's frames (nil for the facilitator's
	// dashboard, which Bubble Tea draws).
	screen *screen
}

// Serve runs the workshop server until ctx is cancelled, then stops
// accepting, tells every participant, saves their progress and returns.
func Serve(ctx context.Context, bank *assessment.Bank, opts ServeOptions) error {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.MaxSessions <= 0 {
		opts.MaxSessions = 200
	}
	if opts.MaxPerAddress <= 0 {
		opts.MaxPerAddress = DefaultMaxPerAddress
	}
	if opts.LoginTimeout <= 0 {
		opts.LoginTimeout = DefaultLoginTimeout
	}
	if opts.Passphrase == "" && opts.AuthorizedKeys == "" {
		return errors.New("a workshop needs a passphrase or authorized keys: nobody could join")
	}
	// Keys first: a bad key file stops the server before it makes folders.
	facilitator, err := readFacilitatorKey(opts.FacilitatorKey)
	if err != nil {
		return err
	}
	authorized, err := readAuthorizedKeys(opts.AuthorizedKeys)
	if err != nil {
		return err
	}
	// Another server on the folder would have its join details
	// overwritten and its people's progress shared.
	if running := Folder(opts.Results).runningServer(opts.Now()); running != nil {
		return fmt.Errorf("%s: another workshop server is running on this folder (port %s, started %s): stop it, or give this one a folder of its own with --results", opts.Results, running.Port, running.StartedAt.Local().Format("15:04"))
	}
	// Listen first: a port in use stops the server before it makes
	// folders or keys.
	l, err := net.Listen(listenNetwork(opts.Listen), opts.Listen)
	if err != nil {
		return listenError(opts.Listen, err)
	}
	srv, s, err := newServer(bank, opts, facilitator, authorized)
	if err != nil {
		_ = l.Close()
		return err
	}
	var hostKey gossh.PublicKey
	if len(srv.HostSigners) > 0 {
		hostKey = srv.HostSigners[0].PublicKey()
	}
	s.join = newJoinInfo(l.Addr().String(), opts.Passphrase, hostKey, opts.Now())
	if err := s.folder.writeJoin(s.join); err != nil {
		s.logf("the join details could not be written for the dashboard: %s", assessment.Printable(err.Error()))
	}
	defer s.folder.removeJoin()
	stopKeeping := keepJoining(s.folder)
	defer stopKeeping()
	if opts.Ready != nil {
		opts.Ready(l.Addr().String())
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l) }()
	select {
	case err := <-done:
		if errors.Is(err, ssh.ErrServerClosed) {
			return nil
		}
		return err
	case <-ctx.Done():
	}
	_ = l.Close()
	s.close()
	// Everyone gets a moment to save and read the goodbye; a program that
	// cannot (its connection stalled) is then ended, and so is the server.
	if !waitFor(&s.handlers, 3*time.Second) {
		s.kill()
	}
	_ = srv.Close()
	waitFor(&s.handlers, time.Second)
	return nil
}

// newServer makes the workshop's folders and its SSH server.
func newServer(bank *assessment.Bank, opts ServeOptions, facilitator ssh.PublicKey, authorized []ssh.PublicKey) (*ssh.Server, *server, error) {
	for _, dir := range []string{opts.Results, Folder(opts.Results).Progress()} {
		if err := makeWorkshopFolder(dir); err != nil {
			return nil, nil, err
		}
	}
	if err := os.MkdirAll(filepath.Dir(opts.HostKey), 0o700); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", filepath.Dir(opts.HostKey), err)
	}
	// wish's middleware logs a program ended by a dropped connection as an
	// error; the server's own log says what happened, in its words.
	charmlog.SetOutput(io.Discard)
	s := &server{bank: bank, opts: opts, guard: newGuard(opts.Now, opts.wrongBudget), limits: newLimits(), runs: map[ssh.Session]*run{}, folder: Folder(opts.Results), owners: map[string]*tui.Participant{},
		proofs: map[string]*assessment.Owner{}, codes: newCodeTries(opts.Now)}
	srv, err := wish.NewServer(
		wish.WithAddress(opts.Listen),
		// Always a path: without one wish writes a key into the current
		// folder.
		wish.WithHostKeyPath(opts.HostKey),
		wish.WithVersion("SSH-2.0-powercore"),
		wish.WithPasswordAuth(s.passwordAuth),
		wish.WithKeyboardInteractiveAuth(s.keyboardAuth),
		wish.WithIdleTimeout(opts.IdleTimeout),
		wish.WithMiddleware(
			wishtea.MiddlewareWithProgramHandler(s.program),
			s.gate,
		),
	)
	if err != nil {
		return nil, nil, fmt.Errorf("starting the server: %w", err)
	}
	// Only "session" channels, no port forwarding (nil callbacks deny it),
	// no subsystems such as sftp, no agent or X11 forwarding.
	// Each connection must log in in time, and has at most
	// sessionsPerConn terminals, sized within limits (limits.go).
	srv.ConnCallback = s.accept
	srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": s.sessionChannel}
	srv.SubsystemHandlers = nil
	srv.RequestHandlers = map[string]ssh.RequestHandler{}
	srv.ServerConfigCallback = s.keyConfig(facilitator, authorized)
	return srv, s, nil
}

// keepJoining refreshes the folder's join file while the server runs, so
// a dashboard can tell it from one that died; the returned func stops it.
func keepJoining(f Folder) func() {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(joinEvery)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case now := <-t.C:
				f.keepJoin(now)
			}
		}
	}()
	return func() { close(done) }
}

// waitFor waits for wg, at most d; false when it had to stop waiting.
func waitFor(wg *sync.WaitGroup, d time.Duration) bool {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}

// close tells every program the workshop is closing: each saves its
// progress and ends. Sending never waits on a program, so one whose
// connection stalled holds up no one.
func (s *server) close() {
	s.mu.Lock()
	s.closing = true
	for _, r := range s.runs {
		go r.program.Send(tui.ClosingMsg{})
	}
	s.mu.Unlock()
}

// kill ends the programs still running: their connections did not answer
// the closing in time. What they answered is on disk already.
func (s *server) kill() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for sess, r := range s.runs {
		if r.model != nil {
			s.logf("%s stopped: the workshop closed (the connection was not responding)", who(r.model.Outcome().Name, sess))
		}
		go r.program.Kill()
	}
}

// readFacilitatorKey reads the public key that may open the dashboard over
// SSH, if one is named.
func readFacilitatorKey(path string) (ssh.PublicKey, error) {
	if path == "" {
		return nil, nil
	}
	data, err := store.ReadFile(path)
	if err != nil {
		return nil, err
	}
	key, _, _, _, err := gossh.ParseAuthorizedKey(data)
	if err != nil {
		return nil, fmt.Errorf("%s: not a public key (expected a line such as ssh-ed25519 AAAA… from a .pub file)", path)
	}
	return key, nil
}
