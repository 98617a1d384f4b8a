package storetest

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
)

// Open returns a new, empty store and arranges (t.Cleanup) for it to be
// closed and removed when the test ends.
type Open func(t *testing.T) kroniek.Store

// Run runs the contract suite of kroniek.Store against the stores open
// returns; every subtest opens its own.
func Run(t *testing.T, open Open) {
	tests := []struct {
		name string
		fn   func(*testing.T, Open)
	}{
		{"PutArticles", testPutArticles},
		{"Articles", testArticles},
		{"Analyses", testAnalyses},
		{"Corpus", testCorpus},
		{"TitleMentions", testTitleMentions},
		{"TitleItems", testTitleItems},
		{"CorpusSkipsStale", testCorpusSkipsStale},
		{"Extractions", testExtractions},
		{"AnalysesSkipStale", testAnalysesSkipStale},
		{"Entities", testEntities},
		{"EntityViews", testEntityViews},
		{"Stories", testStories},
		{"Quotes", testQuotes},
		{"QuoteGaps", testQuoteGaps},
		{"QuoteCoSpeakers", testQuoteCoSpeakers},
		{"Events", testEvents},
		{"Search", testSearch},
		{"SearchFilters", testSearchFilters},
		{"SearchHostile", testSearchHostile},
		{"SearchSyntax", testSearchSyntax},
		{"Export", testExport},
		{"FeedState", testFeedState},
		{"Invalid", testInvalid},
		{"Concurrent", testConcurrent},
		{"ConcurrentWriters", testConcurrentWriters},
		{"Generation", testGeneration},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open) })
	}
}

// loaded opens a store holding the fixture articles, analyses (resolved
// by PutCorpus) and corpus.
func loaded(t *testing.T, open Open) kroniek.Store {
	t.Helper()
	s := open(t)
	ctx := t.Context()
	if _, err := s.PutArticles(ctx, Articles()); err != nil {
		t.Fatalf("PutArticles: %v", err)
	}
	if err := s.PutAnalyses(ctx, Analyses(t, false)); err != nil {
		t.Fatalf("PutAnalyses: %v", err)
	}
	if err := s.PutCorpus(ctx, Corpus(t)); err != nil {
		t.Fatalf("PutCorpus: %v", err)
	}
	return s
}

// wantCode fails unless err carries the application error code.
func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := kroniek.ErrorCode(err); got != code {
		t.Errorf("%s: error code %q (%v), want %q", what, got, err, code)
	}
}

// equalIDs fails when got differs from want.
func equalIDs(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: got %q, want %q", what, got, want)
	}
}

// listCase is one filter of a list method (Articles, Stories, …), the
// keys of what it should list in order and the total it should count.
type listCase[F any] struct {
	name  string
	f     F
	want  []string
	total int // anyTotal: not checked
}

// anyTotal marks a listCase whose total is not checked.
const anyTotal = -1

// checkList runs each case through list and compares the keys of what it
// lists, and its total.
func checkList[F, T any](t *testing.T, list func(context.Context, F) ([]T, int, error), key func(T) string, cases []listCase[F]) {
	t.Helper()
	for _, tt := range cases {
		items, n, err := list(t.Context(), tt.f)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var keys []string
		for _, x := range items {
			keys = append(keys, key(x))
		}
		equalIDs(t, tt.name, keys, tt.want)
		if tt.total != anyTotal && n != tt.total {
			t.Errorf("%s: total %d, want %d", tt.name, n, tt.total)
		}
	}
}

func testPutArticles(t *testing.T, open Open) {
	s := open(t)
	ctx := t.Context()
	res, err := s.PutArticles(ctx, Articles())
	if err != nil {
		t.Fatal(err)
	}
	if want := [3]int{5, 0, 0}; counts(res) != want {
		t.Errorf("first put: %+v, want %v (new, updated, unchanged)", res, want)
	}
	res, err = s.PutArticles(ctx, Articles())
	if err != nil {
		t.Fatal(err)
	}
	if want := [3]int{0, 0, 5}; counts(res) != want {
		t.Errorf("second put: %+v, want %v (0 new, 5 unchanged)", res, want)
	}

	// Every field survives the round trip, including those the JSON form
	// leaves out (body, removed offsets).
	for _, want := range Articles() {
		got, err := s.Article(ctx, want.ID)
		if err != nil {
			t.Fatalf("Article(%s): %v", want.ID, err)
		}
		if !reflect.DeepEqual(normArticle(got), normArticle(want)) {
			t.Errorf("Article(%s) round trip:\n got %+v\nwant %+v", want.ID, got, want)
		}
	}

	// A changed field is an update; links alone are not content.
	arts := Articles()
	arts[1].Title = "EU dreigt opnieuw met sancties"
	arts[2].Story = "some-story"
	res, err = s.PutArticles(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	if want := [3]int{0, 1, 4}; counts(res) != want || !slices.Equal(res.UpdatedIDs, []string{arts[1].ID}) {
		t.Errorf("changed put: %+v, want %v (new, updated, unchanged) and %s named", res, want, arts[1].ID)
	}
	if a, err := s.Article(ctx, artNRC); err != nil || a.Title != arts[1].Title {
		t.Errorf("updated article: %v, %v", a, err)
	}
	arts[0].Body += " extra"
	if res, err = s.PutArticles(ctx, arts); err != nil || counts(res) != [3]int{0, 1, 4} {
		t.Errorf("body change: %+v, %v; want 1 updated", res, err)
	}

	_, err = s.Article(ctx, "missing")
	wantCode(t, "Article(missing)", err, kroniek.ENOTFOUND)

	// Re-putting articles keeps the links cross-document work set.
	s2 := loaded(t, open)
	res, err = s2.PutArticles(ctx, Articles())
	if err != nil || counts(res) != [3]int{0, 0, 5} {
		t.Errorf("re-put after corpus: %+v, %v", res, err)
	}
	arts = Articles()
	arts[0].Title += "!"
	if _, err := s2.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	if a, err := s2.Article(ctx, artNOS); err != nil || a.Story != story1 {
		t.Errorf("story link after update: %+v, %v; want %s", a, err, story1)
	}
}

// counts returns new, updated and unchanged.
func counts(r kroniek.IngestResult) [3]int { return [3]int{r.New, r.Updated, r.Unchanged} }

// normArticle makes empty and nil slices and maps compare equal.
func normArticle(a *kroniek.Article) kroniek.Article {
	c := *a
	if len(c.Removed) == 0 {
		c.Removed = nil
	}
	if len(c.Headings) == 0 {
		c.Headings = nil
	}
	if len(c.Meta) == 0 {
		c.Meta = nil
	}
	return c
}

func testArticles(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	checkList(t, s.Articles, func(a *kroniek.Article) string { return a.ID }, []listCase[kroniek.ArticleFilter]{
		{"all in publication order", kroniek.ArticleFilter{},
			[]string{artNOS, artBBC, artNRC, artTel, artVK}, 5},
		{"ids", kroniek.ArticleFilter{IDs: []string{artVK, artNOS, "missing"}}, []string{artNOS, artVK}, 2},
		{"outlet", kroniek.ArticleFilter{Outlet: "NRC"}, []string{artNRC}, 1},
		{"lang", kroniek.ArticleFilter{Lang: "en"}, []string{artBBC}, 1},
		{"story", kroniek.ArticleFilter{Story: story1}, []string{artNOS, artBBC, artNRC}, 3},
		{"entity", kroniek.ArticleFilter{Entity: entPoet}, []string{artTel}, 1},
		{"entity everywhere", kroniek.ArticleFilter{Entity: entLoek}, []string{artNOS, artBBC, artNRC, artTel}, 4},
		{"from", kroniek.ArticleFilter{From: "2020-08-11"}, []string{artBBC, artNRC, artTel}, 3},
		{"to", kroniek.ArticleFilter{To: "2020-08-11"}, []string{artNOS, artBBC}, 2},
		{"month overlaps day range", kroniek.ArticleFilter{From: "2020-09-10", To: "2020-09-20"}, []string{artTel}, 1},
		{"month bounds", kroniek.ArticleFilter{From: "2020-08", To: "2020-08"}, []string{artNOS, artBBC, artNRC}, 3},
		{"combined", kroniek.ArticleFilter{Story: story1, Lang: "nl", From: "2020-08-11"}, []string{artNRC}, 1},
		{"page", kroniek.ArticleFilter{Page: kroniek.Page{Offset: 1, Limit: 2}}, []string{artBBC, artNRC}, 5},
		{"page past end", kroniek.ArticleFilter{Page: kroniek.Page{Offset: 10}}, nil, 5},
		{"nothing", kroniek.ArticleFilter{Outlet: "nobody"}, nil, 0},
	})
	list, _, err := s.Articles(ctx, kroniek.ArticleFilter{IDs: []string{artBBC}})
	if err != nil || len(list) != 1 || list[0].Story != story1 || list[0].Similarity != 0.4 || list[0].Text == "" {
		t.Errorf("article links: %+v, %v", list, err)
	}
}

func testAnalyses(t *testing.T, open Open) {
	s := open(t)
	ctx := t.Context()
	err := s.PutAnalyses(ctx, Analyses(t, false))
	wantCode(t, "PutAnalyses before articles", err, kroniek.ENOTFOUND)
	if _, err := s.PutArticles(ctx, Articles()); err != nil {
		t.Fatal(err)
	}
	ans := Analyses(t, false)
	if err := s.PutAnalyses(ctx, ans); err != nil {
		t.Fatal(err)
	}
	got, err := s.Analysis(ctx, artTel)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, ans[2]) {
		t.Errorf("Analysis round trip:\n got %+v\nwant %+v", got, ans[2])
	}
	_, err = s.Analysis(ctx, artVK)
	wantCode(t, "Analysis of article without one", err, kroniek.ENOTFOUND)
	_, err = s.Analysis(ctx, "missing")
	wantCode(t, "Analysis(missing)", err, kroniek.ENOTFOUND)

	all, err := s.Analyses(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, an := range all {
		ids = append(ids, an.Article)
	}
	equalIDs(t, "Analyses(nil)", ids, []string{artNOS, artBBC, artNRC, artTel})
	some, err := s.Analyses(ctx, []string{artTel, artVK, artNOS})
	if err != nil || len(some) != 2 {
		t.Errorf("Analyses(some): %d, %v; want 2", len(some), err)
	}

	// Putting the same analyses again changes nothing.
	if err := s.PutAnalyses(ctx, Analyses(t, false)); err != nil {
		t.Fatal(err)
	}
	// Replacing an analysis replaces its quotes, amounts and events.
	q, n, err := s.Quotes(ctx, kroniek.QuoteFilter{Article: artTel})
	if err != nil || n != 1 || len(q) != 1 {
		t.Fatalf("quotes before replace: %d %v", n, err)
	}
	repl := &kroniek.Analysis{Article: artTel, Mentions: []kroniek.Mention{}, Quotes: []kroniek.Quote{}}
	if err := s.PutAnalyses(ctx, []*kroniek.Analysis{repl}); err != nil {
		t.Fatal(err)
	}
	if _, n, err := s.Quotes(ctx, kroniek.QuoteFilter{Article: artTel}); err != nil || n != 0 {
		t.Errorf("quotes after replace: %d, %v; want 0", n, err)
	}
	if _, n, err := s.Events(ctx, kroniek.EventFilter{Article: artTel}); err != nil || n != 0 {
		t.Errorf("events after replace: %d, %v; want 0", n, err)
	}
	if an, err := s.Analysis(ctx, artTel); err != nil || len(an.Mentions) != 0 {
		t.Errorf("analysis after replace: %+v, %v", an, err)
	}
}

func testCorpus(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	// The same corpus again keeps every link.
	if err := s.PutCorpus(ctx, Corpus(t)); err != nil {
		t.Fatal(err)
	}
	if a, err := s.Article(ctx, artBBC); err != nil || a.Story != story1 || a.Similarity != 0.4 {
		t.Errorf("link after the same corpus: %+v, %v", a, err)
	}
	e, err := s.Entity(ctx, entLoek)
	if err != nil {
		t.Fatal(err)
	}
	if e.Name != "Aleksandr Loekasjenko" || e.Type != kroniek.PER || e.Country != "BY" || e.Count != 4 ||
		!reflect.DeepEqual(e.Aliases, []string{"Loekasjenko", "Lukashenko"}) {
		t.Errorf("Entity: %+v", e)
	}
	var where []string
	for _, m := range e.Mentions {
		where = append(where, m.Article)
		if m.Entity != entLoek || m.End <= m.Start || m.Text == "" {
			t.Errorf("mention: %+v", m)
		}
	}
	equalIDs(t, "mentions in publication order", where, []string{artNOS, artBBC, artNRC, artTel})
	_, err = s.Entity(ctx, "missing")
	wantCode(t, "Entity(missing)", err, kroniek.ENOTFOUND)
	if st, err := s.Story(ctx, story1); err != nil || st.Title != "Protesten in Belarus" ||
		len(st.Timeline) != 1 || len(st.Articles) != 3 {
		t.Errorf("Story: %+v, %v", st, err)
	}
	_, err = s.Story(ctx, "missing")
	wantCode(t, "Story(missing)", err, kroniek.ENOTFOUND)

	// A second corpus replaces the first: entities, stories and links.
	c := &kroniek.Corpus{
		Entities: []*kroniek.Entity{{ID: entLoek, Name: "Loekasjenko", Type: kroniek.PER, Count: 1}},
		Links:    []kroniek.ArticleLink{{Article: artNRC, Story: "S-new", DuplicateOf: artNOS, Similarity: 0.95}},
		Stories:  []*kroniek.Story{{ID: "S-new", Title: "Nieuw", Articles: []string{artNRC}, Start: "2020-08-12", End: "2020-08-12"}},
		Analyses: []*kroniek.Analysis{{Article: artTel}},
	}
	if err := s.PutCorpus(ctx, c); err != nil {
		t.Fatal(err)
	}
	_, err = s.Entity(ctx, entPoet)
	wantCode(t, "Entity after replace", err, kroniek.ENOTFOUND)
	_, err = s.Story(ctx, story1)
	wantCode(t, "Story after replace", err, kroniek.ENOTFOUND)
	if e, err := s.Entity(ctx, entLoek); err != nil || e.Name != "Loekasjenko" || len(e.Mentions) != 3 {
		t.Errorf("entity after replace: %+v, %v; want 3 mentions (tel-1 rewritten)", e, err)
	}
	if a, err := s.Article(ctx, artNOS); err != nil || a.Story != "" {
		t.Errorf("unlinked article: %+v, %v", a, err)
	}
	if a, err := s.Article(ctx, artNRC); err != nil || a.Story != "S-new" || a.DuplicateOf != artNOS || a.Similarity != 0.95 {
		t.Errorf("linked article: %+v, %v", a, err)
	}
	if an, err := s.Analysis(ctx, artTel); err != nil || len(an.Mentions) != 0 {
		t.Errorf("rewritten analysis: %+v, %v", an, err)
	}
	if an, err := s.Analysis(ctx, artNOS); err != nil || len(an.Mentions) != 2 {
		t.Errorf("untouched analysis: %+v, %v", an, err)
	}
	err = s.PutCorpus(ctx, &kroniek.Corpus{Links: []kroniek.ArticleLink{{Article: "missing", Story: "x"}}})
	wantCode(t, "link to missing article", err, kroniek.ENOTFOUND)
	if a, err := s.Article(ctx, artNRC); err != nil || a.Story != "S-new" {
		t.Errorf("failed PutCorpus must change nothing: %+v, %v", a, err)
	}
}

func testEntities(t *testing.T, open Open) {
	s := loaded(t, open)
	checkList(t, s.Entities, func(e *kroniek.Entity) string { return e.ID }, []listCase[kroniek.EntityFilter]{
		{"all, most mentioned first", kroniek.EntityFilter{}, []string{entLoek, entBY, entEU, entMinsk, entPoet}, 5},
		{"type", kroniek.EntityFilter{Type: kroniek.PER}, []string{entLoek, entPoet}, 2},
		{"name prefix", kroniek.EntityFilter{Name: "vla"}, []string{entPoet}, 1},
		{"alias", kroniek.EntityFilter{Name: "lukashenko"}, []string{entLoek}, 1},
		{"alias prefix, any case", kroniek.EntityFilter{Name: "WIT-rus"}, []string{entBY}, 1},
		{"like characters are literal", kroniek.EntityFilter{Name: "%"}, nil, 0},
		{"story", kroniek.EntityFilter{Story: story2}, []string{entLoek, entBY, entPoet}, 3},
		{"page", kroniek.EntityFilter{Page: kroniek.Page{Offset: 1, Limit: 1}}, []string{entBY}, 5},
	})
}

// testEntityViews checks what an entity's page shows, computed by the
// store: attention per publication date and the co-occurring actors.
func testEntityViews(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	for _, tt := range []struct {
		id   string
		want []kroniek.DayCount
	}{
		// One mention in each of four articles; the month date sorts after
		// the days of August.
		{entLoek, []kroniek.DayCount{{Date: "2020-08-10", Count: 1}, {Date: "2020-08-11", Count: 1},
			{Date: "2020-08-12", Count: 1}, {Date: "2020-09", Count: 1}}},
		{entPoet, []kroniek.DayCount{{Date: "2020-09", Count: 2}}}, // two mentions, one article
		{"E-nobody", []kroniek.DayCount{}},
	} {
		got, err := s.EntityTimeline(ctx, tt.id)
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("EntityTimeline(%s) = %+v, %v; want %+v", tt.id, got, err, tt.want)
		}
	}
	for _, tt := range []struct {
		id    string
		limit int
		want  []kroniek.CoActor
	}{
		// Loekasjenko's four articles: Belarus and Minsk in two each, the EU
		// and Poetin in one; ties by id; Sotsji has no entity.
		{entLoek, 10, []kroniek.CoActor{
			{ID: entBY, Name: "Belarus", Type: kroniek.LOC, Articles: 2},
			{ID: entMinsk, Name: "Minsk", Type: kroniek.LOC, Articles: 2},
			{ID: entEU, Name: "Europese Unie", Type: kroniek.ORG, Articles: 1},
			{ID: entPoet, Name: "Vladimir Poetin", Type: kroniek.PER, Articles: 1}}},
		{entLoek, 1, []kroniek.CoActor{{ID: entBY, Name: "Belarus", Type: kroniek.LOC, Articles: 2}}},
		{entPoet, 10, []kroniek.CoActor{
			{ID: entBY, Name: "Belarus", Type: kroniek.LOC, Articles: 1},
			{ID: entLoek, Name: "Aleksandr Loekasjenko", Type: kroniek.PER, Articles: 1}}},
		{"E-nobody", 10, []kroniek.CoActor{}},
	} {
		got, err := s.CoActors(ctx, tt.id, tt.limit)
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("CoActors(%s, %d) = %+v, %v; want %+v", tt.id, tt.limit, got, err, tt.want)
		}
	}
}

func testStories(t *testing.T, open Open) {
	s := loaded(t, open)
	checkList(t, s.Stories, func(st *kroniek.Story) string { return st.ID }, []listCase[kroniek.StoryFilter]{
		{"newest activity first", kroniek.StoryFilter{}, []string{story2, story1}, 2},
		{"entity", kroniek.StoryFilter{Entity: entMinsk}, []string{story1}, 1},
		{"entity in both", kroniek.StoryFilter{Entity: entLoek}, []string{story2, story1}, 2},
		{"outlet", kroniek.StoryFilter{Outlet: "BBC"}, []string{story1}, 1},
		{"page", kroniek.StoryFilter{Page: kroniek.Page{Offset: 1}}, []string{story1}, anyTotal},
	})
}

func testQuotes(t *testing.T, open Open) {
	s := loaded(t, open)
	text := func(q kroniek.Quote) string {
		if q.Article == "" || q.End <= q.Start {
			t.Errorf("quote without article or span: %+v", q)
		}
		return q.Text
	}
	checkList(t, s.Quotes, text, []listCase[kroniek.QuoteFilter]{
		{"all in article order", kroniek.QuoteFilter{}, []string{"Wij willen eerlijke verkiezingen",
			"the protests were organised from abroad", "Rusland laat Belarus niet vallen"}, 3},
		{"speaker", kroniek.QuoteFilter{Speaker: entPoet}, []string{"Rusland laat Belarus niet vallen"}, 1},
		{"kind", kroniek.QuoteFilter{Kind: kroniek.QuoteIndirect}, []string{"the protests were organised from abroad"}, 1},
		{"story", kroniek.QuoteFilter{Story: story1}, []string{"Wij willen eerlijke verkiezingen",
			"the protests were organised from abroad"}, 2},
		{"article", kroniek.QuoteFilter{Article: artNRC}, nil, 0},
		{"page", kroniek.QuoteFilter{Page: kroniek.Page{Limit: 1, Offset: 2}}, []string{"Rusland laat Belarus niet vallen"}, anyTotal},
	})
}

// testQuoteGaps checks that a quote's gaps (the attribution inside its
// span) come back from every read, and that a quote stored without them
// (as every quote of a store from before gaps) reads back without them.
func testQuoteGaps(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	an := Analyses(t, false)[2] // artTel: "Rusland laat Belarus niet vallen"
	q := &an.Quotes[0]
	gap := [2]int{q.Start + len("Rusland laat"), q.Start + len("Rusland laat Belarus")}
	q.Gaps = [][2]int{gap}
	if err := s.PutAnalyses(ctx, []*kroniek.Analysis{an}); err != nil {
		t.Fatal(err)
	}
	want := [][2]int{gap}
	qs, _, err := s.Quotes(ctx, kroniek.QuoteFilter{Article: artTel})
	if err != nil || len(qs) != 1 || !slices.Equal(qs[0].Gaps, want) {
		t.Fatalf("Quotes: %+v, %v; want gaps %v", qs, err, want)
	}
	if qs[0].Shown() != "Rusland laat … niet vallen" {
		t.Errorf("Shown: %q", qs[0].Shown())
	}
	back, err := s.Analysis(ctx, artTel)
	if err != nil || len(back.Quotes) != 1 || !slices.Equal(back.Quotes[0].Gaps, want) {
		t.Errorf("Analysis: %+v, %v; want gaps %v", back, err, want)
	}
	x, err := s.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range x.Quotes {
		switch {
		case q.Article == artTel && !slices.Equal(q.Gaps, want):
			t.Errorf("Export: %s gaps %v, want %v", q.Text, q.Gaps, want)
		case q.Article != artTel && q.Gaps != nil:
			t.Errorf("Export: %s has gaps %v it was stored without", q.Text, q.Gaps)
		}
	}
}

func testEvents(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	checkList(t, s.Events, func(e kroniek.Event) string { return e.Article }, []listCase[kroniek.EventFilter]{
		{"all in article order", kroniek.EventFilter{}, []string{artNOS, artBBC, artNRC, artTel}, 4},
		{"type", kroniek.EventFilter{Type: "PROTEST"}, []string{artNOS, artBBC}, 2},
		{"actor", kroniek.EventFilter{Actor: entEU}, []string{artNRC}, 1},
		{"recipient", kroniek.EventFilter{Recipient: entLoek}, []string{artNRC, artTel}, 2},
		{"story", kroniek.EventFilter{Story: story2}, []string{artTel}, 1},
		{"article", kroniek.EventFilter{Article: artBBC}, []string{artBBC}, 1},
		{"date range", kroniek.EventFilter{From: "2020-08-10", To: "2020-08-31"}, []string{artBBC, artNRC}, 2},
		{"month", kroniek.EventFilter{From: "2020-09", To: "2020-09"}, []string{artTel}, 1},
		{"shown only, and counted so", kroniek.EventFilter{Shown: true}, []string{artNOS, artNRC, artTel}, 3},
		{"shown of a type", kroniek.EventFilter{Shown: true, Type: "PROTEST"}, []string{artNOS}, 1},
	})
	list, _, err := s.Events(ctx, kroniek.EventFilter{Article: artTel})
	if err != nil || len(list) != 1 || list[0].ID == "" || !reflect.DeepEqual(list[0].Actor, []string{entPoet}) {
		t.Errorf("event round trip: %+v, %v", list, err)
	}
}

func testFeedState(t *testing.T, open Open) {
	s := open(t)
	ctx := t.Context()
	const url = "https://feeds.example/nos.xml"
	_, err := s.FeedState(ctx, url)
	wantCode(t, "FeedState(unknown)", err, kroniek.ENOTFOUND)
	want := &kroniek.FeedState{URL: url, ETag: `"abc"`, LastModified: "Mon, 14 Sep 2020 10:00:00 GMT",
		NextPoll: time.Date(2020, 9, 14, 10, 5, 0, 123, time.UTC), Failures: 2,
		Seen: map[string]string{"guid-1": artNOS, "https://nos.example/2": "nos-2"}}
	if err := s.PutFeedState(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err := s.FeedState(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if !got.NextPoll.Equal(want.NextPoll) {
		t.Errorf("NextPoll %v, want %v", got.NextPoll, want.NextPoll)
	}
	got.NextPoll = want.NextPoll
	if !reflect.DeepEqual(got, want) {
		t.Errorf("feed state round trip:\n got %+v\nwant %+v", got, want)
	}
	want.Failures = 0
	want.Seen["guid-3"] = "x"
	if err := s.PutFeedState(ctx, want); err != nil {
		t.Fatal(err)
	}
	if got, err := s.FeedState(ctx, url); err != nil || got.Failures != 0 || len(got.Seen) != 3 {
		t.Errorf("feed state update: %+v, %v", got, err)
	}
}

func testInvalid(t *testing.T, open Open) {
	s := open(t)
	ctx := t.Context()
	_, err := s.PutArticles(ctx, []*kroniek.Article{{Title: "no id"}})
	wantCode(t, "article without id", err, kroniek.EINVALID)
	_, _, err = s.Articles(ctx, kroniek.ArticleFilter{From: "14-09-2020"})
	wantCode(t, "bad date", err, kroniek.EINVALID)
	_, _, err = s.Articles(ctx, kroniek.ArticleFilter{Page: kroniek.Page{Offset: -1}})
	wantCode(t, "negative offset", err, kroniek.EINVALID)
	err = s.PutFeedState(ctx, &kroniek.FeedState{})
	wantCode(t, "feed without url", err, kroniek.EINVALID)
	// A failed batch stores nothing.
	_, err = s.PutArticles(ctx, append(Articles(), &kroniek.Article{}))
	wantCode(t, "batch with a bad article", err, kroniek.EINVALID)
	if _, n, err := s.Articles(ctx, kroniek.ArticleFilter{}); err != nil || n != 0 {
		t.Errorf("after failed batch: %d articles, %v; want 0", n, err)
	}
}

// testCorpusSkipsStale checks that PutCorpus does not write back an
// analysis made from a text its article no longer has: a rebuild that read
// it before a worker replaced the text and its analysis must lose.
func testCorpusSkipsStale(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	c := Corpus(t)
	var stale *kroniek.Analysis
	for _, an := range c.Analyses {
		if an.Article == artBBC {
			stale = an
		}
	}
	if stale == nil {
		t.Fatal("fixture corpus has no analysis of " + artBBC)
	}
	a, err := s.Article(ctx, artBBC)
	if err != nil {
		t.Fatal(err)
	}
	stale.Input = kroniek.InputHash(a.Lang, a.Text, a.Headings)
	// A worker replaces the article's text and stores its new analysis.
	a.Text += " Bijgewerkt."
	if _, err := s.PutArticles(ctx, []*kroniek.Article{a}); err != nil {
		t.Fatal(err)
	}
	fresh := &kroniek.Analysis{Article: artBBC, Version: "new", Input: kroniek.InputHash(a.Lang, a.Text, a.Headings)}
	if err := s.PutAnalyses(ctx, []*kroniek.Analysis{fresh}); err != nil {
		t.Fatal(err)
	}
	// The rebuild that read the old analysis now writes its corpus.
	if err := s.PutCorpus(ctx, c); err != nil {
		t.Fatal(err)
	}
	got, err := s.Analysis(ctx, artBBC)
	if err != nil {
		t.Fatal(err)
	}
	if got.Version != "new" || got.Input != fresh.Input {
		t.Errorf("PutCorpus wrote back a stale analysis: version %q input %q", got.Version, got.Input)
	}
}

// testTitleMentions stores a mention of an article's title (Field
// "title", offsets into the title) and reads it back as such, in the
// analysis, the entity and the export.
func testTitleMentions(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	arts := Articles()
	an := Analyses(t, true)[3] // BBC: "Protesters clash with police in Belarus"
	start := strings.Index(arts[3].Title, "Belarus")
	an.Locals = append(an.Locals, kroniek.LocalEntity{Key: "L3", Name: "Belarus", Type: kroniek.LOC})
	an.Mentions = append(an.Mentions, kroniek.Mention{Article: artBBC, Field: kroniek.FieldTitle, Start: start,
		End: start + len("Belarus"), Text: "Belarus", Type: kroniek.LOC, Local: "L3", Entity: entBY})
	if err := s.PutAnalyses(ctx, []*kroniek.Analysis{an}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Analysis(ctx, artBBC); err != nil || !reflect.DeepEqual(got.Mentions, an.Mentions) {
		t.Errorf("Analysis with a title mention: %+v, %v", got, err)
	}
	check := func(what string, ms []kroniek.Mention) {
		t.Helper()
		n := 0
		for _, m := range ms {
			if m.Field == "" {
				continue
			}
			n++
			if m.Field != kroniek.FieldTitle || m.Article != artBBC || arts[3].Title[m.Start:m.End] != m.Text {
				t.Errorf("%s: title mention %+v", what, m)
			}
		}
		if n != 1 {
			t.Errorf("%s: %d title mentions, want 1", what, n)
		}
	}
	e, err := s.Entity(ctx, entBY)
	if err != nil {
		t.Fatal(err)
	}
	check("Entity", e.Mentions)
	x, err := s.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range x.Entities {
		if e.ID == entBY {
			check("Export", e.Mentions)
		}
	}
}

// testTitleItems stores a quote, a figure, a time and an event of an
// article's title (Field "title", offsets into the title) beside those of
// its text and reads them back as such: in the analysis, the extraction,
// the quote and event lists and the export. Items of the text keep an
// empty Field.
func testTitleItems(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	arts := Articles()
	title := arts[0].Title // NOS: "Duizenden demonstranten na verkiezingen in Belarus"
	at := func(sub string) (int, int) {
		i := strings.Index(title, sub)
		if i < 0 {
			t.Fatalf("%q not in the title %q", sub, title)
		}
		return i, i + len(sub)
	}
	an := Analyses(t, true)[0]
	// Title items start before the text's (0 and up) but are read after
	// them.
	qs, qe := at("demonstranten na verkiezingen")
	an.Quotes = append(an.Quotes, kroniek.Quote{Article: artNOS, Field: kroniek.FieldTitle, Start: qs, End: qe,
		Text: title[qs:qe], Kind: kroniek.QuoteDirect, SpeakerText: "een demonstrant"})
	as, ae := at("Duizenden")
	an.Amounts = append(an.Amounts, kroniek.Amount{Article: artNOS, Field: kroniek.FieldTitle, Start: as, End: ae,
		Text: title[as:ae], Value: 1000, Object: "demonstranten"})
	ts, te := at("verkiezingen")
	an.Times = append(an.Times, kroniek.TimeRef{Article: artNOS, Field: kroniek.FieldTitle, Start: ts, End: te,
		Text: title[ts:te], Value: "2020-08-09", Kind: kroniek.TimeDate, Granularity: kroniek.GranDay})
	an.Events = append(an.Events, kroniek.Event{ID: "ev-title", Article: artNOS, Field: kroniek.FieldTitle, Start: 0, End: len(title),
		Type: "PROTEST", Mode: "demonstrate", Actor: []string{}, Recipient: []string{}, Date: "2020-08-09",
		Text: title, Confidence: 0.5, Shown: true, Sources: []string{artNOS}})
	if err := s.PutAnalyses(ctx, []*kroniek.Analysis{an}); err != nil {
		t.Fatal(err)
	}
	inTitle := func(what string, field string, start, end int, text string) bool {
		t.Helper()
		if field == "" {
			return false
		}
		if field != kroniek.FieldTitle || start < 0 || end > len(title) || start > end || title[start:end] != text {
			t.Errorf("%s: title item at %d-%d %q (field %q), want the title's words", what, start, end, text, field)
		}
		return true
	}
	// count checks that got (whether each item of the article, in the
	// order read, is of the title) holds one item of the title, after
	// those of the text.
	count := func(what string, got []bool) {
		t.Helper()
		n := 0
		for i, b := range got {
			if b {
				n++
			} else if n > 0 {
				t.Errorf("%s: item %d of the text after one of the title", what, i)
			}
		}
		if n != 1 {
			t.Errorf("%s: %d items of the title, want 1", what, n)
		}
	}
	checkAll := func(what string, got *kroniek.Analysis) {
		t.Helper()
		if got == nil {
			t.Errorf("%s: no analysis", what)
			return
		}
		for _, pair := range []struct {
			kind      string
			got, want any
		}{{"quotes", got.Quotes, an.Quotes}, {"amounts", got.Amounts, an.Amounts}, {"times", got.Times, an.Times}} {
			if !reflect.DeepEqual(pair.got, pair.want) {
				t.Errorf("%s %s:\n got %+v\nwant %+v", what, pair.kind, pair.got, pair.want)
			}
		}
		var fs []bool
		for _, e := range got.Events {
			fs = append(fs, inTitle(what+" event", e.Field, e.Start, e.End, e.Text))
		}
		count(what+" events", fs)
	}
	got, err := s.Analysis(ctx, artNOS)
	if err != nil {
		t.Fatal(err)
	}
	checkAll("Analysis", got)
	ex, err := s.Extractions(ctx, []string{artNOS})
	if err != nil || len(ex) != 1 {
		t.Fatalf("Extractions: %d, %v", len(ex), err)
	}
	checkAll("Extractions", ex[0])
	ql, _, err := s.Quotes(ctx, kroniek.QuoteFilter{Article: artNOS})
	if err != nil {
		t.Fatal(err)
	}
	var fs []bool
	for _, q := range ql {
		fs = append(fs, inTitle("Quotes", q.Field, q.Start, q.End, q.Text))
	}
	count("Quotes", fs)
	el, _, err := s.Events(ctx, kroniek.EventFilter{Article: artNOS})
	if err != nil {
		t.Fatal(err)
	}
	fs = nil
	for _, e := range el {
		fs = append(fs, inTitle("Events", e.Field, e.Start, e.End, e.Text))
	}
	count("Events", fs)
	x, err := s.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var qf, af, tf, ef []bool
	for _, q := range x.Quotes {
		if q.Article == artNOS {
			qf = append(qf, inTitle("Export quote", q.Field, q.Start, q.End, q.Text))
		}
	}
	for _, a := range x.Amounts {
		if a.Article == artNOS {
			af = append(af, inTitle("Export amount", a.Field, a.Start, a.End, a.Text))
		}
	}
	for _, tr := range x.Times {
		if tr.Article == artNOS {
			tf = append(tf, inTitle("Export time", tr.Field, tr.Start, tr.End, tr.Text))
		}
	}
	for _, e := range x.Events {
		if e.Article == artNOS {
			ef = append(ef, inTitle("Export event", e.Field, e.Start, e.End, e.Text))
		}
	}
	count("Export quotes", qf)
	count("Export amounts", af)
	count("Export times", tf)
	count("Export events", ef)
}

// testExtractions: PutCorpus rewrites analyses (entity ids, types decided
// across articles) but keeps each as the extractors made it, and a
// rebuild reads those (Extractions), never what an earlier rebuild made
// of them; Corpus.Extracted keeps the extraction of an analysis stored
// first with its corpus. A stale extraction (of an article's older text)
// is not written back.
func testExtractions(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	byArticle := func(list []*kroniek.Analysis) map[string]*kroniek.Analysis {
		m := map[string]*kroniek.Analysis{}
		for _, an := range list {
			m[an.Article] = an
		}
		return m
	}
	got, err := s.Extractions(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := byArticle(Analyses(t, false))
	if len(got) != len(want) {
		t.Fatalf("Extractions: %d analyses, want %d", len(got), len(want))
	}
	for _, an := range got {
		if !reflect.DeepEqual(an, want[an.Article]) {
			t.Errorf("extraction of %s is not the stored extraction:\n got %+v\nwant %+v", an.Article, an, want[an.Article])
		}
	}
	if an, err := s.Analysis(ctx, artNOS); err != nil || an.Mentions[0].Entity != entMinsk {
		t.Errorf("the analysis as the corpus rewrote it is gone: %+v, %v", an, err)
	}
	if some, err := s.Extractions(ctx, []string{artNRC}); err != nil || len(some) != 1 || some[0].Article != artNRC {
		t.Errorf("Extractions of one article: %+v, %v", some, err)
	}

	// An analysis stored with its corpus only, its extraction beside it.
	a := Articles()[0]
	a.Text += " Bijgewerkt."
	if _, err := s.PutArticles(ctx, []*kroniek.Article{a}); err != nil {
		t.Fatal(err)
	}
	input := kroniek.InputHash(a.Lang, a.Text, a.Headings)
	extracted := &kroniek.Analysis{Article: artNOS, Version: "x", Input: input,
		Locals: []kroniek.LocalEntity{{Key: "L1", Name: "Minsk", Type: kroniek.PER}}}
	resolved := &kroniek.Analysis{Article: artNOS, Version: "x", Input: input,
		Locals:   []kroniek.LocalEntity{{Key: "L1", Name: "Minsk", Type: kroniek.LOC}},
		Mentions: []kroniek.Mention{{Article: artNOS, Text: "Minsk", Type: kroniek.LOC, Local: "L1", Entity: entMinsk}}}
	c := Corpus(t)
	c.Analyses = []*kroniek.Analysis{resolved}
	c.Extracted = []*kroniek.Analysis{extracted}
	if err := s.PutCorpus(ctx, c); err != nil {
		t.Fatal(err)
	}
	if x, err := s.Extractions(ctx, []string{artNOS}); err != nil || len(x) != 1 || !reflect.DeepEqual(x[0], extracted) {
		t.Errorf("Corpus.Extracted: extraction %+v, %v; want %+v", x, err, extracted)
	}
	if an, err := s.Analysis(ctx, artNOS); err != nil || !reflect.DeepEqual(an, resolved) {
		t.Errorf("Corpus.Analyses: analysis %+v, %v; want %+v", an, err, resolved)
	}
	// A rebuild that read the old text's extraction does not write it back.
	old := Articles()[0]
	stale := *want[artNOS]
	stale.Input = kroniek.InputHash(old.Lang, old.Text, old.Headings)
	c.Extracted = []*kroniek.Analysis{&stale}
	c.Analyses = []*kroniek.Analysis{&stale}
	if err := s.PutCorpus(ctx, c); err != nil {
		t.Fatal(err)
	}
	if x, err := s.Extractions(ctx, []string{artNOS}); err != nil || len(x) != 1 || x[0].Input != input {
		t.Errorf("a stale extraction was written back: %+v, %v", x, err)
	}
	// An extraction without its analysis is refused.
	c.Analyses, c.Extracted = nil, []*kroniek.Analysis{extracted}
	wantCode(t, "PutCorpus with an extraction alone", s.PutCorpus(ctx, c), kroniek.EINVALID)
}

// testAnalysesSkipStale: two writers at once, one storing an article's
// new text while the other still holds an analysis of the old one. The
// old analysis, written after the new text, must not be stored: its
// offsets point into a text the store no longer holds. The article keeps
// the analysis it had (the new text's analysis, when its writer stores
// it, is taken).
func testAnalysesSkipStale(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	old := Articles()[0]
	oldInput := kroniek.InputHash(old.Lang, old.Text, old.Headings)
	before, err := s.Analysis(ctx, artNOS)
	if err != nil {
		t.Fatal(err)
	}
	// Writer B stores the new text.
	a := Articles()[0]
	a.Text = "Minsk, 10 augustus. Een nieuwe tekst van het bericht."
	if _, err := s.PutArticles(ctx, []*kroniek.Article{a}); err != nil {
		t.Fatal(err)
	}
	// Writer A stores its analysis of the old text, and one of another
	// article (current), in one call.
	stale := &kroniek.Analysis{Article: artNOS, Version: "A", Input: oldInput,
		Mentions: []kroniek.Mention{{Article: artNOS, Start: 0, End: 5, Text: "Minsk", Type: kroniek.LOC}}}
	tel := Articles()[2]
	current := &kroniek.Analysis{Article: artTel, Version: "A", Input: kroniek.InputHash(tel.Lang, tel.Text, tel.Headings)}
	if err := s.PutAnalyses(ctx, []*kroniek.Analysis{stale, current}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Analysis(ctx, artNOS); err != nil || got.Version == "A" {
		t.Errorf("an analysis of a text the store no longer holds was stored: %+v, %v (before: version %q)", got, err, before.Version)
	}
	if x, err := s.Extractions(ctx, []string{artNOS}); err != nil || len(x) != 1 || x[0].Version == "A" {
		t.Errorf("a stale extraction was stored: %+v, %v", x, err)
	}
	if got, err := s.Analysis(ctx, artTel); err != nil || got.Version != "A" {
		t.Errorf("the current analysis beside it was not stored: %+v, %v", got, err)
	}
	// Writer B's analysis of the new text is stored.
	fresh := &kroniek.Analysis{Article: artNOS, Version: "B", Input: kroniek.InputHash(a.Lang, a.Text, a.Headings)}
	if err := s.PutAnalyses(ctx, []*kroniek.Analysis{fresh}); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Analysis(ctx, artNOS); err != nil || got.Version != "B" {
		t.Errorf("the new text's analysis: %+v, %v", got, err)
	}
}

// testQuoteCoSpeakers checks that a joint quote's co-speakers (JSON in
// every store) come back from every read, in order, with their offsets.
func testQuoteCoSpeakers(t *testing.T, open Open) {
	s := loaded(t, open)
	ctx := t.Context()
	an := Analyses(t, false)[2] // artTel
	q := &an.Quotes[0]
	want := []kroniek.CoSpeaker{{ID: "e-co", Local: "co", Text: "Belarus", Start: q.Start + len("Rusland laat "), End: q.Start + len("Rusland laat Belarus")}}
	q.CoSpeakers = slices.Clone(want)
	q.Speaker = entPoet
	if err := s.PutAnalyses(ctx, []*kroniek.Analysis{an}); err != nil {
		t.Fatal(err)
	}
	qs, _, err := s.Quotes(ctx, kroniek.QuoteFilter{Article: artTel})
	if err != nil || len(qs) != 1 || !slices.Equal(qs[0].CoSpeakers, want) {
		t.Fatalf("Quotes: %+v, %v; want co-speakers %v", qs, err, want)
	}
	// The joint quote is listed under its co-speaker too, once, and still
	// under its first speaker.
	for _, id := range []string{"e-co", q.Speaker} {
		qs, n, err := s.Quotes(ctx, kroniek.QuoteFilter{Speaker: id})
		if err != nil || n != 1 || len(qs) != 1 || qs[0].Text != q.Text {
			t.Errorf("Quotes of speaker %s: %d %+v, %v; want the joint quote once", id, n, qs, err)
		}
	}
	back, err := s.Analysis(ctx, artTel)
	if err != nil || len(back.Quotes) != 1 || !slices.Equal(back.Quotes[0].CoSpeakers, want) {
		t.Errorf("Analysis: %+v, %v; want co-speakers %v", back, err, want)
	}
	x, err := s.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range x.Quotes {
		if q.Article == artTel && !slices.Equal(q.CoSpeakers, want) {
			t.Errorf("Export: %s co-speakers %v, want %v", q.Text, q.CoSpeakers, want)
		}
	}
	testCoSpeakersRewritten(t, s, an)
}

// testCoSpeakersRewritten rewrites the joint quote of an: naming its first
// speaker again as a co-speaker lists it once under that speaker, and
// taking the co-speaker off lists it under the co-speaker no more (no
// stale row of the speaker index).
func testCoSpeakersRewritten(t *testing.T, s kroniek.Store, an *kroniek.Analysis) {
	ctx := t.Context()
	q := &an.Quotes[0]
	for _, step := range []struct {
		co   []kroniek.CoSpeaker
		want map[string]int
	}{
		{[]kroniek.CoSpeaker{{ID: q.Speaker, Text: "Poetin"}, {ID: "e-co2", Text: "Minsk"}}, map[string]int{q.Speaker: 1, "e-co": 0, "e-co2": 1}},
		{nil, map[string]int{q.Speaker: 1, "e-co": 0, "e-co2": 0}},
	} {
		q.CoSpeakers = step.co
		an.Version += "+"
		if err := s.PutAnalyses(ctx, []*kroniek.Analysis{an}); err != nil {
			t.Fatal(err)
		}
		for id, want := range step.want {
			if _, n, err := s.Quotes(ctx, kroniek.QuoteFilter{Speaker: id}); err != nil || n != want {
				t.Errorf("co-speakers %v: %d quotes of %s (%v), want %d", step.co, n, id, err, want)
			}
		}
	}
}
