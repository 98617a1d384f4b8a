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
