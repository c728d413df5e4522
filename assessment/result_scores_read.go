package assessment

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/powercore/powercore/assessment/internal/yamlread"
)

// resultScores is the part of a result file a group needs.
type resultScores struct {
	Schema       string            `json:"schema"`
	Bank         BankRef           `json:"bank"`
	Respondent   string            `json:"respondent"`
	StartedAt    time.Time         `json:"started_at"`
	CompletedAt  time.Time         `json:"completed_at"`
	Answers      json.RawMessage   `json:"answers"`
	Cores        []CoreScore       `json:"cores"`
	Dominant     []string          `json:"dominant"`
	Supporting   string            `json:"supporting"`
	Clarity      Clarity           `json:"clarity"`
	Competencies []CompetencyScore `json:"competencies"`
	Flags        []Flag            `json:"flags"`
}

// ReadResultScores reads a result file for a group: its scores and
// answers, without checking the answers against a bank. YAML results are
// read in full.
func ReadResultScores(file string, data []byte) (*Result, error) {
	r, raw, err := ReadResultForGroup(file, data)
	if err != nil || r.Answers != nil || len(raw) == 0 {
		return r, err
	}
	if err := json.Unmarshal(raw, &r.Answers); err != nil {
		at, msg := jsonProblem(data, err)
		return nil, Problems{{File: file, Pos: at, Msg: msg}}
	}
	return r, nil
}

// ReadResultForGroup reads what a group needs of a result file: its
// scores, and its answers only as JSON as written (run), which tells two
// people's runs apart when all else is the same (answers files scored in
// the same second): compare runs with SameRun. Decoding the answers would
// double the time a group of thousands takes. A JSON result's answers are
// left undecoded (Result.Answers is nil); a YAML result is read in full.
func ReadResultForGroup(file string, data []byte) (r *Result, run []byte, err error) {
	if !yamlread.LooksLikeJSON(data) || len(data) > MaxFileSize {
		return readWholeResult(file, data)
	}
	var s resultScores
	if err := json.Unmarshal(data, &s); err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			// One reader and one wording for a broken file; JSON that only
			// YAML reads (a trailing comma) is read whole.
			return readWholeResult(file, data)
		}
		at, msg := jsonProblem(data, err)
		return nil, nil, Problems{{File: file, Pos: at, Msg: msg}}
	}
	switch {
	case s.Schema == "":
		return nil, nil, Problems{{File: file, Msg: fmt.Sprintf("not a powercore result: no schema (a result starts with `schema: %s`)", ResultSchema)}}
	case s.Schema != ResultSchema:
		return nil, nil, Problems{{File: file, Msg: fmt.Sprintf("schema %q is not a result this version reads: expected %q", yamlread.Clip(s.Schema, 40), ResultSchema)}}
	case len(s.Cores) == 0:
		return nil, nil, Problems{{File: file, Msg: "the result has no core scores"}}
	}
	return &Result{
		Schema: s.Schema, Bank: s.Bank, Respondent: s.Respondent, StartedAt: s.StartedAt, CompletedAt: s.CompletedAt, Cores: s.Cores,
		Dominant: nonNil(s.Dominant), Supporting: s.Supporting, Clarity: s.Clarity,
		Competencies: s.Competencies, Flags: s.Flags,
	}, s.Answers, nil
}

// readWholeResult reads a result in full, with its run as JSON.
func readWholeResult(file string, data []byte) (*Result, []byte, error) {
	r, err := ReadResult(file, data)
	if err != nil {
		return nil, nil, err
	}
	if len(r.Answers) == 0 {
		return r, nil, nil
	}
	run, _ := json.Marshal(r.Answers)
	return r, run, nil
}

// SameRun reports whether two runs' answers, as ReadResultForGroup gives
// them, are the same: the same JSON but for spaces, none and {} alike.
func SameRun(a, b []byte) bool {
	return bytes.Equal(compactRun(a), compactRun(b))
}

func compactRun(run []byte) []byte {
	var b bytes.Buffer
	if json.Compact(&b, run) != nil {
		return run
	}
	if s := b.String(); s == "{}" || s == "null" {
		return nil
	}
	return b.Bytes()
}
