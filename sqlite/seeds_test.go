package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
)

// TestSeedsSearch stores the five seed articles (raw text, first line as
// title) and searches them as the web page's acceptance test will.
func TestSeedsSearch(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(shared.Dir(t), "corpus", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Skipf("../shared not found: no seeds (%v)", err)
	}
	var arts []*kroniek.Article
	for _, p := range paths {
		buf, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(buf)
		title, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
		arts = append(arts, &kroniek.Article{ID: filepath.Base(p)[:3], Source: p, Lang: "nl", Title: title, Text: text})
	}
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "seeds.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := t.Context()
	if _, err := s.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q    string
		want []string
		mark string
	}{
		{"Sotsji", []string{"004"}, "\x02Sotsji\x03"},
		{"Loekasjenko", []string{"000", "001", "002", "003", "004"}, "\x02Loekasjenko"},
		{"demonstrant", []string{"000", "003", "004"}, "\x02demonstranten\x03"},
	} {
		r, err := s.Search(ctx, kroniek.SearchQuery{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range r.Hits {
			got = append(got, h.Article)
			if !strings.Contains(h.Snippet, tt.mark) {
				t.Errorf("%s: snippet of %s lacks %q: %q", tt.q, h.Article, tt.mark, h.Snippet)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: hits %v, want %v", tt.q, got, tt.want)
		}
	}
}
