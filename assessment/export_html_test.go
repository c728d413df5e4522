package assessment_test

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export/html"
	"github.com/powercore/powercore/assessment/summary"
)

// htmlPerson is a made-up respondent for the HTML reports: how they split
// the points on the six Power Core questions and how they rate the
// practice items, both in bank order.
type htmlPerson struct {
	name      string
	completed string
	// splits are the six point questions' answers, as YAML flow maps.
	splits [6]string
	// levels are the 18 practice items: a level, or ? for don't know.
	levels string
	// dropBall answers the first reflection question.
	dropBall string
	// fast records a second and a half per answer.
	fast bool
}

// The leadership team in the first quarter: Ada and Katherine see Sales,
// Grace sees IT and Product, Dorothy the customer. The group's top core is
// Sales with 2 of 4 agreeing (low consensus) and a wide spread on it.
var htmlTeamQ1 = []htmlPerson{
	{
		name: "Ada Lovelace", completed: "2026-05-04T09:00:00Z",
		splits: [6]string{
			"product: 1, sales: 5, marketing: 1, it: 2, customer: 1",
			"product: 1, sales: 4, marketing: 1, vertical: 1, it: 3",
			"sales: 6, marketing: 1, it: 2, customer: 1",
			"product: 1, sales: 5, vertical: 1, it: 3",
			"sales: 6, marketing: 1, it: 2, customer: 1",
			"product: 1, sales: 4, marketing: 1, it: 3, customer: 1",
		},
		levels:   "2 1 0 1  1 ? 2  3 3 2 3  1 2 2  2 1 1 2",
		dropBall: "Renewals: we chase new logos and forget the customers we already have.\nHandoffs after the sale, too.",
	},
	{
		name: "Grace Hopper", completed: "2026-05-04T09:02:00Z",
		splits: [6]string{
			"product: 4, sales: 1, vertical: 1, it: 4",
			"product: 5, sales: 1, it: 4",
			"product: 3, sales: 1, marketing: 1, it: 5",
			"product: 4, sales: 1, vertical: 1, it: 3, customer: 1",
			"product: 3, sales: 2, it: 4, customer: 1",
			"product: 4, marketing: 1, it: 4, customer: 1",
		},
		levels: "3 2 3 2  1 0 1  4 4 3 4  3 4 3  2 2 1 2",
	},
	{
		name: "Katherine Johnson", completed: "2026-05-04T09:03:00Z",
		splits: [6]string{
			"sales: 6, marketing: 2, customer: 2",
			"sales: 5, marketing: 3, product: 2",
			"sales: 7, marketing: 2, it: 1",
			"sales: 5, marketing: 3, customer: 2",
			"sales: 6, marketing: 2, product: 2",
			"sales: 5, marketing: 3, customer: 2",
		},
		levels: "1 1 0 1  0 1 1  2 2 1 2  1 1 2  1 0 1 1",
	},
	{
		name: "Dorothy Vaughan", completed: "2026-05-04T09:05:00Z",
		splits: [6]string{
			"customer: 4, sales: 3, vertical: 2, it: 1",
			"customer: 3, sales: 2, vertical: 4, it: 1",
			"customer: 5, sales: 2, vertical: 2, marketing: 1",
			"customer: 4, sales: 3, vertical: 3",
			"customer: 4, sales: 2, vertical: 2, product: 2",
			"customer: 5, sales: 3, vertical: 2",
		},
		levels: "3 3 2 2  3 2 3  3 2 2 3  2 2 1  3 3 2 2",
	},
}

// The same team two quarters later: Ada has moved towards the customer,
// and the practice has improved across the board.
var htmlTeamQ3 = []htmlPerson{
	{
		name: "Ada Lovelace", completed: "2026-11-23T09:00:00Z",
		splits: [6]string{
			"product: 1, sales: 4, it: 2, customer: 3",
			"product: 1, sales: 3, vertical: 1, it: 2, customer: 3",
			"sales: 5, it: 2, customer: 3",
			"product: 1, sales: 3, it: 3, customer: 3",
			"sales: 4, marketing: 1, it: 2, customer: 3",
			"product: 1, sales: 3, it: 2, customer: 4",
		},
		levels:   "3 3 2 3  2 2 2  3 3 3 3  2 2 2  3 2 2 3",
		dropBall: "Win-backs: we still lose the small accounts without noticing.",
	},
	{
		name: "Grace Hopper", completed: "2026-11-23T09:01:00Z",
		splits: [6]string{
			"product: 3, sales: 1, it: 4, customer: 2",
			"product: 4, sales: 1, it: 4, customer: 1",
			"product: 3, sales: 1, it: 5, customer: 1",
			"product: 3, sales: 1, it: 4, customer: 2",
			"product: 3, sales: 2, it: 3, customer: 2",
			"product: 3, it: 4, customer: 3",
		},
		levels: "3 3 3 3  2 1 2  4 4 4 4  3 4 3  3 2 2 3",
	},
	{
		name: "Katherine Johnson", completed: "2026-11-23T09:02:00Z",
		splits: [6]string{
			"sales: 5, marketing: 2, customer: 3",
			"sales: 5, marketing: 2, customer: 3",
			"sales: 6, marketing: 2, customer: 2",
			"sales: 5, marketing: 2, customer: 3",
			"sales: 5, marketing: 2, customer: 3",
			"sales: 5, marketing: 2, customer: 3",
		},
		levels: "2 2 1 2  1 1 2  2 3 2 2  2 2 2  2 1 2 2",
	},
	{
		name: "Dorothy Vaughan", completed: "2026-11-23T09:04:00Z",
		splits: [6]string{
			"customer: 5, sales: 3, vertical: 2",
			"customer: 4, sales: 2, vertical: 4",
			"customer: 5, sales: 3, vertical: 2",
			"customer: 5, sales: 3, vertical: 2",
			"customer: 5, sales: 2, vertical: 3",
			"customer: 6, sales: 2, vertical: 2",
		},
		levels: "4 3 3 3  3 3 3  3 3 3 3  3 3 2  3 3 3 3",
	},
}

// htmlDiffuse has no clear core, leadership without a score, and three
// quality flags: straight-lining, even-split and fast.
var htmlDiffuse = htmlPerson{
	completed: "2026-11-23T09:00:00Z",
	splits: [6]string{
		"product: 2, sales: 2, marketing: 2, vertical: 2, it: 1, customer: 1",
		"product: 1, sales: 1, marketing: 2, vertical: 2, it: 2, customer: 2",
		"product: 2, sales: 1, marketing: 2, vertical: 1, it: 2, customer: 2",
		"product: 2, sales: 2, marketing: 1, vertical: 1, it: 2, customer: 2",
		"product: 2, sales: 2, marketing: 2, vertical: 1, it: 1, customer: 2",
		"product: 1, sales: 2, marketing: 1, vertical: 2, it: 2, customer: 2",
	},
	levels: "2 2 2 2  2 2 2  2 2 2 3  2 2 2  2 ? ? ?",
	fast:   true,
}

// htmlBank reads the default bank, with each of edits (old → new) made to
// its source first.
func htmlBank(t testing.TB, edits ...string) *assessment.Bank {
	t.Helper()
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(src, edits[i]) {
			t.Fatalf("the default bank has no %q to replace", edits[i])
		}
		src = strings.Replace(src, edits[i], edits[i+1], 1)
	}
	b, err := assessment.Parse("questions.yaml", []byte(src))
	if err != nil {
		t.Fatalf("the bank does not parse: %v", err)
	}
	return b
}

// score scores a person against b, with fixed times.
func (p htmlPerson) score(t testing.TB, b *assessment.Bank) *assessment.Result {
	t.Helper()
	var y strings.Builder
	y.WriteString("answers:\n")
	i := 0
	var scale []assessment.Question
	for _, q := range b.Questions() {
		switch q.Kind {
		case assessment.Allocate:
			fmt.Fprintf(&y, "  %s: {%s}\n", q.ID, p.splits[i])
			i++
		case assessment.Scale:
			scale = append(scale, q)
		}
	}
	levels := strings.Fields(p.levels)
	if len(levels) != len(scale) || i != len(p.splits) {
		t.Fatalf("%s: %d levels and %d splits for %d items and %d point questions", p.name, len(levels), len(p.splits), len(scale), i)
	}
	for j, q := range scale {
		level := levels[j]
		if level == "?" {
			level = assessment.DontKnow
		}
		fmt.Fprintf(&y, "  %s: %s\n", q.ID, level)
	}
	resp, err := assessment.ReadResponse("answers.yaml", []byte(y.String()), b)
	if err != nil {
		t.Fatalf("%s: %v\n%s", p.name, err, y.String())
	}
	if p.dropBall != "" {
		resp.Answers = resp.Answers.With("drop-ball", assessment.TextAnswer(p.dropBall))
	}
	done, err := time.Parse(time.RFC3339, p.completed)
	if err != nil {
		t.Fatal(err)
	}
	resp.Respondent, resp.StartedAt, resp.CompletedAt = p.name, done.Add(-6*time.Minute), done
	if p.fast {
		resp.Seconds = map[string]float64{}
		for _, q := range b.Questions()[:8] {
			resp.Seconds[q.ID] = 1.5
		}
	}
	r := assessment.Score(b, *resp)
	return &r
}

func htmlGroup(t testing.TB, b *assessment.Bank, team []htmlPerson) assessment.Group {
	t.Helper()
	var named []assessment.Named
	for _, p := range team {
		named = append(named, assessment.Named{Name: p.name, Result: p.score(t, b)})
	}
	return assessment.Aggregate(named, b)
}

func writeHTML(t testing.TB, write func(*bytes.Buffer) error) string {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatalf("write html: %v", err)
	}
	return buf.String()
}

// htmlReport is one HTML report of the test set, and how to write it.
type htmlReport struct {
	name  string
	write func(*bytes.Buffer) error
}

// htmlReports are the reports with golden files: a result with and
// without its bank, a group, and comparisons of two results and of two
// groups.
func htmlReports(t testing.TB) []htmlReport {
	t.Helper()
	b := htmlBank(t)
	ada1, ada3 := htmlTeamQ1[0].score(t, b), htmlTeamQ3[0].score(t, b)
	diffuse := htmlDiffuse.score(t, b)
	q1, q3 := htmlGroup(t, b, htmlTeamQ1), htmlGroup(t, b, htmlTeamQ3)
	people := summary.Compare(assessment.ProfileOf(ada1, "Q1"), assessment.ProfileOf(ada3, "Q3"))
	teams := summary.Compare(assessment.ProfileOfGroup(&q1, "Leadership team, Q1"), assessment.ProfileOfGroup(&q3, "Leadership team, Q3"))

	// What the fixtures must be, so a golden is never refreshed from a
	// wrong score.
	for _, check := range []struct {
		what      string
		got, want any
	}{
		{"Ada's dominant core in Q1", ada1.Dominant, []string{"sales"}},
		{"Ada's supporting core in Q1", ada1.Supporting, "it"},
		{"the diffuse result's dominant cores", diffuse.Dominant, []string{}},
		{"the diffuse result's flags", diffuse.Flags, []assessment.Flag{assessment.StraightLining, assessment.EvenSplit, assessment.Fast}},
		{"the Q1 group's dominant cores", q1.Dominant, []string{"sales"}},
		{"the Q1 group's flags", q1.Flags, []string{assessment.LowConsensus, assessment.WideSpread}},
		{"the Q1 group's size", q1.N, 4},
	} {
		if fmt.Sprint(check.got) != fmt.Sprint(check.want) {
			t.Fatalf("%s: got %v, want %v", check.what, check.got, check.want)
		}
	}
	if len(people.Changes) == 0 || len(teams.Changes) == 0 {
		t.Fatalf("the comparisons call out nothing: %q and %q", people.Changes, teams.Changes)
	}
	return []htmlReport{
		{"result", func(w *bytes.Buffer) error { return html.WriteResult(w, ada1, b) }},
		{"result-diffuse-without-bank", func(w *bytes.Buffer) error { return html.WriteResult(w, diffuse, nil) }},
		{"group", func(w *bytes.Buffer) error { return html.WriteGroup(w, &q1, b) }},
		{"compare-results", func(w *bytes.Buffer) error { return html.WriteComparison(w, &people, b) }},
		{"compare-groups", func(w *bytes.Buffer) error { return html.WriteComparison(w, &teams, b) }},
	}
}

// TestHTML compares each HTML report with its golden file in
// testdata/TestHTML; refresh them with `go test ./assessment -run HTML
// -update`, then look at them in a browser.
func TestHTML(t *testing.T) {
	for _, r := range htmlReports(t) {
		t.Run(r.name, func(t *testing.T) {
			out := writeHTML(t, r.write)
			if again := writeHTML(t, r.write); again != out {
				t.Fatal("written twice, the report differs: the output is not deterministic")
			}
			golden.RequireEqual(t, out)
		})
	}
}

var (
	// startTag finds the tags of a page: escaped text holds no raw "<".
	startTag  = regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>`)
	attribute = regexp.MustCompile(`([a-zA-Z][a-zA-Z0-9:_-]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)`)
	styleText = regexp.MustCompile(`(?is)<style[^>]*>(.*?)</style>`)
	cssFetch  = regexp.MustCompile(`(?i)url\s*\(|@import|//`)
)

// fetchingTags are the elements that load or run something.
var fetchingTags = []string{"script", "link", "iframe", "frame", "object", "embed", "img", "image", "base", "audio", "video", "source", "track", "use", "foreignobject", "form", "portal"}

// externalRefs lists everything in a page that would fetch or run
// something: elements that load, attributes that point anywhere but a
// fragment of the page, event handlers, CSS that imports or loads.
func externalRefs(page string) []string {
	var found []string
	for _, tag := range startTag.FindAllStringSubmatch(page, -1) {
		if slices.Contains(fetchingTags, strings.ToLower(tag[1])) {
			found = append(found, tag[0])
		}
		for _, a := range attribute.FindAllStringSubmatch(tag[2], -1) {
			name, value := strings.ToLower(a[1]), strings.Trim(a[2], `"'`)
			switch {
			case name == "href" || name == "xlink:href":
				if !strings.HasPrefix(value, "#") {
					found = append(found, tag[0])
				}
			case slices.Contains([]string{"src", "srcset", "action", "formaction", "poster", "data", "background", "ping", "manifest", "codebase", "cite", "longdesc", "http-equiv"}, name),
				strings.HasPrefix(name, "on"):
				found = append(found, tag[0])
			case name == "style" && cssFetch.MatchString(value):
				found = append(found, tag[0])
			}
		}
	}
	for _, css := range styleText.FindAllStringSubmatch(page, -1) {
		if m := cssFetch.FindString(css[1]); m != "" {
			found = append(found, "<style> with "+m)
		}
	}
	if strings.Contains(page, "<?xml-stylesheet") {
		found = append(found, "<?xml-stylesheet")
	}
	return found
}

func TestHTMLExternalRefsFinds(t *testing.T) {
	for _, bad := range []string{
		`<img src="x.png">`, `<script>alert(1)</script>`, `<a href="https://example.com">`, `<a href='//cdn.example'>`,
		`<link rel=stylesheet href=x.css>`, `<style>@import "x.css";</style>`, `<style>body{background:url(x.png)}</style>`,
		`<div style="background: URL ( x )">`, `<svg><image href="x.png"/></svg>`, `<p onclick="steal()">`,
		`<meta http-equiv="refresh" content="0;url=x">`, `<IFRAME SRC=x>`,
	} {
		if len(externalRefs(bad)) == 0 {
			t.Errorf("externalRefs misses %s", bad)
		}
	}
	if got := externalRefs(`<a href="#flags">flags</a><p>&lt;img src=x&gt; http://example.com</p>`); len(got) > 0 {
		t.Errorf("externalRefs flags a fragment link or escaped text: %q", got)
	}
}

// allHTML is every report of the test set, plus hostile ones, by name.
func allHTML(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, r := range htmlReports(t) {
		out[r.name] = writeHTML(t, r.write)
	}
	for name, page := range hostileHTML(t) {
		out[name] = page
	}
	return out
}

func TestHTMLIsSelfContained(t *testing.T) {
	for name, page := range allHTML(t) {
		t.Run(name, func(t *testing.T) {
			if found := externalRefs(page); len(found) > 0 {
				t.Errorf("the page reaches outside itself: %q", found)
			}
			for _, r := range page {
				if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
					t.Errorf("the page has the control character %q", r)
					break
				}
			}
			for _, want := range []string{
				"<!DOCTYPE html>\n<html lang=\"en\">", `<meta charset="utf-8">`,
				`<meta name="viewport" content="width=device-width, initial-scale=1">`, "<title>", "@media print",
			} {
				if !strings.Contains(page, want) {
					t.Errorf("the page has no %s", want)
				}
			}
		})
	}
}

const (
	scriptName = "<script>alert(1)</script>"
	osc52Name  = "\x1b]52;c;aGk=\x07"
)

// hostileHTML is every kind of report with markup and terminal escapes in
// the respondent's name, a reflection, a core's name and a label.
func hostileHTML(t *testing.T) map[string]string {
	t.Helper()
	b := htmlBank(t, "name: Sales\n", `name: "Sales <img src=x onerror=alert(2)>"`+"\n")
	p := htmlTeamQ1[0]
	p.name = scriptName + " " + osc52Name
	p.dropBall = "</blockquote><script>steal()</script>\n" + osc52Name + " done"
	r := p.score(t, b)
	q := htmlTeamQ1[1]
	q.name = osc52Name + "<b>Grace</b>"
	g := assessment.Aggregate([]assessment.Named{{Name: p.name, Result: r}, {Name: q.name, Result: q.score(t, b)}}, b)
	c := summary.Compare(assessment.ProfileOf(r, scriptName), assessment.ProfileOfGroup(&g, osc52Name))
	return map[string]string{
		"hostile result":     writeHTML(t, func(w *bytes.Buffer) error { return html.WriteResult(w, r, b) }),
		"hostile group":      writeHTML(t, func(w *bytes.Buffer) error { return html.WriteGroup(w, &g, b) }),
		"hostile comparison": writeHTML(t, func(w *bytes.Buffer) error { return html.WriteComparison(w, &c, b) }),
	}
}

func TestHTMLEscapesUserText(t *testing.T) {
	pages := hostileHTML(t)
	for name, page := range pages {
		t.Run(name, func(t *testing.T) {
			for _, bad := range []string{"<script", "</script", "<img", "<b>", "\x1b", "\x07", "</blockquote><"} {
				if strings.Contains(page, bad) {
					t.Errorf("the page keeps %q as it came", bad)
				}
			}
			// Each shows as harmless, visible text.
			wants := []string{`\x1b]52;c;aGk=\x07`}
			switch name {
			case "hostile result":
				wants = append(wants, "&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;/blockquote&gt;&lt;script&gt;steal()&lt;/script&gt;",
					"Sales &lt;img src=x onerror=alert(2)&gt;", "<title>Power Core — &lt;script&gt;alert(1)&lt;/script&gt; ")
			case "hostile group":
				wants = append(wants, "&lt;script&gt;alert(1)&lt;/script&gt;", `\x1b]52;c;aGk=\x07&lt;b&gt;Grace&lt;/b&gt;`)
			case "hostile comparison":
				wants = append(wants, "<h1>&lt;script&gt;alert(1)&lt;/script&gt; → ")
			}
			for _, want := range wants {
				if !strings.Contains(page, want) {
					t.Errorf("the page does not show %s", want)
				}
			}
		})
	}
}

var (
	radarSVG    = regexp.MustCompile(`(?s)<svg class="radar"[^>]*>.*?</svg>`)
	labelledBy  = regexp.MustCompile(`^<svg class="radar"[^>]* role="img" aria-labelledby="([^" ]+) ([^" ]+)"`)
	seriesShape = regexp.MustCompile(`<polygon class="series (\w+)" points="([^"]*)"/>`)
	barSVG      = regexp.MustCompile(`(?s)<svg class="bar"[^>]* role="img" aria-labelledby="([^" ]+) ([^" ]+)">.*?</svg>`)
)

// htmlElementText is the text of the element with an id, tags removed.
func htmlElementText(t *testing.T, page, tag, id string) string {
	t.Helper()
	m := regexp.MustCompile(`(?s)<` + tag + ` id="` + regexp.QuoteMeta(id) + `">(.*?)</` + tag + `>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no <%s id=%q>", tag, id)
	}
	return m[1]
}

func TestHTMLChartStructure(t *testing.T) {
	b := htmlBank(t)
	ada := htmlTeamQ1[0].score(t, b)
	shapes := map[string][]string{
		"result":                      {"main"},
		"result-diffuse-without-bank": {"main"},
		"group":                       {"main"},
		"compare-results":             {"before", "main"},
		"compare-groups":              {"before", "main"},
	}
	for _, r := range htmlReports(t) {
		t.Run(r.name, func(t *testing.T) {
			page := writeHTML(t, r.write)
			svg := radarSVG.FindString(page)
			if svg == "" {
				t.Fatal("no radar chart")
			}
			ids := labelledBy.FindStringSubmatch(svg)
			if ids == nil {
				t.Fatalf("the chart is not an image labelled by its title and description:\n%s", svg[:min(200, len(svg))])
			}
			title, desc := htmlElementText(t, svg, "title", ids[1]), htmlElementText(t, svg, "desc", ids[2])
			if title == "" || desc == "" {
				t.Errorf("the chart's title %q or description %q is empty", title, desc)
			}
			if n := strings.Count(svg, `<text class="axis-label"`); n != 6 {
				t.Errorf("the chart has %d axis labels, want 6", n)
			}
			var got []string
			for _, m := range seriesShape.FindAllStringSubmatch(svg, -1) {
				got = append(got, m[1])
				if n := len(strings.Fields(m[2])); n != 6 {
					t.Errorf("the %s shape has %d points, want 6: %s", m[1], n, m[2])
				}
			}
			if !slices.Equal(got, shapes[r.name]) {
				t.Errorf("the chart draws %q, want %q", got, shapes[r.name])
			}
			bars := barSVG.FindAllStringSubmatch(page, -1)
			if len(bars) != 5 {
				t.Errorf("%d competency bars, want 5", len(bars))
			}
			for _, bar := range bars {
				if htmlElementText(t, bar[0], "title", bar[1]) == "" || htmlElementText(t, bar[0], "desc", bar[2]) == "" {
					t.Errorf("a bar has no title or description:\n%s", bar[0])
				}
				if !strings.Contains(bar[0], `<line class="target"`) || !strings.Contains(bar[0], ">target 75</text>") {
					t.Errorf("a bar has no labelled target tick:\n%s", bar[0])
				}
			}
			switch r.name {
			case "result":
				// The description and the table under the chart state every score.
				for _, c := range ada.Cores {
					if !strings.Contains(desc, fmt.Sprintf("%s %s", c.Name, summary.Round(c.Score))) {
						t.Errorf("the description does not state %s's score %s: %s", c.Name, summary.Round(c.Score), desc)
					}
					row := fmt.Sprintf(`<th scope="row">%s</th><td class="num">%s</td>`, c.Name, summary.Round(c.Score))
					if !strings.Contains(page, row) {
						t.Errorf("the table has no row %s", row)
					}
				}
				for _, word := range []string{"Strengths to build on", "Customer hot spots to watch", "Kickstart", "Where to start", "Your reflections"} {
					if !strings.Contains(page, word) {
						t.Errorf("the result has no %q", word)
					}
				}
			case "result-diffuse-without-bank":
				for _, word := range []string{"straight-lining", "even-split", "fast", "Not enough answers for a score"} {
					if !strings.Contains(page, word) {
						t.Errorf("the diffuse result does not say %q", word)
					}
				}
			case "group":
				if !strings.Contains(svg, `<path class="band"`) {
					t.Error("the group chart has no band for the members' range")
				}
				if n := strings.Count(svg, `<circle class="dot"`); n != 4*6 {
					t.Errorf("the group chart has %d member dots, want %d", n, 4*6)
				}
				if n := strings.Count(svg, `<line class="whisker"`); n != 6*3 {
					t.Errorf("the group chart has %d whisker lines, want %d", n, 6*3)
				}
				for _, word := range []string{"Low consensus", "Wide spread on Sales", "Katherine Johnson", "Shares the group&#39;s top core"} {
					if !strings.Contains(page, word) {
						t.Errorf("the group report does not say %q", word)
					}
				}
			case "compare-results", "compare-groups":
				for _, word := range []string{"dashed line, square markers", "solid line, round markers", "notable", "What moved (10 points or more)"} {
					if !strings.Contains(page, word) {
						t.Errorf("the comparison does not say %q", word)
					}
				}
			}
		})
	}
}

// TestHTMLEdgeCases writes reports with little or nothing in them: each is
// still a whole, self-contained page.
func TestHTMLEdgeCases(t *testing.T) {
	b := htmlBank(t)
	nothing := assessment.Score(b, assessment.Response{})
	ada := htmlTeamQ1[0].score(t, b)
	empty := assessment.Aggregate(nil, nil)
	one := assessment.Aggregate([]assessment.Named{{Name: "file.json", Result: ada}}, b)
	same := summary.Compare(assessment.ProfileOf(ada, "Q1"), assessment.ProfileOf(ada, "Q1 again"))
	other := htmlBank(t, "id: power-core\n", "id: another-bank\n")
	cases := map[string]func(*bytes.Buffer) error{
		"nothing answered":        func(w *bytes.Buffer) error { return html.WriteResult(w, &nothing, b) },
		"nothing, no bank":        func(w *bytes.Buffer) error { return html.WriteResult(w, &nothing, nil) },
		"empty group":             func(w *bytes.Buffer) error { return html.WriteGroup(w, &empty, b) },
		"group of one, no bank":   func(w *bytes.Buffer) error { return html.WriteGroup(w, &one, nil) },
		"group, another bank":     func(w *bytes.Buffer) error { return html.WriteGroup(w, &one, other) },
		"nothing moved":           func(w *bytes.Buffer) error { return html.WriteComparison(w, &same, nil) },
		"nothing moved, its bank": func(w *bytes.Buffer) error { return html.WriteComparison(w, &same, b) },
	}
	for name, write := range cases {
		t.Run(name, func(t *testing.T) {
			page := writeHTML(t, write)
			if !strings.HasSuffix(page, "</html>\n") {
				t.Errorf("the page is cut short:\n%s", page)
			}
			if found := externalRefs(page); len(found) > 0 {
				t.Errorf("the page reaches outside itself: %q", found)
			}
			if strings.Contains(name, "another bank") && strings.Contains(page, "Kickstart") {
				t.Error("a group of another bank shows this bank's card")
			}
			if strings.HasPrefix(name, "nothing moved") && !strings.Contains(page, "Nothing moved by 10 points or more") {
				t.Error("a comparison where nothing moved does not say so")
			}
		})
	}
}
