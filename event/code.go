package event

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

func (x *extractor) code(s *sentenceCtx, c *clause, us []unit, fv int, subj arg, subjUnits []int, t trigger) (kroniek.Event, bool) {
	inSubj := map[int]bool{}
	for _, i := range subjUnits {
		inSubj[i] = true
	}
	tpos := t.pos[0]
	if t.prio == prioPhrase {
		np := t.pos[len(t.pos)-1]
		for _, i := range subjUnits {
			if us[i].first <= np && np <= us[i].last {
				return kroniek.Event{}, false // de oproerpolitie zette … in: not an object
			}
		}
	}
	if subj.span[1] > 0 && tpos >= subj.span[0] && tpos <= subj.span[1] {
		subj = arg{} // "De protesten houden aan": the trigger is the subject
	}
	passive := !t.noun && t.kind&formPart != 0 && (t.kind&formFinite == 0 || tpos != fv) && (x.passive(s, c, us, t) || x.zijnFinite(s, c, fv, t))
	// a heading without a finite verb ("Speurder X zelf opgepakt",
	// "Jongens opgepakt voor bedreigen Y"): the participle is a passive,
	// its subject the one acted on, whatever the parse makes of it
	heading := !t.noun && !t.Zijn && fv < 0 && t.kind&formPart != 0 && t.kind&formFinite == 0 &&
		len(subjUnits) > 0 && us[subjUnits[0]].last < tpos && x.verbless(s, c, tpos)
	passive = passive || heading
	wordPassive := passive // (the parse may read the participle otherwise)
	if t.Type == "SUPPORT" && !t.noun && t.kind&formPart != 0 && x.countedAgent(s, c, tpos) {
		return kroniek.Event{}, false // ondersteund door vijftig agenten: manpower, not a party's support
	}
	var actor, recip arg
	actorIsSubj := false // the actor is the word-order subject
	ownActor := false    // a noun's own phrase names its actor (nounframe.go)
	used := map[int]bool{}
	switch {
	case passive:
		for i, u := range us {
			if u.prep == "door" && !used[i] && !x.otherConjunct(s, c, t, u) {
				for _, j := range x.chain(s, c, us, i) {
					actor.add(x.resolveUnit(s, c, us[j]))
					used[j] = true
				}
				break
			}
		}
		recip = subj
		for i := range inSubj {
			used[i] = true
		}
	case t.noun:
		// EU-sancties: the name in the compound is the actor
		for i, u := range us {
			if u.first <= tpos && u.last >= tpos && u.kind == unitMention {
				actor.add(x.resolveUnit(s, c, u))
				used[i] = true
			}
		}
		// "de steun van Poetin": the van-phrase after the noun is the
		// actor; "de arrestatie van X": the one it is done to. A title
		// may stand between ("het verzoek van de Britse premier X")
		for i, u := range us {
			if !actor.empty() || !recip.empty() {
				break
			}
			if u.prep == "van" && u.first > tpos && u.first-tpos <= 6 && x.gapSkippable(s, c, tpos+1, u.first-1) {
				for _, j := range x.chain(s, c, us, i) {
					if patientNoun(t) {
						recip.add(x.resolveUnit(s, c, us[j]))
					} else {
						actor.add(x.resolveUnit(s, c, us[j]))
					}
					used[j] = true
				}
				break
			}
		}
		if actor.empty() && recip.empty() {
			actor, recip = x.tussenSides(s, c, us, used, tpos)
		}
		if a := x.nounPossessor(s, c, tpos, us); actor.empty() && recip.empty() && a.named() > 0 && possessiveSide(t) {
			// Hun ontmoeting, zijn arrestatie: the possessor
			if patientNoun(t) {
				recip = a
			} else {
				actor, ownActor = a, true
			}
		}
		if actor.empty() {
			// de Amerikaanse sancties tegen Iran; de arrestatie van X door Y
			if a, ok := x.nounNation(s, c, tpos); ok {
				actor, ownActor = a, true
			} else if i := x.nounAgent(s, c, us, used, tpos); i >= 0 {
				for _, j := range x.chain(s, c, us, i) {
					actor.add(x.resolveUnit(s, c, us[j]))
					used[j] = true
				}
				ownActor = true
			}
		}
		switch {
		case ownActor:
		case actor.empty() && !c.inherited && !t.own && x.hasVerb(s, c) && !x.subjectAfter(us, subjUnits, fv, tpos):
			// (a clause the parse left without any verb gives its noun no
			// subject: "China [heeft] de arrestatie van Meng [veroordeeld]")
			actor = subj
			for i := range inSubj {
				used[i] = true
			}
		case !actor.empty() && fv >= 0 && x.lx.is("receive", s.words[c.words[fv]].low):
			// Loekasjenko kreeg de steun van Poetin
			recip = subj
			for i := range inSubj {
				used[i] = true
			}
		}
	case t.Patient:
		// kreeg drie jaar cel (van de rechter): the subject is acted on;
		// a subject carried over from another clause is not trusted to be
		// the one sentenced (… voldoet niet aan de regels en krijgt boetes)
		if !c.inherited {
			recip = subj
		}
		for i := range inSubj {
			used[i] = true
		}
		for i, u := range us {
			// (only after the verb: before it, a van-phrase is the
			// subject's, "Wiebes van Economische Zaken ligt onder vuur")
			// (or before it, when the parse hangs it on the verb: "heeft
			// gisteren van de rechtbank acht jaar cel gekregen")
			if (u.prep == "van" || u.prep == "door") && !used[i] && x.patientAgent(s, c, t, u) {
				actor.add(x.resolveUnit(s, c, u))
				used[i] = true
				break
			}
		}
	case x.subjectAfter(us, subjUnits, fv, tpos):
		// a heading without a finite verb ("Oproep tot doden X bij
		// betoging"): a name after the trigger is no subject
		for i := range inSubj {
			used[i] = true
		}
	default:
		actor = subj
		actorIsSubj = true
		for i := range inSubj {
			used[i] = true
		}
	}
	reciprocal := false
	described := false // a keyed verb's recipient is people a phrase describes (indefinitePeople)
	for i, u := range us {
		if u.kind == unitRecip {
			reciprocal = true
		}
		for _, p := range t.pos {
			if u.first <= p && u.last >= p {
				used[i] = true // troepen sturen: the trigger is no recipient
			}
		}
	}
	if t.prio == prioPhrase && actor.empty() && recip.empty() {
		// "kwam er een akkoord tussen X, Y en Z": a reciprocal event;
		// PLOVER (Compound and Reciprocal Actors) makes all its parties
		// the actor, with no recipient
		actor, recip = x.tussenSides(s, c, us, used, t.pos[len(t.pos)-1])
		actor.add(recip)
		recip = arg{}
	}
	recipFromPrep := !recip.empty()
	if recip.empty() {
		var viaPrep bool
		recip, viaPrep = x.recipient(s, c, us, used, t)
		recip = minus(recip, actor)
		recipFromPrep = viaPrep
	}
	if v := x.parsedVerb(s, c, t); v >= 0 && !t.Patient && !heading {
		// the parse knows who did it to whom: relative clauses, passives,
		// coordination and verb-final clauses by the tree
		// a side the parse leaves empty keeps the word-order reading (the
		// first parser model misses many); measured on the development
		// gold, trusting the parse's empty sides lost a third of the
		// events found
		pa, pr, hasSubj, _ := x.parseSides(s, c, v, t, us)
		if sp := x.doc.Subject(v); pa.empty() && hasSubj && sp >= 0 && x.doc.Tokens[sp].POS == nl.PRON &&
			sp+1 < len(x.doc.Tokens) && x.doc.Tokens[sp+1].POS != nl.PROPN && x.doc.Tokens[sp+1].POS != nl.NOUN && // (not "het OM" read as a pronoun)
			pr.named() > 0 && len(minus(actor, pr).keys) < len(actor.keys) {
			// "dat het de coalitiepartners X, Y en Z heeft gevraagd": a
			// pronoun subject the parse found but could read no side
			// from leaves no actor; the word-order reading's actor is the
			// parse's object, the recipient
			actor.add(pr)
			actor, pr = arg{}, actor
		}
		if x.sharedSubjectObject(c, v, subj, pa, pr) {
			// "… schaarde zich achter de demonstranten en riep
			// Bouteflika op": the conjunct's subject is the first
			// verb's; the name the parse gives it is its object
			pa, pr = subj, pa
		}
		if !pa.empty() || x.doc.Tokens[v].Rel == "acl" || x.passiveConj(v) || x.relativeSubject(v) {
			actor = pa // a participle on a noun or joined to a passive has no actor but its door-phrase
		}
		if pr = minus(pr, actor); !pr.empty() {
			recip, recipFromPrep = pr, false
		}
		if t.Dat {
			// wil dat de gemeente ingrijpt: the dat-clause's subject is asked
			recip = arg{}
			for _, cc := range x.doc.Dependents(v, "ccomp") {
				if sub := x.doc.Subject(cc); sub >= 0 && x.markOf(cc) == "dat" {
					recip = x.validSide(x.parseSide(s, c, sub, us))
				}
			}
			if recip.named() == 0 {
				return kroniek.Event{}, false // wil dat er meer geld komt: a wish
			}
		}
		recip = minus(recip, actor)
		passive = x.doc.Passive(v)
		if passive && !wordPassive && pa.empty() && actorIsSubj && !t.Zijn && slices.ContainsFunc(s.words, func(w word) bool { return x.lx.is("passive", w.low) }) {
			// "Om coalities te smeden werd X gevraagd": a worden passive
			// the word reading missed (its auxiliary fell in another
			// clause); the subject is the one asked, not the asker
			if recip.empty() {
				recip = actor
			}
			actor = arg{}
		}
	}
	if a := x.agentPhrase(s, c, us); !t.Patient && a.named() > 0 && (actor.named() == 0 || len(minus(actor, a).keys) == 0) {
		actor = a // voert actie, op initiatief van A, B en C: they act
		recip = minus(recip, actor)
	}
	if x.receivedPatient(s, c, t) {
		return kroniek.Event{}, false
	}
	if a, r, ok := x.nounParseSides(s, c, t, us); ok && !ownActor {
		// die een lijstverbinding was aangegaan met X: the light verb's
		// subject and the frame's phrase
		actor = a
		if r = minus(r, actor); !r.empty() {
			recip, recipFromPrep = r, true
		}
	}
	if c.sharedPassive && !t.noun && t.kind&formPart != 0 {
		actor, recip, passive = c.sharedActor, c.shared, true // werd … verkracht en gedood
	}
	if recip.empty() && !t.noun && !passive {
		recip = minus(c.shared, actor) // verkrachtte en doodde Anne Faber
	}
	if t.Dat && x.parsedVerb(s, c, t) < 0 {
		return kroniek.Event{}, false // wil dat …: only the parse finds who is asked
	}
	if reciprocal && !t.noun {
		actor.add(recip)
		recip = arg{}
	}
	// a role phrase the article gives one person (daagt de minister uit)
	// names that person: a keyed verb may take it
	actor, recip = x.resolveRoles(actor, s.sent.Start), x.resolveRoles(recip, s.sent.Start)
	if t.Keyed && reciprocal {
		// met elkaar gesproken: the sides are the actors
	} else if t.NegRej && t.Keyed && x.hasClass(s, c, "neg") {
		// erkent de afspraken niet: a refusal needs no named recipient
	} else if t.Keyed && !passive && recip.named() == 0 {
		described = true
		if recip = x.indefinitePeople(s, c, us, used, fv, subj, recip); recip.empty() {
			return kroniek.Event{}, false // waarschuwt voor Huawei
		}
	} else if t.Keyed && passive && recip.named()+actor.named() == 0 {
		return kroniek.Event{}, false // het Nederlands wordt bedreigd
	}
	if t.Named && actor.per && recip.named() == 0 {
		return kroniek.Event{}, false // viel de werkwijze aan: words, not force
	}
	if t.Swap && recip.named() == 0 {
		return kroniek.Event{}, false // ontving 350 duizend euro: no visit
	}
	if !t.noun && t.kind&formPart != 0 && t.kind&formFinite == 0 && fv >= 0 && x.lx.is("stative", s.words[c.words[fv]].low) {
		return kroniek.Event{}, false // zitten … opgesloten: a state, not a deed
	}
	if !t.noun && t.kind&formPart != 0 && x.expletiveState(s, c, t) {
		return kroniek.Event{}, false // Het is X verboden …: a standing ban, X is no actor
	}
	if actor.empty() && x.hasClass(s, c, "impersonal") {
		return kroniek.Event{}, false // als je het aan de studenten vraagt
	}
	if t.Swap && !recip.empty() && !actor.empty() {
		actor, recip = recip, actor
	}
	objText := ""
	if recip.empty() {
		objText = x.ppText(s, c, us, t)
	}
	if recip.empty() && objText == "" && !t.noun && t.prio != prioPhrase {
		objText = x.objectText(s, c, us, used, fv, subj, true)
	}
	if recip.empty() && objText == "" && !t.noun && t.Type == "SANCTION" && !t.Patient && !x.personSide(actor) {
		// (a person breaking off contact sanctions no town)
		recip = x.setting
	}
	recip = minus(recip, actor)
	// thingText is the content a clause without recipient names, for the
	// types that need no recipient (completeTypes): a prepositional phrase
	// of the verb (pleit voor nieuwe verkiezingen, verzet zich tegen de
	// uitslag), or the object of a refusal or seizure (nam spullen in
	// beslag, wees de aanvraag af); the object of a request is often its
	// addressee (riep de Venezolanen op), not its content
	thingText := ""
	if recip.empty() && !t.noun && completeTypes[t.Type] {
		if thingText = x.ppText(s, c, us, t); thingText == "" && (t.Type != "REQUEST" || t.Content) {
			// (a bare object makes no complete frame: of nine refusals
			// and demands it showed in the whole export, seven named
			// their other party elsewhere in the sentence or article:
			// weigert vragen te beantwoorden van politie en justitie)
			thingText = x.objectText(s, c, us, used, fv, subj, false)
		}
		if thingText == "" && t.Type == "REQUEST" && !t.Keyed {
			thingText = x.contentClause(s, c, t)
		}
	}
	if t.NoObj && (objText != "" && !x.isPPText(s, objText) || !recip.empty() && !recipFromPrep) {
		return kroniek.Event{}, false // de werkzaamheden staken: stopping, not striking
	}
	if t.Obj && recip.empty() && objText == "" && !passive {
		return kroniek.Event{}, false
	}
	if t.noun && actor.named()+recip.named() == 0 {
		return kroniek.Event{}, false
	}
	if t.noun && x.avoided(s, c, tpos) {
		return kroniek.Event{}, false // mijdt een gesprek met de Kamer: the talk does not take place
	}
	if t.noun && x.objectNoun(s, c, fv, tpos) && !x.nounHasArgs(s, c, us, t) {
		// "volgt de onderhandelingen": a noun object of a verb that is no event
		return kroniek.Event{}, false
	}
	if t.noun && !t.own && !ownActor && actor.empty() && us != nil && x.bareNoun(s, c, tpos) && len(x.subjects) > 0 {
		actor = x.subjects[len(x.subjects)-1]
	}
	if a, r, ok := x.parentheticalParticiple(s, c, t); ok {
		actor, recip = a, r // Demirtas − achter de tralies gezet door Erdogan −
	}
	if a, ok := x.waarSubject(s, c, t, actor); ok {
		actor, recip = a, minus(recip, a) // een heffing op kaas waarmee Trump dreigt
	}
	actor, recip = x.resolveRoles(actor, s.sent.Start), x.resolveRoles(recip, s.sent.Start)
	sentence := s.text[s.sent.Start:s.sent.End]
	actor, recip = x.stateSides(actor, sentence), x.stateSides(recip, sentence)
	actor, recip = x.validSide(actor), x.recipients(x.validSide(recip))
	actor, recip = x.members(s, actor), x.members(s, recip)
	recip = minus(recip, actor)
	actor, recip = x.uncoordinated(s, x.personPronoun(actor)), x.uncoordinated(s, x.personPronoun(recip))
	recip = apposition(recip, actor, s.text[s.sent.Start:s.sent.End])
	if len(recip.keys) == 1 && recip.keys[0] == "" && strings.HasPrefix(lower(recip.texts[0]), "en ") && !actor.empty() {
		// "de Utrechter Vo en de Noorse jongen … ontmoette": a phrase
		// that opens with en is the actor's conjunct, no recipient
		actor.add(arg{keys: recip.keys, texts: []string{strings.TrimSpace(recip.texts[0][3:])}})
		actor.plural, recip = true, arg{}
	}
	actor, recip = x.titledBody(s, actor), x.titledBody(s, recip)
	actor, recip = x.counted(s, actor, s.words[c.words[tpos]].Start), x.counted(s, recip, s.words[c.words[tpos]].Start)
	if recip.empty() && !passive && !t.noun && t.Type == "COERCE" && t.Mode == "arrest" {
		recip = indefinitePerson(objText) // arresteerde een fascist die …: one arrests people
	}
	if c.kind == clauseRel {
		actor = x.placeAntecedent(s, actor)
	}
	if t.Type == "CONSULT" && t.Mode == "visit" {
		recip = x.hostCountry(recip)
	}
	actor, recip = x.amongWhom(s, actor, recip)
	recip = x.actorApposition(s, c.words[tpos], actor, recip)
	if t.Type == "REQUEST" && !t.noun && recip.empty() {
		recip = x.datSubject(s, c, us, t, actor) // eiste dat Alliander zich terugtrok
	}
	actor = x.samenMet(s, c, t, actor, recip)
	if t.Swap && (actor.empty() || recip.empty()) {
		return kroniek.Event{}, false // heeft de informatie ontvangen: a thing, no host
	}
	if t.Swap && !actor.per && !actor.plural && sideGrade(actor) != 1 {
		// ontving de Nobelprijs: a thing received, no visit (the sides
		// are already swapped: the guest is the actor)
		return kroniek.Event{}, false
	}
	if t.Agent && actor.empty() {
		return kroniek.Event{}, false // de stad dreigt dicht te slibben
	}
	if described && sameText(actor, recip) {
		return kroniek.Event{}, false // zijn negentien mijnwerkers gered: the subject read twice
	}
	if actor.empty() && recip.empty() {
		return kroniek.Event{}, false
	}
	ev := kroniek.Event{
		Article: x.article, Start: s.sent.Start, End: s.sent.End,
		Type: t.Type, Mode: t.Mode,
		Text: s.text[s.sent.Start:s.sent.End], Reported: s.reported || x.hasAny(s, c, []string{"volgens"}),
	}
	if t.Type == "ASSAULT" && actor.per && !actor.plural && (sideGrade(recip) == 2 || speechTargets(recip)) && x.attackWord(s, c, t) {
		// Orbán viel Juncker aan, zijn aanvallen op de EU, dat de leider
		// van een partij journalisten aanvalt: one named person attacking
		// a named other or a profession in the news is words, not force
		ev.Type, ev.Mode = "ACCUSE", "disapprove"
	}
	if t.Type == "ACCUSE" && x.warning(s, c, t) && x.repercussion(s, c, t) {
		// a warning is disapproval (waarschuwde China tegen pogingen …)
		// unless it names a repercussion (voor de gevolgen, dat het leger
		// zal ingrijpen): then it is a threat
		ev.Type, ev.Mode = "THREATEN", ""
	}
	shareActor := actor // a joined participle shares the doer the text names, no implied one
	if t.Charge && (passive || wordPassive) && actor.empty() && x.personSide(recip) {
		// X wordt verdacht van moord: the prosecution service the article
		// names is who suspects or charges (not where the sentence places
		// the case abroad)
		if k := x.prosecutor(s); k != "" {
			actor = arg{keys: []string{k}, texts: []string{x.locals[k].Name}}
		}
	}
	evidenceActor := actor // the police below is implied, no evidence the text gives
	if t.Type == "COERCE" && t.Mode == "arrest" && (passive || wordPassive) && actor.empty() && x.personSide(recip) {
		// X werd aangehouden: the police force the article names arrested
		// (as the prosecution service suspects, above); the confidence
		// still counts an implied actor, as before
		if k := x.police(s); k != "" {
			actor = arg{keys: []string{k}, texts: []string{x.locals[k].Name}}
		}
	}
	recip = capacity(recip)
	if t.Type == "REQUEST" && recip.empty() {
		recip = x.asylumCountry(s, c)
	}
	ev.ActorLocal, ev.ActorText = keysText(actor)
	ev.RecipientLocal, ev.RecipientText = keysText(recip)
	ev.Actor = generics(ev.ActorLocal)
	ev.Recipient = generics(ev.RecipientLocal)
	x.triggerSpan(&ev, s, c, t)
	x.modes(&ev, s, c, t)
	if t.Patient && x.noneOf(s, c, t) {
		ev.Negated = true // kreeg geen tbs
	}
	ev.ReportedBy = x.reportedBy(s, c, us)
	if ev.ReportedBy != "" {
		ev.Reported = true
	}
	ev.Date, ev.DateGran = x.date(s, c)
	s.lastRecip, s.lastActor, s.lastPassive = recip, shareActor, passive || wordPassive
	x.conviction(&ev, s, c, t) // before confidence: a conviction implies its court
	confidence(&ev, evidence{actor: evidenceActor, recip: recip, verb: !t.noun, patient: t.Patient, ownDate: ev.Date != "" || x.spanned(s, c), beside: t.own,
		commitment:     ev.Type == "AGREE" && (c.beforeDat || x.teComplement(s, c, t)),
		mutual:         (reciprocal || slices.Contains(t.Preps, "met")) && !passive && !wordPassive,
		complete:       recip.empty() && (x.completeFrame(s, c, t, actor, thingText) || x.demonstrativeFrame(s, c, t)),
		institutional:  (impliedActor(&ev) || t.Charge && (passive || wordPassive)) && !x.placeSide(recip) && !x.institutionSide(recip),
		recipElsewhere: !x.namedHere(s, recip),
		victim:         t.Victim && (passive || wordPassive || t.noun) && actor.empty() && x.namedVictim(s, c, t, recip),
		boundPron:      x.boundPronoun(s, c, evidenceActor),
		habitual:       x.habitual(s, c), fragment: x.fragmentSide(s, actor) || x.fragmentSide(s, recip) || !t.noun && !t.Patient && x.nounOfActor(s, actor) || x.untrusted(s, c, t, &ev) || x.coordinated(s, actor, recip, ev.Trigger) || x.gapped(s, c, t, actor, recip) || x.ownWriter(s, actor) || x.ownWriter(s, recip)})
	if ev.Date == "" && !x.spanned(s, c) {
		// after confidence: a date the sentence before gives is no
		// evidence of the event's own
		ev.Date, ev.DateGran = x.narrativeDate(s, c)
	}
	if ev.Date == "" && !x.spanned(s, c) && x.doc != nil && c.head >= 0 && x.doc.Parsed(s.index) && x.doc.Tense(s.sent.First+c.head) == nl.TensePast {
		x.pastUndated = append(x.pastUndated, ev.TriggerStart)
	}
	return ev, true
}

// boundPronoun reports whether actor, read through a pronoun, stands in
// a subclause and is the named subject of its sentence's main clause
// ("X ontliep tbs omdat hij niet meewerkte"): the pronoun is bound to a
// name in the same sentence, no guess across sentences.
func (x *extractor) boundPronoun(s *sentenceCtx, c *clause, actor arg) bool {
	if !actor.pron || c.kind == clauseMain || s.mainSubject.pron || s.mainSubject.named() == 0 {
		return false
	}
	return len(minus(actor, s.mainSubject).keys) == 0
}

// noneOf reports whether the noun of an expression has "geen" before it
// (kreeg geen tbs opgelegd), adjectives and numbers between.
func (x *extractor) noneOf(s *sentenceCtx, c *clause, t trigger) bool {
	if len(t.pos) < 2 {
		return false
	}
	for p := t.pos[len(t.pos)-1] - 1; p >= 0; p-- {
		w := s.words[c.words[p]]
		switch {
		case w.low == "geen":
			return true
		case w.POS == nl.ADJ || w.POS == nl.NUM || w.POS == nl.NOUN || w.Kind == nl.Number:
			continue // geen drie jaar cel, geen voorwaardelijke straf
		}
		return false
	}
	return false
}

func (x *extractor) passive(s *sentenceCtx, c *clause, us []unit, t trigger) bool {
	if x.hasClass(s, c, "passive") {
		return true
	}
	for _, u := range us {
		if u.prep == "door" {
			return x.hasClass(s, c, "perfect")
		}
	}
	// "die is opgepakt": zijn + the participle of a verb whose perfect takes
	// hebben is a passive (not of afgetreden, overeengekomen: flag zijn)
	if t.Zijn || x.hasClass(s, c, "have") {
		return false
	}
	for p, wi := range c.words {
		switch s.words[wi].low {
		case "is", "was", "waren":
			return true
		case "zijn":
			if p+1 == t.pos[0] || p == t.pos[0]+1 {
				return true // zijn next to the participle, not "zijn tegenstanders"
			}
		}
	}
	return false
}

func (x *extractor) recipient(s *sentenceCtx, c *clause, us []unit, used map[int]bool, t trigger) (arg, bool) {
	var a arg
	edge := x.nextFiniteAfterComma(s, c, t)
	for pass := 0; pass < 2; pass++ {
		for i, u := range us {
			if used[i] || u.kind == unitRecip || u.prep == "" || !contains(t.Preps, u.prep) || x.nounModifier(s, c, u, t) || u.first > edge {
				continue
			}
			if pass == 0 && u.first < t.pos[0] {
				continue // prefer phrases after the trigger
			}
			for _, j := range x.chain(s, c, us, i) {
				a.add(x.resolveUnit(s, c, us[j]))
			}
			return a, true
		}
	}
	// "toegeven aan de druk van Moskou": the van-phrase of the recipient phrase
	for p := t.pos[0] + 1; p < len(c.words); p++ {
		if !contains(t.Preps, s.words[c.words[p]].low) || x.particleAt(t, p) {
			continue
		}
		for i, u := range us {
			if u.first > p && u.prep == "van" && !used[i] && x.gapSkippable(s, c, p+1, u.first-1) && !x.deepVan(s, c, u) {
				for _, j := range x.chain(s, c, us, i) {
					a.add(x.resolveUnit(s, c, us[j]))
				}
				return a, true
			}
		}
	}
	if t.noun || t.NeedPrep {
		return a, false
	}
	for i, u := range us {
		if used[i] || u.prep != "" || u.kind == unitRecip || u.first > edge {
			continue
		}
		for _, j := range x.chain(s, c, us, i) {
			a.add(x.resolveUnit(s, c, us[j]))
		}
		return a, false
	}
	return a, false
}

// avoided reports whether the event noun at clause position p is the
// object of a verb of avoiding or cancelling right before it, past its
// determiners and adjectives ("Acme mijdt gesprek met de Kamer", "annuleerde
// zijn bezoek"): that event does not take place.
func (x *extractor) avoided(s *sentenceCtx, c *clause, p int) bool {
	for q := p - 1; q >= 0; q-- {
		w := s.words[c.words[q]]
		switch {
		case x.lx.is("avoid", w.low):
			return true
		case x.lx.is("det", w.low) || w.POS == nl.ADJ || w.POS == nl.NUM:
			continue
		default:
			return false
		}
	}
	return false
}

// indefinitePeople is the recipient of a verb that needs a party as its
// object (the keyed flag) when that object is people counted or
// introduced by een and described by a person or role noun ("hield drie
// mannen aan", "heeft een 34-jarige man aangehouden", "waarschuwde twee
// gemeenten"): a party the text describes, no topic. Otherwise it returns
// nothing.
func (x *extractor) indefinitePeople(s *sentenceCtx, c *clause, us []unit, used map[int]bool, fv int, subj, recip arg) arg {
	text := ""
	switch {
	case len(recip.keys) == 1 && recip.keys[0] == "":
		text = recip.texts[0]
	case recip.empty():
		text = x.objectText(s, c, us, used, fv, subj, true)
	}
	if p := indefinitePerson(text); !p.empty() && x.roleHead(p.texts[0]) {
		p.plural = lower(strings.Fields(p.texts[0])[0]) != "een"
		return p
	}
	return arg{}
}

// sameText reports whether a text of b stands inside a text of a or the
// other way round: one phrase read as both sides.
func sameText(a, b arg) bool {
	for _, x := range a.texts {
		for _, y := range b.texts {
			if x != "" && y != "" && (strings.Contains(lower(x), lower(y)) || strings.Contains(lower(y), lower(x))) {
				return true
			}
		}
	}
	return false
}

// countWord reports whether w opens an indefinite or counted phrase: een,
// a number word (twee, twaalf, honderd) or digits (35).
func countWord(w string) bool {
	w = lower(w)
	if w == "een" || len(nl.Lex().Lookup(nl.ClassNumber, w)) > 0 {
		return true
	}
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// indefinitePerson reads the object text of an arrest as the person
// arrested when it is an indefinite noun phrase ("een fascist die
// hoopte …", "twee Syriërs"): an arrest is done to people, so the noun
// names one, whether or not the lexicon knows it as a person noun. The
// side is the phrase up to a comma or a relative pronoun, at most four
// words; no side for anything else.
func indefinitePerson(text string) arg {
	f := strings.Fields(text)
	if len(f) < 2 || !countWord(f[0]) {
		return arg{}
	}
	n := 1
	for n < len(f) && n < 4 && !strings.HasSuffix(f[n-1], ",") {
		if w := lower(f[n]); w == "die" || w == "dat" || w == "en" || w == "van" || w == "uit" || w == "in" || w == "op" {
			break
		}
		n++
	}
	t := strings.TrimRight(strings.Join(f[:n], " "), ",")
	if n < 2 || !unicode.IsLower([]rune(f[n-1])[0]) {
		return arg{}
	}
	return arg{keys: []string{""}, texts: []string{t}, per: true}
}

// nextFiniteAfterComma returns the clause position of the first comma
// after the trigger that a finite verb follows ("Toen de regering een
// journalist beschuldigde, zei Moon …" read as one clause where the parse
// failed): what comes after it is the next clause's, no recipient of the
// trigger. It returns the clause's length when there is none.
func (x *extractor) nextFiniteAfterComma(s *sentenceCtx, c *clause, t trigger) int {
	last := t.pos[0]
	for _, p := range t.pos {
		last = max(last, p)
	}
	for q := last + 1; q+1 < len(c.words); q++ {
		if s.words[c.words[q]].Text == "," && c.words[q+1] == c.words[q]+1 {
			if n := s.words[c.words[q+1]]; n.mention < 0 && x.finite(n.low) && (n.POS == nl.VERB || n.POS == nl.AUX) {
				return q
			}
		}
	}
	return len(c.words)
}

func (x *extractor) bareNoun(s *sentenceCtx, c *clause, p int) bool {
	if c.kind != clauseMain {
		return false
	}
	for q := p - 1; q >= 0; q-- {
		w := s.words[c.words[q]].low
		if !(x.lx.is("det", w) || x.lx.is("quant", w) || x.lx.is("adverb", w) || strings.HasSuffix(w, "e") && !x.isVerb(w)) {
			return false
		}
	}
	return true
}

func (x *extractor) gapSkippable(s *sentenceCtx, c *clause, from, to int) bool {
	for q := from; q <= to; q++ {
		w := s.words[c.words[q]]
		if w.low == "van" {
			continue
		}
		if !x.skippable(w) {
			return false
		}
	}
	return true
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func keysText(a arg) ([]string, string) {
	var keys []string
	for _, k := range a.keys {
		if k != "" {
			keys = append(keys, k)
		}
	}
	return keys, strings.Join(a.texts, ", ")
}

func generics(keys []string) []string {
	var out []string
	for _, k := range keys {
		if strings.HasPrefix(k, "generic:") {
			out = append(out, k)
		}
	}
	return out
}

func (x *extractor) triggerSpan(ev *kroniek.Event, s *sentenceCtx, c *clause, t trigger) {
	lo, hi := -1, -1
	var parts []string
	ps := append([]int(nil), t.pos...)
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j] < ps[j-1]; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
	for _, p := range ps {
		w := s.words[c.words[p]]
		if lo < 0 || w.Start < lo {
			lo = w.Start
		}
		if w.End > hi {
			hi = w.End
		}
		parts = append(parts, w.Text)
	}
	ev.Trigger = strings.Join(parts, " … ")
	if len(ps) == 1 {
		ev.Trigger = parts[0]
	}
	ev.TriggerStart, ev.TriggerEnd = lo, hi
}

func minus(a, b arg) arg {
	var out arg
	for i, k := range a.keys {
		if k != "" && slices.Contains(b.keys, k) {
			continue
		}
		out.keys = append(out.keys, k)
		out.texts = append(out.texts, a.texts[i])
	}
	out.per, out.female, out.plural = a.per, a.female, len(out.keys) > 1
	return out
}

func (x *extractor) ppText(s *sentenceCtx, c *clause, us []unit, t trigger) string {
	for p := t.pos[0] + 1; p < len(c.words)-1; p++ {
		w := s.words[c.words[p]]
		if !contains(t.Preps, w.low) || x.particleAt(t, p) {
			continue
		}
		q := p
		for q+1 < len(c.words) {
			if c.words[q+1] != c.words[q]+1 { // the phrase ends where the clause stops being contiguous
				break
			}
			n := s.words[c.words[q+1]]
			if n.mention >= 0 || n.Kind != nl.Word || x.lx.is("prep", n.low) || x.isVerb(n.low) && !x.afterDet(s, c, q+1) || n.low == "te" || x.lx.is("neg", n.low) {
				break
			}
			q++
		}
		if end := s.words[c.words[q]].End; q > p && end > w.Start {
			return s.text[w.Start:end]
		}
	}
	return ""
}

func (x *extractor) particleAt(t trigger, p int) bool {
	for _, q := range t.pos {
		if q == p {
			return true
		}
	}
	return false
}

func (x *extractor) objectNoun(s *sentenceCtx, c *clause, fv, p int) bool {
	if fv < 0 || p < fv {
		return false
	}
	return x.nounGovernor(s, c, p) == ""
}

func (x *extractor) nounHasArgs(s *sentenceCtx, c *clause, us []unit, t trigger) bool {
	p := t.pos[0]
	for _, u := range us {
		if u.first <= p || u.first-p > 6 || u.prep == "" {
			continue
		}
		if (u.prep == "van" || contains(t.Preps, u.prep)) && x.gapSkippable(s, c, p+1, u.first-1) {
			return true
		}
		if x.lx.is("prep", u.prep) {
			// a phrase between: only "van" and the noun's own prepositions chain
			ok := true
			for q := p + 1; q < u.first; q++ {
				w := s.words[c.words[q]].low
				if x.lx.is("prep", w) && w != "van" && !contains(t.Preps, w) {
					ok = false
				}
			}
			if ok && contains(t.Preps, u.prep) {
				return true
			}
		}
	}
	return false
}

// isPPText reports whether text opens with a preposition (ppText's result).
func (x *extractor) isPPText(s *sentenceCtx, text string) bool {
	f := strings.Fields(text)
	return len(f) > 0 && x.lx.is("prep", lower(f[0]))
}

// reportedBy is the source a clause or its sentence names with volgens or
// aldus: a name or group after it, else the words up to the next comma or
// the end ("volgens Britse kranten").
func (x *extractor) reportedBy(s *sentenceCtx, c *clause, us []unit) string {
	for _, u := range us {
		if u.prep == "volgens" || u.prep == "aldus" {
			return u.text
		}
	}
	for i, w := range s.words {
		if w.low != "volgens" && w.low != "aldus" {
			continue
		}
		j := i + 1
		for j < len(s.words) && j-i <= 5 && s.words[j].Kind == nl.Word && !x.lx.is("prep", s.words[j].low) && !x.isVerb(s.words[j].low) {
			j++
		}
		if j > i+1 {
			return s.text[s.words[i+1].Start:s.words[j-1].End]
		}
	}
	return ""
}

// attackWord reports whether the trigger is aanvallen or aanval, which
// news uses for words as often as for force.
func (x *extractor) attackWord(s *sentenceCtx, c *clause, t trigger) bool {
	for _, p := range t.pos {
		w := s.words[c.words[p]].low
		if strings.HasPrefix(w, "aanval") || strings.HasPrefix(w, "aanviel") || strings.HasPrefix(w, "aangeval") {
			return true
		}
		switch w {
		case "viel", "vielen", "valt", "vallen":
			return len(t.pos) > 1 // viel … aan
		}
	}
	return false
}

// datSubject is the named subject of the dat-clause a request verb
// governs in the parse ("eiste dat X zich terugtrekt": X is asked), or
// nothing.
func (x *extractor) datSubject(s *sentenceCtx, c *clause, us []unit, t trigger, actor arg) arg {
	v := x.parsedVerb(s, c, t)
	if v < 0 {
		return arg{}
	}
	if len(x.doc.Dependents(v, "obj")) > 0 {
		return arg{} // bepleit de norm en is blij met het gewicht dat X …: the object is what is asked
	}
	for _, cc := range x.doc.Dependents(v, "ccomp") {
		if slices.ContainsFunc(x.doc.Dependents(v, "conj"), func(k int) bool { return k > v && k < cc }) {
			continue // … en is blij met het gewicht dat X …: the dat-clause of another conjunct
		}
		if sub := x.doc.Subject(cc); sub >= 0 && x.markOf(cc) == "dat" {
			r := minus(x.recipients(x.validSide(x.parseSide(s, c, sub, us))), actor)
			if r.named() > 0 {
				return r
			}
		}
	}
	return arg{}
}

// partyAct reports whether w names another party's act, also as the tail
// of a compound (congresuitspraak, wetsvoorstel).
func (x *extractor) partyAct(w string) bool {
	w = strings.Trim(w, ".,;:!?()'\"’")
	if x.lx.is("partyact", w) {
		return true
	}
	for i := 3; i+4 <= len(w); i++ {
		if x.lx.is("partyact", strings.TrimLeft(w[i:], "-")) {
			return true
		}
	}
	return false
}

// thingHead is a thing's phrase up to the first comma, quotation mark or
// subordinator: a clause inside the content ("onderzoek naar de motieven
// van de waarnemers, om te achterhalen of ze …") names no party of the
// frame.
func thingHead(t string) string {
	if i := strings.IndexAny(t, ",'‘\"“("); i > 0 {
		t = t[:i]
	}
	f := strings.Fields(t)
	for i, w := range f {
		switch lower(w) {
		case "om", "dat", "of", "die", "wat", "waarin", "waarmee", "omdat", "zodat", "als":
			if i > 0 {
				return strings.Join(f[:i], " ")
			}
		}
	}
	return t
}

// demonstrativeFrame reports whether the clause's thing is a fronted
// dat or dit read as the verb's object (demonstrativeObject: "Dat gaf De
// Jonge toe", "dat ontkent CNV"): it stands for the statement before, so
// no party is missing.
func (x *extractor) demonstrativeFrame(s *sentenceCtx, c *clause, t trigger) bool {
	v := x.parsedVerb(s, c, t)
	return v >= 0 && x.demonstrativeObject(s, v, x.doc.Subject(v)) >= 0
}

// completeFrame reports whether a clause without a recipient reads every
// argument of its verb as a thing, so that no party is missing: the
// object or prepositional phrase (thing) names no person, role or group
// and holds no pronoun, and the clause names nobody but the actor ("X eist
// onderzoek naar …", "X verzet zich tegen de nederlaag", "de politie nam
// spullen in beslag"; not "riep de Venezolanen op", "had Y gevraagd").
func (x *extractor) completeFrame(s *sentenceCtx, c *clause, t trigger, actor arg, thing string) bool {
	if thing == "" || x.roleHead(thing) {
		return false
	}
	for _, w := range strings.Fields(lower(thingHead(thing))) {
		if x.lx.is("pron", w) || objectPron[w] || firstPersonSide[w] || w == "zich" {
			return false
		}
		if _, grp := x.lx.group(w); grp {
			return false
		}
		if _, role := nl.Lex().RoleHead(w); role {
			return false
		}
		if x.partyAct(w) {
			return false // slaat de uitnodiging af, verzet zich tegen de aanval: whose?
		}
	}
	for _, wi := range c.words {
		if w := s.words[wi]; x.lx.is("give", x.token(s, wi).Lemma) || x.lx.is("penalty", w.low) {
			return false // weigert een startbekostiging toe te kennen: to whom? eiste een celstraf: against whom?
		}
	}
	// the actor's own phrase in the parse (its apposition: "X,
	// hoofdredacteur van de krant Y, pleit voor …") names no other party
	// (every subject the parse gave the verb, before it: "X, hoofdredacteur
	// van Y, en een van de journalisten van Z, pleit …")
	lo, hi := -1, -1
	if v := x.parsedVerb(s, c, t); v >= 0 {
		subs := x.doc.Dependents(v, "nsubj")
		if sub := x.doc.Subject(v); sub >= 0 {
			subs = append(subs, sub)
		}
		for _, sub := range subs {
			if f, l := x.doc.Span(sub); l < v {
				if lo < 0 || f-s.sent.First < lo {
					lo = f - s.sent.First
				}
				hi = max(hi, l-s.sent.First)
			}
		}
	}
	for _, wi := range c.words {
		m := s.words[wi].mention
		if m < 0 || slices.Contains(actor.keys, x.mentions[m].Local) || wi >= lo && wi <= hi {
			continue
		}
		if le := x.locals[x.mentions[m].Local]; le == nil || le.Type != kroniek.LOC {
			return false // another name than a place stands in the clause
		}
	}
	return true
}

// relativeSubject reports whether verb v's subject in the parse is a
// relative pronoun (die, dat): its antecedent acts, whether or not it
// names anyone, never the subject the word order finds before it
// ("Vermeersch zag de katholieke kerk, die weigert …").
func (x *extractor) relativeSubject(v int) bool {
	for _, n := range x.doc.Dependents(v, "nsubj") {
		if w := lower(x.doc.Tokens[n].Text); (w == "die" || w == "dat") && x.doc.Tokens[n].POS == nl.PRON && x.doc.Tokens[n].Rel == "nsubj" {
			return true
		}
	}
	return false
}

// verbless reports whether sentence s holds no finite verb at all and
// the participle at clause position tpos stands alone, not before a noun
// or adjective it describes (een neergestoken jongen): a heading.
func (x *extractor) verbless(s *sentenceCtx, c *clause, tpos int) bool {
	for _, w := range s.words {
		if w.Kind == nl.Word && w.mention < 0 && x.finite(w.low) {
			return false
		}
	}
	if p := c.words[tpos] + 1; p < len(s.words) && (s.words[p].POS == nl.NOUN || s.words[p].POS == nl.ADJ) {
		return false
	}
	return true
}

// titledBody replaces in side a an organisation or place whose mention
// follows a person's role noun with nothing between ("Voorzitter Lagerhuis
// torpedeert …", "topvrouw Huawei klaagt Canada aan", headline style) by
// that person, as a role phrase without a name: the speaker of the House
// is not the House. A spokesperson speaks for the body and stays it.
func (x *extractor) titledBody(s *sentenceCtx, a arg) arg {
	for i, k := range a.keys {
		le := x.locals[k]
		if le == nil || le.Type != kroniek.ORG && le.Type != kroniek.LOC {
			continue
		}
		p := x.sidePos(s, k)
		if p < 1 || p-1 < s.skip {
			continue
		}
		r := s.words[p-1]
		if r.Kind != nl.Word || r.mention >= 0 || !x.lx.is("title", r.low) || strings.HasPrefix(r.low, "woordvoer") {
			continue
		}
		a.keys[i], a.texts[i] = "", r.Text+" "+a.texts[i]
		a.per = true
	}
	return a
}

// placeAntecedent drops from the actor of a relative clause a place named
// after a preposition of place ("de nabestaande van de crash in Ethiopië
// die Boeing voor de rechter daagt"): the parse hung the clause on the
// nearest noun, but a place where something happened is not who acts.
func (x *extractor) placeAntecedent(s *sentenceCtx, a arg) arg {
	out := a
	out.keys, out.texts = nil, nil
	for i, k := range a.keys {
		if le := x.locals[k]; le != nil && le.Type == kroniek.LOC {
			if p := x.sidePos(s, k); p >= 0 && x.afterPlacePrep(s.words[p].Start) {
				continue
			}
		}
		out.keys = append(out.keys, k)
		out.texts = append(out.texts, a.texts[i])
	}
	if len(out.keys) == 0 {
		return arg{}
	}
	out.plural = len(out.keys) > 1
	return out
}

// hostCountry replaces in the recipient of a visit a place below a country
// (a city, a state: naar Kansas afgereisd, naar Den Haag afreist) by the
// country it lies in when the article names that country: a visit's
// recipient is its host, and the place is only where it was held. The
// place stays where the article names no such country.
// asylumCountry is the country a request for asylum or admission is made
// in, which is who is asked ("vroeg in Nederland asiel aan", "vroeg om
// toelating als vluchteling in Nederland"): a place the knowledge base
// knows after "in" in a clause that names asylum, admission or a
// residence permit. No side otherwise.
func (x *extractor) asylumCountry(s *sentenceCtx, c *clause) arg {
	if !slices.ContainsFunc(c.words, func(wi int) bool {
		w := s.words[wi].low
		return strings.HasPrefix(w, "asiel") || w == "toelating" || strings.HasPrefix(w, "verblijfsvergunning")
	}) {
		return arg{}
	}
	for q, wi := range c.words {
		w := s.words[wi]
		if q == 0 || w.mention < 0 || s.words[c.words[q-1]].low != "in" {
			continue
		}
		m := x.mentions[w.mention]
		if le := x.locals[m.Local]; le != nil && le.Type == kroniek.LOC && le.KB != "" && m.Start == w.Start {
			return arg{keys: []string{m.Local}, texts: []string{m.Text}}
		}
	}
	return arg{}
}

func (x *extractor) hostCountry(a arg) arg {
	for i, k := range a.keys {
		le := x.locals[k]
		if le == nil || le.Type != kroniek.LOC || le.Country == "" || strings.HasPrefix(le.KB, "country:") {
			continue
		}
		for _, m := range x.mentions {
			if c := x.locals[m.Local]; c != nil && c.KB == "country:"+le.Country && c.Type == kroniek.LOC {
				a.keys[i], a.texts[i] = m.Local, m.Text
				break
			}
		}
	}
	return a
}

// subjectAfter reports whether a clause without a finite verb (fv < 0)
// has its word-order subject after the trigger at tpos: a heading
// ("Oproep tot doden X bij betoging") whose name after the trigger is
// what it is about, not who acts.
func (x *extractor) subjectAfter(us []unit, subjUnits []int, fv, tpos int) bool {
	return fv < 0 && len(subjUnits) > 0 && us[subjUnits[0]].first > tpos
}

// hasVerb reports whether a clause holds a verb or auxiliary.
func (x *extractor) hasVerb(s *sentenceCtx, c *clause) bool {
	for _, wi := range c.words {
		if p := s.words[wi].POS; p == nl.VERB || p == nl.AUX {
			return true
		}
	}
	return false
}

// erPreps maps a pronominal adverb (ervoor, erom) to the preposition it
// stands for: "pleit ervoor om …" is "pleit voor" the om-clause.
var erPreps = map[string]string{"ervoor": "voor", "erom": "om", "erop": "op", "ertoe": "tot"}

// contentClause is the clause a request names as what it asks: the om- or
// dat-clause after a pronominal adverb of one of the verb's prepositions
// ("pleit ervoor om meer arbeidsmigranten te halen"), or the dat-clause of
// a verb whose object is its content ("eiste dat de bezuinigingen worden
// teruggedraaid"). It is "" when there is none, or when that clause names
// anyone but a place (eist dat Rutte aftreedt: Rutte is asked).
func (x *extractor) contentClause(s *sentenceCtx, c *clause, t trigger) string {
	er := false
	for _, wi := range c.words {
		if p, ok := erPreps[s.words[wi].low]; ok && contains(t.Preps, p) {
			er = true
		}
	}
	if t.Propose {
		if text := x.omTe(s, c, t); text != "" {
			return text // stellen voor om … op te richten, in one clause
		}
	}
	var next *clause
	for i := range s.clauses {
		if &s.clauses[i] == c && i+1 < len(s.clauses) {
			next = &s.clauses[i+1]
		}
	}
	if next == nil || len(next.words) == 0 {
		return ""
	}
	switch {
	case er && (next.kind == clauseOm || next.kind == clauseSub && next.opener == "dat"):
	case t.Content && next.kind == clauseSub && next.opener == "dat":
	case t.Propose && (next.kind == clauseOm || next.kind == clauseSub && next.opener == "dat"):
		// stellen voor om een orgaan op te richten: the proposal is its content
	default:
		return ""
	}
	for _, wi := range next.words {
		m := s.words[wi].mention
		if m < 0 {
			continue
		}
		if le := x.locals[x.mentions[m].Local]; le == nil || le.Type != kroniek.LOC {
			return ""
		}
	}
	first, last := s.words[next.words[0]], s.words[next.words[len(next.words)-1]]
	return s.text[first.Start:last.End]
}

// completeTypes are the types whose event is whole without a recipient
// when its content is a thing: a demand (pleit voor, dringt aan op), a
// refusal or resistance (wees af, verzet zich tegen), a seizure.
var completeTypes = map[string]bool{"REQUEST": true, "REJECT": true, "COERCE": true}

// speechTargets reports whether a side is a group that a public figure
// attacks in words (journalisten, rechters, de oppositie), not the police,
// soldiers or fighters whom attacks by force hit.
func speechTargets(a arg) bool {
	if sideGrade(a) != 1 {
		return false
	}
	for _, k := range a.keys {
		switch strings.TrimPrefix(k, "generic:") {
		case "journalists", "opposition", "government", "parliament", "officials", "leaders", "prosecutors", "candidates", "diplomats", "unions", "employers":
		default:
			if k != "" {
				return false
			}
		}
	}
	return true
}

// zijnFinite reports whether the clause's finite verb is zijn (plural of
// is) with a participle trigger of a verb whose perfect takes hebben:
// "veel Syriëgangers zijn al … veroordeeld" is a passive.
func (x *extractor) zijnFinite(s *sentenceCtx, c *clause, fv int, t trigger) bool {
	return fv >= 0 && fv != t.pos[0] && s.words[c.words[fv]].low == "zijn" && !t.Zijn && !x.hasClass(s, c, "have")
}

// patientAgent reports whether van- or door-phrase u of a patient
// expression (kreeg drie jaar cel, ligt onder vuur) belongs to the
// expression itself and so names who acts: it stands between the
// expression's words ("kreeg van de rechter drie jaar cel"), right after
// them with only skippable words between ("kreeg steun van de Britse
// premier X"), or the parse hangs it on the verb ("heeft gisteren van de
// rechtbank acht jaar cel gekregen"). A van-phrase behind another phrase
// belongs to that phrase's noun ("lag onder vuur vanwege de verdwijning
// van X": X is no accuser; "kreeg een steun in de rug van X").
func (x *extractor) patientAgent(s *sentenceCtx, c *clause, t trigger, u unit) bool {
	first, last := t.pos[0], t.pos[0]
	for _, p := range t.pos {
		first, last = min(first, p), max(last, p)
	}
	switch {
	case u.first > first && u.last < last:
		return true
	case u.first > last:
		return u.first-last <= 6 && x.gapSkippable(s, c, last+1, u.first-1) || x.verbOblique(s, c, t.pos[0], u)
	}
	return x.verbOblique(s, c, t.pos[0], u)
}

// patientNoun reports whether a noun's van-phrase is the one the event is
// done to (de arrestatie van X, de aanhouding van X), not its actor as in
// de steun van X, de aanval van X. A killing noun flagged victim reads
// its van-phrase so too (de liquidatie van een drugshandelaar).
func patientNoun(t trigger) bool {
	return t.noun && (t.Type == "COERCE" || t.Victim)
}

// capacity drops from a side a phrase without a name that opens with
// "als" ("vroeg asiel aan als politiek vluchteling"): the capacity in
// which someone acts, no party.
func capacity(a arg) arg {
	if !slices.ContainsFunc(a.texts, func(t string) bool { return strings.HasPrefix(lower(t), "als ") }) {
		return a
	}
	var out arg
	for i, k := range a.keys {
		if k == "" && strings.HasPrefix(lower(a.texts[i]), "als ") {
			continue
		}
		out.keys = append(out.keys, k)
		out.texts = append(out.texts, a.texts[i])
	}
	out.per, out.female, out.pron, out.span = a.per, a.female, a.pron && len(out.keys) > 0, a.span
	return out
}

// apposition drops from a recipient a phrase without a name that stands
// right after the actor between commas ("de Bondsraad, het ledenparlement
// van de Consumentenbond, ging akkoord"): it renames the actor.
func apposition(recip, actor arg, sentence string) arg {
	var out arg
	for i, k := range recip.keys {
		t := recip.texts[i]
		drop := false
		for _, at := range actor.texts {
			if k == "" && at != "" && strings.Contains(sentence, at+", "+t) {
				drop = true
			}
		}
		if !drop {
			out.keys = append(out.keys, k)
			out.texts = append(out.texts, t)
		}
	}
	out.per, out.female, out.pron, out.span = recip.per, recip.female, recip.pron && len(out.keys) > 0, recip.span
	out.plural = len(out.keys) > 1 || recip.plural && len(out.keys) > 0
	return out
}

// amongWhom moves the names of "…, onder wie X en Y" (waaronder X) to the
// side they belong to: the side written as a group without a name
// (Europarlementariërs springen in de bres, onder wie X; vijf mensen werden
// aangeklaagd, onder wie X). They are never a side of their own.
func (x *extractor) amongWhom(s *sentenceCtx, actor, recip arg) (arg, arg) {
	var keys, texts []string
	for p := 0; p < len(s.words); p++ {
		w := s.words[p].low
		if !(w == "waaronder" || w == "onder" && p+1 < len(s.words) && s.words[p+1].low == "wie") {
			continue
		}
		for q := p + 1; q < len(s.words); q++ {
			n := s.words[q]
			if n.mention < 0 {
				if n.Text == "," || x.lx.is("coord", n.low) || x.lx.is("det", n.low) || x.roleHead(n.low) || n.low == "wie" {
					continue // onder wie zakenman X, Y en Z
				}
				break // the list ends: "waaronder Nederland, erkennen Guaidó"
			}
			if q > p+1 && s.words[q-1].mention == n.mention {
				continue
			}
			m := x.mentions[n.mention]
			if le := x.locals[m.Local]; le != nil && le.Type != kroniek.MISC && !contains(keys, m.Local) {
				keys, texts = append(keys, m.Local), append(texts, m.Text)
			}
		}
	}
	if len(keys) == 0 {
		return actor, recip
	}
	named := arg{keys: keys, texts: texts, plural: true}
	drop := func(a arg) arg {
		for _, k := range a.keys {
			if contains(keys, k) {
				pron := a.pron
				a = minus(a, named)
				a.pron = pron && !a.empty()
				return a
			}
		}
		return a
	}
	actor, recip = drop(actor), drop(recip)
	unnamed := func(a arg) bool { return !a.empty() && sideGrade(a) < 2 }
	switch {
	case unnamed(actor):
		actor.add(named)
	case unnamed(recip):
		recip.add(named)
	}
	return actor, recip
}

// actorApposition drops from a recipient the names inside the actor's
// apposition before the verb: "X, socioloog aan de Universiteit Y, spreekt
// dat tegen" (invented names) is not done to Y; nor is "X van Y eiste …"
// done to Y, the actor's own organisation.
func (x *extractor) actorApposition(s *sentenceCtx, trig int, actor, recip arg) arg {
	if recip.empty() || actor.empty() {
		return recip
	}
	pos := func(k string) []int {
		var out []int
		for p, w := range s.words {
			if w.mention >= 0 && x.mentions[w.mention].Local == k && k != "" && (p+1 == len(s.words) || s.words[p+1].mention != w.mention) {
				out = append(out, p) // the last word of each mention of k
			}
		}
		return out
	}
	inside := map[string]bool{}
	for _, ak := range actor.keys {
		for _, pa := range pos(ak) {
			if pa+2 < trig && s.words[pa+1].low == "van" && s.words[pa+2].mention >= 0 {
				// Bestuursvoorzitter X van Y eiste …: Y is X's own
				// organisation, not the one the event is done to
				rk := x.mentions[s.words[pa+2].mention].Local
				if ps := pos(rk); len(ps) == 1 && slices.Contains(recip.keys, rk) {
					inside[rk] = true
				}
			}
			if pa+2 >= len(s.words) || s.words[pa+1].Text != "," || pa >= trig || s.words[pa+2].Text != s.words[pa+2].low || s.words[pa+2].mention >= 0 {
				continue // X, socioloog aan …: a description in lower case follows the comma
			}
			pc := pa + 2
			for pc < len(s.words) && s.words[pc].Text != "," {
				pc++
			}
			if pc >= trig {
				continue // no closing comma before the verb: no apposition
			}
			for _, rk := range recip.keys {
				in, out := false, false
				for _, pr := range pos(rk) {
					if pr > pa+1 && pr < pc {
						in = true
					} else {
						out = true // prijst Nijpels, named in the apposition too
					}
				}
				if in && !out {
					inside[rk] = true
				}
			}
		}
	}
	if len(inside) == 0 {
		return recip
	}
	var out arg
	for i, k := range recip.keys {
		if !inside[k] {
			out.keys = append(out.keys, k)
			out.texts = append(out.texts, recip.texts[i])
		}
	}
	out.per, out.female, out.span = recip.per, recip.female, recip.span
	out.pron = recip.pron && len(out.keys) > 0
	out.plural = len(out.keys) > 1 || recip.plural && len(out.keys) > 0
	return out
}

// nounModifier reports whether the parse hangs the prepositional unit u
// on a noun inside an over-phrase, the topic of the event: "een gesprek
// gevoerd over de aansprakelijkheid voor de ramp met vlucht X" names X as
// part of what was talked about, not as the one met. A phrase on any
// other noun stays a recipient: the parse often hangs the verb's phrase
// on the noun before it ("belde na afloop met X").
func (x *extractor) nounModifier(s *sentenceCtx, c *clause, u unit, t trigger) bool {
	if s.index < 0 || !x.doc.Parsed(s.index) || u.last < 0 || u.last >= len(c.words) {
		return false
	}
	i := s.sent.First + c.words[u.last]
	for n := 0; n < 4 && i >= 0; n++ {
		switch x.doc.Tokens[i].Rel {
		case "flat", "compound", "fixed", "amod", "nummod", "appos":
			i = x.doc.Tokens[i].Head
			continue
		}
		break
	}
	if i < 0 || x.doc.Tokens[i].Rel != "nmod" {
		return false
	}
	trig := map[int]bool{}
	for _, p := range t.pos {
		trig[s.sent.First+c.words[p]] = true
	}
	for o := x.doc.Tokens[i].Head; o >= 0 && !trig[o]; o = x.doc.Tokens[o].Head {
		for _, cs := range x.doc.Dependents(o, "case") {
			if lower(x.doc.Tokens[cs].Text) == "over" {
				return true
			}
		}
		if r := x.doc.Tokens[o].Rel; r != "nmod" && r != "obl" && r != "obl:arg" {
			break
		}
	}
	return false
}

// deepVan reports whether the parse hangs the van-phrase unit u on a noun
// that is itself an nmod ("voor het behoud van de cultuur van X"): X
// modifies a modifier, not the noun the verb's preposition governs.
func (x *extractor) deepVan(s *sentenceCtx, c *clause, u unit) bool {
	if s.index < 0 || !x.doc.Parsed(s.index) || u.last < 0 || u.last >= len(c.words) {
		return false
	}
	d := x.doc
	i := s.sent.First + c.words[u.last]
	for n := 0; n < 4 && i >= 0; n++ {
		switch d.Tokens[i].Rel {
		case "flat", "compound", "fixed", "amod", "nummod", "appos":
			i = d.Tokens[i].Head
			continue
		}
		break
	}
	if i < 0 || d.Tokens[i].Rel != "nmod" {
		return false
	}
	h := d.Tokens[i].Head
	return h >= 0 && d.Tokens[h].Rel == "nmod"
}

// warning reports whether the trigger is a form of waarschuwen, coded
// ACCUSE (disapprove) unless the sentence names a repercussion.
func (x *extractor) warning(s *sentenceCtx, c *clause, t trigger) bool {
	for _, p := range t.pos {
		if w := s.words[c.words[p]].low; strings.HasPrefix(w, "waarschuw") || strings.HasPrefix(w, "gewaarschuwd") {
			return true
		}
	}
	return false
}

// repercussion reports whether a word after the trigger, before any om or
// te, names a repercussion (gevolgen, escalatie, sancties) or announces an
// act (zal): PLOVER's THREATEN is a warning with serious potential
// repercussions.
func (x *extractor) repercussion(s *sentenceCtx, c *clause, t trigger) bool {
	for _, w := range s.words[c.words[t.pos[0]]+1:] {
		switch {
		case w.low == "om" || w.low == "te":
			return false // … te zetten bij de werkwijze om met sancties te dreigen: another's act
		case x.lx.is("repercussion", w.low):
			return true
		}
	}
	return false
}

// otherConjunct reports whether unit u stands after the trigger and after
// an en/of/maar that follows it: "werd verboden in X en door Y als …
// bestempeld" gives Y to the second verb, not to the trigger.
func (x *extractor) otherConjunct(s *sentenceCtx, c *clause, t trigger, u unit) bool {
	last := t.pos[0]
	for _, p := range t.pos {
		last = max(last, p)
	}
	for p := last + 1; p < u.first && p < len(c.words); p++ {
		if x.lx.is("coord", s.words[c.words[p]].low) {
			return true
		}
	}
	return false
}

// countedAgent reports whether the participle at clause position tp is
// followed by a door-phrase that counts people (door pakweg vijftig
// agenten, door 200 militairen): individuals, not a body taking a side.
func (x *extractor) countedAgent(s *sentenceCtx, c *clause, tp int) bool {
	for q := tp + 1; q < len(c.words) && q <= tp+2; q++ {
		if s.words[c.words[q]].low != "door" {
			continue
		}
		for r := q + 1; r < len(c.words) && r <= q+3; r++ {
			if w := s.words[c.words[r]]; w.POS == nl.NUM || w.Kind == nl.Number {
				return true
			}
		}
	}
	return false
}

// expletiveState reports whether the sentence of clause c opens with "Het
// is" or "Het was", no subordinator or comma stands between that and
// trigger t, and c has no door-phrase ("Het is de Belastingdienst en het
// kabinet verboden mededelingen te doen"): a participle there states a
// standing rule, and the names are the ones it binds, not actors.
func (x *extractor) expletiveState(s *sentenceCtx, c *clause, t trigger) bool {
	p := s.skip
	for p < len(s.words) && s.words[p].Kind == nl.Punct {
		p++ // an opening quote mark
	}
	if p+2 >= len(s.words) || s.words[p].low != "het" || s.words[p+1].low != "is" && s.words[p+1].low != "was" {
		return false
	}
	tp := c.words[t.pos[0]]
	if tp <= p+1 {
		return false
	}
	for _, w := range s.words[p+2 : tp] {
		if w.low == "," || w.low == "dat" || w.low == "of" || w.low == "wie" || w.low == "wat" || x.lx.is("sub", w.low) || x.lx.is("rel", w.low) {
			return false // Het is duidelijk dat X Y heeft aangevallen: the dat-clause's deed
		}
	}
	for _, wi := range c.words {
		if s.words[wi].low == "door" {
			return false
		}
	}
	return true
}

// personSide reports whether a side is a person: read as people, or
// naming a PER entity of the article.
func (x *extractor) personSide(a arg) bool {
	if a.per {
		return true
	}
	for _, k := range a.keys {
		if le := x.locals[k]; le != nil && le.Type == kroniek.PER {
			return true
		}
	}
	return false
}

// namedVictim reports whether the recipient of a killing in the passive
// is a named person, named in the sentence or read through its pronoun
// subject (Toen hij werd doodgeschoten): not a group, a place or a flight
// (MH17 werd neergeschoten), nor a name carried over from the sentence
// before (waar achtduizend moslims werden vermoord).
func (x *extractor) namedVictim(s *sentenceCtx, c *clause, t trigger, recip arg) bool {
	if !x.namedHere(s, recip) && !x.pronounSubject(s, c, t) {
		return false
	}
	named := 0
	for _, k := range recip.keys {
		if k == "" {
			continue // a person described beside the named one (X en zijn vrouw)
		}
		if le := x.locals[k]; le == nil || le.Type != kroniek.PER {
			return false
		}
		named++
	}
	return named > 0
}

// pronounSubject reports whether the parsed subject of a verb trigger (of
// a passive: the one acted on) is
// a personal pronoun (hij, zij, ze): its side was read through it. (The
// side's own pronoun flag does not survive minus.)
func (x *extractor) pronounSubject(s *sentenceCtx, c *clause, t trigger) bool {
	v := x.parsedVerb(s, c, t)
	if v < 0 {
		return false
	}
	for _, rel := range []string{"nsubj", "nsubj:pass"} {
		for _, sub := range x.doc.Dependents(v, rel) {
			switch lower(x.doc.Tokens[sub].Text) {
			case "hij", "zij", "ze":
				return true
			}
		}
	}
	return false
}

// prosecutors are the knowledge-base ids of the prosecution services a
// passive prosecution implies.
var prosecutors = map[string]bool{"org:om-nl": true}

// prosecutor is the local key of the one prosecution service the article
// names, or "" when it names none, or the sentence names a place (the case
// may be another country's: "Ghosn wordt in Japan verdacht").
func (x *extractor) prosecutor(s *sentenceCtx) string {
	for _, m := range x.mentions {
		if le := x.locals[m.Local]; le != nil && le.Type == kroniek.LOC && m.Start >= s.sent.Start && m.End <= s.sent.End {
			return ""
		}
	}
	found := ""
	for k, le := range x.locals {
		if prosecutors[le.KB] {
			if found != "" && found != k {
				return ""
			}
			found = k
		}
	}
	return found
}

// police is the local key of the one police force the article names (a
// body "de politie" that resolve linked to its country's force), or ""
// when it names none or several, or the sentence names a place of another
// country (a Dutch article's police arrests no one "in Turkije"; a place
// without a known country, "in het Zuiderpark", says nothing).
func (x *extractor) police(s *sentenceCtx) string {
	found := ""
	for k, le := range x.locals {
		if strings.HasPrefix(le.KB, "org:politie-") {
			if found != "" && found != k {
				return ""
			}
			found = k
		}
	}
	if found == "" {
		return ""
	}
	country := x.locals[found].Country
	for _, m := range x.mentions {
		if le := x.locals[m.Local]; le != nil && le.Type == kroniek.LOC && m.Start >= s.sent.Start && m.End <= s.sent.End && le.Country != "" && le.Country != country &&
			!strings.HasSuffix(strings.TrimSpace(s.text[max(s.sent.Start, m.Start-5):m.Start]), "uit") {
			return "" // (a place after "uit" is where someone comes from: "X, afkomstig uit Aruba")
		}
	}
	return found
}

// impliedActor reports whether an event is done by an institution the
// text need not name: a conviction (a court) or an arrest (the police).
func impliedActor(ev *kroniek.Event) bool {
	return ev.Type == "SANCTION" && ev.Mode == "convict" || ev.Type == "COERCE" && ev.Mode == "arrest"
}

// placeSide reports whether a side names a place: a country or town is
// not convicted or arrested ("R. werd bij verstek veroordeeld" read with
// the country of the sentence before as its recipient).
func (x *extractor) placeSide(a arg) bool {
	for _, k := range a.keys {
		if le := x.locals[k]; le != nil && le.Type == kroniek.LOC {
			return true
		}
	}
	return false
}

// institutionSide reports whether a side holds the police or a court,
// who convict and arrest, not the convicted ("De politie was snel ter
// plaatse, waarna de man werd aangehouden" read with the police as a
// recipient).
func (x *extractor) institutionSide(a arg) bool {
	for _, k := range a.keys {
		le := x.locals[k]
		if le == nil {
			continue
		}
		f := strings.Fields(lower(le.Name))
		if len(f) == 0 {
			continue
		}
		if r, ok := x.lx.group(f[0]); ok && r == "police" || courtNouns[f[0]] {
			return true
		}
	}
	return false
}

// namedHere reports whether every entity of a side is named in the
// sentence itself, not read through a pronoun or from an earlier
// sentence.
func (x *extractor) namedHere(s *sentenceCtx, a arg) bool {
	n := 0
	for _, k := range a.keys {
		if k == "" || strings.HasPrefix(k, "generic:") {
			continue
		}
		found := false
		for _, m := range x.mentions {
			if m.Start >= s.sent.Start && m.End <= s.sent.End && (m.Local == k || m.Entity == k) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
		n++
	}
	return n > 0
}

// agentNouns head a phrase "op/in N van X" that names who had a deed done:
// op initiatief van X, op last van X, in opdracht van X.
var agentNouns = map[string]bool{"initiatief": true, "last": true, "opdracht": true, "aandringen": true}

// agentPhrase is the list of named parties after "op initiatief van", "op
// last van" or "in opdracht van" in clause c ("op initiatief van de A, B
// en de C": A, B and C, also when the parse or the word-order reading
// keeps only the bare conjuncts), or no side.
func (x *extractor) agentPhrase(s *sentenceCtx, c *clause, us []unit) arg {
	var a arg
	for i, u := range us {
		if u.prep != "van" {
			continue
		}
		q := u.first - 1
		for q >= 0 && (s.words[c.words[q]].low == "de" || s.words[c.words[q]].low == "het") {
			q--
		}
		if q < 2 || s.words[c.words[q]].low != "van" || !agentNouns[s.words[c.words[q-1]].low] {
			continue
		}
		if p := s.words[c.words[q-2]].low; p != "op" && p != "in" {
			continue
		}
		a.add(x.resolveUnit(s, c, u))
		prev := u.last
		closed := false
		for _, v := range us[i+1:] {
			if v.prep != "" || closed {
				break
			}
			joined := false
			for r := prev + 1; r < v.first; r++ {
				switch w := s.words[c.words[r]].low; w {
				case ",", "de", "het":
				case "en":
					joined, closed = true, r+1 < v.first && !capitalised(s.words[c.words[r+1]].Text) || r+1 == v.first
				default:
					if !capitalised(s.words[c.words[r]].Text) {
						return x.validSide(a)
					} // (the rest of a name the tagger cut: FNV Onderwijs [en Onderzoek])
				}
				if s.words[c.words[r]].Text == "," {
					joined = true
				}
			}
			if !joined {
				break
			}
			a.add(x.resolveUnit(s, c, v))
			prev = v.last
		}
		return x.validSide(a)
	}
	return arg{}
}

// sharedSubjectObject reports whether the verb-first conjunct c ("en riep
// X op") shares the subject of the clause before it while the parse gives
// verb v a subject of its own after it: a name, not a pronoun (en riep
// hij op), with no object beside it. That name is the verb's object.
func (x *extractor) sharedSubjectObject(c *clause, v int, subj, pa, pr arg) bool {
	if c.kind != clauseCoord || !c.inherited || subj.named() == 0 || pa.named() == 0 || !pr.empty() {
		return false
	}
	d := x.doc
	sb := d.Subject(v)
	if sb <= v || d.Tokens[sb].POS == nl.PRON || !d.Tokens[v].Feats.Has(nl.FeatFin) || len(d.Objects(v)) > 0 {
		return false
	}
	return len(minus(pa, subj).keys) == len(pa.keys)
}

// nounPossessor returns the side the possessive pronoun of the event noun
// at clause word np names (zijn, haar, hun: a fitting person named before
// it in the sentence or a subject of the two sentences before, by
// possessor), or no side. "Jan Vos en Piet Smit kwamen naar Parijs. Hun
// ontmoeting duurde twee uur": the noun names no party of its own, but
// whose meeting it is the pronoun says.
func (x *extractor) nounPossessor(s *sentenceCtx, c *clause, np int, us []unit) arg {
	if x.doc == nil || s.index < 0 || !x.doc.Parsed(s.index) {
		return arg{}
	}
	n := s.sent.First + c.words[np]
	if n < 0 || n >= len(x.doc.Tokens) {
		return arg{}
	}
	for _, p := range x.doc.Dependents(n, "nmod:poss") {
		if x.doc.Tokens[p].POS == nl.PRON {
			return x.possessor(s, c, p, us)
		}
	}
	return arg{}
}

// possessiveSide reports whether an event noun's possessive names one
// side for sure: the arrested (zijn arrestatie) or the one who acts (hun
// ontmoeting, haar belofte). A release or withdrawal noun may have either
// (zijn vrijlating: the one released; hun terugtrekking: those who
// withdraw), and so may a killing noun (zijn liquidaties: his killings);
// read on the whole corpus, those were wrong.
func possessiveSide(t trigger) bool {
	return t.Type != "RETREAT" && !t.Victim
}

// tussenSides reads the tussen-phrase right after the event noun at
// clause word np ("de ontmoeting tussen Trump en Kim", "kwam er een
// akkoord tussen X, Y en Z"): the first party of the list acts, the
// others are its counterparts. It marks the units it takes in used; a
// phrase naming fewer than two parties gives no side.
func (x *extractor) tussenSides(s *sentenceCtx, c *clause, us []unit, used map[int]bool, np int) (actor, recip arg) {
	if np+1 >= len(c.words) || s.words[c.words[np+1]].low != "tussen" {
		return arg{}, arg{}
	}
	for i, u := range us {
		if u.prep != "tussen" || u.first <= np+1 || !x.gapSkippable(s, c, np+2, u.first-1) {
			continue
		}
		idx := x.chain(s, c, us, i)
		if len(idx) < 2 {
			return arg{}, arg{}
		}
		for k, j := range idx {
			if k == 0 {
				actor.add(x.resolveUnit(s, c, us[j]))
			} else {
				recip.add(x.resolveUnit(s, c, us[j]))
			}
			used[j] = true
		}
		return actor, recip
	}
	return arg{}, arg{}
}
