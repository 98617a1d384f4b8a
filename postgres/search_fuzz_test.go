package postgres_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/storetest"
)

// FuzzSearch checks that no query text or language makes a tsquery or
// encoding error, and that every snippet is valid UTF-8 with balanced
// match marks. Without KRONIEK_PG_DSN it skips.
//
//	go test ./postgres -run '^$' -fuzz FuzzSearch -fuzztime 30s
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"verkiezingen", `"`, `'`, `''`, `\`, `a:*`, `a & b | !c <-> d`, `'x':1A`,
		`(`, `'; DROP TABLE articles; --`, "Poëtin", "\x00", "\xff\xfe", "de het", "onderhandelingen sancties", "😀"} {
		f.Add(s, "")
		f.Add(s, "nl")
	}
	f.Add("Loekasjenko", "\xff")
	s := openTest(f)
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
