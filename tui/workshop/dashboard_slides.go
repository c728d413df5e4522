package workshop

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
)

// The slides, in the order a workshop goes through them.
const (
	slideJoin = iota
	slideReveal
	slideCompetencies
	slideDiscussion
	slideCount
)

var slideTitles = [slideCount]string{"Joining", "The group's Power Core", "Competencies", "Discussion"}

// header is the top of every slide: where in the deck, and how many have
// finished and are answering.
func (d *dashboard) header(width int) string {
	st := d.st
	title := st.Title.Render("powercore workshop") + st.Subtle.Render(fmt.Sprintf("  ·  %d of %d  ·  %s", d.slide+1, slideCount, slideTitles[d.slide]))
	line := st.Strong.Render(d.countWords())
	if d.seen.skipped > 0 {
		line += st.Subtle.Render(fmt.Sprintf(" · %s in the folder not results", summary.Plural(d.seen.skipped, "file", "files")))
	}
	head := title + "\n" + lipgloss.Wrap(line, width, "")
	switch {
	case d.confirm && d.slide == slideJoin:
		head += "\n" + st.Warn.Render(lipgloss.Wrap(d.confirmWords(), width, ""))
	case d.slide == slideJoin && !d.shown:
		head += "\n" + st.Text.Render(lipgloss.Wrap("The group result is hidden: press r to reveal it when the room is ready.", width, ""))
	}
	if d.seen.err != "" {
		head += "\n" + st.Bad.Render(lipgloss.Wrap(d.seen.err, width, ""))
	}
	return head
}

// countWords says how many have finished and how many are answering; once
// no server runs, unfinished answers are no longer counted as under way.
func (d *dashboard) countWords() string {
	finished := 0
	if d.seen.group != nil {
		finished = d.seen.group.N
	}
	a := d.seen.answering
	switch {
	case d.seen.server != nil:
		return fmt.Sprintf("%d finished · %d answering", finished, a.total)
	case a.total > 0:
		return fmt.Sprintf("%d finished · the workshop server is not running (%d left unfinished)", finished, a.total)
	}
	return fmt.Sprintf("%d finished · the workshop server is not running", finished)
}

// drawSlide draws one slide at a width; the group's slides say they are
// hidden until revealed.
func (d *dashboard) drawSlide(slide, width int) string {
	st, g := d.st, d.seen.group
	if slide == slideJoin {
		return d.joinSlide(width)
	}
	switch {
	case g == nil:
		return st.Subtle.Render("Looking at " + assessment.Printable(string(d.folder.dir)) + " …")
	case d.confirm:
		return st.Warn.Render(lipgloss.Wrap(d.confirmWords(), width, ""))
	case !d.shown:
		return st.Text.Render(lipgloss.Wrap(hiddenWords, width, ""))
	case g.N == 0:
		return st.Text.Render("No results yet: they appear here as people finish.")
	}
	switch slide {
	case slideReveal:
		return d.revealSlide(width)
	case slideCompetencies:
		return d.competencySlide(width)
	}
	return d.discussionSlide(width)
}

// confirmWords asks before revealing a group so small it shows one
// person's answers.
func (d *dashboard) confirmWords() string {
	return fmt.Sprintf("Only %d finished: the group view would show one person's answers to the room. Press r again to reveal it anyway, or any other key to wait.", d.seen.group.N)
}

const hiddenWords = "The group result is hidden. Press r to reveal it when the room is ready; press r again to hide it."

// sectionWords says how many are on each section, and how many have
// stalled: "Where the power sits 4 · Practices 6 · review 1".
func (d *dashboard) sectionWords() string {
	a, b := d.seen.answering, d.folder.bank
	if a.total == 0 || b == nil {
		return ""
	}
	var parts []string
	for i, n := range a.bySection {
		if n == 0 {
			continue
		}
		name := "review"
		if i < len(b.Sections) {
			name = assessment.Printable(b.Sections[i].Title)
		}
		parts = append(parts, fmt.Sprintf("%s %d", name, n))
	}
	return strings.Join(parts, " · ")
}
