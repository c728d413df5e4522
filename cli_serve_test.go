package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A port in use is said in one line, exit 1, before any folder is made.
func TestServeOnAPortInUseFailsBeforeMakingFolders(t *testing.T) {
	busy, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	dir := t.TempDir()
	_, stderr, code := run(t, dir, []string{"POWERCORE_STATE_DIR=" + filepath.Join(dir, "state")},
		"serve", "--listen", busy.Addr().String(), "--results", "room", "--passphrase", "blue-harbor-test-words")
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if code != 1 || len(lines) != 1 || !strings.Contains(stderr, busy.Addr().String()+": the port is in use") {
		t.Errorf("serve on a busy port: exit %d, stderr %q; want exit 1 and one line saying the port is in use", code, stderr)
	}
	for _, made := range []string{"room", "state"} {
		if _, err := os.Stat(filepath.Join(dir, made)); err == nil {
			t.Errorf("serve on a busy port made %s", made)
		}
	}
}

// --listen :0 takes a free port: the join hint, and the join details the
// dashboard reads, name the real one; they go when the server stops, on
// ctrl+c or when the facilitator's terminal closes (SIGHUP), as on ctrl+c.
func TestServeJoinHintUsesTheRealPort(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) { serveAndStop(t, sig) })
	}
}

func serveAndStop(t *testing.T, sig syscall.Signal) {
	dir := t.TempDir()
	cmd := exec.Command(binary, "serve", "--listen", "127.0.0.1:0", "--results", "room", "--passphrase", "blue-harbor-test-words")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "POWERCORE_STATE_DIR="+filepath.Join(dir, "state"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	join := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "people join") {
				join <- sc.Text()
			}
		}
		close(join)
	}()
	var line string
	select {
	case line = <-join:
	case <-time.After(20 * time.Second):
		t.Fatalf("serve printed no join hint; stderr: %s", stderr.String())
	}
	m := regexp.MustCompile(`ssh -p (\d+) theirname@127\.0\.0\.1`).FindStringSubmatch(line)
	if m == nil || m[1] == "0" {
		t.Fatalf("join hint %q: want ssh -p PORT theirname@127.0.0.1 with the port listened on", line)
	}
	if c, err := net.DialTimeout("tcp", "127.0.0.1:"+m[1], 5*time.Second); err != nil {
		t.Errorf("nothing listens on the port the hint names (%s): %v", m[1], err)
	} else {
		c.Close()
	}
	data, err := os.ReadFile(filepath.Join(dir, "room", ".workshop"))
	if err != nil {
		t.Fatalf("serve wrote no join details for the dashboard: %v", err)
	}
	var info struct {
		Port        string `json:"port"`
		Passphrase  string `json:"passphrase"`
		Fingerprint string `json:"fingerprint"`
	}
	if err := json.Unmarshal(data, &info); err != nil || info.Port != m[1] || info.Passphrase != "blue-harbor-test-words" || !strings.HasPrefix(info.Fingerprint, "SHA256:") {
		t.Errorf("join details %s: want port %s, the passphrase and the host key's SHA256 fingerprint", data, m[1])
	}
	cmd.Process.Signal(sig)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve stopped with %v; stderr: %s", err, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("serve did not stop on %v", sig)
	}
	if _, err := os.Stat(filepath.Join(dir, "room", ".workshop")); err == nil {
		t.Errorf("the join details are still there after the server stopped on %v", sig)
	}
}
