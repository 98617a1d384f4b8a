package resolve

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// orgNouns in a sentence say a body acts in it: only firms and
// organisations have klanten, medewerkers or vestigingen.
var orgNouns = setOf("klanten", "medewerkers", "werknemers", "personeel", "vestigingen", "filialen",
	"aandeelhouders", "omzet", "abonnees", "beursgang", "beurswaarde")

// orgOfNouns before "van X" make X a body: "klanten van X", "de
// directie van X".
var orgOfNouns = setOf("klanten", "medewerkers", "werknemers", "personeel", "directie", "bestuur", "leden",
	"woordvoerder", "woordvoerster", "topman", "topvrouw", "directeur", "ceo", "oprichter", "oprichters",
	"website", "site", "app", "gebruikers", "aandeelhouders", "vestigingen", "filialen", "fractie", "lijsttrekker",
	"partijleider", "frontman", "abonnees", "winkel", "winkels", "filiaal", "vestiging")

// outlets before "van X" make X a body even when X speaks: "een winkel
// van X", "laat X weten".
var outlets = setOf("winkel", "winkels", "filiaal", "filialen", "vestiging", "vestigingen")

// personPronouns after a name in its sentence or the next tie it to a
// person; "zij" and "haar" are left out: Dutch uses them for bodies too.
var personPronouns = setOf("hij", "hem", "zichzelf")

// personTitles before a name make it a person: "meneer X".
var personTitles = setOf("meneer", "mevrouw", "heer", "dokter", "opa", "oma", "oom", "tante", "mr.", "dr.", "prof.", "ir.", "drs.")

// orgByEvidence types ORG a one-word name the tagger typed PER when its
// article gives no sign of a person and some sign of a body. Signs of a
// person: a given name before the word anywhere in the article, the
// word itself a given name, a role or title on it, an age after it, or
// "hij"/"hem" right after it. Signs of a body: "de"/"het" or "bij"
// before it, "klanten van X", a derived noun or compound (X'ers,
// X-klanten), a class noun or a noun only bodies have (klanten,
// medewerkers) in one of its sentences. Knowledge-base links and class-typed
// names keep their type.
func orgByEvidence(doc *nl.Doc, cs []cand) {
	if doc.Lang != "" && doc.Lang != "nl" {
		return
	}
	byName := map[string][]int{}
	classOrg := map[string]bool{} // names a class noun made a body: "netbeheerder X"
	for i := range cs {
		c := &cs[i]
		name := c.text(doc)
		if c.classTyped && c.typ == kroniek.ORG && c.entry == nil {
			classOrg[name] = true
		}
		if c.typ != kroniek.PER || strings.ContainsAny(name, " -'’.") || utf8.RuneCountInString(name) < 3 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
			continue
		}
		byName[name] = append(byName[name], i)
	}
	if len(byName) == 0 {
		return
	}
	px := newPersonIndex(doc, cs)
	for name, idx := range byName {
		if isGivenName(name) || deities[strings.ToLower(name)] || px.personElsewhere(name) ||
			strings.HasSuffix(name, "s") && (len(byName[name[:len(name)-1]]) > 0 || px.personElsewhere(name[:len(name)-1])) {
			continue
		}
		org, person, said, strong := classOrg[name], false, false, classOrg[name]
		for _, i := range idx {
			c := &cs[i]
			if c.entry != nil || c.role != "" || c.classTyped {
				person = true // a link or a role decides; leave it
				break
			}
			ti := tokenIndex(doc, c.start)
			if ti < 0 {
				person = true
				break
			}
			p, pp := prevWord(doc, ti, 1), prevWord(doc, ti, 2)
			switch {
			case isGivenName(p) || personTitles[strings.ToLower(p)]:
				person = true
			case (p == "de" || p == "het") && !verbAt(doc, ti-2) && !adjectiveWord(pp),
				// "het Belgische Marintec": persons take no neuter article
				pp == "het" && adjective(doc, p) && !verbAt(doc, ti-3),
				p == "bij" && workVerbs[strings.ToLower(pp)],
				p == "van" && orgOfNouns[strings.ToLower(pp)]:
				org = true
				strong = strong || p == "van" && outlets[strings.ToLower(pp)]
			}
			// an apposition: "Ciran, een failliet zorgbedrijfje", "X als
			// landelijk opererende zorginstelling"
			if ti+2 < len(doc.Tokens) && (doc.Tokens[ti+1].Text == "," || doc.Tokens[ti+1].Text == "als") {
				for j := ti + 2; j <= ti+5 && j < len(doc.Tokens); j++ {
					if lw := doc.Tokens[j].Text; startsLower(lw) && classOf(diminutive(lw)) == kroniek.ORG {
						org = true
						break
					}
					if !startsLower(doc.Tokens[j].Text) {
						break
					}
				}
			}
			// an apposition after a class noun: "een andere netbeheerder
			// in de regio, X"
			if ti >= 2 && doc.Tokens[ti-1].Text == "," && classBefore(doc, ti-1) == kroniek.ORG {
				org, strong = true, true
			}
			// "het door mij bestuurde Ksyos": a neuter article before a participle
			if !org && adjectiveWord(p) && !strings.HasSuffix(p, "jarige") && strings.HasSuffix(p, "de") {
				for j := ti - 2; j >= 0 && j >= ti-5; j-- {
					w := doc.Tokens[j].Text
					if w == "het" {
						org = !verbAt(doc, j-1)
						break
					}
					if !startsLower(w) {
						break
					}
				}
			}
			// a former name of a body: "Vattenfall (voorheen Nuon)"
			if i > 0 {
				b := &cs[i-1]
				gap := strings.TrimSpace(doc.Text[min(b.end, c.start):c.start])
				if b.typ == kroniek.ORG && (b.entry != nil || b.classTyped) && (gap == "(voorheen" || gap == "(vroeger") {
					org = true
				}
			}
			// an age: "X (45)"
			if ti+2 < len(doc.Tokens) && doc.Tokens[ti+1].Text == "(" && strings.Trim(doc.Tokens[ti+2].Text, "0123456789") == "" {
				person = true
			}
			if speechNear(doc, ti) {
				said = true // "zegt X", "aldus X", "X zegt"; bodies speak too
			}
			// a noun only bodies have after it as the subject, a person
			// pronoun close after it
			for j := ti + 1; j < len(doc.Tokens) && j <= ti+6; j++ {
				t := doc.Tokens[j]
				if t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == ";" {
					break
				}
				lw := strings.ToLower(t.Text)
				if personPronouns[lw] {
					person = true
				}
				if orgNouns[lw] && verbAt(doc, ti+1) {
					org = true // "Nuon heeft 2 miljoen klanten"
				}
			}
		}
		// "een winkel van X" or an apposition with a class noun outweighs
		// speech ("laat X weten"), "de directie van X" does not
		if person || said && !strong {
			continue
		}
		if !org && px.bodyDerived(name) {
			org = true
		}
		if !org {
			continue
		}
		for _, i := range idx {
			cs[i].typ = kroniek.ORG
		}
	}
}

// typeByApposition types a name by the class noun of an apposition
// right after it, after a comma or in parentheses: "Renamo, de grootste
// oppositiepartij" and "Ditib (een omstreden Duits-Turkse
// moskeevereniging)" are bodies,
// "Fortnite, de game" a work, "Doral, een voorstad van Miami" a place.
// The noun is the first word after the article that is not an
// adjective; a preposition or anything capitalised ends the search ("X,
// een acteur uit de tv-serie" says nothing of X). Every mention of the
// name in the article takes the type. Knowledge-base links, roles and
// names a class noun before them typed keep theirs, and a given name
// opening a person's name keeps him a person (a work may follow its
// author: "… van Gabriel García Márquez, een roman").
func typeByApposition(doc *nl.Doc, cs []cand) {
	if doc.Lang != "" && doc.Lang != "nl" {
		return
	}
	typed := map[string]string{}
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.role != "" || c.classTyped {
			continue
		}
		ti := tokenIndex(doc, c.end-1)
		if ti < 0 || ti+3 >= len(doc.Tokens) || doc.Tokens[ti+1].Text != "," && doc.Tokens[ti+1].Text != "(" {
			continue
		}
		if t := apposedClass(doc, c); doc.Tokens[ti+1].Text == "," && t != "" && t != c.typ && (c.typ != kroniek.PER || !isGivenName(strings.Fields(c.text(doc))[0])) {
			typed[c.text(doc)] = t // "het enige onafhankelijke peilbureau, Levada, is …"
			continue
		}
		if a := doc.Tokens[ti+2].Text; a != "een" && a != "de" && a != "het" {
			continue
		}
		t := ""
		for j := ti + 3; j < len(doc.Tokens) && j <= ti+6; j++ {
			w := doc.Tokens[j]
			if w.Kind != nl.Word || !startsLower(w.Text) && !placeAdjective(w.Text) {
				break
			}
			if ct := classOf(diminutive(w.Text)); ct != "" && !agentNoun(w.Text) {
				t = ct
				break
			}
			if !adjectiveWord(w.Text) && !adverbShape(w.Text) && w.POS != nl.ADJ {
				break // the parse's adjectives count too: "een omstreden vereniging"
			}
		}
		if t == "" || t == c.typ {
			continue
		}
		if name := c.text(doc); c.typ == kroniek.PER && isGivenName(strings.Fields(name)[0]) {
			continue
		}
		typed[c.text(doc)] = t
	}
	if len(typed) == 0 {
		return
	}
	for i := range cs {
		c := &cs[i]
		if t, ok := typed[c.text(doc)]; ok && c.entry == nil && c.role == "" && !c.classTyped {
			c.typ = t
		}
	}
}

// apposedClass returns the type of a class noun that opens an apposition
// closing on the name: "het peilbureau, Levada, is …" (the name between
// two commas right after the noun, which the article, "het" or "de",
// two words before at most introduces); "" otherwise.
func apposedClass(doc *nl.Doc, c *cand) string {
	ti := tokenIndex(doc, c.start)
	if ti < 3 || doc.Tokens[ti-1].Text != "," {
		return ""
	}
	w := doc.Tokens[ti-2]
	if w.Kind != nl.Word || !startsLower(w.Text) || agentNoun(w.Text) {
		return ""
	}
	det := false
	for j := ti - 3; j >= 0 && j >= ti-5; j-- {
		if a := strings.ToLower(doc.Tokens[j].Text); a == "de" || a == "het" {
			// not a noun inside a phrase: "de burgemeester van de
			// Italiaanse stad, Giuseppe Sala," is about the mayor
			det = j == 0 || doc.Tokens[j-1].POS != nl.ADP && !nameParticlesNL[strings.ToLower(doc.Tokens[j-1].Text)]
			break
		}
	}
	if !det {
		return ""
	}
	t := classOf(diminutive(w.Text))
	if t == kroniek.LOC && c.typ == kroniek.PER {
		return "" // a place noun says little of a person's name after it
	}
	return t
}

// placeAdjective reports whether a capitalised word is an adjective of
// a place: "de Bredase volkswijk", "de Mexicaanse stad".
func placeAdjective(w string) bool {
	return startsUpper(w) && (strings.HasSuffix(w, "se") || strings.HasSuffix(w, "sche")) && len(w) > 5
}

// personIndex holds what personElsewhere and bodyDerived look up, built
// in one pass over the article so that orgByEvidence stays linear in it.
type personIndex struct {
	lastOfPerson map[string]bool // last words of person-like mentions
	afterGiven   map[string]bool // words after a given name, or after a particle after a capital
	derived      map[string]bool // words before a derived-noun or compound ending (Nuon'ers, Nuon-klanten)
}

// derivedEnds make a body's name a derived noun or compound.
var derivedEnds = []string{"'ers", "’ers", "'er", "’er", "-klant", "-medewerker", "-werknemer", "-woordvoerder", "-topman", "-directeur", "-leden", "-fractie"}

func newPersonIndex(doc *nl.Doc, cs []cand) *personIndex {
	x := &personIndex{lastOfPerson: map[string]bool{}, afterGiven: map[string]bool{}, derived: map[string]bool{}}
	for i := range cs {
		t := cs[i].text(doc)
		if sp := strings.LastIndexByte(t, ' '); sp >= 0 && (givenShape(t) || cs[i].typ == kroniek.PER || cs[i].typ == kroniek.MISC) {
			x.lastOfPerson[t[sp+1:]] = true
		}
	}
	for i, t := range doc.Tokens {
		if i == 0 {
			continue
		}
		p := doc.Tokens[i-1].Text
		// a particle after a family name that had one opens the name of
		// a body: "Marc van der Linden van Stedin"
		if isGivenName(p) || nameParticlesNL[strings.ToLower(p)] && i >= 2 && startsUpper(doc.Tokens[i-2].Text) &&
			!(p == "van" && i >= 3 && nameParticlesNL[doc.Tokens[i-3].Text]) {
			x.afterGiven[t.Text] = true
		}
	}
	for _, suf := range derivedEnds {
		for at := 0; ; {
			j := strings.Index(doc.Text[at:], suf)
			if j < 0 {
				break
			}
			end := at + j
			start := end
			for start > 0 {
				r, n := utf8.DecodeLastRuneInString(doc.Text[:start])
				if unicode.IsSpace(r) || unicode.IsPunct(r) && r != '&' {
					break
				}
				start -= n
			}
			// every ending of the word before the suffix: a name may close a longer word
			for k := start; k < end; {
				x.derived[doc.Text[k:end]] = true
				_, n := utf8.DecodeRuneInString(doc.Text[k:end])
				k += n
			}
			at = end + len(suf)
		}
	}
	return x
}

// personElsewhere reports whether the article writes a given name or a
// particle right before name (Piet Nuon, Van Nuon) or a person mention
// ends in it.
func (x *personIndex) personElsewhere(name string) bool {
	return x.lastOfPerson[name] || x.afterGiven[name]
}

// bodyDerived reports whether the text makes a derived noun or a
// compound of name: "Nuon'ers", "Nuon-klanten".
func (x *personIndex) bodyDerived(name string) bool {
	return x.derived[name]
}

// prevWord returns the text of the n-th token before ti, "" at the start.
func prevWord(doc *nl.Doc, ti, n int) string {
	if ti-n < 0 {
		return ""
	}
	return doc.Tokens[ti-n].Text
}

// speechVerbs say a person speaks: "zegt X", "aldus X", "X zei".
var speechVerbs = setOf("zegt", "zei", "aldus", "vertelt", "vertelde", "zeggen", "reageert", "reageerde", "schrijft", "schreef", "denkt", "vindt", "vond")

// speechNear reports whether a speech verb stands right before or after token ti.
func speechNear(doc *nl.Doc, ti int) bool {
	if ti > 0 && speechVerbs[strings.ToLower(doc.Tokens[ti-1].Text)] {
		return true
	}
	return ti+1 < len(doc.Tokens) && speechVerbs[strings.ToLower(doc.Tokens[ti+1].Text)]
}

// workVerbs before "bij X" make X an employer: "werkt bij X".
var workVerbs = setOf("werkt", "werken", "werkte", "werkten", "werkzaam", "gewerkt", "klant", "klanten", "ontslagen", "baan", "solliciteerde", "vertrekt")

// auxWords are finite verbs that stand before an expletive "het" or
// after a subject when the tagger gave no part of speech.
var auxWords = setOf("is", "was", "zijn", "waren", "heeft", "had", "hebben", "hadden", "wordt", "werd", "worden", "werden",
	"kan", "kon", "moet", "moest", "zal", "zou", "wil", "wilde", "gaat", "ging", "meldt", "meldde", "laat", "liet", "maakt", "maakte", "biedt", "bood", "levert", "leverde")

// verbAt reports whether token i is a verb: by its part of speech, or
// by the short list of finite verbs when it has none.
func verbAt(doc *nl.Doc, i int) bool {
	if i < 0 || i >= len(doc.Tokens) {
		return false
	}
	t := doc.Tokens[i]
	return t.POS == nl.VERB || t.POS == nl.AUX || auxWords[strings.ToLower(t.Text)]
}

// adjectiveWord reports whether w is an inflected adjective or a number
// word before a name: "de 18-jarige Aiko".
func adjectiveWord(w string) bool {
	return strings.HasSuffix(w, "jarige") || strings.HasSuffix(w, "e") && startsLower(w)
}

// startsLower reports whether s begins with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// diminutive returns the noun of a diminutive: zorgbedrijfje → zorgbedrijf.
func diminutive(w string) string {
	for _, suf := range []string{"tje", "je"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+4 {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// artistRoles are titles only persons bear, never a body after them.
var artistRoles = setOf("zanger", "zangeres", "rapper", "rapster", "acteur", "actrice", "schrijver", "schrijfster", "dichter", "dichteres", "cabaretier", "presentator", "presentatrice",
	"kunstenaar", "kunstenares", "schilder", "schilderes", "componist", "fotograaf", "regisseur", "beeldhouwer", "pianist", "pianiste", "violist", "violiste", "gitarist", "drummer")

// titledPerson reports whether name after the word prev is a person by
// the title: a role noun or a compound of one (directeur,
// CPNB-directeur) before a given name and a family name, or an artist's
// title before one capitalised word.
func titledPerson(prev, name string) bool {
	lp := strings.ToLower(prev)
	if !startsLower(prev) && !strings.Contains(prev, "-") || !roleCompound(lp) {
		return false
	}
	words := strings.Fields(name)
	if len(words) == 1 {
		return artistRoles[lp] && startsUpper(name) && strings.ToUpper(name) != name
	}
	if len(words) > 4 || !isGivenName(words[0]) {
		return false
	}
	for _, w := range words[1 : len(words)-1] {
		if !nameParticlesNL[w] {
			return false
		}
	}
	return startsUpper(words[len(words)-1]) && !strings.ContainsAny(words[len(words)-1], "0123456789")
}

// familyCompound reports whether words are a given name and a family
// name that ends in a place noun but names no thing: Bert Wagendorp,
// not Maria Magdalenakerk or Albert Cuypmarkt.
func familyCompound(words []string) bool {
	if len(words) != 2 || !isGivenName(words[0]) {
		return false
	}
	last := words[1]
	ll := strings.ToLower(last)
	if !startsUpper(last) || strings.ContainsAny(last, "-0123456789") || classHeads[ll] != "" || classOf(ll) != kroniek.LOC {
		return false
	}
	for _, h := range thingHeads {
		if strings.HasSuffix(ll, h) {
			return false
		}
	}
	return true
}

// artistNames adds the names the tagger left out after an artist's
// title: "de inmiddels overleden zanger Prince". The name is the
// capitalised words right after the title (particles inside), in one
// sentence, none covered by a mention and none a word the article
// writes in lower case. It returns cs with the new persons, by offset.
func artistNames(doc *nl.Doc, cs []cand, lower func(string) bool) []cand {
	if doc.Lang != "" && doc.Lang != "nl" {
		return cs
	}
	covered := coverage(cs)
	var add []cand
	for ti := 0; ti+1 < len(doc.Tokens); ti++ {
		if !artistRoles[doc.Tokens[ti].Text] {
			continue
		}
		start, end := doc.Tokens[ti+1].Start, -1
		for j := ti + 1; j < len(doc.Tokens) && j <= ti+4; j++ {
			t := doc.Tokens[j]
			if t.Kind != nl.Word || doc.Text[doc.Tokens[j-1].End:t.Start] != " " {
				break
			}
			if nameParticlesNL[t.Text] && end >= 0 {
				continue
			}
			if !startsUpper(t.Text) || strings.ToUpper(t.Text) == t.Text || lower(strings.ToLower(t.Text)) || nl.IsStopword(strings.ToLower(t.Text)) {
				break
			}
			end = t.End
		}
		if end < 0 || covered(start, end) {
			continue
		}
		add = append(add, cand{start: start, end: end, typ: kroniek.PER})
	}
	if len(add) == 0 {
		return cs
	}
	cs = append(cs, add...)
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	return cs
}

// classBefore returns the type of a class noun that opens the
// lower-case phrase ending at the comma at token ci: "een andere
// netbeheerder in de regio,". The nearest such noun follows an indefinite article or
// an adjective after one and no "van" lies between, so "de woordvoerder
// van het ziekenhuis, X" says nothing about X.
func classBefore(doc *nl.Doc, ci int) string {
	for j := ci - 1; j >= 1 && j >= ci-6; j-- {
		w := doc.Tokens[j].Text
		if !startsLower(w) || w == "van" {
			return ""
		}
		t := classOf(w)
		if t == "" {
			continue
		}
		p := strings.ToLower(doc.Tokens[j-1].Text)
		if p == "een" || adjectiveWord(p) && j >= 2 && strings.ToLower(doc.Tokens[j-2].Text) == "een" {
			return t
		}
	}
	return ""
}

// typeByAddress types a place the name an address frame gives: "aan de
// X in Breda" says where something lies, so X is a street or square
// (LOC), whatever the tagger made of it ("een fastfoodketen aan de
// Veldsteen in Breda"). The place after "in" must be a mention typed
// LOC, and a name with a body's class noun ("aan de Hanzehogeschool in
// Groningen", "de Hogeschool voor de Kunsten") or an event noun in it
// keeps its type. Knowledge-base links,
// roles and class-typed names keep theirs; every mention of the name in
// the article takes the type.
func typeByAddress(doc *nl.Doc, cs []cand) {
	if doc.Lang != "" && doc.Lang != "nl" {
		return
	}
	locAt := map[int]bool{}
	for i := range cs {
		if cs[i].typ == kroniek.LOC {
			locAt[cs[i].start] = true
		}
	}
	typed := map[string]bool{}
	for i := range cs {
		c := &cs[i]
		if c.typ == kroniek.LOC || c.entry != nil || c.role != "" || c.classTyped {
			continue
		}
		si, ei := tokenIndex(doc, c.start), tokenIndex(doc, c.end-1)
		if si < 2 || ei < 0 || ei+2 >= len(doc.Tokens) {
			continue
		}
		if doc.Tokens[si-2].Text != "aan" || doc.Tokens[si-1].Text != "de" || doc.Tokens[ei+1].Text != "in" || !locAt[doc.Tokens[ei+2].Start] {
			continue
		}
		name, body := c.text(doc), false
		for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
			body = body || classOf(w) != "" && classOf(w) != kroniek.LOC || eventNoun(w)
		}
		if !body {
			typed[name] = true
		}
	}
	for i := range cs {
		c := &cs[i]
		if typed[c.text(doc)] && c.entry == nil && c.role == "" && !c.classTyped {
			c.typ = kroniek.LOC
		}
	}
}

// eventNoun reports whether a name's last word names an event one takes
// part in ("aan de Canal Parade in Amsterdam"), not a place.
func eventNoun(w string) bool {
	for _, s := range []string{"parade", "dag", "dagen", "festival", "marathon", "race", "week", "beurs", "toernooi", "wedstrijd", "conferentie", "top", "cursus", "opleiding", "optocht", "tocht", "loop"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
