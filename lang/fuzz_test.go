package lang

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
)

// FuzzDetect checks that any text gets a code of Languages with a
// confidence in (0, 1], or Unknown with confidence 0, and the same answer
// every time.
func FuzzDetect(f *testing.F) {
	seen := map[string]int{} // samples per file and language: 3 each
	for _, row := range shared.TSV(f, "testdata/titles.tsv", "testdata/bodies.tsv") {
		if key := row.Path + " " + row.Cols[0]; seen[key] < 3 && len(row.Cols) > 1 {
			seen[key]++
			f.Add(row.Cols[1])
		}
	}
	for _, s := range append(shared.Hostile(), "ab", "abc", "Ёж", "1234567890 !!! ???", "„", "’s avonds 't",
		strings.Repeat("aaaaaaaaaa ", 2000), strings.Repeat("Путін заявив ", 500)+strings.Repeat("de het een ", 600),
		"中国外交部发言人 said Beijing", "ÀÉÎÕÜ àéîõü ßłđħ") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		code, conf := Detect(text)
		switch {
		case code == Unknown:
			if conf != 0 {
				t.Fatalf("Detect(%q) = %s with confidence %v, want 0", text, code, conf)
			}
		case !slices.Contains(Languages, code):
			t.Fatalf("Detect(%q) = %q, not in Languages", text, code)
		case math.IsNaN(conf) || conf <= 0 || conf > 1:
			t.Fatalf("Detect(%q) = %s with confidence %v outside (0, 1]", text, code, conf)
		}
		if c2, conf2 := Detect(text); c2 != code || conf2 != conf {
			t.Fatalf("Detect(%q) not deterministic: %s %v then %s %v", text, code, conf, c2, conf2)
		}
	})
}
