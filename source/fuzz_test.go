package source

import (
	"bytes"
	"context"
	"testing"

	"github.com/kroniek/kroniek"
)

// FuzzExtractHTML checks that no page, however broken, crashes extraction.
func FuzzExtractHTML(f *testing.F) {
	for _, name := range webFixtures {
		f.Add(readFixture(f, name+".html"))
	}
	f.Add([]byte("<html><body><div><div><p>tekst<table><tr><td><b><i>x</p></div>"))
	f.Add([]byte("\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ExtractHTML(data, "https://x.example/a", "")
	})
}

// FuzzReadWARC checks that no archive, however broken, crashes the reader
// or makes it emit an article without id.
func FuzzReadWARC(f *testing.F) {
	for _, gz := range []bool{false, true} {
		w := testArchive(f, gz, "")
		f.Add(w.buf.Bytes())
	}
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ReadWARC(context.Background(), "f.warc", bytes.NewReader(data), 1<<20,
			func(a *kroniek.Article) error {
				if a.ID == "" {
					t.Errorf("article without id from %s", a.Source)
				}
				return nil
			}, func(kroniek.Problem) {})
	})
}

// FuzzParseFeed checks that no feed crashes the feed reader.
func FuzzParseFeed(f *testing.F) {
	f.Add(readFixture(f, "rivierenblad.rss"))
	f.Add([]byte(atomFeed("https://x.example")))
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := ParseFeed(data)
		if err != nil {
			return
		}
		for _, it := range feed.Items {
			ItemArticle(context.Background(), feed, it, nil)
		}
	})
}
