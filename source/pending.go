package source

import (
	"context"
	"errors"
	"io"
)

// errNotYet is returned by readers that have not landed yet.
var errNotYet = errors.New("format not yet supported")

// Temporary stand-ins until html.go, feed.go, warc.go and fetch.go land;
// this file is deleted then.

func readHTML(ctx context.Context, name string, r io.Reader, opts Options, emit Emit, report Report) error {
	return errNotYet
}

func readFeed(ctx context.Context, name string, r io.Reader, opts Options, emit Emit, report Report) error {
	return errNotYet
}

func readWARC(ctx context.Context, name string, r io.Reader, opts Options, emit Emit, report Report) error {
	return errNotYet
}

func readURL(ctx context.Context, url string, opts Options, emit Emit, report Report) error {
	return errNotYet
}
