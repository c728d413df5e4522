package tui

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"

	tea "charm.land/bubbletea/v2"
	"charm.land/wish/v2"
	wishtea "charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/powercore/powercore/assessment"
)

// readSmall reads a file within the size limit every file read has.
func readSmall(path string) ([]byte, error) { return assessment.ReadFile(path) }

// gate refuses what the workshop does not offer, before any program
// starts: commands (so no shell, no exec, no scp), sessions without a
// terminal, names that are no names, and more people than it takes. After
// the program it says goodbye.
func (s *server) gate(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		addr := host(sess.RemoteAddr())
		refuse := func(why, line string) {
			s.logf("refused %s (%q): %s", addr, sess.User(), why)
			wish.Println(sess, "powercore: "+line+"\r")
			_ = sess.Exit(1)
		}
		if s.isClosing() {
			refuse("closing", "the workshop is closing; ask the facilitator")
			return
		}
		if sess.RawCommand() != "" || sess.Subsystem() != "" {
			refuse("asked to run a command", "this server only runs the assessment: connect without a command, such as ssh -p PORT yourname@HOST")
			return
		}
		if _, _, ok := sess.Pty(); !ok {
			refuse("no terminal", "the assessment needs a terminal: connect with ssh -t -p PORT yourname@HOST")
			return
		}
		if sess.User() == facilitatorUser {
			next(sess)
			return
		}
		if _, ok := participantName(sess.User()); !ok {
			refuse("unusable name", "please connect with a plain name, such as ssh -p PORT ann@HOST (no slashes, up to 64 characters)")
			return
		}
		if !s.admit() {
			refuse("full", fmt.Sprintf("the workshop is full (%d people): try again in a moment", s.opts.MaxSessions))
			return
		}
		defer s.leave()
		s.logf("%s joined from %s", assessment.Printable(sess.User()), addr)
		next(sess)
		m := s.modelOf(sess)
		switch {
		case m == nil:
		case m.result != nil && m.savedTo != "":
			s.logf("%s finished: %s", assessment.Printable(m.name), m.savedTo)
			wish.Println(sess, "Your result is saved for the facilitator. Thank you!\r")
		case s.isClosing():
			s.logf("%s stopped: the workshop closed", who(m, sess))
			wish.Println(sess, "The workshop is closing. Your answers are saved: connect again with the same name to finish.\r")
		default:
			s.logf("%s left with %d of %d answered", who(m, sess), len(m.answers), len(m.questions))
			wish.Println(sess, "Your answers are saved: connect again with the same name to finish.\r")
		}
	}
}

// who names a participant in the log: the name they gave, else the login.
func who(m *model, sess ssh.Session) string {
	if m != nil && m.name != "" {
		return assessment.Printable(m.name)
	}
	return assessment.Printable(sess.User())
}

func (s *server) isClosing() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closing
}

func (s *server) admit() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sessions >= s.opts.MaxSessions {
		return false
	}
	s.sessions++
	return true
}

func (s *server) leave() {
	s.mu.Lock()
	s.sessions--
	s.mu.Unlock()
}

func (s *server) modelOf(sess ssh.Session) *model {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.models[sess.Context().SessionID()]
	delete(s.models, sess.Context().SessionID())
	return m
}

// program builds one participant's assessment (or the facilitator's
// dashboard) for a session: the same screens, sized to their terminal, in
// their terminal's colours, saving progress under their name.
func (s *server) program(sess ssh.Session) *tea.Program {
	pty, _, _ := sess.Pty()
	if sess.User() == facilitatorUser {
		d := newDashboard(s.opts.Results, true, s.opts.Now)
		return tea.NewProgram(d, append(wishtea.MakeOptions(sess), tea.WithContext(sess.Context()))...)
	}
	name, _ := participantName(sess.User())
	var seed [8]byte
	_, _ = rand.Read(seed[:])
	opts := Options{
		Name:        name,
		Seed:        binary.LittleEndian.Uint64(seed[:]) | 1,
		StateDir:    ProgressDir(s.opts.Results),
		Who:         assessment.SafeName(name),
		WhoFromName: name == "",
		ResultsDir:  s.opts.Results,
		NoSave:      true,
		Environ:     sess.Environ(),
		Now:         s.opts.Now,
		Width:       pty.Window.Width,
		Height:      pty.Window.Height,
	}
	if name == "" {
		opts.Who = ""
	}
	m := newModel(s.bank, opts)
	m.workshop = true
	p := tea.NewProgram(m, append(wishtea.MakeOptions(sess), tea.WithContext(sess.Context()))...)
	s.mu.Lock()
	s.active[p] = sess.User()
	s.models[sess.Context().SessionID()] = m
	s.mu.Unlock()
	go func() {
		<-sess.Context().Done()
		s.mu.Lock()
		delete(s.active, p)
		s.mu.Unlock()
	}()
	return p
}
