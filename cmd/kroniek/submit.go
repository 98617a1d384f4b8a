package main

import (
	"context"
	"fmt"
	"time"

	"github.com/kroniek/kroniek"
	knats "github.com/kroniek/kroniek/nats"
	"github.com/kroniek/kroniek/source"
)

// submitCommand reads articles like analyze does and publishes them to
// the NATS JetStream stream for workers to analyse.
var submitCommand = &command{
	summary:  "publish articles to NATS JetStream for workers",
	synopsis: "Usage: kroniek submit [--nats URL] [flags] PATH...\n\nPublish articles to NATS JetStream for workers; PATH is a file, a directory, - for stdin, or a URL.",
	nargs:    [2]int{1, -1}, argsErr: "no input: give one or more files, directories, URLs or -", flags: submitFlags,
}

// submitFlags declares the flags of `kroniek submit` and returns its body.
func submitFlags(x *call) func(context.Context) error {
	nf := addNATSFlags(x.fs)
	timeout := x.fs.Duration("timeout", 10*time.Second, "give up when NATS does not answer (or has no JetStream) within this time")
	maxSize := x.fs.Int64("max-size", source.DefaultMaxSize, "largest input file in bytes")
	meta := addMetaFlags(x.fs, "JSONL or CSV file of metadata joined by id (repeatable)")
	return func(ctx context.Context) error { return submit(ctx, x, nf, *timeout, *maxSize, meta) }
}

// submit runs `kroniek submit`.
func submit(ctx context.Context, x *call, nf *natsFlags, timeout time.Duration, maxSize int64, meta *metaFlags) error {
	m, err := meta.parse()
	if err != nil {
		return usageError{err.Error()}
	}
	q, err := knats.Open(ctx, *nf.url, nf.options(knats.Options{Name: "kroniek-submit", FailFast: true, ConnectTimeout: timeout}))
	if err != nil {
		return err
	}
	defer q.Close()
	failed := 0
	var pub knats.Published
	var batch []*kroniek.Article
	flush := func() error {
		for _, a := range batch {
			dup, err := q.PublishOne(ctx, a)
			if knats.IsPermanent(err) {
				failed++
				printProblem(x.Stderr, kroniek.Problem{Location: a.Source, Err: err, Message: err.Error()})
				continue
			} else if err != nil {
				return err
			}
			if dup {
				pub.Duplicates++
			} else {
				pub.Accepted++
			}
		}
		batch = batch[:0]
		return nil
	}
	emit := func(a *kroniek.Article) error {
		batch = append(batch, a)
		if len(batch) == 100 {
			return flush()
		}
		return nil
	}
	report := func(p kroniek.Problem) {
		if !p.Warning {
			failed++
		}
		printProblem(x.Stderr, p)
	}
	if err := source.Read(ctx, x.args(), source.Options{MaxSize: maxSize, Meta: m, Stdin: x.Stdin}, emit, report); err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	fmt.Fprintf(x.Stderr, "kroniek: submitted %s to queue %s\n", plural(pub.Accepted, "article", "articles"), *nf.queue)
	if pub.Duplicates > 0 {
		fmt.Fprintf(x.Stderr, "kroniek: %d more were dropped by the server as copies of articles submitted in the last 10 minutes (nothing changed in them)\n", pub.Duplicates)
	}
	if failed > 0 {
		return errSomeInputFailed
	}
	return nil
}
