package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAHugePasteIsCutAndCtrlCStillQuits: 60 KB pasted into the name field,
// with and without bracketed paste, keeps the field's 64 characters, says
// the rest was left out, and ctrl+c right after it ends the run at once
// (it used to wait minutes behind the pasted keys).
func TestAHugePasteIsCutAndCtrlCStillQuits(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat(strings.Repeat("A", 99)+" ", 600)), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		note string
	}{
		{"key by key", nil, "This field takes 64 characters"},
		{"bracketed", []string{"-p"}, "Only the first 64 characters of what you pasted fit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tm := newTerminal(t, 80, 24)
			tm.start(nil, false)
			tm.waitText("Your name")
			tm.tmuxCmd("load-buffer", "-b", "big", big)
			tm.tmuxCmd(append(append([]string{"paste-buffer"}, tc.args...), "-b", "big", "-t", "e2e:app")...)
			tm.press("C-c")
			if code := tm.wait(); code != 130 {
				t.Errorf("ctrl+c after the paste: exit code %d, want 130", code)
			}
			tm.restart()
			tm.waitText("Your name")
			tm.tmuxCmd(append(append([]string{"paste-buffer"}, tc.args...), "-b", "big", "-t", "e2e:app")...)
			tm.waitText(tc.note)
			// The note can show a frame before the last of the paste
			// reaches the field (it is handed over every few
			// milliseconds): wait for the field to fill.
			s := tm.waitText("> " + strings.Repeat("A", 64))
			if strings.Contains(s, strings.Repeat("A", 65)) || !strings.Contains(s, tc.note) {
				t.Errorf("the name field after the paste:\n%s", s)
			}
		})
	}
}
