package main

import (
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// TestExtractorsOnUnannotatedText: the pipeline annotates only Dutch
// documents, so a Dutch text detected as another language reaches the
// extractors without a parse. On every dpgmedia article read that way no
// extractor may panic (a nil speaker in quote's "volgens X" reading once
// did, seen through `kroniek bench`).
func TestExtractorsOnUnannotatedText(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole dpgmedia corpus: not with -short")
	}
	s, err := newStages()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range shared.Corpus(t) {
		text, _, heads := s.Clean(a.Text)
		doc := nl.Parse(text, nl.Options{Lang: "af", Headings: heads})
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("article %s read as Afrikaans: panic: %v", a.ID, r)
				}
			}()
			tagged := s.Tag(doc)
			locals, mentions := s.Local(doc, tagged)
			times := s.Times(doc, a.Published)
			_ = s.Amounts(doc)
			quotes := s.Quotes(doc, mentions, locals)
			_ = s.Events(doc, mentions, locals, times, quotes, a.Published)
		}()
	}
}
