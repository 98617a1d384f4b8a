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
	if strings.Contains(page, ">onbekend<") || !strings.Contains(page, `<div class="meta">geen medium genoemd · <span class="nowrap">2020-03-05`) {
		t.Error("page: the hit of no outlet is not said to name none, as its facet and article page say")
	}
	_, page, _ = get(t, srv, "/search?q=bezocht&outlet=none&ui=en")
	if n := strings.Count(page, `<li class="hit">`); n != 1 || !strings.Contains(page, `href="/articles/a3"`) ||
		!strings.Contains(page, "no outlet named") || strings.Contains(page, ">none<") {
		t.Errorf("page filtered on no outlet: %d hits; want a3, the filter named \"no outlet named\"", n)
	}
}

// TestStoryListNamesNoOutlet: the story list says a story has articles of
// no outlet after the outlets it names ("vk, geen medium genoemd"), as the
// story's heading does; it read "3 articles · vk" for one vk article and
// two of no outlet, and named nothing for a story of no outlet at all
// (user trial 17).
func TestStoryListNamesNoOutlet(t *testing.T) {
	text := "Wethouder De Vries opende de nieuwe fietsbrug over het kanaal."
	art := func(id, outlet, story string) *kroniek.Article {
		return &kroniek.Article{ID: id, Source: id + ".txt", Outlet: outlet, Title: "Fietsbrug open " + id, Published: "2021-05-0" + id[1:],
			Lang: "nl", Text: text, Story: story}
	}
	arts := []*kroniek.Article{art("m1", "Dagblad", "s-mix"), art("m2", "", "s-mix"), art("m3", "", "s-mix"),
		art("n4", "", "s-none"), art("n5", "", "s-none"), art("k6", "Dagblad", "s-named"), art("k7", "Weekblad", "s-named")}
	var links []kroniek.ArticleLink
	for _, a := range arts {
		links = append(links, kroniek.ArticleLink{Article: a.ID, Story: a.Story})
	}
	h := storeServer(t, arts, &kroniek.Corpus{Links: links, Stories: []*kroniek.Story{
		{ID: "s-mix", Title: "Gemengd", Articles: []string{"m1", "m2", "m3"}, Start: "2021-05-01", End: "2021-05-03", Outlets: []string{"Dagblad"},
			Sources: []kroniek.SourceView{{Outlet: "Dagblad", Articles: []string{"m1"}}, {Articles: []string{"m2", "m3"}}}},
		{ID: "s-none", Title: "Naamloos", Articles: []string{"n4", "n5"}, Start: "2021-05-04", End: "2021-05-05",
			Sources: []kroniek.SourceView{{Articles: []string{"n4"}}, {Articles: []string{"n5"}}}},
		{ID: "s-named", Title: "Genoemd", Articles: []string{"k6", "k7"}, Start: "2021-05-06", End: "2021-05-07", Outlets: []string{"Dagblad", "Weekblad"},
			Sources: []kroniek.SourceView{{Outlet: "Dagblad", Articles: []string{"k6"}}, {Outlet: "Weekblad", Articles: []string{"k7"}}}},
	}})
	_, page, _ := get(t, h, "/?ui=nl")
	for _, want := range []string{
		`<span class="outlets">Dagblad, geen medium genoemd</span>`,
		`<span class="outlets">geen medium genoemd</span>`,
		`<span class="outlets">Dagblad, Weekblad</span>`,
	} {
		if !strings.Contains(page, want) {
			i := strings.Index(page, `<ol class="stories">`)
			t.Errorf("story list lacks %s:\n%s", want, page[max(i, 0):])
		}
	}
	if strings.Count(page, "geen medium genoemd") != 2 {
		t.Errorf("story list names no outlet %d times, want 2 (not for the story of named outlets)", strings.Count(page, "geen medium genoemd"))
	}
}

// TestUndeterminedLanguageInWords: an article whose language is not known
// (und, ISO 639's code, for a text too short to tell) reads "onbepaald" /
// "undetermined" on its page, in the search hit, facet and filter, and in
// the story list; the pages showed "und" (user trial 17).
func TestUndeterminedLanguageInWords(t *testing.T) {
	arts := []*kroniek.Article{
		{ID: "u1", Source: "u1.txt", Outlet: "Krant", Title: "Kort", Published: "2021-05-01", Lang: "und", Text: "Hoera voor Zwolle!", Story: "s1"},
		{ID: "u2", Source: "u2.txt", Outlet: "Blad", Title: "Zwolle wint", Published: "2021-05-02", Lang: "nl", Text: "De ploeg uit Zwolle won zaterdag de beker.", Story: "s1"},
	}
	h := storeServer(t, arts, &kroniek.Corpus{Links: []kroniek.ArticleLink{{Article: "u1", Story: "s1"}, {Article: "u2", Story: "s1"}},
		Stories: []*kroniek.Story{{ID: "s1", Title: "Zwolle", Articles: []string{"u1", "u2"}, Start: "2021-05-01", End: "2021-05-02",
			Outlets: []string{"Blad", "Krant"}, Languages: []string{"nl", "und"}}}})
	for path, want := range map[string]string{
		"/articles/u1?ui=nl":              "Taal: onbepaald",
		"/?ui=en":                         `<span class="langs-used">nl, undetermined</span>`,
		"/search?q=zwolle&ui=nl":          `">onbepaald</a> <small>1</small>`,
		"/search?q=zwolle&lang=und&ui=nl": "Taal: onbepaald <span",
		"/search?q=hoera&ui=en":           `</span> · undetermined`,
	} {
		_, page, _ := get(t, h, path)
		if !strings.Contains(page, want) {
			i := strings.Index(page, "<main")
			t.Errorf("%s: no %q: %.900s", path, want, page[max(i, 0):])
		}
	}
}
