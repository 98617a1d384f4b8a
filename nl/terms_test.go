package nl

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFoldLatin checks that the rune table gives what decomposing gives:
// every rune of the table alone, and invented words that mix them with
// runes the table leaves to foldSlow (a combining acute, Greek, a
// Turkish dotless i, invalid UTF-8).
func TestFoldLatin(t *testing.T) {
	for r := range rune(len(latinFolds)) {
		if got, want := Fold(string(r)), foldSlow(string(r)); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", string(r), got, want)
		}
	}
	for _, w := range []string{"Orbán", "GENÈVE", "Ørsted", "Æbleskiver", "Straße", "İzmir", "naïef", "Cé\u0301cile", "Ωmega-è", "ıkbal", "caf\xe9", "Đoković"} {
		if got, want := Fold(w), foldSlow(w); got != want {
			t.Errorf("Fold(%q) = %q, want %q", w, got, want)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pool := []rune("aZé ÉøØßİıçÇñÑüÜ-'\u0301Ωŀ\u01c5\u0218\u024f")
	for range 2000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteRune(pool[rng.IntN(len(pool))])
		}
		if got, want := Fold(b.String()), foldSlow(b.String()); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", b.String(), got, want)
		}
	}
}

// TestFoldAllocs: an accented name folds with one allocation, its result
// (decomposing took several).
func TestFoldAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { _ = Fold("Genève") }); n != 1 {
		t.Errorf("Fold of an accented word: %v allocations, want 1", n)
	}
}

// BenchmarkFold folds invented words, a third of them accented.
func BenchmarkFold(b *testing.B) {
	words := strings.Fields("De minister Orbán reisde naar Genève en Zürich , waar de coöperatie Ørsted een café opende met Renée en André .")
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			_ = Fold(w)
		}
	}
}
