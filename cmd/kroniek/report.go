package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/rank"
	"github.com/kroniek/kroniek/pipeline"
	"github.com/kroniek/kroniek/quote"
	"github.com/kroniek/kroniek/story"
)

// reportStories bounds the stories the report shows.
const reportStories = 20

// reportActors is how many actors a story of the report names.
const reportActors = 8

// reportDoc gathers what the report shows of the given articles with
// targeted queries, without exporting the whole store: the articles, the
// stories they are in, entity names and aliases, and the stories' quotes.
func reportDoc(ctx context.Context, store kroniek.Store, ids []string) (*kroniek.Export, error) {
	doc := &kroniek.Export{}
	in := make(map[string]bool, len(ids))
	for _, id := range ids {
		in[id] = true
	}
	as, err := kroniek.ArticlesByID(ctx, store, ids)
	if err != nil {
		return nil, fmt.Errorf("report articles: %w", err)
	}
	for _, a := range as {
		doc.Articles = append(doc.Articles, kroniek.NewExportArticle(a))
	}
	for offset := 0; ; offset += 500 {
		ss, total, err := store.Stories(ctx, kroniek.StoryFilter{Page: kroniek.Page{Offset: offset, Limit: 500}})
		if err != nil {
			return nil, fmt.Errorf("report stories: %w", err)
		}
		for _, s := range ss {
			for _, a := range s.Articles {
				if in[a] {
					doc.Stories = append(doc.Stories, s)
					break
				}
			}
		}
		if len(ss) == 0 || offset+len(ss) >= total {
			break
		}
	}
	for offset := 0; ; offset += 500 {
		es, total, err := store.Entities(ctx, kroniek.EntityFilter{Page: kroniek.Page{Offset: offset, Limit: 500}})
		if err != nil {
			return nil, fmt.Errorf("report entities: %w", err)
		}
		doc.Entities = append(doc.Entities, es...)
		if len(es) == 0 || offset+len(es) >= total {
			break
		}
	}
	shown := append([]*kroniek.Story(nil), doc.Stories...)
	sort.SliceStable(shown, func(i, j int) bool { return len(shown[i].Articles) > len(shown[j].Articles) })
	entityAt := make(map[string]int, len(doc.Entities))
	for i, e := range doc.Entities {
		entityAt[e.ID] = i
	}
	for i, s := range shown {
		if i == reportStories {
			break
		}
		// A list leaves an entity's mentions out; the actors a story
		// shows need them to name their most used other spelling.
		for _, a := range s.Actors[:min(len(s.Actors), reportActors)] {
			j, ok := entityAt[a.Entity]
			if !ok || len(doc.Entities[j].Mentions) > 0 {
				continue
			}
			e, err := store.Entity(ctx, a.Entity)
			if err != nil {
				return nil, fmt.Errorf("report entity %s: %w", a.Entity, err)
			}
			doc.Entities[j] = e
		}
		qs, _, err := store.Quotes(ctx, kroniek.QuoteFilter{Story: s.ID, Page: kroniek.Page{Limit: 500}})
		if err != nil {
			return nil, fmt.Errorf("report quotes: %w", err)
		}
		doc.Quotes = append(doc.Quotes, qs...)
		// The times of the articles its figures come from date them, so
		// that figures the sources give differently can be told apart
		// (writeDisputes).
		loaded := map[string]bool{}
		for _, f := range s.Figures {
			if loaded[f.Article] {
				continue
			}
			loaded[f.Article] = true
			an, err := store.Analysis(ctx, f.Article)
			if err != nil && kroniek.ErrorCode(err) != kroniek.ENOTFOUND {
				return nil, fmt.Errorf("report times: %w", err)
			}
			if an != nil {
				for _, t := range an.Times {
					t.Article = f.Article
					doc.Times = append(doc.Times, t)
				}
			}
		}
	}
	return doc, nil
}

// writeReport prints the human report of an analyze run: the batch, then
// per story its title, dates, actors, timeline, quotes, figures, summary
// and how the sources differ.
func writeReport(w io.Writer, doc *kroniek.Export, res pipeline.Result) {
	writeChronicle(w, doc, fmt.Sprintf("  %d new, %d updated, %d unchanged\n", res.New, res.Updated, res.Unchanged))
}

// writeChronicle prints the chronicle of doc; counts, when not empty, is
// the line under the heading that says what a run stored.
func writeChronicle(w io.Writer, doc *kroniek.Export, counts string) {
	labels := articleLabels(doc.Articles)
	byID := make(map[string]kroniek.ExportArticle, len(doc.Articles))
	for _, a := range doc.Articles {
		byID[a.ID] = a
	}
	entities := make(map[string]*kroniek.Entity, len(doc.Entities))
	for _, e := range doc.Entities {
		entities[e.ID] = e
	}

	first, last := dateRange(doc.Articles)
	fmt.Fprintf(w, "kroniek · %s · %s", plural(len(doc.Articles), "article", "articles"), plural(len(doc.Stories), "story", "stories"))
	if first != "" {
		fmt.Fprintf(w, " · %s", span(first, last))
	}
	fmt.Fprintln(w)
	fmt.Fprint(w, counts)
	writeCounts(w, "Outlets", doc.Articles, outletName)
	writeCounts(w, "Languages", doc.Articles, langName)
	writeRemoved(w, doc.Articles, labels)

	if len(doc.Stories) == 0 && len(doc.Articles) > 0 && len(doc.Entities) > 0 {
		fmt.Fprintln(w)
		writeActors(w, "Actors", topEntities(doc.Entities, 10))
	}
	stories := append([]*kroniek.Story(nil), doc.Stories...)
	sort.SliceStable(stories, func(i, j int) bool { return len(stories[i].Articles) > len(stories[j].Articles) })
	shown := 0
	for _, s := range stories {
		if shown == reportStories {
			fmt.Fprintf(w, "\n… and %d more stories (kroniek stories)\n", len(stories)-shown)
			break
		}
		shown++
		fmt.Fprintln(w)
		writeStory(w, s, doc, labels, entities, reportArticles)
	}
}

// storyRefs numbers a story's articles, oldest first, for the report to
// cite as [1], [2]: a reader sees outlet, date and title once, in the
// story's article list, instead of ids on every line.
type storyRefs struct {
	order []kroniek.ExportArticle
	ref   map[string]string
}

func newStoryRefs(s *kroniek.Story, byID map[string]kroniek.ExportArticle) *storyRefs {
	r := &storyRefs{ref: map[string]string{}}
	for _, id := range s.Articles {
		a, ok := byID[id]
		if !ok {
			a = kroniek.ExportArticle{ID: id}
		}
		r.order = append(r.order, a)
	}
	sort.SliceStable(r.order, func(i, j int) bool { return published(r.order[i]) < published(r.order[j]) })
	for i, a := range r.order {
		r.ref[a.ID] = fmt.Sprintf("[%d]", i+1)
	}
	return r
}

func published(a kroniek.ExportArticle) string {
	if a.Published == nil {
		return "9999" // undated last
	}
	return *a.Published
}

// cite returns the references of the given articles: "[1][3]".
func (r *storyRefs) cite(ids []string) string {
	seen := map[string]bool{}
	var refs []string
	for _, id := range ids {
		ref := r.ref[id]
		if ref == "" {
			ref = "[" + clip(id, 10) + "]"
		}
		if !seen[ref] {
			seen[ref] = true
			refs = append(refs, ref)
		}
	}
	sort.SliceStable(refs, func(i, j int) bool {
		return len(refs[i]) < len(refs[j]) || len(refs[i]) == len(refs[j]) && refs[i] < refs[j]
	})
	if len(refs) > 8 {
		return strings.Join(refs[:8], "") + fmt.Sprintf(" +%d", len(refs)-8)
	}
	return strings.Join(refs, "")
}

// noOutletNamed is the report's words for an article that names no
// outlet: the English page's words ("no outlet named"), so that the report,
// the page and `kroniek search` call it the same, and never a word that
// reads as an outlet's name ("unknown").
const noOutletNamed = "no outlet named"

// langName is an article's language code ("nl"), or "undetermined" for a
// text whose language is not known (ISO 639's "und", or none given), as the
// English page says: "Languages nl 12 · undetermined 2", not "und 2".
func langName(a kroniek.ExportArticle) string {
	if a.Lang == "" || a.Lang == "und" {
		return "undetermined"
	}
	return a.Lang
}

// outletName is an article's outlet, or noOutletNamed.
func outletName(a kroniek.ExportArticle) string {
	if o := story.Outlet(a.Outlet, a.URL); o != "" {
		return o
	}
	return noOutletNamed
}

// describe names an article for a reader: outlet · date · title (or the
// start of its text).
func describe(a kroniek.ExportArticle) string {
	parts := []string{outletName(a)}
	if a.Published != nil {
		d := *a.Published
		if a.PublishedInferred {
			d += " (inferred)" // from the text, not the source: as the web page marks it
		}
		parts = append(parts, d)
	}
	title := a.Title
	if title == "" {
		title, _, _ = strings.Cut(strings.TrimSpace(a.Text), "\n") // its first sentence
		if i := strings.Index(title, ". "); i > 0 {
			title = title[:i+1]
		}
	}
	if title != "" {
		parts = append(parts, clip(title, 70))
	}
	return strings.Join(parts, " · ")
}

// storyCounts counts a story's articles, its copies (the near duplicates
// in s.Copies, which never appear in s.Articles) and its sources, as its
// source comparison tells them apart (story.SourceCount); for a story
// stored without one, one per named outlet, plus one for all articles of
// no known outlet.
func storyCounts(s *kroniek.Story, byID map[string]kroniek.ExportArticle) (articles, copies, sources int) {
	outlets := map[string]bool{}
	for _, id := range s.Articles {
		if a, ok := byID[id]; ok && a.DuplicateOf != nil && *a.DuplicateOf != "" {
			copies++ // an older store kept copies among the articles
			continue
		}
		articles++
		outlets[story.Outlet(byID[id].Outlet, byID[id].URL)] = true // "" is the one unknown source
	}
	if n := story.SourceCount(s); n > 0 {
		return articles, copies + len(s.Copies), n
	}
	return articles, copies + len(s.Copies), len(outlets)
}

// countLine says "5 articles (+2 copies) · 3 sources".
func countLine(articles, copies, sources int) string {
	line := plural(articles, "article", "articles")
	if copies > 0 {
		line += fmt.Sprintf(" (+%s)", plural(copies, "copy", "copies"))
	}
	return line + " · " + plural(sources, "source", "sources")
}

// reportArticles is the number of a story's articles the report lists;
// kroniek story lists them all.
const reportArticles = 12

// writeStory prints a story as the report does, listing at most
// maxArticles of its articles (0: all of them) with a line that says how
// many it leaves out and where they are.
func writeStory(w io.Writer, s *kroniek.Story, doc *kroniek.Export, labels map[string]string, entities map[string]*kroniek.Entity, maxArticles int) {
	byID := make(map[string]kroniek.ExportArticle, len(doc.Articles))
	for _, a := range doc.Articles {
		byID[a.ID] = a
	}
	refs := newStoryRefs(s, byID)
	n, copies, sources := storyCounts(s, byID)
	fmt.Fprintf(w, "Story: %s\n", s.Title)
	head := "  " + countLine(n, copies, sources)
	if s.Start != "" {
		head += " · " + span(s.Start, s.End)
	}
	fmt.Fprintln(w, head)
	for i, a := range refs.order {
		if i == maxArticles && maxArticles > 0 {
			fmt.Fprintf(w, "  %-8s … and %d more (kroniek story %s)\n", "", len(refs.order)-i, s.ID)
			break
		}
		h := ""
		if i == 0 {
			h = "Articles"
		}
		fmt.Fprintf(w, "  %-8s %-4s %s\n", h, refs.ref[a.ID], describe(a))
	}
	if len(s.Actors) > 0 {
		var parts []string
		for i, a := range s.Actors {
			if i == reportActors {
				break
			}
			name := a.Name
			if e := entities[a.Entity]; e != nil {
				if alt := altSpelling(e); alt != "" {
					name += " (" + alt + ")"
				}
			}
			parts = append(parts, fmt.Sprintf("%s %d", name, a.Count))
		}
		fmt.Fprintf(w, "  %-8s %s\n", "Actors", strings.Join(parts, " · "))
	}
	for i, t := range s.Timeline {
		head := ""
		if i == 0 {
			head = "Timeline"
		}
		fmt.Fprintf(w, "  %-8s %-10s %s   %s\n", head, t.Date, clipMarked(t, 90), refs.cite(t.Articles))
	}
	for i, t := range s.Background {
		head := ""
		if i == 0 {
			head = "Before"
		}
		fmt.Fprintf(w, "  %-8s %-10s %s   %s\n", head, t.Date, clip(t.Text, 90), refs.cite(t.Articles))
	}
	for i, sub := range s.SubStories {
		head := ""
		if i == 0 {
			head = "Parts"
		}
		fmt.Fprintf(w, "  %-8s %s   %s\n", head, clip(sub.Title, 90), refs.cite(sub.Articles))
	}
	// kroniek story (all articles) shows all reported speech too: the
	// report's "… and 13 more" points there.
	maxReported := reportedLines
	if maxArticles == 0 {
		maxReported = 0
	}
	writeQuotes(w, s, doc, refs, entities, maxReported)
	writeFigures(w, s, refs)
	for i, line := range s.Summary {
		head := ""
		if i == 0 {
			head = "Summary"
		}
		fmt.Fprintf(w, "  %-8s %s%s\n", head, line, summarySource(s, i, byID, refs))
	}
	writeSources(w, s, byID, refs)
	writeDisputes(w, s, doc.Times, byID, refs)
}

// summarySource cites the article the story's i-th summary line is from
// with its date, as the web page does: the report prints no date beside a
// summary line otherwise, and "De brug ging gisteren dicht." needs one
// ("   [1] 2021-05-04"). A story stored without sources gets "".
func summarySource(s *kroniek.Story, i int, byID map[string]kroniek.ExportArticle, refs *storyRefs) string {
	if i >= len(s.SummarySources) || s.SummarySources[i] == "" {
		return ""
	}
	id := s.SummarySources[i]
	cite := "   " + refs.cite([]string{id})
	if a, ok := byID[id]; ok && a.Published != nil && *a.Published != "" {
		cite += " " + *a.Published
		if a.PublishedInferred {
			cite += " (inferred)" // as the article list marks it
		}
	}
	return cite
}

// writeQuotes prints a story's speech grouped by speaker: direct quotes
// in quotation marks under "Said", then reported (indirect) speech, the
// article's paraphrase and never in quotes, under "Reported" (at most
// maxReported of them, 0: all), as the web page marks them "reported speech".
// Terms (scare quotes) are no speech and left out, on the web page too.
// The line counting those left out names `kroniek story ID`, which shows
// them all (`--json` prints the story record, which holds no quotes).
func writeQuotes(w io.Writer, s *kroniek.Story, doc *kroniek.Export, refs *storyRefs, entities map[string]*kroniek.Entity, maxReported int) {
	in := make(map[string]bool, len(s.Articles))
	for _, id := range s.Articles {
		in[id] = true
	}
	type said struct {
		speaker string
		rank    int // kroniek.Quote.SpeakerRank
		lines   []string
	}
	var order [2][]string
	var by [2]map[string]*said
	by[0], by[1] = map[string]*said{}, map[string]*said{}
	// A quote of a title the text gives as well is shown once, from the
	// text; one the title alone gives cites the title as its evidence.
	for _, q := range quote.ForDisplay(kroniek.WithoutTitleRepeats(doc.Quotes)) {
		k := 0
		switch {
		case !in[q.Article]:
			continue
		case q.Kind == kroniek.QuoteIndirect:
			k = 1
		case q.Kind != kroniek.QuoteDirect:
			continue
		}
		name := kroniek.JoinNames(q.SpeakerNames(func(id string) string {
			if e := entities[id]; e != nil {
				return e.Name
			}
			return ""
		}), "and") // "A and B": the report speaks English
		if name == "" {
			name = "unknown speaker" // the report speaks English, as its other labels do
		}
		// One speaker whatever the case of its description ("De
		// veiligheidsregio" opening a sentence, "de veiligheidsregio").
		key := strings.ToLower(name)
		if by[k][key] == nil {
			by[k][key] = &said{speaker: name, rank: q.SpeakerRank()}
			order[k] = append(order[k], key)
		}
		cite := refs.cite([]string{q.Article})
		if q.Field == kroniek.FieldTitle {
			cite += " (title)"
		}
		line := fmt.Sprintf("“%s”   %s", clip(q.Shown(), 80), cite)
		if k == 1 {
			line = fmt.Sprintf("%s   %s", clip(q.Shown(), 80), cite)
		}
		by[k][key].lines = append(by[k][key].lines, line)
	}
	for k := range order {
		// As the web page lists them: named speakers first, then those
		// the article only describes ("een van hen"), unknown ones last;
		// each by its number of lines.
		sort.SliceStable(order[k], func(i, j int) bool {
			a, b := by[k][order[k][i]], by[k][order[k][j]]
			if a.rank != b.rank {
				return a.rank < b.rank
			}
			return len(a.lines) > len(b.lines)
		})
	}
	for k, label := range []string{"Said", "Reported"} {
		first, n, total := true, 0, 0
		for _, key := range order[k] {
			total += len(by[k][key].lines)
		}
		full := func() bool { return k == 1 && maxReported > 0 && n == maxReported }
		for _, key := range order[k] {
			for _, line := range by[k][key].lines {
				if full() {
					break
				}
				head := ""
				if first {
					head, first = label, false
				}
				fmt.Fprintf(w, "  %-8s %s: %s\n", head, by[k][key].speaker, line)
				n++
			}
			if full() {
				break
			}
		}
		// Whether the last line shown ended a speaker's lines or not, the
		// lines left are counted.
		if total > n {
			fmt.Fprintf(w, "  %-8s … and %d more (kroniek story %s)\n", "", total-n, s.ID)
		}
	}
}

// reportedLines is how many lines of reported speech a story's report
// shows; kroniek story and the web page show them all.
const reportedLines = 8

// writeFigures prints the story's figures: the words the article used
// (which carry the unit), then what is counted when the words do not
// already say it.
func writeFigures(w io.Writer, s *kroniek.Story, refs *storyRefs) {
	for i, f := range s.Figures {
		if i == 6 {
			break
		}
		head := ""
		if i == 0 {
			head = "Figures"
		}
		obj := f.Object
		if strings.Contains(strings.ToLower(f.Text), strings.ToLower(obj)) {
			obj = ""
		}
		fmt.Fprintf(w, "  %-8s %-28s %-20s %s\n", head, clip(f.Text, 28), clip(obj, 20), refs.cite([]string{f.Article}))
	}
}

// writeSources prints how the story's outlets differ, each on its own
// labelled line: Coverage (articles and first date per outlet), Naming
// (the spellings of an entity that differ, with who uses them) and Only
// in (facts only one outlet reports).
func writeSources(w io.Writer, s *kroniek.Story, byID map[string]kroniek.ExportArticle, refs *storyRefs) {
	// Coverage, from the articles themselves.
	type cover struct {
		n     int
		first string
	}
	covers := map[string]*cover{}
	var outlets []string
	for _, id := range s.Articles {
		a := byID[id]
		o := outletName(a)
		if covers[o] == nil {
			covers[o] = &cover{}
			outlets = append(outlets, o)
		}
		c := covers[o]
		c.n++
		if p := published(a); p != "9999" && (c.first == "" || p < c.first) {
			c.first = p
		}
	}
	if len(outlets) > 1 || len(s.Sources) > 1 {
		sort.SliceStable(outlets, func(i, j int) bool { return covers[outlets[i]].n > covers[outlets[j]].n })
		var parts []string
		for _, o := range outlets {
			part := fmt.Sprintf("%s: %s", o, plural(covers[o].n, "article", "articles"))
			if covers[o].first != "" {
				part += ", first " + covers[o].first
			}
			parts = append(parts, part)
		}
		fmt.Fprintf(w, "  %-8s %s\n", "Coverage", strings.Join(parts, " · "))
	}

	// Naming: per entity, the spellings and who uses each (the story's
	// one naming view, story.Namings).
	first := true
	for _, n := range story.Namings(s.Sources) {
		if len(n.Spellings) < 2 {
			continue
		}
		var parts []string
		for _, sp := range n.Spellings {
			parts = append(parts, fmt.Sprintf("%q %s", sp.Text, refs.cite(sp.Articles)))
		}
		head := ""
		if first {
			head, first = "Naming", false
		}
		fmt.Fprintf(w, "  %-8s %s: %s\n", head, n.Entity, strings.Join(parts, " · "))
	}

	// Only in: what a single outlet reports.
	first = true
	for _, src := range s.Sources {
		who := src.Outlet
		if who == "" || byID[who].ID != "" {
			who = refs.cite(src.Articles) // no outlet name: the articles
		}
		for i, u := range src.Unique {
			if i == 2 {
				fmt.Fprintf(w, "  %-8s … and %d more only in %s\n", "", len(src.Unique)-2, who)
				break
			}
			head := ""
			if first {
				head, first = "Only in", false
			}
			fmt.Fprintf(w, "  %-8s %s: %s\n", head, who, clip(u, 90))
		}
	}
}

// writeDisputes prints the figures that sources give differently, as
// the web page's "Figures that differ between sources": the same counted
// object in the same unit, dated to the same day in its own sentence,
// with different values from different outlets (story.Disputes).
func writeDisputes(w io.Writer, s *kroniek.Story, times []kroniek.TimeRef, byID map[string]kroniek.ExportArticle, refs *storyRefs) {
	outletOf := map[string]string{}
	for _, id := range s.Articles {
		a := byID[id]
		outletOf[id] = story.Outlet(a.Outlet, a.URL)
	}
	timesOf := map[string][]kroniek.TimeRef{}
	for _, t := range times {
		if _, ok := outletOf[t.Article]; ok {
			timesOf[t.Article] = append(timesOf[t.Article], t)
		}
	}
	dateOf := func(f kroniek.Amount) (string, error) {
		a, text := byID[f.Article], byID[f.Article].Text
		if f.Field == kroniek.FieldTitle {
			text = a.Title
		}
		var ts []kroniek.TimeRef
		for _, t := range timesOf[f.Article] {
			if t.Field == f.Field {
				ts = append(ts, t)
			}
		}
		return story.SentenceDate(text, f.Start, f.End, ts), nil
	}
	ds, _ := story.Disputes(s.Figures, outletOf, dateOf) // dateOf never fails
	for i, d := range ds {
		var parts []string
		for _, v := range d.Values {
			parts = append(parts, fmt.Sprintf("%s %s", strings.TrimSpace(v.Figure.Text), refs.cite([]string{v.Figure.Article})))
		}
		head := ""
		if i == 0 {
			head = "Differ"
		}
		fmt.Fprintf(w, "  %-8s %s (%s): %s\n", head, d.Object, d.Date, strings.Join(parts, " against "))
	}
}

func writeActors(w io.Writer, head string, es []*kroniek.Entity) {
	var parts []string
	for _, e := range es {
		name := e.Name
		if alt := altSpelling(e); alt != "" {
			name += " (" + alt + ")"
		}
		parts = append(parts, fmt.Sprintf("%s %d", name, e.Count))
	}
	fmt.Fprintf(w, "  %-8s %s\n", head, strings.Join(parts, " · "))
}

// altSpelling returns an alias spelled differently from the display name
// beyond inflection, e.g. Lukashenko for Loekasjenko, or "". An alias that
// is a part of the name or of a longer alias ("Unie" of "Europese Unie",
// "Brittannië" of "Groot-Brittannië"), or the name with more words ("May"
// in "Theresa May", "EU" in "EU-27"), is no other spelling; an acronym's
// expansion ("EU (Europese Unie)") comes first.
func altSpelling(e *kroniek.Entity) string {
	name := strings.ToLower(e.Name)
	last := name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		last = name[i+1:]
	}
	var alts []string
	for _, a := range e.Aliases {
		la := strings.ToLower(a)
		inflected := !strings.Contains(la, " ") && strings.HasPrefix(la, last) && len(la)-len(last) <= 3 // Poetins
		if la == name || strings.ContainsAny(a, "’'") || inflected || partOf(la, name) || partOf(name, la) {
			continue
		}
		longer := false
		for _, b := range e.Aliases {
			if lb := strings.ToLower(b); lb != la && partOf(la, lb) {
				longer = true
			}
		}
		if !longer {
			alts = append(alts, a)
		}
	}
	// The spelling most mentions use goes first, so that a typo one
	// article made ("Europes Unie", once against 57 "Europese Unie") is
	// never the one shown; without mentions the aliases' order stands.
	used := map[string]int{}
	for _, m := range e.Mentions {
		used[m.Text]++
	}
	slices.SortStableFunc(alts, func(a, b string) int { return used[b] - used[a] })
	for _, a := range alts {
		if initials(a) == e.Name {
			return a
		}
	}
	if len(alts) == 0 {
		return ""
	}
	return alts[0]
}

// partOf reports whether the words of a (split at spaces and hyphens)
// occur in b, in a row.
func partOf(a, b string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	}
	aw, bw := split(a), split(b)
	for i := 0; len(aw) > 0 && i+len(aw) <= len(bw); i++ {
		if slices.Equal(aw, bw[i:i+len(aw)]) {
			return true
		}
	}
	return false
}

// initials returns the capital initials of a name's words: "EU" of
// "Europese Unie".
func initials(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func topEntities(es []*kroniek.Entity, n int) []*kroniek.Entity {
	out := append([]*kroniek.Entity(nil), es...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func writeCounts(w io.Writer, head string, as []kroniek.ExportArticle, key func(kroniek.ExportArticle) string) {
	if len(as) == 0 {
		return // no line of nothing
	}
	counts := make(map[string]int)
	for _, a := range as {
		k := key(a)
		if k == "" {
			k = "unknown"
		}
		counts[k]++
	}
	var parts []string
	for _, k := range rank.ByCount(counts) {
		parts = append(parts, fmt.Sprintf("%s %d", k, counts[k]))
	}
	fmt.Fprintf(w, "  %-9s %s\n", head, strings.Join(parts, " · "))
}

func writeRemoved(w io.Writer, as []kroniek.ExportArticle, labels map[string]string) {
	counts := make(map[string]int)
	n := 0
	for _, a := range as {
		for _, r := range a.Removed {
			counts[r.Kind]++
			n++
		}
	}
	if n == 0 {
		return
	}
	var parts []string
	for _, k := range []string{kroniek.RemovedCaption, kroniek.RemovedRelated, kroniek.RemovedEmbed, kroniek.RemovedOther} {
		if counts[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k, counts[k]))
		}
	}
	fmt.Fprintf(w, "  %-9s %s\n", "Removed", strings.Join(parts, " · "))
}

// dateRange returns the first and last known publication dates.
func dateRange(as []kroniek.ExportArticle) (string, string) {
	first, last := "", ""
	for _, a := range as {
		if a.Published == nil {
			continue
		}
		d := *a.Published
		if first == "" || d < first {
			first = d
		}
		if d > last {
			last = d
		}
	}
	return first, last
}

// articleLabels gives each article a short label for reports: the part of
// its id before the first '_' when that is unique (000 for
// 000_b05e3f0983ec5490), else the first 10 characters.
func articleLabels(as []kroniek.ExportArticle) map[string]string {
	labels := make(map[string]string, len(as))
	seen := make(map[string]int)
	short := func(id string) string {
		if i := strings.IndexByte(id, '_'); i > 0 {
			return id[:i]
		}
		return id
	}
	for _, a := range as {
		seen[short(a.ID)]++
	}
	for _, a := range as {
		l := short(a.ID)
		if seen[l] > 1 {
			l = a.ID
		}
		if utf8.RuneCountInString(l) > 10 {
			l = string([]rune(l)[:10])
		}
		labels[a.ID] = l
	}
	return labels
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	if i := strings.LastIndexByte(string(r), ' '); i > n/2 {
		return string(r)[:i] + "…"
	}
	return string(r) + "…"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// articleIndex reads every article of the store into export form, keyed
// by id, for counting stories' articles, copies and sources.
func articleIndex(ctx context.Context, store kroniek.Store) (map[string]kroniek.ExportArticle, error) {
	byID := map[string]kroniek.ExportArticle{}
	err := eachArticle(ctx, store, func(a *kroniek.Article) {
		e := kroniek.NewExportArticle(a)
		e.Text = "" // only the counts are needed
		byID[a.ID] = e
	})
	return byID, err
}

// eachArticle calls fn with every article of the store, in the store's
// order, reading them page by page.
func eachArticle(ctx context.Context, store kroniek.Store, fn func(*kroniek.Article)) error {
	for offset := 0; ; offset += 500 {
		as, total, err := store.Articles(ctx, kroniek.ArticleFilter{Page: kroniek.Page{Offset: offset, Limit: 500}})
		if err != nil {
			return fmt.Errorf("list articles: %w", err)
		}
		for _, a := range as {
			fn(a)
		}
		if len(as) == 0 || offset+len(as) >= total {
			return nil
		}
	}
}

// writeStoryTable prints the story list with a header row: id, dates,
// articles without copies, copies, sources, title.
func writeStoryTable(w io.Writer, stories []*kroniek.Story, byID map[string]kroniek.ExportArticle) {
	fmt.Fprintf(w, "%-11s  %-23s %8s %6s %7s  %s\n", "ID", "DATES", "ARTICLES", "COPIES", "SOURCES", "TITLE")
	for _, s := range stories {
		dates := span(s.Start, s.End)
		n, copies, sources := storyCounts(s, byID)
		fmt.Fprintf(w, "%-11s  %-23s %8d %6d %7d  %s\n", s.ID, dates, n, copies, sources, clip(s.Title, 80))
	}
}

// span is a date range "first … last", or one date when both are the
// same (a story of one month is "2020-08", not "2020-08 … 2020-08").
func span(first, last string) string {
	if last == "" || last == first {
		return first
	}
	return first + " … " + last
}

// entityMap indexes the export's entities by id.
func entityMap(doc *kroniek.Export) map[string]*kroniek.Entity {
	m := make(map[string]*kroniek.Entity, len(doc.Entities))
	for _, e := range doc.Entities {
		m[e.ID] = e
	}
	return m
}

// clipMarked is a timeline item's text clipped to n runes with its marks,
// the kind of a non-fact and "(planned)", after the clip so that a long
// text never cuts them off.
func clipMarked(t kroniek.TimelineItem, n int) string {
	marks := ""
	if t.Kind != "" && t.Kind != "fact" {
		marks += " (" + t.Kind + ")"
	}
	if t.Plan {
		marks += " (planned)"
	}
	return clip(t.Text, n-utf8.RuneCountInString(marks)) + marks
}
