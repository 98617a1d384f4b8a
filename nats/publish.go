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

// msgID is the deduplication id of an article message: its id and a hash
// of its content, so that a retried publish is stored once and a changed
// article is sent again.
func msgID(a *kroniek.Article, data []byte) string {
	sum := sha256.Sum256(data)
	return a.ID + ":" + hex.EncodeToString(sum[:8])
}

// Published counts what the server did with published articles.
type Published struct {
	Accepted   int // stored in the stream for the workers
	Duplicates int // dropped: the same article was published within the duplicate window
}

// Publish sends articles to the stream and waits for each to be stored by
// the server. A publish that fails while the server restarts is retried.
func (q *Queue) Publish(ctx context.Context, articles []*kroniek.Article) (Published, error) {
	var p Published
	for _, a := range articles {
		dup, err := q.PublishOne(ctx, a)
		if err != nil {
			return p, err
		}
		if dup {
			p.Duplicates++
		} else {
			p.Accepted++
		}
	}
	return p, nil
}

// PublishOne sends one article and waits for the server to store it; dup
// is true when the server dropped it as a duplicate of one published
// within its duplicate window (10 minutes). An error for which
// IsPermanent holds concerns this article only (too large for the server,
// say); others mean the server cannot be reached.
func (q *Queue) PublishOne(ctx context.Context, a *kroniek.Article) (dup bool, err error) {
	data, err := json.Marshal(wireArticle(a))
	if err != nil {
		return false, fmt.Errorf("encode article %s: %w", a.ID, err)
	}
	id := msgID(a, data)
	err = q.retry(ctx, func() error {
		ack, err := q.js.Publish(ctx, q.names.articles, data, jetstream.WithMsgID(id))
		if err == nil {
			dup = ack.Duplicate
		}
		return err
	})
	if err != nil {
		return false, fmt.Errorf("publish article %s: %w", a.ID, err)
	}
	return dup, nil
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
	return q.retry(ctx, func() error {
		_, err := q.js.Publish(ctx, q.names.rebuild, []byte(time.Now().UTC().Format(time.RFC3339Nano)))
		return err
	})
}

// permanent reports whether an error can never succeed by retrying: a
// publish that is malformed, or a queue bound to another store.
func permanent(err error) bool {
	return errors.Is(err, errOtherStore) || errors.Is(err, nats.ErrMaxPayload) || errors.Is(err, nats.ErrBadSubject) ||
		errors.Is(err, jetstream.ErrInvalidSubject) || errors.Is(err, nats.ErrInvalidMsg)
}

// retry calls f with backoff until it succeeds, fails for good, or ctx is
// done. A fail-fast queue (submit) gives up after its connect timeout.
func (q *Queue) retry(ctx context.Context, f func() error) error {
	if q.opts.FailFast {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, 6*q.opts.ConnectTimeout)
		defer cancel()
	}
	return retry(ctx, f)
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
