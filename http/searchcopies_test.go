package http_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSearchFoldsCopies: a copy of an article (another outlet's print of
// it) that a search finds beside its original is one hit, on the page
// and in the API, with the copy named under it, as its story counts it
// once; the total still counts both.
func TestSearchFoldsCopies(t *testing.T) {
	srv := serverWith(t, fixture(t), &kroniek.Article{ID: "a3", Source: "a3.txt", Outlet: "Blad", Title: "Jansen in Den Haag",
		Published: "2020-03-03", Lang: "nl", Text: "Minister Jansen bezocht Den Haag op 3 maart.", Story: "s1", DuplicateOf: "a1"})
	_, body, _ := get(t, srv, "/api/search?q=bezocht")
	var res kroniek.SearchResult
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Hits[0].Article != "a1" || len(res.Hits[0].Copies) != 1 || res.Hits[0].Copies[0] != "a3" || res.Total != 2 {
		t.Errorf("API: want one hit a1 with copy a3 of 2 articles, got %s", body)
	}
	_, page, _ := get(t, srv, "/search?q=bezocht&ui=en")
	if n := strings.Count(page, `<li class="hit">`); n != 1 || !strings.Contains(page, `+ 1 copy: <a href="/articles/a3">Blad</a>`) {
		i := strings.Index(page, `<section class="hits">`)
		t.Errorf("page: %d hits, want 1 naming its copy: %.900s", n, page[max(i, 0):])
	}
}

// TestSearchDownloadKeepsCopies: the search's CSV download names the
// copies folded into a hit, so that folding loses no article.
func TestSearchDownloadKeepsCopies(t *testing.T) {
	srv := serverWith(t, fixture(t), &kroniek.Article{ID: "a3", Source: "a3.txt", Outlet: "Blad", Title: "Jansen in Den Haag",
		Published: "2020-03-03", Lang: "nl", Text: "Minister Jansen bezocht Den Haag op 3 maart.", Story: "s1", DuplicateOf: "a1"})
	_, body, _ := get(t, srv, "/search?q=bezocht&format=csv")
	lines := strings.Split(strings.TrimSpace(body), "\n")
	if len(lines) != 2 || !strings.HasSuffix(lines[0], ",copies") || !strings.HasPrefix(lines[1], "a1,") || !strings.HasSuffix(lines[1], ",a3") {
		t.Errorf("CSV: want a header ending in copies and a1's row ending in a3:\n%s", body)
	}
}
