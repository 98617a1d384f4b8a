package lang

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// sample is one labelled text of testdata.
type sample struct{ code, text string }

func readSamples(t testing.TB, path string) []sample {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []sample
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, text, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s: bad line %q", path, line)
		}
		out = append(out, sample{code, text})
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

func TestAccuracyTitles(t *testing.T) {
	samples := readSamples(t, "testdata/titles.tsv")
	if len(samples) < 30*len(Languages) {
		t.Fatalf("%d titles, want at least 30 per language", len(samples))
	}
	acc := accuracy(t, samples)
	t.Logf("titles: %.4f of %d", acc, len(samples))
	if acc < 0.98 {
		t.Errorf("title accuracy %.4f < 0.98", acc)
	}
}

func TestAccuracyBodies(t *testing.T) {
	samples := readSamples(t, "testdata/bodies.tsv")
	if len(samples) < 20*len(Languages) {
		t.Fatalf("%d bodies, want at least 20 per language", len(samples))
	}
	acc := accuracy(t, samples)
	t.Logf("bodies: %.4f of %d", acc, len(samples))
	if acc < 0.99 {
		t.Errorf("body accuracy %.4f < 0.99", acc)
	}
}
