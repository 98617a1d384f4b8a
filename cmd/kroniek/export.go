package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"

	"github.com/kroniek/kroniek"
)

// ExportCommand prints a store in the export contract.
type ExportCommand struct {
	Main *Main
}

// Run runs `kroniek export`.
func (c *ExportCommand) Run(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kroniek export", flag.ContinueOnError)
	fs.SetOutput(c.Main.Stderr)
	db := storeFlag(fs)
	format := fs.String("format", "json", "json | jsonl | events-csv | plover")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	store, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	warnStale(ctx, c.Main, store, *db)
	doc, err := store.Export(ctx)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return writeExport(c.Main.Stdout, doc, *format)
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
	put := func(kind string, v any) error {
		return enc.Encode(struct {
			Kind string `json:"kind"`
			Data any    `json:"data"`
		}{kind, v})
	}
	for _, a := range doc.Articles {
		if err := put("article", a); err != nil {
			return err
		}
	}
	for _, e := range doc.Entities {
		if err := put("entity", e); err != nil {
			return err
		}
	}
	for _, q := range doc.Quotes {
		if err := put("quote", q); err != nil {
			return err
		}
	}
	for _, a := range doc.Amounts {
		if err := put("amount", a); err != nil {
			return err
		}
	}
	for _, t := range doc.Times {
		if err := put("time", t); err != nil {
			return err
		}
	}
	for _, e := range doc.Events {
		if err := put("event", e); err != nil {
			return err
		}
	}
	for _, s := range doc.Stories {
		if err := put("story", s); err != nil {
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
		Articles: []kroniek.ExportArticle{}, Entities: []*kroniek.Entity{}, Quotes: []kroniek.Quote{},
		Amounts: []kroniek.Amount{}, Times: []kroniek.TimeRef{}, Events: []kroniek.Event{}, Stories: []*kroniek.Story{},
	}
	for _, a := range full.Articles {
		if in[a.ID] {
			out.Articles = append(out.Articles, a)
		}
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
	for _, q := range full.Quotes {
		if in[q.Article] {
			out.Quotes = append(out.Quotes, q)
		}
	}
	for _, a := range full.Amounts {
		if in[a.Article] {
			out.Amounts = append(out.Amounts, a)
		}
	}
	for _, t := range full.Times {
		if in[t.Article] {
			out.Times = append(out.Times, t)
		}
	}
	for _, e := range full.Events {
		if in[e.Article] {
			out.Events = append(out.Events, e)
		}
	}
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
