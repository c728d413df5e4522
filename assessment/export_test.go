package assessment_test

import (
	"bytes"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/assessment/summary"
)

// The three answer files the exportString goldens are scored from, against the
// default bank. Their times are fixed so the output is stable.
var exportAnswers = []struct {
	name, answers string
}{
	{
		// Sales 30 of 60 points → 50, IT 15 → 25, marketing 5 → 8.33,
		// product and customer 4 → 6.67, vertical 2 → 3.33: sales dominant,
		// IT supporting (25 ≥ 20, 16.67 above marketing), very clear (margin
		// 25, 6 of 6 won). One don't know; two reflections, one on two lines.
		name: "clear",
		answers: `bank: power-core
respondent: Ada Lovelace
started_at: 2026-11-23T08:54:00Z
completed_at: 2026-11-23T09:00:00Z
answers:
  success: {product: 1, sales: 5, marketing: 1, it: 2, customer: 1}
  pride: {product: 1, sales: 4, marketing: 1, vertical: 1, it: 3}
  leaders: {sales: 6, marketing: 1, it: 2, customer: 1}
  excel: {product: 1, sales: 5, vertical: 1, it: 3}
  rewarded: {sales: 6, marketing: 1, it: 2, customer: 1}
  stars: {product: 1, sales: 4, marketing: 1, it: 3, customer: 1}
  assets-count: 2
  assets-value: 1
  assets-why: 0
  assets-decide: 1
  experience-journey: 1
  experience-owners: dont-know
  experience-handoffs: 2
  listening-combine: 3
  listening-frontline: 3
  listening-journey: 2
  listening-shared: 3
  reliability-detect: 1
  reliability-root: 2
  reliability-innovate: 2
  leadership-chain: 2
  leadership-goals: 1
  leadership-reward: 1
  leadership-training: 2
  drop-ball: "Renewals: we chase new logos and forget the customers we already have."
  optional-work: |-
    Win-back calls.
    Journey mapping, when someone has time.
`,
	},
	{
		// IT 24 of 60 → 40, product 23 → 38.33: co-dominant; sales 6 → 10,
		// customer 3 → 5, marketing and vertical 2 → 3.33. Two ties
		// (success, stars). Every competency rated; two ahead of target.
		name: "codominant",
		answers: `bank: power-core
respondent: Grace Hopper
started_at: 2026-11-23T08:53:00Z
completed_at: 2026-11-23T09:00:00Z
answers:
  success: {product: 4, sales: 1, vertical: 1, it: 4}
  pride: {product: 5, sales: 1, it: 4}
  leaders: {product: 3, sales: 1, marketing: 1, it: 5}
  excel: {product: 4, sales: 1, vertical: 1, it: 3, customer: 1}
  rewarded: {product: 3, sales: 2, it: 4, customer: 1}
  stars: {product: 4, marketing: 1, it: 4, customer: 1}
  assets-count: 3
  assets-value: 2
  assets-why: 3
  assets-decide: 2
  experience-journey: 1
  experience-owners: 0
  experience-handoffs: 1
  listening-combine: 4
  listening-frontline: 4
  listening-journey: 3
  listening-shared: 4
  reliability-detect: 3
  reliability-root: 4
  reliability-innovate: 3
  leadership-chain: 2
  leadership-goals: 2
  leadership-reward: 1
  leadership-training: 2
`,
	},
	{
		// Every question split 2,2,2,2,1,1: customer 11 → 18.33 at most, no
		// clear core. Level 2 on 14 of the 15 rated items (93%), leadership
		// rated once of 4 (insufficient), a median of 1.5 s per answer:
		// straight-lining, even-split and fast. No name, no reflections.
		name: "diffuse",
		answers: `bank: power-core
started_at: 2026-11-23T08:59:00Z
completed_at: 2026-11-23T09:00:00Z
seconds: {success: 1.5, pride: 1.2, leaders: 1.4, excel: 1.5, rewarded: 1.6, stars: 1.5, assets-count: 1.8, assets-value: 2.4}
answers:
  success: {product: 2, sales: 2, marketing: 2, vertical: 2, it: 1, customer: 1}
  pride: {product: 1, sales: 1, marketing: 2, vertical: 2, it: 2, customer: 2}
  leaders: {product: 2, sales: 1, marketing: 2, vertical: 1, it: 2, customer: 2}
  excel: {product: 2, sales: 2, marketing: 1, vertical: 1, it: 2, customer: 2}
  rewarded: {product: 2, sales: 2, marketing: 2, vertical: 1, it: 1, customer: 2}
  stars: {product: 1, sales: 2, marketing: 1, vertical: 2, it: 2, customer: 2}
  assets-count: 2
  assets-value: 2
  assets-why: 2
  assets-decide: 2
  experience-journey: 2
  experience-owners: 2
  experience-handoffs: 2
  listening-combine: 2
  listening-frontline: 2
  listening-journey: 2
  listening-shared: 3
  reliability-detect: 2
  reliability-root: 2
  reliability-innovate: 2
  leadership-chain: 2
  leadership-goals: dont-know
  leadership-reward: dont-know
  leadership-training: dont-know
`,
	},
}

// loadDefaultBank reads the default bank the program embeds.
func loadDefaultBank(t testing.TB) (*assessment.Bank, []byte) {
	t.Helper()
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	b, err := assessment.Parse("questions.yaml", data)
	if err != nil {
		t.Fatalf("the default bank does not parse: %v", err)
	}
	return b, data
}

// exportResults scores the three answer files against the default bank.
func exportResults(t *testing.T) (*assessment.Bank, map[string]*assessment.Result) {
	t.Helper()
	b, _ := loadDefaultBank(t)
	results := map[string]*assessment.Result{}
	for _, a := range exportAnswers {
		results[a.name] = scoreAnswers(t, b, a.name, nil)
	}
	return b, results
}

// exportFormats are the formats with goldens, by the extension the golden
// file carries.
var exportFormats = []struct {
	ext    string
	format export.Format
}{
	{"txt", export.FormatText},
	{"md", export.FormatMarkdown},
	{"json", export.FormatJSON},
	{"yaml", export.FormatYAML},
}

func exportString(t *testing.T, f export.Format, r *assessment.Result, b *assessment.Bank) string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Result(&buf, f, r, b); err != nil {
		t.Fatalf("export %s: %v", f, err)
	}
	return buf.String()
}

// TestExport compares every export of the three results with its golden
// file in testdata/TestExport; refresh them with `go test ./assessment
// -update` and read the diff.
func TestExport(t *testing.T) {
	b, results := exportResults(t)
	// What each result must be, so a golden is never refreshed from a
	// wrong score.
	kinds := map[string]struct {
		dominant   string
		supporting string
		clarity    assessment.Clarity
		flags      string
	}{
		"clear":      {"sales", "it", assessment.VeryClear, ""},
		"codominant": {"it product", "", assessment.Slight, ""},
		"diffuse":    {"", "", assessment.NoClarity, "straight-lining even-split fast"},
	}
	for _, a := range exportAnswers {
		r := results[a.name]
		want := kinds[a.name]
		var flags []string
		for _, f := range r.Flags {
			flags = append(flags, string(f))
		}
		if got := strings.Join(r.Dominant, " "); got != want.dominant || r.Supporting != want.supporting ||
			r.Clarity != want.clarity || strings.Join(flags, " ") != want.flags {
			t.Fatalf("%s: dominant %q supporting %q clarity %q flags %q, want %q %q %q %q", a.name,
				got, r.Supporting, r.Clarity, flags, want.dominant, want.supporting, want.clarity, want.flags)
		}
		for _, f := range exportFormats {
			t.Run(a.name+"."+f.ext, func(t *testing.T) {
				golden.RequireEqual(t, exportString(t, f.format, r, b))
			})
		}
	}
}

// hostile is text that would act on a terminal if it reached one as is: an
// OSC 52 clipboard write and a CSI colour change.
const (
	osc52  = "\x1b]52;c;aGk=\x07"
	csiRed = "\x1b[31m"
)

// hostileBank is the default bank with escape sequences in its title and
// in a core's name.
func hostileBank(t *testing.T) *assessment.Bank {
	t.Helper()
	_, data := loadDefaultBank(t)
	src := string(data)
	for old, new := range map[string]string{
		"title: Power Core\n": `title: "Power Core \e]52;c;aGk=\a"` + "\n",
		"name: Sales\n":       `name: "Sales \e[31mred\e[0m"` + "\n",
	} {
		if !strings.Contains(src, old) {
			t.Fatalf("the default bank has no %q to replace", old)
		}
		src = strings.Replace(src, old, new, 1)
	}
	return parseTestBank(t, src)
}

// scoreAnswers scores one of exportAnswers against a bank, after edit has
// changed the response.
func scoreAnswers(t *testing.T, b *assessment.Bank, name string, edit func(*assessment.Response)) *assessment.Result {
	t.Helper()
	for _, a := range exportAnswers {
		if a.name != name {
			continue
		}
		resp, err := assessment.ReadResponse(name+".yaml", []byte(a.answers), b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if edit != nil {
			edit(resp)
		}
		res := assessment.Score(b, *resp)
		return &res
	}
	t.Fatalf("no answers named %q", name)
	return nil
}

// hostileResult is the clear answers scored against b, with escape
// sequences in the respondent's name and in a reflection.
func hostileResult(t *testing.T, b *assessment.Bank) *assessment.Result {
	t.Helper()
	return scoreAnswers(t, b, "clear", func(r *assessment.Response) {
		r.Respondent = "Mallory " + osc52 + csiRed + "red"
		r.Answers = r.Answers.With("drop-ball", assessment.TextAnswer("Copy this "+osc52+"\nthen "+csiRed+"panic\x1b[0m\r\x08"))
	})
}

// controlChars lists the control characters in s other than line breaks.
func controlChars(s string) []rune {
	var found []rune
	for _, r := range s {
		if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			found = append(found, r)
		}
	}
	return found
}

func TestExportNeutralisesEscapes(t *testing.T) {
	hb := hostileBank(t)
	r := hostileResult(t, hb)
	tests := []struct {
		format export.Format
		// visible is how each sequence must show: as harmless text.
		visible []string
	}{
		{export.FormatText, []string{
			// The title is upper-cased, its escapes with it.
			`Power Core \x1b]52;c;aGk=\x07 · Mallory \x1b]52;c;aGk=\x07\x1b[31mred ·`,
			`Your Power Core is Sales \x1b[31mred\x1b[0m, with Information technology`,
			`    Copy this \x1b]52;c;aGk=\x07`,
			`    then \x1b[31mpanic\x1b[0m\x0d\x08`,
		}},
		// Markdown also escapes the backslash and brackets, so the same text
		// shows once rendered.
		{export.FormatMarkdown, []string{
			`# Power Core \\x1b\]52;c;aGk=\\x07 — Mallory \\x1b\]52;c;aGk=\\x07\\x1b\[31mred`,
			`| Sales \\x1b\[31mred\\x1b\[0m | 50 | 6 | **dominant** |`,
			`> Copy this \\x1b\]52;c;aGk=\\x07`,
			`> then \\x1b\[31mpanic\\x1b\[0m\\x0d\\x08`,
		}},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			out := exportString(t, tt.format, r, hb)
			if found := controlChars(out); len(found) > 0 {
				t.Errorf("output has control characters %q", found)
			}
			lines := strings.Split(out, "\n")
			for _, want := range tt.visible {
				if !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, want) }) {
					t.Errorf("no line starts %s in:\n%s", want, out)
				}
			}
		})
	}
}

func TestTextExportWidth(t *testing.T) {
	b, results := exportResults(t)
	hb := hostileBank(t)
	long := scoreAnswers(t, b, "clear", func(r *assessment.Response) {
		r.Respondent = strings.Repeat("Bartholomew-", 10)
		r.Answers = r.Answers.With("exposed", assessment.TextAnswer(strings.Repeat("x", 200)+" and "+strings.Repeat("界", 60)))
	})
	hostile := hostileResult(t, hb)
	cases := []struct {
		name string
		r    *assessment.Result
		b    *assessment.Bank
	}{
		{"clear", results["clear"], b},
		{"codominant", results["codominant"], b},
		{"diffuse", results["diffuse"], b},
		{"hostile", hostile, hb},
		{"long name and unbroken text", long, b},
		{"nothing answered", scoreNothing(b), b},
		// Without its bank, a result has no cards or advice: other lines.
		{"clear, without its bank", results["clear"], nil},
		{"codominant, without its bank", results["codominant"], nil},
		{"diffuse, without its bank", results["diffuse"], nil},
		{"hostile, without its bank", hostile, nil},
		{"long name, without its bank", long, nil},
		{"nothing answered, without its bank", scoreNothing(b), nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := exportString(t, export.FormatText, c.r, c.b)
			for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if w := summary.Width(line); w > 78 {
					t.Errorf("line %d is %d columns, more than 78:\n%s", i+1, w, line)
				}
			}
		})
	}
}

func scoreNothing(b *assessment.Bank) *assessment.Result {
	r := assessment.Score(b, assessment.Response{})
	return &r
}

func TestMarkdownEscapesUserText(t *testing.T) {
	src, _ := os.ReadFile("../questions.yaml")
	b := parseTestBank(t, strings.Replace(string(src), "name: Sales\n", "name: Sales | Ops <b>\n", 1))
	r := scoreAnswers(t, b, "clear", func(r *assessment.Response) {
		r.Respondent = "Pat | Ops <script>alert(1)</script>"
		r.Answers = r.Answers.With("drop-ball", assessment.TextAnswer("handoffs | renewals <script>steal()</script> *now*"))
	})
	out := exportString(t, export.FormatMarkdown, r, b)
	for _, bad := range []string{"<script>", "</script>", "<b>"} {
		if strings.Contains(out, bad) {
			t.Errorf("Markdown keeps %q as HTML:\n%s", bad, out)
		}
	}
	lines := strings.Split(out, "\n")
	for _, want := range []string{
		`# Power Core — Pat \| Ops &lt;script&gt;alert(1)&lt;/script&gt;`,
		`> handoffs \| renewals &lt;script&gt;steal()&lt;/script&gt; \*now\*`,
		`| Sales \| Ops &lt;b&gt; | 50 | 6 | **dominant** |`,
	} {
		if !slices.Contains(lines, want) {
			t.Errorf("Markdown has no line %s:\n%s", want, out)
		}
	}
}

func TestResultRoundTrip(t *testing.T) {
	b, results := exportResults(t)
	results["hostile"] = hostileResult(t, hostileBank(t))
	for _, name := range []string{"clear", "codominant", "diffuse", "hostile"} {
		r := results[name]
		for _, f := range []export.Format{export.FormatJSON, export.FormatYAML} {
			t.Run(name+"."+string(f), func(t *testing.T) {
				out := exportString(t, f, r, b)
				back, err := assessment.ReadResult("result."+string(f), []byte(out))
				if err != nil {
					t.Fatalf("ReadResult: %v\n%s", err, out)
				}
				if !reflect.DeepEqual(back, r) {
					t.Errorf("read back:\n got %+v\nwant %+v", back, r)
				}
				// Written again, it is the same file.
				if again := exportString(t, f, back, b); again != out {
					t.Errorf("written again, the file differs:\n got %s\nwant %s", again, out)
				}
			})
		}
	}
}

// A summary written for people is refused by its name, before it is
// parsed, by every reader of saved results and groups.
func TestReadersRefuseSummaries(t *testing.T) {
	b, results := exportResults(t)
	readers := map[string]func(file string, data []byte) error{
		"ReadResult":       func(file string, data []byte) error { _, err := assessment.ReadResult(file, data); return err },
		"ReadResultScores": func(file string, data []byte) error { _, err := assessment.ReadResultScores(file, data); return err },
		"ReadGroup":        func(file string, data []byte) error { _, err := assessment.ReadGroup(file, data); return err },
		"ReadProfile":      func(file string, data []byte) error { _, err := assessment.ReadProfile(file, data); return err },
		"ReadResultOrGroup": func(file string, data []byte) error {
			_, _, err := assessment.ReadResultOrGroup(file, data)
			return err
		},
	}
	files := map[string]export.Format{"result.txt": export.FormatText, "result.md": export.FormatMarkdown, "result.html": export.FormatHTML}
	for file, f := range files {
		data := []byte(exportString(t, f, results["clear"], b))
		for name, read := range readers {
			t.Run(name+"/"+file, func(t *testing.T) {
				err := read(file, data)
				want := file + ": this is a summary written for people; "
				if err == nil || !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), "\n") {
					t.Errorf("got %v, want one line starting %q", err, want)
				}
			})
		}
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		name string
		want export.Format
	}{
		{"json", export.FormatJSON},
		{"yaml", export.FormatYAML},
		{"yml", export.FormatYAML},
		{"md", export.FormatMarkdown},
		{"markdown", export.FormatMarkdown},
		{"txt", export.FormatText},
		{"text", export.FormatText},
		{"html", export.FormatHTML},
		{"JSON", export.FormatJSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := export.ParseFormat(tt.name)
			if err != nil || got != tt.want {
				t.Errorf("ParseFormat(%q) = %q, %v; want %q", tt.name, got, err, tt.want)
			}
		})
	}
	for _, bad := range []struct{ name, mention string }{
		{"pdf", `"text", "md", "json", "yaml" or "html"`},
		{"jsn", `"json"`},
		{"", "unknown format"},
	} {
		t.Run("unknown "+bad.name, func(t *testing.T) {
			got, err := export.ParseFormat(bad.name)
			if err == nil || !strings.Contains(err.Error(), bad.mention) {
				t.Errorf("ParseFormat(%q) = %q, %v; want an error mentioning %s", bad.name, got, err, bad.mention)
			}
		})
	}
}

func TestFormatOf(t *testing.T) {
	tests := []struct {
		path string
		want export.Format
	}{
		{"result.json", export.FormatJSON},
		{"result.yaml", export.FormatYAML},
		{"result.yml", export.FormatYAML},
		{"result.md", export.FormatMarkdown},
		{"result.markdown", export.FormatMarkdown},
		{"result.txt", export.FormatText},
		{"result.text", export.FormatText},
		{"result.html", export.FormatHTML},
		{"out/Result.JSON", export.FormatJSON},
		{"team.v2.yaml", export.FormatYAML},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			got, err := export.FormatOf(tt.path)
			if err != nil || got != tt.want {
				t.Errorf("FormatOf(%q) = %q, %v; want %q", tt.path, got, err, tt.want)
			}
		})
	}
	for _, path := range []string{"result.pdf", "result", "result.json.bak"} {
		t.Run("unknown "+path, func(t *testing.T) {
			got, err := export.FormatOf(path)
			if err == nil {
				t.Fatalf("FormatOf(%q) = %q, want an error", path, got)
			}
			for _, ext := range []string{".json", ".yaml", ".yml", ".md", ".html", ".txt"} {
				if !strings.Contains(err.Error(), ext) {
					t.Errorf("FormatOf(%q): %q does not mention %s", path, err, ext)
				}
			}
			if !strings.HasPrefix(err.Error(), path+":") {
				t.Errorf("FormatOf(%q): %q does not start with the path", path, err)
			}
		})
	}
}
