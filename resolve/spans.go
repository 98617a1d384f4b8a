package resolve

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// cleanTagged trims a tagger mention: leading determiners, roles and
// demonyms ("Russische president Vladimir Poetin"), a possessive ’s, and
// mentions that are only a role or a demonym.
func cleanTagged(doc *nl.Doc, t kroniek.Mention, affixes []affix, kbs []cand, lower, words, midCap func(string) bool) (cand, bool) {
	start, end := t.Start, t.End
	if start < 0 || end > len(doc.Text) || start >= end {
		return cand{}, false
	}
	c := cand{typ: t.Type}
	start = skipCapsHeading(doc.Text, start, end, lower)
	if start >= end {
		return cand{}, false
	}
	end = cutCapsVerb(doc, start, end)
	if s := skipRepeatedHeading(doc.Text, start, end); s > start {
		start, c.typ, c.classTyped = s, kroniek.ORG, true // "Hudson's Bay Warenhuisconcern Hudson's Bay Company"
	}
	if s := skipTradeNoun(doc.Text, start, end); s > start {
		start, c.typ, c.classTyped = s, kroniek.ORG, true // "Telecomfabrikant Huawei"
	}
	for {
		moved := false
		// an organisation or country and a role before the name: "NATO
		// Secretary General Jens Stoltenberg", "VN-gezant X"
		for _, o := range kbs {
			if o.start != start || o.entry == nil || o.entry.Kind == kb.KindPerson {
				continue
			}
			for _, a := range affixes {
				if a.kind == kb.KindRole && a.start >= o.end && a.end < end && strings.TrimLeft(doc.Text[o.end:a.start], " -‐‑") == "" {
					c.role = strings.ToLower(a.text)
					if o.entry.Kind == kb.KindCountry {
						c.country = o.entry.Country
					}
					start = skipSpace(doc.Text, a.end)
					moved = true
					break
				}
			}
		}
		for _, a := range affixes {
			// a role may begin before the tagger's span: "minister van
			// [Buitenlandse Zaken Blok]"
			if a.start <= start && start < a.end && a.end < end {
				if a.kind == kb.KindDemonym && !demonymBeforeName(doc, a, affixes, c.typ) {
					continue // Frans Timmermans: a first name, not French
				}
				if a.kind == kb.KindRole && streetName(doc.Text[skipSpace(doc.Text, a.end):end]) {
					continue // Prinses Beatrixlaan, Burgemeester Roelenweg
				}
				if a.kind == kb.KindDemonym && demonymInName(doc.Text[skipSpace(doc.Text, a.end):end]) {
					continue // de Europese Verkiezingen, Ethiopian Airlines
				}
				if rest := doc.Text[skipSpace(doc.Text, a.end):end]; a.kind == kb.KindDemonym && c.typ != kroniek.PER && plainDemonym(doc.Text[a.start:a.end]) &&
					!strings.Contains(rest, " ") && classOf(rest) != "" && !isGivenName(doc.Text[a.start:a.end]) {
					continue // het Nederlands Openluchtmuseum: running text would say Nederlandse
				}
				if a.kind == kb.KindRole {
					c.role = strings.ToLower(a.text)
				} else {
					c.country = a.country
				}
				start = skipSpace(doc.Text, a.end)
				moved = true
			}
			if a.start == start && a.end >= end && a.kind == kb.KindDemonym && a.end == end {
				// the tagger's "Franse" before "Revolutie": a demonym
				// opening a name whose head the tagger left out
				if w := nextWord(doc, end); w != "" && eventHeads[strings.ToLower(w)] && startsUpper(w) && !startsUpper(nextWord(doc, skipSpace(doc.Text, end)+len(w))) {
					end = skipSpace(doc.Text, end) + len(w)
					moved = true
					continue
				}
			}
			if a.start == start && a.end >= end {
				return cand{}, false // only a role or a demonym
			}
		}
		if sp := strings.IndexByte(doc.Text[start:end], ' '); sp > 0 {
			w := doc.Text[start : start+sp]
			switch lw := strings.ToLower(w); {
			case openersNL[lw]: // "Volgens Von der Leyen", "Ook Rutte"
				start = skipSpace(doc.Text, start+sp)
				moved = true
			case determiners[w]: // a lower-case article: "de Europese Unie"
				start = skipSpace(doc.Text, start+sp)
				moved = true
			case (lw == "de" || lw == "het") && startsSentence(doc, start) && (classBodyWord(nextWord(doc, start+sp)) ||
				nextWord(doc, start+sp) == "Van" && classOf(doc.Text[strings.LastIndexByte(doc.Text[:end], ' ')+1:end]) == kroniek.ORG ||
				articleWrittenLower(doc, lw, doc.Text[skipSpace(doc.Text, start+sp):end]) || bodyEnd(doc.Text[skipSpace(doc.Text, start+sp):end])):
				// the article opening a sentence before a body's class
				// noun: "De Vereniging van Samenwerkende Universiteiten
				// laat weten", "De Unie van Waterschappen", before a
				// firm named after its founder ("De Van der Werff Groep"),
				// before a name the article writes after a lower-case
				// article elsewhere ("De Secret Service" beside "de Secret
				// Service") and before a body of more words ending in its
				// class noun ("De Vrije Universiteit", "De Onafhankelijke
				// Senaatsfractie"); not a family name (De Jong) nor a
				// title (De Telegraaf)
				start = skipSpace(doc.Text, start+sp)
				moved = true
			case (!particles[lw] || sentencePreps[lw]) && lw != "ben" && nl.IsStopword(lw) && (startsSentence(doc, start) || runInOpener(doc, start, start+sp, end, c.typ)):
				// a capitalised function word before a name: "Mocht Mark Rutte"
				start = skipSpace(doc.Text, start+sp)
				moved = true
			case roleCompound(lw) && !placeNouns[strings.ToLower(strings.TrimSpace(doc.Text[start+sp:end]))] && !streetName(doc.Text[start:end]) &&
				!institutionShort[strings.ToLower(nextWord(doc, start+sp))]:
				// "VVD-leider Mark Rutte", "Verkeersminister Cora van
				// Nieuwenhuizen"; not a body named with a role noun,
				// "Gedeputeerde Staten van Drenthe"
				c.role = lw
				start = skipSpace(doc.Text, start+sp)
				moved = true
			case t.Type != kroniek.ORG && t.Type != kroniek.LOC && !placeNouns[lw] && classOf(w) == "" && capitalAfter(doc.Text, start+sp, end) &&
				(nounCompound(w) || derivedNoun(lw) || commonNoun(doc, lower, w)):
				// "HDP-parlementslid Ali Demir", "HvA'er Tim van den
				// Hende", "hoogleraar Gebiedsontwikkeling Frits de Vries"
				start = skipSpace(doc.Text, start+sp)
				moved = true
				if c.typ != kroniek.PER && (nounCompound(w) || derivedNoun(lw)) && firstNameLike(doc.Text[start:end]) && strings.Contains(doc.Text[start:end], " ") {
					c.typ = kroniek.PER // a noun of a person before a full name
				}
			}
		}
		if !moved || start >= end {
			break
		}
	}
	if start >= end {
		return cand{}, false
	}
	// a heading's bar: "FORUM WINT | Pech voor …"
	if i := strings.IndexByte(doc.Text[start:end], '|'); i > 0 {
		end = start + i
	}
	// symbols and punctuation the tagger took along ("Belarus⚪️🔴⚪️")
	for end > start {
		r, n := utf8.DecodeLastRuneInString(doc.Text[start:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			break
		}
		end -= n
	}
	// a lower-case compound tail: "Da Vinci-experts", "Loekasjenko-regime"
	if i := strings.LastIndexAny(doc.Text[start:end], "-‐‑"); i > 0 {
		tail := doc.Text[start+i : end]
		// four letters at least: Kim Jong-un and Moon Jae-in keep theirs
		if t := compoundTail(tail); t == "" && utf8.RuneCountInString(tail) > 4 && !strings.ContainsAny(doc.Text[start:start+i], "-‐‑") {
			if brokenWord(doc.Text[start:end], words) {
				c.broken = true
			} else {
				r, _ := utf8.DecodeRuneInString(doc.Text[start:end])
				if productCompound(tail) {
					c.typ = kroniek.MISC // Heineken-bier names the product
				} else if gangHeads[strings.TrimLeft(tail, "-‐‑")] && unicode.IsUpper(r) {
					c.typ = kroniek.ORG // the Opel-bende is a gang, not the car maker
				} else if unicode.IsUpper(r) && !acronymBody(doc.Text[start:end]) && tail != "-partij" {
					end = start + i
					end = start + gluedAcronym(doc.Text[start:end])
				}
			}
		}
	}
	// a heading's opening word glued to a name: "Rik Bolhuis, Peize Hoe
	// zou het …", "Rutte Het": a name does not end in a function word
	if i := strings.LastIndexByte(doc.Text[start:end], ' '); i > 0 {
		ws := strings.Fields(doc.Text[start:end])
		last := ws[len(ws)-1]
		if startsUpper(last) && last != strings.ToUpper(last) && headingOpeners[strings.ToLower(last)] && !particles[strings.ToLower(ws[len(ws)-2])] && !nl.IsStopword(strings.ToLower(ws[0])) {
			end = start + i
		}
	}
	// an acronym with the sentence's full stop: "in de VS."
	if w := doc.Text[start:end]; len(w) >= 3 && w[len(w)-1] == '.' && strings.Count(w, ".") == 1 && upperCount(w) == utf8.RuneCountInString(w)-1 {
		end--
	}
	txt := doc.Text[start:end]
	for _, suf := range []string{"’s", "'s", "ʼs"} {
		if strings.HasSuffix(txt, suf) && len(txt) > len(suf)+1 {
			end -= len(suf)
			break
		}
	}
	r, _ := utf8.DecodeRuneInString(doc.Text[start:end])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return cand{}, false
	}
	if w := doc.Text[start:end]; !strings.ContainsAny(w, " -") && w != strings.ToUpper(w) {
		lw := strings.ToLower(w)
		if roleCompound(lw) && !nl.Lex().Is(nl.ClassRole, lw) {
			return cand{}, false // only a role: "Cultuurminister" (Koning and Boer may be names)
		}
		if lower != nil && midCap != nil && clauseOpening(doc, start) && lower(lw) && !midCap(w) && !kbAt(kbs, start) && !portfolios[kb.Fold(w)] {
			// capitalised only because it opens a sentence or a quote, and
			// the article writes it in lower case elsewhere: "Zeewier",
			// ",,Lekker"
			return cand{}, false
		}
		if nl.IsStopword(lw) || nl.Lex().Is(nl.ClassNumber, lw) || nl.Lex().Is(nl.ClassOrdinal, lw) {
			return cand{}, false // a function or number word opening a sentence or a quote: De, Ik, Drie
		}
	}
	if c.typ == kroniek.MISC && adjective(doc, doc.Text[start:end]) {
		return cand{}, false // Amsterdamse, Westerse, Baltische: adjectives, not names
	}
	c.start, c.end = start, end
	return c, true
}

// articleWrittenLower reports whether the document writes name after the
// article a in lower case ("de Secret Service") somewhere: then a
// sentence's "De Secret Service" is that article and the name. name is
// two words at least or one the lexicons do not know as a word, so that
// "De Jong" beside "de jonge" stays a family name.
func articleWrittenLower(doc *nl.Doc, a, name string) bool {
	if !startsUpper(name) || !strings.Contains(name, " ") && doc.CommonWord(strings.ToLower(name)) {
		return false
	}
	for off := 0; ; {
		i := strings.Index(doc.Text[off:], a+" "+name)
		if i < 0 {
			return false
		}
		i += off
		if i == 0 || !unicode.IsLetter(rune(doc.Text[i-1])) {
			if e := i + len(a) + 1 + len(name); e == len(doc.Text) || !unicode.IsLetter(rune(doc.Text[e])) {
				return true
			}
		}
		off = i + 1
	}
}

// bodyEnd reports whether name is a body's name of two words or more that
// ends in its class noun ("Vrije Universiteit", "Onafhankelijke
// Senaatsfractie", "Boa Bond"): every word capitalised.
func bodyEnd(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if !startsUpper(w) {
			return false
		}
	}
	last := strings.ToLower(ws[len(ws)-1])
	return classOf(last) == kroniek.ORG || strings.HasSuffix(last, "fractie") && len(last) > len("fractie")
}

// classBodyWord reports whether a capitalised word is a class noun of
// bodies or works (Vereniging, Universiteit, Partij, Klimaatwet) or an
// institution's last word (Unie, Commissie).
func classBodyWord(w string) bool {
	return startsUpper(w) && strings.ToUpper(w) != w && (classOf(w) != "" || institutionShort[strings.ToLower(w)])
}

// streetName reports whether a name ends in a street, square or other
// place noun: a title before it is part of it (Prinses Beatrixlaan).
func streetName(rest string) bool {
	last := rest[strings.LastIndexByte(rest, ' ')+1:]
	return startsUpper(last) && classOf(last) == kroniek.LOC && classHeads[strings.ToLower(last)] == ""
}

// demonymInName reports whether a nationality adjective before rest is
// part of the name: rest is one capitalised word that says what kind of
// thing it is (Europese Verkiezingen, Ethiopian Airlines, Europese
// Economische Gemeenschap, Franse Revolutie), not a person's
// or a place's name.
func demonymInName(rest string) bool {
	if i := strings.LastIndexByte(rest, ' '); i > 0 && startsUpper(rest) && strings.Count(rest, " ") == 1 {
		rest = rest[i+1:] // Europese Economische Gemeenschap
		if rest == "Kerk" {
			return true // Roemeens Orthodoxe Kerk: a church, not a building
		}
	}
	if rest == "" || strings.ContainsAny(rest, " -") || !startsUpper(rest) {
		return false
	}
	lw := strings.ToLower(rest)
	if t := classHeads[lw]; t == kroniek.ORG || t == kroniek.MISC || strings.HasSuffix(lw, "verkiezingen") {
		return true // not a name's compound: Turkse Gülenbeweging is the Gülenbeweging
	}
	return englishHeads[lw] || lw == "airlines" || lw == "airways" || lw == "revolutie" || lw == "oorlog"
}

// plainDemonym reports whether a Dutch nationality adjective stands
// uninflected (Nederlands, Belgisch, Europees), as it does inside a name
// before a noun: running text inflects it before a definite noun.
func plainDemonym(d string) bool {
	return strings.HasSuffix(d, "s") || strings.HasSuffix(d, "sch")
}

// eventHeads make a name of an event with a demonym before them: de
// Franse Revolutie, de Spaanse Burgeroorlog.
var eventHeads = setOf("revolutie", "oorlog", "burgeroorlog", "opstand")

// nextWord returns the word token right after off and one space, or "".
func nextWord(doc *nl.Doc, off int) string {
	if off >= len(doc.Text) || doc.Text[off] != ' ' {
		return ""
	}
	ti := tokenIndex(doc, off+1)
	if ti < 0 || doc.Tokens[ti].Start != off+1 || doc.Tokens[ti].Kind != nl.Word {
		return ""
	}
	return doc.Tokens[ti].Text
}

// headingOpeners are the function words that open a sentence or a
// heading and never end a name: Rutte Het, Zara Die, Peize Hoe.
var headingOpeners = setOf("het", "de", "een", "hoe", "wat", "wie", "waar", "wanneer", "waarom", "met", "en", "ik", "we",
	"wij", "zij", "ze", "hij", "die", "dat", "dit", "deze", "maar", "toen", "nu", "ook", "er", "geen", "mijn", "onze", "uw", "zo")

// capitalAfter reports whether a capitalised word follows from i (after
// spaces) before end: what is left when a word is dropped is a name.
func capitalAfter(s string, i, end int) bool {
	i = skipSpace(s, i)
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return unicode.IsUpper(r)
}

// nounCompound reports whether a word is a compound whose last part, after
// a hyphen, is a lower-case noun: "HDP-parlementslid", "Ajax-aanvaller".
// Such a word describes the name after it (Kim Jong-un's "Jong-un" never
// opens a name).
func nounCompound(w string) bool {
	i := strings.LastIndexAny(w, "-‐‑")
	if i <= 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	tail := w[i+n:]
	r, _ := utf8.DecodeRuneInString(tail)
	return unicode.IsLower(r) && utf8.RuneCountInString(tail) >= 4
}

// derivedNoun reports whether a word is a noun made from a name with
// -er or -ers: "HvA'er", "PSV'ers", "Amsterdammer" is not (no apostrophe).
func derivedNoun(lw string) bool {
	for _, suf := range []string{"'er", "’er", "'ers", "’ers"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+1 {
			return true
		}
	}
	return false
}

// memberNoun reports whether a word names members of an assembly:
// "Kamerleden", "Statenlid", "Raadsleden", any body's "…leden".
func memberNoun(lw string) bool {
	if strings.ContainsAny(lw, "-‐‑") {
		return false // Navo-lid, AFA-leden: the body keeps the mention
	}
	for _, w := range []string{"kamerlid", "kamerleden", "statenlid", "statenleden", "raadslid", "raadsleden"} {
		if lw == w {
			return true
		}
	}
	// Forumleden, Labourleden, Lagerhuisleden: members of a body
	return strings.HasSuffix(lw, "leden") && len(lw) > len("leden")+3
}

// commonNoun reports whether a capitalised word is a common noun the
// article also writes in lower case ("hoogleraar Gebiedsontwikkeling
// Frits de Vries" beside "Amsterdamse gebiedsontwikkeling"): long words
// only, which first names are not.
func commonNoun(doc *nl.Doc, lower func(string) bool, w string) bool {
	if lower == nil || utf8.RuneCountInString(w) < 7 || particles[strings.ToLower(w)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || w == strings.ToUpper(w) || !lower(strings.ToLower(w)) {
		return false
	}
	// a name in a lower-case keyword line ("marieke dubbelman") is no
	// noun: the word must also look like one
	lw := strings.ToLower(w)
	for _, suf := range nounSuffixes {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// nounSuffixes end Dutch common nouns and seldom first names.
var nounSuffixes = []string{"ing", "heid", "isme", "schap", "teit", "ist", "aar", "eur", "ie", "nis", "dom", "sel"}

// wordSets returns tests for words the document writes in lower case
// and for words it writes at all, built on first use.
func wordSets(doc *nl.Doc) (lower, any, midCap func(string) bool) {
	var low, all, mid map[string]bool
	build := func() {
		// sized for about half the tokens as distinct words (so the
		// maps are not rebuilt as they grow)
		low, all, mid = make(map[string]bool, len(doc.Tokens)/2), make(map[string]bool, len(doc.Tokens)/2), map[string]bool{}
		for _, st := range doc.Sentences {
			for i, t := range st.Tokens {
				if t.Kind != nl.Word {
					continue
				}
				all[t.Text] = true
				r, _ := utf8.DecodeRuneInString(t.Text)
				if unicode.IsLower(r) {
					low[t.Text] = true
				} else if unicode.IsUpper(r) && i > 0 && !opener(st.Tokens[i-1].Text) {
					mid[t.Text] = true
				}
			}
		}
	}
	lower = func(w string) bool {
		if low == nil {
			build()
		}
		return low[w]
	}
	any = func(w string) bool {
		if all == nil {
			build()
		}
		return all[w]
	}
	midCap = func(w string) bool {
		if mid == nil {
			build()
		}
		return mid[w]
	}
	return lower, any, midCap
}

// opener reports whether a token opens a quote or clause, after which
// Dutch capitalises any word.
func opener(s string) bool {
	switch s {
	case ",,", "'", "\"", "‘", "“", "„", ":", "(", "-", "–", "—", "•", ".", "?", "!":
		return true
	}
	return false
}

// clauseOpening reports whether off begins a sentence or follows a
// quote or clause opener.
func clauseOpening(doc *nl.Doc, off int) bool {
	if startsSentence(doc, off) {
		return true
	}
	ti := tokenIndex(doc, off)
	return ti > 0 && doc.Tokens[ti].Start == off && opener(doc.Tokens[ti-1].Text)
}

// brokenWord reports whether the last word of a name is a word broken at
// the end of a line ("Ruud Kamer-beek") that the article also writes
// whole (Oppenheimer).
func brokenWord(name string, words func(string) bool) bool {
	if words == nil {
		return false
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	head, tail, ok := strings.Cut(last, "-")
	if !ok || head == "" || tail == "" || strings.ContainsAny(tail, "-") {
		return false
	}
	return words(head + tail)
}

// openersNL are Dutch words that open sentences, capitalised there, and
// never begin a name; the tagger sometimes takes them along.
var openersNL = setOf("volgens", "namens", "tijdens", "sinds", "zodra", "hoewel", "terwijl", "omdat",
	"doordat", "nadat", "toen", "zoals", "behalve", "vooral", "zelfs", "ook", "alleen", "bovendien",
	"daarom", "daarnaast", "intussen", "inmiddels", "uiteindelijk", "gisteren", "vandaag", "morgen",
	"maar", "want", "dus", "nu", "zo", "ondanks", "dankzij", "behalve", "aldus", "waarop",
	"waarna", "waardoor", "daarop", "daarna", "eerder", "later", "tegen", "met", "voor", "na", "bij",
	"onder", "over", "volgende", "vorige", "afgelopen", "wat", "wie", "waarom", "hoe", "welke")

// adjective reports whether a one-word Dutch mention is an adjective
// of place or origin (Amsterdamse, Baltische, Westerse).
func adjective(doc *nl.Doc, w string) bool {
	if doc.Lang != "" && doc.Lang != "nl" || strings.ContainsAny(w, " ") {
		return false // Zuid-Hollandse is one
	}
	return utf8.RuneCountInString(w) > 4 && (strings.HasSuffix(w, "se") || strings.HasSuffix(w, "sche"))
}

// demonymBeforeName reports whether demonym a at the start of a tagged
// name qualifies it ("Russische president Poetin", "Franse Macron")
// rather than being part of it (Frans Timmermans): it is inflected, or a
// role follows, or the name is not a person.
func demonymBeforeName(doc *nl.Doc, a affix, affixes []affix, typ string) bool {
	if typ != kroniek.PER || strings.HasSuffix(a.text, "e") {
		return true
	}
	for _, b := range affixes {
		if b.kind == kb.KindRole && b.tok == a.tokEnd {
			return true
		}
	}
	return false
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	return i
}

// mergeTagged adds tagger mention c to cands, deciding overlaps with
// knowledge-base matches: the knowledge base wins when its span covers
// the tagger's, or when the tagger's extends it only by a lower-case
// compound part (NAVO-troepen); the tagger wins when it saw a longer
// name (Frans Timmermans over the demonym Frans, Bank of England).
//
// The first nkb of cands are the knowledge base's matches, which never
// overlap and are sorted by start (and so by end): only those that can
// overlap c are looked at, found by binary search, and a match the tagger
// wins over is marked dropped rather than removed, so that a long text
// stays linear. The caller removes dropped candidates at the end.
func mergeTagged(doc *nl.Doc, cands []cand, nkb int, c cand) []cand {
	var inside []int
	first := sort.Search(nkb, func(i int) bool { return cands[i].end > c.start })
	for i := first; i < nkb && cands[i].start < c.end; i++ {
		k := &cands[i]
		if k.dropped {
			continue
		}
		if k.start <= c.start && c.end <= k.end {
			if k.typ == "" {
				k.typ = c.typ
			}
			return cands // the knowledge base already has it
		}
		if k.start == c.start && isPossessiveTail(doc.Text[k.end:c.end]) {
			return cands // Poetins: the knowledge base dropped the s
		}
		if c.start <= k.start && k.end <= c.end && onlyFunctionWords(doc.Text[c.start:k.start]+" "+compoundTail(doc.Text[k.end:c.end])) {
			return cands // "De Europese Unie": the knowledge base's name
		}
		if c.start <= k.start && k.end <= c.end {
			inside = append(inside, i)
			continue
		}
		return cands // crossing spans: trust the knowledge base
	}
	if len(inside) > 1 {
		// the tagger ran two names together ("het Kremlin Wit-Rusland …"):
		// when the knowledge base's names and function words make up the
		// whole span, they stand
		var b strings.Builder
		at := c.start
		for _, i := range inside {
			b.WriteString(doc.Text[at:cands[i].start])
			b.WriteByte(' ')
			at = cands[i].end
		}
		b.WriteString(doc.Text[at:c.end])
		if onlyFunctionWords(b.String()) {
			return cands
		}
	}
	if len(inside) > 0 {
		rest := doc.Text[c.start:c.end]
		// NAVO-troepen, EU-top, pro-Loekasjenko: compounds keep the name
		if !strings.Contains(rest, " ") && strings.ContainsAny(rest, "-‐‑") {
			return cands
		}
		if len(inside) == 1 && cands[inside[0]].start == c.start && cands[inside[0]].end == c.end {
			return cands
		}
		// the tagger's longer name wins; drop the matches it covers
		for _, i := range inside {
			cands[i].dropped = true
		}
	}
	return append(cands, c)
}

// A name and "-partij" stay whole too: "de Likud-partij" is the party.

// acronymBody reports whether s is an acronym the article does not
// explain and a body's noun in one word: "de VO-raad", "de AK-partij"
// name the body, not the acronym alone (CDA-fractie and EU-landen, of
// other nouns, keep the name).
func acronymBody(s string) bool {
	a, noun, ok := strings.Cut(s, "-")
	return ok && acronymLike(a) && strings.ToUpper(a) == a && len(a) <= 3 && (bodyNouns[noun] || noun == "partij")
}

// compoundTail removes a lower-case compound tail that follows a name
// ("-debat" of "Tweede Kamer-debat") from the start of s.
func compoundTail(s string) string {
	_, w := utf8.DecodeRuneInString(s)
	if s == "" || !strings.ContainsRune("-‐‑", []rune(s)[0]) {
		return s
	}
	i := w
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLower(r) {
			break
		}
		i += n
	}
	if i == w {
		return s
	}
	return s[i:]
}

// onlyFunctionWords reports whether s has only Dutch function words.
func onlyFunctionWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if !nl.IsStopword(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

func isPossessiveTail(s string) bool {
	return s == "s" || s == "’s" || s == "'s"
}

// dropInitials drops mentions with fewer than two letters ("P.", "K."):
// an initial alone names nobody, unless it is the initial the news
// writes for the family name of a suspect or victim it named in full
// once: "Bekir E." and later "E. (31) werd …" is that one person when
// no other person of the article has that initial for a family name.
func dropInitials(doc *nl.Doc, cs []cand) []cand {
	surnames := initialSurnames(doc, cs)
	out := cs[:0]
	for _, c := range cs {
		letters := 0
		for _, r := range c.text(doc) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				letters++
			}
		}
		if letters >= 2 {
			out = append(out, c)
		} else if surnames[c.text(doc)] == 1 && c.entry == nil && bareInitial(doc, c.start, c.end) {
			c.typ = kroniek.PER
			out = append(out, c)
		}
	}
	if len(surnames) == 0 {
		return out
	}
	// the bare initials the tagger left out
	covered := coverage(out)
	var extra []cand
	for _, t := range doc.Tokens {
		if surnames[t.Text] == 1 && !covered(t.Start, t.End) && bareInitial(doc, t.Start, t.End) {
			extra = append(extra, cand{start: t.Start, end: t.End, typ: kroniek.PER})
		}
	}
	if len(extra) > 0 {
		out = append(out, extra...)
		sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	}
	return out
}

// initialSurnames counts the persons of the article by the initial that
// stands for their family name: "Bekir E." and "Onno R." give E. and R.
// once each, however often the article names them in full.
func initialSurnames(doc *nl.Doc, cs []cand) map[string]int {
	n := map[string]int{}
	seen := map[string]bool{}
	for _, c := range cs {
		words := strings.Fields(c.text(doc))
		if len(words) < 2 || c.typ != kroniek.PER && c.role == "" || c.entry != nil {
			continue
		}
		last := words[len(words)-1]
		if full := kb.Fold(c.text(doc)); initialToken(last) && !initialToken(words[len(words)-2]) && !seen[full] {
			seen[full] = true // not "J.P." in "Jan J. P. Balkenende"
			n[last]++
		}
	}
	return n
}

// initialToken reports whether w is one capital letter and a full stop: "E.".
func initialToken(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && w[size:] == "."
}

// bareInitial reports whether the initial at start:end stands alone: no
// capitalised word before it (the full name "Bekir E.") or after it (an
// initial of a given name, "E. Jansen").
func bareInitial(doc *nl.Doc, start, end int) bool {
	ti := tokenIndex(doc, start)
	if ti < 0 || doc.Tokens[ti].Start != start || doc.Tokens[ti].End != end {
		return false
	}
	capital := func(t nl.Token) bool {
		r, _ := utf8.DecodeRuneInString(t.Text)
		return t.Kind == nl.Word && unicode.IsUpper(r)
	}
	if p := doc.Tokens[ti-min(ti, 1)]; ti > 0 && (capital(p) && !nl.IsStopword(strings.ToLower(p.Text)) || particles[strings.ToLower(p.Text)] && p.Text != "de") {
		return false // Bekir E., van E.; not "Dat P. op dag …"
	}
	return ti+1 >= len(doc.Tokens) || !capital(doc.Tokens[ti+1])
}

// dropOverlaps keeps the first of overlapping mentions (sorted by start).
func dropOverlaps(cs []cand) []cand {
	out := cs[:0]
	lastEnd := -1
	for _, c := range cs {
		if c.start < lastEnd {
			continue
		}
		out = append(out, c)
		lastEnd = c.end
	}
	return out
}

// runInPreps are prepositions that open a sentence and are never a
// given name, unlike other function words (Dan Coats, Wil Burger).
var runInPreps = setOf("in", "op", "met", "na", "bij", "voor", "door", "uit", "naar", "over", "onder", "tegen", "tijdens",
	"volgens", "zonder", "vanaf", "sinds", "om", "aan", "tot", "achter", "naast", "tussen", "via", "namens")

// runInOpener reports whether the capitalised function word at
// doc.Text[start:sp] opens a sentence that runs on from a subheading the
// cleaning lost, before a person's name of one word: "… van Londen.
// Derde keer In Mays kabinet dreigen …". The sentence splitter sees no
// start there, but a lower-case word before a capitalised preposition
// says one. Only persons of one word: a preposition never opens a
// person's name outside its particles (In 't Veld keeps its article),
// while events and titles may open with one (tijdens Naar Buiten).
func runInOpener(doc *nl.Doc, start, sp, end int, typ string) bool {
	rest := strings.TrimSpace(doc.Text[sp:end])
	if typ != kroniek.PER || !runInPreps[strings.ToLower(doc.Text[start:sp])] || rest == "" || strings.ContainsAny(rest, " -") || !startsUpper(rest) {
		return false
	}
	ti := tokenIndex(doc, start)
	return ti > 0 && doc.Tokens[ti].Start == start && doc.Tokens[ti-1].Kind == nl.Word && startsLower(doc.Tokens[ti-1].Text)
}

// startsSentence reports whether a sentence of doc starts at off.
func startsSentence(doc *nl.Doc, off int) bool {
	i := sort.Search(len(doc.Sentences), func(i int) bool { return doc.Sentences[i].Start >= off })
	if i < len(doc.Sentences) && doc.Sentences[i].Start == off {
		return true
	}
	// quotes and dashes may open a sentence before its first word
	if i > 0 {
		toks := doc.Sentences[i-1].Tokens
		for _, t := range toks {
			if t.Start == off {
				return true
			}
			if t.Kind == nl.Word || t.Kind == nl.Number {
				break
			}
		}
	}
	return false
}

// tokenIndex returns the index of the token that starts at or contains
// byte offset off, or -1.
func tokenIndex(doc *nl.Doc, off int) int {
	i := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].End > off })
	if i < len(doc.Tokens) && doc.Tokens[i].Start <= off {
		return i
	}
	return -1
}

// nounAfter reports whether a lower-case noun follows off after
// one space: what a possessive owns.
func nounAfter(doc *nl.Doc, off int) bool {
	ti := tokenIndex(doc, off+1)
	return ti >= 0 && doc.Tokens[ti].Start == off+1 && doc.Text[off:off+1] == " " && doc.Tokens[ti].Kind == nl.Word && startsLower(doc.Tokens[ti].Text) &&
		doc.Tokens[ti].POS == nl.NOUN // "Josan Meijers nog" is a family name Meijers
}

// dropPlaceAdjectives drops a one-word name in s after an article and
// before a lower-case noun when the name without its s is a known place:
// "een Antwerps appartementengebouw", "het Noord-Brabants landschap" are
// adjectives, not possessives of Antwerpen (a possessive takes no
// article: "Antwerps haven").
func dropPlaceAdjectives(doc *nl.Doc, cs []cand, k *kb.KB) []cand {
	if k == nil {
		return cs
	}
	return slices.DeleteFunc(cs, func(c cand) bool {
		ti := tokenIndex(doc, c.start)
		if ti < 1 || ti+1 >= len(doc.Tokens) {
			return false
		}
		w := doc.Tokens[ti]
		if w.Start != c.start || w.End < c.end || len(w.Text) < 5 || !strings.HasSuffix(w.Text, "s") || strings.Contains(c.text(doc), " ") {
			return false
		}
		next := doc.Tokens[ti+1]
		if next.Kind != nl.Word || !startsLower(next.Text) || next.POS != nl.NOUN || w.POS != nl.ADJ && w.POS != nl.PROPN {
			return false
		}
		switch strings.ToLower(doc.Tokens[ti-1].Text) {
		case "een", "het", "de":
		default:
			return false
		}
		return slices.ContainsFunc(k.Lookup(w.Text[:len(w.Text)-1]), func(e *kb.Entry) bool { return e.Type == kroniek.LOC })
	})
}

// stripPossessiveS drops the s of a possessive without apostrophe
// (Poetins, Wit-Ruslands) when the name without it is known: from the
// knowledge base or as another mention in the article.
func stripPossessiveS(doc *nl.Doc, cs []cand, k *kb.KB) {
	known, knownAlone, lastWords := map[string]bool{}, map[string]bool{}, map[string]bool{}
	familyTails := map[string]bool{} // "van der pol" of Liesbeth van der Pol
	for _, c := range cs {
		t := kb.Fold(c.text(doc))
		known[t] = true
		if c.typ == kroniek.PER {
			for tail := range particleTails(t) {
				familyTails[tail] = true
			}
		}
		if i := strings.LastIndexByte(t, ' '); i >= 0 {
			known[t[i+1:]] = true
			if strings.HasSuffix(t, "s") && !nounAfter(doc, c.end) {
				lastWords[t[i+1:]] = true // Josan Meijers, not Ed Husains verhaal
			}
		} else {
			knownAlone[t] = true
		}
	}
	for i := range cs {
		c := &cs[i]
		t := c.text(doc)
		if c.fromKB || len(t) < 4 || t[len(t)-1] != 's' {
			continue
		}
		stem := t[:len(t)-1]
		if familyTails[kb.Fold(stem)] && particles[strings.ToLower(t[:strings.IndexByte(t+" ", ' ')])] {
			c.end-- // "Van der Pols vertrek" after Liesbeth van der Pol
			continue
		}
		if lastWords[kb.Fold(t)] {
			continue // "gedeputeerde Meijers" after Josan Meijers: a family name in s
		}
		if known[kb.Fold(stem)] || (k != nil && (len(k.Lookup(stem)) > 0 || len(k.LookupPerson(stem)) > 0)) {
			c.end--
			continue
		}
		// "Khalifa Haftars leger" where the article names Haftar alone: a
		// full name's last word known by itself, a lower-case noun after
		if sp := strings.LastIndexByte(stem, ' '); sp > 0 && knownAlone[kb.Fold(stem[sp+1:])] && nounAfter(doc, c.end) {
			c.end--
		}
	}
}

// particleTails returns the family names with particles inside a folded
// full name, from each particle on: "liesbeth van der pol" gives "van der
// pol" and "der pol". A name of one word, or without particles, gives none.
func particleTails(name string) iter.Seq[string] {
	return func(yield func(string) bool) {
		ws := strings.Fields(name)
		for i := 1; i < len(ws)-1; i++ {
			if particles[ws[i]] && !yield(strings.Join(ws[i:], " ")) {
				return
			}
		}
	}
}

// splitCompounds turns a tagger mention that is one hyphenated word into
// the name inside it, when that name is known in the article or the
// knowledge base: pro-Loekasjenkobijeenkomst → Loekasjenko,
// anti-Loekasjenko → Loekasjenko. Unknown compounds are dropped rather
// than kept whole.
func splitCompounds(doc *nl.Doc, cs []cand, k *kb.KB) []cand {
	known := map[string]bool{}
	knownType := map[string]string{} // one-word names and their type
	for _, c := range cs {
		t := c.text(doc)
		if strings.ContainsAny(t, "-‐‑") && !strings.Contains(t, " ") {
			continue
		}
		known[kb.Fold(t)] = true
		if !strings.Contains(t, " ") && c.typ != "" {
			knownType[kb.Fold(t)] = c.typ
		}
		if i := strings.LastIndexByte(t, ' '); i >= 0 {
			known[kb.Fold(t[i+1:])] = true
		}
	}
	// covered reports whether a mention overlaps [start, end): among the
	// mentions starting before end, the furthest end reaches past start
	covered := coverage(cs)
	// untagged compounds: pro-Loekasjenkobijeenkomst, anti-Poetinbetoging
	var extra []cand
	for _, tok := range doc.Tokens {
		if tok.Kind != nl.Word || !strings.ContainsAny(tok.Text, "-‐‑") || covered(tok.Start, tok.End) {
			continue
		}
		for i, r := range tok.Text {
			if r != '-' && r != '‐' && r != '‑' {
				continue
			}
			rest := tok.Text[i+utf8.RuneLen(r):]
			if r2, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r2) {
				continue
			}
			if regionWord(lastPiece(tok.Text[:i])) {
				break // Zuid-Amerikaanse: another region than Amerika's
			}
			if cut := strings.IndexAny(rest, "-‐‑"); cut >= 0 {
				rest = rest[:cut]
			}
			if n := knownPrefix(rest, known); n > 0 {
				ps := tok.Start + i + utf8.RuneLen(r)
				c := cand{start: ps, end: ps + n}
				if k != nil {
					for _, e := range k.Lookup(rest[:n]) {
						if e.Kind != kb.KindRole && e.Kind != kb.KindDemonym {
							c.entry, c.typ, c.fromKB = e, e.Type, true
							break
						}
					}
				}
				extra = append(extra, c)
				break
			}
		}
	}
	out := cs[:0]
	for _, c := range cs {
		t := c.text(doc)
		if e := kbCompound(t, k); e != nil && !c.fromKB && c.entry == nil && c.role == "" && c.typ == kroniek.PER && !isGivenName(t) {
			// Facebookaccount, Twitterbericht taken for persons: a body or country the
			// knowledge base knows and a lower-case noun, the article
			// not naming it alone
			n := nameNounCompound(t, map[string]string{kb.Fold(e.Name): e.Type})
			c.end, c.typ, c.entry = c.start+n, e.Type, e
			out = append(out, c)
			continue
		}
		if n := nameNounCompound(t, knownType); !c.fromKB && c.entry == nil && c.role == "" && c.typ == kroniek.PER && n > 0 && !isGivenName(t) &&
			(knownType[kb.Fold(t[:n])] == kroniek.ORG || knownType[kb.Fold(t[:n])] == kroniek.LOC) {
			// Ajaxfans, Facebookaccount, Syriëgangers taken for persons: a
			// body or place the article knows and a lower-case noun are a
			// mention of that name (Obamacare is not Obama's)
			c.end, c.typ = c.start+n, knownType[kb.Fold(t[:n])]
			out = append(out, c)
			continue
		}
		if c.fromKB || strings.Contains(t, " ") || !strings.ContainsAny(t, "-‐‑") {
			out = append(out, c)
			continue
		}
		if k != nil && len(k.Lookup(t)) > 0 {
			out = append(out, c)
			continue
		}
		// a hyphenated name of its own (Jean-Claude, Saint-Denis): every
		// piece capitalised; a product or event (Heineken-bier)
		pieces := strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '‐' || r == '‑' })
		if len(pieces) == 2 && gangHeads[pieces[1]] && startsUpper(pieces[0]) {
			out = append(out, c) // the Opel-bende: a gang, not the maker
			continue
		}
		if len(pieces) == 2 && productCompound("-"+pieces[1]) {
			if r, _ := utf8.DecodeRuneInString(pieces[0]); unicode.IsUpper(r) {
				c.typ = kroniek.MISC
				out = append(out, c)
				continue
			}
		}
		if acronymBody(t) {
			c.typ = kroniek.ORG
			out = append(out, c)
			continue
		}
		allUpper := true
		for _, p := range pieces {
			r, _ := utf8.DecodeRuneInString(p)
			if !unicode.IsUpper(r) {
				allUpper = false
			}
		}
		if allUpper {
			out = append(out, c)
			continue
		}
		off := c.start
		for pi, p := range pieces {
			if pi > 0 && regionWord(pieces[pi-1]) {
				break // Zuid-Amerikaanse, Latijns-Amerika: another region
			}
			pos := strings.Index(doc.Text[off:c.end], p)
			if pos < 0 {
				break
			}
			ps := off + pos
			off = ps + len(p)
			r, _ := utf8.DecodeRuneInString(p)
			if !unicode.IsUpper(r) {
				continue
			}
			if n := knownPrefix(p, known); n > 0 {
				c.start, c.end = ps, ps+n
				out = append(out, c)
				break
			}
		}
	}
	return append(out, extra...)
}

// gluedAcronym returns the length of name without an acronym at its end
// that opened a compound after it: "volgens Peilbureau Noord SGP-kiezers"
// is the bureau and SGP's voters, not one name "Peilbureau Noord SGP". A
// name of two words keeps it (Brabantse SP), and so does one whose word
// before the acronym is a function word, a heading's opener glued on
// ("Orpheus De RMS-regering").
func gluedAcronym(name string) int {
	ws := strings.Fields(name)
	if len(ws) < 3 {
		return len(name)
	}
	last, prev := ws[len(ws)-1], ws[len(ws)-2]
	if !acronymLike(last) || strings.ToUpper(last) != last || utf8.RuneCountInString(last) < 2 ||
		!startsUpper(prev) || nl.IsStopword(strings.ToLower(prev)) || particles[strings.ToLower(prev)] {
		return len(name)
	}
	return len(strings.TrimRight(name[:strings.LastIndexByte(name, ' ')], " "))
}

// gangHeads end a compound that names a criminal group after a thing, a
// place or a person: the Opel-bende is a gang, not the car maker, so the
// compound is the mention and the name inside it is not.
var gangHeads = setOf("bende", "clan", "kartel", "maffia")

// regionWords open a compound that names another region than its second
// part does: Zuid-Amerika, Latijns-Amerika and Oost-Europese are no
// mentions of Amerika or Europa. (Countries named so, Noord-Korea, are
// the knowledge base's whole names.)
var regionWords = map[string]bool{"zuid": true, "noord": true, "oost": true, "west": true, "midden": true, "latijns": true,
	"centraal": true, "zuidoost": true, "zuidwest": true, "noordoost": true, "noordwest": true}

// regionWord reports whether w is a capitalised region word: Zuid, Latijns.
func regionWord(w string) bool {
	return startsUpper(w) && regionWords[strings.ToLower(w)]
}

// lastPiece is the part of s after its last hyphen.
func lastPiece(s string) string {
	if i := strings.LastIndexAny(s, "-‐‑"); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return s[i+n:]
	}
	return s
}

// regionCompounds joins a region word at a line end to the name after it,
// the hyphen followed by a space as printed at the break ("Latijns-
// Amerika"): one name of a region, not the country of the bare name nor a
// name "Latijns". The knowledge base's entry for the whole (Zuid- Korea)
// is kept.
func regionCompounds(doc *nl.Doc, cs []cand, k *kb.KB) []cand {
	var drop []int
	for i := range cs {
		c := &cs[i]
		at := c.start - 2 // the hyphen
		if at < 1 || doc.Text[at:c.start] != "- " || strings.Contains(c.text(doc), " ") {
			continue
		}
		ws := at
		for ws > 0 && unicode.IsLetter(rune(doc.Text[ws-1])) && doc.Text[ws-1] < utf8.RuneSelf {
			ws--
		}
		if !regionWord(doc.Text[ws:at]) {
			continue
		}
		for j := range cs {
			if j != i && cs[j].start >= ws && cs[j].end <= at+1 {
				drop = append(drop, j) // Latijns as a name of its own
			}
		}
		c.start, c.spaced, c.entry, c.fromKB, c.metonym, c.standsFor, c.weak = ws, true, nil, false, false, "", false
		c.typ = kroniek.LOC
		if k != nil {
			for _, e := range k.Lookup(c.name(doc)) {
				if e.Kind != kb.KindRole && e.Kind != kb.KindDemonym {
					c.entry, c.typ, c.fromKB = e, e.Type, true
					break
				}
			}
		}
	}
	if len(drop) == 0 {
		return cs
	}
	out := cs[:0]
	for i, c := range cs {
		if !slices.Contains(drop, i) {
			out = append(out, c)
		}
	}
	return out
}

// knownPrefix returns the length of the known name p starts with, if the
// rest is a lower-case compound tail (Loekasjenkobijeenkomst) or nothing.
// nameNounCompound returns the length of a one-word name the article
// names on its own that opens w, when the rest of w is a lower-case
// noun of four letters or more that is no inhabitant's ending: 0 for
// Rotterdammers, Jansen or a name itself.
func nameNounCompound(w string, knownType map[string]string) int {
	if strings.ContainsAny(w, " -‐‑'’.") || !startsUpper(w) {
		return 0
	}
	for i := min(len(w)-4, maxHead); i >= 3; i-- {
		if !utf8.RuneStart(w[i]) || knownType[kb.Fold(w[:i])] == "" {
			continue
		}
		tail := w[i:]
		if utf8.RuneCountInString(tail) < 4 || strings.ToLower(tail) != tail || classOf(tail) != "" {
			return 0 // Gazastrook, Abdijplein are names
		}
		for j := max(1, len(tail)-maxHead); j < len(tail)-2; j++ {
			if placeNouns[tail[j:]] {
				return 0 // Haarlemmermeer
			}
		}
		for _, e := range demonymEnds {
			if strings.HasSuffix(tail, e) && len(tail)-len(e) <= 1 {
				return 0
			}
		}
		return i
	}
	return 0
}

// kbCompound returns the organisation or country the knowledge base
// knows by the first part of a one-word compound with a lower-case noun
// (Facebookaccount), or nil. The first part must be the entry's name
// itself, not an alias.
func kbCompound(w string, k *kb.KB) *kb.Entry {
	if k == nil {
		return nil
	}
	if strings.ContainsAny(w, " -‐‑'’.") || !startsUpper(w) {
		return nil // nameNounCompound would refuse it
	}
	for i := min(len(w)-4, maxHead); i >= 4; i-- {
		if !utf8.RuneStart(w[i]) {
			continue
		}
		for _, e := range k.Lookup(w[:i]) {
			if (e.Kind == kb.KindOrg || e.Kind == kb.KindCountry) && e.Name == w[:i] && nameNounCompound(w, map[string]string{kb.Fold(w[:i]): e.Type}) == i {
				return e
			}
		}
	}
	return nil
}

// maxHead bounds, in bytes, the name that opens a one-word compound and
// the noun that ends one: no real name or noun is longer, and the bound
// keeps the search over a word's prefixes linear in a 10 KB token
// (NAVO-NAVO-…).
const maxHead = 64

func knownPrefix(p string, known map[string]bool) int {
	if known[kb.Fold(p)] {
		return len(p)
	}
	for i := min(len(p)-4, maxHead); i >= 3; i-- {
		if !utf8.RuneStart(p[i]) {
			continue
		}
		if known[kb.Fold(p[:i])] {
			return i
		}
	}
	return 0
}

// maxPropagated bounds the words of a name propagateNames looks for,
// which keeps it linear in the text.
const maxPropagated = 5

// propagateNames adds the mentions the tagger missed of names it found
// elsewhere in the article: the last name of a person (Chivu after
// Marco Rossi, De Boer after Piet de Boer), a full name of two words
// or more and the product of a product compound (Heineken after
// Heineken-bier), wherever they stand as capitalised words of their own (not
// inside a longer run of capitalised words). cs must be sorted by start;
// the result is too.
func propagateNames(doc *nl.Doc, cs []cand) []cand {
	if doc.Lang != "" && doc.Lang != "nl" {
		return cs
	}
	short := map[string]string{} // folded words -> type
	longest := 1
	for _, c := range cs {
		words := strings.Fields(c.text(doc))
		if t := c.text(doc); len(words) == 1 && c.entry == nil {
			// the product of a compound: Heineken after Heineken-bier
			if i := strings.IndexAny(t, "-‐‑"); i > 0 && productCompound(t[i:]) {
				short[kb.Fold(t[:i])] = kroniek.MISC
			}
		}
		if len(words) < 2 || len(words) > maxPropagated {
			continue
		}
		if c.entry == nil && c.typ != "" {
			short[kb.Fold(strings.Join(words, " "))] = c.typ
			longest = max(longest, len(words))
		}
		if c.typ != kroniek.PER && c.role == "" {
			continue
		}
		// the last name, with the particles before it: Mos, de Mos
		last := len(words) - 1
		first := last
		for first > 1 && particles[strings.ToLower(words[first-1])] {
			first--
		}
		if particles[strings.ToLower(words[last])] || utf8.RuneCountInString(words[last]) < 3 {
			continue
		}
		for s := first; s <= last; s++ {
			if s == last || s == first {
				short[kb.Fold(strings.Join(words[s:], " "))] = kroniek.PER
				longest = max(longest, len(words)-s)
			}
		}
	}
	if len(short) == 0 {
		return cs
	}
	// a last name the tagger found without its capitalised particle at
	// the start of a sentence: [De] Mos
	for i := range cs {
		c := &cs[i]
		ti := tokenIndex(doc, c.start)
		if ti < 1 || doc.Tokens[ti].Start != c.start || c.entry != nil {
			continue
		}
		p := doc.Tokens[ti-1]
		if !particles[strings.ToLower(p.Text)] || p.Text == strings.ToLower(p.Text) || i > 0 && cs[i-1].end > p.Start {
			continue
		}
		if typ, ok := short[kb.Fold(doc.Text[p.Start:c.end])]; ok && typ == kroniek.PER {
			c.start, c.typ = p.Start, kroniek.PER
		}
	}
	covered := coverage(cs)
	upper := func(t nl.Token) bool {
		r, _ := utf8.DecodeRuneInString(t.Text)
		return t.Kind == nl.Word && unicode.IsUpper(r)
	}
	toks := doc.Tokens
	var extra []cand
	for i := 0; i < len(toks); i++ {
		if !upper(toks[i]) || (i > 0 && upper(toks[i-1]) && !startsSentence(doc, toks[i].Start)) {
			continue
		}
		for n := min(longest, len(toks)-i); n >= 1; n-- {
			j := i + n - 1
			if !upper(toks[j]) || j+1 < len(toks) && upper(toks[j+1]) {
				continue
			}
			end := toks[j].End
			typ, ok := short[kb.Fold(doc.Text[toks[i].Start:end])]
			if !ok && strings.HasSuffix(toks[j].Text, "s") {
				// a possessive without apostrophe: Baudets
				end--
				typ, ok = short[kb.Fold(doc.Text[toks[i].Start:end])]
				ok = ok && typ == kroniek.PER
			}
			if !ok || covered(toks[i].Start, toks[j].End) {
				continue
			}
			extra = append(extra, cand{start: toks[i].Start, end: end, typ: typ})
			i = j
			break
		}
	}
	if len(extra) == 0 {
		return cs
	}
	cs = append(cs, extra...)
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	return cs
}

// productCompound reports whether a hyphenated compound tail names what
// kind of product or event the name before it is: "-bier", "-wodka",
// "-literatuurfestival" (Heineken-bier, Aké-literatuurfestival). Such a
// compound is a name of its own; other tails (-regime, -troepen) are not.
func productCompound(tail string) bool {
	w := strings.TrimLeft(tail, "-‐‑")
	if w == "" || strings.ContainsAny(w, "-‐‑ ") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
		return false
	}
	if classOf(w) != kroniek.MISC {
		return false
	}
	for _, h := range notProductTails {
		if strings.HasSuffix(w, h) {
			return false
		}
	}
	return true
}

// notProductTails are MISC class heads whose compounds do not name a
// product: Klimaatwet, Lion Air-toestel (a plane of the airline).
var notProductTails = []string{"wet", "regeling", "akkoord", "campagne", "schip", "schepen", "vliegtuig", "toestel", "straaljager", "tanker", "fregat", "onderzeeër", "veerboot"}

// kbAt reports whether a knowledge-base match starts at off.
func kbAt(kbs []cand, off int) bool {
	for _, o := range kbs {
		if o.start == off && o.entry != nil {
			return true
		}
	}
	return false
}

// coverage returns a test of whether any candidate overlaps [start, end):
// among the candidates starting before end, the furthest end reaches past
// start. It sorts a copy of the spans, so cs may be in any order.
func coverage(cs []cand) func(start, end int) bool {
	spans := make([][2]int, len(cs))
	for i, c := range cs {
		spans[i] = [2]int{c.start, c.end}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	reach := make([]int, len(spans))
	for i, sp := range spans {
		reach[i] = sp[1]
		if i > 0 && reach[i-1] > reach[i] {
			reach[i] = reach[i-1]
		}
	}
	return func(start, end int) bool {
		k := sort.Search(len(spans), func(i int) bool { return spans[i][0] >= end })
		return k > 0 && reach[k-1] > start
	}
}

// skipCapsHeading returns where a name starting at start really starts
// when it opens with a subheading in capitals: a word in capitals that the
// article writes in lower case elsewhere ("DE DEMOCRATEN Adam Schiff",
// "WINST FORUM Neem je vrouw…"), and the words in capitals after it. An
// acronym the article never writes in lower case (RTL Nieuws, NAC) stays,
// and so does a lone short word (ED). A span of nothing but heading words
// returns end.
func skipCapsHeading(text string, start, end int, lower func(string) bool) int {
	heading := false
	for start < end {
		sp := strings.IndexByte(text[start:end], ' ')
		w := text[start:end]
		if sp >= 0 {
			w = w[:sp]
		}
		caps := utf8.RuneCountInString(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
		if !caps || !heading && (!lower(strings.ToLower(w)) || sp < 0 && utf8.RuneCountInString(w) < 4) {
			return start
		}
		heading = true
		if sp < 0 {
			return end
		}
		start = skipSpace(text, start+sp+1)
	}
	return start
}

// cutCapsVerb returns where a name in capitals ends when a heading in
// capitals goes on after it with a verb: "FORUM WINT" over a letter is
// Forum and a heading. The parse (a finite verb) says which word is no
// name (a word the article writes in lower case may be a name's: MS Mode,
// FEMKE VAN DER LAAN); end when none is.
func cutCapsVerb(doc *nl.Doc, start, end int) int {
	i, j := tokenIndex(doc, start), tokenIndex(doc, end-1)
	if i < 0 || j <= i {
		return end
	}
	for k := i; k <= j; k++ {
		w := doc.Tokens[k].Text
		if doc.Tokens[k].Kind != nl.Word || utf8.RuneCountInString(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
			return end
		}
	}
	for k := i + 1; k <= j; k++ {
		if t := doc.Tokens[k]; (t.POS == nl.VERB || t.POS == nl.AUX) && t.Feats.Has(nl.FeatFin) {
			return doc.Tokens[k-1].End
		}
	}
	return end
}

// tradeHeads end the nouns of a trade that a title or a sentence puts
// before a company's name, capitalised: Telecomfabrikant Huawei,
// Zorgverzekeraar Menzis, Touroperator Kras.
var tradeHeads = []string{"fabrikant", "producent", "gigant", "reus", "concern", "verzekeraar", "leverancier",
	"netbeheerder", "touroperator", "uitgever", "bedrijf", "bedrijfje", "keten", "winkel", "supermarkt",
	"ontwikkelaar", "organisator", "aannemer", "exploitant"}

// skipTradeNoun returns where the company's name starts when the span
// [start, end) opens with a capitalised noun of a trade before a
// capitalised name of one or two words (not "Winkel van Sinkel", not a
// name ending in an acronym); otherwise start.
func skipTradeNoun(text string, start, end int) int {
	words := strings.Fields(text[start:end])
	if len(words) < 2 || len(words) > 3 || !startsUpper(words[1]) || strings.ToUpper(words[0]) == words[0] ||
		!startsUpper(words[0]) || strings.ToUpper(words[len(words)-1]) == words[len(words)-1] {
		return start
	}
	lw := strings.ToLower(words[0])
	for _, h := range tradeHeads {
		if strings.HasSuffix(lw, h) {
			return skipSpace(text, start+len(words[0]))
		}
	}
	return start
}

// skipRepeatedHeading returns where the name starts when the span [start,
// end) is a heading that names the company, its capitalised trade noun
// and the name again, the heading run into the text: "Fors verlies
// Hudson's Bay Warenhuisconcern Hudson's Bay Company heeft …", "Matthews
// kopman Sunweb Wielerploeg Sunweb heeft …". The name after the noun must
// open with the words before it.
func skipRepeatedHeading(text string, start, end int) int {
	words := strings.Fields(text[start:end])
	for i := 1; i+1 < len(words); i++ {
		w := words[i]
		if !startsUpper(w) || strings.ToUpper(w) == w {
			continue
		}
		lw := strings.ToLower(w)
		trade := slices.ContainsFunc(tradeHeads, func(h string) bool { return strings.HasSuffix(lw, h) && len(lw) > len(h)+2 }) ||
			strings.HasSuffix(lw, "ploeg") && len(lw) > len("ploeg")+2
		if !trade {
			continue
		}
		before, after := strings.Join(words[:i], " "), strings.Join(words[i+1:], " ")
		if after == before || strings.HasPrefix(after, before+" ") {
			off := start
			for j := 0; j <= i; j++ {
				off = skipSpace(text, off)
				off += len(words[j])
			}
			return skipSpace(text, off)
		}
	}
	return start
}

// cutLowerHeading cuts off a heading or a description that the tagger
// glued before a name the article also writes alone: "Fundamentele
// inbreuk Wij Stoppen Steenkool" (a subheading over the sentence),
// "Almelose tatoeagezaak Sailors and Crooks". The words before the name
// open with a capital and end in a lower-case content word of five
// letters or more right before it; function words ("Slag om Arnhem",
// "Movies that Matter", "Teatro alla Scala") keep the name whole. The
// name takes the type of its mention elsewhere. So does a capitalised
// noun the article writes in lower case before the same name elsewhere
// ("Orderpicker Marit" beside "orderpicker Marit"); not an adjective
// (Vegetarische Slager, Provinciale Staten), a particle, a class noun or
// a given name.
func cutLowerHeading(doc *nl.Doc, cs []cand) {
	byText := map[string]int{}
	for i := range cs {
		byText[cs[i].text(doc)] = i
	}
	for i := range cs {
		c := &cs[i]
		si, ei := tokenIndex(doc, c.start), tokenIndex(doc, c.end-1)
		if c.entry != nil || si < 0 || ei < si+1 || !startsUpper(doc.Tokens[si].Text) {
			continue
		}
		// a capitalised noun before a name that the article writes in
		// lower case before the same name elsewhere: "Orderpicker Marit"
		// beside "krijgt orderpicker Marit (26)"
		if w, rest := doc.Tokens[si], doc.Tokens[si+1]; w.Kind == nl.Word && rest.Start == w.End+1 && strings.ToLower(w.Text) != w.Text &&
			utf8.RuneCountInString(w.Text) >= 6 && !particles[strings.ToLower(w.Text)] && classOf(w.Text) == "" && !bodyNouns[strings.ToLower(w.Text)] && !isGivenName(w.Text) &&
			!strings.HasSuffix(w.Text, "e") && !adjectiveWord(strings.ToLower(w.Text)) {
			r := doc.Text[rest.Start:c.end]
			if j, ok := byText[r]; ok && j != i && strings.Contains(doc.Text, " "+strings.ToLower(w.Text)+" "+r) {
				c.start, c.typ, c.role, c.classTyped = rest.Start, cs[j].typ, "", cs[j].classTyped
				continue
			}
		}
		if ei < si+2 {
			continue
		}
		for k := si + 1; k < ei; k++ {
			t := doc.Tokens[k]
			if t.Kind != nl.Word || !startsLower(t.Text) {
				continue
			}
			if utf8.RuneCountInString(t.Text) < 5 || officialInner[t.Text] || nameParticlesNL[t.Text] || !startsUpper(doc.Tokens[k+1].Text) {
				break
			}
			if j, ok := byText[doc.Text[doc.Tokens[k+1].Start:c.end]]; ok && j != i {
				c.start, c.typ, c.role, c.classTyped = doc.Tokens[k+1].Start, cs[j].typ, "", cs[j].classTyped
			}
			break
		}
	}
}

// extendToPrinted widens a mention to a longer name of the article that
// the text prints in full right where it stands: "een Fiat 500 worden"
// beside "de Fiat 500", "opiniepeiler Maurice de Hond" whose "Maurice"
// the tagger cut off, "Soa Aids Nederland". The longer name must end
// where a word ends, and its type and link go with it; a tail with a
// date in it ("AD 22-3", a newspaper and its day) is no name. Mentions
// inside the widened span are dropped.
func extendToPrinted(doc *nl.Doc, cs []cand) []cand {
	names := map[string]int{} // first word -> longest length of the article's names it opens
	byText := map[string]int{}
	for i := range cs {
		t := cs[i].text(doc)
		if j := strings.IndexByte(t, ' '); j > 0 {
			if len(t) > names[t[:j]] {
				names[t[:j]] = len(t)
			}
			byText[t] = i
		}
	}
	drop := map[int]bool{}
	for i := range cs {
		c := &cs[i]
		t := c.text(doc)
		first := t
		if j := strings.IndexByte(t, ' '); j > 0 {
			first = t[:j]
		}
		for n := names[first]; n > len(t); n-- {
			if c.start+n > len(doc.Text) {
				continue
			}
			long := doc.Text[c.start : c.start+n]
			j, ok := byText[long]
			if !ok || j == i || !strings.HasPrefix(long, t+" ") || c.start+n < len(doc.Text) && startsLetter(doc.Text[c.start+n:]) {
				continue
			}
			if tail := long[len(t):]; strings.ContainsAny(tail, "0123456789") && strings.ContainsAny(tail, "-/") {
				break
			}
			end := c.start + n
			for k := range cs {
				if k != i && cs[k].start >= c.end && cs[k].start < end {
					drop[k] = true
				}
			}
			c.end, c.typ, c.entry, c.role = end, cs[j].typ, cs[j].entry, cs[j].role
			break
		}
	}
	if len(drop) == 0 {
		return cs
	}
	kept := cs[:0]
	for k, c := range cs {
		if !drop[k] {
			kept = append(kept, c)
		}
	}
	return kept
}
