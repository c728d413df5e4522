package workshop

import (
	"regexp"
	"testing"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
)

// A participant's resume code is never cut, and never pushes a question
// off a small window: on a narrow one it takes a line of its own, on a
// short one it gives way to the question.
func TestTheResumeCodeFitsSmallWindows(t *testing.T) {
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	ann := w.mustJoin("ann")
	if _, err := ann.awaitScreen("You will learn"); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`resume code \(to carry on from another connection\): ([A-Z0-9]{4}-[A-Z0-9]{4})`).FindStringSubmatch(ann.Screen())
	if m == nil {
		t.Fatalf("no resume code on the intro:\n%s", ann.Shown())
	}
	code := m[1]
	if err := ann.resize(60, 18); err != nil {
		t.Fatal(err)
	}
	if _, err := ann.awaitScreen(code); err != nil {
		t.Fatalf("at 60×18 the intro does not show the whole code %s: %v", code, err)
	}

	// To the first practice question, at 62×18: all five levels show.
	if err := ann.resize(termWidth, termHeight); err != nil {
		t.Fatal(err)
	}
	if _, err := ann.advance(keyEnter, "question 1 of"); err != nil {
		t.Fatal(err)
	}
	bank := w.bank
	first := 0
	for bank.Questions()[first].Kind != assessment.Scale {
		first++
	}
	if err := ann.answer(bank, 0, first, loadPlan(1)); err != nil {
		t.Fatal(err)
	}
	if err := ann.resize(62, 18); err != nil {
		t.Fatal(err)
	}
	if _, err := ann.awaitScreen("Don't know"); err != nil {
		t.Fatalf("at 62×18 the last level is off the screen: %v", err)
	}
}

// resize changes the terminal's size, as a person dragging its window's
// corner does: the screen the test reads takes the new size too.
func (s *sshTerm) resize(width, height int) error {
	s.mu.Lock()
	s.screen = newVterm(width, height)
	s.mu.Unlock()
	return s.sess.WindowChange(height, width)
}

// A dropped connection keeps the text typed into a reflection, as ctrl+c
// does: the progress the participant comes back to has it.
func TestADroppedConnectionKeepsTheTextTyped(t *testing.T) {
	bank := defaultBank(t)
	w := startWorkshop(t, bank, ServeOptions{})
	ann := w.mustJoin("ann")
	if _, err := ann.advance(keyEnter, "question 1 of"); err != nil {
		t.Fatal(err)
	}
	reflection := 0
	for bank.Questions()[reflection].Kind != assessment.Text {
		reflection++
	}
	if err := ann.answer(bank, 0, reflection, loadPlan(1)); err != nil {
		t.Fatal(err)
	}
	if err := ann.typeText("renewals slip"); err != nil {
		t.Fatal(err)
	}
	if _, err := ann.awaitScreen("renewals slip"); err != nil {
		t.Fatal(err)
	}
	ann.close()
	if err := w.log.await("ann left with"); err != nil {
		t.Fatal(err)
	}
	files := progressFiles(t, w.results)
	if len(files) != 1 {
		t.Fatalf("progress files %q", files)
	}
	p, err := store.LoadProgress(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := p.Answers.Get(bank.Questions()[reflection].ID); !ok || a.Value != "renewals slip" {
		t.Errorf("progress after the connection dropped: %+v; want the reflection typed", p.Answers)
	}
}
