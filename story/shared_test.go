package story

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
)

// loadDPG reads the dpgmedia2019 articles as kroniek articles.
func loadDPG(t testing.TB) []*kroniek.Article {
	t.Helper()
	path := shared.Path(t, "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl")
	var out []*kroniek.Article
	for _, a := range shared.Corpus(t) {
		out = append(out, &kroniek.Article{ID: a.ID, Title: a.Title, Text: a.Text,
			Published: a.Published[:min(10, len(a.Published))], Lang: "nl", Source: path})
	}
	return out
}

// loadSeeds reads the five seed articles (plain text with an optional
// " date YYYY-MM" first-line prefix).
func loadSeeds(t testing.TB) []*kroniek.Article {
	t.Helper()
	var out []*kroniek.Article
	for _, s := range shared.Seeds(t) {
		out = append(out, &kroniek.Article{ID: strings.TrimSuffix(filepath.Base(s.Path), ".txt"), Source: s.Path,
			Outlet: "outlet-" + s.ID, Text: s.Text, Published: s.Month, Lang: "nl"})
	}
	return out
}

// checkPredicate reports the cases on which f differs from what they want.
func checkPredicate(t *testing.T, name string, f func(string) bool, cases map[string]bool) {
	t.Helper()
	for text, want := range cases {
		if got := f(text); got != want {
			t.Errorf("%s(%q) = %v, want %v", name, text, got, want)
		}
	}
}

// pairCase is two strings and what a test wants of them.
type pairCase struct {
	a, b string
	want bool
}

// checkPairs reports the cases on which f differs from what they want.
func checkPairs(t *testing.T, name string, f func(a, b string) bool, cases []pairCase) {
	t.Helper()
	for _, c := range cases {
		if got := f(c.a, c.b); got != c.want {
			t.Errorf("%s(%q, %q) = %v, want %v", name, c.a, c.b, got, c.want)
		}
	}
}
