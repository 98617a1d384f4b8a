package story

import (
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// This file holds the timeline's tests on the dependency parse: where a
// time expression sits in its sentence and what the clause it dates says
// (independent timeline audits, seeds 11115 and 11205).

// syntax returns the member's doc tagged and parsed (lazily, a sentence
// when it is first asked for) when the options can annotate, else the doc
// as parsed(), on which every nl accessor finds nothing.
func (b *builder) syntax(m *member) *nl.Doc {
	d := m.parsed()
	if b.opts.Annotate != nil && !d.Annotated() {
		b.opts.Annotate(d)
	}
	return d
}

// timeToken returns the token that heads the time expression t in doc:
// the token of its span whose head lies outside it; -1 when none.
func timeToken(doc *nl.Doc, t kroniek.TimeRef) int {
	toks := doc.Tokens
	i := sort.Search(len(toks), func(k int) bool { return toks[k].End > t.Start })
	first := -1
	for k := i; k < len(toks) && toks[k].Start < t.End; k++ {
		if first < 0 {
			first = k
		}
		if doc.SentenceOf(k) < 0 || !doc.Parsed(doc.SentenceOf(k)) {
			return -1
		}
		h := toks[k].Head
		if h < 0 || toks[h].Start < t.Start || toks[h].End > t.End {
			return k
		}
	}
	return first
}

// sequenceMarks are the subordinators and prepositions that put what
// they govern before or after the clause they modify: "nadat … begin
// december geen soelaas bood, hebben technici de oorzaak nu wel
// achterhaald", "is aan de kant geschoven na de geweldsexplosie van
// zaterdag". A time expression under one dates the earlier (or later)
// event, not what the main clause reports. ("toen" and "sinds" are not
// among them: "toen" names the same moment, "sinds" the start of what
// the clause reports; sinceMarks holds "sinds" as a subordinator.)
var sequenceMarks = map[string]bool{"na": true, "ná": true, "nadat": true, "voordat": true, "alvorens": true,
	"after": true, "before": true, "nach": true, "nachdem": true, "bevor": true}

// sinceMarks open a clause or phrase whose event started the state the
// main clause reports ("Sinds het overleg in november stuk liep, wacht de
// vakbeweging …", seed 1452 #21, which the parse reads as "sinds" on
// "overleg"): a date under a noun or verb that takes one dates that
// event, not a development the main clause tells. On the date itself
// ("Sinds 1 maart geldt een verbod") "sinds" dates the start and stays.
var sinceMarks = map[string]bool{"sinds": true, "since": true, "seit": true}

// sequenceClause reports whether the time expression t sits, on its head
// chain up to the sentence's main verb, under a subordinator or
// preposition of sequence (sequenceMarks): a clause ("Nadat …") or a
// prepositional phrase ("na de geweldsexplosie van zaterdag") that tells
// what came before the main clause's fact. "na afloop van" is the same
// moment.
func sequenceClause(doc *nl.Doc, t kroniek.TimeRef) bool {
	i := timeToken(doc, t)
	if i < 0 {
		return false
	}
	for n := 0; i >= 0 && n < 64; n++ {
		for _, c := range doc.Children(i) {
			r := doc.Tokens[c].Rel
			if r != "mark" && r != "case" {
				continue
			}
			w := strings.ToLower(doc.Tokens[c].Text)
			if sequenceMarks[w] && !afterwards(doc, c) || n > 0 && sinceMarks[w] {
				return true
			}
		}
		if doc.Tokens[i].Rel == "root" {
			return false
		}
		i = doc.Tokens[i].Head
	}
	return false
}

// sideMarks open an adverbial clause of reason, concession, contrast or
// result: a date in it dates the cause or the contrast, not the fact the
// main clause reports ("Forum wil geen windmolens, terwijl de Kamer in
// december instemde met de Klimaatwet", "Een opmerkelijke stap,
// aangezien hij in juli nog ontslag nam", "Maar nu het kabinet in mei zijn
// meerderheid kwijtraakt, is een delicate situatie ontstaan"; seeds 1761
// #22, 1662 #14).
var sideMarks = map[string]bool{"terwijl": true, "omdat": true, "aangezien": true, "hoewel": true, "ofschoon": true,
	"alhoewel": true, "doordat": true, "zodat": true, "nu": true, "whereas": true, "because": true, "although": true,
	"weil": true, "obwohl": true}

// placeRelatives open a relative clause on a place or an occasion: a date
// in it dates what once happened there, not what the main clause reports
// ("Nabestaanden mochten rondkijken op de rampplek, waar op 10 maart een
// Boeing neerstortte", seed 1761 #6; "Het onderzoek naar de schietpartij
// waarbij zij in september omkwam nadert het eindpunt"). Not "waarna" or
// "waardoor", whose clause tells the next development.
var placeRelatives = map[string]bool{"waar": true, "waarin": true, "waarbij": true, "where": true, "wo": true}

// sideClause reports whether the time expression t sits in a clause,
// below the sentence's main verb, that a side mark (sideMarks) or a place
// relative (placeRelatives) opens.
func sideClause(doc *nl.Doc, t kroniek.TimeRef) bool {
	i := timeToken(doc, t)
	for n := 0; i >= 0 && n < 64; n++ {
		v := doc.Clause(i)
		if v < 0 || doc.Tokens[v].Rel == "root" {
			return false
		}
		for _, c := range doc.Children(v) {
			r, w := doc.Tokens[c].Rel, strings.ToLower(doc.Tokens[c].Text)
			if r == "mark" && sideMarks[w] || (r == "advmod" || r == "mark" || r == "obl") && placeRelatives[w] {
				return true
			}
		}
		i = doc.Tokens[v].Head
	}
	return false
}

// frameCases are the prepositions of a noun phrase that places the main
// clause's fact in time or in a medium: "in de krant van vrijdag
// schreef …", "tijdens de verkiezingen van november", "op de
// persconferentie van maandag zei …".
var frameCases = map[string]bool{"in": true, "tijdens": true, "bij": true, "op": true, "during": true, "at": true,
	"im": true, "während": true, "bei": true}

// nounDate reports whether the time expression t only says which thing a
// noun is: "van" hangs it under a noun ("de beslissing van maandag", "de
// EU-top van 10 april", "De verkiezingsuitslag van 20 maart doet zich
// voelen"; seeds 11606 #12, 1761) while the main clause reports something
// else. Not a range ("van 15 tot 18 maart"), a time noun ("het weekeinde
// van 21 september"), a noun that frames the fact ("In de krant van
// vrijdag schreef …"; frameCases), nor the subject of a past clause,
// which tells what that thing did then ("De aanslag van maandag kostte
// vier levens", "Hij zei dat de verkiezingen van 9 augustus eerlijk zijn
// verlopen").
func nounDate(doc *nl.Doc, t kroniek.TimeRef) bool {
	i := timeToken(doc, t)
	if i < 0 || doc.Tokens[i].Rel != "nmod" || !hasCase(doc, i, "van") || rangeAfter(doc, t) {
		return false
	}
	h := doc.Tokens[i].Head
	if h < 0 || doc.Tokens[h].POS != nl.NOUN && doc.Tokens[h].POS != nl.PROPN || ownNoun(strings.ToLower(doc.Tokens[h].Text)) {
		return false
	}
	switch noun := doc.Tokens[h]; {
	case noun.Rel == "obl":
		for _, c := range doc.Dependents(h, "case") {
			if frameCases[strings.ToLower(doc.Tokens[c].Text)] {
				return false
			}
		}
	case strings.HasPrefix(noun.Rel, "nsubj") && noun.Head >= 0:
		return doc.Tense(noun.Head) != nl.TensePast
	}
	return true
}

// hasCase reports whether token i takes the preposition w ("van").
func hasCase(doc *nl.Doc, i int, w string) bool {
	for _, c := range doc.Dependents(i, "case") {
		if strings.EqualFold(doc.Tokens[c].Text, w) {
			return true
		}
	}
	return false
}

// rangeAfter reports whether the time expression t opens a range: the
// word after it is "tot" or "t/m" ("van 15 tot 18 maart").
func rangeAfter(doc *nl.Doc, t kroniek.TimeRef) bool {
	toks := doc.Tokens
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= t.End })
	if k >= len(toks) {
		return false
	}
	w := strings.ToLower(toks[k].Text)
	return w == "tot" || w == "t/m" || w == "-" || w == "–"
}

// sideDate reports whether the time expression t dates something beside
// the fact its sentence reports: what came before or after it
// (sequenceClause), its cause or contrast (sideClause), or a noun of it
// (nounDate).
func sideDate(doc *nl.Doc, t kroniek.TimeRef) bool {
	return sequenceClause(doc, t) || sideClause(doc, t) || nounDate(doc, t) || pluperfectRelative(doc, t) || comparedDate(doc, t) || sinceCount(doc, t)
}

// sinceCount reports whether the time expression t, after "sinds", opens
// the span over which its sentence counts something up in the perfect:
// "Bij het meldpunt hebben zich sinds 1 maart 150 mensen gemeld", "De
// schade was sinds 10 maart al opgelopen tot 80 miljoen euro". The count
// grew over the span; nothing of it happened on the date itself. A state
// that begins ("Sinds maandag zitten 300 huishoudens zonder stroom",
// "Sinds 1 maart geldt een verbod") has no participle and stays. The
// parse often hangs the count on the date or the clause on a noun, so the
// sentence's tokens are read, not the tree.
func sinceCount(doc *nl.Doc, t kroniek.TimeRef) bool {
	i := timeToken(doc, t)
	s := doc.SentenceOf(i)
	if i < 0 || s < 0 || !sinceBefore(doc, t) {
		return false
	}
	var aux, part, count bool
	sent := doc.Sentences[s]
	for k := sent.First; k < sent.First+len(sent.Tokens); k++ {
		tok := doc.Tokens[k]
		switch {
		case tok.Start >= t.Start && tok.End <= t.End:
		case tok.POS == nl.AUX && (tok.Lemma == "hebben" || tok.Lemma == "zijn"):
			aux = true
		case tok.POS == nl.VERB && tok.Feats.Has(nl.FeatPart):
			part = true
		case tok.POS == nl.NUM:
			count = true
		}
	}
	return aux && part && count
}

// sinceBefore reports whether "sinds" or "sedert" stands right before the
// time expression t.
func sinceBefore(doc *nl.Doc, t kroniek.TimeRef) bool {
	toks := doc.Tokens
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= t.Start }) - 1
	if k < 0 {
		return false
	}
	w := strings.ToLower(toks[k].Text)
	return w == "sinds" || w == "sedert"
}

// compareMarks open a phrase that the main clause's fact is compared
// with: "net als bij de crash in Peru op 12 november", "zoals bij de brand
// van vorig jaar", "evenals de staking op 3 mei".
var compareMarks = map[string]bool{"als": true, "zoals": true, "evenals": true, "like": true, "wie": true}

// comparedDate reports whether the time expression t sits, on its head
// chain up to the sentence's main verb, in a phrase without a verb of its
// own that a comparison mark opens (compareMarks): it dates the earlier case the
// fact is likened to, not the fact ("Een fout in de software lijkt de
// oorzaak, net als bij de crash in Peru op 12 november"). A clause under
// "als" is a condition or a time, which speculation weighs; a noun after
// "als" alone is a role ("trad op 1 mei aan als voorzitter"), which is
// never on the date's head chain.
func comparedDate(doc *nl.Doc, t kroniek.TimeRef) bool {
	i := timeToken(doc, t)
	for n := 0; i >= 0 && n < 64; n++ {
		tok := doc.Tokens[i]
		if tok.Rel == "root" {
			return false
		}
		if tok.POS != nl.VERB && tok.POS != nl.AUX && len(doc.Dependents(i, "cop")) == 0 {
			for _, c := range doc.Children(i) {
				if r := doc.Tokens[c].Rel; (r == "mark" || r == "case") && compareMarks[strings.ToLower(doc.Tokens[c].Text)] {
					return true
				}
			}
		}
		i = tok.Head
	}
	return false
}

// pastPerfect are the auxiliaries of the Dutch past perfect ("had
// uitgeroepen", "was neergestort").
var pastPerfect = map[string]bool{"had": true, "hadden": true, "was": true, "waren": true}

// pluperfectRelative reports whether the time expression t sits in a
// relative clause (or a clause under a noun) in the past perfect: it tells
// what its noun had been before the fact the sentence reports, a look back
// ("De Democraten haalden geen meerderheid tegen de noodtoestand die de
// president in februari had uitgeroepen"). Not a relative in the simple past or the
// perfect ("het rapport dat gisteren is gepresenteerd"), which is often
// the news itself.
func pluperfectRelative(doc *nl.Doc, t kroniek.TimeRef) bool {
	i := timeToken(doc, t)
	if i < 0 {
		return false
	}
	v := doc.Clause(i)
	if v < 0 || doc.Tokens[v].Rel != "acl:relcl" && doc.Tokens[v].Rel != "acl" {
		return false // the parse hangs a "dat" relative as a clause under its noun (acl)
	}
	for _, c := range doc.Children(v) {
		if r := doc.Tokens[c].Rel; (r == "aux" || r == "aux:pass") && pastPerfect[strings.ToLower(doc.Tokens[c].Text)] {
			return true
		}
	}
	return false
}

// nestedNounDate reports whether the time expression t hangs under a noun
// that itself hangs under a noun, in a clause that is not past: "Het
// thema van de campagne voor de verkiezingen op 20 maart laat zien dat …"
// dates the elections, a thing the sentence only names on its way to
// what it reports. The timeline asks it of a date after the report (a
// plan): before it, the noun is mostly the incident the report is about
// ("De politie zoekt de dader van een steekpartij zaterdag in een café").
func nestedNounDate(doc *nl.Doc, t kroniek.TimeRef) bool {
	i := timeToken(doc, t)
	if i < 0 || doc.Tokens[i].Rel != "nmod" || rangeAfter(doc, t) {
		return false
	}
	n1 := doc.Tokens[i].Head
	if n1 < 0 || doc.Tokens[n1].Rel != "nmod" || doc.Tokens[n1].POS != nl.NOUN && doc.Tokens[n1].POS != nl.PROPN ||
		ownNoun(strings.ToLower(doc.Tokens[n1].Text)) {
		return false
	}
	n2 := doc.Tokens[n1].Head
	if n2 < 0 || doc.Tokens[n2].POS != nl.NOUN && doc.Tokens[n2].POS != nl.PROPN {
		return false
	}
	v := doc.Clause(i)
	return v >= 0 && doc.Tense(v) != nl.TensePast
}

// afterwards reports whether the mark at token c means right after, the
// same day as what it governs: "na afloop (van)", "onmiddellijk nadat",
// "kort na".
func afterwards(doc *nl.Doc, c int) bool {
	if c+1 < len(doc.Tokens) && strings.EqualFold(doc.Tokens[c+1].Text, "afloop") {
		return true
	}
	return c > 0 && rightAfter[strings.ToLower(doc.Tokens[c-1].Text)]
}

// rightAfter are the adverbs before "na" or "nadat" that make the two
// facts one moment.
var rightAfter = map[string]bool{"onmiddellijk": true, "direct": true, "meteen": true, "kort": true, "vlak": true,
	"vrijwel": true, "daags": true, "immediately": true, "shortly": true, "kurz": true, "gleich": true}

// habitAdverbs make a clause a general habit, not a development at the
// date beside it ("De tuchtcommissie voegt vaak … toe", seed 11205 #4).
// Not "steeds" (steeds meer: a trend) or "altijd" (nog altijd: still).
var habitAdverbs = map[string]bool{"vaak": true, "meestal": true, "doorgaans": true, "gewoonlijk": true,
	"telkens": true, "regelmatig": true, "geregeld": true, "zelden": true, "veelal": true, "dikwijls": true,
	"often": true, "usually": true, "oft": true, "meistens": true}

// habitClause reports whether a clause on the head chain of the time
// expression t, from its own clause up to the sentence's main verb, is a
// general habit: its verb takes a habit adverb ("vaak", "meestal",
// "doorgaans").
func habitClause(doc *nl.Doc, t kroniek.TimeRef) bool {
	i := timeToken(doc, t)
	for n := 0; i >= 0 && n < 64; n++ {
		v := doc.Clause(i)
		if v < 0 {
			return false
		}
		for _, c := range doc.Dependents(v, "advmod") {
			if habitAdverbs[strings.ToLower(doc.Tokens[c].Text)] {
				return true
			}
		}
		if doc.Tokens[v].Rel == "root" {
			return false
		}
		i = doc.Tokens[v].Head
	}
	return false
}

// pronounSubject reports whether a clause on the head chain of the time
// expression t, from its own clause up to the sentence's main verb, has a
// personal pronoun for its subject ("Tijdens zijn verblijf verkrachtte en
// doodde hij …", seed 11205 #7): who did it is only in the sentences
// before, wherever the pronoun stands (leans looks at the first words).
func pronounSubject(doc *nl.Doc, t kroniek.TimeRef) bool {
	lex := nl.Lex()
	i := timeToken(doc, t)
	for n := 0; i >= 0 && n < 64; n++ {
		v := doc.Clause(i)
		if v < 0 {
			return false
		}
		for _, c := range doc.Children(v) {
			tok := doc.Tokens[c]
			if strings.HasPrefix(tok.Rel, "nsubj") && lex.Is(nl.ClassPersonPronoun, strings.ToLower(tok.Text)) && !introduced(doc, c) {
				return true
			}
		}
		if doc.Tokens[v].Rel == "root" {
			return false
		}
		i = doc.Tokens[v].Head
	}
	return false
}

// pronounSubjectAt reports whether the main clause of the sentence at
// byte offset at (its root verb, or a verb coordinated with it) has a
// personal pronoun for its subject: put in front of a dated sentence that
// leans on it, it leans in turn ("Tijdens zijn verblijf verkrachtte en
// doodde hij …. Dit zeggen bronnen …", seed 11205 #7).
func pronounSubjectAt(doc *nl.Doc, at int) bool {
	toks := doc.Tokens
	i := sort.Search(len(toks), func(k int) bool { return toks[k].End > at })
	s := doc.SentenceOf(i)
	if s < 0 || !doc.Parsed(s) {
		return false
	}
	lex := nl.Lex()
	sent := doc.Sentences[s]
	for k := sent.First; k < sent.First+len(sent.Tokens); k++ {
		tok := toks[k]
		if !strings.HasPrefix(tok.Rel, "nsubj") || !lex.Is(nl.ClassPersonPronoun, strings.ToLower(tok.Text)) || introduced(doc, k) {
			continue
		}
		v := tok.Head
		if v >= 0 && toks[v].Rel == "conj" {
			v = toks[v].Head
		}
		if v >= 0 && toks[v].Rel == "root" {
			return true
		}
	}
	return false
}

// introduced reports whether the pronoun at token p may stand for someone
// its own sentence names before it: a name ("Volgens Koolmees … zei hij
// gisteren") or a noun subject of another clause ("De bonden denken dat
// ze …", "die de goalgetter gisteren op het veld stond, benutte hij").
func introduced(doc *nl.Doc, p int) bool {
	s := doc.SentenceOf(p)
	if s < 0 {
		return false
	}
	for k := doc.Sentences[s].First; k < p; k++ {
		tok := doc.Tokens[k]
		if tok.POS == nl.PROPN || tok.POS == nl.NOUN && strings.HasPrefix(tok.Rel, "nsubj") {
			return true
		}
	}
	return false
}

// conditionalMarks open a condition: what the clause under them says may
// not happen at all.
var conditionalMarks = map[string]bool{"als": true, "indien": true, "mocht": true, "tenzij": true, "wanneer": true,
	"if": true, "unless": true, "wenn": true, "falls": true}

// likelihoodAdverbs hedge what a clause says will happen: "laat
// waarschijnlijk woensdag weten" is a forecast, not a plan. Not
// "mogelijk", which the parse also reads as an adverb where it is the
// predicate ("Vanaf 14 maart is het weer mogelijk te reserveren").
var likelihoodAdverbs = map[string]bool{"waarschijnlijk": true, "vermoedelijk": true, "wellicht": true,
	"misschien": true, "allicht": true, "mogelijkerwijs": true, "probably": true, "possibly": true, "perhaps": true,
	"maybe": true, "wahrscheinlich": true, "vielleicht": true, "möglicherweise": true}

// speculation reports whether a date after the report (a plan) sits in a
// clause that only supposes it: a clause on its head chain, up to the
// sentence's main verb, takes the modal "kunnen", the conditional "zou",
// a hedge ("waarschijnlijk") or a condition ("Als er dan geen plan ligt,
// dan stappen ze op 12 april uit de EU", seed 1452 #30), or is a
// condition ("als", "indien"):
// "De stemming kan munitie
// bieden voor de verkiezingen op 23 mei", "Als er bij de stemming op 27
// mei verschuivingen plaatsvinden, kunnen …" (seeds 11115 #15, 11205 #21).
// A plan says what is to happen ("zal op 15 juni worden beëdigd").
//
// With "kunnen", a date that opens a period ("Klanten kunnen vanaf 17
// april hun uitstoot compenseren", "Kinderen kunnen van 8 tot 11 april
// …") is when something becomes possible: a plan.
func speculation(doc *nl.Doc, t kroniek.TimeRef) bool {
	i := timeToken(doc, t)
	opens := false
	if i >= 0 {
		for _, c := range doc.Dependents(i, "case") {
			if w := strings.ToLower(doc.Tokens[c].Text); w == "vanaf" || w == "van" {
				opens = true
			}
		}
	}
	for n := 0; i >= 0 && n < 64; n++ {
		v := doc.Clause(i)
		if v < 0 {
			return false
		}
		if !opens && doc.Modal(v) == "kunnen" {
			return true
		}
		for _, c := range doc.Children(v) {
			tok := doc.Tokens[c]
			w := strings.ToLower(tok.Text)
			if strings.HasPrefix(tok.Rel, "aux") && (w == "zou" || w == "zouden") || tok.Rel == "mark" && conditionalMarks[w] ||
				tok.Rel == "advmod" && likelihoodAdverbs[w] || tok.Rel == "advcl" && conditionOf(doc, c) {
				return true
			}
		}
		if doc.Tokens[v].Rel == "root" {
			return false
		}
		i = doc.Tokens[v].Head
	}
	return false
}

// conditionOf reports whether the adverbial clause headed by token c is a
// condition the main clause's fact hangs on: it opens with "als",
// "indien" or "mocht". Not "tenzij" (the plan holds unless: "Tenzij het
// kabinet eerder vastloopt, vindt de verkiezing plaats op 17 maart 2021")
// or "wanneer" (mostly when: "bepaalt de rechter wanneer de procedure
// begint").
func conditionOf(doc *nl.Doc, c int) bool {
	for _, k := range doc.Dependents(c, "mark") {
		if w := strings.ToLower(doc.Tokens[k].Text); conditionalMarks[w] && w != "tenzij" && w != "unless" && w != "wanneer" {
			return true
		}
	}
	return false
}
