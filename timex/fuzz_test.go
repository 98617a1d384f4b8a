package timex

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kroniek/kroniek/nl"
)

// FuzzExtract checks that any text gives time expressions whose offsets
// hold, and that InferPublished never panics.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{"Afgelopen zondag 14 september 2020", "vorige week maandag 12 uur", "jaren '", "over een", "al", "'s", "eind-mei 2020-13-45 31/2"} {
		f.Add(s)
	}
	ref := Ref{Date: time.Date(2020, 8, 18, 0, 0, 0, 0, time.UTC), Gran: RefDay}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		doc := nl.Parse(s, nl.Options{Lang: "nl"})
		for _, x := range Extract(doc, ref) {
			if x.Start < 0 || x.End > len(s) || x.Start > x.End || s[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %d:%d %q in %q", x.Start, x.End, x.Text, s)
			}
		}
		InferPublished(doc, []string{s}, "2020-08")
	})
}
