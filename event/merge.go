package event

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"time"

	"github.com/kroniek/kroniek"
)

// Merge gives every report of one event the same ID and the list of the
// articles reporting it (Sources). Reports are of one event when they share
// type, negation, hypotheticality, actors and recipients (global entity ids
// after cross-document resolution; at least one named entity, for reports
// of generic actors alone stay within their article) and their dates fall
// in one window:
// within two days of each other for days, the same month for months (a
// month-dated report joins a day-dated event of that month), the same year
// for years. Reports without a date merge only within their article. The
// ID is a hash of the shared fields and the window's first date, so it is
// stable across runs on the same input.
func Merge(analyses []*kroniek.Analysis) {
	MergeCopies(analyses, nil)
}

// MergeCopies is Merge knowing which articles are copies of others
// (links' DuplicateOf, found when stories are built): a copy's events are
// read as its original's, so an event told in an article and again in its
// word-for-word copy is one event with both sources, also when its sides
// are generic or text and would otherwise stay within their article. A
// copy is no second report: it does not make an event corroborated.
func MergeCopies(analyses []*kroniek.Analysis, links []kroniek.ArticleLink) {
	orig := originals(links)
	groups := map[string][]*kroniek.Event{}
	var order []string
	for _, a := range analyses {
		if a == nil {
			continue
		}
		for i := range a.Events {
			e := &a.Events[i]
			if e.Article == "" {
				e.Article = a.Article
			}
			k := mergeKey(e, canonical(orig, e.Article))
			if _, ok := groups[k]; !ok {
				order = append(order, k)
			}
			groups[k] = append(groups[k], e)
		}
	}
	for _, k := range order {
		for _, cl := range clusterByDate(groups[k], orig) {
			id := eventID(k, cl.bucket)
			var sources []string
			seen := map[string]bool{}
			reports := map[string]bool{} // originals: a copy is no report of its own
			for _, e := range cl.events {
				reports[canonical(orig, e.Article)] = true
				if !seen[e.Article] {
					seen[e.Article] = true
					sources = append(sources, e.Article)
				}
			}
			sort.Strings(sources)
			for _, e := range cl.events {
				e.ID = id
				e.Sources = append([]string(nil), sources...)
				e.Shown = shownFor(e, len(reports) > 1)
			}
		}
	}
}

// participants returns the sorted ids of one side of an event: global
// entity ids when resolution filled them, else article-scoped local keys,
// else the lowercased surface text.
func participants(article string, global, local []string, text string) string {
	var ids []string
	if len(global) >= len(local) && len(global) > 0 {
		ids = append(ids, global...)
	} else {
		seen := map[string]bool{}
		for _, g := range global {
			seen[g] = true
			ids = append(ids, g)
		}
		for _, l := range local {
			if !seen[l] && !strings.HasPrefix(l, "generic:") {
				ids = append(ids, article+"/"+l)
			}
		}
	}
	if len(ids) == 0 && text != "" {
		ids = append(ids, article+"/text:"+strings.ToLower(text))
	}
	sort.Strings(ids)
	return strings.Join(ids, ",")
}

// named reports whether ids hold an entity id, not only generic actors.
func named(ids []string) bool {
	for _, id := range ids {
		if !strings.HasPrefix(id, "generic:") {
			return true
		}
	}
	return false
}

// mergeKey is what reports of one event share. Reports whose sides hold no
// named entity ("de politie arresteerde …", a subject given only as text)
// merge within their article only: across articles they may be any police.
// article is the event's article, or the original it is a copy of.
func mergeKey(e *kroniek.Event, article string) string {
	k := fmt.Sprintf("%s|%t|%t|%s|%s", e.Type, e.Negated, e.Hypothetical,
		participants(article, e.Actor, e.ActorLocal, e.ActorText),
		participants(article, e.Recipient, e.RecipientLocal, e.RecipientText))
	if !named(e.Actor) && !named(e.Recipient) {
		k = article + "|" + k
	}
	return k
}

// originals maps each copy to the article it copies, following a chain
// of copies to its first article.
func originals(links []kroniek.ArticleLink) map[string]string {
	orig := map[string]string{}
	for _, l := range links {
		if l.DuplicateOf != "" && l.DuplicateOf != l.Article {
			orig[l.Article] = l.DuplicateOf
		}
	}
	return orig
}

// canonical is the article a copy copies (itself for an original).
func canonical(orig map[string]string, article string) string {
	for n := 0; n < len(orig); n++ {
		o, ok := orig[article]
		if !ok {
			break
		}
		article = o
	}
	return article
}

func eventID(key, bucket string) string {
	h := fnv.New64a()
	h.Write([]byte(key))
	h.Write([]byte{0})
	h.Write([]byte(bucket))
	return fmt.Sprintf("ev-%016x", h.Sum64())
}

type dateCluster struct {
	bucket string
	events []*kroniek.Event
	first  time.Time // day clusters only
	last   time.Time
}

// dayOf reads a day date, or a week date as its Thursday (kroniek.Date).
func dayOf(v string) (time.Time, bool) {
	d, ok := kroniek.ParseDate(v)
	if !ok || d.Year == 0 {
		return time.Time{}, false
	}
	switch d.Granularity() {
	case kroniek.GranDay:
		t, ok := d.First()
		return t, ok
	case kroniek.GranWeek:
		if d.Weekend {
			return time.Time{}, false
		}
		t, ok := d.First() // the week's Monday
		return t.AddDate(0, 0, 3), ok
	}
	return time.Time{}, false
}

// clusterByDate splits reports of one key into events by date window;
// undated reports stay within their article (and its copies: orig).
func clusterByDate(evs []*kroniek.Event, orig map[string]string) []*dateCluster {
	sort.SliceStable(evs, func(i, j int) bool {
		if evs[i].Date != evs[j].Date {
			return evs[i].Date < evs[j].Date
		}
		return evs[i].Article < evs[j].Article
	})
	var days, out []*dateCluster
	var coarse []*kroniek.Event
	for _, e := range evs {
		t, ok := dayOf(e.Date)
		if !ok {
			coarse = append(coarse, e)
			continue
		}
		if n := len(days); n > 0 && t.Sub(days[n-1].last) <= 48*time.Hour {
			days[n-1].events = append(days[n-1].events, e)
			days[n-1].last = t
			continue
		}
		days = append(days, &dateCluster{bucket: t.Format("2006-01-02"), events: []*kroniek.Event{e}, first: t, last: t})
	}
	out = append(out, days...)
	other := map[string]*dateCluster{}
	for _, e := range coarse {
		bucket := e.Date
		if bucket == "" {
			bucket = "article:" + canonical(orig, e.Article)
		}
		if len(e.Date) == 7 {
			joined := false
			for _, d := range days {
				if d.first.Format("2006-01") == e.Date || d.last.Format("2006-01") == e.Date {
					d.events = append(d.events, e)
					joined = true
					break
				}
			}
			if joined {
				continue
			}
		}
		cl := other[bucket]
		if cl == nil {
			cl = &dateCluster{bucket: bucket}
			other[bucket] = cl
			out = append(out, cl)
		}
		cl.events = append(cl.events, e)
	}
	return out
}
