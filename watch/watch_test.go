package watch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/source"
)

// fakeStore keeps feed states and articles in memory, as a real store
// would across restarts: states are copied in and out.
type fakeStore struct {
	kroniek.Store // not implemented; only the methods below are used
	mu            sync.Mutex
	states        map[string][]byte
	articles      map[string]*kroniek.Article
	puts          []string // ids in the order PutArticles received them
	failPuts      int      // PutArticles calls still to fail
	failStates    int      // PutFeedState calls still to fail
}

func newFakeStore() *fakeStore {
	return &fakeStore{states: map[string][]byte{}, articles: map[string]*kroniek.Article{}}
}

func (s *fakeStore) FeedState(ctx context.Context, url string) (*kroniek.FeedState, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	data, ok := s.states[url]
	if !ok {
		return nil, kroniek.Errorf(kroniek.ENOTFOUND, "feed %q not found", url)
	}
	var st kroniek.FeedState
	err := json.Unmarshal(data, &st)
	return &st, err
}

func (s *fakeStore) PutFeedState(ctx context.Context, st *kroniek.FeedState) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failStates > 0 {
		s.failStates--
		return errors.New("database is locked")
	}
	data, err := json.Marshal(st)
	s.states[st.URL] = data
	return err
}

func (s *fakeStore) PutArticles(ctx context.Context, arts []*kroniek.Article) (kroniek.IngestResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var r kroniek.IngestResult
	if s.failPuts > 0 {
		s.failPuts--
		return r, errors.New("disk full")
	}
	for _, a := range arts {
		s.puts = append(s.puts, a.ID)
		if _, ok := s.articles[a.ID]; ok {
			r.Unchanged++
			continue
		}
		s.articles[a.ID] = a
		r.New++
	}
	return r, nil
}

func (s *fakeStore) state(t *testing.T, url string) *kroniek.FeedState {
	t.Helper()
	st, err := s.FeedState(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// site is a loopback news site with a feed whose items can be added
// while the test runs. It counts requests per path.
type site struct {
	*httptest.Server
	mu    sync.Mutex
	items []string // <item> elements, newest first
	etag  int
	hits  map[string]int
	hook  func(path string) // called before a page is served
	// missing pages answer 404 (not yet published)
	missing map[string]bool
}

// newSetup gives a test site, an empty store and the site's feed URL.
func newSetup(t *testing.T) (*site, *fakeStore, string) {
	s := newSite(t)
	return s, newFakeStore(), s.URL + "/feed"
}

func newSite(t *testing.T) *site {
	s := &site{hits: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.hits["/feed"]++
		tag := fmt.Sprintf(`"v%d"`, s.etag)
		if r.Header.Get("If-None-Match") == tag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", tag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Stadsblad</title><link>%s/</link><language>nl</language>%s</channel></rss>`,
			s.URL, strings.Join(s.items, ""))
	})
	mux.HandleFunc("/page/", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		hook := s.hook
		s.mu.Unlock()
		if hook != nil {
			hook(r.URL.Path)
		}
		name := strings.TrimPrefix(r.URL.Path, "/page/")
		s.mu.Lock()
		gone := s.missing[name]
		s.mu.Unlock()
		if name == "weg" || gone {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html lang="nl"><head><title>Bericht %s</title><link rel="canonical" href="%s/page/%s"></head><body><article><h1>Bericht %s</h1>%s</article></body></html>`,
			name, s.URL, name, name, paragraphs(name))
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits["/broken"]++
		s.mu.Unlock()
		w.Header().Set("Retry-After", "600")
		http.Error(w, "overloaded", http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/page/flaky", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		n := s.hits[r.URL.Path]
		s.mu.Unlock()
		if n <= 1 {
			http.Error(w, "busy", http.StatusBadGateway)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<html><head><title>Bericht flaky</title></head><body><article>%s</article></body></html>`, paragraphs("flaky"))
	})
	mux.HandleFunc("/notxml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "dit is geen feed maar gewone tekst")
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

// paragraphs is the text of page name: three paragraphs that differ per name.
func paragraphs(name string) string {
	var b strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&b, "<p>Alinea %d van bericht %s. De gemeenteraad besprak dinsdagavond de plannen voor de haven, de nieuwe fietsroute langs het kanaal en de begroting voor het komende jaar.</p>", i, name)
	}
	return b.String()
}

// linkItem is a feed item with only a link; fullItem carries its text.
func (s *site) linkItem(guid, page string) string {
	return fmt.Sprintf(`<item><title>Bericht %s</title><guid>%s</guid><link>%s/page/%s</link><pubDate>Mon, 14 Sep 2020 10:00:00 +0200</pubDate></item>`, page, guid, s.URL, page)
}

func (s *site) fullItem(guid, link, text string) string {
	return fmt.Sprintf(`<item><title>Volledig %s</title><guid>%s</guid><link>%s</link><description><![CDATA[%s]]></description></item>`, guid, guid, link, text)
}

func (s *site) setItems(items ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items = items
	s.etag++
}

func (s *site) hit(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// newWatcher is a Watcher on the store, ingesting with PutArticles.
func newWatcher(t *testing.T, store *fakeStore, feeds ...string) (*Watcher, *[]kroniek.Problem) {
	t.Helper()
	var probs []kroniek.Problem
	w, err := New(Config{
		Feeds:   feeds,
		Every:   time.Minute,
		Fetcher: source.NewFetcher(source.FetchOptions{HostDelay: -1, Retries: -1}),
		Store:   store,
		Ingest: func(ctx context.Context, arts []*kroniek.Article) error {
			_, err := store.PutArticles(ctx, arts)
			return err
		},
		Report: func(p kroniek.Problem) { probs = append(probs, p) },
		Logf:   t.Logf,
	})
	if err != nil {
		t.Fatal(err)
	}
	return w, &probs
}

func TestWatchExactlyOnceAcrossRestart(t *testing.T) {
	s, store, feed := newSetup(t)
	s.setItems(s.linkItem("g2", "b"), s.linkItem("g1", "a"))

	w1, probs := newWatcher(t, store, feed)
	st, err := w1.Once(context.Background())
	if err != nil || st.New != 2 || len(*probs) != 0 {
		t.Fatalf("first poll: %+v %v %v", st, err, *probs)
	}
	// Oldest item first.
	if len(store.puts) != 2 || store.articles[store.puts[0]].Title != "Bericht a" {
		t.Fatalf("puts %v", store.puts)
	}

	// Restart: a new Watcher on the same store sees a new item and
	// fetches only that one.
	s.setItems(s.linkItem("g3", "c"), s.linkItem("g2", "b"), s.linkItem("g1", "a"))
	w2, probs := newWatcher(t, store, feed)
	st, err = w2.Once(context.Background())
	if err != nil || st.New != 1 || len(*probs) != 0 {
		t.Fatalf("after restart: %+v %v %v", st, err, *probs)
	}
	if s.hit("/page/a") != 1 || s.hit("/page/b") != 1 || s.hit("/page/c") != 1 {
		t.Errorf("pages fetched a=%d b=%d c=%d, want once each", s.hit("/page/a"), s.hit("/page/b"), s.hit("/page/c"))
	}

	// Nothing changed: the conditional GET gets a 304.
	w3, _ := newWatcher(t, store, feed)
	st, _ = w3.Once(context.Background())
	if st.NotModified != 1 || st.New != 0 || len(store.puts) != 3 {
		t.Errorf("unchanged feed: %+v, %d puts", st, len(store.puts))
	}
	if fs := store.state(t, feed); fs.ETag == "" || fs.Failures != 0 || fs.Seen["item:g3"] == "" {
		t.Errorf("state: %+v", fs)
	}
}

func TestWatchDedup(t *testing.T) {
	s, store, feed := newSetup(t)
	text := "<p>Een volledig bericht over de haven, die na jaren van uitstel eindelijk wordt aangepakt.</p>" +
		"<p>Het college wil de kades vernieuwen en de oude loodsen ombouwen tot woningen en werkplaatsen.</p>" +
		"<p>De gemeenteraad beslist in oktober over het plan en het krediet van twaalf miljoen euro.</p>"
	// Newest first: processed from the bottom up.
	s.setItems(
		s.linkItem("g1", "a"),
		s.linkItem("g1-again", "a"), // same canonical URL, other guid
		s.fullItem("f3", s.URL+"/elders/haven#reacties", text+"<p>x</p>"), // same URL as f1
		s.fullItem("f2", s.URL+"/nog-elders/haven", text),                 // same text as f1
		s.fullItem("f1", s.URL+"/elders/haven", text),
	)
	w, probs := newWatcher(t, store, feed)
	st, err := w.Once(context.Background())
	if err != nil || len(*probs) != 0 {
		t.Fatal(err, *probs)
	}
	if st.New != 2 || st.Duplicates != 3 || len(store.puts) != 2 {
		t.Errorf("stats %+v, puts %v", st, store.puts)
	}
	fs := store.state(t, feed)
	for _, k := range []string{"item:g1", "item:g1-again", "item:f1", "item:f2", "item:f3"} {
		if fs.Seen[k] == "" || strings.HasPrefix(fs.Seen[k], "!") {
			t.Errorf("%s not marked seen: %q", k, fs.Seen[k])
		}
	}
}

func TestWatchBadFeedsAndItems(t *testing.T) {
	s := newSite(t)
	store := newFakeStore()
	good := s.URL + "/feed"
	s.setItems(s.linkItem("g1", "a"), s.linkItem("gone", "weg"))
	w, probs := newWatcher(t, store, s.URL+"/broken", s.URL+"/notxml", s.URL+"/missing", good)
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	w.now = func() time.Time { return now }
	st, err := w.Once(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.FeedErrors != 3 || st.New != 1 || st.ItemErrors != 1 {
		t.Errorf("stats %+v", st)
	}
	msgs := fmt.Sprint(*probs)
	for _, want := range []string{"503", "not an RSS, Atom or JSON feed", "404"} {
		if !strings.Contains(msgs, want) {
			t.Errorf("problems lack %q: %s", want, msgs)
		}
	}
	// Retry-After (600 s) beats the first backoff step (Every, 1 min).
	if b := store.state(t, s.URL+"/broken"); b.Failures != 1 || !b.NextPoll.Equal(now.Add(600*time.Second)) {
		t.Errorf("broken feed state: failures %d next %v", b.Failures, b.NextPoll)
	}
	if n := store.state(t, s.URL+"/notxml"); n.Failures != 1 || !n.NextPoll.Equal(now.Add(time.Minute)) {
		t.Errorf("not-xml state: failures %d next %v", n.Failures, n.NextPoll)
	}
	// A 404 item may be a page not yet published: tried again (at the
	// next poll first, then with a growing wait), not given up at once.
	if v := store.state(t, good).Seen["item:gone"]; v != "!1" {
		t.Errorf("404 item: %q", v)
	}

	// The next Once leaves the backing-off feeds alone; a later one tries
	// again and doubles the backoff.
	hits := s.hit("/broken")
	st, _ = w.Once(context.Background())
	if st.Skipped != 3 || s.hit("/broken") != hits {
		t.Errorf("backing off: %+v", st)
	}
	now = now.Add(time.Hour)
	w.Once(context.Background())
	if n := store.state(t, s.URL+"/notxml"); n.Failures != 2 || !n.NextPoll.Equal(now.Add(2*time.Minute)) {
		t.Errorf("second failure: %d, next %v", n.Failures, n.NextPoll)
	}
}

// TestWatchRetriesTemporaryItemFailure: an item whose page fails with a
// 502 is tried again at the next poll, although the feed is unchanged.
func TestWatchRetriesTemporaryItemFailure(t *testing.T) {
	s, store, feed := newSetup(t)
	s.setItems(s.linkItem("g2", "flaky"), s.linkItem("g1", "a"))
	w, _ := newWatcher(t, store, feed)
	st, _ := w.Once(context.Background())
	if st.New != 1 || st.ItemErrors != 1 || store.state(t, feed).Seen["item:g2"] != "!1" {
		t.Fatalf("first poll: %+v, seen %v", st, store.state(t, feed).Seen)
	}
	st, _ = w.Once(context.Background())
	if st.NotModified != 0 || st.New != 1 || len(store.puts) != 2 {
		t.Errorf("second poll: %+v", st)
	}
	if st, _ = w.Once(context.Background()); st.NotModified != 1 {
		t.Errorf("third poll should be a 304: %+v", st)
	}
}

func TestWatchSeenOnlyAfterStored(t *testing.T) {
	s, store, feed := newSetup(t)
	s.setItems(s.linkItem("g1", "a"))
	store.failPuts = 1
	w, probs := newWatcher(t, store, feed)
	st, err := w.Once(context.Background())
	if err != nil || st.FeedErrors != 1 || len(*probs) != 1 || !strings.Contains((*probs)[0].Message, "disk full") {
		t.Fatalf("failing store: %+v %v %v", st, err, *probs)
	}
	fs := store.state(t, feed)
	if fs.Seen["item:g1"] != "" || fs.ETag != "" {
		t.Fatalf("item marked seen or validators kept although not stored: %+v", fs)
	}
	// After the backoff, a restarted watcher stores it.
	w2, _ := newWatcher(t, store, feed)
	w2.now = func() time.Time { return time.Now().Add(time.Hour) }
	st, _ = w2.Once(context.Background())
	if st.New != 1 || len(store.articles) != 1 {
		t.Errorf("retry: %+v", st)
	}
}

// TestWatchStopFinishesCurrentItem stops the watcher (as SIGINT does)
// while it fetches the first of three items: that item is finished and
// stored, the others are left for the next run, which stores them once.
func TestWatchStopFinishesCurrentItem(t *testing.T) {
	s, store, feed := newSetup(t)
	s.setItems(s.linkItem("g3", "c"), s.linkItem("g2", "b"), s.linkItem("g1", "a"))
	ctx, cancel := context.WithCancel(context.Background())
	s.hook = func(path string) {
		if path == "/page/a" {
			cancel()
			time.Sleep(50 * time.Millisecond) // the signal lands mid-request
		}
	}
	w, _ := newWatcher(t, store, feed)
	st, err := w.Once(ctx)
	if err != nil || st.New != 1 || len(store.puts) != 1 || store.articles[store.puts[0]].Title != "Bericht a" {
		t.Fatalf("stopped run: %+v %v, puts %v", st, err, store.puts)
	}
	fs := store.state(t, feed)
	if fs.Seen["item:g1"] == "" || fs.Seen["item:g2"] != "" || fs.ETag != "" {
		t.Fatalf("state after stop: %+v", fs)
	}
	s.mu.Lock()
	s.hook = nil
	s.mu.Unlock()
	w2, _ := newWatcher(t, store, feed)
	if st, err = w2.Once(context.Background()); err != nil || st.New != 2 {
		t.Fatalf("resumed run: %+v %v", st, err)
	}
	if len(store.puts) != 3 || s.hit("/page/a") != 1 || s.hit("/page/b") != 1 {
		t.Errorf("puts %v, page a fetched %d times", store.puts, s.hit("/page/a"))
	}
}

func TestWatchRunStopsOnCancel(t *testing.T) {
	s := newSite(t)
	store := newFakeStore()
	s.setItems(s.linkItem("g1", "a"))
	store.failStates = 1 // the first save fails: Run reports it and goes on
	w, probs := newWatcher(t, store, s.URL+"/feed")
	ctx, cancel := context.WithCancel(context.Background())
	polls := 0
	w.sleep = func(ctx context.Context, d time.Duration) error {
		polls++
		if d <= 0 || d > time.Minute {
			t.Errorf("sleeps %v between polls, want up to Every", d)
		}
		if polls == 2 {
			cancel()
			return ctx.Err()
		}
		return nil
	}
	w.now = func() time.Time { return time.Now().Add(time.Duration(polls) * time.Minute) }
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop after cancel")
	}
	if s.hit("/feed") != 2 || len(store.puts) != 1 {
		t.Errorf("feed polled %d times, %d articles", s.hit("/feed"), len(store.puts))
	}
	if len(*probs) != 1 || !strings.Contains((*probs)[0].Message, "database is locked") {
		t.Errorf("problems %v", *probs)
	}
	if fs := store.state(t, s.URL+"/feed"); fs.Seen["item:g1"] == "" {
		t.Errorf("state not saved after the store recovered: %+v", fs)
	}
}

func TestReadFeeds(t *testing.T) {
	in := "# mijn feeds\nhttps://a.example/rss   # nieuws\n\n  https://b.example/atom\nhttps://a.example/rss\n"
	feeds, err := ReadFeeds(strings.NewReader(in))
	if err != nil || fmt.Sprint(feeds) != "[https://a.example/rss https://b.example/atom]" {
		t.Errorf("got %v %v", feeds, err)
	}
	if _, err := ReadFeeds(strings.NewReader("ftp://x.example/feed\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("bad line: %v", err)
	}
}

// TestWatchItemPublishedLater: a feed lists an item a minute before its
// page exists (404). The item is tried again with backoff, without
// refetching the page at every poll, and stored once the page is there;
// an item that never appears is given up after maxItemTries.
func TestWatchItemPublishedLater(t *testing.T) {
	s, store, feed := newSetup(t)
	s.setItems(s.linkItem("late", "later"), s.linkItem("never", "weg"), s.linkItem("g1", "a"))
	s.mu.Lock()
	s.missing = map[string]bool{"later": true} // listed before it is published
	s.mu.Unlock()
	w, probs := newWatcher(t, store, feed)
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	w.now = func() time.Time { return now }
	st, err := w.Once(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.New != 1 || st.ItemErrors != 2 {
		t.Fatalf("first poll: %+v", st)
	}
	// The next poll tries both again (the first retry waits for nothing).
	st, _ = w.Once(context.Background())
	if st.ItemErrors != 2 {
		t.Fatalf("second poll: %+v", st)
	}
	// Now they wait one interval: a poll at once leaves them alone.
	hits := s.hit("/page/weg")
	st, _ = w.Once(context.Background())
	if st.ItemsWaiting != 2 || s.hit("/page/weg") != hits {
		t.Errorf("third poll should leave the failed items alone: %+v", st)
	}
	// The page appears; after the wait the item is stored.
	s.mu.Lock()
	s.missing = nil
	s.mu.Unlock()
	now = now.Add(time.Minute)
	st, _ = w.Once(context.Background())
	if st.New != 1 {
		t.Errorf("after the page appeared: %+v", st)
	}
	if v := store.state(t, feed).Seen["item:late"]; v == "" || v[0] == '!' {
		t.Errorf("late item not stored: %q", v)
	}
	// The item that never comes is given up after maxItemTries.
	for i := 0; i < 10; i++ {
		now = now.Add(w.cfg.MaxBackoff)
		w.Once(context.Background())
	}
	if v := store.state(t, feed).Seen["item:never"]; !done(v) || tries(v) != maxItemTries {
		t.Errorf("never-published item: %q, want given up after %d tries", v, maxItemTries)
	}
	var msgs []string
	for _, p := range *probs {
		msgs = append(msgs, p.Message)
	}
	if all := strings.Join(msgs, "\n"); !strings.Contains(all, "given up after") || !strings.Contains(all, "next in") {
		t.Errorf("problems do not say when the item is tried again and that it was given up:\n%s", all)
	}
}

// TestWatchProblemText: a failed feed or item is reported as analyze
// reports an input, its URL once, as the location ("URL: http 404 Not
// Found", not "URL: fetch URL: …"), with when it is tried again; Once,
// which no poll of its own follows, promises no next poll.
func TestWatchProblemText(t *testing.T) {
	s := newSite(t)
	store := newFakeStore()
	good, missing := s.URL+"/feed", s.URL+"/missing"
	s.setItems(s.linkItem("gone", "weg"))
	var logs []string
	w, probs := newWatcher(t, store, missing, good)
	w.cfg.Logf = func(format string, args ...any) { logs = append(logs, fmt.Sprintf(format, args...)) }
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	w.now = func() time.Time { return now }
	if _, err := w.Once(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		missing:             "http 404 Not Found (failure 1; polled again from 2024-05-01T12:01:00Z on)",
		s.URL + "/page/weg": "http 404 Not Found (try 1 of ",
	}
	if len(*probs) != len(want) {
		t.Fatalf("problems %v, want %d", *probs, len(want))
	}
	for _, p := range *probs {
		if w, ok := want[p.Location]; !ok || !strings.HasPrefix(p.Error(), p.Location+": "+w) || strings.Count(p.Error(), p.Location) != 1 {
			t.Errorf("problem %q, want %s: %s…", p.Error(), p.Location, w)
		}
	}
	if strings.Contains(strings.Join(logs, "\n"), "next poll") {
		t.Errorf("Once promises a next poll:\n%s", strings.Join(logs, "\n"))
	}
	// A second Once while the feed backs off says which failure it waits
	// after, in the problem's words ("failure 1"), not "after 1 failures".
	logs = nil
	if _, err := w.Once(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(logs, missing+": backing off until 2024-05-01T12:01:00Z after failure 1") {
		t.Errorf("second Once's log does not say it backs off after failure 1:\n%s", strings.Join(logs, "\n"))
	}
	// Run polls again itself: its report says when.
	*probs = nil
	now = now.Add(time.Hour)
	ctx, cancel := context.WithCancel(context.Background())
	w.sleep = func(context.Context, time.Duration) error { cancel(); return ctx.Err() }
	if err := w.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if len(*probs) == 0 || (*probs)[0].Error() != missing+": http 404 Not Found (failure 2; next try in 2m0s)" {
		t.Errorf("Run's report: %v", *probs)
	}
}

// TestWatchPageReplacesStoredTeaser: a teaser an earlier run stored from a
// feed item (under the item's link, content "summary") is replaced by the
// page watch fetches for that item, even when the page names another
// canonical URL; with no teaser stored the page keeps its canonical id.
func TestWatchPageReplacesStoredTeaser(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Stadsblad</title><link>%s/</link>
<item><title>Haven</title><guid>h1</guid><link>%s/kort/haven</link></item></channel></rss>`, srv.URL, srv.URL)
	})
	mux.HandleFunc("/kort/haven", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html lang="nl"><head><title>Haven</title><link rel="canonical" href="%s/nieuws/2020/haven-wordt-vernieuwd"></head><body><article><h1>Haven wordt vernieuwd</h1>%s</article></body></html>`,
			srv.URL, paragraphs("haven"))
	})
	teaserID := source.URLID(srv.URL + "/kort/haven")
	pageID := source.URLID(srv.URL + "/nieuws/2020/haven-wordt-vernieuwd")
	if teaserID == pageID {
		t.Fatalf("test set-up: the link and the canonical URL give one id %s", pageID)
	}
	for _, teaser := range []bool{false, true} {
		store := newFakeStore()
		if teaser {
			store.articles[teaserID] = &kroniek.Article{ID: teaserID, Title: "Haven", Body: "De haven wordt vernieuwd.",
				Meta: map[string]string{"content": "summary"}}
		}
		w, probs := newWatcher(t, store, srv.URL+"/feed")
		w.cfg.Stored = func(id string) *kroniek.Article {
			store.mu.Lock()
			defer store.mu.Unlock()
			return store.articles[id]
		}
		if _, err := w.Once(context.Background()); err != nil || len(*probs) != 0 {
			t.Fatal(err, *probs)
		}
		want := pageID
		if teaser {
			want = teaserID
		}
		if len(store.puts) != 1 || store.puts[0] != want {
			t.Errorf("teaser stored %v: page stored under %v, want %s", teaser, store.puts, want)
		}
	}
}
