package tui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/assessment/store"
	"github.com/powercore/powercore/assessment/summary"
	"github.com/powercore/powercore/tui/render"
)

// summaryScreen scrolls through the result and saves it.
type summaryScreen struct {
	// lines is the summary drawn at width; nil when it must be redrawn.
	lines  []string
	width  int
	offset int

	// saving is set while the save prompt is up; overwrite names a file
	// waiting for a yes before it is replaced.
	saving bool
	// path is what was typed in the save prompt; suggested is the free
	// dated name it offers, taken when nothing is typed.
	path      string
	suggested string
	overwrite string

	message string
	bad     bool
	help    bool
}

func (s *summaryScreen) invalidate() { s.lines = nil }

// summaryLines draws the summary for the current width, once per width.
func (m *model) summaryLines() []string {
	w := m.contentWidth()
	if m.summary.lines == nil || m.summary.width != w {
		s := summary.Summarize(m.result, m.bank)
		m.summary.lines = strings.Split(render.RenderSummary(s, w, m.st), "\n")
		m.summary.width = w
	}
	return m.summary.lines
}

// summaryRows is how many summary lines fit above the status and help.
func (m *model) summaryRows() int {
	return max(3, m.height-5)
}

func (m *model) updateSummary(msg tea.Msg) tea.Cmd {
	s := &m.summary
	if s.saving {
		return m.updateSavePrompt(msg)
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	if s.overwrite != "" {
		path := s.overwrite
		s.overwrite = ""
		if k.String() == "y" || k.String() == "Y" {
			_ = m.save(path, true)
		} else {
			s.message, s.bad = "Not saved: "+assessment.Printable(path)+" was left as it was.", false
		}
		return nil
	}
	rows := m.summaryRows()
	last := max(0, len(m.summaryLines())-rows)
	switch {
	case s.help:
		s.help = false
	case key.Matches(k, m.keys.Up):
		s.offset--
	case key.Matches(k, m.keys.Down):
		s.offset++
	case key.Matches(k, m.keys.PageUp):
		s.offset -= rows - 1
	case key.Matches(k, m.keys.PageDn):
		s.offset += rows - 1
	case key.Matches(k, m.keys.Top):
		s.offset = 0
	case key.Matches(k, m.keys.Bottom):
		s.offset = last
	case key.Matches(k, m.keys.Save) && m.opts.Roster == nil:
		return m.openSavePrompt()
	case key.Matches(k, m.keys.Help):
		s.help = true
	case key.Matches(k, m.keys.Close):
		return tea.Quit
	}
	s.offset = max(0, min(s.offset, last))
	return nil
}

// openSavePrompt asks where to save, suggesting a dated name that is free.
// The suggestion is a placeholder, so that what is typed replaces it; a
// name that could not be saved to stays, to be corrected.
func (m *model) openSavePrompt() tea.Cmd {
	s := &m.summary
	if !s.bad {
		s.path = ""
	}
	s.saving = true
	s.message = ""
	s.suggested = freeName("", m.opts.Now().Format("powercore-2006-01-02"), ".json")
	input := huh.NewInput().
		Title("Save the result to").
		// No dot before an extension: huh breaks lines after a dot.
		Description("enter alone saves to the name shown; the extension sets the format: " + export.Extensions()).
		Placeholder(s.suggested).
		CharLimit(maxPathInput).
		Value(&s.path)
	m.form = m.newForm(input)
	cmd := m.form.Init()
	m.sizeForm()
	return cmd
}

func (m *model) updateSavePrompt(msg tea.Msg) tea.Cmd {
	s := &m.summary
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, m.keys.Cancel):
			s.saving, m.form = false, nil
			s.message, s.bad = "Not saved.", false
			return nil
		case k.String() == "enter":
			s.saving, m.form = false, nil
			path := expandHome(strings.TrimSpace(s.path))
			if path == "" {
				path = s.suggested
			}
			if path == "" {
				s.message, s.bad = "Not saved: no file name given.", true
				return nil
			}
			if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
				s.overwrite = path
				return nil
			}
			_ = m.save(path, false)
			return nil
		}
	}
	_, cmd := m.form.Update(msg)
	return cmd
}

// save writes the result to path in the format its extension names, and
// says on screen how that went.
func (m *model) save(path string, force bool) error {
	err := m.saveTo(path, force)
	m.saidSave(path, err)
	return err
}

// saidSave puts on the summary what became of saving to path.
func (m *model) saidSave(path string, err error) {
	s := &m.summary
	switch {
	case errors.Is(err, store.ErrExists):
		s.overwrite, s.message, s.bad = path, "", true
	case err != nil:
		s.message, s.bad = "Not saved: "+assessment.Printable(err.Error()), true
	default:
		s.message, s.bad = "Saved to "+assessment.Printable(path), false
	}
}

// unwrapAll is the innermost reason of an error, for a participant (who
// needs no file paths of the facilitator's computer).
func unwrapAll(err error) error {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err
		}
		err = next
	}
}

// freeName is base+ext in the folder dir ("" for the current one),
// numbered if that is taken.
func freeName(dir, base, ext string) string {
	name := filepath.Join(dir, base+ext)
	for i := 2; i < 1000; i++ {
		if _, err := os.Lstat(name); errors.Is(err, os.ErrNotExist) {
			return name
		}
		name = filepath.Join(dir, fmt.Sprintf("%s-%d%s", base, i, ext))
	}
	return name
}

// expandHome turns a leading ~/ into the home folder.
func expandHome(path string) string {
	if strings.HasPrefix(path, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, path[2:])
		}
	}
	return path
}

func (m *model) summaryView() string {
	st := m.st
	s := &m.summary
	if s.help {
		return m.page(m.summaryHelp(), m.helpLine(key.NewBinding(key.WithKeys("any"), key.WithHelp("any key", "back to the result")), m.keys.Quit))
	}
	lines := m.summaryLines()
	rows := m.summaryRows()
	s.offset = max(0, min(s.offset, len(lines)-rows))
	end := min(len(lines), s.offset+rows)
	body := strings.Join(lines[s.offset:end], "\n")

	var status string
	switch {
	case s.overwrite != "":
		status = st.Warn.Render(fmt.Sprintf("%s exists. Overwrite it? y/n", assessment.Printable(s.overwrite)))
	case s.message != "" && s.bad:
		status = st.Bad.Render(m.wrapText(s.message))
	case s.message != "":
		status = st.Good.Render(m.wrapText(s.message))
	case end < len(lines):
		status = st.Subtle.Render(fmt.Sprintf("lines %d–%d of %d · ↓ for more", s.offset+1, end, len(lines)))
	default:
		status = st.Subtle.Render("end of the result")
	}
	keys := []key.Binding{m.keys.Save, m.keys.Help, m.keys.Close}
	if m.opts.Roster != nil {
		keys = []key.Binding{m.keys.Help, m.keys.Close}
	}
	if end < len(lines) {
		keys = append([]key.Binding{m.keys.Down}, keys...)
	}
	footer := status + "\n" + m.helpLine(keys...)
	if s.saving && m.form != nil {
		footer = m.form.View() + "\n" + m.helpLine(
			key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")),
			m.keys.Cancel)
	}
	return m.page(body, footer)
}

func (m *model) summaryHelp() string {
	st := m.st
	rows := [][2]string{
		{"↑/↓ k/j", "scroll a line"},
		{"pgup/pgdn space", "scroll a page"},
		{"home/end g/G", "top, bottom"},
		{"s", "save the result: " + export.Uses()},
		{"q esc", "quit"},
		{"ctrl+c", "quit at once"},
	}
	if m.opts.Roster != nil {
		rows = slices.DeleteFunc(rows, func(r [2]string) bool { return r[0] == "s" })
	}
	var b strings.Builder
	b.WriteString(st.Title.Render("Keys"))
	descW := max(10, m.contentWidth()-17)
	for _, r := range rows {
		lines := strings.Split(lipgloss.Wrap(r[1], descW, ""), "\n")
		b.WriteString("\n" + st.HelpKey.Render(fmt.Sprintf("%-16s", r[0])) + " " + st.Text.Render(lines[0]))
		for _, l := range lines[1:] {
			b.WriteString("\n" + strings.Repeat(" ", 17) + st.Text.Render(l))
		}
	}
	return b.String()
}
