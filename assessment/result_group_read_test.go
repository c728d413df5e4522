package assessment_test

import (
	"testing"

	"github.com/powercore/powercore/assessment"
)

// A group reads a result's answers only to tell runs apart: the same
// answers written with other spacing are the same run, other answers are
// not, and no answers are no answers however written.
func TestSameRunComparesAnswersAsWritten(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{`{"a": 1, "b": "x"}`, `{"a":1,"b":"x"}`, true},
		{"{\n  \"a\": 1\n}", `{"a":1}`, true},
		{`{"a":1}`, `{"a":2}`, false},
		{``, `{}`, true},
		{`null`, ``, true},
		{`{}`, `{"a":1}`, false},
	} {
		if got := assessment.SameRun([]byte(c.a), []byte(c.b)); got != c.same {
			t.Errorf("SameRun(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

// A JSON result's answers are not decoded for a group, but kept as written.
func TestReadResultForGroupKeepsTheAnswersAsWritten(t *testing.T) {
	data := []byte(`{"schema":"powercore/result@1","bank":{"id":"b"},"answers":{"q": 2},"cores":[{"id":"sales","score":100}]}`)
	r, run, err := assessment.ReadResultForGroup("r.json", data)
	if err != nil {
		t.Fatal(err)
	}
	if r.Answers != nil || string(run) != `{"q": 2}` || len(r.Cores) != 1 || r.Cores[0].Score != 100 {
		t.Errorf("read %+v with run %q", r, run)
	}
}
