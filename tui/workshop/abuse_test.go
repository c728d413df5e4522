package workshop

// The rest of what trying the workshop as an attacker found: pastes of any
// size, a fake crowd of results, a flood of log lines, a shutdown that the
// participants' programs took for their own ctrl+c, a results folder
// anyone can write to, reversed text, a login of one space.

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// A paste of any size reached the program whole (300 MB took the server
// down): the server passes on at most 16 KiB of it, the field keeps what
// fits, and the participant is told the rest was left out.
func TestWorkshopCutsAHugePaste(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	term := w.mustJoin("guest")
	if _, err := term.awaitScreen("Your name"); err != nil {
		t.Fatal(err)
	}
	paste := "\x1b[200~" + strings.Repeat("Ann Lee ", 128<<10) + "\x1b[201~"
	if _, err := io.WriteString(term.stdin, paste); err != nil {
		t.Fatal(err)
	}
	if _, err := term.awaitScreen("Only the first 64 characters of what you pasted fit here"); err != nil {
		t.Error(err)
	}
	// The next key clears the notice; the name holds 64 characters.
	if err := term.press(keyEnter); err != nil {
		t.Fatal(err)
	}
	if _, err := term.awaitScreen("question 1 of"); err != nil {
		t.Fatal(err)
	}
}

// One client handed in 143 invented results a minute: an address hands in
// at most --max-per-address in ten minutes; the next one waits on the
// review with its answers kept. Typed reflections lose bidirectional
// override characters on the way.
func TestWorkshopLimitsResultsPerAddress(t *testing.T) {
	t.Parallel()
	bank := defaultBank(t)
	w := startWorkshop(t, bank, ServeOptions{MaxPerAddress: 1})
	ann := w.mustJoin("ann")
	reversed := annPlan
	reversed.text = "good \u202egnihtemos\u202c news"
	if _, err := ann.complete(bank, reversed); err != nil {
		t.Fatal(err)
	}
	files := resultFiles(t, w.results, "ann-")
	if len(files) != 1 {
		t.Fatalf("ann's results = %q, want one", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("\u202e")) || bytes.Contains(data, []byte(`\u202e`)) {
		t.Error("ann's result keeps the right-to-left override she typed")
	}
	if !bytes.Contains(data, []byte("good gnihtemos news")) {
		t.Error("ann's reflection is not in her result without the override")
	}
	if err := ann.press("q"); err != nil {
		t.Fatal(err)
	}
	if !ann.awaitEnd(patience) {
		t.Fatal("ann's session stayed open after q")
	}
	bob := w.mustJoin("bob")
	if _, err := bob.awaitScreen("You will learn"); err != nil {
		t.Fatal(err)
	}
	if _, err := bob.advance(keyEnter, "question 1 of"); err != nil {
		t.Fatal(err)
	}
	if err := bob.answer(bank, 0, len(bank.Questions()), annPlan); err != nil {
		t.Fatal(err)
	}
	if _, err := bob.advance(keyEnter, "Too many results came from your network"); err != nil {
		t.Error(err)
	}
	if files := resultFiles(t, w.results, "bob-"); len(files) != 0 {
		t.Errorf("bob's result was written: %q", files)
	}
}

// Guessing from one address wrote the facilitator's log full (25 MB/s):
// an address gets a burst of lines, then a few a minute, each cut short.
func TestWorkshopLogStaysReadableUnderAFlood(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	long := strings.Repeat("x", 4000)
	tries := 0
	for i := range 15 {
		user := "ann"
		if i%3 == 0 {
			user = long
		}
		_, _ = gossh.Dial("tcp", w.addr, &gossh.ClientConfig{
			User: user,
			Auth: []gossh.AuthMethod{gossh.RetryableAuthMethod(gossh.PasswordCallback(func() (string, error) {
				tries++
				return "wrong guess", nil
			}), 6)},
			HostKeyCallback: gossh.InsecureIgnoreHostKey(),
			Timeout:         patience,
		})
	}
	lines := strings.Split(strings.TrimSpace(w.log.String()), "\n")
	t.Logf("%d wrong passphrases, %d log lines", tries, len(lines))
	if len(lines) > logBurst+2 {
		t.Errorf("%d wrong passphrases from one address wrote %d log lines, want at most %d", tries, len(lines), logBurst+2)
	}
	for _, line := range lines {
		if len(line) > maxLogLine+20 {
			t.Errorf("a log line of %d bytes, want at most %d: %.80s…", len(line), maxLogLine+20, line)
			break
		}
	}
}

// A login of one space was taken as the name " ": it gets the name
// prompt, as an empty one does.
func TestWorkshopAsksANameForABlankLogin(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	term := w.mustJoin(" ")
	if _, err := term.awaitScreen("Your name"); err != nil {
		t.Error(err)
	}
}

// A results folder other users can write to is refused: anyone could plant
// a file or a link where participants' answers go.
func TestServeRefusesAResultsFolderOthersCanWrite(t *testing.T) {
	t.Parallel()
	results := filepath.Join(t.TempDir(), "results")
	if err := os.Mkdir(results, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(results, 0o777); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	err := Serve(ctx, defaultBank(t), ServeOptions{
		Listen: "127.0.0.1:0", Results: results, Passphrase: passphrase,
		HostKey: filepath.Join(t.TempDir(), "host_ed25519"),
	})
	if err == nil || !strings.Contains(err.Error(), "other users can write to this folder") {
		t.Errorf("Serve on a folder anyone can write to: %v", err)
	}
}

// Someone still on the name prompt at shutdown was told to "connect again
// as  to finish", with no name: they are told the workshop is closing.
func TestWorkshopShutdownTellsSomeoneWithoutAName(t *testing.T) {
	t.Parallel()
	w := startWorkshop(t, defaultBank(t), ServeOptions{})
	guest := w.mustJoin("guest")
	if _, err := guest.awaitScreen("Your name"); err != nil {
		t.Fatal(err)
	}
	if _, err := w.stop(); err != nil {
		t.Fatal(err)
	}
	if err := guest.awaitLine("The workshop is closing. Thank you for coming."); err != nil {
		t.Error(err)
	}
	if strings.Contains(guest.Transcript(), "connect again as  ") {
		t.Errorf("told to connect again under no name:\n%s", guest.Transcript())
	}
}
