package resolve

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// dropTownAdjectives cuts the adjective of a town that a paper writes
// before a name from the name: "het Dongense Tuf Recycling" is Tuf
// Recycling in Dongen, "de Bossche Vughterstraat" the Vughterstraat,
// "het Zeeuwse Philippine" the village Philippine. The adjective is a
// Dutch municipality's (Dongen → Dongense, Nijmegen → Nijmeegse: see
// townAdjective), follows a word in lower case or an article, and what is left is a
// name of its own: the article names it without the adjective too, the
// knowledge base knows it as one word, or it is one compound ending in a
// place noun (Marikenstraat, Statenzaal). Names the adjective belongs to
// stay whole: those the knowledge base knows (Leidsche Rijn), those an
// acronym in brackets spells (Rotterdamse Schoolvereniging (RSV)), and
// those whose rest is no name alone (Zaanse Schans, Zoetermeerse Rijweg).
func dropTownAdjectives(doc *nl.Doc, cs []cand, k *kb.KB) {
	if k == nil || doc.Lang != "" && doc.Lang != "nl" {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.fromKB || c.entry != nil || c.byline || c.role != "" {
			continue
		}
		t := c.text(doc)
		adj, rest, ok := strings.Cut(t, " ")
		if !ok || !startsUpper(rest) || townAdjective(adj, k) == nil {
			continue
		}
		ti := tokenIndex(doc, c.start)
		if ti < 1 || doc.Tokens[ti-1].Kind != nl.Word || !startsLower(doc.Tokens[ti-1].Text) && !articleWord(doc.Tokens[ti-1].Text) {
			continue
		}
		if spelledAfter(doc, c.end, t) || !nameAlone(doc, cs, c, rest, k) {
			continue
		}
		c.start += len(adj) + 1
	}
}

// spelledAfter reports whether an acronym in brackets after end spells
// name's words, the first one among them: "Rotterdamse Schoolvereniging
// (RSV)".
func spelledAfter(doc *nl.Doc, end int, name string) bool {
	rest := strings.TrimLeft(doc.Text[end:], " ")
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	acr, _, ok := strings.Cut(rest[1:], ")")
	if !ok || len(acr) < 2 || strings.ToUpper(acr) != acr {
		return false
	}
	return strings.HasPrefix(acr, strings.ToUpper(name[:1]))
}

// nameAlone reports whether rest, a name after a town's adjective, is a
// name without it: another mention of the article opens with it, the
// knowledge base knows the one word, or it is one compound ending in a
// place noun after a stem of four letters or more (Vughterstraat, not
// Rijweg).
func nameAlone(doc *nl.Doc, cs []cand, c *cand, rest string, k *kb.KB) bool {
	for i := range cs {
		o := &cs[i]
		if o == c || o.start == c.start {
			continue
		}
		if t := o.text(doc); (t == rest || strings.HasPrefix(t, rest+" ")) && !strings.HasPrefix(doc.Text[o.end:], "-") {
			return true // not a compound's part: the Nachtwacht-commissie names no Nachtwacht
		}
	}
	if strings.ContainsAny(rest, " -") {
		return false
	}
	if len(k.Lookup(rest)) > 0 {
		return true
	}
	h, typ := classHead(rest)
	return typ == kroniek.LOC && len(rest)-len(h) >= 4
}

// articleWord reports whether w is a definite or indefinite article,
// perhaps opening a sentence.
func articleWord(w string) bool {
	switch strings.ToLower(w) {
	case "de", "het", "een":
		return true
	}
	return false
}

// adjectivesSpelled extends a name over the place adjective before it
// when the acronym in brackets after the name spells the adjective too:
// "de Rotterdamse Schoolvereniging (RSV)", "de Zeeuwse Milieu Federatie
// (ZMF)", and the acronym of its English name, one letter a word: "de
// Syrische Democratische Strijdkrachten (SDF)". The acronym's first letter is the adjective's,
// the rest spell the name's words or its one compound, or are as many
// as its words (a translated name's); the adjective then
// is part of the body's name, not a word about it.
func adjectivesSpelled(doc *nl.Doc, cs []cand) {
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.byline {
			continue
		}
		rest := doc.Text[c.end:]
		if !strings.HasPrefix(rest, " (") {
			continue
		}
		acr, _, ok := strings.Cut(rest[2:], ")")
		if !ok || len(acr) < 3 || len(acr) > 8 || strings.ToUpper(acr) != acr || strings.ContainsAny(acr, " -") {
			continue
		}
		ti := tokenIndex(doc, c.start)
		if ti < 1 {
			continue
		}
		adj := doc.Tokens[ti-1]
		if adj.Kind != nl.Word || !placeAdjective(adj.Text) || adj.End+1 != c.start || adj.Text[:1] != acr[:1] {
			continue
		}
		if name := c.text(doc); !spellsInitials(acr[1:], name, nil) && !compoundSpells(acr[1:], name) && !translatedAcronym(acr, name) {
			continue
		}
		c.start = adj.Start
	}
}

// translatedAcronym reports whether an acronym has one letter for each
// word of a name of two words or more and one for the adjective before
// it, the letters of its name in another language: SDF for the Syrische
// Democratische Strijdkrachten (Syrian Democratic Forces).
func translatedAcronym(acr, name string) bool {
	ws := strings.Fields(name)
	return len(ws) >= 2 && utf8.RuneCountInString(acr) == len(ws)+1
}

// splitKnownPairs splits a name the tagger ran over two names side by
// side, which the parse leaves as one flat name: a place or a body the
// article or the knowledge base knows, then a person, a body or a thing
// the article names alone ("in Amsterdam Baudet met de dood bedreigde",
// "als Europa Huawei uitsluit", "nodigde de NVWA Sailors and Crooks
// uit"). The whole is written once and known to nobody; a body's branch
// in a place (Shell Nederland, Heracles Almelo) ends in a place and stays
// whole, and a person's name never opens such a pair (Hillary Clinton).
func splitKnownPairs(doc *nl.Doc, cs []cand, k *kb.KB) []cand {
	if k == nil || doc.Lang != "" && doc.Lang != "nl" {
		return cs
	}
	types := map[string]map[string]bool{} // a name standing alone -> its types
	personWords := map[string]bool{}      // first and last words of the article's full names of persons
	for _, c := range cs {
		t := c.text(doc)
		if types[t] == nil {
			types[t] = map[string]bool{}
		}
		types[t][c.typ] = true
		if ws := strings.Fields(t); c.typ == kroniek.PER && len(ws) >= 2 {
			personWords[ws[0]], personWords[ws[len(ws)-1]] = true, true
		}
	}
	known := func(s string) map[string]bool {
		ts := map[string]bool{}
		for t := range types[s] {
			if t != kroniek.PER || personWords[s] {
				ts[t] = true // a person alone only as part of a full name of the article: Baudet of Thierry Baudet
			}
		}
		for _, e := range k.Lookup(s) {
			if !slices.Contains(e.Aliases, s) && e.Name != s {
				continue // as the knowledge base writes it: Ad is no AD
			}
			switch e.Kind {
			case kb.KindCountry, kb.KindCapital, kb.KindCity:
				ts[kroniek.LOC] = true
			case kb.KindOrg:
				ts[kroniek.ORG] = true
			case kb.KindPerson:
				ts[kroniek.PER] = true
			}
		}
		return ts
	}
	var out []cand
	for _, c := range cs {
		t := c.text(doc)
		if c.entry != nil || c.fromKB || c.role != "" || !strings.Contains(t, " ") || strings.Count(doc.Text, t) > 1 || len(k.Lookup(t)) > 0 {
			out = append(out, c)
			continue
		}
		split := false
		for i := 0; i < len(t) && !split; i++ {
			if t[i] != ' ' {
				continue
			}
			l, r := t[:i], t[i+1:]
			if lw := l[strings.LastIndexByte(l, ' ')+1:]; particles[strings.ToLower(lw)] || isGivenName(l) || classOf(lw) != "" {
				continue // a class noun names what follows: Aanpassingswet AVG
			}
			kl, kr := known(l), known(r)
			if len(kl) == 0 || len(kr) == 0 || kl[kroniek.PER] || kl[kroniek.MISC] || kr[kroniek.LOC] || isGivenName(strings.Fields(r)[0]) && kr[kroniek.PER] && len(strings.Fields(r)) > 1 {
				continue
			}
			left, right := c, c
			left.end, right.start = c.start+i, c.start+i+1
			left.typ, right.typ = pick1(kl, kroniek.LOC, kroniek.ORG), pick1(kr, kroniek.PER, kroniek.ORG, kroniek.MISC)
			out = append(out, left, right)
			split = true
		}
		if !split {
			out = append(out, c)
		}
	}
	return out
}

// pick1 returns the first of the types that ts holds.
func pick1(ts map[string]bool, order ...string) string {
	for _, t := range order {
		if ts[t] {
			return t
		}
	}
	return order[0]
}
