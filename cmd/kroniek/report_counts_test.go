package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestStoryCountsCopiesAndSources counts a story's copies from its Copies
// list (they are never in Articles) and its sources as named outlets plus
// one "unknown" source for all articles without an outlet.
func TestStoryCountsCopiesAndSources(t *testing.T) {
	t.Parallel()
	s := &kroniek.Story{Articles: []string{"a", "b", "c", "d"}, Copies: []string{"e", "f"}}
	byID := map[string]kroniek.ExportArticle{
		"a": {ID: "a", Outlet: "AD"},
		"b": {ID: "b", Outlet: "Trouw"},
		"c": {ID: "c"},
		"d": {ID: "d"},
		"e": {ID: "e", Outlet: "BD"},
		"f": {ID: "f", Outlet: "AD"},
	}
	n, copies, sources := storyCounts(s, byID)
	if n != 4 || copies != 2 || sources != 3 {
		t.Errorf("storyCounts = %d articles, %d copies, %d sources; want 4, 2, 3", n, copies, sources)
	}
	if got := countLine(n, copies, sources); got != "4 articles (+2 copies) · 3 sources" {
		t.Errorf("countLine = %q", got)
	}
}

// TestReportQuoteKinds: the report lists direct and indirect speech, as
// the web page does; indirect speech is marked and never in quotes, and
// terms (scare quotes) are left out.
func TestReportQuoteKinds(t *testing.T) {
	t.Parallel()
	s := &kroniek.Story{ID: "s", Articles: []string{"a"}}
	doc := &kroniek.Export{
		Articles: []kroniek.ExportArticle{{ID: "a", Outlet: "AD"}},
		Quotes: []kroniek.Quote{
			{Article: "a", Kind: kroniek.QuoteDirect, Text: "We gaan door", SpeakerText: "Jansen"},
			{Article: "a", Kind: kroniek.QuoteIndirect, Text: "de gesprekken goed verliepen", SpeakerText: "Jansen"},
			{Article: "a", Kind: kroniek.QuoteTerm, Text: "stapsgewijze benadering"},
		},
	}
	byID := map[string]kroniek.ExportArticle{"a": doc.Articles[0]}
	var b strings.Builder
	writeQuotes(&b, s, doc, newStoryRefs(s, byID), nil, reportedLines)
	out := b.String()
	if !strings.Contains(out, "Jansen: “We gaan door”") || !strings.Contains(out, "Reported Jansen: de gesprekken goed verliepen") ||
		strings.Contains(out, "“de gesprekken") || strings.Contains(out, "stapsgewijze") {
		t.Errorf("quotes:\n%s", out)
	}
}

// TestPluralCounts: counts of one are singular.
func TestPluralCounts(t *testing.T) {
	t.Parallel()
	if got := plural(1, "story", "stories") + " · " + plural(1, "problem", "problems"); got != "1 story · 1 problem" {
		t.Errorf("plural = %q", got)
	}
}

// TestReportSmallForms: one date for a one-month span, an inferred date
// marked, no empty Outlets/Languages lines over no articles.
func TestReportSmallForms(t *testing.T) {
	t.Parallel()
	if got := span("2020-08", "2020-08"); got != "2020-08" {
		t.Errorf("span = %q", got)
	}
	if got := span("2020-08-09", "2020-09-14"); got != "2020-08-09 … 2020-09-14" {
		t.Errorf("span = %q", got)
	}
	d := "2020-09-15"
	if got := describe(kroniek.ExportArticle{ID: "a", Published: &d, PublishedInferred: true, Title: "T"}); got != "no outlet named · 2020-09-15 (inferred) · T" {
		t.Errorf("describe = %q", got)
	}
	var b strings.Builder
	writeCounts(&b, "Outlets", nil, func(a kroniek.ExportArticle) string { return a.Outlet })
	if b.Len() != 0 {
		t.Errorf("counts of no articles printed %q", b.String())
	}
	var st strings.Builder
	s := &kroniek.Story{ID: "s", Title: "T", Articles: []string{"a"}, Start: "2020-08", End: "2020-08"}
	writeStory(&st, s, &kroniek.Export{Articles: []kroniek.ExportArticle{{ID: "a"}}}, nil, nil, reportArticles)
	if out := st.String(); !strings.HasPrefix(out, "Story: T\n") || strings.Contains(out, "2020-08 … 2020-08") {
		t.Errorf("story output:\n%s", out)
	}
}

// TestReportedMoreCounted: the report shows reportedLines lines of
// reported speech and counts the rest, also when the last line shown is a
// speaker's last (the count used to be left out then).
func TestReportedMoreCounted(t *testing.T) {
	t.Parallel()
	s := &kroniek.Story{ID: "s", Articles: []string{"a"}}
	doc := &kroniek.Export{Articles: []kroniek.ExportArticle{{ID: "a", Outlet: "AD"}}}
	add := func(speaker string, n int) {
		for i := range n {
			doc.Quotes = append(doc.Quotes, kroniek.Quote{Article: "a", Kind: kroniek.QuoteIndirect, Start: len(doc.Quotes) * 10, End: len(doc.Quotes)*10 + 5,
				Text: fmt.Sprintf("%s zei iets %d", speaker, i), SpeakerText: speaker})
		}
	}
	// Speakers of as many lines keep their order (the report lists the
	// speakers of more lines first).
	add("Jansen", reportedLines-1)
	add("De Vries", 1) // the last line shown
	add("Bakker", 1)
	add("Smit", 1)
	add("Visser", 1)
	byID := map[string]kroniek.ExportArticle{"a": doc.Articles[0]}
	var b strings.Builder
	writeQuotes(&b, s, doc, newStoryRefs(s, byID), nil, reportedLines)
	out := b.String()
	if strings.Count(out, "\n") != reportedLines+1 || !strings.Contains(out, "… and 3 more (kroniek story s)\n") || strings.Contains(out, "Bakker") || strings.Contains(out, "Visser") {
		t.Errorf("reported speech of %d lines, %d shown:\n%s", reportedLines+3, reportedLines, out)
	}
}

// TestAltSpelling: the report shows an actor's other spelling, not a word
// of its name or of a longer alias ("EU (Unie)"), and an acronym's
// expansion before another alias.
func TestAltSpelling(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name    string
		aliases []string
		want    string
	}{
		{"EU", []string{"EU", "EU-27", "Europese Gemeenschap", "Europese Unie", "Unie"}, "Europese Unie"},
		{"Verenigd Koninkrijk", []string{"Brittannië", "Groot-Brittannië", "VK", "Verenigd Koninkrijk"}, "Groot-Brittannië"},
		{"Wit-Rusland", []string{"Belarus", "Wit-Rusland"}, "Belarus"},
		{"Aleksandr Loekasjenko", []string{"Aleksandr Loekasjenko", "Loekasjenko", "Loekasjenko's", "Lukashenko"}, "Lukashenko"},
		{"Vladimir Poetin", []string{"Poetin", "Poetins", "Vladimir Poetin"}, ""},
		{"Theresa May", []string{"May", "Theresa May"}, ""},
	} {
		if got := altSpelling(&kroniek.Entity{Name: c.name, Aliases: c.aliases}); got != c.want {
			t.Errorf("altSpelling(%s %q) = %q, want %q", c.name, c.aliases, got, c.want)
		}
	}
	// A typo one article made sorts first among the aliases, but the
	// spelling most mentions use is shown: "EU (Europese Unie)", not
	// "EU (Europes Unie)" (user trial 14, the dpgmedia Brexit story).
	e := &kroniek.Entity{Name: "EU", Aliases: []string{"EU", "Europes Unie", "Europese Unie"}}
	for _, text := range []string{"EU", "EU", "Europes Unie", "Europese Unie", "Europese Unie"} {
		e.Mentions = append(e.Mentions, kroniek.Mention{Text: text})
	}
	if got := altSpelling(e); got != "Europese Unie" {
		t.Errorf("altSpelling(EU, a typo once, Europese Unie twice) = %q, want Europese Unie", got)
	}
}

// TestReportNothingStored: the report of a run that stored nothing prints
// its heading and counts only, not actors of the store's earlier runs.
func TestReportNothingStored(t *testing.T) {
	doc := &kroniek.Export{Entities: []*kroniek.Entity{{ID: "e-1", Name: "Venlo", Type: "LOC", Mentions: []kroniek.Mention{{Article: "a-old"}}}}}
	var b strings.Builder
	writeChronicle(&b, doc, "  0 new, 0 updated, 0 unchanged\n")
	if strings.Contains(b.String(), "Actors") || strings.Contains(b.String(), "Venlo") {
		t.Errorf("report of an empty run:\n%s", b.String())
	}
}

// TestReportNamesNoOutlet: the report calls an article of no outlet what
// the English page and `kroniek search` call it, "no outlet named", in the
// counts, the article list and the coverage; never "unknown", which reads
// as an outlet's name (user trial 17).
func TestReportNamesNoOutlet(t *testing.T) {
	t.Parallel()
	d1, d2 := "2024-03-01", "2024-03-04"
	doc := &kroniek.Export{
		Articles: []kroniek.ExportArticle{
			{ID: "a", Outlet: "vk", Lang: "nl", Published: &d1, Title: "De brug gaat dicht"},
			{ID: "b", Lang: "nl", Published: &d2, Title: "De brug blijft langer dicht"},
			{ID: "c", Lang: "nl", Title: "Omleiding om de brug"},
		},
		Stories: []*kroniek.Story{{ID: "s", Title: "De brug", Articles: []string{"a", "b", "c"}}},
	}
	var b strings.Builder
	writeChronicle(&b, doc, "")
	out := b.String()
	for _, want := range []string{
		"  Outlets   no outlet named 2 · vk 1\n",
		"[2]  no outlet named · 2024-03-04 · De brug blijft langer dicht",
		"Coverage no outlet named: 2 articles, first 2024-03-04 · vk: 1 article, first 2024-03-01",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "unknown") {
		t.Errorf("report says unknown:\n%s", out)
	}
}

// TestReportNamesUndeterminedLanguage: the report counts articles whose
// language is not known as the English page names them, "undetermined",
// not ISO 639's "und" or "unknown".
func TestReportNamesUndeterminedLanguage(t *testing.T) {
	t.Parallel()
	doc := &kroniek.Export{Articles: []kroniek.ExportArticle{
		{ID: "a", Outlet: "vk", Lang: "nl", Title: "De brug gaat dicht"},
		{ID: "b", Outlet: "vk", Lang: "und", Title: "Brug"},
		{ID: "c", Outlet: "vk", Title: "Dicht"},
	}}
	var b strings.Builder
	writeChronicle(&b, doc, "")
	if out := b.String(); !strings.Contains(out, "  Languages undetermined 2 · nl 1\n") {
		t.Errorf("languages:\n%s", out)
	}
}

// TestStoryShowsAllReported: the report's "… and N more (kroniek story
// ID)" sends the reader to kroniek story, which lists every reported line
// (it used to name `--json`, whose story record holds no quotes).
func TestStoryShowsAllReported(t *testing.T) {
	t.Parallel()
	s := &kroniek.Story{ID: "s", Title: "Een verhaal", Articles: []string{"a"}}
	doc := &kroniek.Export{Articles: []kroniek.ExportArticle{{ID: "a", Outlet: "AD"}}}
	for i := range reportedLines + 3 {
		doc.Quotes = append(doc.Quotes, kroniek.Quote{Article: "a", Kind: kroniek.QuoteIndirect, Start: i * 10, End: i*10 + 5,
			Text: fmt.Sprintf("de brug gaat dicht op dag %d", i), SpeakerText: "Jansen"})
	}
	var report, story strings.Builder
	writeStory(&report, s, doc, nil, nil, reportArticles)
	writeStory(&story, s, doc, nil, nil, 0)
	if !strings.Contains(report.String(), "… and 3 more (kroniek story s)\n") || strings.Contains(report.String(), fmt.Sprintf("dag %d", reportedLines)) {
		t.Errorf("report: want %d reported lines and a count of 3 more:\n%s", reportedLines, report.String())
	}
	if strings.Contains(story.String(), "more (kroniek story") || !strings.Contains(story.String(), fmt.Sprintf("dag %d", reportedLines+2)) {
		t.Errorf("kroniek story: want all %d reported lines:\n%s", reportedLines+3, story.String())
	}
}

// TestReportSummarySource: a summary line says which article it is from
// and that article's date, as the web page does, so that "gisteren" in it
// can be read; a line of an undated article gets its number alone.
func TestReportSummarySource(t *testing.T) {
	t.Parallel()
	day := "2021-05-04"
	s := &kroniek.Story{ID: "s", Title: "Brug", Articles: []string{"a", "b", "c"},
		Summary:        []string{"De brug ging gisteren dicht.", "Het verkeer staat vast.", "Vandaag rijden er pendelbussen."},
		SummarySources: []string{"a", "b", "c"}}
	doc := &kroniek.Export{Articles: []kroniek.ExportArticle{{ID: "a", Outlet: "AD", Published: &day}, {ID: "b", Outlet: "Trouw"},
		{ID: "c", Outlet: "BD", Published: &day, PublishedInferred: true}}}
	var b strings.Builder
	writeStory(&b, s, doc, nil, nil, reportArticles)
	out := b.String()
	for _, want := range []string{"Summary  De brug ging gisteren dicht.   [1] 2021-05-04\n", "Het verkeer staat vast.   [3]\n",
		"Vandaag rijden er pendelbussen.   [2] 2021-05-04 (inferred)\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in\n%s", want, out)
		}
	}
}
