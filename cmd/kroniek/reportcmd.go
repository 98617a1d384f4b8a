package main

import (
	"context"
	"fmt"

	"github.com/kroniek/kroniek"
)

// reportCommand prints the chronicle of a store as `kroniek analyze`
// prints it after a run, without reading or analysing anything: the
// report of every article the store holds.
var reportCommand = &command{
	summary:  "print the chronicle of a store, as analyze prints it, without analysing anything",
	synopsis: "Usage: kroniek report [--db kroniek.db]\n\nPrint the chronicle of every article in a store (stories, quotes, figures, timeline), as `kroniek analyze` prints it after a run; nothing is read or analysed.",
	store:    readStore, stale: true, nargs: noArgs, argsErr: "usage: kroniek report [--db FILE]", flags: reportFlags,
}

// reportFlags declares the flags of `kroniek report` and returns its body.
func reportFlags(x *call) func(context.Context) error {
	return func(ctx context.Context) error {
		var ids []string
		for offset := 0; ; offset += 500 {
			as, total, err := x.store.Articles(ctx, kroniek.ArticleFilter{Page: kroniek.Page{Offset: offset, Limit: 500}})
			if err != nil {
				return fmt.Errorf("list articles: %w", err)
			}
			for _, a := range as {
				ids = append(ids, a.ID)
			}
			if len(as) == 0 || offset+len(as) >= total {
				break
			}
		}
		doc, err := reportDoc(ctx, x.store, ids)
		if err != nil {
			return err
		}
		writeChronicle(x.Stdout, doc, "")
		return nil
	}
}
