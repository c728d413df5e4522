package main

// A harness for the speed benchmarks (speed_bench_test.go): a program on a
// pseudo-terminal of its own, everything it writes kept with when it came,
// answering the few questions a terminal is asked the way a terminal does.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
)

// ptyProgram is a program running on a pseudo-terminal.
type ptyProgram struct {
	cmd   *exec.Cmd
	tty   *os.File
	start time.Time

	mu  sync.Mutex
	out bytes.Buffer
	// last is when the latest output came; answered how much of out was
	// searched for terminal queries.
	last     time.Time
	answered int
	changed  chan struct{}
	done     chan struct{}
}

// startOnPty starts name with args on a width×height pseudo-terminal with
// env added to this process's environment.
func startOnPty(tb testing.TB, width, height int, env []string, name string, args ...string) *ptyProgram {
	tb.Helper()
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "COLORTERM=truecolor")
	cmd.Env = append(cmd.Env, env...)
	p := &ptyProgram{cmd: cmd, changed: make(chan struct{}, 1), done: make(chan struct{})}
	p.start = time.Now()
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: uint16(height), Cols: uint16(width)})
	if err != nil {
		tb.Fatalf("starting %s on a terminal: %v", name, err)
	}
	p.tty = tty
	go p.read()
	tb.Cleanup(p.stop)
	return p
}

func (p *ptyProgram) read() {
	defer close(p.done)
	buf := make([]byte, 32<<10)
	for {
		n, err := p.tty.Read(buf)
		if n > 0 {
			p.mu.Lock()
			p.out.Write(buf[:n])
			p.last = time.Now()
			p.answerQueries()
			p.mu.Unlock()
			select {
			case p.changed <- struct{}{}:
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

// answerQueries answers what a program asks its terminal before it draws:
// the background colour (OSC 11) and the cursor position (DSR). A program
// that waits for the answers would otherwise wait out its time-out, which
// no real terminal makes it do.
func (p *ptyProgram) answerQueries() {
	fresh := p.out.Bytes()[p.answered:]
	// Keep the tail: a query may be split across reads.
	p.answered = max(p.answered, p.out.Len()-8)
	text := string(fresh)
	for range strings.Count(text, "\x1b]11;?") {
		fmt.Fprint(p.tty, "\x1b]11;rgb:0000/0000/0000\x1b\\")
	}
	for range strings.Count(text, "\x1b[6n") {
		fmt.Fprint(p.tty, "\x1b[1;1R")
	}
}

// written is how many bytes the program has written so far.
func (p *ptyProgram) written() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.Len()
}

// firstShows is how long after the start the program's output first
// showed text, or false when it did not within limit.
func (p *ptyProgram) firstShows(text string, limit time.Duration) (time.Duration, bool) {
	deadline := time.After(limit)
	for {
		p.mu.Lock()
		shown := strings.Contains(ansi.Strip(p.out.String()), text)
		at := p.last
		p.mu.Unlock()
		if shown {
			return at.Sub(p.start), true
		}
		select {
		case <-p.changed:
		case <-p.done:
			return 0, false
		case <-deadline:
			return 0, false
		}
	}
}

// settle waits for the output to pause for quiet (a frame is written in
// one go), at most limit, and says how many bytes were written by then.
func (p *ptyProgram) settle(quiet, limit time.Duration) int {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		p.mu.Lock()
		idle := time.Since(p.last)
		n := p.out.Len()
		p.mu.Unlock()
		if idle >= quiet {
			return n
		}
		select {
		case <-p.changed:
		case <-time.After(quiet - idle):
		}
	}
	return p.written()
}

// key sends the bytes a terminal sends for a key.
func (p *ptyProgram) key(tb testing.TB, seq string) {
	tb.Helper()
	if _, err := p.tty.Write([]byte(seq)); err != nil {
		tb.Fatalf("pressing %q: %v", seq, err)
	}
}

// stop ends the program and closes its terminal.
func (p *ptyProgram) stop() {
	if p.cmd.Process != nil {
		_ = p.cmd.Process.Kill()
		_ = p.cmd.Wait()
	}
	_ = p.tty.Close()
	<-p.done
}

// Keys as a terminal sends them.
const (
	keyDown  = "\x1b[B"
	keyUp    = "\x1b[A"
	keyEnter = "\r"
)

// bytesPerArrow presses ↓ and ↑ in turn n times, each once the last
// frame has settled, and returns the bytes written per key.
func (p *ptyProgram) bytesPerArrow(tb testing.TB, n int) float64 {
	tb.Helper()
	before := p.settle(150*time.Millisecond, 5*time.Second)
	for i := range n {
		seq := keyDown
		if i%2 == 1 {
			seq = keyUp
		}
		sent := p.written()
		p.key(tb, seq)
		// Wait for the frame to start, then for it to end.
		deadline := time.Now().Add(2 * time.Second)
		for p.written() == sent && time.Now().Before(deadline) {
			select {
			case <-p.changed:
			case <-time.After(50 * time.Millisecond):
			}
		}
		p.settle(60*time.Millisecond, 2*time.Second)
	}
	return float64(p.written()-before) / float64(n)
}
