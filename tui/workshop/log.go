package workshop

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// The facilitator's log stays readable whatever the room sends: each line
// is cut to maxLogLine bytes, and an address gets logBurst lines at once,
// then one every logEvery; what it would have said meanwhile is counted
// and the count said with its next line.
const (
	maxLogLine = 512
	logBurst   = 20
	logEvery   = 3 * time.Second
	// maxLogAddrs bounds the addresses remembered; past it, lines from
	// addresses not yet seen share one budget.
	maxLogAddrs = 4096
)

// logBudget is what one address may still write to the log.
type logBudget struct {
	tokens  float64
	at      time.Time
	dropped int
}

func (s *server) logf(format string, args ...any) {
	line := fmt.Sprintf(format, args...)
	if len(line) > maxLogLine {
		cut := maxLogLine
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		line = line[:cut] + "…"
	}
	s.logMu.Lock()
	defer s.logMu.Unlock()
	fmt.Fprintf(s.opts.Log, "%s %s\n", s.opts.Now().Format("15:04:05"), line)
}

// logFrom logs a line caused by addr, within the address's budget.
func (s *server) logFrom(addr, format string, args ...any) {
	addr = addrKey(addr)
	l := s.limits
	l.mu.Lock()
	b := l.logs[addr]
	if b == nil {
		if len(l.logs) >= maxLogAddrs {
			addr = "*"
			b = l.logs[addr]
		}
		if b == nil {
			b = &logBudget{tokens: logBurst, at: s.opts.Now()}
			l.logs[addr] = b
		}
	}
	now := s.opts.Now()
	b.tokens = min(logBurst, b.tokens+now.Sub(b.at).Seconds()/logEvery.Seconds())
	b.at = now
	if b.tokens < 1 {
		b.dropped++
		l.mu.Unlock()
		return
	}
	b.tokens--
	dropped := b.dropped
	b.dropped = 0
	l.mu.Unlock()
	if dropped > 0 {
		s.logf("(%d more lines about %s were left out)", dropped, addr)
	}
	s.logf(format, args...)
}
