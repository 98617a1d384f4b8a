package event

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Demands by deontic moeten: "Volgens X moet Y …", "X vindt dat Y …
// moet …", ",,Y moet …'', zegt X" — someone says that a named party must
// act: a REQUEST from the one who says it to the one who must (PLOVER
// "demand"), whatever the verb after moeten. The speaker comes from the
// volgens-phrase of the clause, the subject of the speech or opinion verb
// whose dat-clause it is, or the quote layer's speaker of a quote around
// it; the one asked is the subject of the verb moeten serves.

// The forms of moeten that make a demand (also with zou, zouden: what
// should be) and the verbs after moeten that ask nothing of anyone (moet
// blijken, moet toegeven, moet wachten) are the classes demandmodal and
// demandstop of event/lexicon/words.tsv.

// demands codes the demands of a sentence: each present moeten the parse
// makes the auxiliary of a verb (whatever tag that verb got: "om uitleg
// vragen" may come out as a noun, and then no clause is built on it) whose
// subject and speaker are named parties.
func (x *extractor) demands(s *sentenceCtx) []kroniek.Event {
	if s.question || s.cond || s.index < 0 || !slices.ContainsFunc(s.words, func(w word) bool { return x.lx.is("demandmodal", w.low) }) || !x.doc.Parsed(s.index) {
		return nil // (asking Parsed parses: only a sentence with moeten asks)
	}
	var out []kroniek.Event
	for i, w := range s.words {
		tk := x.doc.Tokens[s.sent.First+i]
		if !x.lx.is("demandmodal", w.low) || tk.Rel != "aux" || tk.Head < s.sent.First || tk.Head-s.sent.First >= len(s.words) {
			continue
		}
		v := tk.Head
		c := x.clauseOf(s, v-s.sent.First)
		if ev, ok := x.demand(s, c, x.units(s, c), v, s.sent.First+i); ok {
			out = append(out, ev)
		}
	}
	return out
}

// clauseOf is the clause of s headed by sentence position p, else one
// clause of all its words headed there.
func (x *extractor) clauseOf(s *sentenceCtx, p int) *clause {
	for i := range s.clauses {
		if s.clauses[i].head == p {
			return &s.clauses[i]
		}
	}
	c := &clause{kind: clauseMain, head: p, words: make([]int, len(s.words))}
	for i := range s.words {
		c.words[i] = i
	}
	return c
}

// demand codes a demand on verb token v, which the present moeten at
// token mod serves, when the one who says it and the subject are named
// parties. It reads only the parse.
func (x *extractor) demand(s *sentenceCtx, c *clause, us []unit, v, mod int) (kroniek.Event, bool) {
	d := x.doc
	// (the head is the verb moeten serves, whatever tag it got: "om uitleg
	// vragen" may come out as a noun)
	if v < 0 || v >= len(d.Tokens) || x.lx.is("demandstop", lower(d.Tokens[v].Lemma)) || x.lx.is("demandstop", lower(d.Tokens[v].Text)) || opinionForm(lower(d.Tokens[v].Text)) {
		// (Ajax moet, maar ik vind …: moeten read as the opinion verb's auxiliary)
		return kroniek.Event{}, false
	}
	for _, a := range d.Dependents(v, "aux") {
		switch w := lower(d.Tokens[a].Text); {
		case a == mod:
		case (w == "zou" || w == "zouden") && lower(d.Tokens[mod].Text) == "moeten":
			// Y zou … moeten …: what the speaker holds Y should do
		case w != "te" && d.Tokens[a].POS == nl.AUX:
			// moet hebben gedaan (a guess about the past), moet worden
			// herteld (a passive: the subject is no party), zal moeten
			return kroniek.Event{}, false
		}
	}
	if len(d.Dependents(v, "aux:pass")) > 0 {
		return kroniek.Event{}, false
	}
	for _, wi := range c.words {
		w := s.words[wi]
		if x.lx.is("neg", w.low) || w.low == "hoeft" || w.low == "hoeven" {
			return kroniek.Event{}, false // moet niet, geen: a refusal's wording, no demand
		}
		if w.low == "dan" && w.POS == nl.ADV || w.low == "geval" || w.low == "anders" {
			return kroniek.Event{}, false // Dan moeten de Britten …, In dat geval moet …: a consequence
		}
	}
	for _, w := range s.words {
		if (condOpener[w.low] || w.low == "wanneer") && w.POS == nl.SCONJ {
			return kroniek.Event{}, false // Als het uit de hand loopt, vind ik dat …: a condition's outcome
		}
	}
	// the one asked: the subject, a named party (not ik, we, je, het, er)
	// (the first subject: the parse may read a bare noun after the verb's
	// object as a second one, "om uitleg vragen")
	subj := d.Dependents(v, "nsubj")
	if len(subj) == 0 || d.Tokens[subj[0]].POS == nl.PRON {
		return kroniek.Event{}, false
	}
	recip := x.validSide(x.parseSide(s, c, subj[0], us))
	if recip.named() == 0 || recip.pron {
		return kroniek.Event{}, false
	}
	actor := x.counted(s, x.demandSpeaker(s, c, v, us), s.sent.Start)
	if actor.named() == 0 || actor.pron {
		return kroniek.Event{}, false
	}
	if recip = minus(recip, actor); recip.named() == 0 {
		return kroniek.Event{}, false // "we moeten …": the speaker's own plan
	}
	ev := kroniek.Event{
		Article: x.article, Start: s.sent.Start, End: s.sent.End, Type: "REQUEST",
		Text: s.text[s.sent.Start:s.sent.End], Reported: true,
	}
	ev.ActorLocal, ev.ActorText = keysText(actor)
	ev.RecipientLocal, ev.RecipientText = keysText(recip)
	ev.Actor, ev.Recipient = generics(ev.ActorLocal), generics(ev.RecipientLocal)
	ev.Trigger = d.Tokens[mod].Text + " … " + d.Tokens[v].Text
	ev.TriggerStart, ev.TriggerEnd = d.Tokens[mod].Start, d.Tokens[v].End
	if d.Tokens[v].Start < d.Tokens[mod].Start {
		ev.Trigger = d.Tokens[v].Text + " … " + d.Tokens[mod].Text
		ev.TriggerStart, ev.TriggerEnd = d.Tokens[v].Start, d.Tokens[mod].End
	}
	ev.Date, ev.DateGran = x.date(s, c)
	if ev.Date == "" && c.kind == clauseSub && !x.spanned(s, c) {
		// "Trump twitterde maandag dat Airbus … moet terugbetalen": the
		// demand is made by the saying, so the saying's time is its date
		if t, _ := x.governorTime(s, c); t != nil {
			ev.Date, ev.DateGran = t.Value, gran(t.Value, t.Granularity)
		}
	}
	confidence(&ev, evidence{actor: actor, recip: recip, verb: true, ownDate: ev.Date != "" || x.spanned(s, c),
		recipElsewhere: !x.namedHere(s, recip), habitual: x.habitual(s, c),
		fragment: x.fragmentSide(s, actor) || x.fragmentSide(s, recip) || x.ownWriter(s, actor) || x.ownWriter(s, recip)})
	return ev, true
}

// demandSpeaker is who says that the subject of verb v must act: the
// named side of a volgens-phrase on v; for a dat-clause, the subject of
// the speech or opinion verb it hangs on; else the speaker the quote layer
// gives a quote around v. No side otherwise.
func (x *extractor) demandSpeaker(s *sentenceCtx, c *clause, v int, us []unit) arg {
	d := x.doc
	for _, o := range d.Dependents(v, "obl") {
		for _, cs := range d.Dependents(o, "case") {
			if lower(d.Tokens[cs].Text) == "volgens" {
				return x.validSide(x.parseSide(s, c, o, us))
			}
		}
	}
	switch d.Tokens[v].Rel {
	case "ccomp":
		g := d.Tokens[v].Head
		if !slices.ContainsFunc(d.Dependents(v, "mark"), func(m int) bool { return lower(d.Tokens[m].Text) == "dat" }) {
			return arg{}
		}
		if g < 0 || !x.sayOrThink(lower(d.Tokens[g].Text)) {
			return arg{}
		}
		if sub := d.Dependents(g, "nsubj"); len(sub) == 1 {
			a := x.validSide(x.parseSide(s, c, sub[0], us))
			if a.empty() && d.Tokens[sub[0]].POS == nl.PRON {
				a = x.nameSpeaker(x.speakerAt(d.Tokens[sub[0]].Start, false))
			}
			return a
		}
		return arg{}
	case "root", "parataxis":
	default:
		return arg{} // a relative, adverbial or conditional clause: no saying of its own
	}
	at := d.Tokens[v].Start
	for _, q := range x.quotes {
		if q.Start <= at && at < q.End && q.SpeakerLocal != "" && !inGap(q, at) {
			return x.nameSpeaker(x.localArg(q.SpeakerLocal, q.SpeakerText))
		}
	}
	return arg{}
}

// nameSpeaker shows a speaker the quote layer resolved from a pronoun
// ("zegt hij", "Hij vindt dat …") by the entity's name.
func (x *extractor) nameSpeaker(a arg) arg {
	for i, k := range a.keys {
		if le := x.locals[k]; le != nil && (x.lx.is("pron", lower(a.texts[i])) || x.lx.is("subjpron", lower(a.texts[i]))) {
			a.texts[i] = le.Name
		}
	}
	return a
}

// sayOrThink reports whether w is a form of a speech or opinion verb of
// the one Dutch lexicon (zegt, vindt, stelt, meent), no asking verb.
func (x *extractor) sayOrThink(w string) bool {
	for _, e := range nl.Lex().Lookup(nl.ClassSpeechVerb, w) {
		if !strings.HasPrefix(e.Tag, "ask") {
			return true
		}
	}
	return false
}

// opinionForm reports whether w is a form of an opinion verb of the one
// Dutch lexicon (vind, meent).
func opinionForm(w string) bool {
	for _, e := range nl.Lex().Lookup(nl.ClassSpeechVerb, w) {
		if strings.HasPrefix(e.Tag, "opinion") {
			return true
		}
	}
	return false
}

// inGap reports whether offset at lies in one of the quote's gaps (an
// attribution inside its span).
func inGap(q kroniek.Quote, at int) bool {
	for _, g := range q.Gaps {
		if g[0] <= at && at < g[1] {
			return true
		}
	}
	return false
}
