package workshop

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The text fields' own ctrl+v reads the system clipboard by running the
// host's clipboard tool (xclip, xsel, wl-paste): on a workshop server that
// is the facilitator's clipboard, pasted onto a participant's screen. The
// server here runs in a process of its own with a stand-in xclip holding a
// secret, found the way the clipboard package looks for one.
func TestCtrlVDoesNotPasteTheServersClipboard(t *testing.T) {
	bin := t.TempDir()
	xclip := "#!/bin/sh\ncase \"$*\" in *-out*) printf 'facilitator-secret';; *) cat >/dev/null;; esac\n"
	if err := os.WriteFile(filepath.Join(bin, "xclip"), []byte(xclip), 0o755); err != nil {
		t.Fatal(err)
	}
	s := startServerProcess(t, "TestHelperServer", serveEnv, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "WAYLAND_DISPLAY=")
	// A generic login is asked for a name: a text field on the first
	// screen.
	term := s.mustJoin("guest")
	if _, err := term.awaitScreen("Your name"); err != nil {
		t.Fatal(err)
	}
	const ctrlV = "\x16"
	if err := term.press(ctrlV); err != nil {
		t.Fatal(err)
	}
	if _, err := term.awaitScreen("paste with your terminal"); err != nil {
		t.Fatalf("ctrl+v said nothing: %v", err)
	}
	// Whatever the key set off has had time to arrive once a key typed
	// after it shows.
	if err := term.typeText("Ann"); err != nil {
		t.Fatal(err)
	}
	if _, err := term.awaitScreen("Ann"); err != nil {
		t.Fatal(err)
	}
	if screen := term.Screen(); strings.Contains(screen, "facilitator-secret") {
		t.Errorf("a participant's ctrl+v pasted the server's clipboard:\n%s", screen)
	}
}
