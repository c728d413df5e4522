package assessment

import (
	"hash/fnv"
	"math/rand/v2"
)

// OptionsInOrder is the order a question's options are shown in for a run
// with this seed: the bank's order, or, in a section with `shuffle: true`, a
// permutation fixed by the seed and the question id. The same seed always
// gives the same order, so a saved result says exactly what was shown.
func (b *Bank) OptionsInOrder(q Question, seed uint64) []Option {
	out := append([]Option(nil), q.Options...)
	if !b.shuffles(q.ID) {
		return out
	}
	h := fnv.New64a()
	h.Write([]byte(q.ID))
	r := rand.New(rand.NewPCG(seed, h.Sum64()))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// Shuffles reports whether any section of the bank shuffles its options.
func (b *Bank) Shuffles() bool {
	for _, s := range b.Sections {
		if s.Shuffle {
			return true
		}
	}
	return false
}

func (b *Bank) shuffles(question string) bool {
	for _, s := range b.Sections {
		for _, q := range s.Questions {
			if q.ID == question {
				return s.Shuffle
			}
		}
	}
	return false
}
