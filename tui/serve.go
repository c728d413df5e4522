package tui

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
	// AuthorizedKeys, when set, also lets in the keys it lists.
	AuthorizedKeys string
	// FacilitatorKey, when set, lets the user "facilitator" with this
	// public key see the live dashboard over SSH.
	FacilitatorKey string
	// MaxSessions caps the participants connected at once.
	MaxSessions int
	// IdleTimeout closes a connection quiet for this long (0: never).
	IdleTimeout time.Duration
	// Log receives a line per join, finish, leave and refusal.
	Log io.Writer
	// Now is the clock (default: time.Now).
	Now func() time.Time
	// Ready, when set, receives the address once the server listens.
	Ready func(addr string)
}

// ProgressDir is where a workshop's unfinished answers are kept, inside its
// results folder; hidden, so aggregate passes over it.
func ProgressDir(results string) string { return filepath.Join(results, ".in-progress") }

// server is a running workshop: its sessions, so they can be told when it
// closes.
type server struct {
	bank     *assessment.Bank
	opts     ServeOptions
	guard    *guard
	mu       sync.Mutex
	active   map[*tea.Program]string
	models   map[string]*model
	sessions int
	closing  bool
}

// closingMsg tells a participant's program that the workshop is closing.
type closingMsg struct{}

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
	if opts.Passphrase == "" && opts.AuthorizedKeys == "" {
		return errors.New("a workshop needs a passphrase or authorized keys: nobody could join")
	}
	for _, dir := range []string{opts.Results, ProgressDir(opts.Results)} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return fmt.Errorf("%s: %w", dir, err)
		}
	}
	if err := os.MkdirAll(filepath.Dir(opts.HostKey), 0o700); err != nil {
		return fmt.Errorf("%s: %w", filepath.Dir(opts.HostKey), err)
	}
	// wish's middleware logs a program ended by a dropped connection as an
	// error; the server's own log says what happened, in its words.
	charmlog.SetOutput(io.Discard)
	s := &server{bank: bank, opts: opts, guard: newGuard(opts.Now), active: map[*tea.Program]string{}, models: map[string]*model{}}
	facilitator, err := readFacilitatorKey(opts.FacilitatorKey)
	if err != nil {
		return err
	}
	srv, err := wish.NewServer(
		wish.WithAddress(opts.Listen),
		// Always a path: without one wish writes a key into the current
		// folder.
		wish.WithHostKeyPath(opts.HostKey),
		wish.WithVersion("SSH-2.0-powercore"),
		wish.WithPasswordAuth(s.passwordAuth),
		wish.WithKeyboardInteractiveAuth(s.keyboardAuth),
		wish.WithPublicKeyAuth(s.publicKeyAuth(facilitator)),
		wish.WithIdleTimeout(opts.IdleTimeout),
		wish.WithMiddleware(
			wishtea.MiddlewareWithProgramHandler(s.program),
			s.gate,
		),
	)
	if err != nil {
		return fmt.Errorf("starting the server: %w", err)
	}
	// Only "session" channels, no port forwarding (nil callbacks deny it),
	// no subsystems such as sftp, no agent or X11 forwarding.
	srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": ssh.DefaultSessionHandler}
	srv.SubsystemHandlers = nil
	srv.RequestHandlers = map[string]ssh.RequestHandler{}

	l, err := net.Listen("tcp", opts.Listen)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", opts.Listen, err)
	}
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
	s.close()
	stop, cancel := context.WithTimeout(context.Background(), 4*time.Second)
	defer cancel()
	_ = l.Close()
	if err := srv.Shutdown(stop); err != nil && !errors.Is(err, ssh.ErrServerClosed) {
		_ = srv.Close()
	}
	return nil
}

// close tells every participant's program the workshop is closing: each
// saves its progress and ends.
func (s *server) close() {
	s.mu.Lock()
	s.closing = true
	programs := make([]*tea.Program, 0, len(s.active))
	for p := range s.active {
		programs = append(programs, p)
	}
	s.mu.Unlock()
	for _, p := range programs {
		p.Send(closingMsg{})
	}
}

func (s *server) logf(format string, args ...any) {
	fmt.Fprintf(s.opts.Log, "%s %s\n", s.opts.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
}

// readFacilitatorKey reads the public key that may open the dashboard over
// SSH, if one is named.
func readFacilitatorKey(path string) (ssh.PublicKey, error) {
	if path == "" {
		return nil, nil
	}
	data, err := assessment.ReadFile(path)
	if err != nil {
		return nil, err
	}
	key, _, _, _, err := gossh.ParseAuthorizedKey(data)
	if err != nil {
		return nil, fmt.Errorf("%s: not a public key (expected a line such as ssh-ed25519 AAAA… from a .pub file)", path)
	}
	return key, nil
}
