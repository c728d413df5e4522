package assessment

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/powercore/powercore/assessment/internal/yamlread"
)

// ProgressSchema is the schema of a progress file.
const ProgressSchema = "powercore/progress@1"

// Progress is a run not finished yet: enough to resume it exactly where it
// stopped, with the same option order.
type Progress struct {
	Schema     string    `json:"schema"`
	Bank       BankRef   `json:"bank"`
	Respondent string    `json:"respondent"`
	Seed       uint64    `json:"seed"`
	StartedAt  time.Time `json:"started_at"`
	SavedAt    time.Time `json:"saved_at"`
	Answers    Answers   `json:"answers"`
	// Seconds is the time spent per question so far.
	Seconds map[string]float64 `json:"seconds,omitempty"`
	// Submitted is set when the answers were sent but the result could
	// not be saved: resuming leads to the review, to send them again.
	Submitted bool `json:"submitted,omitempty"`
	// Owner, on a workshop server, is what proves a person is the one
	// who started: only they may resume.
	Owner *Owner `json:"owner,omitempty"`
}

// Owner is what a workshop participant has that others do not: the SSH
// key they logged in with (its SHA256 fingerprint; empty when they
// offered none) and the resume code shown on their screen.
type Owner struct {
	Key  string `json:"key,omitempty"`
	Code string `json:"code"`
}

// NewProgress records a response to a bank as progress.
func NewProgress(b *Bank, r Response, savedAt time.Time) *Progress {
	return &Progress{
		Schema:     ProgressSchema,
		Bank:       BankRef{ID: b.ID, Version: b.Version, SHA256: b.SHA256},
		Respondent: r.Respondent,
		Seed:       r.Seed,
		StartedAt:  r.StartedAt,
		SavedAt:    savedAt,
		Answers:    r.Answers,
		Seconds:    r.Seconds,
	}
}

// ReadProgress reads a progress file. Anything that is not one — a wrong
// schema, bad JSON, a file over the size limit — is an error.
func ReadProgress(file string, data []byte) (*Progress, error) {
	problems := &yamlread.List{File: file}
	if len(data) > MaxFileSize {
		problems.Add(Pos{}, "file is larger than the %s limit", ByteSize(MaxFileSize))
		return nil, problems.Err()
	}
	var p Progress
	if err := json.Unmarshal(data, &p); err != nil {
		at, msg := jsonProblem(data, err)
		problems.Add(at, "%s", msg)
		return nil, problems.Err()
	}
	if p.Schema != ProgressSchema {
		problems.Add(Pos{}, "not a powercore progress file (schema %q)", yamlread.Clip(p.Schema, 40))
		return nil, problems.Err()
	}
	return &p, nil
}

// WriteProgress writes progress as JSON.
func WriteProgress(w io.Writer, p *Progress) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(p)
}

// Fit keeps the answers that still fit the bank — a question it still has,
// answered in a way it still accepts — and names the ones dropped. The bank
// may have changed since the progress was saved.
func (p *Progress) Fit(b *Bank) (kept Answers, dropped []string) {
	for _, a := range p.Answers {
		q, ok := b.Question(a.Question)
		if !ok || b.CheckAnswer(q, a.Answer) != nil {
			dropped = append(dropped, a.Question)
			continue
		}
		kept = append(kept, a)
	}
	return kept.InOrder(b), dropped
}

// Check reports whether an answer is one a question accepts.
func (b *Bank) CheckAnswer(q Question, a Answer) error {
	switch q.Kind {
	case Allocate:
		if a.Points == nil {
			return errors.New("expected points")
		}
		total := 0
		for _, p := range a.Points {
			if !hasOption(q.Options, p.Core) {
				return fmt.Errorf("unknown core %q", p.Core)
			}
			if p.Points < 0 {
				return errors.New("negative points")
			}
			total += p.Points
		}
		if total != q.Points {
			return fmt.Errorf("the points add up to %d, not %d", total, q.Points)
		}
	case Choice:
		if !hasOption(q.Options, a.Value) || a.Points != nil {
			return fmt.Errorf("unknown option %q", a.Value)
		}
	case Scale:
		if a.IsDontKnow() {
			return nil
		}
		if v, ok := a.Level(); !ok || !b.HasLevel(v) {
			return fmt.Errorf("%q is not a level", a.Value)
		}
	case Text:
		if a.Points != nil || strings.TrimSpace(a.Value) == "" {
			return errors.New("expected text")
		}
	}
	return nil
}

func hasOption(options []Option, key string) bool {
	for _, o := range options {
		if o.Key() == key {
			return true
		}
	}
	return false
}

// SafeName turns any text (a bank id, a person's name) into a file name
// part: letters and digits of any script, '.', '_' and '-' only (anything
// else becomes '-'), no leading dot, at most 64 characters, never empty.
func SafeName(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_' || r == '-':
			b.WriteRune(r)
			dash = false
		case !dash:
			b.WriteByte('-')
			dash = true
		}
	}
	s = strings.Trim(b.String(), ".-_")
	if r := []rune(s); len(r) > 64 {
		s = strings.TrimRight(string(r[:64]), ".-_")
	}
	if s == "" {
		return "anonymous"
	}
	return s
}

// PersonKey is how a person's name is told apart from others: the same
// whatever its case or surrounding spaces ("Ann" and " ann " are one
// person), different for any other name, however alike their file names.
func PersonKey(name string) string {
	return strings.Join(strings.Fields(strings.ToLower(name)), " ")
}

// ProgressFile is where progress through a bank is kept in dir; who (a
// PersonKey) tells apart the respondents sharing one folder, a workshop
// server's, and is empty for one person's own runs. Two people whose names
// make the same file name still get a file each: the name ends in the
// whole SHA-256 of who, and stays under 255 bytes in any script.
func ProgressFile(dir, bankID, who string) string {
	name := "progress-" + ClipBytes(SafeName(bankID), 64)
	if who != "" {
		sum := sha256.Sum256([]byte(who))
		name += "--" + ClipBytes(SafeName(who), 64) + "-" + hex.EncodeToString(sum[:])
	}
	return filepath.Join(dir, name+".json")
}

// ClipBytes cuts s to at most n bytes, on a character boundary: a file
// name's part made of a person's name stays within a file system's limit.
func ClipBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for len(s) > 0 && !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}

// ProvenBy reports whether an SSH key (its SHA256 fingerprint) proves who
// the owner is: only when the owner started with that key.
func (o *Owner) ProvenBy(key string) bool {
	return o != nil && key != "" && o.Key == key
}

// SectionReached is the index in b.Sections of the section a run with
// these answers is on: the section of the question after the last one
// answered, in bank order; len(b.Sections) once the last question is
// answered or the answers were sent (the review).
func (p *Progress) SectionReached(b *Bank) int {
	if p.Submitted {
		return len(b.Sections)
	}
	last := -1
	i := 0
	for _, s := range b.Sections {
		for _, q := range s.Questions {
			if _, ok := p.Answers.Get(q.ID); ok {
				last = i
			}
			i++
		}
	}
	i = 0
	for si, s := range b.Sections {
		for range s.Questions {
			if i == last+1 {
				return si
			}
			i++
		}
	}
	return len(b.Sections)
}
