package amount

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// shareOf finds what a percentage without "van" is a share of: the
// subject of its clause in the dependency parse ("De Roemeens Orthodoxe
// Kerk scoorde 61 procent", "geweld is met 40 procent toegenomen"), when
// the sentence is parsed and the subject is a noun outside the figure.
func (x *scanner) shareOf(c core) (int, bool) {
	if x.si < 0 || !x.doc.Parsed(x.si) {
		return 0, false
	}
	num := x.first + c.start
	v := x.doc.Clause(num)
	if v < 0 {
		return 0, false
	}
	subj := x.doc.Subject(v)
	if o := x.changed(v, c.start); o >= 0 {
		subj = o // verlaagt de uitstoot met 30 procent; zag zijn verkoop met 37 procent dalen
	}
	k := subj - x.first
	if subj < 0 || k < 0 || k >= c.start || x.l.units[x.low[k]] != "" {
		return 0, false // the subject comes before the figure and is no unit (41 procent)
	}
	switch x.doc.Tokens[subj].POS {
	case nl.NOUN, nl.PROPN:
		return k, true
	}
	return 0, false
}

// object finds the noun a figure counts: after it ("28 gestolen auto's"),
// after "de" in "alle drie de posities", the whole of a share ("40
// procent van de kiezers"), after "aan" ("15.000 euro aan boetes"), or the
// noun governing it ("een lening van 1,3 miljard euro").
func (x *scanner) object(c core, start, end int) (int, bool) {
	if x.word(end) == "de" && x.word(c.start-1) == "alle" && c.unit == "" {
		if k, ok := x.objectAfter(end + 1); ok {
			return k, true // alle drie de posities
		}
	}
	if isCurrency(c.unit) {
		if k, ok := x.involvedWith(start, end); ok {
			return k, true // met het project is een bedrag van 1,5 miljoen euro gemoeid
		}
	}
	k, ok := x.objectAfter(end)
	if ok && isTimeUnit(c.unit) && !x.countable(k) && !isAgeWord(x.word(end-1)) && !strings.HasSuffix(x.word(end-1), "jarige") {
		ok = false // vier jaar leegstond
	}
	if ok && isTimeUnit(c.unit) && k == end && x.low[k] == "tijd" {
		ok = false // in acht jaar tijd: the span of what the clause tells, not a thing counted
	}
	if ok && c.unit != "" && k > 0 && isCapitalized(x.toks[k].Text) && !x.sentenceStart(k) && (x.l.pos[x.low[k]] == "NOUN" || x.l.pos[x.low[k]] == "" && k+1 < len(x.toks) && isCapitalized(x.toks[k+1].Text)) {
		ok = false // "Eindtoets met 14 jaar Wethouder ...": a heading runs into the next line
	}
	if ok && c.unit != "" && (x.l.pos[x.low[k]] == "VERB" || x.l.pos[x.low[k]] == "") && isParticiple(x.low[k]) {
		ok = false // met 40 procent toegenomen
	}
	if ok && c.unit == "" && isParticiple(x.low[k]) && !x.nominal(x.low[k]) && x.l.pos[strings.TrimSuffix(x.low[k], "n")] == "" && x.parsed() && x.doc.Tokens[x.first+k].Feats.Has(nl.FeatPart) && !x.nounFollows(k+1) {
		ok = false // twee jongens van 15 en 16 aangehouden; in acht genomen (not gewonden: gewonde is a word)
	}
	if ok && (c.unit != "" || c.frac) && x.l.pos[x.low[k]] != "NOUN" && x.parsed() && x.doc.Tokens[x.first+k].POS == nl.VERB && !x.nominal(x.low[k]) && verbEnding(x.low[k]) {
		ok = false // tot 73.120 euro terugclaimen; met de helft dalen
	}
	if w := x.word(start - 1); ok && c.unit == "" && k == end && (x.l.pos[x.low[k]] == "VERB" || x.l.pos[x.low[k]] == "" && (w == "van" || w == "en")) && x.parsed() && x.doc.Tokens[x.first+k].POS == nl.VERB && x.doc.Tokens[x.first+k].Rel == "root" && !x.nominal(x.low[k]) {
		ok = false // dochters van 10 en 11 vermaken zich: the verb of the clause, not what is counted
	}
	if ok && isCurrency(c.unit) && k == end && x.costVerb(k) {
		ok = false // die zouden 1000 miljard euro kosten: the verb
	}
	if !ok && (c.unit == UnitPercent || c.unit == "pp" || c.proportion || c.unit == "" && (c.word || c.frac) && c.value > 0) {
		k, ok = x.partOf(end) // 40 procent van de kiezers; vier van haar zeven zetels
	}
	if !ok && c.unit == "" && (c.mult > 0 || c.digits) && c.value > 0 && x.word(end) == "van" && (isDet(x.word(end+1)) || x.word(end+1) == "dergelijke") && x.l.pos[x.word(c.start-1)] != "NOUN" {
		if k, ok = x.partOf(end); ok && (isCapitalized(x.toks[k].Text) || c.mult == 0 && !x.plural(k)) {
			ok = false // negen miljoen van de gemeentelijke lening; 23 van dergelijke fabrieken; not "dag 61 van het proces", "ontving 35.794 van de gemeente"
		}
	}
	if e := x.pastConversion(end); !ok && x.word(e) == "aan" && (c.unit != "" && !isTimeUnit(c.unit) || c.mod == "meer dan" && c.value >= 1e6 || c.unit == "" && c.mult >= 1e6) && !x.recipient(e+1) {
		k, ok = x.objectAfter(e + 1) // 15.000 euro aan boetes, miljoenen aan contanten, 4 miljard aan uitgaven; 325 miljoen dollar (289 miljoen euro) aan belastingkortingen
	}
	if _, of := x.objectBefore(start); !ok && isCurrency(c.unit) && !of {
		k, ok = x.spentOn(end) // 300 miljoen dollar weggegeven aan goede doelen; not "de huur van 900 euro aan de verhuurder"
	}
	if !ok && isTimeUnit(c.unit) && x.word(end) == "als" && x.word(start-1) == "na" {
		k, ok = x.objectAfter(end + 1) // na acht jaar als technisch directeur: the role
	}
	if !ok && isTimeUnit(c.unit) && (x.word(end) == "durend" || x.word(end) == "durende") {
		k, ok = x.objectAfter(end + 1) // een 22 minuten durend stilzwijgen
	}
	if !ok && isTimeUnit(c.unit) && (x.word(end) == "na" || x.word(end) == "sinds" || x.word(end) == "voor" && (x.word(end+1) == "de" || x.word(end+1) == "het") && x.before(c.start, end)) {
		k, ok = x.objectAfter(end + 1) // negen maanden na hun eerste ontmoeting; tien dagen voor de Brexitdeadline
		if !ok && isDet(x.word(end+1)) || ok && k == end+1 && x.possessiveName(k) {
			k, ok = x.objectAfter(end + 2) // twee jaar na Zavadnikovs eerste boot
		}
	}
	if w := x.word(start - 1); !ok && isTimeUnit(c.unit) && x.word(end) == "van" && x.word(end+1) != "tevoren" && w != "van" && w != "binnen" && w != "in" && w != "over" && w != "tot" && w != "voor" {
		// not "een cyclus van vijf jaar van …", "binnen drie jaar van het gas af"
		// na een dag van angstig bibberen; de laatste twee dagen van de campagne
		if k, ok = x.objectAfter(end + 1); !ok && isDet(x.word(end+1)) {
			k, ok = x.objectAfter(end + 2)
		}
	}
	if !ok && isTimeUnit(c.unit) {
		for j := end; j < len(x.toks) && j <= end+2; j++ {
			if x.low[j] == "cel" || x.low[j] == "gevangenis" {
				return j, true // moet 21 maanden de cel in; twaalf jaar in de gevangenis
			}
			if w := x.low[j]; w != "de" && w != "in" {
				break
			}
		}
	}
	if !ok && isCurrency(c.unit) && x.word(start-1) == "voor" && x.word(end) == "een" {
		k, ok = x.objectAfter(end + 1) // troffen voor 1 miljoen euro een deal met justitie
	}
	if !ok && c.unit == "" {
		k, ok = x.countedPast(c, end) // vijftien in beslag genomen auto's
	}
	if !ok && c.unit == "" {
		k, ok = x.countedPastPhrase(end) // (when the parse misses the nummod)
	}
	return k, ok
}

// countedPast finds the noun a count at c counts when a participle or
// adjective with a phrase of its own stands between them, as the parse
// says: the number is the noun's nummod, the word before the noun its
// amod, and every word from the figure's end up to that modifier hangs on
// the modifier ("vijftien in beslag genomen auto's", "150 op elkaar
// gestapelde koelkastjes"; not "alle drie met gedempte stem", whose
// preposition is the noun's). At most five words may stand between.
func (x *scanner) countedPast(c core, end int) (int, bool) {
	if !x.parsed() || end >= len(x.toks) || x.toks[end].Kind != nl.Word {
		return 0, false
	}
	d := x.doc
	t := d.Tokens[x.first+c.end-1]
	h := t.Head - x.first
	if t.Rel != "nummod" || h <= end+1 || h > end+5 || d.Tokens[t.Head].POS != nl.NOUN || !x.viable(h, true) {
		return 0, false
	}
	m := d.Tokens[t.Head-1]
	if m.Rel != "amod" || m.Head != t.Head || m.POS != nl.ADJ && m.POS != nl.VERB {
		return 0, false
	}
	for i := end; i < h-1; i++ {
		if x.toks[i].Kind == nl.Punct {
			return 0, false
		}
		j := x.first + i
		for n := 0; n < 8 && j != t.Head-1 && j != t.Head && j >= 0; n++ {
			j = d.Tokens[j].Head
		}
		if j != t.Head-1 {
			return 0, false
		}
	}
	return h, true
}

// phraseOpeners are the prepositions that open the phrase of an
// attribute between a count and its noun ("drie bij het overleg aanwezige
// leden"); not "met" or "van", whose phrase is more often the count's own.
var phraseOpeners = map[string]bool{"bij": true, "in": true, "door": true, "op": true, "uit": true, "aan": true, "onder": true, "tijdens": true, "vanuit": true, "tegen": true}

// countedPastPhrase finds, when the parse does not link a count to its
// noun, the plural noun after a preposition's phrase and the participle or
// inflected adjective that phrase belongs to: "twee door de rechter
// vrijgesproken verdachten", "drie bij het overleg aanwezige leden". The
// phrase has one to four words, a noun or pronoun among them, and no
// punctuation, conjunction or finite verb.
func (x *scanner) countedPastPhrase(end int) (int, bool) {
	if !phraseOpeners[x.word(end)] {
		return 0, false
	}
	for m := end + 2; m <= end+5 && m+1 < len(x.toks); m++ {
		if x.toks[m-1].Kind != nl.Word || x.l.pos[x.low[m-1]] == "CCONJ" || x.verbAt(m-1) {
			return 0, false
		}
		w := x.low[m]
		if !(isParticiple(w) || x.l.pos[w] == "ADJ" && strings.HasSuffix(w, "e")) || !x.plural(m+1) || !x.viable(m+1, true) {
			continue
		}
		for j := end + 1; j < m; j++ {
			if p := x.l.pos[x.low[j]]; p == "NOUN" || p == "PRON" || p == "PROPN" {
				return m + 1, true
			}
		}
		return 0, false
	}
	return 0, false
}

// pastConversion returns the sentence token after a bracketed sum that
// converts the figure ending before end ("325 miljoen dollar (289
// miljoen euro) aan …"), or, for the sum inside the bracket, after its
// closing bracket; else end.
func (x *scanner) pastConversion(end int) int {
	if x.word(end) == ")" && end+1 < len(x.toks) {
		return end + 1
	}
	if x.word(end) != "(" || end+1 >= len(x.toks) || x.toks[end+1].Kind != nl.Number {
		return end
	}
	for j := end + 2; j < len(x.toks) && j < end+6; j++ {
		if x.word(j) == ")" {
			return j + 1
		}
	}
	return end
}

// recipient reports that the "aan" phrase opening at word k names who
// receives a sum, not what it consists of: an article or possessive ("aan
// de gemeente Chicago", "aan het 'brein'"), a name ("aan Frankrijk"), a
// noun before a name ("aan tuinman Dewayne Johnson"). What a sum is made
// of follows bare: "aan boetes", "aan openstaande boetes".
func (x *scanner) recipient(k int) bool {
	if k >= len(x.toks) {
		return false
	}
	if w := x.low[k]; isDet(w) || w == "een" || ownerWords[w] || x.toks[k].Kind == nl.Word && isCapitalized(x.toks[k].Text) && x.l.pos[w] != "NOUN" && x.l.pos[w] != "ADJ" && !strings.ContainsAny(w, "-0123456789") {
		return true // (not "aan Europese importen", "aan CO2-uitstoot")
	}
	return k+1 < len(x.toks) && x.toks[k+1].Kind == nl.Word && isCapitalized(x.toks[k+1].Text) && x.l.pos[x.low[k]] == "NOUN" && !isCapitalized(x.toks[k].Text)
}

// involvedWith finds what a sum is involved in by the idiom "met X is N
// gemoeid": the noun after "met" earlier in the clause ("Met de deal is 1,4
// miljard euro gemoeid"), when "gemoeid" closes the clause after the sum.
func (x *scanner) involvedWith(start, end int) (int, bool) {
	closes := false
	for j := end; j < len(x.toks) && j < end+4 && x.toks[j].Kind != nl.Punct; j++ {
		if x.low[j] == "gemoeid" {
			closes = true
			break
		}
	}
	if !closes {
		return 0, false
	}
	for m := start - 1; m >= 0 && x.toks[m].Kind != nl.Punct; m-- {
		if x.low[m] != "met" {
			continue
		}
		j := m + 1
		for j < start && (isDet(x.low[j]) || x.low[j] == "een") {
			j++
		}
		if k, ok := x.objectAfter(j); ok && k < start {
			return k, true
		}
		return 0, false
	}
	return 0, false
}

// plural reports whether word k has a plural noun's ending.
func (x *scanner) plural(k int) bool {
	w := x.low[k]
	return (x.l.pos[w] == "NOUN" || x.l.pos[w] == "") && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "s"))
}

// objectTail returns the last token of what belongs to the object noun
// at k: the contents of a container ("flessen wodka"), a rate ("patiënten
// per maand"), a name in apposition ("oppositiepartij CHP"), or the noun a
// cut compound shares ("oproep- en invalkrachten"); k when nothing does.
func (x *scanner) objectTail(k int) int {
	next := k + 1
	if next >= len(x.toks) || x.toks[next].Kind != nl.Word || x.toks[next].Start != x.toks[k].End+1 {
		return k
	}
	w := x.low[next]
	switch {
	case strings.HasSuffix(x.low[k], "-") && (w == "en" || w == "of") && next+1 < len(x.toks) && x.toks[next+1].Kind == nl.Word:
		return next + 1 // oproep- en invalkrachten: the compound the first part is cut from
	case x.l.containers[x.low[k]] && (x.l.pos[w] == "NOUN" || x.l.pos[w] == ""):
		return next // 90.000 flessen wodka
	case w == "per":
		if e := x.rateEnd(next); e > next {
			return e // vier patiënten per maand, gevallen per honderdduizend inwoners
		}
	case (x.l.pos[x.low[k]] == "NOUN" || x.l.pos[x.low[k]] == "") && !x.plural(k) && !isCapitalized(x.toks[k].Text) && isCapitalized(x.toks[next].Text) && x.l.pos[w] != "NOUN" && x.l.pos[w] != "DET" && x.l.pos[w] != "PRON":
		return next // oppositiepartij CHP; not "partijen KPN, VodafoneZiggo en T-Mobile", a list of what is counted
	}
	return k
}

// sumRate returns the rate a sum is given in after it ("per ton", also
// past a parenthesis: "op 3 miljoen roebel (ruim 27.000 euro) per dier")
// when its object is a noun phrase before the sum, which the rate then
// belongs to as it does to a counted noun ("patiënten per maand"): "een
// heffing van vijftig euro per ton" → heffing per ton.
func (x *scanner) sumRate(a kroniek.Amount, start, end int) (string, bool) {
	if !isCurrency(a.Unit) || a.Object == "" || a.ObjectEnd == 0 || a.ObjectEnd > x.toks[start].Start || strings.Contains(a.Object, " per ") {
		return "", false
	}
	if !strings.EqualFold(a.Object, x.doc.Text[a.ObjectStart:a.ObjectEnd]) {
		return "", false // not what someone does: "Een AOW'er levert 300 euro per maand in" (AOW'er inleveren)
	}
	k := end
	if x.word(k) == ")" && x.word(start-1) == "(" {
		k++ // (ruim 27.000 euro) per dier
	} else if x.word(k) == "(" {
		for k < len(x.toks) && k < end+8 && x.word(k) != ")" {
			k++
		}
		k++
	}
	e := x.rateEnd(k)
	if e < 0 {
		return "", false
	}
	return x.doc.Text[x.toks[k].Start:x.toks[e].End], true
}

// shareDone returns the participle of the clause a share "N procent van
// X" is the subject or object of, which says what happened to that share
// of X: "98 procent van de stemmen was geteld" → stemmen geteld, "de
// ziekte heeft 60 procent van de eiken aangetast" → eiken aangetast. An
// active subject only when its participle has no object of its own ("5
// procent van de leden heeft gestemd", not "… heeft een brief gekregen");
// not when the parse hangs the share on the verb of a later clause ("40
// procent heeft er geen vertrouwen in dat de contributie wordt verlaagd").
func (x *scanner) shareDone(a kroniek.Amount, start, end int) (string, bool) {
	if a.Unit != UnitPercent || a.Object == "" || !x.parsed() || a.ObjectStart < x.toks[end-1].End || x.word(end) != "van" {
		return "", false
	}
	d := x.doc
	u := x.figureHead(start, end)
	if u < 0 {
		return "", false
	}
	v := d.Tokens[u].Head
	if v < 0 || v >= x.first+len(x.toks) || d.Tokens[v].POS != nl.VERB || d.Tokens[v].Start < a.ObjectEnd || lightVerbs[d.Tokens[v].Lemma] {
		return "", false
	}
	if w := strings.ToLower(d.Tokens[v].Text); !d.Tokens[v].Feats.Has(nl.FeatPart) && !isParticiple(w) && !x.auxiliated(v) {
		return "", false
	}
	for _, c := range d.Children(v) {
		if r := d.Tokens[c].Rel; c != u && (strings.HasPrefix(r, "nsubj") && d.Tokens[u].Rel != "obj" || r == "expl:pv" || r == "mark" && c > u) {
			return "", false // a parse that gives the verb a second subject, or the share a clause of its own
		}
	}
	switch d.Tokens[u].Rel {
	case "nsubj:pass", "obj":
	case "nsubj":
		if len(d.Dependents(v, "obj")) > 0 || len(d.Dependents(v, "xcomp")) > 0 || len(d.Dependents(v, "ccomp")) > 0 {
			return "", false
		}
	default:
		return "", false
	}
	return d.Tokens[v].Text, true
}

// auxiliated reports a verb at doc token v that a passive or perfect
// auxiliary goes with, so a participle even when the tagger does not say
// so and it has no "ge-" ("is verkocht", "heeft betaald"); perfect asks
// the tagger's participle first.
func (x *scanner) auxiliated(v int) bool {
	if len(x.doc.Dependents(v, "aux:pass")) > 0 {
		return true
	}
	for _, a := range x.doc.Dependents(v, "aux") {
		if l := x.doc.Tokens[a].Lemma; l == "hebben" || l == "zijn" {
			return true
		}
	}
	return false
}

// rangeGap reports two figures that are the ends of one range: only a
// range word between them, or none when the second figure's text opens
// with it ("2 tot 3 miljoen roebel", "4 à 5 dollar").
func (x *scanner) rangeGap(a, b *kroniek.Amount) bool {
	if a.End > b.Start {
		return false
	}
	gap := strings.TrimSpace(x.doc.Text[a.End:b.Start])
	if gap == "" {
		gap, _, _ = strings.Cut(strings.ToLower(b.Text), " ")
	}
	return rangeWord(gap) && gap != "en" && gap != "of"
}

// rateEnd returns the noun that closes a rate opened by "per" at k: a
// noun after "per" with only numbers, articles and adjectives between
// ("per maand", "per honderdduizend inwoners", "per getankte liter");
// -1 when none does.
func (x *scanner) rateEnd(k int) int {
	if x.word(k) != "per" {
		return -1
	}
	for j := k + 1; j < len(x.toks) && j <= k+4; j++ {
		t := x.toks[j]
		if t.Kind == nl.Number {
			continue
		}
		if t.Kind != nl.Word {
			return -1
		}
		w := x.low[j]
		switch {
		case isDet(w) || w == "een":
			continue
		case x.l.pos[w] == "NOUN" || x.l.units[w] != "":
			return j
		case x.l.pos[w] == "ADJ" || x.l.pos[w] == "NUM" || isParticiple(w) || x.parsed() && x.doc.Tokens[x.first+j].POS == nl.ADJ:
			continue
		case x.l.pos[w] == "" && x.parsed() && x.doc.Tokens[x.first+j].POS == nl.NOUN:
			return j
		}
		if _, ok := ParseWord(w); ok {
			continue
		}
		return -1
	}
	return -1
}

// apposition finds the noun a figure stands in apposition to: the noun
// before a comma (or dash) that opens the figure's phrase, "De
// opbrengsten, op lange termijn circa 250 miljoen euro, zijn voor de
// schatkist", "het leeuwendeel van de kosten - zo'n 26 miljoen euro -".
func (x *scanner) apposition(start, end int) (int, bool) {
	sep := x.word(end)
	if sep != "," && sep != "-" && sep != "–" {
		return 0, false // the apposition closes with a comma (or a dash) too
	}
	for k := start - 1; k >= 1 && k >= start-5; k-- {
		if x.low[k] != sep {
			switch x.l.pos[x.low[k]] {
			case "VERB", "AUX", "CCONJ", "SCONJ", "PRON":
				return 0, false
			}
			if x.toks[k].Kind != nl.Word {
				return 0, false
			}
			continue
		}
		n := k - 1
		if c := x.l.pos[x.low[n]]; x.toks[n].Kind == nl.Word && (c == "NOUN" || c == "" && !isCapitalized(x.toks[n].Text)) && x.l.units[x.low[n]] == "" {
			return n, true // not "136 miljard yuan, omgerekend 18 miljard euro": a unit
		}
		return 0, false
	}
	return 0, false
}

// countable reports whether word k is a noun that can be counted: the
// lexicon knows it as a noun, or it has a plural ending.
func (x *scanner) countable(k int) bool {
	w := x.low[k]
	switch x.l.pos[w] {
	case "NOUN", "PROPN":
		return true
	case "":
		// cel, vrouwenkiesrecht (a compound of a known noun), but not leegstond, reageren
		return !strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "d") && !strings.HasSuffix(w, "en") || x.compoundNoun(w) && x.parsed() && !notNoun[x.doc.Tokens[x.first+k].POS]
	}
	return false
}

// notNoun are the parse's word classes that no compound noun has (the
// tagger may call an unknown compound an adjective, never an adverb:
// "achteruit").
var notNoun = map[nl.POS]bool{nl.VERB: true, nl.AUX: true, nl.ADV: true, nl.ADP: true}

// compoundNoun reports an unknown word whose last part of four letters or
// more is a known noun (vrouwenkiesrecht, bestaansminimum).
func (x *scanner) compoundNoun(w string) bool {
	for i := 3; i+4 <= len(w); i++ {
		if x.l.pos[w[i:]] == "NOUN" {
			return true
		}
	}
	return false
}

// activityTail returns the end offset of a prepositional phrase right
// after an infinitive used as a noun that a duration measures, which the
// parse may hang on the duration instead ("na drie jaar leven op het
// bestaansminimum"), or 0: a preposition, then articles and adjectives up
// to the noun it governs, at most five words, no time or number.
func (x *scanner) activityTail(k int) int {
	d := x.doc
	if !x.parsed() || !strings.HasSuffix(x.low[k], "en") || d.Tokens[x.first+k].Feats.Has(nl.FeatPlur) || k+2 >= len(x.toks) {
		return 0
	}
	p := x.first + k + 1
	if d.Tokens[p].POS != nl.ADP || !objectPrepositions[x.low[k+1]] && x.low[k+1] != "met" && x.low[k+1] != "aan" && x.low[k+1] != "over" {
		return 0
	}
	n := d.Tokens[p].Head
	if n <= p || n-p > 4 || d.Tokens[n].POS != nl.NOUN || d.SentenceOf(n) != d.SentenceOf(p) {
		return 0
	}
	for i := p + 1; i <= n; i++ {
		if t := d.Tokens[i]; t.POS != nl.DET && t.POS != nl.ADJ && t.POS != nl.NOUN || x.timeOrNumber(i) {
			return 0
		}
	}
	return d.Tokens[n].End
}

// spentOn finds what money was spent on or paid for later in its clause:
// "3,5 miljard euro heeft uitgegeven aan luxeproducten".
func (x *scanner) spentOn(i int) (int, bool) {
	for k := i; k < len(x.toks) && k < i+10; k++ {
		t := x.toks[k]
		if t.Kind == nl.Punct && t.Text != "'" {
			return 0, false
		}
		if x.low[k] != "aan" {
			continue
		}
		j := k + 1
		for j < len(x.toks) && (isDet(x.low[j]) || x.low[j] == "een") {
			j++
		}
		if o, ok := x.objectAfter(j); ok && !isCapitalized(x.toks[o].Text) && !x.people(x.low[o], x.plural(o)) && !x.recipient(o) {
			return o, true // not a recipient: betaalt aan Standard, geven aan de meisjes, aan tuinman Dewayne Johnson
		}
		return 0, false
	}
	return 0, false
}

// timesWhat returns the participle "keer" at k counts, or k: "624 keer
// gedeeld", "elf keer voluit geschreven".
func (x *scanner) timesWhat(k int) int {
	for j := k + 1; j < len(x.toks) && j <= k+3; j++ {
		if x.toks[j].Kind != nl.Word {
			break
		}
		w := x.low[j]
		if (x.l.pos[w] == "VERB" || x.l.pos[w] == "") && isParticiple(w) || x.parsed() && x.doc.Tokens[x.first+j].Feats.Has(nl.FeatPart) && x.doc.Tokens[x.first+j].POS == nl.VERB {
			return j // 624 keer gedeeld; een half miljoen keer bekeken (the tagger's participle)
		}
		if c := x.l.pos[w]; c != "ADV" && c != "ADJ" {
			break
		}
	}
	return k
}

// dimension names what a measure without a counted noun measures: "op 28
// meter" a distance, "1,70 meter" a length, "vijftien meter in de diepte"
// the depth, "130 kilo" a weight.
func (x *scanner) dimension(start, end int, unit string) string {
	switch unit {
	case "kg", "g", "ton", "pond":
		return "gewicht"
	case "km", "m", "cm", "mm":
		switch x.word(end) {
		case "hoog":
			return "hoogte"
		case "lang":
			return "lengte"
		case "breed":
			return "breedte"
		case "diep":
			return "diepte"
		case "dik":
			return "dikte"
		}
		if x.word(end) == "in" && x.word(end+1) == "de" && x.toks[min(end+2, len(x.toks)-1)].Kind == nl.Word && end+2 < len(x.toks) {
			switch w := x.low[end+2]; w {
			case "diepte", "hoogte", "lengte", "breedte", "omtrek":
				return w
			}
		}
		if x.word(start-1) == "op" {
			return "afstand"
		}
		switch x.word(end) {
		case "uit", "van", "vanaf", "buiten", "verwijderd", "verderop", "ten":
			return "afstand" // ruim 22 kilometer uit de kust
		}
		return "lengte"
	case "km2", "m2", "ha":
		return "oppervlakte"
	case "l":
		return "volume"
	case "°C":
		return "temperatuur"
	case "km/h":
		return "snelheid"
	case "kW", "MW", "GW":
		return "vermogen"
	case "kWh", "MWh":
		return "energie"
	}
	return ""
}

// weighs reports a sentence about weight, where "pond" is not money:
// wegen, zwaar, gewicht, kilo, gram, geboren.
func (x *scanner) weighs() bool {
	for _, w := range x.low {
		if x.l.weightCues[w] {
			return true
		}
	}
	return false
}

// tonMoney reports "ton" at sentence token k read as a sum of 100.000
// euro: no weight cue in the sentence and a money cue in it or in the
// sentence before ("uit die drie ton zou zorg betaald kunnen worden",
// "een lening van vier ton"); not after a multiplier ("33,1 miljard ton").
func (x *scanner) tonMoney(k int) bool {
	if x.word(k) != "ton" || x.l.mults[x.word(k-1)] > 0 || x.weighs() {
		return false
	}
	for _, w := range x.low {
		if x.l.moneyCues[w] {
			return true
		}
	}
	if x.si > 0 {
		for _, t := range x.doc.Sentences[x.si-1].Tokens {
			if x.l.moneyCues[strings.ToLower(t.Text)] {
				return true
			}
		}
	}
	return false
}

// isMeasure reports a unit of measure other than money, time or shares.
func isMeasure(unit string) bool {
	switch unit {
	case "kg", "g", "ton", "km", "m", "cm", "mm", "km2", "m2", "ha", "l", "°C", "km/h", "pond", "kW", "MW", "GW", "kWh", "MWh", "MHz", "GHz":
		return true
	}
	return false
}

// rangeWord joins the two ends of a range or an alternative.
func rangeWord(w string) bool {
	switch w {
	case "tot", "of", "à", "a", "-", "–", "en":
		return true
	}
	return false
}

func isDet(w string) bool {
	switch w {
	case "de", "het", "hun", "haar", "zijn", "onze", "mijn", "deze", "die", "dat":
		return true
	}
	return false
}

// isAgeWord reports the adjective of an age: "jarige" in "37-jarige".
func isAgeWord(w string) bool { return w == "jarige" || w == "jarig" }

// agedPerson reports an age written as "-jarig(e)" before the noun that is
// its object, which the gold and a reader take as that noun's age, not as
// a count of it: "een 63-jarige man" is leeftijd man, not 63 men. The
// ages that stand for a person alone already read "leeftijd".
func (x *scanner) agedPerson(a kroniek.Amount, end int) bool {
	if a.Unit != UnitYear || a.Object == "" || strings.HasPrefix(a.Object, "leeftijd") || end >= len(x.toks) || a.ObjectStart < x.toks[end].Start {
		return false
	}
	w := x.word(end - 1)
	return strings.HasSuffix(w, "jarige") || strings.HasSuffix(w, "jarig")
}

// agedOf reports a number of years after "van" whose object is the person
// noun before it, which is that person's age ("een man van 34 jaar" →
// leeftijd man), as a contract or a term "van drie jaar" is not.
func (x *scanner) agedOf(a kroniek.Amount, start int) bool {
	k := start - 2
	if a.Unit != UnitYear || a.Value >= 120 || k < 0 || x.word(start-1) != "van" || a.ObjectStart != x.toks[k].Start || strings.HasPrefix(a.Object, "leeftijd") {
		return false
	}
	r, role := nl.Lex().RoleHead(x.low[k])
	return x.l.aged[x.low[k]] || role && r.Tag == "per"
}

// finiteVerbs are frequent verb forms in -en that are never a counted
// object after a number (200 kwamen, twee gingen).
var finiteVerbs = map[string]bool{
	"zijn": true, "waren": true, "werden": true, "worden": true, "hebben": true, "hadden": true,
	"kunnen": true, "konden": true, "moeten": true, "moesten": true, "zullen": true, "zouden": true,
	"willen": true, "wilden": true, "mogen": true, "mochten": true, "gaan": true, "gingen": true,
	"komen": true, "kwamen": true, "staan": true, "stonden": true, "blijven": true, "bleven": true,
	"lijken": true, "leken": true, "krijgen": true, "kregen": true, "trokken": true, "liepen": true,
}

// stopClasses are word classes that cannot be a counted object.
var stopClasses = map[string]bool{
	"ADP": true, "DET": true, "PRON": true, "AUX": true, "CCONJ": true, "SCONJ": true,
	"VERB": true, "ADV": true, "NUM": true, "PUNCT": true, "SYM": true, "INTJ": true,
}

// objectAfter finds the head noun following token i, skipping adjectives
// and quote marks: "200.000 demonstranten", "zes politieke gevangenen".
func (x *scanner) objectAfter(i int) (int, bool) {
	for k, words := i, 0; k < len(x.toks) && words < 4; k++ {
		t := x.toks[k]
		if t.Kind == nl.Punct && nl.IsQuoteMark(firstRune(t.Text)) && k+1 < len(x.toks) && x.toks[k+1].Kind == nl.Word {
			continue
		}
		if t.Text == "," && x.adjectiveRun(k+1) {
			continue // ongeveer dertig, voornamelijk jonge, aartsconservatieve Brabanders
		}
		if c := x.bracketedQualifier(k); k == i && c > k {
			k = c
			continue // 147.000 (deels) elektrische auto's
		}
		if x.l.pos[x.low[k]] == "ADV" && k > i && x.toks[k-1].Text == "," && x.adjectiveRun(k) {
			continue
		}
		if t.Kind != nl.Word {
			return 0, false
		}
		if x.participleBefore(k) || x.adjective(k) && (x.nounFollows(k+1) || x.word(k+1) == "," && x.l.pos[x.low[k]] == "ADJ" && !strings.HasSuffix(x.low[k], "en") && x.adjectiveRun(k+2)) && !(x.nominal(x.low[k]) && isCapitalized(x.toks[k+1].Text)) {
			words++
			continue // 28 gestolen auto's, de ondervraagde Roemenen
		}
		if x.parsed() && x.l.pos[x.low[k]] == "" && x.doc.Tokens[x.first+k].POS == nl.ADV && k+1 < len(x.toks) && x.adjective(k+1) && x.nounFollows(k+2) {
			words++
			continue // de almaar groeiende behoefte: an adverb the lexicon does not know, before an adjective
		}
		if !x.viable(k, words > 0) || words == 0 && x.partitive(i-1) && x.governs(k, i) {
			return 0, false
		}
		words++
		if x.l.pos[x.low[k]] == "ADJ" && words == 1 && !strings.HasSuffix(x.low[k], "en") {
			return 0, false // "200 zijn blij"; but "zes politieke gevangene"
		}
		return k, true
	}
	return 0, false
}

// bracketedQualifier returns the ")" that closes a short aside in
// brackets at sentence token k, right after a number and before the noun
// it counts: one adverb or adjective ("147.000 (deels) elektrische
// auto's"), or up to six words and marks with no number ("zestien
// (zestien, alleen dat al) moties", "veertien (!) wedstrijden"), or -1.
func (x *scanner) bracketedQualifier(k int) int {
	if x.word(k) != "(" {
		return -1
	}
	for j := k + 1; j < len(x.toks) && j <= k+7; j++ {
		switch t := x.toks[j]; {
		case t.Text == ")":
			if j == k+1 {
				return -1
			}
			return j
		case t.Kind == nl.Number || t.Text == "(" || x.l.units[x.low[j]] != "" || x.l.mults[x.low[j]] > 0:
			return -1 // een boete van 60 (ruim 70 dollar): another figure, or its unit
		}
		if _, ok := ParseWord(x.low[j]); ok && x.toks[j].Kind == nl.Word && j == k+1 && x.word(j+1) == ")" {
			return j + 1 // zestien (zestien) moties: the number again
		}
	}
	return -1
}

// governs reports an infinitive at sentence token k that the figure
// ending before token i hangs on in the parse: "supermarkten er hooguit
// duizend aanbieden" counts no "aanbieden" (used after a partitive "er",
// where no noun follows; plurals that are also infinitives, "183 toetsen",
// the tagger may read as verbs).
func (x *scanner) governs(k, i int) bool {
	if !x.parsed() || i < 1 {
		return false
	}
	t := x.doc.Tokens[x.first+k]
	return t.POS == nl.VERB && !t.Feats.Has(nl.FeatFin) && strings.EqualFold(t.Lemma, x.low[k]) && x.doc.Tokens[x.first+i-1].Head == x.first+k
}

// participleBefore reports a strong participle used as an adjective
// before a noun: "1200 verborgen camera's".
func (x *scanner) participleBefore(k int) bool {
	w := x.low[k]
	if x.l.pos[w] != "VERB" || !strings.HasSuffix(w, "en") || k+1 >= len(x.toks) || x.toks[k+1].Kind != nl.Word {
		return false
	}
	c := x.l.pos[x.low[k+1]]
	return c == "NOUN" || c == "" && !isCapitalized(x.toks[k+1].Text) && !isParticiple(x.low[k+1])
}

// nounFollows reports whether a noun phrase goes on at token k, possibly
// behind a quote mark: "vijf zogenoemde 'pizzapunten'".
func (x *scanner) nounFollows(k int) bool {
	if k < len(x.toks) && x.toks[k].Kind == nl.Punct && nl.IsQuoteMark(firstRune(x.toks[k].Text)) {
		k++
	}
	if k >= len(x.toks) || !x.viable(k, true) {
		return false
	}
	w := x.low[k]
	if c := x.l.pos[w]; c == "VERB" || c == "AUX" || c == "ADV" {
		return strings.HasSuffix(w, "en") && !finiteVerbs[w] && !pastPlural(w) || x.nominal(w) // gewonden, doden, gevangene
	}
	return true
}

// nominal reports a participle or adjective used as a noun: verdachte,
// gevangene (the form without -e is a known word: verdacht, gevangen).
func (x *scanner) nominal(w string) bool {
	if x.l.pos[w] != "VERB" || !strings.HasSuffix(w, "e") || len(w) < 6 {
		return false
	}
	switch x.l.pos[w[:len(w)-1]] {
	case "VERB", "ADJ":
		return true
	}
	return false
}

// pastPlural guesses a weak past plural: overleefden, arresteerden.
func pastPlural(w string) bool {
	for _, suf := range []string{"den", "ten"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 4 && !strings.HasPrefix(w, "ge") {
			return !strings.ContainsRune("aeiouy", rune(stem[len(stem)-1]))
		}
	}
	return false
}

// partOf finds the whole a share is taken of: "40 procent van de
// kiezers", "vier van haar zeven zetels".
func (x *scanner) partOf(i int) (int, bool) {
	if i >= len(x.toks) || x.low[i] != "van" {
		return 0, false
	}
	i++
	switch x.word(i) {
	case "de", "het", "alle", "haar", "zijn", "hun", "onze", "deze", "die":
		i++
	}
	if n, _ := x.match(i, x.l.mods); n > 0 && (x.isPlain(i+n) || i+n < len(x.toks) && x.toks[i+n].Kind == nl.Number) {
		i += n // tweehonderd van de circa vierhonderd treinstations
	}
	if i < len(x.toks) && x.toks[i].Kind == nl.Number {
		i++ // vier van haar 7 zetels
	} else if _, ok := ParseWord(x.word(i)); ok && x.word(i) != "een" {
		i++
	}
	for x.l.mults[x.word(i)] > 0 {
		i++ // 0,2 procent van de 8,5 miljoen stemmen
	}
	if k, ok := x.objectAfter(i); ok {
		if x.low[k] == "totaal" || x.low[k] == "geheel" {
			if w := x.word(k + 1); w == "aan" || w == "van" {
				j := k + 2
				if isDet(x.word(j)) {
					j++
				}
				return x.objectAfter(j) // 15 procent van het totaal aan stemmen
			}
			return 0, false // 15 procent van het totaal: a placeholder for a whole named elsewhere
		}
		if x.low[k] == "aantal" {
			if j, ok := x.objectAfter(k + 1); ok {
				return j, true // één procent van het aantal inwoners
			}
		}
		return k, true
	}
	if x.word(i) == "te" && strings.HasSuffix(x.word(i+1), "en") {
		if k, ok := x.objectAfter(i + 2); ok {
			return k, true // 40 procent van de te veilen frequenties
		}
	}
	// 92 procent van de eerder als ongeldig aangemerkte stembiljetten
	for n := 0; n < 4 && i < len(x.toks); n, i = n+1, i+1 {
		if c := x.l.pos[x.low[i]]; c != "ADV" && c != "ADJ" && x.low[i] != "als" && !x.adjective(i) && !adjectiveSuffix(x.low[i]) {
			break
		}
		if k, ok := x.objectAfter(i + 1); ok {
			return k, true
		}
	}
	return 0, false
}

// objectText is the object as written, lowercased when the lexicon knows
// the word as a common noun (Demonstranten at a sentence start).
func (x *scanner) objectText(k int) string {
	if k == 0 || x.l.pos[x.low[k]] == "NOUN" {
		return x.low[k]
	}
	return x.toks[k].Text
}

// objectBefore finds a noun governing the figure: "een lening van 1,3
// miljard euro" gives lening; a form the lexicon knows as an adjective
// counts when the parse reads a noun ("Jongeren van 10 tot 18 jaar").
// focusWords stand between a noun's "van" and its figure: "een
// winkelleegstand van nog maar 5,8 procent".
var focusWords = map[string]bool{"gemiddeld": true, "nog": true, "maar": true, "slechts": true, "pas": true, "amper": true, "nauwelijks": true, "liefst": true}

func (x *scanner) objectBefore(i int) (int, bool) {
	for i >= 3 && focusWords[x.low[i-1]] && (x.l.units[x.word(i+1)] != "" || x.l.units[x.word(i+2)] != "") {
		i-- // een winkelleegstand van nog maar 5,8 procent
	}
	if i >= 3 && x.toks[i-1].Kind == nl.Punct && nl.IsQuoteMark(firstRune(x.toks[i-1].Text)) && x.low[i-2] == "van" {
		i-- // een wachttermijn van 'ongeveer negentig dagen' (checkpoint audit 11104 #42)
	}
	if i < 2 || x.low[i-1] != "van" {
		return 0, false
	}
	k := i - 2
	if x.toks[k].Kind != nl.Word || !x.viable(k, false) || (x.l.pos[x.low[k]] == "ADJ" || x.l.pos[x.low[k]] == "VERB") && !(x.parsed() && x.doc.Tokens[x.first+k].POS == nl.NOUN) {
		return 0, false // een lening van 1,3 miljard euro; not "te vinden van"
	}
	if x.parsed() && x.l.pos[x.low[k]] == "" && strings.HasSuffix(x.low[k], "en") && x.doc.Tokens[x.first+k].POS == nl.VERB && strings.EqualFold(x.doc.Tokens[x.first+k].Lemma, x.low[k]) {
		return 0, false // met een gezin rondkomen van 1000 euro: an infinitive
	}
	if x.parsed() && x.infinitiveNoun(x.first+k) {
		return 0, false // lastig rondkomen van 1000 euro, read as a noun
	}
	return k, true
}

// viable reports whether word k may be (part of) a noun phrase head. After
// an adjective (lax) verbs and adverbs are let through: the tagger's
// classes are the most frequent ones of the form (gevangene: VERB).
func (x *scanner) viable(k int, lax bool) bool {
	if x.toks[k].Kind != nl.Word {
		return false
	}
	w := x.low[k]
	if x.l.notObject[w] || x.l.mods[w] != "" || x.l.months[w] || pronominalAdverb(w) {
		return false // not "2 procent erbij"
	}
	if _, ok := x.l.units[w]; ok {
		return false
	}
	// Plural nouns that are also infinitives (doden, gewonden) pass.
	if c := x.l.pos[w]; stopClasses[c] && !(lax && (c == "VERB" || c == "ADV")) && !(c == "VERB" && strings.HasSuffix(w, "en") && !finiteVerbs[w]) && !x.nominal(w) {
		return false
	}
	if x.l.pos[w] == "" && (isParticiple(w) && !(strings.HasPrefix(w, "ge") && x.countedNoun(k)) || adjectiveSuffix(w) || strings.HasSuffix(w, "dt")) {
		return false // één uur vrijgemaakt; vier maanden hoorbaar; de 50.000 overschrijdt
	}
	if x.parsed() && (x.l.pos[w] == "VERB" || pastPlural(w) || x.l.pos[w] == "" && (strings.HasSuffix(w, "t") || strings.HasSuffix(w, "d") || strings.HasSuffix(w, "de") || strings.HasSuffix(w, "te"))) && !x.nominal(w) {
		if t := x.doc.Tokens[x.first+k]; t.POS == nl.VERB && t.Feats.Has(nl.FeatFin) {
			return false // vijftig overleefden dat niet
		}
	}
	if x.parsed() && x.l.pos[w] != "NOUN" {
		if t := x.doc.Tokens[x.first+k]; t.POS == nl.AUX && t.Feats.Has(nl.FeatFin) {
			return false // die twee keken me aan: a finite verb the tagger read as an auxiliary
		}
	}
	if x.parsed() && x.l.pos[w] == "" && !lax {
		if t := x.doc.Tokens[x.first+k]; t.POS == nl.ADV && t.Rel == "advmod" && x.doc.Tokens[t.Head].POS == nl.VERB {
			return false // die twee zomaar nog …: a word the lexicon lacks that the parse reads as the verb's adverb
		}
	}
	return true
}

// countedNoun reports a word the parse tags as a noun that a number
// before it modifies: "twee grote generatoren", "tien gedichten" (an
// unknown word that opens with ge- and ends in -en, which isParticiple
// would take for a participle; not "er zijn zeven bijgekomen", where a
// particle comes before ge-).
func (x *scanner) countedNoun(k int) bool {
	if !x.parsed() || x.doc.Tokens[x.first+k].POS != nl.NOUN {
		return false
	}
	for _, n := range x.doc.Dependents(x.first+k, "nummod") {
		if n < x.first+k {
			return true
		}
	}
	return false
}

// pronominalAdverb reports an R-pronoun fused with a preposition (erbij,
// daarvan, hierover, waarmee): an adverb, never a counted noun.
func pronominalAdverb(w string) bool {
	for _, r := range []string{"er", "daar", "hier", "waar"} {
		if p, ok := strings.CutPrefix(w, r); ok && rPrepositions[p] {
			return true
		}
	}
	return false
}

// rPrepositions are the prepositions and particles an R-pronoun takes.
var rPrepositions = map[string]bool{"aan": true, "achter": true, "af": true, "bij": true, "binnen": true, "boven": true, "buiten": true, "door": true, "heen": true, "in": true, "langs": true, "mee": true, "na": true, "naar": true, "naast": true, "om": true, "onder": true, "op": true, "over": true, "tegen": true, "toe": true, "tussen": true, "uit": true, "van": true, "voor": true, "zonder": true}

// adjectiveSuffix reports an unknown word with a predicative adjective's
// ending (hoorbaar, voorwaardelijk, schuldig, Russisch).
func adjectiveSuffix(w string) bool {
	for _, suf := range []string{"baar", "lijk", "ig", "isch", "loos", "zaam"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// predicateWord reports a word at sentence token k that both the lexicon
// and the parse take for an adjective or adverb: "tevreden", "hoger",
// "verantwoordelijk" say how the counted are, not who ("doden" and
// "jongeren", adjectives to the lexicon, are nouns to the parse).
func (x *scanner) predicateWord(k int) bool {
	if !x.parsed() || k < 0 || k >= len(x.toks) {
		return false
	}
	lex := x.l.pos[x.low[k]]
	p := x.doc.Tokens[x.first+k].POS
	return (lex == "ADJ" || lex == "ADV") && (p == nl.ADJ || p == nl.ADV)
}

// isParticiple guesses a past participle the lexicon does not know:
// gemaakt, vrijgemaakt, witgewassen (ge- at the start or after a verb
// particle, -d, -t or -en at the end); jongemannen is none.
func isParticiple(w string) bool {
	i := strings.Index(w, "ge")
	if i < 0 || len(w) <= i+4 || !(strings.HasSuffix(w, "d") || strings.HasSuffix(w, "t") || strings.HasSuffix(w, "en")) || strings.HasSuffix(w, "heid") {
		return false
	}
	if i == 0 && len(w) > 12 {
		return false // geweldsincidenten, gemeentebesturen: compounds
	}
	return i == 0 || particles[w[:i]]
}

// particles are the separable verb particles that may precede ge- in a
// participle (opgepakt, vrijgelaten, teruggetrokken).
var particles = map[string]bool{
	"aan": true, "af": true, "bij": true, "binnen": true, "buiten": true, "door": true, "in": true, "los": true,
	"mee": true, "na": true, "neer": true, "om": true, "onder": true, "op": true, "over": true, "rond": true,
	"samen": true, "terug": true, "tegen": true, "toe": true, "uit": true, "vast": true, "voor": true,
	"vrij": true, "weg": true, "wit": true, "bekend": true, "dicht": true, "open": true,
	"stil": true, "vol": true, "goed": true, "schoon": true, "kapot": true, "leeg": true, "thuis": true,
}

func (x *scanner) adjective(k int) bool {
	w := x.low[k]
	if x.l.pos[w] == "ADJ" && strings.HasSuffix(w, "en") && x.nounBeforeVerb(k) {
		return false // 19.000 jongeren opgeroepen: an adjective's plural the parse reads as a noun before the verb
	}
	if x.l.adjs[w] || x.l.pos[w] == "ADJ" {
		return true
	}
	if x.l.pos[w] == "VERB" && (isParticiple(w) || strings.HasSuffix(w, "de") || strings.HasSuffix(w, "te")) {
		return true // gestolen, ondervraagde, uitgebrachte: a participle before a noun
	}
	if x.l.pos[w] == "" && strings.HasSuffix(w, "e") && isParticiple(w[:len(w)-1]) {
		return true // uitgebrachte
	}
	// unknown, or known only as part of a name (Provinciale Staten) and
	// written in lower case here: twaalf provinciale lijsten
	unknown := x.l.pos[w] == "" || x.l.pos[w] == "PROPN" && !isCapitalized(x.toks[k].Text)
	if unknown && x.nounBeforeVerb(k) {
		return false // ruim 100 gram amfetamine gevonden: a noun the parse gives before a verb
	}
	return unknown && len(w) > 3 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ie")
}

// nounBeforeVerb reports a word at sentence token k that the parse tags a
// noun with a verb right after it: "ruim 100 gram amfetamine gevonden",
// "19.000 jongeren opgeroepen".
func (x *scanner) nounBeforeVerb(k int) bool {
	return x.parsed() && k+1 < len(x.toks) && x.doc.Tokens[x.first+k].POS == nl.NOUN && x.doc.Tokens[x.first+k+1].POS == nl.VERB
}

// verbEnding reports a word with the ending of a Dutch verb form
// (terugclaimen, wegslaan, vergoedde, uitbetaald), not a noun the tagger took for
// one (omzetgroei).
func verbEnding(w string) bool {
	for _, suf := range []string{"n", "t", "d", "de", "te"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// inhabitant reports a capitalised noun at sentence token k that names
// someone by where they live or come from (Tilburger, Nederlander,
// Roemeen, Rwandees, Engelsman, Marokkaan, Bredanaar), by its ending,
// when no capitalised word follows it (not "de 30-jarige Peter Jansen").
func (x *scanner) inhabitant(k int) bool {
	w := x.low[k]
	if len(w) < 5 || k+1 < len(x.toks) && x.toks[k+1].Kind == nl.Word && isCapitalized(x.toks[k+1].Text) {
		return false
	}
	for _, suf := range []string{"er", "een", "ees", "man", "aan", "aar"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// inhabitants reports a capitalised plural at sentence token k after an
// article, or right after an opening "Onder" or "Van", that names people
// by where they come from or whom they vote for ("de Spanjaarden", "alle
// Nederlanders", "de GroenLinkskiezers", "Onder Nederlanders"), by its
// ending or the tagger's plural, when no capitalised word follows it; a
// surname after "Van de" ("Van de Ven") has none of these, and after a
// bare "Van" both are asked.
func (x *scanner) inhabitants(k int) bool {
	w := x.low[k]
	if k < 1 || len(w) < 6 || k+1 < len(x.toks) && x.toks[k+1].Kind == nl.Word && isCapitalized(x.toks[k+1].Text) {
		return false
	}
	ending := false
	for _, suf := range []string{"ers", "anen", "enen", "aarden", "aren", "mannen", "ezen", "iërs"} {
		ending = ending || strings.HasSuffix(w, suf)
	}
	plural := x.parsed() && x.doc.Tokens[x.first+k].Feats.Has(nl.FeatPlur)
	switch p := x.low[k-1]; {
	case p == "de" || p == "alle":
		return ending || plural
	case p == "onder" && k == 1:
		return ending || plural // Onder Nederlanders is 30 procent tegen
	case p == "van" && k == 1:
		return ending && plural // (Van Manen: a surname)
	}
	return false
}

// personAge reports an age written as "-jarige" that stands for a person or
// goes with a name (the guidelines' "ages in names"): "de 24-jarige heeft",
// "de 37-jarige Gökmen Tanis". An age before a common noun ("de 21-jarige
// vrouw", "op 8-jarige leeftijd") stays a figure of that noun.
func (x *scanner) personAge(end int) bool {
	if end >= len(x.toks) || x.toks[end].Kind != nl.Word {
		return true // de 24-jarige.
	}
	if isCapitalized(x.toks[end].Text) {
		// (an adjective of a place is no name: "de 23-jarige Arnhemse hoopt",
		// "de 21-jarige Nijmeegse activist")
		return !(x.l.pos[x.low[end]] == "ADJ" || x.parsed() && x.doc.Tokens[x.first+end].POS == nl.ADJ && strings.HasSuffix(x.low[end], "se") || x.inhabitant(end))
	}
	if x.parsed() {
		if p := x.doc.Tokens[x.first+end].POS; p == nl.NOUN || p == nl.ADJ {
			return false // de 23-jarige verdachte
		}
	}
	switch x.l.pos[x.low[end]] {
	case "NOUN", "ADJ", "":
		return false
	}
	return true
}

// lastingThing reports a noun at sentence token k, after an age written
// as "-jarig", that names what has lasted that long rather than whose age
// it is: een 25-jarig ambtsjubileum, het honderdjarig bestaan, een
// duizendjarige geschiedenis, hun 60-jarige huwelijk, de 100-jarige
// partij, zijn 30-jarige alleenheerschappij.
func (x *scanner) lastingThing(k int) bool {
	w := x.word(k)
	return lastingNouns[w] || institutions[w] || strings.HasSuffix(w, "jubileum") || strings.HasSuffix(w, "heerschappij")
}

// lastingNouns name a stretch of time something has gone on.
var lastingNouns = map[string]bool{"bestaan": true, "geschiedenis": true, "huwelijk": true, "traditie": true, "samenwerking": true,
	"relatie": true, "dienstverband": true, "lidmaatschap": true, "carrière": true, "loopbaan": true, "bewind": true, "heerschappij": true}

// institutions are things whose age "-jarig" may give, which the
// guidelines do not count: "de 100-jarige partij" (dev5).
var institutions = map[string]bool{"partij": true, "club": true, "vereniging": true, "bedrijf": true, "firma": true, "onderneming": true,
	"organisatie": true, "krant": true, "omroep": true, "instelling": true, "stichting": true, "kerk": true, "museum": true}

// counted returns the noun a counter word at k stands before: "150 man
// personeel", "twee keer de bof-mazelen-rodehond vaccinatie", or k; not
// after dezelfde or hetzelfde, a count of times ("drie keer hetzelfde
// probleem", the seed-11014 audit's #13).
func (x *scanner) counted(k int) int {
	j := k + 1
	if x.low[k] != "man" {
		if w := x.word(j); w == "de" || w == "het" || w == "een" {
			j++
		} else {
			return k
		}
	}
	for n := 0; n < 3 && j < len(x.toks) && x.toks[j].Kind == nl.Word && x.l.pos[x.low[j]] == "ADJ"; n++ {
		j++
	}
	if j >= len(x.toks) || x.toks[j].Kind != nl.Word || x.l.pos[x.low[j]] != "NOUN" && (x.l.pos[x.low[j]] != "" || !x.viable(j, false)) {
		return k
	}
	for j+1 < len(x.toks) && x.toks[j+1].Kind == nl.Word && x.l.pos[x.low[j+1]] == "NOUN" {
		j++ // bof-mazelen-rodehond vaccinatie
	}
	return j
}

// relativeFor returns the noun a "waarvoor" clause holding the sum at start
// hangs on: "het Binnenhof-project, waarvoor het kabinet een half miljard
// euro heeft uitgetrokken".
func (x *scanner) relativeFor(start int) (int, bool) {
	for j := start - 1; j >= 2; j-- {
		if x.toks[j].Kind == nl.Punct {
			return 0, false // the sum is not in the waarvoor clause
		}
		if x.low[j] != "waarvoor" {
			continue
		}
		k := j - 2
		if x.low[j-1] != "," || x.toks[k].Kind != nl.Word || x.l.pos[x.low[k]] != "NOUN" && !(x.parsed() && (x.doc.Tokens[x.first+k].POS == nl.NOUN || x.doc.Tokens[x.first+k].POS == nl.PROPN)) {
			return 0, false
		}
		return k, true
	}
	return 0, false
}

// between returns the noun an age range "tussen (de) N en M jaar" at start
// belongs to, for either end: "jongeren tussen 8 en 18 jaar".
func (x *scanner) between(start int) (int, bool) {
	j := start - 1
	if x.word(j) == "en" && j >= 1 {
		if _, ok := x.plain(j - 1); !ok {
			return 0, false
		}
		j -= 2
	}
	if x.word(j) == "de" {
		j--
	}
	k := j - 1
	if x.word(k) == "," && k >= 1 && x.toks[k-1].Kind == nl.Word && x.parsed() && x.doc.Tokens[x.first+k-1].POS == nl.NOUN {
		k-- // De stellen, tussen de 24 en 65 jaar, werden …: a range set off after the plural it is of
	}
	if x.word(j) != "tussen" || k < 0 || x.toks[k].Kind != nl.Word {
		return 0, false
	}
	if x.l.pos[x.low[k]] == "NOUN" || x.parsed() && x.doc.Tokens[x.first+k].POS == nl.NOUN {
		return k, true
	}
	if x.parsed() && x.doc.Tokens[x.first+k].POS == nl.PROPN && isCapitalized(x.toks[k].Text) && (strings.HasSuffix(x.low[k], "en") || strings.HasSuffix(x.low[k], "ers")) {
		return k, true // de Britten tussen de 18 en 35 jaar: a people's plural the tagger calls a name
	}
	return 0, false
}

// ofNoun returns the noun a "van" phrase holding the figure at [num, end)
// hangs on in the parse when words stand between them: "een
// arbeidsverleden heeft opgebouwd van 26 weken" (objectBefore takes the
// noun right before "van").
func (x *scanner) ofNoun(start, num, end int) (int, bool) {
	if !x.parsed() || x.word(start-1) != "van" {
		return 0, false
	}
	u := x.figureHead(num, end)
	if u < 0 || x.doc.Tokens[u].Rel != "nmod" {
		return 0, false
	}
	h := x.doc.Tokens[u].Head
	if h < x.first || h >= x.first+start-1 || x.doc.Tokens[h].POS != nl.NOUN || x.doc.Tokens[h].Kind != nl.Word {
		return 0, false
	}
	if x.l.units[x.low[h-x.first]] != "" || x.l.months[x.low[h-x.first]] || x.infinitiveNoun(h) {
		return 0, false
	}
	return h - x.first, true
}

// spentDoing returns the activity a duration is spent on, an infinitive
// used as a noun after the figure, with the complement that follows it:
// "na ruim twee jaar onderhandelen", "een dag van angstig bibberen" (with
// one adverb before it), "Twaalf jaar steggelen over een schadevergoeding"
// at the start of a sentence.
func (x *scanner) spentDoing(start, end int) (span, bool) {
	if !x.parsed() {
		return span{}, false
	}
	j := end
	if x.word(j) == "van" {
		j++
	} else if x.word(start-1) != "na" && !x.sentenceStart(start) || pointWords[x.word(j)] {
		return span{}, false // not "Negen jaar later lijken …"
	}
	from := j
	d := x.doc
	if j+1 < len(x.toks) && x.toks[j].Kind == nl.Word && (d.Tokens[x.first+j].POS == nl.ADJ || d.Tokens[x.first+j].POS == nl.ADV) {
		j++
	}
	if j >= len(x.toks) || x.toks[j].Kind != nl.Word {
		return span{}, false
	}
	t := d.Tokens[x.first+j]
	// at a sentence's start the tagger may read the infinitive as finite;
	// a complement right after it tells it from an inverted verb ("Twaalf
	// jaar steggelen over …", not "Twee jaar werken we …")
	fin := t.Feats.Has(nl.FeatFin) && !(x.sentenceStart(start) && x.word(start-1) != "na" && j == from && j+1 < len(x.toks) && d.Tokens[x.first+j+1].POS == nl.ADP)
	if fin && x.word(start-1) == "na" && j == from && x.finiteAfter(j) {
		fin = false // nadat er na ruim twee jaar onderhandelen een akkoord lag: the clause's verb comes later
	}
	if t.POS != nl.VERB || fin || t.Feats.Has(nl.FeatPart) || !strings.HasSuffix(x.low[j], "en") || x.l.pos[x.low[j]] == "NOUN" {
		return span{}, false // not "na twee jaar verdwenen"
	}
	s, e := x.toks[from].Start, x.toks[j].End
	for _, c := range d.Children(x.first + j) {
		if f, _ := d.Span(c); f == x.first+j+1 && strings.HasPrefix(d.Tokens[c].Rel, "obl") {
			if sp, ok := x.phrase(c, 5); ok {
				e = sp.end // twaalf jaar steggelen over een schadevergoeding
			}
		}
	}
	return span{text: strings.ToLower(d.Text[s:e]), start: s, end: e}, true
}

// evaluative are adjectives with a relational ending that grade or judge
// rather than classify: "negen speciale plekken" counts plekken.
var evaluative = map[string]bool{
	"speciale": true, "totale": true, "originele": true, "maximale": true, "minimale": true, "simpele": true,
	"spectaculaire": true, "reguliere": true, "normale": true, "potentiële": true, "kritische": true,
	"klassieke": true, "historische": true, "mentale": true, "fysieke": true, "typische": true,
	"praktische": true, "logische": true, "dramatische": true, "drastische": true, "fantastische": true,
	"unieke": true, "optimale": true, "ideale": true, "formele": true, "informele": true, "eventuele": true,
	"actuele": true, "virtuele": true, "globale": true, "brutale": true, "fatale": true, "vitale": true,
	"banale": true, "centrale": true, "finale": true, "populaire": true, "solitaire": true, "enkele": true,
	"diverse": true, "talrijke": true, "identieke": true, "realistische": true, "sympathieke": true,
}

// notComparative are words in -ere that do not make the noun another thing.
var notComparative = map[string]bool{"andere": true, "eerdere": true, "latere": true, "verdere": true, "nadere": true, "overige": true, "zere": true}

// classifier reports an adjective at k that makes its noun another thing,
// kept in the object: a relational adjective (sociale zaken, medische
// kosten), one written with a capital mid-sentence (Europese landen), or a
// comparative after de/het (van de lagere levensverwachting: a share of
// the shortfall, not of the whole).
func (x *scanner) classifier(k int) bool {
	if k < 1 || k >= len(x.toks) || x.toks[k].Kind != nl.Word || !x.adjective(k) {
		return false
	}
	w := x.low[k]
	if isCapitalized(x.toks[k].Text) {
		return !x.sentenceStart(k) && (strings.HasSuffix(w, "se") || strings.HasSuffix(w, "sche")) // Europese landen, Russische militairen
	}
	if evaluative[w] {
		return false
	}
	if x.l.pos[w] == "PROPN" {
		return true // known as part of a name: gedeputeerde staten, provinciale lijsten
	}
	for _, end := range []string{"ale", "ele", "iële", "ische", "ieke", "aire"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	return strings.HasSuffix(w, "ere") && len(w) > 5 && !notComparative[w] && isDet(x.low[k-1])
}

// savedOn finds the noun a share is taken of after "op": "5 procent op hun
// brandstofverbruik", "20 procent korting op alle artikelen".
func (x *scanner) savedOn(k int) (int, bool) {
	if isDet(x.word(k)) || x.word(k) == "alle" || x.word(k) == "uw" || x.word(k) == "je" || x.word(k) == "een" {
		k++
	}
	if k >= len(x.toks) || x.l.pos[x.low[k]] != "NOUN" && (x.l.pos[x.low[k]] != "" || len(x.low[k]) < 6) {
		return 0, false // not "56 procent stemde op links"
	}
	return x.objectAfter(k)
}

// sentences are the nouns of a court's sentence of which a duration may be
// the suspended part.
var sentences = map[string]bool{
	"cel": true, "celstraf": true, "gevangenisstraf": true, "jeugddetentie": true, "taakstraf": true,
	"werkstraf": true, "detentie": true, "straf": true, "gevangenis": true, "rijontzegging": true, "tbs": true,
}

// sentenceBefore finds the nearest noun of a court's sentence before token
// start, or -1.
func (x *scanner) sentenceBefore(start int) int {
	for k := start - 1; k >= 0; k-- {
		if sentences[x.low[k]] {
			return k
		}
	}
	return -1
}

// frontedWhole finds the whole a share is taken of when the sentence
// opens with it: "Van de VVD-stemmers is zelfs 77 procent …", "Onder de
// kiezers van 2017 zou 20 procent …" (a noun before the figure that
// starts at sentence token start), or false.
func (x *scanner) frontedWhole(start int) (int, bool) {
	if len(x.low) < 3 || x.low[0] != "van" && x.low[0] != "onder" {
		return 0, false
	}
	j := 1
	for j < start && (isDet(x.low[j]) || x.low[j] == "alle" || x.low[j] == "die" || x.low[j] == "deze" || j > 1 && x.toks[j].Kind == nl.Number) {
		j++ // Van de 546.000 oproepkrachten
	}
	k, ok := x.objectAfter(j)
	for i := 1; ok && i < k; i++ {
		if x.toks[i].Kind == nl.Punct {
			ok = false // Van twee andere, waaronder …: no whole named right after van
		}
	}
	if !ok || k >= start || isCapitalized(x.toks[k].Text) && x.l.pos[x.low[k]] != "NOUN" && !strings.Contains(x.low[k], "-") && !(x.parsed() && x.doc.Tokens[x.first+k].POS == nl.NOUN) && !x.inhabitants(k) {
		return 0, false // Van Dijk, Van de Ven: a name (not Van de Spanjaarden, Van de GroenLinkskiezers)
	}
	if w := x.word(k + 1); strings.HasSuffix(x.low[k], "-") && (w == "en" || w == "of") && k+2 < start && x.toks[k+2].Kind == nl.Word {
		k += 2 // Van de oproep- en invalkrachten: the noun the cut compound shares
	}
	return k, true
}

// framedBy finds the noun a sum is a complement of in the parse when only
// the sum's preposition and article stand between them: "de prijsklasse
// rond de 300 duizend euro", "donaties boven de 4.500 euro".
func (x *scanner) framedBy(num, end int) (int, bool) {
	if !x.parsed() {
		return 0, false
	}
	d := x.doc
	u := x.figureHead(num, end)
	if u < 0 || !strings.HasPrefix(d.Tokens[u].Rel, "nmod") || len(x.caseOf(u)) == 0 {
		return 0, false
	}
	if p := x.caseOf(u)[0]; p == "voor" || p == "op" || p == "in" {
		return 0, false // te koop voor, na de actieweek op: paidFor reads a price
	}
	h := d.Tokens[u].Head
	if h < x.first || h >= x.first+num || d.Tokens[h].POS != nl.NOUN || x.l.units[x.low[h-x.first]] != "" || x.low[h-x.first] == "totaal" || x.infinitiveNoun(h) {
		// (not "rondkomen van 1000 euro": an infinitive the tagger read as a noun)
		return 0, false
	}
	for i := h + 1; i < x.first+num; i++ {
		if d.Tokens[i].Head != u && d.Tokens[i].Head != i+1 {
			return 0, false // more than the sum's own words between
		}
	}
	return h - x.first, true
}

// infinitiveNoun reports a doc token the tagger reads as a noun that is
// an infinitive ("rondkomen", lemma "rondkome"): a verb form in -en (or a
// particle and one) with a lemma that keeps all of the word but its final
// n, that the lexicon does not know as a noun, without an article (het
// inkomen is a noun).
func (x *scanner) infinitiveNoun(h int) bool {
	t := x.doc.Tokens[h]
	w, l := strings.ToLower(t.Text), strings.ToLower(t.Lemma)
	if !strings.HasSuffix(w, "en") || l != w && l+"n" != w || x.l.pos[w] == "NOUN" || len(x.doc.Dependents(h, "det")) > 0 {
		return false
	}
	if x.l.pos[w] == "VERB" {
		return true
	}
	for p := range particles {
		if rest, ok := strings.CutPrefix(w, p); ok && x.l.pos[rest] == "VERB" {
			return true // rond+komen
		}
	}
	return false
}

// whoseAge finds whose age a figure "N jaar oud" (or after a copula, "is
// 81 jaar") on sentence tokens [start, end) gives: the noun or name that
// opens its clause ("De vrouw werd 92 jaar oud", ", Lili en Howick waren
// toen 2 en 3 jaar oud"); not a pronoun, not inside a phrase with a
// preposition.
func (x *scanner) whoseAge(start, end int) (int, bool) {
	if !x.parsed() || start < 1 {
		return 0, false
	}
	if strings.HasSuffix(x.word(end-1), "jarige") || strings.HasSuffix(x.word(end-1), "jarig") {
		return 0, false // zijn vijfjarige bestaan: an age before a noun (agedNoun)
	}
	if v := x.doc.Tokens[x.first+start-1]; x.word(end) != "oud" && !((becomes[x.word(start-1)] || copulaVerbs[v.Lemma]) && (v.POS == nl.AUX || v.POS == nl.VERB) && v.Rel != "nmod:poss") {
		return 0, false // not "met zijn 44 jaar", "zijn vijfjarige bestaan"
	}
	from := start - 1
	for from > 0 && x.toks[from-1].Kind != nl.Punct && x.doc.Tokens[x.first+from-1].POS != nl.SCONJ {
		from--
	}
	for k := from; k < start; k++ {
		t := x.doc.Tokens[x.first+k]
		if t.POS == nl.PRON && t.Rel != "nmod:poss" || t.POS == nl.VERB || t.POS == nl.AUX {
			return 0, false // hij is 81 jaar: no noun names whose (but zijn dochter)
		}
		if (t.POS == nl.NOUN || t.POS == nl.PROPN) && len(x.caseOf(x.first+k)) == 0 {
			return k, true
		}
	}
	return 0, false
}

// ageHolder finds whose age a figure gives when no noun before it says so,
// from the parse: the subject of the predicate the figure belongs to ("De
// kinderen zijn 15, 19 en 21 jaar oud", "Dekker is met zijn 44 jaar een
// veteraan"), or of the verb of "op N-jarige leeftijd" ("op 40-jarige
// leeftijd overleed de schrijver"). A pronoun names nobody. It returns the
// first and last sentence tokens of the holder.
func (x *scanner) ageHolder(cstart, end int) (int, int, bool) {
	if !x.parsed() {
		return 0, 0, false
	}
	d := x.doc
	at := x.word(end) == "leeftijd"
	if !at && strings.HasSuffix(x.word(end-1), "jarige") {
		return 0, 0, false // de 19-jarige vervangt …: the figure is the person
	}
	h := x.first + cstart
	for k := cstart + 1; k < len(x.toks) && k < cstart+6 && x.toks[k].Kind != nl.Punct; k++ {
		if x.low[k] == "oud" && x.low[k-1] == "jaar" {
			h = x.first + k - 1 // 15, 19 en 21 jaar oud: the predicate of each
			break
		}
	}
	for n := 0; n < 3; n++ {
		if h = d.Tokens[h].Head; h < 0 {
			return 0, 0, false
		}
		t := d.Tokens[h]
		verb := t.POS == nl.VERB || t.POS == nl.AUX
		var subj []int
		switch {
		case len(d.Dependents(h, "cop")) > 0 || strings.EqualFold(t.Text, "oud"):
			subj = d.Dependents(h, "nsubj")
			if p := t.Head; len(subj) == 0 && p >= 0 && p < h && (t.Rel == "nmod" || t.Rel == "amod") {
				subj = []int{p} // toen Kjell Scherpen 11 jaar was (as the parse hangs it); mijn buurman, inmiddels 80 jaar oud, …
			}
			if k, ok := x.setOffHolder(cstart); ok && len(subj) == 0 && strings.EqualFold(t.Text, "oud") {
				subj = []int{x.first + k} // mijn dochter, op dat moment 6 jaar oud, …: the noun the comma follows
			}
		case verb && at:
			subj = append(d.Dependents(h, "nsubj"), d.Dependents(h, "nsubj:pass")...)
			if slices.ContainsFunc(subj, func(s int) bool { return strings.EqualFold(d.Tokens[s].Text, "leeftijd") }) {
				subj = append(subj, d.Dependents(h, "obj")...) // op 40-jarige leeftijd overleed de schrijver: the parse takes the inverted subject for an object
			}
		}
		for _, s := range subj {
			k := s - x.first
			if k < 0 || k >= len(x.toks) || k >= cstart && k < end || x.low[k] == "leeftijd" || x.l.units[x.low[k]] != "" || pointNouns[x.low[k]] || partNouns[x.low[k]] {
				continue
			}
			if x.verbsBetween(k, cstart) > 1 {
				continue // het gezin was …, Lili en Howick waren 2 en 3 jaar oud: another clause's subject
			}
			switch d.Tokens[s].POS {
			case nl.NOUN:
				return k, k, true
			case nl.PROPN:
				return k, x.name(k), true
			}
		}
		if verb || len(subj) > 0 {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// setOffHolder returns the noun just before the comma that opens the
// phrase of an age at sentence token cstart ("mijn dochter, op dat
// moment 6 jaar oud, …"), within four words.
func (x *scanner) setOffHolder(cstart int) (int, bool) {
	for j := cstart - 1; j > 0 && j >= cstart-5; j-- {
		if x.toks[j].Kind == nl.Punct {
			if k := j - 1; x.word(j) == "," && x.doc.Tokens[x.first+k].POS == nl.NOUN {
				return k, true
			}
			return 0, false
		}
	}
	return 0, false
}

// verbsBetween counts the verbs and auxiliaries between sentence tokens a
// and b (either order).
func (x *scanner) verbsBetween(a, b int) int {
	n := 0
	for k := min(a, b) + 1; k < max(a, b); k++ {
		if p := x.doc.Tokens[x.first+k].POS; p == nl.VERB || p == nl.AUX {
			n++
		}
	}
	return n
}

// partNouns name a part of a group, whose age is that of its members:
// "De helft van de krachten is tussen de 15 en 25 jaar".
var partNouns = map[string]bool{"helft": true, "deel": true, "meerderheid": true, "minderheid": true, "rest": true, "kwart": true, "derde": true, "aantal": true, "groep": true}

// pointNouns name a point in time, not a thing that ages: "begin dit jaar".
var pointNouns = map[string]bool{"begin": true, "eind": true, "einde": true, "midden": true, "tijd": true, "moment": true}

// tokenEnding returns the sentence token that ends at byte end, or -1.
func (x *scanner) tokenEnding(end int) int {
	for k, t := range x.toks {
		if t.End == end && end > 0 {
			return k
		}
	}
	return -1
}

// insideObject reports a sentence token k whose head lies inside the
// object of a (the noun of a complement: "klas" in "leerlingen per klas").
func (x *scanner) insideObject(k int, a kroniek.Amount) bool {
	if !x.parsed() {
		return false
	}
	h := x.doc.Tokens[x.first+k].Head
	return h >= 0 && x.doc.Tokens[h].Start >= a.ObjectStart && x.doc.Tokens[h].End <= a.ObjectEnd
}

// listed returns the end of a list of plural nouns that a counted
// plural noun k opens, separated by commas and closed by "en" or "of",
// each a conjunct of k in the parse and plain (adjectives only, no
// article, number or possessive of its own): "172 hoogleraren,
// schrijvers en andere prominenten" counts all of them. A list with any
// other word is two things ("drie jongens, vier meisjes en een leraar")
// and the object stays k. It returns end when there is no such list.
func (x *scanner) listed(k, end int) int {
	if !x.parsed() {
		return end
	}
	j := k + 1
	for j < len(x.toks) && x.toks[j].Start < end {
		j++
	}
	if j >= len(x.toks) || x.low[j] != "," {
		return end
	}
	d := x.doc
	for m := j; m < len(x.toks); {
		sep := x.low[m]
		if sep != "," && sep != "en" && sep != "of" {
			return end
		}
		n := m + 1
		for n < len(x.toks) && d.Tokens[x.first+n].POS == nl.ADJ {
			n++ // andere prominenten
		}
		if n >= len(x.toks) || !x.listMember(x.first+n, x.first+k, sep != ",") {
			return end
		}
		if sep != "," {
			return x.toks[n].End
		}
		m = n + 1
	}
	return end
}

// listMember reports a plain plural common noun at doc token c that the
// parse coordinates with doc token k, directly or through other
// conjuncts (see listed); the last member, after plural ones, may be a
// plural neither its ending nor the parse marks ("schrijvers en
// culturati").
func (x *scanner) listMember(c, k int, last bool) bool {
	d := x.doc
	if d.Tokens[c].POS != nl.NOUN || !last && !x.plural(c-x.first) && !d.Tokens[c].Feats.Has(nl.FeatPlur) || len(d.Dependents(c, "nummod"))+len(d.Dependents(c, "det"))+len(d.Dependents(c, "nmod:poss")) > 0 {
		return false
	}
	for h, n := c, 0; n < 8 && d.Tokens[h].Rel == "conj" && d.Tokens[h].Head >= 0; n++ {
		if h = d.Tokens[h].Head; h == k {
			return true
		}
	}
	return false
}

// conjoined returns the end of a noun the object noun k is coordinated
// with right after the object (which ends at byte end), from the parse:
// "23 miljard dollar in olie en gas", "58 middelbare scholen en mbo's".
// A conjunct with a number or determiner of its own is another thing
// ("119 mannen en 71 vrouwen", "drie liquidaties en een mislukt
// moordplan"); a count shares only a plural noun (by its ending or, for
// Latin plurals, the parse: "specialisten en paramedici"). It returns end
// when there is none.
func (x *scanner) conjoined(k, end int, count bool) int {
	if !x.parsed() {
		return end
	}
	j := k + 1
	for j < len(x.toks) && x.toks[j].Start < end {
		j++
	}
	if j+1 >= len(x.toks) || x.low[j] != "en" && x.low[j] != "of" {
		return end
	}
	d := x.doc
	for _, c := range d.Dependents(x.first+k, "conj") {
		ck := c - x.first
		if w := x.l.pos[x.low[ck]]; w != "NOUN" && w != "" || x.l.mults[x.low[ck]] > 0 || strings.HasSuffix(x.low[ck], "tallen") {
			continue // je krijgt 70 procent en zoek het maar uit; 24 doden en tientallen gewonden
		}
		if ck <= j || ck >= len(x.toks) || d.Tokens[c].POS != nl.NOUN || d.Tokens[x.first+j].Head != c || count && !x.plural(ck) && !d.Tokens[c].Feats.Has(nl.FeatPlur) {
			continue
		}
		if len(d.Dependents(c, "nummod")) > 0 || len(d.Dependents(c, "det")) > 0 || len(d.Dependents(c, "nmod:poss")) > 0 {
			continue
		}
		plain := true
		for m := j + 1; m < ck; m++ {
			if t := d.Tokens[x.first+m]; t.POS != nl.ADJ || t.Head != c {
				plain = false
			}
		}
		if n := ck + 1; plain && (n >= len(x.toks) || x.toks[n].Kind != nl.Number && d.Tokens[x.first+n].POS != nl.NUM) {
			return x.toks[ck].End
		}
	}
	return end
}

// costVerb reports "kosten" at k as the infinitive closing a clause with
// an auxiliary before the sum: "die zouden 1000 miljard euro kosten",
// "dat gaat 5 euro kosten".
func (x *scanner) costVerb(k int) bool {
	if x.low[k] != "kosten" || k+1 < len(x.toks) && x.toks[k+1].Kind == nl.Word && x.low[k+1] != "en" && x.low[k+1] != "of" {
		return false
	}
	for j := k - 1; j >= 0 && x.low[j] != "," && x.low[j] != ";"; j-- {
		if costAux[x.low[j]] {
			return true
		}
	}
	return false
}

// costAux are the auxiliaries and modals an infinitive "kosten" closes.
var costAux = map[string]bool{"zou": true, "zouden": true, "zal": true, "zullen": true, "gaat": true, "gaan": true, "ging": true, "gingen": true, "moet": true, "moeten": true, "kan": true, "kunnen": true, "kon": true, "konden": true, "mag": true, "mogen": true, "blijkt": true, "lijkt": true}

// possessiveName reports a name in the genitive before a noun phrase at
// sentence token k, as the parse reads it: "Zavadnikovs eerste boot".
func (x *scanner) possessiveName(k int) bool {
	if !x.parsed() || !isCapitalized(x.toks[k].Text) || !strings.HasSuffix(x.low[k], "s") {
		return false
	}
	t := x.doc.Tokens[x.first+k]
	return (t.POS == nl.DET || t.Rel == "nmod:poss") && t.Head > x.first+k
}

// before reports a phrase "voor de X" after the time figure on sentence
// tokens [num, end), the time before an event ("tien dagen voor de
// Brexitdeadline"): not where ("lag 12 dagen voor de kust"), not a span
// up to now ("werkt al 24 jaar voor de club"), no clause ("tien dagen voor
// de club de finale speelt").
func (x *scanner) before(num, end int) bool {
	if !x.parsed() {
		return false
	}
	d := x.doc
	u := x.figureHead(num, end)
	k, ok := x.objectAfter(end + 2)
	if u < 0 || !ok || d.Tokens[x.first+end].Rel == "mark" || x.word(num-1) == "al" {
		return false // werkt al 24 jaar voor de club: a span up to now
	}
	if h := d.Tokens[x.first+k].Head; h != u && h != d.Tokens[u].Head {
		return false
	}
	if v := d.Clause(u); v >= 0 && positionVerbs[d.Tokens[v].Lemma] {
		return false // lag 12 dagen voor de kust, stond een half uur voor de spiegel: where
	}
	for _, c := range d.Children(x.first + k) {
		if r := d.Tokens[c].Rel; r == "acl:relcl" || r == "ccomp" {
			return false
		}
	}
	return true
}

// positionVerbs say where something is: "voor de kust liggen".
var positionVerbs = map[string]bool{"liggen": true, "staan": true, "hangen": true, "wachten": true}

// adjectiveRun reports adjectives (with adverbs and commas between) from
// sentence token k up to a plural noun: "voornamelijk jonge,
// aartsconservatieve Brabanders" after "ongeveer dertig,".
func (x *scanner) adjectiveRun(k int) bool {
	seen := false
	for ; k < len(x.toks) && k < len(x.low); k++ {
		w := x.low[k]
		switch {
		case w == ",":
		case x.l.pos[w] == "ADV" && !seen:
		case x.adjective(k) && x.l.pos[w] != "NOUN" && x.l.pos[w] != "VERB":
			seen = true
		default:
			return seen && x.toks[k].Kind == nl.Word && x.plural(k) && x.viable(k, false) && x.l.pos[w] != "VERB"
		}
	}
	return false
}

// finiteAfter reports a finite verb after sentence token j before the
// next punctuation mark.
func (x *scanner) finiteAfter(j int) bool {
	if j+1 < len(x.toks) && x.parsed() && x.doc.Tokens[x.first+j+1].POS == nl.PRON {
		return false // Na 75 jaar weten we: an inverted subject after the verb
	}
	for k := j + 1; k < len(x.toks) && x.toks[k].Kind != nl.Punct && x.l.pos[x.low[k]] != "SCONJ"; k++ {
		if x.verbAt(k) {
			return true
		}
	}
	return false
}
