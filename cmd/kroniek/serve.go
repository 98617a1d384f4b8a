package main

import (
	"context"

	"github.com/kroniek/kroniek"
)

// serveStore serves the chronicle of store over HTTP until ctx is done.
func serveStore(ctx context.Context, m *Main, store kroniek.Store, addr string) error {
	return kroniek.Errorf(kroniek.ENOTIMPLEMENTED, "the web page is not built in yet")
}
