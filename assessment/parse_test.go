package assessment_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/powercore/powercore/assessment"
)

// defaultBankFile is the bank the program embeds.
const defaultBankFile = "../questions.yaml"

// readFixture reads a file the test cannot do without.
func readFixture(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// defaultBank parses the default bank, failing the test if it does not.
func parseDefaultBank(t testing.TB) *assessment.Bank {
	t.Helper()
	b, err := assessment.Parse("questions.yaml", readFixture(t, defaultBankFile))
	if err != nil {
		t.Fatalf("the default bank does not parse:\n%v", err)
	}
	return b
}

// goTalk is what a message for people must not contain: Go type names and
// the wording of the libraries underneath.
var goTalk = regexp.MustCompile(`map\[|\[\][a-z*]|\*?yaml\.[A-Z]|json\.[A-Z]|reflect\.|interface \{|struct \{|\b(float32|float64|int32|int64|uint8|uint64)\b|time\.Time|assessment\.|!!(str|int|float|bool|map|seq|null|timestamp|binary|merge)\b|unmarshal|parsing time|goroutine|panic|runtime error|^yaml: |^json: `)

// buried matches a line number inside a message instead of before it.
var buried = regexp.MustCompile(`(^|: )line \d+: `)

// quotedText matches the text a message quotes from the file, which may say
// anything.
var quotedText = regexp.MustCompile(`"(?:\\.|[^"\\])*"`)

// checkMessages fails t unless err reads the way the program promises
// (README, Commands): one problem per line, each `FILE:LINE:COL: message`,
// `FILE:LINE: message` or `FILE: message`, the message starting in lower
// case and naming no Go types.
func checkMessages(t testing.TB, file string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	text := err.Error()
	if text == "" {
		t.Errorf("the error is empty")
		return
	}
	located := regexp.MustCompile(`^` + regexp.QuoteMeta(file) + `(?::\d+(?::\d+)?)?: (.+)$`)
	lines := strings.Split(text, "\n")
	if ps, ok := assessment.AsProblems(err); ok && len(ps) != len(lines) {
		t.Errorf("got %d lines for %d problems; want one line per problem:\n%s", len(lines), len(ps), text)
	}
	for _, line := range lines {
		m := located.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("got line %q; want it to start with %q and a location", line, file+":")
			continue
		}
		msg := m[1]
		if first, _ := utf8.DecodeRuneInString(msg); unicode.IsUpper(first) {
			t.Errorf("got message %q; want it to start in lower case", msg)
		}
		if !utf8.ValidString(line) || strings.ContainsFunc(line, unicode.IsControl) {
			t.Errorf("got line %q; want valid text without control characters", line)
		}
		bare := quotedText.ReplaceAllString(msg, `""`)
		if bad := goTalk.FindString(bare); bad != "" {
			t.Errorf("got message %q; want no Go or library wording (found %q)", msg, bad)
		}
		if buried.MatchString(bare) {
			t.Errorf("got message %q; want its line in the location, not the message", msg)
		}
	}
}

// want is one problem a fixture expects, from a leading comment line
// `# want: LINE:COL: text`; LINE alone or "-" stand for a problem located
// by line only, or not at all.
type wantProblem struct {
	at   string
	text string
}

// prefix is how the problem's line starts for file.
func (w wantProblem) prefix(file string) string {
	if w.at == "-" {
		return file + ": "
	}
	return file + ":" + w.at + ": "
}

var wantComment = regexp.MustCompile(`^# want: (\d+(?::\d+)?|-): (.+)$`)

// readWants reads the `# want:` lines at the top of a fixture.
func readWants(t *testing.T, data []byte) []wantProblem {
	t.Helper()
	var wants []wantProblem
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "#") {
			break
		}
		if !strings.HasPrefix(line, "# want:") {
			continue
		}
		m := wantComment.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("malformed want line %q: use `# want: LINE:COL: text`", line)
		}
		wants = append(wants, wantProblem{at: m[1], text: m[2]})
	}
	if len(wants) == 0 {
		t.Fatal("the fixture has no `# want:` lines")
	}
	return wants
}

// checkWants fails t unless err holds exactly the problems wanted: each
// want matches its own line, and there are no others.
func checkWants(t *testing.T, file string, err error, wants []wantProblem) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error; want %d problem(s), the first: %s%s", len(wants), wants[0].prefix(file), wants[0].text)
	}
	lines := strings.Split(err.Error(), "\n")
	used := make([]bool, len(lines))
	for _, w := range wants {
		found := false
		for i, line := range lines {
			if !used[i] && strings.HasPrefix(line, w.prefix(file)) && strings.Contains(line, w.text) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("got:\n%s\nwant a line starting %q and containing %q", err, w.prefix(file), w.text)
		}
	}
	if len(lines) != len(wants) {
		t.Errorf("got %d problems:\n%s\nwant %d (one per `# want:` line, no knock-on problems)", len(lines), err, len(wants))
	}
}

func TestParseValidFixtures(t *testing.T) {
	// What each fixture is there to show, beyond parsing cleanly.
	checks := map[string]func(t *testing.T, b *assessment.Bank){
		"valid_minimal.yaml": func(t *testing.T, b *assessment.Bank) {
			q, _ := b.Question("success")
			if q.Points != 10 {
				t.Errorf("got %d points; want the default of 10 when `points` is left out", q.Points)
			}
			if got, want := b.Scoring, assessment.DefaultScoring(); got != want {
				t.Errorf("got scoring %+v; want the defaults %+v", got, want)
			}
		},
		"valid_every_kind.yaml": func(t *testing.T, b *assessment.Bank) {
			if b.Version != "2.1" {
				t.Errorf("got version %q; want the number 2.1 read as the text %q", b.Version, "2.1")
			}
			s := b.Scoring
			if s.CoDominantMargin != 4 || s.ClearCoreMin != 30 || s.Target != 80 || s.MinAnswered != 0.5 || s.EmbeddedFrom != 70 {
				t.Errorf("got scoring %+v; want the bank's thresholds", s)
			}
			if s.ModerateMargin != assessment.DefaultScoring().ModerateMargin {
				t.Errorf("got moderate_margin %g; want the default for a threshold the bank leaves out", s.ModerateMargin)
			}
			if len(b.Levels) != 3 || b.Levels[1].Hint != "Now and then" {
				t.Errorf("got levels %+v; want three, the second with its hint", b.Levels)
			}
			sales, _ := b.Core("sales")
			if !slices.Equal(sales.HotSpots, []string{"The sale is the finish line"}) {
				t.Errorf("got hot spots %q; want a single text read as a list of one", sales.HotSpots)
			}
			if product, _ := b.Core("product"); product.Ease["listening"] != 2 || product.Ease["assets"] != 1 {
				t.Errorf("got product ease %v; want assets 1, listening 2", product.Ease)
			}
			assets, _ := b.Competency("assets")
			if b.TargetOf(assets) != 60 || len(b.NextStepsFor(assets, b.Levels[0].Value)) != 1 || len(assets.NextSteps["embedded"]) != 1 {
				t.Errorf("got competency %+v; want target 60 and next steps for nascent (the lowest level) and embedded", assets)
			}
			split, _ := b.Question("split")
			if split.Kind != assessment.Allocate || split.Points != 6 || len(split.Options) != 3 || split.Help == "" {
				t.Errorf("got %+v; want an allocate question of 6 points over 3 cores, with help", split)
			}
			budget, _ := b.Question("budget")
			if budget.Kind != assessment.Choice || len(budget.Options) != 2 || budget.Options[1].Weights["product"] != 0.75 || budget.Options[1].Weights["it"] != 0.25 {
				t.Errorf("got %+v; want a choice whose option b weighs product 0.75 and it 0.25", budget)
			}
			if rate, _ := b.Question("assets-count"); rate.Kind != assessment.Scale || rate.Competency != "assets" {
				t.Errorf("got %+v; want a scale question rating assets", rate)
			}
			if note, _ := b.Question("note"); note.Kind != assessment.Text || !note.Optional {
				t.Errorf("got %+v; want an optional text question", note)
			}
			if !b.Sections[0].Shuffle || b.Sections[1].Shuffle {
				t.Errorf("got shuffle %v, %v; want only the first section shuffled", b.Sections[0].Shuffle, b.Sections[1].Shuffle)
			}
		},
		"valid_anchors.yaml": func(t *testing.T, b *assessment.Bank) {
			success, _ := b.Question("success")
			pride, _ := b.Question("pride")
			if pride.Prompt != success.Prompt || len(pride.Options) != 2 || pride.Options[1].Core != "product" {
				t.Errorf("got %+v; want the prompt and options of %+v through the aliases", pride, success)
			}
			sales, _ := b.Core("sales")
			product, _ := b.Core("product")
			if !slices.Equal(product.Strengths, sales.Strengths) || len(product.Strengths) != 1 {
				t.Errorf("got strengths %q and %q; want the same one strength through the alias", sales.Strengths, product.Strengths)
			}
		},
		"valid_bank.json": func(t *testing.T, b *assessment.Bank) {
			if want := "A bank in JSON / with escapes: café"; b.Title != want {
				t.Errorf("got title %q; want %q", b.Title, want)
			}
			assets, _ := b.Competency("assets")
			if b.TargetOf(assets) != 50.5 {
				t.Errorf("got target %g; want 50.5", b.TargetOf(assets))
			}
			if say, _ := b.Question("say"); say.Help != "" || !say.Optional {
				t.Errorf("got %+v; want an optional question whose null help reads as none", say)
			}
			if split, _ := b.Question("split"); split.Points != 4 {
				t.Errorf("got %d points; want 4", split.Points)
			}
		},
	}
	files, err := filepath.Glob("testdata/valid_*")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 4 {
		t.Fatalf("got %d valid fixtures; want at least the 4 this test checks", len(files))
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			b, err := assessment.Parse(name, readFixture(t, path))
			checkMessages(t, name, err)
			if err != nil {
				t.Fatalf("got:\n%v\nwant no problems", err)
			}
			if err := b.Validate(); err != nil {
				t.Errorf("got:\n%v\nwant Validate to agree with Parse", err)
			}
			if ws := b.Warnings(); len(ws) > 0 {
				t.Errorf("got warnings:\n%v\nwant none", ws)
			}
			if b.Source != name || len(b.SHA256) != 64 {
				t.Errorf("got source %q, sha256 %q; want %q and a hex digest", b.Source, b.SHA256, name)
			}
			if check, ok := checks[name]; ok {
				check(t, b)
			}
		})
	}
	for name := range checks {
		if !slices.Contains(files, filepath.Join("testdata", name)) {
			t.Errorf("fixture %s is missing", name)
		}
	}
}

func TestParseInvalidFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/invalid_*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no invalid fixtures found")
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			data := readFixture(t, path)
			wants := readWants(t, data)
			b, err := assessment.Parse(name, data)
			if b != nil {
				t.Errorf("got a bank; want none with the error")
			}
			checkMessages(t, name, err)
			checkWants(t, name, err, wants)
		})
	}
}

// genBankHead is the start of a bank, for cases built in code.
const genBankHead = "schema: powercore/bank@1\nid: generated\ntitle: Generated\nversion: \"1\"\n" +
	"cores: [{id: sales, name: Sales}, {id: product, name: Product}]\n"

// genTextSection is a section of one text question, to complete a bank.
const genTextSection = "sections: [{id: s, title: S, questions: [{id: q, kind: text, prompt: P}]}]\n"

// laughs is the classic "billion laughs": levels of lists, each holding
// refs aliases of the level below, so a few hundred bytes stand for
// refs^levels values.
func laughs(levels, refs int) string {
	v := "[" + strings.TrimSuffix(strings.Repeat("lol, ", refs), ", ") + "]"
	for i := range levels {
		v = fmt.Sprintf("[&l%d %s%s]", i, v, strings.Repeat(fmt.Sprintf(", *l%d", i), refs-1))
	}
	return v
}

// aliasedSections multiplies sections, questions and options by refs each
// through aliases, in the shape a bank is read in, so that reading it
// would visit refs³ options.
func aliasedSections(refs int) string {
	var s strings.Builder
	s.WriteString("sections:\n  - &s {id: s, title: S, questions: [&q {id: q, kind: choice, prompt: P, options: [&o {id: o, label: L, weights: {sales: 1}}")
	s.WriteString(strings.Repeat(", *o", refs-1))
	s.WriteString("]}")
	s.WriteString(strings.Repeat(", *q", refs-1))
	s.WriteString("]}\n")
	s.WriteString(strings.Repeat("  - *s\n", refs-1))
	return s.String()
}

func TestParseGenerated(t *testing.T) {
	// A bank just over the size limit, valid but for its size.
	big := genBankHead + genTextSection + "# padding\n"
	big += strings.Repeat("#"+strings.Repeat(".", 99)+"\n", (assessment.MaxFileSize-len(big))/100+1)
	tests := []struct {
		name  string
		file  string
		data  string
		wants []wantProblem // every problem expected, and no others
	}{
		{name: "empty", file: "bank.yaml", data: "",
			wants: []wantProblem{{"-", "file is empty"}}},
		{name: "only white space", file: "bank.yaml", data: "\n  \t\n\n",
			wants: []wantProblem{{"-", "file is empty"}}},
		{name: "just over 1 MiB", file: "bank.yaml", data: big,
			wants: []wantProblem{{"-", "larger than the 1 MiB limit"}}},
		// The reader only walks a bank's own shape, so the classic bomb
		// (9 levels of 9 aliases: 387 million values) is refused at the
		// first level, unexpanded...
		{name: "billion laughs where text belongs", file: "bank.yaml",
			data:  strings.Replace(genBankHead, "title: Generated", "title: "+laughs(9, 9), 1) + genTextSection,
			wants: []wantProblem{{"3:8", "title: expected text, found a list"}}},
		// ...while aliases that multiply along that shape (40³ options)
		// run into the limit on values read.
		{name: "aliases multiplying sections, questions and options", file: "bank.yaml",
			data:  genBankHead + aliasedSections(40),
			wants: []wantProblem{{"7:115", "the file expands to more than 200000 values (too many YAML aliases?); refusing to read on"}}},
		{name: "aliases repeating one mistake report it once", file: "bank.yaml",
			data: genBankHead + aliasedSections(25),
			wants: []wantProblem{
				{"7:13", `duplicate section id "s"`},
				{"7:46", `duplicate question id "q"`},
				{"7:92", `question "q": duplicate option id "o"`},
			}},
		{name: "self-referencing alias where text belongs", file: "bank.yaml",
			data:  strings.Replace(genBankHead, "title: Generated", "title: &a [*a]", 1) + genTextSection,
			wants: []wantProblem{{"3:8", "title: expected text, found a list"}}},
		{name: "self-referencing alias where sections belong", file: "bank.yaml",
			data:  genBankHead + "sections: &s [*s]\n",
			wants: []wantProblem{{"6:11", "section 1: expected a mapping of keys, found a list"}}},
		{name: "10 000 nested flow lists", file: "bank.yaml",
			data:  strings.Repeat("[", 10000) + strings.Repeat("]", 10000),
			wants: []wantProblem{{"1:1", "expected a mapping of keys, found a list"}}},
		{name: "10 000 nested flow lists where text belongs", file: "bank.yaml",
			data:  strings.Replace(genBankHead, "title: Generated", "title: "+strings.Repeat("[", 10000)+strings.Repeat("]", 10000), 1) + genTextSection,
			wants: []wantProblem{{"3:8", "title: expected text, found a list"}}},
		{name: "100 000 nested flow lists", file: "bank.yaml",
			data:  "title: " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000),
			wants: []wantProblem{{"-", "not valid YAML: exceeded max depth of 10000"}}},
		{name: "100 000 nested JSON arrays", file: "bank.json",
			data:  strings.Repeat("[", 100000) + strings.Repeat("]", 100000),
			wants: []wantProblem{{"1:66", "not valid JSON: nested more than 64 levels deep"}}},
		{name: "broken JSON", file: "bank.json",
			data:  "{\n  \"schema\": \"powercore/bank@1\"\n  \"id\": \"broken\"\n}\n",
			wants: []wantProblem{{"3:3", "not valid JSON: invalid character '\"' after object key:value pair"}}},
		{name: "JSON located by line and column", file: "bank.json",
			data: "{\"schema\": \"powercore/bank@1\", \"id\": \"j\", \"title\": \"J\", \"version\": \"1\",\n" +
				" \"cores\": [{\"id\": \"sales\", \"name\": \"Sales\"}, {\"id\": \"product\", \"name\": \"Product\"}],\n" +
				" \"sections\": [{\"id\": \"s\", \"title\": \"S\", \"questions\": [\n" +
				"   {\"id\": \"q\", \"kind\": \"allocate\", \"prompt\": \"P\", \"options\": [{\"core\": \"slaes\", \"label\": \"S\"}, {\"core\": \"product\", \"label\": \"P\"}]}]}],\n" +
				" \"id\": \"again\"}\n",
			wants: []wantProblem{
				{"4:72", `question "q": unknown core "slaes" (did you mean "sales"?)`},
				{"5:2", `duplicate key "id": it is already set on line 1`},
			}},
		{name: "a file of comments", file: "bank.yaml", data: "# nothing\n# here\n",
			wants: []wantProblem{{"-", "file holds only comments: nothing to read"}}},
		{name: "a list, not a bank", file: "bank.yaml", data: "- schema: powercore/bank@1\n",
			wants: []wantProblem{{"1:1", "expected a mapping of keys, found a list"}}},
		{name: "merge key", file: "bank.yaml",
			data: genBankHead + "sections: [{<<: {id: s}, title: S, questions: [{id: q, kind: text, prompt: P}]}]\n",
			wants: []wantProblem{
				{"6:12", "section has no id"},
				{"6:13", `section 1: unknown key "<<"`},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := assessment.Parse(tt.file, []byte(tt.data))
			if err == nil {
				t.Fatalf("got a bank %q; want an error", b.ID)
			}
			checkMessages(t, tt.file, err)
			checkWants(t, tt.file, err, tt.wants)
		})
	}
}

func TestParseDefaultBank(t *testing.T) {
	b := parseDefaultBank(t)
	if err := b.Validate(); err != nil {
		t.Errorf("got:\n%v\nwant Validate to agree with Parse", err)
	}
	if ws := b.Warnings(); len(ws) > 0 {
		t.Errorf("got warnings:\n%v\nwant none", ws)
	}

	// docs/scoring.md name the cores and the competencies.
	coreIDs := []string{"product", "sales", "marketing", "vertical", "it", "customer"}
	compIDs := []string{"assets", "experience", "listening", "reliability", "leadership"}
	var gotCores, gotComps []string
	for _, c := range b.Cores {
		gotCores = append(gotCores, c.ID)
	}
	for _, c := range b.Competencies {
		gotComps = append(gotComps, c.ID)
	}
	if !sameIDs(gotCores, coreIDs) {
		t.Errorf("got cores %q; want %q", gotCores, coreIDs)
	}
	if !sameIDs(gotComps, compIDs) {
		t.Errorf("got competencies %q; want %q", gotComps, compIDs)
	}

	t.Run("cores", func(t *testing.T) {
		for _, c := range b.Cores {
			if c.Name == "" || c.Summary == "" || len(c.Strengths) == 0 || len(c.HotSpots) == 0 {
				t.Errorf("core %q: got name %q, summary %q, %d strengths, %d hot spots; want all", c.ID, c.Name, c.Summary, len(c.Strengths), len(c.HotSpots))
			}
			if n := len(c.Kickstart); n < 3 || n > 5 {
				t.Errorf("core %q: got %d kickstart steps; want 3 to 5", c.ID, n)
			}
			for _, comp := range compIDs {
				v, ok := c.Ease[comp]
				if !ok || v < -2 || v > 2 {
					t.Errorf("core %q: got ease %d (set: %v) for %q; want one from -2 to 2", c.ID, v, ok, comp)
				}
			}
		}
	})

	t.Run("competencies", func(t *testing.T) {
		for _, c := range b.Competencies {
			if c.Target == nil {
				t.Errorf("competency %q: got no target; want one", c.ID)
			}
			for _, l := range b.Levels[:len(b.Levels)-1] {
				if len(b.NextStepsFor(c, l.Value)) == 0 {
					t.Errorf("competency %q: got no next steps for level %d; want some", c.ID, l.Value)
				}
			}
		}
	})

	t.Run("questions", func(t *testing.T) {
		allocate, scale, text := 0, map[string]int{}, 0
		for _, s := range b.Sections {
			for _, q := range s.Questions {
				switch q.Kind {
				case assessment.Allocate:
					allocate++
					if !s.Shuffle {
						t.Errorf("question %q: got it in section %q, which does not shuffle; want allocate questions shuffled", q.ID, s.ID)
					}
					var cores []string
					for _, o := range q.Options {
						cores = append(cores, o.Core)
					}
					if len(cores) != len(coreIDs) || !sameIDs(cores, coreIDs) {
						t.Errorf("question %q: got options for %q; want exactly one per core", q.ID, cores)
					}
				case assessment.Scale:
					scale[q.Competency]++
				case assessment.Text:
					text++
					if !q.Optional {
						t.Errorf("question %q: got a required text question; want reflections optional", q.ID)
					}
				}
			}
		}
		if allocate < 6 {
			t.Errorf("got %d allocate questions; want at least 6", allocate)
		}
		for _, c := range compIDs {
			if n := scale[c]; n < 3 || n > 4 {
				t.Errorf("competency %q: got %d scale items; want 3 or 4", c, n)
			}
		}
		if text != 3 {
			t.Errorf("got %d text questions; want 3", text)
		}
	})

	if est := b.Estimate(); est > assessment.Budget {
		t.Errorf("got an estimate of %v; want at most %v", est, assessment.Budget)
	}
}

// sameIDs reports whether a and b hold the same strings, each once.
func sameIDs(a, b []string) bool {
	a, b = slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b))
	return slices.Equal(a, b) && len(slices.Compact(a)) == len(a)
}
