package workshop

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
)

// annPlan is how ann answers: a different split on every allocate
// question, every level and "don't know" in turn, and one reflection.
var annPlan = plan{
	first:  []int{9, 7, 5, 8, 6, 4},
	levels: []int{0, 1, 2, 3, 4, dontKnowLevel, 2, 3},
	text:   "Renewals: nobody owns them.",
}

// resultFiles lists the result files in a results folder whose names start
// with prefix.
func resultFiles(t testing.TB, results, prefix string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(results, prefix+"*.json"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// readResult reads a result file and the answers in it, checked against
// the bank like `powercore score --answers` does.
func readResult(t testing.TB, bank *assessment.Bank, file string) (*assessment.Result, *assessment.Response) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	result, err := assessment.ReadResult(file, data)
	if err != nil {
		t.Fatalf("%s is not a readable result: %v", file, err)
	}
	resp, err := assessment.ReadResponse(file, data, bank)
	if err != nil {
		t.Fatalf("%s is not a valid answers file: %v", file, err)
	}
	return result, resp
}

// planProblems compares the answers in a result with the plan they were
// given by: the shown order of allocate rows comes from the result's seed.
func planProblems(bank *assessment.Bank, r *assessment.Result, p plan) []string {
	var problems []string
	allocate, scale, text := 0, 0, 0
	for _, q := range bank.Questions() {
		a, answered := r.Answers.Get(q.ID)
		switch q.Kind {
		case assessment.Allocate:
			want := p.first[allocate%len(p.first)]
			allocate++
			shown := bank.OptionsInOrder(q, r.Seed)
			first, second := shown[0].Core, shown[1].Core
			if got := a.PointsFor(first); got != want {
				problems = append(problems, fmt.Sprintf("%s: %d points on the first row shown (%s), want %d", q.ID, got, first, want))
			}
			if got := a.PointsFor(second); got != q.Points-want {
				problems = append(problems, fmt.Sprintf("%s: %d points on the second row shown (%s), want %d", q.ID, got, second, q.Points-want))
			}
		case assessment.Scale:
			want := p.levels[scale%len(p.levels)]
			scale++
			level, ok := a.Level()
			switch {
			case want == dontKnowLevel && !a.IsDontKnow():
				problems = append(problems, fmt.Sprintf("%s = %q, want don't know", q.ID, a.Value))
			case want != dontKnowLevel && (!ok || level != want):
				problems = append(problems, fmt.Sprintf("%s = %q, want level %d", q.ID, a.Value, want))
			}
		case assessment.Text:
			want := ""
			if text == 0 {
				want = p.text
			}
			text++
			if a.Value != want || answered != (want != "") {
				problems = append(problems, fmt.Sprintf("%s = %q (answered %v), want %q", q.ID, a.Value, answered, want))
			}
		}
	}
	return problems
}

// scored is what `powercore score` computes from answers, for comparing.
func scored(r *assessment.Result) string {
	out, _ := json.MarshalIndent(struct {
		Cores        []assessment.CoreScore
		Dominant     []string
		Supporting   string
		Clarity      assessment.Clarity
		Competencies []assessment.CompetencyScore
		Flags        []assessment.Flag
	}{r.Cores, r.Dominant, r.Supporting, r.Clarity, r.Competencies, r.Flags}, "", "  ")
	return string(out)
}

// wantGoodbye checks what a participant's terminal shows once the session
// ended: their own screen back, and the server's last line on it.
func wantGoodbye(t *testing.T, term *sshTerm, line string) {
	t.Helper()
	if !term.OnMainScreen() {
		t.Errorf("%s's terminal is still on the assessment's full screen after the session ended:\n%s", term.name, term.Shown())
		return
	}
	if screen := term.Screen(); !strings.Contains(screen, line) {
		t.Errorf("%s's terminal after the session:\n%s\nwant the line %q", term.name, term.Shown(), line)
	}
}

// progressFiles lists a workshop's unfinished answers.
func progressFiles(t testing.TB, results string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(Folder(results).Progress(), "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestWorkshopParticipantFinishesOverSSH(t *testing.T) {
	t.Parallel()
	bank := defaultBank(t)
	w := startWorkshop(t, bank, ServeOptions{})
	ann := w.mustJoin("ann")

	headline, err := ann.complete(bank, annPlan)
	if err != nil {
		t.Fatal(err)
	}
	files := resultFiles(t, w.results, "")
	if len(files) != 1 || !strings.HasPrefix(filepath.Base(files[0]), "ann-") {
		t.Fatalf("result files once the summary shows = %q, want one ann-*.json", files)
	}
	info, err := os.Stat(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Errorf("%s has mode %v, want 0600: results are private", files[0], perm)
	}
	result, resp := readResult(t, bank, files[0])
	if result.Respondent != "ann" {
		t.Errorf("respondent = %q, want ann", result.Respondent)
	}
	for _, p := range planProblems(bank, result, annPlan) {
		t.Errorf("ann's answer: %s", p)
	}
	rescored := assessment.Score(bank, *resp)
	if got, want := scored(result), scored(&rescored); got != want {
		t.Errorf("the saved result:\n%s\nscoring its answers again gives:\n%s", got, want)
	}
	if len(result.Dominant) == 1 {
		core, _ := bank.Core(result.Dominant[0])
		if screen := ann.Screen(); headline != "is your Power Core" || !strings.Contains(screen, core.Name) {
			t.Errorf("ann's summary:\n%s\nwant it to name %s as the Power Core", ann.Shown(), core.Name)
		}
	}
	if left := progressFiles(t, w.results); len(left) != 0 {
		t.Errorf("progress left after finishing: %q", left)
	}

	if err := ann.press("q"); err != nil {
		t.Fatal(err)
	}
	if !ann.awaitEnd(patience) {
		t.Fatal("the session stayed open after q on the summary")
	}
	wantGoodbye(t, ann, "Your result is saved for the facilitator. Thank you!")
	if got := ann.exitStatus(); got != 0 {
		t.Errorf("exit status after finishing = %d, want 0", got)
	}
	log := w.log.String()
	for _, want := range []string{"ann joined from 127.0.0.1", "ann finished: " + files[0]} {
		if !strings.Contains(log, want) {
			t.Errorf("server log:\n%s\nwant a line with %q", log, want)
		}
	}
}

func TestWorkshopAsksAGenericLoginForAName(t *testing.T) {
	t.Parallel()
	bank := defaultBank(t)
	w := startWorkshop(t, bank, ServeOptions{})
	guest := w.mustJoin("guest")
	if _, err := guest.awaitScreen("Your name"); err != nil {
		t.Fatal(err)
	}
	if _, err := guest.advance(keyEnter, "Please type your name first."); err != nil {
		t.Error(err)
	}
	if err := guest.typeText("Bob Smith"); err != nil {
		t.Fatal(err)
	}
	if _, err := guest.awaitScreen("Bob Smith"); err != nil {
		t.Fatal(err)
	}
	if _, err := guest.advance(keyEnter, "question 1 of 27"); err != nil {
		t.Fatal(err)
	}
	if err := guest.answer(bank, 0, 1, annPlan); err != nil {
		t.Fatal(err)
	}
	want := assessment.ProgressFile(Folder(w.results).Progress(), bank.ID, assessment.PersonKey("Bob Smith"))
	if base := filepath.Base(want); !strings.HasPrefix(base, "progress-power-core--bob-smith-") {
		t.Fatalf("progress file name = %s, want progress-power-core--bob-smith-….json", base)
	}
	if got := progressFiles(t, w.results); len(got) != 1 || got[0] != want {
		t.Fatalf("progress after one answer = %q, want %s", got, want)
	}
	p, err := store.LoadProgress(want)
	if err != nil {
		t.Fatal(err)
	}
	if p.Respondent != "Bob Smith" || len(p.Answers) != 1 {
		t.Errorf("progress holds %q with %d answers, want Bob Smith with 1", p.Respondent, len(p.Answers))
	}
}

func TestWorkshopResumesADroppedConnection(t *testing.T) {
	t.Parallel()
	bank := defaultBank(t)
	w := startWorkshop(t, bank, ServeOptions{})
	// Her ssh offers her key, as OpenSSH does: reconnecting with it is
	// proof enough that it is her.
	_, key := facilitatorKey(t)
	ann := w.mustJoin("ann", participantAuth(key)...)
	if _, err := ann.awaitScreen("You will learn"); err != nil {
		t.Fatal(err)
	}
	if _, err := ann.advance(keyEnter, "question 1 of 27"); err != nil {
		t.Fatal(err)
	}
	if err := ann.answer(bank, 0, 3, annPlan); err != nil {
		t.Fatal(err)
	}
	ann.close()

	// Whether or not the server has seen the old connection go, the same
	// key carries on without a question.
	again := w.mustJoin("ann", participantAuth(key)...)
	if _, err := again.awaitScreen("Resume? (3 of 27 answered"); err != nil {
		t.Fatal(err)
	}
	if _, err := again.advance(keyEnter, "question 4 of 27"); err != nil {
		t.Fatal(err)
	}
	if err := again.answer(bank, 3, 27, annPlan); err != nil {
		t.Fatal(err)
	}
	if _, err := again.advance(keyEnter, headlines...); err != nil {
		t.Fatal(err)
	}
	files := resultFiles(t, w.results, "ann-")
	if len(files) != 1 {
		t.Fatalf("ann's result files = %q, want one", files)
	}
	result, _ := readResult(t, bank, files[0])
	for _, p := range planProblems(bank, result, annPlan) {
		t.Errorf("ann's answer across two connections: %s", p)
	}
	if left := progressFiles(t, w.results); len(left) != 0 {
		t.Errorf("progress left after finishing: %q", left)
	}
}

func TestWorkshopShutdownTellsParticipantsAndKeepsTheirAnswers(t *testing.T) {
	t.Parallel()
	bank := defaultBank(t)
	w := startWorkshop(t, bank, ServeOptions{})
	ann := w.mustJoin("ann")
	if _, err := ann.awaitScreen("You will learn"); err != nil {
		t.Fatal(err)
	}
	if _, err := ann.advance(keyEnter, "question 1 of 27"); err != nil {
		t.Fatal(err)
	}
	if err := ann.answer(bank, 0, 3, annPlan); err != nil {
		t.Fatal(err)
	}

	took, err := w.stop()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Serve returned %v after its context ended", took)
	if took > 5*time.Second {
		t.Errorf("Serve took %v to return after its context ended, want under 5s", took)
	}
	if !ann.awaitEnd(patience) {
		t.Error("ann's connection stayed open after the server stopped")
	}
	wantGoodbye(t, ann, "The workshop is closing. Your answers are saved: connect again as ann to finish.")
	p, err := store.LoadProgress(assessment.ProgressFile(Folder(w.results).Progress(), bank.ID, "ann"))
	if err != nil {
		t.Fatalf("ann's progress after the shutdown: %v", err)
	}
	if len(p.Answers) != 3 {
		t.Errorf("ann's progress holds %d answers, want 3", len(p.Answers))
	}
	if c, err := w.dial("bob"); err == nil {
		c.Close()
		t.Error("the stopped server still let someone in")
	}
}
