package workshop

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/wish/v2"
	wishtea "charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/tui"
)

// joinLine is how this server is joined, for messages: its real port and
// the address the participant reached it on.
func joinLine(sess ssh.Session, name string) string {
	h, port, err := net.SplitHostPort(sess.LocalAddr().String())
	if err != nil {
		return "ssh -p PORT " + name + "@HOST"
	}
	if strings.Contains(h, ":") {
		h = "[" + h + "]"
	}
	return fmt.Sprintf("ssh -p %s %s@%s", port, name, h)
}

// gate refuses what the workshop does not offer, before any program
// starts: commands (so no shell, no exec, no scp), sessions without a
// terminal, names that are no names, and more people than it takes. After
// the program it says goodbye.
func (s *server) gate(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		s.handlers.Add(1)
		defer s.handlers.Done()
		addr := host(sess.RemoteAddr())
		refuse := func(why, line string) {
			s.logFrom(addr, "refused %s (%q): %s", addr, assessment.Printable(sess.User()), why)
			wish.Println(sess, "powercore: "+line+"\r")
			_ = sess.Exit(1)
		}
		if s.isClosing() {
			refuse("closing", "the workshop is closing; ask the facilitator")
			return
		}
		if sess.RawCommand() != "" || sess.Subsystem() != "" {
			refuse("asked to run a command", "this server only runs the assessment: connect without a command, such as "+joinLine(sess, "yourname"))
			return
		}
		if _, _, ok := sess.Pty(); !ok {
			refuse("no terminal", "the assessment needs a terminal: connect with "+strings.Replace(joinLine(sess, "yourname"), "ssh ", "ssh -t ", 1))
			return
		}
		if sess.User() == facilitatorUser {
			next(sess)
			s.forget(sess)
			return
		}
		if _, ok := tui.ParticipantName(sess.User()); !ok {
			refuse("unusable name", "please connect with a plain name (no slashes, up to 64 characters), such as "+joinLine(sess, "ann"))
			return
		}
		if !s.admit() {
			refuse("full", fmt.Sprintf("the workshop is full (%d people): try again in a moment", s.opts.MaxSessions))
			return
		}
		defer s.leave()
		if !s.enter(addr) {
			refuse("too many from one address", fmt.Sprintf("too many people are connected from your address (%d at most): one connection per person, or ask the facilitator", s.opts.MaxPerAddress))
			return
		}
		defer s.exit(addr)
		s.logf("%s joined from %s", assessment.Printable(sess.User()), addr)
		next(sess)
		// While the run still holds its person: the terminal back, and
		// what the run had not saved (a connection dropped mid-question).
		s.mu.Lock()
		r := s.runs[sess]
		s.mu.Unlock()
		if r == nil || r.model == nil {
			s.forget(sess)
			return
		}
		r.model.Ended()
		r.screen.restore()
		s.forget(sess)
		m := r.model.Outcome()
		out := crlf{sess}
		switch {
		case m.TakenOver:
			s.logf("%s left with %d of %d answered here, and carried on from another connection", who(m.Name, sess), m.Answered, m.Questions)
			fmt.Fprint(out, "You carried on from another connection; this one ends here.\n")
		case m.Result != nil && m.SavedTo != "":
			// Their own result, to keep in their scrollback.
			_ = export.WriteText(out, m.Result, s.bank)
			fmt.Fprint(out, "\nYour result is saved for the facilitator. Thank you!\n")
		case m.Result != nil:
			s.logf("%s left with %d of %d answered; the result is not saved", who(m.Name, sess), m.Answered, m.Questions)
			fmt.Fprintf(out, "Your result could not be saved for the facilitator: please tell them. Your answers are kept: connect again as %s to send them (%s).%s\n", assessment.Printable(m.Name), joinLine(sess, assessment.Printable(m.Name)), codeReminder(m.Code))
		case s.isClosing() && m.Name == "":
			s.logf("%s stopped: the workshop closed", who(m.Name, sess))
			fmt.Fprint(out, "The workshop is closing. Thank you for coming.\n")
		case s.isClosing():
			s.logf("%s stopped: the workshop closed", who(m.Name, sess))
			fmt.Fprintf(out, "The workshop is closing. Your answers are saved: connect again as %s to finish.%s\n", assessment.Printable(m.Name), codeReminder(m.Code))
		default:
			s.logf("%s left with %d of %d answered", who(m.Name, sess), m.Answered, m.Questions)
			switch {
			case m.Name == "" || m.Undecided:
			case m.Answered > 0:
				fmt.Fprintf(out, "Your answers are saved: connect again as %s to finish (%s).%s\n", assessment.Printable(m.Name), joinLine(sess, assessment.Printable(m.Name)), codeReminder(m.Code))
			default:
				fmt.Fprintf(out, "Nothing answered yet: connect again as %s whenever you are ready (%s).\n", assessment.Printable(m.Name), joinLine(sess, assessment.Printable(m.Name)))
			}
		}
	}
}

// crlf writes to a session whose terminal no longer turns \n into \r\n.
type crlf struct{ w io.Writer }

func (c crlf) Write(p []byte) (int, error) {
	_, err := c.w.Write([]byte(strings.ReplaceAll(string(p), "\n", "\r\n")))
	return len(p), err
}

// who names a participant in the log: the name they gave, else the login.
// A name is clipped to its first 32 characters, so that a line about
// someone keeps what the facilitator needs (such as the file saved) within
// the log's line length.
func who(answeredAs string, sess ssh.Session) string {
	name := sess.User()
	if answeredAs != "" {
		name = answeredAs
	}
	if r := []rune(name); len(r) > 32 {
		name = string(r[:32]) + "…"
	}
	return assessment.Printable(name)
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

// forget drops a session's run once it has ended, and the person it
// answered for; it returns the session's run.
func (s *server) forget(sess ssh.Session) *run {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.runs[sess]
	delete(s.runs, sess)
	if r == nil || r.model == nil {
		return r
	}
	for who, m := range s.owners {
		if m == r.model {
			delete(s.owners, who)
			delete(s.proofs, who)
		}
	}
	return r
}

// claim makes m the run answering for who, with what proves it is them,
// unless another run does — one whose connection is still there; then it
// returns that run's owner.
func (s *server) claim(who string, m *tui.Participant, owner *assessment.Owner) (bool, *assessment.Owner) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if cur, ok := s.owners[who]; ok && cur != m && !s.gone(cur) {
		return false, s.proofs[who]
	}
	s.owners[who] = m
	s.proofs[who] = owner
	return true, nil
}

// gone reports a model whose session's connection has closed.
func (s *server) gone(m *tui.Participant) bool {
	for sess, r := range s.runs {
		if r.model == m {
			return sess.Context().Err() != nil
		}
	}
	return true
}

// takeOver moves who to m, and ends the run that answered for them.
func (s *server) takeOver(who string, m *tui.Participant, owner *assessment.Owner) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.owners[who]
	s.owners[who] = m
	s.proofs[who] = owner
	for _, r := range s.runs {
		if r.model == old && old != nil {
			go r.program.Send(tui.TakenOverMsg{})
		}
	}
}

// busy reports another run answering for who, still connected.
func (s *server) busy(who string, m *tui.Participant) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur, ok := s.owners[who]
	return ok && cur != m && !s.gone(cur)
}

func (s *server) owns(who string, m *tui.Participant) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.owners[who] == m
}

// program builds one participant's assessment (or the facilitator's
// dashboard) for a session: the same screens, sized to their terminal, in
// their terminal's colours, saving progress under their name.
func (s *server) program(sess ssh.Session) *tea.Program {
	pty, _, _ := sess.Pty()
	// The server handles signals (shutdown tells everyone); pastes are cut
	// to size before the program reads them.
	options := append(wishtea.MakeOptions(sess), tea.WithContext(sess.Context()), tea.WithoutSignalHandler(), tea.WithInput(tui.LimitPastes(sess)),
		// A window size that did not change repaints nothing. (This filter
		// replaces wish's, which it keeps: a suspend resumes at once.)
		tea.WithFilter(tui.SkipRepeatedSizes(resumeOnSuspend)))
	if sess.User() == facilitatorUser {
		p := tea.NewProgram(newDashboard(string(s.folder), s.bank, DashboardOptions{Present: true}, s.join, s.opts.Now), options...)
		s.mu.Lock()
		s.runs[sess] = &run{program: p}
		s.mu.Unlock()
		return p
	}
	login := sess.User()
	name, _ := tui.ParticipantName(login)
	var seed [8]byte
	_, _ = rand.Read(seed[:])
	mem := &member{s: s, sess: sess, login: login, named: name != ""}
	m := tui.NewParticipant(s.bank, tui.Options{
		Name:     name,
		Seed:     binary.LittleEndian.Uint64(seed[:]) | 1,
		StateDir: s.folder.Progress(),
		Roster:   mem,
		Environ:  sess.Environ(),
		Key:      sess.Permissions().Extensions[keyExtension],
		Now:      s.opts.Now,
		Width:    pty.Window.Width,
		Height:   pty.Window.Height,
	})
	mem.p = m
	if name != "" {
		m.TakeName(name)
	}
	// Drawn by a screen of its own, as each frame comes, not by Bubble
	// Tea's renderer on its ticks; the ticker is left only to pass on the
	// program's rare terminal queries, once a second.
	out := &sessionWriter{w: sess}
	scr := newScreen(m.Model(), out, append(sess.Environ(), "TERM="+pty.Term), pty.Window.Width, pty.Window.Height)
	p := tea.NewProgram(scr, append(options, tea.WithOutput(out), tea.WithoutRenderer(), tea.WithFPS(1))...)
	s.mu.Lock()
	s.runs[sess] = &run{program: p, model: m, screen: scr}
	s.mu.Unlock()
	return p
}

// resumeOnSuspend is wish's own filter: an SSH session cannot be
// suspended (ctrl+z), so the program resumes at once.
func resumeOnSuspend(_ tea.Model, msg tea.Msg) tea.Msg {
	if _, ok := msg.(tea.SuspendMsg); ok {
		return tea.ResumeMsg{}
	}
	return msg
}

// codeReminder is the line that gives a participant their resume code to
// take away.
func codeReminder(code string) string {
	if code == "" {
		return ""
	}
	return "\nYour resume code is " + code + ": you need it to carry on from another computer or without your SSH key."
}
