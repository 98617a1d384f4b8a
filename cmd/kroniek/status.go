package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/kroniek/kroniek"
	knats "github.com/kroniek/kroniek/nats"
)

// statusCommand prints what a deployment is doing: the queue (articles
// queued, in flight, redelivered; rebuild requests), the workers seen in
// the last half minute, the store's articles and whether its derived state
// (entities, stories) is current.
var statusCommand = &command{
	summary:  "what a deployment is doing: queued and in-flight articles, workers, stored articles, derived state",
	synopsis: "Usage: kroniek status [--db kroniek.db | --pg DSN] [--nats URL] [--json]\n\nWhat a deployment is doing: queued and in-flight articles, workers, stored articles, derived state.",
	store:    ownStore, nargs: noArgs, argsErr: "status: unexpected argument %q", flags: statusFlags,
}

// statusFlags declares the flags of `kroniek status` and returns its body.
func statusFlags(x *call) func(context.Context) error {
	nf := addNATSFlags(x.fs)
	asJSON := x.fs.Bool("json", false, "print JSON")
	timeout := x.fs.Duration("timeout", 5*time.Second, "how long to wait for NATS and the store")
	return func(ctx context.Context) error { return status(ctx, x, nf, *asJSON, *timeout) }
}

// statusReport is the `--json` form of `kroniek status`.
type statusReport struct {
	Queue      *knats.Status `json:"queue"`
	QueueError string        `json:"queue_error,omitempty"`
	Store      *storeStatus  `json:"store"`
	StoreError string        `json:"store_error,omitempty"`
}

// storeStatus is what status reads from the store.
type storeStatus struct {
	Store    string         `json:"store"`
	Articles int            `json:"articles"`
	Stories  int            `json:"stories"`
	Derived  *derivedStatus `json:"derived,omitempty"`
}

// status runs `kroniek status`.
func status(ctx context.Context, x *call, nf *natsFlags, asJSON bool, timeout time.Duration) error {
	natsGiven, storeGiven := false, false
	x.fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "nats", "queue":
			natsGiven = true
		case "db", "pg":
			storeGiven = true
		}
	})
	dsn := ""
	if storeGiven || !natsGiven {
		dsn = *x.db // the default store when neither is named
	}
	var rep statusReport
	if natsGiven || dsn == "" {
		q, err := knats.Open(ctx, *nf.url, nf.options(knats.Options{Name: "kroniek-status", FailFast: true, ConnectTimeout: timeout}))
		if err != nil {
			rep.QueueError = err.Error()
		} else {
			st, err := q.Status(ctx)
			q.Close()
			if err != nil {
				rep.QueueError = err.Error()
			} else {
				rep.Queue = &st
			}
		}
	}
	if dsn != "" {
		sctx, cancel := context.WithTimeout(ctx, timeout)
		st, err := readStoreStatus(sctx, dsn)
		cancel()
		if err != nil {
			rep.StoreError = err.Error()
			if kroniek.ErrorCode(err) != kroniek.EINTERNAL {
				rep.StoreError = kroniek.ErrorMessage(err) // say it plainly
			}
		} else {
			rep.Store = st
		}
	}
	rep.notePending()
	if asJSON {
		if err := writeJSON(x.Stdout, rep); err != nil {
			return err
		}
	} else {
		printStatus(x.Stdout, rep)
	}
	if rep.QueueError != "" || rep.StoreError != "" {
		return errNotReady
	}
	return nil
}

// notePending tells the store's derived state how many articles the queue
// still holds, so that "current" is not read as "nothing left to do".
func (r *statusReport) notePending() {
	if r.Queue != nil && r.Store != nil && r.Store.Derived != nil {
		r.Store.Derived.Pending = r.Queue.Queued + r.Queue.InFlight
	}
}

// readStoreStatus opens the store read-only where it can and counts what
// it holds.
func readStoreStatus(ctx context.Context, dsn string) (*storeStatus, error) {
	store, err := openExisting(ctx, dsn)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	st := &storeStatus{Store: storeIdentity(dsn)}
	if _, n, err := store.Articles(ctx, kroniek.ArticleFilter{Page: kroniek.Page{Limit: 1}}); err != nil {
		return nil, fmt.Errorf("count articles: %w", err)
	} else {
		st.Articles = n
	}
	if _, n, err := store.Stories(ctx, kroniek.StoryFilter{Page: kroniek.Page{Limit: 1}}); err != nil {
		return nil, fmt.Errorf("count stories: %w", err)
	} else {
		st.Stories = n
	}
	d, err := derivedOf(ctx, store)
	if err != nil {
		return nil, err
	}
	st.Derived = d
	return st, nil
}

// printStatus writes the human form.
func printStatus(w io.Writer, r statusReport) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	defer tw.Flush()
	if r.Queue != nil {
		q := r.Queue
		fmt.Fprintf(tw, "queue\t%s (stream %s)\n", q.Queue, q.Stream)
		if q.Store != "" {
			fmt.Fprintf(tw, "  serves store\t%s\n", q.Store)
		}
		fmt.Fprintf(tw, "  articles\t%d queued · %d in flight · %d redelivered\n", q.Queued, q.InFlight, q.Redelivered)
		fmt.Fprintf(tw, "  rebuilds\t%d requested · %d running\n", q.RebuildsQueued, q.RebuildsInFlight)
		if len(q.Workers) == 0 {
			fmt.Fprintf(tw, "  workers\tnone seen in the last %v\n", knats.WorkerTTL)
			if q.InFlight > 0 {
				// Delivered to a worker that is gone: not lost, but waiting.
				fmt.Fprintf(tw, "  \t%s in flight with no worker alive: NATS delivers them again after the ack wait, to the next worker\n",
					plural(q.InFlight, "article", "articles"))
			}
		}
		for _, wk := range q.Workers {
			state := "working"
			if wk.Rebuilding {
				state = "rebuilding"
			}
			fmt.Fprintf(tw, "  worker\t%s · %s · up %v · seen %v ago · %d batches, %d articles, %d rebuilds\n",
				wk.ID, state, time.Since(wk.Started).Round(time.Second), time.Since(wk.Seen).Round(time.Second),
				wk.Batches, wk.Articles, wk.Rebuilds)
			if wk.LastError != "" {
				fmt.Fprintf(tw, "  \tlast error: %s\n", wk.LastError)
			}
		}
	} else if r.QueueError != "" {
		fmt.Fprintf(tw, "queue\tunreachable: %s\n", r.QueueError)
	}
	if r.Store != nil {
		s := r.Store
		fmt.Fprintf(tw, "store\t%s\n", s.Store)
		fmt.Fprintf(tw, "  holds\t%s · %s\n", plural(s.Articles, "article", "articles"), plural(s.Stories, "story", "stories"))
		if s.Derived != nil {
			fmt.Fprintf(tw, "  derived state\t%s\n", s.Derived)
		}
	} else if r.StoreError != "" {
		fmt.Fprintf(tw, "store\tunreadable: %s\n", r.StoreError)
	}
}
