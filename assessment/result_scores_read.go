package assessment

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
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
// answers, without checking the answers against a bank. It is ReadResult made fast for the thousands of files a
// workshop series can leave behind; YAML results are read in full.
func ReadResultScores(file string, data []byte) (*Result, error) {
	if !looksLikeJSON(data) || len(data) > MaxFileSize {
		return ReadResult(file, data)
	}
	var s resultScores
	if err := json.Unmarshal(data, &s); err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			return ReadResult(file, data) // one reader and one wording for a broken file
		}
		at, msg := jsonProblem(data, err)
		return nil, Problems{{File: file, Pos: at, Msg: msg}}
	}
	switch {
	case s.Schema == "":
		return nil, Problems{{File: file, Msg: fmt.Sprintf("not a powercore result: no schema (a result starts with `schema: %s`)", ResultSchema)}}
	case s.Schema != ResultSchema:
		return nil, Problems{{File: file, Msg: fmt.Sprintf("schema %q is not a result this version reads: expected %q", clip(s.Schema, 40), ResultSchema)}}
	case len(s.Cores) == 0:
		return nil, Problems{{File: file, Msg: "the result has no core scores"}}
	}
	// The answers tell two people's runs apart when all else is the same
	// (answers files scored in the same second): see LoadResults.
	var answers Answers
	if len(s.Answers) > 0 {
		if err := json.Unmarshal(s.Answers, &answers); err != nil {
			at, msg := jsonProblem(data, err)
			return nil, Problems{{File: file, Pos: at, Msg: msg}}
		}
	}
	return &Result{
		Schema: s.Schema, Bank: s.Bank, Respondent: s.Respondent, StartedAt: s.StartedAt, CompletedAt: s.CompletedAt, Cores: s.Cores, Answers: answers,
		Dominant: nonNil(s.Dominant), Supporting: s.Supporting, Clarity: s.Clarity,
		Competencies: s.Competencies, Flags: s.Flags,
	}, nil
}
