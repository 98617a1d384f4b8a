package amount

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// This file holds the last resort for a sum, share or measure that no
// rule of object.go gave an object: what the dependency parse says the
// figure is the size of.

// sizeOwners fills the object of every figure in as (the figures of the
// scanner's sentence) that still has none: a time frame around now is a
// period (timeFrame), also before an object an earlier rule read from its
// clause; a figure whose unit says it is the size of something
// (money, a share, a measure) takes what the parse says it is the size of
// (governor).
func (x *scanner) sizeOwners(as []kroniek.Amount) {
	for i := range as {
		a := &as[i]
		start, end := x.tokensOf(*a)
		if start < 0 {
			continue
		}
		framed := isTimeUnit(a.Unit) && (x.timeFrame(start) || x.sinceFirst(start))
		if a.ObjectEnd == 0 && dimensionDefaults[a.Object] && x.parsed() {
			if sp, ok := x.measuredBy(start, end); ok {
				a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end
				continue
			}
		}
		if a.Object != "" {
			if framed && !strings.HasPrefix(a.Object, "periode") && x.word(start-1) != "van" && x.word(start-2) != "van" && x.word(start-3) != "van" {
				// (not a noun's "van de afgelopen N jaar", which holds that noun: de grootste operatie van de afgelopen honderd jaar)
				a.Object = "periode " + a.Object // de afgelopen twee weken kwamen er klachten binnen: periode klachten binnenkomen, as periodOf reads it
			}
			continue
		}
		if framed {
			a.Object = "periode" // de afgelopen vijf jaar oogde de lijn rustgevend: a period, as "lengte" is a distance's
			if sp, ok := x.periodOf(start); ok {
				a.Object, a.ObjectStart, a.ObjectEnd = "periode "+sp.text, sp.start, sp.end // de lijn oogde rustgevend
			}
			continue
		}
		if isTimeUnit(a.Unit) && x.parsed() {
			if sp, ok := x.timeSpent(start, end); ok {
				a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end
			} else if sp, ok := x.timeUntil(start, end); ok {
				a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end
			} else if sp, ok := x.qualifiedAfter(end); ok {
				a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end
			} else if b, ok := x.spanned(as, i, start, end); ok {
				a.Object, a.ObjectStart, a.ObjectEnd = b.Object, b.ObjectStart, b.ObjectEnd
			}
			continue
		}
		if !x.parsed() || !(isCurrency(a.Unit) || a.Unit == UnitPercent || a.Unit == "pp" || isMeasure(a.Unit) && a.Unit != "km/h") {
			continue
		}
		if sp, ok := x.governor(start, end); ok {
			a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end
		}
	}
}

// dimensionDefaults are the objects dimension gives a measure from its
// unit alone: "temperatuur" for degrees, "lengte" for metres. They say
// what is measured, not of what, so what the parse says the figure is the
// size of replaces them (measuredBy). Not "afstand": a distance is
// between two things and the parse names one ("een windpark 22 kilometer
// uit de kust").
var dimensionDefaults = map[string]bool{
	"gewicht": true, "hoogte": true, "lengte": true, "breedte": true, "diepte": true, "dikte": true,
	"oppervlakte": true, "volume": true, "temperatuur": true, "snelheid": true, "vermogen": true, "energie": true,
}

// measuredBy is governor for a measure that has only its dimension: the
// one thing the figure is set beside ("naar het station (2 kilometer)",
// "een pistool van het kaliber 9 millimeter") or what a verb changes by
// or to it ("het water steeg tot 3 meter"). Not a plural the figure is
// set beside, which it gives a rate or a share of, not a size ("mannen
// (700 gram per week)" is what men eat), nor "bij" ("wind bij 15
// graden" is the weather's), nor an infinitive the tagger took for a
// noun ("Terugbrengen naar 100 km").
func (x *scanner) measuredBy(start, end int) (span, bool) {
	u := x.figureHead(start, end)
	if u < 0 {
		return span{}, false
	}
	if r := x.doc.Tokens[u].Rel; (strings.HasPrefix(r, "nmod") || r == "appos") && (x.firstCase(u) == "bij" || x.doc.Tokens[u].Head >= 0 && x.doc.Tokens[x.doc.Tokens[u].Head].Feats.Has(nl.FeatPlur)) {
		return span{}, false
	}
	sp, ok := x.governor(start, end)
	if !ok || sp.end <= x.toks[start].Start && slices.Contains(strings.Fields(strings.ToLower(x.doc.Text[sp.end:x.toks[start].Start])), "bij") {
		return span{}, false // (also where a range's first figure takes the "bij": wind bij 15 à 19 graden)
	}
	for k := range x.toks {
		if x.toks[k].Start == sp.start && (x.infinitiveNoun(x.first+k) || x.doc.Tokens[x.first+k].Feats.Has(nl.FeatPlur)) {
			return span{}, false
		}
	}
	return sp, true
}

// sharedDimensions gives two sizes of one thing, joined as "A lang en B
// breed", the owner one of them found when the other has only its
// dimension word: "een kade van 400 meter lang en 20 meter breed" (the
// breedte of the kade), "het 3 km lange en 15 meter brede kanaal" (the
// lengte of the kanaal). Weights and lengths of a newborn ("woog 3 kilo
// en was 50 cm lang") are not so joined and keep their own.
func (x *scanner) sharedDimensions(as []kroniek.Amount) {
	for i := 0; i+1 < len(as); i++ {
		a, b := &as[i], &as[i+1]
		if !lengthUnit(a.Unit) || !lengthUnit(b.Unit) || b.Start < a.End {
			continue
		}
		gap := strings.Fields(strings.ToLower(x.doc.Text[a.End:b.Start]))
		if len(gap) != 2 || !dimensionWords[gap[0]] || gap[1] != "en" {
			continue
		}
		switch {
		case placeholderDimension(*a) && !placeholderDimension(*b) && b.ObjectEnd > 0:
			a.Object, a.ObjectStart, a.ObjectEnd = b.Object, b.ObjectStart, b.ObjectEnd
		case placeholderDimension(*b) && !placeholderDimension(*a) && a.ObjectEnd > 0:
			b.Object, b.ObjectStart, b.ObjectEnd = a.Object, a.ObjectStart, a.ObjectEnd
		}
	}
}

// lengthUnit reports a unit of length, the sizes "lang", "breed",
// "hoog" and "diep" are given in.
func lengthUnit(unit string) bool {
	return unit == "km" || unit == "m" || unit == "cm" || unit == "mm"
}

// placeholderDimension reports a figure whose object is only the
// dimension it measures (lengte, breedte), with no word of the text.
func placeholderDimension(a kroniek.Amount) bool {
	return a.ObjectEnd == 0 && (a.Object == "lengte" || heights[a.Object])
}

// offsets marks a duration that dates an event from another moment.
// "vijf jaar geleden" measures the time since what happened then: since
// the noun the parse dates with it ("de eerste zitting, twee weken
// geleden" → tijd sinds eerste zitting) or what its clause tells ("Dertig
// jaar geleden brak de rel uit" → tijd sinds rel uitbreken); with nothing
// named it has no object ("geleden" is an adverb, not what is measured).
// "twee jaar na de ramp" is the time since the ramp, "tien dagen voor de
// deadline" the time until it (see sinceOrUntil). "Later" keeps its word
// ("Zes jaar later stapte hij op" → later); "later dan" compares ("twee
// jaar later dan gepland") and dates nothing.
func (x *scanner) offsets(as []kroniek.Amount) {
	for i := range as {
		a := &as[i]
		if !isTimeUnit(a.Unit) {
			continue
		}
		start, end := x.tokensOf(*a)
		if start < 0 || end >= len(x.toks) {
			continue
		}
		switch w := x.word(end); {
		case w == "geleden":
			x.since(a, start, end)
		case w == "later" && x.word(end+1) != "dan":
			if a.Object == "" {
				a.Object, a.ObjectStart, a.ObjectEnd = w, x.toks[end].Start, x.toks[end].End
				if sp, ok := x.periodOf(start); ok && !vagueVerbs[sp.text[strings.LastIndexByte(sp.text, ' ')+1:]] {
					a.Object, a.ObjectStart, a.ObjectEnd = w+" "+sp.text, sp.start, sp.end // Zes jaar later kreeg de sultan een orde: later sultan krijgen
				}
			} else if !strings.HasPrefix(a.Object, w+" ") {
				a.Object = w + " " + a.Object
			}
		case (w == "nadat" || w == "voordat") && a.Object == "" && !x.lasts(start, end):
			if sp, ok := x.subordinateEvent(end); ok {
				prefix := "tijd sinds "
				if w == "voordat" {
					prefix = "tijd tot "
				}
				a.Object, a.ObjectStart, a.ObjectEnd = prefix+sp.text, sp.start, sp.end
			}
		default:
			x.sinceOrUntil(a, start, end)
		}
	}
}

// since gives a duration before "geleden" on sentence tokens [start, end)
// the object "tijd sinds" what it dates: the noun the parse hangs
// "geleden" on before the figure ("het neergeslagen protest dertig jaar
// geleden" → tijd sinds neergeslagen protest), the clause "dat" opens
// after it ("Het is twintig jaar geleden dat de brug werd geopend"), else
// the event of its own clause, else none.
func (x *scanner) since(a *kroniek.Amount, start, end int) {
	if x.parsed() {
		d := x.doc
		g := d.Tokens[x.first+end]
		h := g.Head
		if h < 0 || h >= x.first+start || g.Rel != "amod" && base(g.Rel) != "nmod" || !x.eventNoun(h) {
			h = x.datedAdjunct(start)
		}
		if h >= 0 {
			sp := x.premodified(h)
			a.Object, a.ObjectStart, a.ObjectEnd = "tijd sinds "+sp.text, sp.start, sp.end
			return
		}
	}
	if a.Object == "" && x.word(end+1) == "dat" {
		if sp, ok := x.subordinateEvent(end + 1); ok {
			a.Object, a.ObjectStart, a.ObjectEnd = "tijd sinds "+sp.text, sp.start, sp.end // het is 75 jaar geleden dat de stad werd bevrijd
			return
		}
	}
	if a.Object == "" {
		a.ObjectStart, a.ObjectEnd = 0, 0
		if sp, ok := x.periodOf(start); ok && !vagueVerbs[sp.text[strings.LastIndexByte(sp.text, ' ')+1:]] {
			a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end // De sultan kreeg zes jaar geleden een orde: sultan krijgen
		} else if sp, ok := x.vagueEvent(end); ok {
			a.Object, a.ObjectStart, a.ObjectEnd = sp.text, sp.start, sp.end
		}
	}
	if a.Object != "" && !strings.HasPrefix(a.Object, "tijd sinds ") {
		a.Object = "tijd sinds " + a.Object
	}
}

// vagueEvent names what happened in the clause of "geleden" (sentence
// token g) when its verb names nothing of its own and periodOf finds no
// subject with it: a passive without a subject takes the participle's
// lemma ("waar tien jaar geleden is gebouwd" → bouwen), "gaan om" its
// noun ("Vijf jaar geleden ging het om 40 klachten" → klachten), a vague
// verb its noun object with its adjectives ("had de club toen een nieuwe
// trainer" → nieuwe trainer).
func (x *scanner) vagueEvent(g int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	t := d.Tokens[x.first+g]
	if sp, ok := x.afterInsertion(g); ok {
		return sp, true
	}
	v := t.Head
	if t.Rel == "root" {
		v = x.rootHaving(x.first + g) // Twee jaar geleden had de ploeg …: the parse hangs "had" on "geleden"
	}
	if t.Rel != "advmod" && t.Rel != "root" || v < 0 || d.Tokens[v].POS != nl.VERB && d.Tokens[v].POS != nl.AUX || d.SentenceOf(v) != x.si {
		return span{}, false
	}
	lemma := x.ownParticle(v, strings.ToLower(d.Tokens[v].Lemma))
	if len(d.Dependents(v, "aux:pass")) > 0 && len(d.Dependents(v, "nsubj:pass")) == 0 && len(d.Dependents(v, "nsubj")) == 0 {
		if vagueVerbs[lemma] || copulaVerbs[lemma] || lightVerbs[lemma] || !participle(strings.ToLower(d.Tokens[v].Text)) {
			return span{}, false
		}
		return span{lemma, d.Tokens[v].Start, d.Tokens[v].End}, true // impersonal passive: the deed alone
	}
	if lemma == "gaan" || lemma == "omgaan" {
		if n := x.aboutNoun(v); n >= 0 {
			return x.premodified(n), true
		}
	}
	if !vagueVerbs[lemma] {
		return span{}, false
	}
	if lemma == "gaan" || lemma == "komen" {
		return span{}, false // ging failliet, kwam aan: the particle or predicate makes the event
	}
	for _, o := range append(d.Dependents(v, "obj"), d.Dependents(v, "obl")...) {
		if d.Tokens[o].POS == nl.NOUN && len(d.Dependents(o, "case")) == 0 && x.l.units[strings.ToLower(d.Tokens[o].Text)] == "" { // not "elk uur", "die week"
			return x.premodified(o), true
		}
	}
	return span{}, false
}

// afterInsertion reads the event of the clause after a dash-bounded
// insertion right after "geleden" (sentence token g), which the parse
// tends to hang "geleden" in: "Vijf jaar geleden – op 3 mei om precies te
// zijn – kocht zij een huis" → huis kopen.
func (x *scanner) afterInsertion(g int) (span, bool) {
	if !dash(x.word(g + 1)) {
		return span{}, false
	}
	for j := g + 2; j < len(x.toks)-1 && j < g+15; j++ {
		if dash(x.word(j)) {
			v := x.first + j + 1
			if x.doc.Tokens[v].POS != nl.VERB {
				return span{}, false
			}
			return x.verbEvent(v)
		}
	}
	return span{}, false
}

// dash reports a dash that opens or closes an insertion.
func dash(w string) bool { return w == "-" || w == "–" || w == "—" }

// rootHaving returns the doc token of a form of "hebben" the parse hangs
// as an auxiliary on "geleden" (doc token g) made the root, else -1.
func (x *scanner) rootHaving(g int) int {
	for _, c := range x.doc.Dependents(g, "aux") {
		if strings.EqualFold(x.doc.Tokens[c].Lemma, "hebben") {
			return c
		}
	}
	return -1
}

// participle reports a word with the shape of a Dutch past participle,
// "ge…d/t/en" with maybe a particle before ("gekapt", "opgeruimd"), so
// that a lemma the lexicon lacks is still read as a deed.
func participle(w string) bool {
	i := strings.Index(w, "ge")
	return i >= 0 && i <= 5 && len(w) > i+4 && (strings.HasSuffix(w, "d") || strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en"))
}

// aboutNoun returns the doc token of the noun of "het gaat om" after
// verb v ("ging het om 300 klachten"), read from the words, for the parse
// makes "om" a particle or hangs it anywhere; a unit ("om 8 uur") is none.
func (x *scanner) aboutNoun(v int) int {
	d := x.doc
	j := v + 1
	if j < len(d.Tokens) && strings.EqualFold(d.Tokens[j].Text, "het") {
		j++
	}
	if j >= len(d.Tokens) || !strings.EqualFold(d.Tokens[j].Text, "om") {
		return -1
	}
	for j++; j < len(d.Tokens) && d.SentenceOf(j) == x.si; j++ {
		switch t := d.Tokens[j]; {
		case t.POS == nl.NOUN:
			if x.l.units[strings.ToLower(t.Text)] != "" {
				return -1
			}
			return j
		case t.POS != nl.NUM && t.POS != nl.DET && t.POS != nl.ADJ && t.POS != nl.ADV:
			return -1
		}
	}
	return -1
}

// datedAdjunct returns the doc token of the noun of a time adjunct that
// ends right before the figure at sentence token start ("Sinds de grote
// storm tien jaar geleden staat het bos kaal", "Na de dood van de jonge
// vrouw vier maanden geleden …"), which the parse may not hang "geleden"
// on; else -1.
func (x *scanner) datedAdjunct(start int) int {
	d := x.doc
	if start == 0 {
		return -1
	}
	h := x.first + start - 1
	for d.Tokens[h].Rel == "nmod" && d.Tokens[h].Head >= 0 && d.Tokens[h].Head < h {
		h = d.Tokens[h].Head // de dood van de jonge vrouw: the noun the name belongs to
	}
	if d.Tokens[h].Rel != "obl" || !x.eventNoun(h) {
		return -1
	}
	for _, c := range d.Dependents(h, "case") {
		if c < h && datingPrepositions[strings.ToLower(d.Tokens[c].Text)] {
			return h
		}
	}
	return -1
}

// datingPrepositions open a phrase that places a moment at an event.
var datingPrepositions = map[string]bool{"na": true, "sinds": true, "bij": true, "tijdens": true, "rond": true, "vanaf": true}

// lasts reports a figure on sentence tokens [start, end) that is what a
// verb of lasting takes ("de stortvloed duurde tien minuten voordat …"):
// it measures the subject's duration, not the time until the clause.
func (x *scanner) lasts(start, end int) bool {
	if !x.parsed() {
		return true
	}
	u := x.figureHead(start, end)
	return u < 0 || x.doc.Tokens[u].Head >= 0 && lastingVerbs[x.doc.Tokens[x.doc.Tokens[u].Head].Lemma]
}

// subordinateEvent is what the clause opened by the subordinator at
// sentence token m tells happened, read from the parse: its object with
// the verb ("Twee jaar nadat de bakker de zaak had overgenomen" → zaak
// overnemen), else its noun subject with the verb ("drie dagen nadat de
// directeur was aangetreden" → directeur aantreden), a passive's subject
// with the participle as written ("nadat de heerser was gevangengenomen"
// → heerser gevangengenomen). A pronoun, a copula or light verb, or a
// lemma the lexicon does not know names nothing.
func (x *scanner) subordinateEvent(m int) (span, bool) {
	d := x.doc
	t := d.Tokens[x.first+m]
	v := t.Head
	if t.Rel != "mark" || v < 0 || d.Tokens[v].POS != nl.VERB || d.SentenceOf(v) != x.si {
		return span{}, false
	}
	return x.verbEvent(v)
}

// verbEvent is what the clause of verb v (a doc token) tells happened;
// see subordinateEvent.
func (x *scanner) verbEvent(v int) (span, bool) {
	d := x.doc
	if len(d.Dependents(v, "aux:pass")) > 0 {
		if s := x.passiveSubject(v); s >= 0 {
			return x.acting(x.namePhrase(s), v, strings.ToLower(d.Tokens[v].Text)), true
		}
		return span{}, false
	}
	lemma := x.ownParticle(v, strings.ToLower(d.Tokens[v].Lemma))
	if vagueVerbs[lemma] || copulaVerbs[lemma] || lightVerbs[lemma] || !x.knownVerb(lemma) {
		return span{}, false
	}
	for _, o := range d.Dependents(v, "obj") {
		if sp, ok := x.phrase(o, 4); ok {
			return x.acting(sp, v, lemma), true
		}
	}
	if s := x.ownSubject(v); s >= 0 && (d.Tokens[s].POS == nl.NOUN || d.Tokens[s].POS == nl.PROPN) {
		if sp, ok := x.subjectPhrase(s, 4); ok {
			return x.acting(sp, v, lemma), true
		}
	}
	return span{}, false
}

// eventNoun reports a doc token h that can name what happened: a common
// noun, or a name with an article ("het Tiananmenprotest").
func (x *scanner) eventNoun(h int) bool {
	d := x.doc
	return d.Tokens[h].POS == nl.NOUN || d.Tokens[h].POS == nl.PROPN && len(d.Dependents(h, "det")) > 0
}

// premodified is nounPhrase of doc token h with the adjectives right
// before it that hang on it ("de eerste zitting" → eerste zitting), the
// article left out.
func (x *scanner) premodified(h int) span {
	d := x.doc
	sp := x.nounPhrase(h)
	j := h
	for j > 0 && d.SentenceOf(j-1) == d.SentenceOf(h) && d.Tokens[j-1].Head == h && (d.Tokens[j-1].POS == nl.ADJ || d.Tokens[j-1].Rel == "amod") {
		j--
	}
	if j < h {
		sp.text, sp.start = d.Text[d.Tokens[j].Start:d.Tokens[h].Start]+sp.text, d.Tokens[j].Start
	}
	return sp
}

// sinceOrUntil gives a duration before "na"/"sinds" or "voor de" on
// sentence tokens [start, end), whose object the reference event after it
// is ("negen maanden na hun eerste ontmoeting", "tien dagen voor de
// Brexitdeadline"), the words that say it is the time since or until that
// event: "tijd sinds eerste ontmoeting", "tijd tot Brexitdeadline". Only
// an object read from right after the preposition is so marked.
func (x *scanner) sinceOrUntil(a *kroniek.Amount, start, end int) {
	var prefix string
	switch w := x.word(end); {
	case w == "na" || w == "sinds":
		prefix = "tijd sinds "
	case w == "voor" && (x.word(end+1) == "de" || x.word(end+1) == "het") && x.before(start, end):
		prefix = "tijd tot "
	default:
		return
	}
	if strings.EqualFold(a.Object, "dato") {
		a.Object, a.ObjectStart, a.ObjectEnd = "", 0, 0 // veertig jaar na dato: afterwards, no event
		return
	}
	if a.Object == "" || a.ObjectStart < x.toks[end].End || end+3 >= len(x.toks) || a.ObjectStart > x.toks[end+3].Start || strings.HasPrefix(a.Object, prefix) {
		return
	}
	a.Object = prefix + a.Object
}

// vagueVerbs name no event of their own without what the parse leaves
// out: "Twee jaar geleden ging de winkel failliet" is no "winkel gaan",
// "100 dagen later is er niemand" no "niemand zijn".
var vagueVerbs = map[string]bool{"zijn": true, "worden": true, "hebben": true, "gaan": true, "komen": true, "laten": true, "doen": true}

// gappedSums gives a sum of the sentence without an object the object of
// the sum before it in the same currency when the clause of the second
// has no verb of its own, only what it is about: "Fred Ros mocht 4 ton
// crimineel geld houden en La Serpe 65.000 euro", "De armoedegrens was
// voor alleenstaanden 1040 euro, voor een stel 1960 euro". A sum in
// brackets, a bare "20.000 en 4000 euro" (each its own thing), a measure
// word (bedrag) and a rate ("1 cent per liter, of 200 euro per persoon")
// give nothing.
func (x *scanner) gappedSums(as []kroniek.Amount) {
	for i := range as {
		a := &as[i]
		if a.Object != "" || !isCurrency(a.Unit) || strings.HasSuffix(strings.TrimSpace(x.doc.Text[:a.Start]), "(") {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			b := as[j]
			if b.Unit != a.Unit {
				continue // (één kind: a count between)
			}
			if b.Object != "" && !placeholders[strings.ToLower(b.Object)] && b.Object != "bedragen" && !strings.HasPrefix(b.Object, "per ") && x.gapBetween(b.End, a.Start) {
				a.Object, a.ObjectStart, a.ObjectEnd = b.Object, b.ObjectStart, b.ObjectEnd
			}
			break
		}
	}
}

// gapBetween reports text between byte offsets from and to that joins a
// second verbless clause to the first: a comma or "en", some word of its
// own, and no finite verb, subordinator, relative pronoun, bracket or
// sentence punctuation.
func (x *scanner) gapBetween(from, to int) bool {
	between := x.doc.Text[from:to]
	if strings.ContainsAny(between, ".;:?!()") || !strings.Contains(between, ",") && !strings.Contains(" "+between+" ", " en ") {
		return false
	}
	own := false
	for i := x.first; i < x.first+len(x.toks); i++ {
		t := x.doc.Tokens[i]
		if t.Start < from || t.End > to {
			continue
		}
		if t.Feats.Has(nl.FeatFin) || t.POS == nl.SCONJ || t.POS == nl.PRON && (strings.EqualFold(t.Text, "die") || strings.EqualFold(t.Text, "dat")) {
			return false
		}
		if w := strings.ToLower(t.Text); t.Kind == nl.Word && w != "en" && w != "of" {
			own = true
		}
	}
	return own
}

// spanned returns the count a duration as[i] on sentence tokens [start,
// end) is the span of when it follows "in" or "binnen": the next figure of
// its clause, a plain count, a sum or a share with an object ("binnen een
// maand ruim 42.000 handtekeningen gekregen", "in twee weken tijd gingen
// 40 miljoen plaatjes over de toonbank"), or the figure before it when the
// duration closes the clause ("twee explosieven in twee maanden", "een
// groei van 26 procent in acht jaar tijd"). A comma, colon or semicolon
// between them, or a subordinator, ends the clause.
func (x *scanner) spanned(as []kroniek.Amount, i, start, end int) (kroniek.Amount, bool) {
	if w := x.word(start - 1); w != "in" && w != "binnen" {
		return kroniek.Amount{}, false
	}
	if i+1 < len(as) {
		b := as[i+1]
		bstart, _ := x.tokensOf(b)
		if bstart >= end && spanOwner(b) && b.ObjectStart >= x.toks[end-1].End && x.oneClause(end, bstart) {
			return b, true
		}
	}
	if i == 0 {
		return kroniek.Amount{}, false
	}
	e := end
	if x.word(e) == "tijd" {
		e++
	}
	if e < len(x.toks) && x.toks[e].Kind != nl.Punct {
		return kroniek.Amount{}, false // (the span of what follows it)
	}
	b := as[i-1]
	_, bend := x.tokensOf(b)
	if bend < 0 || bend > start-1 || !spanOwner(b) || !x.oneClause(bend, start-1) {
		return kroniek.Amount{}, false
	}
	return b, true
}

// spanOwner reports a figure whose object a duration after "in" or
// "binnen" in its clause may share: a count, sum or share with an object.
func spanOwner(b kroniek.Amount) bool {
	return b.Object != "" && (b.Unit == "" || isCurrency(b.Unit) || b.Unit == UnitPercent)
}

// oneClause reports sentence tokens [a, b) with no comma, colon,
// semicolon or subordinator among them.
func (x *scanner) oneClause(a, b int) bool {
	for k := a; k < b; k++ {
		if w := x.toks[k].Text; w == "," || w == ":" || w == ";" || x.doc.Tokens[x.first+k].POS == nl.SCONJ {
			return false
		}
	}
	return true
}

// timeFrame reports a duration opening at sentence token start that is a
// time frame around now, "de afgelopen vijf jaar", "de komende vier
// jaar" (the article and adjective before the number or inside the
// figure), which names the period a clause tells of.
func (x *scanner) timeFrame(start int) bool {
	if x.word(start) == "de" || x.word(start) == "het" {
		return x.l.frames[x.word(start+1)]
	}
	return start >= 2 && x.l.frames[x.low[start-1]] && (x.low[start-2] == "de" || x.low[start-2] == "het")
}

// sinceFirst reports a duration opening at sentence token start that
// is the frame of a first or a superlative, "voor het eerst in 25 jaar",
// "groeide het traagst in vijftien jaar": a period, as "de afgelopen
// vijf jaar" is.
func (x *scanner) sinceFirst(start int) bool {
	w := x.word(start - 2)
	return start >= 3 && (x.word(start-1) == "in" || x.word(start-1) == "sinds") && x.word(start-3) == "het" && len(w) > 3 && strings.HasSuffix(w, "st")
}

// tokensOf returns the sentence tokens [start, end) a figure covers, or
// -1, -1 when its offsets fall outside the sentence's tokens.
func (x *scanner) tokensOf(a kroniek.Amount) (start, end int) {
	start, end = -1, -1
	for k, t := range x.toks {
		if start < 0 && t.Start >= a.Start {
			start = k
		}
		if t.End <= a.End {
			end = k + 1
		}
	}
	if start < 0 || end <= start {
		return -1, -1
	}
	return start, end
}

// governor finds, in the parse, the noun a figure on sentence tokens
// [start, end) gives the size of:
//   - the noun its phrase modifies, directly or in brackets: "het budget
//     (475 miljoen euro)", "de commissie van ruim 3 ton", "verlaagt de
//     energiekosten met 160 euro" when the parse hangs "met" on the noun;
//   - what a verb of raising or lowering changes by the figure ("met",
//     "tot", "naar"): its object or, for a passive, its subject ("nadat het
//     inkomen met 700 euro wordt gekort");
//   - the subject of the copula the figure is the predicate of ("de
//     schade is 3 miljoen euro").
//
// The noun must be a common noun of the same sentence outside the
// figure, no unit, number or pronoun.
func (x *scanner) governor(start, end int) (span, bool) {
	d := x.doc
	u := x.figureHead(start, end)
	if u < 0 {
		return span{}, false
	}
	h := d.Tokens[u].Head
	if h < 0 {
		return span{}, false
	}
	prep := x.firstCase(u)
	r := d.Tokens[u].Rel
	if t := d.Tokens[h]; x.word(start-1) == "(" && t.POS == nl.ADV && (t.Rel == "amod" || t.Rel == "advmod" || t.Rel == "nmod") && t.Head >= 0 && t.Head < h && d.Tokens[t.Head].POS == nl.NOUN {
		h, r = t.Head, "nmod" // de hoge thc-percentages hier (tot wel 67 procent): a bracket the parse hangs on the noun's adverb
	}
	switch {
	case (strings.HasPrefix(r, "nmod") || r == "appos") && d.Tokens[h].POS == nl.NOUN && h < u && ownerPreps[prep]:
		// (not a bare singular, a verb or a state, nor a predicate: "het is lastig
		// rondkomen van 1000 euro"; not another figure: "6 miljoen Noorse kronen
		// (ongeveer 620 duizend euro)"; not a change, which says what changed
		// elsewhere, or a part: "een stijging van 11 procent", "de helft van de
		// 31,7 miljoen euro")
		if x.fits(h, start, end) && x.hangsOn(h, u, x.first+start) && (len(d.Dependents(h, "det")) > 0 || d.Tokens[h].Feats.Has(nl.FeatPlur)) &&
			len(d.Dependents(h, "cop")) == 0 && !x.counts(h) && nominalRels[base(d.Tokens[h].Rel)] && !changeNouns[d.Tokens[h].Lemma] && !x.l.parts[x.low[h-x.first]] {
			return x.nounPhrase(h), true
		}
	case (prep == "met" || prep == "tot" || prep == "naar") && d.Tokens[h].POS == nl.VERB:
		var cands []int
		switch lemma := d.Tokens[h].Lemma; {
		case raisers[lemma]:
			cands = slices.DeleteFunc(d.Objects(h), func(o int) bool { return o >= x.first+start && o < x.first+end }) // verlaagt de uitstoot met 30 procent; het inkomen wordt met 700 euro gekort
			// (not the figure itself, which the parse may give as the object: "om de uitstoot met 30 procent te verminderen")
			if len(cands) == 0 && x.teInfinitive(h) {
				cands = d.Dependents(h, "nsubj") // om de handel op te voeren tot …: a te-infinitive has no subject of its own, so the parse's is the object
			}
		case changeVerbs[lemma] && len(d.Dependents(h, "nsubj")) > 0:
			cands = []int{d.Subject(h)} // de kosten stijgen met 160 euro
		}
		for _, o := range cands {
			if o >= 0 && x.fits(o, start, end) {
				return x.nounPhrase(o), true
			}
		}
	}
	if len(d.Dependents(u, "cop")) > 0 {
		if s := d.Subject(u); s >= 0 && s < x.first+start && x.fits(s, start, end) {
			return x.nounPhrase(s), true // de schade is 3 miljoen euro
		}
	}
	return span{}, false
}

// fits reports a doc token n that can be what a figure on sentence tokens
// [start, end) is the size of: a common noun of the sentence outside the
// figure that is no unit, multiplier, number word or word the lexicon
// rules out as an object.
func (x *scanner) fits(n, start, end int) bool {
	k := n - x.first
	if k < 0 || k >= len(x.toks) || k >= start && k < end {
		return false
	}
	t := x.doc.Tokens[n]
	w := x.low[k]
	if t.POS != nl.NOUN || t.Kind != nl.Word || x.l.units[w] != "" || x.l.mults[w] > 0 || x.l.notObject[w] || placeholders[t.Lemma] {
		return false
	}
	if x.l.pos[w] == "VERB" || x.firstCase(n) == "te" || x.superlative(w) {
		return false // te koop voor 7000 euro; zich het vaakst (32 procent) schuldig voelen
	}
	if _, ok := ParseWord(w); ok {
		return false
	}
	return !isCapitalized(t.Text) || x.sentenceStart(k) || commonCompound(t.Text)
}

// commonCompound reports a hyphenated word whose last part, its head, is
// written in lower case: a common noun after a name or an abbreviation
// ("CO2-uitstoot", "AOW-leeftijd"), not a name ("Noord-Holland").
func commonCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && unicode.IsLower(firstRune(w[i+1:]))
}

// nominalRels are the relations of a noun phrase in its clause; a noun the
// parse attaches otherwise (parataxis, acl) is a verb it took for a noun
// ("bedragen die uiteenliepen van 7146 euro").
var nominalRels = map[string]bool{"nsubj": true, "obj": true, "iobj": true, "obl": true, "nmod": true, "appos": true, "conj": true, "root": true}

// base returns a relation without its subtype: nsubj:pass → nsubj.
func base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// counts reports a noun at doc token h that a number of its own counts or
// that is the unit of another figure: "6 miljoen Noorse kronen (ongeveer 620
// duizend euro)", where the bracket gives the same sum again.
func (x *scanner) counts(h int) bool {
	d := x.doc
	if len(d.Dependents(h, "nummod")) > 0 {
		return true
	}
	p := d.Tokens[h].Head
	if p < 0 {
		return false
	}
	w := strings.ToLower(d.Tokens[p].Text)
	return d.Tokens[p].POS == nl.NUM || x.l.mults[w] > 0
}

// ownerPreps are the prepositions (none: an apposition or brackets) by
// which a figure's phrase gives the size of the noun it modifies: "het
// budget (475 miljoen euro)", "de commissie van ruim 3 ton", "de
// energiekosten met 160 euro", "de handel tot 66 miljard euro".
var ownerPreps = map[string]bool{"": true, "van": true, "met": true, "tot": true, "naar": true}

// hangsOn reports that every doc token between the noun h and the figure
// opening at doc token num, headed by u, is a bracket or comma, a word of
// h's own phrase ("de energiekosten van lage inkomens met …") or the
// preposition or article of the figure, and no verb or pronoun: then the
// figure's phrase modifies h and no clause comes between.
func (x *scanner) hangsOn(h, u, num int) bool {
	d := x.doc
	for i := h + 1; i < num; i++ {
		t := d.Tokens[i]
		switch {
		case t.Text == "(" || t.Text == ",":
		case t.POS == nl.VERB || t.POS == nl.AUX || t.POS == nl.PRON:
			return false
		case t.Head == u && (t.Rel == "case" || t.Rel == "det"):
		case !x.under(i, h, num):
			return false
		}
	}
	return true
}

// under reports that doc token i hangs, through heads inside (h, num), on h.
func (x *scanner) under(i, h, num int) bool {
	d := x.doc
	for n := 0; n < 16 && i > h && i < num; n++ {
		i = d.Tokens[i].Head
		if i == h {
			return true
		}
	}
	return false
}

// superlative reports an adverb's superlative the tagger may read as a
// noun after "het": vaakst, meest (vaak, meer are adverbs or adjectives).
func (x *scanner) superlative(w string) bool {
	stem, ok := strings.CutSuffix(w, "st")
	if !ok {
		return false
	}
	p := x.l.pos[stem]
	return p == "ADV" || p == "ADJ"
}

// teInfinitive reports a verb at doc token v that is an infinitive with
// "te" ("om de handel op te voeren").
func (x *scanner) teInfinitive(v int) bool {
	for _, m := range x.doc.Dependents(v, "mark") {
		if strings.EqualFold(x.doc.Tokens[m].Text, "te") {
			return true
		}
	}
	return false
}

// spendVerbs are the verbs whose subject spends, has or needs a time for
// what an "om … te" infinitive after it says: "Efsa heeft twee maanden
// om in beroep te gaan", "het kost tien minuten om … te komen", "deed er
// 17 weken over om de toppositie te bereiken".
var spendVerbs = map[string]bool{"hebben": true, "kosten": true, "doen": true, "nemen": true, "krijgen": true, "vergen": true, "duren": true, "overdoen": true}

// timeSpent finds what a duration on sentence tokens [start, end) is
// spent on when it is the object or oblique of a verb of spending or
// having (spendVerbs) and the figure or that verb has a purpose "om … te"
// with an infinitive: the infinitive with its object, or with the
// complement right before "te" ("om de toppositie te bereiken" →
// toppositie bereiken, "om in beroep te gaan" → in beroep gaan). An
// infinitive without either names too little and is left.
func (x *scanner) timeSpent(start, end int) (span, bool) {
	d := x.doc
	u := x.figureHead(start, end)
	if u < 0 {
		return span{}, false
	}
	if d.Tokens[u].Rel == "conj" && d.Tokens[u].Head >= 0 {
		u = d.Tokens[u].Head // niet langer ruim een uur maar slechts tien minuten
	}
	if r := d.Tokens[u].Rel; r != "obj" && r != "obl" && r != "nsubj" {
		return span{}, false
	}
	v := d.Tokens[u].Head
	if v < 0 || d.Tokens[v].POS != nl.VERB || !spendVerbs[d.Tokens[v].Lemma] {
		return span{}, false
	}
	for _, c := range append(d.Children(u), d.Children(v)...) {
		if r := d.Tokens[c].Rel; c < u || d.Tokens[c].POS != nl.VERB || r != "acl" && r != "advcl" && r != "xcomp" || !x.purposeMarked(c) {
			continue
		}
		lemma := x.ownParticle(c, strings.ToLower(d.Tokens[c].Lemma))
		if !x.knownVerb(lemma) {
			lemma = strings.ToLower(d.Tokens[c].Text)
		}
		te := -1
		for _, m := range d.Dependents(c, "mark") {
			if strings.EqualFold(d.Tokens[m].Text, "te") {
				te = m
			}
		}
		for _, a := range d.Children(c) {
			r := d.Tokens[a].Rel
			if r != "obj" && r != "nsubj" && !(strings.HasPrefix(r, "obl") && x.endsBefore(a, te)) {
				continue
			}
			if sp, ok := x.phrase(a, 5); ok {
				return x.acting(sp, c, lemma), true
			}
		}
		return span{}, false
	}
	return span{}, false
}

// endsBefore reports a noun phrase headed by doc token a that ends right
// before doc token k.
func (x *scanner) endsBefore(a, k int) bool {
	last := a
	for i := a + 1; i < k; i++ {
		if x.doc.Tokens[i].Head == a || x.doc.Tokens[i].Head > a && x.doc.Tokens[i].Head < k && x.doc.Tokens[x.doc.Tokens[i].Head].Head == a {
			last = i
		}
	}
	return k >= 0 && last == k-1
}

// untilMarks open the clause a wait with "het duurt" lasts until.
var untilMarks = map[string]bool{"voordat": true, "voor": true, "eer": true, "tot": true, "totdat": true}

// timeUntil finds what a duration on sentence tokens [start, end) is the
// wait for when it is what an impersonal "het duurt" lasts before a
// clause: that clause's object, or its noun subject, with its verb ("het
// duurde bijna een decennium voordat de Tweede Kamer het plan aannam" →
// plan aannemen, "duurde het drie jaar voor er een onderzoek was
// afgerond" → onderzoek afronden), or its subject with the adjective of
// its copula ("het duurde twee jaar voordat de brug klaar was" → brug
// klaar). A pronoun names nothing and is left.
func (x *scanner) timeUntil(start, end int) (span, bool) {
	d := x.doc
	u := x.figureHead(start, end)
	if u < 0 {
		return span{}, false
	}
	if d.Tokens[u].Rel == "conj" && d.Tokens[u].Head >= 0 {
		u = d.Tokens[u].Head
	}
	if r := d.Tokens[u].Rel; r != "obj" && r != "obl" {
		return span{}, false
	}
	v := d.Tokens[u].Head
	if v < 0 || d.Tokens[v].Lemma != "duren" {
		return span{}, false
	}
	if s := x.ownSubject(v); s >= 0 && !x.commaBetween(x.phraseEnd(s), v) {
		return span{}, false // (not "Bliksemactie of niet, het duurde …": a noun set off before the clause is no subject)
	}
	for _, c := range d.Children(v) {
		state := d.Tokens[c].POS == nl.ADJ && len(d.Dependents(c, "cop")) > 0 // voordat de brug klaar was
		if c < u || d.Tokens[c].POS != nl.VERB && !state || !x.until(c) {
			continue
		}
		lemma := x.ownParticle(c, strings.ToLower(d.Tokens[c].Lemma))
		if state || !x.knownVerb(lemma) {
			lemma = strings.ToLower(d.Tokens[c].Text)
		}
		for _, rel := range []string{"obj", "nsubj:pass", "nsubj"} {
			for _, a := range d.Dependents(c, rel) {
				if d.Tokens[a].POS != nl.NOUN {
					continue
				}
				if sp, ok := x.phrase(a, 5); ok {
					return x.acting(sp, c, lemma), true
				}
			}
		}
		return span{}, false
	}
	return span{}, false
}

// phraseEnd returns the last word of the phrase headed by doc token h,
// without the punctuation the parse hangs on it.
func (x *scanner) phraseEnd(h int) int {
	_, last := x.doc.Span(h)
	for last > h && x.doc.Tokens[last].Kind == nl.Punct {
		last--
	}
	return last
}

// commaBetween reports a comma between doc tokens a and b (a before b).
func (x *scanner) commaBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if x.doc.Tokens[i].Text == "," {
			return true
		}
	}
	return false
}

// until reports a clause at doc token c opened by voordat, voor, eer,
// tot or totdat.
func (x *scanner) until(c int) bool {
	for _, m := range x.doc.Children(c) {
		if r := x.doc.Tokens[m].Rel; m < c && (r == "mark" || r == "case") && untilMarks[strings.ToLower(x.doc.Tokens[m].Text)] {
			return true
		}
	}
	return false
}

// qualifiedAfter finds the noun a duration ending at sentence token end
// counts when an adjective or participle the parse hangs on that noun
// stands between them: "tot vijf weken aanvullend geboorteverlof",
// "minimaal twee maanden betaald verlof" → the adjective with the noun.
// Not a unit or a number after it, nor a noun the parse gives no
// adjective.
func (x *scanner) qualifiedAfter(end int) (span, bool) {
	d := x.doc
	if end+1 >= len(x.toks) || x.toks[end].Kind != nl.Word || x.toks[end+1].Kind != nl.Word {
		return span{}, false
	}
	a, n := x.first+end, x.first+end+1
	if t := d.Tokens[a]; t.Rel != "amod" || t.Head != n || t.POS != nl.ADJ && !(t.POS == nl.VERB && t.Feats.Has(nl.FeatPart)) {
		return span{}, false
	}
	if d.Tokens[n].POS != nl.NOUN || x.l.units[x.low[end+1]] != "" || x.l.mults[x.low[end+1]] > 0 || x.l.notObject[x.low[end+1]] || placeholders[d.Tokens[n].Lemma] {
		return span{}, false
	}
	return span{text: d.Text[d.Tokens[a].Start:d.Tokens[n].End], start: d.Tokens[a].Start, end: d.Tokens[n].End}, true
}

// periodOf finds what happens in a time frame at sentence token num: the
// noun or name subject of the figure's clause with its verb ("de
// afgelopen tien jaar is de omzet gedaald" → omzet dalen). Not a pronoun
// ("we hebben de afgelopen vier jaar hard gewerkt" keeps the bare
// period), nor the period itself as subject ("de afgelopen jaren waren
// zwaar").
func (x *scanner) periodOf(num int) (span, bool) {
	if !x.parsed() || x.word(num-3) == "van" || x.word(num-4) == "van" {
		return span{}, false // aanmeldingen van de afgelopen vier jaar: a noun's period, not the clause's
	}
	d := x.doc
	v := d.Clause(x.first + num)
	if v >= 0 && d.Tokens[v].POS == nl.NOUN && d.Tokens[v].Head >= 0 {
		v = d.Tokens[v].Head // de afgelopen tien jaar is de omzet gedaald: the period the parse hung on the subject
	}
	if v < 0 || d.Tokens[v].POS != nl.VERB {
		return span{}, false
	}
	if len(d.Dependents(v, "nsubj")) > 1 {
		return span{}, false // two clauses the parse ran together: "X is de grootste partij; Y noteerde een verlies"
	}
	s := x.ownSubject(v)
	if c := d.Dependents(v, "xcomp"); len(c) == 1 && d.Tokens[c[0]].POS == nl.VERB && auxLike[strings.ToLower(d.Tokens[v].Lemma)] {
		v = c[0] // blijft investeren: the verb the aspect verb governs
	}
	if s < 0 || x.l.units[strings.ToLower(d.Tokens[s].Text)] != "" || d.Tokens[s].Head != v && d.Tokens[s].Head != d.Tokens[v].Head && d.Antecedent(s) < 0 && !slices.Contains(d.Dependents(v, "nsubj"), s) {
		return span{}, false
	}
	sp, ok := x.subjectPhrase(s, 4)
	if !ok {
		return span{}, false
	}
	return x.acting(sp, v, strings.ToLower(d.Tokens[v].Lemma)), true
}

// auxLike are the verbs of aspect and modality whose clause's content is the
// verb they govern ("blijft investeren", "moet betalen").
var auxLike = map[string]bool{"blijven": true, "moeten": true, "gaan": true, "kunnen": true, "willen": true, "zullen": true, "mogen": true}
