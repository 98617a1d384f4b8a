package source

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
)

// BenchmarkReadJSONL reads the dpgmedia2019 articles with their outlet
// labels joined; MB/s is of the JSONL file.
func BenchmarkReadJSONL(b *testing.B) {
	dir := filepath.Join(shared.Dir(b), "corpus", "dpgmedia2019")
	path := filepath.Join(dir, "dpgMedia2019-articles-byarticle-all.jsonl")
	info, err := os.Stat(path)
	if err != nil {
		b.Skip("dpgmedia corpus not found: " + err.Error())
	}
	meta, err := ParseMetaFlags([]string{filepath.Join(dir, "dpgMedia2019-labels-byarticle.jsonl")}, "", nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(info.Size())
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		err := Read(context.Background(), []string{path}, Options{Meta: meta},
			func(*kroniek.Article) error { n++; return nil }, func(kroniek.Problem) {})
		if err != nil || n != 1438 {
			b.Fatalf("read %d articles: %v", n, err)
		}
	}
}

// FuzzJSONL feeds arbitrary lines to the JSONL reader: it never panics,
// every article is valid UTF-8 with a non-empty id and a path:line source.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":1,"text":"Een.","date":"2020-01"}` + "\n" + `{"id":2,`))
	f.Add([]byte(`{"text":"\xff\xfe","published_at":1600000000,"x":{"a":[1,2]}}`))
	f.Add([]byte("\n\n{}\n[]\nnull\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := readJSONL(context.Background(), "f.jsonl", bytes.NewReader(data), Options{MaxSize: 1 << 16},
			func(a *kroniek.Article) error {
				if a.ID == "" || !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) || a.Source == "" {
					t.Errorf("bad article %+v", a)
				}
				return nil
			}, func(kroniek.Problem) {})
		if err != nil {
			t.Errorf("readJSONL: %v", err)
		}
	})
}

// FuzzText feeds arbitrary bytes to the seed-format reader through
// sniffing and decoding: no panic, and any article is valid UTF-8.
func FuzzText(f *testing.F) {
	f.Add([]byte(" date 2020-09 Tekst.\n\nMeer."))
	f.Add([]byte{0xFF, 0xFE, 'a', 0, 'b'})
	f.Add([]byte("Caf\xe9 \x93x\x94"))
	f.Add([]byte("a\x00b"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &reader{opts: Options{MaxSize: 1 << 20}, report: func(kroniek.Problem) {}}
		r.emit = func(a *kroniek.Article) error {
			if !utf8.ValidString(a.Body) || a.Body == "" {
				t.Errorf("bad body %q", a.Body)
			}
			return nil
		}
		if err := r.stream(context.Background(), "f.txt", formatText, bytes.NewReader(data), int64(len(data))); err != nil {
			t.Errorf("stream: %v", err)
		}
	})
}
