package amount

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/kroniek/kroniek/nl"
)

// FuzzExtract checks that any text gives figures whose offsets hold.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{"Bijna duizend demonstranten.", "€ 1,3 mld. 2,5% zo'n", "een op de 3 à 4 mensen van", "zesde", "EUR", "tot wel 3 miljoen euro aan"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		doc := nl.Parse(s, nl.Options{Lang: "nl"})
		for _, a := range Extract(doc) {
			if a.Start < 0 || a.End > len(s) || a.Start > a.End || s[a.Start:a.End] != a.Text {
				t.Fatalf("bad span %d:%d %q in %q", a.Start, a.End, a.Text, s)
			}
			if math.IsInf(a.Value, 0) || math.IsNaN(a.Value) {
				t.Fatalf("non-finite value %v for %q", a.Value, a.Text)
			}
		}
	})
}
