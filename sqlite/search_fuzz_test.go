package sqlite_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/sqlite"
	"github.com/kroniek/kroniek/storetest"
)

// FuzzSearch checks that no query text makes an FTS5 error and that every
// snippet is valid UTF-8 with balanced match marks.
//
//	go test ./sqlite -run '^$' -fuzz FuzzSearch -fuzztime 30s
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"verkiezingen", `"`, `NEAR(a b)`, `title:x`, `a*`, `^x`, `(`, `'; DROP TABLE articles; --`,
		"Poëtin", "\x00", "de het", "onderhandelingen sancties", "😀"} {
		f.Add(s, "")
		f.Add(s, "nl")
	}
	s, err := sqlite.Open(":memory:")
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { s.Close() })
	if _, err := s.PutArticles(f.Context(), storetest.Articles()); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		if len(lang) > 8 {
			lang = lang[:8]
		}
		r, err := s.Search(t.Context(), kroniek.SearchQuery{Text: text, Lang: lang})
		if err != nil {
			t.Fatalf("Search(%q, %q): %v", text, lang, err)
		}
		for _, h := range r.Hits {
			if !utf8.ValidString(h.Snippet) {
				t.Errorf("snippet not UTF-8: %q", h.Snippet)
			}
			if strings.Count(h.Snippet, "\x02") != strings.Count(h.Snippet, "\x03") {
				t.Errorf("unbalanced marks: %q", h.Snippet)
			}
		}
	})
}
