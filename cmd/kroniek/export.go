package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/kroniek/kroniek"
)

// exportCommand prints a store in the export contract.
var exportCommand = &command{
	summary: "print a store: --format json, jsonl, events-csv or plover",
	store:   readStore, stale: true, nargs: noArgs, argsErr: storeArgErr, flags: exportFlags,
}

// exportFlags declares the flags of `kroniek export` and returns its body.
func exportFlags(x *call) func(context.Context) error {
	format := x.fs.String("format", "json", "json | jsonl | events-csv | plover")
	return func(ctx context.Context) error {
		doc, err := x.store.Export(ctx)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return writeExport(x.Stdout, doc, *format)
	}
}

// writeExport writes doc in one of the export formats.
func writeExport(w io.Writer, doc *kroniek.Export, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(doc)
	case "jsonl":
		return writeJSONL(w, doc)
	case "events-csv", "plover":
		return writeEvents(w, doc, format)
	}
	return usageError{fmt.Sprintf("unknown format %q (json, jsonl, events-csv, plover)", format)}
}

// writeJSONL writes one JSON object per line, each tagged with its kind.
func writeJSONL(w io.Writer, doc *kroniek.Export) error {
	enc := json.NewEncoder(w)
	for _, write := range []func() error{
		func() error { return writeKind(enc, "article", doc.Articles) },
		func() error { return writeKind(enc, "entity", doc.Entities) },
		func() error { return writeKind(enc, "quote", doc.Quotes) },
		func() error { return writeKind(enc, "amount", doc.Amounts) },
		func() error { return writeKind(enc, "time", doc.Times) },
		func() error { return writeKind(enc, "event", doc.Events) },
		func() error { return writeKind(enc, "story", doc.Stories) },
	} {
		if err := write(); err != nil {
			return err
		}
	}
	return nil
}

// writeKind writes each of xs as a JSON line tagged with kind.
func writeKind[T any](enc *json.Encoder, kind string, xs []T) error {
	for _, x := range xs {
		err := enc.Encode(struct {
			Kind string `json:"kind"`
			Data any    `json:"data"`
		}{kind, x})
		if err != nil {
			return err
		}
	}
	return nil
}

// scopedExport returns the part of the store's export that concerns the
// given articles: them, the stories they are in, the entities they
// mention, and their items.
func scopedExport(ctx context.Context, store kroniek.Store, ids []string) (*kroniek.Export, error) {
	full, err := store.Export(ctx)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	in := make(map[string]bool, len(ids))
	for _, id := range ids {
		in[id] = true
	}
	out := &kroniek.Export{
		Articles: inArticles(full.Articles, func(a kroniek.ExportArticle) string { return a.ID }, in),
		Entities: []*kroniek.Entity{},
		Quotes:   inArticles(full.Quotes, func(q kroniek.Quote) string { return q.Article }, in),
		Amounts:  inArticles(full.Amounts, func(a kroniek.Amount) string { return a.Article }, in),
		Times:    inArticles(full.Times, func(t kroniek.TimeRef) string { return t.Article }, in),
		Events:   inArticles(full.Events, func(e kroniek.Event) string { return e.Article }, in),
		Stories:  []*kroniek.Story{},
	}
	for _, e := range full.Entities {
		var ms []kroniek.Mention
		for _, m := range e.Mentions {
			if in[m.Article] {
				ms = append(ms, m)
			}
		}
		if len(ms) == 0 {
			continue
		}
		e2 := *e
		e2.Mentions, e2.Count = ms, len(ms)
		out.Entities = append(out.Entities, &e2)
	}
	sort.SliceStable(out.Entities, func(i, j int) bool { return out.Entities[i].Count > out.Entities[j].Count })
	for _, s := range full.Stories {
		for _, a := range s.Articles {
			if in[a] {
				out.Stories = append(out.Stories, s)
				break
			}
		}
	}
	return out, nil
}

// inArticles returns the xs whose article is in the set, never nil.
func inArticles[T any](xs []T, article func(T) string, in map[string]bool) []T {
	out := []T{}
	for _, x := range xs {
		if in[article(x)] {
			out = append(out, x)
		}
	}
	return out
}
