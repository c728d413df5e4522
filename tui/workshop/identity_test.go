package workshop

// A name alone opens nobody's answers: someone who logs in under a
// participant's name must have their SSH key or their resume code.

import (
	"regexp"
	"strings"
	"testing"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
)

var codePattern = regexp.MustCompile(`resume code[^:]*: ([2-9A-Z]{4}-[2-9A-Z]{4})`)

// resumeCode reads the resume code a participant's screen shows them.
func resumeCode(t *testing.T, term *sshTerm) string {
	t.Helper()
	m := codePattern.FindStringSubmatch(term.Screen())
	if m == nil {
		t.Fatalf("%s's screen shows no resume code:\n%s", term.name, term.Shown())
	}
	return m[1]
}

// wrongCode types a code that is not the one and expects it said, on the
// code screen still: whatever is typed next is another try, not a name.
func wrongCode(t *testing.T, term *sshTerm, name, code string) {
	t.Helper()
	if err := term.typeText(code); err != nil {
		t.Fatal(err)
	}
	if _, err := term.advance(keyEnter, "not the resume code for "+name); err != nil {
		t.Fatal(err)
	}
	if screen := term.Screen(); !strings.Contains(screen, "Resume code:") || strings.Contains(screen, code) {
		t.Errorf("after a wrong code:\n%s\nwant the code screen again, the code typed cleared", term.Shown())
	}
}

// Bug: anyone who logged in under a participant's name and pressed enter
// took over their session, cut them off and could read what they had
// typed.
func TestWorkshopANameAloneDoesNotTakeOverAParticipant(t *testing.T) {
	t.Parallel()
	bank := defaultBank(t)
	w := startWorkshop(t, bank, ServeOptions{})
	ann := w.mustJoin("ann")
	startAnswering(t, ann, w, 2)
	code := resumeCode(t, ann)

	mallory := w.mustJoin("ann")
	if _, err := mallory.awaitScreen("Someone called ann is answering right now"); err != nil {
		t.Fatal(err)
	}
	// Enter without a code does nothing.
	if err := mallory.press(keyEnter); err != nil {
		t.Fatal(err)
	}
	if screen := mallory.Screen(); !strings.Contains(screen, "Someone called ann is answering right now") {
		t.Fatalf("enter without a resume code, as someone else logged in as ann:\n%s", mallory.Shown())
	}
	wrong := "ZZZZ-ZZZZ"
	if code == wrong {
		wrong = "YYYY-YYYY"
	}
	wrongCode(t, mallory, "ann", wrong)
	if err := w.log.await(`wrong resume code for "ann"`); err != nil {
		t.Error(err)
	}
	// Ann was never cut off: she answers on.
	if err := ann.answer(bank, 2, 3, annPlan); err != nil {
		t.Fatalf("ann, after someone else tried her name: %v", err)
	}
	if strings.Contains(mallory.Transcript(), "Resume?") {
		t.Errorf("someone without ann's code was offered her answers:\n%s", mallory.Shown())
	}
}

// Bug: with the participant gone, logging in under their name resumed
// their answers without a question. Now it takes their code; with it, it
// is them.
func TestWorkshopANameAloneDoesNotResumeSavedAnswers(t *testing.T) {
	t.Parallel()
	bank := defaultBank(t)
	w := startWorkshop(t, bank, ServeOptions{})
	ann := w.mustJoin("ann")
	startAnswering(t, ann, w, 3)
	code := resumeCode(t, ann)
	ann.close()

	// The server may not have seen her connection go yet: either way, a
	// name alone does not do.
	mallory := w.mustJoin("ann")
	if _, err := mallory.awaitScreen("Someone called ann has started already", "Someone called ann is answering right now"); err != nil {
		t.Fatal(err)
	}
	wrongCode(t, mallory, "ann", "2345-6789")
	if strings.Contains(mallory.Transcript(), "Resume?") {
		t.Errorf("someone without ann's code was offered her answers:\n%s", mallory.Shown())
	}
	mallory.close()

	// She lost her code: the facilitator looks it up.
	if p, err := Folder(w.results).SavedProgress(" Ann "); err != nil || p.Owner == nil || p.Owner.Code != code {
		t.Errorf("the facilitator's look-up of Ann's code: %+v, %v; want %s", p, err, code)
	}
	back := w.mustJoin("ann")
	if _, err := back.awaitScreen("Someone called ann"); err != nil {
		t.Fatal(err)
	}
	if err := back.typeText(strings.ToLower(code)); err != nil {
		t.Fatal(err)
	}
	if _, err := back.advance(keyEnter, "Resume? (3 of 27 answered"); err != nil {
		t.Fatal(err)
	}
	if _, err := back.advance(keyEnter, "question 4 of 27"); err != nil {
		t.Fatal(err)
	}
	if got := resumeCode(t, back); got != code {
		t.Errorf("the resume code after resuming = %s, want the same %s", got, code)
	}
}

// The same SSH key resumes without a code; another key, or none, is asked
// for it. Five wrong codes for a person, and no more are tried for a while.
func TestWorkshopTheSameKeyResumesAndWrongCodesAreLimited(t *testing.T) {
	t.Parallel()
	bank := defaultBank(t)
	w := startWorkshop(t, bank, ServeOptions{})
	_, annKey := facilitatorKey(t)
	_, otherKey := facilitatorKey(t)
	ann := w.mustJoin("ann", participantAuth(annKey)...)
	startAnswering(t, ann, w, 2)
	code := resumeCode(t, ann)
	ann.close()

	other := w.mustJoin("ann", participantAuth(otherKey)...)
	if _, err := other.awaitScreen("Someone called ann"); err != nil {
		t.Fatal(err)
	}
	for i := range maxCodeTries {
		wrongCode(t, other, "ann", "2345-678"+string(rune('A'+i)))
	}
	// Even the right code is not tried now.
	if err := other.typeText(code); err != nil {
		t.Fatal(err)
	}
	if _, err := other.advance(keyEnter, "Too many wrong resume codes for ann"); err != nil {
		t.Fatal(err)
	}
	other.close()

	back := w.mustJoin("ann", participantAuth(annKey)...)
	if _, err := back.awaitScreen("Resume? (2 of 27 answered"); err != nil {
		t.Fatal(err)
	}
	p, err := store.LoadProgress(assessment.ProgressFile(Folder(w.results).Progress(), bank.ID, "ann"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Owner == nil || p.Owner.Code != code || !strings.HasPrefix(p.Owner.Key, "SHA256:") {
		t.Errorf("ann's progress is owned by %+v, want her key and code %s", p.Owner, code)
	}
}
