package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/kroniek/kroniek"
	"golang.org/x/sync/errgroup"
)

// hitIDs returns the article ids of hits.
func hitIDs(hits []kroniek.SearchHit) []string {
	ids := []string{}
	for _, h := range hits {
		ids = append(ids, h.Article)
	}
	return ids
}

func testSearch(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	search := func(text string) *kroniek.SearchResult {
		t.Helper()
		r, err := s.Search(ctx, kroniek.SearchQuery{Text: text})
		if err != nil {
			t.Fatalf("Search(%q): %v", text, err)
		}
		for i := 1; i < len(r.Hits); i++ {
			if r.Hits[i].Score > r.Hits[i-1].Score {
				t.Errorf("Search(%q): hits not ranked by score: %+v", text, r.Hits)
			}
		}
		return r
	}

	// Ranking: the article with the word in its title and twice in its
	// text comes before the one with a single inflected form.
	r := search("verkiezingen")
	equalIDs(t, "verkiezingen", hitIDs(r.Hits), []string{artNOS, artNRC})
	if r.Total != 2 {
		t.Errorf("verkiezingen: total %d, want 2", r.Total)
	}
	if len(r.Hits) == 2 {
		h := r.Hits[0]
		if h.Title != Articles()[0].Title || h.Outlet != "NOS" || h.Published != "2020-08-10" ||
			h.Lang != "nl" || h.Story != story1 {
			t.Errorf("hit fields: %+v", h)
		}
		if !strings.Contains(h.Snippet, "\x02verkiezingen\x03") {
			t.Errorf("snippet %q does not mark \"verkiezingen\"", h.Snippet)
		}
		// The snippet comes from the original text: the inflected form
		// the article uses is marked, not the stem.
		if !strings.Contains(r.Hits[1].Snippet, "\x02verkiezing\x03") {
			t.Errorf("snippet %q does not mark \"verkiezing\"", r.Hits[1].Snippet)
		}
	}

	// Dutch stemming: onderhandelingen and onderhandelen share a stem.
	r = search("onderhandelingen")
	equalIDs(t, "onderhandelingen", hitIDs(r.Hits), []string{artNRC})
	if len(r.Hits) == 1 && !strings.Contains(r.Hits[0].Snippet, "wil \x02onderhandelen\x03 met") {
		t.Errorf("stemmed snippet: %q", r.Hits[0].Snippet)
	}
	equalIDs(t, "presidenten", hitIDs(search("presidenten").Hits), []string{artNOS})

	// Diacritics fold; English words match English articles.
	equalIDs(t, "Poëtin", hitIDs(search("Poëtin").Hits), []string{artTel})
	equalIDs(t, "protesters", hitIDs(search("protesters").Hits), []string{artBBC})

	// All words must match.
	equalIDs(t, "Poetin lening", hitIDs(search("Poetin lening").Hits), []string{artTel})
	equalIDs(t, "Poetin verkiezingen", hitIDs(search("Poetin verkiezingen").Hits), nil)
	// Stop words alone find nothing; beside a word they are ignored.
	if r := search("de het een"); r.Total != 0 || len(r.Hits) != 0 {
		t.Errorf("stop words: %d hits", r.Total)
	}
	// Title weight: "weer" once in vk-1's title ranks above once in
	// nos-1's text (which the date tie-break would put first).
	equalIDs(t, "het weer", hitIDs(search("het weer").Hits), []string{artVK, artNOS})

	// A name in three of five articles: all three, with facets over them.
	r = search("Loekasjenko")
	if got := slices.Sorted(slices.Values(hitIDs(r.Hits))); r.Total != 3 ||
		!slices.Equal(got, []string{artNOS, artNRC, artTel}) {
		t.Fatalf("Loekasjenko: %v (total %d); want nos-1, nrc-1, tel-1", got, r.Total)
	}
	want := map[string][]kroniek.FacetCount{
		"outlet": {{Value: "NOS", Count: 1}, {Value: "NRC", Count: 1}, {Value: "Telegraaf", Count: 1}},
		"lang":   {{Value: "nl", Count: 3}},
		"story": {{Value: story1, Label: "Protesten in Belarus", Count: 2},
			{Value: story2, Label: "Poetin belooft lening", Count: 1}},
		"event": {{Value: "AID", Count: 1}, {Value: "PROTEST", Count: 1}, {Value: "THREATEN", Count: 1}},
	}
	for name, w := range want {
		if got := r.Facets[name]; !slices.Equal(got, w) {
			t.Errorf("facet %s: %+v, want %+v", name, got, w)
		}
	}
	if ents := r.Facets["entity"]; len(ents) == 0 ||
		ents[0] != (kroniek.FacetCount{Value: entLoek, Label: "Aleksandr Loekasjenko", Count: 3}) {
		t.Errorf("entity facet: %+v", ents)
	}

	// Paging keeps the ranking and the total.
	p, err := s.Search(ctx, kroniek.SearchQuery{Text: "Loekasjenko", Page: kroniek.Page{Offset: 1, Limit: 1}})
	if err != nil || p.Total != 3 || len(p.Hits) != 1 || p.Hits[0].Article != r.Hits[1].Article {
		t.Errorf("paged search: %+v, %v", p, err)
	}

	// A changed article is re-indexed.
	arts := Articles()
	arts[4].Text = "Na een natte week komt er morgen zon."
	if _, err := s.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	equalIDs(t, "re-indexed old word", hitIDs(search("droge").Hits), nil)
	equalIDs(t, "re-indexed new word", hitIDs(search("natte").Hits), []string{artVK})
}

// testSearchSyntax checks the query syntax both stores read: "phrases",
// OR, NOT (and -word) and prefix*, by how their results relate.
func testSearchSyntax(t *testing.T, open Open) {
	s := loaded(t, open)
	total := func(text string) int {
		t.Helper()
		r, err := s.Search(t.Context(), kroniek.SearchQuery{Text: text})
		if err != nil {
			t.Fatalf("Search(%q): %v", text, err)
		}
		return r.Total
	}
	a, b := "verkiezingen", "Loekasjenko"
	ab := total(a + " " + b)
	if got, want := total(a+" OR "+b), total(a)+total(b)-ab; got != want || want == 0 {
		t.Errorf("%s OR %s: %d hits, want %d", a, b, got, want)
	}
	if got, want := total(a+" NOT "+b), total(a)-ab; got != want {
		t.Errorf("%s NOT %s: %d hits, want %d", a, b, got, want)
	}
	if got, want := total(a+" -"+b), total(a)-ab; got != want {
		t.Errorf("%s -%s: %d hits, want %d", a, b, got, want)
	}
	if got := total("verkiez*"); got < total(a) || got == 0 {
		t.Errorf("verkiez*: %d hits, fewer than %s (%d)", got, a, total(a))
	}
	if got := total("loekasj*"); got != total(b) {
		t.Errorf("loekasj*: %d hits, want those of %s (%d)", got, b, total(b))
	}
	if got, words := total(`"Europese Unie"`), total("Europese Unie"); got == 0 || got > words {
		t.Errorf(`"Europese Unie": %d hits (the words anywhere: %d)`, got, words)
	}
	if got := total(`"Unie Europese"`); got != 0 {
		t.Errorf(`"Unie Europese" (words out of order): %d hits, want 0`, got)
	}
}

func testSearchFilters(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	// Hits without a text to rank them come in no set order: sorted here.
	search := func(ctx context.Context, q kroniek.SearchQuery) ([]kroniek.SearchHit, int, error) {
		r, err := s.Search(ctx, q)
		if err != nil {
			return nil, 0, err
		}
		if q.Text == "" {
			slices.SortFunc(r.Hits, func(a, b kroniek.SearchHit) int { return strings.Compare(a.Article, b.Article) })
		}
		return r.Hits, r.Total, nil
	}
	checkList(t, search, func(h kroniek.SearchHit) string { return h.Article }, []listCase[kroniek.SearchQuery]{
		{"outlet", kroniek.SearchQuery{Text: "Loekasjenko", Outlet: "NRC"}, []string{artNRC}, 1},
		{"story", kroniek.SearchQuery{Text: "Loekasjenko", Story: story2}, []string{artTel}, 1},
		{"entity", kroniek.SearchQuery{Text: "Loekasjenko", Entity: entPoet}, []string{artTel}, 1},
		{"event type", kroniek.SearchQuery{Text: "Loekasjenko", Event: "THREATEN"}, []string{artNRC}, 1},
		{"from", kroniek.SearchQuery{Text: "verkiezingen", From: "2020-08-11"}, []string{artNRC}, 1},
		{"to", kroniek.SearchQuery{Text: "verkiezingen", To: "2020-08-10"}, []string{artNOS}, 1},
		{"lang", kroniek.SearchQuery{Text: "Minsk", Lang: "en"}, []string{artBBC}, 1},
		{"lang excludes", kroniek.SearchQuery{Text: "Loekasjenko", Lang: "en"}, nil, 0},
		{"no text: filters only", kroniek.SearchQuery{Outlet: "BBC"}, []string{artBBC}, 1},
		{"no text, entity", kroniek.SearchQuery{Entity: entMinsk}, []string{artBBC, artNOS}, 2},
	})
	_, err := s.Search(ctx, kroniek.SearchQuery{Text: "x", From: "gisteren"})
	wantCode(t, "search with bad date", err, kroniek.EINVALID)

	// An article that names no outlet has a value in the outlet facet,
	// kroniek.NoOutlet, and that value selects it: the facet adds up to
	// the total, and such articles can be picked (user trial 16).
	loose := kroniek.Article{ID: "loose-1", Source: "testdata/loose.txt", Lang: "nl", Published: "2020-08-12",
		Title: "Loekasjenko zonder medium", Text: "Loekasjenko sprak opnieuw in Minsk."}
	if _, err := s.PutArticles(ctx, []*kroniek.Article{&loose}); err != nil {
		t.Fatal(err)
	}
	r, err := s.Search(ctx, kroniek.SearchQuery{Text: "Loekasjenko"})
	if err != nil {
		t.Fatal(err)
	}
	sum, outlets := 0, r.Facets[kroniek.FacetOutlet]
	for _, f := range outlets {
		sum += f.Count
	}
	if sum != r.Total || len(outlets) == 0 || outlets[len(outlets)-1] != (kroniek.FacetCount{Value: kroniek.NoOutlet, Count: 1}) {
		t.Errorf("outlet facet %+v adds up to %d of %d hits; want the article of no outlet last, as %q", outlets, sum, r.Total, kroniek.NoOutlet)
	}
	checkList(t, search, func(h kroniek.SearchHit) string { return h.Article }, []listCase[kroniek.SearchQuery]{
		{"no outlet", kroniek.SearchQuery{Text: "Loekasjenko", Outlet: kroniek.NoOutlet}, []string{"loose-1"}, 1},
		{"no outlet, no text", kroniek.SearchQuery{Outlet: kroniek.NoOutlet}, []string{"loose-1"}, 1},
	})
}

// testSearchHostile checks that no query text is an error: user text must
// never reach the query language unquoted.
func testSearchHostile(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	for _, text := range []string{
		`"`, `""`, `"Loekasjenko`, `*`, `Loek*`, `^Loekasjenko`, `AND`, `OR NOT (`, `NEAR(Poetin lening)`,
		`title:Poetin`, `{title text}: x`, `'; DROP TABLE articles; --`, `) OR 1=1 --`, `\`, `%_`,
		`-Poetin`, `+`, `Poetin AND`, `Poetin OR`, `NOT`, "\x00", "😀 Poetin", strings.Repeat("woord ", 300),
		`rank MATCH 'x'`, `col:"a" * ^b`,
	} {
		r, err := s.Search(ctx, kroniek.SearchQuery{Text: text})
		if err != nil {
			t.Errorf("Search(%.40q): %v", text, err)
			continue
		}
		if text == `"Loekasjenko` && r.Total != 3 {
			t.Errorf("Search(%q): total %d, want 3", text, r.Total)
		}
	}
	if _, n, err := s.Articles(ctx, kroniek.ArticleFilter{}); err != nil || n != 5 {
		t.Errorf("articles after hostile queries: %d, %v", n, err)
	}
}

func testExport(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	x, err := s.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range x.Articles {
		ids = append(ids, a.ID)
	}
	equalIDs(t, "export articles", ids, []string{artNOS, artBBC, artNRC, artTel, artVK})
	if n := [...]int{len(x.Entities), len(x.Quotes), len(x.Amounts), len(x.Times), len(x.Events), len(x.Stories)}; n != [...]int{5, 3, 3, 1, 4, 2} {
		t.Errorf("export sizes (entities, quotes, amounts, times, events, stories) %v", n)
	}
	if len(x.Articles) == 5 {
		if x.Articles[4].Published != nil || x.Articles[0].Story == nil || *x.Articles[0].Story != story1 {
			t.Errorf("export article fields: %+v", x.Articles)
		}
	}
	for _, e := range x.Entities {
		if e.ID == entLoek && len(e.Mentions) != 4 {
			t.Errorf("export entity %s: %d mentions, want 4", e.ID, len(e.Mentions))
		}
		// a mention's stands_for is stored as a knowledge-base id and
		// exported as the id of the entity with that link, or as none
		// when no entity has it (the BBC's Minsk: country:RU)
		for _, m := range e.Mentions {
			if want := map[bool]string{true: entBY}[e.ID == entMinsk && m.Article == artNOS]; m.StandsFor != want {
				t.Errorf("export mention %q of %s in %s: stands_for %q, want %q", m.Text, e.ID, m.Article, m.StandsFor, want)
			}
		}
	}
	first := mustJSON(t, x)
	// Lists are lists, never null, even when the corpus left them nil.
	for _, field := range []string{"articles", "entities", "quotes", "amounts", "times", "events", "stories",
		"aliases", "mentions", "actor", "recipient", "summary", "timeline", "removed"} {
		if bytes.Contains(first, []byte(`"`+field+`":null`)) {
			t.Errorf("export has %q: null", field)
		}
	}

	// The same content put in another order exports byte for byte the same.
	s2 := open(t)
	arts := Articles()
	slices.Reverse(arts)
	for _, a := range arts {
		if _, err := s2.PutArticles(ctx, []*kroniek.Article{a}); err != nil {
			t.Fatal(err)
		}
	}
	ans := Analyses(t, false)
	slices.Reverse(ans)
	if err := s2.PutAnalyses(ctx, ans); err != nil {
		t.Fatal(err)
	}
	c := Corpus(t)
	slices.Reverse(c.Entities)
	slices.Reverse(c.Stories)
	slices.Reverse(c.Links)
	slices.Reverse(c.Analyses)
	if err := s2.PutCorpus(ctx, c); err != nil {
		t.Fatal(err)
	}
	for i, st := range []kroniek.Store{s, s2} {
		x, err := st.Export(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got := mustJSON(t, x); !bytes.Equal(got, first) {
			t.Errorf("export %d differs from the first:\n%s\n%s", i, got, first)
		}
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	buf, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return buf
}

// testConcurrent writes batches while readers list, search and export;
// readers never fail and never see the count go down.
func testConcurrent(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	const batches, size = 12, 10
	var done atomic.Bool
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		defer done.Store(true)
		for b := range batches {
			var arts []*kroniek.Article
			for i := range size {
				arts = append(arts, &kroniek.Article{
					ID: fmt.Sprintf("gen-%02d-%02d", b, i), Source: "gen", Outlet: "Gen", Lang: "nl",
					Published: fmt.Sprintf("2021-01-%02d", 1+b), Title: fmt.Sprintf("Bericht %d", b*size+i),
					Text: "De demonstranten protesteerden opnieuw in de hoofdstad tegen de regering.",
				})
			}
			res, err := s.PutArticles(gctx, arts)
			if err != nil {
				return fmt.Errorf("write batch %d: %w", b, err)
			}
			if res.New != size {
				return fmt.Errorf("write batch %d: %+v", b, res)
			}
		}
		return nil
	})
	for r := range 3 {
		g.Go(func() error {
			last := 0
			for i := 0; !done.Load() || i < 2; i++ {
				var n int
				var err error
				switch (r + i) % 3 {
				case 0:
					_, n, err = s.Articles(gctx, kroniek.ArticleFilter{Page: kroniek.Page{Limit: 5}})
				case 1:
					var res *kroniek.SearchResult
					res, err = s.Search(gctx, kroniek.SearchQuery{Text: "demonstranten"})
					if res != nil {
						n = res.Total + 4 // four fixture articles do not match
					}
				case 2:
					var x *kroniek.Export
					x, err = s.Export(gctx)
					if x != nil {
						n = len(x.Articles)
					}
				}
				if err != nil {
					return fmt.Errorf("reader %d: %w", r, err)
				}
				if n < last {
					return fmt.Errorf("reader %d: count went down from %d to %d", r, last, n)
				}
				last = n
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		t.Fatal(err)
	}

	// Paging defaults and bounds over the larger store.
	total := 5 + batches*size
	list, n, err := s.Articles(ctx, kroniek.ArticleFilter{})
	if err != nil || n != total || len(list) != 50 {
		t.Errorf("default page: %d of %d, %v; want 50 of %d", len(list), n, err, total)
	}
	list, _, err = s.Articles(ctx, kroniek.ArticleFilter{Page: kroniek.Page{Limit: 10000}})
	if err != nil || len(list) != total {
		t.Errorf("large limit: %d, %v; want %d (under the maximum)", len(list), err, total)
	}
	r, err := s.Search(ctx, kroniek.SearchQuery{Text: "demonstrant"})
	if err != nil || r.Total != batches*size+1 || len(r.Hits) != 50 {
		t.Errorf("search over generated articles: %+v, %v", r.Total, err)
	}
}
