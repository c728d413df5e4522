package workshop

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/tui/render"
)

// joinSlide is the first slide, up while people arrive: the command to
// type in large type, the passphrase, this computer's addresses, the host
// key's fingerprint to check, and where everyone is.
func (d *dashboard) joinSlide(width int) string {
	// The passphrase in large type too, when the screen is tall enough.
	if slide := d.joinDetails(width, true); lipgloss.Height(slide) <= d.bodyRows(d.header(width), d.helpLine()) {
		return slide
	}
	return d.joinDetails(width, false)
}

// joinDetails draws the joining slide, with the passphrase in large type
// or not.
func (d *dashboard) joinDetails(width int, bigPassphrase bool) string {
	st, j := d.st, d.seen.server
	text := measure(width)
	var b strings.Builder
	if j == nil {
		b.WriteString(st.Warn.Render(lipgloss.Wrap("The workshop server is not running on this folder.", width, "")))
		b.WriteString("\n" + st.Text.Render(lipgloss.Wrap(fmt.Sprintf("Start it with powercore serve --results %s: while it runs, how to join (the command to type, the passphrase, this computer's addresses and its host key) shows here, read from %s.", assessment.Printable(string(d.folder.dir)), assessment.Printable(d.folder.dir.JoinFile())), width, "")))
	} else {
		b.WriteString(st.Heading.Render("Join from your own laptop: open a terminal and type"))
		command := j.Command("yourname")
		if big, ok := render.BigText(command, width, st); ok {
			b.WriteString("\n\n" + big + "\n")
		} else {
			b.WriteString("\n\n" + st.Banner.Render(lipgloss.Wrap(command, width, "")) + "\n")
		}
		b.WriteString("\n" + st.Subtle.Render(lipgloss.Wrap("yourname: your own name, to pick up where you were if you drop out. No name is shown to the room.", text, "")))
		label := func(name, value string) {
			b.WriteString("\n" + st.Subtle.Render(fmt.Sprintf("%-12s", name)) + lipgloss.Wrap(value, max(10, width-12), ""))
		}
		b.WriteString("\n")
		big, ok := render.BigText(assessment.Printable(j.Passphrase), width, st)
		switch {
		case j.Passphrase != "" && bigPassphrase && ok:
			b.WriteString("\n" + st.Subtle.Render("passphrase") + "\n" + big + "\n")
		case j.Passphrase != "":
			label("passphrase", st.Banner.Render(assessment.Printable(j.Passphrase)))
		default:
			label("passphrase", st.Text.Render("none: only the SSH keys the facilitator listed get in"))
		}
		label("address", st.Strong.Render(strings.Join(printableAll(j.Addresses), " · "))+st.Subtle.Render("  (this computer on the room's network)"))
		if j.LocalOnly {
			b.WriteString("\n" + st.Warn.Render(lipgloss.Wrap("The server listens on this computer only: restart it with --listen 0.0.0.0:"+j.Port+" to open it to the room.", width, "")))
		}
		if j.Fingerprint != "" {
			label("host key", st.Strong.Render(j.Fingerprint))
			b.WriteString("\n" + st.Subtle.Render(lipgloss.Wrap("The first time, ssh shows this key and asks whether to go on: answer yes only if it is the same.", text, "")))
		}
	}
	if block := d.answeringBlock(width); block != "" {
		b.WriteString("\n\n" + block)
	}
	return b.String()
}

// answeringBlock says where the people still answering are, without
// names.
func (d *dashboard) answeringBlock(width int) string {
	st, a := d.st, d.seen.answering
	var lines []string
	if d.seen.server != nil && a.total > 0 {
		line := st.Strong.Render(fmt.Sprintf("%d answering", a.total))
		if where := d.sectionWords(); where != "" {
			line += st.Text.Render(": " + where)
		}
		lines = append(lines, lipgloss.Wrap(line, width, ""))
		if a.stalled > 0 {
			lines = append(lines, st.Warn.Render(lipgloss.Wrap(fmt.Sprintf("%d with no answer for 5 minutes or more: someone may need a hand.", a.stalled), width, "")))
		}
	}
	if d.shown {
		lines = append(lines, st.Text.Render(lipgloss.Wrap("The group result is revealed: space shows it.", width, "")))
	}
	return strings.Join(lines, "\n")
}

func printableAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = assessment.Printable(s)
	}
	return out
}
