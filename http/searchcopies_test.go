package http_test

import (
	"encoding/json"
	"net/http"
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

// TestStoryListCountsCopies: the story list of the API and its CSV count
// a story's copies apart, as the story page ("2 articles + 1 copy") and
// kroniek stories (COPIES) do; the API said only "articles".
func TestStoryListCountsCopies(t *testing.T) {
	h := bridgeStory(t)
	_, body, _ := get(t, h, "/api/stories?all=0")
	var list struct {
		Items []struct {
			Articles, Copies int
		}
	}
	if err := json.Unmarshal([]byte(body), &list); err != nil || len(list.Items) != 1 || list.Items[0].Articles != 2 || list.Items[0].Copies != 1 {
		t.Errorf("API story list: want 2 articles and 1 copy: %s (%v)", body, err)
	}
	if _, csv, _ := get(t, h, "/?format=csv"); !strings.Contains(csv, "articles,copies,sources") || !strings.Contains(csv, ",2,1,2,") {
		t.Errorf("CSV story list: want articles 2, copies 1, sources 2:\n%s", csv)
	}
}

// TestStoryListShowsCopies: the story list says "2 articles + 1 copy" as
// the story's own page heads it, not "2 articles" beside a page that
// says otherwise.
func TestStoryListShowsCopies(t *testing.T) {
	h := bridgeStory(t)
	for ui, want := range map[string]string{"en": "<span>2 articles + 1 copy</span>", "nl": "<span>2 artikelen + 1 kopie</span>"} {
		if _, body, _ := get(t, h, "/?ui="+ui); !strings.Contains(body, want) {
			i := strings.Index(body, `class="meta"`)
			t.Errorf("ui=%s: the story list does not say %s: %.600s", ui, want, body[max(i, 0):])
		}
	}
}

// bridgeStory serves one story of two articles, from two outlets, and a
// copy of the first by a third; and an article of no outlet in no story.
func bridgeStory(t *testing.T) http.Handler {
	t.Helper()
	arts := []*kroniek.Article{
		{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Brug", Published: "2020-03-03", Lang: "nl", Text: "De brug gaat dicht.", Story: "s1"},
		{ID: "a2", Source: "a2.txt", Outlet: "Blad", Title: "Brug dicht", Published: "2020-03-04", Lang: "nl", Text: "De brug is dicht.", Story: "s1"},
		{ID: "a3", Source: "a3.txt", Outlet: "Dagblad", Title: "Brug", Published: "2020-03-03", Lang: "nl", Text: "De brug gaat dicht.", Story: "s1", DuplicateOf: "a1"},
		{ID: "a4", Source: "a4.txt", Title: "Brug open", Published: "2020-03-09", Lang: "nl", Text: "De brug is weer open."},
	}
	return storeServer(t, arts, &kroniek.Corpus{
		Links: []kroniek.ArticleLink{{Article: "a1", Story: "s1"}, {Article: "a2", Story: "s1"}, {Article: "a3", Story: "s1", DuplicateOf: "a1"}},
		Stories: []*kroniek.Story{{ID: "s1", Title: "Brug", Articles: []string{"a1", "a2"}, Copies: []string{"a3"},
			Start: "2020-03-03", End: "2020-03-04", Outlets: []string{"Blad", "Krant"}}}})
}
