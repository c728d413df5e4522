package main

import (
	"strings"
	"testing"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
	"github.com/powercore/powercore/tui/workshop"
)

func TestResumeCodeHandsBackALostCode(t *testing.T) {
	dir := t.TempDir()
	p := &assessment.Progress{Schema: assessment.ProgressSchema, Bank: assessment.BankRef{ID: "power-core"},
		Respondent: "Ann Lee", SavedAt: time.Now(), Owner: &assessment.Owner{Code: "K7PQ-M2XD"}}
	file := assessment.ProgressFile(workshop.Folder(dir).Progress(), "power-core", assessment.PersonKey("Ann Lee"))
	if err := store.SaveProgress(file, p); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := run(t, dir, nil, "resume-code", dir, "ann lee")
	if code != 0 || !strings.Contains(stdout, "Ann Lee's resume code: K7PQ-M2XD") {
		t.Errorf("resume-code: exit %d, stdout %q, stderr %q; want Ann Lee's code", code, stdout, stderr)
	}
	_, stderr, code = run(t, dir, nil, "resume-code", dir, "bob")
	if code != 1 || !strings.Contains(stderr, `no saved answers for "bob"`) {
		t.Errorf("resume-code for nobody: exit %d, stderr %q; want 1 and why", code, stderr)
	}
}

// resume-code says what is wrong with the question itself: a folder that
// is not there, or a person who finished and has nothing to resume.
func TestResumeCodeSaysWhyThereIsNone(t *testing.T) {
	dir := t.TempDir()
	_, stderr, code := run(t, dir, nil, "resume-code", "nowhere", "bob")
	if code != 1 || !strings.Contains(stderr, "nowhere: no such folder") {
		t.Errorf("resume-code in a folder that is not there: exit %d, stderr %q; want 1 and no such folder", code, stderr)
	}
	answers := copyFixture(t, dir, "answers_clear.yaml")
	if _, stderr, code := run(t, dir, nil, "score", "-a", answers, "--out", "jane-doe-20260101T000000Z.json"); code != 0 {
		t.Fatalf("score: exit %d, %s", code, stderr)
	}
	name := "jane doe" // the fixture's respondent, in other letters
	_, stderr, code = run(t, dir, nil, "resume-code", dir, name)
	if code != 1 || !strings.Contains(stderr, "has finished") {
		t.Errorf("resume-code for %q, who finished: exit %d, stderr %q; want 1 and that they finished", name, code, stderr)
	}
}
