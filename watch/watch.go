package watch

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/clock"
	"github.com/kroniek/kroniek/internal/opt"
	"github.com/kroniek/kroniek/source"
)

// Defaults of Config.
const (
	DefaultEvery      = 5 * time.Minute
	DefaultMaxBackoff = 6 * time.Hour
	DefaultBatchSize  = 20
	// maxItemTries is how often an item whose page cannot be fetched (a
	// server error, a timeout, or a 404 of a page not yet published) is
	// tried before it is given up: at the next poll, then after one, two,
	// four and eight poll intervals (capped by MaxBackoff).
	maxItemTries = 6
	// maxSeen bounds a feed's remembered items; beyond it, only the items
	// the feed still lists are kept.
	maxSeen = 20000
	// finishTimeout bounds the work done after a stop signal: the current
	// item and the ingest of what was fetched.
	finishTimeout = 2 * time.Minute
)

// Keys of FeedState.Seen: an item by its feed key, and the canonical URL
// and text hash of the articles stored, for dedup across items and feeds.
// A value starting with "!" counts failed tries of an item and says when
// it may be tried again ("!2@1714567890", Unix seconds; "!2" at once).
const (
	keyItem = "item:"
	keyURL  = "url:"
	keyText = "text:"
)

// Store keeps what the watcher knows of each feed; kroniek.Store has it.
type Store interface {
	FeedState(ctx context.Context, url string) (*kroniek.FeedState, error)
	PutFeedState(ctx context.Context, s *kroniek.FeedState) error
}

// IngestFunc analyses a batch of new articles into the store. It is
// called with a context that a stop signal does not cancel, so a batch
// once begun is finished.
type IngestFunc func(ctx context.Context, articles []*kroniek.Article) error

// Config configures a Watcher.
type Config struct {
	Feeds      []string      // feed URLs
	Every      time.Duration // poll interval of a healthy feed
	MaxBackoff time.Duration // longest wait after repeated failures
	BatchSize  int           // articles per ingest call
	Fetcher    *source.Fetcher
	Store      Store
	Ingest     IngestFunc
	// Stored, when set, returns the article the store holds under an id,
	// or nil: a fetched page then takes the id of the teaser an earlier
	// run stored from its feed item (source.AdoptSummaryID).
	Stored func(id string) *kroniek.Article
	// Report receives every problem (feed or item); nil discards them.
	Report func(kroniek.Problem)
	// Logf receives one line per poll; nil is silent.
	Logf func(format string, args ...any)
}

// Watcher polls feeds and ingests their new items exactly once.
type Watcher struct {
	cfg    Config
	states map[string]*kroniek.FeedState
	known  map[string]string // url:/text: key -> article id, over all feeds
	loaded bool
	once   bool // in Once: no next poll follows in this process

	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error
}

// New returns a Watcher; Store, Ingest and Fetcher are required.
func New(cfg Config) (*Watcher, error) {
	if cfg.Store == nil || cfg.Ingest == nil || cfg.Fetcher == nil {
		return nil, errors.New("new watcher: store, ingest and fetcher are required")
	}
	cfg.Every = opt.Positive(cfg.Every, DefaultEvery)
	cfg.MaxBackoff = opt.Positive(cfg.MaxBackoff, DefaultMaxBackoff)
	cfg.BatchSize = opt.Positive(cfg.BatchSize, DefaultBatchSize)
	if cfg.Report == nil {
		cfg.Report = func(kroniek.Problem) {}
	}
	if cfg.Logf == nil {
		cfg.Logf = func(string, ...any) {}
	}
	return &Watcher{
		cfg: cfg, states: map[string]*kroniek.FeedState{}, known: map[string]string{},
		now: time.Now, sleep: clock.Sleep,
	}, nil
}

// Stats counts what polls did.
type Stats struct {
	Polled      int // feeds fetched
	NotModified int // feeds answering 304
	FeedErrors  int // feeds that failed (fetch, parse or ingest)
	Skipped     int // feeds left alone while backing off
	New         int // articles ingested
	Duplicates  int // new items whose article was already stored
	ItemErrors  int // items that could not be read this time
	// ItemsWaiting are failed items left alone while they back off.
	ItemsWaiting int
}

func (s *Stats) add(o Stats) {
	s.Polled += o.Polled
	s.NotModified += o.NotModified
	s.FeedErrors += o.FeedErrors
	s.Skipped += o.Skipped
	s.New += o.New
	s.Duplicates += o.Duplicates
	s.ItemErrors += o.ItemErrors
	s.ItemsWaiting += o.ItemsWaiting
}

// Run polls every feed when it is due until ctx is done, then returns nil
// after finishing the current item. Failures of feeds, items and even the
// store are reported and the feed is retried after a backoff; only
// loading the feeds' state at the start can fail Run.
func (w *Watcher) Run(ctx context.Context) error {
	if err := w.load(ctx); err != nil {
		return err
	}
	for {
		for _, u := range w.cfg.Feeds {
			if ctx.Err() != nil {
				return nil
			}
			if st := w.states[u]; st.NextPoll.After(w.now()) {
				continue
			}
			if _, err := w.Poll(ctx, u); err != nil {
				// The store failed (busy, disk full): say so and go on;
				// the feed is tried again after its backoff.
				w.cfg.Report(kroniek.Problem{Location: u, Err: err, Message: err.Error()})
			}
		}
		next := w.now().Add(w.cfg.Every)
		for _, u := range w.cfg.Feeds {
			if t := w.states[u].NextPoll; t.Before(next) {
				next = t
			}
		}
		if err := w.sleep(ctx, next.Sub(w.now())); err != nil {
			return nil
		}
	}
}

// Once polls every feed once, except those backing off after errors
// whose wait has not passed, and returns what it did (for cron).
func (w *Watcher) Once(ctx context.Context) (Stats, error) {
	w.once = true
	defer func() { w.once = false }()
	var total Stats
	if err := w.load(ctx); err != nil {
		return total, err
	}
	for _, u := range w.cfg.Feeds {
		if ctx.Err() != nil {
			break
		}
		if st := w.states[u]; st.Failures > 0 && st.NextPoll.After(w.now()) {
			w.cfg.Logf("%s: backing off until %s after failure %d", u, st.NextPoll.Format(time.RFC3339), st.Failures)
			total.Skipped++
			continue
		}
		s, err := w.Poll(ctx, u)
		total.add(s)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// load reads every feed's state and the dedup keys they hold.
func (w *Watcher) load(ctx context.Context) error {
	if w.loaded {
		return nil
	}
	for _, u := range w.cfg.Feeds {
		st, err := w.cfg.Store.FeedState(ctx, u)
		if kroniek.ErrorCode(err) == kroniek.ENOTFOUND || (err == nil && st == nil) {
			st, err = &kroniek.FeedState{URL: u}, nil
		}
		if err != nil {
			return fmt.Errorf("load feed state %s: %w", u, err)
		}
		if st.Seen == nil {
			st.Seen = map[string]string{}
		}
		st.URL = u
		w.states[u] = st
		for k, id := range st.Seen {
			if strings.HasPrefix(k, keyURL) || strings.HasPrefix(k, keyText) {
				w.known[k] = id
			}
		}
	}
	w.loaded = true
	return nil
}

// Poll fetches one feed (conditionally) and ingests its new items. Feed
// and item failures are reported and counted, never returned: the error
// is the store's (Run reports it and goes on; Once returns it).
func (w *Watcher) Poll(ctx context.Context, feedURL string) (Stats, error) {
	var stats Stats
	if err := w.load(ctx); err != nil {
		return stats, err
	}
	st := w.states[feedURL]
	if st == nil {
		st = &kroniek.FeedState{URL: feedURL, Seen: map[string]string{}}
		w.states[feedURL] = st
	}
	stats.Polled++
	resp, err := w.cfg.Fetcher.Fetch(ctx, source.Request{URL: feedURL, ETag: st.ETag, LastModified: st.LastModified,
		Accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"})
	if err != nil {
		if ctx.Err() != nil {
			return stats, nil
		}
		return stats, w.failed(ctx, st, &stats, err)
	}
	if resp.NotModified {
		stats.NotModified++
		w.cfg.Logf("%s: not modified", feedURL)
		return stats, w.healthy(ctx, st)
	}
	feed, err := source.ParseFeed(resp.Body)
	if err != nil {
		return stats, w.failed(ctx, st, &stats, err)
	}

	// Work on the items survives a stop signal until the current item and
	// the batch are done (at most finishTimeout more); no new item is
	// begun after it.
	work, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	stop := context.AfterFunc(ctx, func() { time.AfterFunc(finishTimeout, cancel) })
	defer stop()
	var batch []pending
	waiting := map[string]bool{} // ids of the articles in batch
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		n, err := w.ingest(work, st, batch)
		stats.New += n
		batch = batch[:0]
		clear(waiting)
		return err
	}
	complete := true
	// Feeds list the newest first; take the oldest first.
	for i := len(feed.Items) - 1; i >= 0; i-- {
		if ctx.Err() != nil {
			complete = false
			break
		}
		item := feed.Items[i]
		key := keyItem + item.Key
		if done(st.Seen[key]) {
			continue
		}
		if retryAt(st.Seen[key]).After(w.now()) {
			// Backing off after a failed try: not now, but the feed must
			// not answer 304 next time.
			stats.ItemsWaiting++
			complete = false
			continue
		}
		a, err := source.ItemArticle(work, feed, item, w.cfg.Fetcher)
		if err != nil && work.Err() != nil {
			complete = false // cut off after a stop signal: not the item's fault
			break
		}
		if err != nil {
			stats.ItemErrors++
			if !w.itemFailed(st, key, item, err) {
				// To be tried again: the feed must not answer 304 next time.
				complete = false
			}
			continue
		}
		source.AdoptSummaryID(a, item, w.cfg.Stored)
		if id, dup := w.duplicate(a); dup {
			stats.Duplicates++
			if waiting[id] {
				// Same article as one in the batch: seen when that is stored.
				batch = append(batch, pending{key: key, dupOf: id})
			} else {
				st.Seen[key] = id
			}
			continue
		}
		if a.Meta == nil {
			a.Meta = map[string]string{}
		}
		a.Meta["feed"] = feedURL
		w.remember(a)
		waiting[a.ID] = true
		batch = append(batch, pending{key: key, article: a})
		if len(batch) >= w.cfg.BatchSize {
			if err := flush(); err != nil {
				return stats, w.failed(work, st, &stats, err)
			}
		}
	}
	if err := flush(); err != nil {
		return stats, w.failed(work, st, &stats, err)
	}
	if complete {
		// Validators are kept only once every item is handled, so an
		// interrupted poll fetches the feed again next time.
		st.ETag, st.LastModified = resp.ETag, resp.LastModified
		prune(st, feed)
	}
	items := "items"
	if len(feed.Items) == 1 {
		items = "item"
	}
	w.cfg.Logf("%s: %d %s, %d new, %d duplicates, %d failed", feedURL, len(feed.Items), items, stats.New, stats.Duplicates, stats.ItemErrors)
	return stats, w.healthy(work, st)
}

// pending is an item waiting for its article (or the article it
// duplicates, dupOf) to be stored.
type pending struct {
	key     string
	article *kroniek.Article
	dupOf   string
}

// ingest stores a batch, then marks its items seen and saves the state:
// an item is seen only once its article is stored. It returns the number
// of articles stored.
func (w *Watcher) ingest(ctx context.Context, st *kroniek.FeedState, batch []pending) (int, error) {
	var arts []*kroniek.Article
	for _, p := range batch {
		if p.article != nil {
			arts = append(arts, p.article)
		}
	}
	if err := w.cfg.Ingest(ctx, arts); err != nil {
		for _, a := range arts {
			w.forget(a)
		}
		return 0, fmt.Errorf("ingest %d articles: %w", len(arts), err)
	}
	for _, p := range batch {
		if p.article == nil {
			st.Seen[p.key] = p.dupOf
			continue
		}
		st.Seen[p.key] = p.article.ID
		for _, k := range dedupKeys(p.article) {
			st.Seen[k] = p.article.ID
		}
	}
	return len(arts), w.put(ctx, st)
}

// dedupKeys are the canonical-URL and text keys of an article.
func dedupKeys(a *kroniek.Article) []string {
	keys := []string{keyText + source.TextID(a.Body)}
	if a.URL != "" {
		keys = append(keys, keyURL+source.NormaliseURL(a.URL))
	}
	return keys
}

// duplicate tells whether an article with the same canonical URL or text
// is stored (or waiting in the batch), and its id.
func (w *Watcher) duplicate(a *kroniek.Article) (string, bool) {
	for _, k := range dedupKeys(a) {
		if id, ok := w.known[k]; ok {
			return id, true
		}
	}
	return "", false
}

// remember records an article's dedup keys.
func (w *Watcher) remember(a *kroniek.Article) {
	for _, k := range dedupKeys(a) {
		w.known[k] = a.ID
	}
}

// forget drops the keys of an article whose ingest failed.
func (w *Watcher) forget(a *kroniek.Article) {
	for _, k := range dedupKeys(a) {
		if w.known[k] == a.ID {
			delete(w.known, k)
		}
	}
}

// done tells whether a Seen value ends an item: stored, duplicate, or
// failed too often.
func done(v string) bool {
	if v == "" {
		return false
	}
	if !strings.HasPrefix(v, "!") {
		return true
	}
	return tries(v) >= maxItemTries
}

// tries is the number of failed tries a Seen value records.
func tries(v string) int {
	if !strings.HasPrefix(v, "!") {
		return 0
	}
	v = v[1:]
	if i := strings.IndexByte(v, '@'); i >= 0 {
		v = v[:i]
	}
	n, _ := strconv.Atoi(v)
	return n
}

// retryAt is when a failed item may be tried again (zero: at once).
func retryAt(v string) time.Time {
	i := strings.IndexByte(v, '@')
	if !strings.HasPrefix(v, "!") || i < 0 {
		return time.Time{}
	}
	sec, err := strconv.ParseInt(v[i+1:], 10, 64)
	if err != nil {
		return time.Time{}
	}
	return time.Unix(sec, 0)
}

// itemFailed reports an item and counts the try. A page that may yet
// come (a server error, a timeout, a 404 of a page published after its
// feed item) is tried again with a growing wait, up to maxItemTries; one
// that never can (not HTML, refused, no fetching) is given up at once.
// It tells whether the item is given up.
func (w *Watcher) itemFailed(st *kroniek.FeedState, key string, item source.FeedItem, err error) bool {
	n := tries(st.Seen[key]) + 1
	var fe *source.FetchError
	if !errors.As(err, &fe) || !(fe.Temporary() || fe.Status == http.StatusNotFound) {
		n = maxItemTries
	}
	// The first retry is at the next poll, then after 1, 2, 4, … intervals.
	wait := time.Duration(0)
	if n >= 2 {
		wait = w.cfg.Every
		for i := 2; i < n && wait < w.cfg.MaxBackoff; i++ {
			wait *= 2
		}
		wait = min(wait, w.cfg.MaxBackoff)
	}
	if fe != nil && fe.RetryAfter > wait {
		wait = fe.RetryAfter
	}
	v := "!" + strconv.Itoa(n)
	if wait > 0 && n < maxItemTries {
		v += "@" + strconv.FormatInt(w.now().Add(wait).Unix(), 10)
	}
	st.Seen[key] = v
	loc := item.Link
	if loc == "" {
		loc = st.URL + " item " + item.Key
	}
	var note string
	switch {
	case n >= maxItemTries:
		note = fmt.Sprintf("given up after %d tries", n)
	case wait > 0:
		note = fmt.Sprintf("try %d of %d; next in %s", n, maxItemTries, wait.Round(time.Second))
	default:
		note = fmt.Sprintf("try %d of %d; again at the next poll", n, maxItemTries)
	}
	err = fmt.Errorf("%w (%s)", atLocation(err, loc), note)
	w.cfg.Report(kroniek.Problem{Location: loc, Err: err, Message: err.Error()})
	return n >= maxItemTries
}

// failed reports a failed poll and schedules the next one with an
// exponential backoff, or the server's Retry-After when longer.
func (w *Watcher) failed(ctx context.Context, st *kroniek.FeedState, stats *Stats, err error) error {
	stats.FeedErrors++
	st.Failures++
	wait := w.cfg.Every
	for i := 1; i < st.Failures && wait < w.cfg.MaxBackoff; i++ {
		wait *= 2
	}
	wait = min(wait, w.cfg.MaxBackoff)
	var fe *source.FetchError
	if errors.As(err, &fe) && fe.RetryAfter > wait {
		wait = fe.RetryAfter
	}
	st.NextPoll = w.now().Add(wait)
	note := fmt.Sprintf("failure %d; next try in %s", st.Failures, wait.Round(time.Second))
	if w.once {
		// No next poll of this process: say what the next run does.
		note = fmt.Sprintf("failure %d; polled again from %s on", st.Failures, st.NextPoll.UTC().Format(time.RFC3339))
	}
	err = fmt.Errorf("%w (%s)", atLocation(err, st.URL), note)
	w.cfg.Report(kroniek.Problem{Location: st.URL, Err: err, Message: err.Error()})
	if !w.once {
		w.cfg.Logf("%s: failed (%d), next poll at %s", st.URL, st.Failures, st.NextPoll.Format(time.RFC3339))
	}
	return w.put(ctx, st)
}

// atLocation returns err as it reads after its location loc: a failed
// fetch of loc itself without the URL its message starts with, which the
// location says already.
func atLocation(err error, loc string) error {
	var fe *source.FetchError
	if errors.As(err, &fe) && fe.URL == loc {
		return fe.Err
	}
	return err
}

// healthy schedules the next regular poll and saves the state.
func (w *Watcher) healthy(ctx context.Context, st *kroniek.FeedState) error {
	st.Failures = 0
	st.NextPoll = w.now().Add(w.cfg.Every)
	return w.put(ctx, st)
}

// put saves a feed's state, also after a stop signal.
func (w *Watcher) put(ctx context.Context, st *kroniek.FeedState) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), finishTimeout)
	defer cancel()
	if err := w.cfg.Store.PutFeedState(ctx, st); err != nil {
		return fmt.Errorf("save feed state %s: %w", st.URL, err)
	}
	return nil
}

// prune keeps a feed's Seen map bounded: past maxSeen entries, only those
// of items the feed still lists remain.
func prune(st *kroniek.FeedState, feed *source.Feed) {
	if len(st.Seen) <= maxSeen {
		return
	}
	keep := map[string]bool{}
	ids := map[string]bool{}
	for _, it := range feed.Items {
		k := keyItem + it.Key
		keep[k] = true
		if v := st.Seen[k]; v != "" && !strings.HasPrefix(v, "!") {
			ids[v] = true
		}
	}
	for k, v := range st.Seen {
		if !keep[k] && !ids[v] {
			delete(st.Seen, k)
		}
	}
}

// ReadFeeds reads a feeds file: one URL a line; blank lines and text after
// "#" are ignored; duplicates are dropped.
func ReadFeeds(r io.Reader) ([]string, error) {
	var feeds []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		u, err := url.Parse(line)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("feeds line %d: %q is not an http(s) URL", n, line)
		}
		if !seen[line] {
			seen[line] = true
			feeds = append(feeds, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read feeds: %w", err)
	}
	return feeds, nil
}

// ReadFeedsFile reads a feeds file by path.
func ReadFeedsFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open feeds file: %w", err)
	}
	defer f.Close()
	return ReadFeeds(f)
}
