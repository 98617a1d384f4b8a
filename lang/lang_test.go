package lang

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
)

// sample is one labelled text of testdata.
type sample struct{ code, text string }

func readSamples(t testing.TB, path string) []sample {
	t.Helper()
	var out []sample
	for _, row := range shared.TSV(t, path) {
		if len(row.Cols) < 2 {
			t.Fatalf("%s: bad line, want code and text", row.Pos)
		}
		out = append(out, sample{row.Cols[0], strings.Join(row.Cols[1:], "\t")})
	}
	return out
}

// accuracy detects every sample and returns the share right, logging the
// misses.
func accuracy(t *testing.T, samples []sample) float64 {
	right := 0
	for _, s := range samples {
		got, conf := Detect(s.text)
		if got == s.code {
			right++
		} else {
			t.Logf("miss: want %s got %s (%.2f): %s", s.code, got, conf, s.text)
		}
	}
	return float64(right) / float64(len(samples))
}

func TestAccuracyTitles(t *testing.T) { testAccuracy(t, "titles", 30, 0.98) }

func TestAccuracyBodies(t *testing.T) { testAccuracy(t, "bodies", 20, 0.99) }

// testAccuracy checks testdata/KIND.tsv holds at least perLanguage samples
// per language and that Detect gets at least floor of them right.
func testAccuracy(t *testing.T, kind string, perLanguage int, floor float64) {
	samples := readSamples(t, "testdata/"+kind+".tsv")
	if len(samples) < perLanguage*len(Languages) {
		t.Fatalf("%d %s, want at least %d per language", len(samples), kind, perLanguage)
	}
	acc := accuracy(t, samples)
	t.Logf("%s: %.4f of %d", kind, acc, len(samples))
	if acc < floor {
		t.Errorf("%s accuracy %.4f < %.2f", kind, acc, floor)
	}
}
