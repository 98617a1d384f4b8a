package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Reading sides and modes from the dependency parse (nl's syntax API).
// When the trigger's sentence is parsed, the parse decides who acts and who
// is acted on; the word-order reading of clause.go and args.go is the
// fallback for unparsed sentences (non-Dutch docs, no model).

// parsedVerb returns the doc token index of a verb trigger when its
// sentence is parsed, else -1.
func (x *extractor) parsedVerb(s *sentenceCtx, c *clause, t trigger) int {
	if x.doc == nil || t.noun || s.index < 0 || !x.doc.Parsed(s.index) {
		return -1
	}
	v := s.sent.First + c.words[t.pos[0]]
	if v < 0 || v >= len(x.doc.Tokens) {
		return -1
	}
	return v
}

// parseSides reads the actor and recipient of verb v from the parse:
// actor the subject or the passive agent (door …); recipient the object,
// the passive subject, or the oblique the trigger's frame names. Relative
// pronouns are resolved to their antecedents by nl; coordinated phrases
// (conj) join their head. hasSubj and hasObj report whether the parse
// found a subject and an object or frame oblique at all, even one that is
// no side (meer en meer apotheken): then the word-order reading must not
// put another phrase there.
func (x *extractor) parseSides(s *sentenceCtx, c *clause, v int, t trigger, us []unit) (actor, recip arg, hasSubj, hasObj bool) {
	d := x.doc
	subj := d.Subject(v)
	var extraObj []int
	ns := d.Dependents(v, "nsubj")
	if ms := d.Dependents(v, "mark"); len(ns) > 1 && len(ms) > 0 && ms[0] < v && !d.Passive(v) {
		// "Terwijl Brussel … aan het aftasten is, doet de Balkan zaken":
		// a subject after the subordinator and before a comma that
		// precedes the verb is the subject of a subclause the parse
		// joined to the main verb
		var kept []int
		for _, n := range ns {
			if n < ms[0] || n > v || !slices.ContainsFunc(d.Tokens[n+1:v], func(t nl.Token) bool { return t.Text == "," }) {
				kept = append(kept, n)
			}
		}
		if len(kept) > 0 && len(kept) < len(ns) {
			ns = kept
			if !slices.Contains(ns, subj) {
				subj = ns[0]
			}
		}
	}
	if h := x.finiteModifier(v); h >= 0 {
		// "Jan Smit, de voorzitter, bekritiseerde Acme" parsed with the
		// verb as an adjective of the name and Acme as its subject: the
		// name it hangs on acts, its "subject" is the object
		subj, ns = h, nil
		extraObj = append(extraObj, d.Dependents(v, "nsubj")...)
	}
	if len(ns) > 1 {
		// "Net als de Raad A, schaart de Raad B zich …": a nominal marked
		// by als is a comparison, not a second subject
		if kept := slices.DeleteFunc(slices.Clone(ns), x.comparative); len(kept) > 0 && len(kept) < len(ns) {
			ns = kept
			if !slices.Contains(ns, subj) {
				subj = ns[0]
			}
		}
	}
	if len(ns) > 1 && !d.Passive(v) {
		// "Asscher belt hij graag": of two subjects the parser gave, the
		// person pronoun is the subject and the fronted phrase the object
		nominative := false
		for _, n := range ns {
			w := lower(d.Tokens[n].Text)
			if nominative || !x.lx.is("pron", w) && !firstPersonSide[w] {
				continue
			}
			// sprak ik Barfi (invented): ik; "Hij heeft ze verbannen":
			// hij, as ze may be an object and hij may not
			subj, nominative = n, nominativePron[w]
		}
		for _, n := range ns {
			if n != subj && d.Tokens[n].Rel == "nsubj" {
				extraObj = append(extraObj, n)
			}
		}
	}
	if tk := d.Tokens[v]; tk.Rel == "acl" && tk.Feats.Has(nl.FeatPart) && tk.Head >= 0 {
		// "Yago R., vorig jaar door de rechtbank veroordeeld": a participle
		// on a noun is done to that noun, by its door-phrase
		actor = arg{}
		for _, ob := range d.Obliques(v) {
			if ob.Prep == "door" {
				actor = x.validSide(x.parseSide(s, c, ob.Head, us))
			}
		}
		recip = x.validSide(x.parseSide(s, c, tk.Head, us))
		return actor, recip, true, true
	}
	if x.passiveConj(v) {
		tk := d.Tokens[v]
		if a := d.Subject(tk.Head); a >= 0 {
			actor = x.validSide(x.parseSide(s, c, a, us))
		}
		for _, o := range d.Objects(tk.Head) {
			recip.add(x.parseSide(s, c, o, us))
		}
		return actor, x.validSide(recip), true, true
	}
	from, to := x.agreeingAntecedent(v)
	if subj >= 0 && subj == from {
		subj = to
	}
	if subj >= 0 && d.Antecedent(subj) < 0 && (lower(d.Tokens[subj].Text) == "die") && d.Tokens[subj].POS == nl.PRON {
		// ", die weigert …" parsed as a conjunct: the relative pronoun
		// still stands for the noun before its comma
		if a := nounBefore(d, subj); a >= 0 {
			subj = a
		}
	}
	if o := x.auxSubject(v, subj); o >= 0 {
		// "maar de vakbonden hebben premier X en minister Y gevraagd om
		// …" parsed with the prefield phrase as the subject of the
		// auxiliary and the names after it as the participle's: the
		// phrase before the finite auxiliary is the subject, the other
		// the object
		extraObj = append(extraObj, subj)
		subj = o
	}
	if o := x.nameBeforeVerb(s, v, subj); o >= 0 {
		// "… en Di Maio beschuldigt kritische buitenlandse instellingen
		// van inmenging" parsed with the plural phrase after the singular
		// verb as its subject: the name right before the verb agrees
		extraObj = append(extraObj, subj)
		subj = o
	}
	if o := x.agreeingObject(s, v, subj); o >= 0 {
		// "De coalitiefracties, plus PvdA en GroenLinks, steunen Koolmees"
		// parsed with Koolmees as subject: the finite verb agrees in
		// number with the phrase before it, not with the one after
		extraObj = append(extraObj, subj)
		subj = o
	}
	if o := x.agreeingPrefield(s, v, subj); o >= 0 {
		// "…: de moedermaatschappij van X heeft afspraken gemaakt met Y"
		// parsed with "afspraken" as subject and the phrase before the
		// finite verb hung elsewhere: the phrase that opens the clause
		// and agrees with the finite verb is the subject
		extraObj = append(extraObj, subj)
		subj = o
	}
	if o := x.prefieldObject(s, v); subj < 0 && o >= 0 {
		// "Europarlementariërs springen voor X in de bres" parsed with no
		// subject and the phrase before the finite verb as its object: a
		// finite main clause has a subject, and it is that phrase
		subj = o
	}
	if o := x.passiveHeadSubject(v); o >= 0 && subj != o {
		// "De migranten zijn gered door het schip X, en kwamen in
		// opstand": an active conjunct without a subject shares its
		// passive head's surface subject, not the head's agent
		subj = o
	}
	if o := x.invertedConjunctSubject(v, subj); o >= 0 {
		// "…, maar dinsdag heeft de gemeente groen licht gegeven" parsed
		// with the conjunct subjectless (so sharing its head's subject)
		// and "de gemeente" as an object: after a fronted phrase the
		// conjunct's own finite verb is followed by its subject
		subj = o
	}
	if o, objs := x.auxArguments(v); o >= 0 && (subj < 0 || d.Tokens[subj].Head != v) {
		// "Hij had Piet … mishandeld", "maar de vakbonden hebben premier X
		// … gevraagd" parsed with the clause's phrases hung on the finite
		// auxiliary: an auxiliary is a leaf in UD, so they are the verb's,
		// the one before the auxiliary (or its subject) the subject
		subj = o
		extraObj = append(extraObj, objs...)
	}
	if o := x.listedVerbSubject(v); subj < 0 && o >= 0 {
		// "X vecht voor zijn baan, gooit met modder en haalt uit naar de
		// pers" parsed with "haalt" as parataxis: a verb list shares the
		// subject of its first verb
		subj = o
	}
	if o := x.subclauseObject(v); subj < 0 && o >= 0 {
		// "dat de leden van die organisatie de Bondsrepubliek niet
		// erkennen" parsed with no subject and "de leden" as the object: a
		// verb-final clause opens with its subject
		subj = o
	}
	for _, n := range append(d.Dependents(v, "iobj"), d.Dependents(v, "obj")...) {
		if subj < 0 || d.Tokens[subj].POS != nl.NOUN || capitalised(d.Tokens[subj].Text) {
			break // only against a common noun the parse made the subject
		}
		if w := lower(d.Tokens[n].Text); w == "ik" || w == "wij" || w == "we" || w == "hij" {
			// "sprak ik Barfi" (invented) parsed with ik as an object: a
			// nominative pronoun is the subject whatever the parse says
			subj = n
		}
	}
	if subj < 0 && t.prio == prioPhrase && len(t.pos) > 1 {
		// "heeft daar afspraken over gemaakt" parsed with afspraken as the
		// verb and gemaakt hung on it: the expression's noun carries the
		// subject
		if n := s.sent.First + c.words[t.pos[len(t.pos)-1]]; d.Tokens[v].Head == n {
			subj = d.Subject(n)
		}
	}
	if o := x.demonstrativeObject(s, v, subj); o >= 0 {
		// "Dat gaf De Jonge achteraf ook toe" parsed with dat as subject
		// and the name as object: the name is the subject, dat the thing
		subj = o
	}
	if subj >= 0 && slices.ContainsFunc(t.pos, func(p int) bool { return s.sent.First+c.words[p] == subj }) {
		// "heeft van sommigen het Nederlanderschap ingetrokken" parsed
		// with the expression's own noun as subject: the trigger is no
		// side; a conjunct then shares its head's subject
		subj = -1
		if tk := d.Tokens[v]; tk.Rel == "conj" && tk.Head >= 0 {
			subj = d.Subject(tk.Head)
		}
	}
	if o := x.causer(v); subj < 0 && o >= 0 {
		// "X, de man die ervoor zorgde dat Y werd opgepakt": a passive
		// without agent caused by the subject of zorgen
		subj = o
	}
	cont := x.subjectContinuation(v, subj)
	conj, conjObjs := x.objectConjunct(v, subj)
	if h := subj; h >= 0 {
		hasSubj = true
		actor = x.validSide(x.parseSide(s, c, h, us))
		if conj >= 0 {
			// "terwijl de VS en zo'n vijftig andere landen Guaidó hebben
			// erkend" parsed with "en … landen" as the object: the
			// subject's second conjunct (the name hung on it is the
			// object)
			actor.add(x.validSide(x.conjunctSide(s, c, conj, conjObjs, us)))
			actor.plural = true
		}
		if cont >= 0 {
			// "belden de Franse minister X, de Duitse minister Y en …":
			// the rest of the list the parse made an object
			actor.add(x.validSide(x.parseSide(s, c, cont, us)))
			actor.plural = true
		}
		if actor.named() == 0 {
			actor = x.relativeSide(s, c, v, us, actor)
		}
	}
	trig := map[int]bool{}
	for _, p := range t.pos {
		trig[s.sent.First+c.words[p]] = true
	}
	objs := slices.DeleteFunc(append(d.Objects(v), extraObj...), func(o int) bool { return o == subj || o == cont || o == conj && conj >= 0 })
	objs = append(objs, conjObjs...)
	for i, o := range objs {
		if o == from {
			objs[i] = to
		}
	}
	if len(objs) == 0 {
		// verkrachtte en doodde hij Anne Faber: coordinated verbs share
		// the object the parser hung on one of them
		if d.Tokens[v].Rel == "conj" && d.Tokens[v].Head >= 0 {
			objs = slices.DeleteFunc(d.Objects(d.Tokens[v].Head), func(o int) bool { return o == subj })
		}
		for _, cv := range d.Dependents(v, "conj") {
			if o, _ := x.auxArguments(cv); len(objs) == 0 && len(d.Dependents(cv, "nsubj")) == 0 && o < 0 {
				// a conjunct with a subject of its own is another clause
				objs = d.Objects(cv)
			}
		}
	}
	if len(objs) == 0 {
		objs = x.partArguments(v, trig)
	}
	if len(objs) == 0 {
		objs = x.bareObliques(v)
	}
	// "waarschuwt X, hoogleraar en hoofd Y bij Z": a role noun set off by
	// a comma right after the subject is the subject's apposition, which
	// the parse made an object or oblique: no side
	objs = slices.DeleteFunc(objs, func(o int) bool { return x.subjectApposition(subj, o) })
	for _, o := range objs {
		if !trig[o] { // export verbieden: the expression's noun is no side
			hasObj = true
			recip.add(x.parseSide(s, c, o, us))
		}
	}
	if len(objs) > 0 && !recip.empty() {
		for _, n := range x.nominalConjuncts(v, slices.Max(objs)) {
			recip.add(x.parseSide(s, c, n, us))
			recip.plural = true
		}
	}
	recip = x.validSide(recip)
	if recip.named() == 0 && (ownerTypes[t.Type] || t.Type == "ASSAULT" && !d.Passive(v)) {
		for _, o := range d.Objects(v) {
			// (the verb's own object, not one shared with a conjunct)
			if a := x.ownerOf(s, c, o, us, t.Type == "ACCUSE"); !trig[o] && o != subj && o != cont && a.named() > 0 {
				recip = a // steunt de brexitdeal van May: May
			}
		}
	}
	if recip.named() == 0 && (ownerTypes[t.Type] || t.Type == "CONCEDE") && !t.Keyed && !d.Passive(v) {
		// (a keyed verb wants its object named: betreurt zijn vertrek is
		// no disapproval of him)
		for _, o := range d.Dependents(v, "obj") {
			for _, p := range d.Dependents(o, "nmod:poss") {
				if a := minus(x.possessor(s, c, p, us), actor); !trig[o] && a.named() > 0 {
					recip = a // wees zijn asielaanvraag af, heeft zijn meldplicht opgeheven: his
				}
			}
		}
	}
	if recip.empty() || t.NeedPrep {
		var viaPrep arg
		for _, ob := range d.Obliques(v) {
			if ob.Prep != "" && contains(t.Preps, ob.Prep) && ob.Prep != "door" {
				hasObj = true
				viaPrep.add(x.parseSide(s, c, ob.Head, us))
			}
		}
		for n := range trig {
			// "ging op bezoek bij premier X": the frame's phrase hung on
			// the expression's noun
			if n == v || d.Tokens[n].POS != nl.NOUN {
				continue
			}
			for _, m := range d.Dependents(n, "nmod") {
				if cs := d.Dependents(m, "case"); len(cs) > 0 && cs[0] < m && contains(t.Preps, lower(d.Tokens[cs[0]].Text)) && lower(d.Tokens[cs[0]].Text) != "door" {
					hasObj = true
					viaPrep.add(x.parseSide(s, c, m, us))
				}
			}
		}
		if viaPrep.named() == 0 && (ownerTypes[t.Type] || t.Type == "ASSAULT" && !d.Passive(v)) {
			for _, ob := range d.Obliques(v) {
				if ob.Prep != "" && contains(t.Preps, ob.Prep) && ob.Prep != "door" {
					if a := x.ownerOf(s, c, ob.Head, us, t.Type == "ACCUSE"); a.named() > 0 {
						viaPrep = a // verzet zich tegen het plan van X: X
					}
				}
			}
			for _, p := range t.pos {
				// heeft kritiek op het beleid van X: the frame's phrase
				// hung on the expression's noun, its thing X's
				n := s.sent.First + c.words[p]
				if viaPrep.named() > 0 || n == v || d.Tokens[n].POS != nl.NOUN {
					continue
				}
				for _, m := range d.Dependents(n, "nmod") {
					if cs := d.Dependents(m, "case"); len(cs) > 0 && cs[0] < m && contains(t.Preps, lower(d.Tokens[cs[0]].Text)) && lower(d.Tokens[cs[0]].Text) != "door" {
						if a := x.ownerOf(s, c, m, us, t.Type == "ACCUSE"); a.named() > 0 {
							viaPrep = a
						}
					}
				}
			}
		}
		if viaPrep = x.validSide(viaPrep); !viaPrep.empty() {
			recip = viaPrep
		}
	}
	return actor, recip, hasSubj, hasObj
}

// partArguments returns the nominal arguments the parse hung on a part
// of a verb expression it read as a verb of its own, hung on v ("schoot
// drie mensen dood" with dood a verb whose subject is "drie mensen"): the
// part makes no clause, so they are the expression's object. None when no
// part is such a verb.
func (x *extractor) partArguments(v int, trig map[int]bool) []int {
	d := x.doc
	var out []int
	for n := range trig {
		if n == v || d.Tokens[n].Head != v || d.Tokens[n].Rel != "xcomp" {
			continue
		}
		for _, rel := range []string{"nsubj", "obj"} {
			for _, o := range d.Dependents(n, rel) {
				if o < n && (d.Tokens[o].POS == nl.NOUN || d.Tokens[o].POS == nl.PROPN) {
					out = append(out, o)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// passiveHeadSubject returns the surface subject of the passive head
// of active conjunct v when v has no subject of its own, else -1.
func (x *extractor) passiveHeadSubject(v int) int {
	d := x.doc
	tk := d.Tokens[v]
	if tk.Rel != "conj" || tk.Head < 0 || len(d.Dependents(v, "nsubj")) > 0 || len(d.Dependents(v, "nsubj:pass")) > 0 || d.Passive(v) || !d.Passive(tk.Head) {
		return -1
	}
	if ns := d.Dependents(tk.Head, "nsubj:pass"); len(ns) > 0 && ns[0] < v {
		if a := d.Antecedent(ns[0]); a >= 0 {
			return a
		}
		return ns[0]
	}
	return -1
}

// subjectApposition reports whether o, an object or bare oblique of the
// parse, is an apposition of subject subj: a role noun without a
// determiner that follows the subject's phrase after one comma
// ("Johan Mackenbach, hoogleraar en hoofd …").
func (x *extractor) subjectApposition(subj, o int) bool {
	d := x.doc
	if subj < 0 || o <= subj || d.Tokens[o].POS != nl.NOUN || len(d.Dependents(o, "det")) > 0 {
		return false
	}
	if _, ok := nl.Lex().RoleHead(lower(d.Tokens[o].Text)); !ok {
		return false
	}
	_, hi := d.Span(subj)
	lo, _ := d.Span(o)
	if lo < len(d.Tokens) && d.Tokens[lo].Text == "," {
		lo++ // a span that takes its comma
	}
	return lo == hi+2 && d.Tokens[hi+1].Text == ","
}

// listedVerbSubject returns the subject of the verb before v when v is
// the next verb of a list the parse hung on it as parataxis rather than
// conj: v is finite, follows a comma at once, has no subject of its own
// and agrees in number with the earlier verb, which has one ("Y zwijgt,
// betaalt de boete en haalt uit naar de rechter": Y haalt uit). A clause
// after the comma that opens with its verb and names its own subject
// (zegt hij) keeps it. Else -1.
func (x *extractor) listedVerbSubject(v int) int {
	d := x.doc
	tk := d.Tokens[v]
	h := tk.Head
	if tk.Rel != "parataxis" || h < 0 || h >= v || v == 0 || d.Tokens[v-1].Text != "," || !tk.Feats.Has(nl.FeatFin) || d.Passive(v) {
		return -1
	}
	if lo, _ := d.Span(v); lo < v-1 {
		return -1 // a phrase of v's own before it: no list verb
	}
	if len(d.Dependents(v, "nsubj")) > 0 || len(d.Dependents(v, "nsubj:pass")) > 0 || len(d.Dependents(v, "expl")) > 0 {
		return -1
	}
	hv := d.Tokens[h]
	if hv.POS != nl.VERB && hv.POS != nl.AUX || !hv.Feats.Has(nl.FeatFin) {
		return -1
	}
	for _, f := range []nl.Feats{nl.FeatSing, nl.FeatPlur} {
		if tk.Feats.Has(f) != hv.Feats.Has(f) {
			return -1 // "Hij wacht, komen ze?": another subject
		}
	}
	for i := h + 1; i < v; i++ {
		if quoteMark(d.Tokens[i].Text) {
			return -1 // a quote between: its speaker's verb is no list verb
		}
	}
	return d.Subject(h)
}

// invertedConjunctSubject returns the subject of conjunct v when the
// parse gave it none of its own: v's clause opens with a conjunction, a
// fronted phrase and its own finite verb (en/maar dinsdag heeft …), and
// the first object the parse hung on v after that finite verb is a
// definite noun phrase or a name agreeing with it in number — in
// Dutch inversion that phrase is the subject. Else -1; also when subj
// already lies inside v's clause.
func (x *extractor) invertedConjunctSubject(v, subj int) int {
	d := x.doc
	tk := d.Tokens[v]
	if tk.Rel != "conj" || tk.Head < 0 || len(d.Dependents(v, "nsubj")) > 0 || d.Passive(v) {
		return -1
	}
	ccs := d.Dependents(v, "cc")
	if len(ccs) == 0 || ccs[0] > v || subj >= ccs[0] {
		return -1
	}
	cc := ccs[0]
	fin := -1
	if tk.Feats.Has(nl.FeatFin) {
		fin = v
	}
	for _, a := range d.Dependents(v, "aux") {
		if d.Tokens[a].Feats.Has(nl.FeatFin) && (fin < 0 || a < fin) {
			fin = a
		}
	}
	if fin <= cc+1 {
		return -1 // no fronted phrase: "en heeft …" shares the subject
	}
	first := -1
	for _, o := range append(d.Dependents(v, "obj"), d.Dependents(v, "iobj")...) {
		if o > fin && (first < 0 || o < first) {
			first = o
		}
	}
	if first < 0 {
		return -1
	}
	o := d.Tokens[first]
	lo, _ := d.Span(first)
	if lo != fin+1 {
		return -1 // the phrase must follow the finite verb at once
	}
	switch {
	case o.POS == nl.PROPN:
	case o.POS == nl.NOUN:
		definite := false
		for _, dt := range d.Dependents(first, "det") {
			switch lower(d.Tokens[dt].Text) {
			case "de", "het", "die", "deze", "dat", "dit":
				definite = true
			}
		}
		if !definite {
			return -1
		}
	default:
		return -1
	}
	if f := d.Tokens[fin].Feats; f.Has(nl.FeatSing) && o.Feats.Has(nl.FeatPlur) || f.Has(nl.FeatPlur) && o.Feats.Has(nl.FeatSing) {
		return -1
	}
	return first
}

// prefieldObject returns the object the parse gave finite main verb v
// (active, without any subject) when that object is the whole phrase
// before the verb, else -1.
func (x *extractor) prefieldObject(s *sentenceCtx, v int) int {
	d := x.doc
	tk := d.Tokens[v]
	if tk.Rel != "root" || !tk.Feats.Has(nl.FeatFin) || d.Passive(v) || len(d.Dependents(v, "nsubj")) > 0 || len(d.Dependents(v, "expl")) > 0 || len(d.Dependents(v, "csubj")) > 0 {
		return -1
	}
	f := s.sent.First
	for f < v && d.Tokens[f].Kind == nl.Punct {
		f++ // an opening quote mark
	}
	for _, o := range d.Dependents(v, "obj") {
		lo, hi := d.Span(o)
		if hi+1 == v && lo == f && d.Tokens[o].POS != nl.PRON {
			return o
		}
	}
	return -1
}

// nameBeforeVerb returns the name that ends right before finite singular
// active verb v, after "en" or a comma, when the parse's subject subj is
// a plural common noun after v; else -1.
func (x *extractor) nameBeforeVerb(s *sentenceCtx, v, subj int) int {
	d := x.doc
	tk := d.Tokens[v]
	if subj <= v || d.Passive(v) || !tk.Feats.Has(nl.FeatFin) || !tk.Feats.Has(nl.FeatSing) ||
		d.Tokens[subj].POS != nl.NOUN || !d.Tokens[subj].Feats.Has(nl.FeatPlur) || v-1 <= s.sent.First {
		return -1
	}
	p := v - 1 - s.sent.First
	w := s.words[p]
	if w.mention < 0 || d.Tokens[v-1].POS != nl.PROPN {
		return -1
	}
	q := p
	for q > 0 && s.words[q-1].mention == w.mention {
		q--
	}
	if q == 0 || s.words[q-1].low != "en" && s.words[q-1].Text != "," {
		return -1
	}
	h := s.sent.First + q
	for h < v-1 && d.Tokens[h].Head >= s.sent.First+q && d.Tokens[h].Head < v {
		h = d.Tokens[h].Head // the name's own head word
	}
	return h
}

// auxSubject returns the subject the parse hung on the finite auxiliary of
// active verb v, before that auxiliary, when the verb's own subject subj
// stands after it and is no pronoun (hebben premier X … gevraagd); else -1.
func (x *extractor) auxSubject(v, subj int) int {
	d := x.doc
	if subj < 0 || d.Passive(v) || d.Tokens[subj].POS == nl.PRON || d.Tokens[subj].Head != v {
		return -1
	}
	for _, a := range d.Dependents(v, "aux") {
		if !d.Tokens[a].Feats.Has(nl.FeatFin) || subj < a {
			continue
		}
		for _, n := range d.Dependents(a, "nsubj") {
			if n < a && d.Tokens[n].POS != nl.PRON {
				return n
			}
		}
	}
	return -1
}

// nominalConjuncts returns the nouns and names the parse joined to verb v
// as conjuncts after its object o, with en or of and no preposition,
// subject or verb of their own ("arresteerde de vrouw van het slachtoffer
// en twee mannen", mannen a conj of arresteerde): members of the object's
// list, not another clause.
func (x *extractor) nominalConjuncts(v, o int) []int {
	d := x.doc
	var out []int
	for _, n := range d.Dependents(v, "conj") {
		tk := d.Tokens[n]
		if n < o || tk.POS != nl.NOUN && tk.POS != nl.PROPN || len(d.Dependents(n, "case")) > 0 ||
			len(d.Dependents(n, "nsubj")) > 0 || len(d.Dependents(n, "cop")) > 0 || len(d.Dependents(n, "aux")) > 0 {
			continue
		}
		if cc := d.Dependents(n, "cc"); len(cc) > 0 && cc[0] < n {
			if w := lower(d.Tokens[cc[0]].Text); w == "en" || w == "of" {
				out = append(out, n)
			}
		}
	}
	return out
}

// auxArguments returns the subject and the objects the parse hung on a
// finite auxiliary of verb v instead of on v ("Hij had Piet Pietersen …
// mishandeld" with hij nsubj and Piet obj of had): the auxiliary's own
// subject, else the nominal object before it (the prefield phrase of a
// clause whose verb has no subject), and the nominals after it as
// objects. It returns -1, nil when v has a subject of its own or no
// auxiliary carries one.
func (x *extractor) auxArguments(v int) (subj int, objs []int) {
	d := x.doc
	if len(d.Dependents(v, "nsubj")) > 0 || len(d.Dependents(v, "expl")) > 0 {
		return -1, nil
	}
	subj = -1
	for _, a := range d.Dependents(v, "aux") {
		if !d.Tokens[a].Feats.Has(nl.FeatFin) {
			continue
		}
		var before []int
		for _, n := range d.Children(a) {
			switch r := d.Tokens[n].Rel; {
			case r == "nsubj":
				subj = n
			case r == "obj" || r == "iobj":
				if n < a && !d.Passive(v) {
					before = append(before, n)
				} else {
					objs = append(objs, n)
				}
			}
		}
		if subj < 0 && len(before) == 1 && d.Tokens[before[0]].POS != nl.PRON {
			subj = before[0]
		} else {
			objs = append(objs, before...)
		}
	}
	if subj < 0 {
		return -1, nil
	}
	if d.Passive(v) {
		// a passive's subject is acted on
		return -1, nil
	}
	return subj, objs
}

// receivedPatient reports whether noun trigger t is the object of a
// verb of receiving or having while its van-phrase is the one acted on
// ("X heeft de arrestatie van Y, de dochter van …, scherp veroordeeld"
// parsed with heeft as the main verb and veroordeeld on dochter): no
// receiver gets an arrest or a release, so the parse missed the noun's
// real verb and the clause gives the noun no sides.
func (x *extractor) receivedPatient(s *sentenceCtx, c *clause, t trigger) bool {
	if !t.noun || !vanPatient[t.Type] || x.doc == nil || s.index < 0 || !x.doc.Parsed(s.index) {
		return false
	}
	d := x.doc
	tk := d.Tokens[s.sent.First+c.words[t.pos[0]]]
	return tk.Rel == "obj" && tk.Head >= 0 && x.lx.is("receive", lower(d.Tokens[tk.Head].Text))
}

// vanPatient are the event types whose noun's van-phrase is the one acted
// on (de arrestatie van X, de vrijlating van X, de moord op … van X), not
// the doer: a receiver of such a noun is no reading of it.
var vanPatient = map[string]bool{"COERCE": true, "ASSAULT": true, "RETREAT": true}

// auxSubjectOf returns the subject the parse hung on a finite auxiliary
// of verb v before that auxiliary, or -1.
func (x *extractor) auxSubjectOf(v int) int {
	d := x.doc
	for _, a := range d.Dependents(v, "aux") {
		for _, n := range d.Dependents(a, "nsubj") {
			if n < a && d.Tokens[a].Feats.Has(nl.FeatFin) {
				return n
			}
		}
	}
	return -1
}

// comparative reports whether nominal n is marked as a comparison (als,
// zoals), which the parse may make a subject ("Net als de Raad A, …").
func (x *extractor) comparative(n int) bool {
	for _, m := range x.doc.Dependents(n, "mark") {
		if w := lower(x.doc.Tokens[m].Text); (w == "als" || w == "zoals") && m < n {
			return true
		}
	}
	return false
}

// agreeingObject returns the object before finite verb v when the parse's
// subject subj stands after v and disagrees with it in number while that
// object agrees (a plural verb, a singular name after it, a plural or
// coordinated phrase before it), else -1.
func (x *extractor) agreeingObject(s *sentenceCtx, v, subj int) int {
	d := x.doc
	if subj <= v || d.Tokens[v].Rel != "root" || !d.Tokens[v].Feats.Has(nl.FeatFin) || d.Passive(v) {
		return -1
	}
	number := func(i int) nl.Feats {
		if len(d.Dependents(i, "conj")) > 0 {
			return nl.FeatPlur
		}
		return d.Tokens[i].Feats & (nl.FeatSing | nl.FeatPlur)
	}
	vn, sn := d.Tokens[v].Feats&(nl.FeatSing|nl.FeatPlur), number(subj)
	if vn == 0 || sn == 0 || vn == sn || d.Tokens[subj].POS == nl.PRON {
		return -1
	}
	for _, o := range d.Dependents(v, "obj") {
		if _, hi := d.Span(o); o < v && hi < v && number(o) == vn && d.Tokens[o].POS != nl.PRON {
			return o
		}
	}
	return -1
}

// subjectContinuation returns the object of verb v that continues its
// subject subj as a list: subj is one singular phrase, the finite verb is
// plural, and the object follows subj after a comma and holds an en/of
// conjunct ("belden de Franse minister X, de Duitse minister Y en de
// voorzitter Z met …"). Else it returns -1.
func (x *extractor) subjectContinuation(v, subj int) int {
	d := x.doc
	if subj < 0 || d.Passive(v) || len(d.Dependents(subj, "conj")) > 0 || d.Tokens[subj].POS == nl.PRON || d.Tokens[subj].Feats&nl.FeatPlur != 0 {
		return -1
	}
	fin := d.Tokens[v].Feats
	for _, a := range d.Dependents(v, "aux") {
		if d.Tokens[a].Feats.Has(nl.FeatFin) {
			fin = d.Tokens[a].Feats
		}
	}
	if !fin.Has(nl.FeatFin) || !fin.Has(nl.FeatPlur) {
		return -1
	}
	_, shi := d.Span(subj)
	for _, o := range d.Objects(v) {
		lo, _ := d.Span(o)
		for lo < o && d.Tokens[lo].Kind == nl.Punct && d.Tokens[lo].Text != "," {
			lo++
		}
		comma := d.Tokens[lo].Text == "," && lo == shi+1 || lo == shi+2 && d.Tokens[shi+1].Text == ","
		if o < subj || !comma {
			continue
		}
		for _, k := range d.Dependents(o, "conj") {
			if cc := d.Dependents(k, "cc"); len(cc) > 0 && (lower(d.Tokens[cc[0]].Text) == "en" || lower(d.Tokens[cc[0]].Text) == "of") {
				return o
			}
		}
	}
	return -1
}

// causer returns the subject of zorgen when passive verb v, without an
// agent of its own, heads (or is a conjunct of) the dat-clause of
// "ervoor zorgen dat" ("de man die ervoor zorgde dat X werd opgepakt",
// invented): who brought the deed about is its doer. Else -1.
func (x *extractor) causer(v int) int {
	d := x.doc
	if !d.Passive(v) {
		return -1
	}
	for range 4 {
		if len(d.Dependents(v, "obl:agent")) > 0 {
			return -1
		}
		for _, ob := range d.Obliques(v) {
			if ob.Prep == "door" {
				return -1
			}
		}
		if d.Tokens[v].Rel != "conj" {
			break
		}
		v = d.Tokens[v].Head
	}
	z := d.Tokens[v].Head
	if d.Tokens[v].Rel != "ccomp" || z < 0 || d.Tokens[z].Lemma != "zorgen" || x.subordinator(v) < 0 || lower(d.Tokens[x.subordinator(v)].Text) != "dat" {
		return -1
	}
	if !slices.ContainsFunc(d.Children(z), func(k int) bool { return lower(d.Tokens[k].Text) == "ervoor" }) {
		return -1 // (zorgen dat without ervoor may be care, not cause)
	}
	return d.Subject(z)
}

// objectConjunct returns the object of verb v that opens with its own en
// or of right after the subject subj: no phrase opens with a coordinator,
// so it is the subject's next conjunct the parse made an object ("de VS
// en vijftig andere landen hebben X erkend"), with the names the parse hung
// on it as appositions after it (X), which are the object. Else -1, nil.
func (x *extractor) objectConjunct(v, subj int) (int, []int) {
	d := x.doc
	if subj < 0 || d.Passive(v) {
		return -1, nil
	}
	_, shi := d.Span(subj)
	for _, o := range d.Dependents(v, "obj") {
		lo, _ := d.Span(o)
		cc := d.Dependents(o, "cc")
		if o < subj || lo != shi+1 || len(cc) == 0 || cc[0] != lo || d.Tokens[o].POS != nl.NOUN {
			continue
		}
		if w := lower(d.Tokens[lo].Text); w != "en" && w != "of" {
			continue
		}
		var names []int
		for _, n := range d.Dependents(o, "appos") {
			if n > o && d.Tokens[n].POS == nl.PROPN {
				names = append(names, n)
			}
		}
		return o, names
	}
	return -1, nil
}

// conjunctSide reads the subject's conjunct o that objectConjunct found,
// without the names after it that are the object: its phrase ends before
// the first of them ("zo'n vijftig andere landen", not "… landen X").
func (x *extractor) conjunctSide(s *sentenceCtx, c *clause, o int, names []int, us []unit) arg {
	if len(names) == 0 {
		return x.parseHeadExcept(s, c, o, us, []int{o})
	}
	w := lower(x.doc.Tokens[o].Text)
	lo, _ := x.ownSpan(o)
	t := x.spanText(s, lo, names[0]-1, o)
	if role, ok := x.lx.group(w); ok {
		return arg{keys: []string{"generic:" + role}, texts: []string{t}, plural: true}
	}
	return arg{keys: []string{""}, texts: []string{t}}
}

// ownerTypes are the event types of an attitude to another party's act or
// plan: supporting, rejecting or criticising "the plan of X" is supporting,
// rejecting or criticising X.
//
// An attack on a thing of a named party (bombardeerde de posities van X,
// pleegde een aanslag op het pand van X) attacks that party as well; the
// parse of an active clause says so, a passive's subject is often what
// was misused, not attacked (de inkomsten van X worden misbruikt), and a
// possessive is no owner here (doodde haar man is no attack on her).
var ownerTypes = map[string]bool{"SUPPORT": true, "REJECT": true, "ACCUSE": true}

// ownerOf returns the named party whose thing the common noun o is ("de
// brexitdeal van May", "het plan van de regering van X"): the side a
// van-phrase right after the noun names, when o is no person, group or
// role noun itself; without one and when within is set (criticism), the
// organisation a bij-, binnen- or in-phrase names (de misstanden bij X,
// de zwijgcultuur in de katholieke kerk: X's, the church's; de toestand
// in Frankrijk names a place, no owner; not for support or rejection:
// het voorstel in de Eerste Kamer wegstemmen names the venue). Else no
// side.
func (x *extractor) ownerOf(s *sentenceCtx, c *clause, o int, us []unit, within bool) arg {
	d := x.doc
	tk := d.Tokens[o]
	w := lower(tk.Text)
	if tk.POS != nl.NOUN || x.lx.is("person", w) || x.lx.is("quantity", w) || x.lx.is("member", w) {
		return arg{}
	}
	if _, grp := x.lx.group(w); grp {
		return arg{}
	}
	if _, role := nl.Lex().RoleHead(w); role {
		return arg{}
	}
	if p := o - s.sent.First; p >= 0 && p < len(s.words) && s.words[p].mention >= 0 {
		return arg{}
	}
	for _, n := range d.Dependents(o, "nmod") {
		if cs := d.Dependents(n, "case"); len(cs) > 0 && lower(d.Tokens[cs[0]].Text) == "van" && n-o <= 5 {
			if a := x.validSide(x.parseSide(s, c, n, us)); a.named() > 0 {
				return a
			}
		}
	}
	for _, n := range d.Dependents(o, "nmod") {
		cs := d.Dependents(n, "case")
		if !within || len(cs) == 0 || n-o > 5 {
			continue
		}
		switch lower(d.Tokens[cs[0]].Text) {
		case "bij", "binnen", "in":
			if a := x.validSide(x.parseSide(s, c, n, us)); a.named() > 0 && x.orgSide(a) {
				return a
			}
		}
	}
	if within {
		// criticism: the named subject of an active relative clause whose
		// pronoun is its object ("de heffingen die India toepast",
		// "de maatregelen die het kabinet neemt": India's, the cabinet's)
		for _, rv := range d.Dependents(o, "acl:relcl") {
			if d.Passive(rv) {
				continue
			}
			sj := d.Dependents(rv, "nsubj")
			if len(sj) > 0 && d.Tokens[sj[0]].POS == nl.PRON && tk.Feats.Has(nl.FeatPlur) && !strings.HasSuffix(lower(d.Tokens[rv].Text), "en") {
				// "de heffingen die India toepast": a plural antecedent
				// cannot be the subject of a singular verb; the name the
				// parse made its object is
				sj = d.Dependents(rv, "obj")
			}
			if len(sj) == 0 || d.Tokens[sj[0]].POS == nl.PRON || !x.inMention(s, sj[0]) {
				continue
			}
			if a := x.validSide(x.parseSide(s, c, sj[0], us)); a.named() > 0 {
				return a
			}
		}
	}
	return arg{}
}

// orgSide reports whether every key of side a is an organisation entity
// or a group (de politie), none a person or a place.
func (x *extractor) orgSide(a arg) bool {
	for _, k := range a.keys {
		if strings.HasPrefix(k, "generic:") {
			continue
		}
		if le := x.locals[k]; le == nil || le.Type != kroniek.ORG {
			return false
		}
	}
	return len(a.keys) > 0
}

// possessor returns the side a possessive p names: a name (Mays deal) as
// any phrase head; zijn, haar or hun as the nearest person named before
// it in its sentence, else the latest sentence subject, else the latest
// person named before the sentence, that fits in gender and number (the
// caller drops the actor: zijn own plan is no recipient). Else no side.
func (x *extractor) possessor(s *sentenceCtx, c *clause, p int, us []unit) arg {
	d := x.doc
	w := lower(d.Tokens[p].Text)
	if d.Tokens[p].POS == nl.PROPN {
		return x.validSide(x.parseHead(s, c, p, us))
	}
	fits := func(a arg) bool {
		switch {
		case a.empty() || a.named() == 0:
			return false
		case w == "zijn":
			return a.per && !a.female && !a.plural
		case w == "haar":
			return a.female && !a.plural
		case w == "hun":
			return a.plural
		}
		return false
	}
	if w != "zijn" && w != "haar" && w != "hun" {
		return arg{}
	}
	start := d.Tokens[p].Start
	person := func(m kroniek.Mention) (arg, bool) {
		le := x.locals[m.Local]
		if le == nil || le.Type != kroniek.PER || x.afterPlacePrep(m.Start) {
			return arg{}, false
		}
		return arg{keys: []string{m.Local}, texts: []string{m.Text}, per: true, female: x.female(le.Name)}, true
	}
	if w != "hun" {
		// a person named before it in its own sentence (erkennen X als
		// staatshoofd en steunen zijn plan: X's)
		for i := len(x.mentions) - 1; i >= 0; i-- {
			m := x.mentions[i]
			if m.End > start {
				continue
			}
			if m.Start < s.sent.Start {
				break
			}
			if a, ok := person(m); ok && fits(a) {
				return a
			}
		}
	}
	for i := len(x.subjects) - 1; i >= 0 && i >= len(x.subjects)-2; i-- {
		if fits(x.subjects[i]) {
			return x.subjects[i]
		}
	}
	if w == "hun" {
		return arg{}
	}
	for i := len(x.mentions) - 1; i >= 0; i-- {
		m := x.mentions[i]
		if m.End > start || m.Start >= s.sent.Start {
			continue
		}
		if start-m.End > 600 {
			break
		}
		a, ok := person(m)
		if !ok {
			continue
		}
		if fits(a) {
			return a
		}
		return arg{} // the latest person named does not fit: no guess further back
	}
	return arg{}
}

// bareObliques returns the obliques of verb v without a preposition that
// name no time ("De EU riep beide landen op …" parsed with "beide landen"
// as an oblique and "op" as the preposition of the next phrase): a noun
// phrase without preposition is an object, unless it tells when or is
// a comparison (Net als de PO-raad, schaart de VO-raad zich …), or
// follows a comma: an apposition of the phrase before it.
func (x *extractor) bareObliques(v int) []int {
	d := x.doc
	var out []int
	for _, o := range d.Dependents(v, "obl") {
		tk := d.Tokens[o]
		w := lower(tk.Text)
		if len(d.Dependents(o, "case")) > 0 || len(d.Dependents(o, "mark")) > 0 || tk.POS != nl.NOUN && tk.POS != nl.PROPN || x.lx.is("timenoun", w) || x.lx.is("adverb", w) || x.timeAt(tk.Start) {
			continue
		}
		if lo, _ := d.Span(o); d.Tokens[lo].Text == "," || lo > 0 && d.Tokens[lo-1].Text == "," {
			continue // "eiste cel tegen X, de partner van Y": an apposition set off by its comma
		}
		out = append(out, o)
	}
	return out
}

// agreeingPrefield returns the head of the noun phrase that opens the
// clause right before the finite verb of active verb v (the verb or its
// auxiliary) when the parse's subject subj, a common noun after that
// finite verb, disagrees with it in number while the opening phrase
// agrees; else -1. The opening phrase starts the sentence or follows a
// colon or semicolon.
func (x *extractor) agreeingPrefield(s *sentenceCtx, v, subj int) int {
	d := x.doc
	if subj < 0 || d.Passive(v) || d.Tokens[subj].POS != nl.NOUN || len(d.Dependents(subj, "conj")) > 0 {
		return -1
	}
	f := -1
	if d.Tokens[v].Feats.Has(nl.FeatFin) {
		f = v
	}
	for _, a := range d.Dependents(v, "aux") {
		if d.Tokens[a].Feats.Has(nl.FeatFin) {
			f = a
		}
	}
	number := func(i int) nl.Feats { return d.Tokens[i].Feats & (nl.FeatSing | nl.FeatPlur) }
	if f < 0 || subj < f || number(f) == 0 || number(subj) == 0 || number(subj) == number(f) {
		return -1
	}
	p := f - 1
	for p > s.sent.First && d.Tokens[p].Text == "," {
		p--
	}
	for p > s.sent.First && d.Tokens[p].Kind != nl.Punct {
		hd := d.Tokens[p].Head
		if hd < 0 || hd >= f || d.Tokens[hd].POS != nl.NOUN && d.Tokens[hd].POS != nl.PROPN {
			break
		}
		p = hd
	}
	if tk := d.Tokens[p]; tk.POS != nl.NOUN && tk.POS != nl.PROPN || number(p) != number(f) && !(number(p) == 0 && tk.POS == nl.PROPN && number(f) == nl.FeatSing) {
		return -1
	}
	lo, hi := d.Span(p)
	for hi >= lo && d.Tokens[hi].Kind == nl.Punct {
		hi--
	}
	for lo < hi && d.Tokens[lo].Kind == nl.Punct && d.Tokens[lo].Text != ":" && d.Tokens[lo].Text != ";" {
		lo++
	}
	if d.Tokens[lo].Text == ":" || d.Tokens[lo].Text == ";" {
		lo++
	} else if lo > s.sent.First && d.Tokens[lo-1].Text != ":" && d.Tokens[lo-1].Text != ";" {
		return -1
	}
	if hi >= f {
		return -1
	}
	for i := lo; i <= hi; i++ {
		if d.Tokens[i].POS == nl.VERB || d.Tokens[i].POS == nl.AUX {
			return -1 // a clause, not a phrase
		}
	}
	return p
}

// nounParseSides reads the sides of a noun trigger that is the object of
// a verb in the parse ("die een lijstverbinding was aangegaan met X",
// "sloot een akkoord met X"): the actor is the verb's subject (a relative
// pronoun resolved), the recipient a phrase with one of the noun's
// prepositions on the verb or on the noun. ok is false when the noun is
// no object, is coded beside its clause's event, or the subject names no
// side.
func (x *extractor) nounParseSides(s *sentenceCtx, c *clause, t trigger, us []unit) (actor, recip arg, ok bool) {
	if !t.noun || t.own || x.doc == nil || s.index < 0 || !x.doc.Parsed(s.index) {
		return arg{}, arg{}, false
	}
	d := x.doc
	n := s.sent.First + c.words[t.pos[0]]
	tk := d.Tokens[n]
	if tk.Rel == "nsubj" && tk.Head >= 0 {
		// "premier X heeft een goed gesprek gehad met Y" parsed with the
		// premier as the auxiliary's subject and the noun as the verb's:
		// the auxiliary's subject is the clause's, the noun its object
		if x.auxSubjectOf(tk.Head) < 0 {
			return arg{}, arg{}, false
		}
	} else if tk.Rel != "obj" {
		return arg{}, arg{}, false
	}
	if tk.Head < 0 || d.Tokens[tk.Head].POS != nl.VERB || d.Passive(tk.Head) {
		return arg{}, arg{}, false
	}
	g := tk.Head
	sub := d.Subject(g)
	if a := x.auxSubjectOf(g); sub == n || sub < 0 && a >= 0 {
		sub = a
	}
	if sub < 0 {
		return arg{}, arg{}, false
	}
	if x.lx.is("receive", lower(d.Tokens[g].Text)) {
		// "X kreeg een vermaning van Y": the noun's van-phrase acts, the
		// receiver is acted on
		recip = x.validSide(x.parseSide(s, c, sub, us))
		for _, m := range d.Dependents(n, "nmod") {
			if cs := d.Dependents(m, "case"); len(cs) > 0 && lower(d.Tokens[cs[0]].Text) == "van" {
				actor.add(x.parseSide(s, c, m, us))
			}
		}
		if actor = x.validSide(actor); actor.named()+recip.named() == 0 {
			return arg{}, arg{}, false
		}
		return actor, minus(recip, actor), true
	}
	if actor = x.validSide(x.parseSide(s, c, sub, us)); actor.named() == 0 {
		return arg{}, arg{}, false
	}
	for _, ob := range d.Obliques(g) {
		if ob.Prep != "" && contains(t.Preps, ob.Prep) {
			recip.add(x.parseSide(s, c, ob.Head, us))
		}
	}
	for _, m := range d.Dependents(n, "nmod") {
		if cs := d.Dependents(m, "case"); len(cs) > 0 && contains(t.Preps, lower(d.Tokens[cs[0]].Text)) {
			recip.add(x.parseSide(s, c, m, us))
		}
	}
	return actor, x.validSide(recip), true
}

// agreeingAntecedent corrects the antecedent nl gives the relative
// pronoun subject of verb v when it disagrees in number with the clause's
// finite verb while the name or noun right before the pronoun agrees
// ("bedreigingen van de peetvader van X, Pim Fortuyn, die … vermoord
// werd": Fortuyn, not the threats). It returns the antecedent to replace
// and its replacement, or -1, -1.
func (x *extractor) agreeingAntecedent(v int) (from, to int) {
	d := x.doc
	fin := d.Tokens[v].Feats
	if !fin.Has(nl.FeatFin) {
		for _, rel := range []string{"aux", "aux:pass", "cop"} {
			for _, a := range d.Dependents(v, rel) {
				if d.Tokens[a].Feats.Has(nl.FeatFin) {
					fin = d.Tokens[a].Feats
				}
			}
		}
	}
	num := fin & (nl.FeatSing | nl.FeatPlur)
	if !fin.Has(nl.FeatFin) || num == 0 {
		return -1, -1
	}
	for _, rel := range []string{"nsubj", "nsubj:pass"} {
		for _, j := range d.Dependents(v, rel) {
			if w := lower(d.Tokens[j].Text); w != "die" && w != "dat" {
				continue
			}
			ante := d.Antecedent(j)
			if ante < 0 || d.Tokens[ante].Feats&(nl.FeatSing|nl.FeatPlur) == num || d.Tokens[ante].Feats&(nl.FeatSing|nl.FeatPlur) == 0 {
				continue
			}
			c := nounBefore(d, j)
			if c < 0 {
				c = extraposedAntecedent(d, j, num)
			}
			if c < 0 || c == ante {
				continue
			}
			if cn := d.Tokens[c].Feats & (nl.FeatSing | nl.FeatPlur); cn == num || cn == 0 && d.Tokens[c].POS == nl.PROPN && num == nl.FeatSing {
				return ante, c
			}
		}
	}
	return -1, -1
}

// relativeSide reads the antecedent of verb v's relative pronoun subject
// when the parse's antecedent names nobody: the predicate noun of a
// copula stands for its subject ("D66 was een partij die ooit pleitte"),
// and a name right before the pronoun is meant ("zijn dochter Ivanka
// Trump, die … afreist"). Else it returns a unchanged.
func (x *extractor) relativeSide(s *sentenceCtx, c *clause, v int, us []unit, a arg) arg {
	d := x.doc
	for _, n := range d.Dependents(v, "nsubj") {
		if w := lower(d.Tokens[n].Text); w != "die" && w != "dat" || d.Tokens[n].POS != nl.PRON || d.Tokens[n].Rel != "nsubj" || d.Passive(v) {
			continue // (die … veroordeeld werd: acted on, no actor)
		}
		ante := d.Antecedent(n)
		if ante >= 0 && len(d.Dependents(ante, "cop")) > 0 {
			if sub := d.Dependents(ante, "nsubj"); len(sub) > 0 {
				if b := x.validSide(x.parseSide(s, c, sub[0], us)); b.named() > 0 {
					return b
				}
			}
		}
		if b := nounBefore(d, n); b >= 0 && s.words[b-s.sent.First].mention >= 0 {
			if f := x.coordinationOf(b, v); f >= s.sent.First {
				b = f // "de economen van A en B, die … bestempelden": both
			}
			if b := x.validSide(x.parseSide(s, c, b, us)); b.named() > 0 {
				return b
			}
		}
	}
	return a
}

// coordinationOf returns the first conjunct of the coordination that name
// b closes when the relative clause of verb v after it has a plural
// finite verb ("de economen van A en B, die de cijfers onjuist noemden":
// the pronoun stands for A and B, not for B alone); -1 when b is no
// conjunct joined by en, of or a comma, or the verb is not plural (a
// singular verb agrees with the last name only).
func (x *extractor) coordinationOf(b, v int) int {
	d := x.doc
	tk := d.Tokens[b]
	if tk.Rel != "conj" || tk.Head < 0 || tk.Head > b || len(d.Dependents(b, "case")) > 0 {
		return -1
	}
	joined := b > 0 && d.Tokens[b-1].Text == ","
	for _, cc := range d.Dependents(b, "cc") {
		if w := lower(d.Tokens[cc].Text); w == "en" || w == "of" {
			joined = true
		}
	}
	if h := d.Tokens[tk.Head]; !joined || h.POS != nl.PROPN && h.POS != nl.NOUN {
		return -1
	}
	fin := d.Tokens[v].Feats
	for _, rel := range []string{"aux", "aux:pass", "cop"} {
		for _, a := range d.Dependents(v, rel) {
			if d.Tokens[a].Feats.Has(nl.FeatFin) {
				fin = d.Tokens[a].Feats
			}
		}
	}
	if !fin.Has(nl.FeatFin) || !fin.Has(nl.FeatPlur) {
		return -1
	}
	return tk.Head
}

// nounBefore returns the head of the noun or name right before token j
// (a comma between) in j's sentence, or -1.
// extraposedAntecedent returns, for a relative pronoun j right after the
// final verb of the clause before it (an extraposed relative clause: "die
// mensen bijstaat die worden vervolgd"), the nearest noun before that
// verb that is its object or subject and has number num; -1 when j does
// not follow a verb or no such noun stands there.
func extraposedAntecedent(d *nl.Doc, j int, num nl.Feats) int {
	v := j - 1
	if v < 0 || d.Tokens[v].POS != nl.VERB || d.SentenceOf(v) != d.SentenceOf(j) {
		return -1
	}
	for c := v - 1; c >= 0 && c >= v-6 && d.SentenceOf(c) == d.SentenceOf(j); c-- {
		tk := d.Tokens[c]
		if tk.Text == "," || tk.POS == nl.VERB || tk.POS == nl.AUX {
			return -1
		}
		if tk.POS == nl.NOUN && tk.Head == v && (tk.Rel == "obj" || strings.HasPrefix(tk.Rel, "nsubj")) {
			if tk.Feats&(nl.FeatSing|nl.FeatPlur) == num {
				return c
			}
			return -1
		}
	}
	return -1
}

func nounBefore(d *nl.Doc, j int) int {
	first := 0
	if si := d.SentenceOf(j); si >= 0 {
		first = d.Sentences[si].First
	}
	c := j - 1
	for c >= first && d.Tokens[c].Text == "," {
		c--
	}
	if c < first {
		return -1
	}
	for n := 0; c >= 0 && d.Tokens[c].Rel == "flat" && d.Tokens[c].Head >= 0 && n < 8; n++ {
		c = d.Tokens[c].Head
	}
	if c < 0 || d.Tokens[c].POS != nl.PROPN && d.Tokens[c].POS != nl.NOUN {
		return -1
	}
	return c
}

// passiveConj reports whether verb v is a bare participle joined to a
// passive ("In oktober werd Khaddafi gevangengenomen en vermoord"): passive
// too, its head's subject acted on and its agent (if any) the actor.
func (x *extractor) passiveConj(v int) bool {
	d := x.doc
	tk := d.Tokens[v]
	// (a finite conjunct, "… gered door X, en kwamen in opstand", is
	// active: its subject is the passive's subject, not its agent)
	return tk.Rel == "conj" && tk.Head >= 0 && !tk.Feats.Has(nl.FeatFin) && len(d.Dependents(v, "nsubj")) == 0 && len(d.Dependents(v, "aux")) == 0 &&
		len(d.Objects(v)) == 0 && !d.Passive(v) && d.Passive(tk.Head)
}

// demonstrativeObject returns the one object of the finite verb v when the
// parse made subj, a demonstrative dat or dit standing right before v,
// the subject and that object is a name after v ("Dat gaf De Jonge toe",
// "Dit ontkende X"): the fronted demonstrative is the object, the name
// the subject. It returns -1 otherwise (two objects: "Dat kostte X de
// kop").
func (x *extractor) demonstrativeObject(s *sentenceCtx, v, subj int) int {
	d := x.doc
	if subj < 0 || subj != v-1 || d.Tokens[subj].POS != nl.PRON || d.Passive(v) || !d.Tokens[v].Feats.Has(nl.FeatFin) {
		return -1
	}
	if w := lower(d.Tokens[subj].Text); w != "dat" && w != "dit" {
		return -1
	}
	objs := append(d.Dependents(v, "iobj"), d.Dependents(v, "obj")...)
	if len(objs) != 1 || objs[0] < v || d.Tokens[objs[0]].POS != nl.PROPN || !x.inMention(s, objs[0]) {
		return -1
	}
	return objs[0]
}

// inMention reports whether token i is (part of) a mention.
func (x *extractor) inMention(s *sentenceCtx, i int) bool {
	p := i - s.sent.First
	return p >= 0 && p < len(s.words) && s.words[p].mention >= 0
}

// parseSide turns the head h of a noun phrase (with its conjuncts) into a
// side: the entity a name in it refers to, a group, a pronoun's antecedent,
// or the phrase's text.
func (x *extractor) parseSide(s *sentenceCtx, c *clause, h int, us []unit) arg {
	var a arg
	heads := []int{h}
	bare := -1 // the last conjunct joined without en, of or a comma
	for i := 0; i < len(heads) && len(heads) < 12; i++ {
		for _, n := range x.doc.Dependents(heads[i], "appos") {
			if !slices.Contains(heads, n) && x.listAppos(s, heads[i], n) {
				heads = append(heads, n)
			}
		}
		if tk := x.doc.Tokens[heads[i]]; tk.POS == nl.NOUN && tk.Feats.Has(nl.FeatPlur) && len(x.doc.Dependents(heads[i], "appos")) > 0 {
			// "de ministers Dekker van Justitie en Grapperhaus van
			// Veiligheid": the second name, parsed as a conjunct of the
			// first name or of its portfolio, is the plural role's second
			// member
			for _, m := range slices.Concat(x.doc.Dependents(heads[i], "nmod"), x.doc.Dependents(heads[i], "appos")) {
				for _, n := range x.doc.Dependents(m, "conj") {
					if cc := x.doc.Dependents(n, "cc"); len(cc) > 0 && x.doc.Tokens[n].POS == nl.PROPN && (x.doc.Tokens[m].POS == nl.NOUN || x.doc.Tokens[m].Rel == "appos") && !slices.Contains(heads, n) {
						heads = append(heads, n)
					}
				}
			}
		}
		for _, rel := range []string{"nmod", "flat", "appos"} {
			for _, n := range x.doc.Dependents(heads[i], rel) {
				// "de coalitiefracties, plus PvdA en GroenLinks",
				// "coalitiepartijen D66 en ChristenUnie": a phrase with its
				// own coordinator is a conjunct, whatever the label
				if cc := x.doc.Dependents(n, "cc"); len(cc) > 0 && cc[0] < n && len(x.doc.Dependents(n, "case")) == 0 && !slices.Contains(heads, n) {
					heads = append(heads, n)
				}
			}
		}
		if n := x.zowelAls(s, heads[i]); n >= 0 && !slices.Contains(heads, n) {
			heads = append(heads, n) // zowel de landen als Europa: the als-phrase is the second conjunct
		}
		gap := x.gappedConj(h, heads[i])
		for _, n := range x.doc.Dependents(heads[i], "conj") {
			// a conjunct with its en/of (or a comma in a list), not a
			// phrase the parser joined without one, nor one with its own
			// preposition (met de president: another role)
			if len(x.doc.Dependents(n, "case")) > 0 || gap >= 0 && n >= gap {
				continue
			}
			if len(x.doc.Dependents(n, "cc")) > 0 || len(x.doc.Dependents(n, "punct")) > 0 || n > 0 && x.doc.Tokens[n-1].Text == "," {
				heads = append(heads, n)
			} else if n > bare {
				bare = n
			}
		}
		for _, n := range x.doc.Dependents(heads[i], "nmod") {
			// a name hung on the one before it without a preposition
			// ("Apeldoorn Haga Lyceum (2) Tom Zwart"): run together too
			if n > bare && x.doc.Tokens[n].POS == nl.PROPN && len(x.doc.Dependents(n, "case")) == 0 && x.doc.Tokens[n-1].Text != "(" {
				bare = n
			}
		}
	}
	if v := s.sent.First + c.head; c.head >= 0 && bare > h && bare < v && bare > slices.Max(heads) && x.doc.Tokens[v].Rel == "root" && x.doc.Tokens[v].Feats.Has(nl.FeatFin) {
		// names run together before the finite verb of a main clause
		// without en or a comma (a letter's signature and place before
		// the next writer: "Paul Schermers, Apeldoorn Haga Lyceum (2) Tom
		// Zwart verwijt"): one constituent stands before the verb, so the
		// name nearest it is its subject (in a verb-final clause the later
		// name may be the object: "waarin X de 25-jarige Y verkrachtte")
		if b := x.parseHead(s, c, bare, us); b.named() > 0 {
			return b
		}
	}
	if len(heads) == 2 && x.secondTitle(s, heads[0], heads[1]) {
		heads = heads[1:] // Fysicus en BBC-presentator Jim Al-Khalili: one person
	}
	slices.Sort(heads[1:]) // the members in text order
	for _, n := range heads {
		a.add(x.parseHeadExcept(s, c, n, us, heads))
		for _, j := range x.adjectiveConjuncts(s, n) {
			a.add(x.adjectiveSide(s, j, n))
		}
	}
	for _, n := range x.nameConjuncts(s, heads, a) {
		a.add(x.parseHeadExcept(s, c, n, us, heads))
	}
	return a
}

// nameConjuncts returns the conjuncts the parse hung on a name that a
// head of heads carries as its apposition, flat part or van-phrase and
// that side a took as the head's name ("wijst richting CDA en
// ChristenUnie", "een meerderheid van A, B en C"): each joined by en, of
// or a comma, without a preposition of its own, and itself a name. The
// head's own conjuncts are in heads already.
func (x *extractor) nameConjuncts(s *sentenceCtx, heads []int, a arg) []int {
	d := x.doc
	first := s.sent.First
	named := func(i int) string { // the local key of the mention on token i
		if p := i - first; p >= 0 && p < len(s.words) && s.words[p].mention >= 0 && !x.modifierMention(s.words[p]) {
			return x.mentions[s.words[p].mention].Local
		}
		return ""
	}
	list := func(n int, rel string) []int { // n's conjuncts that continue a list of names
		var ms []int
		for _, m := range d.Dependents(n, "conj") {
			if len(d.Dependents(m, "case")) > 0 {
				continue
			}
			if named(m) != "" && (len(d.Dependents(m, "cc")) > 0 || m > 0 && d.Tokens[m-1].Text == ",") || rel != "nmod" && x.describedConjunct(m) {
				ms = append(ms, m)
			}
		}
		return ms
	}
	var out []int
	for _, h := range heads {
		var deps []int    // the names h carries
		var rels []string // and how
		took := false     // a took one of them as h's name
		for _, rel := range []string{"flat", "appos", "nmod"} {
			for _, n := range d.Dependents(h, rel) {
				if k := named(n); k != "" && k != named(h) {
					deps, rels = append(deps, n), append(rels, rel)
					took = took || slices.Contains(a.keys, k)
				}
			}
		}
		if !took {
			continue
		}
		// the name taken, and any other name h carries that opens a list
		// of its own ("een meerderheid van A, B, C en D" parsed as two
		// lists on the head): every member of such lists is a member
		for i, n := range deps {
			ms := list(n, rels[i])
			if len(ms) > 0 && !slices.Contains(a.keys, named(n)) {
				ms = append([]int{n}, ms...)
			}
			for _, m := range ms {
				if !slices.Contains(heads, m) && !slices.Contains(out, m) {
					out = append(out, m)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// adjectiveConjuncts returns the adjectives of a coordination of
// capitalised adjectives on noun n ("de Britse en Franse regering") that
// lie outside the name the article's mention of n covers: each makes a
// party of its own with n ("Britse regering"), which the name of the
// other does not hold. None when n is not named by a mention that covers
// one of the adjectives, or no two such adjectives stand before it.
func (x *extractor) adjectiveConjuncts(s *sentenceCtx, n int) []int {
	d := x.doc
	p := n - s.sent.First
	if p < 0 || p >= len(s.words) || s.words[p].mention < 0 || d.Tokens[n].POS != nl.NOUN {
		return nil
	}
	m := x.mentions[s.words[p].mention]
	adj := func(j int) bool { return j < n && d.Tokens[j].POS == nl.ADJ && capitalised(d.Tokens[j].Text) }
	for _, j := range d.Dependents(n, "amod") {
		if !adj(j) {
			continue
		}
		all := []int{j}
		for _, k := range d.Dependents(j, "conj") {
			if adj(k) && (len(d.Dependents(k, "cc")) > 0 || d.Tokens[k-1].Text == ",") {
				all = append(all, k)
			}
		}
		var out []int
		covered := false
		for _, k := range all {
			if d.Tokens[k].Start >= m.Start && d.Tokens[k].End <= m.End {
				covered = true
			} else {
				out = append(out, k)
			}
		}
		if len(all) > 1 && covered {
			return out
		}
	}
	return nil
}

// adjectiveSide is the party adjective j makes with noun n: a group of
// n's kind ("Australische regering", which stateSides may read as the
// country), else the two words as a described side.
func (x *extractor) adjectiveSide(s *sentenceCtx, j, n int) arg {
	d := x.doc
	t := d.Tokens[j].Text + " " + d.Tokens[n].Text
	if role, ok := x.lx.group(lower(d.Tokens[n].Text)); ok {
		return arg{keys: []string{"generic:" + role}, texts: []string{t}, plural: true}
	}
	return arg{keys: []string{""}, texts: []string{t}}
}

// describedConjunct reports whether conjunct m, which the parse hung on
// the name of a side's head rather than on the head, is a described
// party of its own: a common noun after its en ("de journalist Jan Smit
// en zijn vriendin werden vermoord", invented). A name's apposition or
// flat part is no phrase that takes conjuncts of its own, so the
// conjunct joins the whole side. (Not for a van-phrase's name: "de
// regering van Peru en de oppositie" may be either.)
func (x *extractor) describedConjunct(m int) bool {
	d := x.doc
	if d.Tokens[m].POS != nl.NOUN {
		return false
	}
	for _, c := range d.Dependents(m, "cc") {
		if w := lower(d.Tokens[c].Text); c < m && (w == "en" || w == "of") {
			return true
		}
	}
	return false
}

// zowelAls returns the head of the als-phrase that completes a phrase h
// opened by zowel ("Zowel Karadzic als de aanklagers", "zowel de premier
// als het Lagerhuis"), wherever the parse hung it: on h or on h's own
// head (the verb, as an oblique). It returns -1 when h has no zowel or no
// such phrase follows.
func (x *extractor) zowelAls(s *sentenceCtx, h int) int {
	d := x.doc
	zowel := -1
	for _, k := range d.Children(h) {
		if k < h && lower(d.Tokens[k].Text) == "zowel" {
			zowel = k
		}
	}
	if zowel < 0 {
		return -1
	}
	for a := h + 1; a < s.sent.First+len(s.words); a++ {
		tk := d.Tokens[a]
		if lower(tk.Text) != "als" || tk.Head <= a {
			continue
		}
		n := tk.Head
		if hn := d.Tokens[n].Head; (hn == h || hn == d.Tokens[h].Head) && (d.Tokens[n].POS == nl.NOUN || d.Tokens[n].POS == nl.PROPN) {
			return n
		}
		return -1
	}
	return -1
}

// gappedConj returns the first conjunct of g that carries a phrase with
// the preposition of the side's head h ("gesteund door Turkije en Qatar,
// Jan Smit door Egypte en de Emiraten"): it opens a gapped clause, so
// neither it nor a later conjunct of g is a member of the side. It
// returns -1 when there is none.
func (x *extractor) gappedConj(h, g int) int {
	d := x.doc
	hc := d.Dependents(h, "case")
	if len(hc) == 0 {
		return -1
	}
	prep := lower(d.Tokens[hc[0]].Text)
	for _, n := range d.Dependents(g, "conj") {
		for _, rel := range []string{"nmod", "obl", "obl:agent"} {
			for _, m := range d.Dependents(n, rel) {
				if cs := d.Dependents(m, "case"); m > n && len(cs) > 0 && lower(d.Tokens[cs[0]].Text) == prep {
					return n
				}
			}
		}
	}
	return -1
}

// listAppos reports whether the apposition n of h is the next member of
// a list of named people the parser hung as an apposition ("de Franse
// president Macron, de Duitse bondskanselier Merkel en de voorzitter …"):
// n follows a comma, is a common noun with a person's name of its own, h
// has a name of its own too, and an en/of conjunct closes the list (on n,
// or on h after n). "Rutte, de premier en partijleider" names one person.
func (x *extractor) listAppos(s *sentenceCtx, h, n int) bool {
	d := x.doc
	if n <= h || d.Tokens[n].POS != nl.NOUN {
		return false
	}
	if lo, _ := d.Span(n); d.Tokens[lo].Text != "," && (lo-1 < 0 || d.Tokens[lo-1].Text != ",") {
		return false
	}
	named := func(i, skip int) bool {
		for _, k := range append([]int{i}, slices.Concat(d.Dependents(i, "flat"), d.Dependents(i, "appos"))...) {
			if k == skip {
				continue
			}
			if p := k - s.sent.First; p >= 0 && p < len(s.words) && s.words[p].mention >= 0 && !x.modifierMention(s.words[p]) {
				if le := x.locals[x.mentions[s.words[p].mention].Local]; le != nil && le.Type == kroniek.PER {
					return true
				}
			}
		}
		return false
	}
	if !named(n, -1) || !named(h, n) {
		return false
	}
	closed := func(i, after int) bool {
		for _, k := range d.Dependents(i, "conj") {
			if k > after && len(d.Dependents(k, "case")) == 0 {
				if cc := d.Dependents(k, "cc"); len(cc) > 0 && (lower(d.Tokens[cc[0]].Text) == "en" || lower(d.Tokens[cc[0]].Text) == "of") {
					return true
				}
			}
		}
		return false
	}
	return closed(n, n) || closed(h, n)
}

// secondTitle reports whether the bare word h (no determiner, no name of
// the knowledge base) is coordinated with a role noun n that a name
// follows ("Fysicus en BBC-presentator Jim Al-Khalili"): two titles of
// one person, not two parties.
func (x *extractor) secondTitle(s *sentenceCtx, h, n int) bool {
	d := x.doc
	if n != h+2 || d.Tokens[h+1].Text != "en" || slices.ContainsFunc(d.Children(h), func(k int) bool { return k != n }) || len(d.Dependents(n, "det")) > 0 {
		return false
	}
	// n a role noun: one the lexicon knows, or a common noun (no name,
	// lower case after any hyphen: BBC-presentator)
	tn := d.Tokens[n].Text
	if _, role := nl.Lex().RoleHead(tn); !role {
		last := tn[strings.LastIndexByte(tn, '-')+1:]
		if last == "" || capitalised(last) {
			return false
		}
		// (a name inside the compound is fine: BBC-presentator)
		if p := n - s.sent.First; p < 0 || p >= len(s.words) || s.words[p].mention >= 0 && x.mentions[s.words[p].mention].End >= d.Tokens[n].End {
			return false
		}
	}
	if p := h - s.sent.First; p >= 0 && p < len(s.words) && s.words[p].mention >= 0 {
		if le := x.locals[x.mentions[s.words[p].mention].Local]; le != nil && le.KB != "" {
			return false // Rusland en president Poetin: two parties
		}
	}
	for _, r := range []string{"appos", "flat"} {
		for _, m := range d.Dependents(n, r) {
			if m == n+1 && d.Tokens[m].POS == nl.PROPN {
				return true
			}
		}
	}
	return false
}

// parseHead reads one phrase head: a mention on the head or on its flat,
// appos or compound dependents (de Amerikaanse president Donald Trump), a
// named body after a group (de leiders van de EU-landen), a pronoun, a
// group word, else the phrase's text.
func (x *extractor) parseHead(s *sentenceCtx, c *clause, h int, us []unit) arg {
	return x.parseHeadExcept(s, c, h, us, nil)
}

// parseHeadExcept is parseHead that never takes its name from one of the
// other conjuncts in heads ("De coalitiefracties, plus PvdA en
// GroenLinks": PvdA, parsed as the apposition of the group, is a side of
// its own, not the group's name).
func (x *extractor) parseHeadExcept(s *sentenceCtx, c *clause, h int, us []unit, heads []int) arg {
	d := x.doc
	first := s.sent.First
	if p := x.clausePos(c, h-first); p >= 0 {
		// a phrase the word-order reading already made a side of (de
		// Baltische landen, oppositieleider X, a pronoun): read it the same
		for i, u := range us {
			if u.first <= p && p <= u.last && u.kind != unitRecip && !slices.ContainsFunc(heads, func(o int) bool {
				// (not a unit that holds another conjunct: "zowel de
				// premier als het Lagerhuis" read as one phrase)
				q := x.clausePos(c, o-first)
				return o != h && q >= u.first && q <= u.last
			}) {
				a := x.resolveUnit(s, c, us[x.bodyOf(s, c, us, i)])
				if !a.empty() {
					return a
				}
			}
		}
	}
	at := func(i int) (word, bool) {
		p := i - first
		if p < 0 || p >= len(s.words) {
			return word{}, false
		}
		return s.words[p], true
	}
	mentionArg := func(w word) arg {
		u := unit{kind: unitMention, mention: w.mention, text: x.mentions[w.mention].Text}
		return x.resolveUnit(s, c, u)
	}
	w, ok := at(h)
	if !ok || h-first < s.skip {
		return arg{} // a dateline is no side
	}
	for _, cs := range d.Dependents(h, "case") {
		if lower(d.Tokens[cs].Text) == "als" {
			return arg{} // asiel aanvragen als vluchteling: a capacity, no side
		}
	}
	if w.mention >= 0 && !x.modifierMention(w) {
		// VVD'er Jan Jansen (invented): a person named right after a
		// non-person mention is who is meant
		if le := x.locals[x.mentions[w.mention].Local]; le == nil || le.Type != kroniek.PER {
			for _, rel := range []string{"appos", "flat"} {
				for _, n := range d.Dependents(h, rel) {
					if nw, ok := at(n); ok && nw.mention >= 0 && nw.mention != w.mention {
						if nle := x.locals[x.mentions[nw.mention].Local]; nle != nil && nle.Type == kroniek.PER {
							return mentionArg(nw)
						}
					}
				}
			}
		}
		return mentionArg(w)
	}
	if x.lx.is("quantity", w.low) && w.mention < 0 {
		// tal van bestuurders, een aantal landen: the counted are the side
		for _, n := range d.Dependents(h, "nmod") {
			if cs := d.Dependents(n, "case"); len(cs) > 0 && lower(d.Tokens[cs[0]].Text) == "van" && cs[0] == h+1 {
				return x.parseHeadExcept(s, c, n, us, heads)
			}
		}
	}
	if a := x.parenNames(s, h); !a.empty() {
		return a // een aantal oppositiepartijen (A, B, C en D)
	}
	for _, rel := range []string{"flat", "appos", "nmod"} {
		for _, n := range d.Dependents(h, rel) {
			nw, ok := at(n)
			if !ok || nw.mention < 0 || slices.Contains(heads, n) || x.modifierMention(nw) {
				continue // (Oud-CDA-Kamerlid X: the party only qualifies the role)
			}
			if p := x.clausePos(c, n-first); n < h && p >= 0 && x.adjectiveMention(s, c, p) {
				continue // de Conservatieve premier May: an adjective, not the premier's name
			}
			if rel == "nmod" {
				// only "van X" after a group or role (de regering van
				// Roemenië), or an organisation after its staff
				// (onderzoekers van X)
				_, grp := x.lx.group(w.low)
				member := false
				if le := x.locals[x.mentions[nw.mention].Local]; le != nil && le.Type == kroniek.ORG {
					member = x.lx.is("member", w.low)
				}
				if !grp && !member || d.Dependents(n, "case") == nil || lower(d.Tokens[d.Dependents(n, "case")[0]].Text) != "van" {
					continue
				}
			}
			return mentionArg(nw)
		}
	}
	if w.low == "die" && h-first > s.skip && x.lx.is("coord", s.words[h-first-1].low) {
		// "… alarm bij de politie en die hield hem aan" (invented): a
		// demonstrative after "en" is the last side named before it
		for p := h - first - 2; p >= s.skip; p-- {
			pw := s.words[p]
			if pw.mention >= 0 && !x.modifierMention(pw) {
				return mentionArg(pw)
			}
			if role, ok := x.lx.group(pw.low); ok && pw.Kind == nl.Word {
				return arg{keys: []string{"generic:" + role}, texts: []string{pw.Text}, plural: true}
			}
		}
		return arg{}
	}
	if _, role := nl.Lex().RoleHead(w.low); role {
		if a := x.namedAfterComma(s, c, h, kroniek.PER); !a.empty() {
			return a
		}
	} else if w.POS == nl.NOUN {
		// "de moedermaatschappij van Firan, Alliander, heeft …": an
		// organisation named between commas at the end of the phrase
		if a := x.namedAfterComma(s, c, h, kroniek.ORG); !a.empty() {
			return a
		}
	}
	if a := x.namedBeforeComma(s, c, h); !a.empty() {
		return a // Jan Jansen, de man die het bedrijf oprichtte
	}
	if firstPersonSide[w.low] {
		return x.quoteSpeaker(w.Start) // ik, we: the speaker of the quote they stand in
	}
	if x.lx.is("pron", w.low) || objectPron[w.low] { // hem, haar, hen: the object forms, by gender and number
		var a arg
		if p := x.clausePos(c, h-first); p >= 0 {
			a = x.antecedent(s, c, unit{kind: unitPron, first: p, last: p})
		}
		if a.empty() {
			a = x.speakerAt(w.Start, true) // a quote's speaker the quote layer resolved
		}
		a.pron = !a.empty()
		return a
	}
	lo, hi := x.ownSpan(h)
	if _, grp := x.lx.group(w.low); !grp && w.POS == nl.NOUN {
		if a := x.speakerAt(w.Start, false); !a.empty() {
			return a // "De toezichthouder wil …", a quote's speaker the quote layer resolved
		}
	}
	if role, ok := x.lx.group(w.low); ok {
		return arg{keys: []string{"generic:" + role}, texts: []string{x.spanText(s, lo, hi, h)}, plural: true}
	}
	if t := x.spanText(s, lo, hi, h); t != "" {
		if a := x.describedSide(s, h, t); !a.empty() {
			return a // de 34-jarige, het bedrijf: the one the article named before
		}
		return arg{keys: []string{""}, texts: []string{t}}
	}
	return arg{}
}

// parenNames reads the names a common noun h lists in parentheses right
// after it ("een aantal oppositiepartijen (A, B, C en D)"): nouns and
// adjectives may stand between h and "(", and the parentheses hold only
// names joined by commas or en. Else it returns no side.
func (x *extractor) parenNames(s *sentenceCtx, h int) arg {
	d := x.doc
	first := s.sent.First
	if d.Tokens[h].POS != nl.NOUN {
		return arg{}
	}
	p := h + 1
	for p-first < len(s.words) && p < h+4 && (d.Tokens[p].POS == nl.NOUN || d.Tokens[p].POS == nl.ADJ) {
		p++
	}
	q := p + 1 - first
	if q >= len(s.words) || d.Tokens[p].Text != "(" || s.words[q].mention < 0 || x.modifierMention(s.words[q]) {
		return arg{}
	}
	m := x.mentions[s.words[q].mention]
	if m.Local == "" {
		return arg{}
	}
	a := arg{keys: []string{m.Local}, texts: []string{m.Text}}
	more := x.parenListed(s, q)
	if more.empty() {
		e := q
		for e+1 < len(s.words) && s.words[e+1].mention == s.words[q].mention {
			e++
		}
		if e+1 >= len(s.words) || s.words[e+1].Text != ")" {
			return arg{}
		}
		return a // de partij (PVV)
	}
	a.add(more)
	a.plural = true
	return a
}

// spanText is the text of a noun phrase up to its head and the words
// right after it that belong to it, at most eight tokens (a long relative
// clause is cut off: "de man die …" gives "de man").
func (x *extractor) spanText(s *sentenceCtx, lo, hi, h int) string {
	if hi-h > 3 {
		hi = h
	}
	if hi-lo > 8 {
		lo = hi - 8
	}
	first := s.sent.First
	for lo < hi && lo-first >= 0 && lo-first < len(s.words) && s.words[lo-first].Kind == nl.Punct {
		lo++ // ", de man": the phrase starts after its punctuation
	}
	if lo < hi && lo-first >= 1 && lo-first < len(s.words) && decades[s.words[lo-first].low] && s.words[lo-first-1].low == "jaren" {
		lo++ // "in de jaren tachtig wrede dictators": the decade is the time's
	}
	for hi > lo && hi-first >= 0 && hi-first < len(s.words) && s.words[hi-first].Kind == nl.Punct {
		hi--
	}
	if lo-first < 0 || hi-first >= len(s.words) || lo > hi {
		return ""
	}
	return s.text[s.words[lo-first].Start:s.words[hi-first].End]
}

// decades are the number words of "de jaren tachtig".
var decades = map[string]bool{"twintig": true, "dertig": true, "veertig": true, "vijftig": true, "zestig": true, "zeventig": true, "tachtig": true, "negentig": true}

// clausePos is the position in c of sentence word p, or -1.
func (x *extractor) clausePos(c *clause, p int) int {
	for i, wi := range c.words {
		if wi == p {
			return i
		}
	}
	return -1
}

// parseModes sets negation and hypotheticality from the parse: niet/geen
// on the verb or its arguments, a modal or hedge governing it, a future
// tense. A reportative zou + perfect (zou hebben gevraagd) is reported,
// not hypothetical. ownFinite is set when an en/maar with a finite verb
// of its own stands before the trigger: a conjunct's modal is not its own.
func (x *extractor) parseModes(ev *kroniek.Event, v int, t trigger, ownFinite bool) {
	d := x.doc
	negated := x.negated(v)
	if tk := d.Tokens[v]; !negated && tk.Rel == "conj" && tk.Head >= 0 && len(d.Dependents(v, "nsubj")) == 0 && len(d.Objects(v)) == 0 {
		// geen mensen doodgeschoten of gemarteld: a conjunct without
		// arguments of its own shares its head's negation
		negated = d.Negated(tk.Head)
	}
	if negated && x.contrastNiet(v) {
		negated = false // riep op niet tegenover maar naast elkaar te staan: a contrast, not a denial
	}
	if negated && !t.Win {
		if t.NegRej {
			ev.Type, ev.Mode = "REJECT", ""
		} else {
			ev.Negated = true
		}
	}
	m := d.Modal(v)
	if tk := d.Tokens[v]; m == "" && tk.Rel == "obj" && tk.POS == nl.VERB && tk.Head >= 0 && x.lx.is("modal", lower(d.Tokens[tk.Head].Text)) {
		// "wilde de overheid X uitzetten" parsed with the infinitive as
		// the modal's object: the modal still governs it
		m = d.Tokens[tk.Head].Lemma
	}
	switch {
	case m == "":
	case ownFinite && d.Tokens[v].Rel == "conj":
		// a conjunct with a finite verb of its own (en was kritisch): the
		// modal is its head conjunct's
	case m == "zullen" && d.Tense(v) == nl.TensePast && d.Tokens[v].Feats.Has(nl.FeatPart):
		ev.Reported = true // zou hebben gevraagd: allegedly
	default:
		ev.Hypothetical = true
	}
	if d.Tense(v) == nl.TenseFuture || x.hypotheticalHost(v) || x.omConjunct(v) || x.genericRelative(v) {
		ev.Hypothetical = true
	}
}

// omConjunct reports whether verb v is an om-te infinitive the parse hung
// as a conjunct of the verb before it ("haalde X over om de partij te
// steunen", invented): no conjunct opens with om, so it is that verb's
// complement, an aim and not a deed done.
func (x *extractor) omConjunct(v int) bool {
	d := x.doc
	if d.Tokens[v].Rel != "conj" {
		return false
	}
	om, te := false, false
	for _, m := range d.Dependents(v, "mark") {
		switch lower(d.Tokens[m].Text) {
		case "om":
			om = m < v
		case "te":
			te = m < v
		}
	}
	return om && te
}

// genericRelative reports whether verb v heads a relative clause in the
// present tense on a bare plural noun (no article, number, possessive or
// name: "amnestie voor ambtenaren die de president de rug toekeren",
// invented): the clause picks out a kind of people by what they would
// do, the condition of an offer or a rule, and reports no deed.
func (x *extractor) genericRelative(v int) bool {
	d := x.doc
	if d.Tokens[v].POS != nl.VERB {
		// (de rug toekeren: the expression's noun, in its verb's clause)
		if v = d.Clause(v); v < 0 {
			return false
		}
	}
	tk := d.Tokens[v]
	if tk.Rel != "acl:relcl" || tk.Head < 0 {
		return false
	}
	// (a plural present the tagger took for an infinitive, with no
	// auxiliary: "die … toekeren"; not a past plural: "bezochten")
	if tense := d.Tense(v); tense != nl.TensePresent && (tense != nl.TenseNone || !tk.Feats.Has(nl.FeatInf) || len(d.Dependents(v, "aux")) > 0 || lower(tk.Text) != tk.Lemma) {
		return false
	}
	// the relative pronoun is the clause's subject: the people are picked
	// out by what they do ("fragmenten waarin X hem vraagt" is no kind)
	if !slices.ContainsFunc(d.Dependents(v, "nsubj"), func(r int) bool {
		w := lower(d.Tokens[r].Text)
		return (w == "die" || w == "dat") && r < v
	}) {
		return false
	}
	n := tk.Head
	if nt := d.Tokens[n]; nt.POS != nl.NOUN || !nt.Feats.Has(nl.FeatPlur) {
		return false
	}
	for _, rel := range []string{"det", "nummod", "nmod:poss", "appos", "flat"} {
		if len(d.Dependents(n, rel)) > 0 {
			return false
		}
	}
	return true
}

// wishOrDuty reports whether verb h's clause holds a modal of will in
// any tense (wil, wilde) or of duty or leave in the present (moet, mag):
// "moest zich melden" is a duty met, not one still open.
func (x *extractor) wishOrDuty(h int) bool {
	d := x.doc
	switch d.Modal(h) {
	case "willen":
		return true
	case "moeten", "mogen":
		for _, a := range d.Dependents(h, "aux") {
			if l := d.Tokens[a].Lemma; (l == "moeten" || l == "mogen") && d.Tokens[a].Feats.Has(nl.FeatPast) {
				return false
			}
		}
		return true
	}
	return false
}

// hypotheticalHost reports whether verb v's clause is the complement
// (ccomp, csubj) of a clause that is itself only wished, required or
// asked — one with a modal of will or duty, or opened by of, als or
// indien — or a voordat/zodra/totdat clause of such a clause, up to
// four clauses up: "vroeg of mensen zich moeten verdiepen in carnaval,
// voordat ze afreizen naar Brabant" reports no journey. A clause of a
// fact (nadat, omdat, toen) keeps its own mode.
func (x *extractor) hypotheticalHost(v int) bool {
	d := x.doc
	for range 4 {
		tk := d.Tokens[v]
		if tk.Head < 0 {
			return false
		}
		switch tk.Rel {
		case "ccomp", "csubj":
		case "advcl":
			m := x.subordinator(v)
			if m < 0 {
				return false
			}
			switch lower(d.Tokens[m].Text) {
			case "voordat", "zodra", "totdat", "alvorens":
			default:
				return false
			}
		default:
			return false
		}
		h := tk.Head
		if x.wishOrDuty(h) {
			return true
		}
		if m := x.subordinator(h); m >= 0 {
			switch lower(d.Tokens[m].Text) {
			case "of", "als", "indien", "mits", "tenzij":
				return true
			}
		}
		v = h
	}
	return false
}

// negated is nl's Negated for verb v with each negating adverb placed in
// the clause its position puts it in, wherever the parse hung it: one
// after a later conjunct's verb belongs to that conjunct ("koos de kant
// van X en erkent Kosovo … nog altijd niet": erkent's, not koos's), one
// before the subordinator of a complement clause to the verb that governs
// the clause ("wil het CDA niet dat Lelystad … gaat aantrekken": wil's,
// not gaat's).
func (x *extractor) negated(v int) bool {
	d := x.doc
	if r := d.Tokens[v].Rel; (r == "aux" || r == "aux:pass" || r == "cop") && d.Tokens[v].Head >= 0 {
		v = d.Tokens[v].Head
	}
	if d.Negated(v) {
		if own, stray := x.negators(v); own > 0 || stray == 0 || x.geenArgument(v) {
			return true
		}
	}
	if x.pronominalNegated(v) {
		return true
	}
	// a negator the parse hung on v's head conjunct after v
	if tk := d.Tokens[v]; tk.Rel == "conj" && tk.Head >= 0 {
		for _, n := range x.adverbNegators(tk.Head) {
			if n > v && x.nextConj(tk.Head, v) == x.nextConj(tk.Head, n) {
				return true
			}
		}
	}
	// a negator before the subordinator of v's complement clause
	for _, c := range d.Dependents(v, "ccomp") {
		for _, n := range x.adverbNegators(c) {
			if m := x.subordinator(c); m >= 0 && n > v && n < m {
				return true
			}
		}
	}
	return false
}

// pronominalNegated reports whether a negating adverb hangs on a
// pronominal adverb (er, daar, hier) of verb v, or on an adverb beside
// it: standing between "er" and its split preposition, the negation is
// the clause's ("werkt er vooralsnog niet aan mee"), though the parse
// hangs it on er.
func (x *extractor) pronominalNegated(v int) bool {
	d := x.doc
	for _, c := range d.Children(v) {
		switch lower(d.Tokens[c].Text) {
		case "er", "daar", "hier":
		default:
			continue
		}
		if d.Tokens[c].POS != nl.ADV {
			continue
		}
		if len(x.adverbNegators(c)) > 0 {
			return true
		}
		for _, a := range d.Dependents(c, "advmod") {
			for _, n := range d.Dependents(a, "conj") {
				if nl.Lex().Is(nl.ClassNegation, lower(d.Tokens[n].Text)) && lower(d.Tokens[n].Text) != "geen" {
					return true
				}
			}
		}
	}
	return false
}

// subordinator returns the subordinating conjunction (dat, of) that
// opens the clause of verb v, or -1; te and om are no subordinators (niet
// … te staan: the negation is the infinitive's).
func (x *extractor) subordinator(v int) int {
	d := x.doc
	for _, m := range d.Dependents(v, "mark") {
		if w := lower(d.Tokens[m].Text); d.Tokens[m].POS == nl.SCONJ && w != "te" && w != "om" {
			return m
		}
	}
	return -1
}

// negators counts the negating adverbs hung on verb v that stand in v's
// own clause (own) and those that stand in a later conjunct's or before
// v's subordinator (stray).
func (x *extractor) negators(v int) (own, stray int) {
	d := x.doc
	m := x.subordinator(v)
	for _, n := range x.adverbNegators(v) {
		if n > v && x.nextConj(v, v) != x.nextConj(v, n) || m >= 0 && n < m && d.Tokens[v].Rel == "ccomp" {
			stray++
		} else {
			own++
		}
	}
	return own, stray
}

// adverbNegators returns the negating adverbs (niet, nooit) hung on v.
func (x *extractor) adverbNegators(v int) []int {
	d := x.doc
	var out []int
	for _, c := range d.Dependents(v, "advmod") {
		if w := lower(d.Tokens[c].Text); w != "geen" && nl.Lex().Is(nl.ClassNegation, w) {
			out = append(out, c)
		}
	}
	return out
}

// nextConj returns the last verb conjunct of h (after h) whose phrase
// starts at or before position p, or -1 when p stands before all of
// them: two positions with the same answer stand in the same conjunct of
// h's clause.
func (x *extractor) nextConj(h, p int) int {
	d := x.doc
	last := -1
	for _, c := range d.Dependents(h, "conj") {
		if lo, _ := d.Span(c); d.Tokens[c].POS == nl.VERB && c > h && lo <= p {
			last = c
		}
	}
	return last
}

// geenArgument reports whether an argument of verb v has the determiner
// geen (geen mensen doodgeschoten).
func (x *extractor) geenArgument(v int) bool {
	d := x.doc
	for _, c := range d.Children(v) {
		r := d.Tokens[c].Rel
		if !strings.HasPrefix(r, "nsubj") && !strings.HasPrefix(r, "obj") && !strings.HasPrefix(r, "obl") && !strings.HasPrefix(r, "iobj") {
			continue
		}
		for _, g := range d.Dependents(c, "det") {
			if lower(d.Tokens[g].Text) == "geen" {
				return true
			}
		}
	}
	return false
}

// contrastNiet reports whether the niet that the parse hangs on verb v
// opens a contrast "niet X maar Y" (maar within four words, before any
// punctuation) or is "niet alleen" (niet alleen door X uitgevoerd, maar
// ook door Y): what is denied is X, or nothing, not the verb's deed.
func (x *extractor) contrastNiet(v int) bool {
	d := x.doc
	for _, n := range d.Dependents(v, "advmod") {
		if lower(d.Tokens[n].Text) != "niet" {
			continue
		}
		if n+1 < len(d.Tokens) && notOnly[lower(d.Tokens[n+1].Text)] {
			return true
		}
		for k := n + 1; k < len(d.Tokens) && k <= n+4; k++ {
			if d.Tokens[k].POS == nl.PUNCT {
				break
			}
			if lower(d.Tokens[k].Text) == "maar" {
				return true
			}
		}
	}
	return false
}

// notOnly are the words that make niet before them "not only".
var notOnly = map[string]bool{"alleen": true, "enkel": true, "slechts": true, "uitsluitend": true}

// ownSpan is the extent of the phrase headed by h without its conjuncts
// and its preposition ("door de politie" gives "de politie"; "politici en
// religieuze leiders" gives "politici" for the head politici).
func (x *extractor) ownSpan(h int) (int, int) {
	d := x.doc
	lo, hi := d.Span(h)
	for _, rel := range []string{"conj", "cc"} {
		for _, n := range d.Dependents(h, rel) {
			if n > h {
				if f, _ := d.Span(n); f-1 < hi {
					hi = f - 1
				}
			}
		}
	}
	for _, rel := range []string{"case", "cc"} {
		// (a conjunct's en is no part of its phrase: "en zijn vrouw"
		// is "zijn vrouw")
		for _, n := range d.Dependents(h, rel) {
			if n >= lo && n < h {
				lo = n + 1
			}
		}
	}
	if f := x.verbPhraseAfter(h); f >= 0 && f-1 < hi {
		hi = f - 1 // enkele strijders aan Turkije (uitgeleverd): the phrase is "enkele strijders"
	}
	for _, n := range d.Children(h) {
		// zowel de premier als het Lagerhuis: the phrase is "de premier"
		if n < h && lower(d.Tokens[n].Text) == "zowel" && n >= lo {
			lo = n + 1
		}
		if n > h && slices.ContainsFunc(d.Dependents(n, "mark"), func(m int) bool { return lower(d.Tokens[m].Text) == "als" }) {
			if f, _ := d.Span(n); f-1 < hi {
				hi = f - 1
			}
		}
	}
	if hi < h {
		hi = h
	}
	return lo, hi
}

// verbPhraseAfter returns the first token of a prepositional phrase the
// parse hung on noun h that belongs to the verb instead: an aan-phrase
// after a side ("leverden enkele strijders aan Turkije uit": the country
// they went to) or an om-phrase ("vroegen senatoren om uitstel": what was
// asked). Such a phrase never describes the people h names. It returns -1
// when h has none, or when h governs it itself (gebrek aan, strijd om).
func (x *extractor) verbPhraseAfter(h int) int {
	d := x.doc
	if d.Tokens[h].POS != nl.NOUN || governsPrep[lower(d.Tokens[h].Text)] {
		return -1
	}
	for _, n := range d.Dependents(h, "nmod") {
		cs := d.Dependents(n, "case")
		if n < h || len(cs) == 0 {
			continue
		}
		if p := lower(d.Tokens[cs[0]].Text); p == "aan" || p == "om" {
			lo, _ := d.Span(n)
			return lo
		}
	}
	return -1
}

// governsPrep are nouns whose own aan- or om-phrase is part of them.
var governsPrep = map[string]bool{"gebrek": true, "tekort": true, "behoefte": true, "strijd": true, "vraag": true,
	"brief": true, "bijdrage": true, "oproep": true, "verzoek": true, "hulp": true, "steun": true, "schade": true}

// objectPron are the object pronouns read like hij/zij/ze: a head "haar"
// is the object form (the possessive hangs on a noun).
var objectPron = map[string]bool{"hem": true, "haar": true, "hen": true}

// namedAfterComma finds, in the phrase of noun h, an entity of type typ
// named between commas at its end: "De leider van de partij van de Grijze
// Wolven, Devlet Bahceli, eist …" (a person after a role noun), "de
// moedermaatschappij van Firan, Alliander, heeft …" (an organisation);
// the parser may hang the name on the last noun as a conjunct.
func (x *extractor) namedAfterComma(s *sentenceCtx, c *clause, h int, typ string) arg {
	first := s.sent.First
	_, hi := x.doc.Span(h)
	for i := h + 1; i <= hi; i++ {
		p := i - first
		if p <= 0 || p >= len(s.words) || s.words[p-1].Text != "," {
			continue
		}
		w := s.words[p]
		if w.mention < 0 || x.modifierMention(w) {
			continue
		}
		m := x.mentions[w.mention]
		if le := x.locals[m.Local]; le == nil || le.Type != typ {
			continue
		}
		q := p
		for q+1 < len(s.words) && s.words[q+1].mention == w.mention {
			q++
		}
		if q+1 >= len(s.words) || s.words[q+1].Text != "," {
			continue // the name stands between commas
		}
		u := unit{kind: unitMention, mention: w.mention, text: m.Text}
		return x.resolveUnit(s, c, u)
	}
	return arg{}
}

// namedBeforeComma is the party a definite description in apposition
// stands for when the name comes first: "Jan Jansen, de man die het
// bedrijf oprichtte" or "Acme, het bedrijf dat de fabriek sloot"
// (invented). The phrase of head h opens with de or het right after a
// comma, and the mention right before that comma is a person for a
// person's noun (man, vrouw, a role, de 34-jarige) or an organisation
// for a body's kind noun; else no side.
func (x *extractor) namedBeforeComma(s *sentenceCtx, c *clause, h int) arg {
	first := s.sent.First
	lo, _ := x.ownSpan(h)
	p := lo - first
	if p >= 0 && p < len(s.words) && s.words[p].Text == "," {
		p++ // the parse may hang the comma before the phrase on it
	}
	if p < 2 || p >= len(s.words) || !apposedDeterminer[s.words[p].low] || s.words[p-1].Text != "," {
		return arg{}
	}
	typ := appositionType(lower(x.doc.Tokens[h].Text), x.lx.is("person", lower(x.doc.Tokens[h].Text)))
	w := s.words[p-2]
	if typ == "" || x.doc.Tokens[h].Feats.Has(nl.FeatPlur) || w.mention < 0 || x.modifierMention(w) {
		return arg{}
	}
	m := x.mentions[w.mention]
	if le := x.locals[m.Local]; le == nil || le.Type != typ || m.End != w.End || x.conjoined(s, p-2) {
		return arg{}
	}
	return x.resolveUnit(s, c, unit{kind: unitMention, mention: w.mention, text: m.Text})
}

// apposedDeterminer are the articles a description in apposition opens
// with: "Karel Bos, de man die …", "Karel Bos, een man die …" (invented).
var apposedDeterminer = map[string]bool{"de": true, "het": true, "een": true}

// conjoined reports whether the name ending at sentence position p is a
// conjunct ("met A en B, de tweede en derde partij", invented): the
// description after it then stands for all of them, not for the last.
func (x *extractor) conjoined(s *sentenceCtx, p int) bool {
	k := s.words[p].mention
	for p > 0 && s.words[p-1].mention == k {
		p--
	}
	return p > 0 && (x.lx.is("coord", s.words[p-1].low) || s.words[p-1].Text == ",")
}

// appositionType is the entity type a singular description head w can
// stand in apposition to: a person for a person's noun (man, vrouw, de
// burgemeester, de 34-jarige), an organisation for a body's kind noun
// (het bedrijf, de partij); "" for any other noun (de stad, het plan).
func appositionType(w string, person bool) string {
	if e, ok := nl.Lex().RoleHead(w); ok && e.Tag != "group" || person || strings.HasSuffix(w, "-jarige") {
		return kroniek.PER
	}
	if orgKindOf(w) != "" {
		return kroniek.ORG
	}
	return ""
}

// nominativePron are the subject pronouns that are never an object.
var nominativePron = map[string]bool{"hij": true, "zij": true, "ik": true, "wij": true, "we": true, "jij": true}

// firstPersonSide are the pronouns that name the speaker: inside a quote,
// its speaker; elsewhere (a column's "ik") nobody the article names.
var firstPersonSide = map[string]bool{"ik": true, "mij": true, "me": true, "we": true, "wij": true, "ons": true}

// quoteSpeaker is the speaker of the quote that covers byte offset off,
// else no side. "We steunen het plan" said by a union's chairman gives
// him: the speaker answers for the "we" he speaks for.
func (x *extractor) quoteSpeaker(off int) arg {
	i := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].Start > off }) - 1
	for ; i >= 0; i-- {
		q := x.quotes[i]
		if q.Start <= off && off < q.End {
			a := arg{keys: []string{q.SpeakerLocal}, texts: []string{q.SpeakerText}}
			if le := x.locals[q.SpeakerLocal]; le != nil {
				a.per = le.Type == kroniek.PER
				a.female = a.per && x.female(le.Name)
			}
			return a
		}
		if off-q.Start > 20000 {
			break
		}
	}
	return arg{}
}

// finiteModifier returns the phrase before verb v that the parse hung v
// on as a modifier although the tagger read v as a finite verb, in a
// sentence whose root is no verb ("Jan Smit, de voorzitter,
// bekritiseerde Acme": bekritiseerde as the inflected participle of a
// noun phrase). A finite verb modifies nothing, and a sentence needs
// one: v is its verb and that phrase its subject. Else -1.
func (x *extractor) finiteModifier(v int) int {
	d := x.doc
	tk := d.Tokens[v]
	if tk.Rel != "amod" || !tk.Feats.Has(nl.FeatFin) || tk.Head < 0 || tk.Head > v {
		return -1
	}
	r := tk.Head
	for d.Tokens[r].Head >= 0 {
		r = d.Tokens[r].Head
	}
	if p := d.Tokens[r].POS; p == nl.VERB || p == nl.AUX {
		return -1
	}
	lo, hi := d.Span(r)
	for i := lo; i <= hi && i < len(d.Tokens); i++ {
		if t := d.Tokens[i]; i != v && (t.POS == nl.VERB || t.POS == nl.AUX) && t.Feats.Has(nl.FeatFin) {
			return -1 // "werd … beklad": the sentence has its finite verb
		}
	}
	return tk.Head
}

// subclauseObject returns the object the parse gave verb v of a clause
// opened by a subordinator (active, without any subject) when that object
// is the first phrase after the subordinator, else -1: a finite clause
// has a subject, and in a verb-final clause it comes first.
func (x *extractor) subclauseObject(v int) int {
	d := x.doc
	if d.Passive(v) || len(d.Dependents(v, "nsubj")) > 0 || len(d.Dependents(v, "expl")) > 0 || len(d.Dependents(v, "csubj")) > 0 {
		return -1
	}
	m := -1
	for _, k := range d.Dependents(v, "mark") {
		if w := lower(d.Tokens[k].Text); k < v && (w == "dat" || x.lx.is("sub", w)) {
			m = k
		}
	}
	if m < 0 {
		return -1
	}
	for _, o := range d.Dependents(v, "obj") {
		if lo, _ := d.Span(o); lo == m+1 && d.Tokens[o].POS != nl.PRON {
			return o
		}
	}
	return -1
}

// verbOblique reports whether the parse hangs unit u, a prepositional
// phrase, on the verb at clause position v as an oblique ("heeft van de
// rechtbank acht jaar cel gekregen"), not on a noun before it ("Wiebes
// van Economische Zaken").
func (x *extractor) verbOblique(s *sentenceCtx, c *clause, v int, u unit) bool {
	if x.doc == nil || s.index < 0 || !x.doc.Parsed(s.index) || v < 0 || v >= len(c.words) {
		return false
	}
	d := x.doc
	h := s.sent.First + c.words[v]
	for p := u.first; p <= u.last && p < len(c.words); p++ {
		tk := d.Tokens[s.sent.First+c.words[p]]
		if tk.Head == h && strings.HasPrefix(tk.Rel, "obl") {
			return true
		}
	}
	return false
}
