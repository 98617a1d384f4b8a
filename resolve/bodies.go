package resolve

import (
	"sort"
	"strings"
	"sync"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// body is a public body Dutch names with a common noun ("de politie",
// "het kabinet"). Every country has one, so the word alone does not say
// whose it is.
type body struct {
	id     string // stem of the knowledge-base id: org:<id>-<country>
	nl     string // the Dutch body's knowledge-base id, when the KB has it
	home   bool   // only the Netherlands' body is meant (foreign ones stay groups)
	plain  string // display name of a body the KB does not have
	lonely bool   // needs no article: a headline or dateline may write "Politie"
	caps   bool   // also written with a capital (de Rijksoverheid)
	abroad string // display name of a home body's foreign twin, named only by a nationality adjective ("de Indiase regering")
	bare   bool   // also written without an article, only in an article that names the body itself: "volgens justitie" beside "het OM"
	not    string // an adjective that makes the noun another body: de sociale recherche is a town's
}

// bodies are the bodies written in lower case. A government ("het
// kabinet", "de regering") is the Dutch one unless a nationality
// adjective names another ("de Indiase regering"): a bare foreign
// government whose country only the topic suggests stays unlinked.
var bodies = map[string]body{
	"politie":       {id: "politie", nl: "org:politie-nl", plain: "politie", lonely: true},
	"kabinet":       {id: "kabinet", nl: "org:kabinet-nl", home: true, abroad: "regering"},
	"regering":      {id: "kabinet", nl: "org:kabinet-nl", home: true, abroad: "regering"},
	"rijksoverheid": {id: "kabinet", nl: "org:kabinet-nl", home: true, caps: true, lonely: true},
	"marechaussee":  {id: "marechaussee", home: true, plain: "Koninklijke Marechaussee"},
	"brandweer":     {id: "brandweer", plain: "brandweer"},
	// "de recherche" is the police's detectives, part of the police body
	// ("volgens de recherche", "de Amsterdamse recherche"); the social
	// security fraud unit "de sociale recherche" is a town's own
	"recherche": {id: "politie", nl: "org:politie-nl", plain: "politie", not: "sociale"},
	// "justitie" alone is the prosecution in Dutch crime news ("volgens
	// justitie", "Justitie eist"), but also a ministry or a foreign
	// country's courts: it is linked only where the article names the
	// Dutch Openbaar Ministerie itself
	"justitie": {id: "justitie", nl: "org:om-nl", home: true, bare: true},
	// not "leger": "het leger", "het Syrische leger" name no body of
	// their own (three audits judged them no name, and the golds give
	// their armies no form)
}

// bodyMentions adds a mention for each body written as a common noun
// ("de politie", "de Duitse politie", "het kabinet") that no other
// mention covers, linked to one entity per country: a nationality
// adjective right before it decides, else the foreign country the
// paragraph or, failing that, the article is about (as for portfolios),
// else the Netherlands. A body followed by a name ("politie Den Haag")
// is a unit of its own and left to the tagger. It returns cs with the
// new mentions, sorted by offset.
func bodyMentions(doc *nl.Doc, cs []cand, matches []kb.Match, k *kb.KB) []cand {
	if k == nil || doc.Lang != "" && doc.Lang != "nl" {
		return cs
	}
	covered := func(lo, hi int) int {
		i := sort.Search(len(cs), func(i int) bool { return cs[i].end > lo })
		if i < len(cs) && cs[i].start < hi {
			return i
		}
		return -1
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	var added []cand
	article := ""
	homeSeen := false        // a government shown Dutch by its sentence in an article about abroad
	var whole map[string]int // the countries of the whole article, counted once
	wholeSignals := func() map[string]int {
		if whole == nil {
			whole = countSignals(matches, 0, len(doc.Text))
		}
		return whole
	}
	for ti, t := range doc.Tokens {
		b, ok := bodies[strings.ToLower(t.Text)]
		if !ok || !b.caps && t.Text != strings.ToLower(t.Text) && !(sentenceStart(doc, ti) && t.Text[1:] == strings.ToLower(t.Text[1:])) {
			continue
		}
		if b.bare && !prosecutionNamed(doc, cs, b.nl) {
			continue // "justitie" in an article that names no Dutch prosecution
		}
		if nameAfter(doc, ti, cs) || b.not != "" && ti > 0 && strings.ToLower(doc.Tokens[ti-1].Text) == b.not {
			continue
		}
		own := covered(t.Start, t.End)
		country, adjStart := adjectiveBefore(doc, ti, matches)
		named := country != ""
		if own >= 0 && cs[own].start != t.Start && country != "" && cs[own].end == t.End && adjectiveAt(cs[own].start, matches) {
			// the tagger's "Duitse politie": the body with its adjective
		} else if own >= 0 && (cs[own].start != t.Start || cs[own].end != t.End || cs[own].entry != nil) {
			continue // part of a longer name, or already linked
		}
		if country == "" && !determinerBefore(doc, ti) && !(b.lonely && (b.caps || sentenceStart(doc, ti))) && !(b.bare && bareBody(doc, ti)) {
			continue // "politie" inside a phrase: politie en justitie, een politie
		}
		if country == "" && b.home && !homeOnly(wholeSignals()) {
			switch home := homeSentence(doc, t.Start, matches, wholeSignals()); {
			case home == homeYes:
				homeSeen = true
			case home == homeUnnamed && homeSeen:
				// a later "het kabinet" in a sentence without names is the
				// one an earlier sentence showed to be Dutch
			default:
				continue // a government in an article about abroad: whose is unsure
			}
			country = "NL"
		}
		if country == "" {
			if article == "" {
				article = foreignTopic(wholeSignals(), 3)
			}
			country = article
			if lo, hi, ok := paragraphOf(doc, t.Start); ok {
				if f := foreignTopic(countSignals(matches, lo, hi), 2); f != "NL" {
					country = f
				}
			}
		}
		e := bodyEntry(b, country, named, k)
		if e == nil {
			continue
		}
		if own >= 0 { // the tagger's "Politie" at the head of a sentence
			cs[own].entry, cs[own].typ, cs[own].fromKB, cs[own].country = e, kroniek.ORG, true, country
			continue
		}
		start := t.Start
		if named && b.home && country != "NL" && covered(adjStart, t.Start) < 0 {
			start = adjStart // "Indiase regering": the adjective is what names it
		} else if s := officialAdjective(doc, ti, e); s >= 0 && covered(s, t.Start) < 0 {
			start = s // "de nationale politie": the body's own name in lower case
		}
		added = append(added, cand{start: start, end: t.End, typ: kroniek.ORG, entry: e, fromKB: true, country: country})
	}
	if len(added) == 0 {
		return cs
	}
	cs = append(cs, added...)
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	return cs
}

// bodyEntries keeps one entry per body and country, so that all
// articles' "politie" of one country share an id.
var (
	bodyMu      sync.Mutex
	bodyEntries = map[string]*kb.Entry{}
)

// bodyEntry is the knowledge-base entry of b in country: the KB's own
// for the Dutch body when it has one, else one made up for the body.
// It is nil for a foreign body that is only meant at home, unless a
// nationality adjective names its country (named) and the body has a
// foreign twin: "de Indiase regering" is India's government, one entity
// per country across articles, kept apart from the country itself.
func bodyEntry(b body, country string, named bool, k *kb.KB) *kb.Entry {
	if country == "NL" && b.nl != "" {
		if e, ok := k.Get(b.nl); ok {
			return e
		}
	}
	if b.home && country != "NL" && named && b.abroad != "" {
		b.plain = b.abroad
	} else if b.home && country != "NL" || b.plain == "" {
		return nil
	}
	id := "org:" + b.id + "-" + strings.ToLower(country)
	bodyMu.Lock()
	defer bodyMu.Unlock()
	if e := bodyEntries[id]; e != nil {
		return e
	}
	name := b.plain
	if country != "NL" {
		name += " (" + country + ")"
	}
	e := &kb.Entry{ID: id, Name: name, Type: kroniek.ORG, Country: country, Kind: kb.KindOrg}
	bodyEntries[id] = e
	return e
}

// countSignals counts the countries the names in [lo, hi) point to;
// matches are sorted by offset and do not overlap.
func countSignals(matches []kb.Match, lo, hi int) map[string]int {
	count := map[string]int{}
	for i := sort.Search(len(matches), func(i int) bool { return matches[i].Start >= lo }); i < len(matches) && matches[i].Start < hi; i++ {
		m := matches[i]
		if m.End > hi {
			continue
		}
		e := m.Entries[0]
		if e.Country == "" || strings.HasPrefix(e.ID, "org:min-") {
			continue
		}
		switch e.Kind {
		case kb.KindCountry, kb.KindDemonym, kb.KindCapital, kb.KindCity, kb.KindMetonym, kb.KindOrg, kb.KindPerson:
			count[e.Country]++
		}
	}
	return count
}

// adjectiveBefore is the country of a nationality adjective right before
// token ti ("de Duitse politie") and the adjective's start.
func adjectiveBefore(doc *nl.Doc, ti int, matches []kb.Match) (string, int) {
	for i := sort.Search(len(matches), func(i int) bool { return matches[i].TokEnd >= ti }); i < len(matches) && matches[i].TokEnd == ti; i++ {
		if m := matches[i]; m.Entries[0].Kind == kb.KindDemonym && m.Entries[0].Country != "" {
			return m.Entries[0].Country, m.Start
		}
	}
	return "", -1
}

// adjectiveAt reports whether a nationality adjective starts at off.
func adjectiveAt(off int, matches []kb.Match) bool {
	for i := sort.Search(len(matches), func(i int) bool { return matches[i].Start >= off }); i < len(matches) && matches[i].Start == off; i++ {
		if matches[i].Entries[0].Kind == kb.KindDemonym {
			return true
		}
	}
	return false
}

// determinerBefore reports whether "de" or "het" stands right before
// token ti, or two tokens before with an adjective between ("de lokale
// politie").
func determinerBefore(doc *nl.Doc, ti int) bool {
	for j := ti - 1; j >= 0 && j >= ti-2; j-- {
		switch strings.ToLower(doc.Tokens[j].Text) {
		case "de", "het":
			return j == ti-1 || doc.Tokens[j+1].POS == nl.ADJ
		}
	}
	return false
}

// sentenceStart reports whether token ti opens a sentence.
func sentenceStart(doc *nl.Doc, ti int) bool {
	ss, off := doc.Sentences, doc.Tokens[ti].Start
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Start >= off })
	return i < len(ss) && ss[i].Start == off
}

// nameAfter reports whether a capitalised mention follows token ti:
// "politie Den Haag" names a unit of its own.
func nameAfter(doc *nl.Doc, ti int, cs []cand) bool {
	if ti+1 >= len(doc.Tokens) {
		return false
	}
	n := doc.Tokens[ti+1]
	if n.Text == strings.ToLower(n.Text) {
		return false
	}
	for _, c := range cs {
		if c.start == n.Start {
			return true
		}
	}
	return false
}

// homeOnly reports whether the names of an article point to the
// Netherlands more than to all other countries together.
func homeOnly(count map[string]int) bool {
	other := 0
	for c, n := range count {
		if c != "NL" {
			other += n
		}
	}
	return count["NL"] > other
}

// homeVerdict is what a sentence says about whose government it names.
type homeVerdict int

const (
	homeNo      homeVerdict = iota // its names are not all Dutch
	homeYes                        // its names are Dutch
	homeUnnamed                    // it has no names, and the article does not decide
)

// homeSentence tells whether the sentence around off points to the
// Netherlands in an article that is not only about it: the names before
// off in the sentence, or else all of its names, are Dutch and there is
// at least one ("D66 wil dat het kabinet ..."); a sentence without names
// ("Sjoerdsma wil dat het kabinet onderzoekt ...") goes by the article,
// which must name the Netherlands more often than any other country,
// and is homeUnnamed when it does not. A government of an article about
// abroad is thus the Dutch one all the same where its sentence or its
// article says so.
func homeSentence(doc *nl.Doc, off int, matches []kb.Match, whole map[string]int) homeVerdict {
	ss := doc.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i == len(ss) || ss[i].Start > off {
		return homeNo
	}
	dutch := func(count map[string]int) homeVerdict {
		if count["NL"] > 0 && len(count) == 1 {
			return homeYes
		}
		return homeNo
	}
	if before := countSignals(matches, ss[i].Start, off); len(before) > 0 {
		return dutch(before)
	}
	if all := countSignals(matches, ss[i].Start, ss[i].End); len(all) > 0 {
		return dutch(all)
	}
	for c, n := range whole {
		if c != "NL" && n >= whole["NL"] {
			return homeUnnamed
		}
	}
	if whole["NL"] > 0 {
		return homeYes
	}
	return homeUnnamed
}

// bareChamber links "de Kamer" to the Tweede Kamer, as Dutch political
// reporting calls it, when the article names no other chamber (no Eerste
// Kamer, no "Kamers", no senate) and is not about another country:
// "verantwoording aflegt in de Kamer", "de Kamer onjuist geïnformeerd".
// Where both chambers occur "Kamer" stays apart (GUIDELINES).
func bareChamber(doc *nl.Doc, cs []cand, matches []kb.Match, k *kb.KB) {
	if k == nil || doc.Lang != "" && doc.Lang != "nl" {
		return
	}
	var bare []int
	for i := range cs {
		if cs[i].entry == nil && cs[i].role == "" && cs[i].text(doc) == "Kamer" && !strings.HasPrefix(doc.Text[cs[i].end:], "s") {
			bare = append(bare, i)
		}
	}
	if len(bare) == 0 || strings.Contains(doc.Text, "Eerste Kamer") || strings.Contains(doc.Text, "Kamers") ||
		strings.Contains(strings.ToLower(doc.Text), "senaat") || foreignTopic(countSignals(matches, 0, len(doc.Text)), 3) != "NL" {
		return
	}
	var tk *kb.Entry
	for _, e := range k.Lookup("Tweede Kamer") {
		if e.Kind == kb.KindOrg {
			tk = e
			break
		}
	}
	if tk == nil {
		return
	}
	for _, i := range bare {
		cs[i].entry, cs[i].typ, cs[i].fromKB = tk, kroniek.ORG, true
	}
}

// prosecutionNamed reports whether the article names the prosecution
// itself: a mention linked to the knowledge-base entry id ("het Openbaar
// Ministerie", "het OM") with no place or nationality adjective before it
// ("het Praagse Openbaar Ministerie" is another), or its prosecutors ("de
// officier van justitie"). Only then is a bare "justitie" that body.
func prosecutionNamed(doc *nl.Doc, cs []cand, id string) bool {
	for _, c := range cs {
		if c.entry != nil && c.entry.ID == id && !capitalAdjectiveBefore(doc, c.start) {
			return true
		}
	}
	for i := 2; i < len(doc.Tokens); i++ {
		if strings.ToLower(doc.Tokens[i].Text) == "justitie" && doc.Tokens[i-1].Text == "van" {
			if w := strings.ToLower(doc.Tokens[i-2].Text); w == "officier" || w == "officieren" {
				return true
			}
		}
	}
	return false
}

// officialAdjective is the start of the word before token ti when that
// word and the body's noun spell the body's official name e.Name in
// lower case ("de nationale politie" for Nationale Politie), else -1.
func officialAdjective(doc *nl.Doc, ti int, e *kb.Entry) int {
	if ti == 0 || doc.Tokens[ti-1].End+1 != doc.Tokens[ti].Start {
		return -1
	}
	p := doc.Tokens[ti-1]
	if !strings.EqualFold(p.Text+" "+doc.Tokens[ti].Text, e.Name) {
		return -1
	}
	return p.Start
}

// capitalAdjectiveBefore reports whether the word right before off is a
// capitalised adjective of a place or people (Praagse, Belgische), which
// makes the body after it that place's own.
func capitalAdjectiveBefore(doc *nl.Doc, off int) bool {
	i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Start >= off })
	if i == 0 {
		return false
	}
	w := doc.Tokens[i-1].Text
	return startsUpper(w) && (strings.HasSuffix(w, "se") || strings.HasSuffix(w, "sche"))
}

// bareBody reports whether the body at token i, written without an
// article, acts or is acted on: "volgens justitie", "justitie eist". Not
// after van or voor, where it is a field or a portfolio ("officier van
// justitie", "woordvoerder justitie", "de commissie voor justitie"), nor
// in a pair ("politie en justitie").
func bareBody(doc *nl.Doc, i int) bool {
	if i == 0 {
		return true
	}
	switch strings.ToLower(doc.Tokens[i-1].Text) {
	case "van", "voor", "en", "of", "woordvoerder", "minister":
		return false
	}
	if i+1 < len(doc.Tokens) {
		if n := doc.Tokens[i+1].Text; n == "en" || n == "of" {
			return false
		}
	}
	return true
}
