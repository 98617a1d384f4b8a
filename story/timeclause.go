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
// the clause reports.)
var sequenceMarks = map[string]bool{"na": true, "nadat": true, "voordat": true, "alvorens": true,
	"after": true, "before": true, "nach": true, "nachdem": true, "bevor": true}

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
			if sequenceMarks[strings.ToLower(doc.Tokens[c].Text)] && !afterwards(doc, c) {
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
