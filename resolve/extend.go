package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// domains are the web domains a name of a site or paper may carry:
// "AD.nl", "Stadszaken.nl".
var domains = []string{".nl", ".be", ".com", ".org", ".eu", ".net", ".de", ".fr", ".co.uk"}

// extendSpans widens mentions to what the text shows is part of the
// name: a web domain right after it (AD.nl), an ordinal right before a
// school or other body ("5e Montessorischool"), a capitalised weekday or
// month after a first name ("Marja Zondag": Dutch writes weekdays in
// lower case, so a capital one inside a sentence is a family name), and
// a word broken at the end of a line ("Oppen-heimer") that the article
// also writes whole. It returns cs without the given names that a family
// name widened over its particles now covers ("Joris" of "Joris van 't
// Hoff").
func extendSpans(doc *nl.Doc, cs []cand, k *kb.KB) []cand {
	// last names of the article's full person names: Koolmees of Wouter
	// Koolmees is no first name before "van Sociale Zaken"
	lastNames := map[string]bool{}
	for i := range cs {
		if cs[i].typ == kroniek.PER {
			if ws := strings.Fields(cs[i].text(doc)); len(ws) >= 2 {
				lastNames[ws[len(ws)-1]] = true
			}
		}
	}
	for i := range cs {
		c := &cs[i]
		rest := doc.Text[c.end:]
		for _, d := range domains {
			if len(rest) > len(d) && strings.EqualFold(rest[:len(d)], d) || len(rest) == len(d) && strings.EqualFold(rest, d) {
				if after := rest[len(d):]; (after == "" || !startsLetter(after)) && !sentenceGlued(rest) {
					c.end += len(d)
					if c.typ == "" || c.typ == kroniek.PER || c.typ == kroniek.LOC {
						c.typ = kroniek.ORG
					}
					if k != nil && c.entry == nil {
						for _, e := range k.Lookup(c.text(doc)) {
							if e.Kind == kb.KindOrg {
								c.entry = e
								break
							}
						}
					}
				}
				break
			}
		}
		// "de Likud-partij", "de Fidesz-partij": a party's name with the
		// noun is the party
		if c.entry != nil && c.entry.Kind == kb.KindOrg && strings.HasPrefix(rest, "-partij") && !startsLetter(rest[len("-partij"):]) {
			c.end += len("-partij")
		}
		if ti := tokenIndex(doc, c.start); ti > 0 && c.entry == nil {
			// "Stichting Vogelklas Karel Schot": the tagger left out the
			// capitalised noun of the body
			p := doc.Tokens[ti-1]
			lp := strings.ToLower(p.Text)
			if p.End+1 == c.start && p.Text == "Dutch" && c.typ != "" && c.role == "" {
				// English, not Dutch: part of a name in a Dutch text
				// ("Dutch Design Week", "Dutch Solar Systems"), never a
				// person's ("Dutch Comic Con" the tagger took for one)
				c.start = p.Start
				if c.typ == kroniek.PER {
					c.typ = kroniek.MISC
				}
			}
			if p.End+1 == c.start && p.Text != lp && (bodyNouns[lp] || lp == "brouwerij" || lp == "uitgeverij") {
				c.start, c.role = p.Start, ""
				if t := classHeads[lp]; t != "" {
					c.typ = t
				} else {
					c.typ = kroniek.ORG
				}
			}
		}
		acronymStart(doc, c)
		if old := c.start; particleStart(doc, c) || givenStreet(doc, c) || bodyParticleStart(doc, c) {
			for j := range cs {
				if j != i && cs[j].start >= c.start && cs[j].end <= old {
					cs[j].dropped = true
				}
			}
		}
		articleStart(doc, c)
		plainDemonymStart(doc, c, k)
		particleEnd(doc, c)
		adjectiveHead(doc, c)
		if end, typ, ok := officialName(doc, c); ok {
			c.end, c.typ, c.entry, c.role = end, typ, nil, ""
		}
		if end, ok := ofName(doc, c, k, lastNames); ok && (c.typ == kroniek.PER || !personWithin(doc, cs, i, c.end, end)) {
			c.end = end
		}
		if end, ok := conjoinedTail(doc, cs, i, k); ok {
			for j := range cs {
				if j != i && cs[j].start >= c.end && cs[j].end <= end {
					cs[j].dropped = true
				}
			}
			c.end = end
		}
		if ws := strings.Fields(c.text(doc)); c.typ == kroniek.ORG || classOf(ws[len(ws)-1]) == kroniek.ORG {
			if ti := tokenIndex(doc, c.start); ti > 0 {
				p := doc.Tokens[ti-1]
				if ordinalToken(p.Text) && strings.TrimSpace(doc.Text[p.End:c.start]) == "" && c.start-p.End <= 1 {
					c.start = p.Start
					c.entry = nil // "7e Montessorischool" is not the one the name alone may be
				}
			}
		}
		if c.typ == kroniek.PER && !strings.Contains(c.text(doc), " ") {
			if ti := tokenIndex(doc, c.end-1); ti >= 0 && ti+1 < len(doc.Tokens) {
				n := doc.Tokens[ti+1]
				lw := strings.ToLower(n.Text)
				if n.Start == c.end+1 && doc.Text[c.end] == ' ' && n.Text != lw && (nl.Lex().Is(nl.ClassWeekday, lw) || nl.Lex().Is(nl.ClassMonth, lw)) &&
					!startsSentence(doc, n.Start) && firstNameLike(c.text(doc)) {
					c.end = n.End
				}
			}
		}
	}
	kept := cs[:0]
	for _, c := range cs {
		if !c.dropped {
			kept = append(kept, c)
		}
	}
	return kept
}

// sentenceGlued reports whether rest, a full stop and a domain's letters
// after a name, is rather the next sentence's first word printed without
// a space: "Mark Scherz.De drie …" (a domain is printed in lower case or
// in capitals: AD.nl, NU.NL).
func sentenceGlued(rest string) bool {
	return len(rest) > 2 && rest[1] >= 'A' && rest[1] <= 'Z' && rest[2] >= 'a' && rest[2] <= 'z'
}

// startsLetter reports whether s begins with a letter or digit.
func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// ordinalToken reports whether a token is an ordinal written in digits:
// 5e, 7de, 21ste.
func ordinalToken(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	switch s[i:] {
	case "e", "de", "ste":
		return true
	}
	return false
}

// ofName returns the end of a name the tagger cut before its particles:
// a first name before "van de Kerkhof" (Hans van de Kerkhof), a noun of
// a body before "van het Noorden" (Dagblad van het Noorden, Agentschap
// van de Generale Thesaurie). The words after the particles must be
// capitalised and none a place, country or body the knowledge base knows
// (Rutte van Nederland stays Rutte).
func ofName(doc *nl.Doc, c *cand, k *kb.KB, lastNames map[string]bool) (int, bool) {
	text := c.text(doc)
	if strings.Contains(text, " ") || c.entry != nil {
		return 0, false
	}
	person := c.typ == kroniek.PER && firstNameLike(text) && !lastNames[text]
	body := c.typ != kroniek.PER && (placeNouns[strings.ToLower(text)] || classOf(text) != "" || bodyNouns[strings.ToLower(text)])
	if !person && !body {
		return 0, false
	}
	ti := tokenIndex(doc, c.end-1)
	if ti < 0 {
		return 0, false
	}
	j := ti + 1
	nparts := 0
	for j < len(doc.Tokens) && nparts < 3 && nameParticlesNL[doc.Tokens[j].Text] {
		if body && nparts == 0 && doc.Tokens[j].Text != "van" {
			return 0, false
		}
		j++
		nparts++
	}
	if nparts == 0 || j >= len(doc.Tokens) {
		return 0, false
	}
	end := -1
	for j < len(doc.Tokens) {
		t := doc.Tokens[j]
		r, _ := utf8.DecodeRuneInString(t.Text)
		if t.Kind != nl.Word || !unicode.IsUpper(r) || t.Text == strings.ToUpper(t.Text) || startsSentence(doc, t.Start) ||
			strings.ContainsAny(t.Text, "0123456789") || adjective(doc, t.Text) {
			break
		}
		if k != nil && knownName(k, t.Text, body || person) || portfolioStart[kb.Fold(t.Text)] || person && classOf(t.Text) != "" {
			return 0, false // Slob van Onderwijs, Huyskens van de Bovag-bond
		}
		end = t.End
		j++
		if person {
			// one family name, not the first word of another name
			if j < len(doc.Tokens) {
				if r, _ := utf8.DecodeRuneInString(doc.Tokens[j].Text); unicode.IsUpper(r) && doc.Tokens[j].Kind == nl.Word {
					return 0, false
				}
			}
			break
		}
	}
	if end < 0 || strings.ContainsAny(doc.Text[c.end:end], "\n") {
		return 0, false
	}
	return end, true
}

// personWithin reports whether a full name other than cs[i] that the
// tagger called a person lies between from and to: "het Klimaatberaad van Ed
// Nijpels" names the body's chairman after "van", no part of its name.
func personWithin(doc *nl.Doc, cs []cand, i, from, to int) bool {
	for j := range cs {
		if j != i && cs[j].typ == kroniek.PER && cs[j].start >= from && cs[j].end <= to && strings.Contains(cs[j].text(doc), " ") {
			return true
		}
	}
	return false
}

// knownName reports whether the knowledge base knows w: for a body's
// name or a person's family name, only as something other than a place
// below the country (the Staten van Gelderland are Gelderland's;
// Alexander van Hattem is a person).
func knownName(k *kb.KB, w string, body bool) bool {
	for _, e := range k.Lookup(w) {
		if !body || e.Kind != kb.KindCity {
			return true
		}
	}
	return false
}

// bodyNouns are words that open names of papers and bodies followed by
// "van": Dagblad van het Noorden, Agentschap van de Generale Thesaurie.
var bodyNouns = setOf("dagblad", "agentschap", "nieuwsblad", "courant", "krant", "genootschap", "federatie",
	"vereniging", "stichting", "instituut", "centrum", "raad", "hof", "college", "bond", "unie", "fonds", "orde")

// portfolioStart holds the first words of portfolio names: "minister
// Slob van Onderwijs" does not make Slob van Onderwijs a name.
var portfolioStart = func() map[string]bool {
	m := map[string]bool{"rechtsbescherming": true, "medische": true, "milieu": true, "klimaat": true, "wonen": true}
	for p := range portfolios {
		w, _, _ := strings.Cut(p, " ")
		m[strings.TrimSuffix(w, ",")] = true
	}
	return m
}()

// institutionHeads are lower-case nouns that make the name after them the
// name of a body or place of its own: "gemeente Eindhoven" is not the
// city, "politie Den Haag" not the town, "station Duivendrecht" not the
// village. withVan heads take "van" first ("ministerie van VWS").
var institutionHeads = map[string]string{
	"gemeente": kroniek.ORG, "politie": kroniek.ORG, "rechtbank": kroniek.ORG, "station": kroniek.LOC,
	"gerechtshof": kroniek.ORG, "brandweer": kroniek.ORG, "luchthaven": kroniek.LOC, "bisdom": kroniek.ORG,
}

// placeBodyHeads are nouns of a body that, capitalised and directly
// before a place, make one name with it: "Omroep Westland meldde" is the
// broadcaster, not the region; "controles die Politie Oost-Twente houdt"
// the police unit. In lower case the noun is often an apposition before
// the body's own name ("omroep AT5", "omroep Max"), so only the
// capitalised noun counts for omroep.
var placeBodyHeads = map[string]string{
	"omroep": kroniek.ORG, "politie": kroniek.ORG, "gemeente": kroniek.ORG, "brandweer": kroniek.ORG,
	"bisdom": kroniek.ORG, "rechtbank": kroniek.ORG, "gerechtshof": kroniek.ORG,
}

// placeBodyHead returns the type of the body that w, a capitalised
// placeBodyHeads noun, names with c, a place right after it.
func placeBodyHead(w string, c *cand) (string, bool) {
	lw := strings.ToLower(w)
	t, ok := placeBodyHeads[lw]
	return t, ok && w != lw && startsUpper(w) && c.typ == kroniek.LOC
}

var withVanHeads = map[string]string{
	"ministerie": kroniek.ORG, "universiteit": kroniek.ORG, "hogeschool": kroniek.ORG, "gemeente": kroniek.ORG,
	"rechtbank": kroniek.ORG, "gerechtshof": kroniek.ORG, // "de rechtbank van Breda"
}

// withInHeads take "in" or "te" and a place: "de rechtbank in Rotterdam".
var withInHeads = map[string]string{"rechtbank": kroniek.ORG, "gerechtshof": kroniek.ORG}

// capitalHeads are withVan heads the tagger takes alone when capitalised
// ("Universiteit" of "Universiteit van Amsterdam").
var capitalHeads = setOf("universiteit", "hogeschool")

// placeNamedHeads name their body after a place that the tagger may
// take for a person ("universiteit van Twente", "bisdom Roermond").
var placeNamedHeads = setOf("universiteit", "hogeschool", "bisdom")

// portfolioName reports whether the name after "ministerie van" names the
// ministry alone, as Dutch writes it after "minister van": a portfolio of
// two words or more (Economische Zaken, Justitie en Veiligheid,
// Landbouw, Natuur en Voedselkwaliteit). A portfolio of one word is a
// common noun or an acronym that needs its head: "ministerie van
// Justitie" (bare "Justitie" is often the prosecution), "ministerie van
// Milieu", "ministerie van VWS".
func portfolioName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if w != "en" && w != "," && !startsUpper(strings.TrimSuffix(w, ",")) {
			return false // "ministerie van Buitenlandse Zaken vandaag": a name runs in capitals
		}
	}
	return true
}

// institutionNames widens names to the lower-case noun of the body or
// place they name ("gemeente Eindhoven", "ministerie van VWS", "station
// Duivendrecht") and adds the names of that kind the tagger cannot see: a
// place adjective before a court or police force ("Rotterdamse
// rechtbank"), a cabinet by its premier ("kabinet-Lubbers") and a
// numbered line ("tramlijn 26").
func institutionNames(doc *nl.Doc, cs []cand, k *kb.KB) []cand {
	if doc.Lang != "" && doc.Lang != "nl" {
		return cs
	}
	var widened []int
	for i := range cs {
		c := &cs[i]
		ti := tokenIndex(doc, c.start)
		if ti < 1 {
			continue
		}
		head, typ := -1, ""
		p := doc.Tokens[ti-1]
		if t, ok := institutionHeads[p.Text]; ok && p.End+1 == c.start {
			head, typ = ti-1, t
		} else if t, ok := institutionHeads[strings.ToLower(p.Text)]; ok && p.End+1 == c.start && startsUpper(p.Text) && (ti == 1 || sentenceStart(doc, ti-1)) {
			head, typ = ti-1, t // a headline's "Politie Utrecht kreeg …"
		} else if t, ok := placeBodyHead(p.Text, c); ok && p.End+1 == c.start {
			head, typ = ti-1, t // "nieuws dat Omroep Westland bracht"
		} else if ti >= 2 && p.Text == "van" {
			h := doc.Tokens[ti-2].Text
			if h == "ministerie" && portfolioName(doc.Text[c.start:c.end]) {
				continue // "het ministerie van Economische Zaken": the portfolio names it
			}
			if t, ok := withVanHeads[h]; ok {
				head, typ = ti-2, t
			} else if t, ok := withVanHeads[strings.ToLower(h)]; ok && capitalHeads[strings.ToLower(h)] && h[1:] == strings.ToLower(h[1:]) && !longerNameAt(doc, cs, ti-2) {
				head, typ = ti-2, t // the tagger's "Universiteit" before "van Amsterdam"
			}
		} else if ti >= 2 && (p.Text == "in" || p.Text == "te") && c.typ == kroniek.LOC {
			if t, ok := withInHeads[doc.Tokens[ti-2].Text]; ok {
				head, typ = ti-2, t // "de rechtbank in Rotterdam"
			}
		}
		if head < 0 {
			continue
		}
		if c.typ == kroniek.PER && c.entry == nil && !placeNamedHeads[strings.ToLower(doc.Tokens[head].Text)] {
			continue
		}
		if doc.Tokens[head].Text == "gemeente" && inPlace(doc, head) {
			continue // "Hertme (gemeente Borne)", "in de gemeente Borne": the place
		}
		c.start, c.typ, c.classTyped = doc.Tokens[head].Start, typ, true
		if j := hyphenedNext(doc, cs, i); j >= 0 {
			c.end = cs[j].end // "bisdom Haarlem-Amsterdam"
		}
		widened = append(widened, i)
		c.entry, c.metonym, c.standsFor, c.weak = nil, false, "", false
		if k != nil {
			for _, e := range k.Lookup(c.text(doc)) {
				if e.Kind == kb.KindOrg {
					c.entry = e // ministerie van VWS
					break
				}
			}
		}
	}
	for i := 0; i+1 < len(doc.Tokens); i++ {
		t, n := doc.Tokens[i], doc.Tokens[i+1]
		lt := strings.ToLower(n.Text)
		switch {
		case (lt == "rechtbank" || lt == "politie") && n.Text == lt && adjective(doc, t.Text) && t.End+1 == n.Start:
			cs = append(cs, cand{start: t.Start, end: n.End, typ: kroniek.ORG})
		case strings.HasPrefix(t.Text, "kabinet-") && len(t.Text) > len("kabinet-") && startsUpper(t.Text[len("kabinet-"):]):
			cs = append(cs, cand{start: t.Start, end: t.End, typ: kroniek.ORG})
		case strings.HasSuffix(t.Text, "lijn") && t.Text != "lijn" && t.Text == strings.ToLower(t.Text) && n.Kind == nl.Number && t.End+1 == n.Start && len(n.Text) <= 3:
			cs = append(cs, cand{start: t.Start, end: n.End, typ: kroniek.MISC})
		case strings.ToLower(t.Text) == "ministerie" && n.Text == "van":
			if end := lowerPortfolioEnd(doc, i+2); end > 0 {
				c := cand{start: t.Start, end: end, typ: kroniek.ORG, classTyped: true}
				widened = append(widened, len(cs))
				cs = append(cs, c) // "het ministerie van economische zaken"
			}
		default:
			if end, ok := lowerBodyEnd(doc, i); ok {
				c := cand{start: t.Start, end: end, typ: kroniek.ORG, classTyped: true}
				if k != nil {
					for _, e := range k.Lookup(c.text(doc)) {
						if e.Kind == kb.KindOrg {
							c.entry = e
							break
						}
					}
				}
				widened = append(widened, len(cs))
				cs = append(cs, c) // "de rooms-katholieke kerk"
			}
		}
	}
	return dropInside(cs, widened)
}

// dropInside removes the mentions that end inside one of the widened
// mentions cs[widened]: the tagger's "Universiteit" or "Amsterdam" of
// "Universiteit van Amsterdam", "Haarlem" and "Amsterdam" of "bisdom
// Haarlem-Amsterdam". A mention that reaches beyond it stays.
func dropInside(cs []cand, widened []int) []cand {
	if len(widened) == 0 {
		return cs
	}
	wide := make(map[int]bool, len(widened))
	for _, i := range widened {
		wide[i] = true
	}
	out := make([]cand, 0, len(cs))
	for i, c := range cs {
		inside := false
		for _, w := range widened {
			if i != w && !wide[i] && c.end > cs[w].start && c.end <= cs[w].end && c.start >= cs[w].start-4 {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, c)
		}
	}
	return out
}

// lowerPortfolioEnd returns the end of a portfolio written in lower case
// from token i on, the longest one of at most seven tokens ("economische
// zaken", "volksgezondheid, welzijn en sport"), or 0. A capitalised
// portfolio is the tagger's name.
func lowerPortfolioEnd(doc *nl.Doc, i int) int {
	if i >= len(doc.Tokens) || doc.Tokens[i].Text != strings.ToLower(doc.Tokens[i].Text) {
		return 0
	}
	end := 0
	for j := i; j < len(doc.Tokens) && j < i+7; j++ {
		t := doc.Tokens[j]
		if t.Text != strings.ToLower(t.Text) || t.Kind != nl.Word && t.Text != "," {
			break
		}
		if portfolios[kb.Fold(doc.Text[doc.Tokens[i].Start:t.End])] {
			end = t.End
		}
	}
	return end
}

// lowerBodies are bodies whose Dutch name is written in lower case, as
// adjective and noun: "de katholieke kerk" is the church, as the
// knowledge base's Rooms-Katholieke Kerk.
var lowerBodies = map[string]string{"katholieke": "kerk", "rooms-katholieke": "kerk"}

// lowerBodyEnd returns the end of a body of lowerBodies that token i
// opens after "de" ("de katholieke kerk"); not a church building ("een
// katholieke kerk", "de katholieke kerk aan de Markt", "de katholieke
// kerk van Hengelo").
func lowerBodyEnd(doc *nl.Doc, i int) (int, bool) {
	t := doc.Tokens[i]
	noun, ok := lowerBodies[strings.ToLower(t.Text)]
	if !ok || i == 0 || i+1 >= len(doc.Tokens) || doc.Tokens[i+1].Text != noun || strings.ToLower(doc.Tokens[i-1].Text) != "de" {
		return 0, false
	}
	if i+3 < len(doc.Tokens) {
		switch doc.Tokens[i+2].Text {
		case "aan", "op", "bij":
			return 0, false
		case "van", "in", "te":
			if startsUpper(doc.Tokens[i+3].Text) {
				return 0, false
			}
		}
	}
	return doc.Tokens[i+1].End, true
}

// longerNameAt reports whether a mention covers token ti and starts
// before it by more than an article: "Future Water Research Institute van
// de Universiteit" keeps its own name.
func longerNameAt(doc *nl.Doc, cs []cand, ti int) bool {
	t := doc.Tokens[ti]
	for _, c := range cs {
		if c.start < t.Start-4 && c.end > t.Start {
			return true
		}
	}
	return false
}

// hyphenedNext returns the index of the mention right after cs[i] across
// a hyphen ("Haarlem-Amsterdam"), or -1.
func hyphenedNext(doc *nl.Doc, cs []cand, i int) int {
	e := cs[i].end
	if e+1 >= len(doc.Text) || doc.Text[e] != '-' {
		return -1
	}
	for j := range cs {
		if cs[j].start == e+1 {
			return j
		}
	}
	return -1
}

// startsUpper reports whether s begins with a capital.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// inPlace reports whether token i follows "(", "in" or "in de": "Hertme
// (gemeente Borne)", "in de gemeente Borne" name a place; "bij de
// gemeente Eindhoven" (working there) the body.
func inPlace(doc *nl.Doc, i int) bool {
	j := i - 1
	if j >= 0 && (doc.Tokens[j].Text == "de" || doc.Tokens[j].Text == "het") {
		j--
	}
	if j < 0 {
		return false
	}
	switch strings.ToLower(doc.Tokens[j].Text) {
	case "(", "in", "te", "uit", "naar":
		return true
	}
	return false
}

// acronymStart widens a name to the capitalised word before it when the
// acronym the text gives right after it spells that word too: "Europese
// Openbaar Ministerie (EOM)" is not the Openbaar Ministerie (OM).
func acronymStart(doc *nl.Doc, c *cand) {
	rest := doc.Text[c.end:]
	if !strings.HasPrefix(rest, " (") {
		return
	}
	close := strings.IndexByte(rest, ')')
	if close < 3 || close > 10 {
		return
	}
	acr := rest[2:close]
	if acr != strings.ToUpper(acr) || strings.ContainsAny(acr, " ") {
		return
	}
	all, caps := initials(c.text(doc))
	if all == acr || caps == acr {
		return
	}
	ti := tokenIndex(doc, c.start)
	if ti < 1 {
		return
	}
	p := doc.Tokens[ti-1]
	r, _ := utf8.DecodeRuneInString(p.Text)
	if p.Kind != nl.Word || !unicode.IsUpper(r) || p.End+1 != c.start {
		return
	}
	if string(r)+all == acr || string(r)+caps == acr {
		c.start = p.Start
		c.entry, c.weak = nil, false
	}
}

// upperCount counts the capitals in s.
func upperCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// officialHeads open Dutch official names that go on in lower case: "de
// Wet wapens en munitie", "de Commissie naamgeving openbare ruimte
// (Cnor)".
var officialHeads = map[string]string{"Wet": kroniek.MISC, "Commissie": kroniek.ORG, "Besluit": kroniek.MISC, "Regeling": kroniek.MISC}

// officialName returns the end and type of an official name that a
// one-word mention of its head opens: the lower-case words after it up
// to punctuation, a verb or a capitalised word, when the head is a law
// (Wet natuurbescherming, Wet op de geneeskundige behandelingsovereenkomst)
// or an acronym in brackets follows the words (Commissie naamgeving
// openbare ruimte (Cnor)). A head alone ("de Commissie zal") stays.
func officialName(doc *nl.Doc, c *cand) (int, string, bool) {
	typ, ok := officialHeads[c.text(doc)]
	if !ok || startsSentence(doc, c.start) {
		return 0, "", false
	}
	ti := tokenIndex(doc, c.end-1)
	if ti < 0 {
		return 0, "", false
	}
	end, words := -1, 0
	for j := ti + 1; j < len(doc.Tokens) && words < 8; j++ {
		t := doc.Tokens[j]
		if t.Kind != nl.Word || !startsLower(t.Text) || verbAt(doc, j) || strings.Contains(doc.Text[doc.Tokens[j-1].End:t.Start], "\n") {
			break
		}
		words++
		if !nameParticlesNL[t.Text] && !officialInner[t.Text] {
			end = t.End // a name ends in a content word, not "op de"
		}
	}
	if end < 0 {
		return 0, "", false
	}
	rest := doc.Text[end:]
	acr := strings.HasPrefix(rest, " (") && strings.IndexByte(rest, ')') > 3 && strings.IndexByte(rest, ')') < 10 && startsUpper(rest[2:])
	if c.text(doc) != "Wet" && !acr {
		return 0, "", false
	}
	return end, typ, true
}

// officialInner are the function words inside official names.
var officialInner = setOf("op", "in", "en", "ter", "tot", "van", "voor", "met", "over", "inzake", "het")

// particleEnd widens a name that ends in a capitalised particle to the
// capitalised word after it: "kabinet-Den Uyl", "Ter Apel".
func particleEnd(doc *nl.Doc, c *cand) {
	t := c.text(doc)
	last := t[strings.LastIndexAny(t, " -")+1:]
	if !startsUpper(last) || !nameParticlesNL[strings.ToLower(last)] || !strings.HasPrefix(doc.Text[c.end:], " ") {
		return
	}
	ti := tokenIndex(doc, c.end+1)
	if ti < 0 || doc.Tokens[ti].Start != c.end+1 {
		return
	}
	n := doc.Tokens[ti]
	if n.Kind != nl.Word || !startsUpper(n.Text) || strings.ToUpper(n.Text) == n.Text || nameParticlesNL[strings.ToLower(n.Text)] {
		return
	}
	c.end = n.End
}

// articleParticles are the article forms that Dutch family names keep
// after "van" or alone: Van 't Hoff, van 't Wout, in 't Veld.
var articleParticles = setOf("'t", "’t", "in")

// inParticleNext are the words that follow "in" when it opens a family
// name (In 't Veld, in den Bosch); before a name itself "In" is a
// preposition opening a sentence run on from a lost subheading: "…
// Londen. Derde keer In Mays kabinet …" is May's cabinet.
var inParticleNext = setOf("'t", "’t", "den", "der", "de")

// particleStart widens a family name the tagger took without its
// particles to the name they belong to: "Joris van 't Hoff" and "Van 't
// Hoff" from Hoff. The particles must include an article form, or two of
// them must follow a first name or open with a capital ("Van der"): a lone
// capitalised "Van" also opens sentences ("Van Rutte verwacht ik") but
// inside one opens the family name ("volgens De Hond"); one lower-case
// particle follows a given name the lexicon knows ("Frans van Benthem").
// It reports whether it widened c.
func particleStart(doc *nl.Doc, c *cand) bool {
	if c.typ != kroniek.PER || c.entry != nil || strings.ContainsAny(c.text(doc), " -") {
		return false
	}
	ti := tokenIndex(doc, c.start)
	if ti < 1 || doc.Tokens[ti].Start != c.start {
		return false
	}
	j, n, article := ti, 0, false
	for j > 0 && n < 3 {
		p, next := doc.Tokens[j-1], doc.Tokens[j]
		lp := strings.ToLower(p.Text)
		if p.End+1 != next.Start || doc.Text[p.End] != ' ' || !nameParticlesNL[lp] && !articleParticles[lp] {
			break
		}
		if lp == "in" && !inParticleNext[next.Text] {
			break // "Derde keer In Mays kabinet": a preposition, not In 't Veld
		}
		article = article || articleParticles[lp] && lp != "in"
		j--
		n++
		if p.Text != lp {
			break // a capitalised particle opens the name
		}
	}
	if n == 0 {
		return false
	}
	first := doc.Tokens[j]
	// one lower-case particle joins only a given name the lexicon knows:
	// "Eigenaar Frans van Benthem", not "Tegenstanders van Bercow"
	single := !article && n < 2
	if single && first.Text != strings.ToLower(first.Text) && (startsSentence(doc, first.Start) || j == 0 || !midSentence(doc, j)) {
		return false
	}
	if first.Text != strings.ToLower(first.Text) {
		c.start = first.Start
		return true
	}
	if j == 0 {
		return false
	}
	g := doc.Tokens[j-1]
	if g.End+1 != first.Start || !firstNameLike(g.Text) || classOf(g.Text) != "" || placeNouns[strings.ToLower(g.Text)] || single && !isGivenName(g.Text) {
		return false
	}
	c.start = g.Start
	return true
}

// midSentence reports whether token i follows a word or comma of its
// sentence, not a quote, a heading or a sentence's end: "volgens De
// Hond", "bij Van Gaal".
func midSentence(doc *nl.Doc, i int) bool {
	p := doc.Tokens[i-1]
	if p.End+1 != doc.Tokens[i].Start || doc.Text[p.End] != ' ' {
		return false
	}
	return p.Kind == nl.Word || p.Text == ","
}

// bodyParticleStart widens a place's or a body's name the tagger took
// without the capitalised family-name particles that open it inside a
// sentence: "het Van Heekplein", "de Van Leer Foundation", "het Van der
// Valk Hotel Amstel". It reports whether it widened c.
func bodyParticleStart(doc *nl.Doc, c *cand) bool {
	if c.typ == kroniek.PER || c.typ == "" || c.entry != nil {
		return false
	}
	ti := tokenIndex(doc, c.start)
	if ti < 2 || doc.Tokens[ti].Start != c.start {
		return false
	}
	j := ti
	for k := 0; k < 2 && j > 0; k++ {
		p := doc.Tokens[j-1]
		if p.End+1 != doc.Tokens[j].Start || doc.Text[p.End] != ' ' || !nameParticlesNL[strings.ToLower(p.Text)] {
			break
		}
		j--
		if p.Text == "Van" {
			break // "de Van Leer Foundation": the article is none of it
		}
	}
	if j == ti || j < 1 || doc.Tokens[j].Text != "Van" || startsSentence(doc, doc.Tokens[j].Start) || !midSentence(doc, j) {
		return false
	}
	c.start = doc.Tokens[j].Start
	return true
}

// articleStart widens a name the tagger took without the article it
// opens with: "in 't Harde", "café 't Taphuys", "zei 't Hooft". A
// capitalised word or a particle before the article belongs to another
// name ("Van 't Hoff", which particleStart widens).
func articleStart(doc *nl.Doc, c *cand) {
	ti := tokenIndex(doc, c.start)
	if c.entry != nil || ti < 1 || doc.Tokens[ti].Start != c.start {
		return
	}
	a := doc.Tokens[ti-1]
	if a.Text != "'t" && a.Text != "’t" || a.End+1 != c.start || doc.Text[a.End] != ' ' {
		return
	}
	if ti >= 2 {
		p := doc.Tokens[ti-2]
		lp := strings.ToLower(p.Text)
		if p.Kind == nl.Word && (p.Text != lp && !startsSentence(doc, p.Start) || familyParticles[lp]) {
			return
		}
	}
	c.start = a.Start
}

// plainDemonymStart widens a body's name over the uninflected demonym
// the tagger left before it after "het": "het Nederlands
// [Herseninstituut]", "het Europees [Centrum voor Weersverwachtingen]".
// Running text inflects the adjective before a definite noun (het
// Nederlandse instituut), so the plain form belongs to the name, and the
// name is a body's (the tagger types "het Nederlands Centrum
// Jeugdgezondheid" LOC for the demonym).
func plainDemonymStart(doc *nl.Doc, c *cand, k *kb.KB) {
	ti := tokenIndex(doc, c.start)
	if k == nil || c.typ == kroniek.PER || ti < 2 || doc.Tokens[ti].Start != c.start {
		return
	}
	d, a := doc.Tokens[ti-1], doc.Tokens[ti-2]
	if d.End+1 != c.start || !startsUpper(d.Text) || !plainDemonym(d.Text) || strings.ToLower(a.Text) != "het" || a.End+1 != d.Start {
		return
	}
	inflected := d.Text + "e" // Nederlands → Nederlandse, Belgisch → Belgische
	if strings.HasSuffix(d.Text, "ees") {
		inflected = strings.TrimSuffix(d.Text, "ees") + "ese" // Europees → Europese
	}
	for _, e := range k.Lookup(inflected) {
		if e.Kind == kb.KindDemonym {
			c.start = d.Start
			if c.typ == kroniek.LOC {
				c.typ = kroniek.ORG // a body, not the country: the tagger's LOC came from the demonym
			}
			return
		}
	}
}

// givenStreet widens a street or square named after a person to the
// given name the tagger left before it: "het Jonas Daniel Meijerplein".
// It reports whether it widened c.
func givenStreet(doc *nl.Doc, c *cand) bool {
	t := c.text(doc)
	if c.entry != nil || !strings.Contains(t, " ") || !isGivenName(t[:strings.IndexByte(t, ' ')]) {
		return false
	}
	last := strings.ToLower(t[strings.LastIndexByte(t, ' ')+1:])
	street := false
	for _, h := range streetHeads {
		street = street || strings.HasSuffix(last, h) && len(last) > len(h)+2
	}
	ti := tokenIndex(doc, c.start)
	if !street || ti < 1 || doc.Tokens[ti].Start != c.start {
		return false
	}
	if p := doc.Tokens[ti-1]; p.End+1 == c.start && doc.Text[p.End] == ' ' && isGivenName(p.Text) && !startsSentence(doc, p.Start) {
		c.start = p.Start
		return true
	}
	return false
}

// adjectiveHead widens a capitalised adjective the tagger took alone to
// the capitalised noun after it: "de Culturele Revolutie".
func adjectiveHead(doc *nl.Doc, c *cand) {
	t := c.text(doc)
	if c.entry != nil || c.typ == kroniek.PER || strings.ContainsAny(t, " -") || !startsUpper(t) || strings.ToUpper(t) == t ||
		utf8.RuneCountInString(t) < 5 || !strings.HasSuffix(t, "e") || !strings.HasPrefix(doc.Text[c.end:], " ") {
		return
	}
	switch {
	case strings.HasSuffix(t, "ele"), strings.HasSuffix(t, "ische"), strings.HasSuffix(t, "ieke"), strings.HasSuffix(t, "aire"), strings.HasSuffix(t, "ale"):
	default:
		return
	}
	ti := tokenIndex(doc, c.end+1)
	if ti < 0 || doc.Tokens[ti].Start != c.end+1 {
		return
	}
	n := doc.Tokens[ti]
	if n.Kind != nl.Word || !startsUpper(n.Text) || strings.ToUpper(n.Text) == n.Text || startsSentence(doc, n.Start) {
		return
	}
	c.end = n.End
}

// venueNouns name buildings and businesses that take a place's name:
// Hotel New York, Café Parijs.
var venueNouns = setOf("hotel", "café", "restaurant", "theater", "theatre", "museum", "stadion", "hostel", "bioscoop", "camping")

// joinVenues makes one name of a capitalised venue noun inside a
// sentence and the place right after it, whether the tagger took the
// noun as a name of its own or left it out: "naar Hotel New York in
// Rotterdam" names a hotel, not the city.
func joinVenues(doc *nl.Doc, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		if c.entry != nil && c.entry.Type != kroniek.LOC || c.entry == nil && c.typ != kroniek.LOC {
			out = append(out, c)
			continue
		}
		ti := tokenIndex(doc, c.start)
		if ti < 1 || doc.Tokens[ti].Start != c.start {
			out = append(out, c)
			continue
		}
		p := doc.Tokens[ti-1]
		if p.End+1 != c.start || !startsUpper(p.Text) || !venueNouns[strings.ToLower(p.Text)] || startsSentence(doc, p.Start) {
			out = append(out, c)
			continue
		}
		if n := len(out); n > 0 && out[n-1].end > p.Start {
			if out[n-1].start != p.Start || out[n-1].end != p.End {
				out = append(out, c)
				continue // the noun is part of another name
			}
			out = out[:n-1] // the tagger's "Hotel"
		}
		c.start, c.entry, c.typ, c.metonym, c.standsFor, c.fromKB, c.role = p.Start, nil, kroniek.ORG, false, "", false, ""
		out = append(out, c)
	}
	return out
}

// conjoinedTail returns the end of a body's name that the tagger cut at
// the "en" of its "voor A en B" tail: "Europese Gemeenschap voor Kolen
// en Staal", "Raad voor Strafrechtstoepassing en Jeugdbescherming". The
// mention must end in "voor" and one capitalised word; after "en" comes
// one capitalised word that is no acronym, no name the knowledge base
// knows and no name the article gives elsewhere, and that ends the
// capitalised run ("Forum voor Democratie en GroenLinks", "… en VVD" and
// "… en Thierry Baudet" stay two names).
func conjoinedTail(doc *nl.Doc, cs []cand, i int, k *kb.KB) (int, bool) {
	c := &cs[i]
	if c.typ == kroniek.PER || c.entry != nil && c.entry.Kind != kb.KindOrg {
		return 0, false
	}
	ws := strings.Fields(c.text(doc))
	if len(ws) < 3 || ws[len(ws)-2] != "voor" || !startsUpper(ws[len(ws)-1]) {
		return 0, false
	}
	ti := tokenIndex(doc, c.end-1)
	if ti < 0 || ti+2 >= len(doc.Tokens) || doc.Tokens[ti+1].Text != "en" {
		return 0, false
	}
	en, w := doc.Tokens[ti+1], doc.Tokens[ti+2]
	if en.Start != c.end+1 || w.Start != en.End+1 || w.Kind != nl.Word || !startsUpper(w.Text) ||
		w.Text == strings.ToUpper(w.Text) || strings.ContainsAny(w.Text, "0123456789") || k != nil && knownName(k, w.Text, true) {
		return 0, false
	}
	if ti+3 < len(doc.Tokens) {
		if n := doc.Tokens[ti+3]; n.Kind == nl.Word && startsUpper(n.Text) && n.Start == w.End+1 {
			return 0, false
		}
	}
	for j := range cs {
		if j != i && cs[j].start != w.Start && cs[j].text(doc) == w.Text {
			return 0, false
		}
	}
	return w.End, true
}
