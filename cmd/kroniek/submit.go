package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/kroniek/kroniek"
	knats "github.com/kroniek/kroniek/nats"
	"github.com/kroniek/kroniek/source"
)

// SubmitCommand reads articles like analyze does and publishes them to
// the NATS JetStream stream for workers to analyse.
type SubmitCommand struct {
	Main *Main
}

// Run runs `kroniek submit`.
func (c *SubmitCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kroniek submit", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	nf := addNATSFlags(fs)
	timeout := fs.Duration("timeout", 10*time.Second, "give up when NATS does not answer (or has no JetStream) within this time")
	maxSize := fs.Int64("max-size", source.DefaultMaxSize, "largest input file in bytes")
	var meta, metaMap stringList
	fs.Var(&meta, "meta", "JSONL or CSV file of metadata joined by id (repeatable)")
	fs.Var(&metaMap, "meta-map", "rename a metadata field, e.g. publisher=outlet (repeatable)")
	metaKey := fs.String("meta-key", "id", "the id field of --meta files")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"no input: give one or more files, directories, URLs or -"}
	}
	m, err := source.ParseMetaFlags(meta, *metaKey, metaMap)
	if err != nil {
		return usageError{err.Error()}
	}
	q, err := knats.Open(ctx, *nf.url, nf.options(knats.Options{Name: "kroniek-submit", FailFast: true, ConnectTimeout: *timeout}))
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
				fmt.Fprintf(c.Main.Stderr, "kroniek: %s: %v\n", a.Source, err)
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
		fmt.Fprintf(c.Main.Stderr, "kroniek: %s\n", p.Error())
	}
	if err := source.Read(ctx, fs.Args(), source.Options{MaxSize: *maxSize, Meta: m, Stdin: c.Main.Stdin}, emit, report); err != nil {
		return err
	}
	if err := flush(); err != nil {
		return err
	}
	fmt.Fprintf(c.Main.Stderr, "kroniek: submitted %d articles to queue %s\n", pub.Accepted, *nf.queue)
	if pub.Duplicates > 0 {
		fmt.Fprintf(c.Main.Stderr, "kroniek: %d more were dropped by the server as copies of articles submitted in the last 10 minutes (nothing changed in them)\n", pub.Duplicates)
	}
	if failed > 0 {
		return errSomeInputFailed
	}
	return nil
}
