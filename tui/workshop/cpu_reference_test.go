package workshop

// The reference for BenchmarkServerCPUPerKey (cpu_bench_test.go): what
// Bubble Tea, wish and SSH cost alone. A minimal Bubble Tea program, served
// by the same wish stack on the same 100×30 terminal, draws a screen the
// size of a powercore question and does no file I/O; the same clients press
// as many keys on it as on powercore.

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	charmlog "charm.land/log/v2"
	"charm.land/wish/v2"
	wishtea "charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/ssh"
	"github.com/powercore/powercore/assessment"
	gossh "golang.org/x/crypto/ssh"
)

// referenceEnv names the folder the reference server keeps its host key
// in; the helper serves only when it is set.
const referenceEnv = "POWERCORE_BENCH_REFERENCE_DIR"

// referenceQuestions is how many questions the reference counts through,
// as many as the built-in bank asks.
const referenceQuestions = 27

// TestHelperReferenceServer is not a test: started by
// BenchmarkServerCPUPerKey in a process of its own, it serves the reference
// program on an ephemeral loopback port to anyone, prints the address, and
// stops when its standard input closes.
func TestHelperReferenceServer(t *testing.T) {
	dir := os.Getenv(referenceEnv)
	if dir == "" {
		t.Skip("the reference server for BenchmarkServerCPUPerKey: runs only in its own process")
	}
	defer profileServer(t)()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	charmlog.SetOutput(io.Discard)
	anyone := func(ssh.Context, string) bool { return true }
	srv, err := wish.NewServer(
		wish.WithHostKeyPath(filepath.Join(dir, "host_ed25519")),
		wish.WithPasswordAuth(anyone),
		wish.WithKeyboardInteractiveAuth(func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true }),
		wish.WithPublicKeyAuth(func(ssh.Context, ssh.PublicKey) bool { return true }),
		wish.WithMiddleware(wishtea.Middleware(func(sess ssh.Session) (tea.Model, []tea.ProgramOption) {
			pty, _, _ := sess.Pty()
			return referenceModel{width: pty.Window.Width, height: pty.Window.Height}, nil
		})),
	)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		cancel()
	}()
	go func() { _ = srv.Serve(l) }()
	fmt.Println("listening on", l.Addr())
	<-ctx.Done()
	_ = srv.Close()
}

// referenceModel is a question screen and nothing else: ↑/↓ move the
// cursor over six options (round), enter moves on to the next question
// (round), q quits.
type referenceModel struct {
	width, height int
	question      int
	cursor        int
}

// The reference's options: six lines, as a powercore allocate question has.
var referenceOptions = []string{
	"How long customers stay with us and why",
	"A well-known brand and sharp messaging",
	"A sales force that wins the deals that matter",
	"Our internal platforms and the data in them",
	"The products customers buy and use",
	"Mastery of industry craft, such as underwriting or trials",
}

var (
	referenceTitle  = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#7D56F4"))
	referenceChosen = lipgloss.NewStyle().Foreground(lipgloss.Color("#FF5F87"))
	referenceFaint  = lipgloss.NewStyle().Faint(true)
)

func (m referenceModel) Init() tea.Cmd { return nil }

func (m referenceModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.KeyPressMsg:
		n := len(referenceOptions)
		switch msg.String() {
		case "down":
			m.cursor = (m.cursor + 1) % n
		case "up":
			m.cursor = (m.cursor + n - 1) % n
		case "enter":
			m.question = (m.question + 1) % referenceQuestions
			m.cursor = 0
		case "q", "ctrl+c":
			return m, tea.Quit
		}
	}
	return m, nil
}

func (m referenceModel) View() tea.View {
	var lines []string
	left := "Section 1 of 3 · Where the power sits"
	right := fmt.Sprintf("question %d of %d", m.question+1, referenceQuestions)
	gap := max(1, m.width-4-len([]rune(left))-len([]rune(right)))
	done := (m.question + 1) * max(0, m.width-4) / referenceQuestions
	lines = append(lines, "", "  "+referenceTitle.Render(left)+strings.Repeat(" ", gap)+right,
		"  "+strings.Repeat("━", done)+strings.Repeat("─", max(0, m.width-4-done)),
		"", "  Which strengths does your company take most pride in?",
		"  What do leaders boast about to investors, recruits or the press?", "")
	for i, option := range referenceOptions {
		if i == m.cursor {
			lines = append(lines, "  "+referenceChosen.Render("› "+option))
		} else {
			lines = append(lines, "    "+option)
		}
	}
	for len(lines) < m.height-2 {
		lines = append(lines, "")
	}
	lines = append(lines, "  "+referenceFaint.Render("↑/↓ row • enter next • q quit"))
	v := tea.NewView(strings.Join(lines, "\n"))
	v.AltScreen = true
	return v
}

// planKeys are the keys a participant following p presses on powercore,
// from the intro to the end: start, the answers (answer), submit on the
// review, q on the summary.
func planKeys(bank *assessment.Bank, p plan) []string {
	keys := []string{keyEnter}
	allocate, scale, text := 0, 0, 0
	for _, q := range bank.Questions() {
		switch q.Kind {
		case assessment.Allocate:
			a := p.first[allocate%len(p.first)]
			allocate++
			keys = append(keys, fmt.Sprint(a), keyDown, fmt.Sprint(q.Points-a))
		case assessment.Scale:
			for range p.levels[scale%len(p.levels)] {
				keys = append(keys, keyDown)
			}
			scale++
		case assessment.Text:
			if text == 0 {
				for _, r := range p.text {
					keys = append(keys, string(r))
				}
			}
			text++
		}
		keys = append(keys, keyEnter)
	}
	return append(keys, keyEnter, "q")
}

// referenceKeys are as many keys as planKeys, for the reference: enter
// where powercore has enter, q at the end, and ↓ for every other key.
func referenceKeys(bank *assessment.Bank, p plan) []string {
	keys := planKeys(bank, p)
	for i, k := range keys {
		if k != keyEnter && k != "q" {
			keys[i] = keyDown
		}
	}
	return keys
}

// referenceRun is n clients pressing their referenceKeys back to back.
type referenceRun struct {
	keys    int
	frames  []time.Duration
	elapsed time.Duration
}

// runReference has n clients join the reference server, press their keys
// back to back, each waiting for the output after it, and leave with q. At
// limit every connection is closed, so every wait ends.
func runReference(b *testing.B, w *workshop, bank *assessment.Bank, n int, limit time.Duration) *referenceRun {
	b.Helper()
	r := &referenceRun{}
	terms := make([]*sshTerm, n)
	errs := make([]error, n)
	var mu sync.Mutex
	cutoff := time.AfterFunc(limit, func() {
		mu.Lock()
		defer mu.Unlock()
		for _, term := range terms {
			if term != nil {
				term.close()
			}
		}
	})
	defer cutoff.Stop()
	var done sync.WaitGroup
	start := time.Now()
	for i := range n {
		done.Go(func() {
			name := loadName(i + 1)
			term, err := w.join(name)
			if err != nil {
				errs[i] = fmt.Errorf("%s joining: %w", name, err)
				return
			}
			mu.Lock()
			terms[i] = term
			mu.Unlock()
			defer term.close()
			errs[i] = func() error {
				if _, err := term.awaitScreen(fmt.Sprintf("question 1 of %d", referenceQuestions)); err != nil {
					return err
				}
				keys := referenceKeys(bank, loadPlan(i+1))
				enters := 0
				for _, k := range keys {
					if k == "q" {
						// Every enter reached the program: it shows the
						// question they lead to.
						want := fmt.Sprintf("question %d of %d", enters%referenceQuestions+1, referenceQuestions)
						if _, err := term.awaitScreen(want); err != nil {
							return err
						}
					}
					if err := term.press(k); err != nil {
						return err
					}
					if k == keyEnter {
						enters++
					}
				}
				if !term.awaitEnd(patience) {
					return fmt.Errorf("%s: the session stayed open after q", name)
				}
				return nil
			}()
		})
	}
	if !waitGroupWithin(&done, limit+30*time.Second) {
		b.Fatalf("the reference clients did not all finish within %v", limit)
	}
	r.elapsed = time.Since(start)
	for i, term := range terms {
		if errs[i] != nil {
			b.Error(errs[i])
		}
		if term == nil {
			continue
		}
		term.mu.Lock()
		r.keys += len(term.frames)
		r.frames = append(r.frames, term.frames...)
		term.mu.Unlock()
	}
	slices.Sort(r.frames)
	return r
}
