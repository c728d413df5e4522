package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/summary"
)

// markdownEscaper keeps text from a bank or a person from being read as
// Markdown or HTML: table pipes, emphasis, links and tags.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;", "#", `\#`,
)

func md(s string) string { return markdownEscaper.Replace(s) }

// WriteMarkdown writes a result as a Markdown document, for a wiki, an
// issue or an e-mail.
func WriteMarkdown(w io.Writer, r *assessment.Result, b *assessment.Bank) error {
	s := summary.Summarize(r, b)
	t := &textWriter{w: w}
	title := md(s.Title)
	if s.Respondent != "" {
		title += " — " + md(s.Respondent)
	}
	t.line("# %s", title)
	t.line("")
	if s.Date != "" {
		t.line("Completed %s · bank `%s` version %s", s.Date, codeSpan(s.Bank.ID), md(s.Bank.Version))
		t.line("")
	}
	t.line("**%s**", md(s.Headline))
	t.line("")
	t.line("%s", md(s.Clarity))
	t.line("")
	if s.NoSupport != "" {
		t.line("%s", md(s.NoSupport))
		t.line("")
	}
	if len(s.Flags) > 0 {
		t.line("## Read with care")
		t.line("")
		for _, f := range s.Flags {
			t.line("- **%s**: %s", md(string(f.Flag)), md(f.Words))
			for _, item := range f.Items {
				t.line("  - %s", md(item))
			}
		}
		t.line("")
	}

	t.line("## Where the power sits")
	t.line("")
	t.line("| Core | Score | Questions won | |")
	t.line("|---|---:|---:|---|")
	for _, c := range s.Cores {
		t.line("| %s | %s | %d | %s |", md(c.Name), summary.Round(c.Score), c.Won, markdownRole(c.Role))
	}
	for _, c := range s.Cards {
		t.line("")
		writeMarkdownCard(t, c)
	}
	if s.Supporting != nil {
		t.line("")
		t.line("### In support: %s", md(s.Supporting.Name))
		t.line("")
		t.line("%s", md(s.Supporting.AsSupport))
	}
	if len(s.Competencies) > 0 {
		t.line("")
		t.line("## Customer-focus competencies")
		t.line("")
		t.line("| Competency | Level reached | Score | Target | |")
		t.line("|---|---|---:|---|---|")
		for _, c := range s.Competencies {
			score, level := "–", c.LevelWords
			if c.Score != nil {
				score = summary.Round(*c.Score)
			} else {
				level = fmt.Sprintf("too few answers (%d of %d rated)", c.Answered, c.Items)
			}
			uphill := ""
			if len(c.Uphill) > 0 {
				uphill = "uphill for " + md(summary.AndList(c.Uphill))
			}
			t.line("| %s | %s | %s | %s (%s) | %s |", md(c.Name), md(level), score, md(c.TargetWords), summary.Round(c.Target), uphill)
		}
	}
	if len(s.Priorities) > 0 || len(s.Actions) > 0 {
		t.line("")
		t.line("## Where to start")
		t.line("")
		if len(s.Actions) == 0 {
			t.line("Every scored competency is at or above its target: keep it there.")
		}
		for i, a := range s.Actions {
			t.line("%d. **%s**  ", i+1, md(a.Text))
			t.line("   %s", md(a.From))
		}
		if len(s.FindOut) > 0 {
			t.line("")
			t.line("### To find out")
			t.line("")
			for _, a := range s.FindOut {
				t.line("- **%s**  ", md(a.Text))
				t.line("  %s", md(a.From))
			}
		}
		if len(s.Weakest) > 0 {
			t.line("")
			t.line("### The lowest-rated practices")
			t.line("")
			for _, p := range s.Weakest {
				t.line("- “%s”: %s (%s)", md(p.Prompt), md(p.Rated), md(p.Competency))
			}
		}
		behind, ahead := s.Behind()
		if len(behind) > 0 {
			t.line("")
			t.line("### Every gap, largest first, with its next steps")
			t.line("")
		}
		for i, p := range behind {
			t.line("%d. **%s**: %s", i+1, md(p.Name), md(summary.GapWords(p.CompetencyLine)))
			for _, step := range p.NextSteps {
				t.line("   - %s", md(step))
			}
		}
		if len(ahead) > 0 {
			t.line("")
			t.line("At or above target: %s.", md(strings.Join(summary.Names(ahead), "; ")))
		}
	}
	if len(s.Reflections) > 0 {
		t.line("")
		t.line("## Your reflections")
		for _, r := range s.Reflections {
			t.line("")
			t.line("**%s**", md(r.Prompt))
			t.line("")
			// Two spaces end a line with a hard break, so the reflection
			// keeps its lines when rendered.
			lines := strings.Split(r.Text, "\n")
			for i, l := range lines {
				if i < len(lines)-1 {
					t.line("> %s  ", md(l))
				} else {
					t.line("> %s", md(l))
				}
			}
		}
	}
	return t.err
}

func writeMarkdownCard(t *textWriter, c summary.Card) {
	t.line("## %s", md(c.Name))
	if c.Summary != "" {
		t.line("")
		t.line("%s", md(c.Summary))
	}
	list := func(title string, items []string, numbered bool) {
		if len(items) == 0 {
			return
		}
		t.line("")
		t.line("**%s**", title)
		t.line("")
		for i, s := range items {
			if numbered {
				t.line("%d. %s", i+1, md(s))
			} else {
				t.line("- %s", md(s))
			}
		}
	}
	list("Strengths to build on", c.Strengths, false)
	list("Customer hot spots to watch", c.HotSpots, false)
	list(md(summary.KickstartTitle(c.Name)), c.Kickstart, true)
}

// markdownRole writes a core's role, the dominant one in bold.
func markdownRole(role string) string {
	if role == "dominant" {
		return "**dominant**"
	}
	return role
}

// codeSpan keeps an id readable inside backticks.
func codeSpan(s string) string { return strings.ReplaceAll(s, "`", "'") }
