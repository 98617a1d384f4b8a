package amount

import (
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// comparatives after a sum or share make it the difference by which
// something is higher or lower: "de energierekening die ruim 300 euro
// hoger uitpakt".
var comparatives = map[string]bool{
	"hoger": true, "lager": true, "duurder": true, "goedkoper": true, "groter": true, "kleiner": true,
	"meer": true, "minder": true, "beter": true, "slechter": true, "zwaarder": true, "lichter": true,
}

// differenceOf finds what a sum or share on sentence tokens [num, end)
// followed by a comparative is the difference of: the noun subject of its
// clause, through a relative pronoun ("het nieuws over de energierekening
// die dit jaar ruim 300 euro hoger uitpakt" → energierekening). "Meer" or
// "minder" before a noun counts that noun instead (objectAfter).
func (x *scanner) differenceOf(num, end int) (span, bool) {
	w := x.word(end)
	if !x.parsed() || !comparatives[w] {
		return span{}, false
	}
	if (w == "meer" || w == "minder") && end+1 < len(x.toks) && x.toks[end+1].Kind == nl.Word && x.l.pos[x.low[end+1]] != "VERB" && x.l.pos[x.low[end+1]] != "AUX" {
		return span{}, false // 5 euro meer loon; 10 procent minder dan: not the subject's difference
	}
	_, v, ok := x.figureClause(num, end)
	if !ok {
		return span{}, false
	}
	return x.subjectBefore(x.doc.Subject(v), num)
}

// figureClause returns the doc token heading the figure on sentence
// tokens [num, end) and the head of its clause.
func (x *scanner) figureClause(num, end int) (u, v int, ok bool) {
	if u = x.figureHead(num, end); u < 0 {
		return -1, -1, false
	}
	v = x.doc.Clause(u)
	return u, v, v >= 0
}

// subjectBefore returns the phrase of the noun subject at doc token s when
// it stands in the scanner's sentence before sentence token num and is no
// unit.
func (x *scanner) subjectBefore(s, num int) (span, bool) {
	d := x.doc
	if s < 0 || d.Tokens[s].POS != nl.NOUN || d.SentenceOf(s) != x.si || s >= x.first+num || x.l.units[strings.ToLower(d.Tokens[s].Text)] != "" {
		return span{}, false
	}
	return x.nounPhrase(s), true
}

// pricedEach finds the noun a sum after "à" is the price of each of:
// the noun before it, across an adjective and a material noun ("envelopjes
// wit poeder à 50 euro" → envelopjes wit poeder); a sentence token range.
func (x *scanner) pricedEach(start int) (from, to int, ok bool) {
	if start < 2 || x.word(start-1) != "à" && x.word(start-1) != "á" {
		return 0, 0, false
	}
	to = start - 2
	if x.toks[to].Kind != nl.Word || !x.countable(to) || x.l.units[x.low[to]] != "" {
		return 0, 0, false
	}
	from = to
	for n := 0; n < 3 && from > 0 && x.toks[from-1].Kind == nl.Word; n++ {
		p := x.low[from-1]
		if isDet(p) || p == "een" || x.l.mults[p] > 0 || x.l.units[p] != "" {
			break
		}
		if c := x.l.pos[p]; c != "ADJ" && c != "NOUN" && !(x.parsed() && x.doc.Tokens[x.first+from-1].POS == nl.NOUN) {
			break
		}
		from--
	}
	for from < to && x.l.pos[x.low[from]] == "ADJ" {
		from++ // the head noun first: "envelopjes wit poeder", not "wit poeder"
	}
	return from, to, true
}

// comparedWith finds what a measure after "dan" is compared with: the
// noun after "meer" or "minder" earlier in the clause ("meer cocaïne in
// omloop dan de geschatte 271.000 kilo" → cocaïne). Returns a sentence
// token.
func (x *scanner) comparedWith(start int) (int, bool) {
	j := start - 1
	for j > 0 && (isDet(x.low[j]) || x.l.pos[x.low[j]] == "ADJ" || x.l.mods[x.low[j]] != "" || x.participleBefore(j) || x.parsed() && x.doc.Tokens[x.first+j].POS == nl.ADJ) {
		j--
	}
	if x.word(j) != "dan" {
		return 0, false
	}
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		w := x.low[k]
		if x.toks[k].Kind == nl.Punct {
			return 0, false
		}
		if w == "meer" || w == "minder" {
			if n, ok := x.objectAfter(k + 1); ok && n < j && x.l.units[x.low[n]] == "" && !isCapitalized(x.toks[n].Text) {
				return n, true
			}
			return 0, false
		}
	}
	return 0, false
}

// servicePaid finds what a sum "voor N euro" pays for when its verb is no
// verb of trade: the verb with the noun object before the sum ("om een
// andere student voor zo'n 400 duizend euro te helpen" → "andere student
// helpen").
func (x *scanner) servicePaid(start, num, end int) (span, bool) {
	if !x.parsed() || x.word(start-1) != "voor" {
		return span{}, false
	}
	d := x.doc
	u := x.figureHead(num, end)
	if u < 0 || !strings.HasPrefix(d.Tokens[u].Rel, "obl") {
		return span{}, false
	}
	v := d.Tokens[u].Head
	if v < 0 || d.Tokens[v].POS != nl.VERB || tradeVerbs[d.Tokens[v].Lemma] || estimateVerbs[d.Tokens[v].Lemma] || payVerbs[d.Tokens[v].Lemma] {
		return span{}, false
	}
	lemma := x.ownParticle(v, strings.ToLower(d.Tokens[v].Lemma))
	if lightVerbs[lemma] || copulaVerbs[lemma] || !x.knownVerb(lemma) || d.Passive(v) {
		return span{}, false
	}
	for _, o := range d.Dependents(v, "obj") {
		if o >= x.first+start-1 || d.Tokens[o].POS != nl.NOUN || d.SentenceOf(o) != x.si {
			continue
		}
		if sp, ok := x.phrase(o, 4); ok {
			return x.acting(sp, v, lemma), true
		}
	}
	return span{}, false
}

// tradedPassive finds what a sum "voor N euro" is when it is the
// oblique of a passive with no subject of its own: what was done with
// that much money, the participle as written ("wordt er jaarlijks voor
// 16 miljard euro witgewassen" → witgewassen), with the noun a relative
// clause hangs on ("producten waarvan voor 11 miljard dollar wordt
// geïmporteerd" → producten geïmporteerd) or else its first complement
// of place ("in de haven onderschept"). A subject of the passive names
// what the sum buys instead, which tradeVerbs read.
func (x *scanner) tradedPassive(start, num, end int) (span, bool) {
	if !x.parsed() || x.word(start-1) != "voor" {
		return span{}, false
	}
	d := x.doc
	u := x.figureHead(num, end)
	if u < 0 || d.Tokens[u].Rel != "obl" {
		return span{}, false
	}
	v := d.Tokens[u].Head
	if v < 0 || d.Tokens[v].POS != nl.VERB || !d.Tokens[v].Feats.Has(nl.FeatPart) || len(d.Dependents(v, "aux:pass")) == 0 {
		return span{}, false
	}
	lemma := x.ownParticle(v, strings.ToLower(d.Tokens[v].Lemma))
	part := strings.ToLower(d.Tokens[v].Text)
	if lightVerbs[lemma] || copulaVerbs[lemma] || copulaParticiples[part] || !x.knownVerb(lemma) && !isParticiple(part) && !strings.HasPrefix(part, "ge") {
		return span{}, false // (a lemma the tagger guessed, witgewas: the participle as written)
	}
	for _, s := range d.Dependents(v, "nsubj:pass") {
		if w := strings.ToLower(d.Tokens[s].Text); x.l.units[w] == "" && !dayWord(w) && !x.l.months[w] {
			return span{}, false // de gronden worden voor 18 miljoen euro verkocht: what is sold
		}
	}
	if n := d.Tokens[v].Head; d.Tokens[v].Rel == "acl:relcl" && n >= 0 && d.Tokens[n].POS == nl.NOUN {
		sp, ok := x.subjectPhrase(n, 4)
		if !ok {
			sp = x.nounPhrase(n)
		}
		return x.acting(sp, v, part), true
	}
	for _, c := range d.Children(v) {
		if d.Tokens[c].Rel != "obl" || c == u || d.Tokens[c].POS != nl.NOUN {
			continue
		}
		if p := x.firstCase(c); p == "in" || p == "uit" || p == "naar" || p == "aan" {
			if sp, ok := x.phrase(c, 5); ok && x.l.units[strings.ToLower(d.Tokens[c].Text)] == "" {
				return x.acting(sp, v, part), true
			}
		}
	}
	t := d.Tokens[v]
	return span{text: part, start: t.Start, end: t.End}, true
}

// copulaValue finds what a sum is the value of when it closes a clause
// "[het] X … is N euro" that the parse gets wrong: the last noun before
// the first preposition of the sentence, when only a finite form of zijn
// and adverbs stand between it and the sum ("Het minimumloon in Nederland
// is immers zo'n 10 euro per uur"). Returns a doc token.
func (x *scanner) copulaValue(start, end int) (int, bool) {
	if end < len(x.toks) && x.toks[end].Kind != nl.Punct && x.word(end) != "per" {
		return 0, false
	}
	v := x.copulaBefore(start)
	switch x.word(v) {
	case "is", "was", "zijn", "waren":
	default:
		return 0, false
	}
	head, k0 := -1, x.clauseOpening()
	for k := k0; k < v; k++ {
		t := x.toks[k]
		if t.Kind != nl.Word || x.l.pos[x.low[k]] == "ADP" {
			break
		}
		switch c := x.l.pos[x.low[k]]; {
		case k == k0 && (isDet(x.low[k]) || x.low[k] == "deze" || x.low[k] == "dit") && k+1 < v && (x.l.pos[x.low[k+1]] == "NOUN" || x.parsed() && x.doc.Tokens[x.first+k+1].POS == nl.NOUN):
			// Die armoedegrens was …: a demonstrative article
		case c == "VERB" || c == "AUX" || c == "PRON" || c == "SCONJ" || c == "CCONJ":
			return 0, false
		case c == "NOUN" || c == "" && x.parsed() && x.doc.Tokens[x.first+k].POS == nl.NOUN:
			head = k
		}
	}
	if head < 0 || x.l.units[x.low[head]] != "" || isCapitalized(x.toks[head].Text) && head > 0 {
		return 0, false
	}
	return head, true
}

// clauseOpening returns the first sentence token past the opening quote
// marks and one joining "en" or "maar" (",,En de afstand tot het huis is
// zo'n twintig meter"), where the sentence's own clause starts.
func (x *scanner) clauseOpening() int {
	k := 0
	for k < len(x.toks) && x.toks[k].Kind == nl.Punct {
		k++
	}
	if w := x.word(k); w == "en" || w == "maar" {
		k++
	}
	return k
}

// levelWords name a sum or measure as a level reached, not what reached
// it: "steeg naar een record van 10,1 miljard ton".
var levelWords = map[string]bool{
	"record": true, "recordhoogte": true, "recordniveau": true, "niveau": true, "piek": true, "dieptepunt": true,
	"hoogtepunt": true, "laagterecord": true, "topniveau": true, "recordstand": true,
}

// levelOf finds what reached the level a figure "een record van N" gives:
// the noun object of its clause before it, else its subject ("de
// CO2-uitstoot steeg naar een record van 10,1 miljard ton" → CO2-uitstoot).
func (x *scanner) levelOf(k int) (span, bool) {
	if !x.parsed() || !levelWords[x.low[k]] {
		return span{}, false
	}
	d := x.doc
	v := d.Clause(x.first + k)
	if v < 0 {
		return span{}, false
	}
	if !d.Tokens[v].Feats.Has(nl.FeatFin) {
		for _, c := range d.Children(v) {
			if t := d.Tokens[c]; c < x.first+k && t.POS == nl.VERB && t.Feats.Has(nl.FeatFin) && d.Tokens[c].Head == v {
				v = c // steeg de CO2-uitstoot … wereldwijd [read as the verb] naar een record: the finite verb's clause
				break
			}
		}
	}
	s := d.Subject(v)
	for _, o := range d.Dependents(v, "obj") {
		if o < x.first+k && d.Tokens[o].POS == nl.NOUN {
			s = o // hielpen de CO2-uitstoot aan een record van 33,1 miljard ton
			break
		}
	}
	if s < 0 || s >= x.first+k || d.Tokens[s].POS != nl.NOUN && d.Tokens[s].POS != nl.PROPN || d.SentenceOf(s) != x.si || x.l.units[strings.ToLower(d.Tokens[s].Text)] != "" {
		return span{}, false
	}
	return x.nounPhrase(s), true
}

// sizeUnits measure a length, a weight or an area, which something has
// (not a speed, a power or a temperature, read in other ways).
var sizeUnits = map[string]bool{"km": true, "m": true, "cm": true, "mm": true, "kg": true, "g": true, "ton": true, "pond": true, "ha": true, "km2": true, "m2": true}

// bareDimensions are the dimension words a measure gets when the text
// names no dimension (lengte, not "30 meter hoog" or "in de diepte") and
// no place (afstand: "op 7 meter", "22 kilometer uit de kust", which the
// dev gold keeps).
var bareDimensions = map[string]bool{"lengte": true, "gewicht": true, "oppervlakte": true}

// stativeVerbs say that their subject has a measure: "ligt rond de
// 120.000 kilo", "bedraagt 5 kilometer"; other verbs name what their
// subject did that much of ("is 80 kilo afgevallen").
var stativeVerbs = map[string]bool{"liggen": true, "zijn": true, "bedragen": true, "wegen": true, "meten": true, "blijven": true, "uitkomen": true, "worden": true, "hebben": true}

// measureSubject finds what a measure on sentence tokens [num, end)
// without a noun of its own measures: the noun or name subject before it
// of its clause, in the parse, alone after a stative verb ("Het geschatte
// cocaïneverbruik ligt rond de 120.000 kilo") or with the verb after a
// verb of change ("dat zijn patiënt 80 kilo is afgevallen" → patiënt
// afvallen); not a pronoun, not after another verb or in a clause with
// an object of its own.
func (x *scanner) measureSubject(num, end int) (span, bool) {
	if !x.parsed() || x.word(num-1) == "(" || x.word(end) == ")" {
		return span{}, false
	}
	d := x.doc
	u := x.figureHead(num, end)
	v := d.Clause(x.first + num)
	if u < 0 || v < 0 || d.Tokens[v].POS != nl.VERB && len(d.Dependents(v, "cop")) == 0 {
		return span{}, false
	}
	s := x.ownSubject(v)
	if s < 0 || s >= x.first+num || x.l.units[strings.ToLower(d.Tokens[s].Text)] != "" {
		return span{}, false
	}
	for _, o := range d.Dependents(v, "obj") {
		if o != u {
			return span{}, false // vervoert 20 ton goederen per dag: a verb with its own object
		}
	}
	sp, ok := x.subjectPhrase(s, 5)
	if !ok {
		return span{}, false
	}
	lemma := strings.ToLower(d.Tokens[v].Lemma)
	switch {
	case len(d.Dependents(v, "cop")) > 0 || stativeVerbs[lemma]:
		return sp, true
	case changeVerbs[lemma] || weightVerbs[lemma]:
		return x.acting(sp, v, lemma), true
	}
	return span{}, false // jongens die 5000 kilo invoeren: what is carried, not who carries it
}

// weightVerbs tell a change of the subject's own weight or size.
var weightVerbs = map[string]bool{"afvallen": true, "aankomen": true, "verliezen": true, "krimpen": true, "uitdijen": true}

// standVerbs tell the level something stands at, with "op": "het
// dodental stond op 84", "blijft het dreigingsniveau op 4 staan".
var standVerbs = map[string]bool{"staan": true, "liggen": true, "blijven": true, "stilstaan": true}

// standsAt finds what stands at the level a figure at sentence token num
// gives: the noun subject before it of its clause's verb of standing
// ("het dodental stond op 84", "lag de prijs nog rond de 20.000 dollar",
// "De hypotheek blijft onder de 10.000 euro"); not a person or a name
// ("we staan op 1" is a rank).
func (x *scanner) standsAt(num int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	v := d.Clause(x.first + num)
	if v < 0 || !standVerbs[d.Tokens[v].Lemma] {
		return span{}, false
	}
	s := d.Subject(v)
	if s < 0 || s >= x.first+num || d.Tokens[s].POS != nl.NOUN || d.SentenceOf(s) != x.si || x.l.units[strings.ToLower(d.Tokens[s].Text)] != "" || x.people(strings.ToLower(d.Tokens[s].Text), true) {
		return span{}, false
	}
	if s > 0 && strings.EqualFold(d.Tokens[s-1].Text, "te") {
		return span{}, false // woonruimte staat te koop voor 7000 euro: koop is no subject
	}
	return x.nounPhrase(s), true
}

// fundVerbs pay for what their object names "met" a sum: "de aanplant
// van bomen te financieren met 17,5 miljoen euro".
var fundVerbs = map[string]bool{"financieren": true, "bekostigen": true, "subsidiëren": true, "sponsoren": true, "betalen": true, "compenseren": true, "steunen": true, "ondersteunen": true}

// fundedBy finds what a sum after "met" pays for: the object of its funding
// verb, or of the verb that verb completes when the parse hangs the object
// there ("maakte bekend de aanplant … te financieren met 17,5 miljoen euro").
func (x *scanner) fundedBy(start, num, end int) (span, bool) {
	if !x.parsed() || x.word(start-1) != "met" {
		return span{}, false
	}
	d := x.doc
	u := x.figureHead(num, end)
	if u < 0 {
		return span{}, false
	}
	v := d.Tokens[u].Head
	if v < 0 || d.Tokens[v].POS != nl.VERB || !fundVerbs[d.Tokens[v].Lemma] {
		return span{}, false
	}
	objs := d.Dependents(v, "obj")
	if h := d.Tokens[v].Head; len(objs) == 0 && d.Tokens[v].Rel == "xcomp" && h >= 0 {
		for _, o := range d.Dependents(h, "obj") {
			if o > h && o < v {
				objs = append(objs, o)
			}
		}
	}
	for _, o := range objs {
		if d.Tokens[o].POS == nl.NOUN && o < x.first+start && d.SentenceOf(o) == x.si {
			return x.nounPhrase(o), true
		}
	}
	return span{}, false
}

// pricedAt finds the noun a sum "voor N euro" right after it is the price
// of, when the parse hangs the sum on that noun, or on the verb whose
// object or passive subject the noun is: "een schattige, groene radio
// voor 5 euro" (not the agent: "kocht de gemeente voor 2 miljoen euro
// grond"). Returns a sentence token.
func (x *scanner) pricedAt(start, num, end int) (int, bool) {
	k := start - 2
	if !x.parsed() || k < 0 || x.word(start-1) != "voor" || x.toks[k].Kind != nl.Word {
		return 0, false
	}
	d := x.doc
	u := x.figureHead(num, end)
	t := d.Tokens[x.first+k]
	if u < 0 || d.Tokens[u].Head != x.first+k && !(d.Tokens[u].Head == t.Head && (t.Rel == "obj" || t.Rel == "nsubj:pass")) || t.POS != nl.NOUN || x.l.pos[x.low[k]] != "NOUN" && x.l.pos[x.low[k]] != "" {
		return 0, false
	}
	if len(d.Dependents(x.first+k, "case")) > 0 || k > 0 && x.l.pos[x.low[k-1]] == "ADP" {
		return 0, false // in totaal voor 3,4 miljoen euro; via benndamen voor 30 euro; te koop voor 7000 euro
	}
	if isCapitalized(t.Text) && !x.sentenceStart(k) || x.l.units[x.low[k]] != "" || x.l.months[x.low[k]] || placeholders[x.low[k]] || !x.viable(k, false) {
		return 0, false
	}
	return k, true
}

// dimensionWords after a measure say which of its subject's dimensions it
// gives: "het schip is zo'n 30 meter lang".
var dimensionWords = map[string]bool{"lang": true, "hoog": true, "breed": true, "diep": true, "dik": true, "zwaar": true, "groot": true, "lange": true, "hoge": true, "brede": true, "diepe": true, "dikke": true, "zware": true}

// measuredThing finds what a measure on sentence tokens [num, end) is the
// size of: the noun subject of its clause when a dimension adjective
// follows it or its verb is wegen ("het schip is zo'n 30 meter lang",
// "zo'n ding weegt bijna 25 ton", "deze monsterraket wordt 98 meter hoog").
// A pronoun subject leaves the dimension ("hij was 54 cm lang").
func (x *scanner) measuredThing(num, end int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	_, v, ok := x.figureClause(num, end)
	if !ok {
		return span{}, false
	}
	dim := dimensionWords[x.word(end)]
	if !dim && d.Tokens[v].Lemma != "wegen" && !weighForms[strings.ToLower(d.Tokens[v].Text)] {
		return span{}, false
	}
	if dim {
		if a := x.first + end; d.Clause(a) >= 0 {
			v = d.Clause(a) // the adjective heads the copula's clause
		}
	}
	s := d.Subject(v)
	if ps := d.Dependents(v, "nsubj:pass"); s < 0 && d.Tokens[v].POS == nl.ADJ && len(ps) == 1 {
		s = ps[0] // deze raket wordt 98 meter hoog: worden is a copula the parse may read as a passive
	}
	return x.subjectBefore(s, num)
}

// placeDimensions are the dimensions a measure may give of a thing that
// lies, stands or has it somewhere: depth, height, length, area.
var placeDimensions = map[string]bool{"diepte": true, "hoogte": true, "lengte": true, "breedte": true, "afstand": true, "oppervlakte": true}

// placeVerbs are the verbs of position and of having whose subject a depth,
// height or area in their clause belongs to.
var placeVerbs = map[string]bool{"liggen": true, "staan": true, "hangen": true, "zitten": true, "verblijven": true, "bevinden": true, "vliegen": true, "zweven": true, "drijven": true, "variëren": true, "hebben": true}

// placedThing finds the thing a depth, height or area on sentence tokens
// [num, end) is of: the noun subject (or the antecedent of a relative
// subject) of a verb of position or having in the figure's clause ("het
// scheepswrak ligt op 22 meter diepte", "een haan die op 18 meter hoogte
// verblijft", "het huis heeft een oppervlakte van 600 vierkante meter",
// "de Mini's variëren in lengte van 9,7 tot 14,9 millimeter"). A pronoun
// subject leaves the dimension ("ze waren op 10 meter hoogte").
func (x *scanner) placedThing(num, end int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	v, ok := x.clauseVerbIn(num, end, placeVerbs)
	if !ok {
		return span{}, false
	}
	s := d.Subject(v)
	if a := x.relativeAntecedent(s); a >= 0 {
		s = a // het toestel, dat op een diepte van 1500 meter ligt
	}
	if s >= 0 && placeDimensions[strings.ToLower(d.Tokens[s].Text)] {
		return span{}, false // the dimension itself taken for the subject
	}
	return x.subjectBefore(s, num)
}

// moveVerbs are the verbs of moving whose distance a length in their
// clause is: the distance is of the moving ("rijdt 12.000 kilometer per
// jaar", "2 kilometer zwemmen").
var moveVerbs = map[string]bool{
	"rijden": true, "lopen": true, "hardlopen": true, "fietsen": true, "zwemmen": true, "wandelen": true,
	"rennen": true, "varen": true, "vliegen": true, "glijden": true, "afleggen": true, "reizen": true,
}

// travelled finds the moving a distance on sentence tokens [num, end) is
// the length of: a verb of moving that heads the figure's clause, or
// its parent ("de gemiddelde Nederlander rijdt ruim 12.000 kilometer per
// jaar" → rijden, "kunnen ze 500 meter of 2 kilometer zwemmen" →
// zwemmen, "legden inspecteurs bijna 6500 kilometer af" → afleggen).
func (x *scanner) travelled(num, end int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	v, ok := x.clauseVerbIn(num, end, moveVerbs)
	if !ok || x.doc.Tokens[v].POS != nl.VERB {
		return span{}, false
	}
	t := x.doc.Tokens[v]
	if s := x.controlled(v); s >= 0 && (x.plainNoun(s) || x.doc.Tokens[s].POS == nl.PROPN && x.doc.SentenceOf(s) == x.si) {
		if sp, ok := x.subjectPhrase(s, 4); ok {
			return x.acting(sp, v, t.Lemma), true // de gemiddelde Nederlander rijdt ruim 12.000 kilometer: whose moving
		}
	}
	return span{text: t.Lemma, start: t.Start, end: t.End}, true
}

// mover finds what moves at a speed on sentence tokens [num, end): the
// noun subject of the verb of moving that heads the figure's clause, a
// relative pronoun resolved ("auto's die gerust 70 of 80 kilometer per
// uur rijden" → auto's, "een voertuig dat slechts 15 tot 20 kilometer per
// uur gaat" → voertuig).
func (x *scanner) mover(num, end int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	v, ok := x.clauseVerbIn(num, end, speedVerbs)
	if !ok || x.doc.Tokens[v].POS != nl.VERB {
		return span{}, false
	}
	s := x.ownSubject(v)
	if s < 0 || x.doc.Tokens[s].POS != nl.NOUN || !x.plainNoun(s) {
		return span{}, false
	}
	if w := strings.ToLower(x.doc.Tokens[s].Text); partNouns[w] || w == "percentage" {
		return span{}, false // een groot percentage rijdt 20 km te hard: a part of those who move
	}
	return x.nounPhrase(s), true
}

// speedVerbs move their subject at a speed: "rijdt 80 kilometer per uur".
var speedVerbs = map[string]bool{"rijden": true, "gaan": true, "fietsen": true, "varen": true, "vliegen": true, "lopen": true, "rennen": true, "razen": true, "scheuren": true}

// clauseVerbIn returns the head of the figure's clause on sentence
// tokens [num, end), or the head above it up to twice, whose lemma is in
// verbs: the parse may hang the figure on a noun read as a verb ("ligt op
// 22 meter diepte").
func (x *scanner) clauseVerbIn(num, end int, verbs map[string]bool) (int, bool) {
	d := x.doc
	_, v, ok := x.figureClause(num, end)
	for i := 0; ok && i < 2 && !verbs[d.Tokens[v].Lemma]; i++ {
		v = d.Tokens[v].Head
		ok = v >= 0
	}
	return v, ok && verbs[d.Tokens[v].Lemma]
}

// comparedThing finds the noun a measure on sentence tokens [num, end)
// sizes through a comparative before it: "kleine busjes, zwaarder dan 3,5
// ton" → busjes (the noun right before the comparative, across a comma).
func (x *scanner) comparedThing(num, end int) (span, bool) {
	k := num - 2
	if k < 1 || x.word(num-1) != "dan" || x.toks[k].Kind != nl.Word || !strings.HasSuffix(x.low[k], "er") || x.l.pos[x.low[k]] == "NOUN" {
		return span{}, false
	}
	j := k - 1
	if x.word(j) == "," {
		j--
	}
	if j < 0 || x.toks[j].Kind != nl.Word || !x.countable(j) || x.l.units[x.low[j]] != "" || x.parsed() && x.doc.Tokens[x.first+j].POS != nl.NOUN {
		return span{}, false
	}
	return span{text: x.objectText(j), start: x.toks[j].Start, end: x.toks[j].End}, true
}

// weighForms are the forms of wegen, whose lemma the tagger may miss.
var weighForms = map[string]bool{"weeg": true, "weegt": true, "wegen": true, "woog": true, "wogen": true}

// copulaBefore returns the sentence token before start across adverbs,
// "gemiddeld" and short phrases of time, rate or whom a value is for ("in
// 2017", "vorig jaar", "per maand", "voor alleenstaanden", "naar schatting"), where
// copulaValue looks for the copula: "De armoedegrens voor een
// alleenstaande was in 2017 per maand 1040 euro".
func (x *scanner) copulaBefore(start int) int {
	v := start - 1
	for v > 0 {
		switch {
		case x.l.pos[x.low[v]] == "ADV" || x.low[v] == "gemiddeld":
			v--
			continue
		case x.low[v] == "schatting" && x.low[v-1] == "naar":
			v -= 2
			continue
		case lastOrThis[x.low[v-1]] && (isTimeUnit(x.l.units[x.low[v]]) || x.low[v] == "kwartaal"):
			v -= 2 // De omzet was vorig jaar 1,5 miljard euro
			continue
		}
		p := v
		noun := func(k int) bool {
			return x.l.pos[x.low[k]] == "NOUN" || x.l.pos[x.low[k]] == "" && x.parsed() && x.doc.Tokens[x.first+k].POS == nl.NOUN
		}
		for p > 0 && p > v-3 && (x.l.pos[x.low[p]] == "ADJ" || isDet(x.low[p]) || x.low[p] == "een" || x.toks[p].Kind == nl.Number || noun(p)) {
			p--
		}
		if w := x.low[p]; p < v && (w == "in" || w == "per" || w == "voor" && noun(v)) && x.toks[v].Kind != nl.Punct {
			v = p - 1 // in 2017; per maand; voor alleenstaanden
			continue
		}
		break
	}
	return v
}

// lastOrThis name the period a value held in before its time unit:
// "vorig jaar", "dit kwartaal".
var lastOrThis = map[string]bool{"vorig": true, "vorige": true, "afgelopen": true, "verleden": true, "dit": true, "deze": true, "volgend": true, "volgende": true}

// copulaSpan finds what a duration that ends a sentence "[de] X … is N
// dagen" is the length of (see copulaValue), with the prepositional phrase
// between the noun and the copula: "De tijd tussen besmet raken en ziek
// worden is gemiddeld tien dagen" → "tijd tussen besmet raken en ziek
// worden".
func (x *scanner) copulaSpan(start, end int) (span, bool) {
	if end < len(x.toks) && x.toks[end].Kind != nl.Punct {
		return span{}, false
	}
	k, ok := x.copulaValue(start, end)
	if !ok {
		return span{}, false
	}
	sp := span{text: x.objectText(k), start: x.toks[k].Start, end: x.toks[k].End}
	v := x.copulaBefore(start)
	if n := v - k - 1; n >= 2 && n <= 12 && x.l.pos[x.low[k+1]] == "ADP" {
		for j := k + 1; j < v; j++ {
			if x.toks[j].Kind != nl.Word || x.timeOrNumber(x.first+j) {
				return sp, true
			}
		}
		sp.end = x.toks[v-1].End
		sp.text += x.doc.Text[x.toks[k].End:sp.end]
	}
	return sp, true
}

// earnVerbs take in the sum that is their object: what it is, is what
// their subject earns or receives.
var earnVerbs = map[string]bool{"verdienen": true, "ontvangen": true, "binnenhalen": true, "binnenkrijgen": true, "ophalen": true, "opstrijken": true, "binnenharken": true, "incasseren": true, "innen": true}

// transferVerbs pay, give, spend, lose or take the sum that is their
// object: with their subject they say what the sum is ("de directeur heeft
// 12 miljoen dollar weggemoffeld" → directeur wegmoffelen, "de acht miljoen
// euro die Feyenoord betaalt" → Feyenoord betalen). Not the verbs of setting money
// aside (uittrekken, vrijmaken, reserveren): their subject says whose
// budget, not what it is for.
var transferVerbs = map[string]bool{
	"betalen": true, "uitbetalen": true, "terugbetalen": true, "afdragen": true, "overmaken": true, "terugstorten": true,
	"schenken": true, "doneren": true, "uitgeven": true, "besteden": true, "spenderen": true, "investeren": true,
	"lenen": true, "uitlenen": true, "verliezen": true, "kwijtraken": true, "verspelen": true, "wegmoffelen": true,
	"witwassen": true, "verduisteren": true, "stelen": true, "buitmaken": true, "roven": true, "erven": true,
	"winnen": true, "bezitten": true, "inzamelen": true, "kwijtschelden": true, "sparen": true, "besparen": true,
	"inleveren": true, "inleggen": true, "afstaan": true, "beloven": true, "toezeggen": true,
}

// earnedBy finds whose earnings, receipts, payments or losses a sum
// without a noun of its own is: the noun or name subject of an earning or
// transfer verb whose object the sum is, with the verb ("een echtpaar dat
// per maand 5000 euro verdient" → echtpaar verdienen), or the noun or
// name of a relative clause on the sum with such a verb ("de acht
// miljoen euro die Feyenoord betaalt aan Anderlecht" → Feyenoord betalen); not a
// pronoun ("Sommige maanden verdienen ze 100 miljoen euro" names nobody).
func (x *scanner) earnedBy(num, end int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	u := x.figureHead(num, end)
	if u < 0 {
		return span{}, false
	}
	if sp, ok := x.paidInRelative(num, end); ok {
		return sp, true
	}
	if sp, ok := x.collected(u); ok {
		return sp, true
	}
	if sp, ok := x.flowedFrom(u); ok {
		return sp, true
	}
	v := d.Tokens[u].Head
	if v < 0 || !x.objectLike(u, v) {
		return span{}, false
	}
	lemma := x.ownParticle(v, strings.ToLower(d.Tokens[v].Lemma))
	if t := d.Tokens[v]; t.POS == nl.ADJ && t.Rel == "root" {
		lemma = weakLemma(strings.ToLower(t.Text)) // De bank betaalde 775 miljoen euro: a past tense the tagger took for an adjective
	} else if t.POS != nl.VERB {
		return span{}, false
	}
	lemma = x.moneyParticiple(v, lemma)
	if !earnVerbs[lemma] && !transferVerbs[lemma] {
		return span{}, false
	}
	s := x.ownSubject(v)
	if s < 0 || s == u {
		return span{}, false
	}
	sp, ok := x.subjectPhrase(s, 4)
	if !ok {
		sp = x.namePhrase(s)
	}
	return x.acting(sp, v, lemma), true
}

// inflowVerbs bring in or move a sum that is their subject, from where a
// complement says: "komt 80 miljoen euro binnen van één bedrijf", "er
// stroomt een miljard euro vanuit de banken".
var inflowVerbs = map[string]bool{"binnenkomen": true, "stromen": true, "binnenstromen": true, "vloeien": true, "wegvloeien": true, "terugvloeien": true}

// flowedFrom finds what a sum at doc token u is when it is the subject
// of a verb of flowing (the parse may give it as a bare oblique): the
// verb with where the money came from, its first complement after the
// sum ("In drie jaar tijd komt 80 miljoen euro binnen van één bedrijf"
// → van één bedrijf binnenkomen, "stroomt er een miljard euro vanuit
// de banken" → vanuit de banken stromen). flowsTo reads where it goes
// ("naar …"); without a complement the verb alone says too little.
func (x *scanner) flowedFrom(u int) (span, bool) {
	d := x.doc
	v := d.Tokens[u].Head
	if v < 0 || d.Tokens[v].POS != nl.VERB || !(d.Tokens[u].Rel == "nsubj" || d.Tokens[u].Rel == "obl" && len(x.caseOf(u)) == 0) {
		return span{}, false
	}
	lemma := x.ownParticle(v, strings.ToLower(d.Tokens[v].Lemma))
	if !inflowVerbs[lemma] {
		return span{}, false
	}
	for _, c := range append(d.Children(v), d.Children(u)...) {
		if c <= u || d.SentenceOf(c) != x.si || !strings.HasPrefix(d.Tokens[c].Rel, "obl") && !strings.HasPrefix(d.Tokens[c].Rel, "nmod") {
			continue
		}
		switch x.firstCase(c) {
		case "van", "vanuit", "uit":
			sp, ok := x.phrase(c, 5)
			if !ok {
				n := x.nounPhrase(c) // van één bedrijf uit Nieuw-Zeeland: its head noun with the preposition
				p := d.Dependents(c, "case")[0]
				sp = span{text: strings.ToLower(d.Tokens[p].Text) + " " + n.text, start: d.Tokens[p].Start, end: n.end}
			}
			return x.acting(sp, v, lemma), true
		}
	}
	return span{}, false
}

// moneyParticiple returns the lemma of a participle at doc token v whose
// separable part the lemmatiser dropped ("buitgemaakt" → maken) when the
// part before its "ge" and lemma make a verb of earning, paying or
// collecting ("buitmaken"); else lemma.
func (x *scanner) moneyParticiple(v int, lemma string) string {
	if earnVerbs[lemma] || transferVerbs[lemma] || collectVerbs[lemma] {
		return lemma
	}
	w := strings.ToLower(x.doc.Tokens[v].Text)
	for i := 2; i+2 < len(w); i++ {
		if w[i:i+2] != "ge" {
			continue
		}
		if c := w[:i] + lemma; strings.HasPrefix(w[i+2:], lemma[:min(2, len(lemma))]) && (earnVerbs[c] || transferVerbs[c] || collectVerbs[c]) {
			return c
		}
	}
	return lemma
}

// objectLike reports a sum at doc token u that is the object of verb v,
// also where the parse gives it another relation: a bare oblique without
// a preposition ("Jin Young Ko die 225 duizend dollar verdiende"), or the
// passive subject of a participle that has a subject of its own and no
// passive auxiliary ("Twee verdachten zouden 400 à 500 euro hebben
// buitgemaakt").
func (x *scanner) objectLike(u, v int) bool {
	d := x.doc
	switch d.Tokens[u].Rel {
	case "obj":
		return true
	case "obl":
		return len(x.caseOf(u)) == 0 && d.Tokens[v].POS == nl.VERB
	case "nsubj:pass":
		return len(d.Dependents(v, "aux:pass")) == 0 && len(d.Dependents(v, "nsubj")) > 0
	}
	return false
}

// collectVerbs raise, collect or move a sum that their passive gives as
// its subject, besides the verbs of earning and paying: "waarmee 3,3
// miljoen euro werd opgehaald", "in Nederland werd 8 miljoen euro geïnd".
var collectVerbs = map[string]bool{"pinnen": true, "opnemen": true, "storten": true, "overboeken": true, "overmaken": true, "ophalen": true, "inzamelen": true, "innen": true, "binnenhalen": true}

// collected finds what a sum at doc token u is when it is the subject of
// a passive of earning, paying or collecting: the participle as written
// with where the sum went or came from, the verb's first complement
// ("naar Zeist overgemaakt", "voor Syrië ingezameld", "in Nederland
// geïnd"), or with what it was raised, the noun a "waarmee" clause
// follows ("crowdfunding, waarmee acht ton is opgehaald" → met
// crowdfunding opgehaald). A bare participle names no thing.
func (x *scanner) collected(u int) (span, bool) {
	d := x.doc
	v := d.Tokens[u].Head
	if d.Tokens[u].Rel != "nsubj:pass" || v < 0 || d.Tokens[v].POS != nl.VERB || !d.Tokens[v].Feats.Has(nl.FeatPart) {
		return span{}, false
	}
	if lemma := x.moneyParticiple(v, x.ownParticle(v, strings.ToLower(d.Tokens[v].Lemma))); !earnVerbs[lemma] && !transferVerbs[lemma] && !collectVerbs[lemma] {
		return span{}, false
	}
	part := strings.ToLower(d.Tokens[v].Text)
	for _, c := range d.Children(v) {
		if d.SentenceOf(c) != x.si || !strings.HasPrefix(d.Tokens[c].Rel, "obl") || d.Tokens[c].Rel == "obl:agent" {
			continue
		}
		switch x.firstCase(c) {
		case "naar", "voor", "in", "op", "uit", "bij", "via", "met":
			if sp, ok := x.phrase(c, 5); ok {
				return x.acting(sp, v, part), true
			}
		}
	}
	for _, a := range d.Dependents(v, "advmod") {
		if !strings.EqualFold(d.Tokens[a].Text, "waarmee") || a < 1 || d.Tokens[a-1].Text != "," {
			continue
		}
		n := a - 2
		if n > 0 && d.Tokens[n].Rel == "compound:prt" || d.Tokens[n].POS == nl.ADP && d.Tokens[n].Head == n-1 {
			n-- // zijn nieuwste obligatieronde af, waarmee …: a particle closes the clause
		}
		if d.Tokens[n].POS == nl.NOUN && d.SentenceOf(n) == x.si {
			sp := x.nounPhrase(n)
			return x.acting(span{text: "met " + sp.text, start: sp.start, end: sp.end}, v, part), true
		}
	}
	return span{}, false
}

// paidInRelative finds the payer or earner of a sum on sentence tokens
// [num, end) in a relative clause on it whose verb pays, spends or earns
// it: the noun or name among that verb's subject and objects that is not
// the relative pronoun ("de 100 miljoen euro die minister Grapperhaus
// heeft uitgetrokken" is not one: uittrekken sets aside; "de acht
// miljoen euro die Feyenoord betaalt" → Feyenoord betalen). The parse may swap the
// pronoun and the noun, so both relations are read.
func (x *scanner) paidInRelative(num, end int) (span, bool) {
	d := x.doc
	for i := x.first + num; i < x.first+end; i++ {
		for _, r := range d.Dependents(i, "acl:relcl") {
			if d.Tokens[r].POS != nl.VERB {
				continue
			}
			lemma := x.ownParticle(r, strings.ToLower(d.Tokens[r].Lemma))
			if !earnVerbs[lemma] && !transferVerbs[lemma] {
				continue
			}
			pronoun, agent := false, -1
			for _, c := range d.Children(r) {
				if rel := d.Tokens[c].Rel; rel != "nsubj" && rel != "obj" && rel != "iobj" {
					continue
				}
				switch t := d.Tokens[c]; {
				case t.POS == nl.PRON && (strings.EqualFold(t.Text, "die") || strings.EqualFold(t.Text, "dat")) && c == x.first+end:
					pronoun = true
				case agent < 0 && (t.POS == nl.NOUN || t.POS == nl.PROPN) && c > x.first+end && c < r:
					agent = c
				}
			}
			if !pronoun || agent < 0 {
				continue
			}
			return x.acting(x.namePhrase(agent), r, lemma), true
		}
	}
	return span{}, false
}

// flowVerbs move the sum that is their subject to what "naar …" names:
// "17 miljoen euro gaat naar een samenwerkingsproject".
var flowVerbs = map[string]bool{"gaan": true, "stromen": true, "vloeien": true, "doorgaan": true, "terechtkomen": true}

// sumParts name a part of the sum that follows them with "van", not
// what the sum is: "een fractie van de 3,5 miljard euro".
var sumParts = map[string]bool{"fractie": true, "deel": true, "gedeelte": true}

// flowsTo finds where a sum on sentence tokens [num, end) goes: the noun
// or name after "naar" of the flow verb the sum is the subject of, or of
// a relative clause right after the sum with such a verb ("de 3,5
// miljard euro die er per jaar naar WW-uitkeringen gaat" →
// WW-uitkeringen). The parse may hang the "naar" phrase on the sum.
func (x *scanner) flowsTo(num, end int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	u := x.figureHead(num, end)
	if u < 0 {
		return span{}, false
	}
	v := -1
	if h := d.Tokens[u].Head; h >= 0 && d.Tokens[h].POS == nl.VERB && flowVerbs[d.Tokens[h].Lemma] && (d.Tokens[u].Rel == "nsubj" || d.Tokens[u].Rel == "obl" && len(x.caseOf(u)) == 0) {
		v = h // (the parse may give a subject without an article as a bare oblique)
	}
	if r := x.first + end; v < 0 && r < len(d.Tokens) && d.SentenceOf(r) == x.si && d.Tokens[r].POS == nl.PRON && (strings.EqualFold(d.Tokens[r].Text, "die") || strings.EqualFold(d.Tokens[r].Text, "dat")) && d.Tokens[r].Rel == "nsubj" {
		if h := d.Tokens[r].Head; h >= 0 && d.Tokens[h].Rel == "acl:relcl" && flowVerbs[d.Tokens[h].Lemma] {
			v = h // the relative clause may hang on the noun before the sum
		}
	}
	if v < 0 {
		return span{}, false
	}
	for _, c := range append(d.Children(v), d.Dependents(u, "nmod")...) {
		if c < x.first+end || d.SentenceOf(c) != x.si || x.firstCase(c) != "naar" || !strings.HasPrefix(d.Tokens[c].Rel, "obl") && d.Tokens[c].Rel != "nmod" {
			continue
		}
		if w := strings.ToLower(d.Tokens[c].Text); x.l.units[w] != "" || x.l.months[w] || dayWord(w) {
			continue
		}
		switch d.Tokens[c].POS {
		case nl.NOUN:
			return x.nounPhrase(c), true
		case nl.PROPN:
			return x.namePhrase(c), true
		}
	}
	return span{}, false
}

// dimensionNouns are the nouns of a dimension that a measure phrase hangs on
// ("een diameter van 40 kilometer", "in een straal van 5 kilometer"): the
// measure word, not what has the measure.
var dimensionNouns = map[string]bool{"diameter": true, "straal": true, "diepte": true, "hoogte": true, "lengte": true, "breedte": true, "omtrek": true, "oppervlakte": true, "gewicht": true, "volume": true, "inhoud": true}

// dimensionOwner finds what the dimension noun at doc token dim (written
// before its measure) is of: the noun before "met een <dimensie>" ("een
// gebied met een diameter van 40 kilometer" → gebied), else the noun
// subject, passive subject or relative antecedent of the verb the
// dimension's phrase belongs to ("het verkeer wordt in een straal van 5
// kilometer afgesloten" → verkeer afsluiten, "de boot, die op een diepte
// van 30 meter ligt" → boot). Not a pronoun nor people ("ze lieten de
// grijper zakken naar een diepte van 20 meter" keeps the dimension).
func (x *scanner) dimensionOwner(dim int) (span, bool) {
	d := x.doc
	j := dim - 1
	if j > x.first && d.Tokens[j].POS == nl.DET {
		j--
	}
	if j > x.first && strings.EqualFold(d.Tokens[j].Text, "met") && x.plainNoun(j-1) {
		return x.nounPhrase(j - 1), true
	}
	t := d.Tokens[dim]
	v := t.Head
	if h := v; h >= 0 && h < dim && t.Rel == "nmod" && x.plainNoun(h) && !x.people(strings.ToLower(d.Tokens[h].Text), d.Tokens[h].Feats.Has(nl.FeatPlur)) && !dimensionNouns[strings.ToLower(d.Tokens[h].Text)] {
		// het vliegverkeer in een straal van 30 kilometer: the noun the parse hangs the dimension on
		return span{text: strings.ToLower(d.Tokens[h].Text), start: d.Tokens[h].Start, end: d.Tokens[h].End}, true
	}
	if v < 0 || t.Rel != "obl" && t.Rel != "obj" || d.Tokens[v].POS != nl.VERB {
		return span{}, false
	}
	s := -1
	if subj := d.Dependents(v, "nsubj"); len(subj) == 1 {
		s = subj[0]
		if a := d.Antecedent(s); a >= 0 {
			s = a
		}
	}
	if s < 0 || !x.plainNoun(s) || x.people(strings.ToLower(d.Tokens[s].Text), d.Tokens[s].Feats.Has(nl.FeatPlur)) || dimensionNouns[strings.ToLower(d.Tokens[s].Text)] {
		return span{}, false
	}
	sp := x.nounPhrase(s)
	if lemma := strings.ToLower(d.Tokens[v].Lemma); t.Rel == "obl" && !placeVerbs[lemma] && !stativeVerbs[lemma] {
		return x.acting(sp, v, lemma), true
	}
	return sp, true
}

// tokenAt returns the sentence token that starts at byte offset off, or -1.
func (x *scanner) tokenAt(off int) int {
	for k, t := range x.toks {
		if t.Start == off {
			return k
		}
	}
	return -1
}
