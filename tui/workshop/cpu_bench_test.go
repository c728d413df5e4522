package workshop

// The server's CPU time per key (issue 13: at most 0.6 ms on a whole-bank
// mix over SSH), measured so that its parts can be told apart:
//
//	go test ./tui/workshop -run XXX -bench ServerCPUPerKey -benchtime 1x
//
// Each row starts a server in a process of its own (this test binary
// started again to serve), so that the CPU time read from /proc is the
// server's alone, not that of the 20 SSH clients and terminals this process
// plays. The rows:
//
//   - powercore/brisk: 20 participants answer the whole bank (about 101
//     keys each) with a pause of 100–300 ms before each key, handshakes
//     included: ms-cpu/key is the server's CPU over the run ÷ the keys,
//     p95-ms the key-to-first-output latency. It mixes the cost of keys
//     with the cost of people sitting connected between them.
//   - powercore/back-to-back: the same with each key pressed as soon as
//     the output after the last arrived: the cost of a key itself.
//   - powercore/idle: 20 participants connected and sitting on the intro
//     for 10 s: ms-cpu/person-s is the server's CPU in that window ÷ (20 ×
//     the seconds), what a person costs for being connected (mostly
//     Bubble Tea's frame ticker, which runs whether or not a key comes).
//   - reference/back-to-back and reference/idle: the same for a minimal
//     Bubble Tea program (cpu_reference_test.go) served by the same wish
//     stack on the same 100×30 terminal at Bubble Tea's default frame rate:
//     a question-sized screen that as many keys as a powercore participant
//     presses (↓ and enter) move through, with no file I/O. What Bubble
//     Tea, wish and SSH cost alone: the floor under powercore's rows.
//
// Read together: a run's CPU ≈ keys × the back-to-back cost + person-seconds
// × the idle cost (the back-to-back row holds a little idle cost of its
// own: its log gives its person-seconds). Powercore's rows less the
// reference's are what powercore itself adds.
//
// POWERCORE_BENCH_SERVE_DIR_PROFILE=FILE has each row's server write a CPU
// profile next to FILE, named after the row (server.pprof becomes
// server-powercore-brisk.pprof and so on); each row logs its file.

import (
	"fmt"
	"testing"
	"time"
)

// The rows' room and idle window.
const (
	benchPeople = 20
	idleWindow  = 10 * time.Second
)

// BenchmarkServerCPUPerKey measures the server's CPU per key on powercore
// and on the reference, busy and idle (see the top of this file).
func BenchmarkServerCPUPerKey(b *testing.B) {
	bank := defaultBank(b)
	b.Run("powercore", func(b *testing.B) {
		for _, row := range []struct {
			name string
			pace pace
		}{
			{"brisk", pace{100 * time.Millisecond, 300 * time.Millisecond}},
			{"back-to-back", pace{}},
		} {
			b.Run(row.name, func(b *testing.B) {
				for b.Loop() {
					s := startServerProcess(b, "TestHelperServer", serveEnv)
					before := s.cpu(b)
					l := runLoad(b, s.workshop, bank, benchPeople, row.pace, 5*time.Minute)
					used := s.cpu(b) - before
					l.check(b, s.workshop, bank)
					keys := len(l.frames)
					b.Logf("powercore, %d participants answering the whole bank, %v: %d keys in %v (%.0f person-seconds), server CPU %v (handshakes included): %.3f ms per key",
						benchPeople, row.pace, keys, l.elapsed.Round(100*time.Millisecond), l.elapsed.Seconds()*benchPeople, used, used.Seconds()*1000/float64(keys))
					s.logProfile(b)
					b.ReportMetric(used.Seconds()*1000/float64(keys), "ms-cpu/key")
					b.ReportMetric(float64(percentile(l.frames, 95).Microseconds())/1000, "p95-ms")
				}
			})
		}
		b.Run("idle", func(b *testing.B) {
			for b.Loop() {
				s := startServerProcess(b, "TestHelperServer", serveEnv)
				measureIdle(b, s, "powercore", "You will learn")
			}
		})
	})
	b.Run("reference", func(b *testing.B) {
		b.Run("back-to-back", func(b *testing.B) {
			for b.Loop() {
				s := startServerProcess(b, "TestHelperReferenceServer", referenceEnv)
				before := s.cpu(b)
				r := runReference(b, s.workshop, bank, benchPeople, 5*time.Minute)
				used := s.cpu(b) - before
				b.Logf("reference (a minimal Bubble Tea program over the same wish and SSH), %d clients pressing as many keys as on powercore, back to back: %d keys in %v (%.0f person-seconds), server CPU %v (handshakes included): %.3f ms per key",
					benchPeople, r.keys, r.elapsed.Round(100*time.Millisecond), r.elapsed.Seconds()*benchPeople, used, used.Seconds()*1000/float64(r.keys))
				s.logProfile(b)
				b.ReportMetric(used.Seconds()*1000/float64(r.keys), "ms-cpu/key")
				b.ReportMetric(float64(percentile(r.frames, 95).Microseconds())/1000, "p95-ms")
			}
		})
		b.Run("idle", func(b *testing.B) {
			for b.Loop() {
				s := startServerProcess(b, "TestHelperReferenceServer", referenceEnv)
				measureIdle(b, s, "reference", fmt.Sprintf("question 1 of %d", referenceQuestions))
			}
		})
	})
}

// measureIdle connects benchPeople clients, waits until each shows first,
// lets a second pass for the programs to settle, and reports the server's
// CPU over the next idleWindow per person-second.
func measureIdle(b *testing.B, s *serverProcess, what, first string) {
	b.Helper()
	joining := s.cpu(b)
	terms := make([]*sshTerm, benchPeople)
	for i := range terms {
		name := loadName(i + 1)
		term, err := s.join(name)
		if err != nil {
			b.Fatalf("%s joining: %v", name, err)
		}
		terms[i] = term
		b.Cleanup(term.close)
	}
	for _, term := range terms {
		if _, err := term.awaitScreen(first); err != nil {
			b.Fatal(err)
		}
	}
	// Not a wait for the screen (that is above): the programs' start-up
	// (the first frames, the terminal's replies) kept out of the window,
	// and then the window in which nobody presses anything.
	<-time.After(time.Second)
	before, start := s.cpu(b), time.Now()
	joining = before - joining
	<-time.After(idleWindow)
	used, took := s.cpu(b)-before, time.Since(start)
	perPersonSecond := used.Seconds() * 1000 / (benchPeople * took.Seconds())
	b.Logf("%s, %d people connected and idle on the first screen for %v: server CPU %v: %.3f ms per person-second (before it, joining, the first screen and a second of settling took %v, %.1f ms a person)",
		what, benchPeople, took.Round(100*time.Millisecond), used, perPersonSecond, joining, joining.Seconds()*1000/benchPeople)
	s.logProfile(b)
	b.ReportMetric(perPersonSecond, "ms-cpu/person-s")
}
