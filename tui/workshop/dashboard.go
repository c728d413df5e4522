package workshop

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/store"
	"github.com/powercore/powercore/tui"
	"github.com/powercore/powercore/tui/render"
)

// privateBelow is the number of results under which the group view is
// close to showing individuals.
const privateBelow = 3

// dashboardEvery is how often the dashboard looks at the results folder:
// a new result shows within two of these.
const dashboardEvery = time.Second

// dashboard is the projector's live view of a workshop: how many have
// finished and how many are under way, and — when the facilitator reveals
// it — the group picture as it fills in.
type dashboard struct {
	dir string
	// bank scores the group when it is the results' own; nil for the
	// default thresholds.
	bank   *assessment.Bank
	now    func() time.Time
	st     *render.Styles
	keys   dashboardKeys
	reveal key.Binding
	width  int
	height int
	offset int
	shown  bool
	// confirm is set while a reveal that would show one person's answers
	// waits for a second press.
	confirm bool
	stamp   string
	group   *assessment.Group
	skipped int
	running int
	err     string
	// lines is the group view drawn for width; nil when it must be redrawn.
	lines      []string
	linesWidth int
}

type scanMsg struct{}

// scanned is what one look at the folder found; changed is false when the
// results are as they were, and only the count under way is new.
type scanned struct {
	changed bool
	stamp   string
	group   *assessment.Group
	skipped int
	running int
	err     string
}

func newDashboard(dir string, bank *assessment.Bank, present bool, now func() time.Time) *dashboard {
	if now == nil {
		now = time.Now
	}
	return &dashboard{
		// No folder sums up to this stamp: the first look reads it.
		stamp: "unread",
		dir:   dir, bank: bank, now: now, st: render.NewStyles(true, present), keys: newDashboardKeys(),
		reveal: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reveal or hide the group result")),
	}
}

// RunDashboard shows the live view of the results folder dir until the
// user quits or ctx ends.
func RunDashboard(ctx context.Context, dir string, bank *assessment.Bank, present bool, in io.Reader, out io.Writer) error {
	_, err := tea.NewProgram(newDashboard(dir, bank, present, nil), tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out)).Run()
	if err != nil && ctx.Err() != nil {
		return nil
	}
	return err
}

func (d *dashboard) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, d.scan())
}

// scan looks at the folder in the background; the answer comes back as a
// scanned message.
func (d *dashboard) scan() tea.Cmd {
	dir, stamp, bank := d.dir, d.stamp, d.bank
	return func() tea.Msg { return look(dir, stamp, bank) }
}

// look reads the folder, and the results in it only when something
// changed since stamp.
func look(dir, stamp string, bank *assessment.Bank) scanned {
	s := scanned{stamp: folderStamp(dir), running: Folder(dir).answering()}
	if s.stamp == stamp {
		return s
	}
	s.changed = true
	named, err := store.LoadResults([]string{dir}, func(string, error) { s.skipped++ })
	if err != nil {
		s.group = &assessment.Group{}
		if _, statErr := os.Stat(dir); statErr != nil {
			s.err = fmt.Sprintf("cannot read %s: %v", dir, statErr)
		}
		return s
	}
	g := assessment.Aggregate(named, bank)
	s.group = &g
	return s
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

func (d *dashboard) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		d.width, d.height, d.lines = msg.Width, msg.Height, nil
	case tea.BackgroundColorMsg:
		*d.st = *render.NewStyles(msg.IsDark(), d.st.Present)
		d.lines = nil
	case scanned:
		d.running, d.err = msg.running, msg.err
		if msg.changed {
			d.stamp, d.group, d.skipped, d.lines = msg.stamp, msg.group, msg.skipped, nil
		}
		return d, tea.Tick(dashboardEvery, func(time.Time) tea.Msg { return scanMsg{} })
	case scanMsg:
		return d, d.scan()
	case tui.ClosingMsg:
		return d, tea.Quit
	case tea.KeyPressMsg:
		confirming := d.confirm
		d.confirm = false
		switch {
		case key.Matches(msg, d.keys.Quit), key.Matches(msg, d.keys.Close):
			return d, tea.Quit
		case key.Matches(msg, d.reveal):
			// With one or two results the group view is one person's
			// answers: ask before putting that on the projector.
			if !d.shown && d.group != nil && d.group.N > 0 && d.group.N < privateBelow && !confirming {
				d.confirm = true
				return d, nil
			}
			d.shown, d.offset = !d.shown, 0
		case key.Matches(msg, d.keys.Down):
			d.offset++
		case key.Matches(msg, d.keys.Up):
			d.offset = max(0, d.offset-1)
		case key.Matches(msg, d.keys.PageDn):
			d.offset += max(1, d.height-8)
		case key.Matches(msg, d.keys.PageUp):
			d.offset = max(0, d.offset-max(1, d.height-8))
		}
	}
	return d, nil
}

func (d *dashboard) View() tea.View {
	v := tea.NewView(d.draw())
	v.AltScreen = true
	v.WindowTitle = "powercore workshop"
	return v
}

func (d *dashboard) draw() string {
	if d.width == 0 || d.height == 0 {
		return ""
	}
	st := d.st
	width := max(20, min(d.width-4, 120))
	if st.Present {
		width = max(20, d.width-8)
	}
	finished := 0
	if d.group != nil {
		finished = d.group.N
	}
	var head strings.Builder
	head.WriteString(st.Title.Render("powercore workshop"))
	head.WriteString("\n\n")
	counts := fmt.Sprintf("%d finished · %d in progress", finished, d.running)
	if st.Present && d.width >= 60 {
		head.WriteString(render.Banner(fmt.Sprintf("%d DONE", finished), width, st))
		head.WriteString("\n" + st.Strong.Render(counts))
	} else {
		head.WriteString(st.Strong.Render(counts))
	}
	if d.skipped > 0 {
		head.WriteString(st.Subtle.Render(fmt.Sprintf(" · %d file(s) in the folder are not results", d.skipped)))
	}
	if d.err != "" {
		head.WriteString("\n" + st.Bad.Render(d.err))
	}
	head.WriteString("\n")

	var body []string
	switch {
	case d.group == nil:
		body = []string{st.Subtle.Render("Looking at " + assessment.Printable(d.dir) + " …")}
	case d.confirm:
		body = []string{st.Warn.Render(lipgloss.Wrap(fmt.Sprintf("Only %d finished: the group view would show one person's answers to the room. Press r again to reveal it anyway, or any other key to wait.", d.group.N), width, ""))}
	case !d.shown:
		body = []string{st.Text.Render(lipgloss.Wrap("The group result is hidden. Press r to reveal it when the room is ready; press r again to hide it.", width, ""))}
	case d.group.N == 0:
		body = []string{st.Text.Render("No results yet: they appear here as people finish.")}
	default:
		if d.lines == nil || d.linesWidth != width {
			d.lines = strings.Split(render.RenderGroup(d.group, nil, width, st), "\n")
			d.linesWidth = width
		}
		body = d.lines
	}
	rows := max(3, d.height-lipgloss.Height(head.String())-3)
	d.offset = max(0, min(d.offset, len(body)-rows))
	end := min(len(body), d.offset+rows)
	footer := st.HelpDesc.Render("r reveal/hide · ↑/↓ space scroll · q quit · updates every second")
	screen := head.String() + "\n" + strings.Join(body[d.offset:end], "\n")
	gap := max(1, d.height-lipgloss.Height(screen)-2)
	screen += strings.Repeat("\n", gap) + footer
	if st.Present {
		return lipgloss.PlaceHorizontal(d.width, lipgloss.Center, st.Text.Width(width).Render(screen))
	}
	return render.Indent("\n"+screen, 2)
}
