package workshop

// The workshop under load: many participants at once, each answering the
// whole bank with real keys over SSH on loopback.
//
//	go test ./tui/workshop -run TestManyParticipants -v           50 participants
//	go test ./tui/workshop -run XXX -bench Workshop200 -benchtime 1x   200, with p95 and memory
//
// Budgets (issue 6): p95 key-to-frame latency under 50 ms and under 5 MiB
// per session, on 2 cores.

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/powercore/powercore/assessment"
)

// loadPlan is participant i's answers: its own split on every allocate
// question, its own run of levels, and its name in the first reflection,
// so that a result mixed up with another's shows.
func loadPlan(i int) plan {
	p := plan{text: fmt.Sprintf("from %s", loadName(i))}
	for k := range 6 {
		p.first = append(p.first, 1+(i+k)%9)
	}
	for j := range 18 {
		p.levels = append(p.levels, (i+j)%(dontKnowLevel+1))
	}
	return p
}

func loadName(i int) string { return fmt.Sprintf("p%02d", i) }

// load is one run of many participants.
type load struct {
	n        int
	terms    []*sshTerm
	errs     []error
	elapsed  time.Duration
	frames   []time.Duration
	advances []time.Duration
	// heapPerSession is the heap in use per participant while all of them
	// were on the review screen, less the heap before any joined.
	heapPerSession float64
	// transcriptPerSession is the part of that the test's own copies of
	// every participant's output take.
	transcriptPerSession float64
}

// pace is how fast participants press keys: back to back (zero), or with
// a pause drawn between min and max before each key.
type pace struct{ min, max time.Duration }

func (p pace) String() string {
	if p.max == 0 {
		return "keys back to back"
	}
	return fmt.Sprintf("a pause of %v–%v before each key", p.min, p.max)
}

// runLoad has n participants take the assessment at once, at pace. They
// all wait on the review screen until every one is there (the heap is
// measured then), then submit and quit. At limit every connection is
// closed, so every wait ends.
func runLoad(tb testing.TB, w *workshop, bank *assessment.Bank, n int, at pace, limit time.Duration) *load {
	tb.Helper()
	l := &load{n: n, terms: make([]*sshTerm, n), errs: make([]error, n)}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)

	var mu sync.Mutex
	cutoff := time.AfterFunc(limit, func() {
		mu.Lock()
		defer mu.Unlock()
		for _, term := range l.terms {
			if term != nil {
				term.close()
			}
		}
	})
	defer cutoff.Stop()

	var atReview, done sync.WaitGroup
	atReview.Add(n)
	done.Add(n)
	submit := make(chan struct{})
	start := time.Now()
	for i := range n {
		go func() {
			defer done.Done()
			reviewed := false
			defer func() {
				if !reviewed {
					atReview.Done()
				}
			}()
			name := loadName(i + 1)
			term, err := w.join(name)
			if err != nil {
				l.errs[i] = fmt.Errorf("%s joining: %w", name, err)
				return
			}
			if at.max > 0 {
				r := rand.New(rand.NewPCG(uint64(i), 1))
				term.think = func() time.Duration { return at.min + time.Duration(r.Int64N(int64(at.max-at.min)+1)) }
			}
			mu.Lock()
			l.terms[i] = term
			mu.Unlock()
			defer term.close()
			l.errs[i] = func() error {
				if _, err := term.awaitScreen("You will learn"); err != nil {
					return err
				}
				if _, err := term.advance(keyEnter, "question 1 of"); err != nil {
					return err
				}
				if err := term.answer(bank, 0, len(bank.Questions()), loadPlan(i+1)); err != nil {
					return err
				}
				reviewed = true
				atReview.Done()
				<-submit
				if _, err := term.advance(keyEnter, headlines...); err != nil {
					return err
				}
				if screen := term.Screen(); !strings.Contains(screen, "· "+name+" ·") {
					return fmt.Errorf("%s's summary does not name them:\n%s", name, term.Shown())
				}
				if err := term.press("q"); err != nil {
					return err
				}
				if !term.awaitEnd(patience) {
					return fmt.Errorf("%s: the session stayed open after q", name)
				}
				return nil
			}()
		}()
	}
	// Every wait below ends by the cutoff; the grace is for a server that
	// would not let go even of closed connections.
	grace := limit - time.Since(start) + 30*time.Second
	if !waitGroupWithin(&atReview, grace) {
		close(submit)
		tb.Fatalf("the participants did not all reach the review within %v", limit)
	}
	runtime.GC()
	var during runtime.MemStats
	runtime.ReadMemStats(&during)
	l.heapPerSession = (float64(during.HeapInuse) - float64(before.HeapInuse)) / float64(n)
	for _, term := range l.terms {
		if term != nil {
			term.mu.Lock()
			l.transcriptPerSession += float64(term.raw.Cap()) / float64(n)
			term.mu.Unlock()
		}
	}
	close(submit)
	if !waitGroupWithin(&done, limit-time.Since(start)+30*time.Second) {
		tb.Fatalf("the participants did not all finish within %v", limit)
	}
	l.elapsed = time.Since(start)
	for _, term := range l.terms {
		if term == nil {
			continue
		}
		term.mu.Lock()
		l.frames = append(l.frames, term.frames...)
		l.advances = append(l.advances, term.advances...)
		term.mu.Unlock()
	}
	slices.Sort(l.frames)
	slices.Sort(l.advances)
	return l
}

// waitGroupWithin waits for wg for at most d.
func waitGroupWithin(wg *sync.WaitGroup, d time.Duration) bool {
	finished := make(chan struct{})
	go func() {
		wg.Wait()
		close(finished)
	}()
	select {
	case <-finished:
		return true
	case <-time.After(d):
		return false
	}
}

// percentile is the p-th percentile of sorted durations.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(float64(len(sorted))*p/100))]
}

func (l *load) report(tb testing.TB, at pace) {
	tb.Helper()
	tb.Logf("%d participants, %v: all finished in %v; %d keys", l.n, at, l.elapsed.Round(time.Millisecond), len(l.frames))
	tb.Logf("key to first output:     p50 %v  p95 %v  p99 %v  max %v",
		percentile(l.frames, 50).Round(10*time.Microsecond), percentile(l.frames, 95).Round(10*time.Microsecond),
		percentile(l.frames, 99).Round(10*time.Microsecond), percentile(l.frames, 100).Round(10*time.Microsecond))
	tb.Logf("enter to next question:  p50 %v  p95 %v  p99 %v  max %v",
		percentile(l.advances, 50).Round(10*time.Microsecond), percentile(l.advances, 95).Round(10*time.Microsecond),
		percentile(l.advances, 99).Round(10*time.Microsecond), percentile(l.advances, 100).Round(10*time.Microsecond))
	tb.Logf("heap in use per session while all were on the review: %.2f MiB (server and test client in one process; %.2f MiB of it the client's transcript)",
		l.heapPerSession/(1<<20), l.transcriptPerSession/(1<<20))
}

// check finds what went wrong: a participant who could not finish, a
// result missing, doubled, or holding someone else's answers.
func (l *load) check(tb testing.TB, w *workshop, bank *assessment.Bank) {
	tb.Helper()
	for _, err := range l.errs {
		if err != nil {
			tb.Error(err)
		}
	}
	files := resultFiles(tb, w.results, "")
	if len(files) != l.n {
		tb.Errorf("%d result files for %d participants", len(files), l.n)
	}
	seen := map[string]string{}
	for _, f := range files {
		result, _ := readResult(tb, bank, f)
		name := result.Respondent
		if other, ok := seen[name]; ok {
			tb.Errorf("two results for %s: %s and %s", name, other, f)
		}
		seen[name] = f
		var i int
		if _, err := fmt.Sscanf(name, "p%d", &i); err != nil || i < 1 || i > l.n {
			tb.Errorf("%s holds the result of %q, no participant", f, name)
			continue
		}
		if !strings.HasPrefix(f[strings.LastIndex(f, "/")+1:], name+"-") {
			tb.Errorf("%s holds %s's result", f, name)
		}
		for _, p := range planProblems(bank, result, loadPlan(i)) {
			tb.Errorf("%s: %s", name, p)
		}
	}
	for i := 1; i <= l.n; i++ {
		if _, ok := seen[loadName(i)]; !ok {
			tb.Errorf("no result for %s", loadName(i))
		}
	}
	if left := progressFiles(tb, w.results); len(left) != 0 {
		tb.Errorf("progress left after everyone finished: %q", left)
	}
}

func TestManyParticipants(t *testing.T) {
	if testing.Short() {
		t.Skip("50 participants over SSH: skipped with -short")
	}
	bank := defaultBank(t)
	// Everyone comes from 127.0.0.1, as a room behind one address would.
	w := startWorkshop(t, bank, ServeOptions{MaxPerAddress: 50})
	l := runLoad(t, w, bank, 50, pace{}, 90*time.Second)
	l.report(t, pace{})
	l.check(t, w, bank)
}

// BenchmarkWorkshop200 runs 200 participants at once at three paces: a
// room (a pause of 0.5–2.5 s before each key: still about five times the
// key rate of someone taking the bank's 5–7 minutes), a brisk room
// (0.25–0.75 s), and every key pressed as soon as the last one's frame
// arrived, which saturates the machine. The server and the 200 clients
// share this process and its cores.
func BenchmarkWorkshop200(b *testing.B) {
	bank := defaultBank(b)
	for _, at := range []struct {
		name string
		pace pace
	}{
		{"room", pace{500 * time.Millisecond, 2500 * time.Millisecond}},
		{"brisk", pace{250 * time.Millisecond, 750 * time.Millisecond}},
		{"flat-out", pace{}},
	} {
		b.Run(at.name, func(b *testing.B) {
			for b.Loop() {
				w := startWorkshop(b, bank, ServeOptions{MaxPerAddress: 200})
				l := runLoad(b, w, bank, 200, at.pace, 10*time.Minute)
				l.report(b, at.pace)
				l.check(b, w, bank)
				b.ReportMetric(float64(percentile(l.frames, 95).Microseconds())/1000, "p95-ms")
				b.ReportMetric(float64(percentile(l.advances, 95).Microseconds())/1000, "p95-next-ms")
				b.ReportMetric(l.heapPerSession/(1<<20), "MiB/session")
				if _, err := w.stop(); err != nil {
					b.Error(err)
				}
			}
		})
	}
}
