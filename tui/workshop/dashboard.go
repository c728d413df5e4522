package workshop

import (
	"context"
	"io"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/tui"
	"github.com/powercore/powercore/tui/render"
)

// privateBelow is the number of results under which the group view is
// close to showing individuals.
const privateBelow = 3

// dashboardEvery is how often the dashboard looks at the results folder:
// a new result shows within two of these.
const dashboardEvery = time.Second

// DashboardOptions say how the dashboard shows a workshop.
type DashboardOptions struct {
	// Present lays it out for a projector.
	Present bool
	// Names shows who answered what; without it nothing on the dashboard
	// names a person.
	Names bool
}

// dashboard is the projector's view of a workshop, as slides the
// facilitator moves through: how to join (with how many have finished and
// where the others are), and — once revealed with r — the group's cores,
// its competencies, and where the room disagrees.
type dashboard struct {
	folder folderLook
	now    func() time.Time
	st     *render.Styles
	keys   dashboardKeys
	width  int
	height int
	slide  int
	offset int
	shown  bool
	// confirm is set while a reveal that would show one person's answers
	// waits for a second press.
	confirm bool
	seen    scanned
	// slides are the drawn slides at linesWidth; nil when they must be
	// drawn again.
	slides     [][]string
	linesWidth int
}

type scanMsg struct{}

func newDashboard(dir string, bank *assessment.Bank, opts DashboardOptions, server *JoinInfo, now func() time.Time) *dashboard {
	if now == nil {
		now = time.Now
	}
	return &dashboard{
		folder: folderLook{dir: Folder(dir), bank: bank, names: opts.Names, server: server},
		// No folder sums up to this stamp: the first look reads it.
		seen: scanned{stamp: "unread"},
		now:  now, st: render.NewStyles(true, opts.Present), keys: newDashboardKeys(),
	}
}

// RunDashboard shows the live view of the results folder dir until the
// user quits or ctx ends.
func RunDashboard(ctx context.Context, dir string, bank *assessment.Bank, opts DashboardOptions, in io.Reader, out io.Writer) error {
	_, err := tea.NewProgram(newDashboard(dir, bank, opts, nil, nil), tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out)).Run()
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
	l, stamp, now := d.folder, d.seen.stamp, d.now()
	return func() tea.Msg { return l.look(stamp, now) }
}

func (d *dashboard) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		d.width, d.height, d.slides = msg.Width, msg.Height, nil
	case tea.BackgroundColorMsg:
		*d.st = *render.NewStyles(msg.IsDark(), d.st.Present)
		d.slides = nil
	case scanned:
		if !msg.changed {
			msg.stamp, msg.group, msg.skipped = d.seen.stamp, d.seen.group, d.seen.skipped
		}
		d.seen, d.slides = msg, nil
		return d, tea.Tick(dashboardEvery, func(time.Time) tea.Msg { return scanMsg{} })
	case scanMsg:
		return d, d.scan()
	case tui.ClosingMsg:
		return d, tea.Quit
	case tea.KeyPressMsg:
		return d, d.press(msg)
	}
	return d, nil
}

// press handles a key: r reveals, space and pgdn go to the next slide,
// pgup back, a digit to that slide, ↑/↓ scroll one that does not fit.
func (d *dashboard) press(msg tea.KeyPressMsg) tea.Cmd {
	confirming := d.confirm
	d.confirm, d.slides = false, nil
	switch {
	case key.Matches(msg, d.keys.Quit), key.Matches(msg, d.keys.Close):
		return tea.Quit
	case key.Matches(msg, d.keys.Reveal):
		// With one or two results the group view is one person's answers:
		// ask before putting that on the projector.
		g := d.seen.group
		if !d.shown && g != nil && g.N > 0 && g.N < privateBelow && !confirming {
			d.confirm = true
			return nil
		}
		d.shown, d.offset = !d.shown, 0
		if d.shown && d.slide == slideJoin {
			d.slide = slideReveal
		}
	case key.Matches(msg, d.keys.Next):
		d.goTo(d.slide + 1)
	case key.Matches(msg, d.keys.Back):
		d.goTo(d.slide - 1)
	case key.Matches(msg, d.keys.Slide):
		d.goTo(int(msg.String()[0] - '1'))
	case key.Matches(msg, d.keys.Down):
		d.offset++
	case key.Matches(msg, d.keys.Up):
		d.offset = max(0, d.offset-1)
	}
	return nil
}

func (d *dashboard) goTo(slide int) {
	slide = max(0, min(slide, slideCount-1))
	if slide != d.slide {
		d.slide, d.offset = slide, 0
	}
}

func (d *dashboard) View() tea.View {
	v := tea.NewView(d.draw())
	v.AltScreen = true
	v.WindowTitle = "powercore workshop"
	return v
}

// contentWidth is the width slides are drawn at: the screen less its
// margins, capped in a window so lines stay readable.
func (d *dashboard) contentWidth() int {
	if d.st.Present {
		return max(20, d.width-4)
	}
	return max(20, min(d.width-4, 120))
}

func (d *dashboard) draw() string {
	if d.width == 0 || d.height == 0 {
		return ""
	}
	st, width := d.st, d.contentWidth()
	head := d.header(width)
	body := d.body(width)
	footer := st.HelpDesc.Render(lipgloss.Wrap(d.helpLine(), width, ""))
	rows := d.bodyRows(head, footer)
	d.offset = max(0, min(d.offset, len(body)-rows))
	end := min(len(body), d.offset+rows)
	screen := head + "\n\n" + strings.Join(body[d.offset:end], "\n")
	gap := max(1, d.height-lipgloss.Height(screen)-lipgloss.Height(footer)-1)
	screen += strings.Repeat("\n", gap) + footer
	return render.Indent("\n"+screen, 2)
}

// bodyRows is how many lines of a slide fit between its header and
// footer.
func (d *dashboard) bodyRows(head, footer string) int {
	return max(3, d.height-lipgloss.Height(head)-lipgloss.Height(footer)-3)
}

// measure is the width prose is wrapped at: wide enough for a projector,
// narrow enough to read across.
func measure(width int) int { return min(width, 100) }

// body is the current slide's lines, drawn once per width and look.
func (d *dashboard) body(width int) []string {
	if d.slides == nil || d.linesWidth != width {
		d.slides, d.linesWidth = make([][]string, slideCount), width
	}
	if d.slides[d.slide] == nil {
		d.slides[d.slide] = strings.Split(d.drawSlide(d.slide, width), "\n")
	}
	return d.slides[d.slide]
}

func (d *dashboard) helpLine() string {
	more := ""
	if d.slide < slideCount-1 {
		more = "space/pgdn next · "
	}
	return more + "pgup back · 1–4 a slide · r reveal/hide · ↑/↓ scroll · q quit · updates every second"
}
