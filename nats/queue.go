package nats

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Names of the stream, its subjects and durable consumers.
const (
	StreamName      = "KRONIEK"
	ArticlesSubject = "kroniek.articles"
	RebuildSubject  = "kroniek.rebuild"
	workerConsumer  = "kroniek-workers"
	rebuildConsumer = "kroniek-rebuild"
)

// Options configure a queue.
type Options struct {
	// AckWait is how long a worker has to ack a batch before its messages
	// are redelivered to another worker (default 60 s).
	AckWait time.Duration
	// MaxDeliver bounds redeliveries of one message (default 20); a
	// message that fails that often is left for an operator.
	MaxDeliver int
	// Name identifies the connection in the server's monitoring.
	Name string
	// RebuildDelay is how long a rebuild may wait while articles are still
	// queued (default 10 s): rebuilding once after a burst is cheaper than
	// after every batch, and the corpus is never staler than this.
	RebuildDelay time.Duration
}

// Queue is a connection to the kroniek stream.
type Queue struct {
	nc   *nats.Conn
	js   jetstream.JetStream
	opts Options
}

// Open connects to the NATS server at url and makes sure the stream and
// its consumers exist. The connection reconnects forever; publishers and
// workers ride out a server restart.
func Open(ctx context.Context, url string, opts Options) (*Queue, error) {
	if opts.AckWait == 0 {
		opts.AckWait = 60 * time.Second
	}
	if opts.MaxDeliver == 0 {
		opts.MaxDeliver = 20
	}
	if opts.Name == "" {
		opts.Name = "kroniek"
	}
	if opts.RebuildDelay == 0 {
		opts.RebuildDelay = 10 * time.Second
	}
	nc, err := nats.Connect(url,
		nats.Name(opts.Name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(250*time.Millisecond),
		nats.RetryOnFailedConnect(true),
		nats.ReconnectBufSize(32<<20),
	)
	if err != nil {
		return nil, fmt.Errorf("connect nats %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	q := &Queue{nc: nc, js: js, opts: opts}
	if err := retry(ctx, func() error { return q.setup(ctx) }); err != nil {
		nc.Close()
		return nil, err
	}
	return q, nil
}

// setup creates the stream and consumers if they do not exist.
func (q *Queue) setup(ctx context.Context) error {
	_, err := q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:       StreamName,
		Subjects:   []string{ArticlesSubject, RebuildSubject},
		Retention:  jetstream.WorkQueuePolicy,
		Storage:    jetstream.FileStorage,
		Duplicates: 10 * time.Minute,
	})
	if err != nil {
		return fmt.Errorf("create stream: %w", err)
	}
	if _, err := q.js.CreateOrUpdateConsumer(ctx, StreamName, jetstream.ConsumerConfig{
		Durable: workerConsumer, FilterSubject: ArticlesSubject, AckPolicy: jetstream.AckExplicitPolicy,
		AckWait: q.opts.AckWait, MaxDeliver: q.opts.MaxDeliver, MaxAckPending: 10000,
	}); err != nil {
		return fmt.Errorf("create worker consumer: %w", err)
	}
	// One rebuild at a time across all workers: MaxAckPending 1.
	if _, err := q.js.CreateOrUpdateConsumer(ctx, StreamName, jetstream.ConsumerConfig{
		Durable: rebuildConsumer, FilterSubject: RebuildSubject, AckPolicy: jetstream.AckExplicitPolicy,
		AckWait: 10 * q.opts.AckWait, MaxAckPending: 1,
	}); err != nil {
		return fmt.Errorf("create rebuild consumer: %w", err)
	}
	return nil
}

// Close closes the connection after flushing what was published.
func (q *Queue) Close() error {
	if q.nc == nil {
		return nil
	}
	err := q.nc.Drain()
	q.nc.Close()
	return err
}

// msgID is the deduplication id of an article message: its id and a hash
// of its content, so that a retried publish is stored once and a changed
// article is sent again.
func msgID(a *kroniek.Article, data []byte) string {
	sum := sha256.Sum256(data)
	return a.ID + ":" + hex.EncodeToString(sum[:8])
}

// Publish sends articles to the stream and waits for each to be stored by
// the server. A publish that fails while the server restarts is retried.
func (q *Queue) Publish(ctx context.Context, articles []*kroniek.Article) error {
	for _, a := range articles {
		if err := q.PublishOne(ctx, a); err != nil {
			return err
		}
	}
	return nil
}

// PublishOne sends one article and waits for the server to store it. An
// error for which IsPermanent holds concerns this article only (too large
// for the server, say); others mean the server cannot be reached.
func (q *Queue) PublishOne(ctx context.Context, a *kroniek.Article) error {
	data, err := json.Marshal(wireArticle(a))
	if err != nil {
		return fmt.Errorf("encode article %s: %w", a.ID, err)
	}
	id := msgID(a, data)
	if err := retry(ctx, func() error {
		_, err := q.js.Publish(ctx, ArticlesSubject, data, jetstream.WithMsgID(id))
		return err
	}); err != nil {
		return fmt.Errorf("publish article %s: %w", a.ID, err)
	}
	return nil
}

// IsPermanent reports whether a publish error concerns the article and
// retrying cannot help.
func IsPermanent(err error) bool { return permanent(err) }

// article is the wire form of an article: Body is not in Article's JSON.
type article struct {
	kroniek.Article
	Body string `json:"body"`
}

func wireArticle(a *kroniek.Article) article { return article{Article: *a, Body: a.Body} }

// RequestRebuild asks for the cross-document corpus to be rebuilt.
func (q *Queue) RequestRebuild(ctx context.Context) error {
	return retry(ctx, func() error {
		_, err := q.js.Publish(ctx, RebuildSubject, []byte(time.Now().UTC().Format(time.RFC3339Nano)))
		return err
	})
}

// Handler processes a batch of articles; the batch is acked only when it
// returns nil, and redelivered otherwise.
type Handler func(ctx context.Context, articles []*kroniek.Article) error

// Work fetches batches of up to size articles and hands them to h until
// ctx is done. Messages are acked after h returns nil; on an error they are
// nak'ed with a delay and Work backs off, so a store that is down is
// retried. A message that cannot be decoded is terminated (it would never
// succeed) and reported through report.
func (q *Queue) Work(ctx context.Context, size int, h Handler, report func(error)) error {
	cons, err := q.js.Consumer(ctx, StreamName, workerConsumer)
	if err != nil {
		return fmt.Errorf("worker consumer: %w", err)
	}
	backoff := newBackoff()
	for ctx.Err() == nil {
		batch, err := cons.Fetch(size, jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			report(fmt.Errorf("fetch: %w", err))
			backoff.wait(ctx)
			continue
		}
		var msgs []jetstream.Msg
		var articles []*kroniek.Article
		for m := range batch.Messages() {
			var w article
			if err := json.Unmarshal(m.Data(), &w); err != nil {
				report(fmt.Errorf("decode message %s: %w", m.Headers().Get(jetstream.MsgIDHeader), err))
				_ = m.Term()
				continue
			}
			a := w.Article
			a.Body = w.Body
			msgs = append(msgs, m)
			articles = append(articles, &a)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, nats.ErrTimeout) {
			report(fmt.Errorf("fetch batch: %w", err))
		}
		if len(msgs) == 0 {
			continue
		}
		if err := h(ctx, articles); err != nil {
			report(fmt.Errorf("process batch of %d: %w", len(msgs), err))
			if len(msgs) > 1 && q.oneByOne(ctx, msgs, articles, h, report) {
				backoff.reset()
				continue
			}
			for _, m := range msgs {
				_ = m.NakWithDelay(backoff.next())
			}
			backoff.wait(ctx)
			continue
		}
		backoff.reset()
		for _, m := range msgs {
			if err := m.DoubleAck(ctx); err != nil {
				report(fmt.Errorf("ack: %w", err))
			}
		}
	}
	return ctx.Err()
}

// oneByOne handles a failed batch article by article, so that one bad
// article does not hold back the others: each that succeeds is acked, each
// that fails is nak'ed for a later try (the server drops it after
// MaxDeliver). It reports false when every article failed, which means
// the store rather than the articles is at fault.
func (q *Queue) oneByOne(ctx context.Context, msgs []jetstream.Msg, articles []*kroniek.Article, h Handler, report func(error)) bool {
	ok := 0
	var failed []jetstream.Msg
	for i, m := range msgs {
		if err := h(ctx, articles[i:i+1]); err != nil {
			report(fmt.Errorf("article %s: %w", articles[i].ID, err))
			failed = append(failed, m)
			continue
		}
		ok++
		if err := m.DoubleAck(ctx); err != nil {
			report(fmt.Errorf("ack: %w", err))
		}
	}
	if ok == 0 {
		return false
	}
	for _, m := range failed {
		_ = m.NakWithDelay(5 * time.Second)
	}
	return true
}

// Rebuilds runs rebuild once for every burst of rebuild requests: requests
// that arrive while a rebuild runs are coalesced into the next one. Only
// one rebuild runs at a time across all workers.
func (q *Queue) Rebuilds(ctx context.Context, rebuild func(ctx context.Context) error, report func(error)) error {
	cons, err := q.js.Consumer(ctx, StreamName, rebuildConsumer)
	if err != nil {
		return fmt.Errorf("rebuild consumer: %w", err)
	}
	backoff := newBackoff()
	last := time.Now()        // the last rebuild this process finished (or its start)
	var lastStarted time.Time // when the last rebuild this process ran started
	for ctx.Err() == nil {
		batch, err := cons.Fetch(1, jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			report(fmt.Errorf("fetch rebuild: %w", err))
			backoff.wait(ctx)
			continue
		}
		var msg jetstream.Msg
		for m := range batch.Messages() {
			msg = m
		}
		if msg == nil {
			continue
		}
		// A request published before the last rebuild here started is
		// answered by it.
		if meta, err := msg.Metadata(); err == nil && !lastStarted.IsZero() && meta.Timestamp.Before(lastStarted.Add(-clockMargin)) {
			_ = msg.Ack()
			continue
		}
		// While articles are still queued, wait for the burst to end, but
		// let the corpus be at most RebuildDelay behind.
		if time.Since(last) < q.opts.RebuildDelay {
			if articles, _, err := q.Backlog(ctx); err == nil && articles > 0 {
				_ = msg.NakWithDelay(250 * time.Millisecond)
				continue
			}
		}
		// One rebuild answers every request published before it started.
		started := time.Now()
		lastStarted = started
		if err := rebuild(ctx); err != nil {
			report(fmt.Errorf("rebuild: %w", err))
			_ = msg.NakWithDelay(backoff.next())
			backoff.wait(ctx)
			continue
		}
		backoff.reset()
		last = time.Now()
		_ = msg.DoubleAck(ctx)
		q.drainRebuilds(ctx, cons, started)
	}
	return ctx.Err()
}

// clockMargin allows for skew between this host's clock and the server's
// message timestamps: a request is only taken as answered when it is
// older than the rebuild's start by this much.
const clockMargin = time.Second

// drainRebuilds acks rebuild requests published before the rebuild that
// just finished started; later ones stay for the next rebuild.
func (q *Queue) drainRebuilds(ctx context.Context, cons jetstream.Consumer, started time.Time) {
	for ctx.Err() == nil {
		batch, err := cons.FetchNoWait(1)
		if err != nil {
			return
		}
		var m jetstream.Msg
		for x := range batch.Messages() {
			m = x
		}
		if m == nil {
			return
		}
		mm, err := m.Metadata()
		if err != nil || !mm.Timestamp.Before(started.Add(-clockMargin)) {
			_ = m.Nak() // newer than the rebuild: keep it
			return
		}
		_ = m.Ack()
	}
}

// Pending returns the number of article messages in the stream, which
// with work-queue retention are those not yet acked.
func (q *Queue) Pending(ctx context.Context) (int, error) {
	articles, _, err := q.Backlog(ctx)
	return articles, err
}

// Backlog returns the article messages and rebuild requests not yet acked.
// Both zero means every submitted article is stored and the corpus rebuilt.
func (q *Queue) Backlog(ctx context.Context) (articles, rebuilds int, err error) {
	st, err := q.js.Stream(ctx, StreamName)
	if err != nil {
		return 0, 0, err
	}
	info, err := st.Info(ctx, jetstream.WithSubjectFilter("kroniek.>"))
	if err != nil {
		return 0, 0, err
	}
	return int(info.State.Subjects[ArticlesSubject]), int(info.State.Subjects[RebuildSubject]), nil
}

// permanent reports whether a publish error can never succeed by retrying.
func permanent(err error) bool {
	return errors.Is(err, nats.ErrMaxPayload) || errors.Is(err, nats.ErrBadSubject) ||
		errors.Is(err, jetstream.ErrInvalidSubject) || errors.Is(err, nats.ErrInvalidMsg)
}

// retry calls f with backoff until it succeeds, fails for good, or ctx
// is done.
func retry(ctx context.Context, f func() error) error {
	b := newBackoff()
	for {
		err := f()
		if err == nil {
			return nil
		}
		if permanent(err) || b.tries >= 40 {
			return err
		}
		if !b.wait(ctx) {
			return errors.Join(err, ctx.Err())
		}
	}
}

// backoff is exponential with a cap.
type backoff struct {
	d     time.Duration
	tries int
}

func newBackoff() *backoff { return &backoff{d: 100 * time.Millisecond} }

func (b *backoff) next() time.Duration {
	d := b.d
	b.d = min(2*b.d, 5*time.Second)
	b.tries++
	return d
}

func (b *backoff) reset() { b.d, b.tries = 100*time.Millisecond, 0 }

// wait sleeps for the next delay; false when ctx ended first.
func (b *backoff) wait(ctx context.Context) bool {
	t := time.NewTimer(b.next())
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
