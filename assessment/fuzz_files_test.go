package assessment_test

import (
	"bytes"
	"io"
	"testing"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
	"github.com/powercore/powercore/assessment/summary"
)

// FuzzReadProgress feeds progress files: a crash while reading one would
// stop every later run at its start.
func FuzzReadProgress(f *testing.F) {
	bank := parseDefaultBank(f)
	resp, err := assessment.ReadResponse("answers_valid_full.yaml", readFixture(f, "testdata/answers_valid_full.yaml"), bank)
	if err != nil {
		f.Fatal(err)
	}
	var saved bytes.Buffer
	p := assessment.NewProgress(bank, *resp, time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	if err := assessment.WriteProgress(&saved, p); err != nil {
		f.Fatal(err)
	}
	f.Add(saved.Bytes())
	f.Add([]byte(`{"schema": "powercore/progress@1", "answers": {"success": {"sales": 11}, "nope": 3}}`))
	f.Add([]byte(`{"schema": "powercore/progress@1", "seed": -1}`))
	f.Add([]byte(`{"schema": "powercore/result@1"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := assessment.ReadProgress("progress.json", data)
		if err != nil {
			checkMessages(t, "progress.json", err)
			return
		}
		kept, _ := p.Fit(bank)
		for _, a := range kept {
			q, ok := bank.Question(a.Question)
			if !ok || bank.CheckAnswer(q, a.Answer) != nil {
				t.Errorf("Fit kept %q = %+v, which the bank does not accept", a.Question, a.Answer)
			}
		}
		assessment.Score(bank, assessment.Response{Answers: kept})
	})
}

// FuzzReadProfile feeds what compare reads: results and group profiles,
// and what aggregate reads through its fast path.
func FuzzReadProfile(f *testing.F) {
	bank := parseDefaultBank(f)
	resp, err := assessment.ReadResponse("answers_valid_full.yaml", readFixture(f, "testdata/answers_valid_full.yaml"), bank)
	if err != nil {
		f.Fatal(err)
	}
	r := assessment.Score(bank, *resp)
	g := assessment.Aggregate([]assessment.Named{{Name: "a", Result: &r}, {Name: "b", Result: &r}}, bank)
	for _, format := range []export.Format{export.FormatJSON, export.FormatYAML} {
		var rb, gb bytes.Buffer
		if err := export.Result(&rb, format, &r, bank); err != nil {
			f.Fatal(err)
		}
		if err := export.Group(&gb, format, &g, bank); err != nil {
			f.Fatal(err)
		}
		f.Add(rb.Bytes())
		f.Add(gb.Bytes())
	}
	f.Add([]byte(`{"schema": "powercore/group@1", "n": -3, "cores": [{"id": "x", "mean": 1e308}]}`))
	f.Add([]byte("schema: powercore/group@1\ncores: [{id: a, mean: .nan}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if p, err := assessment.ReadProfile("profile.json", data); err != nil {
			checkMessages(t, "profile.json", err)
		} else {
			c := summary.Compare(p, p)
			for _, format := range []export.Format{export.FormatText, export.FormatMarkdown, export.FormatJSON} {
				if err := export.Comparison(io.Discard, format, &c, bank); err != nil {
					t.Errorf("exporting the comparison as %s: %v", format, err)
				}
			}
		}
		if r, err := assessment.ReadResultScores("result.json", data); err != nil {
			checkMessages(t, "result.json", err)
		} else {
			g := assessment.Aggregate([]assessment.Named{{Name: "x", Result: r}}, bank)
			for _, format := range []export.Format{export.FormatText, export.FormatMarkdown, export.FormatJSON} {
				if err := export.Group(io.Discard, format, &g, bank); err != nil {
					t.Errorf("exporting the group as %s: %v", format, err)
				}
			}
		}
	})
}
