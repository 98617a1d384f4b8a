package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/kroniek/kroniek"
	khttp "github.com/kroniek/kroniek/http"
)

// ServeCommand serves the chronicle of a store over HTTP: the web page,
// the JSON API, /healthz and /metrics.
type ServeCommand struct {
	Main *Main
}

// Run runs `kroniek serve`.
func (c *ServeCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kroniek serve", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	db := storeFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	dsn := *db
	store, err := openExisting(dsn)
	if err != nil {
		return err
	}
	defer store.Close()
	return serveStore(ctx, c.Main, store, *addr)
}

// serveStore serves the chronicle of store on addr until ctx is done.
func serveStore(ctx context.Context, m *Main, store kroniek.Store, addr string) error {
	s, err := khttp.NewServer(store)
	if err != nil {
		return err
	}
	s.Addr = addr
	if err := s.Open(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "kroniek: serving on %s (Ctrl-C to stop)\n", s.URL())
	<-ctx.Done()
	return s.Close()
}
