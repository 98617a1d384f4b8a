package story

import (
	"regexp"
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
)

// maxTimeline caps a story's timeline; the items reported by most articles
// are kept.
const maxTimeline = 14

// timelineMerge is the lowest term overlap (Jaccard) at which two items of
// the same date are taken as one fact.
const timelineMerge = 0.2

var dayValue = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// item is a timeline item being merged.
type item struct {
	kroniek.TimelineItem
	terms    map[string]bool
	articles map[string]bool
	order    int // first report: member index * 1e6 + offset
}

// timeline collects the story's dated events and dated facts (sentences
// with a day-precise time expression), merges the reports of one event or
// fact across articles, and orders them by date.
func (b *builder) timeline(ms []*member) []kroniek.TimelineItem {
	in := make(map[string]bool, len(ms))
	for _, m := range ms {
		in[m.a.ID] = true
	}
	var items []*item
	add := func(it *item) {
		for _, o := range items {
			if o.Date != it.Date {
				continue
			}
			same := it.Event != "" && o.Event == it.Event
			if !same && jaccard(o.terms, it.terms) < timelineMerge {
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
		for _, e := range m.an.Events {
			if e.Date == "" || e.Negated || e.Hypothetical {
				continue
			}
			text := strings.Join(strings.Fields(e.Text), " ")
			if text == "" {
				continue
			}
			it := &item{TimelineItem: kroniek.TimelineItem{Date: e.Date, Text: clipWords(text, 200), Kind: e.Type, Event: e.ID},
				terms: termSet(b.opts.Terms(text, m.a.Lang)), articles: map[string]bool{m.a.ID: true}, order: k*1e6 + e.Start}
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
		doc := m.parsed()
		for _, t := range m.an.Times {
			if t.Kind != "" && t.Kind != kroniek.TimeDate {
				continue
			}
			if !dayValue.MatchString(t.Value) || (t.Granularity != "" && t.Granularity != kroniek.GranDay) {
				continue
			}
			si := sentenceAt(doc.Sentences, t.Start)
			if si < 0 || doc.Sentences[si].Heading {
				continue
			}
			sent := doc.Sentences[si]
			span := kroniek.Span{Start: sent.Start, End: sent.End}
			covered := false
			for _, ev := range evidence {
				if ev.date == t.Value && ev.span.Overlaps(span) {
					covered = true
					break
				}
			}
			if covered {
				continue
			}
			text := strings.Join(strings.Fields(doc.Text[sent.Start:sent.End]), " ")
			if len(strings.Fields(text)) < 4 {
				continue
			}
			add(&item{TimelineItem: kroniek.TimelineItem{Date: t.Value, Text: clipWords(text, 200), Kind: "fact"},
				terms: termSet(b.opts.Terms(text, m.a.Lang)), articles: map[string]bool{m.a.ID: true}, order: k*1e6 + t.Start})
		}
	}
	if len(items) > maxTimeline {
		sort.SliceStable(items, func(i, j int) bool {
			a, b := items[i], items[j]
			if len(a.articles) != len(b.articles) {
				return len(a.articles) > len(b.articles)
			}
			if (a.Kind != "fact") != (b.Kind != "fact") {
				return a.Kind != "fact"
			}
			return a.order < b.order
		})
		items = items[:maxTimeline]
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
