package assessment_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
)

// answersBank is a small bank with a question of every kind, to answer in
// the tests below.
const answersBank = `schema: powercore/bank@1
id: small
title: Small
version: "1"
levels: [{value: 0, label: Not done}, {value: 1, label: Ad hoc}, {value: 2, label: Systematic}]
cores: [{id: sales, name: Sales}, {id: product, name: Product}, {id: it, name: IT}]
competencies: [{id: assets, name: Assets}]
sections:
  - id: s
    title: S
    questions:
      - id: split
        kind: allocate
        prompt: Split the points.
        options: [{core: sales, label: S}, {core: product, label: P}, {core: it, label: I}]
      - id: budget
        kind: choice
        prompt: Who wins a budget fight?
        options:
          - {id: a, label: Sales, weights: {sales: 1}}
          - {id: b, label: Product, weights: {product: 1}}
      - {id: count, kind: scale, competency: assets, prompt: We count customers.}
      - {id: value, kind: scale, competency: assets, prompt: We value customers.}
      - {id: note, kind: text, optional: true, prompt: "Anything else?"}
`

func parseAnswersBank(t testing.TB) *assessment.Bank {
	t.Helper()
	b, err := assessment.Parse("small.yaml", []byte(answersBank))
	if err != nil {
		t.Fatalf("the test bank does not parse:\n%v", err)
	}
	return b
}

// answerLines lists answers one per line, `question=answer`, for messages
// and comparisons.
func answerLines(as assessment.Answers) string {
	var lines []string
	for _, a := range as {
		value, err := json.Marshal(a.Answer)
		if err != nil {
			value = []byte(err.Error())
		}
		lines = append(lines, a.Question+"="+string(value))
	}
	return strings.Join(lines, "\n")
}

func TestReadResponse(t *testing.T) {
	b := parseAnswersBank(t)
	tests := []struct {
		name  string
		file  string
		data  string
		wants []wantProblem              // nil: the answers are read
		check func(*assessment.Response) // what must be read, when wants is nil
		want  string                     // the answers read, as answerLines writes them
	}{
		{
			name: "every question",
			file: "answers.yaml",
			data: "bank: small\nrespondent: Jane\nanswers:\n  note: All good.\n  value: dont-know\n  count: 2\n  budget: b\n  split: {it: 1, sales: 6, product: 3}\n",
			want: "split={\"sales\":6,\"product\":3,\"it\":1}\nbudget=\"b\"\ncount=2\nvalue=\"dont-know\"\nnote=\"All good.\"",
			check: func(r *assessment.Response) {
				if r.Bank != "small" || r.Respondent != "Jane" {
					t.Errorf("got bank %q, respondent %q; want small, Jane", r.Bank, r.Respondent)
				}
			},
		},
		{
			name: "optional questions left out, cores left out get nothing",
			file: "answers.yaml",
			data: "answers:\n  split: {product: 10}\n  budget: a\n  count: 0\n  value: 1\n",
			want: "split={\"product\":10}\nbudget=\"a\"\ncount=0\nvalue=1",
		},
		{
			name: "null answers to optional questions are no answers",
			file: "answers.yaml",
			data: "answers:\n  split: {product: 10, sales: 0}\n  budget: a\n  count: 0\n  value: 1\n  note: ~\n",
			want: "split={\"product\":10}\nbudget=\"a\"\ncount=0\nvalue=1",
		},
		{
			name:  "points not adding up",
			file:  "answers.yaml",
			data:  "answers:\n  split: {sales: 6, product: 3}\n  budget: a\n  count: 0\n  value: 1\n",
			wants: []wantProblem{{"2:10", `question "split": the points add up to 9; they must add up to 10`}},
		},
		{
			name:  "negative points",
			file:  "answers.yaml",
			data:  "answers:\n  split: {sales: 12, product: -2}\n  budget: a\n  count: 0\n  value: 1\n",
			wants: []wantProblem{{"2:31", `question "split": -2 points for "product"; points cannot be negative`}},
		},
		{
			name:  "unknown core",
			file:  "answers.yaml",
			data:  "answers:\n  split: {slaes: 10}\n  budget: a\n  count: 0\n  value: 1\n",
			wants: []wantProblem{{"2:11", `question "split": unknown core "slaes" (did you mean "sales"?)`}},
		},
		{
			name:  "unknown option",
			file:  "answers.yaml",
			data:  "answers:\n  split: {sales: 10}\n  budget: c\n  count: 0\n  value: 1\n",
			wants: []wantProblem{{"3:11", `question "budget": unknown option "c"; expected "a" or "b"`}},
		},
		{
			name:  "option named by its label",
			file:  "answers.yaml",
			data:  "answers:\n  split: {sales: 10}\n  budget: Sales\n  count: 0\n  value: 1\n",
			wants: []wantProblem{{"3:11", `question "budget": unknown option "Sales"; expected "a" or "b"`}},
		},
		{
			name: "levels that are not levels",
			file: "answers.yaml",
			data: "answers:\n  split: {sales: 10}\n  budget: a\n  count: 3\n  value: 1.5\n",
			wants: []wantProblem{
				{"4:10", `question "count": 3 is not a level of the scale: give a level from 0 to 2, or dont-know`},
				{"5:10", `question "value": expected a level from 0 to 2, or dont-know, found a number`},
			},
		},
		{
			name: "don't know, spelt the way people do",
			file: "answers.yaml",
			data: "answers:\n  split: {sales: 10}\n  budget: a\n  count: dont know\n  value: \"don't know\"\n",
			wants: []wantProblem{
				{"4:10", `question "count": "dont know" is not an answer to a scale question: give a level from 0 to 2, or dont-know (did you mean "dont-know"?)`},
				{"5:10", `question "value": "don't know" is not an answer to a scale question: give a level from 0 to 2, or dont-know (did you mean "dont-know"?)`},
			},
		},
		{
			name: "unknown question",
			file: "answers.yaml",
			data: "answers:\n  split: {sales: 10}\n  budget: a\n  count: 0\n  vaule: 1\n",
			wants: []wantProblem{
				{"1:1", `question "value" is not answered: give a level from 0 to 2, or dont-know`},
				{"5:3", `unknown question "vaule" (did you mean "value"?)`},
			},
		},
		{
			name: "missing answers, one problem each",
			file: "answers.yaml",
			data: "respondent: Jane\nanswers:\n  budget: a\n  note: Only this.\n",
			wants: []wantProblem{
				{"2:1", `question "split" is not answered: split 10 points across its cores, such as ` + "`split: {sales: 10}`"},
				{"2:1", `question "count" is not answered`},
				{"2:1", `question "value" is not answered`},
			},
		},
		{
			name: "null answers to required questions",
			file: "answers.yaml",
			data: "answers:\n  split:\n  budget: null\n  count: ~\n  value: 1\n",
			wants: []wantProblem{
				{"2:3", `question "split" is not answered`},
				{"3:3", `question "budget" is not answered: pick one of "a" or "b"`},
				{"4:3", `question "count" is not answered`},
			},
		},
		{
			name: "a blank text is no answer",
			file: "answers.yaml",
			data: "answers:\n  split: {sales: 10}\n  budget: a\n  count: 0\n  value: 1\n  note: \"  \"\n",
			want: "split={\"sales\":10}\nbudget=\"a\"\ncount=0\nvalue=1",
		},
		{
			name:  "answers for another bank",
			file:  "answers.yaml",
			data:  "bank: power-core\nanswers:\n  split: {sales: 10}\n  budget: a\n  count: 0\n  value: 1\n",
			wants: []wantProblem{{"1:7", `these answers are for bank "power-core", but the questions are bank "small"`}},
		},
		{
			name:  "a result for another bank",
			file:  "result.json",
			data:  `{"schema": "powercore/result@1", "bank": {"id": "other", "version": "1"}, "answers": {"split": {"sales": 10}, "budget": "a", "count": 0, "value": 1}}`,
			wants: []wantProblem{{"1:42", `these answers are for bank "other", but the questions are bank "small"`}},
		},
		{
			name:  "no answers at all",
			file:  "answers.yaml",
			data:  "bank: small\nrespondent: Jane\n",
			wants: []wantProblem{{"1:1", "no `answers:` found"}},
		},
		{
			name:  "answers that are not a mapping",
			file:  "answers.yaml",
			data:  "answers: [split, budget]\n",
			wants: []wantProblem{{"1:10", "answers: expected a mapping of keys, found a list"}},
		},
		{
			name:  "text where points belong",
			file:  "answers.yaml",
			data:  "answers:\n  split: all to sales\n  budget: a\n  count: 0\n  value: 1\n",
			wants: []wantProblem{{"2:10", `question "split": expected a mapping of keys, found text "all to sales"`}},
		},
		{
			name:  "a list where text belongs",
			file:  "answers.yaml",
			data:  "answers:\n  split: {sales: 10}\n  budget: a\n  count: 0\n  value: 1\n  note: [one, two]\n",
			wants: []wantProblem{{"6:9", `question "note": expected text, found a list`}},
		},
		{
			// One problem, once: the misspelt key is why there are no answers.
			name:  "an unknown key",
			file:  "answers.yaml",
			data:  "anwsers:\n  split: {sales: 10}\n",
			wants: []wantProblem{{"1:1", "no `answers:` found: list each question id with its answer under `answers:` (is \"anwsers\" on line 1 meant to be `answers:`?)"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := assessment.ReadResponse(tt.file, []byte(tt.data), b)
			checkMessages(t, tt.file, err)
			if tt.wants != nil {
				if r != nil {
					t.Errorf("got a response; want none with the error")
				}
				checkWants(t, tt.file, err, tt.wants)
				return
			}
			if err != nil {
				t.Fatalf("got:\n%v\nwant no problems", err)
			}
			if got := answerLines(r.Answers); got != tt.want {
				t.Errorf("got answers:\n%s\nwant:\n%s", got, tt.want)
			}
			if tt.check != nil {
				tt.check(r)
			}
		})
	}
}

// TestReadResponseFixtures reads the answers files in testdata against the
// default bank: answers_valid_* must read, answers_invalid_* must give the
// problems their `# want:` lines name, and no others.
func TestReadResponseFixtures(t *testing.T) {
	b := parseDefaultBank(t)
	files, err := filepath.Glob("testdata/answers_*")
	if err != nil {
		t.Fatal(err)
	}
	// How many answers each valid file holds: every required one, and the
	// optional ones given.
	answered := map[string]int{
		"answers_valid_full.yaml":     27,
		"answers_valid_required.json": 24,
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			data := readFixture(t, path)
			r, err := assessment.ReadResponse(name, data, b)
			checkMessages(t, name, err)
			if strings.HasPrefix(name, "answers_invalid_") {
				checkWants(t, name, err, readWants(t, data))
				return
			}
			if err != nil {
				t.Fatalf("got:\n%v\nwant no problems", err)
			}
			want, ok := answered[name]
			if !ok {
				t.Fatalf("no count of answers for %s in this test", name)
			}
			if len(r.Answers) != want {
				t.Errorf("got %d answers:\n%s\nwant %d", len(r.Answers), answerLines(r.Answers), want)
			}
			// Answers come back in the bank's order, whatever the file's.
			questions := b.Questions()
			i := 0
			for _, a := range r.Answers {
				for i < len(questions) && questions[i].ID != a.Question {
					i++
				}
				if i == len(questions) {
					t.Fatalf("got answers in the order:\n%s\nwant the bank's order", answerLines(r.Answers))
				}
			}
		})
	}
	for name := range answered {
		if !slices.Contains(files, filepath.Join("testdata", name)) {
			t.Errorf("fixture %s is missing", name)
		}
	}
}

// TestReadResponseFromResult reads a result file as an answers file: the
// answers, and so the score, must come back the same.
func TestReadResponseFromResult(t *testing.T) {
	small := parseAnswersBank(t)
	start := time.Date(2026, 11, 23, 9, 30, 0, 0, time.UTC)
	cases := []struct {
		name string
		bank *assessment.Bank
		resp assessment.Response
	}{
		{
			name: "small bank",
			bank: small,
			resp: assessment.Response{
				Bank: "small", Respondent: "Ana \"Q\" <ana@example.com>", Seed: 42,
				StartedAt: start, CompletedAt: start.Add(95 * time.Second),
				Seconds: map[string]float64{"split": 21.5, "budget": 4, "count": 1.25, "value": 1.5},
				Answers: assessment.Answers{
					{Question: "split", Answer: assessment.PointsAnswer(assessment.Allocation{Core: "sales", Points: 7}, assessment.Allocation{Core: "it", Points: 3})},
					{Question: "budget", Answer: assessment.ChoiceAnswer("b")},
					{Question: "count", Answer: assessment.LevelAnswer(2)},
					{Question: "value", Answer: assessment.DontKnowAnswer()},
					{Question: "note", Answer: assessment.TextAnswer("Line one.\nLine two: \"quoted\" / slashed, café ✓")},
				},
			},
		},
		{
			name: "default bank",
			bank: parseDefaultBank(t),
		},
	}
	// The default bank's answers come from a fixture.
	full, err := assessment.ReadResponse("answers_valid_full.yaml", readFixture(t, "testdata/answers_valid_full.yaml"), cases[1].bank)
	if err != nil {
		t.Fatal(err)
	}
	cases[1].resp = *full

	for _, c := range cases {
		for _, format := range []export.Format{export.FormatJSON, export.FormatYAML} {
			t.Run(c.name+"/"+string(format), func(t *testing.T) {
				res := assessment.Score(c.bank, c.resp)
				var file bytes.Buffer
				if err := export.Result(&file, format, &res, c.bank); err != nil {
					t.Fatal(err)
				}
				name := "result." + string(format)
				back, err := assessment.ReadResponse(name, file.Bytes(), c.bank)
				checkMessages(t, name, err)
				if err != nil {
					t.Fatalf("got:\n%v\nwant the result read as answers; the result:\n%s", err, file.String())
				}
				if got, want := answerLines(back.Answers), answerLines(c.resp.Answers); got != want {
					t.Errorf("got answers:\n%s\nwant:\n%s", got, want)
				}
				if !reflect.DeepEqual(back.Answers, c.resp.Answers) {
					t.Errorf("got answers %#v; want %#v", back.Answers, c.resp.Answers)
				}
				if back.Respondent != c.resp.Respondent || !back.StartedAt.Equal(c.resp.StartedAt) || !back.CompletedAt.Equal(c.resp.CompletedAt) || back.Seed != c.resp.Seed {
					t.Errorf("got %q, %v, %v, seed %d; want %q, %v, %v, seed %d", back.Respondent, back.StartedAt, back.CompletedAt, back.Seed,
						c.resp.Respondent, c.resp.StartedAt, c.resp.CompletedAt, c.resp.Seed)
				}
				again := assessment.Score(c.bank, *back)
				if got, want := resultJSON(t, again), resultJSON(t, res); got != want {
					t.Errorf("got the score:\n%s\nwant the score the result holds:\n%s", got, want)
				}
			})
		}
	}
}

func resultJSON(t *testing.T, r assessment.Result) string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Result(&buf, export.FormatJSON, &r, nil); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestReadResponseJSONEscapes(t *testing.T) {
	b := parseAnswersBank(t)
	data := `{"bank": "sm\u0061ll", "respondent": "J\u00f6rg \/ \ud83d\ude80",
 "answers": {"split": {"sales": 10}, "budget": "\u0061", "count": 0, "value": "dont-know",
  "note": "caf\u00e9 \/ na\u00efve\n\u201cquoted\u201d \\ \t tab"}}`
	r, err := assessment.ReadResponse("answers.json", []byte(data), b)
	checkMessages(t, "answers.json", err)
	if err != nil {
		t.Fatalf("got:\n%v\nwant no problems", err)
	}
	if r.Bank != "small" || r.Respondent != "Jörg / 🚀" {
		t.Errorf("got bank %q, respondent %q; want %q, %q", r.Bank, r.Respondent, "small", "Jörg / 🚀")
	}
	note, _ := r.Answers.Get("note")
	if want := "café / naïve\n“quoted” \\ \t tab"; note.Value != want {
		t.Errorf("got note %q; want %q", note.Value, want)
	}
	if budget, _ := r.Answers.Get("budget"); budget.Value != "a" {
		t.Errorf("got budget %q; want %q", budget.Value, "a")
	}
}

func TestReadResponseYAMLAndJSONAgree(t *testing.T) {
	b := parseAnswersBank(t)
	yamlData := `bank: small
respondent: Jane
started_at: 2026-11-23T09:30:00Z
seed: 7
seconds: {split: 12, budget: 3.5}
answers:
  split: {sales: 4, product: 4, it: 2}
  budget: b
  count: 1
  value: dont-know
  note: "Two\nlines"
`
	jsonData := `{
  "bank": "small",
  "respondent": "Jane",
  "started_at": "2026-11-23T09:30:00Z",
  "seed": 7,
  "seconds": {"split": 12, "budget": 3.5},
  "answers": {
    "split": {"sales": 4, "product": 4, "it": 2},
    "budget": "b",
    "count": 1,
    "value": "dont-know",
    "note": "Two\nlines"
  }
}`
	fromYAML, err := assessment.ReadResponse("answers.yaml", []byte(yamlData), b)
	if err != nil {
		t.Fatalf("got:\n%v\nwant the YAML read", err)
	}
	fromJSON, err := assessment.ReadResponse("answers.json", []byte(jsonData), b)
	if err != nil {
		t.Fatalf("got:\n%v\nwant the JSON read", err)
	}
	if !reflect.DeepEqual(fromYAML, fromJSON) {
		t.Errorf("got from JSON %+v; want what YAML gives, %+v", fromJSON, fromYAML)
	}
	if fromYAML.Seed != 7 || fromYAML.Seconds["budget"] != 3.5 || fromYAML.StartedAt.IsZero() || len(fromYAML.Answers) != 5 {
		t.Errorf("got %+v; want every field read", fromYAML)
	}
}
