package main

import (
	"context"

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
		if err := eachArticle(ctx, x.store, func(a *kroniek.Article) { ids = append(ids, a.ID) }); err != nil {
			return err
		}
		doc, err := reportDoc(ctx, x.store, ids)
		if err != nil {
			return err
		}
		writeChronicle(x.Stdout, doc, "")
		return nil
	}
}
