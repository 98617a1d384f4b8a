package nats

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/nats-io/nats.go/jetstream"
)

// Pending returns the number of article messages not yet done.
func (q *Queue) Pending(ctx context.Context) (int, error) {
	articles, _, err := q.Backlog(ctx)
	return articles, err
}

// Backlog returns the article messages and rebuild requests still in the
// stream: queued, in flight, or left behind by a server crash until a
// worker's Recover has handled them. Both zero means every submitted
// article is stored and the corpus rebuilt.
func (q *Queue) Backlog(ctx context.Context) (articles, rebuilds int, err error) {
	info, err := q.streamInfo(ctx)
	if err != nil {
		return 0, 0, err
	}
	return int(info.State.Subjects[q.names.articles]), int(info.State.Subjects[q.names.rebuild]), nil
}

func (q *Queue) streamInfo(ctx context.Context) (*jetstream.StreamInfo, error) {
	st, err := q.js.Stream(ctx, q.names.stream)
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", q.names.stream, err)
	}
	info, err := st.Info(ctx, jetstream.WithSubjectFilter(q.subjectsFilter()))
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", q.names.stream, err)
	}
	return info, nil
}

func (q *Queue) consumerInfo(ctx context.Context, name string) (*jetstream.ConsumerInfo, error) {
	c, err := q.js.Consumer(ctx, q.names.stream, name)
	if err != nil {
		return nil, fmt.Errorf("consumer %s: %w", name, err)
	}
	info, err := c.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("consumer %s: %w", name, err)
	}
	return info, nil
}

// Recover handles messages a server crash left in the stream where no
// consumer will deliver them again: a server killed between a worker's ack
// and the message's deletion leaves acked messages behind, and one that
// loses its consumers' recent state forgets deliveries that were never
// acked. When a consumer has nothing queued or in flight but its subject
// still holds messages, every such message is a leftover: its articles go
// through h (which stores them idempotently: an article already stored is
// "unchanged") and the message is deleted; leftover rebuild requests are
// deleted (the worker asks again while the store's derived state is
// behind). It returns how many leftovers it handled.
func (q *Queue) Recover(ctx context.Context, h Handler) (int, error) {
	// The stream first, then the consumers: a message published in between
	// is counted by its consumer, so it is never taken for a leftover.
	info, err := q.streamInfo(ctx)
	if err != nil {
		return 0, err
	}
	handled := 0
	for _, c := range []struct {
		consumer, subject string
		articles          bool
	}{{q.names.workers, q.names.articles, true}, {q.names.rebuilder, q.names.rebuild, false}} {
		stored := int(info.State.Subjects[c.subject])
		if stored == 0 {
			continue
		}
		ci, err := q.consumerInfo(ctx, c.consumer)
		if err != nil {
			return handled, err
		}
		if int(ci.NumPending)+ci.NumAckPending > 0 {
			continue // work in hand: not quiescent, look again later
		}
		n, err := q.recoverSubject(ctx, info.State.FirstSeq, info.State.LastSeq, c.subject, c.articles, h)
		handled += n
		if err != nil {
			return handled, err
		}
	}
	return handled, nil
}

// recoverSubject reads the messages of subject between first and last,
// hands articles to h in batches, and deletes what it handled.
func (q *Queue) recoverSubject(ctx context.Context, first, last uint64, subject string, articles bool, h Handler) (int, error) {
	st, err := q.js.Stream(ctx, q.names.stream)
	if err != nil {
		return 0, fmt.Errorf("stream %s: %w", q.names.stream, err)
	}
	handled := 0
	var seqs []uint64
	var batch []*kroniek.Article
	flush := func() error {
		if len(seqs) == 0 {
			return nil
		}
		if len(batch) > 0 {
			if err := h(ctx, batch); err != nil {
				return fmt.Errorf("recover %d articles: %w", len(batch), err)
			}
		}
		for _, seq := range seqs {
			if err := st.DeleteMsg(ctx, seq); err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) {
				return fmt.Errorf("delete recovered message %d: %w", seq, err)
			}
			handled++
		}
		seqs, batch = seqs[:0], batch[:0]
		return nil
	}
	for seq := first; seq <= last && ctx.Err() == nil; seq++ {
		m, err := st.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return handled, fmt.Errorf("read message %d: %w", seq, err)
		}
		if m.Subject != subject {
			continue
		}
		seqs = append(seqs, seq)
		if articles {
			var w article
			if err := json.Unmarshal(m.Data, &w); err == nil {
				a := w.Article
				a.Body = w.Body
				batch = append(batch, &a)
			}
		}
		if len(seqs) == 50 {
			if err := flush(); err != nil {
				return handled, err
			}
		}
	}
	if err := flush(); err != nil {
		return handled, err
	}
	return handled, ctx.Err()
}

// subjectsFilter matches both subjects of the deployment.
func (q *Queue) subjectsFilter() string {
	return strings.TrimSuffix(q.names.articles, "articles") + ">"
}

// WorkerInfo is what a worker tells the others and `kroniek status` about
// itself, every few seconds.
type WorkerInfo struct {
	ID         string    `json:"id"` // host:pid
	Host       string    `json:"host"`
	PID        int       `json:"pid"`
	Store      string    `json:"store"`
	Started    time.Time `json:"started"`
	Seen       time.Time `json:"seen"`
	Batches    int64     `json:"batches"`
	Articles   int64     `json:"articles"`
	Rebuilds   int64     `json:"rebuilds"`
	Rebuilding bool      `json:"rebuilding"`
	LastError  string    `json:"last_error,omitempty"`
}

// WorkerTTL is how long a worker stays listed after its last heartbeat.
const WorkerTTL = 30 * time.Second

func (q *Queue) registry(ctx context.Context) (jetstream.KeyValue, error) {
	kv, err := q.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{Bucket: q.names.registry, TTL: WorkerTTL, Storage: jetstream.MemoryStorage})
	if err != nil {
		return nil, fmt.Errorf("worker registry: %w", err)
	}
	return kv, nil
}

// Heartbeat records w in the registry of workers.
func (q *Queue) Heartbeat(ctx context.Context, w WorkerInfo) error {
	kv, err := q.registry(ctx)
	if err != nil {
		return err
	}
	w.Seen = time.Now().UTC()
	data, err := json.Marshal(w)
	if err != nil {
		return fmt.Errorf("encode worker info: %w", err)
	}
	if _, err := kv.Put(ctx, registryKey(w.ID), data); err != nil {
		return fmt.Errorf("worker heartbeat: %w", err)
	}
	return nil
}

// Deregister removes a stopping worker from the registry.
func (q *Queue) Deregister(ctx context.Context, id string) error {
	kv, err := q.registry(ctx)
	if err != nil {
		return err
	}
	if err := kv.Delete(ctx, registryKey(id)); err != nil && !errors.Is(err, jetstream.ErrKeyNotFound) {
		return fmt.Errorf("deregister worker: %w", err)
	}
	return nil
}

// registryKey is a worker id as a key the registry accepts.
func registryKey(id string) string {
	return strings.NewReplacer(":", "_", ".", "_", "/", "_", " ", "_").Replace(id)
}

// Status is the state of a deployment as the queue sees it.
type Status struct {
	Queue            string       `json:"queue"`
	Stream           string       `json:"stream"`
	Store            string       `json:"store,omitempty"` // the store the queue serves, once a worker bound it
	Queued           int          `json:"queued"`          // articles not yet delivered to a worker
	InFlight         int          `json:"in_flight"`       // articles delivered, not yet acked
	Redelivered      int          `json:"redelivered"`     // articles delivered more than once (a worker died or failed)
	RebuildsQueued   int          `json:"rebuilds_queued"`
	RebuildsInFlight int          `json:"rebuilds_in_flight"`
	Workers          []WorkerInfo `json:"workers"`
}

// Status reads the deployment's queue, consumers and worker registry.
func (q *Queue) Status(ctx context.Context) (Status, error) {
	s := Status{Queue: q.queueName(), Stream: q.names.stream}
	st, err := q.js.Stream(ctx, q.names.stream)
	if err != nil {
		return s, fmt.Errorf("stream %s: %w", q.names.stream, err)
	}
	s.Store = strings.TrimPrefix(st.CachedInfo().Config.Description, storeTag)
	w, err := q.consumerInfo(ctx, q.names.workers)
	if err != nil {
		return s, err
	}
	s.Queued, s.InFlight, s.Redelivered = int(w.NumPending), w.NumAckPending, w.NumRedelivered
	r, err := q.consumerInfo(ctx, q.names.rebuilder)
	if err != nil {
		return s, err
	}
	s.RebuildsQueued, s.RebuildsInFlight = int(r.NumPending), r.NumAckPending
	kv, err := q.registry(ctx)
	if err != nil {
		return s, err
	}
	keys, err := kv.ListKeys(ctx)
	if err != nil {
		return s, fmt.Errorf("list workers: %w", err)
	}
	for k := range keys.Keys() {
		e, err := kv.Get(ctx, k)
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			continue
		}
		if err != nil {
			return s, fmt.Errorf("worker %s: %w", k, err)
		}
		var wi WorkerInfo
		if json.Unmarshal(e.Value(), &wi) == nil {
			s.Workers = append(s.Workers, wi)
		}
	}
	sort.Slice(s.Workers, func(i, j int) bool { return s.Workers[i].ID < s.Workers[j].ID })
	return s, nil
}
