package story

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"

	"github.com/kroniek/kroniek"
)

// sharedDir returns ../shared beside the repository, or skips.
func sharedDir(t testing.TB) string { return shared.Dir(t) }

// loadDPG reads the dpgmedia2019 articles as kroniek articles.
func loadDPG(t testing.TB) []*kroniek.Article {
	t.Helper()
	path := filepath.Join(sharedDir(t), "corpus", "dpgmedia2019", "dpgMedia2019-articles-byarticle-all.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("../shared not found: %v", err)
	}
	defer f.Close()
	var out []*kroniek.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		var rec struct {
			ID        json.Number `json:"id"`
			Title     string      `json:"title"`
			Text      string      `json:"text"`
			Published string      `json:"published_at"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("read jsonl line %d: %v", n, err)
		}
		pub := rec.Published
		if len(pub) > 10 {
			pub = pub[:10]
		}
		out = append(out, &kroniek.Article{ID: rec.ID.String(), Title: rec.Title, Text: rec.Text,
			Published: pub, Lang: "nl", Source: path})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// loadSeeds reads the five seed articles (plain text with an optional
// " date YYYY-MM" first-line prefix).
func loadSeeds(t testing.TB) []*kroniek.Article {
	t.Helper()
	dir := filepath.Join(sharedDir(t), "corpus", "seeds")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Skipf("../shared not found: no seeds in %s", dir)
	}
	sort.Strings(names)
	var out []*kroniek.Article
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text, pub := string(b), ""
		if rest, ok := strings.CutPrefix(text, " date "); ok && len(rest) >= 8 {
			pub, text = rest[:7], strings.TrimSpace(rest[7:])
		}
		base := filepath.Base(name)
		out = append(out, &kroniek.Article{ID: strings.TrimSuffix(base, ".txt"), Source: name,
			Outlet: fmt.Sprintf("outlet-%s", base[:3]), Text: text, Published: pub, Lang: "nl"})
	}
	return out
}
