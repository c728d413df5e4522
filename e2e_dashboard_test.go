package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startServe runs `powercore serve` on a free loopback port with results
// in dir and returns the port; the server is stopped (as by ctrl+c) by the
// returned func, and at the latest when the test ends.
func startServe(t *testing.T, dir, stateDir string) (port string, stop func()) {
	t.Helper()
	cmd := exec.Command(binary, "serve", "--listen", "127.0.0.1:0", "--results", dir, "--passphrase", "maple river otter lamp")
	cmd.Env = append(os.Environ(), "POWERCORE_STATE_DIR="+stateDir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ports := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if m := regexp.MustCompile(`ssh -p (\d+) `).FindStringSubmatch(sc.Text()); m != nil {
				ports <- m[1]
			}
		}
	}()
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cmd.Process.Signal(syscall.SIGINT)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}
	t.Cleanup(stop)
	select {
	case port = <-ports:
	case <-time.After(20 * time.Second):
		t.Fatalf("serve did not start: %s", stderr.String())
	}
	return port, stop
}

// The projector at 120×35 and at 200×55, walked from joining to the
// discussion without scrolling: the join slide has the real port and the
// host key, the reveal every core, nothing names anyone; when the server
// stops, the dashboard says so and counts nobody as answering.
func TestDashboardOnAProjector(t *testing.T) {
	for _, size := range [][2]int{{120, 35}, {200, 55}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			tm := newTerminal(t, size[0], size[1])
			results := filepath.Join(tm.dir, "room")
			port, stop := startServe(t, results, tm.stateDir)
			for i := range 8 {
				data, err := os.ReadFile(filepath.Join("testdata", "team", fmt.Sprintf("r%d.json", i)))
				if err != nil {
					t.Fatal(err)
				}
				os.WriteFile(filepath.Join(results, fmt.Sprintf("r%d.json", i)), data, 0o600)
			}
			tm.start(nil, true, "dashboard", results)
			dash := func(what string, ok func(string) bool) string {
				return tm.poll(what, func() (string, bool) {
					s := tm.capture("spare", false, false)
					return s, ok(s)
				})
			}
			flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
			has := func(wants ...string) func(string) bool {
				return func(s string) bool {
					for _, w := range wants {
						if !strings.Contains(flat(s), w) {
							return false
						}
					}
					return true
				}
			}
			names := regexp.MustCompile(`\b(Ann|Bo|Cy|Dee|Eli|Fay|Gus|Hal)\b`)
			join := dash("the joining slide", has("1 of 4", "8 finished · 0 answering", "127.0.0.1", "SHA256:", "--listen 0.0.0.0:"+port, "The group result is hidden", "q quit"))
			if strings.Count(join, "█") < 200 {
				t.Errorf("the command to join is not in large type:\n%s", join)
			}
			tm.press("r")
			reveal := dash("the reveal", has("2 of 4", "is the group's Power Core", "8 of 8 (100%) see Sales as dominant", "Sales", "Product", "Marketing", "Information technology", "Customer", "Vertical business", "q quit"))
			tm.press("Space")
			dash("the competencies", has("3 of 4", "Ad hoc (1.2 of 4) · target: Systematic", "One-company leadership", "q quit"))
			tm.press("Space")
			talk := dash("the discussion", has("4 of 4", "Where the room disagrees most", "Where to start", "q quit"))
			for _, s := range []string{join, reveal, talk} {
				if m := names.FindString(s); m != "" {
					t.Errorf("the projector names %q:\n%s", m, s)
				}
			}
			stop()
			dash("the server stopped", has("8 finished · the workshop server is not running"))
			tm.press("q")
			tm.wait()
		})
	}
}
