package event

import (
	"slices"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// evaluations codes the ACCUSE (disapprove) a speaker's negative judgement
// says: inside a quote the quote layer attributes, a judgement word of the
// lexicon's class "judgement" (onacceptabel, onbegrijpelijk, demagoog,
// nonsens) that the parse makes the predicate of a named side ("X is een
// demagoog", "het besluit van X is onbegrijpelijk") or, after noemen or
// bestempelen, of its object ("noemt X onacceptabel"). The speaker is the
// actor, the side judged the recipient; a judgement of no named side (een
// brexit zonder akkoord is onacceptabel), a negated one (is niet
// onacceptabel) or one read through a pronoun gives no event.
func (x *extractor) evaluations(s *sentenceCtx) []kroniek.Event {
	if s.question || s.cond || s.index < 0 {
		return nil
	}
	has := false
	for _, w := range s.words {
		if x.lx.is("judgement", w.low) {
			has = true
			break
		}
	}
	if !has || !x.doc.Parsed(s.index) {
		return nil // (asking Parsed parses: only a sentence with a judgement word asks)
	}
	var out []kroniek.Event
	for i := range s.words {
		h := s.sent.First + i
		tk := x.doc.Tokens[h]
		if !x.lx.is("judgement", lower(tk.Lemma)) && !x.lx.is("judgement", s.words[i].low) {
			continue
		}
		if ev, ok := x.evaluation(s, h); ok {
			out = append(out, ev)
			break // one judgement per sentence
		}
	}
	return out
}

// judgedSide is the token a judgement word h is said of: the subject of
// a copular predicate (or of the predicate h is a conjunct of: "een goed
// spreker, maar wel een demagoog"), the noun an adjective h modifies, or
// the object of the verb of naming or finding whose predicate h is, with
// that verb (-1 for none); -1 if none.
func (x *extractor) judgedSide(h int) (side, verb int) {
	d := x.doc
	if d.Tokens[h].Rel == "conj" && len(d.Dependents(h, "cop")) == 0 && d.Tokens[h].Head >= 0 && len(d.Dependents(d.Tokens[h].Head, "cop")) > 0 {
		h = d.Tokens[h].Head
	}
	if d.Tokens[h].Rel == "xcomp" && d.Tokens[h].Head >= 0 && judgingVerbs[lower(d.Tokens[d.Tokens[h].Head].Lemma)] {
		v := d.Tokens[h].Head
		for _, o := range d.Dependents(v, "obj") {
			if o != h {
				return o, v
			}
		}
		return -1, -1
	}
	return x.judgedThing(h), -1
}

// judgingVerbs are the verbs whose object a judgement predicate is said
// of: "noemt X onacceptabel", "vindt het plan van X onbegrijpelijk".
var judgingVerbs = map[string]bool{"noemen": true, "bestempelen": true, "betitelen": true, "vinden": true, "uitmaken": true}

// judgedThing is the subject of a copular judgement h or the noun an
// adjective h modifies; -1 if none.
func (x *extractor) judgedThing(h int) int {
	d := x.doc
	if d.Tokens[h].Rel == "amod" && d.Tokens[h].POS == nl.ADJ {
		// een onbegrijpelijk besluit van X: the noun judged, whose owner
		// the caller reads; "X is de slechtste scheidsrechter": the
		// subject of the predicate noun
		n := d.Tokens[h].Head
		if n >= 0 && len(d.Dependents(n, "cop")) > 0 {
			if sj := d.Dependents(n, "nsubj"); len(sj) > 0 {
				return sj[0]
			}
		}
		return n
	}
	if len(d.Dependents(h, "cop")) > 0 {
		if n := d.Dependents(h, "nsubj"); len(n) > 0 {
			return n[0]
		}
		return x.clausalSubject(h) // het is schandalig dat X … (het expl)
	}
	return -1
}

// evaluation codes the judgement of word h, if it has a speaker and a
// named side.
func (x *extractor) evaluation(s *sentenceCtx, h int) (kroniek.Event, bool) {
	d := x.doc
	tk := d.Tokens[h]
	if tk.POS != nl.ADJ && tk.POS != nl.NOUN {
		return kroniek.Event{}, false
	}
	if d.Negated(h) {
		return kroniek.Event{}, false // is niet onacceptabel, geen demagoog
	}
	for _, a := range slices.Concat(d.Dependents(h, "aux"), d.Dependents(h, "cop")) {
		switch lower(d.Tokens[a].Text) {
		case "zou", "zouden", "zal", "zullen", "wordt", "worden", "kan", "kunnen":
			return kroniek.Event{}, false // zou onacceptabel zijn: a condition's outcome
		}
	}
	t, v := x.judgedSide(h)
	if t < 0 {
		return kroniek.Event{}, false
	}
	q := x.quoteAt(tk.Start)
	if q == nil && v < 0 {
		return kroniek.Event{}, false // a judgement in the writer's own words
	}
	c := x.clauseOf(s, h-s.sent.First)
	us := x.units(s, c)
	var recip arg
	elsewhere := false
	if d.Tokens[t].POS == nl.PRON {
		switch lower(d.Tokens[t].Text) {
		case "het":
			// het is schandalig dat X …: the subject of the dat-clause
			t = x.clausalSubject(h)
		case "dat", "dit":
			// "X schrapt de subsidie. Dat is onacceptabel": the one who
			// did what the sentence before tells
			if len(d.Dependents(h, "csubj")) > 0 || len(d.Dependents(h, "ccomp")) > 0 || len(x.subjects) == 0 {
				return kroniek.Event{}, false
			}
			prev := x.subjects[len(x.subjects)-1]
			if prev.pron || slices.ContainsFunc(prev.keys, func(k string) bool { return x.locals[k] == nil }) {
				return kroniek.Event{}, false // a group, a text or a pronoun did it: too loose a referent
			}
			recip, elsewhere = prev, true
			t = -1
		}
	}
	switch {
	case t < 0:
	case x.inMention(s, t):
		recip = x.validSide(x.parseSide(s, c, t, us))
	case d.Tokens[t].POS == nl.NOUN:
		// het besluit van X is onbegrijpelijk: the owner of the thing judged
		recip = x.validSide(x.ownerOf(s, c, t, us, true))
	}
	recip = x.judgeable(recip)
	if recip.named() == 0 || recip.pron && !pronSides {
		return kroniek.Event{}, false
	}
	var actor arg
	switch {
	case q != nil:
		actor = x.localArg(q.SpeakerLocal, q.SpeakerText)
	case x.doc.Negated(v):
		return kroniek.Event{}, false // vindt X niet arrogant
	default:
		// Rutte noemde de uitlatingen van X onacceptabel: who names
		if sj := x.doc.Subject(v); sj >= 0 {
			actor = x.validSide(x.parseSide(s, c, sj, us))
		}
	}
	if actor.named() == 0 || actor.pron && !pronSides {
		return kroniek.Event{}, false
	}
	if recip = minus(recip, actor); recip.named() == 0 {
		return kroniek.Event{}, false // ik ben teleurgesteld: the speaker judges himself
	}
	ev := kroniek.Event{
		Article: x.article, Start: s.sent.Start, End: s.sent.End, Type: "ACCUSE", Mode: "disapprove",
		Text: s.text[s.sent.Start:s.sent.End], Trigger: tk.Text, TriggerStart: tk.Start, TriggerEnd: tk.End,
	}
	ev.ActorLocal, ev.ActorText = keysText(actor)
	ev.RecipientLocal, ev.RecipientText = keysText(recip)
	ev.Actor, ev.Recipient = generics(ev.ActorLocal), generics(ev.RecipientLocal)
	ev.Date, ev.DateGran = x.date(s, c)
	confidence(&ev, evidence{actor: actor, recip: recip, verb: true, ownDate: ev.Date != "", recipElsewhere: elsewhere,
		fragment: x.fragmentSide(s, recip) || x.ownWriter(s, recip)})
	return ev, true
}

// quoteAt is the attributed quote (direct or indirect) whose text holds
// byte offset off, or nil.
func (x *extractor) quoteAt(off int) *kroniek.Quote {
	for i := range x.quotes {
		q := &x.quotes[i]
		if q.Field != "" || q.Kind != kroniek.QuoteDirect && q.Kind != kroniek.QuoteIndirect {
			continue
		}
		if q.Start <= off && off < q.End {
			return q
		}
	}
	return nil
}

// pronSides lets a pronoun name the side judged (hij is arrogant).
var pronSides = true

// judgeable keeps the sides of a that a judgement can be about: persons,
// organisations and places that act (a country, a city's council), not a
// law or an event (de Jeugdwet is een drama).
func (x *extractor) judgeable(a arg) arg {
	var out arg
	for i, k := range a.keys {
		le := x.locals[k]
		if le == nil || le.Type == kroniek.MISC {
			continue
		}
		out.keys = append(out.keys, k)
		out.texts = append(out.texts, a.texts[i])
	}
	out.per, out.female, out.plural, out.pron = a.per, a.female, len(out.keys) > 1, a.pron
	return out
}

// clausalSubject is the named subject of the dat-clause a judgement h
// with an expletive het is said of ("het is schandalig dat X …"); -1 if
// none (a passive without agent, no clause).
func (x *extractor) clausalSubject(h int) int {
	d := x.doc
	for _, rel := range []string{"csubj", "ccomp"} {
		for _, cv := range d.Dependents(h, rel) {
			if sj := d.Subject(cv); sj >= 0 && d.Tokens[sj].POS != nl.PRON {
				return sj
			}
		}
	}
	return -1
}
