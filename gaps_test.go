package kroniek

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestQuoteGaps checks that a quote's gaps leave the attribution out of
// what a reader sees, and that the export writes gaps only when there are.
func TestQuoteGaps(t *testing.T) {
	text := "Het kabinet moet, volgens Jansen, worden ontbonden."
	at := strings.Index(text, ", volgens")
	end := strings.Index(text, " worden")
	q := Quote{Start: 0, End: len(text) - 1, Text: text[:len(text)-1], Gaps: [][2]int{{at, end}}}
	if got, want := q.Shown(), "Het kabinet moet … worden ontbonden"; got != want {
		t.Errorf("Shown = %q, want %q", got, want)
	}
	if got := q.Pieces(); !slices.Equal(got, [][2]int{{0, at}, {end, len(text) - 1}}) {
		t.Errorf("Pieces = %v", got)
	}
	b, err := json.Marshal(q)
	if err != nil || !strings.Contains(string(b), `"gaps":[[16,33]]`) {
		t.Errorf("marshal = %s, %v", b, err)
	}
	var back Quote
	if err := json.Unmarshal(b, &back); err != nil || !slices.Equal(back.Gaps, q.Gaps) {
		t.Errorf("round trip gaps = %v, %v", back.Gaps, err)
	}
	plain := Quote{Start: 3, End: 7, Text: "abcd"}
	if b, _ := json.Marshal(plain); strings.Contains(string(b), "gaps") {
		t.Errorf("a quote without gaps writes them: %s", b)
	}
	if plain.Shown() != "abcd" || len(plain.Pieces()) != 1 {
		t.Errorf("no gaps: Shown %q Pieces %v", plain.Shown(), plain.Pieces())
	}
	// A gap outside the span, or offsets that do not fit Text, change nothing.
	odd := Quote{Start: 3, End: 7, Text: "abcd", Gaps: [][2]int{{10, 12}}}
	if odd.Shown() != "abcd" {
		t.Errorf("gap outside: %q", odd.Shown())
	}
}
