package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/source"
	"github.com/kroniek/kroniek/watch"
)

// watchCommand polls RSS/Atom feeds and analyses their new items into the
// store, continuously or once (for cron).
var watchCommand = &command{
	summary:  "poll RSS/Atom feeds and analyse new items into the store: watch --feeds FILE",
	synopsis: "Usage: kroniek watch --feeds FILE [--every 5m] [--once] [--db kroniek.db] [FEED-URL...]\n\nPoll RSS/Atom feeds (one URL per line in FILE, or given as arguments) and analyse their new items into the store, every --every until stopped, or once with --once.",
	store:    ownStore, nargs: anyArgs, flags: watchFlags,
}

// watchFlags declares the flags of `kroniek watch` and returns its body.
func watchFlags(x *call) func(context.Context) error {
	o := watchOptions{
		feedsFile: x.fs.String("feeds", "", "file of feed URLs, one a line (# starts a comment)"),
		every:     x.fs.Duration("every", watch.DefaultEvery, "poll interval of each feed"),
		once:      x.fs.Bool("once", false, "poll every feed once and exit (for cron)"),
		delay:     x.fs.Duration("delay", source.DefaultHostDelay, "least time between two requests to one host"),
		timeout:   x.fs.Duration("timeout", source.DefaultFetchTimeout, "time limit of one request"),
		maxSize:   x.fs.Int64("max-size", source.DefaultMaxSize, "largest feed or page in bytes"),
		quiet:     x.fs.Bool("q", false, "print problems only, no progress lines"),
	}
	return func(ctx context.Context) error { return watchFeeds(ctx, x, o) }
}

// watchOptions are the flags of `kroniek watch`.
type watchOptions struct {
	feedsFile             *string
	every, delay, timeout *time.Duration
	once, quiet           *bool
	maxSize               *int64
}

// watchFeeds runs `kroniek watch`.
func watchFeeds(ctx context.Context, x *call, o watchOptions) error {
	var feeds []string
	if *o.feedsFile != "" {
		f, err := watch.ReadFeedsFile(*o.feedsFile)
		if err != nil {
			return err // a file that cannot be read is no wrong command line: exit 1, as analyze
		}
		feeds = f
	}
	more, err := watch.ReadFeeds(strings.NewReader(strings.Join(x.args(), "\n")))
	if err != nil {
		return usageError{err.Error()}
	}
	feeds = append(feeds, more...)
	if len(feeds) == 0 {
		return usageError{"no feeds: give --feeds FILE or feed URLs"}
	}
	if *o.every < time.Minute {
		return usageError{"--every must be at least 1m"}
	}

	hostDelay := *o.delay
	if hostDelay <= 0 {
		hostDelay = -1 // no delay (FetchOptions reads 0 as the default)
	}
	store, p, err := x.openWrite()
	if err != nil {
		return err
	}
	logf := func(format string, args ...any) {
		if !*o.quiet {
			fmt.Fprintf(x.Stderr, "%s %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
		}
	}
	problems := 0
	w, err := watch.New(watch.Config{
		Feeds:   feeds,
		Every:   *o.every,
		Fetcher: source.NewFetcher(source.FetchOptions{HostDelay: hostDelay, Timeout: *o.timeout, MaxSize: *o.maxSize}),
		Store:   store,
		Stored: func(id string) *kroniek.Article {
			a, err := store.Article(ctx, id)
			if err != nil {
				return nil
			}
			return a
		},
		Ingest: func(ctx context.Context, arts []*kroniek.Article) error {
			// One writer at a time: an analyze of the same store waits for
			// this batch, and this batch for it.
			unlock, err := lockStore(ctx, x.Main, store, *x.db)
			if err != nil {
				return err
			}
			defer unlock()
			res, err := p.Ingest(ctx, store, arts)
			if err == nil {
				logf("stored %s (%d new, %d updated, %d analysed)", plural(len(arts), "article", "articles"), res.New, res.Updated, res.Analysed)
			}
			return err
		},
		Report: func(pr kroniek.Problem) {
			// The form analyze prints: kroniek: error: LOCATION: MESSAGE.
			problems++
			printProblem(x.Stderr, pr)
		},
		Logf: logf,
	})
	if err != nil {
		return err
	}
	if !*o.once {
		logf("watching %d feeds every %s; stop with Ctrl-C", len(feeds), *o.every)
		if err := w.Run(ctx); err != nil {
			return err
		}
		logf("stopped")
		return nil
	}
	st, err := w.Once(ctx)
	if err != nil {
		return err
	}
	logf("%s polled (%d not modified, %d failed, %d backing off): %s, %s, %s failed this poll, %s skipped while backing off",
		plural(st.Polled, "feed", "feeds"), st.NotModified, st.FeedErrors, st.Skipped, plural(st.New, "new article", "new articles"),
		plural(st.Duplicates, "duplicate", "duplicates"), plural(st.ItemErrors, "item", "items"), plural(st.ItemsWaiting, "item", "items"))
	if st.Skipped > 0 {
		// A feed that failed before and is still backing off was not read:
		// cron must hear of it, not only of this run's failures.
		feeds := "feeds"
		if st.Skipped == 1 {
			feeds = "feed"
		}
		fmt.Fprintf(x.Stderr, "kroniek: error: %d %s not polled: backing off after earlier failures\n", st.Skipped, feeds)
	}
	if problems > 0 || st.FeedErrors > 0 || st.Skipped > 0 {
		return errSomeInputFailed
	}
	return nil
}
