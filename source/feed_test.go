package source

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// atomFeed is an Atom feed whose entries only link to pages of base: one
// page, one 404 and one entry with a teaser only.
func atomFeed(base string) string {
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
<title>Gelders Dagblad</title>
<link href="` + base + `/"/>
<id>urn:gd:feed</id>
<updated>2018-05-23T08:00:00Z</updated>
<entry><title>Museum Elburg krijgt verloren schilderij terug</title><id>urn:gd:1</id>
 <link href="` + base + `/museum"/><updated>2018-05-22T10:00:00+02:00</updated>
 <summary>Een verzamelaar herkende het stadsgezicht op een veiling.</summary></entry>
<entry><title>Verdwenen bericht</title><id>urn:gd:2</id>
 <link href="` + base + `/weg"/><updated>2018-05-22T11:00:00+02:00</updated></entry>
</feed>`
}

func TestReadFeedFullContent(t *testing.T) {
	arts, probs := collect(t, []string{filepath.Join("testdata", "web", "rivierenblad.rss")}, Options{})
	if len(probs) != 0 || len(arts) != 2 {
		t.Fatalf("%d articles, problems %v", len(arts), probs)
	}
	a := arts[0]
	if a.ID != URLID("https://www.rivierenblad.example/binnenland/gemaal-zwartsluis") || a.Published != "2021-02-02" ||
		a.Outlet != "Het Rivierenblad" || a.Author != "Pieter Mulder" || a.Lang != "nl" || a.Meta["guid"] != "rb-1001" {
		t.Errorf("item 1: %+v", a)
	}
	if !strings.Contains(a.Body, "langs de dijk.\n\nGeen evacuaties\n\nDe veiligheidsregio") {
		t.Errorf("item 1 body paragraphs: %q", a.Body)
	}
	if b := arts[1]; !strings.HasPrefix(b.Body, "De nieuwe fietsbrug") || strings.Count(b.Body, "\n\n") != 2 {
		t.Errorf("item 2 (full text in description): %q", b.Body)
	}
}

func TestReadFeedFetchesLinks(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/museum", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(readFixture(t, "museum.html"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprint(w, atomFeed(srv.URL))
	})
	f, _ := testFetcher(FetchOptions{HostDelay: -1, Retries: -1})

	// Fetching on: the page is fetched and extracted, the 404 reported.
	arts, probs := collect(t, []string{srv.URL + "/feed"}, Options{Fetcher: f})
	if len(arts) != 1 || len(probs) != 1 {
		t.Fatalf("%d articles, problems %v", len(arts), probs)
	}
	a := arts[0]
	if a.Title != "Museum Elburg krijgt verloren schilderij terug" || a.Published != "2018-05-22" ||
		!strings.HasPrefix(a.Body, "Het Museum Elburg heeft") || a.Meta["guid"] != "urn:gd:1" || a.Outlet != "Gelders Dagblad" {
		t.Errorf("fetched item: %+v", a)
	}
	if p := probs[0]; p.Location != srv.URL+"/weg" || !strings.Contains(p.Message, "404") {
		t.Errorf("404 problem: %+v", p)
	}

	// Fetching off: link-only items are reported, nothing is fetched.
	feed, err := ParseFeed([]byte(atomFeed(srv.URL)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ItemArticle(context.Background(), feed, feed.Items[0], nil); !errors.Is(err, ErrNoFetch) {
		t.Errorf("no fetcher: %v", err)
	}
	// Each is reported at its link, saying what the item lacks and how
	// to read it (not the link a second time).
	file := filepath.Join(t.TempDir(), "feed.atom")
	if err := os.WriteFile(file, []byte(atomFeed(srv.URL)), 0o644); err != nil {
		t.Fatal(err)
	}
	// A summary is stored as a short article with a warning; an item with
	// only a link is an error.
	arts, probs = collect(t, []string{file}, Options{})
	var summaries, links int
	for _, p := range probs {
		switch {
		case p.Warning && strings.HasPrefix(p.Message, "only a summary (") && strings.HasSuffix(p.Message, "): stored as it is; --fetch reads the whole page"):
			summaries++
		case !p.Warning && p.Message == "only a link and fetching is off; --fetch reads the page":
			links++
		default:
			t.Errorf("fetching off: %s: %s (warning %v)", p.Location, p.Message, p.Warning)
		}
		if strings.Contains(p.Message, "http") {
			t.Errorf("fetching off: the link twice: %s", p.Message)
		}
	}
	if summaries != len(arts) || summaries == 0 {
		t.Errorf("fetching off: %d summary warnings, %d articles", summaries, len(arts))
	}
	for _, a := range arts {
		if a.Meta["content"] != "summary" || a.ID != URLID(a.URL) || a.Body == "" {
			t.Errorf("summary article: %+v", a)
		}
	}
}

func TestParseFeedBad(t *testing.T) {
	cases := map[string]string{
		"html page":  "<!DOCTYPE html><html><body><p>geen feed</p></body></html>",
		"plain text": "Dit is gewoon een tekst en geen feed.",
		"json":       `{"niet": "een feed"}`,
		"broken xml": `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>kapot`,
	}
	for name, in := range cases {
		_, err := ParseFeed([]byte(in))
		if err == nil {
			t.Errorf("%s: parsed as a feed", name)
			continue
		}
		if name != "broken xml" && !strings.Contains(err.Error(), "not an RSS, Atom or JSON feed") {
			t.Errorf("%s: unclear error %v", name, err)
		}
	}
	// A .rss file that is no feed is one clear problem.
	_, probs := collect(t, []string{filepath.Join("testdata", "web", "not-a-feed.rss")}, Options{})
	if len(probs) != 1 || !strings.Contains(probs[0].Message, "not an RSS") {
		t.Errorf("not-a-feed.rss: %v", probs)
	}
}

func TestIsFullText(t *testing.T) {
	long := strings.Repeat("Een zin van een volledig artikel over de haven. ", 12)
	cases := map[string]bool{
		long:                                   true,
		"Kort bericht.":                        false,
		long + " Lees verder »":                false,
		"Alinea een.\n\nAlinea twee.\n\nDrie.": false,
		strings.Repeat("Een alinea die wat langer is dan een regel tekst. ", 2) + "\n\n" +
			strings.Repeat("Nog een alinea met inhoud over het onderwerp. ", 2) + "\n\n" +
			strings.Repeat("En een derde alinea die het verhaal afrondt. ", 2): true,
		long + "…": false,
	}
	for in, want := range cases {
		if got := isFullText(in); got != want {
			t.Errorf("isFullText(%.40q…) = %v, want %v", in, got, want)
		}
	}
}

func TestParseFeedCharset(t *testing.T) {
	for _, enc := range []string{"ISO-8859-1", "windows-1252"} {
		data := []byte(`<?xml version="1.0" encoding="` + enc + `"?><rss version="2.0"><channel><title>Caf` + "\xe9" +
			` Nieuws</title><item><title>Ren` + "\xe9" + `e</title><link>https://x.example/a</link></item></channel></rss>`)
		f, err := ParseFeed(data)
		if err != nil || f.Title != "Café Nieuws" || len(f.Items) != 1 || f.Items[0].Title != "Renée" {
			t.Errorf("%s: %+v %v", enc, f, err)
		}
	}
}

// briefFeed is an Atom feed of one short news brief whose whole text is in
// its <content> element; its page is not on the server.
func briefFeed(base string) string {
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
<title>Regioblad</title><link href="` + base + `/"/><id>urn:rb:feed</id><updated>2024-01-02T08:00:00Z</updated>
<entry><title>Brand in loods</title><id>urn:rb:7</id>
 <link href="` + base + `/brand"/><updated>2024-01-02T07:00:00Z</updated>
 <content type="html">&lt;p&gt;In een loods aan de Industrieweg brak maandagnacht brand uit. De brandweer had het vuur na een uur onder controle. Niemand raakte gewond.&lt;/p&gt;</content></entry>
</feed>`
}

// TestFeedShortContent: a short text in an item's content element is the
// article (no summary warning) when fetching is off, and is kept when its
// page cannot be fetched; a feed served as application/x-rss+xml is read
// as a feed.
func TestFeedShortContent(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-rss+xml")
		fmt.Fprint(w, briefFeed(srv.URL))
	})
	file := filepath.Join(t.TempDir(), "brief.atom")
	if err := os.WriteFile(file, []byte(briefFeed(srv.URL)), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, probs := collect(t, []string{file}, Options{})
	if len(arts) != 1 || len(probs) != 0 || arts[0].Meta["content"] != "" || !strings.HasPrefix(arts[0].Body, "In een loods") {
		t.Fatalf("fetching off: %d articles %+v, problems %v; want the content as the article, no warning", len(arts), arts, probs)
	}
	f, _ := testFetcher(FetchOptions{HostDelay: -1, Retries: -1})
	arts, probs = collect(t, []string{srv.URL + "/feed"}, Options{Fetcher: f})
	if len(arts) != 1 || len(probs) != 0 || arts[0].Meta["content"] != "feed" || !strings.HasPrefix(arts[0].Body, "In een loods") {
		t.Fatalf("page missing: %d articles %+v, problems %v; want the item's own text kept (content: feed)", len(arts), arts, probs)
	}
}

// TestFeedOutlet: a section feed's title gives the site's name as outlet,
// so one newsroom's feeds and pages count as one source.
func TestFeedOutlet(t *testing.T) {
	for _, c := range []struct{ title, host, want string }{
		{"Dagblad Limburg – Regio", "dagblad-limburg.nl", "Dagblad Limburg"},
		{"Binnenland | NOS", "nos.nl", "NOS"},
		{"NU - Algemeen", "nu.nl", "NU - Algemeen"}, // "NU" is too short to tell
		{"Nieuws uit Venlo", "dagblad-limburg.nl", "Nieuws uit Venlo"},
		{"Het Rivierenblad", "rivierenblad.example", "Het Rivierenblad"},
		{"Sport - Het Rivierenblad", "", "Sport - Het Rivierenblad"},
	} {
		if got := feedOutlet(c.title, c.host); got != c.want {
			t.Errorf("feedOutlet(%q, %q) = %q, want %q", c.title, c.host, got, c.want)
		}
	}
}

// TestFetchedPageReplacesStoredSummary: a teaser stored by an earlier run
// without --fetch is replaced by its page, even when the page names
// another canonical URL than the feed's link; without a stored teaser the
// page keeps its canonical id.
func TestFetchedPageReplacesStoredSummary(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/dijk", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(readFixture(t, "dijk.html")) // canonical: www.rivierenblad.example/…
	})
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Het Rivierenblad</title><link>` + srv.URL + `/</link>
<item><title>Dijk</title><link>` + srv.URL + `/dijk?utm_source=rss</link><guid>rb-9</guid><description>Het waterschap versterkt de dijk.</description></item>
</channel></rss>`
	file := filepath.Join(t.TempDir(), "rb.rss")
	if err := os.WriteFile(file, []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	link := URLID(srv.URL + "/dijk?utm_source=rss")
	f, _ := testFetcher(FetchOptions{HostDelay: -1, Retries: -1})
	arts, _ := collect(t, []string{file}, Options{Fetcher: f})
	if len(arts) != 1 || arts[0].ID == link {
		t.Fatalf("no teaser stored: %d articles, id %v; want the page's canonical id", len(arts), arts)
	}
	teaser := &kroniek.Article{ID: link, Meta: map[string]string{"content": "summary"}}
	stored := func(id string) *kroniek.Article {
		if id == link {
			return teaser
		}
		return nil
	}
	arts, _ = collect(t, []string{file}, Options{Fetcher: f, Stored: stored})
	if len(arts) != 1 || arts[0].ID != link || !strings.HasPrefix(arts[0].Title, "Waterschap") {
		t.Fatalf("teaser stored: %+v; want the page under the teaser's id %s", arts, link)
	}
}

// TestFeedSummaryKeptWhenPageFails: with fetching on, a summary-only item
// whose page cannot be fetched (a 404, a page without article text) is
// stored as its summary with a warning that names the item and why, as
// with fetching off; an item with only a link is still an error.
func TestFeedSummaryKeptWhenPageFails(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/leeg", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><body><div id="app"></div></body></html>`)
	})
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Streekbode</title><link>` + srv.URL + `/</link>
<item><title>Brug dicht</title><link>` + srv.URL + `/brug</link><description>De brug over de vaart blijft een week dicht.</description></item>
<item><title>Markt verhuist</title><link>` + srv.URL + `/leeg</link><description>De weekmarkt staat voortaan op het plein.</description></item>
<item><title>Alleen een link</title><link>` + srv.URL + `/weg</link></item>
</channel></rss>`
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feed)
	})
	f, _ := testFetcher(FetchOptions{HostDelay: -1, Retries: -1})
	arts, probs := collect(t, []string{srv.URL + "/feed"}, Options{Fetcher: f})
	if len(arts) != 2 || len(probs) != 3 {
		t.Fatalf("%d articles, problems %v; want the two summaries stored, three problems", len(arts), probs)
	}
	for i, want := range []struct {
		loc, why string
		warning  bool
	}{
		{srv.URL + "/brug", "its page failed: http 404", true},
		{srv.URL + "/leeg", "the page holds no article text", true},
		{srv.URL + "/weg", "404", false},
	} {
		p := probs[i]
		if p.Location != want.loc || !strings.Contains(p.Message, want.why) || p.Warning != want.warning {
			t.Errorf("problem %d: %s: %s (warning %v); want %s: …%s… (warning %v)", i, p.Location, p.Message, p.Warning, want.loc, want.why, want.warning)
		}
		if want.warning && !strings.HasPrefix(p.Message, "only a summary (") {
			t.Errorf("problem %d: %q does not say a summary was stored", i, p.Message)
		}
	}
	for _, a := range arts {
		if a.Meta["content"] != "summary" || a.ID != URLID(a.URL) || a.Outlet != "Streekbode" || !strings.HasPrefix(a.Body, "De ") {
			t.Errorf("summary article: %+v", a)
		}
	}
}
