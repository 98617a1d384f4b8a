package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// namingVerbs are the verbs that report a judgement by naming something
// so ("X noemt het een drama", "X omschreef het als vrolijk", "die het
// als onjuist bestempelden") or by holding it so ("X vindt de plannen
// onhaalbaar", "X acht de kans klein").
var namingVerbs = map[string]bool{
	"noemen": true, "omschrijven": true, "beschrijven": true, "bestempelen": true,
	"typeren": true, "kwalificeren": true, "karakteriseren": true, "betitelen": true,
	"vinden": true, "achten": true,
	"zien": true, "beschouwen": true,
}

// viewVerbs name only with "als" ("X ziet de uitslag als het begin van
// het einde", "X beschouwt het als een blunder"): without it "zien" is
// seeing ("ziet de stad groeien").
var viewVerbs = map[string]bool{"zien": true, "beschouwen": true}

// namedAs finds what a naming verb's subject calls something: the object
// and what it is called, "het zelf een verbindend programma" in "De
// regisseur noemt het zelf een verbindend programma", "de plannen als
// onhaalbaar" in "De bond, die de plannen als onhaalbaar bestempelde,
// …". The verb is finite, its subject someone named (not "ik", "we",
// "men" or "je": the writer, or anyone) and the parse gives it both an
// object and a predicate (an "als" phrase or a second object); "X noemt
// drie namen" names no judgement. A sentence with quotation marks is
// left (a quoted predicate is a quotation already), as is one a
// quotation or report covers. qs are the quotations found so far.
func (x *extractor) namedAs(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	for _, s := range x.doc.Sentences {
		if s.Heading || x.hasQuote(s) || s.Tokens[len(s.Tokens)-1].Text == "?" {
			continue
		}
		for _, t := range s.Tokens {
			v := x.tokenIndex(t)
			if !x.parsed(v) || !namingVerbs[x.doc.Tokens[v].Lemma] || !x.doc.Tokens[v].Feats.Has(nl.FeatFin) {
				continue
			}
			first, last, ok := x.namedSpan(v)
			if !ok || viewVerbs[x.doc.Tokens[v].Lemma] && !x.asPredicate(v, first, last) {
				continue
			}
			start, end := x.doc.Tokens[first].Start, x.doc.Tokens[last].End
			if quoteOver(qs, start, end) || quoteOver(out, start, end) {
				continue
			}
			sp := x.parsedSubject(v)
			if !sp.found() || genericSubject(sp.text) || share(sp.text) {
				continue
			}
			q := kroniek.Quote{Start: start, End: end, Text: x.doc.Text[start:end], Kind: kroniek.QuoteIndirect}
			sp.speaks(&q)
			setCue(&q, strings.ToLower(t.Text), t)
			out = append(out, q)
		}
	}
	return out
}

// namedSpan returns the first and last token of what naming verb v
// names and calls it: its object through its predicate (an xcomp, or the
// second of two objects), the verb itself left out; false when the
// parse gives no object or no predicate.
func (x *extractor) namedSpan(v int) (int, int, bool) {
	objs := x.doc.Dependents(v, "obj")
	objs = append(objs, x.doc.Dependents(v, "expl")...)
	preds := x.doc.Dependents(v, "xcomp")
	if len(preds) == 0 && len(objs) == 2 {
		objs, preds = objs[:1], objs[1:]
	}
	if len(objs) != 1 || len(preds) != 1 || !x.namePredicate(preds[0]) || strings.EqualFold(x.doc.Tokens[objs[0]].Text, "zich") {
		return 0, 0, false // "noemt zich veganist": what one is, not a judgement of something
	}
	first, _ := x.doc.Span(objs[0])
	_, last := x.doc.Span(preds[0])
	if pf, _ := x.doc.Span(preds[0]); pf < first || first < v && last > v && pf < v {
		return 0, 0, false // a predicate before its object, or the verb inside: a reading to distrust
	}
	if first > v {
		// "omschreef het als vrolijk, luchtig en positief": what the parse
		// hangs on the verb after its predicate goes with it, a verb
		// coordinated to it ("… en zeggen dat …") not.
		for _, c := range x.doc.Children(v) {
			if c > last && x.doc.Tokens[c].Kind != nl.Punct && !(x.doc.Tokens[c].POS == nl.VERB || x.doc.Tokens[c].POS == nl.AUX) {
				_, cl := x.doc.Span(c)
				last = max(last, cl)
			}
		}
	}
	for k := first + 1; k < last; k++ {
		next := x.doc.Tokens[k+1]
		if x.doc.Tokens[k].Text == ";" || isCoordinator(strings.ToLower(x.doc.Tokens[k].Text)) && (next.POS == nl.VERB || next.POS == nl.AUX) {
			last = k - 1 // "achtte hem schuldig en veroordeelde hem": what it did next; "…; geen wonder": the writer
			break
		}
	}
	for last > first && x.doc.Tokens[last].Kind == nl.Punct {
		last--
	}
	if w := strings.ToLower(x.doc.Tokens[first].Text); w == "die" || w == "dat" || w == "wat" {
		return 0, 0, false // "de herverdeling die deze maatregel …": the parse cut a relative clause
	}
	if first < v && last > v {
		return 0, 0, false
	}
	if x.clauseAfter(last) {
		return 0, 0, false // "vindt het belangrijk dat …": the clause is the report
	}
	return first, last, last-first >= 2
}

// asPredicate reports whether the span first..last that view verb v
// names holds "als" after its first word and no verb of its own, and
// follows v in a main clause: the predicate a view verb needs. "zagen hem
// als winnaar uit de strijd komen" and "ziet meer migranten komen, al
// … als voorheen" are what was seen happen; "de vraag of hij X als
// premier ziet" asks; "ziet hem als zijn mentor" tells a relation.
func (x *extractor) asPredicate(v, first, last int) bool {
	if first < v {
		return false
	}
	as := false
	for k := first + 1; k <= last; k++ {
		t := x.doc.Tokens[k]
		if (t.POS == nl.VERB || t.POS == nl.AUX) && t.Rel != "amod" {
			return false // a participle before a noun ("een gemiste kans") is no verb of its own
		}
		if as && isPossessive(t.Text) && strings.EqualFold(x.doc.Tokens[k-1].Text, "als") {
			return false // "ziet hem als zijn mentor": a relation, not a judgement
		}
		as = as || strings.EqualFold(t.Text, "als")
	}
	return as
}

// clauseAfter reports whether a clause opens right after token last
// ("dat", "om", "te", "of", "wat"), or a comma before one.
func (x *extractor) clauseAfter(last int) bool {
	for k := last + 1; k < len(x.doc.Tokens) && k <= last+2; k++ {
		switch strings.ToLower(x.doc.Tokens[k].Text) {
		case "dat", "om", "te", "of", "wat", "hoe", "waarom", "als":
			return true
		case ",":
			continue
		}
		return false
	}
	return false
}

// namePredicate reports whether token p, the parse's predicate of a
// naming verb, is a name or a quality ("een gemiste kans", "als
// onjuist"), not a clause of its own ("…, en kritisch denken is een
// onderdeel": a subject or copula in it) nor a phrase with a preposition
// ("noemde zijn miljarden aan kosten": the parse's misreading of an
// object), and no comma stands between it and its object.
func (x *extractor) namePredicate(p int) bool {
	for _, c := range x.doc.Children(p) {
		switch r := x.doc.Tokens[c].Rel; {
		case strings.HasPrefix(r, "nsubj"), r == "cop", r == "case":
			return false
		}
	}
	f, _ := x.doc.Span(p)
	return f == 0 || x.doc.Tokens[f-1].Text != ","
}

// share reports whether a subject is a share of those polled ("60
// procent", "een derde"): a poll's finding, not what someone said.
func share(text string) bool {
	switch strings.ToLower(headWord(text)) {
	case "procent", "%", "derde", "kwart", "helft":
		return true
	}
	return false
}

// genericSubject reports whether a subject's words stand for the writer
// or for anyone: "ik", "we", "men", "je".
func genericSubject(text string) bool {
	switch strings.ToLower(text) {
	case "ik", "we", "wij", "men", "je", "jij", "u", "jullie", "iedereen", "niemand":
		return true
	}
	return false
}
