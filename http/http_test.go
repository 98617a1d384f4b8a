package http_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	khttp "github.com/kroniek/kroniek/http"
	"github.com/kroniek/kroniek/internal/sqlitetest"
)

const xss = `Hij schreef "><img src=x onerror=alert(1)> en <script>alert('x')</script> in Den Haag.`

// fixture builds a small store: two articles in one story, one with
// hostile markup in its text, an entity, a quote and an event.
func fixture(t *testing.T) kroniek.Store {
	t.Helper()
	store := sqlitetest.Open(t)
	ctx := context.Background()
	text1 := "Minister Jansen bezocht Den Haag op 3 maart. “We gaan door”, zei Jansen. Hij zei dat de gesprekken goed verliepen."
	arts := []*kroniek.Article{
		{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Jansen in Den Haag", Published: "2020-03-03", Lang: "nl", Text: text1, Story: "s1",
			Removed: []kroniek.Removed{{Kind: "caption", Text: "Foto ANP"}}},
		{ID: "a2", Source: "a2.txt", Outlet: "Blad", Title: "<b>Bold</b> title", Published: "2020-03-04", Lang: "nl", Text: xss, Story: "s1", URL: "javascript:alert(1)"},
	}
	if _, err := store.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	q := strings.Index(text1, "We gaan")
	ind := strings.Index(text1, "de gesprekken")
	an1 := &kroniek.Analysis{Article: "a1",
		Mentions: []kroniek.Mention{{Article: "a1", Start: 9, End: 15, Text: "Jansen", Type: "PER", Entity: "e-jansen"}},
		Quotes: []kroniek.Quote{{Article: "a1", Start: q, End: q + len("We gaan door"), Text: "We gaan door", Kind: "direct", Speaker: "e-jansen", SpeakerText: "Jansen", Cue: "zei"},
			{Article: "a1", Start: ind, End: ind + len("de gesprekken goed verliepen"), Text: "de gesprekken goed verliepen", Kind: "indirect", Speaker: "e-jansen", SpeakerText: "Hij", Cue: "zei"}},
		Events: []kroniek.Event{{Article: "a1", Type: "CONSULT", Shown: true, Actor: []string{"e-jansen"}, Recipient: []string{"e-denhaag"}, Date: "2020-03-03", Text: "Minister Jansen bezocht Den Haag op 3 maart."},
			// Not shown by default: the API lists and counts it only with all=1.
			{Article: "a1", Type: "REQUEST", Shown: false, Actor: []string{"e-jansen"}, Date: "2020-03-03", Text: "Hij zei dat de gesprekken goed verliepen."}},
	}
	an1.Genre = "news"
	an2 := &kroniek.Analysis{Article: "a2", Genre: "column", Mentions: []kroniek.Mention{{Article: "a2", Start: strings.Index(xss, "Den Haag"), End: strings.Index(xss, "Den Haag") + 8, Text: "Den Haag", Type: "LOC", Entity: "e-denhaag"}}}
	c := &kroniek.Corpus{
		Entities: []*kroniek.Entity{
			{ID: "e-jansen", Name: "Piet Jansen", Type: "PER", Aliases: []string{"Jansen"}, Count: 1, Mentions: an1.Mentions},
			{ID: "e-denhaag", Name: "Den Haag", Type: "LOC", Country: "NL", Aliases: []string{"Den Haag"}, Count: 1, Mentions: an2.Mentions},
		},
		Analyses: []*kroniek.Analysis{an1, an2},
		Links:    []kroniek.ArticleLink{{Article: "a1", Story: "s1"}, {Article: "a2", Story: "s1"}},
		Stories: []*kroniek.Story{{ID: "s1", Title: `Jansen <script>alert("t")</script>`, Articles: []string{"a1", "a2"}, Start: "2020-03-03", End: "2020-03-04",
			Actors:         []kroniek.StoryActor{{Entity: "e-jansen", Name: "Piet Jansen", Type: "PER", Count: 1}},
			Summary:        []string{"Minister Jansen bezocht Den Haag op 3 maart."},
			SummarySources: []string{"a1"},
			Timeline: []kroniek.TimelineItem{{Date: "2020-03-03", Text: "Jansen bezoekt Den Haag <i>x</i>", Articles: []string{"a1"}, Kind: "CONSULT"},
				{Date: "2020-03-09", Text: "Jansen keert op 9 maart terug.", Articles: []string{"a2"}, Kind: "fact", Plan: true}},
			Background: []kroniek.TimelineItem{{Date: "2014", Text: "Jansen werd in 2014 minister.", Articles: []string{"a1"}, Kind: "fact", Background: true}},
			SubStories: []kroniek.SubStory{{Title: "Het bezoek", Articles: []string{"a1"}}, {Title: "De reactie", Articles: []string{"a2"}}},
			Sources: []kroniek.SourceView{
				{Outlet: "Blad", Articles: []string{"a2"}, First: "2020-03-04", Naming: map[string]string{"Den Haag": "'s-Gravenhage"}},
				{Outlet: "Krant", Articles: []string{"a1"}, First: "2020-03-03", Naming: map[string]string{"Den Haag": "Den Haag"}}}}},
	}
	if err := store.PutCorpus(ctx, c); err != nil {
		t.Fatal(err)
	}
	return store
}

func get(t *testing.T, h http.Handler, path string) (int, string, http.Header) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	b, _ := io.ReadAll(rec.Body)
	return rec.Code, string(b), rec.Header()
}

func TestAPI(t *testing.T) {
	s, err := khttp.NewServer(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	for _, tc := range []struct {
		path   string
		status int
		want   string
	}{
		{"/healthz", 200, `"ok"`},
		{"/api/openapi.json", 200, `"openapi": "3.1.0"`},
		{"/api/stories", 200, `"total": 1`},
		{"/api/stories/s1", 200, `"We gaan door"`},
		{"/api/stories/nope", 404, `"code": "not_found"`},
		{"/api/entities/e-jansen", 200, `"per_day"`},
		{"/api/entities?type=PER", 200, `"Piet Jansen"`},
		{"/api/articles/a1", 200, `"analysis"`},
		{"/api/articles?story=s1&limit=1", 200, `"limit": 1`},
		{"/api/events?type=CONSULT", 200, `"CONSULT"`},
		{"/api/events?type=BOGUS", 400, `unknown event type \"BOGUS\": use one of AGREE, CONSULT, `},
		{"/api/events", 200, `"total": 1,`},
		{"/api/events?all=1", 200, `"total": 2,`},
		{"/api/entities/e-jansen", 200, `"per_day": [
    {
      "date": "2020-03-03",
      "count": 1
    }
  ]`},
		{"/api/quotes?speaker=e-jansen", 200, `"We gaan door"`},
		{"/api/search?q=jansen", 200, `"hits"`},
		{"/api/search?q=" + strings.Repeat("x", 600), 400, `too long`},
		{"/api/stories?limit=0", 400, `"invalid"`},
		{"/api/stories?offset=-1", 400, `"invalid"`},
		{"/api/nothing", 404, `"not_found"`},
		{"/api/search?from=yesterday", 400, `YYYY-MM-DD`},
		{"/api/events?from=2019-13-45", 400, `YYYY-MM-DD`},
		{"/api/stories?to=2019-02-30", 400, `YYYY-MM-DD`},
		{"/api/articles?from=2019-00", 400, `YYYY-MM-DD`},
		{"/api/stories?from=2019-02", 200, `"items"`},
		{"/api/search?q=%22unbalanced+AND+OR+%28", 200, `"hits"`},
	} {
		code, body, hdr := get(t, h, tc.path)
		if code != tc.status || !strings.Contains(body, tc.want) {
			t.Errorf("GET %s: %d %s\nwant %d containing %s", tc.path, code, body, tc.status, tc.want)
		}
		if strings.HasPrefix(tc.path, "/api/") && !strings.HasPrefix(hdr.Get("Content-Type"), "application/json") {
			t.Errorf("GET %s: content type %q", tc.path, hdr.Get("Content-Type"))
		}
	}
	var doc map[string]any
	_, body, _ := get(t, h, "/api/openapi.json")
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatalf("openapi.json is not JSON: %v", err)
	}
	if code, body, _ := get(t, h, "/metrics"); code != 200 || !strings.Contains(body, "kroniek_http_requests_total") {
		t.Errorf("/metrics: %d, no request counter", code)
	}
}

// TestPagesEscapeArticleText checks that hostile text in articles,
// titles and timelines renders as inert text.
func TestPagesEscapeArticleText(t *testing.T) {
	s, err := khttp.NewServer(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	for _, path := range []string{"/", "/stories/s1", "/articles/a2", "/articles/a1", "/entities/e-jansen", "/entities/e-denhaag", "/search?q=script", "/search?q=%3Cscript%3E"} {
		code, body, hdr := get(t, h, path)
		if code != 200 {
			t.Errorf("GET %s: status %d", path, code)
			continue
		}
		for _, bad := range []string{"<script>", "<img src=x", "<b>Bold", "<i>x</i>"} {
			if strings.Contains(body, bad) {
				t.Errorf("GET %s: unescaped %q in page", path, bad)
			}
		}
		if !strings.Contains(hdr.Get("Content-Security-Policy"), "script-src 'self'") {
			t.Errorf("GET %s: no CSP", path)
		}
	}
	_, body, _ := get(t, h, "/articles/a2")
	if !strings.Contains(body, "&lt;script&gt;") || !strings.Contains(body, "onerror=alert(1)&gt;") {
		t.Errorf("article text not shown escaped")
	}
	if strings.Contains(body, `javascript:`) {
		t.Errorf("a javascript: URL of an article became a live link")
	}
	_, body, _ = get(t, h, "/stories/s1")
	for _, want := range []string{"<figure class=\"timeline\"", "We gaan door", "Piet Jansen", "<svg class=\"network\"",
		"Het bezoek", "De reactie", "Jansen werd in 2014 minister.", `class="kind plan"`, `<a class="src" href="/articles/a1"`} {
		if !strings.Contains(body, want) {
			t.Errorf("story page lacks %q", want)
		}
	}
	// Each hit shows its genre; the genre filter keeps the hits of one genre.
	_, body, _ = get(t, h, "/search?q=Jansen")
	if !strings.Contains(body, `href="/articles/a1"`) || !strings.Contains(body, "· news") {
		t.Error("search hit a1 without its genre")
	}
	_, body, _ = get(t, h, "/search?q=Jansen&genre=column")
	if strings.Contains(body, `href="/articles/a1"`) {
		t.Error("genre=column shows a news article")
	}
	if code, _, _ := get(t, h, "/stories/missing"); code != 404 {
		t.Errorf("missing story: %d, want 404", code)
	}
	_, body, _ = get(t, h, "/?ui=en")
	if !strings.Contains(body, ">Stories<") {
		t.Error("english labels missing")
	}
	_, body, _ = get(t, h, "/?ui=nl")
	if !strings.Contains(body, ">Verhalen<") {
		t.Error("dutch labels missing")
	}
}
