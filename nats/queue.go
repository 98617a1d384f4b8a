package nats

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Names of the default deployment's stream and subjects. Another
// deployment (Options.Queue) gets its own stream, subjects and consumers,
// so two deployments on one NATS never take each other's work.
const (
	StreamName      = "KRONIEK"
	ArticlesSubject = "kroniek.articles"
	RebuildSubject  = "kroniek.rebuild"
)

// Options configure a queue.
type Options struct {
	// Queue names the deployment: its stream, subjects, consumers and
	// worker registry. Empty is the default deployment "kroniek".
	Queue string
	// Store identifies the store the workers of this queue write to (a
	// DSN without its password, or a SQLite path). A worker refuses a
	// queue that serves another store. Empty for publishers.
	Store string
	// AckWait is how long a worker has to ack a batch before its messages
	// are redelivered to another worker (default 60 s).
	AckWait time.Duration
	// RebuildAckWait is how long a rebuild request stays with a worker that
	// stopped answering (default 15 s). A running rebuild tells the server
	// it is alive every third of this, however long it takes.
	RebuildAckWait time.Duration
	// MaxDeliver bounds redeliveries of one message (default 20); a
	// message that fails that often is left for an operator.
	MaxDeliver int
	// Name identifies the connection in the server's monitoring.
	Name string
	// RebuildDelay is how long a rebuild may wait while articles are still
	// queued (default 10 s): rebuilding once after a burst is cheaper than
	// after every batch, and the corpus is never staler than this.
	RebuildDelay time.Duration
	// FailFast makes Open give up after ConnectTimeout when the server
	// cannot be reached or has no JetStream, instead of retrying: for
	// commands a person waits on (submit, status).
	FailFast bool
	// ConnectTimeout bounds a fail-fast Open (default 10 s).
	ConnectTimeout time.Duration
	// Auth holds credentials and TLS settings.
	Auth Auth
}

// Auth is how a client proves itself to the NATS server and checks it.
type Auth struct {
	Creds   string // a .creds file (JWT and nkey seed)
	NKey    string // an nkey seed file
	TLSCA   string // CA certificate of the server (enables TLS)
	TLSCert string // client certificate (mutual TLS)
	TLSKey  string // client key
}

// options turns Auth into nats.go options.
func (a Auth) options() ([]nats.Option, error) {
	var opts []nats.Option
	if a.Creds != "" {
		opts = append(opts, nats.UserCredentials(a.Creds))
	}
	if a.NKey != "" {
		o, err := nats.NkeyOptionFromSeed(a.NKey)
		if err != nil {
			return nil, fmt.Errorf("nkey seed %s: %w", a.NKey, err)
		}
		opts = append(opts, o)
	}
	if a.TLSCA != "" {
		opts = append(opts, nats.RootCAs(a.TLSCA))
	}
	if a.TLSCert != "" || a.TLSKey != "" {
		opts = append(opts, nats.ClientCert(a.TLSCert, a.TLSKey))
	}
	return opts, nil
}

// names are the stream, subjects and consumers of one deployment.
type names struct {
	stream, articles, rebuild, workers, rebuilder, registry string
}

// namesFor derives a deployment's names; the default deployment keeps the
// names earlier versions used, so a running stream stays valid.
func namesFor(queue string) (names, error) {
	if queue == "" || queue == "kroniek" {
		return names{StreamName, ArticlesSubject, RebuildSubject, "kroniek-workers", "kroniek-rebuild", "KRONIEK_WORKERS"}, nil
	}
	for _, r := range queue {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return names{}, fmt.Errorf("queue name %q: use lower-case letters, digits, - and _", queue)
		}
	}
	up := strings.ToUpper(strings.ReplaceAll(queue, "-", "_"))
	return names{
		stream: "KRONIEK_" + up, articles: "kroniek." + queue + ".articles", rebuild: "kroniek." + queue + ".rebuild",
		workers: "kroniek-" + queue + "-workers", rebuilder: "kroniek-" + queue + "-rebuild", registry: "KRONIEK_" + up + "_WORKERS",
	}, nil
}

// Queue is a connection to one deployment's stream.
type Queue struct {
	nc    *nats.Conn
	js    jetstream.JetStream
	opts  Options
	names names
}

// Open connects to the NATS server at url and makes sure the stream and
// its consumers exist. Unless FailFast is set the connection reconnects
// forever; publishers and workers ride out a server restart. A worker
// (Options.Store set) binds the queue to its store and is refused a queue
// bound to another one.
func Open(ctx context.Context, url string, opts Options) (*Queue, error) {
	if opts.AckWait == 0 {
		opts.AckWait = 60 * time.Second
	}
	if opts.RebuildAckWait == 0 {
		opts.RebuildAckWait = 15 * time.Second
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
	if opts.ConnectTimeout == 0 {
		opts.ConnectTimeout = 10 * time.Second
	}
	n, err := namesFor(opts.Queue)
	if err != nil {
		return nil, err
	}
	auth, err := opts.Auth.options()
	if err != nil {
		return nil, err
	}
	copts := append([]nats.Option{
		nats.Name(opts.Name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(250 * time.Millisecond),
		nats.ReconnectBufSize(32 << 20),
	}, auth...)
	if opts.FailFast {
		copts = append(copts, nats.Timeout(opts.ConnectTimeout))
	} else {
		copts = append(copts, nats.RetryOnFailedConnect(true))
	}
	nc, err := nats.Connect(url, copts...)
	if err != nil {
		return nil, fmt.Errorf("connect nats %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	q := &Queue{nc: nc, js: js, opts: opts, names: n}
	if opts.FailFast {
		cctx, cancel := context.WithTimeout(ctx, opts.ConnectTimeout)
		_, err := js.AccountInfo(cctx)
		cancel()
		if err != nil {
			nc.Close()
			if errors.Is(err, jetstream.ErrJetStreamNotEnabled) || errors.Is(err, jetstream.ErrJetStreamNotEnabledForAccount) {
				return nil, fmt.Errorf("nats %s has no JetStream: start nats-server with -js (or jetstream {} in its config)", url)
			}
			return nil, fmt.Errorf("nats %s: JetStream did not answer within %v: %w", url, opts.ConnectTimeout, err)
		}
		err = q.setup(ctx)
		if err != nil {
			nc.Close()
			return nil, err
		}
		return q, nil
	}
	if err := retry(ctx, func() error { return q.setup(ctx) }); err != nil {
		nc.Close()
		return nil, err
	}
	return q, nil
}

// errOtherStore is returned to a worker whose store is not the one the
// queue serves.
var errOtherStore = errors.New("queue serves another store")

// IsOtherStore reports whether Open refused a worker because the queue
// serves another store.
func IsOtherStore(err error) bool { return errors.Is(err, errOtherStore) }

// storeTag is how a stream's description names the store it serves.
const storeTag = "kroniek queue for store "

// setup creates the stream and consumers if they do not exist and binds
// the stream to the worker's store.
func (q *Queue) setup(ctx context.Context) error {
	cfg := jetstream.StreamConfig{
		Name:       q.names.stream,
		Subjects:   []string{q.names.articles, q.names.rebuild},
		Retention:  jetstream.WorkQueuePolicy,
		Storage:    jetstream.FileStorage,
		Duplicates: 10 * time.Minute,
	}
	st, err := q.js.Stream(ctx, q.names.stream)
	switch {
	case errors.Is(err, jetstream.ErrStreamNotFound):
		if q.opts.Store != "" {
			cfg.Description = storeTag + q.opts.Store
		}
		if _, err := q.js.CreateStream(ctx, cfg); err != nil && !errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			return fmt.Errorf("create stream: %w", err)
		}
	case err != nil:
		return fmt.Errorf("stream %s: %w", q.names.stream, err)
	default:
		bound := strings.TrimPrefix(st.CachedInfo().Config.Description, storeTag)
		if q.opts.Store != "" && bound != "" && bound != q.opts.Store {
			return fmt.Errorf("%w: queue %q (stream %s) serves store %s, this worker writes to %s; give each store its own --queue",
				errOtherStore, q.queueName(), q.names.stream, bound, q.opts.Store)
		}
		if q.opts.Store != "" && bound == "" {
			cfg.Description = storeTag + q.opts.Store
			if _, err := q.js.UpdateStream(ctx, cfg); err != nil {
				return fmt.Errorf("bind stream to store: %w", err)
			}
		}
	}
	if _, err := q.js.CreateOrUpdateConsumer(ctx, q.names.stream, jetstream.ConsumerConfig{
		Durable: q.names.workers, FilterSubject: q.names.articles, AckPolicy: jetstream.AckExplicitPolicy,
		AckWait: q.opts.AckWait, MaxDeliver: q.opts.MaxDeliver, MaxAckPending: 10000,
	}); err != nil {
		return fmt.Errorf("create worker consumer: %w", err)
	}
	// One rebuild at a time across all workers: MaxAckPending 1. A worker
	// that dies holding it loses it after RebuildAckWait.
	if _, err := q.js.CreateOrUpdateConsumer(ctx, q.names.stream, jetstream.ConsumerConfig{
		Durable: q.names.rebuilder, FilterSubject: q.names.rebuild, AckPolicy: jetstream.AckExplicitPolicy,
		AckWait: q.opts.RebuildAckWait, MaxAckPending: 1,
	}); err != nil {
		return fmt.Errorf("create rebuild consumer: %w", err)
	}
	return nil
}

// queueName is the deployment's name as the user gives it.
func (q *Queue) queueName() string {
	if q.opts.Queue == "" {
		return "kroniek"
	}
	return q.opts.Queue
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

// Connected reports whether the connection to the server is up now.
func (q *Queue) Connected() bool { return q.nc != nil && q.nc.IsConnected() }
