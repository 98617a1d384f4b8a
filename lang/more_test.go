package lang

import (
	"runtime"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
)

func TestShortAndForeign(t *testing.T) {
	for _, s := range []string{"", "   ", "12 34", "A.", "ok", "東京で地震", "— 3 —"} {
		if code, conf := Detect(s); code != Unknown || conf != 0 {
			t.Errorf("Detect(%q) = %s %.2f, want und 0", s, code, conf)
		}
	}
}

// TestTooShortToTell: a name or a comic's title alone is und
// (testdata/short.tsv), while a short title with a function word or
// telling letters, Russian and Ukrainian ones included, keeps its
// language.
func TestTooShortToTell(t *testing.T) {
	if acc := accuracy(t, readSamples(t, "testdata/short.tsv")); acc < 1 {
		t.Errorf("short texts: %.2f right, want all", acc)
	}
}

func TestConfidence(t *testing.T) {
	_, long := Detect("De minister van Buitenlandse Zaken sprak dinsdag in de Tweede Kamer over de sancties tegen Wit-Rusland.")
	_, short := Detect("Sancties tegen Rusland")
	if long < 0.99 || short <= 0 || short > long {
		t.Errorf("confidence long %.3f short %.3f", long, short)
	}
}

// dpgArticles reads titles and texts of the dpgmedia2019 corpus (Dutch).
func dpgArticles(t testing.TB) (titles, texts []string) {
	for _, a := range shared.Corpus(t) {
		titles = append(titles, a.Title)
		texts = append(texts, a.Text)
	}
	return titles, texts
}

// TestDPGMedia checks that the Dutch corpus comes out Dutch: every body,
// and nearly every title long enough to tell.
func TestDPGMedia(t *testing.T) {
	titles, texts := dpgArticles(t)
	count := func(xs []string) (nl, told int) {
		for _, x := range xs {
			code, _ := Detect(x)
			if code == Unknown {
				continue
			}
			told++
			if code == "nl" {
				nl++
			} else if testing.Verbose() {
				t.Logf("not nl: %s %.80q", code, x)
			}
		}
		return
	}
	nl, told := count(texts)
	t.Logf("bodies: %d of %d told are nl", nl, told)
	if float64(nl) < 0.995*float64(told) {
		t.Errorf("bodies: %d of %d nl", nl, told)
	}
	nl, told = count(titles)
	t.Logf("titles: %d of %d told are nl", nl, told)
	if float64(nl) < 0.95*float64(told) {
		t.Errorf("titles: %d of %d nl", nl, told)
	}
}

// BenchmarkDetect detects the language of every dpgmedia2019 body; MB/s
// is of text (Detect looks at the first 2,000 letters only).
func BenchmarkDetect(b *testing.B) {
	_, texts := dpgArticles(b)
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	Detect("warm up")
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Detect(t)
		}
	}
}

// BenchmarkDetectTitle detects one short title.
func BenchmarkDetectTitle(b *testing.B) {
	Detect("warm up")
	for b.Loop() {
		Detect("Loekasjenko zoekt steun bij Poetin na massale protesten")
	}
}

// BenchmarkLoad decodes the embedded model and reports its heap size.
func BenchmarkLoad(b *testing.B) {
	var before, after runtime.MemStats
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&before)
		m, err := decode(modelData)
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heapMB")
		runtime.KeepAlive(m)
	}
}
