package amount

import (
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// predicate reads the figure on sentence tokens [num, end) in the parse:
// u is the doc token heading it; when the figure is the predicate of a
// copula, done is set and sp holds the copula's noun subject before it,
// or nothing ("de wachttijd is zes weken", "de waarde was 23,8 miljard
// euro"). Without a parse or a head, done is set and sp empty.
func (x *scanner) predicate(num, end int) (u int, sp span, done bool) {
	if !x.parsed() {
		return -1, span{}, true
	}
	d := x.doc
	u = x.figureHead(num, end)
	if u < 0 {
		return -1, span{}, true
	}
	if len(d.Dependents(u, "cop")) == 0 && !x.copulaOnSubject(u) {
		return u, span{}, false
	}
	if s := d.Subject(u); s >= 0 && s < u && d.Tokens[s].Head == u && d.Tokens[s].POS == nl.NOUN {
		return u, x.nounPhrase(s), true
	}
	if isTimeUnit(x.l.units[strings.ToLower(d.Tokens[u].Text)]) {
		for _, c := range d.Dependents(u, "nmod") {
			if p := x.caseOf(c); c > x.first+end-1 && len(p) == 1 && p[0] == "in" {
				if sp, ok := x.phrase(c, 5); ok {
					return u, sp, true // McLaren was één jaar in dienst van QPR
				}
			}
		}
	}
	return u, span{}, true
}

// copulaOnSubject reports a copula the parse hung on the noun subject
// of the figure's head u instead of on the figure, between the two ("De
// totale waarde [← was] van de export was 23,8 miljard euro").
func (x *scanner) copulaOnSubject(u int) bool {
	d := x.doc
	s := d.Subject(u)
	if s < 0 || s >= u || d.Tokens[s].Head != u {
		return false
	}
	for _, c := range d.Dependents(s, "cop") {
		if c > s && c < u {
			return true
		}
	}
	return false
}

// figureHead returns the doc token that heads the figure on sentence
// tokens [start, end) in the parse: the last one whose head lies outside
// it (the unit of "een of twee maanden"), or -1.
func (x *scanner) figureHead(start, end int) int {
	lo, hi := x.first+start, x.first+end
	for i := hi - 1; i >= lo; i-- {
		if h := x.doc.Tokens[i].Head; h < lo || h >= hi {
			return i
		}
	}
	return -1
}

// lightVerbs say too little on their own to name what a duration
// measures: "twee jaar geleden ging het mis" is no object "gaan".
var lightVerbs = map[string]bool{
	"zijn": true, "hebben": true, "worden": true, "gaan": true, "komen": true, "doen": true, "zullen": true,
	"kunnen": true, "moeten": true, "willen": true, "mogen": true, "laten": true, "blijven": true,
	"krijgen": true, "geven": true, "maken": true, "zitten": true, "staan": true, "liggen": true, "zeggen": true,
}

// verbTakenForNoun reports a doc token the tagger read as a noun that the
// lexicon knows only as a verb and no "het" makes a noun of: "Die gaan
// zeven maanden duren" (not "het wachten duurde drie uur").
func (x *scanner) verbTakenForNoun(s int) bool {
	w := strings.ToLower(x.doc.Tokens[s].Text)
	return x.l.pos[w] == "VERB" && !(s > 0 && strings.EqualFold(x.doc.Tokens[s-1].Text, "het"))
}

// agreeing returns the antecedent a of a demonstrative subject when it
// agrees in number with the verb after the demonstrative (plural: "Die
// gaan", "Die duren"), else the last noun of the sentence before that
// does ("het startsein voor de werkzaamheden. Die gaan …"), or -1.
func (x *scanner) agreeing(a int, plural bool) int {
	if a < 0 {
		return -1
	}
	want := nl.FeatSing
	if plural {
		want = nl.FeatPlur
	}
	if x.doc.Tokens[a].Feats.Has(want) {
		return a
	}
	s := x.doc.Sentences[x.si-1]
	for i := s.First + len(s.Tokens) - 1; i >= s.First; i-- {
		if t := x.doc.Tokens[i]; t.POS == nl.NOUN && t.Feats.Has(want) {
			return i
		}
	}
	return -1
}

// subjectPhrase is phrase for a subject at doc token s, without the
// preposition and article an antecedent brings from its own clause ("een
// einde aan een epidemie die al driekwart jaar woedde" → epidemie).
func (x *scanner) subjectPhrase(s, most int) (span, bool) {
	sp, ok := x.phrase(s, most)
	if !ok {
		return sp, false
	}
	d := x.doc
	j := s
	for j > 0 && d.Tokens[j-1].End > sp.start {
		j--
	}
	if d.Tokens[j].POS != nl.ADP || d.Tokens[j].Head != s {
		return sp, true // (not "de voor de moord veroordeelde Avery": the preposition of an adjective's phrase)
	}
	for j < s && (d.Tokens[j].POS == nl.ADP || d.Tokens[j].POS == nl.DET) && (d.Tokens[j].Head == s || d.Tokens[j].Rel == "det") {
		j++
	}
	out := span{text: d.Text[d.Tokens[j].Start:sp.end], start: d.Tokens[j].Start, end: sp.end}
	if j == s && d.Tokens[s].POS == nl.NOUN {
		out.text = strings.ToLower(out.text[:len(d.Tokens[s].Text)]) + out.text[len(d.Tokens[s].Text):]
	}
	return out, true
}

// weakForm reports a finite form that is the lemma's stem with a weak
// verb's ending, so that a lemma the lexicon does not know is still the
// verb's: woedde → woeden, procedeert → procederen is no such form.
func weakForm(surface, lemma string) bool {
	stem, ok := strings.CutSuffix(lemma, "en")
	if !ok || len(stem) < 3 {
		return false
	}
	rest, ok := strings.CutPrefix(surface, stem)
	if !ok {
		if rest, ok = strings.CutPrefix(surface, spelledStem(stem)); ok && rest != "de" && rest != "te" {
			return false // a past tense only: "scoort", "ruimtevaart" may be nouns or another tense's reading
		}
	}
	if !ok {
		return false
	}
	switch rest {
	case "t", "de", "te": // (not -den: opladen is no form of a guessed oplaen)
		return true
	}
	return false
}

// spelledStem returns a verb stem as the spelling writes it without the
// ending -en: a double consonant is single (volleyball → volleybal), a
// single vowel before the last consonant doubles in a closed syllable
// (bekled → bekleed), and v, z become f, s (leev → leef).
func spelledStem(stem string) string {
	n := len(stem)
	last, prev := stem[n-1], stem[n-2]
	switch {
	case last == prev && !isVowel(last):
		return stem[:n-1]
	case !isVowel(last) && isVowel(prev) && n >= 3 && !isVowel(stem[n-3]):
		stem = stem[:n-1] + string(prev) + string(last)
	}
	switch stem[len(stem)-1] {
	case 'v':
		return stem[:len(stem)-1] + "f"
	case 'z':
		return stem[:len(stem)-1] + "s"
	}
	return stem
}

// copulaParticiples are the participles of copulas, which name no event
// of their own: "is acht jaar in dienst geweest bij Feyenoord".
var copulaParticiples = map[string]bool{"geweest": true, "geworden": true, "gebleken": true}

// stayVerbs say that their subject stays somewhere or in some state; a
// duration of theirs with no complement is how long the subject stays:
// "de minister zit er nu bijna anderhalf jaar".
var stayVerbs = map[string]bool{"zitten": true, "staan": true, "liggen": true, "blijven": true, "hangen": true}

// copulaVerbs link a subject to a state and name no event of their own,
// with or without a complement: "was drie weken geleden negatief over
// het klimaatbeleid" is no object "over het klimaatbeleid zijn".
var copulaVerbs = map[string]bool{"zijn": true, "worden": true, "lijken": true, "blijken": true, "heten": true, "zullen": true, "kunnen": true, "moeten": true, "mogen": true}

// pointWords after a time figure make it the distance between two events
// rather than the length of one: "drie dagen nadat", "negen jaar later".
var pointWords = map[string]bool{"later": true, "eerder": true, "nadat": true, "voordat": true, "daarna": true, "daarvoor": true, "erna": true, "ervoor": true, "voor": true, "na": true, "vroeger": true, "voorheen": true, "terug": true}

// lastingVerbs have what lasts as their subject: "de bouw duurde twee
// jaar".
var lastingVerbs = map[string]bool{"duren": true, "vergen": true, "kosten": true, "bedragen": true, "overdoen": true}

// durationCases are the prepositions of a time figure that is no
// duration of its clause's event: "tot vier jaar" (a sentence or a
// limit), "op 14 jaar" (an age), "naar 21 jaar" (a new value), "van vijf jaar" (a noun's complement,
// see objectBefore), "na een jaar", "voor vijf jaar" (a point in time or
// a term).
var durationCases = map[string]bool{"na": true, "voor": true, "tot": true, "op": true, "van": true, "vanaf": true, "vanwege": true, "per": true, "om": true, "naar": true}

// measured finds what a duration without a noun of its own measures, in
// the parse: the first or most of something in that period ("de eerste
// nederlaag in een kwarteeuw", "de zwaarste overstromingen in dertig
// jaar"), the subject of duren ("de bouw duurde twee jaar"), the
// predicate of a copula ("was 25 jaar in handen van de partij"), or the
// clause's verb with its object or else its first complement after the
// figure (or an object before it), as an infinitive phrase ("ligt al 100 dagen in het
// ziekenhuis" → "in het ziekenhuis liggen"), or a verb without one with
// its subject ("de kerk, die al vier jaar leegstond" → "kerk
// leegstaan"); never a bare verb.
func (x *scanner) measured(start, num, end int) (span, bool) {
	u, sp, done := x.predicate(num, end) // de incubatietijd is tien dagen
	if done {
		return sp, sp.text != ""
	}
	d := x.doc
	h := d.Tokens[u].Head
	if h < 0 {
		return span{}, false
	}
	fig := u          // the figure's own head, whose complements stay the event's when u climbs to a comparative
	compared := false // langer dan vijf jaar in de bijstand zitten: what lasts longer is the comparative's clause
	if w := strings.ToLower(d.Tokens[h].Text); d.Tokens[u].Rel == "advcl" && x.word(start-1) == "dan" && (w == "langer" || w == "korter") && d.Tokens[h].Head >= 0 && d.Tokens[d.Tokens[h].Head].POS == nl.VERB {
		u, h, compared = h, d.Tokens[h].Head, true
	}
	if w := strings.ToLower(d.Tokens[h].Text); x.word(num-1) == "dan" && (w == "meer" || w == "minder") && d.Tokens[h].Rel == "obj" && d.Tokens[h].Head >= 0 && d.Tokens[d.Tokens[h].Head].POS == nl.VERB {
		u, h = h, d.Tokens[h].Head // werken we meer dan zestig uur per week: "meer" stands for the figure
	} else if w := strings.ToLower(d.Tokens[h].Text); x.word(num-1) == "dan" && (w == "meer" || w == "minder") && d.Tokens[u].Rel == "advcl" && d.Tokens[h].Rel == "advmod" && d.Tokens[h].Head >= 0 && d.Tokens[d.Tokens[h].Head].POS == nl.VERB {
		u, h, compared = h, d.Tokens[h].Head, true // procederen al meer dan tien jaar tegen de komst: "meer" modifies the verb for the figure
	}
	if t := d.Tokens[h]; h == x.first+end && strings.EqualFold(t.Text, "lang") && t.Head >= 0 && d.Tokens[t.Head].POS == nl.AUX && (strings.HasPrefix(t.Rel, "obl") || t.Rel == "advmod") {
		u, h, compared = h, t.Head, true // waren tien jaar lang in afwachting van een vergunning: "lang" heads the figure for a bare "zijn"
	}
	ongoing := x.word(start-1) == "al" // al twee jaar: a span up to now, never a point before something
	lasting := false                   // duren with a noun subject of its own clause, before it and not set off by a comma
	if sub := d.Subject(h); lastingVerbs[d.Tokens[h].Lemma] && h < x.first+start && sub >= 0 && sub < h && d.Tokens[sub].POS == nl.NOUN {
		lasting = true
		for i := sub + 1; i < h; i++ {
			if d.Tokens[i].Text == "," {
				lasting = false // Bliksemactie of niet, het duurde al bijna een decennium voordat …
			}
		}
	}
	if pointWords[x.word(end)] && !((ongoing || stayVerbs[d.Tokens[h].Lemma]) && x.word(end) == "voor") && !(lasting && x.word(end) == "voordat") && !x.spanBefore(start, end) {
		return span{}, false // (but "de stortvloed duurde 10 tot 20 minuten voordat …": what lasted)
	}
	for i := x.first + end; i < h; i++ {
		if w := d.Tokens[i].Text; w == ";" || w == ":" {
			return span{}, false // was de stad 25 jaar in handen van X; een zwerm … te leggen: another clause
		}
		if w := d.Tokens[i].Text; w == "," && i+1 < len(d.Tokens) && (d.Tokens[i+1].POS == nl.AUX || d.Tokens[i+1].POS == nl.VERB) && d.Tokens[i+1].Feats.Has(nl.FeatFin) {
			return span{}, false // dat zich al een jaar of acht voortsleept, is uitgegroeid: the parse hangs the figure on the main clause's verb
		}
	}
	prep := strings.ToLower(strings.Join(x.caseOf(u), " "))
	rel := d.Tokens[u].Rel
	if compared {
		rel = "obl"
	}
	if v, ok := x.misattached(u, h); ok {
		h, rel = v, "obl" // Een kwart eeuw vormden zij …; leggen zij het werk vijf dagen neer
	}
	switch {
	case strings.HasPrefix(rel, "nmod") && h < x.first+start && d.Tokens[h].POS == nl.NOUN && (prep == "in" || prep == "sinds") && x.extreme(h):
		if x.l.units[strings.ToLower(d.Tokens[h].Text)] != "" {
			return span{}, false
		}
		t := d.Tokens[h]
		return span{text: strings.ToLower(t.Text), start: t.Start, end: t.End}, true // de eerste nederlaag in een kwarteeuw
	case strings.HasPrefix(rel, "nmod") && h < x.first+start && d.Tokens[h].POS == nl.NOUN && prep == "van" && x.pastFrame(start):
		// de grootste operatie van de afgelopen honderd jaar, alle incidenten
		// van de laatste twee jaar: what the period holds, not "periode"
		if x.l.units[strings.ToLower(d.Tokens[h].Text)] != "" || !x.plainOrOf(h) {
			return span{}, false
		}
		t := d.Tokens[h]
		return span{text: strings.ToLower(t.Text), start: t.Start, end: t.End}, true
	case !strings.HasPrefix(rel, "obl") && !(rel == "obj" && (d.Tokens[h].POS == nl.ADJ || d.Tokens[h].POS == nl.ADV || lasting || stayVerbs[d.Tokens[h].Lemma] || activityVerbs[d.Tokens[h].Lemma])) || durationCases[prep]:
		// (duren's duration may be parsed as its object: "de ruimtewandeling duurt ongeveer zeven uur", and
		// a verb of staying's, which takes none: "sta ik een half uur voor de spiegel")
		// (an object of a comparative is its measure: twee maanden langer)
		return span{}, false
	}
	if t := d.Tokens[h]; t.POS == nl.ADJ && t.Rel == "amod" && t.Head > h && strings.HasPrefix(strings.ToLower(t.Text), "oud") && (d.Tokens[t.Head].POS == nl.NOUN || d.Tokens[t.Head].POS == nl.PROPN) {
		n, to := t.Head, t.Head
		for to+1 < len(d.Tokens) && d.Tokens[to+1].Head == n && d.Tokens[to+1].Rel == "flat" {
			to++
		}
		return span{text: d.Text[d.Tokens[n].Start:d.Tokens[to].End], start: d.Tokens[n].Start, end: d.Tokens[to].End}, true // de veertig jaar oude Al Fath-moskee: whose age
	}
	if n, ok := x.agedAfter(u, end); ok {
		return n, true // de dertig jaar oude Al Huda-moskee, with "oude" hung on the figure
	}
	if p := x.first + start - 1; start > 0 && d.Tokens[p].Head == u && d.Tokens[p].Rel == "amod" && d.Tokens[p].POS == nl.VERB && !d.Tokens[p].Feats.Has(nl.FeatFin) && (start < 2 || !isDet(x.low[start-2])) {
		return span{}, false // leidde afgelopen driekwart jaar: a participle frame, as when the parse heads the figure by it
	}
	if sp, ok := x.predicative(u, h); ok {
		return sp, true // haar loon is de afgelopen tien jaar gelijk gebleven
	}
	v := h
	if t := d.Tokens[v]; (t.POS == nl.ADJ || t.POS == nl.ADV) && t.Head >= 0 && d.Tokens[t.Head].POS == nl.VERB {
		v = t.Head // twee maanden langer in het ziekenhuis blijven
	}
	if lastingVerbs[d.Tokens[v].Lemma] {
		s := d.Subject(v)
		if s >= 0 && d.Tokens[s].POS == nl.PRON && s == x.first && x.first+1 < len(d.Tokens) {
			s = x.agreeing(x.antecedent(s), strings.HasSuffix(x.word(1), "n")) // De bouw begint in mei. Die duurt zeven maanden.
		} else if s == x.first+1 && x.verbTakenForNoun(s) {
			s = x.agreeing(x.antecedent(x.first), strings.HasSuffix(x.word(1), "n")) // … het startsein voor de werkzaamheden. Die gaan zeven maanden duren.
		}
		if s >= 0 && d.Tokens[s].POS == nl.NOUN && s != u && !x.verbTakenForNoun(s) {
			return x.nounPhrase(s), true // de bouw duurde twee jaar
		}
		return span{}, false
	}
	if t := d.Tokens[v]; len(d.Dependents(v, "cop")) > 0 && !(t.POS == nl.VERB && t.Feats.Has(nl.FeatPart)) {
		// was 25 jaar in handen van de partij; was tien jaar burgemeester
		// (not a participle, whose "zijn" the parse may take for a copula:
		// "waar ze vijf jaar onder barre omstandigheden gedetineerd zijn")
		if sp, ok := x.phrase(v, 6); ok && sp.start > d.Tokens[x.first+end-1].End {
			return sp, true
		}
		if v == x.first+end && strings.EqualFold(t.Text, "lang") {
			return x.lastedAs(v) // Dat was twee jaar lang het refrein: the parse makes "lang" the predicate
		}
		return span{}, false
	}
	if sp, ok := x.beenIn(u, v, end); ok {
		return sp, true // 24 uur in het museum geweest: where the subject was, as a copula's "in dienst van"
	}
	if t := d.Tokens[v]; t.POS == nl.AUX && t.Lemma == "zijn" && d.Tokens[u].Head == v {
		if sp, ok := x.predicateNoun(u); ok {
			return sp, true // Zijn vader was twintig jaar de burgemeester van het dorp: a bare "zijn" the parse leaves as an auxiliary
		}
	}
	if d.Tokens[v].POS != nl.VERB || d.Tokens[v].Lemma == "" {
		return span{}, false
	}
	if v == x.first+start-1 && !d.Tokens[v].Feats.Has(nl.FeatFin) {
		return span{}, false // afgelopen driekwart jaar: a participle before the figure is its adjective
	}
	lemma := strings.ToLower(d.Tokens[v].Lemma)
	if surface := strings.ToLower(d.Tokens[v].Text); lemma != surface && strings.HasSuffix(lemma, surface) && strings.HasSuffix(surface, "en") && v > 0 && strings.EqualFold(d.Tokens[v-1].Text, "het") {
		lemma = surface // aan het zoeken: zoeken, not a particle verb the text does not hold
	}
	lemma = x.ownParticle(v, lemma)
	if surface := strings.ToLower(d.Tokens[v].Text); d.Tokens[v].Feats.Has(nl.FeatInf) && surface != lemma && strings.HasSuffix(surface, lemma) && x.knownVerb(surface) {
		lemma = surface // zullen bijeenkomen: the particle verb as written, not komen
	} else if surface := strings.ToLower(d.Tokens[v].Text); lightVerbs[lemma] && len(surface) > len(lemma)+2 && strings.HasSuffix(surface, lemma) && !strings.HasSuffix(strings.TrimSuffix(surface, lemma), "ge") {
		lemma = surface // a light verb behind a particle the lexicon does not list is no light verb: bijeenkomen (not a participle: gekomen, uit het water gekomen)
	}
	if surface := strings.ToLower(d.Tokens[v].Text); d.Tokens[v].Rel == "xcomp" && d.Tokens[v].Feats.Has(nl.FeatInf) && strings.HasSuffix(surface, "en") && !strings.HasSuffix(lemma, surface) && x.knownVerb(surface) {
		lemma = surface // gaan vijf dagen staken: an infinitive is its own lemma (not steken)
	}
	if (lemma == "doen" || lemma == "laten") && (len(d.Dependents(v, "xcomp")) > 0 || v+1 < len(d.Tokens) && (d.Tokens[v+1].POS == nl.VERB || strings.HasSuffix(d.Tokens[v+1].Text, "en"))) {
		return span{}, false // doet treinen stranden: the event is the infinitive's, attached elsewhere
	}
	if lemma == "zijn" && d.Tokens[v].POS == nl.VERB {
		if sp, ok := x.predicateNoun(u); ok {
			return sp, true // De Erasmusbrug is al twaalf jaar het decor voor de vuurwerkshow
		}
	}
	surface := strings.ToLower(d.Tokens[v].Text)
	if own := lemma == surface; (!x.knownVerb(lemma) || own && x.perfect(v)) && (d.Tokens[v].Feats.Has(nl.FeatPart) || isParticiple(surface)) && !copulaVerbs[lemma] && !copulaParticiples[surface] {
		lemma = surface // a guessed lemma (bestuuren, herkiezen) reads worse than the participle as written: in een cel vastgezeten
	} else if !x.knownVerb(lemma) && !own && !weakForm(surface, lemma) || own && (d.Tokens[v].Feats.Has(nl.FeatPart) || isParticiple(lemma) && !strings.HasPrefix(lemma, "ge")) && !x.sameParticiple(v, lemma) || copulaVerbs[lemma] {
		return span{}, false // geven is a verb
	}
	objs := d.Dependents(v, "obj")
	for i, o := range objs {
		if o > x.first+end-1 {
			if i+1 < len(objs) && quantityNouns[strings.ToLower(d.Tokens[o].Text)] && objs[i+1] <= o+3 {
				continue // een aantal wisselende geldschieters hebben: the parse parts the quantity from what it counts
			}
			if sp, ok := x.phrase(o, 5); ok {
				if occurVerbs[lemma] {
					return sp, true // a subject the parse reads as the object of an intransitive
				}
				return x.acting(sp, v, lemma), true // kreeg vier jaar geleden een klap
			}
		}
	}
	if sp, ok := x.takesOver(u, v, end, lemma); ok {
		return sp, true // doet een half jaar over het goedkeuren van een regel
	}
	children := append(d.Children(u), d.Children(v)...)
	if fig != u {
		children = append(children, d.Children(fig)...) // meer dan tien jaar tegen de komst: the parse hangs the complement on the figure
	}
	for _, c := range children {
		if c <= x.first+end-1 || c == u || c == x.first+end && x.word(end) == "tijd" {
			continue // (in drie jaar tijd: the span's own word)
		}
		r := d.Tokens[c].Rel
		if !(strings.HasPrefix(r, "obl") || r == "obj" || strings.HasPrefix(r, "nmod") && (d.Tokens[c].Head == u || d.Tokens[c].Head == fig)) || r == "obl:agent" {
			continue
		}
		if p := x.caseOf(c); len(p) > 0 && (p[0] == "door" || p[0] == "na" || p[0] == "voor" && r != "obl:arg" && !((ongoing || stayVerbs[lemma]) && c > u) || p[0] == "sinds" || p[0] == "van" || p[0] == "per") {
			continue // by whom, after or before what, from where, how often: no part of the event (but "pleiten voor"; "werkt al 24 jaar voor de club")
		}
		sp, ok := x.phrase(c, 5)
		if !ok {
			continue
		}
		return x.acting(sp, v, lemma), true // in het ziekenhuis liggen
	}
	for _, o := range d.Dependents(v, "obj") {
		if sp, ok := x.phrase(o, 6); ok && o != u {
			return x.acting(sp, v, lemma), true // die hij tien jaar geleden de macht greep
		}
	}
	for _, a := range d.Dependents(v, "advmod") {
		if w := strings.ToLower(d.Tokens[a].Text); directions[w] && a > u {
			lemma = w + " " + lemma // gingen tien jaar lang omhoog
			break
		}
	}
	if s := x.ownSubject(v); s >= 0 && stayVerbs[lemma] && prep == "" && !x.nounObject(v) && len(d.Dependents(v, "xcomp")) == 0 {
		if sp, ok := x.subjectPhrase(s, 5); ok {
			return sp, true // de minister zit er nu bijna anderhalf jaar: who stays that long
		}
	}
	if sp, ok := x.infinitiveEvent(u, v); ok {
		return sp, true // de duikboot, die al 17 jaar ligt weg te rotten; belooft alle beschuldigingen binnen drie weken te rectificeren
	}
	passive := len(d.Dependents(v, "aux:pass")) > 0
	light := lightVerbs[lemma] || !strings.HasSuffix(lemma, "n")
	if light && !passive {
		return span{}, false
	}
	if s := x.controlled(v); s >= 0 && !light && !x.nounObject(v) && len(d.Dependents(v, "xcomp")) == 0 && !x.saysThat(v) {
		if sp, ok := x.subjectPhrase(s, 4); ok {
			if occurVerbs[lemma] {
				return sp, true // eens in de vier jaar moet een oefening plaatsvinden: the event itself
			}
			return x.acting(sp, v, lemma), true // de kerk, die al vier jaar leegstond
		}
	}
	if passive {
		// what is done to the passive's subject, with the participle as
		// written (a light verb's too: "worden gehouden")
		if s := x.passiveSubject(v); s >= 0 && s != u && !x.saysThat(v) {
			return x.acting(x.namePhrase(s), v, strings.ToLower(d.Tokens[v].Text)), true // de verkiezingen, die over twee weken worden gehouden
		}
		return span{}, false // werden 365 dagen per jaar te huur aangeboden: a bare passive verb names no object
	}
	// an object or subject too long for phrase: its head noun with the
	// verb ("de zetels van de Provinciale Staten van Gelderland bezetten",
	// "het aantal gezonde jaren stijgt", where jaren is a unit)
	for _, o := range d.Dependents(v, "obj") {
		if o != u && x.plainNoun(o) && !x.setOff(o) {
			return x.acting(x.namePhrase(o), v, lemma), true // (not "Tibi, zelf belijdend moslim,": an apposition)
		}
	}
	if s := x.controlled(v); s >= 0 && s != u && (x.plainNoun(s) || x.singleName(s)) && !x.setOff(s) && !x.nounObject(v) && len(d.Dependents(v, "xcomp")) == 0 && !x.saysThat(v) {
		return x.acting(x.namePhrase(s), v, lemma), true // (a name too: "De 58-jarige Tilburger moet zeker twintig jaar uitzitten" → Tilburger uitzitten)
	}
	if sp, ok := x.longOblique(h, v, fig, end, lemma); ok {
		return sp, true
	}
	if activityVerbs[lemma] && !x.negated(v) && !x.timeFrame(start) {
		// (a time frame with no noun subject stays a bare period: "we hebben de afgelopen vier jaar hard gewerkt")
		t := d.Tokens[v]
		return span{text: lemma, start: t.Start, end: t.End}, true // moet u een half uur wachten
	}
	// a bare verb names no thing: "Dat wat u in twintig jaar heeft
	// opgebouwd" is no "opbouwen", "trekken we al honderd jaar aan" no
	// "trekken"; judged wrong more often than not where its object, its
	// particle or its subject is missing
	return span{}, false
}

// longOblique finds a duration's event in a complement after the figure
// (ending at sentence token end) too long for phrase: its preposition,
// article and head noun with that noun's complement, and the lemma of
// verb v. The complement is an oblique of v or of h, the figure's head,
// or one the parse hangs on the figure fig itself: "sprak drie uur lang
// met louter mannelijke kopstukken uit haar regering" → "met kopstukken
// spreken", "procederen al tien jaar tegen de bouw van de fabriek" →
// "tegen de bouw van de fabriek procederen".
func (x *scanner) longOblique(h, v, fig, end int, lemma string) (span, bool) {
	d := x.doc
	for _, c := range append(append(d.Children(h), d.Children(v)...), d.Children(fig)...) {
		if x.negated(v) {
			break // drie maanden niet aangemeld bij een vennootschap: a span without the event
		}
		if r := d.Tokens[c].Rel; c <= x.first+end-1 || r != "obl" && r != "obl:arg" && !(r == "nmod" && d.Tokens[c].Head == fig) || !x.plainNoun(c) || x.setOff(c) {
			continue // (and the parse may hang it on the figure: "procederen al tien jaar tegen de bouw van de fabriek")
		}
		p := d.Dependents(c, "case")
		article := len(p) == 1 && p[0] == c-2 && d.Tokens[c-1].POS == nl.DET && d.Tokens[c-1].Head == c // tegen de bouw van …
		if len(p) != 1 || p[0] != c-1 && !article && !(p[0] < c-1 && d.Tokens[c-1].POS == nl.ADJ) || strayCases[strings.ToLower(d.Tokens[p[0]].Text)] {
			continue
		}
		n := x.nounPhrase(c)
		head := strings.ToLower(d.Tokens[p[0]].Text)
		if article {
			head += " " + strings.ToLower(d.Tokens[c-1].Text)
		}
		return x.acting(span{text: head + " " + n.text, start: d.Tokens[p[0]].Start, end: n.end}, v, lemma), true
	}
	return span{}, false
}

// beenCases open the complement of a main verb "zijn" that says where
// or in what state its subject is: "in het museum", "bij de club".
var beenCases = map[string]bool{"in": true, "bij": true, "op": true, "aan": true, "onder": true}

// beenIn finds where a duration at doc token u is spent when its verb v
// is "zijn" as a main verb (also the participle "geweest", which the
// lemmatiser may miss, and a form of "zijn" the parse leaves bare under
// "N jaar lang"): its first complement after the figure with a
// preposition of place or state, as the predicate of a copula is read
// ("Hij is twee dagen in het ziekenhuis geweest" → in het ziekenhuis,
// "waren tien jaar lang in afwachting van een vergunning"). Not the
// perfect or passive auxiliary, which the parse hangs on its participle.
func (x *scanner) beenIn(u, v, end int) (span, bool) {
	d := x.doc
	t := d.Tokens[v]
	if !(t.POS == nl.VERB && (t.Lemma == "zijn" || strings.EqualFold(t.Text, "geweest")) || t.POS == nl.AUX && t.Lemma == "zijn" && d.Tokens[u].Head == v) {
		return span{}, false
	}
	for _, c := range append(d.Children(v), d.Children(u)...) {
		if c <= x.first+end-1 || c == u || d.SentenceOf(c) != x.si {
			continue
		}
		if r := d.Tokens[c].Rel; r != "obl" && r != "xcomp" {
			continue
		}
		if p := x.caseOf(c); len(p) == 1 && beenCases[strings.ToLower(p[0])] {
			return x.phrase(c, 5)
		}
	}
	return span{}, false
}

// activityVerbs name, without object or subject, an activity a span of
// time is spent on, so their bare lemma tells what the duration lasts:
// "werken we zestig uur per week" → werken, "moet u een half uur
// wachten" → wachten. A verb that needs its object or particle to say
// what happens (opbouwen, trekken) is no such verb.
// They take no object, so a duration the parse hangs on one as its
// object is its clause's ("moet u een half uur wachten").
var activityVerbs = map[string]bool{
	"werken": true, "wachten": true, "trainen": true, "opladen": true, "slapen": true, "studeren": true,
	"sporten": true, "staken": true, "onderhandelen": true, "vergaderen": true, "fietsen": true,
	"wandelen": true, "zwemmen": true, "hardlopen": true, "reizen": true, "rijden": true,
	"praten": true, "oefenen": true, "repeteren": true, "dansen": true, "schaatsen": true,
}

// pastFrame reports a duration on sentence tokens from start that "de
// afgelopen", "de laatste" or "de voorbije" opens: a period up to now.
func (x *scanner) pastFrame(start int) bool {
	switch x.word(start - 1) {
	case "afgelopen", "laatste", "voorbije":
		return x.word(start-2) == "de"
	}
	return false
}

// plainOrOf reports a noun at doc token h without a preposition or
// after "van": "alle incidenten van de afgelopen twee jaar", "een deel van
// de productiestijging van de laatste twee decennia"; in "aanmeldingen
// van studenten met een sportbeurs van de afgelopen vier jaar" the
// period is the aanmeldingen', not the sportbeurs'.
func (x *scanner) plainOrOf(h int) bool {
	p := x.caseOf(h)
	return len(p) == 0 || len(p) == 1 && p[0] == "van"
}

// takesOver reads the idiom "N over X doen", how long X takes: the noun
// of the "over" phrase after the duration at doc token u on verb v,
// whether the parse hangs it on the verb or on the figure ("Brussel doet
// een half jaar over het goedkeuren van een regel" → goedkeuren van een
// regel). "er N over doen" points back and names nothing here.
func (x *scanner) takesOver(u, v, end int, lemma string) (span, bool) {
	if lemma != "doen" {
		return span{}, false
	}
	d := x.doc
	for _, c := range append(d.Children(u), d.Children(v)...) {
		if c <= x.first+end-1 || d.Tokens[c].POS != nl.NOUN || x.firstCase(c) != "over" || d.SentenceOf(c) != x.si {
			continue
		}
		if sp, ok := x.subjectPhrase(c, 7); ok {
			return sp, true
		}
		return x.nounPhrase(c), true
	}
	return span{}, false
}

// infinitiveEvent finds what a duration at doc token u measures when its
// verb v says nothing alone and a "te" infinitive names the event: the
// infinitive after the figure that v governs, with its object or first
// complement ("verwachten binnen twee weken meer details te geven" → meer
// details geven, "probeert al elf jaar voor elkaar te krijgen"), or v
// itself as such an infinitive with the object the parse hangs on the
// verb governing it ("belooft alle beschuldigingen binnen drie weken te
// rectificeren" → beschuldigingen rectificeren).
func (x *scanner) infinitiveEvent(u, v int) (span, bool) {
	d := x.doc
	marked := func(c int) bool {
		for _, m := range d.Dependents(c, "mark") {
			if strings.EqualFold(d.Tokens[m].Text, "te") {
				return d.Tokens[c].POS == nl.VERB && d.Tokens[c].Feats.Has(nl.FeatInf)
			}
		}
		return false
	}
	for _, c := range d.Dependents(v, "xcomp") {
		if c < u || !marked(c) {
			continue
		}
		for _, o := range append(d.Dependents(c, "obj"), d.Children(c)...) {
			if r := d.Tokens[o].Rel; o > u && o < c && (r == "obj" || strings.HasPrefix(r, "obl") && r != "obl:agent") {
				if sp, ok := x.phrase(o, 5); ok {
					return x.acting(sp, c, x.infinitive(c)), true
				}
			}
		}
		bare := len(d.Dependents(c, "ccomp")) == 0
		for _, o := range d.Children(c) {
			if r := d.Tokens[o].Rel; o < c && (r == "obj" || strings.HasPrefix(r, "obl")) {
				bare = false // probeert voor elkaar te krijgen: a complement the phrase could not read
			}
		}
		if s := x.controlled(v); s >= 0 && bare && !x.setOff(s) {
			if sp, ok := x.subjectPhrase(s, 4); ok {
				return x.acting(sp, c, x.infinitive(c)), true // de duikboot, die al 17 jaar ligt weg te rotten → duikboot wegrotten
			}
		}
		return span{}, false
	}
	if g := d.Tokens[v].Head; d.Tokens[v].Rel == "xcomp" && marked(v) && g >= 0 && len(d.Dependents(v, "obj")) == 0 {
		for _, o := range d.Dependents(g, "obj") {
			if o > g && o < u && d.Tokens[o].POS == nl.NOUN {
				if sp, ok := x.phrase(o, 5); ok {
					return x.acting(sp, v, x.infinitive(v)), true
				}
			}
		}
	}
	return span{}, false
}

// infinitive returns the "te" infinitive at doc token c as written, with
// the particle written before "te" ("neer te leggen" → neerleggen).
func (x *scanner) infinitive(c int) string {
	d := x.doc
	w := strings.ToLower(d.Tokens[c].Text)
	for _, p := range d.Dependents(c, "compound:prt") {
		if p < c {
			return strings.ToLower(d.Tokens[p].Text) + w
		}
	}
	return w
}

// lastedAs returns the predicate noun of a copula whose predicate the
// parse takes to be the "lang" at doc token v after a duration: the
// first noun with an article and no preposition it hangs on "lang" after
// it, not set off by a comma ("Dat was bijna twee jaar lang het refrein
// van de president" → refrein van de president).
func (x *scanner) lastedAs(v int) (span, bool) {
	d := x.doc
	for _, n := range d.Children(v) {
		if n < v || d.Tokens[n].POS != nl.NOUN || len(x.caseOf(n)) > 0 || len(d.Dependents(n, "det")) == 0 || !x.plainNoun(n) || x.commaBetween(v, n) {
			continue
		}
		if sp, ok := x.phrase(n, 6); ok {
			return sp, true
		}
		return x.nounPhrase(n), true
	}
	return span{}, false
}

// predicateNoun returns the predicate of "zijn" that the parse hangs on
// the duration at doc token u as a complement without a preposition, a
// noun with its article after the figure: "De Erasmusbrug is al twaalf
// jaar het decor voor de nationale vuurwerkshow" → decor voor de
// nationale vuurwerkshow (what the subject has been that long). The parse
// may call it an apposition ("was zeven jaar de hoogste ambtenaar"); one
// set off by a comma is none.
func (x *scanner) predicateNoun(u int) (span, bool) {
	d := x.doc
	for _, n := range append(d.Dependents(u, "nmod"), d.Dependents(u, "appos")...) {
		if n < u || d.Tokens[n].POS != nl.NOUN || len(x.caseOf(n)) > 0 || len(d.Dependents(n, "det")) == 0 || !x.plainNoun(n) {
			continue
		}
		if d.Tokens[n].Rel == "appos" && x.commaBetween(u, n) {
			continue
		}
		if sp, ok := x.phrase(n, 6); ok {
			return sp, true
		}
		return x.nounPhrase(n), true
	}
	return span{}, false
}

// misattached returns the verb a bare duration at doc token u belongs to
// when the parse hangs it elsewhere: as a subject of verb h that has
// another subject after it, the fronted span of an inverted clause ("Een
// kwart eeuw vormden zij zijn loyaalste kiezers"), or as a complement
// without a preposition of the noun h before it that is the object or
// subject of a verb ("leggen zij nu het werk vijf dagen neer").
func (x *scanner) misattached(u, h int) (int, bool) {
	d := x.doc
	if len(d.Dependents(u, "case")) > 0 {
		return -1, false
	}
	switch d.Tokens[u].Rel {
	case "nsubj":
		if d.Tokens[h].POS != nl.VERB || h < u {
			return -1, false
		}
		for _, s := range d.Dependents(h, "nsubj") {
			if s > h && s != u {
				return h, true
			}
		}
	case "nmod":
		t := d.Tokens[h]
		if t.POS != nl.NOUN || h > u || t.Head < 0 || d.Tokens[t.Head].POS != nl.VERB {
			return -1, false
		}
		for i := h + 1; i < u; i++ {
			if d.Tokens[i].Kind == nl.Punct {
				return -1, false // De president, al twaalf jaar aan de macht, …: an apposition
			}
		}
		if r := t.Rel; r == "obj" || r == "nsubj" || r == "nsubj:pass" {
			return t.Head, true
		}
	}
	return -1, false
}

// sameParticiple reports a passive participle at doc token v that is
// written as its infinitive, a verb of the lexicon: "de mal werd in acht
// weken tijd vervangen" (vervangen, ontvangen, vergeten), not a
// participle the lexicon lists as an adjective.
func (x *scanner) sameParticiple(v int, lemma string) bool {
	return x.l.pos[lemma] == "VERB" && strings.HasSuffix(lemma, "en") && len(x.doc.Dependents(v, "aux:pass")) > 0
}

// predicative finds what a duration on doc token u measures when its
// clause says a state of its subject, with an adjective after a copula or
// a verb of staying ("haar loon is tien jaar gelijk gebleven", "het
// nummer is al vier maanden hoorbaar en zichtbaar"): the subject's noun
// phrase with the adjective and those coordinated with it, and the verb
// when it is not zijn ("loon gelijk blijven", "nummer hoorbaar en
// zichtbaar"). A comparative ("drie jaar langer") is the measure of a
// difference, and a pronoun subject names no thing.
func (x *scanner) predicative(u, h int) (span, bool) {
	d := x.doc
	if !strings.HasPrefix(d.Tokens[u].Rel, "obl") {
		return span{}, false
	}
	a, v := -1, -1
	switch t := d.Tokens[h]; {
	case (t.POS == nl.ADJ || t.POS == nl.ADV && x.ownSubject(h) >= 0) && len(d.Dependents(h, "cop")) > 0:
		a, v = h, h // the parse hangs the subject on the adjective (or adverb: "is de coalitie onderweg")
	case t.POS == nl.ADJ && (t.Rel == "advmod" || t.Rel == "xcomp") && t.Head >= 0 && stateVerbs[d.Tokens[t.Head].Lemma]:
		a, v = h, t.Head
	case x.barePredicate(u, h) && (stateVerbs[d.Tokens[t.Head].Lemma] || stayVerbs[d.Tokens[t.Head].Lemma]):
		a, v = h, t.Head // de weg blijft twee weken gesloten, het treinverkeer ligt drie dagen plat: the parse hangs the figure on the predicate
	case t.POS == nl.VERB && stateVerbs[t.Lemma]:
		for _, c := range d.Dependents(h, "xcomp") {
			if d.Tokens[c].POS == nl.ADJ || d.Tokens[c].POS == nl.VERB && d.Tokens[c].Feats.Has(nl.FeatPart) {
				a, v = c, h // blijft twee weken gesloten
				break
			}
		}
		if a < 0 && t.Lemma != "zijn" && len(d.Dependents(h, "xcomp")) == 0 {
			for _, c := range d.Dependents(h, "advmod") {
				if d.Tokens[c].POS == nl.ADJ && c < h && !strings.EqualFold(d.Tokens[c].Text, "lang") {
					a, v = c, h // is bijna gelijk gebleven: the complement the parse hangs as an adverb
					break
				}
			}
		}
	}
	if a < 0 || a < u || len(d.Dependents(a, "case")) > 0 {
		return span{}, false
	}
	if w := strings.ToLower(d.Tokens[a].Text); len(w) > 4 && strings.HasSuffix(w, "er") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "ste") || w == "oud" || w == "jong" {
		return span{}, false // drie jaar langer, het langst: a comparison; 4,5 miljard jaar oud: an age
	}
	s := x.ownSubject(v)
	if s < 0 && x.personal(v) {
		return x.stateOf(u, a, to(d, a), v) // Kun je nou niet eens één dagje niet angstig zijn?
	}
	to := to(d, a)
	state, stateEnd := d.Text[d.Tokens[a].Start:d.Tokens[to].End], d.Tokens[to].End
	for _, c := range d.Children(a) {
		if strings.HasPrefix(d.Tokens[c].Rel, "obl") && c > a {
			cs, ok := x.complementOf(c)
			if !ok {
				return span{}, false // (a complement too long to say)
			}
			state += " " + cs.text // zoet met vergaderen, bezig met het rapport: the state with what it is about
			stateEnd = max(stateEnd, cs.end)
			break
		}
	}
	if s < 0 || s == u {
		return span{}, false
	}
	sp, ok := x.subjectPhrase(s, 4)
	if !ok && x.plainNoun(s) && !x.setOff(s) {
		sp, ok = x.namePhrase(s), true // an object too long for a phrase: its head noun
	}
	if !ok {
		return span{}, false
	}
	text := sp.text + " " + state
	if l := d.Tokens[v].Lemma; d.Tokens[v].POS == nl.VERB && l != "zijn" {
		text += " " + l
	}
	return span{text: text, start: min(sp.start, d.Tokens[a].Start), end: max(sp.end, stateEnd)}, true
}

// barePredicate reports a one-word predicate at doc token h of a verb,
// which the parse makes the head of the duration at doc token u: a
// participle or a word the tagger took for a verb it does not know
// ("blijft twee weken gesloten", "ligt drie dagen plat", where plat is
// read as a verb "plafen"), with no words of its own but the figure.
func (x *scanner) barePredicate(u, h int) bool {
	d := x.doc
	t := d.Tokens[h]
	if t.POS != nl.VERB || t.Rel != "xcomp" || t.Head < 0 || t.Head > h || !(t.Feats.Has(nl.FeatPart) || !x.knownVerb(t.Lemma)) {
		return false
	}
	for _, c := range d.Children(h) {
		if c != u && d.Tokens[c].Kind != nl.Punct {
			return false
		}
	}
	return true
}

// complementOf returns the prepositional complement at doc token c of
// an adjective as written: a short noun phrase ("met het rapport") or an
// infinitive right after its preposition, without what follows it ("zoet
// met vergaderen over de onderzoeksvraag" → met vergaderen).
func (x *scanner) complementOf(c int) (span, bool) {
	d := x.doc
	if sp, ok := x.phrase(c, 5); ok {
		return sp, true
	}
	p := d.Dependents(c, "case")
	if t := d.Tokens[c]; t.POS == nl.VERB && t.Feats.Has(nl.FeatInf) && len(p) == 1 && p[0] == c-1 {
		return span{text: d.Text[d.Tokens[p[0]].Start:t.End], start: d.Tokens[p[0]].Start, end: t.End}, true
	}
	return span{}, false
}

// personal reports a personal pronoun subject of v, whose state a
// duration may measure ("je bent al vier maanden hoorbaar"); het, dat
// and er stand for a thing or a clause.
func (x *scanner) personal(v int) bool {
	for _, s := range x.doc.Dependents(v, "nsubj") {
		if personalPronouns[strings.ToLower(x.doc.Tokens[s].Text)] {
			return true
		}
	}
	return false
}

// to returns the last of the adjectives coordinated with the one at doc
// token a: "hoorbaar en zichtbaar".
func to(d *nl.Doc, a int) int {
	last := a
	for _, c := range d.Dependents(a, "conj") {
		if d.Tokens[c].POS == nl.ADJ && c == last+2 && d.Tokens[c-1].POS == nl.CCONJ {
			last = c
		}
	}
	return last
}

// stateOf returns the state the adjectives at doc tokens [a, last] name
// for the duration at doc token u
// with the verb that links them, as an infinitive phrase, with "niet" when
// it stands right before them and the adjective's complement: "niet
// angstig zijn", "hoorbaar en zichtbaar zijn", "met die groene missie
// bezig zijn". A complement too long for a phrase names no state.
func (x *scanner) stateOf(u, a, last, v int) (span, bool) {
	d := x.doc
	from := a
	if a > 0 && strings.EqualFold(d.Tokens[a-1].Text, "niet") {
		from = a - 1
	}
	text := d.Text[d.Tokens[from].Start:d.Tokens[last].End]
	for _, c := range d.Children(a) {
		if strings.HasPrefix(d.Tokens[c].Rel, "obl") && c != u {
			sp, ok := x.phrase(c, 5)
			if !ok {
				return span{}, false
			}
			if c < a {
				text, from = sp.text+" "+text, c
			} else {
				text += " " + sp.text
			}
			break
		}
	}
	verb := "zijn"
	if d.Tokens[v].POS == nl.VERB && d.Tokens[v].Lemma != "" {
		verb = strings.ToLower(d.Tokens[v].Lemma)
	}
	return span{text: text + " " + verb, start: min(d.Tokens[from].Start, d.Tokens[a].Start), end: d.Tokens[last].End}, true
}

// stateVerbs link a subject to a state an adjective names: "is
// hoorbaar", "bleef gelijk", "wordt zichtbaar".
var stateVerbs = map[string]bool{"zijn": true, "blijven": true, "worden": true, "lijken": true, "raken": true}

// controlled returns the noun subject of verb v, or for an infinitive
// the parse hangs on a verb that governs it the governing verb's ("de
// boa's gaan vijf dagen staken"), or -1.
func (x *scanner) controlled(v int) int {
	d := x.doc
	if s := x.ownSubject(v); s >= 0 || d.Tokens[v].Rel != "xcomp" {
		if s < 0 && len(d.Dependents(v, "nsubj")) == 0 {
			for _, a := range d.Dependents(v, "aux") {
				if s = x.ownSubject(a); s >= 0 {
					break // heeft Caputova veertien jaar lang gevochten: the parse may hang the subject on the auxiliary
				}
			}
		}
		return s
	}
	if g := d.Tokens[v].Head; g >= 0 && d.Tokens[g].POS == nl.VERB && lightVerbs[d.Tokens[g].Lemma] && d.Tokens[v].Feats.Has(nl.FeatInf) {
		return x.ownSubject(g)
	}
	return -1
}

// spanBefore reports a figure that opens its sentence with "de" before
// an adverb of sequence, the whole span before or after another one ("De
// zeven jaar daarvoor werkte ze op de ambassade"), not a point in time.
func (x *scanner) spanBefore(start, end int) bool {
	switch x.word(end) {
	case "daarvoor", "daarna", "ervoor", "erna":
		return start == 1 && x.word(0) == "de"
	}
	return false
}

// negated reports "niet" or "nooit" on verb v.
func (x *scanner) negated(v int) bool {
	for _, a := range x.doc.Dependents(v, "advmod") {
		if w := strings.ToLower(x.doc.Tokens[a].Text); w == "niet" || w == "nooit" {
			return true
		}
	}
	return false
}

// strayCases mark an oblique that is no part of the event a duration
// measures: by whom, after or before what, since when, from where, or
// a time ("op donderdagavond", "tijdens de zomer").
var strayCases = map[string]bool{"door": true, "na": true, "voor": true, "sinds": true, "van": true, "tijdens": true, "op": true, "om": true, "rond": true, "tot": true, "vanaf": true, "per": true}

// saysThat reports a clausal complement of verb v ("zegt dat …"); a
// relative clause the parse hangs on the verb as one ("een premier
// aantreedt die heeft verklaard dat …", opening with "die") is none.
func (x *scanner) saysThat(v int) bool {
	d := x.doc
	for _, c := range d.Dependents(v, "ccomp") {
		from, _ := d.Span(c)
		if w := strings.ToLower(d.Tokens[from].Text); w != "die" && w != "wat" && w != "welke" {
			return true
		}
	}
	return false
}

// occurVerbs say only that their subject takes place: "een oefening
// vindt plaats" names the event in its subject alone.
var occurVerbs = map[string]bool{"plaatsvinden": true, "gebeuren": true, "voorkomen": true, "optreden": true, "plaatshebben": true}

// nounObject reports an object of verb v that is a noun or a name; a
// pronoun the parse hangs on it ("zou het kunnen dat over twee jaar een
// premier aantreedt") does not count.
func (x *scanner) nounObject(v int) bool {
	for _, o := range x.doc.Dependents(v, "obj") {
		if p := x.doc.Tokens[o].POS; p == nl.NOUN || p == nl.PROPN {
			return true
		}
	}
	return false
}

// rPronouns take a preposition that the parse may read as a verb
// particle: "er alles aan gedaan" is doen, not aandoen.
var rPronouns = map[string]bool{"er": true, "daar": true, "hier": true, "waar": true}

// ownParticle returns lemma without its particle when that particle is
// a preposition: followed by an article or a number ("in diezelfde acht
// jaar bekijken" is bekijken), or the preposition of an R-pronoun before
// it (the parse's oblique, not the expletive "er" of "kwamen er klachten
// binnen"): "hebben er alles aan gedaan" → doen.
func (x *scanner) ownParticle(v int, lemma string) string {
	d := x.doc
	for _, p := range d.Dependents(v, "compound:prt") {
		w := strings.ToLower(d.Tokens[p].Text)
		rest, ok := strings.CutPrefix(lemma, w)
		if !ok || rest == "" {
			continue
		}
		if p+1 < len(d.Tokens) && (d.Tokens[p+1].POS == nl.DET || d.Tokens[p+1].POS == nl.NUM) {
			return rest // in diezelfde acht jaar bekijken: a preposition, not a particle
		}
		for _, c := range d.Children(v) {
			if c < p && rPronouns[strings.ToLower(d.Tokens[c].Text)] && strings.HasPrefix(d.Tokens[c].Rel, "obl") {
				return rest
			}
		}
	}
	return lemma
}

// directions are adverbs that complete a verb of motion into a change:
// "de koersen gingen omhoog".
var directions = map[string]bool{"omhoog": true, "omlaag": true, "vooruit": true, "achteruit": true}

// firstCase returns the first lowercased preposition marking doc token
// n, or "".
func (x *scanner) firstCase(n int) string {
	if p := x.caseOf(n); len(p) > 0 {
		return p[0]
	}
	return ""
}

// caseOf returns the lowercased prepositions marking doc token n.
func (x *scanner) caseOf(n int) []string {
	var out []string
	for _, c := range x.doc.Dependents(n, "case") {
		out = append(out, strings.ToLower(x.doc.Tokens[c].Text))
	}
	return out
}

// phraseRels are the relations inside a noun phrase that phrase keeps:
// its preposition, article, adjectives, compounds, a name in apposition,
// coordinated nouns and their complements; relative clauses and the like
// are left out.
var phraseRels = map[string]bool{"case": true, "det": true, "amod": true, "compound": true, "flat": true, "fixed": true, "nmod": true, "appos": true, "conj": true, "cc": true, "nmod:poss": true}

// phrase returns the words of the noun phrase (or prepositional phrase)
// headed by doc token h, without a leading article or "alle", when it is
// a noun or name phrase of at most most words that says no time or
// number, in one sentence and without punctuation. The preposition of an
// object is dropped ("door gratis verkregen grond" as the parse may hang
// it).
func (x *scanner) phrase(h, most int) (span, bool) {
	d := x.doc
	switch d.Tokens[h].POS {
	case nl.NOUN, nl.PROPN:
	default:
		return span{}, false
	}
	from, to := h, h
	stack := []int{h}
	for n := 0; len(stack) > 0 && n < 64; n++ {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		from, to = min(from, i), max(to, i)
		for _, c := range d.Children(i) {
			if r := d.Tokens[c].Rel; phraseRels[r] && (r != "nmod" || x.partOfPhrase(c)) {
				stack = append(stack, c)
			}
		}
	}
	for from < h && (d.Tokens[from].POS == nl.DET && strings.ToLower(d.Tokens[from].Text) != "geen" || d.Tokens[from].Rel == "nmod:poss" || d.Tokens[from].POS == nl.ADP && d.Tokens[h].Rel == "obj") {
		from++ // de, het, een, alle, haar (diploma)
	}
	if to-from+1 > most || d.SentenceOf(from) != d.SentenceOf(to) {
		return span{}, false
	}
	if d.Tokens[from].POS == nl.CCONJ {
		return span{}, false // "en in de campagne": the second half of a coordination
	}
	if from > 0 && d.Tokens[from-1].Text == "," && d.SentenceOf(from-1) == d.SentenceOf(from) {
		return span{}, false // set off by a comma: an apposition or afterthought, no complement of the verb
	}
	for i := from; i <= to; i++ {
		t := d.Tokens[i]
		w := strings.ToLower(t.Text)
		if t.Kind == nl.Number || t.POS == nl.NUM || t.POS == nl.PRON || (t.POS == nl.VERB || t.POS == nl.AUX) && t.Rel != "amod" || x.l.months[w] || x.l.units[w] != "" || t.Kind == nl.Punct && t.Text != "-" {
			return span{}, false
		}
		if _, ok := ParseWord(w); ok && w != "een" || x.l.mults[w] > 0 || w == "keer" || w == "keren" || w == "maal" {
			return span{}, false // een half miljoen, een of meerdere keren: a quantity, not a thing
		}
	}
	sp := span{text: d.Text[d.Tokens[from].Start:d.Tokens[to].End], start: d.Tokens[from].Start, end: d.Tokens[to].End}
	if d.Tokens[h].POS == nl.NOUN && from == h {
		sp.text = strings.ToLower(sp.text[:len(d.Tokens[h].Text)]) + sp.text[len(d.Tokens[h].Text):]
	}
	return sp, true
}

// tradeVerbs buy, sell or let what their object names, for the sum "voor
// …" that follows: "koopt de gronden voor 18 miljoen euro terug".
var tradeVerbs = map[string]bool{
	"kopen": true, "verkopen": true, "terugkopen": true, "aankopen": true, "opkopen": true, "overnemen": true,
	"huren": true, "verhuren": true, "aanbieden": true, "leveren": true, "bestellen": true, "verkrijgen": true,
	"krijgen": true, "inkopen": true, "veilen": true, "verpanden": true, "uitgeven": true, "ontvangen": true, "verdienen": true, "incasseren": true,
}

// estimateVerbs put a value on their object with "op": "schat de waarde
// van de campagne op 670 duizend euro".
var estimateVerbs = map[string]bool{"schatten": true, "ramen": true, "begroten": true, "taxeren": true, "becijferen": true, "waarderen": true, "stellen": true}

// transactionNouns are nouns whose price a sum "voor …" later in the
// clause gives: "door de verkoop van de bank, voor 1,4 miljard dollar".
var transactionNouns = map[string]bool{
	"verkoop": true, "aankoop": true, "overname": true, "koop": true, "bod": true, "transactie": true, "deal": true,
}

// periodVerbs lengthen, shorten or move something in time by a period
// "met N jaar".
var periodVerbs = map[string]bool{"verlengen": true, "verkorten": true, "uitstellen": true, "opschorten": true, "vervroegen": true, "verschuiven": true, "opschuiven": true, "uitbreiden": true, "inkorten": true, "vertragen": true}

// periodChanged finds what a period "met N jaar" lengthens, shortens or
// moves: the object of the verb, or the subject of its passive ("de
// handelsvergunning kon met vijf jaar worden verlengd").
func (x *scanner) periodChanged(num int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	v := d.Clause(x.first + num)
	if v < 0 || d.Tokens[v].POS != nl.VERB || !periodVerbs[x.ownParticle(v, strings.ToLower(d.Tokens[v].Lemma))] {
		return span{}, false
	}
	cands := append(d.Dependents(v, "obj"), d.Dependents(v, "nsubj:pass")...)
	if d.Passive(v) {
		cands = append(cands, d.Dependents(v, "nsubj")...)
	}
	for _, o := range cands {
		if d.Tokens[o].POS == nl.NOUN && d.SentenceOf(o) == x.si {
			return x.nounPhrase(o), true
		}
	}
	return span{}, false
}

// payVerbs are the verbs of paying a fronted "voor" phrase names the
// purchase of.
var payVerbs = map[string]bool{"betalen": true, "aftikken": true, "neertellen": true, "afrekenen": true, "uitgeven": true, "kwijt": true, "rekenen": true, "vragen": true, "kosten": true, "ophoesten": true, "lappen": true, "neerleggen": true}

// frontedFor finds the noun of a "Voor …" phrase that opens the sentence
// of a sum paid in its clause: "Voor vier kaarten, zitplaatsen in Ziggo
// Dome, diende een fan 7035,96 euro af te tikken".
func (x *scanner) frontedFor(num int) (span, bool) {
	if x.word(0) != "voor" {
		return span{}, false
	}
	d := x.doc
	v := d.Clause(x.first + num)
	if v < 0 {
		return span{}, false
	}
	lemma := x.ownParticle(v, strings.ToLower(d.Tokens[v].Lemma))
	if !payVerbs[lemma] && !tradeVerbs[lemma] {
		return span{}, false
	}
	for k := 1; k < num && k < 5; k++ {
		t := d.Tokens[x.first+k]
		if t.POS == nl.NOUN && (t.Head == v || d.Tokens[v].Rel == "xcomp" && t.Head == d.Tokens[v].Head) && strings.HasPrefix(t.Rel, "obl") && !isCapitalized(t.Text) && x.l.units[x.low[k]] == "" && !x.l.months[x.low[k]] {
			return x.nounPhrase(x.first + k), true
		}
	}
	return span{}, false
}

// paidFor finds what a sum of money without a noun of its own pays for or
// is the price of: "2 miljoen dollar voor een optreden", "koopt de
// gronden voor 18 miljoen euro terug", "de verkoop van de bank … voor
// 1,4 miljard dollar", or what it is spent on or earned with in an
// om/door … te clause ("trekt 100 miljoen euro uit om de uitstoot aan
// te pakken" → "de uitstoot aanpakken").
func (x *scanner) paidFor(start, num, end int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	after := end
	if x.word(after) == "per" && after+2 < len(x.toks) && x.toks[after+1].Kind == nl.Word {
		after += 2 // 3000 dollar per kilo voor het feestpoeder
	}
	if x.word(after) == "voor" {
		j := after + 1
		for j < len(x.toks) && (isDet(x.low[j]) || x.low[j] == "een") {
			j++
		}
		if j+2 < len(x.toks) && x.toks[j].Kind == nl.Number && x.low[j+1] == "-" && isAgeWord(x.low[j+2]) {
			j += 3 // voor de 23-jarige verdediger
		}
		if k, ok := x.objectAfter(j); ok && !isCapitalized(x.toks[k].Text) && x.l.units[x.low[k]] == "" && !x.l.months[x.low[k]] {
			return x.nounPhrase(x.first + k), true // 2 miljoen dollar voor een optreden
		}
	}
	if sp, ok := x.frontedFor(num); ok {
		return sp, true // Voor vier kaarten diende een fan 7035,96 euro af te tikken
	}
	u := x.figureHead(num, end)
	if u < 0 {
		return span{}, false
	}
	if p := x.word(start - 1); p == "voor" || p == "op" {
		// the price of the clause's object (or its estimate: "schat de
		// waarde op …"), or of a sale before it
		if v := d.Clause(u); v >= 0 && d.Tokens[v].POS == nl.VERB && (p == "voor" && tradeVerbs[d.Tokens[v].Lemma] || p == "op" && estimateVerbs[d.Tokens[v].Lemma]) {
			for _, o := range d.Objects(v) {
				if m := o + 1; x.l.mults[strings.ToLower(d.Tokens[o].Text)] > 0 && m < len(d.Tokens) && d.Tokens[m].POS == nl.NOUN && d.SentenceOf(m) == x.si {
					o = m // 75 miljoen aandelen: the noun counted, not the multiplier
				}
				if (o < x.first+start || o >= x.first+end) && d.Tokens[o].POS == nl.NOUN && d.Tokens[o].Rel != "iobj" {
					return x.nounPhrase(o), true // koopt de gronden voor 18 miljoen euro terug; huurt voor 1000 euro een appartement
				}
			}
		}
	}
	if sp, ok := x.servicePaid(start, num, end); ok {
		return sp, true // om een andere student voor 400 duizend euro te helpen
	}
	if sp, ok := x.tradedPassive(start, num, end); ok {
		return sp, true // wordt er jaarlijks voor 16 miljard euro witgewassen
	}
	if x.word(start-1) == "voor" {
		for i := x.first + start - 2; i >= x.first; i-- {
			if d.Tokens[i].POS == nl.NOUN && transactionNouns[d.Tokens[i].Lemma] && strings.ToLower(d.Tokens[i-1].Text) != "te" {
				return x.nounPhrase(i), true // de verkoop van Troika Bank …, voor 1,4 miljard dollar
			}
		}
	}
	if sp, ok := x.relativePaid(num, end); ok {
		return sp, true // de 60 miljoen euro die het kabinet uittrok voor verbeteringen
	}
	v := d.Clause(u)
	if v < 0 || d.Tokens[v].POS != nl.VERB {
		return span{}, false
	}
	if sp, ok := x.paidLater(v, num, end); ok {
		return sp, true // moesten ieder 100 euro betalen voor de reis
	}
	if sp, ok := x.purposeBefore(u, v); ok {
		return sp, true // Om de brug aan te leggen, trekt de provincie 40 miljoen euro uit
	}
	cands := d.Children(v)
	if v > u {
		cands = append(cands, v) // verdient 18 miljoen euro door grond te verkopen: the parse may hang the sum on the infinitive
	}
	for _, c := range cands {
		if c <= u || d.Tokens[c].POS != nl.VERB || len(d.Dependents(c, "mark")) == 0 {
			continue
		}
		if r := d.Tokens[c].Rel; r != "advcl" && r != "xcomp" && c != v {
			continue
		}
		purpose := -1
		for i := x.first + end; i < c; i++ {
			w := strings.ToLower(d.Tokens[i].Text)
			if d.Tokens[i].Kind == nl.Punct {
				break
			}
			if w == "om" || w == "door" {
				purpose = i
				break
			}
		}
		if purpose < 0 {
			continue
		}
		objs := d.Objects(c)
		if t := d.Tokens[purpose]; t.Rel == "case" && t.Head > purpose && t.Head < c && d.Tokens[t.Head].Head == c && strings.HasPrefix(d.Tokens[t.Head].Rel, "obl") {
			objs = append(objs, t.Head) // door gratis verkregen grond te verkopen: the parse may hang the conjunction on the object as its preposition
		}
		for _, o := range objs {
			if sp, ok := x.phrase(o, 6); ok && o < c && o > purpose {
				if p := d.Tokens[purpose]; sp.start == p.Start {
					sp.text = strings.TrimSpace(sp.text[p.End-p.Start:])
				}
				return x.acting(sp, c, strings.ToLower(d.Tokens[c].Lemma)), true // de uitstoot aanpakken
			}
		}
	}
	return span{}, false
}

// purposeBefore finds what a sum at doc token u, the object of verb v,
// is spent on when an "om … te" clause before it says so: "Om de brug
// aan te leggen, trekt de provincie 40 miljoen euro uit" → brug
// aanleggen. The parse may also make the purpose the main verb and v
// its complement ("moest om de sanering te betalen 194 miljoen dollar
// uittrekken"). What the clause does to its object is the object, as
// paidFor reads a purpose after the sum.
func (x *scanner) purposeBefore(u, v int) (span, bool) {
	d := x.doc
	if d.Tokens[u].Head != v || d.Tokens[u].Rel != "obj" {
		return span{}, false
	}
	cands := d.Dependents(v, "advcl")
	if g := d.Tokens[v].Head; g >= 0 && d.Tokens[v].Rel == "xcomp" {
		cands = append(cands, g)
	}
	for _, c := range cands {
		if c >= u || d.Tokens[c].POS != nl.VERB || d.SentenceOf(c) != x.si || !x.marked(c, "om") || !x.marked(c, "te") {
			continue
		}
		for _, o := range d.Dependents(c, "obj") {
			if o >= c || d.Tokens[o].POS != nl.NOUN {
				continue
			}
			sp, ok := x.phrase(o, 6)
			if !ok {
				sp = x.nounPhrase(o)
			}
			return x.acting(sp, c, x.infinitive(c)), true
		}
	}
	return span{}, false
}

// marked reports a "mark" dependent of doc token c written w ("om", "te").
func (x *scanner) marked(c int, w string) bool {
	for _, m := range x.doc.Dependents(c, "mark") {
		if strings.EqualFold(x.doc.Tokens[m].Text, w) {
			return true
		}
	}
	return false
}

// placeholders are nouns that name a sum as a sum and not what it is of
// ("een bedrag van 300 miljoen euro", "voor een prijs van 15 dollar").
var placeholders = map[string]bool{"bedrag": true, "prijs": true, "som": true, "geldbedrag": true}

// placeheld finds what a sum that follows a placeholder noun at sentence
// token k pays for, as paidFor reads a bare sum: "gaat 75 miljoen
// aandelen uitgeven voor een prijs van 15 tot 17 dollar" → aandelen,
// "een bedrag van 16 miljoen euro vrijgemaakt voor de wederopbouw".
func (x *scanner) placeheld(k, num, end int) (span, bool) {
	if k < 1 || x.word(k+1) != "van" {
		return span{}, false
	}
	ps := k
	if isDet(x.low[ps-1]) || x.low[ps-1] == "een" {
		ps--
	}
	return x.paidFor(ps, ps, end) // the placeholder phrase stands for the sum
}

// investVerbs put money "in" what their oblique names: "steekt 23
// miljard dollar in olie en gas".
var investVerbs = map[string]bool{"investeren": true, "steken": true, "stoppen": true, "pompen": true, "beleggen": true}

// paidLater finds what a sum ending before sentence token end pays for
// when "voor …" (or "in …" after an investing verb) comes later in its
// clause v, with no comma between: "hadden ieder 100 euro moeten betalen
// voor de reis", "krijgt 500.000 euro van ReumaNederland voor onderzoek",
// "investeert 2 miljard dollar in duurzame energie". Names and pronouns
// after voor say for whom, not what.
func (x *scanner) paidLater(v, num, end int) (span, bool) {
	d := x.doc
	cands := d.Children(v)
	for i := x.first + num; i < x.first+end; i++ {
		cands = append(cands, d.Dependents(i, "nmod")...) // the parse may hang it on the sum
	}
	for _, c := range cands {
		if r := d.Tokens[c].Rel; c < x.first+end || !strings.HasPrefix(r, "obl") && r != "nmod" || d.Tokens[c].POS != nl.NOUN || d.SentenceOf(c) != x.si {
			continue
		}
		p := x.firstCase(c)
		if p != "voor" && !(p == "in" && investVerbs[d.Tokens[v].Lemma]) {
			continue
		}
		if d.Tokens[c].Head == v && d.Tokens[x.figureHead(num, end)].Head != v {
			continue // een huur boven de 720 euro … gecompenseerd voor: the sum is no argument of the verb
		}
		if len(d.Dependents(c, "nummod")) > 0 {
			return span{}, false // voor 23 cliënten: for whom, counted
		}
		from, _ := d.Span(c)
		for i := x.first + end; i < from; i++ {
			if d.Tokens[i].Kind == nl.Punct {
				return span{}, false // set off by a comma
			}
		}
		w := strings.ToLower(d.Tokens[c].Text)
		if x.l.months[w] || x.l.units[w] != "" || dayWord(w) {
			return span{}, false // voor 2020, voor een jaar
		}
		return x.nounPhrase(c), true
	}
	return span{}, false
}

// relativePaid finds what a sum on sentence tokens [num, end) is for in a
// relative clause on it: the noun after "voor" ("de 60 miljoen euro die
// het kabinet uittrok voor verbeteringen op de hogesnelheidslijn"); "aan"
// mostly names who is paid ("afstaan aan het taxibedrijf").
func (x *scanner) relativePaid(num, end int) (span, bool) {
	d := x.doc
	for i := x.first + num; i < x.first+end; i++ {
		for _, r := range d.Dependents(i, "acl:relcl") {
			for _, c := range d.Children(r) {
				if !strings.HasPrefix(d.Tokens[c].Rel, "obl") || d.Tokens[c].POS != nl.NOUN || c < r && d.SentenceOf(c) != x.si {
					continue
				}
				if x.firstCase(c) == "voor" {
					return x.nounPhrase(c), true
				}
			}
		}
	}
	return span{}, false
}

// genericWholes are nouns a share is taken of that say nothing of what is
// counted: "in 86 procent van de gevallen werden verzoeken ingewilligd".
var genericWholes = map[string]bool{"gevallen": true, "geval": true}

// caseShare finds what "N procent van de gevallen" counts: the object of
// the clause or the subject of a passive ("Verzoeken van de partij werden
// in 86 procent van de gevallen ingewilligd", "beoordeelt het OM in drie
// op de tien gevallen de dreigementen als strafbaar"), else its subject.
func (x *scanner) caseShare(num int) (int, bool) {
	if !x.parsed() {
		return 0, false
	}
	d := x.doc
	v := d.Clause(x.first + num)
	if v < 0 {
		return 0, false
	}
	for _, s := range append(d.Objects(v), d.Subject(v)) {
		if s >= 0 && d.Tokens[s].POS == nl.NOUN && d.SentenceOf(s) == x.si && x.l.units[strings.ToLower(d.Tokens[s].Text)] == "" {
			return s - x.first, true // not another "procent"
		}
	}
	return 0, false
}

// judgedAs returns what the clause of the object at sentence token s
// says it is, in a predicate "als X" of its verb ("beoordeelt de
// dreigementen als 'strafbaar'" → strafbaar), or "".
func (x *scanner) judgedAs(s int) string {
	d := x.doc
	v := d.Tokens[x.first+s].Head
	if v < 0 || d.Tokens[v].POS != nl.VERB {
		return ""
	}
	for _, c := range d.Children(v) {
		if c <= x.first+s || c-x.first >= len(x.toks) {
			continue
		}
		p := d.Tokens[c]
		if r := p.Rel; r != "advcl" && r != "xcomp" && r != "obl" || p.POS != nl.ADJ && p.POS != nl.NOUN {
			continue
		}
		if a := c - 1; a >= 0 && (strings.EqualFold(d.Tokens[a].Text, "als") || a > 0 && nl.IsQuoteMark(firstRune(d.Tokens[a].Text)) && strings.EqualFold(d.Tokens[a-1].Text, "als")) {
			return strings.ToLower(p.Text)
		}
	}
	return ""
}

// predicateOf reads "N keer" before a noun predicate of worden or zijn as
// what happened that often: "werd PSV drie keer kampioen" (kampioen
// worden).
func (x *scanner) predicateOf(k int) (span, bool) {
	d := x.doc
	kt := x.first + k
	h := d.Tokens[kt].Head
	if h < 0 || d.Tokens[kt].Rel != "obl" || h <= kt || d.Tokens[h].POS != nl.NOUN || h != kt+1 {
		return span{}, false
	}
	for _, c := range d.Children(h) {
		if r := d.Tokens[c].Rel; (r == "cop" || strings.HasPrefix(r, "aux")) && c < kt {
			if l := strings.ToLower(d.Tokens[c].Lemma); l == "worden" || l == "zijn" {
				return x.acting(span{text: strings.ToLower(d.Tokens[h].Text), start: d.Tokens[h].Start, end: d.Tokens[h].End}, c, l), true
			}
		}
	}
	return span{}, false
}

// weakLemma builds the infinitive of a weak verb from a finite form by
// the spelling rules (knikt: knikken, maakte: maken, mailde: mailen), for
// an unknown verb whose lemma the tagger guessed; "" when the rules do
// not decide (leeft: leven or leefen).
func weakLemma(form string) string {
	stem := ""
	for _, end := range []string{"ten", "den", "te", "de", "t"} {
		if s, ok := strings.CutSuffix(form, end); ok && len(s) >= 3 {
			stem = s
			break
		}
	}
	n := len(stem)
	if n < 3 || isVowel(stem[n-1]) || stem[n-1] == 'f' || stem[n-1] == 's' || stem[n-1] == 'v' || stem[n-1] == 'z' {
		return ""
	}
	switch {
	case !isVowel(stem[n-2]):
		return stem + "en" // werkt: werken
	case isVowel(stem[n-3]):
		if stem[n-3] == stem[n-2] && stem[n-2] != 'e' && stem[n-2] != 'i' {
			return stem[:n-2] + stem[n-1:] + "en" // maakt: maken
		}
		return stem + "en" // mailt, fietst: mailen
	}
	return stem + stem[n-1:] + "en" // knikt: knikken
}

// isVowel reports a vowel letter.
func isVowel(b byte) bool { return strings.IndexByte("aeiouy", b) >= 0 }

// knownVerb reports a lemma the lexicon knows, or a verb the lexicon
// knows behind a separable particle (leeg+staan).
func (x *scanner) knownVerb(lemma string) bool {
	if x.l.pos[lemma] != "" {
		return true
	}
	for p := range particles {
		if rest, ok := strings.CutPrefix(lemma, p); ok && x.l.pos[rest] == "VERB" {
			return true
		}
	}
	return false
}

// extreme reports a noun with a superlative or ordinal before it: "de
// zwaarste overstromingen", "de eerste nederlaag".
func (x *scanner) extreme(h int) bool {
	for _, c := range x.doc.Dependents(h, "amod") {
		w := strings.ToLower(x.doc.Tokens[c].Text)
		if _, ok := ParseOrdinal(w); ok || strings.HasSuffix(w, "ste") && len(w) > 5 {
			return true
		}
	}
	return false
}

// ownSubject returns the noun or singular name subject of verb v itself
// (a relative pronoun resolved to the noun it stands for), in the
// scanner's sentence and without a preposition, or -1: no subject
// borrowed from a governing clause, no agent "door …", no plural name
// ("de Engelsen", which the tagger may read as one).
func (x *scanner) ownSubject(v int) int {
	d := x.doc
	subjects := d.Dependents(v, "nsubj")
	if objs := d.Dependents(v, "obj"); len(subjects) == 0 && len(objs) >= 2 && d.Antecedent(objs[0]) >= 0 {
		subjects = objs[:1] // een echtpaar dat per maand 5000 euro verdient: a relative pronoun before an object is the subject the parse took for a second object
	}
	for _, s := range subjects {
		if x.l.units[strings.ToLower(d.Tokens[s].Text)] != "" && x.pronounObject(v) {
			continue // Sommige maanden verdienen ze …: a time noun the parse swapped with the pronoun subject
		}
		own := true
		if a := d.Antecedent(s); a >= 0 {
			s, own = a, false // (the antecedent's preposition is its own clause's: "een einde aan een epidemie die …")
		}
		if (d.Tokens[s].POS == nl.NOUN || d.Tokens[s].POS == nl.PROPN && !d.Tokens[s].Feats.Has(nl.FeatPlur) && !strings.HasSuffix(d.Tokens[s].Text, "en")) && d.SentenceOf(s) == x.si && (!own || len(d.Dependents(s, "case")) == 0) {
			return s
		}
	}
	if len(subjects) == 0 {
		return x.relativeHead(v)
	}
	return -1 // of two subjects the parse gives, the noun: "dat … een premier aantreedt"
}

// relativeHead returns the noun a relative clause with verb v modifies
// when the parse gives its "die" or "dat" no subject relation but hangs
// the verb on that noun ("een man aan die nog 130.000 euro moet
// betalen": die/det, betalen/nmod → man); only a comma or a stray
// particle may stand between noun and pronoun. Else -1.
func (x *scanner) relativeHead(v int) int {
	d := x.doc
	h := d.Tokens[v].Head
	if h < 0 || h >= v || d.Tokens[h].POS != nl.NOUN || d.SentenceOf(h) != x.si || !strings.HasPrefix(d.Tokens[v].Rel, "nmod") && !strings.HasPrefix(d.Tokens[v].Rel, "acl") {
		return -1
	}
	for _, c := range d.Children(v) {
		if c < h || c > v {
			continue
		}
		if w := strings.ToLower(d.Tokens[c].Text); (w == "die" || w == "dat") && d.Tokens[c].Rel == "det" {
			for i := h + 1; i < c; i++ {
				if t := d.Tokens[i]; t.Text != "," && t.POS != nl.ADP {
					return -1
				}
			}
			return h
		}
	}
	return -1
}

// pronounObject reports a personal pronoun the parse hangs on verb v as
// its object.
func (x *scanner) pronounObject(v int) bool {
	for _, o := range x.doc.Dependents(v, "obj") {
		if x.doc.Tokens[o].POS == nl.PRON && personalPronouns[strings.ToLower(x.doc.Tokens[o].Text)] {
			return true
		}
	}
	return false
}

// passiveSubject returns the noun subject of passive verb v in the
// figure's sentence, through a relative pronoun to its antecedent, or -1.
func (x *scanner) passiveSubject(v int) int {
	d := x.doc
	for _, s := range d.Dependents(v, "nsubj:pass") {
		own := true
		if a := x.commaAntecedent(s); a >= 0 {
			s, own = a, false // de Provinciale Statenverkiezingen, die …: the noun before the comma, wherever the parse hangs the clause
		} else if a := d.Antecedent(s); a >= 0 {
			s, own = a, false
		}
		w := strings.ToLower(d.Tokens[s].Text)
		if _, number := ParseWord(w); number || x.l.mults[w] > 0 || x.l.units[w] != "" {
			continue // 40 miljoen plaatjes uitgedeeld: a quantity, not a thing
		}
		if p := d.Tokens[s].POS; (p == nl.NOUN || p == nl.PROPN) && d.SentenceOf(s) == x.si && (!own || len(d.Dependents(s, "case")) == 0) {
			return s
		}
	}
	return -1
}

// namePhrase is the noun phrase of nounPhrase ("het aantal" with the noun
// it counts), or for a name at doc token h the name with its flat parts:
// "Provinciale Statenverkiezingen".
func (x *scanner) namePhrase(h int) span {
	d := x.doc
	if d.Tokens[h].POS != nl.PROPN {
		n := h + 1
		for n < len(d.Tokens) && n < h+3 && d.Tokens[n].POS == nl.ADJ {
			n++ // het aantal gezonde jaren
		}
		if quantityNouns[strings.ToLower(d.Tokens[h].Text)] && n < len(d.Tokens) && d.Tokens[n].POS == nl.NOUN && d.SentenceOf(n) == d.SentenceOf(h) {
			return span{text: strings.ToLower(d.Text[d.Tokens[h].Start:d.Tokens[n].End]), start: d.Tokens[h].Start, end: d.Tokens[n].End} // het aantal broedparen
		}
		return x.nounPhrase(h)
	}
	to := h
	for to+1 < len(d.Tokens) && d.Tokens[to+1].Head == h && d.Tokens[to+1].Rel == "flat" {
		to++
	}
	return span{text: d.Text[d.Tokens[h].Start:d.Tokens[to].End], start: d.Tokens[h].Start, end: d.Tokens[to].End}
}

// plainNoun reports a common noun at doc token k that names a thing: no
// number word, multiplier, unit or month, no "keer".
func (x *scanner) plainNoun(k int) bool {
	t := x.doc.Tokens[k]
	w := strings.ToLower(t.Text)
	if t.POS != nl.NOUN || t.Kind != nl.Word || x.l.mults[w] > 0 || x.l.units[w] != "" || x.l.months[w] || w == "keer" || w == "keren" || w == "maal" {
		return false
	}
	_, number := ParseWord(w)
	return !number && x.doc.SentenceOf(k) == x.si
}

// singleName reports a name at doc token k in the figure's sentence that
// names one person or thing, a subject that with its verb says what a
// duration measures: not a plural, and no name the tagger gives for a
// personal pronoun.
func (x *scanner) singleName(k int) bool {
	t := x.doc.Tokens[k]
	return t.POS == nl.PROPN && t.Kind == nl.Word && !t.Feats.Has(nl.FeatPlur) && !personalPronouns[strings.ToLower(t.Text)] && x.doc.SentenceOf(k) == x.si
}

// perfect reports a participle at doc token v that the parse gives an
// auxiliary of tense or of the passive ("zou Meng drie uur lang hebben
// onderworpen"): a verb, whose form as written names the event when its
// lemma is the participle itself.
func (x *scanner) perfect(v int) bool {
	d := x.doc
	if !d.Tokens[v].Feats.Has(nl.FeatPart) {
		return false
	}
	for _, a := range append(d.Dependents(v, "aux"), d.Dependents(v, "aux:pass")...) {
		if l := d.Tokens[a].Lemma; l == "hebben" || l == "zijn" || l == "worden" {
			return true
		}
	}
	return false
}

// setOff reports a phrase headed at doc token h that a comma opens: an
// apposition or afterthought ("Tibi, zelf belijdend moslim, …").
func (x *scanner) setOff(h int) bool {
	d := x.doc
	from, _ := d.Span(h)
	for i := max(from-1, 0); i < h; i++ {
		if d.Tokens[i].Text == "," {
			return true
		}
	}
	return false
}

// commaAntecedent returns the head of the noun or name right before the
// comma that a relative pronoun at doc token s follows, or -1.
func (x *scanner) commaAntecedent(s int) int {
	d := x.doc
	if s < 2 || d.Tokens[s].POS != nl.PRON || d.Tokens[s-1].Text != "," {
		return -1
	}
	if w := strings.ToLower(d.Tokens[s].Text); w != "die" && w != "dat" {
		return -1
	}
	a := s - 2
	if p := d.Tokens[a].POS; p != nl.NOUN && p != nl.PROPN || d.SentenceOf(a) != x.si {
		return -1
	}
	for d.Tokens[a].Rel == "flat" && d.Tokens[a].Head >= 0 && d.Tokens[a].Head < a {
		a = d.Tokens[a].Head
	}
	return a
}

// labelAdverbs may stand between a label's colon and its figure.
var labelAdverbs = map[string]bool{"nog": true, "eens": true, "al": true, "dus": true}

// labelled finds the noun a figure after a colon is the value of, when
// the colon closes a short label that opens the sentence: "Kosten van het
// vliegreisje: zo'n 1000 euro". It returns a sentence token.
func (x *scanner) labelled(start int) (int, bool) {
	colon := start - 1
	for n := 0; n < 2 && colon > 0 && labelAdverbs[x.low[colon]]; n++ {
		colon-- // Opbrengst: nog eens 7 miljoen euro
	}
	if colon < 1 || x.low[colon] != ":" {
		return 0, false
	}
	if n, w := colon-1, x.low[colon-1]; colon > 1 && x.toks[n].Kind == nl.Word && !isCapitalized(x.toks[n].Text) && x.l.units[w] == "" && !x.l.notObject[w] && (x.l.pos[w] == "NOUN" || x.l.pos[w] == "" && x.compoundNoun(w)) && !x.governed(n) {
		return n, true // krijgen de bewoners leefgeld: 50 euro per week: the noun the colon follows
	}
	open := 0
	for k := colon - 1; k > 0; k-- {
		if x.low[k] == "(" {
			open = k + 1 // (entree: 17,50 euro): a label opened by a bracket
			break
		}
	}
	if colon-open > 6 {
		return 0, false
	}
	head := -1
	for k := open; k < colon; k++ {
		if x.toks[k].Kind != nl.Word {
			return 0, false
		}
		switch c := x.l.pos[x.low[k]]; c {
		case "VERB", "AUX", "PRON", "NUM", "SCONJ", "CCONJ":
			return 0, false
		case "NOUN":
			if head < 0 {
				head = k
			}
		case "":
			if head < 0 && (!isCapitalized(x.toks[k].Text) || k == open && x.parsed() && x.doc.Tokens[x.first+k].POS == nl.NOUN) && k == colon-1 {
				head = k // Totale straatomzet: 250 miljoen euro; Kostenpost: 1,5 miljoen euro
			}
		}
	}
	return head, head >= 0
}

// partOfPhrase reports whether the nominal modifier at doc token n
// belongs in an object phrase: a bare noun ("aantal verkeersdoden") or a
// complement with van, op, voor, tussen, tegen or in, but not a place
// name after in or op ("in Almelo": where, not what) nor a phrase with
// elk or ieder ("in elk geval").
func (x *scanner) partOfPhrase(n int) bool {
	d := x.doc
	p := x.firstCase(n)
	if p != "" && !objectPrepositions[p] {
		return false
	}
	if (p == "in" || p == "op") && d.Tokens[n].POS == nl.PROPN {
		return false
	}
	for _, c := range d.Dependents(n, "det") {
		switch strings.ToLower(d.Tokens[c].Text) {
		case "elk", "elke", "ieder", "iedere":
			return false
		}
	}
	return true
}

// valueOf finds what a sum of money is the value of when the sum is the
// predicate of a copula ("de totale waarde van de export was 23,8
// miljard euro"), or follows a price verb whose subject opens the
// sentence when the parse gives it none ("De ouderparticipatie op
// basisscholen kost minimaal 50 miljoen euro": the last noun before
// the first preposition of the sentence).
func (x *scanner) valueOf(num, end int) (span, bool) {
	_, sp, done := x.predicate(num, end) // de totale waarde van de export was 23,8 miljard euro
	if done {
		return sp, sp.text != ""
	}
	d := x.doc
	verb := -1
	for k := 1; k < num; k++ {
		t := d.Tokens[x.first+k]
		if t.POS == nl.VERB || t.POS == nl.AUX {
			if verb < 0 && (t.Lemma == "kosten" || t.Lemma == "bedragen") && t.Feats.Has(nl.FeatFin) {
				verb = k
				continue
			}
			if verb < 0 {
				return span{}, false
			}
		}
		if verb >= 0 && (t.Kind == nl.Punct && t.Text != "," || t.POS == nl.SCONJ) {
			return span{}, false
		}
	}
	if verb < 0 || d.Subject(x.first+verb) >= 0 {
		return span{}, false // the parse gives a subject: bearer reads it
	}
	head := -1
	for k := 0; k < verb; k++ {
		t := d.Tokens[x.first+k]
		if t.POS == nl.ADP || t.Kind != nl.Word {
			break
		}
		if t.POS == nl.NOUN {
			head = k
		}
	}
	if head < 0 {
		return span{}, false
	}
	return x.nounPhrase(x.first + head), true
}

// valueNouns name what a sum is the amount of.
var valueNouns = map[string]bool{
	"kosten": true, "waarde": true, "prijs": true, "schade": true, "opbrengst": true, "omzet": true, "winst": true,
	"verlies": true, "bedrag": true, "budget": true, "investering": true, "tekort": true, "vermogen": true, "buit": true,
}

// estimateForms are forms of the estimate verbs the lemmatiser may miss
// ("begroot" → begruiten).
var estimateForms = map[string]bool{
	"schat": true, "schatten": true, "geschat": true, "schatte": true, "begroot": true, "begroten": true,
	"raamt": true, "geraamd": true, "ramen": true, "taxeert": true, "getaxeerd": true, "becijferd": true, "becijfert": true,
}

// estimated finds what a sum "op N euro" after an estimate verb is the
// amount of when the parse does not link them: the nearest value noun
// before it in the sentence ("schat de kosten van het transport …, op 2
// tot 3 miljoen roebel", "de kosten van herinrichting, die zijn begroot
// op drie miljoen euro").
func (x *scanner) estimated(start int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	verb := false
	for i := start - 2; i >= 0 && !verb; i-- {
		t := d.Tokens[x.first+i]
		verb = estimateVerbs[t.Lemma] && t.Lemma != "stellen" || estimateForms[x.low[i]]
	}
	for i := start; i < len(x.toks) && i < start+10 && !verb && x.toks[i].Kind != nl.Punct; i++ {
		verb = estimateForms[x.low[i]] // het verlies, dat op 10 à 16 miljoen euro wordt geschat
	}
	for i := start - 2; i >= 0 && verb; i-- {
		if t := d.Tokens[x.first+i]; t.POS == nl.NOUN && (valueNouns[t.Lemma] || valueNouns[x.low[i]]) {
			return x.nounPhrase(x.first + i), true
		}
	}
	return span{}, false
}

// occasion finds what happened as often as a count "N keer" at sentence
// token k says, in the parse: the subject of a passive with its
// participle ("een deadline die al twee keer is verschoven" → "deadline
// verschoven"), else the verb with its object ("kan de rente nog tien
// keer verlagen" → "rente verlagen") or its first complement after the
// count ("drie keer naar de rechter stappen"), else the verb alone
// when it says something of its own ("knikt twee keer" → "knikken").
func (x *scanner) occasion(k int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	if p, ok := x.predicateOf(k); ok {
		return p, true // werd drie keer kampioen
	}
	if n := x.word(k + 1); n == "toe" && (x.word(k-2) == "tot" || x.word(k-3) == "tot") || x.factorAt(k) >= 0 || n != "een" && x.isPlain(k+1) {
		return span{}, false // tot drie keer toe; vijf keer zoveel, twee keer 45 minuten: a factor
	}
	kt := x.first + k
	v := d.Tokens[kt].Head
	if v < 0 || d.Tokens[v].POS != nl.VERB || !strings.HasPrefix(d.Tokens[kt].Rel, "obl") && d.Tokens[kt].Rel != "advmod" {
		return span{}, false
	}
	if p := x.caseOf(kt); len(p) > 0 && (p[0] == "na" || p[0] == "voor" || p[0] == "sinds") {
		return span{}, false // na zes keer wassen: a point in a series
	}
	for i := kt + 1; i < v; i++ {
		if t := d.Tokens[i]; t.POS == nl.CCONJ || t.Kind == nl.Punct && !nl.IsQuoteMark(firstRune(t.Text)) {
			return span{}, false // gescholden en … wordt geregeld: a verb of another clause
		}
	}
	lemma := x.ownParticle(v, strings.ToLower(d.Tokens[v].Lemma))
	if d.Passive(v) {
		lemma = strings.ToLower(d.Tokens[v].Text) // verschoven: the participle says it
	} else if w := weakLemma(strings.ToLower(d.Tokens[v].Text)); !x.knownVerb(lemma) && w != "" && d.Tokens[v].Feats.Has(nl.FeatFin) {
		lemma = w // knikt stellig twee keer: knikken, which the tagger does not know
	} else if !x.knownVerb(lemma) && lemma != strings.ToLower(d.Tokens[v].Text) || !strings.HasSuffix(lemma, "n") {
		return span{}, false // a lemma the tagger guessed
	}
	objects := d.Objects(v)
	if d.Passive(v) {
		for _, s := range append(d.Dependents(v, "nsubj"), d.Dependents(v, "nsubj:pass")...) {
			if a := d.Antecedent(s); a >= 0 {
				s = a
			}
			objects = append(objects, s) // het plan is drie keer uitgesteld (a passive the parse reads as a copula)
		}
	}
	for _, o := range objects {
		if sp, ok := x.phrase(o, 5); ok && o != kt {
			return x.acting(sp, v, lemma), true
		}
	}
	for _, c := range d.Children(v) {
		if c <= kt || !strings.HasPrefix(d.Tokens[c].Rel, "obl") || d.Tokens[c].Rel == "obl:agent" {
			continue
		}
		if p := x.caseOf(c); len(p) > 0 && (p[0] == "door" || p[0] == "na" || p[0] == "sinds" || p[0] == "van") {
			continue
		}
		if sp, ok := x.phrase(c, 7); ok {
			if h := d.Tokens[v].Head; lemma == "maken" && h >= 0 && (d.Tokens[h].Lemma == "krijgen" || d.Tokens[h].Lemma == "hebben") && strings.EqualFold(d.Tokens[v-1].Text, "te") {
				lemma = "te maken " + d.Tokens[h].Lemma // te maken krijgen met geweld
			}
			return x.acting(sp, v, lemma), true
		}
	}
	if sp, ok := x.occurred(v, lemma); ok {
		return sp, true // ruim 53.000 keer was er een auto-inbraak; negen keer komt de Kamer bijeen
	}
	if lightVerbs[lemma] || copulaVerbs[lemma] || len(d.Dependents(v, "xcomp")) > 0 || len(d.Dependents(v, "ccomp")) > 0 {
		return span{}, false
	}
	return x.acting(span{}, v, lemma), true
}

// occurred finds what happened as often as a count says when verb v has
// neither object nor complement: the noun subject of an existential "er
// is/was …" alone ("Ruim 53.000 keer was er een auto-inbraak" →
// auto-inbraak), or the noun or name subject with a particle verb
// ("Nog negen keer komt de Eerste Kamer bijeen" → Eerste Kamer
// bijeenkomen). A light verb without its particle ("komt de Kamer")
// says nothing of its own; a pronoun names nothing.
func (x *scanner) occurred(v int, lemma string) (span, bool) {
	d := x.doc
	s := x.ownSubject(v)
	if s < 0 || d.Tokens[s].POS == nl.NOUN && !x.plainNoun(s) {
		return span{}, false
	}
	existential := false
	for _, a := range d.Dependents(v, "advmod") {
		if strings.EqualFold(d.Tokens[a].Text, "er") && a < s {
			existential = true
		}
	}
	if existential && (lemma == "zijn" || lemma == "bestaan" || lemma == "komen" || lemma == "plaatsvinden") {
		return x.namePhrase(s), true
	}
	prt := d.Dependents(v, "compound:prt")
	if len(prt) != 1 || !lightVerbs[lemma] && !x.knownVerb(lemma) {
		return span{}, false
	}
	p := prt[0]
	if n := p + 1; n < len(d.Tokens) && (d.Tokens[n].POS == nl.DET || d.Tokens[n].POS == nl.NUM || d.Tokens[n].Rel == "fixed") {
		return span{}, false // in de fout gaan: a preposition the parse took for a particle
	}
	if w := strings.ToLower(d.Tokens[p].Text); !strings.HasPrefix(lemma, w) {
		lemma = w + lemma // komt … bijeen: bijeenkomen
	}
	return x.acting(x.namePhrase(s), v, lemma), true
}

// factorAt returns the sentence token of the comparative that a count
// "N keer" at sentence token k multiplies ("twee keer zo groot", "drie
// keer groter", "vijf keer zoveel", "1,5 keer meer vlees"), or -1.
func (x *scanner) factorAt(k int) int {
	c := k + 1
	if x.word(c) == "zo" {
		c++
	}
	switch n := x.word(c); {
	case n == "zoveel" || n == "evenveel" || n == "meer" || n == "minder" || n == "veel" && c > k+1:
		return c
	case c > k+1 && (x.l.pos[n] == "ADJ" || x.l.pos[n] == "ADV"):
		return c // zo groot, zo lang
	case strings.HasSuffix(n, "er") && (x.l.pos[n] == "ADJ" || x.l.pos[n] == "ADV"):
		return c // groter, sneller
	}
	return -1
}

// factor finds what a count "N keer" at sentence token k multiplies: the
// noun after "meer" or "zoveel" ("1,5 keer meer vlees", "twee keer
// zoveel vrouwen"), else the noun subject of the comparative ("de
// begroting is drie keer groter", "de uitkering is twee keer zo hoog").
func (x *scanner) factor(k int) (span, bool) {
	c := x.factorAt(k)
	if c < 0 {
		return x.multiplied(k)
	}
	if j, ok := x.objectAfter(c + 1); ok && (x.l.pos[x.low[j]] == "NOUN" || x.parsed() && x.doc.Tokens[x.first+j].POS == nl.NOUN) {
		t := x.toks[j]
		return span{text: x.objectText(j), start: t.Start, end: t.End}, true
	}
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	v := x.first + c
	if d.Tokens[v].POS == nl.ADV && x.word(c) != "meer" && x.word(c) != "minder" || d.Tokens[v].POS == nl.ADJ {
		s := d.Subject(v)
		if ps := d.Dependents(v, "nsubj:pass"); s < 0 && d.Tokens[v].POS == nl.ADJ && len(ps) == 1 {
			s = ps[0] // de hal wordt twee keer zo groot: worden is a copula the parse may read as a passive
		}
		if s >= 0 && s < x.first+k && d.Tokens[s].POS == nl.NOUN {
			return x.nounPhrase(s), true
		}
	}
	return span{}, false
}

// worth finds what is worth the sum before "waard" at sentence token w:
// the noun subject of waard ("is een kilo ruim 25.000 euro waard").
func (x *scanner) worth(w int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	s := d.Subject(x.first + w)
	if s < 0 || d.Tokens[s].POS != nl.NOUN || d.SentenceOf(s) != x.si {
		return span{}, false
	}
	return x.nounPhrase(s), true
}

// adverbialNouns make a prepositional phrase an adverbial, not a state:
// "in totaal", "in principe".
var adverbialNouns = map[string]bool{"totaal": true, "principe": true, "feite": true, "geval": true, "algemeen": true, "praktijk": true, "tussentijd": true, "wezen": true}

// state finds the state a period without a verb of its own is the length
// of: a phrase with aan or in that the parse hangs on the figure and
// that follows it directly ("Netanyahu, al tien jaar aan de macht", "is al
// 20 jaar aan de macht", "toen ik 6,5 maand in verwachting was").
func (x *scanner) state(num, end int) (span, bool) {
	if !x.parsed() || end >= len(x.toks) {
		return span{}, false
	}
	d := x.doc
	u := x.figureHead(num, end)
	if u < 0 || durationCases[x.firstCase(u)] || pointWords[x.word(end)] {
		return span{}, false
	}
	for _, c := range d.Dependents(u, "nmod") {
		if p := x.firstCase(c); c < x.first+end || p != "aan" && p != "in" || adverbialNouns[strings.ToLower(d.Tokens[c].Text)] {
			continue
		}
		if sp, ok := x.phrase(c, 6); ok && sp.start == x.toks[end].Start {
			return sp, true
		}
	}
	return span{}, false
}

// factorVerbs multiply what they change by a count "N keer" or "N
// maal": "vergroot het risico drie maal" is a factor of three, not three
// occasions (unlike "verhoogt de rente vijf keer").
var factorVerbs = map[string]bool{"vergroten": true, "verkleinen": true, "vermenigvuldigen": true, "toenemen": true, "stijgen": true, "groeien": true, "afnemen": true, "dalen": true}

// multiplied finds what a verb of factorVerbs multiplies by the count at
// sentence token k: the noun argument of the verb nearest before the
// count, object or subject, whichever the parse makes it ("dat dagelijks
// cannabisgebruik het risico op psychoses drie maal vergroot", "roken
// vergroot het risico tien maal").
func (x *scanner) multiplied(k int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	d := x.doc
	kt := x.first + k
	v := d.Tokens[kt].Head
	if v < 0 || !factorVerbs[d.Tokens[v].Lemma] {
		return span{}, false
	}
	for i := kt - 1; i >= x.first; i-- {
		if t := d.Tokens[i]; t.POS == nl.NOUN && t.Head == v && (t.Rel == "obj" || strings.HasPrefix(t.Rel, "nsubj")) {
			return x.nounPhrase(i), true // the argument nearest before the count
		}
	}
	return span{}, false
}

// agedAfter finds the noun whose age a duration gives when the parse
// hangs "oud" after the figure on the figure itself ("de dertig jaar oude
// Al Huda-moskee"): the noun or name right after it, with its flat parts.
func (x *scanner) agedAfter(u, end int) (span, bool) {
	d := x.doc
	a := x.first + end
	if a+1 >= len(d.Tokens) || d.Tokens[a].Head != u || d.Tokens[a].Rel != "amod" || !strings.HasPrefix(strings.ToLower(d.Tokens[a].Text), "oud") {
		return span{}, false
	}
	n := a + 1
	if t := d.Tokens[n]; t.POS != nl.NOUN && t.POS != nl.PROPN || d.SentenceOf(n) != x.si {
		return span{}, false
	}
	to := n
	for to+1 < len(d.Tokens) && d.Tokens[to+1].Head == n && d.Tokens[to+1].Rel == "flat" {
		to++
	}
	return span{text: d.Text[d.Tokens[n].Start:d.Tokens[to].End], start: d.Tokens[n].Start, end: d.Tokens[to].End}, true
}

// governed reports a noun at sentence token n inside a prepositional
// phrase: a preposition before it across articles and adjectives ("kinderen
// uit een rijk gezin:", "ter wereld:").
func (x *scanner) governed(n int) bool {
	for k := n - 1; k >= 0 && k >= n-4; k-- {
		switch p := x.l.pos[x.low[k]]; {
		case p == "ADP" || x.low[k] == "ter":
			return true
		case isDet(x.low[k]) || p == "ADJ" || x.low[k] == "een":
			continue
		}
		return false
	}
	return false
}
