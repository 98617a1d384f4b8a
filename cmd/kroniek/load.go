package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"sync"
	"time"

	"github.com/kroniek/kroniek"
	khttp "github.com/kroniek/kroniek/http"
)

// loadCommand is a bounded load test of the web page and API over a
// store: it serves the store on loopback and requests story pages and
// searches from several clients for a fixed duration, then prints the
// throughput and latency percentiles per kind of request.
var loadCommand = &command{
	summary:  "bounded load test of the web page and API over a store",
	synopsis: "Usage: kroniek load [--db kroniek.db] [flags]\n\nA bounded load test of the web page and API over a store.",
	store:    readStore, nargs: noArgs, argsErr: storeArgErr, flags: loadFlags,
}

// loadFlags declares the flags of `kroniek load` and returns its body.
func loadFlags(x *call) func(context.Context) error {
	duration := x.fs.Duration("duration", 10*time.Second, "how long to load each kind of request")
	clients := x.fs.Int("clients", 8, "concurrent clients")
	storyID := x.fs.String("story", "", "load only this story's page and API (default: the first 100 stories in turn)")
	return func(ctx context.Context) error { return load(ctx, x.Stdout, x.store, *duration, *clients, *storyID) }
}

// load runs `kroniek load`.
func load(ctx context.Context, stdout io.Writer, store kroniek.Store, duration time.Duration, clients int, storyID string) error {
	srv, err := khttp.NewServer(store)
	if err != nil {
		return err
	}
	srv.Addr = "127.0.0.1:0"
	if err := srv.Open(); err != nil {
		return err
	}
	defer srv.Close()
	base := srv.URL()

	stories, total, err := store.Stories(ctx, kroniek.StoryFilter{Page: kroniek.Page{Limit: 100}})
	if err != nil {
		return err
	}
	if storyID != "" {
		st, err := store.Story(ctx, storyID)
		if err != nil {
			return err
		}
		stories = []*kroniek.Story{st}
	}
	if len(stories) == 0 {
		return kroniek.Errorf(kroniek.EINVALID, "the store has no stories: analyse a corpus first")
	}
	// Search for what the store is about: its most mentioned names.
	ents, _, err := store.Entities(ctx, kroniek.EntityFilter{Page: kroniek.Page{Limit: 20}})
	if err != nil {
		return err
	}
	var queries []string
	for _, e := range ents {
		queries = append(queries, e.Name)
	}
	if len(queries) == 0 {
		queries = []string{stories[0].Title}
	}
	kinds := []struct {
		name string
		url  func(i int) string
	}{
		{"story page", func(i int) string { return base + "/stories/" + url.PathEscape(stories[i%len(stories)].ID) }},
		{"search page", func(i int) string { return base + "/search?q=" + url.QueryEscape(queries[i%len(queries)]) }},
		{"search API", func(i int) string { return base + "/api/search?q=" + url.QueryEscape(queries[i%len(queries)]) }},
		{"story API", func(i int) string { return base + "/api/stories/" + url.PathEscape(stories[i%len(stories)].ID) }},
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	fmt.Fprintf(stdout, "load: %d clients, %v per kind, over %d of the store's %d stories\n", clients, duration, len(stories), total)
	fmt.Fprintf(stdout, "%-12s %8s %9s %8s %8s %8s %7s\n", "request", "count", "req/s", "p50 ms", "p99 ms", "max ms", "errors")
	for _, k := range kinds {
		lat, errs, elapsed := loadOne(ctx, client, clients, duration, k.url)
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		pct := func(p float64) float64 {
			if len(lat) == 0 {
				return 0
			}
			return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
		}
		fmt.Fprintf(stdout, "%-12s %8d %9.0f %8.2f %8.2f %8.2f %7d\n", k.name, len(lat), float64(len(lat))/elapsed.Seconds(), pct(0.50), pct(0.99), pct(1), errs)
	}
	return nil
}

// loadOne runs clients loops requesting url(i) until duration passes and
// returns every successful request's latency and the number of errors.
func loadOne(ctx context.Context, client *http.Client, clients int, duration time.Duration, url func(int) string) ([]time.Duration, int, time.Duration) {
	ctx, cancel := context.WithTimeout(ctx, duration)
	defer cancel()
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < clients; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var mine []time.Duration
			bad := 0
			for i := w; ctx.Err() == nil; i += clients {
				t0 := time.Now()
				req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url(i), nil)
				resp, err := client.Do(req)
				if err != nil {
					if ctx.Err() == nil {
						bad++
					}
					continue
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					bad++
					continue
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			lat = append(lat, mine...)
			errs += bad
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	return lat, errs, time.Since(start)
}
