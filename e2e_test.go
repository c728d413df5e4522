package main

// End-to-end tests: the built binary (see TestMain in cli_test.go) in a real
// terminal, tmux, driven with real keys and read off the screen the way a
// user reads it. Every wait polls the screen until what a user would wait
// for shows up; nothing sleeps for a fixed time.

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/powercore/powercore/assessment"
)

// TestInteractiveRunSavesWhatScoreGives answers the whole built-in bank at
// 80×24 with real keys — a typed name, points placed by reading the rows'
// labels, a level per practice, a reflection, one answer changed from the
// review — saves with s, quits with q, and checks that the saved file holds
// the answers given and the same result `powercore score` gives for them.
func TestInteractiveRunSavesWhatScoreGives(t *testing.T) {
	bank := builtin(t)
	questions := bank.Questions()
	total := len(questions)
	tm := newTerminal(t, 80, 24)
	tm.start(nil, false)

	tm.waitText("Your name")
	tm.typeText("Ada Lovelace")
	tm.waitText("Ada Lovelace")
	tm.press("Enter")

	// The second core of each allocate question, after 6 points on the
	// sales row; the last one gets all 10 points on sales.
	others := []string{"customer", "vertical", "customer", "product", "it", ""}
	levels := []string{"2", "1", assessment.DontKnow, "3", "4", "0", "2", "2", "3", "1", assessment.DontKnow, "4", "3", "2", "1", "0", "2", "3"}
	const reflection = "Renewals slip after the deal closes."
	want := map[string]any{}
	allocs, scales := 0, 0
	for n, q := range questions {
		num := n + 1
		tm.waitQuestion(num, total)
		switch q.Kind {
		case assessment.Allocate:
			s := split{{"sales", 10}}
			if o := others[allocs%len(others)]; o != "" {
				s = split{{"sales", 6}, {o, 4}}
			}
			if allocs == 0 {
				tm.allocateToTheLimits(q, num, total, s)
			} else {
				tm.allocate(q, s)
			}
			want[q.ID] = s.answer()
			allocs++
		case assessment.Scale:
			level := levels[scales%len(levels)]
			tm.pickLevel(bank, level)
			want[q.ID] = levelValue(level)
			scales++
			if scales == 1 {
				tm.backAndForth(bank, questions[n-1], num, total, want[questions[n-1].ID].(map[string]int), level)
			}
		case assessment.Text:
			if q.ID == "drop-ball" {
				tm.typeText(reflection)
				tm.waitText("closes.")
				want[q.ID] = reflection
			}
		default:
			t.Fatalf("question %q: kind %q is not in the built-in bank this test knows", q.ID, q.Kind)
		}
		tm.press("Enter")
	}

	// The review lists every answer; change question 11 from it.
	tm.waitText("Review your answers")
	tm.waitText(fmt.Sprintf("%d of %d answered", len(want), total))
	const edit = 11
	edited := questions[edit-1]
	if edited.Kind != assessment.Scale {
		t.Fatalf("question %d is a %s; this test changes a scale question", edit, edited.Kind)
	}
	tm.reviewTo(edit)
	tm.press("e")
	tm.waitQuestion(edit, total)
	tm.waitText(levelMark(bank, levels[edit-1-allocs]))
	const newLevel = "1"
	tm.pickLevel(bank, newLevel)
	want[edited.ID] = levelValue(newLevel)
	tm.press("Enter")
	tm.waitText("Review your answers")
	l, _ := bank.Level(1)
	changed := regexp.MustCompile(fmt.Sprintf(`› +%d\. .*%d %s`, edit, l.Value, regexp.QuoteMeta(l.Label)))
	tm.waitFor(fmt.Sprintf("question %d answered %q in the review", edit, l.Label), changed.MatchString)

	// Submit, then save under the name offered.
	tm.press("Enter")
	s := tm.waitSummary("Ada Lovelace")
	for _, text := range []string{"Ada Lovelace", "Sales", "is your Power Core"} {
		if !strings.Contains(s, text) {
			t.Errorf("the summary does not show %q:\n%s", text, s)
		}
	}
	tm.typeText("s")
	tm.waitText("Save the result to")
	tm.press("Enter")
	saved := regexp.MustCompile(`Saved to (\S+)`)
	s = tm.waitFor("the summary to say where it saved", saved.MatchString)
	name := saved.FindStringSubmatch(s)[1]
	tm.typeText("q")
	if code := tm.wait(); code != 0 {
		t.Fatalf("exit code %d after q, want 0; the screen shows:\n%s", code, tm.screen())
	}
	tm.waitText("saved the result to " + name)

	// The saved file: the answers given, by whom.
	path := filepath.Join(tm.dir, name)
	result := readJSON(t, path)
	if got := result["schema"]; got != assessment.ResultSchema {
		t.Errorf("schema = %v, want %s", got, assessment.ResultSchema)
	}
	if got := result["respondent"]; got != "Ada Lovelace" {
		t.Errorf("respondent = %v, want Ada Lovelace", got)
	}
	answers, _ := result["answers"].(map[string]any)
	for _, q := range questions {
		w, ok := want[q.ID]
		g, found := answers[q.ID]
		switch {
		case !ok && found:
			t.Errorf("answers[%s] = %s, want no answer (skipped)", q.ID, answerJSON(t, g))
		case ok && !found:
			t.Errorf("answers[%s] is missing, want %s", q.ID, answerJSON(t, w))
		case ok && answerJSON(t, g) != answerJSON(t, w):
			t.Errorf("answers[%s] = %s, want %s", q.ID, answerJSON(t, g), answerJSON(t, w))
		}
	}
	if dom := answerJSON(t, result["dominant"]); dom != `["sales"]` {
		t.Errorf("dominant = %s, want [\"sales\"] (6 or more of 10 points on sales every time)", dom)
	}

	// What was printed after quitting is the saved result's summary.
	report, stderr, code := run(t, tm.dir, nil, "report", name)
	if code != 0 {
		t.Fatalf("powercore report %s: exit code %d\n%s", name, code, stderr)
	}
	if got := tm.readStdout(); got != report {
		t.Errorf("stdout after quitting:\n%s\nwant the saved result's report:\n%s", got, report)
	}

	// The saved file holds the result score gives for it.
	fields := []string{"cores", "dominant", "supporting", "clarity", "competencies", "priorities", "flags"}
	sameFields(t, "saved vs score of the saved file", result, scoreJSON(t, tm.dir, name), fields...)

	// And so does a fresh answers file with only the answers given.
	if err := os.WriteFile(filepath.Join(tm.dir, "answers.yaml"), []byte(answersYAML(questions, want)), 0o644); err != nil {
		t.Fatal(err)
	}
	sameFields(t, "saved vs score of a fresh answers file", result, scoreJSON(t, tm.dir, "answers.yaml"),
		"cores", "dominant", "supporting", "clarity", "competencies", "priorities")
}

// runToSummary answers every question the quick way — all points on the
// row labelled for core (or the focused row when core is ""), the level
// under the cursor, no reflections — and submits from the review.
func (tm *terminal) runToSummary(bank *assessment.Bank, core, name string) {
	tm.t.Helper()
	questions := bank.Questions()
	for n, q := range questions {
		tm.waitQuestion(n+1, len(questions))
		if q.Kind == assessment.Allocate {
			rows := len(q.Options)
			i := 0
			if core != "" {
				i = tm.focusRow(labelOf(tm.t, q, core), rows)
			} else {
				i = focusedRow(allocRows(tm.waitFor("the rows", func(s string) bool { return focusedRow(allocRows(s)) >= 0 })))
			}
			tm.typeText("9")
			tm.waitPoints(i, rows, 9)
			tm.typeText("+")
			tm.waitText("all 10 points placed")
		}
		tm.press("Enter")
	}
	tm.waitText("Review your answers")
	tm.press("Enter")
	tm.waitSummary(name)
}

// bannerLetters reads block letters (cells of █) line by line: for each
// line of the banner, its words, each a list of letters, each letter the
// text of its columns. Letters are one blank column apart, words wider.
func bannerLetters(lines []string) [][][]string {
	var words [][][]string
	grid := make([][]rune, len(lines))
	width := 0
	for i, l := range lines {
		grid[i] = []rune(strings.TrimRight(l, " "))
		width = max(width, len(grid[i]))
	}
	blank := func(col int) bool {
		for _, r := range grid {
			if col < len(r) && r[col] != ' ' {
				return false
			}
		}
		return true
	}
	letter := func(from, to int) []string {
		var rows []string
		for _, r := range grid {
			var b strings.Builder
			for c := from; c < to; c++ {
				if c < len(r) {
					b.WriteRune(r[c])
				} else {
					b.WriteRune(' ')
				}
			}
			rows = append(rows, b.String())
		}
		return rows
	}
	var word [][]string
	gap := 0
	for col := 0; col < width; {
		if blank(col) {
			gap++
			col++
			continue
		}
		if gap > 1 && len(word) > 0 {
			words = append(words, word)
			word = nil
		}
		gap = 0
		end := col
		for end < width && !blank(end) {
			end++
		}
		word = append(word, letter(col, end))
		col = end
	}
	if len(word) > 0 {
		words = append(words, word)
	}
	return words
}

// TestPresentShowsBannerAndSavesOut runs a projector session at 200×60 with
// --present and --out: the summary names the dominant core in large block
// letters, and the --out file is written without pressing s.
func TestPresentShowsBannerAndSavesOut(t *testing.T) {
	bank := builtin(t)
	tm := newTerminal(t, 200, 60)
	tm.start(nil, false, "--present", "--out", "result.json", "--name", "Pat")
	tm.waitText("enter start")
	tm.press("Enter")
	tm.runToSummary(bank, "sales", "Pat")

	s := tm.waitText("is your Power Core")
	lines := strings.Split(s, "\n")
	sub := -1
	for i, l := range lines {
		if strings.Contains(l, "is your Power Core") {
			sub = i
			break
		}
	}
	end := sub
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	start := end
	for start > 0 && strings.Contains(lines[start-1], "█") && strings.Trim(lines[start-1], " █") == "" {
		start--
	}
	if end-start < 3 {
		t.Fatalf("no banner of block letters above %q; the screen shows:\n%s", lines[sub], s)
	}
	words := bannerLetters(lines[start:end])
	core, _ := bank.Core("sales")
	name := strings.ToUpper(core.Name)
	var letters []int
	for _, w := range words {
		letters = append(letters, len(w))
	}
	if len(words) != 1 || len(words[0]) != len(name) {
		t.Fatalf("the banner reads as words of %v letters, want one word of %d (%s):\n%s", letters, len(name), name, strings.Join(lines[start:end], "\n"))
	}
	// Same letters draw the same, different letters differently: the
	// banner spells a word shaped like SALES.
	for i := range name {
		for j := range name {
			if same := reflect.DeepEqual(words[0][i], words[0][j]); same != (name[i] == name[j]) {
				t.Errorf("banner letters %d and %d alike = %v, want %v (%c, %c)", i+1, j+1, same, !same, name[i], name[j])
			}
		}
	}

	// Saved when the summary appeared, without pressing s.
	tm.waitText("Saved to result.json")
	result := readJSON(t, filepath.Join(tm.dir, "result.json"))
	if got := answerJSON(t, result["dominant"]); got != `["sales"]` {
		t.Errorf("the --out file: dominant = %s, want [\"sales\"]", got)
	}
	if got := result["respondent"]; got != "Pat" {
		t.Errorf("the --out file: respondent = %v, want Pat", got)
	}
	tm.typeText("q")
	if code := tm.wait(); code != 0 {
		t.Fatalf("exit code %d after q, want 0", code)
	}
	tm.waitText("saved the result to result.json")
}

// TestResizeAsksToEnlargeAndKeepsTheAnswer shrinks the window mid-question
// below the minimum and back.
func TestResizeAsksToEnlargeAndKeepsTheAnswer(t *testing.T) {
	bank := builtin(t)
	total, first := len(bank.Questions()), bank.Questions()[0]
	if first.Kind != assessment.Allocate {
		t.Fatalf("question 1 is a %s; this test starts on an allocate question", first.Kind)
	}
	n := len(first.Options)
	tm := newTerminal(t, 100, 30)
	tm.start(nil, false, "--name", "Pat")
	tm.waitText("enter start")
	tm.press("Enter")
	question := fmt.Sprintf("question 1 of %d", total)
	tm.waitText(question)
	s := tm.waitFor("the rows", func(s string) bool { return len(allocRows(s)) == n })
	rows := allocRows(s)
	tm.press("Down")
	tm.waitFor("the cursor on row 2", func(s string) bool { return focusedRow(allocRows(s)) == 1 })
	tm.typeText("7")
	tm.waitPoints(1, n, 7)
	tm.waitText("3 points left")

	tm.tmuxCmd("resize-window", "-t", "e2e:app", "-x", "50", "-y", "15")
	s = tm.waitText("enlarge")
	if strings.Contains(s, question) {
		t.Errorf("at 50×15 the question is still drawn beside the message:\n%s", s)
	}

	tm.tmuxCmd("resize-window", "-t", "e2e:app", "-x", "100", "-y", "30")
	tm.waitText(question)
	s = tm.waitFor("the rows", func(s string) bool { return len(allocRows(s)) == n })
	back := allocRows(s)
	if back[1].label != rows[1].label || back[1].points != 7 || !back[1].focused {
		t.Errorf("after the resize row 2 is %+v, want %q with 7 points and the cursor", back[1], rows[1].label)
	}
	if !strings.Contains(s, "3 points left") {
		t.Errorf("after the resize the counter is gone:\n%s", s)
	}
	if strings.Contains(s, "enlarge") {
		t.Errorf("after the resize the message is still there:\n%s", s)
	}

	tm.press("C-c")
	if code := tm.wait(); code != 130 {
		t.Errorf("exit code %d after ctrl+c, want 130", code)
	}
	tm.waitText("stopped before")
}

// colourSGR finds escape sequences that set a colour (foreground or
// background; default-colour resets aside).
var colourSGR = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

func hasColour(s string) bool {
	for _, m := range colourSGR.FindAllStringSubmatch(s, -1) {
		for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			n, _ := strconv.Atoi(p)
			if (n >= 30 && n <= 38) || (n >= 40 && n <= 48) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107) {
				return true
			}
		}
	}
	return false
}

// TestNoColorMeansNoEscapes runs with NO_COLOR=1: the screens use no
// colour, and the summary printed after quitting has no escape codes even
// though stdout is a terminal (the spare window's), where a summary is
// otherwise styled.
func TestNoColorMeansNoEscapes(t *testing.T) {
	bank := builtin(t)
	tm := newTerminal(t, 80, 24)
	tm.start([]string{"NO_COLOR=1"}, true, "--name", "Pat")
	tm.waitText("enter start")
	tm.press("Enter")
	tm.runToSummary(bank, "", "Pat")
	if got := tm.capture("app", true, false); hasColour(got) {
		t.Errorf("with NO_COLOR the summary screen sets colours:\n%q", got)
	}
	tm.typeText("q")
	if code := tm.wait(); code != 0 {
		t.Fatalf("exit code %d after q, want 0", code)
	}
	printed := tm.poll("the summary on stdout's terminal (the spare window)", func() (string, bool) {
		s := tm.capture("spare", true, true)
		return s, strings.Contains(s, "Where the power sits")
	})
	if i := strings.IndexByte(printed, 0x1b); i >= 0 {
		t.Errorf("with NO_COLOR the summary printed on stdout holds escape codes: %q", printed[max(0, i-40):min(len(printed), i+40)])
	}
}

// accessibleInput is what a script pipes to the line prompts for the
// built-in bank, exactly one line per question: for allocate, the points of
// every row in the order shown (6 and 4 on the first two rows), or, every
// other question, core=points pairs; for scales, a level or ?; for texts, a
// line or nothing. It lists the answers each line count completes:
// lines[:ends[i]] answer questions 1..i+1.
func accessibleInput(bank *assessment.Bank, reflection string) (lines []string, ends []int) {
	for n, q := range bank.Questions() {
		switch q.Kind {
		case assessment.Allocate:
			if n%2 == 0 {
				row := make([]string, len(q.Options))
				for i := range row {
					row[i] = "0"
				}
				row[0], row[1] = "6", "4"
				lines = append(lines, strings.Join(row, " "))
			} else {
				lines = append(lines, fmt.Sprintf("%s=6 %s=4", q.Options[0].Core, q.Options[1].Core))
			}
		case assessment.Scale:
			// A level is typed as itself, or ? for don't know.
			if i := len(lines) % (len(bank.Levels) + 1); i < len(bank.Levels) {
				lines = append(lines, strconv.Itoa(bank.Levels[i].Value))
			} else {
				lines = append(lines, "?")
			}
		case assessment.Text:
			if q.ID == "drop-ball" {
				lines = append(lines, reflection)
			} else {
				lines = append(lines, "")
			}
		}
		ends = append(ends, len(lines))
	}
	return lines, ends
}

// runInput runs powercore with text on stdin, not in a terminal.
func runInput(t *testing.T, dir, input string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "ACCESSIBLE=", "NO_COLOR=", "TERM=xterm", "POWERCORE_STATE_DIR="+t.TempDir())
	cmd.Stdin = strings.NewReader(input)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("running powercore %v: %v", args, err)
	}
	return stdout.String(), stderr.String(), code
}

// TestWithoutATerminal covers runs with no terminal: refused with a pointer
// to what works, or answered at plain line prompts from a pipe.
func TestWithoutATerminal(t *testing.T) {
	bank := builtin(t)
	t.Run("refused", func(t *testing.T) {
		_, stderr, code := runInput(t, t.TempDir(), "")
		if code != 2 {
			t.Errorf("exit code %d, want 2\n%s", code, stderr)
		}
		for _, want := range []string{"score --answers", "--accessible"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr %q does not mention %s", stderr, want)
			}
		}
	})

	const reflection = "Renewals slip after the deal closes."
	lines, ends := accessibleInput(bank, reflection)
	t.Run("accessible with piped input", func(t *testing.T) {
		dir := t.TempDir()
		stdout, stderr, code := runInput(t, dir, strings.Join(lines, "\n")+"\n", "--accessible", "--name", "X", "--out", "r.json")
		if code != 0 {
			t.Fatalf("exit code %d, want 0\nstderr:\n%s", code, stderr)
		}
		for _, want := range []string{"Where the power sits", reflection} {
			if !strings.Contains(stdout, want) {
				t.Errorf("the summary on stdout does not show %q:\n%s", want, stdout)
			}
		}
		if strings.ContainsRune(stdout, 0x1b) {
			t.Errorf("the summary on a pipe holds escape codes")
		}
		result := readJSON(t, filepath.Join(dir, "r.json"))
		answers, _ := result["answers"].(map[string]any)
		if got := result["respondent"]; got != "X" {
			t.Errorf("respondent = %v, want X", got)
		}
		for i, q := range bank.Questions() {
			got := answers[q.ID]
			switch q.Kind {
			case assessment.Allocate:
				split, _ := got.(map[string]any)
				var points []int
				for _, p := range split {
					n, _ := p.(float64)
					points = append(points, int(n))
				}
				if len(points) != 2 || points[0]+points[1] != 10 || points[0]*points[1] != 24 {
					t.Errorf("answers[%s] = %s, want 6 and 4 points on two rows", q.ID, answerJSON(t, got))
				}
			case assessment.Scale:
				typed := lines[ends[i]-1]
				var want any = assessment.DontKnow
				if n, err := strconv.Atoi(typed); err == nil {
					want = n
				}
				if answerJSON(t, got) != answerJSON(t, want) {
					t.Errorf("answers[%s] = %s, want %s (typed %q)", q.ID, answerJSON(t, got), answerJSON(t, want), typed)
				}
			case assessment.Text:
				if q.ID == "drop-ball" && got != reflection {
					t.Errorf("answers[%s] = %v, want %q", q.ID, got, reflection)
				}
			}
		}
	})

	t.Run("accessible with input ending early", func(t *testing.T) {
		const answered = 16
		input := strings.Join(lines[:ends[answered-1]], "\n") + "\n"
		stdout, stderr, code := runInput(t, t.TempDir(), input, "--accessible", "--name", "X")
		if code == 0 {
			t.Errorf("exit code 0 for input that ends at question %d; stdout:\n%s", answered+1, stdout)
		}
		want := fmt.Sprintf("question %d of %d", answered+1, len(bank.Questions()))
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %q:\n%s", want, tail(stderr, 400))
		}
		if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
			t.Errorf("stderr holds a Go panic:\n%s", stderr)
		}
	})
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
