package http_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSearchNoOutletFacet: a search's outlet facet counts the articles
// that name no outlet as a value of their own, "geen medium genoemd" on
// the page and kroniek.NoOutlet in the API, and that value filters on
// them; the facet left them out ("Theresa May": 10 of 16 hits counted)
// and they could not be picked (user trial 16).
func TestSearchNoOutletFacet(t *testing.T) {
	srv := serverWith(t, fixture(t), &kroniek.Article{ID: "a3", Source: "a3.txt", Title: "Jansen weer in Den Haag",
		Published: "2020-03-05", Lang: "nl", Text: "Minister Jansen bezocht Den Haag opnieuw."})
	_, body, _ := get(t, srv, "/api/search?q=bezocht")
	var res kroniek.SearchResult
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatal(err)
	}
	want := []kroniek.FacetCount{{Value: "Krant", Count: 1}, {Value: kroniek.NoOutlet, Count: 1}}
	if got := res.Facets[kroniek.FacetOutlet]; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("API outlet facet %+v, want %+v", got, want)
	}
	for _, path := range []string{"/api/search?q=bezocht&outlet=none", "/api/search?q=bezocht&outlet=None"} {
		_, body, _ := get(t, srv, path)
		if err := json.Unmarshal([]byte(body), &res); err != nil || res.Total != 1 || len(res.Hits) != 1 || res.Hits[0].Article != "a3" {
			t.Errorf("%s: want a3 alone: %s", path, body)
		}
	}
	_, page, _ := get(t, srv, "/search?q=bezocht&ui=nl")
	if !strings.Contains(page, `<a href="?outlet=none&amp;q=bezocht">geen medium genoemd</a> <small>1</small></li></ul>`) {
		i := strings.Index(page, `<aside class="facets">`)
		t.Errorf("page: no facet value for the article of no outlet: %.700s", page[max(i, 0):])
	}
	if strings.Contains(page, ">onbekend<") || !strings.Contains(page, `<div class="meta">geen medium genoemd <span class="nowrap">2020-03-05`) {
		t.Error("page: the hit of no outlet is not said to name none, as its facet and article page say")
	}
	_, page, _ = get(t, srv, "/search?q=bezocht&outlet=none&ui=en")
	if n := strings.Count(page, `<li class="hit">`); n != 1 || !strings.Contains(page, `href="/articles/a3"`) ||
		!strings.Contains(page, "no outlet named") || strings.Contains(page, ">none<") {
		t.Errorf("page filtered on no outlet: %d hits; want a3, the filter named \"no outlet named\"", n)
	}
}
