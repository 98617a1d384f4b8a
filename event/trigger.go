package event

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// triggers lists the event words of a clause: verbs in every form
// (separable ones with their particle anywhere later in the clause, or
// before "te"), verb + noun expressions and event nouns.
func (x *extractor) triggers(s *sentenceCtx, c *clause) []trigger {
	var out []trigger
	ws := s.words
	for p, wi := range c.words {
		w := ws[wi]
		if w.Kind != nl.Word {
			continue
		}
		te := p > 0 && ws[c.words[p-1]].low == "te" || x.perfectTe(s, c, p)
		forms := x.lx.forms[w.low]
		if x.lx.is("prep", w.low) || wi > 0 && capitalised(w.Text) {
			forms = nil // uit, door, op: prepositions; Opsporing Verzocht: a name
		}
		if w.mention >= 0 && x.mentions[w.mention].Start <= w.Start && x.mentions[w.mention].End >= w.End {
			continue // a name (Erken, Sluiter), not a verb
		}
		if (w.POS == nl.NOUN || w.POS == nl.PROPN) && len(forms) > 0 && x.infForm(w.low) && x.doc.Parsed(s.index) {
			forms = nil // dit soort oproepen, de verwijten: the tagger reads a noun
		}
		if w.POS == nl.NOUN && len(forms) > 0 && x.doc.Parsed(s.index) && x.modifiedNoun(s.sent.First+wi) {
			forms = nil // rechtstreekse verbanden: an adjective's noun, no verbannen
		}
		if closedClass(w.POS) && len(forms) > 0 && x.doc.Parsed(s.index) {
			forms = nil // the tagger read no verb here: the parse around it cannot give its sides
		}
		if w.low == "vroeg" && x.earlyAdverb(s, c, p) {
			forms = nil // gisterochtend vroeg, vroeg of laat: early, not asked
		}
		if te && x.finiteHaveBe(s, c) {
			forms = nil // heeft nogal wat te bespreken, is te verwachten: no deed
		}
		if p == 0 && wi == 0 && c.kind == clauseMain && x.formsOnlyVerb(w.low) {
			forms = nil // "Gevraagd om een reactie, stuurt Airbnb …": a passive adjunct
		}
		// after a determiner a verb form is a noun (de verwijten, diens
		// afspraken); asked only of a word with verb forms left
		afterDet := len(forms) > 0 && x.afterDet(s, c, p)
		// a separable reading whose particle stands in the clause wins over
		// the bare verb (slaat … op is opslaan, not slaan)
		separable := false
		for _, f := range forms {
			if f.Verb.Particle != "" && !f.Joined {
				if q := x.particle(s, c, p, f.Verb.Particle); q >= 0 && x.clauseFinal(s, c, q) && !x.teAfterParticle(s, c, f.Verb, q) {
					separable = true
				}
			}
		}
		hedge := len(forms) > 0 && x.lx.is("hedge", w.low) // dreigen: asked once per word
		for _, f := range forms {
			if separable && f.Verb.Particle == "" {
				continue
			}
			// a clause-initial infinitive is a noun (Bellen met de PVV is zinloos)
			if p == 0 && c.kind == clauseMain && f.Kind&formInf != 0 && f.Kind&formFinite != 0 && capitalised(w.Text) {
				continue
			}
			if afterDet && f.Kind&formPart == 0 {
				continue
			}
			// the bare stem is a verb only beside ik/je or first in its clause
			if f.Kind == formStem && !x.firstPerson(s, c, p) {
				continue
			}
			// a main clause splits a separable verb's finite form (sprak … af)
			if f.Joined && f.Kind == formFinite && (c.kind == clauseMain || c.kind == clauseCoord) {
				continue
			}
			pos := []int{p}
			if f.Verb.Particle != "" && !f.Joined {
				q := x.particle(s, c, p, f.Verb.Particle)
				if q < 0 || x.teAfterParticle(s, c, f.Verb, q) {
					continue
				}
				pos = append(pos, q)
			}
			for _, ph := range f.Verb.Phrases {
				if q := x.findNoun(s, c, p, ph.nouns); q >= 0 {
					out = append(out, trigger{sense: ph.Sense, prio: prioPhrase, pos: append(append([]int(nil), pos...), q), kind: f.Kind, te: te, hedge: hedge})
				}
			}
			for _, sn := range f.Verb.Senses {
				t := trigger{sense: sn, prio: prioVerb, pos: pos, kind: f.Kind, hedge: hedge, te: te}
				if sn.Win {
					t.prio = prioWin
				}
				out = append(out, t)
			}
		}
		// a noun inside a name (Organisatie voor … Samenwerking) is no event;
		// a noun in a prepositional phrase only after "in" (in een telefoongesprek)
		if sn, ok := x.lx.noun(w.low); ok && (!capitalised(w.Text) || wi == 0 && w.Text != strings.ToUpper(w.Text)) {
			g := x.nounGovernor(s, c, p)
			// (in een telefoongesprek, in zijn felicitatieboodschap aan X: the
			// subject took part; not in een aanslag, in demonstraties: the
			// subject need not be its actor)
			out = append(out, trigger{sense: sn, prio: prioNoun, pos: []int{p}, noun: true, inPP: g != "" && !(x.lx.is("nounprep", g) && !inForce[sn.Type])})
		}
	}
	return out
}

// particle finds the separable particle of a verb at clause position p: a
// later word equal to it that ends the clause or stands before a
// preposition, "te", a verb or punctuation (not before a noun phrase, where
// it would be a preposition), or the word before "te" + infinitive.
func (x *extractor) particle(s *sentenceCtx, c *clause, p int, part string) int {
	ws := s.words
	if p >= 2 && ws[c.words[p-1]].low == "te" && ws[c.words[p-2]].low == part {
		return p - 2
	}
	for q := p + 1; q < len(c.words); q++ {
		if ws[c.words[q]].low != part {
			continue
		}
		if q+1 == len(c.words) {
			return q
		}
		// before a noun phrase the word is a preposition, not the particle
		n := ws[c.words[q+1]]
		if n.low == "te" && q+2 < len(c.words) && q+2 != p {
			continue // af te staan: the particle of the te-infinitive
		}
		if n.low == part || x.lx.is("nonprep", part) {
			return q // bood excuses aan aan de slachtoffers; kwamen overeen de …
		}
		if x.timeAt(n.Start) {
			continue // rekent erop bij de verkiezingen in mei …: a time's preposition
		}
		if n.mention >= 0 || n.Kind == nl.Number || x.lx.is("det", n.low) && n.low != "dat" ||
			n.Kind == nl.Word && capitalised(n.Text) || x.nominalAfter(s, c, q+1) {
			// riep … op de wapens neer te leggen: the te-infinitive follows
			if !x.teFollows(s, c, q+1) {
				continue
			}
		}
		if x.perfectTeFollows(s, c, q+1) {
			continue // zei … op straat te zijn aangevallen: "op" opens a phrase
		}
		return q
	}
	return -1
}

// nominalAfter reports whether the words from clause position q on open a
// noun phrase without determiner: a noun, or adjectives before one ("stemde
// in december in grote meerderheid voor": "in" is a preposition).
func (x *extractor) nominalAfter(s *sentenceCtx, c *clause, q int) bool {
	for ; q < len(c.words); q++ {
		switch s.words[c.words[q]].POS {
		case nl.NOUN, nl.PROPN:
			return true
		case nl.ADJ:
			continue
		}
		return false
	}
	return false
}

// findNoun finds one of nouns in the clause, not at position p.
func (x *extractor) findNoun(s *sentenceCtx, c *clause, p int, nouns []nounPat) int {
	for q, wi := range c.words {
		prev := ""
		if q > 0 {
			prev = s.words[c.words[q-1]].low
		}
		if q != p && hasNoun(s.words[wi].low, prev, nouns) {
			return q
		}
	}
	return -1
}

// best picks the clause's trigger: highest priority; among equals, a
// hedge verb (dreigen) yields to the verb it governs, then the earliest.
func best(ts []trigger) (trigger, bool) {
	if len(ts) == 0 {
		return trigger{}, false
	}
	// a verb governed by another event verb (riep op … te sturen) yields to
	// it, unless the governor is a hedge (dreigt … aan te vallen)
	governed := false
	for _, t := range ts {
		if !t.noun && !t.te && !t.hedge {
			governed = true
		}
	}
	if governed {
		keep := make([]trigger, 0, len(ts))
		for _, t := range ts {
			if !t.te {
				keep = append(keep, t)
			}
		}
		if len(keep) > 0 {
			ts = keep
		}
	}
	b := ts[0]
	for _, t := range ts[1:] {
		switch {
		case t.prio > b.prio:
			b = t
		case t.prio == b.prio && b.hedge && !t.hedge:
			b = t
		}
	}
	return b, true
}

// jointParties reports whether a frame done with someone (its recipient
// takes met) and needing that preposition names its parties in the
// clause instead: elkaar ("X en Y spraken elkaar") or a subject of
// coordinated parties ("X en Y bespraken de begroting"). PLOVER codes
// such a reciprocal event with every party as its actor.
func (x *extractor) jointParties(s *sentenceCtx, c *clause, t trigger) bool {
	if !slices.Contains(t.Preps, "met") {
		return false
	}
	if x.hasAny(s, c, []string{"elkaar"}) {
		return true
	}
	v := x.parsedVerb(s, c, t)
	if v < 0 || x.doc.Passive(v) {
		return false // ondertekend door X en Y: each signs, none with the other
	}
	sb := x.doc.Subject(v)
	return sb >= 0 && len(x.doc.Dependents(sb, "conj")) > 0
}

// clauseEvent codes the event of one clause, if any.
func (x *extractor) clauseEvent(s *sentenceCtx, c *clause, us []unit, fv int, subj arg, subjUnits []int) (kroniek.Event, bool) {
	ts := x.triggers(s, c)
	// drop triggers whose conditions the clause does not meet
	keep := ts[:0]
	for i := range ts {
		if ts[i].Win {
			// weigeren met X te praten: the recipient comes with the governed verb
			for _, o := range ts {
				if !o.noun && !o.Win {
					ts[i].Preps = append(append([]string(nil), ts[i].Preps...), o.Preps...)
				}
			}
		}
	}
	for _, t := range ts {
		if t.inPP {
			continue // a noun in a prepositional phrase is no clause event (over de sancties)
		}
		if t.noun && x.predicateNoun(s, c, t) {
			continue // dit is een aanval op …: a characterisation, no deed
		}
		if c.inverted && !t.noun && len(nl.Lex().Lookup(nl.ClassSpeechVerb, s.words[c.words[t.pos[0]]].low)) > 0 {
			continue // "…," betoogt Bosgraaf: a reporting clause, no protest
		}
		if t.Dat && !c.beforeDat {
			continue // wil een oplossing, wil praten: a wish, no request
		}
		if t.NeedPrep && !x.hasAny(s, c, t.Preps) && !c.beforeDat && !x.jointParties(s, c, t) || t.Refl && !x.hasClass(s, c, "refl") || t.NoDat && (c.beforeDat || x.datFollows(s, c, t)) {
			continue
		}
		if x.nominalInfinitive(s, c, fv, t) {
			continue
		}
		if t.noun && x.attributiveAdjective(s, c, t) {
			continue // als kritisch ondervrager: a manner, no criticism
		}
		if !t.noun && x.attributiveOnThing(s, c, t) {
			continue // verboden afspraken: a participle describing a thing, no deed
		}
		if t.NoTe && x.teComplement(s, c, t) {
			continue // gaf toe zich schuldig te hebben gemaakt: admitting, not yielding
		}
		if t.Propose && (c.nextOpener != "dat" && c.nextOpener != "om" && x.omTe(s, c, t) == "" || x.hasAny(s, c, []string{"zich", "me", "mij", "je", "ons", "hem", "haar"})) {
			continue // stel je voor, stelde hem voor: imagining, introducing
		}
		keep = append(keep, t)
	}
	for len(keep) > 0 {
		t, _ := best(keep)
		if t.Type == noEvent {
			return kroniek.Event{}, false
		}
		if t.NoQuestion && x.questionFollows(s, c, t) {
			return kroniek.Event{}, false // werd gevraagd wat ze kwam doen
		}
		if t.NoOver && slices.ContainsFunc(c.words, func(wi int) bool { return s.words[wi].low == "over" && s.words[wi].POS == nl.ADP }) {
			return kroniek.Event{}, false // adviseert gemeenten over zorg: an adviser's work
		}
		if t.Thing && x.partyObject(s, c, t) {
			return kroniek.Event{}, false // verwelkomt een moeder bij de fractie: a welcome, no endorsement
		}
		ev, ok := x.code(s, c, us, fv, subj, subjUnits, t)
		if ok {
			return ev, true
		}
		// try the next candidate
		rest := keep[:0:0]
		for _, o := range keep {
			if !samePos(o.pos, t.pos) || o.sense.Type != t.sense.Type || o.prio != t.prio {
				rest = append(rest, o)
			}
		}
		if len(rest) == len(keep) {
			break
		}
		keep = rest
	}
	return kroniek.Event{}, false
}

func samePos(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (x *extractor) hasAny(s *sentenceCtx, c *clause, words []string) bool {
	for _, wi := range c.words {
		for _, w := range words {
			if s.words[wi].low == w {
				return true
			}
		}
	}
	return false
}

func (x *extractor) hasClass(s *sentenceCtx, c *clause, class string) bool {
	for _, wi := range c.words {
		if x.lx.is(class, s.words[wi].low) {
			return true
		}
	}
	return false
}

// code fills in actor, recipient, modes and date for trigger t.
// passive reports whether the clause has a passive auxiliary (worden, or
// zijn with a participle) for its participle trigger.
// recipient finds the recipient: a phrase introduced by one of the
// trigger's prepositions, else the direct object (verbs only).
// bareNoun reports whether the noun at p heads a phrase without a
// preposition (the subject of its clause: "de verwijten aan Oekraïne").
// generics returns the generic actor keys of keys: they need no
// cross-document resolution.
// triggerSpan sets the trigger words and their byte span.
// afterDet reports whether clause position p follows a determiner, which
// makes a verb form there a noun (de verwijten, diens afspraken, de hoge
// kosten).
func (x *extractor) afterDet(s *sentenceCtx, c *clause, p int) bool {
	if p == 0 {
		return false
	}
	d := s.words[c.words[p-1]].low
	if w := s.words[c.words[p]].low; x.lx.is("prep", d) && d != "te" && d != "om" && x.isVerb(w) && !x.formsOnlyVerb(w) {
		return true // op vragen van, na onderhandelen: a noun after a preposition
	}
	if _, grp := x.lx.group(d); p >= 2 && strings.HasSuffix(d, "e") && !strings.HasSuffix(d, "ie") && !grp && !x.isVerb(d) && !x.lx.is("det", d) && s.words[c.words[p-1]].POS != nl.NOUN {
		// de hoge prijs: an adjective in -e between; a noun in -e the
		// tagger reads is the phrase's end, and the verb after it a verb
		// ("dat de gemeente weigert", "dat de VVD de enquête steunt")
		d = s.words[c.words[p-2]].low
	}
	if prev := s.words[c.words[p-1]]; (prev.Kind == nl.Number && !x.timeAt(prev.Start) || nl.Lex().Is(nl.ClassNumber, d) || nl.Lex().Is(nl.ClassMultiplier, d)) && x.infForm(s.words[c.words[p]].low) {
		return true // zevenhonderd doden: a plural noun after a number (not "2018 riep")
	}
	return (x.lx.is("det", d) || x.lx.is("quant", d)) && d != "dat" && d != "die" && !(p == 1 && c.opener == d)
}

// firstPerson reports whether ik/je/jij stands beside clause position p, or
// p opens its clause (an imperative).
func (x *extractor) firstPerson(s *sentenceCtx, c *clause, p int) bool {
	if p == 0 {
		return true
	}
	if x.lx.is("firstperson", s.words[c.words[p-1]].low) {
		return true
	}
	return p+1 < len(c.words) && x.lx.is("firstperson", s.words[c.words[p+1]].low)
}

// nounGovernor is the preposition a noun trigger stands after, over
// determiners, adjectives and coordinated phrases; "" when none.
func (x *extractor) nounGovernor(s *sentenceCtx, c *clause, p int) string {
	crossed := false
	for q := p - 1; q >= 0; q-- {
		w := s.words[c.words[q]]
		switch {
		case x.lx.is("prep", w.low):
			return w.low
		case w.Text == "," || w.low == "en" || w.low == "of":
			crossed = true
		case w.Kind == nl.Punct || x.isVerb(w.low) && !x.afterDet(s, c, q) || x.lx.is("pron", w.low) || w.mention >= 0:
			if crossed {
				return "?" // a list after another phrase: governed like it, unknown here
			}
			return ""
		}
	}
	return ""
}

// minus drops from a the keys that b holds (nobody acts on themselves).
// ppText is the text of a phrase after one of the trigger's prepositions
// that names no entity ("voor militaire samenwerking"), or "".
// objectNoun reports whether the noun at clause position p is a bare
// phrase after the finite verb of a main clause: an object.
// nounHasArgs reports whether a noun has its own actor (van X) or
// recipient (one of its prepositions + a name) right after it.
// clauseFinal reports whether the word at q ends its clause's core: the
// clause ends there, or a preposition, te, om or dat follows.
func (x *extractor) clauseFinal(s *sentenceCtx, c *clause, q int) bool {
	if q+1 >= len(c.words) {
		return true
	}
	n := s.words[c.words[q+1]]
	return n.Kind == nl.Punct || n.low == "te" || n.low == "om" || n.low == "dat" || x.lx.is("prep", n.low) || x.lx.is("question", n.low) || x.lx.is("sub", n.low)
}

// nominalInfinitive reports whether a verb trigger in infinitive form
// stands in a main clause without a verb that governs an infinitive
// ("het is continu bellen"): then it is a noun.
func (x *extractor) nominalInfinitive(s *sentenceCtx, c *clause, fv int, t trigger) bool {
	if t.noun || t.te || c.kind != clauseMain || fv < 0 || t.pos[0] == fv || t.kind&formInf == 0 || t.kind&(formPart) != 0 {
		return false
	}
	for p, wi := range c.words {
		if p != t.pos[0] && (x.lx.is("infgov", s.words[wi].low) || s.words[wi].low == "te") {
			return false
		}
	}
	return true
}

// teFollows reports whether "te" + a word stands later in the clause from
// position q, with no other preposition-like particle candidate between.
func (x *extractor) teFollows(s *sentenceCtx, c *clause, q int) bool {
	for r := q; r+1 < len(c.words); r++ {
		w := s.words[c.words[r]]
		if w.low == "te" {
			return true
		}
		if w.Kind == nl.Punct {
			return false
		}
	}
	return false
}

// teAfterParticle reports whether the particle at clause position q of a
// verb that takes no te-infinitive (opzeggen) stands before a phrase and
// a te-infinitive: "zegt elk geval op zijn merites te beoordelen" reads
// "op" as a preposition of the te-infinitive.
func (x *extractor) teAfterParticle(s *sentenceCtx, c *clause, v *verb, q int) bool {
	noTe := false
	for _, sn := range v.Senses {
		noTe = noTe || sn.NoTe
	}
	return noTe && q+1 < len(c.words) && s.words[c.words[q+1]].low != "te" && x.teFollows(s, c, q+1)
}

// teComplement reports whether the parse gives the trigger verb a
// te-infinitive complement of its own (an xcomp, ccomp or conj with "te",
// not "om … te").
func (x *extractor) teComplement(s *sentenceCtx, c *clause, t trigger) bool {
	v := x.parsedVerb(s, c, t)
	if v < 0 {
		return false
	}
	var comps []int
	for _, rel := range []string{"xcomp", "ccomp", "conj"} {
		comps = append(comps, x.doc.Dependents(v, rel)...) // the parser hangs some te-infinitives as conj
	}
	for _, xc := range comps {
		te, om := false, false
		for _, m := range x.doc.Dependents(xc, "mark") {
			switch lower(x.doc.Tokens[m].Text) {
			case "te":
				te = true
			case "om":
				om = true
			}
		}
		if te && !om {
			return true
		}
	}
	return false
}

// inForce are the types of force and dissent, whose noun after "in" (in
// een aanslag, in demonstraties) is no event of the clause's subject.
var inForce = map[string]bool{"ASSAULT": true, "PROTEST": true, "COERCE": true, "MOBILIZE": true}

// perfectTe reports whether clause position p is a participle of a perfect
// te-infinitive: "verweet de VS een aanval te hebben uitgevoerd" (or
// "uitgevoerd te hebben"): governed by another verb, like "te sturen".
func (x *extractor) perfectTe(s *sentenceCtx, c *clause, p int) bool {
	aux := func(w string) bool { return w == "hebben" || w == "zijn" || w == "worden" }
	at := func(q int) string {
		if q < 0 || q >= len(c.words) {
			return ""
		}
		return s.words[c.words[q]].low
	}
	return aux(at(p-1)) && at(p-2) == "te" || at(p+1) == "te" && aux(at(p+2))
}

// formsOnlyVerb reports whether every form of w is a participle: those
// stand after prepositions as verbs ("door X gearresteerd").
func (x *extractor) formsOnlyVerb(w string) bool {
	fs := x.lx.forms[w]
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		if f.Kind&formPart == 0 {
			return false
		}
	}
	return true
}

// questionFollows reports whether an indirect question follows the trigger
// ("vroeg of …", "werd gevraagd wat …"): asking, not requesting.
func (x *extractor) questionFollows(s *sentenceCtx, c *clause, t trigger) bool {
	last := t.pos[0]
	for _, p := range t.pos {
		last = max(last, p)
	}
	for q := last + 1; q < len(c.words) && q <= last+3; q++ {
		if x.lx.is("question", s.words[c.words[q]].low) {
			return true
		}
	}
	return c.nextOpener != "" && x.lx.is("question", c.nextOpener)
}

// earlyAdverb reports whether "vroeg" at clause position p is the adverb
// "early": after a time word or expression, before "of", "genoeg",
// after "te", "zo", "al", "veel", "heel".
func (x *extractor) earlyAdverb(s *sentenceCtx, c *clause, p int) bool {
	if p > 0 {
		prev := s.words[c.words[p-1]]
		switch prev.low {
		case "te", "zo", "al", "veel", "heel", "erg", "nog", "vrij", "'s":
			return true
		}
		if x.timeAt(prev.Start) || x.lx.is("timenoun", prev.low) || x.lx.is("adverb", prev.low) && nl.Lex().Is(nl.ClassWeekday, prev.low) {
			return true
		}
		if strings.HasSuffix(prev.low, "ochtend") || strings.HasSuffix(prev.low, "morgen") || strings.HasSuffix(prev.low, "avond") || strings.HasSuffix(prev.low, "middag") {
			return true
		}
	}
	if p+1 < len(c.words) {
		switch s.words[c.words[p+1]].low {
		case "of", "genoeg", "begonnen", "gestart":
			return true
		}
	}
	return false
}

// infForm reports whether w has an infinitive reading (doden, aanvallen),
// which a plural noun shares.
func (x *extractor) infForm(w string) bool {
	for _, f := range x.lx.forms[w] {
		if f.Kind&formInf != 0 {
			return true
		}
	}
	return false
}

// finiteHaveBe reports whether the clause's first finite verb is a form of
// hebben or zijn (heeft … te bespreken).
func (x *extractor) finiteHaveBe(s *sentenceCtx, c *clause) bool {
	for _, wi := range c.words {
		w := s.words[wi].low
		if x.lx.is("have", w) || w == "is" || w == "was" || w == "waren" {
			return true
		}
		if x.finite(w) {
			return false
		}
	}
	return false
}

// datFollows reports whether "dat" follows a trigger word directly
// ("waarschuwen dat grote bedrijven …", a clause the splitter kept).
func (x *extractor) datFollows(s *sentenceCtx, c *clause, t trigger) bool {
	for _, p := range t.pos {
		if p+1 < len(c.words) && s.words[c.words[p+1]].low == "dat" {
			return true
		}
	}
	if v := x.parsedVerb(s, c, t); v >= 0 {
		for _, cc := range x.doc.Dependents(v, "ccomp") {
			if x.markOf(cc) == "dat" {
				return true // geeft toe dat de woning niet de zijne is (a copular dat-clause)
			}
			if lo, _ := x.doc.Span(cc); lo >= 0 && lower(x.doc.Tokens[lo].Text) == "dat" {
				return true // betoogde X dat …, with "dat" parsed as a pronoun
			}
		}
	}
	return false
}

// perfectTeFollows reports whether "te hebben", "te zijn" or "te worden"
// stands later in clause c from position q: a reported perfect ("zei … op
// straat te zijn aangevallen") in whose phrase a particle-like word is a
// preposition.
func (x *extractor) perfectTeFollows(s *sentenceCtx, c *clause, q int) bool {
	for r := q; r+1 < len(c.words); r++ {
		if s.words[c.words[r]].low == "te" {
			n := s.words[c.words[r+1]].low
			return n == "hebben" || n == "zijn" || n == "worden"
		}
	}
	return false
}

// closedClass reports whether a part of speech is a closed word class
// that a verb form is never tagged with in a right reading (a
// preposition, determiner, pronoun, conjunction, number or punctuation).
func closedClass(p nl.POS) bool {
	switch p {
	case nl.ADP, nl.DET, nl.PRON, nl.CCONJ, nl.SCONJ, nl.NUM, nl.PUNCT:
		return true
	}
	return false
}

// courtNouns are the heads of a side that judges: their condemnation is a
// conviction.
var courtNouns = map[string]bool{"rechtbank": true, "rechter": true, "rechters": true, "hof": true, "gerechtshof": true, "tribunaal": true, "jury": true, "krijgsraad": true}

// conviction recodes veroordelen from condemning (ACCUSE) to convicting
// (SANCTION) when the clause says it is a court's sentence: a court as
// actor, a penalty or ground (tot, wegens), or a person convicted in the
// passive for a deed ("X is veroordeeld … voor deelname aan …").
func (x *extractor) conviction(ev *kroniek.Event, s *sentenceCtx, c *clause, t trigger) {
	v := x.parsedVerb(s, c, t)
	if ev.Type != "ACCUSE" || v < 0 || x.doc.Tokens[v].Lemma != "veroordelen" {
		return
	}
	d := x.doc
	court := false
	if a := d.Subject(v); a >= 0 && courtNouns[lower(d.Tokens[a].Text)] {
		court = true
	}
	for _, ob := range d.Obliques(v) {
		switch ob.Prep {
		case "tot", "wegens":
			court = true
		case "door":
			court = court || courtNouns[lower(d.Tokens[ob.Head].Text)]
		case "voor":
			if d.Passive(v) && x.personSide(arg{keys: ev.RecipientLocal}) {
				court = true
			}
		}
	}
	if court {
		ev.Type, ev.Mode = "SANCTION", "convict"
	}
}

// omTe is the om … te-infinitive the parse kept in the trigger's clause
// after the trigger (stellen nu voor om … op te richten, parsed as the
// verb's complement), or "".
func (x *extractor) omTe(s *sentenceCtx, c *clause, t trigger) string {
	last := slices.Max(t.pos)
	for p := last + 1; p < len(c.words); p++ {
		if s.words[c.words[p]].low != "om" {
			continue
		}
		for q := p + 1; q+1 < len(c.words); q++ {
			if s.words[c.words[q]].low == "te" {
				end := c.words[len(c.words)-1]
				for end > c.words[p] && s.words[end].Kind == nl.Punct {
					end--
				}
				return s.text[s.words[c.words[p]].Start:s.words[end].End]
			}
		}
		return ""
	}
	return ""
}

// attributiveOnThing reports whether a verb trigger is a participle the
// parse hangs as a modifier on a common noun that names no party
// ("verboden afspraken", "de gestolen fietsen"): it describes the thing.
// A participle on a person or group ("de gearresteerde man") still tells
// what was done to them.
func (x *extractor) attributiveOnThing(s *sentenceCtx, c *clause, t trigger) bool {
	v := x.parsedVerb(s, c, t)
	if v < 0 || len(t.pos) > 1 {
		return false
	}
	d := x.doc
	tk := d.Tokens[v]
	if tk.Rel != "amod" || !tk.Feats.Has(nl.FeatPart) || tk.Head != v+1 || d.Tokens[tk.Head].POS != nl.NOUN {
		return false
	}
	n := tk.Head - s.sent.First
	if n < 0 || n >= len(s.words) || s.words[n].mention >= 0 {
		return false
	}
	w := s.words[n].low
	if _, grp := x.lx.group(w); grp || x.lx.is("person", w) || x.lx.is("member", w) {
		return false
	}
	if _, role := nl.Lex().RoleHead(w); role {
		return false
	}
	return true
}

// attributiveAdjective reports whether an adjective trigger (kritisch,
// woedend, lovend) stands right before a noun it describes ("maakte furore
// als kritisch ondervrager"): it qualifies that noun and tells nobody's
// judgement of a side.
func (x *extractor) attributiveAdjective(s *sentenceCtx, c *clause, t trigger) bool {
	p := t.pos[0]
	if s.words[c.words[p]].POS != nl.ADJ || p+1 >= len(c.words) {
		return false
	}
	n := s.words[c.words[p+1]]
	return n.POS == nl.NOUN && n.mention < 0
}

// partyObject reports whether the parse gives the trigger's verb an object
// that is a party: a name, a pronoun, or a person or group noun ("een
// moeder", "de gasten"), not a thing ("het besluit").
func (x *extractor) partyObject(s *sentenceCtx, c *clause, t trigger) bool {
	v := x.parsedVerb(s, c, t)
	if v < 0 {
		return false
	}
	d := x.doc
	for _, o := range d.Objects(v) {
		tk := d.Tokens[o]
		if tk.POS == nl.PROPN || tk.POS == nl.PRON || x.roleHead(tk.Text) {
			return true
		}
	}
	return false
}

// modifiedNoun reports whether the parse gives doc token i, which it
// tags a noun, an attributive adjective (amod): "dat de politie
// rechtstreekse verbanden ziet" (invented after a real sentence) holds the
// noun verbanden (connections), not a form of verbannen, whatever the
// verb lexicon says of the form. A verb takes no amod.
func (x *extractor) modifiedNoun(i int) bool {
	for _, a := range x.doc.Dependents(i, "amod") {
		if x.doc.Tokens[a].POS == nl.ADJ && a < i {
			return true
		}
	}
	return false
}
