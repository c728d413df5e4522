package workshop

// A finished result is never lost: a name too long for a file name, two
// names that make one file name in the same second, and a disk that
// refuses the file.

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
)

// Bug: a result's file is named after the participant; 64 letters of four
// bytes each make a name over the 255 bytes a file name may have, and the
// result was lost without a log line.
func TestWorkshopSavesTheResultOfANameTooLongForAFile(t *testing.T) {
	t.Parallel()
	bank := defaultBank(t)
	w := startWorkshop(t, bank, ServeOptions{})
	name := strings.Repeat("𠀀", 64) // 256 bytes of UTF-8
	long := w.mustJoin(name)
	if _, err := long.complete(bank, annPlan); err != nil {
		t.Fatal(err)
	}
	files := resultFiles(t, w.results, "")
	if len(files) != 1 {
		t.Fatalf("results after finishing = %q, want one:\n%s\nserver log:\n%s", files, long.Shown(), w.log.String())
	}
	if result, _ := readResult(t, bank, files[0]); result.Respondent != name {
		t.Errorf("the result's respondent = %q, want the 64-letter name", result.Respondent)
	}
	if !strings.Contains(w.log.String(), " finished: "+files[0]) {
		t.Errorf("server log:\n%s\nwant the finish with its file", w.log.String())
	}
}

// Bug: the free name was looked up, then written without checking again:
// two participants whose names make one file name ("Sam Lee", "Sam-Lee")
// finishing in the same second both picked it, and one result was lost.
func TestResultFilesOfTheSameNameAndSecondAreAllKept(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	const n = 12
	var wg sync.WaitGroup
	paths := make([]string, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name := []string{"Sam Lee", "Sam-Lee"}[i%2]
			paths[i], errs[i] = writeResultFile(dir, name, "20261130T100000Z", func(f io.Writer) error {
				_, err := fmt.Fprintf(f, "result %d\n", i)
				return err
			})
		}()
	}
	wg.Wait()
	seen := map[string]bool{}
	for i := range n {
		if errs[i] != nil {
			t.Errorf("result %d: %v", i, errs[i])
			continue
		}
		if seen[paths[i]] {
			t.Errorf("two results written to %s", paths[i])
		}
		seen[paths[i]] = true
		data, err := os.ReadFile(paths[i])
		if err != nil || string(data) != fmt.Sprintf("result %d\n", i) {
			t.Errorf("%s holds %q (%v), want result %d", paths[i], data, err, i)
		}
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*")); len(files) != n {
		t.Errorf("%d files in the folder, want %d: %q", len(files), n, files)
	}
}

// Bug: the progress was removed before the result was written; when the
// disk refused the result (full, read-only, out of file descriptors) the
// answers were gone, with no log line. Now the answers stay as progress,
// the log names the participant, and connecting again leads back to the
// review to send them. Not parallel: it makes every result fail.
func TestWorkshopKeepsTheAnswersWhenTheResultCannotBeSaved(t *testing.T) {
	bank := defaultBank(t)
	w := startWorkshop(t, bank, ServeOptions{})
	_, key := facilitatorKey(t)
	auth := participantAuth(key)
	create := createExclusive
	createExclusive = func(path string) (*os.File, error) {
		return nil, &os.PathError{Op: "open", Path: path, Err: syscall.ENOSPC}
	}
	defer func() { createExclusive = create }()

	ann := w.mustJoin("ann", auth...)
	if _, err := ann.complete(bank, annPlan); err != nil {
		t.Fatal(err)
	}
	if _, err := ann.awaitScreen("could not be saved for the facilitator"); err != nil {
		t.Fatal(err)
	}
	if files := resultFiles(t, w.results, ""); len(files) != 0 {
		t.Fatalf("results = %q, want none (the disk refused them)", files)
	}
	if err := w.log.await("ann finished, but the result could not be saved: "); err != nil {
		t.Error(err)
	} else if log := w.log.String(); !strings.Contains(log, "no space left on device; their answers are kept") {
		t.Errorf("server log:\n%s\nwant the reason and that the answers are kept", log)
	}
	kept := progressFiles(t, w.results)
	if len(kept) != 1 {
		t.Fatalf("progress after the failed save = %q, want ann's", kept)
	}
	if p, err := store.LoadProgress(kept[0]); err != nil || len(p.Answers) != len(bank.Questions())-countOptionalSkipped(bank, annPlan) {
		t.Errorf("ann's kept progress: %v, %v", p, err)
	}
	if err := ann.press("q"); err != nil {
		t.Fatal(err)
	}
	if !ann.awaitEnd(patience) {
		t.Fatal("the session stayed open after q")
	}
	wantGoodbye(t, ann, "Your answers are kept")

	createExclusive = create
	again := w.mustJoin("ann", auth...)
	if _, err := again.awaitScreen("Resume? ("); err != nil {
		t.Fatal(err)
	}
	if _, err := again.advance(keyEnter, "Review your answers"); err != nil {
		t.Fatal(err)
	}
	if _, err := again.advance(keyEnter, headlines...); err != nil {
		t.Fatal(err)
	}
	files := resultFiles(t, w.results, "ann-")
	if len(files) != 1 {
		t.Fatalf("ann's results after sending again = %q, want one", files)
	}
	result, _ := readResult(t, bank, files[0])
	for _, p := range planProblems(bank, result, annPlan) {
		t.Errorf("ann's answer: %s", p)
	}
	if left := progressFiles(t, w.results); len(left) != 0 {
		t.Errorf("progress left after the result was saved: %q", left)
	}
}

// countOptionalSkipped is how many questions a plan leaves unanswered
// (every reflection after the first).
func countOptionalSkipped(bank *assessment.Bank, p plan) int {
	n, text := 0, 0
	for _, q := range bank.Questions() {
		if q.Kind == assessment.Text {
			if text > 0 || p.text == "" {
				n++
			}
			text++
		}
	}
	return n
}
