package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"slices"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/event"
)

// writeEvents writes a store's events as GDELT-like CSV (one row per
// merged event) or as PLOVER-style JSON records.
func writeEvents(w io.Writer, doc *kroniek.Export, format string) error {
	entities := make(map[string]*kroniek.Entity, len(doc.Entities))
	for _, e := range doc.Entities {
		entities[e.ID] = e
	}
	articles := make(map[string]*kroniek.Article, len(doc.Articles))
	urls := map[string]bool{}
	for _, a := range doc.Articles {
		articles[a.ID] = &kroniek.Article{ID: a.ID, Source: a.Source, URL: a.URL, Outlet: a.Outlet, Title: a.Title}
		if a.Published != nil {
			articles[a.ID].Published = *a.Published
		}
		if a.URL != "" {
			urls[a.URL] = true
		}
	}
	if format == "plover" {
		return event.WritePLOVER(w, doc.Events, entities, articles)
	}
	var b bytes.Buffer
	if err := event.WriteCSV(&b, doc.Events, entities, articles); err != nil {
		return err
	}
	return urlsOnly(w, &b, urls)
}

// urlsOnly copies the events CSV in r to w with its first_source_url
// column empty where it holds no article's URL: event.WriteCSV falls back
// to where the article was read from (a file path) or its id, and a
// column named URL, as GDELT's SOURCEURL, holds a URL or nothing.
func urlsOnly(w io.Writer, r io.Reader, urls map[string]bool) error {
	rows, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return fmt.Errorf("read events csv: %w", err)
	}
	if len(rows) == 0 {
		return nil
	}
	col := slices.Index(rows[0], "first_source_url")
	for i, row := range rows {
		if i > 0 && col >= 0 && col < len(row) && !urls[row[col]] {
			row[col] = ""
		}
	}
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(rows); err != nil {
		return fmt.Errorf("write events csv: %w", err)
	}
	return nil
}
