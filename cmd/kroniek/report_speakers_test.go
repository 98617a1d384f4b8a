package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestReportSpeakersNamedFirst: the report's Said lists named speakers
// first, then the ones the article only describes ("een van hen"), then
// the unknown, as the web page does, even when the described one has
// more lines than the named one.
func TestReportSpeakersNamedFirst(t *testing.T) {
	s := &kroniek.Story{ID: "s1", Articles: []string{"a1"}}
	doc := &kroniek.Export{Quotes: []kroniek.Quote{
		{Article: "a1", Start: 0, Text: "Eén", Kind: kroniek.QuoteDirect},
		{Article: "a1", Start: 10, Text: "Het einde is nabij", Kind: kroniek.QuoteDirect, SpeakerText: "een van hen"},
		{Article: "a1", Start: 40, Text: "Zij is weg", Kind: kroniek.QuoteDirect, SpeakerText: "Een van hen"},
		{Article: "a1", Start: 60, Text: "Wij gaan door", Kind: kroniek.QuoteDirect, Speaker: "e-jansen", SpeakerText: "Jansen"},
	}}
	byID := map[string]kroniek.ExportArticle{"a1": {ID: "a1"}}
	entities := map[string]*kroniek.Entity{"e-jansen": {ID: "e-jansen", Name: "Piet Jansen"}}
	var b bytes.Buffer
	writeQuotes(&b, s, doc, newStoryRefs(s, byID), entities, reportedLines)
	out := b.String()
	named, vague, unknown := strings.Index(out, "Piet Jansen:"), strings.Index(out, "een van hen:"), strings.Index(out, "unknown speaker:")
	if named < 0 || vague < 0 || unknown < 0 || !(named < vague && vague < unknown) {
		t.Errorf("speakers at %d (named), %d (described), %d (unknown): want that order\n%s", named, vague, unknown, out)
	}
}

// TestReportJointSpeakers: a quote of two named parties is said by both,
// "A and B", not by the first alone.
func TestReportJointSpeakers(t *testing.T) {
	s := &kroniek.Story{ID: "s1", Articles: []string{"a1"}}
	doc := &kroniek.Export{Quotes: []kroniek.Quote{
		{Article: "a1", Start: 40, Text: "het park blijft", Kind: kroniek.QuoteIndirect, Speaker: "e-bomen", SpeakerText: "de PvdB",
			CoSpeakers: []kroniek.CoSpeaker{{ID: "e-vos", Text: "Vos", Start: 12, End: 15}}},
	}}
	byID := map[string]kroniek.ExportArticle{"a1": {ID: "a1"}}
	entities := map[string]*kroniek.Entity{"e-bomen": {ID: "e-bomen", Name: "Partij voor de Bomen"}, "e-vos": {ID: "e-vos", Name: "Anna Vos"}}
	var b bytes.Buffer
	writeQuotes(&b, s, doc, newStoryRefs(s, byID), entities, reportedLines)
	if out := b.String(); !strings.Contains(out, "Partij voor de Bomen and Anna Vos:") {
		t.Errorf("joint speakers not named together:\n%s", out)
	}
}
