package workshop

// The servers of BenchmarkServerCPUPerKey (cpu_bench_test.go), each in a
// process of its own: this test binary started again to run one of the
// helpers below, so that the CPU time /proc gives for that process is the
// server's alone.

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

// profileEnv, when set, is where a helper server writes its CPU profile.
const profileEnv = serveEnv + "_PROFILE"

// TestHelperServer is not a test: started by BenchmarkServerCPUPerKey in a
// process of its own, it serves the built-in bank on an ephemeral port,
// prints the address, and stops when its standard input closes.
func TestHelperServer(t *testing.T) {
	dir := os.Getenv(serveEnv)
	if dir == "" {
		t.Skip("the server for BenchmarkServerCPUPerKey: runs only in its own process")
	}
	defer profileServer(t)()
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

// profileServer starts a CPU profile into the file profileEnv names, if it
// is set, and returns what stops it.
func profileServer(t *testing.T) (stop func()) {
	out := os.Getenv(profileEnv)
	if out == "" {
		return func() {}
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		t.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		_ = f.Close()
	}
}

// serverProcess is a server in a process of its own.
type serverProcess struct {
	*workshop
	cmd *exec.Cmd
	// profile is where it writes its CPU profile ("" for none).
	profile string
}

// startServerProcess runs helper (TestHelperServer or
// TestHelperReferenceServer) with dirEnv naming a folder of its own, and
// env added to its environment, until the test or benchmark ends.
func startServerProcess(b testing.TB, helper, dirEnv string, env ...string) *serverProcess {
	b.Helper()
	dir := b.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^"+helper+"$", "-test.count=1")
	cmd.Env = append(append(os.Environ(), dirEnv+"="+dir), env...)
	s := &serverProcess{cmd: cmd}
	if file := os.Getenv(profileEnv); file != "" {
		row := strings.ReplaceAll(b.Name()[strings.IndexByte(b.Name(), '/')+1:], "/", "-")
		ext := filepath.Ext(file)
		s.profile = strings.TrimSuffix(file, ext) + "-" + row + ext
		cmd.Env = append(cmd.Env, profileEnv+"="+s.profile)
	}
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
func (s *serverProcess) cpu(b testing.TB) time.Duration {
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

// logProfile says where the row's server wrote its profile, if it did.
func (s *serverProcess) logProfile(b *testing.B) {
	if s.profile != "" {
		b.Logf("the server's CPU profile: %s", s.profile)
	}
}
