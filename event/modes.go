package event

import (
	"github.com/kroniek/kroniek"
)

// modes sets Negated and Hypothetical. A negator counts unless it belongs
// to a te-infinitive that is not the trigger ("riep … op zich niet te
// bemoeien"); niet erkennen and the like are REJECT events, not negated
// ones. Modals, future gaan + infinitive, hedges (mogelijk, dreigt te,
// overweegt), conditional clauses and questions make an event hypothetical.
func (x *extractor) modes(ev *kroniek.Event, s *sentenceCtx, c *clause, t trigger) {
	trig := map[int]bool{}
	for _, p := range t.pos {
		trig[p] = true
	}
	last := t.pos[0]
	for _, p := range t.pos {
		last = max(last, p)
	}
	neg := false
	v := x.parsedVerb(s, c, t)
	for p, wi := range c.words {
		if v >= 0 {
			break // the parse gives the negation's scope (parseModes)
		}
		w := s.words[wi]
		if !x.lx.is("neg", w.low) || trig[p] {
			continue
		}
		if p+1 < len(c.words) && x.lx.is("notneg", s.words[c.words[p+1]].low) {
			continue
		}
		embedded := false
		for q := p + 1; q < len(c.words)-1; q++ {
			if s.words[c.words[q]].low == "te" && !trig[q+1] && q > last {
				embedded = true
				break
			}
		}
		if !embedded {
			neg = true
		}
	}
	hyp := t.Hyp || s.question
	inf := t.kind&formInf != 0 && t.kind&formFinite == 0 || t.kind&formInf != 0 && !x.finiteTrigger(s, c, t)
	for p, wi := range c.words {
		w := s.words[wi].low
		if trig[p] || p > 0 && s.words[c.words[p-1]].low == "te" && !x.lx.is("modal", w) || x.afterDet(s, c, p) {
			continue // (te willen maken: a modal counts after te too)
		}
		switch {
		case (w == "zou" || w == "zouden") && t.kind&formPart != 0 && x.hasAny(s, c, []string{"hebben", "zijn"}):
			// zou … hebben gedaan: reported (allegedly), not hypothetical
			ev.Reported = true
		case x.lx.is("modal", w):
			hyp = true
		case x.lx.is("future", w) && !t.noun && inf:
			hyp = true
		case x.lx.is("hedge", w), x.lx.is("futuretime", w):
			hyp = true
		}
	}
	if d, g := x.date(s, c); g == kroniek.GranDay && len(x.ref) == 10 && d > x.ref {
		hyp = true // dated after the article: not yet happened
	}
	if c.kind == clauseSub && (c.opener == "waarom" || c.opener == "hoe" || c.opener == "hoeveel") {
		hyp = true // vertelt waarom mannen bij hem langskomen: an indirect question
	}
	if c.kind == clauseSub && x.lx.is("cond", c.opener) || c.kind == clauseOm || s.cond && c.kind == clauseMain || s.opinion && c.kind == clauseSub && c.opener == "dat" {
		hyp = true
	}
	if x.hasAny(s, c, []string{"plan", "plannen", "voornemen"}) && t.noun {
		hyp = true
	}
	if neg && t.NegRej {
		ev.Type, ev.Mode = "REJECT", ""
		neg, hyp = false, t.Hyp
	}
	if t.Win {
		neg = false
	}
	ev.Negated, ev.Hypothetical = neg, hyp
	if v >= 0 {
		x.parseModes(ev, v, t)
	}
}

// finiteTrigger reports whether the trigger verb is the clause's finite
// verb (no other finite verb precedes it in a main clause).
func (x *extractor) finiteTrigger(s *sentenceCtx, c *clause, t trigger) bool {
	p := t.pos[0]
	if p > 0 && s.words[c.words[p-1]].low == "te" {
		return false
	}
	for q := 0; q < p; q++ {
		if x.lx.is("aux", s.words[c.words[q]].low) {
			return false
		}
	}
	if c.kind != clauseMain && c.kind != clauseCoord {
		for q := p + 1; q < len(c.words); q++ {
			if x.lx.is("aux", s.words[c.words[q]].low) {
				return false
			}
		}
	}
	return true
}

// date is the date of a time expression in the clause, else in the
// sentence, else none: an event whose sentence names no date gets no date
// rather than the publication date, which would be a guess shown as fact
// (readers place it by the article's publication date, which the export
// gives as such).
func (x *extractor) date(s *sentenceCtx, c *clause) (string, string) {
	// a clause's words need not be contiguous (a relative clause may stand
	// inside it): a time is the clause's when one of its words is
	own := func(t *kroniek.TimeRef) bool {
		for _, wi := range c.words {
			if w := s.words[wi]; w.Start >= t.Start && w.End <= t.End {
				return true
			}
		}
		return false
	}
	var inSent *kroniek.TimeRef
	for i := range x.times {
		t := &x.times[i]
		if !dateLike(t.Value) || t.Bound == kroniek.BoundUntil { // not on a deadline
			continue
		}
		if own(t) {
			return t.Value, gran(t.Value, t.Granularity)
		}
		if inSent == nil && t.Start >= s.sent.Start && t.End <= s.sent.End && !x.inRelative(s, t) {
			inSent = t
		}
	}
	if inSent != nil {
		return inSent.Value, gran(inSent.Value, inSent.Granularity)
	}
	return "", ""
}

// dateLike reports whether v is a calendar date (not a duration or a set).
func dateLike(v string) bool {
	_, ok := kroniek.ParseDate(v)
	return ok
}

// gran is the granularity of a date value, as given or from its shape.
func gran(v, g string) string {
	if g != "" || v == "" {
		return g
	}
	if d, ok := kroniek.ParseDate(v); ok {
		return d.Granularity()
	}
	return ""
}

// inRelative reports whether time t stands in a relative clause of the
// sentence ("Kosovo, dat elf jaar geleden de onafhankelijkheid uitriep"):
// the date of the antecedent, not of the sentence's events.
func (x *extractor) inRelative(s *sentenceCtx, t *kroniek.TimeRef) bool {
	for _, c := range s.clauses {
		if c.kind != clauseRel {
			continue
		}
		for _, wi := range c.words {
			if w := s.words[wi]; w.Start >= t.Start && w.End <= t.End {
				return true
			}
		}
	}
	return false
}
