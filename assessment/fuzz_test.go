package assessment_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/powercore/powercore/assessment"
	"github.com/powercore/powercore/assessment/export"
)

// The fuzz targets feed files a user could write to every parser. Whatever
// the bytes, a parser must not panic, and must either succeed or explain
// itself in located lines (checkMessages). `go test` runs their seeds; run
// one with, for example:
//
//	go test ./assessment -run XXX -fuzz FuzzParse -fuzztime 60s -fuzzminimizetime 3s
//
// (By default each new input is minimised for up to a minute, which can
// use up a short run.)

// addSeeds adds the files matching each pattern to the seed corpus.
func addSeeds(f *testing.F, patterns ...string) {
	f.Helper()
	n := 0
	for _, pattern := range patterns {
		files, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			f.Add(readFixture(f, file))
			n++
		}
	}
	if n == 0 {
		f.Fatalf("no seed files match %q", patterns)
	}
}

// exportAll writes r in every format, with and without its bank, the way
// the report command may.
func exportAll(t *testing.T, r *assessment.Result, b *assessment.Bank) {
	t.Helper()
	for _, format := range []export.Format{export.FormatText, export.FormatMarkdown, export.FormatJSON, export.FormatYAML} {
		for _, bank := range []*assessment.Bank{b, nil} {
			if err := export.Result(io.Discard, format, r, bank); err != nil {
				t.Errorf("exporting %s: %v", format, err)
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	addSeeds(f, "testdata/*.yaml", "testdata/*.json", defaultBankFile)
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := assessment.Parse("bank.yaml", data)
		if err != nil {
			if b != nil {
				t.Errorf("got a bank and the error:\n%v\nwant no bank", err)
			}
			checkMessages(t, "bank.yaml", err)
			return
		}
		if err := b.Validate(); err != nil {
			t.Fatalf("Parse accepted the bank, Validate did not:\n%v", err)
		}
		sum := sha256.Sum256(data)
		if b.SHA256 != hex.EncodeToString(sum[:]) {
			t.Errorf("got sha256 %s; want the digest of the bytes read", b.SHA256)
		}
		again, err := assessment.Parse("bank.yaml", data)
		if err != nil {
			t.Fatalf("the same bytes parsed once, then failed:\n%v", err)
		}
		if again.SHA256 != b.SHA256 || !reflect.DeepEqual(again, b) {
			t.Errorf("parsing the same bytes twice gave two banks")
		}
		// Whatever a bank holds, using it must not panic.
		_ = b.Warnings()
		_ = b.Estimate()
		r := assessment.Score(b, assessment.Response{})
		exportAll(t, &r, b)
	})
}

func FuzzReadResponse(f *testing.F) {
	bank := parseDefaultBank(f)
	addSeeds(f, "testdata/answers_*")
	f.Add([]byte(`{"bank": "power-core", "answers": {"success": {"sales": 6, "product": 4}, "assets-count": 3}}`))
	f.Add([]byte("answers:\n  success: {sales: 10}\n  drop-ball: \"caf\\u00e9\"\n  assets-why: dont-know\n"))
	f.Add([]byte("answers: &a {success: *a}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := assessment.ReadResponse("answers.yaml", data, bank)
		if err != nil {
			if r != nil {
				t.Errorf("got a response and the error:\n%v\nwant no response", err)
			}
			checkMessages(t, "answers.yaml", err)
			return
		}
		for _, q := range bank.Questions() {
			if _, ok := r.Answers.Get(q.ID); !ok && !q.Optional {
				t.Errorf("question %q is required; got no answer and no error", q.ID)
			}
		}
		// A result is an answers file too: writing what was read as a
		// result and reading it back must give the same answers.
		res := assessment.Score(bank, *r)
		var file bytes.Buffer
		if err := export.Result(&file, export.FormatJSON, &res, bank); err != nil {
			t.Fatalf("exporting the result: %v", err)
		}
		back, err := assessment.ReadResponse("result.json", file.Bytes(), bank)
		if err != nil {
			t.Fatalf("reading the result back as answers:\n%v\nthe result:\n%s", err, file.String())
		}
		if got, want := answerLines(back.Answers), answerLines(r.Answers); got != want {
			t.Errorf("got back answers:\n%s\nwant:\n%s", got, want)
		}
	})
}

func FuzzReadResult(f *testing.F) {
	bank := parseDefaultBank(f)
	resp, err := assessment.ReadResponse("answers_valid_full.yaml", readFixture(f, "testdata/answers_valid_full.yaml"), bank)
	if err != nil {
		f.Fatal(err)
	}
	resp.Seconds = map[string]float64{"success": 20, "pride": 1.5}
	resp.CompletedAt = resp.StartedAt.Add(6 * time.Minute)
	res := assessment.Score(bank, *resp)
	for _, format := range []export.Format{export.FormatJSON, export.FormatYAML} {
		var file bytes.Buffer
		if err := export.Result(&file, format, &res, bank); err != nil {
			f.Fatal(err)
		}
		f.Add(file.Bytes())
	}
	f.Add([]byte(`{"schema": "powercore/result@1", "cores": [{"id": "sales", "score": 1e400}]}`))
	f.Add([]byte("schema: powercore/result@1\ncores: [{id: sales, score: high}]\nstarted_at: yesterday\n"))
	// Regressions. JSON cannot hold these numbers; YAML can, and drawing a
	// bar of NaN panicked.
	f.Add([]byte("schema: powercore/result@1\ncores: [{id: sales, score: .nan}, {id: it, score: -.inf}]\n"))
	// These were reported with Go's words ("cannot unmarshal !!seq into
	// assessment.Flag", "parsing time … as \"2006-01-02T15:04:05Z07:00\"").
	f.Add([]byte("schema: powercore/result@1\ncores: [{id: sales, score: 1}]\nflags: [[fast]]\n"))
	f.Add([]byte(`{"schema": "powercore/result@1", "cores": [{"id": "sales", "score": 1}], "started_at": "noon"}`))
	f.Add([]byte("schema: powercore/result@1\ncores: [{id: sales, score: 1}]\nanswers: [1]\n"))
	// A tag of the file's own was reported as "cannot unmarshal !thing".
	f.Add([]byte("schema: powercore/result@1\ncores: [!thing 00000]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := assessment.ReadResult("result.json", data)
		if err != nil {
			if r != nil {
				t.Errorf("got a result and the error:\n%v\nwant no result", err)
			}
			checkMessages(t, "result.json", err)
			return
		}
		if r.Schema != assessment.ResultSchema || len(r.Cores) == 0 || r.Dominant == nil {
			t.Errorf("got schema %q, %d cores, dominant %v; want a result with core scores", r.Schema, len(r.Cores), r.Dominant)
		}
		exportAll(t, r, bank)
	})
}
