package workshop

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
)

// stalledAfter is how long without a saved answer before a participant
// counts as stalled.
const stalledAfter = 5 * time.Minute

// folderLook is what the dashboard looks at: a results folder, with the
// bank its workshop runs (nil: the default thresholds, no sections), and
// the server's join details when the dashboard runs inside the server.
type folderLook struct {
	dir   Folder
	bank  *assessment.Bank
	names bool
	// server is the join details of the server the dashboard runs in; nil
	// for a dashboard of its own, which reads the folder's join file.
	server *JoinInfo
}

// scanned is what one look at the folder found; changed is false when the
// results are as they were, and only the people answering are new.
type scanned struct {
	changed bool
	stamp   string
	group   *assessment.Group
	skipped int
	err     string
	// server is the running server's join details; nil when no server runs
	// on the folder.
	server    *JoinInfo
	answering underWay
}

// underWay is where the people with unfinished answers are, by count
// alone: how many on each section of the bank (the last place is the
// review), and how many have saved nothing for stalledAfter.
type underWay struct {
	total     int
	bySection []int
	stalled   int
}

// look reads the folder, and the results in it only when something
// changed since stamp. Unfinished answers count as being answered only
// while a server runs.
func (l folderLook) look(stamp string, now time.Time) scanned {
	s := scanned{stamp: folderStamp(string(l.dir)), server: l.server}
	if s.server == nil {
		s.server = l.dir.runningServer(time.Now())
	}
	s.answering = l.answering(now)
	if s.stamp == stamp {
		return s
	}
	s.changed = true
	named, err := store.LoadResults([]string{string(l.dir)}, func(string, error) { s.skipped++ })
	if err != nil {
		s.group = &assessment.Group{}
		if _, statErr := os.Stat(string(l.dir)); statErr != nil {
			s.err = fmt.Sprintf("cannot read %s: %v", l.dir, statErr)
		}
		return s
	}
	g := assessment.Aggregate(named, l.bank)
	if !l.names {
		g = g.Anonymous()
	}
	s.group = &g
	return s
}

// answering counts the unfinished answers in the folder by section.
func (l folderLook) answering(now time.Time) underWay {
	var a underWay
	if l.bank == nil {
		a.total = l.dir.answering()
		return a
	}
	a.bySection = make([]int, len(l.bank.Sections)+1)
	for _, p := range l.dir.progress() {
		if p.Bank.ID != l.bank.ID {
			continue
		}
		a.total++
		a.bySection[p.SectionReached(l.bank)]++
		if now.Sub(p.SavedAt) >= stalledAfter {
			a.stalled++
		}
	}
	return a
}

// folderStamp sums up the folder's result files by name, size and time,
// so an unchanged folder is not read again.
func folderStamp(dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "error:" + err.Error()
	}
	var b strings.Builder
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if info, err := e.Info(); err == nil {
			fmt.Fprintf(&b, "%s:%d:%d;", e.Name(), info.Size(), info.ModTime().UnixNano())
		}
	}
	return b.String()
}
