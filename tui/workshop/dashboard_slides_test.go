package workshop

import (
	gossh "golang.org/x/crypto/ssh"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
)

// theRoom is a workshop under way: eight results (the root testdata's
// team), and three people answering — one on the first section, one on
// the practices who has saved nothing for six minutes, one on the review.
func theRoom(t *testing.T, bank *assessment.Bank, now time.Time) string {
	t.Helper()
	dir := t.TempDir()
	copyTeam(t, dir, 8)
	qs := bank.Questions()
	firstPractice := 0
	for i, q := range qs {
		if q.Kind == assessment.Scale {
			firstPractice = i
			break
		}
	}
	for _, p := range []struct {
		name     string
		answered int
		saved    time.Duration
	}{{"zoe", 1, time.Minute}, {"yan", firstPractice + 1, 6 * time.Minute}, {"xia", len(qs), 0}} {
		var as assessment.Answers
		for _, q := range qs[:p.answered] {
			as = as.With(q.ID, assessment.TextAnswer("x"))
		}
		prog := assessment.NewProgress(bank, assessment.Response{Respondent: p.name, Answers: as}, now.Add(-p.saved))
		if err := store.SaveProgress(filepath.Join(Folder(dir).Progress(), "progress-"+bank.ID+"--"+p.name+".json"), prog); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// roomJoin is what a server on 0.0.0.0:2222 tells its dashboard.
var roomJoin = &JoinInfo{Schema: JoinSchema, Port: "2222", Addresses: []string{"192.168.1.23", "10.0.0.5"}, Passphrase: "maple river otter lamp", Fingerprint: "SHA256:KN8UIxiWMIEMowdTQn71GPz5WrSpvEYVCNxmI2Ps8/U"}

// dashboardOf is a dashboard of dir at a size, after one look.
func dashboardOf(t *testing.T, dir string, bank *assessment.Bank, opts DashboardOptions, server *JoinInfo, w, h int, now time.Time) *dashboard {
	t.Helper()
	d := newDashboard(dir, bank, opts, server, func() time.Time { return now })
	d.Update(tea.WindowSizeMsg{Width: w, Height: h})
	d.Update(d.folder.look(d.seen.stamp, now))
	return d
}

// slideText is what a slide shows, as plain lines.
func slideText(d *dashboard) string { return ansi.Strip(d.draw()) }

// oneLine is a screen with its spaces and line breaks run together.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// The projector's slides at 120×35, walked as a facilitator does: joining,
// then (after r) the group's cores, the competencies and the discussion,
// each on one screen, with nobody named.
func TestDashboardSlidesWalkTheRoomAt120x35(t *testing.T) {
	bank := defaultBank(t)
	now := time.Now()
	dir := theRoom(t, bank, now)
	d := dashboardOf(t, dir, bank, DashboardOptions{Present: true}, roomJoin, 120, 35, now)
	join := slideText(d)
	for _, want := range []string{"1 of 4", "Joining", "8 finished · 3 answering", "maple river otter lamp", "192.168.1.23 · 10.0.0.5",
		"SHA256:KN8UIxiWMIEMowdTQn71GPz5WrSpvEYVCNxmI2Ps8/U", "The group result is hidden",
		"3 answering: Where the power sits 1 · How customer work is done today 1 · review 1",
		"1 with no answer for 5 minutes or more"} {
		if !strings.Contains(oneLine(join), want) {
			t.Errorf("the joining slide lacks %q:\n%s", want, join)
		}
	}
	// The command is drawn in the block font: five rows of it.
	if blocks := strings.Count(join, "█"); blocks < 200 {
		t.Errorf("the join command is not in large type (%d block cells):\n%s", blocks, join)
	}
	d.Update(keyMsg("space"))
	if got := slideText(d); !strings.Contains(got, "2 of 4") || !strings.Contains(got, "The group result is hidden") || strings.Contains(got, "Where the power sits") {
		t.Errorf("space from joining, before r: want the second slide, hidden:\n%s", got)
	}
	d.Update(keyMsg("r"))
	reveal := slideText(d)
	for _, want := range []string{"is the group's Power Core", "8 of 8 (100%) see Sales as dominant", "Where the power sits",
		"Sales", "Product", "Marketing", "Information technology", "Customer", "Vertical business"} {
		if !strings.Contains(oneLine(reveal), want) {
			t.Errorf("the reveal at 120×35 lacks %q:\n%s", want, reveal)
		}
	}
	d.Update(keyMsg("space"))
	comp := slideText(d)
	for _, want := range []string{"3 of 4", "Honor and manage customers as assets Ad hoc (1.2 of 4) · target: Systematic", "31 / 75 range 8–50",
		"One-company leadership, accountability and culture"} {
		if !strings.Contains(oneLine(comp), want) {
			t.Errorf("the competencies slide lacks %q:\n%s", want, comp)
		}
	}
	d.Update(keyMsg("pgdown"))
	talk := slideText(d)
	for _, want := range []string{"4 of 4", "Where the room disagrees most", "the widest spread is on Sales: from 25 to 45 points (sd 7)",
		"members differ most on Align around experience: they rated it from 0 to 67", "Where to start", "Honor and manage customers as assets",
		"→ Report gains, growth, decline and losses every quarter"} {
		if !strings.Contains(oneLine(talk), want) {
			t.Errorf("the discussion slide lacks %q:\n%s", want, talk)
		}
	}
	if !strings.Contains(talk, "●") {
		t.Errorf("the discussion does not show the members' dots on the core that splits them:\n%s", talk)
	}
	d.Update(keyMsg("pgup"))
	if got := slideText(d); !strings.Contains(got, "3 of 4") {
		t.Errorf("pgup from the discussion: want the competencies again:\n%s", got)
	}
	// Every slide fits: none scrolls at 120×35.
	for i := range slideCount {
		d.goTo(i)
		d.slides = nil
		d.draw()
		if rows := d.bodyRows(d.header(d.contentWidth()), d.helpLine()); len(d.body(d.contentWidth())) > rows {
			t.Errorf("slide %d takes %d lines, %d fit at 120×35:\n%s", i+1, len(d.body(d.contentWidth())), rows, slideText(d))
		}
		if names := teamNames.FindString(slideText(d)); names != "" {
			t.Errorf("slide %d names %q without --names", i+1, names)
		}
	}
}

// teamNames are the respondents of the root testdata's team, and the
// people answering in theRoom.
var teamNames = regexp.MustCompile(`\b(Ann|Bo|Cy|Dee|Eli|Fay|Gus|Hal|zoe|yan|xia)\b`)

// At 200×55 the reveal uses the width: longer bars, the command on one
// line, the passphrase in large type too.
func TestDashboardUsesTheWidthAt200x55(t *testing.T) {
	bank := defaultBank(t)
	now := time.Now()
	dir := theRoom(t, bank, now)
	barOf := func(d *dashboard) int {
		for _, l := range strings.Split(slideText(d), "\n") {
			if strings.Contains(l, "Sales ") && strings.Contains(l, "░") {
				return strings.Count(l, "█") + strings.Count(l, "░")
			}
		}
		return 0
	}
	small := dashboardOf(t, dir, bank, DashboardOptions{Present: true}, roomJoin, 120, 35, now)
	large := dashboardOf(t, dir, bank, DashboardOptions{Present: true}, roomJoin, 200, 55, now)
	smallJoin, largeJoin := strings.Count(slideText(small), "█"), strings.Count(slideText(large), "█")
	if largeJoin <= smallJoin {
		t.Errorf("at 200×55 the passphrase is not in large type (%d block cells against %d at 120×35)", largeJoin, smallJoin)
	}
	for _, d := range []*dashboard{small, large} {
		d.Update(keyMsg("r"))
	}
	if s, l := barOf(small), barOf(large); s == 0 || l < s+60 {
		t.Errorf("Sales's bar is %d cells at 120 columns and %d at 200: want the width used", s, l)
	}
}

// --names is the one way names reach the projector: the discussion says
// who sees which core as dominant.
func TestDashboardNamesOnlyWithNames(t *testing.T) {
	bank := defaultBank(t)
	now := time.Now()
	dir := theRoom(t, bank, now)
	d := dashboardOf(t, dir, bank, DashboardOptions{Names: true}, roomJoin, 120, 60, now)
	d.Update(keyMsg("r"))
	d.Update(keyMsg("4"))
	if got := oneLine(slideText(d)); !strings.Contains(got, "Who sees which core as dominant") || !strings.Contains(got, "Ann: Sales") {
		t.Errorf("the discussion with --names:\n%s", slideText(d))
	}
}

// A dashboard of its own reads the join details serve writes; once the
// server has stopped (no join file, or one not refreshed), unfinished
// answers are no longer counted as answering.
func TestDashboardKnowsWhetherTheServerRuns(t *testing.T) {
	bank := defaultBank(t)
	now := time.Now()
	dir := theRoom(t, bank, now)
	look := func() string {
		d := dashboardOf(t, dir, bank, DashboardOptions{}, nil, 120, 40, now)
		return oneLine(slideText(d))
	}
	if got := look(); !strings.Contains(got, "8 finished · the workshop server is not running (3 left unfinished)") || !strings.Contains(got, "Start it with powercore serve --results") || strings.Contains(got, "3 answering") {
		t.Errorf("no server running:\n%s", got)
	}
	if err := Folder(dir).writeJoin(roomJoin); err != nil {
		t.Fatal(err)
	}
	if got := look(); !strings.Contains(got, "8 finished · 3 answering") || !strings.Contains(got, "192.168.1.23") || !strings.Contains(got, "SHA256:KN8U") {
		t.Errorf("with a running server's join file:\n%s", got)
	}
	old := time.Now().Add(-time.Minute)
	os.Chtimes(Folder(dir).JoinFile(), old, old)
	if got := look(); !strings.Contains(got, "not running (3 left unfinished)") {
		t.Errorf("with a join file not refreshed for a minute (the server died):\n%s", got)
	}
}

// The facilitator's dashboard over SSH has the join details from the
// server itself: its real port (the test listens on port 0), its host
// key's fingerprint, the passphrase. The join file serve writes says the
// same.
func TestFacilitatorDashboardShowsHowToJoin(t *testing.T) {
	t.Parallel()
	keyFile, key := facilitatorKey(t)
	w := startWorkshop(t, defaultBank(t), ServeOptions{FacilitatorKey: keyFile})
	_, port, _ := net.SplitHostPort(w.addr)
	j := Folder(w.results).runningServer(time.Now())
	if j == nil || j.Port != port || j.Passphrase != passphrase || !strings.HasPrefix(j.Fingerprint, "SHA256:") {
		t.Fatalf("the server's join file: %+v; want port %s, the passphrase and the fingerprint", j, port)
	}
	facilitator := w.mustJoin("facilitator", gossh.PublicKeys(key))
	if _, err := facilitator.awaitScreen("0 finished · 0 answering", "--listen 0.0.0.0:"+port, j.Fingerprint, "passphrase"); err != nil {
		t.Error(err)
	}
}

// On the reveal slide too, r with one result asks first.
func TestDashboardAsksOnTheRevealSlide(t *testing.T) {
	dir := t.TempDir()
	copyTeam(t, dir, 1)
	d := dashboardOf(t, dir, nil, DashboardOptions{}, roomJoin, 120, 35, time.Now())
	d.Update(keyMsg("space"))
	slideText(d)
	d.Update(keyMsg("r"))
	if got := oneLine(slideText(d)); !strings.Contains(got, "Only 1 finished") {
		t.Errorf("r on the reveal slide with one result:\n%s", got)
	}
}
