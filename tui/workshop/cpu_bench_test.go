package workshop

// The server's CPU time per key (issue 13: at most 0.6 ms on a whole-bank
// mix over SSH). The server runs in a process of its own, this test binary
// started again to serve, so that its CPU time is the server's alone, not
// the SSH clients' and terminals' this process plays:
//
//	go test ./tui/workshop -run XXX -bench ServerCPUPerKey -benchtime 1x

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"
)

// serveEnv names the folder the helper server keeps its files in; the
// helper serves only when it is set.
const serveEnv = "POWERCORE_BENCH_SERVE_DIR"

// TestHelperServer is not a test: started by BenchmarkServerCPUPerKey in a
// process of its own, it serves the built-in bank on an ephemeral port,
// prints the address, and stops when its standard input closes.
func TestHelperServer(t *testing.T) {
	dir := os.Getenv(serveEnv)
	if dir == "" {
		t.Skip("the server for BenchmarkServerCPUPerKey: runs only in its own process")
	}
	if out := os.Getenv(serveEnv + "_PROFILE"); out != "" {
		// POWERCORE_BENCH_SERVE_DIR_PROFILE=FILE: where the server's
		// CPU profile goes, to see what a key costs.
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			t.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		_, _ = io.Copy(io.Discard, os.Stdin)
		cancel()
	}()
	err := Serve(ctx, defaultBank(t), ServeOptions{
		Listen:        "127.0.0.1:0",
		Results:       filepath.Join(dir, "results"),
		HostKey:       filepath.Join(dir, "keys", "host_ed25519"),
		Passphrase:    passphrase,
		MaxPerAddress: 200,
		Log:           io.Discard,
		Ready:         func(addr string) { fmt.Println("listening on", addr) },
	})
	if err != nil {
		t.Fatal(err)
	}
}

// serverProcess is a workshop server in a process of its own.
type serverProcess struct {
	*workshop
	cmd   *exec.Cmd
	stdin io.WriteCloser
}

func startServerProcess(b *testing.B) *serverProcess {
	b.Helper()
	dir := b.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperServer$", "-test.count=1")
	cmd.Env = append(os.Environ(), serveEnv+"="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	s := &serverProcess{cmd: cmd, stdin: stdin}
	b.Cleanup(func() {
		_ = stdin.Close()
		_ = cmd.Wait()
	})
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		if addr, ok := strings.CutPrefix(lines.Text(), "listening on "); ok {
			s.workshop = &workshop{t: b, bank: defaultBank(b), addr: addr, results: filepath.Join(dir, "results"), log: &lockedBuffer{}}
			go func() { _, _ = io.Copy(io.Discard, stdout) }()
			return s
		}
	}
	b.Fatal("the server process ended before it listened")
	return nil
}

// cpu is the CPU time (user and system) the server process has used.
func (s *serverProcess) cpu(b *testing.B) time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		b.Skip("no /proc to read a process's CPU time from")
	}
	// The fields after the command's name (which ends with ")"): utime
	// and stime are the 12th and 13th, in clock ticks of 1/100 s.
	fields := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
	utime, _ := strconv.ParseInt(fields[11], 10, 64)
	stime, _ := strconv.ParseInt(fields[12], 10, 64)
	return time.Duration(utime+stime) * 10 * time.Millisecond
}

// BenchmarkServerCPUPerKey has 20 participants answer the whole bank over
// SSH at a brisk pace (a pause of 100–300 ms before each key) and divides
// the server's CPU time over the run, SSH handshakes included, by the keys
// they pressed.
func BenchmarkServerCPUPerKey(b *testing.B) {
	const people = 20
	bank := defaultBank(b)
	at := pace{100 * time.Millisecond, 300 * time.Millisecond}
	for b.Loop() {
		s := startServerProcess(b)
		before := s.cpu(b)
		l := runLoad(b, s.workshop, bank, people, at, 5*time.Minute)
		used := s.cpu(b) - before
		l.check(b, s.workshop, bank)
		keys := len(l.frames)
		b.Logf("%d participants, %v: %d keys, server CPU %v: %.3f ms per key", people, at, keys, used, used.Seconds()*1000/float64(keys))
		b.ReportMetric(used.Seconds()*1000/float64(keys), "ms-cpu/key")
		b.ReportMetric(float64(percentile(l.frames, 95).Microseconds())/1000, "p95-ms")
	}
}
