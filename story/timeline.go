package story

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
	"github.com/kroniek/kroniek/timex"
)

// maxTimeline caps a story's timeline; the items reported by most articles
// are kept.
const maxTimeline = 14

// timelineMerge is the lowest term overlap (Jaccard) at which two items of
// the same date are taken as one fact.
const timelineMerge = 0.2

// granularity returns the precision of a date string (kroniek.ParseDate)
// and whether its year is known; "" when it is no date.
func granularity(value string) (gran string, year bool) {
	d, ok := kroniek.ParseDate(value)
	if !ok {
		return "", false
	}
	return d.Granularity(), d.Year != 0
}

// isDay, isMonth and isYear report whether a date string names a day (its
// year may be unknown), a month of a known year, or a year.
func isDay(value string) bool   { g, _ := granularity(value); return g == kroniek.GranDay }
func isMonth(value string) bool { g, y := granularity(value); return g == kroniek.GranMonth && y }
func isYear(value string) bool  { g, _ := granularity(value); return g == kroniek.GranYear }

// backgroundDays is how much older than a story's first article a fact
// must be to be held to the background's relevance (minBackgroundRelevance);
// a year fact must be that old to be kept at all.
const backgroundDays = 365

// beforeDays is how much older than a story's first article a fact must be
// to stand under Before rather than in the timeline: the timeline tells
// the days the story unfolds and the weeks that led up to them; a fact of
// months before the first report ("In oktober 2018 sloot de fabriek" in a
// story of March 2019) is its history, as a year ago is.
const beforeDays = 90

// minRelevance is the least cosine between a fact told by one article and
// the story's vocabulary for the fact to enter its timeline;
// minBackgroundRelevance is the same for background facts, which a story
// needs less.
const (
	minRelevance           = 0.08
	minBackgroundRelevance = 0.15
)

// maxBackground caps a story's background facts.
const maxBackground = 5

// item is a timeline item being merged.
type item struct {
	kroniek.TimelineItem
	terms    map[string]bool
	anchor   map[string]bool // terms just before a fact's time expression
	relative bool            // a fact dated by a relative expression ("woensdag")
	articles map[string]bool
	order    int // first report: member index * 1e6 + offset
	score    float64
	// etype is the type of an event the extractor found in a fact's
	// sentence at the same date, shown or not.
	etype string
}

// timeline collects the story's dated events and dated facts (sentences
// with a day-precise time expression), merges the reports of one event or
// fact across articles, and orders them by date.
func (b *builder) timeline(ms []*member) (timeline, background []kroniek.TimelineItem) {
	in := make(map[string]bool, len(ms))
	for _, m := range ms {
		in[m.a.ID] = true
	}
	// Yearless dates ("9 augustus" in an undated article) take their year
	// from the story's first dated article.
	var ref timex.Ref
	hasRef := false
	for _, m := range ms {
		if m.a.Published != "" {
			ref, hasRef = timex.RefFromPublished(m.a.Published), true
			break
		}
	}
	storyStart := ""
	for _, m := range ms {
		if m.a.Published != "" && (storyStart == "" || m.a.Published < storyStart) {
			storyStart = m.a.Published
		}
	}
	// factSeen marks article|date pairs that have a fact: an article's first
	// sentence about a day stands for the sentences after it.
	factSeen := map[string]bool{}
	var items []*item
	add := func(it *item) {
		for _, o := range items {
			if o.Date != it.Date {
				continue
			}
			same := it.Event != "" && o.Event == it.Event
			if !same && !intersect(o.anchor, it.anchor) && jaccard(o.terms, it.terms) < timelineMerge {
				continue
			}
			for a := range it.articles {
				o.articles[a] = true
			}
			if o.Kind == "fact" && it.Kind != "fact" {
				o.Kind, o.Event, o.Text, o.terms = it.Kind, it.Event, it.Text, it.terms
			}
			return
		}
		items = append(items, it)
	}
	for k, m := range ms {
		if m.an == nil {
			continue
		}
		// evidence maps the span of each dated event's sentence to its date: a
		// time expression in it dated the same is that event, not a new fact.
		type dated struct {
			span kroniek.Span
			date string
		}
		var evidence []dated
		scene := sceneDated(m.a.Text)
		for _, e := range m.an.Events {
			if !isDay(e.Date) || strings.HasPrefix(e.Date, "X") || !e.Shown || e.Negated || !explicitDate(m.an.Times, e) {
				// Only events whose sentence names their day: dates that
				// default to the publication would crowd out dated facts.
				continue
			}
			text := strings.Join(strings.Fields(e.Text), " ")
			if text == "" || factSeen[m.a.ID+"|"+e.Date] || runOn(text) {
				continue
			}
			if d := b.syntax(m); e.Field == "" && (fragment(d, e.Start) || leaning(d, text, e.Start) || anaphoric(d, e.Start, m.a.Title)) {
				// It does not read on its own ("Hij leverde gisterochtend
				// de extra helmen aan …"); the time expressions below may
				// still give the fact with the sentence before.
				continue
			} else if h := max(runInHeading(d, e.Start), dateline(d, m.an, e.Start)); e.Field == "" && h > e.Start && h < e.End && e.End <= len(m.a.Text) {
				text = strings.Join(strings.Fields(m.a.Text[h:e.End]), " ")
			}
			text = cutLabel(b.syntax(m), text)
			raw := text // the words the merge and the ranking compare, before names go in full
			if e.Field == "" {
				text = showNames(text, b.fullNames(m, e.Start, e.End))
			}
			expr := ""
			if t, ok := explicitTime(m.an.Times, e); ok {
				expr = t.Text
				t.Relative = deictic(m.a.Text, t)
				if !datedFactOK(m.a.Text, text, t, e.Date, m.a.Published) || t.Relative && scene || sideDate(b.syntax(m), t) || habitClause(b.syntax(m), t) ||
					after(e.Date, m.a.Published) && (speculation(b.syntax(m), t) || nestedNounDate(b.syntax(m), t)) {
					continue
				}
			}
			factSeen[m.a.ID+"|"+e.Date] = true
			it := &item{TimelineItem: kroniek.TimelineItem{Date: e.Date, Text: clipShowing(text, expr, 0, 200), Kind: e.Type, Event: e.ID,
				Plan: e.Hypothetical || after(e.Date, m.a.Published)},
				terms: termSet(b.opts.Terms(raw, m.a.Lang)), articles: map[string]bool{m.a.ID: true}, order: k*1e6 + e.Start}
			for _, src := range e.Sources {
				if in[src] {
					it.articles[src] = true
				}
			}
			evidence = append(evidence, dated{kroniek.Span{Start: e.Start, End: e.End}, e.Date})
			add(it)
		}
		if len(m.an.Times) == 0 {
			continue
		}
		sents := m.sentences()
		usedSentence := map[int]bool{} // a sentence gives one fact
		var quotes []kroniek.Span
		for _, q := range m.an.Quotes {
			if q.Kind == kroniek.QuoteDirect {
				quotes = append(quotes, kroniek.Span{Start: q.Start, End: q.End})
			}
		}
		times := m.an.Times
		if hasRef {
			times = timex.FillYears(times, ref)
		}
		for _, t := range times {
			if t.Kind != "" && t.Kind != kroniek.TimeDate || t.Bound == kroniek.BoundUntil { // a deadline places nothing
				continue
			}
			// From here on Relative means counted from the report: a
			// named day or month whose year was guessed is dated by name.
			guessed := t.Relative
			t.Relative = deictic(m.a.Text, t)
			guessed = guessed && !t.Relative
			day := isDay(t.Value) && (t.Granularity == "" || t.Granularity == kroniek.GranDay)
			month := isMonth(t.Value) && !t.Relative
			year := isYear(t.Value) && !t.Relative && olderThanStory(t.Value, storyStart) && yearAfterPreposition(m.a.Text, t.Start)
			if !day && !month && !year {
				// Weeks, seasons and relative months or years ("vijf
				// maanden eerder", "vorig jaar") say too little; a year is
				// kept as background only.
				continue
			}
			value := t.Value
			if strings.HasPrefix(value, "X") {
				continue
			}
			if t.Relative && day && t.End <= len(m.a.Text) && weekdayNight.MatchString(m.a.Text[t.Start:t.End]) {
				// "zaterdagnacht" is the night from Saturday to Sunday;
				// what news reports of it mostly happened after midnight.
				value = nextDay(value)
			}
			if factSeen[m.a.ID+"|"+value] {
				continue
			}
			si := sentenceAt(sents, t.Start)
			if si < 0 || sents[si].Heading || usedSentence[si] {
				continue
			}
			sent := sents[si]
			if guessed && !guessedYearOK(m.a.Text, sent.Start, t, times) || month && deadline(m.a.Text, t) {
				continue
			}
			if !year && sideDate(b.syntax(m), t) || habitClause(b.syntax(m), t) ||
				after(value, m.a.Published) && (speculation(b.syntax(m), t) || nestedNounDate(b.syntax(m), t)) {
				// The day or month is of what came before (or after) the
				// fact the sentence reports, of its cause or of a noun,
				// whose own time, if any, dates it (a year mostly holds
				// both: "Na de annexatie van de Krim in 2014 nam Belarus
				// een positie in"); or
				// the sentence tells a habit, or supposes a plan: no
				// development.
				continue
			}
			span := kroniek.Span{Start: sent.Start, End: sent.End}
			covered := false
			for _, ev := range evidence {
				if ev.date == value && ev.span.Overlaps(span) {
					covered = true
					break
				}
			}
			if covered {
				factSeen[m.a.ID+"|"+value] = true
				continue
			}
			// A section label run into the sentence ("tv-debat - Het grote
			// thema …") is no part of the fact, as in the summary.
			// So is a subheading ("Onschuld Gisteren publiceerde …") or
			// a place dateline ("Den Helder In Den Helder brandde …").
			from := max(sent.Start, runInHeading(b.syntax(m), sent.Start), dateline(b.syntax(m), m.an, sent.Start))
			text := cutLabel(b.syntax(m), stripKicker(strings.Join(strings.Fields(m.a.Text[from:sent.End]), " ")))
			if len(strings.Fields(text)) < 4 || !proseEnd(text) || runOn(text) || quoted(sent.Start, sent.End, text, quotes) || fragment(b.syntax(m), sent.Start) {
				// Questions, quotes and fragments report no fact.
				continue
			}
			// A definite noun phrase that takes up a noun of the sentences
			// before ("de aandelenkoop" after "de koop van aandelen") goes
			// with the sentence before only when that one has the noun.
			noun, nounBefore := anaphoricDefinite(b.syntax(m), sent.Start, m.a.Title)
			leansOn := noun != "" || baselessComparison(b.syntax(m), sent.Start) || leaning(b.syntax(m), text, sent.Start) || pronounSubject(b.syntax(m), t)
			own, spanStart := 0, sent.Start // where the dated sentence begins in text; where the entry begins in the article
			if prev, ok := b.antecedent(ms, m, si, leansOn, quotes); ok && (noun == "" || nounBefore) {
				text = prev + " " + text
				own = len(prev) + 1
				spanStart = sents[si-1].Start
				usedSentence[si-1] = true
			} else if leansOn {
				// Alone it tells nothing.
				continue
			}
			raw := text // the words the merge and the ranking compare, before names go in full
			if names := b.fullNames(m, spanStart, sent.End); len(names) > 0 {
				// A person by a surname the article introduced before is
				// shown as it introduced them ("minister Vos").
				text, own = showNamesAround(text, own, names)
			}
			if t.Relative && insideQuote(m.a.Text[sent.Start:t.Start], t, quotes) {
				continue
			}
			if !datedFactOK(m.a.Text, text, t, value, m.a.Published) || t.Relative && scene {
				// Vague counts, timetables, birth years, doubtful
				// directions: no development at this date.
				continue
			}
			factSeen[m.a.ID+"|"+value] = true
			usedSentence[si] = true
			etype := ""
			for _, e := range m.an.Events {
				if e.Date == value && !e.Negated && span.Contains(kroniek.Span{Start: e.Start, End: e.End}) {
					etype = e.Type
					break
				}
			}
			add(&item{etype: etype, TimelineItem: kroniek.TimelineItem{Date: value, Text: clipShowing(text, t.Text, own, 200), Kind: "fact",
				Plan: after(value, m.a.Published)},
				terms: termSet(b.opts.Terms(raw, m.a.Lang)), anchor: termSet(b.opts.Terms(m.anchorText(sent, t.Start), m.a.Lang)),
				articles: map[string]bool{m.a.ID: true}, order: k*1e6 + t.Start, relative: t.Relative})
		}
	}
	// Rank by how central an item is: how many articles report it, then
	// how much of the story's vocabulary it uses.
	cent := b.termCentroid(ms)
	// typeArticles counts the story's articles that report an event of
	// each type: a development of a kind the story keeps reporting (the
	// protests of a protest movement) is central even in words of its own.
	typeArticles := map[string]int{}
	for _, m := range ms {
		if m.an == nil {
			continue
		}
		seen := map[string]bool{}
		for _, e := range m.an.Events {
			if !e.Negated && !seen[e.Type] {
				seen[e.Type] = true
				typeArticles[e.Type]++
			}
		}
	}
	var main, back []*item
	for _, it := range items {
		rel := cent.cos(b.termVec(it.terms))
		if n := typeArticles[it.etype]; it.etype != "" && n >= 2 {
			rel = max(rel, float64(n)/float64(len(ms)))
		}
		old := olderThanStory(it.Date, storyStart)
		if len(it.articles) == 1 && rel < minRelevance || old && rel < minBackgroundRelevance {
			// An aside of one report (a match decades ago, a
			// politician's marriage) is trivia, not the story's history.
			continue
		}
		it.score = float64(len(it.articles)) + 2*rel
		if it.Kind != "fact" {
			it.score += 0.5
		}
		if it.relative {
			it.score -= 0.25
		}
		if old || olderThan(it.Date, storyStart, beforeDays) {
			it.Background = true
			back = append(back, it)
		} else {
			main = append(main, it)
		}
	}
	return b.timelineItems(ms, main, maxTimeline), b.timelineItems(ms, back, maxBackground)
}

// antecedent is m.antecedent of the sentence before sentence si, left
// of a subheading run into it, when that sentence stands alone and names
// no one by a surname the story's reader has not met (unintroduced).
func (b *builder) antecedent(ms []*member, m *member, si int, leansOn bool, quotes []kroniek.Span) (string, bool) {
	if si < 1 || !leansOn {
		return "", false
	}
	prev := m.sentences()[si-1]
	at := prev.Start
	if !b.standsAlone(m, at) || b.unintroduced(ms, m, prev.Start, prev.End) {
		return "", false
	}
	p, ok := m.antecedent(si, runInHeading(b.syntax(m), at), leansOn, quotes)
	p = cutLabel(b.syntax(m), p)
	if ok && (leaning(b.syntax(m), p, at) || anaphoric(b.syntax(m), at, m.a.Title)) {
		return "", false // "Maar de partij …" put in front leaves the entry leaning
	}
	return p, ok
}

// anaphoric reports whether the sentence at byte offset at takes up, in
// a definite noun phrase of its main clause, a noun of the sentences
// before (anaphoricDefinite), or compares a change with no figure
// (baselessComparison).
func anaphoric(doc *nl.Doc, at int, title string) bool {
	n, _ := anaphoricDefinite(doc, at, title)
	return n != "" || baselessComparison(doc, at)
}

// standsAlone reports whether the sentence at byte offset at may go in
// front of a sentence that leans on it: its main subject is no pronoun,
// it points back to nothing before it and it has a main clause (a
// subheading run into it is left off by antecedent).
func (b *builder) standsAlone(m *member, at int) bool {
	d := b.syntax(m)
	return !pronounSubjectAt(d, at) && !pointsBack(d, at) && !fragment(d, at)
}

// timelineItems keeps the n most central items and orders them by date.
func (b *builder) timelineItems(ms []*member, items []*item, n int) []kroniek.TimelineItem {
	if len(items) > n {
		sort.SliceStable(items, func(i, j int) bool {
			if items[i].score != items[j].score {
				return items[i].score > items[j].score
			}
			return items[i].order < items[j].order
		})
		items = items[:n]
	}
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].Date != items[j].Date {
			return items[i].Date < items[j].Date
		}
		return items[i].order < items[j].order
	})
	out := make([]kroniek.TimelineItem, len(items))
	for i, it := range items {
		it.Articles = make([]string, 0, len(it.articles))
		for _, m := range ms {
			if it.articles[m.a.ID] {
				it.Articles = append(it.Articles, m.a.ID)
			}
		}
		out[i] = it.TimelineItem
	}
	return out
}

// termCentroid sums the term vectors of the story's clustered articles.
func (b *builder) termCentroid(ms []*member) *centroid {
	var c centroid
	for _, m := range ms {
		if v := b.l.vec[m.i]; v >= 0 {
			c.add(b.l.space.vecs[v])
		}
	}
	return &c
}

// termVec is the unit vector of a set of terms in the story's term space.
func (b *builder) termVec(terms map[string]bool) sparse {
	counts := map[int32]int{}
	for t := range terms {
		if id, ok := b.l.space.terms[t]; ok {
			counts[id] = 1
		}
	}
	return vectorize(counts, b.l.space.idf, 0)
}

// yearPrepositions are the words before a bare year that make it a date
// ("in 1968", "sinds 2011", "seit 2014"), not a count ("1180 in Nederland"),
// an aside ("Kahn (1952)"), an attribute ("de winnaars van 2002", "een
// wet uit 1998") or a bound ("voor 2010 kwam dat nooit voor", "tot 2008").
var yearPrepositions = map[string]bool{
	"in": true, "sinds": true, "vanaf": true,
	"begin": true, "eind": true, "medio": true, "sedert": true, "rond": true, "omstreeks": true,
	"since": true, "from": true, "early": true, "late": true,
	"im": true, "seit": true, "ab": true, "anfang": true, "ende": true, "jahr": true, "jaar": true,
}

// yearAfterPreposition reports whether the word before offset at in text
// makes a bare year there a date.
func yearAfterPreposition(text string, at int) bool {
	ws := strings.Fields(text[max(0, at-30):at])
	if len(ws) == 0 || at-30 > 0 && len(ws) == 1 {
		return false
	}
	if len(ws) >= 2 && comparatives[strings.ToLower(ws[len(ws)-2])] {
		// "meer dan in 2017", "net als in 2017": a year compared with,
		// not a development then.
		return false
	}
	last := strings.ToLower(ws[len(ws)-1])
	if (last == "sinds" || last == "sedert") && superlativeBefore(ws[:len(ws)-1]) {
		return false
	}
	return yearPrepositions[last]
}

// superlativeBefore reports a superlative among the last three words
// before "sinds": "de slechtste score sinds 2003", "de snelste daling
// sinds 2009", "voor het eerst sinds 1998" measure against the year and
// report nothing that happened in it.
func superlativeBefore(ws []string) bool {
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		w := strings.ToLower(strings.Trim(ws[k], ",;:'\""))
		if len(w) > 5 && strings.HasSuffix(w, "ste") || w == "eerst" {
			return true
		}
	}
	return false
}

// comparatives before a year's preposition make the year a point of
// comparison.
var comparatives = map[string]bool{"dan": true, "als": true, "zoals": true, "than": true, "as": true, "wie": true}

// after reports whether date lies after the publication date pub (both
// ISO, any precision): a plan, a deadline or an expectation.
func after(date, pub string) bool {
	if pub == "" || date == "" {
		return false
	}
	n := min(len(date), len(pub))
	return date[:n] > pub[:n]
}

// olderThanStory reports whether date ends more than backgroundDays before
// the story's first publication date.
func olderThanStory(date, start string) bool { return olderThan(date, start, backgroundDays) }

// olderThan reports whether date ends more than days before the story's
// first publication date start.
func olderThan(date, start string, days int) bool {
	_, end := DateSpan(date)
	first, _ := DateSpan(start)
	if end == NoDate || first == NoDate {
		return false
	}
	return first-end > days
}

// explicitDate reports whether a time expression inside the event's
// evidence resolves to the event's date.
func explicitDate(times []kroniek.TimeRef, e kroniek.Event) bool {
	_, ok := explicitTime(times, e)
	return ok
}

// explicitTime returns the time expression inside the event's evidence
// that resolves to the event's date.
func explicitTime(times []kroniek.TimeRef, e kroniek.Event) (kroniek.TimeRef, bool) {
	span := kroniek.Span{Start: e.Start, End: e.End}
	for _, t := range times {
		if t.Value == e.Date && span.Contains(kroniek.Span{Start: t.Start, End: t.End}) {
			return t, true
		}
	}
	return kroniek.TimeRef{}, false
}

// anchorWords is the number of words before a time expression that name
// what happened then ("de presidentsverkiezingen van 9 augustus").
const anchorWords = 3

// anchorText returns the text of the last anchorWords words of the
// member's sentence sent before offset at. A Dutch sentence is tokenised
// alone, without parsing the whole text again: nl.Parse cuts a Dutch
// text's nl.Tokenize tokens into sentences, and a token before at ends
// well inside the sentence, where the tokeniser sees what it saw then.
// Another language's tokens come from the parsed text.
func (m *member) anchorText(sent kroniek.SentenceSpan, at int) string {
	text := m.a.Text
	var toks []nl.Token
	if m.a.Lang == "" || m.a.Lang == "nl" {
		toks = nl.Tokenize(text, sent.Start, sent.End, nil)
	} else {
		doc := m.parsed()
		toks = doc.Sentences[sentenceAt(m.sentences(), sent.Start)].Tokens
	}
	start, n := at, 0
	for i := len(toks) - 1; i >= 0 && n < anchorWords; i-- {
		tok := toks[i]
		if tok.End > at {
			continue
		}
		if tok.Kind == nl.Punct {
			break
		}
		if tok.Kind == nl.Word {
			n++
		}
		start = tok.Start
	}
	return text[start:at]
}

// intersect reports whether two sets share a member.
func intersect(a, b map[string]bool) bool {
	for t := range a {
		if b[t] {
			return true
		}
	}
	return false
}

// termSet returns the set of terms.
func termSet(terms []string) map[string]bool {
	m := make(map[string]bool, len(terms))
	for _, t := range terms {
		m[t] = true
	}
	return m
}

// jaccard returns |a∩b| / |a∪b|.
func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for t := range a {
		if b[t] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// runOn reports whether a text has a full stop after a lower-case word
// and before a lower-case one: two pieces of text run together ("… het
// rapport openbaar te maken. om begin mei …", seed 1761 #24; "in de
// evaluatie. ondernemers Hennepkwekerij gesloten …"). Not an initial
// ("Michael P. kreeg") or an abbreviation ("bijv. de", "incl. btw"),
// which the five letters leave out.
var runOn = regexp.MustCompile(`\p{Ll}{5,}\. \p{Ll}`).MatchString

// weekdayNight is a weekday's night: "zaterdagnacht", "in de zondagnacht".
var weekdayNight = regexp.MustCompile(`(?i)(?:maan|dins|woens|donder|vrij|zater|zon)dagnacht\b`)

// nextDay returns the day after an ISO day, or the value unchanged.
func nextDay(value string) string {
	d, err := time.Parse("2006-01-02", value)
	if err != nil {
		return value
	}
	return d.AddDate(0, 0, 1).Format("2006-01-02")
}

// deictic reports whether a time expression is counted from the report
// ("maandag", "gisteren", "vijf maanden eerder") rather than named
// ("27 april", "in oktober", "eind december"), whose year alone timex
// inferred (Relative): a named month is a timeline date, and the guards
// against misread weekdays (a historical present, a week counted back)
// do not apply to it.
func deictic(text string, t kroniek.TimeRef) bool {
	if !t.Relative {
		return false
	}
	if t.Start < 0 || t.End > len(text) || t.Start > t.End {
		return true
	}
	expr := text[t.Start:t.End]
	if strings.ContainsAny(expr, "0123456789") {
		return false
	}
	for _, w := range strings.FieldsFunc(expr, func(r rune) bool { return !unicode.IsLetter(r) }) {
		// Not the abbreviations (jan, mrt: "Jan" is a name too), but mei.
		if (len(w) > 3 || strings.EqualFold(w, "mei")) && nl.Lex().Is(nl.ClassMonth, w) {
			return false
		}
	}
	return true
}

// namedYear is an explicit year in running text: "in 2011", "februari
// 2011"; not a part of a figure ("2.011", "12011").
var namedYear = regexp.MustCompile(`(?:^|[^\d.,])((?:19|20)\d\d)\b`)

// thatYear after a named month points back to a year told before ("in
// september van dat jaar").
var thatYear = regexp.MustCompile(`(?i)^\s*(?:van\s+)?(?:dat|datzelfde|hetzelfde|that|the same)\s+(?:jaar|year)\b`)

// guessedYearOK reports whether a named day or month whose year timex
// guessed from the report (t) may stand at that year. Not when the text
// just before its sentence (from sentStart back) names other years only: a
// narrative of 2011 ("In februari 2011 kwam de bevolking in opstand …
// In oktober werd Khaddafi gevangengenomen") goes on in that year; not
// when "dat jaar" follows it; and not a month beside a day of its own
// sentence ("het was zaterdag de achttiende keer dat de in oktober
// ontstane beweging …"), which dates the sentence.
func guessedYearOK(text string, sentStart int, t kroniek.TimeRef, times []kroniek.TimeRef) bool {
	if t.Start < 0 || t.End > len(text) || len(t.Value) < 4 {
		return true
	}
	if thatYear.MatchString(text[t.End:min(len(text), t.End+24)]) {
		return false
	}
	if ys := namedYear.FindAllStringSubmatch(text[max(0, sentStart-400):t.Start], -1); len(ys) > 0 && !slices.ContainsFunc(ys, func(y []string) bool { return y[1] == t.Value[:4] }) {
		return false
	}
	if isMonth(t.Value) {
		sentEnd := strings.IndexAny(text[t.End:], ".!?\n")
		if sentEnd < 0 {
			sentEnd = len(text) - t.End
		}
		for _, o := range times {
			if o.Start >= sentStart && o.End <= t.End+sentEnd && o.Start != t.Start && isDay(o.Value) {
				return false
			}
		}
	}
	return true
}

// deadlineBefore is a word that makes the month after it a deadline
// ("voor juli goedgekeurd", "uiterlijk in mei").
var deadlineBefore = regexp.MustCompile(`(?i)\b(?:voor|vóór|uiterlijk|tot|before|until|by|bis|vor)\s+(?:in\s+|eind\s+|begin\s+)?$`)

// deadline reports whether the month t is a deadline, not a date.
func deadline(text string, t kroniek.TimeRef) bool {
	return t.Start >= 0 && t.Start <= len(text) && deadlineBefore.MatchString(text[max(0, t.Start-24):t.Start])
}

// attributingVerbs are the verbs after "Dat" or "Dit" at a sentence's
// start, beyond the lexicon's speech verbs and perfect auxiliaries, that
// make the sentence the source of the sentence before ("Dat bleek
// gisteren tijdens een spoedzaak").
var attributingVerbs = map[string]bool{"bleek": true, "blijkt": true, "bleken": true, "blijken": true,
	"besloot": true, "besloten": true, "bepaalde": true, "bepaalt": true, "staat": true, "stond": true}

// attributes reports whether a sentence only tells who said or found what
// the sentence before it says: "Dat heeft het ministerie gisteren
// gezegd", "Dit maakte de kerk dinsdag bekend", "Dat bleek vrijdag op
// een zitting". Alone on a timeline it tells nothing.
func attributes(text string) bool {
	ws := strings.Fields(text)
	if len(ws) < 3 || ws[0] != "Dat" && ws[0] != "Dit" {
		return false
	}
	w := strings.ToLower(strings.Trim(ws[1], ",;:"))
	lex := nl.Lex()
	return attributingVerbs[w] || lex.Is(nl.ClassSpeechVerb, w) || lex.Is(nl.ClassPerfectAux, w)
}

// leans reports whether a sentence needs the one before it to be
// understood on a timeline (independent timeline audit, seed 11115): it
// opens with a demonstrative that points back ("Dat voorstel werd maandag
// omarmd", "Dat betekent ook …", "Dit omdat …", "Die beslissing …"), its
// subject is a personal pronoun near its start ("Hij is gisteren
// aangehouden", "Vandaag gaat hij weer werken"), or a preposition takes a
// noun phrase with "die" ("kwam gisteren met die verrassende keus").
// "Dat" as a conjunction ("Dat China interesse heeft, bleek …") and a
// demonstrative time ("Deze week", "Dit jaar") do not lean.
func leans(text string) bool {
	ws := strings.Fields(text)
	if len(ws) < 2 {
		return false
	}
	lex := nl.Lex()
	next := strings.ToLower(strings.Trim(ws[1], ",;:"))
	switch ws[0] {
	case "Dat", "Dit", "Die", "Deze":
		if ws[1] == strings.ToLower(ws[1]) && !notAfterDemonstrative[next] && !lex.Is(nl.ClassSubjPronoun, next) &&
			!lex.Is(nl.ClassWeekday, next) && !lex.Is(nl.ClassMonth, next) {
			return true
		}
	case "Hij", "Zij", "Ze":
		return true
	}
	for _, w := range ws[1:min(len(ws), 4)] {
		if w == "hij" || w == "zij" || w == "ze" {
			return true
		}
	}
	return prepDie.MatchString(text)
}

// notAfterDemonstrative are the words after a sentence-initial "Dat",
// "Dit", "Die" or "Deze" that make it a conjunction or a time, not a
// pointer back: articles and the nouns of a demonstrative time.
var notAfterDemonstrative = map[string]bool{"de": true, "het": true, "een": true, "er": true,
	"week": true, "weekend": true, "weekeinde": true, "maand": true, "jaar": true, "zomer": true, "winter": true,
	"lente": true, "voorjaar": true, "najaar": true, "herfst": true, "keer": true, "dag": true, "eeuw": true,
	"seizoen": true, "ochtend": true, "middag": true, "avond": true, "nacht": true}

// prepDie is a preposition before "die" and a word that is no pronoun or
// adverb: "met die verrassende keus", "op die aantijging" (not "om die er
// … van te overtuigen").
var prepDie = regexp.MustCompile(`\b(?:met|op|over|van|na|voor|door|tegen|bij|aan|tot|naar|uit|in) die (?:\p{Ll}+ )?(?:keus|keuze|beslissing|kritiek|uitspraak|aantijging|gedachte|anekdote|opmerking|woorden|belofte|plannen|plan|voorstel|afspraak|regel|maatregel|eis|vraag|conclusie|kwestie|zaak|situatie|periode|tijd|datum|dag|avond|nacht|week|wedstrijd|zitting|vergadering|bijeenkomst|reden|brief|beelden|cijfers|melding|ontdekking)\b`)

// antecedent returns the sentence before sentence si, from byte offset
// from on (after a subheading run into it), when sentence si only
// attributes it or leans on it (leansOn: attributes, leans,
// pronounSubject) and it is prose of the same paragraph that does not
// lean in turn: the fact the timeline item tells.
func (m *member) antecedent(si, from int, leansOn bool, quotes []kroniek.Span) (string, bool) {
	if si < 1 || !leansOn {
		return "", false
	}
	sents := m.sentences()
	prev := sents[si-1]
	if prev.Heading || prev.End > sents[si].Start || strings.Contains(m.a.Text[prev.End:sents[si].Start], "\n") {
		return "", false
	}
	p := strings.Join(strings.Fields(m.a.Text[max(prev.Start, min(from, prev.End)):prev.End]), " ")
	if len(strings.Fields(p)) < 4 || !proseEnd(p) || leans(p) || quoted(prev.Start, prev.End, p, quotes) {
		return "", false
	}
	return p, true
}

// clipShowing clips text to about n runes at a word boundary, as
// clipWords, but not before the end of the dated sentence, which begins
// at byte from and holds the time expression expr, up to twice n: the
// entry shows the words that date it and what it dates, also after a
// long sentence put in front ("Hoewel zijn partij … verloor, gaf de
// president … Zondagnacht hield hij een toespraak").
func clipShowing(text, expr string, from, n int) string {
	if expr != "" && from <= len(text) && strings.Contains(text[from:], expr) {
		n = max(n, min(utf8.RuneCountInString(text), 2*n))
	}
	return clipWords(text, n)
}
