package http_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	khttp "github.com/kroniek/kroniek/http"
	"github.com/kroniek/kroniek/internal/sqlitetest"
)

func server(t *testing.T) http.Handler {
	t.Helper()
	s, err := khttp.NewServer(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler()
}

// serverWith returns the handler of a server over store with arts added.
func serverWith(t *testing.T, store kroniek.Store, arts ...*kroniek.Article) http.Handler {
	t.Helper()
	if _, err := store.PutArticles(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	s, err := khttp.NewServer(store)
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler()
}

func request(h http.Handler, method, path string, header map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// storeServer serves a new store holding arts and then the corpus c.
func storeServer(t *testing.T, arts []*kroniek.Article, c *kroniek.Corpus) http.Handler {
	t.Helper()
	store := sqlitetest.Open(t)
	ctx := context.Background()
	if _, err := store.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	if err := store.PutCorpus(ctx, c); err != nil {
		t.Fatal(err)
	}
	srv, err := khttp.NewServer(store)
	if err != nil {
		t.Fatal(err)
	}
	return srv.Handler()
}

// TestErrorsArePages checks that a path no route has is a 404 page, a
// method no route takes a 405 page with Allow, JSON under /api/, and that
// /assets/ lists nothing.
func TestErrorsArePages(t *testing.T) {
	h := server(t)
	for _, tc := range []struct {
		method, path string
		status       int
		ctype        string
	}{
		{"GET", "/no/such/page", 404, "text/html"},
		{"GET", "/assets/", 404, "text/html"},
		{"GET", "/assets/nope.css", 404, "text/html"},
		{"POST", "/stories/s1", 405, "text/html"},
		{"DELETE", "/api/stories", 405, "application/json"},
		{"GET", "/api/nope", 404, "application/json"},
		{"GET", "/entities/generic:nobody", 404, "text/html"},
	} {
		rec := request(h, tc.method, tc.path, nil)
		if rec.Code != tc.status || !strings.HasPrefix(rec.Header().Get("Content-Type"), tc.ctype) {
			t.Errorf("%s %s: %d %q, want %d %s", tc.method, tc.path, rec.Code, rec.Header().Get("Content-Type"), tc.status, tc.ctype)
		}
		if tc.status == 405 && rec.Header().Get("Allow") == "" {
			t.Errorf("%s %s: 405 without Allow", tc.method, tc.path)
		}
		if tc.ctype == "text/html" && !strings.Contains(rec.Body.String(), "<html lang=") {
			t.Errorf("%s %s: not a page: %.200s", tc.method, tc.path, rec.Body.String())
		}
	}
	if rec := request(h, "GET", "/assets/style.css", nil); rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/css") {
		t.Errorf("style.css: %d %q", rec.Code, rec.Header().Get("Content-Type"))
	}
}

// TestGzipAndETag checks compression, validators and 304s on pages, the
// API and assets, and Vary on the language.
func TestGzipAndETag(t *testing.T) {
	h := server(t)
	for _, path := range []string{"/stories/s1", "/api/stories/s1", "/assets/style.css"} {
		rec := request(h, "GET", path, map[string]string{"Accept-Encoding": "gzip"})
		if rec.Code != 200 || rec.Header().Get("Content-Encoding") != "gzip" {
			t.Errorf("%s: %d, encoding %q", path, rec.Code, rec.Header().Get("Content-Encoding"))
			continue
		}
		zr, err := gzip.NewReader(rec.Body)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		plain, _ := io.ReadAll(zr)
		if !bytes.Equal(plain, request(h, "GET", path, nil).Body.Bytes()) {
			t.Errorf("%s: gzip body differs from the plain one", path)
		}
		etag := rec.Header().Get("ETag")
		if etag == "" || !strings.Contains(rec.Header().Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: ETag %q, Vary %q", path, etag, rec.Header().Get("Vary"))
		}
		if again := request(h, "GET", path, map[string]string{"If-None-Match": etag}); again.Code != 304 || again.Body.Len() != 0 {
			t.Errorf("%s with If-None-Match: %d", path, again.Code)
		}
	}
	if v := request(h, "GET", "/", nil).Header().Get("Vary"); !strings.Contains(v, "Accept-Language") {
		t.Errorf("page Vary %q lacks Accept-Language", v)
	}
	nl := request(h, "GET", "/", map[string]string{"Accept-Language": "nl-NL,nl;q=0.9"}).Body.String()
	en := request(h, "GET", "/", map[string]string{"Accept-Language": "en"}).Body.String()
	if !strings.Contains(nl, `<html lang="nl">`) || !strings.Contains(en, `<html lang="en">`) {
		t.Error("<html lang> does not follow the UI language")
	}
}

// TestOpenAPIComplete checks that every API route is documented with an
// operationId and a 200 response whose schemas resolve.
func TestOpenAPIComplete(t *testing.T) {
	raw, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Paths      map[string]map[string]map[string]any `json:"paths"`
		Components struct {
			Schemas map[string]any `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/api/stories", "/api/stories/{id}", "/api/entities", "/api/entities/{id}", "/api/articles",
		"/api/articles/{id}", "/api/events", "/api/quotes", "/api/search", "/healthz"} {
		op := doc.Paths[p]["get"]
		if op == nil || op["operationId"] == nil || op["responses"] == nil {
			t.Errorf("%s: no GET with operationId and responses", p)
		}
	}
	for _, m := range regexp.MustCompile(`"#/components/schemas/(\w+)"`).FindAllStringSubmatch(string(raw), -1) {
		if doc.Components.Schemas[m[1]] == nil {
			t.Errorf("schema %s is referred to but not defined", m[1])
		}
	}
	for _, name := range []string{"Story", "StorySummary", "Entity", "Article", "Quote", "Event", "Amount", "Time", "SearchResult"} {
		if doc.Components.Schemas[name] == nil {
			t.Errorf("no schema %s", name)
		}
	}
}

// TestAPIContract checks the API items of issue 21: enums, nulls, paging
// of search, summaries in the story list, no server paths or unsafe URLs.
func TestAPIContract(t *testing.T) {
	h := server(t)
	for _, path := range []string{"/api/entities?type=PERSON", "/api/quotes?kind=loud", "/api/events?type=HUG", "/api/stories?sort=best", "/?format=xml", "/api/search?q=x&event=HUG",
		"/api/stories?from=2019-03-08&to=2019-03-01", "/api/articles?from=2020-04&to=2020-03-31",
		"/api/stories?all=maybe", "/api/events?all=yes", "/?all=2"} {
		if rec := request(h, "GET", path, nil); rec.Code != 400 {
			t.Errorf("%s: %d, want 400", path, rec.Code)
		}
	}
	// all=0 and all=false mean no, all=1 and all=true yes (user trial 11:
	// events?all=0 listed every event).
	for path, want := range map[string]string{
		"/api/events?all=0": `"total": 1`, "/api/events?all=false": `"total": 1`, "/api/events?all=true": `"total": 2`,
		"/api/stories?all=false": `"total": 1`, "/api/stories?all=true": `"total": 1`,
	} {
		if rec := request(h, "GET", path, nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), want) {
			t.Errorf("%s: %d, want %s: %.200s", path, rec.Code, want, rec.Body.String())
		}
	}
	// An outlet filter ignores case, as the entity filter does (user trial
	// 11: outlet=VK found nothing of vk).
	for _, path := range []string{"/api/articles?outlet=krant", "/api/articles?outlet=KRANT", "/api/stories?outlet=krant", "/api/search?q=Jansen&outlet=KRANT"} {
		if rec := request(h, "GET", path, nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"total": 1`) {
			t.Errorf("%s: %d %.200s", path, rec.Code, rec.Body.String())
		}
	}
	if rec := request(h, "GET", "/api/articles?from=2020-03-04&to=2020-03", nil); rec.Code != 200 {
		t.Errorf("a month's to covers its days: %d, want 200", rec.Code)
	}
	body := request(h, "GET", "/api/stories", nil).Body.String()
	if !strings.Contains(body, `"articles": 2`) || strings.Contains(body, `"timeline"`) {
		t.Errorf("story list is not summaries: %.300s", body)
	}
	body = request(h, "GET", "/api/search?q=Jansen&limit=1", nil).Body.String()
	if !strings.Contains(body, `"offset": 0`) || !strings.Contains(body, `"limit": 1`) {
		t.Errorf("search does not page like the lists: %.300s", body)
	}
	body = request(h, "GET", "/api/events?all=1", nil).Body.String()
	if !strings.Contains(body, `"mode": null`) {
		t.Errorf("an event without mode is not null: %.400s", body)
	}
	body = request(h, "GET", "/api/articles/a2", nil).Body.String()
	if strings.Contains(body, "javascript:") {
		t.Error("a javascript: URL reached the API")
	}
}

// TestSinceDefault checks that "what is new" without a date shows the
// store's last week (ending on its newest article), not an empty form.
func TestSinceDefault(t *testing.T) {
	h := server(t)
	rec := request(h, "GET", "/since", nil)
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(body, `value="2020-02-27"`) || !strings.Contains(body, "/stories/s1") {
		t.Errorf("/since: %d, want the week from 2020-02-27 with story s1: %.600s", rec.Code, body)
	}
	// An article without a title is named by its first words, not its id.
	srv := serverWith(t, fixture(t), &kroniek.Article{ID: "a9", Source: "a9.txt", Published: "2020-03-04",
		Lang: "nl", Text: "Jansen opent vandaag een nieuwe brug over de Maas.\nTweede alinea.", Story: "s1"})
	if body := request(srv, "GET", "/since", nil).Body.String(); !strings.Contains(body, ">Jansen opent vandaag een nieuwe brug over de Maas.</a>") {
		t.Errorf("/since names an untitled article by its id: %.900s", body)
	}
	rec = request(h, "GET", "/since?format=json", nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"s1"`) {
		t.Errorf("/since?format=json: %d %.300s", rec.Code, rec.Body.String())
	}
}

// TestDownloads checks the CSV and JSON downloads of lists and of a
// story's parts.
func TestDownloads(t *testing.T) {
	h := server(t)
	for _, path := range []string{"/?format=csv", "/stories/s1/quotes.csv", "/stories/s1/events.csv", "/stories/s1/figures.csv",
		"/stories/s1/articles.csv", "/stories/s1/timeline.csv", "/entities/e-jansen/quotes.csv", "/entities/e-jansen/stories.csv",
		"/search?q=Jansen&format=csv", "/since?date=2020-01-01&format=csv"} {
		rec := request(h, "GET", path, nil)
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") ||
			!strings.Contains(rec.Header().Get("Content-Disposition"), "attachment") {
			t.Errorf("%s: %d %q", path, rec.Code, rec.Header().Get("Content-Type"))
			continue
		}
		rows, err := csv.NewReader(rec.Body).ReadAll()
		if err != nil || len(rows) < 2 && !strings.Contains(path, "figures") || len(rows) == 0 || len(rows[0]) < 3 {
			t.Errorf("%s: %d rows, %v", path, len(rows), err)
		}
		jpath := strings.Replace(strings.Replace(path, ".csv", ".json", 1), "format=csv", "format=json", 1)
		if rec := request(h, "GET", jpath, nil); rec.Code != 200 || !json.Valid(rec.Body.Bytes()) {
			t.Errorf("%s: %d", jpath, rec.Code)
		}
	}
	if rec := request(h, "GET", "/stories/s1/secrets.csv", nil); rec.Code != 404 {
		t.Errorf("unknown download: %d", rec.Code)
	}
}

// TestPagesLinkEvidence checks that quote and event links point at their
// evidence, which the article page marks with an anchor, and that the
// language switch keeps the query.
func TestPagesLinkEvidence(t *testing.T) {
	h := server(t)
	story := request(h, "GET", "/stories/s1?ui=en", nil).Body.String()
	m := regexp.MustCompile(`href="(/articles/a1\?hl=[1-9]\d*-\d+#evidence)"`).FindStringSubmatch(story)
	if m == nil {
		t.Fatalf("no evidence link on the story page")
	}
	target, _, _ := strings.Cut(m[1], "#") // browsers do not send the fragment
	art := request(h, "GET", target, nil).Body.String()
	if !strings.Contains(art, `id="evidence"`) || !strings.Contains(art, "hl-evidence") {
		t.Errorf("article page %s does not mark the evidence", m[1])
	}
	search := request(h, "GET", "/search?q=Jansen&lang=nl&ui=en", nil).Body.String()
	if !strings.Contains(search, `href="/search?lang=nl&amp;q=Jansen&amp;ui=nl"`) {
		t.Errorf("language switch loses the query")
	}
	if !strings.Contains(search, "active-filters") {
		t.Error("active filter not shown")
	}
	nl := request(h, "GET", "/entities/generic:police?ui=nl", nil)
	if nl.Code != 404 { // no event names the police in the fixture
		t.Errorf("generic actor of no event: %d", nl.Code)
	}
}

// TestSearchSyntax checks phrases, OR, NOT and prefix* through the API.
func TestSearchSyntax(t *testing.T) {
	h := server(t)
	var every struct{ Total int }
	if err := json.Unmarshal(request(h, "GET", "/api/search", nil).Body.Bytes(), &every); err != nil || every.Total < 2 {
		t.Fatalf("all articles: %d, %v; the fixture needs two or more", every.Total, err)
	}
	all := every.Total
	for q, want := range map[string]int{
		`"Den Haag"`:            2,
		`"Den Haag" NOT Jansen`: 1,
		`"Den Haag" -Jansen`:    1,
		`Jans*`:                 1,
		`bezocht OR schreef`:    2,
		`bezocht schreef`:       0,
		`"Haag Den"`:            0,
		// A name of an entity searches for all its spellings in the
		// text, not only the mentions the tagger marked: a1 says Den
		// Haag without a mention of it.
		`Den Haag`: 2,
		`jansen`:   1,
		// Only words to leave out: all articles but those.
		`-Jansen`:     all - 1,
		`NOT Jansen`:  all - 1,
		`-"Den Haag"`: all - 2,
	} {
		rec := request(h, "GET", "/api/search?q="+url.QueryEscape(q), nil)
		var res struct{ Total int }
		if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil || rec.Code != 200 {
			t.Errorf("%s: %d %v", q, rec.Code, err)
			continue
		}
		if res.Total != want {
			t.Errorf("%s: %d hits, want %d", q, res.Total, want)
		}
	}
}

// TestIndirectSpeechNotQuoted: reported speech is labelled as such and
// never put in quotation marks, on story and entity pages alike.
func TestIndirectSpeechNotQuoted(t *testing.T) {
	s, err := khttp.NewServer(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	for _, path := range []string{"/stories/s1", "/entities/e-jansen", "/stories/s1?ui=nl"} {
		code, body, _ := get(t, h, path)
		label := "reported speech"
		if strings.Contains(path, "ui=nl") {
			label = "indirecte rede"
		}
		if code != 200 || !strings.Contains(body, "<q>We gaan door</q>") || strings.Contains(body, "<q>de gesprekken") ||
			!strings.Contains(body, label+`</small> <span class="reported">de gesprekken goed verliepen</span>`) {
			t.Errorf("%s: %d; want the direct quote in <q> and the indirect one labelled %q without quotes", path, code, label)
		}
	}
}

// TestTimelineAxisFitsPhone: on a phone the timeline axis keeps only its
// two end dates, apart, so "9 Aug 2020", "27 Aug" and "14 Sep" do not run
// together in a 150 px track.
func TestTimelineAxisFitsPhone(t *testing.T) {
	s, err := khttp.NewServer(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	_, css, _ := get(t, s.Handler(), "/assets/style.css")
	phone := css[strings.Index(css, "@media (max-width: 700px)"):]
	if !strings.Contains(phone, ".tl-axis span:nth-child(2) { display: none; }") || !strings.Contains(css, ".tl-axis { grid-area: track; display: flex; justify-content: space-between; gap:") {
		t.Error("the timeline axis has no gap, or keeps its middle date on a phone")
	}
}

// TestSourceRefsDoNotBreak: a source reference such as "vk 2019-04-09"
// after a summary line, a timeline row or a quote stays on one line on a
// phone instead of breaking at the date's hyphen ("vk 2019-04-" / "09").
func TestSourceRefsDoNotBreak(t *testing.T) {
	h := server(t)
	_, css, _ := get(t, h, "/assets/style.css")
	if !strings.Contains(css, "a.src, .tl-src a { white-space: nowrap; }") {
		t.Error("source references may break inside their date")
	}
	_, body, _ := get(t, h, "/stories/s1?ui=en")
	if !strings.Contains(body, `<a class="src" href="`) {
		t.Error("the story page has no source reference of class src")
	}
}

// TestStoryNaming: the source comparison shows each outlet's spelling of
// an entity the outlets name differently (the story's naming view).
func TestStoryNaming(t *testing.T) {
	s, err := khttp.NewServer(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := get(t, s.Handler(), "/stories/s1?ui=en")
	for _, want := range []string{`<span class="naming">Den Haag: “&#39;s-Gravenhage”</span>`, `<span class="naming">Den Haag: “Den Haag”</span>`} {
		if !strings.Contains(body, want) {
			t.Errorf("story page lacks %s", want)
		}
	}
}

// TestSourceColumnsShownWhenFilled: the source comparison shows a column
// only when some source fills it. Two outlets that spell every name alike
// have no "Naming" column (an empty column under a heading says nothing);
// the fixture's outlets, which spell Den Haag apart but report nothing the
// other lacks, have no "Only here" column.
func TestSourceColumnsShownWhenFilled(t *testing.T) {
	arts := []*kroniek.Article{
		{ID: "b1", Source: "b1.txt", Outlet: "Krant", Title: "De brug gaat dicht", Published: "2021-05-04", Lang: "nl", Text: "De brug gaat dicht.", Story: "s2"},
		{ID: "b2", Source: "b2.txt", Outlet: "Blad", Title: "Brug dicht tot juni", Published: "2021-05-05", Lang: "nl", Text: "De brug is tot juni dicht.", Story: "s2"},
	}
	c := &kroniek.Corpus{
		Links: []kroniek.ArticleLink{{Article: "b1", Story: "s2"}, {Article: "b2", Story: "s2"}},
		Stories: []*kroniek.Story{{ID: "s2", Title: "De brug gaat dicht", Articles: []string{"b1", "b2"}, Start: "2021-05-04", End: "2021-05-05",
			Sources: []kroniek.SourceView{
				{Outlet: "Krant", Articles: []string{"b1"}, First: "2021-05-04"},
				{Outlet: "Blad", Articles: []string{"b2"}, First: "2021-05-05", Unique: []string{"De brug is tot juni dicht."}}}}},
	}
	_, body, _ := get(t, storeServer(t, arts, c), "/stories/s2?ui=en")
	if !strings.Contains(body, "<th>Only here</th>") || strings.Contains(body, "<th>Naming</th>") {
		t.Errorf("story without namings: want an Only here column and no Naming column:\n%s", sourcesTable(body))
	}
	s, err := khttp.NewServer(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ = get(t, s.Handler(), "/stories/s1?ui=en")
	if !strings.Contains(body, "<th>Naming</th>") || strings.Contains(body, "<th>Only here</th>") {
		t.Errorf("story without unique facts: want a Naming column and no Only here column:\n%s", sourcesTable(body))
	}
}

// sourcesTable is the source comparison section of a story page.
func sourcesTable(page string) string {
	i := strings.Index(page, `<section id="sources">`)
	if i < 0 {
		return "(no source comparison)"
	}
	page = page[i:]
	if j := strings.Index(page, "</section>"); j >= 0 {
		page = page[:j]
	}
	return page
}

// TestSearchHitWithoutTitle: a hit on an article without a title (the
// seed format has none) is linked by the start of its text, as the
// article page is headed, not by "unknown · date".
func TestSearchHitWithoutTitle(t *testing.T) {
	store := sqlitetest.Open(t)
	a := &kroniek.Article{ID: "seed1", Source: "seed1.txt", Published: "2020-09", Lang: "nl",
		Text: "Poetin ontving Loekasjenko maandag in Sotsji.\nDe rest van het verhaal."}
	s := serverWith(t, store, a)
	code, body, _ := get(t, s, "/search?q=Sotsji&ui=en")
	if code != 200 || !strings.Contains(body, `<a href="/articles/seed1">Poetin ontving Loekasjenko maandag in Sotsji.</a>`) {
		t.Errorf("search: %d; the untitled hit is not linked by its first line:\n%s", code, body)
	}
}

// TestNetworkListOnPhone: the actor network chart needs 620 px, so a
// phone shows who acts on whom as a list instead of a chart cut off at
// the screen's edge; its event types speak the page's language (the
// Dutch page said "CONSULT · 1", user trial 16), and its count does not
// break from them onto a line of its own.
func TestNetworkListOnPhone(t *testing.T) {
	h := server(t)
	_, body, _ := get(t, h, "/stories/s1?ui=en")
	want := `<ul class="network-list"><li><a href="/entities/e-jansen">Piet Jansen</a> → <a href="/entities/e-denhaag">Den Haag</a> <small class="nowrap">consultation · 1 event</small></li></ul>`
	if !strings.Contains(body, want) || !strings.Contains(body, `<div class="scroll chart network-chart"><svg class="network"`) {
		t.Errorf("story page lacks the network list %s", want)
	}
	_, nl, _ := get(t, h, "/stories/s1?ui=nl")
	if want := `<small class="nowrap">overleg · 1 gebeurtenis</small>`; !strings.Contains(nl, want) || strings.Contains(nl, "Den Haag: CONSULT") {
		t.Errorf("the Dutch network list and chart do not say %s", want)
	}
	_, css, _ := get(t, h, "/assets/style.css")
	if !strings.Contains(css, "@media (max-width: 700px) {\n  .network-chart { display: none; }\n  .network-list { display: block; }") {
		t.Error("a phone does not swap the network chart for its list")
	}
}

// TestGenreInPageLanguage: a hit's genre and the genre filter speak the
// page's language (nieuws, not news, on a Dutch page).
func TestGenreInPageLanguage(t *testing.T) {
	h := server(t)
	_, body, _ := get(t, h, "/search?q=bezocht&ui=nl")
	if !strings.Contains(body, " · nieuws") || !strings.Contains(body, `<option value="news" >nieuws</option>`) {
		t.Errorf("Dutch search page does not name the genre news in Dutch:\n%s", body)
	}
}

// TestHeadlineEndsOnWord: an untitled article is headed by its first line
// cut after a whole word ("… In eigen land staat…", not "staat d…").
func TestHeadlineEndsOnWord(t *testing.T) {
	text := "President Loekasjenko heeft zijn laatste hoop gevestigd op Rusland. In eigen land staat de Wit-Russische leider er veelal alleen voor."
	s := serverWith(t, sqlitetest.Open(t), &kroniek.Article{ID: "seed3", Source: "seed3.txt", Lang: "nl", Text: text})
	_, body, _ := get(t, s, "/articles/seed3")
	if !strings.Contains(body, "<h1>President Loekasjenko heeft zijn laatste hoop gevestigd op Rusland. In eigen land staat…</h1>") {
		t.Errorf("headline not cut after a word:\n%.600s", body[strings.Index(body, "<h1>"):])
	}
}

// TestCopyNamedBySource: a copy in a story's article list points to its
// original by outlet and date (as source references do), not by its id,
// and no date in the list breaks at its hyphen on a phone.
func TestCopyNamedBySource(t *testing.T) {
	srv := serverWith(t, fixture(t), &kroniek.Article{ID: "a3", Source: "a3.txt", Outlet: "Blad", Title: "Jansen in Den Haag",
		Published: "2020-03-03", Lang: "nl", Text: "Minister Jansen bezocht Den Haag op 3 maart.", Story: "s1", DuplicateOf: "a1"})
	_, body, _ := get(t, srv, "/stories/s1?ui=en")
	if !strings.Contains(body, `Copy of <a class="src" href="/articles/a1">Krant 2020-03-03</a>`) {
		i := strings.Index(body, "Copy of")
		t.Errorf("the copy does not name its original by source: %.200s", body[max(i, 0):])
	}
	if !strings.Contains(body, `<span class="nowrap">2020-03-03</span>`) {
		t.Error("an article's date in the list may break at its hyphen")
	}
	if !strings.Contains(body, "article + 1 copy ·") && !strings.Contains(body, "articles + 1 copy ·") {
		i := strings.Index(body, `class="meta"`)
		t.Errorf("the story's head does not count the copy its list shows: %.200s", body[max(i, 0):])
	}
	// The copy's own page says so.
	if _, body, _ = get(t, srv, "/articles/a3?ui=en"); !strings.Contains(body, `Copy of <a class="src" href="/articles/a1">Krant 2020-03-03</a>`) {
		t.Errorf("the copy's page does not point to its original: %.600s", body)
	}
}

// TestAttentionFitsPhone: an entity's attention chart has a narrow form
// that a phone shows instead of the wide one, so the whole period is in
// view (the wide chart scrolled, hiding its latest weeks on a phone).
func TestAttentionFitsPhone(t *testing.T) {
	h := server(t)
	_, body, _ := get(t, h, "/entities/e-jansen?ui=en")
	if !strings.Contains(body, `<svg class="attention attention-wide"`) || !strings.Contains(body, `<svg class="attention attention-narrow" role="img" aria-label="Attention per day" viewBox="0 0 360 190"`) {
		t.Errorf("the entity page has no narrow attention chart: %.400s", body[max(0, strings.Index(body, `id="attention"`)):])
	}
	// The charts are named in the page's language, and the home page's
	// title is kroniek alone (user trial 11: "kroniek · kroniek", English
	// labels on a Dutch page).
	if _, nl, _ := get(t, h, "/entities/e-jansen?ui=nl"); !strings.Contains(nl, `aria-label="Aandacht per dag"`) {
		t.Errorf("the Dutch entity page names its chart in English: %.300s", nl[max(0, strings.Index(nl, `id="attention"`)):])
	}
	if _, nl, _ := get(t, h, "/stories/s1?ui=nl"); !strings.Contains(nl, `class="network" role="img" aria-label="Wie doet wat met wie"`) {
		t.Error("the Dutch story page does not name its network in Dutch")
	}
	if _, home, _ := get(t, h, "/?ui=en"); !strings.Contains(home, "<title>kroniek</title>") {
		t.Errorf("home page title: %.200s", home[max(0, strings.Index(home, "<title>")):])
	}
	_, css, _ := get(t, h, "/assets/style.css")
	phone := strings.Join(regexp.MustCompile(`@media \(max-width: 700px\) \{[^@]*`).FindAllString(css, -1), "")
	if !strings.Contains(css, ".chart svg.attention-narrow { display: none; }") || !strings.Contains(phone, ".chart svg.attention-wide { display: none; }") ||
		!strings.Contains(phone, ".chart svg.attention-narrow { display: block; }") {
		t.Error("a phone does not swap the wide attention chart for the narrow one")
	}
}

// TestUnknownSpeakerInPageLanguage: quotes without a known speaker are
// headed in the page's language only ("spreker onbekend"), not in both.
func TestUnknownSpeakerInPageLanguage(t *testing.T) {
	text := "“Het water stijgt snel”, klonk het op de dijk."
	q := strings.Index(text, "Het")
	an := &kroniek.Analysis{Article: "a1", Genre: "news", Quotes: []kroniek.Quote{{Article: "a1", Start: q, End: q + len("Het water stijgt snel"), Text: "Het water stijgt snel", Kind: "direct"}}}
	h := storeServer(t, []*kroniek.Article{{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Dijk", Published: "2020-03-03", Lang: "nl", Text: text, Story: "s1"}},
		&kroniek.Corpus{Analyses: []*kroniek.Analysis{an}, Links: []kroniek.ArticleLink{{Article: "a1", Story: "s1"}},
			Stories: []*kroniek.Story{{ID: "s1", Title: "Dijk", Articles: []string{"a1"}, Start: "2020-03-03", End: "2020-03-03"}}})
	for ui, want := range map[string]string{"nl": "<h3>spreker onbekend</h3>", "en": "<h3>unknown speaker</h3>"} {
		_, body, _ := get(t, h, "/stories/s1?ui="+ui)
		if !strings.Contains(body, want) || strings.Contains(body, " / ") {
			i := strings.Index(body, `class="speaker"`)
			t.Errorf("ui=%s: want %s: %.300s", ui, want, body[max(i, 0):])
		}
	}
}

// TestSincePages: "what is new" shows its stories a page at a time, as
// the story list does (a week of a real feed is hundreds of stories),
// while its downloads hold them all.
func TestSincePages(t *testing.T) {
	c := &kroniek.Corpus{}
	var arts []*kroniek.Article
	for i, day := range []string{"2020-03-01", "2020-03-02", "2020-03-03"} {
		id, st := "a"+day, "s"+strings.Repeat("x", i+1)
		arts = append(arts, &kroniek.Article{ID: id, Source: id + ".txt", Title: "Nieuws van " + day, Published: day, Lang: "nl", Text: "Tekst van " + day + ".", Story: st})
		c.Links = append(c.Links, kroniek.ArticleLink{Article: id, Story: st})
		c.Stories = append(c.Stories, &kroniek.Story{ID: st, Title: "Verhaal " + day, Articles: []string{id}, Start: day, End: day})
	}
	h := storeServer(t, arts, c)
	_, body, _ := get(t, h, "/since?date=2020-03-01&limit=2&ui=en")
	if n := strings.Count(body, `class="story-item"`); n != 2 || !strings.Contains(body, "3 stories") ||
		!strings.Contains(body, `<a rel="next" href="?date=2020-03-01&amp;limit=2&amp;offset=2">`) {
		t.Errorf("first page: %d stories, want 2 of 3 and a link to the next page: %.1500s", n, body)
	}
	_, body, _ = get(t, h, "/since?date=2020-03-01&limit=2&offset=2&ui=en")
	if n := strings.Count(body, `class="story-item"`); n != 1 || !strings.Contains(body, `rel="prev"`) {
		t.Errorf("second page: %d stories, want the third and a link back", n)
	}
	_, body, _ = get(t, h, "/since?date=2020-03-01&limit=2&format=json")
	if n := strings.Count(body, `"title"`); n != 3 {
		t.Errorf("the download holds %d stories, want all 3", n)
	}
	if code, _, _ := get(t, h, "/since?offset=-1"); code != 400 {
		t.Errorf("offset -1: %d, want 400", code)
	}
}

// TestSearchOnlyStopWords: a query of only words too common to search
// ("de") says why it finds nothing instead of a bare "Nothing found".
func TestSearchOnlyStopWords(t *testing.T) {
	h := server(t)
	_, body, _ := get(t, h, "/search?q=de+het&ui=en")
	if !strings.Contains(body, "Nothing found: words as common as these") {
		t.Errorf("a search for de het does not say why it finds nothing: %.300s", body[max(0, strings.Index(body, "results")):])
	}
	// A query of marks only ("\"", "-") holds no word at all: it is not
	// told that its words are too common.
	for _, q := range []string{"%22", "-", "%28%29"} {
		_, body, _ = get(t, h, "/search?q="+q+"&ui=en")
		if strings.Contains(body, "words as common as these") || !strings.Contains(body, "Nothing searched: the query holds no word") {
			t.Errorf("a search for %s does not say it holds no word: %.300s", q, body[max(0, strings.Index(body, "results")):])
		}
	}
	_, body, _ = get(t, h, "/search?q=xyzzy&ui=en")
	if !strings.Contains(body, "<p>Nothing found.</p>") {
		t.Error("a search for a word no article has is no longer just 'Nothing found.'")
	}
	// No downloads of nothing; a search that finds something offers them.
	if strings.Contains(body, "search.csv") || strings.Contains(body, "format=csv") {
		t.Error("a search that found nothing offers its results as CSV")
	}
	// Nothing found stands under the form, not beside an empty column of
	// facets (it stood 15 rem to the right on a desktop).
	if !strings.Contains(body, `<div class="search-layout no-hits">`) || strings.Contains(body, `<aside class="facets">`) {
		t.Error("a search that found nothing keeps the facets' column")
	}
	if _, body, _ = get(t, h, "/search?q=Jansen&ui=en"); !strings.Contains(body, ">CSV</a>") || !strings.Contains(body, `<div class="search-layout">`+"\n"+`<aside class="facets">`) {
		t.Error("a search that found something offers no download or no facets")
	}
}

// TestSinceEmpty: "what is new" on a store without dated articles says
// so (not a heading ending in "since" over nothing), and a date after
// every article says that no story has articles from it on.
func TestSinceEmpty(t *testing.T) {
	srv, err := khttp.NewServer(sqlitetest.Open(t))
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := get(t, srv.Handler(), "/since?ui=en")
	if !strings.Contains(body, "<h1>What is new</h1>") || !strings.Contains(body, "No dated articles yet.") {
		t.Errorf("empty store: %.800s", body[max(0, strings.Index(body, "<main")):])
	}
	_, body, _ = get(t, server(t), "/since?date=2030-01-01&ui=en")
	if !strings.Contains(body, `<h1>What is new since <span class="nowrap">2030-01-01</span></h1>`) || !strings.Contains(body, "No stories with articles from this date on.") {
		t.Errorf("date after every article: %.800s", body[max(0, strings.Index(body, "<main")):])
	}
}

// TestUntitledArticleLabel: an untitled article in a story's lists is
// named by its first words cut after a whole word, without the date and
// outlet the list already gives beside it ("2020-03-05 · Jansen … de
// Maa…" read the date twice and cut a word).
func TestUntitledArticleLabel(t *testing.T) {
	srv := serverWith(t, fixture(t), &kroniek.Article{ID: "a9", Source: "a9.txt", Published: "2020-03-05",
		Lang: "nl", Text: "Jansen opent vandaag in Maastricht een nieuwe brug over de Maas voor fietsers.", Story: "s1"})
	_, body, _ := get(t, srv, "/stories/s1?ui=en")
	if want := `<a href="/articles/a9">Jansen opent vandaag in Maastricht een nieuwe brug over de…</a>`; !strings.Contains(body, want) {
		i := strings.Index(body, `href="/articles/a9"`)
		t.Errorf("want %s in the article list: %.200s", want, body[max(i, 0):])
	}
}

// TestTableWordsWhole: table cells break a word only when it cannot fit
// a line of its own, so a narrow column (an event's type) is not
// squeezed to "beschuldigin" / "g".
func TestTableWordsWhole(t *testing.T) {
	_, css, _ := get(t, server(t), "/assets/style.css")
	if i, j := strings.Index(css, "main { overflow-wrap: anywhere; }"), strings.Index(css, "main table { overflow-wrap: break-word; }"); i < 0 || j < i {
		t.Error("tables inherit overflow-wrap: anywhere, which breaks words in narrow columns")
	}
}

// TestFiguresTable: the figures table heads every column in the page's
// case and language, and a figure's modifier stands with its value
// ("meer dan 200"), not with what it counts ("meer dan demonstranten").
func TestFiguresTable(t *testing.T) {
	text := "Meer dan 200 demonstranten kwamen naar het plein."
	fig := kroniek.Amount{Article: "a1", Start: 0, End: 12, Text: "Meer dan 200", Value: 200, Modifier: "meer dan", Object: "demonstranten"}
	an := &kroniek.Analysis{Article: "a1", Genre: "news", Amounts: []kroniek.Amount{fig}}
	h := storeServer(t, []*kroniek.Article{{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Plein", Published: "2020-03-03", Lang: "nl", Text: text, Story: "s1"}},
		&kroniek.Corpus{Analyses: []*kroniek.Analysis{an}, Links: []kroniek.ArticleLink{{Article: "a1", Story: "s1"}},
			Stories: []*kroniek.Story{{ID: "s1", Title: "Plein", Articles: []string{"a1"}, Start: "2020-03-03", End: "2020-03-03", Figures: []kroniek.Amount{fig}}}})
	_, body, _ := get(t, h, "/stories/s1?ui=nl")
	for _, want := range []string{"<th>Cijfer</th><th>Waarde</th><th>Wat</th><th>Artikel</th>",
		`data-label="Waarde"><small>meer dan</small> 200 </td><td data-label="Wat">demonstranten</td>`} {
		if !strings.Contains(body, want) {
			i := strings.Index(body, `id="figures"`)
			t.Errorf("want %s: %.900s", want, body[max(i, 0):])
		}
	}
}

// TestFigureRestated: a bare number ("27 ministers") is not shown twice:
// its value cell stays empty, and so out of the phone's card, when the
// figure's text says no more than its value; a figure the text writes
// otherwise ("twaalf") keeps its value.
func TestFigureRestated(t *testing.T) {
	text := "27 ministers en twaalf ambtenaren kwamen naar het overleg, 1542 fietsers naar het plein."
	figs := []kroniek.Amount{{Article: "a1", Start: 0, End: 2, Text: "27", Value: 27, Object: "ministers"},
		{Article: "a1", Start: 15, End: 21, Text: "twaalf", Value: 12, Object: "ambtenaren"},
		{Article: "a1", Start: 59, End: 63, Text: "1542", Value: 1542, Object: "fietsers"}}
	an := &kroniek.Analysis{Article: "a1", Genre: "news", Amounts: figs}
	h := storeServer(t, []*kroniek.Article{{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Overleg", Published: "2020-03-03", Lang: "nl", Text: text, Story: "s1"}},
		&kroniek.Corpus{Analyses: []*kroniek.Analysis{an}, Links: []kroniek.ArticleLink{{Article: "a1", Story: "s1"}},
			Stories: []*kroniek.Story{{ID: "s1", Title: "Overleg", Articles: []string{"a1"}, Start: "2020-03-03", End: "2020-03-03", Figures: figs}}})
	_, body, _ := get(t, h, "/stories/s1?ui=en")
	for _, want := range []string{`data-label="Figure">27</td><td class="num" data-label="Value"></td>`,
		`data-label="Figure">twaalf</td><td class="num" data-label="Value">12 </td>`,
		`data-label="Figure">1542</td><td class="num" data-label="Value"></td>`} {
		if !strings.Contains(body, want) {
			i := strings.Index(body, `id="figures"`)
			t.Errorf("want %s: %.900s", want, body[max(i, 0):])
		}
	}
}

// TestCopyEventsOnce: an event printed again in a copy of an article (the
// same type, actor, recipient and sentence) is shown once on the story
// and entity pages and in the API's story, not counted twice in "who
// acts on whom".
func TestCopyEventsOnce(t *testing.T) {
	text := "Jansen beschuldigde Pietersen van fraude."
	var arts []*kroniek.Article
	var ans []*kroniek.Analysis
	for _, id := range []string{"a1", "a3"} {
		a := &kroniek.Article{ID: id, Source: id + ".txt", Outlet: "Krant", Title: "Fraude", Published: "2020-03-03", Lang: "nl", Text: text, Story: "s1"}
		if id == "a3" {
			a.DuplicateOf = "a1"
		}
		arts = append(arts, a)
		ans = append(ans, &kroniek.Analysis{Article: id, Genre: "news", Events: []kroniek.Event{{ID: "ev-" + id, Article: id, End: len(text), Type: "ACCUSE", Shown: true,
			Actor: []string{"e-jansen"}, Recipient: []string{"e-pietersen"}, Text: text}}})
	}
	h := storeServer(t, arts, &kroniek.Corpus{Analyses: ans,
		Entities: []*kroniek.Entity{{ID: "e-jansen", Name: "Piet Jansen", Type: "PER", Count: 1}, {ID: "e-pietersen", Name: "Anna Pietersen", Type: "PER", Count: 1}},
		Links:    []kroniek.ArticleLink{{Article: "a1", Story: "s1"}, {Article: "a3", Story: "s1", DuplicateOf: "a1"}},
		Stories:  []*kroniek.Story{{ID: "s1", Title: "Fraude", Articles: []string{"a1", "a3"}, Start: "2020-03-03", End: "2020-03-03"}}})
	if _, body, _ := get(t, h, "/stories/s1?ui=en"); strings.Count(body, ">Jansen beschuldigde Pietersen van fraude.</a>") != 1 || !strings.Contains(body, `<small class="nowrap">accusation · 1 event</small>`) {
		t.Errorf("story page: the copy's event is shown again: %.1500s", body[max(0, strings.Index(body, `id="network"`)):])
	}
	if _, body, _ := get(t, h, "/api/stories/s1"); strings.Count(body, `"type": "ACCUSE"`) != 1 {
		t.Errorf("API story: %d events, want 1", strings.Count(body, `"type": "ACCUSE"`))
	}
	if _, body, _ := get(t, h, "/entities/e-jansen?ui=en"); strings.Count(body, ">Jansen beschuldigde Pietersen van fraude.</a>") != 1 {
		t.Error("entity page: the copy's event is shown again")
	}
}

// TestStoryEventsInDateOrder: a story's events, on its page and in the
// API, come dated first in date order, then the undated, as on an
// entity's page (the store gives them in article order).
func TestStoryEventsInDateOrder(t *testing.T) {
	text := "Jansen beschuldigde Pietersen van fraude."
	arts := []*kroniek.Article{{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Fraude", Published: "2020-03-03", Lang: "nl", Text: text, Story: "s1"}}
	var evs []kroniek.Event
	for i, date := range []string{"", "2020-03-02", "", "2020-03-01"} {
		evs = append(evs, kroniek.Event{ID: fmt.Sprint("ev", i), Article: "a1", End: len(text), Type: "ACCUSE", Shown: true, Date: date,
			Actor: []string{"e-jansen"}, Recipient: []string{fmt.Sprint("e-", i)}, Text: text})
	}
	h := storeServer(t, arts, &kroniek.Corpus{Analyses: []*kroniek.Analysis{{Article: "a1", Genre: "news", Events: evs}},
		Entities: []*kroniek.Entity{{ID: "e-jansen", Name: "Piet Jansen", Type: "PER", Count: 1}},
		Links:    []kroniek.ArticleLink{{Article: "a1", Story: "s1"}},
		Stories:  []*kroniek.Story{{ID: "s1", Title: "Fraude", Articles: []string{"a1"}, Start: "2020-03-03", End: "2020-03-03"}}})
	_, body, _ := get(t, h, "/api/stories/s1")
	var v struct{ Events []kroniek.Event }
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range v.Events {
		got = append(got, e.Date+"/"+e.ID)
	}
	if want := "2020-03-01/ev3 2020-03-02/ev1 /ev0 /ev2"; strings.Join(got, " ") != want {
		t.Errorf("API events %v, want %s", got, want)
	}
	_, page, _ := get(t, h, "/stories/s1?ui=en")
	if i, j := strings.Index(page, ">2020-03-01<"), strings.Index(page, ">2020-03-02<"); i < 0 || j < i {
		t.Errorf("story page: events not in date order (%d, %d)", i, j)
	}
}

// TestPeriodsDoNotBreak: a story's dates ("2020-03-03 … 2020-03-04") on
// the story list, a story, an entity and "what is new" keep each date
// on one line on a phone, instead of breaking at a hyphen.
func TestPeriodsDoNotBreak(t *testing.T) {
	h := server(t)
	want := `<span class="nowrap">2020-03-03</span> … <span class="nowrap">2020-03-04</span>`
	for _, path := range []string{"/?ui=en&all=1", "/stories/s1?ui=en", "/entities/e-jansen?ui=en", "/since?date=2020-03-01&ui=en"} {
		if _, body, _ := get(t, h, path); !strings.Contains(body, want) {
			t.Errorf("%s: the story's dates may break at a hyphen", path)
		}
	}
	// An article's date too, on its page and in search hits.
	for _, path := range []string{"/articles/a1?ui=en", "/search?q=Jansen&ui=en"} {
		if _, body, _ := get(t, h, path); !strings.Contains(body, `<span class="nowrap">2020-03-03</span>`) {
			t.Errorf("%s: the article's date may break at a hyphen", path)
		}
	}
}

// TestSubheadingsShown: an article's subheadings, a line of their own or a
// word run into a one-line text, are shown as headings between
// paragraphs, not as the first word of the next sentence; a range across
// lines is no heading and leaves the page whole.
func TestSubheadingsShown(t *testing.T) {
	text := "De mars trok door Londen. Oppositie Hoe de keuzes uitvallen, is onzeker.\n\nPetitie\n\nEen petitie kreeg steun."
	s := serverWith(t, fixture(t), &kroniek.Article{ID: "h1", Source: "h1.txt", Lang: "nl", Text: text,
		Headings: []kroniek.Span{{Start: 26, End: 35}, {Start: 74, End: 81}, {Start: 70, End: 84}}})
	_, body, _ := get(t, s, "/articles/h1")
	want := `<div class="article-text"><p>De mars trok door Londen. </p><h3 class="subheading">Oppositie</h3><p> Hoe de keuzes uitvallen, is onzeker.</p><h3 class="subheading">Petitie</h3><p>Een petitie kreeg steun.</p></div>`
	if !strings.Contains(body, want) {
		i := strings.Index(body, `<div class="article-text">`)
		t.Errorf("subheadings not shown as headings:\n got %.400s\nwant %s", body[max(i, 0):], want)
	}
}

// TestAPIUnknownParameter: a list endpoint answers a query parameter it
// does not take with 400 and the names it takes, instead of ignoring it
// and sending the whole list (/api/entities?q=May gave all entities).
func TestAPIUnknownParameter(t *testing.T) {
	h := server(t)
	rec := request(h, "GET", "/api/entities?q=Jansen", nil)
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), `unknown parameter \"q\": /api/entities takes offset, limit, type, story, name`) {
		t.Errorf("/api/entities?q=Jansen: %d %s", rec.Code, rec.Body.String())
	}
	for _, u := range []string{"/api/entities?name=Jansen", "/api/search?q=Jansen&ui=en", "/api/stories?limit=5&offset=0", "/api/stories/s1?x=1"} {
		if rec := request(h, "GET", u, nil); rec.Code != 200 {
			t.Errorf("%s: %d %s", u, rec.Code, rec.Body.String())
		}
	}
}

// TestSpeakerQuotesFolded: a speaker's quotes after the first five are
// folded away under "nog N citaten" (no script needed), so one talkative
// speaker does not make a story page endless on a phone; six are shown
// whole, as folding one saves nothing.
func TestSpeakerQuotesFolded(t *testing.T) {
	h := jansenStory(t)
	_, body, _ := get(t, h, "/stories/s1?ui=nl")
	i := strings.Index(body, `<section id="quotes">`)
	if i < 0 {
		t.Fatal("no quotes section")
	}
	sec := body[i:]
	sec = sec[:strings.Index(sec, "</section>")]
	folded := strings.Index(sec, `<details class="more-quotes"><summary>nog 3 citaten</summary>`)
	if folded < 0 || strings.Count(sec[:folded], "Zin nummer") != 5 || strings.Count(sec[folded:], "Zin nummer") != 3 {
		t.Errorf("Jansen's eight quotes: want five shown and three folded under \"nog 3 citaten\":\n%s", sec)
	}
	if strings.Count(sec, `<details class="more-quotes"`) != 1 || strings.Count(sec, "Pieterse zin") != 6 {
		t.Errorf("Pieterse's six quotes should all be shown, not folded:\n%s", sec)
	}
	if _, en, _ := get(t, h, "/stories/s1?ui=en"); !strings.Contains(en, "<summary>3 more quotes</summary>") {
		t.Error("the English page does not say \"3 more quotes\"")
	}
}

// TestStorySectionsFold: a long section of the story page (here 14
// quotes) is folded under its heading and count, so a phone shows the
// story's outline first; a short one (one article) is shown open, under
// the same heading. The summary and the actors are never folded.
func TestStorySectionsFold(t *testing.T) {
	h := jansenStory(t)
	for _, tt := range []struct{ ui, quotes, articles string }{
		{"nl", `<section id="quotes"><details class="fold"><summary><h2>Citaten <small class="count">14</small></h2></summary>`,
			`<section id="articles"><details class="fold" open><summary><h2>Artikelen <small class="count">1</small></h2></summary>`},
		{"en", `<section id="quotes"><details class="fold"><summary><h2>Quotes <small class="count">14</small></h2></summary>`,
			`<section id="articles"><details class="fold" open><summary><h2>Articles <small class="count">1</small></h2></summary>`},
	} {
		_, body, _ := get(t, h, "/stories/s1?ui="+tt.ui)
		for _, want := range []string{tt.quotes, tt.articles} {
			if !strings.Contains(body, want) {
				t.Errorf("ui=%s: want %s", tt.ui, want)
			}
		}
		// a story without dated items shows no empty timeline (a "0" and two downloads of nothing)
		if strings.Contains(body, `id="timeline"`) {
			t.Errorf("ui=%s: an empty timeline section is shown", tt.ui)
		}
	}
}

// TestFoldScript: every page loads assets/fold.js, which opens the
// folded sections on a wide screen (TestWebEndToEnd runs it at both
// widths); it is served as a script the Content-Security-Policy allows
// (script-src 'self'), and no page carries inline script.
func TestFoldScript(t *testing.T) {
	h := jansenStory(t)
	_, body, hdr := get(t, h, "/stories/s1")
	if !strings.Contains(body, `<script src="/assets/fold.js" defer></script>`) {
		t.Error("the story page does not load /assets/fold.js")
	}
	if strings.Contains(body, "<script>") {
		t.Error("the story page carries inline script")
	}
	if csp := hdr.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("Content-Security-Policy %q does not allow the page's own scripts", csp)
	}
	code, js, hdr := get(t, h, "/assets/fold.js")
	if code != http.StatusOK || !strings.HasPrefix(hdr.Get("Content-Type"), "text/javascript") {
		t.Fatalf("/assets/fold.js: %d %s", code, hdr.Get("Content-Type"))
	}
	// The width is the phone's breakpoint of style.css.
	for _, want := range []string{"(min-width: 701px)", "details.fold:not([open])", "d.open = true"} {
		if !strings.Contains(js, want) {
			t.Errorf("fold.js lacks %s", want)
		}
	}
}

// jansenStory serves one story of one article: Jansen's eight quotes and
// Pieterse's six.
func jansenStory(t *testing.T) http.Handler {
	t.Helper()
	store := sqlitetest.Open(t)
	ctx := context.Background()
	var text strings.Builder
	var qs []kroniek.Quote
	for i := range 8 {
		q := fmt.Sprintf("Zin nummer %d is gezegd", i+1)
		fmt.Fprintf(&text, "“%s”, zei Jansen. ", q)
		start := strings.Index(text.String(), q)
		qs = append(qs, kroniek.Quote{Article: "a1", Start: start, End: start + len(q), Text: q, Kind: "direct", Speaker: "e-jansen", SpeakerText: "Jansen", Cue: "zei"})
	}
	for i := range 6 {
		q := fmt.Sprintf("Pieterse zin %d", i+1)
		fmt.Fprintf(&text, "“%s”, zei Pieterse. ", q)
		start := strings.Index(text.String(), q)
		qs = append(qs, kroniek.Quote{Article: "a1", Start: start, End: start + len(q), Text: q, Kind: "direct", SpeakerText: "Pieterse", Cue: "zei"})
	}
	if _, err := store.PutArticles(ctx, []*kroniek.Article{{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Jansen spreekt",
		Published: "2020-03-03", Lang: "nl", Text: text.String(), Story: "s1"}}); err != nil {
		t.Fatal(err)
	}
	an := &kroniek.Analysis{Article: "a1", Genre: "news", Quotes: qs}
	if err := store.PutCorpus(ctx, &kroniek.Corpus{
		Entities: []*kroniek.Entity{{ID: "e-jansen", Name: "Piet Jansen", Type: "PER", Count: 8}},
		Analyses: []*kroniek.Analysis{an}, Links: []kroniek.ArticleLink{{Article: "a1", Story: "s1"}},
		Stories: []*kroniek.Story{{ID: "s1", Title: "Jansen spreekt", Articles: []string{"a1"}, Start: "2020-03-03", End: "2020-03-03"}},
	}); err != nil {
		t.Fatal(err)
	}
	return serverWith(t, store)
}

// TestRemovedLinesApart: a removed block's lines (a related block's header
// and teasers) are shown one under the other, not run into one sentence.
func TestRemovedLinesApart(t *testing.T) {
	h := serverWith(t, fixture(t), &kroniek.Article{ID: "r1", Source: "r1.txt", Lang: "nl", Text: "De tekst zelf.",
		Removed: []kroniek.Removed{{Kind: "related", Text: "Lees ook:\nEuropa of Rusland?\nDaar zijn <de> Wit-Russen niet mee bezig"}}})
	_, body, _ := get(t, h, "/articles/r1")
	if want := `<span class="kind">related</span> Lees ook:<br>Europa of Rusland?<br>Daar zijn &lt;de&gt; Wit-Russen niet mee bezig</li>`; !strings.Contains(body, want) {
		i := strings.Index(body, `id="removed"`)
		t.Errorf("removed block:\n got %.300s\nwant %s", body[max(i, 0):], want)
	}
}

// TestQuoteGapsShown: an attribution inside a quote's span (its gap) is
// shown as " … " on the story page and is not highlighted as the quote
// on the article page.
func TestQuoteGapsShown(t *testing.T) {
	text := "Het kabinet moet, volgens Jansen, worden ontbonden."
	gs, ge := strings.Index(text, ", volgens"), strings.Index(text, " worden")
	an := &kroniek.Analysis{Article: "a1", Genre: "news", Quotes: []kroniek.Quote{{Article: "a1", Start: 0, End: len(text) - 1,
		Text: text[:len(text)-1], Kind: "indirect", SpeakerText: "Jansen", Cue: "volgens", Gaps: [][2]int{{gs, ge}}}}}
	h := storeServer(t, []*kroniek.Article{{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Kabinet", Published: "2020-03-03", Lang: "nl", Text: text, Story: "s1"}},
		&kroniek.Corpus{Analyses: []*kroniek.Analysis{an}, Links: []kroniek.ArticleLink{{Article: "a1", Story: "s1"}},
			Stories: []*kroniek.Story{{ID: "s1", Title: "Kabinet", Articles: []string{"a1"}, Start: "2020-03-03", End: "2020-03-03"}}})
	if _, body, _ := get(t, h, "/stories/s1"); !strings.Contains(body, `<span class="reported">Het kabinet moet … worden ontbonden</span>`) {
		i := strings.Index(body, `class="reported"`)
		t.Errorf("story page: want the quote without its attribution: %.200s", body[max(i, 0):])
	}
	if _, body, _ := get(t, h, "/articles/a1"); strings.Count(body, `"hl-quote hl-indirect"`) != 2 {
		t.Errorf("article page: want the quote highlighted in two pieces, got %d", strings.Count(body, `"hl-quote hl-indirect"`))
	}
}

// TestTitleItemsOnPages: a quote of an article's title links to the title
// as its evidence, which the article page marks in its heading (not in
// the text at the same offsets); a title quote the text repeats is listed
// once, from the text.
func TestTitleItemsOnPages(t *testing.T) {
	a := &kroniek.Article{ID: "t1", Title: "Jansen: 'Wij eisen geld' en 'Geen woord meer'", Lang: "nl", Published: "2020-03-01",
		Text: "Burgemeester Jansen wil geld. \"Wij eisen geld van de provincie,\" zei hij."}
	a.Story = "st"
	at := func(s, sub string) (int, int) { i := strings.Index(s, sub); return i, i + len(sub) }
	ts1, te1 := at(a.Title, "Wij eisen geld")
	ts2, te2 := at(a.Title, "Geen woord meer")
	bs, be := at(a.Text, "Wij eisen geld van de provincie,")
	an := &kroniek.Analysis{Article: "t1", Quotes: []kroniek.Quote{
		{Article: "t1", Start: bs, End: be, Text: a.Text[bs:be], Kind: kroniek.QuoteDirect, SpeakerText: "hij"},
		{Article: "t1", Field: kroniek.FieldTitle, Start: ts1, End: te1, Text: a.Title[ts1:te1], Kind: kroniek.QuoteDirect},
		{Article: "t1", Field: kroniek.FieldTitle, Start: ts2, End: te2, Text: a.Title[ts2:te2], Kind: kroniek.QuoteDirect},
	}}
	c := &kroniek.Corpus{Analyses: []*kroniek.Analysis{an}, Links: []kroniek.ArticleLink{{Article: "t1", Story: "st"}},
		Stories: []*kroniek.Story{{ID: "st", Title: "Geld", Articles: []string{"t1"}, Start: "2020-03-01", End: "2020-03-01"}}}
	h := storeServer(t, []*kroniek.Article{a}, c)
	story := request(h, "GET", "/stories/st?ui=en", nil).Body.String()
	if n := strings.Count(story, "<q>Wij eisen geld"); n != 1 {
		t.Errorf("story page lists the repeated quote %d times, want once", n)
	}
	link := fmt.Sprintf("/articles/t1?hl=title:%d-%d#evidence", ts2, te2)
	if !strings.Contains(story, `href="`+link+`"`) {
		t.Fatalf("story page has no link to the title quote's evidence %s", link)
	}
	target, _, _ := strings.Cut(link, "#")
	art := request(h, "GET", target, nil).Body.String()
	head, rest, ok := strings.Cut(art, "</h1>")
	if !ok || !strings.Contains(head, `id="evidence"`) || !strings.Contains(head, `hl-evidence`) || !strings.Contains(head, `hl-quote`) {
		t.Errorf("article heading does not mark the title's evidence: %s", head[strings.LastIndex(head, "<h1"):])
	}
	if strings.Contains(rest, `id="evidence"`) {
		t.Error("the title's evidence is marked in the text too")
	}
	if n := strings.Count(rest, "hl-quote"); n != 2 { // the text's quote, and the legend
		t.Errorf("text marks %d quotes, want the text's one (title offsets read as the text's?)", n-1)
	}
}

// TestFiguresDiffer: two outlets that give the same count of the same
// thing on the same day with different values are listed as differing, on
// the story page and in the API's story (figures_differ). Both published
// on one day, neither is said to have reported first.
func TestFiguresDiffer(t *testing.T) {
	var arts []*kroniek.Article
	var ans []*kroniek.Analysis
	var figs []kroniek.Amount
	for i, n := range []string{"12", "14"} {
		id, outlet := fmt.Sprint("a", i+1), []string{"pzc", "ad"}[i]
		text := "Zondag raakten in Vlissingen " + n + " mensen gewond door omvallende bomen."
		start := strings.Index(text, n)
		fig := kroniek.Amount{Article: id, Start: start, End: start + len(n) + 7, Text: n + " mensen", Value: float64(12 + 2*i), Object: "mensen"}
		figs = append(figs, fig)
		arts = append(arts, &kroniek.Article{ID: id, Source: id + ".txt", Outlet: outlet, Title: "Storm", Published: "2019-03-11", Lang: "nl", Text: text, Story: "s1"})
		ans = append(ans, &kroniek.Analysis{Article: id, Genre: "news", Amounts: []kroniek.Amount{fig},
			Times: []kroniek.TimeRef{{Article: id, Start: 0, End: 6, Text: "Zondag", Value: "2019-03-10"}}})
	}
	h := storeServer(t, arts, &kroniek.Corpus{Analyses: ans,
		Links: []kroniek.ArticleLink{{Article: "a1", Story: "s1"}, {Article: "a2", Story: "s1"}},
		Stories: []*kroniek.Story{{ID: "s1", Title: "Storm", Articles: []string{"a1", "a2"}, Start: "2019-03-11", End: "2019-03-11", Figures: figs,
			Sources: []kroniek.SourceView{{Outlet: "pzc", Articles: []string{"a1"}, First: "2019-03-11"}, {Outlet: "ad", Articles: []string{"a2"}, First: "2019-03-11"}}}}})
	_, body, _ := get(t, h, "/api/stories/s1")
	var v struct {
		FiguresDiffer []struct {
			Object, Date string
			Values       []struct{ Outlet string }
		} `json:"figures_differ"`
	}
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.FiguresDiffer) != 1 || v.FiguresDiffer[0].Object != "mensen" || v.FiguresDiffer[0].Date != "2019-03-10" || len(v.FiguresDiffer[0].Values) != 2 {
		t.Errorf("API figures_differ: %+v", v.FiguresDiffer)
	}
	if _, page, _ := get(t, h, "/stories/s1?ui=en"); !strings.Contains(page, `<ul class="disputes">`) ||
		!strings.Contains(page, `<p class="differ">Figures that differ between sources: <a href="#figures">mensen</a>`) ||
		strings.Contains(page, `class="first"`) {
		t.Errorf("story page: no disputes list: %.600s", page[max(0, strings.Index(page, `id="figures"`)):])
	}
}

// TestHomeSaysStoriesBehind: articles stored without a corpus rebuild (an
// analysis still running, or interrupted) make the home page say that its
// stories are behind and how to catch up, not only "no stories"; once the
// corpus is rebuilt the note goes.
func TestHomeSaysStoriesBehind(t *testing.T) {
	store := sqlitetest.Open(t)
	ctx := context.Background()
	arts := []*kroniek.Article{{ID: "a1", Source: "a1.txt", Title: "Plein", Published: "2020-03-03", Lang: "nl", Text: "Op het plein."}}
	if _, err := store.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	srv, err := khttp.NewServer(store)
	if err != nil {
		t.Fatal(err)
	}
	h := srv.Handler()
	if _, body, _ := get(t, h, "/?ui=en"); !strings.Contains(body, `<p class="note behind">The stories are behind the stored articles`) {
		t.Errorf("home page of a store behind: no note: %.800s", body[max(0, strings.Index(body, "<h1>")):])
	}
	if err := store.PutCorpus(ctx, &kroniek.Corpus{}); err != nil {
		t.Fatal(err)
	}
	if _, body, _ := get(t, h, "/?ui=en"); strings.Contains(body, "behind") {
		t.Error("home page of a rebuilt store still says it is behind")
	}
}

// TestSpeakerDescriptionOneSpeaker: quotes of one unnamed speaker whose
// description differs only in case ("De veiligheidsregio" opening a
// sentence) are listed under one speaker on the story page.
func TestSpeakerDescriptionOneSpeaker(t *testing.T) {
	text := "De veiligheidsregio zegt: ,,Blijf binnen.'' Later zei de veiligheidsregio: ,,Ramen dicht.''"
	var qs []kroniek.Quote
	for _, q := range []struct{ words, speaker string }{{"Blijf binnen.", "De veiligheidsregio"}, {"Ramen dicht.", "de veiligheidsregio"}} {
		start := strings.Index(text, q.words)
		qs = append(qs, kroniek.Quote{Article: "a1", Start: start, End: start + len(q.words), Text: q.words, Kind: "direct", SpeakerText: q.speaker, Cue: "zegt"})
	}
	h := storeServer(t, []*kroniek.Article{{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Brand", Published: "2020-03-03", Lang: "nl", Text: text, Story: "s1"}},
		&kroniek.Corpus{Analyses: []*kroniek.Analysis{{Article: "a1", Genre: "news", Quotes: qs}}, Links: []kroniek.ArticleLink{{Article: "a1", Story: "s1"}},
			Stories: []*kroniek.Story{{ID: "s1", Title: "Brand", Articles: []string{"a1"}, Start: "2020-03-03", End: "2020-03-03"}}})
	_, body, _ := get(t, h, "/stories/s1?ui=en")
	if n := strings.Count(body, `<div class="speaker">`); n != 1 || !strings.Contains(body, "Blijf binnen.") || !strings.Contains(body, "Ramen dicht.") {
		t.Errorf("%d speakers for one description, want 1: %.900s", n, body[max(0, strings.Index(body, `id="quotes"`)):])
	}
}

// TestHomeCountsHiddenSingles: the home page's count says how many
// one-article stories it leaves out (they hide behind a folded checkbox
// on a phone); an entity of one mention says "1 mention".
func TestHomeCountsHiddenSingles(t *testing.T) {
	var arts []*kroniek.Article
	for _, id := range []string{"a1", "a2", "a3"} {
		arts = append(arts, &kroniek.Article{ID: id, Source: id + ".txt", Title: "T " + id, Published: "2020-03-03", Lang: "nl", Text: "Jansen sprak."})
	}
	h := storeServer(t, arts, &kroniek.Corpus{
		Entities: []*kroniek.Entity{{ID: "e-jansen", Name: "Piet Jansen", Type: "PER", Count: 1}},
		Links:    []kroniek.ArticleLink{{Article: "a1", Story: "s1"}, {Article: "a2", Story: "s1"}, {Article: "a3", Story: "s2"}},
		Stories: []*kroniek.Story{{ID: "s1", Title: "Twee", Articles: []string{"a1", "a2"}, Start: "2020-03-03", End: "2020-03-03"},
			{ID: "s2", Title: "Een", Articles: []string{"a3"}, Start: "2020-03-03", End: "2020-03-03"}}})
	if _, body, _ := get(t, h, "/?ui=en"); !strings.Contains(body, "1 story <small>(1 one-article story not shown)</small>") {
		t.Errorf("home count: %.600s", body[max(0, strings.Index(body, `<p class="meta">`)):])
	}
	if _, body, _ := get(t, h, "/?ui=en&all=1"); strings.Contains(body, "not shown") || !strings.Contains(body, "2 stories") {
		t.Errorf("home count with one-article stories: %.600s", body[max(0, strings.Index(body, `<p class="meta">`)):])
	}
	if _, body, _ := get(t, h, "/entities/e-jansen?ui=en"); !strings.Contains(body, "1 mention ·") {
		t.Errorf("entity page: %.400s", body[max(0, strings.Index(body, `<p class="meta">`)):])
	}
}

// TestArticleSummaryOnly: an article stored from a feed's summary says so
// on its page (its link is in the line above); others do not.
func TestArticleSummaryOnly(t *testing.T) {
	h := storeServer(t, []*kroniek.Article{
		{ID: "a1", Source: "feed.rss", URL: "https://krant.example/staking", Title: "Staking", Published: "2020-03-03", Lang: "nl", Text: "De bonden staken morgen.", Meta: map[string]string{"content": "summary"}},
		{ID: "a2", Source: "a2.txt", Title: "Plein", Published: "2020-03-03", Lang: "nl", Text: "Het plein gaat dicht."}}, &kroniek.Corpus{})
	if _, body, _ := get(t, h, "/articles/a1?ui=en"); !strings.Contains(body, `<p class="note behind">Only the feed&#39;s summary: kroniek analyze --fetch reads the whole article.</p>`) {
		t.Errorf("summary article page: %.700s", body[max(0, strings.Index(body, "<h1>")):])
	}
	if _, body, _ := get(t, h, "/articles/a2?ui=en"); strings.Contains(body, "feed's summary") {
		t.Error("a whole article is marked as a summary")
	}
}

// TestUnknownSourcesAgree: a story whose articles name no outlet lists
// "outlets": [] (not missing) in its JSON, and the API's count, the story
// JSON's sources[] and the page all count the same sources: here each
// article is a source of its own.
func TestUnknownSourcesAgree(t *testing.T) {
	text := "Jansen sprak in Den Haag over de plannen."
	arts := []*kroniek.Article{
		{ID: "u1", Source: "u1.txt", Title: "Jansen in Den Haag", Published: "2020-03-03", Lang: "nl", Text: text, Story: "s1"},
		{ID: "u2", Source: "u2.txt", Title: "Jansen weer in Den Haag", Published: "2020-03-04", Lang: "nl", Text: text, Story: "s1"},
	}
	h := storeServer(t, arts, &kroniek.Corpus{
		Analyses: []*kroniek.Analysis{{Article: "u1"}, {Article: "u2"}},
		Links:    []kroniek.ArticleLink{{Article: "u1", Story: "s1"}, {Article: "u2", Story: "s1"}},
		Stories: []*kroniek.Story{{ID: "s1", Title: "Jansen in Den Haag", Articles: []string{"u1", "u2"}, Start: "2020-03-03", End: "2020-03-04",
			Sources: []kroniek.SourceView{{Articles: []string{"u1"}, First: "2020-03-03"}, {Articles: []string{"u2"}, First: "2020-03-04"}}}},
	})
	_, body, _ := get(t, h, "/api/stories/s1")
	var v struct {
		Outlets *[]string         `json:"outlets"`
		Sources []json.RawMessage `json:"sources"`
	}
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatal(err)
	}
	if v.Outlets == nil || len(*v.Outlets) != 0 {
		t.Errorf("outlets of a story of no known outlet: %v, want []", v.Outlets)
	}
	if len(v.Sources) != 2 {
		t.Errorf("sources[] has %d entries, want 2", len(v.Sources))
	}
	if _, list, _ := get(t, h, "/api/stories"); !strings.Contains(list, `"sources": 2`) {
		t.Errorf("the story list counts other sources: %.400s", list)
	}
	if _, page, _ := get(t, h, "/stories/s1?ui=en"); !strings.Contains(page, "2 sources (no outlet named)") {
		i := strings.Index(page, `class="meta"`)
		t.Errorf("the page counts other sources, or names one \"unknown\" of two (user trial 14): %.300s", page[max(i, 0):])
	} else if !strings.Contains(page, `<span class="meta">[2] · `) || strings.Contains(page, `<span class="meta">unknown · `) {
		// Its articles are cited by number, as the report does, not as
		// "unknown 2020-03-04" under every claim (user trial 14).
		t.Errorf("the page does not cite the articles by number: %s", page)
	}
}

// TestEventSidesSeparated: an event card with two actors separates their
// links ("Verenigde Naties, EU"), not "Verenigde Naties EU" (user trial 11).
func TestEventSidesSeparated(t *testing.T) {
	text := "De Verenigde Naties en de EU riepen Haftar op te stoppen."
	arts := []*kroniek.Article{{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Oproep", Published: "2020-03-03", Lang: "nl", Text: text, Story: "s1"}}
	h := storeServer(t, arts, &kroniek.Corpus{
		Entities: []*kroniek.Entity{{ID: "e-vn", Name: "Verenigde Naties", Type: "ORG"}, {ID: "e-eu", Name: "EU", Type: "ORG"}, {ID: "e-haftar", Name: "Haftar", Type: "PER"}},
		Analyses: []*kroniek.Analysis{{Article: "a1", Events: []kroniek.Event{{ID: "ev-1", Article: "a1", End: len(text), Type: "APPEAL", Shown: true,
			Actor: []string{"e-vn", "e-eu"}, Recipient: []string{"e-haftar"}, Date: "2020-03-03", Text: text}}}},
		Links:   []kroniek.ArticleLink{{Article: "a1", Story: "s1"}},
		Stories: []*kroniek.Story{{ID: "s1", Title: "Oproep", Articles: []string{"a1"}, Start: "2020-03-03", End: "2020-03-03"}},
	})
	_, body, _ := get(t, h, "/stories/s1?ui=en")
	if !strings.Contains(body, `Verenigde Naties</a>, <a href="/entities/e-eu">EU</a>`) {
		i := strings.Index(body, `id="events"`)
		t.Errorf("event actors not separated: %.600s", body[max(i, 0):])
	}
}

// TestHighlightTooltipsInPageLanguage: an article's highlights name what
// they mark in the page's language ("persoon: Piet Jansen", "citaat: …"),
// not by analysis codes (PER, direct), and a figure reads value first
// (user trial 11, finding 12).
func TestHighlightTooltipsInPageLanguage(t *testing.T) {
	h := server(t)
	for ui, want := range map[string][]string{
		"nl": {`title="persoon: Piet Jansen"`, `title="citaat: Jansen (Piet Jansen)"`, `title="indirecte rede: Hij (Piet Jansen)"`},
		"en": {`title="person: Piet Jansen"`, `title="quote: Jansen (Piet Jansen)"`},
	} {
		_, body, _ := get(t, h, "/articles/a1?ui="+ui)
		for _, w := range want {
			if !strings.Contains(body, w) {
				i := strings.Index(body, `class="article-text"`)
				t.Errorf("ui=%s: no %s: %.500s", ui, w, body[max(i, 0):])
			}
		}
	}
}

// TestEventWeekInWords: an event dated by a week shows "week 13 van 2019"
// on the story page, not the stored "2019-W13" (user trial 17).
func TestEventWeekInWords(t *testing.T) {
	text := "De minister bezocht vorige week de haven van Rotterdam."
	arts := []*kroniek.Article{{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Bezoek", Published: "2019-04-01", Lang: "nl", Text: text, Story: "s1"}}
	h := storeServer(t, arts, &kroniek.Corpus{
		Entities: []*kroniek.Entity{{ID: "e-min", Name: "minister", Type: "PER"}, {ID: "e-rdam", Name: "Rotterdam", Type: "LOC"}},
		Analyses: []*kroniek.Analysis{{Article: "a1", Events: []kroniek.Event{{ID: "ev-1", Article: "a1", End: len(text), Type: "CONSULT", Shown: true,
			Actor: []string{"e-min"}, Recipient: []string{"e-rdam"}, Date: "2019-W13", Text: text}}}},
		Links:   []kroniek.ArticleLink{{Article: "a1", Story: "s1"}},
		Stories: []*kroniek.Story{{ID: "s1", Title: "Bezoek", Articles: []string{"a1"}, Start: "2019-04-01", End: "2019-04-01"}},
	})
	_, body, _ := get(t, h, "/stories/s1?ui=nl")
	if !strings.Contains(body, ">week 13 van 2019</td>") || strings.Contains(body, ">2019-W13<") {
		i := strings.Index(body, `id="events"`)
		t.Errorf("event week not in words: %.600s", body[max(i, 0):])
	}
}

// TestArticleWithoutText: an article stored without text (a source record
// of a date alone) is headed by its id and says it has no text; its page
// had an empty heading, a legend of highlights and nothing under it (user
// trial 17: 40 such articles in dpgmedia, 4 without a title too).
func TestArticleWithoutText(t *testing.T) {
	h := storeServer(t, []*kroniek.Article{
		{ID: "leeg1", Source: "l.jsonl", Published: "2021-06-01", Lang: "und"},
		{ID: "leeg2", Source: "l.jsonl", Title: "Alleen een kop", Published: "2021-06-02", Lang: "nl"},
	}, &kroniek.Corpus{})
	for path, want := range map[string]string{
		"/articles/leeg1?ui=nl": "<h1>Artikel leeg1</h1>",
		"/articles/leeg2?ui=en": "This article has no text",
	} {
		_, page, _ := get(t, h, path)
		if !strings.Contains(page, want) || strings.Contains(page, `class="legend"`) || strings.Contains(page, "<h1></h1>") {
			i := strings.Index(page, "<main")
			t.Errorf("%s: want %q and no legend: %.700s", path, want, page[max(i, 0):])
		}
	}
}
