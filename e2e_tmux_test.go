package main

// The terminal the end-to-end tests drive the built binary in: a tmux
// server, keys sent the way a user types them, the screen read back the
// way a user reads it. Every wait polls the screen until what a user would
// wait for shows up; nothing sleeps for a fixed time.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/powercore/powercore/assessment"
)

const (
	// screenDeadline is how long a wait for the screen may take: generous,
	// so that a loaded CI machine does not fail the tests.
	screenDeadline = 10 * time.Second
	pollInterval   = 15 * time.Millisecond
)

// tmuxPath finds tmux. Outside CI a machine without it skips the test; in
// CI (where .ci/run installs it) a missing tmux is a failure.
func tmuxPath(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("tmux")
	if err == nil {
		return path
	}
	if ci := os.Getenv("CI"); ci != "" {
		t.Fatalf("tmux not found (CI=%s): the end-to-end tests must run in CI; .ci/run installs tmux", ci)
	}
	t.Skip("tmux not found; the end-to-end tests run only where tmux is installed (always in CI)")
	return ""
}

var socketCount atomic.Int64

// terminal is a tmux server of its own holding one session: a window
// "spare" (a terminal doing nothing, whose tty can take another stream) and
// a window "app" running powercore.
type terminal struct {
	t      *testing.T
	tmux   string
	socket string
	// dir is where powercore runs; stdout and exitFile are where its
	// standard output and exit code go.
	dir      string
	stdout   string
	exitFile string
	exited   bool
	// stateDir is POWERCORE_STATE_DIR, where progress is kept.
	stateDir string
}

// newTerminal starts a tmux server with a width×height session. The server
// is killed when the test ends.
func newTerminal(t *testing.T, width, height int) *terminal {
	t.Helper()
	tm := &terminal{
		t:      t,
		tmux:   tmuxPath(t),
		socket: fmt.Sprintf("powercore-e2e-%d-%d", os.Getpid(), socketCount.Add(1)),
		dir:    t.TempDir(),
		// Made before the server, so that it is removed after the server
		// (and powercore with it) is gone.
		stateDir: t.TempDir(),
	}
	tm.stdout = filepath.Join(tm.dir, ".stdout")
	tm.exitFile = filepath.Join(tm.dir, ".exit-code")
	tm.tmuxCmd("new-session", "-d", "-x", strconv.Itoa(width), "-y", strconv.Itoa(height),
		"-s", "e2e", "-n", "spare", "exec sleep 3600")
	var socketPath string
	t.Cleanup(func() {
		// The server may be gone already; only its end matters. tmux
		// leaves its socket file behind.
		_ = exec.Command(tm.tmux, "-L", tm.socket, "kill-server").Run()
		if socketPath != "" {
			_ = os.Remove(socketPath)
		}
	})
	socketPath = strings.TrimSpace(tm.tmuxCmd("display-message", "-p", "#{socket_path}"))
	return tm
}

// tmuxCmd runs a tmux command on this terminal's server and returns what it
// printed. The server starts with this process's environment less what
// would change how powercore or tmux behaves.
func (tm *terminal) tmuxCmd(args ...string) string {
	tm.t.Helper()
	cmd := exec.Command(tm.tmux, append([]string{"-L", tm.socket, "-f", "/dev/null"}, args...)...)
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "TMUX", "TMUX_PANE", "NO_COLOR", "ACCESSIBLE", "POWERCORE_STATE_DIR":
			continue
		}
		cmd.Env = append(cmd.Env, kv)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		tm.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// start runs powercore with args in the "app" window, its stdout going to
// a file (or, with stdoutTTY, to the "spare" window's terminal), with
// POWERCORE_STATE_DIR in a fresh folder plus env.
func (tm *terminal) start(env []string, stdoutTTY bool, args ...string) {
	tm.t.Helper()
	out := tm.stdout
	if stdoutTTY {
		out = strings.TrimSpace(tm.tmuxCmd("display-message", "-p", "-t", "e2e:spare", "#{pane_tty}"))
	}
	env = append([]string{"POWERCORE_STATE_DIR=" + tm.stateDir}, env...)
	var script strings.Builder
	fmt.Fprintf(&script, "cd %s || exit 97\n", shellQuote(tm.dir))
	for _, kv := range env {
		fmt.Fprintf(&script, "export %s\n", shellQuote(kv))
	}
	script.WriteString(shellQuote(binary))
	for _, a := range args {
		script.WriteString(" " + shellQuote(a))
	}
	fmt.Fprintf(&script, " >%s\n", shellQuote(out))
	fmt.Fprintf(&script, "echo $? >%[1]s.tmp && mv %[1]s.tmp %[1]s\n", shellQuote(tm.exitFile))
	// Keep the window open so that what was printed on it can be read.
	script.WriteString("exec sleep 3600\n")
	path := filepath.Join(tm.dir, ".run.sh")
	if err := os.WriteFile(path, []byte(script.String()), 0o755); err != nil {
		tm.t.Fatal(err)
	}
	tm.tmuxCmd("new-window", "-d", "-t", "e2e:", "-n", "app", "sh "+shellQuote(path))
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// capture is what a window shows: with escapes, its colours and
// attributes too; with history, everything scrolled off the top as well.
func (tm *terminal) capture(window string, escapes, history bool) string {
	tm.t.Helper()
	args := []string{"capture-pane", "-p", "-t", "e2e:" + window}
	if escapes {
		args = append(args, "-e")
	}
	if history {
		args = append(args, "-S", "-")
	}
	return tm.tmuxCmd(args...)
}

// screen is what the app window shows now, as plain text.
func (tm *terminal) screen() string { return tm.capture("app", false, false) }

// waitFor polls the screen until ok accepts it, and returns it. It fails
// the test, showing the screen, if that takes too long or if powercore
// ends on the way.
func (tm *terminal) waitFor(what string, ok func(screen string) bool) string {
	tm.t.Helper()
	return tm.poll(what, func() (string, bool) {
		s := tm.screen()
		if ok(s) {
			return s, true
		}
		if !tm.exited {
			if code, done := tm.exitCode(); done {
				tm.t.Fatalf("powercore ended (exit code %d) while waiting for %s; the screen shows:\n%s\nstdout:\n%s", code, what, s, tm.readStdout())
			}
		}
		return s, false
	})
}

// poll calls try every pollInterval until it succeeds, failing the test
// with what it last saw after screenDeadline.
func (tm *terminal) poll(what string, try func() (string, bool)) string {
	tm.t.Helper()
	deadline := time.Now().Add(screenDeadline)
	tick := time.NewTicker(pollInterval)
	defer tick.Stop()
	for {
		seen, ok := try()
		if ok {
			return seen
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("after %v still waiting for %s; the screen shows:\n%s", screenDeadline, what, seen)
		}
		<-tick.C
	}
}

// waitText waits until the screen shows text.
func (tm *terminal) waitText(text string) string {
	tm.t.Helper()
	return tm.waitFor(strconv.Quote(text), func(s string) bool { return strings.Contains(s, text) })
}

// waitQuestion waits for the question numbered n (from 1).
func (tm *terminal) waitQuestion(n, of int) string {
	tm.t.Helper()
	return tm.waitText(fmt.Sprintf("question %d of %d", n, of))
}

// waitSummary waits for the summary of the result of respondent, whose
// title line names it: "Power Core result · Ada Lovelace · 2026-11-23".
func (tm *terminal) waitSummary(respondent string) string {
	tm.t.Helper()
	title := regexp.MustCompile(`(?i)result · ` + regexp.QuoteMeta(respondent))
	return tm.waitFor("the summary of "+respondent+"'s result", title.MatchString)
}

// press sends named keys (Enter, Down, BTab, C-c…).
func (tm *terminal) press(keys ...string) {
	tm.t.Helper()
	tm.tmuxCmd(append([]string{"send-keys", "-t", "e2e:app"}, keys...)...)
}

// typeText types text as it is, character by character.
func (tm *terminal) typeText(text string) {
	tm.t.Helper()
	tm.tmuxCmd("send-keys", "-t", "e2e:app", "-l", text)
}

// exitCode is powercore's exit code, once it has ended.
func (tm *terminal) exitCode() (int, bool) {
	data, err := os.ReadFile(tm.exitFile)
	if err != nil {
		return 0, false
	}
	code, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		tm.t.Fatalf("exit code file holds %q", data)
	}
	return code, true
}

// wait waits for powercore to end and returns its exit code.
func (tm *terminal) wait() int {
	tm.t.Helper()
	var code int
	tm.poll("powercore to end", func() (string, bool) {
		c, ok := tm.exitCode()
		if !ok {
			return tm.screen(), false
		}
		code, tm.exited = c, true
		return "", true
	})
	return code
}

func (tm *terminal) readStdout() string {
	data, _ := os.ReadFile(tm.stdout)
	return string(data)
}

// builtin is the built-in bank, to know the questions, their rows' labels
// and the levels the way the screens show them.
func builtin(t *testing.T) *assessment.Bank {
	t.Helper()
	b, err := loadBank("")
	if err != nil {
		t.Fatalf("the built-in bank: %v", err)
	}
	return b
}

// allocRow is one row of an allocate question as the screen shows it.
type allocRow struct {
	label   string
	points  int
	focused bool
}

var allocRowRE = regexp.MustCompile(`^\s*(›)?\s*(\S.*?)\s+[■·]+\s+(\d+)$`)

// allocRows reads the rows of the allocate question on screen.
func allocRows(screen string) []allocRow {
	var rows []allocRow
	for _, line := range strings.Split(screen, "\n") {
		m := allocRowRE.FindStringSubmatch(strings.TrimRight(line, " "))
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[3])
		rows = append(rows, allocRow{label: m[2], points: n, focused: m[1] != ""})
	}
	return rows
}

// rowOf is the index of the row labelled label, or -1.
func rowOf(rows []allocRow, label string) int {
	for i, r := range rows {
		if r.label == label {
			return i
		}
	}
	return -1
}

func focusedRow(rows []allocRow) int {
	for i, r := range rows {
		if r.focused {
			return i
		}
	}
	return -1
}

// labelOf is the label of the row standing for core in an allocate
// question.
func labelOf(t *testing.T, q assessment.Question, core string) string {
	t.Helper()
	for _, o := range q.Options {
		if o.Core == core {
			return o.Label
		}
	}
	t.Fatalf("question %q has no row for %q", q.ID, core)
	return ""
}

// focusRow moves the cursor with ↑/↓ to the row labelled label, waiting
// for the screen after each key, and returns its index.
func (tm *terminal) focusRow(label string, want int) int {
	tm.t.Helper()
	for {
		s := tm.waitFor(fmt.Sprintf("the %d rows of an allocate question", want), func(s string) bool {
			r := allocRows(s)
			return len(r) == want && focusedRow(r) >= 0
		})
		rows := allocRows(s)
		target, at := rowOf(rows, label), focusedRow(rows)
		if target < 0 {
			tm.t.Fatalf("no row labelled %q on screen:\n%s", label, s)
		}
		if target == at {
			return target
		}
		next := at + 1
		if target < at {
			next = at - 1
			tm.press("Up")
		} else {
			tm.press("Down")
		}
		tm.waitFor(fmt.Sprintf("the cursor on row %d", next+1), func(s string) bool {
			r := allocRows(s)
			return len(r) == want && focusedRow(r) == next
		})
	}
}

// waitPoints waits until row i shows n points.
func (tm *terminal) waitPoints(i, rows, n int) string {
	tm.t.Helper()
	return tm.waitFor(fmt.Sprintf("row %d at %d points", i+1, n), func(s string) bool {
		r := allocRows(s)
		return len(r) == rows && r[i].points == n
	})
}

// addPoints adds n points to the focused row i with → and +, one key at a
// time, starting from have.
func (tm *terminal) addPoints(i, rows, have, n int) {
	tm.t.Helper()
	for k := 1; k <= n; k++ {
		if k%2 == 1 {
			tm.press("Right")
		} else {
			tm.typeText("+")
		}
		tm.waitPoints(i, rows, have+k)
	}
}

// share is the points given to one core; a split is an allocate answer.
type share struct {
	core   string
	points int
}

type split []share

// answer is the split as a result file holds it.
func (s split) answer() map[string]int {
	m := map[string]int{}
	for _, c := range s {
		m[c.core] += c.points
	}
	return m
}

// allocate answers the allocate question on screen: for each core, finds
// its row by the label the bank gives it, moves there and places the
// points (the first core's with a digit key, the others' with →/+).
func (tm *terminal) allocate(q assessment.Question, s split) {
	tm.t.Helper()
	rows := len(q.Options)
	for k, c := range s {
		i := tm.focusRow(labelOf(tm.t, q, c.core), rows)
		if k == 0 && c.points <= 9 {
			tm.typeText(strconv.Itoa(c.points))
			tm.waitPoints(i, rows, c.points)
			continue
		}
		tm.addPoints(i, rows, 0, c.points)
	}
	placed := 0
	for _, c := range s {
		placed += c.points
	}
	if placed == q.Points {
		tm.waitText(fmt.Sprintf("all %d points placed", q.Points))
	}
}

// levelMark is how a select shows the cursor on a level: "› 2  Repeatable",
// "› ?  Don't know".
func levelMark(b *assessment.Bank, level string) string {
	if level == assessment.DontKnow {
		return "› ?  Don't know"
	}
	v, _ := strconv.Atoi(level)
	l, _ := b.Level(v)
	return fmt.Sprintf("› %d  %s", v, l.Label)
}

var levelCursorRE = regexp.MustCompile(`┃ › ([0-9?])  `)

// pickLevel moves the cursor of the scale question on screen to level,
// one ↑/↓ at a time, waiting for the screen after each key.
func (tm *terminal) pickLevel(b *assessment.Bank, level string) {
	tm.t.Helper()
	order := []string{}
	for _, l := range b.Levels {
		order = append(order, strconv.Itoa(l.Value))
	}
	order = append(order, "?")
	indexOf := func(mark string) int {
		for i, o := range order {
			if o == mark {
				return i
			}
		}
		return -1
	}
	want := level
	if level == assessment.DontKnow {
		want = "?"
	}
	target := indexOf(want)
	for {
		s := tm.waitFor("the levels of a scale question", func(s string) bool { return levelCursorRE.MatchString(s) })
		at := indexOf(levelCursorRE.FindStringSubmatch(s)[1])
		if at == target {
			break
		}
		next, key := at+1, "Down"
		if target < at {
			next, key = at-1, "Up"
		}
		tm.press(key)
		tm.waitText(levelMark(b, strings.Replace(order[next], "?", assessment.DontKnow, 1)))
	}
	tm.waitText(levelMark(b, level))
}

// answerJSON is an expected answer as the result file holds it.
func answerJSON(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// levelValue is a level as answers files hold it: a number or dont-know.
func levelValue(level string) any {
	if level == assessment.DontKnow {
		return level
	}
	v, _ := strconv.Atoi(level)
	return v
}

// readJSON reads a JSON file into a map.
func readJSON(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading the saved result: %v", err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s is not JSON: %v\n%s", path, err, data)
	}
	return m
}

// scoreJSON runs powercore score on an answers file and returns the result.
func scoreJSON(t *testing.T, dir, answers string) map[string]any {
	t.Helper()
	stdout, stderr, code := run(t, dir, nil, "score", "--answers", answers, "--format", "json")
	if code != 0 {
		t.Fatalf("powercore score --answers %s: exit code %d\n%s", answers, code, stderr)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(stdout), &m); err != nil {
		t.Fatalf("powercore score --format json printed no JSON: %v\n%s", err, stdout)
	}
	return m
}

// sameFields checks that two results agree on the named fields.
func sameFields(t *testing.T, what string, got, want map[string]any, fields ...string) {
	t.Helper()
	for _, f := range fields {
		if _, ok := want[f]; !ok {
			t.Errorf("%s: the reference result has no %q", what, f)
			continue
		}
		if !reflect.DeepEqual(got[f], want[f]) {
			t.Errorf("%s: %s = %s, want %s", what, f, answerJSON(t, got[f]), answerJSON(t, want[f]))
		}
	}
}

// allocateToTheLimits answers the allocate question on screen with s (two
// shares) while trying its limits: enter with points left is refused,
// saying why; a point over the total is refused, saying why; ← takes one
// back and → puts it again.
func (tm *terminal) allocateToTheLimits(q assessment.Question, num, total int, s split) {
	tm.t.Helper()
	tm.allocate(q, s[:1])
	tm.press("Enter")
	tm.waitText(fmt.Sprintf("%d points still to place", q.Points-s[0].points))
	if got := tm.screen(); !strings.Contains(got, fmt.Sprintf("question %d of %d", num, total)) {
		tm.t.Fatalf("enter with points left moved on; the screen shows:\n%s", got)
	}
	tm.allocate(q, s)
	rows := len(q.Options)
	last := s[len(s)-1]
	i := rowOf(allocRows(tm.screen()), labelOf(tm.t, q, last.core))
	tm.press("Right")
	tm.waitText("all points are placed")
	tm.waitPoints(i, rows, last.points)
	tm.press("Left")
	tm.waitText("1 point left")
	tm.waitPoints(i, rows, last.points-1)
	tm.press("Right")
	tm.waitText(fmt.Sprintf("all %d points placed", q.Points))
}

// backAndForth checks, from the scale question numbered num with level
// picked, that shift+tab goes back across sections to prev with its points
// kept, and that enter comes back to this question with its level kept.
func (tm *terminal) backAndForth(bank *assessment.Bank, prev assessment.Question, num, total int, points map[string]int, level string) {
	tm.t.Helper()
	tm.press("BTab")
	tm.waitQuestion(num-1, total)
	s := tm.waitFor("the previous question's rows", func(s string) bool { return len(allocRows(s)) == len(prev.Options) })
	rows := allocRows(s)
	for core, p := range points {
		if r := rows[rowOf(rows, labelOf(tm.t, prev, core))]; r.points != p {
			tm.t.Errorf("back on question %d: row %q shows %d points, want %d", num-1, r.label, r.points, p)
		}
	}
	tm.press("Enter")
	tm.waitQuestion(num, total)
	tm.waitText(levelMark(bank, level))
}

var reviewCursorRE = regexp.MustCompile(`› +(\d+)\. `)

// reviewTo moves the review's cursor to question n with ↑/↓, waiting for
// the screen after each key.
func (tm *terminal) reviewTo(n int) {
	tm.t.Helper()
	for {
		s := tm.waitFor("the review's cursor", reviewCursorRE.MatchString)
		at, _ := strconv.Atoi(reviewCursorRE.FindStringSubmatch(s)[1])
		if at == n {
			return
		}
		key, next := "Up", at-1
		if at < n {
			key, next = "Down", at+1
		}
		tm.press(key)
		tm.waitFor(fmt.Sprintf("the review's cursor on question %d", next), func(s string) bool {
			m := reviewCursorRE.FindStringSubmatch(s)
			return m != nil && m[1] == strconv.Itoa(next)
		})
	}
}

// answersYAML is an answers file holding only the answers: mapping.
func answersYAML(questions []assessment.Question, answers map[string]any) string {
	var y strings.Builder
	y.WriteString("answers:\n")
	for _, q := range questions {
		a, ok := answers[q.ID]
		if !ok {
			continue
		}
		switch a := a.(type) {
		case map[string]int:
			var parts []string
			for _, o := range q.Options {
				if p, ok := a[o.Core]; ok {
					parts = append(parts, fmt.Sprintf("%s: %d", o.Core, p))
				}
			}
			fmt.Fprintf(&y, "  %s: {%s}\n", q.ID, strings.Join(parts, ", "))
		case string:
			if q.Kind == assessment.Text {
				a = strconv.Quote(a)
			}
			fmt.Fprintf(&y, "  %s: %s\n", q.ID, a)
		default:
			fmt.Fprintf(&y, "  %s: %v\n", q.ID, a)
		}
	}
	return y.String()
}
