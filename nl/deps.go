package nl

import (
	"sort"
	"strings"
)

// This file holds the navigation of the dependency parse. Token indexes
// are indexes into Doc.Tokens; -1 means none. Every accessor copes with an
// unannotated or unparsed document: it then finds nothing (-1, nil, false,
// TenseNone).

// SentenceOf returns the index of the sentence holding token i, or -1.
func (d *Doc) SentenceOf(i int) int {
	if i < 0 || i >= len(d.Tokens) {
		return -1
	}
	s := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].First > i }) - 1
	if s < 0 || i >= d.Sentences[s].First+len(d.Sentences[s].Tokens) {
		return -1
	}
	return s
}

// sentRange returns the token range [first, end) of token i's sentence if
// it is parsed, or ok false.
func (d *Doc) sentRange(i int) (first, end int, ok bool) {
	s := d.SentenceOf(i)
	if s < 0 || !d.Parsed(s) {
		return 0, 0, false
	}
	return d.Sentences[s].First, d.Sentences[s].First + len(d.Sentences[s].Tokens), true
}

// head returns the head of token i, or -1 for a root or unparsed token.
func (d *Doc) head(i int) int {
	if _, _, ok := d.sentRange(i); !ok {
		return -1
	}
	return d.Tokens[i].Head
}

// rel returns the relation of token i, or "" if its sentence is not parsed.
func (d *Doc) rel(i int) string {
	if _, _, ok := d.sentRange(i); !ok {
		return ""
	}
	return d.Tokens[i].Rel
}

// relIs reports whether relation r is rel or a subtype of it ("obl"
// matches "obl:agent"; "obl:agent" matches only itself).
func relIs(r, rel string) bool {
	return r == rel || (len(r) > len(rel) && r[len(rel)] == ':' && r[:len(rel)] == rel)
}

// firstKid returns the first child of token i (-1 if none), from the
// children index of its sentence, which it builds on first use, so
// navigating a sentence costs time in the number of children, not in
// its length.
func (d *Doc) firstKid(i int) int {
	si := d.SentenceOf(i)
	if si < 0 || !d.Parsed(si) {
		return -1
	}
	x := d.syn
	if x.first == nil {
		x.first = make([]int32, len(d.Tokens))
		x.next = make([]int32, len(d.Tokens))
		x.indexed = make([]bool, len(d.Sentences))
	}
	if !x.indexed[si] {
		f := d.Sentences[si].First
		e := f + len(d.Sentences[si].Tokens)
		for j := f; j < e; j++ {
			x.first[j] = -1
		}
		for j := e - 1; j >= f; j-- {
			if h := d.Tokens[j].Head; h >= f && h < e && h != j {
				x.next[j] = x.first[h]
				x.first[h] = int32(j)
			}
		}
		x.indexed[si] = true
	}
	return int(x.first[i])
}

// nextKid returns the next sibling of child c (-1 at the end).
func (d *Doc) nextKid(c int) int { return int(d.syn.next[c]) }

// Children returns the dependents of token i in text order.
func (d *Doc) Children(i int) []int {
	if i < 0 || i >= len(d.Tokens) {
		return nil
	}
	var out []int
	for c := d.firstKid(i); c >= 0; c = d.nextKid(c) {
		out = append(out, c)
	}
	return out
}

// Dependents returns the dependents of token i whose relation is rel or a
// subtype of it ("obl" also gives "obl:agent"), in text order.
func (d *Doc) Dependents(i int, rel string) []int {
	if i < 0 || i >= len(d.Tokens) {
		return nil
	}
	var out []int
	for c := d.firstKid(i); c >= 0; c = d.nextKid(c) {
		if relIs(d.Tokens[c].Rel, rel) {
			out = append(out, c)
		}
	}
	return out
}

// dependent returns the first dependent of i with relation rel, or -1.
func (d *Doc) dependent(i int, rel string) int {
	if i < 0 || i >= len(d.Tokens) {
		return -1
	}
	for c := d.firstKid(i); c >= 0; c = d.nextKid(c) {
		if relIs(d.Tokens[c].Rel, rel) {
			return c
		}
	}
	return -1
}

// Span returns the first and last token of i's subtree: for the head of
// a noun phrase, the phrase's extent. An unparsed token spans itself.
func (d *Doc) Span(i int) (first, last int) {
	if i < 0 || i >= len(d.Tokens) {
		return -1, -1
	}
	f, e, ok := d.sentRange(i)
	if !ok {
		return i, i
	}
	first, last = i, i
	stack := []int{i}
	for steps := 0; len(stack) > 0 && steps <= e-f; steps++ {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		first, last = min(first, x), max(last, x)
		for c := d.firstKid(x); c >= 0; c = d.nextKid(c) {
			stack = append(stack, c)
		}
	}
	return first, last
}

// predicate returns the content word an auxiliary or copula belongs to,
// or v itself.
func (d *Doc) predicate(v int) int {
	r := d.rel(v)
	if relIs(r, "aux") || r == "cop" {
		if h := d.head(v); h >= 0 {
			return h
		}
	}
	return v
}

// Passive reports whether verb v is a passive: it has a passive
// auxiliary, subject or agent, or it is a participle with worden, or with
// zijn when the verb is not one that takes zijn in the perfect (is
// opgepakt is passive, is vertrokken is not).
func (d *Doc) Passive(v int) bool {
	v = d.predicate(v)
	if v < 0 || v >= len(d.Tokens) {
		return false
	}
	if d.dependent(v, "aux:pass") >= 0 || d.dependent(v, "nsubj:pass") >= 0 || d.dependent(v, "obl:agent") >= 0 {
		return true
	}
	t := &d.Tokens[v]
	if t.POS != VERB || !(t.Feats.Has(FeatPart) || looksParticiple(strings.ToLower(t.Text))) {
		return false
	}
	for _, a := range d.Dependents(v, "aux") {
		switch d.lemmaOf(a) {
		case "worden":
			return true
		case "zijn":
			return d.dependent(v, "obj") < 0 && !unaccusative(d.lemmaOf(v))
		}
	}
	return false
}

// unaccusatives are verbs (and the tails of particle verbs) that form
// their perfect with zijn: "is vertrokken" is no passive.
var unaccusatives = []string{"gaan", "komen", "vallen", "blijven", "worden", "zijn", "sterven", "overlijden", "vertrekken",
	"verdwijnen", "ontstaan", "gebeuren", "beginnen", "stoppen", "groeien", "stijgen", "dalen", "lopen", "rijden", "vliegen",
	"veranderen", "verhuizen", "slagen", "mislukken", "keren", "belanden", "raken", "verschijnen", "staan", "nemen",
	"verongelukken", "trouwen", "scheiden", "zakken", "zinken", "varen", "reizen", "vluchten", "springen", "landen",
	"ontsnappen", "verlopen", "uitvallen", "afnemen", "toenemen", "gelukken", "lukken", "schieten", "wijken", "treden",
	"zwemmen", "klimmen", "stappen", "sluiten", "blijken", "genezen", "herstellen", "ontwaken", "opgroeien", "trekken"}

func unaccusative(lemma string) bool {
	for _, u := range unaccusatives {
		if strings.HasSuffix(lemma, u) {
			return true
		}
	}
	return false
}

// Subject returns the subject of verb (or predicate) v: its nsubj, or for
// a passive the agent (door …, obl:agent; -1 if none is given). A clause
// without a subject of its own takes that of the clause it is an xcomp or
// conj of. A relative pronoun is resolved to its antecedent.
func (d *Doc) Subject(v int) int {
	v = d.predicate(v)
	for n := 0; v >= 0 && n < 16; n++ {
		if d.Passive(v) {
			if a := d.dependent(v, "obl:agent"); a >= 0 {
				return d.resolve(a)
			}
			for _, o := range d.Dependents(v, "obl") {
				if d.prep(o) == "door" {
					return d.resolve(o)
				}
			}
			if d.dependent(v, "nsubj") >= 0 {
				return -1 // a passive without agent: its subject is acted on (Objects)
			}
		} else if s := d.dependent(v, "nsubj"); s >= 0 {
			return d.resolve(s)
		}
		if s := d.dependent(v, "csubj"); s >= 0 {
			return s
		}
		r := d.rel(v)
		if r != "xcomp" && r != "conj" {
			return -1
		}
		v = d.head(v)
	}
	return -1
}

// Objects returns the objects of verb v: obj and iobj, and the passive
// subject of a passive (the one acted on), relative pronouns resolved to
// their antecedents, in text order.
func (d *Doc) Objects(v int) []int {
	v = d.predicate(v)
	if _, _, ok := d.sentRange(v); !ok {
		return nil
	}
	pass := d.Passive(v)
	var out []int
	for j := d.firstKid(v); j >= 0; j = d.nextKid(j) {
		switch r := d.Tokens[j].Rel; {
		case relIs(r, "obj"), relIs(r, "iobj"), r == "nsubj:pass", pass && relIs(r, "nsubj"):
			out = append(out, d.resolve(j))
		}
	}
	return out
}

// Obliques returns the oblique dependents of verb v (obl, obl:agent,
// obl:arg …) with their prepositions, in text order.
func (d *Doc) Obliques(v int) []Oblique {
	v = d.predicate(v)
	var out []Oblique
	for _, j := range d.Dependents(v, "obl") {
		out = append(out, Oblique{Prep: d.prep(j), Head: d.resolve(j)})
	}
	return out
}

// prep returns the lowercased adposition(s) marking nominal n ("in",
// "ten opzichte van"), or "".
func (d *Doc) prep(n int) string {
	var parts []string
	for _, c := range d.Dependents(n, "case") {
		p := strings.ToLower(d.Tokens[c].Text)
		parts = append(parts, p)
		for _, f := range d.Dependents(c, "fixed") {
			parts = append(parts, strings.ToLower(d.Tokens[f].Text))
		}
	}
	return strings.Join(parts, " ")
}

// negators are the words that negate the clause they modify.
var negators = map[string]bool{"niet": true, "geen": true, "nooit": true, "nergens": true, "niemand": true, "niets": true, "niks": true, "allerminst": true, "geenszins": true, "evenmin": true}

// Negated reports whether verb v or its clause is negated: niet, nooit,
// nergens … on the verb, or geen/niemand/niets in one of its arguments.
func (d *Doc) Negated(v int) bool {
	v = d.predicate(v)
	for _, c := range d.Children(v) {
		w := strings.ToLower(d.Tokens[c].Text)
		if negators[w] {
			return true
		}
		r := d.Tokens[c].Rel
		if relIs(r, "nsubj") || relIs(r, "obj") || relIs(r, "obl") || relIs(r, "iobj") {
			for _, g := range d.Dependents(c, "det") {
				if strings.EqualFold(d.Tokens[g].Text, "geen") {
					return true
				}
			}
		}
	}
	return false
}

// modals are the verbs Modal reports: modal auxiliaries and hedges.
var modals = map[string]bool{"zullen": true, "kunnen": true, "willen": true, "moeten": true, "mogen": true, "hoeven": true, "dreigen": true, "lijken": true, "schijnen": true, "blijken": true, "menen": false}

// lemmaOf returns token i's lemma, or its lowercased text.
func (d *Doc) lemmaOf(i int) string {
	if d.Tokens[i].Lemma != "" {
		return d.Tokens[i].Lemma
	}
	return strings.ToLower(d.Tokens[i].Text)
}

// Modal returns the lemma of a modal or hedging verb governing verb v
// (zou … zeggen → zullen, dreigt te vertrekken → dreigen), or "".
func (d *Doc) Modal(v int) string {
	v = d.predicate(v)
	for _, a := range d.Dependents(v, "aux") {
		if l := d.lemmaOf(a); modals[l] {
			return l
		}
	}
	if d.rel(v) == "xcomp" {
		if h := d.head(v); h >= 0 && modals[d.lemmaOf(h)] {
			return d.lemmaOf(h)
		}
	}
	return ""
}

// Tense returns the tense of verb v's clause from its finite verb:
// zal/zullen or gaan with an infinitive is TenseFuture; a perfect (heeft
// gezegd, is opgepakt) is TensePast.
func (d *Doc) Tense(v int) Tense {
	v = d.predicate(v)
	if _, _, ok := d.sentRange(v); !ok {
		return TenseNone
	}
	auxes := d.Dependents(v, "aux")
	auxes = append(auxes, d.Dependents(v, "cop")...)
	perfect, finite := false, -1
	for _, a := range auxes {
		l := d.lemmaOf(a)
		f := d.Tokens[a].Feats
		if (l == "zullen" || l == "gaan") && f.Has(FeatFin|FeatPres) && d.Tokens[v].Feats.Has(FeatInf) {
			return TenseFuture
		}
		if (l == "hebben" || l == "zijn") && d.Tokens[a].Rel == "aux" && d.Tokens[v].Feats.Has(FeatPart) {
			perfect = true
		}
		if d.Tokens[a].Rel == "aux:pass" && l == "zijn" {
			perfect = true // is opgepakt: a completed passive
		}
		if f.Has(FeatFin) && finite < 0 {
			finite = a
		}
	}
	if d.Tokens[v].Feats.Has(FeatFin) {
		finite = v
	}
	if finite < 0 {
		if d.rel(v) == "xcomp" || d.rel(v) == "conj" {
			if h := d.head(v); h >= 0 && h != v {
				if t := d.tenseOf(h); t != TenseNone {
					return t
				}
			}
		}
		return TenseNone
	}
	if perfect {
		return TensePast
	}
	if d.Tokens[finite].Feats.Has(FeatPast) {
		return TensePast
	}
	return TensePresent
}

// tenseOf is Tense without climbing further (no recursion loops).
func (d *Doc) tenseOf(v int) Tense {
	if d.Tokens[v].Feats.Has(FeatFin) {
		if d.Tokens[v].Feats.Has(FeatPast) {
			return TensePast
		}
		return TensePresent
	}
	for _, a := range d.Dependents(v, "aux") {
		if d.Tokens[a].Feats.Has(FeatFin) {
			if d.Tokens[a].Feats.Has(FeatPast) {
				return TensePast
			}
			return TensePresent
		}
	}
	return TenseNone
}

// clauseRels are the relations that attach a clause to its governor.
var clauseRels = map[string]bool{"root": true, "ccomp": true, "xcomp": true, "advcl": true, "acl": true, "csubj": true, "parataxis": true}

// isClauseHead reports whether token i heads a clause: a verb, or a
// predicate with a subject, copula or auxiliary, or a clause relation.
func (d *Doc) isClauseHead(i int) bool {
	t := &d.Tokens[i]
	if t.POS == VERB {
		return true
	}
	r := t.Rel
	if i := strings.IndexByte(r, ':'); i >= 0 {
		r = r[:i]
	}
	if clauseRels[r] && r != "root" && r != "acl" {
		return true
	}
	return d.dependent(i, "cop") >= 0 || d.dependent(i, "nsubj") >= 0 || d.dependent(i, "aux") >= 0
}

// Clause returns the verb (or predicate) heading the clause token i
// belongs to, or -1.
func (d *Doc) Clause(i int) int {
	first, end, ok := d.sentRange(i)
	if !ok {
		return -1
	}
	return d.clauseUp(d.predicate(i), first, end)
}

// clauseUp walks from token i up its heads to the first clause head and
// remembers the answer for every token on the way, so that asking for
// the clause of every token of a sentence stays linear even when a
// degenerate parse chains thousands of tokens.
func (d *Doc) clauseUp(i, first, end int) int {
	syn := d.syn
	if syn.clause == nil {
		syn.clause = make([]int32, len(d.Tokens)) // 0 unknown, else clause+2
	}
	var path []int
	found := -1
	for n := 0; i >= first && i < end && n <= end-first; n++ {
		if c := syn.clause[i]; c != 0 {
			found = int(c) - 2
			break
		}
		path = append(path, i)
		if d.isClauseHead(i) {
			found = i
			break
		}
		i = d.Tokens[i].Head
	}
	for _, p := range path {
		syn.clause[p] = int32(found + 2)
	}
	return found
}

// relPronouns are the Dutch relative pronouns.
var relPronouns = map[string]bool{"die": true, "dat": true, "wie": true, "wat": true, "welke": true, "welk": true, "waarvan": true, "waarmee": true, "waarop": true, "waarin": true, "waarover": true, "waardoor": true, "waaraan": true, "waarbij": true, "waar": true}

// Antecedent returns, for a relative pronoun (die, dat, wie …) in a
// relative clause, the noun the clause modifies; otherwise -1.
func (d *Doc) Antecedent(rel int) int {
	if rel < 0 || rel >= len(d.Tokens) || !relPronouns[strings.ToLower(d.Tokens[rel].Text)] {
		return -1
	}
	c := d.Clause(rel)
	if c < 0 || c == rel {
		return -1
	}
	if d.rel(c) != "acl:relcl" {
		return -1
	}
	return d.head(c)
}

// resolve returns the antecedent of a relative pronoun, or n itself.
func (d *Doc) resolve(n int) int {
	if a := d.Antecedent(n); a >= 0 {
		return a
	}
	return n
}

// nominalInner are relations inside a noun phrase that point to its head.
var nominalInner = map[string]bool{"det": true, "amod": true, "case": true, "flat": true, "fixed": true, "compound": true, "nummod": true, "clf": true}

// NounHead returns the head noun (or pronoun, name, number) of the noun
// phrase containing token i, or -1 if i is in none.
func (d *Doc) NounHead(i int) int {
	first, end, ok := d.sentRange(i)
	if !ok {
		return -1
	}
	for n := 0; i >= first && i < end && n <= end-first; n++ {
		t := &d.Tokens[i]
		r := t.Rel
		if k := strings.IndexByte(r, ':'); k >= 0 {
			r = r[:k]
		}
		if nominalInner[r] || (r == "advmod" && t.POS != VERB && d.isNominal(t.Head)) {
			i = t.Head
			continue
		}
		if d.isNominal(i) {
			return i
		}
		return -1
	}
	return -1
}

// isNominal reports whether token i is a noun, name, pronoun or number.
func (d *Doc) isNominal(i int) bool {
	if i < 0 || i >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[i].POS {
	case NOUN, PROPN, PRON, NUM:
		return true
	}
	return false
}
