package workshop

// A participant's terminal for the workshop server tests: an SSH session
// with a 100×30 xterm, its output drawn on a vterm, keys pressed one at a
// time, and the assessment answered by plan.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/powercore/powercore/assessment"
	gossh "golang.org/x/crypto/ssh"
)

// sshTerm is a participant's terminal: what the server sent, drawn on a
// screen, and the keys pressed.
type sshTerm struct {
	name   string
	client *gossh.Client
	sess   *gossh.Session
	stdin  io.Writer

	mu     sync.Mutex
	screen *vterm
	raw    bytes.Buffer
	// keyAt is when the last key was written, until output follows it.
	keyAt time.Time
	// frames are the times from a key to the first output after it;
	// advances from a key that moves on to the next screen to that screen.
	frames   []time.Duration
	advances []time.Duration
	writes   int
	keyed    time.Time
	exitErr  error
	// think, when set, is how long the participant takes before each key
	// (a person reading the screen); the load tests set it.
	think func() time.Duration

	changed chan struct{}
	ended   chan struct{}
}

// openTerm opens a session on the client with a terminal and a shell; when
// it ends, so does the connection if leave is set, as ssh does.
func openTerm(client *gossh.Client, name string, leave bool) (*sshTerm, error) {
	sess, err := client.NewSession()
	if err != nil {
		return nil, err
	}
	s := &sshTerm{name: name, client: client, sess: sess, screen: newVterm(termWidth, termHeight),
		changed: make(chan struct{}, 1), ended: make(chan struct{})}
	sess.Stdout = s
	sess.Stderr = s
	if s.stdin, err = sess.StdinPipe(); err != nil {
		return nil, err
	}
	if err := sess.RequestPty("xterm-256color", termHeight, termWidth, gossh.TerminalModes{}); err != nil {
		return nil, fmt.Errorf("pty: %w", err)
	}
	if err := sess.Shell(); err != nil {
		return nil, fmt.Errorf("shell: %w", err)
	}
	go func() {
		err := sess.Wait()
		s.mu.Lock()
		s.exitErr = err
		s.mu.Unlock()
		close(s.ended)
		if leave {
			_ = client.Close()
		}
	}()
	return s, nil
}

// Write takes the server's output: the first after a key times the key.
func (s *sshTerm) Write(p []byte) (int, error) {
	s.mu.Lock()
	if !s.keyAt.IsZero() {
		s.frames = append(s.frames, time.Since(s.keyAt))
		s.keyAt = time.Time{}
	}
	s.writes++
	s.raw.Write(p)
	_, _ = s.screen.Write(p)
	s.mu.Unlock()
	select {
	case s.changed <- struct{}{}:
	default:
	}
	return len(p), nil
}

// close drops the connection at once, like a closed laptop lid.
func (s *sshTerm) close() { _ = s.client.Close() }

// Screen is the terminal as the participant sees it now.
func (s *sshTerm) Screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.screen.String()
}

// Shown is the screen without its blank lines, for messages.
func (s *sshTerm) Shown() string {
	var lines []string
	for _, line := range strings.Split(s.Screen(), "\n") {
		if strings.TrimSpace(line) != "" {
			lines = append(lines, "  | "+line)
		}
	}
	return strings.Join(lines, "\n")
}

// OnMainScreen reports whether the terminal is back on its main screen,
// as a full-screen program leaves it when it ends.
func (s *sshTerm) OnMainScreen() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return !s.screen.alternate()
}

// Transcript is everything the server sent, without escape sequences.
func (s *sshTerm) Transcript() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return ansi.Strip(s.raw.String())
}

// await waits until ok holds (checked under the lock after every write),
// for at most within.
func (s *sshTerm) await(what string, within time.Duration, ok func() bool) error {
	deadline := time.NewTimer(within)
	defer deadline.Stop()
	check := func() bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		return ok()
	}
	for {
		if check() {
			return nil
		}
		select {
		case <-s.changed:
		case <-s.ended:
			if check() {
				return nil
			}
			return fmt.Errorf("%s: the connection closed before %s; the screen shows:\n%s", s.name, what, s.Shown())
		case <-deadline.C:
			return fmt.Errorf("%s: no %s within %v; the screen shows:\n%s", s.name, what, within, s.Shown())
		}
	}
}

// awaitScreen waits for any of texts on the screen, and says which.
func (s *sshTerm) awaitScreen(texts ...string) (string, error) {
	return s.awaitScreenWithin(patience, texts...)
}

// awaitScreenWithin is awaitScreen with a deadline of its own.
func (s *sshTerm) awaitScreenWithin(within time.Duration, texts ...string) (string, error) {
	var found string
	err := s.await(fmt.Sprintf("screen showing %q", texts), within, func() bool {
		screen := s.screen.String()
		for _, text := range texts {
			if strings.Contains(screen, text) {
				found = text
				return true
			}
		}
		return false
	})
	return found, err
}

// awaitLine waits for text anywhere in what the server sent, for lines
// written outside the assessment's screens.
func (s *sshTerm) awaitLine(text string) error {
	return s.await(fmt.Sprintf("line %q", text), patience, func() bool {
		return strings.Contains(ansi.Strip(s.raw.String()), text)
	})
}

// awaitEnd waits for the server to close the session.
func (s *sshTerm) awaitEnd(within time.Duration) bool {
	select {
	case <-s.ended:
		return true
	case <-time.After(within):
		return false
	}
}

// exitStatus is the status the session ended with; -1 when it ended
// without one (or has not ended).
func (s *sshTerm) exitStatus() int {
	select {
	case <-s.ended:
	default:
		return -1
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return exitStatusOf(s.exitErr)
}

// exitStatusOf reads the exit status from a session's Wait or Run error.
func exitStatusOf(err error) int {
	var exit *gossh.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.ExitStatus()
	}
	return -1
}

// press writes one key and waits for the first output after it.
func (s *sshTerm) press(key string) error {
	if s.think != nil {
		// Not a wait for the screen (that is the await below): the pause
		// of a person between keys, so that a load test offers the load
		// of a room rather than of keys pressed back to back.
		<-time.After(s.think())
	}
	s.mu.Lock()
	before := s.writes
	s.keyAt = time.Now()
	s.keyed = s.keyAt
	s.mu.Unlock()
	if _, err := io.WriteString(s.stdin, key); err != nil {
		return fmt.Errorf("%s: pressing %q: %w", s.name, key, err)
	}
	return s.await(fmt.Sprintf("frame after %q", key), patience, func() bool { return s.writes > before })
}

// advance presses a key that leads to another screen and waits for that
// screen, timing it from the key.
func (s *sshTerm) advance(key string, next ...string) (string, error) {
	if err := s.press(key); err != nil {
		return "", err
	}
	found, err := s.awaitScreen(next...)
	if err == nil {
		s.mu.Lock()
		s.advances = append(s.advances, time.Since(s.keyed))
		s.mu.Unlock()
	}
	return found, err
}

// typeText types text one key at a time.
func (s *sshTerm) typeText(text string) error {
	for _, r := range text {
		if err := s.press(string(r)); err != nil {
			return err
		}
	}
	return nil
}

// Keys as a terminal sends them.
const (
	keyEnter = "\r"
	keyDown  = "\x1b[B"
)

// plan is how a participant answers the bank: points on the first row
// shown of each allocate question (the rest on the second row), the level
// of each scale question (a level's value, or dontKnowLevel), and text for
// the first reflection.
type plan struct {
	first  []int
	levels []int
	text   string
}

// dontKnowLevel picks "Don't know", listed after the bank's levels.
const dontKnowLevel = 5

// headlines are the summary's ways of naming the result.
var headlines = []string{"is your Power Core", "Power is shared", "No clear Power Core"}

// answer answers questions from..to-1 (0-based) with keys, starting with
// question from on screen, and ends on the screen after question to-1.
func (s *sshTerm) answer(bank *assessment.Bank, from, to int, p plan) error {
	qs := bank.Questions()
	allocate, scale, text := 0, 0, 0
	for _, q := range qs[:from] {
		switch q.Kind {
		case assessment.Allocate:
			allocate++
		case assessment.Scale:
			scale++
		case assessment.Text:
			text++
		}
	}
	if _, err := s.awaitScreen(fmt.Sprintf("question %d of %d", from+1, len(qs))); err != nil {
		return err
	}
	for i := from; i < to; i++ {
		q := qs[i]
		switch q.Kind {
		case assessment.Allocate:
			a := p.first[allocate%len(p.first)]
			allocate++
			for _, k := range []string{fmt.Sprint(a), keyDown, fmt.Sprint(q.Points - a)} {
				if err := s.press(k); err != nil {
					return err
				}
			}
		case assessment.Scale:
			for range p.levels[scale%len(p.levels)] {
				if err := s.press(keyDown); err != nil {
					return err
				}
			}
			scale++
		case assessment.Text:
			if text == 0 && p.text != "" {
				if err := s.typeText(p.text); err != nil {
					return err
				}
			}
			text++
		}
		next := "Review your answers"
		if i+1 < len(qs) {
			next = fmt.Sprintf("question %d of %d", i+2, len(qs))
		}
		if _, err := s.advance(keyEnter, next); err != nil {
			return fmt.Errorf("question %d: %w", i+1, err)
		}
	}
	return nil
}

// complete takes a named participant from the intro through every
// question and the review to the summary, and returns its headline.
func (s *sshTerm) complete(bank *assessment.Bank, p plan) (string, error) {
	if _, err := s.awaitScreen("You will learn"); err != nil {
		return "", err
	}
	if _, err := s.advance(keyEnter, "question 1 of"); err != nil {
		return "", err
	}
	if err := s.answer(bank, 0, len(bank.Questions()), p); err != nil {
		return "", err
	}
	return s.advance(keyEnter, headlines...)
}
