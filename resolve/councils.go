package resolve

import (
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// councilMentions adds a mention for a municipality's executive named by
// a description: "het college", "het Vlissingse college", "het college
// van B en W (van Apeldoorn)", "B en W", "het gemeentebestuur". Each is
// linked to one entity per municipality: the town "van X" after it or
// its town adjective names, else the municipality the paragraph or, failing
// that, the article names most. A bare "het college" counts only in an
// article that speaks of municipal politics (wethouder, burgemeester,
// gemeenteraad), so a school's college stays out; "het college van
// bestuur" and a college with a name after it are other bodies. It
// returns cs with the new mentions, sorted by offset.
func councilMentions(doc *nl.Doc, cs []cand, matches []kb.Match, k *kb.KB) []cand {
	if k == nil || doc.Lang != "" && doc.Lang != "nl" {
		return cs
	}
	var added []cand
	municipal := -1 // whether the article speaks of municipal politics, once known
	for ti := 0; ti < len(doc.Tokens); ti++ {
		t := doc.Tokens[ti]
		lo, end := t.Start, ti // the span and its last token
		switch {
		case t.Text == "college" || t.Text == "gemeentebestuur":
			det := determinerBefore(doc, ti) || ti >= 2 && strings.ToLower(doc.Tokens[ti-2].Text) == "het" && townAdjective(doc.Tokens[ti-1].Text, k) != nil
			if !det || nameAfter(doc, ti, cs) {
				continue
			}
			if t.Text == "college" && ti+1 < len(doc.Tokens) && strings.ToLower(doc.Tokens[ti+1].Text) == "van" {
				e, ok := bAndW(doc, ti+2)
				if !ok {
					continue // het college van bestuur, van Rijksadviseurs
				}
				end = e
			}
		case t.Text == "B":
			e, ok := bAndW(doc, ti)
			if !ok {
				continue
			}
			end = e
		default:
			continue
		}
		hi := doc.Tokens[end].End
		if overlaps(cs, lo, hi) || overlapsCands(added, lo, hi) {
			ti = end
			continue
		}
		town, last := townAfter(doc, end+1, matches)
		if town != nil && !straddles(cs, hi, last) {
			hi = last // "B en W van Vlissingen": the town is part of the name
		} else if town != nil {
			// the town's mention runs past it: keep "B en W" alone
		} else if ti > 0 {
			if town = townAdjective(doc.Tokens[ti-1].Text, k); town != nil && !overlaps(cs, doc.Tokens[ti-1].Start, lo) {
				lo = doc.Tokens[ti-1].Start // "Vlissingse college"
			}
		}
		if town == nil {
			if municipal < 0 {
				municipal = 0
				if speaksMunicipal(doc) {
					municipal = 1
				}
			}
			if municipal == 0 {
				continue
			}
			town = articleTown(doc, t.Start, matches)
		}
		if town == nil {
			continue
		}
		added = append(added, cand{start: lo, end: hi, typ: kroniek.ORG, entry: councilEntry(town), fromKB: true, country: "NL"})
		ti = end
	}
	if len(added) == 0 {
		return cs
	}
	kept := cs[:0]
	for _, c := range cs {
		if !overlapsCands(added, c.start, c.end) {
			kept = append(kept, c) // a town inside "B en W van X" is part of that name
		}
	}
	cs = append(kept, added...)
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	return cs
}

// straddles reports whether a mention of cs starts inside [lo, hi) and
// ends after hi, or starts before lo and ends inside it.
func straddles(cs []cand, lo, hi int) bool {
	for _, c := range cs {
		if c.start < hi && lo < c.end && (c.end > hi || c.start < lo) {
			return true
		}
	}
	return false
}

// bAndW reports whether "B en W" or "burgemeester en wethouders" starts
// at token i, and its last token.
func bAndW(doc *nl.Doc, i int) (int, bool) {
	if i+2 >= len(doc.Tokens) || doc.Tokens[i+1].Text != "en" {
		return 0, false
	}
	a, b := doc.Tokens[i].Text, doc.Tokens[i+2].Text
	if a == "B" && b == "W" || a == "burgemeester" && b == "wethouders" {
		return i + 2, true
	}
	return 0, false
}

// overlaps reports whether a mention of cs overlaps [lo, hi); cs is
// sorted by start.
func overlaps(cs []cand, lo, hi int) bool {
	i := sort.Search(len(cs), func(i int) bool { return cs[i].end > lo })
	return i < len(cs) && cs[i].start < hi
}

// overlapsCands is overlaps for a short unsorted list.
func overlapsCands(cs []cand, lo, hi int) bool {
	for _, c := range cs {
		if c.start < hi && lo < c.end {
			return true
		}
	}
	return false
}

// townAfter is the Dutch municipality of "van X" at token i and the
// end of X.
func townAfter(doc *nl.Doc, i int, matches []kb.Match) (*kb.Entry, int) {
	if i+1 >= len(doc.Tokens) || doc.Tokens[i].Text != "van" {
		return nil, 0
	}
	off := doc.Tokens[i+1].Start
	j := sort.Search(len(matches), func(j int) bool { return matches[j].Start >= off })
	if j < len(matches) && matches[j].Start == off {
		if e := municipality(matches[j]); e != nil {
			return e, matches[j].End
		}
	}
	return nil, 0
}

// townAdjective is the Dutch municipality an adjective of a town names:
// Eindhovense → Eindhoven, Vlissingse → Vlissingen, Leidse → Leiden,
// Nijmeegse → Nijmegen.
func townAdjective(w string, k *kb.KB) *kb.Entry {
	stem, ok := strings.CutSuffix(w, "se")
	if !ok || stem == "" || stem == strings.ToLower(stem) {
		return nil
	}
	names := []string{stem, stem + "en"}
	if s, ok := strings.CutSuffix(stem, "eeg"); ok {
		names = append(names, s+"egen") // Nijmeeg → Nijmegen
	}
	for _, name := range names {
		for _, e := range k.Lookup(name) {
			if strings.HasPrefix(e.ID, "municipality:nl:") && e.Name == name {
				return e
			}
		}
	}
	return nil
}

// municipality is the Dutch municipality a match names, if any.
func municipality(m kb.Match) *kb.Entry {
	for _, e := range m.Entries {
		if strings.HasPrefix(e.ID, "municipality:nl:") {
			return e
		}
	}
	return nil
}

// speaksMunicipal reports whether the article speaks of municipal
// politics.
func speaksMunicipal(doc *nl.Doc) bool {
	for _, t := range doc.Tokens {
		w := strings.ToLower(t.Text)
		for _, p := range []string{"wethouder", "burgemeester", "gemeenteraad", "raadslid", "raadsleden", "gemeente"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// articleTown is the municipality the paragraph around off names most,
// else the one the article names most; nil on a tie or none.
func articleTown(doc *nl.Doc, off int, matches []kb.Match) *kb.Entry {
	most := func(lo, hi int) *kb.Entry {
		count := map[*kb.Entry]int{}
		for _, m := range matches {
			if m.Start >= lo && m.End <= hi {
				if e := municipality(m); e != nil {
					count[e]++
				}
			}
		}
		var best *kb.Entry
		n, tie := 0, false
		for e, c := range count {
			switch {
			case c > n:
				best, n, tie = e, c, false
			case c == n:
				tie = true
			}
		}
		if tie {
			return nil
		}
		return best
	}
	if lo, hi, ok := paragraphOf(doc, off); ok {
		if e := most(lo, hi); e != nil {
			return e
		}
	}
	return most(0, len(doc.Text))
}

// councilEntry is the entry of a municipality's executive, one per town
// across articles.
func councilEntry(town *kb.Entry) *kb.Entry {
	return townBody(town, "org:college-", "college van B en W ")
}

// municipalityMentions links "de gemeente" to the one municipality the
// article names as "gemeente X" ("De gemeente Breda ... zegt de
// gemeente"): both become one ORG entity per town, shared across
// articles. An article that names two municipalities so is left alone,
// as is "gemeente" without "de" before it or with a name after it.
func municipalityMentions(doc *nl.Doc, cs []cand, k *kb.KB) []cand {
	if k == nil || doc.Lang != "" && doc.Lang != "nl" {
		return cs
	}
	var named []int
	var town *kb.Entry
	for i, c := range cs {
		rest, ok := strings.CutPrefix(c.text(doc), "gemeente ")
		if !ok || c.entry != nil {
			continue
		}
		var e *kb.Entry
		for _, x := range k.Lookup(rest) {
			if strings.HasPrefix(x.ID, "municipality:nl:") && x.Name == rest {
				e = x
			}
		}
		if e == nil || town != nil && e != town {
			return cs // not a municipality, or two of them
		}
		town = e
		named = append(named, i)
	}
	if town == nil {
		return cs
	}
	entry := municipalityEntry(town)
	for _, i := range named {
		cs[i].entry, cs[i].typ, cs[i].fromKB, cs[i].country = entry, kroniek.ORG, true, "NL"
	}
	var added []cand
	for ti, t := range doc.Tokens {
		if t.Text != "gemeente" || ti == 0 || strings.ToLower(doc.Tokens[ti-1].Text) != "de" || nameAfter(doc, ti, cs) || overlaps(cs, t.Start, t.End) {
			continue
		}
		if ti+1 < len(doc.Tokens) {
			if r := doc.Tokens[ti+1].Text; r != strings.ToLower(r) {
				continue // "de gemeente Breda" the tagger missed
			}
		}
		added = append(added, cand{start: t.Start, end: t.End, typ: kroniek.ORG, entry: entry, fromKB: true, country: "NL"})
	}
	cs = append(cs, added...)
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	return cs
}

// municipalityEntry is the entry of a municipality as a body, one per
// town across articles.
func municipalityEntry(town *kb.Entry) *kb.Entry {
	return townBody(town, "org:gemeente-", "gemeente ")
}

// townBody is the entry of a body of town (its id the prefix and the
// town's, its name the name's start and the town's), made once per
// process so that every article's mention joins the same entity.
func townBody(town *kb.Entry, prefix, name string) *kb.Entry {
	id := prefix + strings.TrimPrefix(town.ID, "municipality:nl:")
	bodyMu.Lock()
	defer bodyMu.Unlock()
	if e := bodyEntries[id]; e != nil {
		return e
	}
	e := &kb.Entry{ID: id, Name: name + town.Name, Type: kroniek.ORG, Country: "NL", Kind: kb.KindOrg}
	bodyEntries[id] = e
	return e
}
