package assessment_test

import (
	"os"
	"testing"

	"github.com/powercore/powercore/assessment"
)

// BenchmarkParseDefaultBank reads and validates the default bank, as every
// run of the program does first. Budget: under 2 ms.
func BenchmarkParseDefaultBank(b *testing.B) {
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := assessment.Parse("questions.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScore scores a full response to the default bank: every Power
// Core question, every practice item and the reflections. Budget: under
// 50 µs.
func BenchmarkScore(b *testing.B) {
	bank, _ := loadDefaultBank(b)
	resp, err := assessment.ReadResponse("clear.yaml", []byte(exportAnswers[0].answers), bank)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		assessment.Score(bank, *resp)
	}
}
