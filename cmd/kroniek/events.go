package main

import (
	"io"

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
	for _, a := range doc.Articles {
		articles[a.ID] = &kroniek.Article{ID: a.ID, Source: a.Source, URL: a.URL, Outlet: a.Outlet, Title: a.Title}
		if a.Published != nil {
			articles[a.ID].Published = *a.Published
		}
	}
	if format == "plover" {
		return event.WritePLOVER(w, doc.Events, entities, articles)
	}
	return event.WriteCSV(w, doc.Events, entities, articles)
}
