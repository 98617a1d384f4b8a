package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

// TestWatchOnceResumes runs `kroniek watch --once` three times against a
// loopback news site and a real SQLite store: every item is fetched and
// stored exactly once, and an unchanged feed is answered with 304.
func TestWatchOnceResumes(t *testing.T) {
	t.Parallel()
	web := filepath.Join("..", "..", "source", "testdata", "web")
	var mu sync.Mutex
	hits := map[string]int{}
	pages := []string{"dijk", "museum"}
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		hits["/feed"]++
		etag := fmt.Sprintf(`"%d"`, len(pages))
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Testsite</title><link>%s/</link>`, srv.URL)
		for i := len(pages) - 1; i >= 0; i-- {
			fmt.Fprintf(w, `<item><title>%s</title><guid>%s</guid><link>%s/%s</link></item>`, pages[i], pages[i], srv.URL, pages[i])
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	for _, name := range []string{"dijk", "museum", "veerpont"} {
		data, err := os.ReadFile(filepath.Join(web, name+".html"))
		if err != nil {
			t.Fatal(err)
		}
		mux.HandleFunc("/"+name, func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			hits["/"+name]++
			mu.Unlock()
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(data)
		})
	}
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	os.WriteFile(feeds, []byte("# test\n"+srv.URL+"/feed\n"), 0o644)
	db := filepath.Join(dir, "k.db")
	watchOnce := func() {
		t.Helper()
		mustRun(t, "watch", "--feeds", feeds, "--once", "--delay", "0", "-q", "--db", db)
	}
	titles := func() []string {
		t.Helper()
		doc := exportDoc(t, db)
		var ts []string
		for _, a := range doc.Articles {
			ts = append(ts, a.Title)
		}
		sort.Strings(ts)
		return ts
	}

	watchOnce()
	if got := titles(); len(got) != 2 {
		t.Fatalf("after the first poll: %q", got)
	}
	mu.Lock()
	pages = append(pages, "veerpont")
	mu.Unlock()
	// A new process: state comes from the store. Its log counts one
	// article as one ("stored 1 article", not "1 articles").
	_, log, code := run(t, "watch", "--feeds", feeds, "--once", "--delay", "0", "--db", db)
	if code != 0 || !strings.Contains(log, " stored 1 article (1 new, ") || !strings.Contains(log, "1 feed polled (") ||
		!strings.Contains(log, ": 1 new article, 0 duplicates, 0 items failed") {
		t.Errorf("second poll: exit %d, log:\n%s", code, log)
	}
	watchOnce() // nothing new: 304
	got := titles()
	want := []string{"Museum Elburg krijgt verloren schilderij terug", "Veerpont Hoorn vaart weer na storing", "Waterschap versterkt dijk bij Kampen na hoogwater"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("titles %q, want %q", got, want)
	}
	mu.Lock()
	defer mu.Unlock()
	if hits["/dijk"] != 1 || hits["/museum"] != 1 || hits["/veerpont"] != 1 || hits["/feed"] != 3 {
		t.Errorf("requests: %v", hits)
	}
}

// TestWatchProblemsLikeAnalyze: a feed that fails is reported in the form
// analyze uses ("kroniek: error: LOCATION: MESSAGE"), and the next --once
// run, while it backs off, says "1 feed not polled", exit 3 both times.
func TestWatchProblemsLikeAnalyze(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	os.WriteFile(feeds, []byte(srv.URL+"/weg.rss\n"), 0o644)
	db := filepath.Join(dir, "k.db")
	_, errOut, code := run(t, "watch", "--feeds", feeds, "--once", "-q", "--db", db)
	if code != exitSomeBad || !strings.HasPrefix(errOut, "kroniek: error: "+srv.URL+"/weg.rss: ") || !strings.Contains(errOut, "404") {
		t.Errorf("first poll: exit %d, %s", code, errOut)
	}
	_, errOut, code = run(t, "watch", "--feeds", feeds, "--once", "-q", "--db", db)
	if code != exitSomeBad || !strings.Contains(errOut, "kroniek: error: 1 feed not polled: backing off after earlier failures\n") {
		t.Errorf("second poll: exit %d, %s", code, errOut)
	}
}
