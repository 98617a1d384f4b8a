package main

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/source"
	"github.com/kroniek/kroniek/watch"
)

// WatchCommand polls RSS/Atom feeds and analyses their new items into the
// store, continuously or once (for cron).
type WatchCommand struct {
	Main *Main
}

// Run runs `kroniek watch`.
func (c *WatchCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kroniek watch", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	feedsFile := fs.String("feeds", "", "file of feed URLs, one a line (# starts a comment)")
	every := fs.Duration("every", watch.DefaultEvery, "poll interval of each feed")
	once := fs.Bool("once", false, "poll every feed once and exit (for cron)")
	db := storeFlag(fs)
	delay := fs.Duration("delay", source.DefaultHostDelay, "least time between two requests to one host")
	timeout := fs.Duration("timeout", source.DefaultFetchTimeout, "time limit of one request")
	maxSize := fs.Int64("max-size", source.DefaultMaxSize, "largest feed or page in bytes")
	quiet := fs.Bool("q", false, "print problems only, no progress lines")
	fs.Usage = func() {
		fmt.Fprintln(c.Main.Stderr, "Usage: kroniek watch --feeds FILE [--every 5m] [--once] [--db kroniek.db] [FEED-URL...]")
		fs.PrintDefaults()
	}
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	var feeds []string
	if *feedsFile != "" {
		f, err := watch.ReadFeedsFile(*feedsFile)
		if err != nil {
			return usageError{err.Error()}
		}
		feeds = f
	}
	more, err := watch.ReadFeeds(strings.NewReader(strings.Join(fs.Args(), "\n")))
	if err != nil {
		return usageError{err.Error()}
	}
	feeds = append(feeds, more...)
	if len(feeds) == 0 {
		return usageError{"no feeds: give --feeds FILE or feed URLs"}
	}
	if *every < time.Minute {
		return usageError{"--every must be at least 1m"}
	}

	hostDelay := *delay
	if hostDelay <= 0 {
		hostDelay = -1 // no delay (FetchOptions reads 0 as the default)
	}
	store, p, err := openPipeline(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	logf := func(format string, args ...any) {
		if !*quiet {
			fmt.Fprintf(c.Main.Stderr, "%s %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
		}
	}
	problems := 0
	w, err := watch.New(watch.Config{
		Feeds:   feeds,
		Every:   *every,
		Fetcher: source.NewFetcher(source.FetchOptions{HostDelay: hostDelay, Timeout: *timeout, MaxSize: *maxSize}),
		Store:   store,
		Ingest: func(ctx context.Context, arts []*kroniek.Article) error {
			// One writer at a time: an analyze of the same store waits for
			// this batch, and this batch for it.
			unlock, err := lockStore(ctx, c.Main, store, *db)
			if err != nil {
				return err
			}
			defer unlock()
			res, err := p.Ingest(ctx, store, arts)
			if err == nil {
				logf("stored %d articles (%d new, %d updated, %d analysed)", len(arts), res.New, res.Updated, res.Analysed)
			}
			return err
		},
		Report: func(pr kroniek.Problem) {
			problems++
			fmt.Fprintf(c.Main.Stderr, "problem: %s: %s\n", pr.Location, pr.Message)
		},
		Logf: logf,
	})
	if err != nil {
		return err
	}
	if !*once {
		logf("watching %d feeds every %s; stop with Ctrl-C", len(feeds), *every)
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
	logf("%d feeds polled (%d not modified, %d failed, %d backing off): %d new articles, %d duplicates, %d items failed, %d items waiting to be tried again",
		st.Polled, st.NotModified, st.FeedErrors, st.Skipped, st.New, st.Duplicates, st.ItemErrors, st.ItemsWaiting)
	if st.Skipped > 0 {
		// A feed that failed before and is still backing off was not read:
		// cron must hear of it, not only of this run's failures.
		fmt.Fprintf(c.Main.Stderr, "problem: %d feeds not polled: backing off after failures\n", st.Skipped)
	}
	if problems > 0 || st.FeedErrors > 0 || st.Skipped > 0 {
		return errSomeInputFailed
	}
	return nil
}
