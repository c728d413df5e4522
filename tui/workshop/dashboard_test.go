package workshop

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/powercore/powercore/assessment"
)

// copyTeam copies n saved results of the root testdata into dir.
func copyTeam(t *testing.T, dir string, n int) {
	t.Helper()
	for i := range n {
		name := filepath.Join("..", "..", "testdata", "team", "r"+string(rune('0'+i))+".json")
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(name)), data, 0o600)
	}
}

// dashboardAfterLook is a dashboard that has looked at its folder once.
func dashboardAfterLook(t *testing.T, dir string) *dashboard {
	t.Helper()
	d := newDashboard(dir, nil, DashboardOptions{}, nil, nil)
	d.Update(tea.WindowSizeMsg{Width: 120, Height: 50})
	d.Update(d.folder.look(d.seen.stamp, time.Now()))
	return d
}

func dashboardScreen(d *dashboard) string {
	return strings.Join(strings.Fields(ansi.Strip(d.draw())), " ")
}

func TestDashboardCountsAndRevealsOnRequest(t *testing.T) {
	dir := t.TempDir()
	copyTeam(t, dir, 4)
	os.MkdirAll(Folder(dir).Progress(), 0o700)
	os.WriteFile(filepath.Join(Folder(dir).Progress(), "progress-power-core--zoe.json"), []byte("{}"), 0o600)
	d := dashboardAfterLook(t, dir)
	got := dashboardScreen(d)
	for _, want := range []string{"4 finished · the workshop server is not running (1 left unfinished)", "The group result is hidden"} {
		if !strings.Contains(got, want) {
			t.Errorf("dashboard:\n%s\nwant %q", got, want)
		}
	}
	if strings.Contains(got, "Where the power sits") {
		t.Errorf("the group result shows before it is revealed:\n%s", got)
	}
	d.Update(keyMsg("r"))
	if got := dashboardScreen(d); !strings.Contains(got, "Where the power sits") || !strings.Contains(got, "is the group's Power Core") {
		t.Errorf("after r:\n%s\nwant the group view", got)
	}
	d.Update(keyMsg("r"))
	if got := dashboardScreen(d); strings.Contains(got, "Where the power sits") {
		t.Errorf("a second r does not hide the group view:\n%s", got)
	}

	// A new result shows at the next look; an unchanged folder is not
	// read again.
	copyTeam(t, dir, 6)
	d.Update(d.folder.look(d.seen.stamp, time.Now()))
	if got := dashboardScreen(d); !strings.Contains(got, "6 finished") {
		t.Errorf("after two more results:\n%s", got)
	}
	if again := d.folder.look(d.seen.stamp, time.Now()); again.changed {
		t.Errorf("an unchanged folder was read again")
	}
}

func TestDashboardAsksBeforeRevealingOnePerson(t *testing.T) {
	dir := t.TempDir()
	copyTeam(t, dir, 1)
	d := dashboardAfterLook(t, dir)
	d.Update(keyMsg("r"))
	if got := dashboardScreen(d); !strings.Contains(got, "Only 1 finished") || strings.Contains(got, "Where the power sits") {
		t.Errorf("first r with one result:\n%s\nwant a question, not the view", got)
	}
	d.Update(keyMsg("x"))
	if got := dashboardScreen(d); strings.Contains(got, "Where the power sits") || strings.Contains(got, "Only 1 finished") {
		t.Errorf("another key after the question:\n%s\nwant the view still hidden", got)
	}
	d.Update(keyMsg("r"))
	d.Update(keyMsg("r"))
	if got := dashboardScreen(d); !strings.Contains(got, "Where the power sits") {
		t.Errorf("r twice with one result:\n%s\nwant the view", got)
	}
}

func TestDashboardOfAnEmptyFolder(t *testing.T) {
	d := dashboardAfterLook(t, t.TempDir())
	d.Update(keyMsg("r"))
	if got := dashboardScreen(d); !strings.Contains(got, "0 finished") || !strings.Contains(got, "No results yet") {
		t.Errorf("empty folder, revealed:\n%s", got)
	}
}

// The projector scores a workshop by the workshop's bank (dashboard
// --questions), as the facilitator's SSH dashboard does: its thresholds
// decide the group's words, not the built-in defaults.
func TestDashboardScoresByTheWorkshopsBank(t *testing.T) {
	dir := t.TempDir()
	copyTeam(t, dir, 4)
	data, err := os.ReadFile("../../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	custom, err := assessment.Parse("custom.yaml", append(data, "\nscoring:\n  co_dominant_margin: 60\n"...))
	if err != nil {
		t.Fatal(err)
	}
	byDefault := folderLook{dir: Folder(dir)}.look("", time.Now()).group
	byBank := folderLook{dir: Folder(dir), bank: custom}.look("", time.Now()).group
	if len(byDefault.Dominant) != 1 {
		t.Fatalf("the team has dominant cores %v by default, want one", byDefault.Dominant)
	}
	if len(byBank.Dominant) < 2 {
		t.Errorf("with the bank's co-dominant margin of 60 the group's dominant cores are %v, want all the close ones", byBank.Dominant)
	}
}
