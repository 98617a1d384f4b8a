package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kroniek/kroniek"
	knats "github.com/kroniek/kroniek/nats"
	"github.com/kroniek/kroniek/pipeline"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/sync/errgroup"
)

// workerCommand takes articles from a NATS JetStream stream, analyses
// them and writes them to a store, acking each batch after its write
// commits. Every worker also serves rebuild requests, one at a time across
// all workers, so cross-document work (entities, stories) stays correct,
// and asks for a rebuild itself whenever it finds the store's derived
// state behind its articles, whatever happened to earlier requests.
var workerCommand = &command{
	summary:  "analyse articles from NATS JetStream into a store (scale-out)",
	synopsis: "Usage: kroniek worker [--nats URL] --pg DSN [flags]\n\nAnalyse articles from NATS JetStream into a store (scale-out).",
	store:    ownStore, nargs: noArgs, argsErr: "worker: unexpected argument %q", flags: workerFlags,
}

// workerFlags declares the flags of `kroniek worker` and returns its body.
func workerFlags(x *call) func(context.Context) error {
	o := workerOptions{
		nats:           addNATSFlags(x.fs),
		batch:          x.fs.Int("batch", 50, "articles per batch"),
		ackWait:        x.fs.Duration("ack-wait", 60*time.Second, "time a batch may take before redelivery"),
		rebuildAckWait: x.fs.Duration("rebuild-ack-wait", 15*time.Second, "time after which a rebuild request held by a silent worker goes to another"),
		noRebuild:      x.fs.Bool("no-rebuild", false, "do not take rebuild requests (extraction only)"),
		rebuildDelay:   x.fs.Duration("rebuild-delay", 10*time.Second, "how long a rebuild may wait while articles are still queued"),
		idleExit:       x.fs.Duration("exit-when-idle", 0, "exit once no article or rebuild has waited for this long (batch runs; 0: run until stopped)"),
		metricsAddr:    x.fs.String("metrics-addr", "", "serve /metrics and /healthz on this address, e.g. 127.0.0.1:9101"),
	}
	return func(ctx context.Context) error { return runWorker(ctx, x, o) }
}

// workerOptions are the flags of `kroniek worker`.
type workerOptions struct {
	nats                                            *natsFlags
	batch                                           *int
	ackWait, rebuildAckWait, rebuildDelay, idleExit *time.Duration
	noRebuild                                       *bool
	metricsAddr                                     *string
}

// runWorker runs `kroniek worker`.
func runWorker(ctx context.Context, x *call, o workerOptions) error {
	nf := o.nats
	log := slog.New(slog.NewTextHandler(x.Stderr, nil)).With("component", "worker")
	dsn := *x.db
	store, p, err := x.openWrite()
	if err != nil {
		return err
	}
	host, _ := os.Hostname()
	me := knats.WorkerInfo{ID: fmt.Sprintf("%s:%d", host, os.Getpid()), Host: host, PID: os.Getpid(),
		Store: storeIdentity(dsn), Started: time.Now().UTC()}
	// Open waits for NATS (a worker may start before its server): say so
	// while it waits, and a signal during the wait is a stop, not a failure.
	waiting := time.AfterFunc(waitNote, func() {
		log.Warn("waiting for NATS: is nats-server running, with JetStream?", "nats", *nf.url)
	})
	q, err := knats.Open(ctx, *nf.url, nf.options(knats.Options{AckWait: *o.ackWait, RebuildAckWait: *o.rebuildAckWait,
		Name: "kroniek-worker " + me.ID, RebuildDelay: *o.rebuildDelay, Store: me.Store}))
	waiting.Stop()
	if err != nil {
		if ctx.Err() != nil {
			log.Info("stopped before NATS answered", "nats", *nf.url)
			return nil
		}
		return fmt.Errorf("queue on %s: %w", *nf.url, err)
	}
	defer q.Close()
	log.Info("started", "queue", *nf.queue, "store", me.Store, "nats", *nf.url)
	w := &worker{q: q, store: store, log: log, info: me, metrics: newWorkerMetrics(), rebuilds: !*o.noRebuild}

	if *o.idleExit > 0 {
		var stop context.CancelFunc
		ctx, stop = context.WithCancel(ctx)
		defer stop()
		go w.exitWhenIdle(ctx, *o.idleExit, stop)
	}
	g, gctx := errgroup.WithContext(ctx)
	if *o.metricsAddr != "" {
		ln, err := net.Listen("tcp", *o.metricsAddr)
		if err != nil {
			return fmt.Errorf("metrics address %s: %w", *o.metricsAddr, err)
		}
		srv := &http.Server{Handler: w.handler(), ReadHeaderTimeout: 5 * time.Second}
		g.Go(func() error {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		})
		g.Go(func() error {
			<-gctx.Done()
			sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			return srv.Shutdown(sctx)
		})
		log.Info("metrics", "addr", ln.Addr().String())
	}
	handle := func(ctx context.Context, articles []*kroniek.Article) error { return w.batch(ctx, p, articles) }
	g.Go(func() error { w.heartbeats(gctx, handle); return nil })
	g.Go(func() error { return q.Work(gctx, *o.batch, handle, w.report) })
	if !*o.noRebuild {
		g.Go(func() error {
			return q.Rebuilds(gctx, func(ctx context.Context) error { return w.rebuild(ctx, p) }, w.report)
		})
		g.Go(func() error { w.watchDerived(gctx); return nil })
	}
	err = g.Wait()
	dctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	_ = q.Deregister(dctx, me.ID)
	cancel()
	if ctx.Err() != nil {
		log.Info("stopped")
		return nil // stopped by a signal or idle: the current batch finished or will be redelivered
	}
	return err
}

// waitNote is how long a command waits for NATS or PostgreSQL before it
// says that it is waiting.
var waitNote = 3 * time.Second

// worker is one running `kroniek worker`: its queue, store, log and counts.
type worker struct {
	q       *knats.Queue
	store   kroniek.Store
	log     *slog.Logger
	metrics *workerMetrics

	mu   sync.Mutex
	info knats.WorkerInfo

	rebuilding atomic.Bool
	rebuilds   bool // this worker takes rebuild requests
}

// batch analyses and stores one batch, asking for a rebuild when it
// changed the store.
func (w *worker) batch(ctx context.Context, p *pipeline.Pipeline, articles []*kroniek.Article) error {
	start := time.Now()
	res, err := p.Add(ctx, w.store, articles)
	if err != nil {
		w.metrics.errors.Inc()
		return err
	}
	for _, pr := range res.Problems {
		w.log.Warn("article problem", "problem", pr.Error())
	}
	w.metrics.batches.Inc()
	w.metrics.articles.WithLabelValues("new").Add(float64(res.New))
	w.metrics.articles.WithLabelValues("updated").Add(float64(res.Updated))
	w.metrics.articles.WithLabelValues("unchanged").Add(float64(res.Unchanged))
	w.metrics.batchSeconds.Observe(time.Since(start).Seconds())
	w.mu.Lock()
	w.info.Batches++
	w.info.Articles += int64(len(articles))
	w.mu.Unlock()
	w.log.Info("batch", "articles", len(articles), "new", res.New, "updated", res.Updated, "unchanged", res.Unchanged,
		"took", time.Since(start).Round(time.Millisecond))
	if res.Changed() {
		return w.q.RequestRebuild(ctx)
	}
	return nil
}

// rebuild rebuilds the corpus for one rebuild request.
func (w *worker) rebuild(ctx context.Context, p *pipeline.Pipeline) error {
	w.rebuilding.Store(true)
	defer w.rebuilding.Store(false)
	w.setRebuilding(true)
	defer w.setRebuilding(false)
	start := time.Now()
	w.log.Info("rebuilding")
	// The store's writer lock keeps this rebuild apart from an `analyze` or
	// `rebuild` another process runs on the same store.
	unlock, err := w.store.Lock(ctx, func(holder string) { w.log.Info("store busy: waiting", "holder", holder) })
	if err != nil {
		w.metrics.errors.Inc()
		return fmt.Errorf("lock store: %w", err)
	}
	defer unlock()
	if err := p.Rebuild(ctx, w.store); err != nil {
		w.metrics.errors.Inc()
		return err
	}
	w.metrics.rebuilds.Inc()
	w.metrics.rebuildSeconds.Observe(time.Since(start).Seconds())
	w.mu.Lock()
	w.info.Rebuilds++
	w.mu.Unlock()
	w.log.Info("rebuilt", "took", time.Since(start).Round(time.Millisecond))
	return nil
}

func (w *worker) setRebuilding(b bool) {
	w.mu.Lock()
	w.info.Rebuilding = b
	w.mu.Unlock()
}

// report logs a problem the queue met and keeps it for the registry.
func (w *worker) report(err error) {
	w.log.Error("queue", "err", err)
	w.mu.Lock()
	w.info.LastError = err.Error()
	w.mu.Unlock()
}

// heartbeats tells the registry of workers about this one every few
// seconds, and recovers what a server crash left in the stream.
func (w *worker) heartbeats(ctx context.Context, recoverBatch knats.Handler) {
	t := time.NewTicker(knats.WorkerTTL / 6)
	defer t.Stop()
	for {
		w.mu.Lock()
		info := w.info
		w.mu.Unlock()
		hctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		if err := w.q.Heartbeat(hctx, info); err != nil && ctx.Err() == nil {
			w.log.Warn("heartbeat", "err", err)
		}
		cancel()
		if n, err := w.q.Recover(ctx, recoverBatch); err != nil && ctx.Err() == nil {
			w.log.Warn("recover queue", "err", err)
		} else if n > 0 {
			w.log.Info("recovered messages a server crash left behind", "messages", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// exitWhenIdle stops the worker once nothing has waited for d.
func (w *worker) exitWhenIdle(ctx context.Context, d time.Duration, stop context.CancelFunc) {
	idleSince := time.Time{}
	for ctx.Err() == nil {
		a, r, err := w.q.Backlog(ctx)
		stale := w.rebuilds && w.stale(ctx)
		switch {
		case err != nil || a > 0 || r > 0 || stale || w.rebuilding.Load():
			idleSince = time.Time{}
		case idleSince.IsZero():
			idleSince = time.Now()
		case time.Since(idleSince) >= d:
			w.log.Info("idle, exiting", "after", d)
			stop()
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// handler serves /metrics and /healthz: 200 when NATS is connected and
// the store answers within two seconds, 503 otherwise.
func (w *worker) handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(w.metrics.registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(rw http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		rw.Header().Set("Content-Type", "application/json")
		if !w.q.Connected() {
			rw.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(rw, `{"status":"nats unreachable"}`)
			return
		}
		if err := pingStore(ctx, w.store); err != nil {
			rw.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(rw, `{"status":"store unreachable"}`)
			return
		}
		fmt.Fprintln(rw, `{"status":"ok"}`)
	})
	return mux
}

// pingStore asks the store for one article, within ctx's deadline: a
// store that does not answer in time counts as down.
func pingStore(ctx context.Context, s kroniek.Store) error {
	errc := make(chan error, 1)
	go func() {
		_, _, err := s.Articles(ctx, kroniek.ArticleFilter{Page: kroniek.Page{Limit: 1}})
		errc <- err
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// workerMetrics are the Prometheus metrics of a worker.
type workerMetrics struct {
	registry       *prometheus.Registry
	batches        prometheus.Counter
	articles       *prometheus.CounterVec
	rebuilds       prometheus.Counter
	errors         prometheus.Counter
	batchSeconds   prometheus.Histogram
	rebuildSeconds prometheus.Histogram
}

func newWorkerMetrics() *workerMetrics {
	m := &workerMetrics{
		registry: prometheus.NewRegistry(),
		batches:  prometheus.NewCounter(prometheus.CounterOpts{Name: "kroniek_worker_batches_total", Help: "Batches of articles stored."}),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "kroniek_worker_articles_total", Help: "Articles handled, by result."}, []string{"result"}),
		rebuilds: prometheus.NewCounter(prometheus.CounterOpts{Name: "kroniek_worker_rebuilds_total", Help: "Corpus rebuilds run."}),
		errors:   prometheus.NewCounter(prometheus.CounterOpts{Name: "kroniek_worker_errors_total", Help: "Batches and rebuilds that failed and will be retried."}),
		batchSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "kroniek_worker_batch_seconds", Help: "Time to analyse and store a batch.",
			Buckets: prometheus.ExponentialBuckets(0.05, 2, 10)}),
		rebuildSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "kroniek_worker_rebuild_seconds", Help: "Time of a corpus rebuild.",
			Buckets: prometheus.ExponentialBuckets(0.1, 2, 10)}),
	}
	m.registry.MustRegister(m.batches, m.articles, m.rebuilds, m.errors, m.batchSeconds, m.rebuildSeconds,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}
