package amount

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// span is an object found in the parse: its text and byte offsets in the
// document.
type span struct {
	text       string
	start, end int
}

// acting joins a phrase and the lemma of the verb (document token v) it
// belongs to into an object: "in het ziekenhuis liggen". The offsets cover
// the phrase and the verb as written, the evidence the object is read from.
func (x *scanner) acting(sp span, v int, lemma string) span {
	t := x.doc.Tokens[v]
	out := span{text: strings.TrimSpace(sp.text + " " + lemma), start: t.Start, end: t.End}
	if sp.end > 0 {
		out.start, out.end = min(sp.start, t.Start), max(sp.end, t.End)
	}
	return out
}

// parsed reports whether the scanner's sentence has a dependency parse.
func (x *scanner) parsed() bool { return x.si >= 0 && x.doc.Parsed(x.si) }

// priceVerbs are the verbs whose subject is what a sum or share is the
// price or size of: "Die kost 1500 miljard dollar", "de schade bedraagt
// 2 miljoen euro", "het verlies kwam uit op 6,6 miljoen euro", "de omzet
// steeg tot 5 miljoen euro".
var priceVerbs = map[string]bool{
	"kosten": true, "bedragen": true, "opleveren": true, "opbrengen": true, "uitkomen": true,
	"stijgen": true, "dalen": true, "groeien": true, "oplopen": true, "zakken": true, "toenemen": true, "afnemen": true, "krimpen": true,
	"slinken": true, "teruglopen": true, "terugvallen": true, "klimmen": true,
}

// changeVerbs are the price verbs of a change, whose subject is taken
// only when it is their own.
var changeVerbs = map[string]bool{"stijgen": true, "dalen": true, "groeien": true, "oplopen": true, "zakken": true, "toenemen": true, "afnemen": true, "krimpen": true,
	"slinken": true, "teruglopen": true, "terugvallen": true, "klimmen": true}

// demonstratives point back to a noun of the previous sentence: "Die
// kost …". Dat and dit are left out: they mostly stand for a whole
// clause ("Twee moeders kammen één uur. Dat kost 6 miljoen euro").
var demonstratives = map[string]bool{"die": true, "deze": true}

// bearer finds what a sum of money or a share without a noun of its own
// measures: the subject of a price verb ("de verlenging kost 2 miljoen
// euro"), or of a comparison ("wanneer de marge minder is dan 1
// procent"). A demonstrative subject at the start of its sentence stands
// for the subject (or object) of the sentence before ("In de VS is een
// belastingverlaging doorgevoerd. Die kost 1500 miljard dollar").
func (x *scanner) bearer(c core) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	num := x.first + c.start
	v := d.Clause(num)
	if v < 0 {
		return span{}, false
	}
	comparison := false
	if x.word(c.start-1) == "dan" && v >= num && d.Tokens[v].Head >= 0 {
		// minder is dan 1 procent: the figure heads a clause of its own
		// under the comparative
		if w := d.Clause(d.Tokens[v].Head); w >= 0 && len(d.Dependents(w, "cop")) > 0 {
			v, comparison = w, true
		}
	}
	if !priceVerbs[d.Tokens[v].Lemma] && !comparison {
		return span{}, false
	}
	s := d.Subject(v)
	if objs := d.Dependents(v, "obj"); s < 0 && len(d.Dependents(v, "nsubj")) == 0 && len(objs) == 2 && objs[0] < num && objs[1] >= num && objs[1] < num+3 {
		s = objs[0] // al heeft de campagne zo'n 9 ton gekost: a price verb takes one object, the figure, so the noun the parse hangs as a first object is the subject
	}
	if s < 0 && len(d.Dependents(v, "nsubj")) == 0 && !changeVerbs[d.Tokens[v].Lemma] {
		for _, o := range d.Dependents(v, "obl") {
			if o < num && d.Tokens[o].POS == nl.NOUN && len(d.Dependents(o, "case")) == 0 && !x.timeNoun(o) {
				s = o // dat een trainingslocatie al snel 10 miljoen euro kost: a noun phrase without a preposition the parse labels an oblique is the subject
				break
			}
		}
	}
	if ps := d.Dependents(v, "nsubj:pass"); s < 0 && changeVerbs[d.Tokens[v].Lemma] && len(ps) == 1 {
		s = ps[0] // de schade was opgelopen tot …: a change verb takes no object, so the subject the parse marks passive is its own
	}
	if t := d.Tokens[v]; s < 0 && changeVerbs[t.Lemma] && strings.HasPrefix(t.Rel, "acl") && t.Head >= 0 && t.Head < num && d.Tokens[t.Head].POS == nl.NOUN && len(d.Dependents(v, "nsubj")) == 0 {
		s = t.Head // het met 40 procent toegenomen geweld: a change that modifies a noun is that noun's
	}
	if comparison {
		if o := x.openingSubject(v); o >= 0 {
			s = o // the parse hangs the comparative or its subject elsewhere
		}
	}
	if s < 0 || s >= num || x.l.units[strings.ToLower(d.Tokens[s].Text)] == UnitPercent {
		return span{}, false // not "procent" in "het tekort stijgt naar 2,4 procent" as the parse may have it
	}
	if changeVerbs[d.Tokens[v].Lemma] && len(d.Dependents(v, "nsubj"))+len(d.Dependents(v, "nsubj:pass")) == 0 && s != d.Tokens[v].Head {
		return span{}, false // "zag zijn uurloon stijgen": no subject borrowed from zien
	}
	if d.Tokens[s].POS == nl.PRON {
		p := s
		if s = x.antecedent(p); s < 0 {
			s = d.Antecedent(p) // een boete, die kan oplopen tot 3,5 miljard euro
		}
		if s < 0 {
			s = x.relativeAntecedent(p) // the parse may hang the relative clause elsewhere
		}
		if s < 0 || s >= p {
			return span{}, false
		}
	}
	if d.Tokens[s].POS != nl.NOUN && !x.nominalised(s) {
		return span{}, false
	}
	if n := s + 1; quantityNouns[strings.ToLower(d.Tokens[s].Text)] && n < num && d.Tokens[n].POS == nl.NOUN && d.Tokens[n].Head == s {
		s = n // de totale hoeveelheid akkerbouwgrond stijgt: what there is an amount of
	}
	return x.nounPhrase(s), true
}

// timeNoun reports a doc token that is a unit (of time above all) or a
// month or day, which a bare oblique often is ("elke maand", "vorig
// jaar"): no subject.
func (x *scanner) timeNoun(n int) bool {
	w := strings.ToLower(x.doc.Tokens[n].Text)
	return x.l.units[w] != "" || x.l.months[w] || dayWord(w)
}

// antecedent returns the noun a demonstrative subject at doc token s
// stands for when it opens its sentence: the subject (or object) of the
// sentence before ("… een belastingverlaging doorgevoerd. Die kost …"), or
// -1.
func (x *scanner) antecedent(s int) int {
	if !demonstratives[strings.ToLower(x.doc.Tokens[s].Text)] || s != x.first || x.si == 0 {
		return -1
	}
	return x.topic(x.si - 1)
}

// nominalised reports an infinitive at doc token s used as a noun after
// an article or a possessive, which the tagger reads as a verb: "Haar
// optreden zou een miljoen dollar kosten", "Het opruimen kost 27 miljoen".
func (x *scanner) nominalised(s int) bool {
	t := x.doc.Tokens[s]
	if t.POS != nl.VERB || s == 0 || !strings.EqualFold(t.Text, t.Lemma) || !strings.HasSuffix(t.Lemma, "en") {
		return false
	}
	return ownerWords[strings.ToLower(x.doc.Tokens[s-1].Text)]
}

// ownerWords are the article and possessives before a nominalised
// infinitive.
var ownerWords = map[string]bool{"het": true, "dit": true, "dat": true, "haar": true, "zijn": true, "hun": true, "mijn": true, "ons": true, "uw": true}

// quantityNouns name an amount of the noun that follows them.
var quantityNouns = map[string]bool{"aantal": true, "hoeveelheid": true, "totaal": true}

// openingSubject returns the noun that opens the subordinate clause of
// the comparative at doc token v, right after its conjunction and
// before v, whatever the parse hangs it on ("wanneer de marge tussen
// winnaar en verliezer minder is": marge), or -1.
func (x *scanner) openingSubject(v int) int {
	d := x.doc
	m := -1
	for i := v - 1; i >= x.first && m < 0; i-- {
		t := d.Tokens[i]
		switch {
		case t.POS == nl.SCONJ:
			m = i
		case t.Kind == nl.Punct || t.Feats.Has(nl.FeatFin):
			return -1
		}
	}
	for i := m + 1; m >= 0 && i < v; i++ {
		if t := d.Tokens[i]; t.POS == nl.NOUN && len(x.caseOf(i)) == 0 {
			return i
		}
	}
	return -1
}

// topic returns the noun a following demonstrative refers back to in
// sentence si: its subject, else its object, or -1.
func (x *scanner) topic(si int) int {
	if si < 0 || !x.doc.Parsed(si) {
		return -1
	}
	s := x.doc.Sentences[si]
	for _, rel := range []string{"nsubj", "obj"} {
		for i := s.First; i < s.First+len(s.Tokens); i++ {
			t := x.doc.Tokens[i]
			if t.Head >= 0 && x.doc.Tokens[t.Head].Head < 0 && strings.HasPrefix(t.Rel, rel) && t.POS == nl.NOUN {
				return i
			}
		}
	}
	return -1
}

// opNouns take a complement with "op" that names what they are of:
// "het risico op hartziekten", "de kans op een baan".
var opNouns = map[string]bool{"risico": true, "kans": true, "recht": true, "aanval": true, "aanspraak": true, "zicht": true, "uitzicht": true, "claim": true, "greep": true, "invloed": true, "toezicht": true, "belasting": true, "korting": true, "rente": true, "heffing": true, "btw": true, "accijns": true}

// measureNouns name a measure, not what it is of: the complement right
// after them says that ("de maximumsnelheid in de bebouwde kom", "de
// steun vanuit het rijk", "de prijs van een liter melk"), also with a
// preposition (measurePrepositions) that opens no counted noun's
// complement.
var measureNouns = map[string]bool{
	"snelheid": true, "maximumsnelheid": true, "kosten": true, "kost": true, "steun": true, "prijs": true, "opbrengst": true,
	"vermogen": true, "temperatuur": true, "gewicht": true, "lengte": true, "hoogte": true, "afstand": true, "oppervlakte": true,
	"waarde": true, "omzet": true, "winst": true, "budget": true, "subsidie": true, "bijdrage": true,
	"verzuim": true, "ziekteverzuim": true, "werkloosheid": true, "inflatie": true, "opkomst": true,
}

// placePrepositions put a measure in a place: "de werkloosheid in
// Spanje", "de maximumsnelheid op de A2" say whose measure it is.
var placePrepositions = map[string]bool{"in": true, "op": true, "binnen": true}

// measurePrepositions open the complement of a measure noun: where it
// is measured (in, op, binnen) or whose it is (van, vanuit, voor).
var measurePrepositions = map[string]bool{"van": true, "vanuit": true, "in": true, "op": true, "binnen": true, "voor": true}

// objectPrepositions open a complement that belongs to the counted noun:
// "vermogen in aandelen en obligaties", "de marge tussen winnaar en
// verliezer", "meldingen van bedreiging".
var objectPrepositions = map[string]bool{"van": true, "in": true, "tussen": true, "voor": true, "tegen": true, "op": true}

// againstNouns take a complement with "tegen" that names what they are
// against; after other nouns "tegen" mostly belongs to the verb
// ("vaccineert 40.000 jongeren tegen meningokokken").
var againstNouns = map[string]bool{
	"geweld": true, "bezwaar": true, "protest": true, "maatregel": true, "strijd": true, "verzet": true, "actie": true,
	"petitie": true, "campagne": true, "aangifte": true, "agressie": true, "klacht": true, "vaccin": true, "vaccinatie": true,
	"demonstratie": true, "oorlog": true, "sanctie": true, "boycot": true, "motie": true, "stem": true, "wapen": true,
	"middel": true, "verzekering": true, "discriminatie": true, "haat": true, "bedreiging": true, "aanval": true,
	"rechtszaak": true, "beroep": true, "bescherming": true, "beleid": true, "wet": true, "regel": true, "boete": true,
}

// prepositionNouns take a complement with a preposition that elsewhere
// mostly belongs to the verb ("sterven aan", "gaan naar"): "de vraag naar
// energie", "de behoefte aan elektriciteit", "een tekort aan leraren".
var prepositionNouns = map[string]string{
	"vraag": "naar", "zoektocht": "naar", "onderzoek": "naar", "honger": "naar", "verlangen": "naar", "speurtocht": "naar",
	"behoefte": "aan", "tekort": "aan", "gebrek": "aan", "bijdrage": "aan", "overschot": "aan", "aanbod": "aan", "uitgaven": "aan", "bezoek": "aan", "bezoeken": "aan",
}

// nounPhrase is the head noun at doc token h with the complement that
// follows it (see complement).
func (x *scanner) nounPhrase(h int) span {
	t := x.doc.Tokens[h]
	sp := span{text: t.Text, start: t.Start, end: t.End}
	if t.POS == nl.NOUN && !commonCompound(t.Text) {
		sp.text = strings.ToLower(t.Text) // (not "CO2-uitstoot")
	}
	if end := x.complement(h); end > t.End {
		sp.text += x.doc.Text[t.End:end]
		sp.end = end
	}
	return sp
}

// complement returns the end offset of a prepositional complement that
// directly follows the noun at doc token h in the parse ("vermogen in
// aandelen en obligaties"), or 0. Complements of time or number (in 2017,
// van 2 miljoen), names of places after "in", and long phrases are left
// out: they say where or when, not what.
func (x *scanner) complement(h int) int {
	d := x.doc
	if h < 0 || h+1 >= len(d.Tokens) || d.Tokens[h].POS != nl.NOUN {
		return 0
	}
	first, last := d.SentenceOf(h), d.SentenceOf(h+1)
	if first != last || first < 0 || !d.Parsed(first) {
		return 0
	}
	kids := d.Children(h)
	own := prepositionNouns[strings.ToLower(d.Tokens[h].Text)]
	if opNouns[d.Tokens[h].Lemma] {
		own = "op"
	}
	if measureNouns[d.Tokens[h].Lemma] && h+1 < len(d.Tokens) && measurePrepositions[strings.ToLower(d.Tokens[h+1].Text)] {
		own = strings.ToLower(d.Tokens[h+1].Text) // de snelheid in de wijk verlagen: the wijk's speed, which the parse may give the verb
	}
	if n := h + 2; n < len(d.Tokens) && own != "" && strings.EqualFold(d.Tokens[h+1].Text, own) && d.Tokens[h+1].Head > h+1 && d.Tokens[h].Head >= 0 {
		if k := d.Tokens[h+1].Head; d.Tokens[k].Head == d.Tokens[h].Head && strings.HasPrefix(d.Tokens[k].Rel, "obl") {
			kids = append(kids, k) // het risico op hartziekten, de vraag naar gas: as the parse may hang it on the verb
		}
	}
	for _, k := range kids {
		if k <= h || !strings.HasPrefix(d.Tokens[k].Rel, "nmod") && !slices.Contains(kids[len(d.Children(h)):], k) || d.Tokens[k].POS != nl.NOUN && d.Tokens[k].POS != nl.PROPN {
			continue
		}
		from, to := d.Span(k)
		for _, c := range d.Children(k) {
			if r := d.Tokens[c].Rel; c > k && (strings.HasPrefix(r, "acl") || r == "conj" && d.Tokens[c].POS != nl.NOUN && d.Tokens[c].POS != nl.PROPN) {
				if a, _ := d.Span(c); a-1 < to {
					to = a - 1 // kosten van het plein [die zijn begroot op …]: the clause is no part of it
				}
			}
		}
		for to > k && d.Tokens[to].Kind == nl.Punct {
			to--
		}
		prep := strings.ToLower(d.Tokens[from].Text)
		if placeholders[d.Tokens[k].Lemma] {
			return 0 // de panden voor een prijs van 40 miljoen euro: the sum itself, not what is counted
		}
		if d.Tokens[k].POS == nl.PROPN && (prep != "van" || !transactionNouns[d.Tokens[h].Lemma]) && !(measureNouns[d.Tokens[h].Lemma] && placePrepositions[prep]) {
			return 0 // a name says whose or where, except what a sale sells (de verkoop van Troika Bank) and where a measure is taken (het verzuim in Utrecht)
		}
		if a := x.nestedWhen(k, to); a > 0 {
			to = a - 1 // de stijging van de graanproductie tussen 2009 en 2017
		}
		if from != h+1 || to-from > 5 || !objectPrepositions[prep] && prepositionNouns[strings.ToLower(d.Tokens[h].Text)] != prep && !(measureNouns[d.Tokens[h].Lemma] && measurePrepositions[prep]) {
			return 0
		}
		if prep == "tegen" && !againstNouns[d.Tokens[h].Lemma] && !againstNouns[strings.ToLower(d.Tokens[h].Text)] {
			return 0 // 40.000 jongeren [vaccineren] tegen meningokokken, de parlementariërs [stemden] tegen: the verb's
		}
		if (prep == "in" || prep == "op") && to == from+1 && !d.Tokens[to].Feats.Has(nl.FeatPlur) && !(measureNouns[d.Tokens[h].Lemma] && d.Tokens[to].POS == nl.PROPN) {
			return 0 // in/op with a bare singular is a state or manner: in spoedzitting, op afstand
		}
		for to > k && dayWord(strings.ToLower(d.Tokens[to].Text)) {
			to-- // inzittenden van een vliegtuigje maandag: the day says when
		}
		for i := from; i <= to; i++ {
			if x.timeOrNumber(i) || d.Tokens[i].POS == nl.PRON {
				return 0
			}
		}
		return d.Tokens[x.coordinated(h, k, to)].End
	}
	return 0
}

// nestedWhen returns the preposition that opens a phrase saying when or
// how much inside the complement headed by doc token k and ending at to
// ("van de graanproductie tussen 2009 en 2017"), when only the words of
// the complement's own noun come between; else 0.
func (x *scanner) nestedWhen(k, to int) int {
	d := x.doc
	a := k + 1
	for a <= to && (d.Tokens[a].POS == nl.NOUN || d.Tokens[a].POS == nl.PROPN) && d.Tokens[a].Head == k {
		a++
	}
	if a > to || d.Tokens[a].POS != nl.ADP {
		return 0
	}
	for i := a + 1; i <= to; i++ {
		if x.timeOrNumber(i) {
			return a
		}
	}
	return 0
}

// timeOrNumber reports a doc token that says when or how much, or is no
// word: a number, a month, a unit, a multiplier.
func (x *scanner) timeOrNumber(i int) bool {
	t := x.doc.Tokens[i]
	w := strings.ToLower(t.Text)
	return t.POS == nl.NUM || t.Kind != nl.Word || x.l.months[w] || x.l.units[w] != "" || x.l.mults[w] > 0
}

// dayWords say when, and end no complement: "van een vliegtuigje maandag".
var dayWords = map[string]bool{
	"gisteren": true, "vandaag": true, "morgen": true, "gisteravond": true, "vanavond": true, "vanochtend": true, "vanmorgen": true,
}

// dayWord reports whether w (lower case) is one of dayWords or a weekday.
func dayWord(w string) bool { return dayWords[w] || nl.Lex().IsFullName(nl.ClassWeekday, w) }

// coordinated extends a complement that ends at token to over a noun
// coordinated with it ("in aandelen en obligaties"), whichever of the
// counted noun h or the complement's noun k the parse hangs it on.
func (x *scanner) coordinated(h, k, to int) int {
	d := x.doc
	if to+2 >= len(d.Tokens) || d.SentenceOf(to+2) != d.SentenceOf(to) {
		return to
	}
	cc, c := d.Tokens[to+1], d.Tokens[to+2]
	if w := strings.ToLower(cc.Text); w != "en" && w != "of" {
		return to
	}
	if c.POS != nl.NOUN || !strings.HasPrefix(c.Rel, "conj") || (c.Head != h && c.Head != k) {
		return to
	}
	if _, last := d.Span(to + 2); last > to+2 && last-(to+2) <= 3 {
		return last
	}
	return to + 2
}

// name returns the last token of the proper name that starts at sentence
// token k ("Grieks Orthodoxe Kerk"), or k.
func (x *scanner) name(k int) int {
	if !x.parsed() || x.doc.Tokens[x.first+k].POS != nl.PROPN {
		return k
	}
	j := k
	for j+1 < len(x.toks) && x.doc.Tokens[x.first+j+1].Head == x.first+k && x.doc.Tokens[x.first+j+1].Rel == "flat" {
		j++
	}
	return j
}

// gapWords stand between the subject of a clause whose verb is left out
// and its figure: "de winst zelfs met 3 procent".
var gapWords = map[string]bool{"met": true, "zelfs": true, "ook": true, "nog": true, "maar": true, "slechts": true, "juist": true, "ongeveer": true}

// gapped finds the subject of a clause whose verb is left out after a
// comma, right before the figure that opens at sentence token start: "de
// Kerk scoorde 61 procent, het parlement slechts 11 procent", "de omzet
// steeg met 5 procent, de winst met 3 procent".
func (x *scanner) gapped(start int) (int, bool) {
	k := start - 1
	for k > 2 && gapWords[x.low[k]] {
		k--
	}
	if k < 2 || !x.parsed() {
		return 0, false
	}
	switch x.doc.Tokens[x.first+k].POS {
	case nl.NOUN, nl.PROPN:
	default:
		return 0, false
	}
	j := k - 1
	if isDet(x.low[j]) {
		j--
	}
	if j < 1 || x.low[j] != "," {
		return 0, false
	}
	return k, true
}

// elliptic reports a clause whose verb and noun are left out after a
// comma, before the figure that opens at sentence token start, and the
// sentence token of the adjective that, after an article, stands for the
// noun of the clause before
// ("De Europese CO2-uitstoot nam met 1,3 procent af, de Duitse zelfs met
// 4,5 procent").
func (x *scanner) elliptic(start int) (int, bool) {
	k := start - 1
	for k > 2 && gapWords[x.low[k]] {
		k--
	}
	if k < 2 || x.low[k-2] != "," || !isDet(x.low[k-1]) || x.toks[k].Kind != nl.Word {
		return 0, false
	}
	w := x.low[k]
	return k, strings.HasSuffix(w, "e") && (x.l.pos[w] == "ADJ" || x.parsed() && x.doc.Tokens[x.first+k].POS == nl.ADJ)
}

// elide returns object with its first word, an adjective, replaced by
// the adjective adj that stands for the noun in an elliptic clause
// ("Europese CO2-uitstoot", Duitse → "Duitse CO2-uitstoot"), or object.
func (x *scanner) elide(object, adj string) string {
	first, rest, ok := strings.Cut(object, " ")
	if low := strings.ToLower(first); !ok || !strings.HasSuffix(low, "e") || x.l.pos[low] != "ADJ" && !isCapitalized(first) {
		return object
	}
	return adj + " " + rest
}

// verbAt reports a finite verb at sentence token k in the parse.
func (x *scanner) verbAt(k int) bool {
	if k >= len(x.toks) || !x.parsed() {
		return false
	}
	t := x.doc.Tokens[x.first+k]
	return (t.POS == nl.VERB || t.POS == nl.AUX) && t.Feats.Has(nl.FeatFin)
}

// partitive reports the partitive "er" before the figure that opens at
// sentence token start, across adverbs: "waren dat er nog maar 700".
func (x *scanner) partitive(start int) bool {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		if x.low[k] == "er" {
			return true
		}
		if w := x.low[k]; x.l.pos[w] != "ADV" && w != "maar" && x.l.mods[w] == "" {
			return false
		}
	}
	return false
}

// partitiveAcross reports an "er" after the finite verb of the clause
// that opens at sentence token start when only adverbs and prepositional
// phrases stand between it and the figure: the bare figure then counts a
// noun named before ("Nu zijn er 40.000 laadpunten. In 2030 zijn er in
// heel het land naar verwachting 1,8 miljoen"). It needs the parse.
func (x *scanner) partitiveAcross(start int) bool {
	if !x.parsed() {
		return false
	}
	for k := start - 1; k >= 1 && k >= start-10; k-- {
		t := x.doc.Tokens[x.first+k]
		switch {
		case x.low[k] == "er":
			v := x.doc.Tokens[x.first+k-1]
			return (v.POS == nl.VERB || v.POS == nl.AUX) && v.Feats.Has(nl.FeatFin)
		case t.POS == nl.ADV || t.POS == nl.ADP:
			// naar verwachting, in totaal
		case t.POS == nl.NOUN || t.POS == nl.PROPN || t.POS == nl.DET || t.POS == nl.ADJ || t.POS == nl.NUM:
			if !x.afterPreposition(k) {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// afterPreposition reports that sentence token k hangs on a preposition before
// it: "in (heel) (het) land".
func (x *scanner) afterPreposition(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch x.doc.Tokens[x.first+j].POS {
		case nl.ADP:
			return true
		case nl.DET, nl.ADJ, nl.NUM, nl.NOUN, nl.PROPN:
			continue
		}
		return false
	}
	return false
}

// changeNouns name a rise or fall whose figure may stand without what
// changes: "een stijging van 11 procent".
var changeNouns = map[string]bool{
	"stijging": true, "daling": true, "toename": true, "afname": true, "groei": true, "verhoging": true,
	"verlaging": true, "krimp": true, "teruggang": true, "achteruitgang": true,
}

// whatChanged finds what a change noun at sentence token k without a
// complement is the change of: the noun subject of the clause it stands
// in apposition to ("De omzet was 1,53 miljard euro, een stijging van 6,5
// procent"), or, when its own sentence opens with "het", "dat" or "dit"
// ("Het gaat om een stijging van 11 procent", "Dat was een stijging"), the
// noun subject of the sentence before. Names are left out: a country or a
// firm does not rise.
func (x *scanner) whatChanged(k int) (span, bool) {
	if !x.parsed() || k < 2 {
		return span{}, false
	}
	d := x.doc
	s := -1
	switch {
	case x.low[k-1] == "een" && x.low[k-2] == ",":
		if s = x.rootSubject(x.si); s >= x.first+k {
			s = -1
		}
	case k-1 <= 3 && (x.low[0] == "het" || x.low[0] == "dat" || x.low[0] == "dit") && x.si > 0:
		s = x.rootSubject(x.si - 1)
	}
	if s < 0 || d.Tokens[s].POS != nl.NOUN || !x.changes(s) {
		return span{}, false
	}
	if sp, ok := x.phrase(s, 6); ok {
		return sp, true
	}
	return x.nounPhrase(s), true
}

// changes reports a subject at doc token s whose clause tells a change or
// a measure: a change verb or copula ("stijgt", "was 1,53 miljard euro"),
// or a comparative adverb ("is vorig jaar meer voorgekomen").
func (x *scanner) changes(s int) bool {
	d := x.doc
	v := d.Tokens[s].Head
	if v < 0 {
		return d.SentenceOf(s) == x.si // the parse made the subject the root: "De omzet … was"
	}
	if changeVerbs[d.Tokens[v].Lemma] || len(d.Dependents(v, "cop")) > 0 || d.Tokens[v].Lemma == "zijn" {
		return true
	}
	for _, c := range d.Children(v) {
		switch strings.ToLower(d.Tokens[c].Text) {
		case "meer", "minder", "vaker", "sterker", "harder":
			return true
		}
	}
	return false
}

// subjectShare reports a share on sentence tokens [num, end) that is the
// subject of a passive or intransitive verb in the parse, without a noun
// of its own: "toen 99 procent was geteld" counts the noun counted before.
func (x *scanner) subjectShare(num, end int) bool {
	if !x.parsed() {
		return false
	}
	u := x.figureHead(num, end)
	if u < 0 {
		return false
	}
	r := x.doc.Tokens[u].Rel
	h := x.doc.Tokens[u].Head
	return (r == "nsubj:pass" || r == "nsubj") && h > u && x.doc.Tokens[h].POS == nl.VERB && len(x.doc.Dependents(h, "obj")) == 0
}

// rootSubject returns the subject of the root of sentence si, or, when
// the parse gives none, a noun that opens the sentence after its article
// and adjectives ("De omzet bij tuincentra was …"); else -1.
func (x *scanner) rootSubject(si int) int {
	d := x.doc
	if !d.Parsed(si) {
		return -1 // parsed lazily: the sentence before may not be yet
	}
	sent := d.Sentences[si]
	for i := sent.First; i < sent.First+len(sent.Tokens); i++ {
		if d.Tokens[i].Head < 0 {
			if s := d.Subject(i); s >= 0 {
				return s
			}
			break
		}
	}
	for i := sent.First; i < sent.First+len(sent.Tokens) && i < sent.First+4; i++ {
		switch d.Tokens[i].POS {
		case nl.DET, nl.ADJ:
			continue
		case nl.NOUN:
			return i
		}
		break
	}
	return -1
}

// partitiveNoun returns the plural noun the partitive "er" before the
// figure at start stands for: the nearest one before it in the sentence,
// in the parse ("duizenden producten, terwijl supermarkten er hooguit
// duizend aanbieden").
func (x *scanner) partitiveNoun(start int) (int, bool) {
	if !x.parsed() {
		return 0, false
	}
	er := start - 1
	for er >= 0 && x.low[er] != "er" {
		er--
	}
	subj := -1
	if v := x.doc.Clause(x.first + start); v >= 0 {
		subj = x.doc.Subject(v)
	}
	for k := er - 2; k >= 0; k-- { // not the subject right before er: "terwijl supermarkten er duizend aanbieden"
		t := x.doc.Tokens[x.first+k]
		if t.POS != nl.NOUN || !t.Feats.Has(nl.FeatPlur) || x.l.units[x.low[k]] != "" || !x.viable(k, false) || x.first+k == subj {
			continue // nor the clause's subject: "Kinderen krijgen er twee"
		}
		for strings.HasPrefix(x.doc.Tokens[x.first+k].Rel, "nmod") && len(x.doc.Dependents(x.first+k, "case")) > 0 {
			h := x.doc.Tokens[x.first+k].Head - x.first
			if h < 0 || h >= k || x.doc.Tokens[x.first+h].POS != nl.NOUN {
				break
			}
			k = h // personenauto's met dieselmotoren: the head noun
		}
		return k, true
	}
	return 0, false
}

// raisers are the verbs that change their object by a figure: "verlaagt
// de uitstoot met 30 procent".
var raisers = map[string]bool{
	"verhogen": true, "verlagen": true, "verminderen": true, "vergroten": true, "verkleinen": true, "verdubbelen": true,
	"terugdringen": true, "beperken": true, "opvoeren": true, "opschroeven": true, "korten": true, "reduceren": true, "verruimen": true,
	"terugbrengen": true, "terugschroeven": true,
}

// changed returns what a change "met N procent" applies to when it is
// not the subject of clause v: the object of a verb of raising or
// lowering ("Shell verlaagt de uitstoot met 30 procent"), or the object
// of the verb that a change verb completes ("zag zijn verkoop met 37
// procent dalen"); -1 otherwise. The figure opens at sentence token num.
func (x *scanner) changed(v, num int) int {
	if x.word(num-1) != "met" && x.word(num-2) != "met" { // met (zelfs, ruim) 37 procent
		return -1
	}
	d := x.doc
	for _, w := range []int{v, d.Tokens[v].Head} {
		if w < 0 || w == v && !raisers[d.Tokens[v].Lemma] || w != v && (d.Tokens[v].Rel != "xcomp" || !changeVerbs[d.Tokens[v].Lemma]) {
			continue
		}
		for _, o := range d.Dependents(w, "obj") {
			if d.Tokens[o].POS == nl.NOUN && d.SentenceOf(o) == x.si {
				return o
			}
		}
	}
	return -1
}

// secondSubject returns the later of two subjects the parse gives verb
// v, counting those it hangs on v's auxiliaries, as the object it must
// be ("Het bedrijf [← heeft] heeft de minimumleeftijd [← verhoogd]
// verhoogd"), or nil.
func (x *scanner) secondSubject(v int) []int {
	d := x.doc
	subj := d.Dependents(v, "nsubj")
	for _, a := range d.Dependents(v, "aux") {
		subj = append(subj, d.Dependents(a, "nsubj")...)
	}
	if len(subj) != 2 {
		return nil
	}
	return []int{max(subj[0], subj[1])}
}

// changedTo finds what a figure after "naar" is the new value of, in the
// parse: the complement of a change noun ("de verlaging van de
// pensioenleeftijd naar 62 jaar"), the object of a verb of raising or a
// passive ("heeft de minimumleeftijd verhoogd naar 21 jaar"), or the
// subject of a change verb ("het verlof ging van twee naar vijf dagen").
func (x *scanner) changedTo(num, end int) (span, bool) {
	u, h, ok := x.figureParent(num, end)
	if !ok {
		return span{}, false
	}
	d := x.doc
	for i := x.first + num - 2; i >= x.first && !changeNouns[d.Tokens[h].Lemma]; i-- {
		if t := d.Tokens[i]; t.Kind == nl.Punct || t.Feats.Has(nl.FeatFin) {
			break
		}
		if changeNouns[d.Tokens[i].Lemma] && d.Tokens[i].POS == nl.NOUN {
			h = i // the parse hangs "naar 62 jaar" elsewhere
		}
	}
	if d.Tokens[h].POS == nl.NOUN && changeNouns[d.Tokens[h].Lemma] {
		for _, c := range d.Dependents(h, "nmod") {
			if c < u && x.firstCase(c) == "van" && d.Tokens[c].POS == nl.NOUN {
				return x.nounPhrase(c), true
			}
		}
		return span{}, false
	}
	v := d.Clause(u)
	if t := d.Tokens[h]; t.POS == nl.VERB && changeVerbs[t.Lemma] {
		v = h // kunnen de kosten … oplopen tot 60.000 euro: the change verb, not the clause's head
	}
	if v < 0 || d.Tokens[v].POS != nl.VERB {
		return span{}, false
	}
	var cands []int
	switch lemma := d.Tokens[v].Lemma; {
	case raisers[lemma] || d.Passive(v):
		cands = d.Objects(v)
		if len(cands) == 0 && !d.Passive(v) {
			cands = x.secondSubject(v) // het bedrijf heeft de minimumleeftijd verhoogd
		}
	case changeVerbs[lemma] || lemma == "gaan" && x.word(num-3) == "van" && x.isPlain(num-2):
		cands = []int{d.Subject(v)} // ging van twee naar vijf dagen (not "naar 1 gaan")
		if ns := d.Dependents(v, "nsubj"); len(ns) == 1 && (cands[0] < 0 || d.Tokens[cands[0]].POS != nl.NOUN) {
			cands[0] = ns[0]
		}
		if r := x.relativeAntecedent(cands[0]); r >= 0 {
			return x.nounPhrase(r), true // een boete …, die zou kunnen oplopen tot 3,5 miljard euro
		}
		if p := d.Tokens[v].Head; cands[0] < 0 && d.Tokens[v].Rel == "xcomp" && p >= 0 {
			cands = d.Objects(p) // de kosten … per huis oplopen tot: a subject the parse hangs on the verb above as its object
		}
	}
	for _, o := range cands {
		if o < 0 || o >= u || d.Tokens[o].POS != nl.NOUN || d.SentenceOf(o) != x.si || x.l.units[strings.ToLower(d.Tokens[o].Text)] != "" {
			continue
		}
		for i := o + 1; i < u; i++ {
			if d.Tokens[i].Kind == nl.Punct || d.Tokens[i].POS == nl.CCONJ && d.Tokens[i].Head != o && !x.inPhrase(d.Tokens[i].Head, o, u) {
				return span{}, false // de groei wordt …, en het tekort stijgt naar: another clause's noun
			}
		}
		if w := strings.ToLower(d.Tokens[o].Text); (w == "aantal" || w == "totaal") && o+1 < len(d.Tokens) && (d.Tokens[o+1].POS == nl.NOUN || d.Tokens[o+1].POS == nl.PROPN) && d.Tokens[o+1].Head == o {
			o++ // het aantal broedparen: what is counted
		}
		return x.nounPhrase(o), true
	}
	return span{}, false
}

// inPhrase reports a doc token k before u that hangs, through its heads,
// on the noun o: a conjunct inside o's own phrase ("de kosten voor het
// aardgasvrij en CO2-neutraal maken").
func (x *scanner) inPhrase(k, o, u int) bool {
	d := x.doc
	for n := 0; k > o && k < u && n < 8; n++ {
		if d.Tokens[k].Head == o {
			return true
		}
		k = d.Tokens[k].Head
	}
	return false
}

// relativeAntecedent returns the noun a relative pronoun at doc token s
// stands for when the parse hangs its clause elsewhere: the last noun of
// the sentence within four words before the comma that opens the clause
// ("een boete opgelegd krijgen, die zou kunnen oplopen"), or -1.
func (x *scanner) relativeAntecedent(s int) int {
	d := x.doc
	if s < 2 || d.Tokens[s].POS != nl.PRON || d.Tokens[s-1].Text != "," {
		return -1
	}
	if w := strings.ToLower(d.Tokens[s].Text); w != "die" && w != "dat" {
		return -1
	}
	for k := s - 2; k >= x.first && k >= s-5; k-- {
		switch t := d.Tokens[k]; {
		case t.Kind == nl.Punct:
			return -1
		case t.POS == nl.NOUN:
			return k
		}
	}
	return -1
}

// figureParent returns the doc token u that heads the figure on sentence
// tokens [num, end) in the parse and the token h it hangs on; ok is false
// without a parse or a head.
func (x *scanner) figureParent(num, end int) (u, h int, ok bool) {
	if !x.parsed() {
		return -1, -1, false
	}
	u = x.figureHead(num, end)
	if u < 0 || x.doc.Tokens[u].Head < 0 {
		return -1, -1, false
	}
	return u, x.doc.Tokens[u].Head, true
}

// purpose finds what a sum of money on sentence tokens [start, end) pays
// for when it is its clause's subject or object and the clause goes on
// with a purpose "om … te" and an infinitive: that infinitive with its
// first noun phrase ("3,5 miljoen euro is bestemd om het Muziekgebouw te
// versterken" → "Muziekgebouw versterken", "die 1 miljard euro betaalde
// om de naam van het Louvre te mogen gebruiken"). The parse may give the
// infinitive's object as its subject.
func (x *scanner) purpose(start, end int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	u := x.figureHead(start, end)
	if u < 0 {
		return span{}, false
	}
	if r := d.Tokens[u].Rel; r != "obj" && r != "nsubj" && r != "nsubj:pass" {
		return span{}, false
	}
	v := d.Tokens[u].Head
	if v < 0 || d.Tokens[v].POS != nl.VERB {
		return span{}, false
	}
	for _, c := range d.Dependents(v, "advcl") {
		if c < u || d.Tokens[c].POS != nl.VERB || !x.purposeMarked(c) {
			continue
		}
		lemma := strings.ToLower(d.Tokens[c].Lemma)
		if !x.knownVerb(lemma) {
			lemma = strings.ToLower(d.Tokens[c].Text)
		}
		for _, a := range d.Children(c) {
			if r := d.Tokens[a].Rel; r == "obj" || r == "nsubj" || strings.HasPrefix(r, "obl") {
				if sp, ok := x.phrase(a, 5); ok {
					return x.acting(sp, c, lemma), true
				}
			}
		}
		return span{}, false
	}
	return span{}, false
}

// purposeMarked reports an infinitive at doc token c marked by both "om"
// and "te".
func (x *scanner) purposeMarked(c int) bool {
	om, te := false, false
	for _, m := range x.doc.Dependents(c, "mark") {
		switch strings.ToLower(x.doc.Tokens[m].Text) {
		case "om":
			om = true
		case "te":
			te = true
		}
	}
	return om && te
}

// priceNames name what a sum is when a price verb is all its sentence
// says of it: the cost of "Dat kostte de gemeente 3 miljoen euro", the
// yield of "Dit moet 2 miljoen euro opleveren".
var priceNames = map[string]string{"kosten": "kosten", "opleveren": "opbrengst", "opbrengen": "opbrengst"}

// priced names a sum on sentence tokens [num, end) that has no object
// after the other readings by its price verb: the verb of which the sum
// is the object ("Dat kostte de gemeente 3 miljoen euro" → kosten, "Dit
// moet 2 miljoen euro opleveren" → opbrengst), or the infinitive
// "kosten" right after it that closes its clause ("Het zou '500 miljoen
// euro kosten'"). The span is the verb, the evidence; a sum the subject
// of such a verb measures has it from bearer before.
func (x *scanner) priced(num, end int) (span, bool) {
	if x.word(end) == "per" {
		return span{}, false // kost al gauw twee euro per douchebeurt: a rate, named after it
	}
	if end < len(x.toks) && x.costVerb(end) {
		t := x.toks[end]
		return span{text: "kosten", start: t.Start, end: t.End}, true
	}
	u, v, ok := x.figureParent(num, end)
	if !ok || x.doc.Tokens[v].POS != nl.VERB || !x.objectLike(u, v) {
		return span{}, false
	}
	name, ok := priceNames[strings.ToLower(x.doc.Tokens[v].Lemma)]
	if !ok {
		return span{}, false
	}
	t := x.doc.Tokens[v]
	return span{text: name, start: t.Start, end: t.End}, true
}
