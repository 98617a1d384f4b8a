package nats

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Handler processes a batch of articles; the batch is acked only when it
// returns nil, and redelivered otherwise.
type Handler func(ctx context.Context, articles []*kroniek.Article) error

// Work fetches batches of up to size articles and hands them to h until
// ctx is done. Messages are acked after h returns nil; on an error they are
// nak'ed with a delay and Work backs off, so a store that is down is
// retried. A message that cannot be decoded is terminated (it would never
// succeed) and reported through report.
func (q *Queue) Work(ctx context.Context, size int, h Handler, report func(error)) error {
	cons, err := q.js.Consumer(ctx, q.names.stream, q.names.workers)
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
// one rebuild runs at a time across all workers; while it runs, the
// worker tells the server it is alive, so a request held by a worker that
// died goes to another within RebuildAckWait.
func (q *Queue) Rebuilds(ctx context.Context, rebuild func(ctx context.Context) error, report func(error)) error {
	cons, err := q.js.Consumer(ctx, q.names.stream, q.names.rebuilder)
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
		msg := lastMsg(batch)
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
		if err := q.holding(ctx, msg, rebuild); err != nil {
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

// lastMsg reads batch to its end and returns its last message, nil for
// none.
func lastMsg(batch jetstream.MessageBatch) jetstream.Msg {
	var m jetstream.Msg
	for x := range batch.Messages() {
		m = x
	}
	return m
}

// drainRebuilds acks rebuild requests published before the rebuild that
// just finished started; later ones stay for the next rebuild.
func (q *Queue) drainRebuilds(ctx context.Context, cons jetstream.Consumer, started time.Time) {
	for ctx.Err() == nil {
		batch, err := cons.FetchNoWait(1)
		if err != nil {
			return
		}
		m := lastMsg(batch)
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

// holding runs rebuild while telling the server, every third of the
// rebuild ack-wait, that the request msg is still being worked on.
func (q *Queue) holding(ctx context.Context, msg jetstream.Msg, rebuild func(context.Context) error) error {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(q.opts.RebuildAckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				_ = msg.InProgress()
			}
		}
	}()
	err := rebuild(ctx)
	close(done)
	wg.Wait()
	return err
}
