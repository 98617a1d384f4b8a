package quote

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// datFrames finds reports whose cue is not in the speech lexicon but
// whose frame the parse shows: a verb with a clausal complement (ccomp)
// that "dat" introduces and a subject that can say something (a person
// or body of the article, a person pronoun, a description of people):
// "Vrijdag onthulde de krant dat …", "De bank sluit niet uit dat …",
// "Van Loon weerspreekt dat …". The complement is the report, its
// extent that of a speech verb's dat-clause (clause). Verbs whose
// dat-clause is a result or a cause, not a content (zorgen, betekenen,
// voorkomen), are no cue. qs are the quotations found so far; a clause
// one of them (not a term) already covers is left alone.
func (x *extractor) datFrames(qs []kroniek.Quote) []kroniek.Quote {
	covered := func(from, to int) bool { return quoteOver(qs, from, to) }
	var out []kroniek.Quote
	for si, s := range x.doc.Sentences {
		if s.Heading || len(s.Tokens) < 5 || s.Tokens[len(s.Tokens)-1].Text == "?" || !x.doc.Parsed(si) {
			continue
		}
		toks := s.Tokens
		for k := range toks {
			c := s.First + k
			ct := x.doc.Tokens[c]
			// "gaat ervan uit dat …": the parse may hang the clause on the
			// verb as the argument "ervan" stands for.
			if ct.Rel != "ccomp" && ct.Rel != "obl:arg" || ct.Head < s.First || ct.Head >= s.First+len(toks) {
				continue
			}
			v := ct.Head
			vt := x.doc.Tokens[v]
			if vt.POS != nl.VERB || !frameVerb(vt.Lemma) || x.quoted(vt.Start) {
				continue
			}
			if _, _, n := matchCue(toks[v-s.First:]); n > 0 {
				continue // a speech verb of the lexicon: indirect's
			}
			d := x.markOf(c, "dat")
			if d < 0 || d < v || x.quoted(x.doc.Tokens[d].Start) || covered(x.doc.Tokens[d].Start, s.End) || !x.nextTo(v, d) {
				continue
			}
			i, di := v-s.First, d-s.First
			if x.frameCircumstance(v, d) || di+1 < len(toks) && demonstrativeAfter[strings.ToLower(toks[di+1].Text)] {
				continue
			}
			sp := x.subject(toks[:di], i, i+1)
			if !sp.found() || strings.EqualFold(sp.text, "men") || firstPerson(sp.text) || !x.mayReport(sp) {
				continue
			}
			q, ok := x.clause(toks, di+1, s.End)
			if !ok || x.verbless(q) {
				continue
			}
			sp.speaks(&q)
			setCue(&q, strings.ToLower(vt.Text), vt)
			out = append(out, q)
			break
		}
	}
	return out
}

// markOf returns the index of the subordinator word that marks the
// clause headed by token c, when it is w, or -1.
func (x *extractor) markOf(c int, w string) int {
	for _, m := range x.doc.Dependents(c, "mark") {
		if strings.EqualFold(x.doc.Tokens[m].Text, w) {
			return m
		}
	}
	return -1
}

// frameVerb reports whether lemma is a verb outside the speech lexicon
// whose dat-clause says what someone holds, denies, found or heard
// ("De bank sluit niet uit dat …", "Het onderzoek toont aan dat …"): the
// lexicon's frame verbs (nl/lex/frames.txt), read from the verbs Dutch
// puts in this frame; verbs of knowing ("weten") and causing ("zorgen")
// are not among them.
func frameVerb(lemma string) bool {
	return nl.Lex().Is(nl.ClassFrameVerb, lemma)
}

// demonstrativeAfter are words after "dat" that make it a demonstrative
// ("hoorden dat laatste al niet meer"), not a complementiser.
var demonstrativeAfter = map[string]bool{"laatste": true, "eerste": true, "allemaal": true, "alles": true}

// circumstanceMarks open a clause of time or condition: a verb in one
// tells when something happened ("toen ze hoorden dat …"), not a report.
var circumstanceMarks = map[string]bool{"toen": true, "als": true, "wanneer": true, "nadat": true, "zodra": true, "voordat": true, "terwijl": true}

// frameCircumstance reports whether the frame verb v with its "dat" at d
// reports nothing: it is negated ("vermeldde niet dat"; "sluit niet uit
// dat" asserts), an ability ("kon bewijzen dat"), in a clause of time or
// condition ("als ze hoort dat"), or its object noun right before "dat"
// takes the clause ("de verdenking weerspreken dat").
func (x *extractor) frameCircumstance(v, d int) bool {
	if x.doc.Tokens[v].Lemma != "uitsluiten" && x.negatedCue(v, x.doc.Tokens[d].Start) {
		return true
	}
	if x.doc.Modal(v) == "kunnen" {
		return true
	}
	for _, h := range []int{v, x.doc.Tokens[v].Head} {
		if h < 0 {
			continue
		}
		for _, m := range x.doc.Dependents(h, "mark") {
			if circumstanceMarks[strings.ToLower(x.doc.Tokens[m].Text)] {
				return true
			}
		}
		if x.doc.Tokens[v].Rel != "xcomp" {
			break
		}
	}
	if p := x.doc.Tokens[d-1]; p.POS == nl.NOUN && p.Head == v && p.Rel == "obj" {
		return true
	}
	return false
}

// nextTo reports whether the cue verb v and the "dat" at d that opens its
// complement stand in one stretch of the clause: no other verb and no
// relative word between them ("stapten over naar Forum, dat … noemt"
// hangs the relative clause on the name, whatever the parse says).
func (x *extractor) nextTo(v, d int) bool {
	for k := v + 1; k < d; k++ {
		t := x.doc.Tokens[k]
		if t.POS == nl.VERB || t.POS == nl.AUX || relativeWords[strings.ToLower(t.Text)] || isQuoteTok(t) {
			return false
		}
	}
	return true
}

// askedClauses finds what someone asks: "vragen" with a clausal
// complement that "of" or a question word opens ("Een jongeman vraagt of
// ik eerder films van Korine heb gezien", "De rechter vroeg hem waarom
// hij het geld had gehouden"). The clause after "of", or from the
// question word, to the end of the reported clause is the report; its
// speaker the asker (mayReport). "zich afvragen" wonders, it does not
// ask. qs are the quotations found so far.
func (x *extractor) askedClauses(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	for si, s := range x.doc.Sentences {
		if s.Heading || len(s.Tokens) < 5 || !x.doc.Parsed(si) {
			continue
		}
		toks := s.Tokens
		for k := range toks {
			c := s.First + k
			ct := x.doc.Tokens[c]
			if ct.Rel != "ccomp" || ct.Head < s.First || ct.Head >= c {
				continue
			}
			v := ct.Head
			vt := x.doc.Tokens[v]
			if vt.POS != nl.VERB || vt.Lemma != "vragen" || x.quoted(vt.Start) {
				continue
			}
			w := -1
			for j := v + 1; j < c; j++ {
				if t := x.doc.Tokens[j]; t.Head == c && questionOpeners[strings.ToLower(t.Text)] {
					w = j
					break
				}
				if t := x.doc.Tokens[j]; t.POS == nl.VERB || t.POS == nl.AUX || strings.EqualFold(t.Text, "zich") || isQuoteTok(t) {
					break
				}
			}
			if w < 0 || x.negatedCue(v, x.doc.Tokens[w].Start) {
				continue
			}
			from := w - s.First
			if strings.EqualFold(x.doc.Tokens[w].Text, "of") {
				from++
			}
			if slices.ContainsFunc(qs, func(q kroniek.Quote) bool {
				return q.Kind != kroniek.QuoteTerm && q.Start < s.End && q.End > x.doc.Tokens[w].Start
			}) {
				continue
			}
			i := v - s.First
			sp := x.subject(toks[:w-s.First], i, i+1)
			if !sp.found() || strings.EqualFold(sp.text, "men") || firstPerson(sp.text) || !x.mayReport(sp) {
				continue
			}
			q, ok := x.clause(toks, from, s.End)
			if !ok {
				continue
			}
			sp.speaks(&q)
			setCue(&q, strings.ToLower(vt.Text), vt)
			out = append(out, q)
			break
		}
	}
	return out
}

// questionOpeners open an indirect question: "of" and the question words.
var questionOpeners = map[string]bool{"of": true, "waarom": true, "hoe": true, "wat": true, "wie": true, "wanneer": true, "waar": true, "welke": true, "hoeveel": true}
