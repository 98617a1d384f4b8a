package main

import (
	"context"
	"fmt"

	"github.com/kroniek/kroniek"
	khttp "github.com/kroniek/kroniek/http"
)

// serveCommand serves the chronicle of a store over HTTP: the web page,
// the JSON API, /healthz and /metrics.
var serveCommand = &command{
	summary:  "serve the chronicle as a web page and JSON API",
	synopsis: "Usage: kroniek serve [--db kroniek.db | --pg DSN] [--addr 127.0.0.1:8080]\n\nServe the chronicle as a web page and a JSON API (its OpenAPI document at /api/openapi.json).",
	store:    readStore, nargs: noArgs, argsErr: storeArgErr, flags: serveFlags,
}

// serveFlags declares the flags of `kroniek serve` and returns its body.
func serveFlags(x *call) func(context.Context) error {
	addr := x.fs.String("addr", "127.0.0.1:8080", "address to listen on")
	return func(ctx context.Context) error { return serveStore(ctx, x.Main, x.store, *addr) }
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
