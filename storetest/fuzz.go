package storetest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
)

// FuzzSearch fuzzes s.Search over the fixture articles, which it stores
// in s: no query text or language (cut to 8 bytes) may make an error, and
// every snippet must be valid UTF-8 with balanced match marks. seeds are
// query texts added to the corpus, each without and with language "nl",
// after the ones every store is seeded with.
func FuzzSearch(f *testing.F, s kroniek.Store, seeds ...string) {
	for _, q := range append([]string{"verkiezingen", `"`, `(`, `'; DROP TABLE articles; --`,
		"Poëtin", "\x00", "de het", "onderhandelingen sancties", "😀"}, seeds...) {
		f.Add(q, "")
		f.Add(q, "nl")
	}
	if _, err := s.PutArticles(f.Context(), Articles()); err != nil {
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
