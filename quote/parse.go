package quote

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// parsedSubject returns the speaker that the dependency parse gives as the
// subject of the speech verb at token v (nl.Doc.Subject: nsubj, the agent
// of a passive, the subject of the clause an xcomp or conj belongs to), or
// nil when the sentence is not parsed, the verb has no subject, or the
// subject lies inside a quotation. The subject's phrase (nl.Doc.Span)
// gives the name, pronoun or description it is.
func (x *extractor) parsedSubject(v int) *speaker {
	if s := x.subjectTok(v); s >= 0 {
		return x.phrase(s)
	}
	return nil
}

// subjectTok returns the token heading the subject of verb v outside the
// quotations, or -1. A quotation's words may hang on the verb that
// attributes them ("«We …», stelt X"): the verb's own subject nearest it
// comes first, then nl.Doc.Subject (through xcomp, conj, a passive's agent).
func (x *extractor) subjectTok(v int) int {
	d := x.doc
	if !x.parsed(v) {
		return -1
	}
	if x.passiveCue(v) {
		// "Door justitie werden getuigen opgeroepen …", "De cliënten wordt
		// aangeraden …": who is told is the subject; who tells is the
		// agent, if any.
		if a := d.Subject(v); a >= 0 && !x.quoted(d.Tokens[a].Start) {
			return a
		}
		return -1
	}
	best, named := -1, false
	subjects := d.Dependents(v, "nsubj")
	for _, c := range subjects {
		if x.quoted(d.Tokens[c].Start) || x.notSubject(v, c, subjects) || len(subjects) > 1 && floatingQuantifier(d.Tokens[c].Text) {
			continue
		}
		if c = x.ungoverned(c); c < 0 {
			continue
		}
		// Two subjects are a coordination the parse split ("X, hoofdredacteur
		// van …, en een van de journalisten van Y, pleit") or a fronted
		// object ("Van Wely vonden we …"): a pronoun or a person's name comes
		// first, then the nearest.
		p := d.Tokens[c].Rel == "nsubj" && (x.personMentionAt(d.Tokens[c]) || d.Tokens[c].POS == nl.PRON)
		if best < 0 || p && !named || p == named && abs(c-v) < abs(best-v) {
			best, named = c, p
		}
	}
	if best >= 0 {
		best = x.swappedObject(v, best)
		best = x.comparedSubject(v, best)
	}
	if o := x.insertionBefore(v); o >= 0 && (best < 0 || best > o && best < v) {
		if a := x.insertedSubject(o); a >= 0 {
			best = a
		}
	}
	if best < 0 {
		best = x.coordinatedObject(v)
	}
	if best < 0 {
		if best = d.Subject(v); best >= 0 {
			best = x.ungoverned(best)
		}
	}
	if best < 0 {
		best = x.auxSubject(v)
	}
	best = x.askerBefore(v, best, subjects)
	if r := d.Tokens[v].Rel; best < 0 && (r == "conj" || r == "parataxis") && d.Tokens[v].Head >= 0 && !x.trailingCue(v) {
		return x.subjectTok(d.Tokens[v].Head) // "Hij wil …, maar zegt dat …"
	}
	if best < 0 {
		best = x.strandedSubject(v)
	}
	if best < 0 {
		best = x.participleSubject(v)
	}
	if best < 0 || x.quoted(d.Tokens[best].Start) {
		return -1
	}
	return best
}

// ungoverned returns the subject token c the parse gave a speech verb,
// unless c has a preposition of its own before it: a place or a partner
// in a prepositional phrase is never who speaks ("bevestigt in Hanoi",
// "zegt vanuit Caïro"). When the parse hung the words before that
// preposition on c too ("de boa's in Amsterdam die …, hebben
// aangekondigd", with "de" and "boa's" under "Amsterdam"), the noun
// before the preposition heads the subject; else -1. Not "door" (a
// passive's agent) nor "volgens".
func (x *extractor) ungoverned(c int) int {
	d := x.doc
	for _, k := range d.Dependents(c, "case") {
		w := strings.ToLower(d.Tokens[k].Text)
		if k > c || d.Tokens[k].POS != nl.ADP || !isPreposition(w) || w == "door" || w == "volgens" {
			continue
		}
		if first, _ := d.Span(c); first < k {
			return nounBefore(d, first, k)
		}
		return -1
	}
	return c
}

// nounBefore returns the noun or name right before token k, at or after
// token first, past a bracketed aside ("opsporingsambtenaren (boa's)"),
// or -1.
func nounBefore(d *nl.Doc, first, k int) int {
	j := k - 1
	if j >= first && d.Tokens[j].Text == ")" {
		for j >= first && d.Tokens[j].Text != "(" {
			j--
		}
		j--
	}
	if j >= first && (d.Tokens[j].POS == nl.NOUN || d.Tokens[j].POS == nl.PROPN) {
		return j
	}
	return -1
}

// notSubject reports whether c, one of the nsubj dependents subjects of
// verb v, is no subject of v whatever the parse says: "dat" after a
// speech verb is the conjunction of its clause ("die bezorgd constateert
// dat …", the parse's second subject), and the standard of a comparison opening
// the sentence ("Net als het kabinet denkt de FNV dat …") is not the
// subject when the parse gives v another one.
func (x *extractor) notSubject(v, c int, subjects []int) bool {
	d := x.doc
	if c > v && strings.EqualFold(d.Tokens[c].Text, "dat") {
		if _, _, n := matchCue(d.Tokens[v:min(len(d.Tokens), v+3)]); n > 0 {
			return true
		}
	}
	if len(subjects) < 2 || c > v {
		return false
	}
	first, _ := d.Span(c)
	if first < 0 || !x.comparedWithAt(d.Tokens[first].Start) {
		return false
	}
	return slices.ContainsFunc(subjects, func(o int) bool { return o > v && !x.quoted(d.Tokens[o].Start) })
}

// comparedSubject returns, when the subject s of v is what a comparison
// opening the sentence names ("Anders dan zijn coalitiepartijen VVD en
// CDA vindt Jetten dat …", "Net als het bisdom vindt Van Oeffelen …"), the
// name right after the verb the parse made its object: the inverted
// subject. Else s.
func (x *extractor) comparedSubject(v, s int) int {
	d := x.doc
	first, _ := d.Span(s)
	if first < 0 || s > v {
		return s
	}
	w := func(k int) string {
		if k < 0 || k >= len(d.Tokens) {
			return ""
		}
		return strings.ToLower(d.Tokens[k].Text)
	}
	if !(w(first-2) == "anders" && w(first-1) == "dan" || w(first-2) == "net" && w(first-1) == "als" || w(first-1) == "evenals" || w(first-2) == "tegenstelling" && w(first-1) == "tot") {
		return s
	}
	if v+1 < len(d.Tokens) && d.Tokens[v+1].Head == v && x.personMentionAt(d.Tokens[v+1]) && !x.quoted(d.Tokens[v+1].Start) {
		return v + 1
	}
	// "Net als het kabinet denkt de FNV …": the phrase that opens right
	// after the verb, named by a mention of the article.
	for _, c := range d.Children(v) {
		if r := d.Tokens[c].Rel; c <= v || r != "obj" && r != "nsubj" || x.quoted(d.Tokens[c].Start) {
			continue
		}
		if f, _ := d.Span(c); f == v+1 {
			if m, ok := x.mentionAt(d.Tokens[c].Start, d.Tokens[c].End); ok && m.Local != "" {
				return c
			}
		}
	}
	return s
}

// swappedObject returns the object of v that the parse put before its
// subject s when the object names a person and the subject a thing ("heeft
// de Russische president de waarschuwing teruggekaatst": the first of the
// two is the subject), else s.
func (x *extractor) swappedObject(v, s int) int {
	d := x.doc
	st := d.Tokens[s]
	if st.POS != nl.NOUN || x.personMentionAt(st) || people(st.Text) || doerNoun(strings.ToLower(st.Text)) {
		return s
	}
	for _, o := range d.Dependents(v, "obj") {
		ot := d.Tokens[o]
		if o < s && (x.personMentionAt(ot) || ot.POS == nl.NOUN && isRoleNoun(strings.ToLower(ot.Text))) && !x.quoted(ot.Start) {
			return o
		}
	}
	return s
}

// askerBefore returns, when v asks or calls on someone (addresseeVerbs:
// "riep … op", "vroeg", "verzocht") and the parse gave it two subjects,
// the one before the clause's finite verb, which names who asks: in
// "De stafchef riep Bouteflika op om …" and "Kim zou Trump hebben
// gevraagd …" the name after the finite verb is whom they address, not a
// fronted object's subject. A subject pronoun after the verb stays the
// subject ("Dat vroeg hij …"), and so does s when the phrase before names
// no one who may ask. Else s (-1 when the parse gave v no subject).
func (x *extractor) askerBefore(v, s int, subjects []int) int {
	d := x.doc
	if !addresseeVerbs[x.cueLemma(v)] {
		return s
	}
	f := v
	if !d.Tokens[v].Feats.Has(nl.FeatFin) {
		f = -1
		for _, a := range d.Dependents(v, "aux") {
			if d.Tokens[a].Feats.Has(nl.FeatFin) && (f < 0 || a < f) {
				f = a // the first: "zou … hebben gevraagd"
			}
		}
	}
	if f < 0 || s >= 0 && (s < f || d.Tokens[s].POS == nl.PRON) {
		return s
	}
	if f != v {
		subjects = append(slices.Clone(subjects), d.Dependents(f, "nsubj")...)
	}
	for _, c := range subjects {
		if c >= f || x.quoted(d.Tokens[c].Start) || d.Tokens[c].Rel != "nsubj" {
			continue
		}
		if first, _ := d.Span(c); first < 0 || first != d.Sentences[d.SentenceOf(c)].First && !clauseBreak(d.Tokens[first-1]) && d.Tokens[first-1].POS != nl.CCONJ {
			continue // not the clause's first phrase
		}
		if sp := x.phrase(c); sp.found() {
			return c
		}
	}
	// "Legerleider X schaarde zich … en riep Y op": a conjoined verb's
	// subject is its head's, before it.
	if h := d.Tokens[f].Head; d.Tokens[f].Rel == "conj" && h >= 0 && h < f {
		if cc := d.Dependents(f, "cc"); len(cc) > 0 && cc[0] < f {
			if hs := x.subjectTok(h); hs >= 0 && hs < h {
				return hs
			}
		}
	}
	if c := x.prefieldSpeaker(f); c >= 0 {
		return c
	}
	return s
}

// prefieldSpeaker returns the first word naming someone in the phrase
// that opens the sentence before its finite verb f, when the parse gave
// that phrase another relation than subject ("Met name vicepremier X van
// … riep Y op", "Een zichtbaar vermoeide Rutte (hij vergat …) riep Y op"),
// or -1. The sentence must open with that noun phrase: not with a
// preposition, adverb or clause ("Gisteren riep X Y op"), and hold no
// verb or comma before f outside parentheses.
func (x *extractor) prefieldSpeaker(f int) int {
	d := x.doc
	k := d.Sentences[d.SentenceOf(f)].First
	if k+1 < f && strings.EqualFold(d.Tokens[k].Text, "met") && strings.EqualFold(d.Tokens[k+1].Text, "name") {
		k += 2
	}
	if k >= f || x.quoted(d.Tokens[k].Start) {
		return -1
	}
	if p := d.Tokens[k].POS; p != nl.DET && p != nl.NOUN && p != nl.PROPN && p != nl.ADJ {
		return -1
	}
	first, depth := -1, 0
	for ; k < f; k++ {
		t := d.Tokens[k]
		switch {
		case t.Text == "(":
			depth++
		case t.Text == ")":
			depth--
		case depth > 0:
		case t.POS == nl.VERB || t.POS == nl.AUX || t.Text == "," || t.Kind == nl.Punct && t.Text != "-":
			return -1
		case first < 0 && (x.personMentionAt(t) || isRoleNoun(strings.ToLower(t.Text))):
			first = k
		}
	}
	return first
}

// auxSubject returns the subject the parse hung on the finite auxiliary
// of verb v rather than on v ("De Kamer had X gevraagd …": "Kamer" the
// subject of "had"), or -1.
func (x *extractor) auxSubject(v int) int {
	d := x.doc
	for _, a := range d.Dependents(v, "aux") {
		if !d.Tokens[a].Feats.Has(nl.FeatFin) {
			continue
		}
		for _, c := range d.Dependents(a, "nsubj") {
			if !x.quoted(d.Tokens[c].Start) {
				return c
			}
		}
	}
	return -1
}

// cueLemma returns the lemma of the speech verb at v as the lexicon
// gives it with its particle later in the clause ("riep … op":
// "oproepen", also where the parse took "op" for a preposition), or "".
func (x *extractor) cueLemma(v int) string {
	_, l, _ := matchCue(x.doc.Tokens[v:])
	return strings.ReplaceAll(l, "|", "")
}

// coordinatedObject returns the phrase that the parse made the object of a
// verb v opening a coordinated main clause right after its conjunction,
// when v has no subject of its own ("…, maar de organisatoren roepen op
// …": the first phrase of the clause is its subject), or -1.
func (x *extractor) coordinatedObject(v int) int {
	d := x.doc
	// "maar de organisatoren roepen": a verb right after the phrase is
	// finite also when the parse took it for an infinitive.
	if !d.Tokens[v].Feats.Has(nl.FeatFin) && !(d.Tokens[v].Feats.Has(nl.FeatInf) && v > 0 && !strings.EqualFold(d.Tokens[v-1].Text, "te")) {
		return -1
	}
	cc := d.Dependents(v, "cc")
	if len(cc) == 0 || cc[0] > v {
		return -1
	}
	for _, o := range d.Dependents(v, "obj") {
		if o < v && o > cc[0] && d.Tokens[o].POS == nl.NOUN {
			if f, l := d.Span(o); f == cc[0]+1 && (d.Tokens[v].Feats.Has(nl.FeatFin) || l == v-1) {
				return o
			}
		}
	}
	return -1
}

// strandedSubject returns the subject of the finite auxiliary that a
// participle or infinitive v without an auxiliary of its own belongs to,
// when the parse hung that auxiliary and its subject elsewhere ("heeft
// Donald Tusk, president van …, de leiders … gevraagd": the subject on
// "heeft", the participle on the name); -1 otherwise. No other finite verb
// stands between them.
func (x *extractor) strandedSubject(v int) int {
	d := x.doc
	t := d.Tokens[v]
	if t.POS != nl.VERB || !t.Feats.Has(nl.FeatPart) && !t.Feats.Has(nl.FeatInf) || len(d.Dependents(v, "aux")) > 0 || len(d.Dependents(v, "aux:pass")) > 0 {
		return -1
	}
	first := x.doc.Sentences[x.doc.SentenceOf(v)].First
	for a := v - 1; a >= first; a-- {
		at := d.Tokens[a]
		if !at.Feats.Has(nl.FeatFin) || at.POS != nl.AUX && at.POS != nl.VERB {
			continue
		}
		if at.POS != nl.AUX || d.Tokens[a].Head == v {
			return -1
		}
		if s := d.Dependents(a, "nsubj"); len(s) > 0 {
			return s[0]
		}
		return -1
	}
	return -1
}

// inverted returns the speaker the parse gives after an attribution word
// at v that follows what was said ("«Q», zegt X", "…, aldus X"): the
// phrase "aldus" or "volgens" governs, the verb's subject after it, or
// failing that its first nominal dependent after it.
func (x *extractor) inverted(v int) *speaker {
	d := x.doc
	if !x.parsed(v) {
		return nil
	}
	if h := d.Tokens[v].Head; d.Tokens[v].Rel == "case" && h > v && !x.quoted(d.Tokens[h].Start) {
		return x.phrase(h)
	}
	for _, c := range d.Dependents(v, "nsubj") {
		if c > v && !x.quoted(d.Tokens[c].Start) {
			return x.phrase(c)
		}
	}
	// A subject before the verb leaves only a name or a pronoun after it
	// to be the speaker ("…, waarschuwt ook X"), not an object ("meldt
	// vechtpartijen").
	before := x.subjectTok(v) >= 0 && x.subjectTok(v) < v
	for _, c := range d.Children(v) {
		if c <= v || x.quoted(d.Tokens[c].Start) || strings.HasPrefix(d.Tokens[c].Rel, "obl") || strings.HasPrefix(d.Tokens[c].Rel, "nmod") {
			continue
		}
		switch d.Tokens[c].POS {
		case nl.NOUN, nl.PROPN, nl.PRON:
			object := before || d.Tokens[c].Rel == "obj"
			// "vond een andere kijker", parsed as an object: someone new.
			someone := x.someone(c)
			if sp := x.phrase(c); sp.found() && (!object || sp.local != "" || d.Tokens[c].POS == nl.PRON || someone) {
				return sp
			}
		}
	}
	// The parse found no phrase ("denkt Degryse" with the name taken for
	// an adverb): the name or role right after the word.
	end := v + 1
	for end < len(d.Tokens) && end < v+8 && !clauseBreak(d.Tokens[end]) && !isTerminal(d.Tokens[end]) {
		end++
	}
	return x.nearest(d.Tokens[v+1:end], false)
}

// trailingCue reports whether verb v follows its head right after a comma
// ("…, zegt Degryse."): an attribution put after what was said, whose
// subject comes after it (the parse may take the name for an adverb),
// never the subject of the clause it attributes.
func (x *extractor) trailingCue(v int) bool {
	d := x.doc
	if d.Tokens[v].Rel != "parataxis" || d.Tokens[v].Head > v || v == 0 || d.Tokens[v-1].Text != "," || v+1 >= len(d.Tokens) {
		return false
	}
	// Its subject follows: a name, a pronoun or a noun phrase ("Ze willen
	// niet …, zeggen niets te weten" shares the subject before).
	n := d.Tokens[v+1]
	lw := strings.ToLower(n.Text)
	return x.personMentionAt(n) || isPronoun(lw) || isArticleWord(lw) || possessives[lw]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// parsed reports whether token i lies in a sentence the parse covers.
func (x *extractor) parsed(i int) bool {
	return i >= 0 && i < len(x.doc.Tokens) && x.doc.Parsed(x.doc.SentenceOf(i))
}

// phrase returns the speaker the noun phrase headed by token s names: a
// person or body tagged in it, a pronoun, or a description (nl.Doc.Span
// gives the phrase); nil for a phrase that names nobody.
func (x *extractor) phrase(s int) *speaker {
	d := x.doc
	t := d.Tokens[s]
	first, last := d.Span(s)
	if m, ok := x.mentionAt(t.Start, t.End); ok {
		if m.Start <= t.Start && m.End >= t.End || first < 0 {
			return x.fromMention(m)
		}
		// "Ajax-aanvoerder Matthijs de Ligt": the name in the head only
		// modifies a title; the person follows in the phrase.
		if p, ok := x.mentionWithin(d.Tokens[s+1:last+1], last-s); ok {
			return x.fromMention(p)
		}
		// "De VVD'er vindt": the party's member the article named.
		if lt := strings.ToLower(t.Text); m.End < t.End && (strings.HasSuffix(lt, "'er") || strings.HasSuffix(lt, "’er")) {
			if l := x.memberOf(strings.ToLower(m.Text), t.Start); l != "" {
				return &speaker{local: l, text: d.Text[x.phraseStart(first, s):t.End], start: x.phraseStart(first, s), end: t.End}
			}
		}
		// "zei de VVD-fractievoorzitter": the party's person of that role
		// the article named.
		if i := strings.LastIndex(t.Text, "-"); first >= 0 && i > 0 && m.End <= t.Start+i && personNoun(strings.ToLower(t.Text[i+1:])) {
			if sp := x.description(d.Tokens[first:s+1], s-first); sp.local != "" && x.personSpeaker(sp) && x.namedRecently(sp.local, t.Start) {
				return sp
			}
		}
		return x.fromMention(m)
	}
	lw := strings.ToLower(t.Text)
	if isPronoun(lw) || lw == "hem" || lw == "haar" {
		return x.pronoun(t)
	}
	if (lw == "hen" || lw == "hun" && d.Tokens[s].Rel != "nmod:poss") && s > 0 && strings.EqualFold(d.Tokens[s-1].Text, "volgens") {
		// "volgens hen": the plural subject before, or nobody named.
		if p := x.pluralSubjectBefore(t); p != nil {
			return p
		}
		return &speaker{text: t.Text, start: t.Start, end: t.End}
	}
	if lw == "laatste" && s > 0 && (strings.EqualFold(d.Tokens[s-1].Text, "die") || strings.EqualFold(d.Tokens[s-1].Text, "de")) || lw == "laatstgenoemde" {
		// "zei die laatste": the person named last.
		for i := x.mentionFrom(t.Start) - 1; i >= 0 && t.Start-x.mentions[i].Start < 600; i-- {
			if m := x.mentions[i]; m.Local != "" && x.isPerson(m) && !x.quoted(m.Start) {
				return &speaker{local: x.personOf(m), text: d.Text[x.phraseStart(first, s):t.End], start: x.phraseStart(first, s), end: t.End}
			}
		}
	}
	if sp := x.relativeAntecedent(s); sp != nil {
		return sp
	}
	if (lw == "die" || lw == "deze") && t.POS == nl.PRON && x.opensSentence(t.Start) && (t.Head < 0 || !x.pluralVerb(t.Head)) {
		// "Die schreef: …", "Die hield vol dat …": the person (else the
		// body) the sentence before named last; "Die verklaarden" means
		// more than one.
		if sp := x.lastNamedBefore(t); sp != nil {
			return sp
		}
	}
	if (lw == "een" || lw == "één" || lw == "eén") && s+1 < len(d.Tokens) && strings.EqualFold(d.Tokens[s+1].Text, "van") && last > s+1 && d.Tokens[last].Kind == nl.Word {
		// "Eén van de getuigen zei dat …": one of a group, by its words
		// (not "Een van de redenen: …").
		if !slices.ContainsFunc(d.Tokens[s:last+1], func(t nl.Token) bool { return t.Text == ":" }) {
			return &speaker{text: d.Text[t.Start:d.Tokens[last].End], start: t.Start, end: d.Tokens[last].End}
		}
	}
	if lw == "men" || lw == "iemand" || manyPronouns[lw] && t.Rel == "nsubj" {
		return &speaker{text: t.Text, start: t.Start, end: t.End} // "zegt men", "Iemand zei me:", "Velen vinden": nobody in particular
	}
	if t.Kind != nl.Word || isFunctionWord(t.Text) || isArticle(d.Tokens, s) {
		return nil // "het", "een": no phrase that names a speaker
	}
	// The phrase starts after a quotation the parse hung on its head
	// ("„Een nieuw dieptepunt …'', aldus de advocaat": the span of
	// "advocaat" holds the quotation).
	for k := s - 1; first >= 0 && k >= first && !x.quoted(t.Start); k-- {
		if isQuoteTok(d.Tokens[k]) || x.quoted(d.Tokens[k].Start) {
			first = k + 1
			break
		}
	}
	// The phrase without its preposition and punctuation (", aldus hun
	// baasjes": the span of "baasjes" holds both).
	for first < s && (d.Tokens[first].Kind == nl.Punct || d.Tokens[first].Rel == "case" || d.Tokens[first].Rel == "cc") {
		first++
	}
	for last > s && d.Tokens[last].Kind == nl.Punct {
		last--
	}
	if first < 0 || last < first {
		return nil
	}
	// A long phrase is one only for a person or a name once its relative
	// clause is cut ("Oud-directeur van Greenpeace Sylvia Borren, die …,
	// zegt"); "het heil dat valt te verwachten van …" is no speaker.
	long := last-first > 12
	// The phrase ends before a relative clause ("wethouder X, die we …
	// spraken"): a name in it is someone else.
	for _, c := range d.Children(s) {
		if c > s && strings.HasPrefix(d.Tokens[c].Rel, "acl") {
			if f, _ := d.Span(c); f > s && f-1 < last {
				last = f - 1
			}
		}
	}
	for last > s && d.Tokens[last].Kind == nl.Punct {
		last--
	}
	if _, body := bodyKind(lw); last-first > 12 || long && !people(lw) && !body && !x.namesIn(d.Tokens[first:last+1]) {
		return nil
	}
	if last+1 < len(d.Tokens) && closesAside(d.Tokens[first:last+2]) {
		last++ // "opsporingsambtenaren (boa's)"
	}
	phrase := d.Tokens[first : last+1]
	// A person named in the phrase: "minister Blok", "de burgemeester van
	// Utrecht, Anouk de Graaf"; not a possessor ("Biemans' vrouw
	// Maaike", "de moeder van Sarah" when the head is a person's role).
	person := isRoleNoun(lw) || wordGender(lw) != genderUnknown // "de moeder van Sarah", not "de tegenaanval van X"
	if sp := x.personsSpokesman(phrase, lw); sp != nil {
		return sp
	}
	for k, t := range phrase {
		if t.Kind == nl.Punct && t.Text != "," || first+k > s && joins(t.Text) && d.Tokens[s].Feats.Has(nl.FeatPlur) {
			break // "Inwoners van de stad en burgemeester X": X is the second conjunct (not "Campagneleider en Kamerlid X")
		}
		if m, ok := x.mentionAt(t.Start, t.End); ok && x.isPerson(m) && !(person && x.ownerTok(first+k)) && !x.ownerOfNext(m) && x.prepositionOf(m) != "à la" {
			return x.fromMention(m)
		}
	}
	// "hoogleraar belastingrecht Rita de la Feria": a role's person whose
	// name the tagger took for something else, when it opens with a given
	// name.
	if isRoleNoun(lw) {
		for _, t := range d.Tokens[s+1 : min(last+1, s+3)] {
			if m, ok := x.mentionAt(t.Start, t.End); ok && m.Local != "" && m.Start == t.Start && !x.isPerson(m) && len(strings.Fields(m.Text)) > 1 && wordGender(strings.ToLower(firstWord(m.Text))) != genderUnknown && isRoleNoun(lw) && !x.ownerTok(x.tokenAt(m.Start)) {
				return x.fromMention(m)
			}
		}
	}
	// "Studentenorganisatie ISO": a body named right after its kind.
	if s+1 <= last {
		if m, ok := x.mentionAt(d.Tokens[s+1].Start, d.Tokens[s+1].End); ok && m.Local != "" && x.locals[m.Local].Type != kroniek.LOC {
			return x.fromMention(m) // not a place: "de jeugdartsen Nederland"
		}
	}
	// "een woordvoerder van de Consumentenbond": the body speaks, by the
	// words of the phrase.
	if r, ok := nl.Lex().RoleHead(lw); ok && spokes[r.Lemma] {
		for _, pt := range d.Tokens[s+1 : last+1] {
			if m, ok := x.mentionAt(pt.Start, pt.End); ok && m.Local != "" && !x.isPerson(m) {
				if l, ok := x.locals[m.Local]; ok && l.Type == kroniek.ORG {
					return &speaker{local: m.Local, text: d.Text[d.Tokens[first].Start:d.Tokens[last].End], start: d.Tokens[first].Start, end: d.Tokens[last].End}
				}
			}
		}
	}
	// "de club van kritische aandeelhouders Follow This": a kind of body
	// whose own phrase names an organisation is that organisation.
	if _, ok := bodyKind(lw); ok {
		for _, pt := range d.Tokens[s+1 : last+1] {
			if m, ok := x.mentionAt(pt.Start, pt.End); ok && m.Local != "" && !x.isPerson(m) {
				if l, ok := x.locals[m.Local]; ok && l.Type == kroniek.ORG {
					return x.fromMention(m)
				}
			}
		}
	}
	if !isRoleNoun(lw) && s+1 <= last && isLowerWord(d.Tokens[s+1].Text) && isRoleNoun(strings.ToLower(d.Tokens[s+1].Text)) && d.Tokens[s+1].Head == s {
		// "de emeritus hoogleraar strafrecht": the role follows a word the
		// parse took for the head.
		return x.description(phrase, s+1-first)
	}
	if isRoleNoun(lw) || isDeterminer(phrase, 0) {
		return x.description(phrase, s-first)
	}
	// "vond een andere kijker": someone the article does not name, by what
	// they do.
	if strings.EqualFold(phrase[0].Text, "een") && x.someone(s) {
		return &speaker{text: d.Text[phrase[0].Start:t.End], start: phrase[0].Start, end: t.End}
	}
	// "Veel scholen", "Sommige commissies": people the article does not
	// name, as its words.
	if q := s - 1; t.POS == nl.NOUN && q >= first && d.Tokens[q].Head == s && (d.Tokens[q].POS == nl.DET || d.Tokens[q].POS == nl.NUM || quantifiers[strings.ToLower(d.Tokens[q].Text)]) && !isArticle(d.Tokens, q) {
		end := t.End
		// "11 procent van de vleesliefhebbers": a share says of whom.
		if (lw == "procent" || measures[lw]) && s+2 <= last && strings.EqualFold(d.Tokens[s+1].Text, "van") {
			for _, c := range d.Children(s) {
				if f, l := d.Span(c); f == s+1 && l <= last {
					end = d.Tokens[l].End
				}
			}
		}
		return &speaker{text: d.Text[d.Tokens[q].Start:end], start: d.Tokens[q].Start, end: end}
	}
	// "Optimisten vinden dat …", "Medewerkers van hotel W zeggen …": people
	// the article does not name, a bare plural with what it says of them.
	if x.barePlural(s, first) && !(sourceNoun(lw) && s+2 <= last && strings.EqualFold(d.Tokens[s+1].Text, "van") && x.namedBody(d.Tokens[s+2:last+1])) {
		return &speaker{text: d.Text[d.Tokens[first].Start:d.Tokens[last].End], start: d.Tokens[first].Start, end: d.Tokens[last].End}
	}
	// "Een aantal oppositiepartijen (SP, PVV, …)": a measure and who it
	// counts.
	if measures[lw] && isArticle(d.Tokens, s-1) && s+1 <= last && d.Tokens[s+1].POS == nl.NOUN && d.Tokens[s+1].Head == s {
		return &speaker{text: d.Text[d.Tokens[s-1].Start:d.Tokens[s+1].End], start: d.Tokens[s-1].Start, end: d.Tokens[s+1].End}
	}
	// "aldus de gezaghebbende Wereldvrijheidsindex", "volgens schattingen
	// van Rijkswaterstaat"; not a place or partner the head's
	// prepositional phrase names ("Trumps opstelling in Hanoi bevestigt
	// dat …": Hanoi says nothing).
	for _, t := range phrase[s-first:] {
		if m, ok := x.mentionAt(t.Start, t.End); ok && m.Local != "" && !placeOrPartner(x.prepositionOf(m)) {
			return x.fromMention(m)
		}
	}
	return nil
}

// placeOrPartner reports whether a name after preposition p is where or
// with whom something is, not whose it is ("van", "volgens") nor who
// does it ("door"); "" (no preposition) is neither.
func placeOrPartner(p string) bool {
	return p != "" && p != "van" && p != "volgens" && p != "door"
}

// closesAside reports whether the phrase toks ends with the bracket that
// closes an aside inside it ("opsporingsambtenaren (boa's)"), which the
// phrase keeps; a bracket it did not open is trimmed.
func closesAside(toks []nl.Token) bool {
	n := len(toks)
	return n > 0 && toks[n-1].Text == ")" && slices.ContainsFunc(toks[:n-1], func(t nl.Token) bool { return t.Text == "(" })
}

// phraseStart is where a phrase whose span starts at token first and whose
// head is token s begins: the head itself when the parse gave no span.
func (x *extractor) phraseStart(first, s int) int {
	if first < 0 || first > s {
		return x.doc.Tokens[s].Start
	}
	for first < s && (x.doc.Tokens[first].Kind == nl.Punct || x.doc.Tokens[first].Rel == "case") {
		first++ // "Volgens de PvdA'er": not the preposition
	}
	return x.doc.Tokens[first].Start
}

// memberOf returns the person last named before offset (within a few
// sentences) as one of party: a word with the party's name right before
// the name ("VVD-Kamerlid Hayke Veldman", "VVD'er X") or a description
// holding it; "" when there is none.
func (x *extractor) memberOf(party string, offset int) string {
	from := x.doc.Sentences[max(0, x.sentenceAt(offset)-8)].Start
	for i := x.mentionFrom(offset) - 1; i >= 0 && x.mentions[i].Start >= from; i-- {
		m := x.mentions[i]
		if m.Local == "" || !x.isPerson(m) || x.quoted(m.Start) {
			continue
		}
		if j := x.tokenAt(m.Start) - 1; j >= 0 && strings.Contains(strings.ToLower(x.doc.Tokens[j].Text), party) {
			return x.personOf(m)
		}
		for _, w := range x.described[x.personOf(m)] {
			if strings.Contains(w, party) {
				return x.personOf(m)
			}
		}
	}
	return ""
}

// ownerOfNext reports whether a mention is a genitive owner of the noun
// after it ("Bijlevelds voorganger, Klaas Dijkhoff"): not who the phrase
// names.
func (x *extractor) ownerOfNext(m kroniek.Mention) bool {
	if !x.genitive(m) && !x.possessive(m) {
		return false
	}
	i := x.tokenAt(m.End-1) + 1
	return i < len(x.doc.Tokens) && x.doc.Tokens[i].Kind == nl.Word && !isCapitalised(x.doc.Tokens[i].Text)
}

// namedRecently reports whether local is named (outside quotations) in
// the sentence holding offset or the two before it.
func (x *extractor) namedRecently(local string, offset int) bool {
	from := x.doc.Sentences[max(0, x.sentenceAt(offset)-2)].Start
	for i := x.mentionFrom(from); i < len(x.mentions) && x.mentions[i].Start < offset; i++ {
		if m := x.mentions[i]; x.personOf(m) == local && !x.quoted(m.Start) {
			return true
		}
	}
	return false
}

// namesIn reports whether toks hold a mention of the article's persons or
// bodies.
func (x *extractor) namesIn(toks []nl.Token) bool {
	for _, t := range toks {
		if m, ok := x.mentionAt(t.Start, t.End); ok && m.Local != "" && x.locals[m.Local].Type != kroniek.LOC && x.locals[m.Local].Type != kroniek.MISC {
			return true
		}
	}
	return false
}

// personsSpokesman returns the spokesperson a phrase describes when its
// head is a spokes noun and the one it speaks for follows ("de
// woordvoerder van burgemeester X", "een woordvoerder van de ILT"): the
// words of the phrase, nobody of the article, for a spokesperson's words
// are not the mayor's (the gold guidelines: an unnamed spokesperson is an
// anonymous person). Nil when the phrase names the spokesperson after a
// comma or names nobody.
func (x *extractor) personsSpokesman(phrase []nl.Token, lw string) *speaker {
	r, ok := nl.Lex().RoleHead(lw)
	if !ok || !spokes[r.Lemma] {
		return nil
	}
	owner, end, who := false, -1, ""
	for k, t := range phrase {
		if t.Kind == nl.Punct {
			break // "…, Jan de Vries": the spokesperson is named
		}
		if w := strings.ToLower(t.Text); (w == "van" || w == "namens") && k > 0 {
			owner = true
			continue
		}
		if m, ok := x.mentionAt(t.Start, t.End); ok && m.Local != "" {
			if !owner {
				return nil // "woordvoerder Jan de Vries"
			}
			end, who = k, m.Local
		}
	}
	if end < 0 && owner {
		// "een woordvoerster van de gemeente": an owner the article does not
		// name, in a short phrase, is said in the phrase's words.
		words := 0
		for k, t := range phrase {
			if t.Kind != nl.Word {
				break
			}
			if strings.EqualFold(t.Text, "van") || strings.EqualFold(t.Text, "namens") {
				words = 0
				continue
			}
			words++
			end = k
		}
		if words > 3 || end >= 0 && isFunctionWord(phrase[end].Text) {
			return nil
		}
		return &speaker{text: x.doc.Text[phrase[0].Start:phrase[end].End], start: phrase[0].Start, end: phrase[end].End}
	}
	if end < 0 {
		return nil
	}
	if end+1 < len(phrase) && phrase[end+1].Kind == nl.Punct && phrase[end+1].Text == "," {
		for _, t := range phrase[end+2:] {
			if m, ok := x.mentionAt(t.Start, t.End); ok && x.isPerson(m) {
				return nil
			}
		}
	}
	// The body still speaks through its spokesperson: it stays one of the
	// article's speakers for the pronouns and descriptions after it.
	x.spoke[who] = true
	return &speaker{text: x.doc.Text[phrase[0].Start:phrase[end].End], start: phrase[0].Start, end: phrase[end].End}
}

// measures are nouns that count what follows them: "een aantal partijen".
var measures = map[string]bool{"aantal": true, "groep": true, "paar": true, "deel": true, "meerderheid": true, "minderheid": true}

// nearest is the fallback where the parse is missing: the first mention
// not governed by a preposition, pronoun or role noun of toks, read
// backward or forward.
func (x *extractor) nearest(toks []nl.Token, backward bool) *speaker {
	for n := range toks {
		k := n
		if backward {
			k = len(toks) - 1 - n
		}
		t := toks[k]
		lw := strings.ToLower(t.Text)
		if m, ok := x.mentionAt(t.Start, t.End); ok && (n == 0 && !backward || !x.afterPreposition(m)) {
			return x.fromMention(m)
		}
		if isPronoun(lw) {
			return x.pronoun(t)
		}
		if isRoleNoun(lw) && !governed(toks, k) {
			if m, ok := x.mentionWithin(toks[k+1:], 6); ok {
				return x.fromMention(m) // "woordvoerder Jan de Vries"
			}
			return x.description(toks, k)
		}
		if !backward && n >= 8 {
			break
		}
	}
	return nil
}

// tokenIndex returns the index in doc.Tokens of the token starting at
// offset start.
func (x *extractor) tokenIndex(t nl.Token) int {
	i := x.tokenAt(t.Start)
	if i < len(x.doc.Tokens) && x.doc.Tokens[i].Start == t.Start {
		return i
	}
	return -1
}

// governed reports whether the noun at toks[k] is the object of a
// preposition: "over de daders", "door een frauderende huurbaas" (a
// participle the parse hangs on the noun as amod counts as its
// adjective).
func governed(toks []nl.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if isPreposition(toks[j].Text) {
			return true
		}
		if !isArticleOrAdj(toks[j]) && toks[j].POS != nl.ADJ && toks[j].Rel != "amod" {
			return false
		}
	}
	return false
}

// ownerTok reports whether token i names whose the phrase is: "Biemans'
// vrouw", "de moeder van Sarah".
func (x *extractor) ownerTok(i int) bool {
	// "Tim S.' advocaten": a name the possessive apostrophe closes, however
	// the parse hangs it.
	if m, ok := x.mentionAt(x.doc.Tokens[i].Start, x.doc.Tokens[i].End); ok {
		if j := x.tokenAt(m.End); j < len(x.doc.Tokens) && x.doc.Tokens[j].Start == m.End && x.doc.Tokens[j].Text == "'" && j+1 < len(x.doc.Tokens) && x.doc.Tokens[j+1].Kind == nl.Word && !isCapitalised(x.doc.Tokens[j+1].Text) {
			return true
		}
	}
	own, _ := x.mentionAt(x.doc.Tokens[i].Start, x.doc.Tokens[i].End)
	for n := 0; n < 3 && i >= 0; n++ {
		switch r := x.doc.Tokens[i].Rel; {
		case r == "nmod:poss" || r == "nmod":
			return true
		case r == "flat" || r == "compound":
			i = x.doc.Tokens[i].Head
			// "Oud-directeur van Greenpeace Sylvia Borren", the name hung on
			// the body's: the person is named, not the body's owner.
			if i < 0 {
				return false
			}
			if m, ok := x.mentionAt(x.doc.Tokens[i].Start, x.doc.Tokens[i].End); ok && m.Start != own.Start {
				return false
			}
			// "Minister van Handel Ruhsar Demir": hung on a department's
			// name that is no entity, the name is the minister's.
			if h := x.doc.Tokens[i]; h.POS == nl.PROPN && h.Rel == "nmod" && h.End <= own.Start && !isRoleNoun(strings.ToLower(h.Text)) {
				if _, ok := x.mentionAt(h.Start, h.End); !ok {
					return false
				}
			}
		default:
			return false
		}
	}
	return false
}

// quantifiers before a plural that counts unnamed people.
var quantifiers = map[string]bool{"sommige": true, "veel": true, "vele": true, "enkele": true, "meerdere": true, "diverse": true, "alle": true, "meeste": true, "andere": true, "verschillende": true}

// dependentName reports whether the parse makes a mention part of another
// phrase rather than a clause's participant: a name in a prepositional or
// the name of a title ("het merkteken van de familie X", "titels als
// X"); a possessor is left to the callers' own rules. Unparsed text reports false.
func (x *extractor) dependentName(m kroniek.Mention) bool {
	d := x.doc
	i := x.tokenAt(m.Start)
	if !x.parsed(i) || i >= len(d.Tokens) {
		return false
	}
	for steps := 0; steps < 6 && i >= 0; steps++ {
		r := d.Tokens[i].Rel
		switch {
		case strings.HasPrefix(r, "flat"), strings.HasPrefix(r, "compound"):
			i = d.Tokens[i].Head // a name's parts
		case r == "appos" && d.Tokens[i].Head >= 0 && len(d.Dependents(d.Tokens[i].Head, "det")) > 0:
			// "de familie X": the phrase X names decides ("voor
			// uitbreiding X" without an article is a misparsed title)
			i = d.Tokens[i].Head
		case r == "nmod" || r == "obl":
			// only with a preposition: "student bouwkunde X" is X; a verb
			// the parse took for one ("bevreemdt Van der Laan:") or the
			// name's own "Van" is none
			return x.prepositionCase(i, m) && !x.agentCase(i) && !x.caseIs(i, "volgens")
		default:
			return false
		}
	}
	return false
}

// prepositionCase reports whether the phrase at i has a case dependent
// that is a preposition outside mention m.
func (x *extractor) prepositionCase(i int, m kroniek.Mention) bool {
	for _, c := range x.doc.Dependents(i, "case") {
		if t := x.doc.Tokens[c]; (isPreposition(t.Text) || morePrepositions[strings.ToLower(t.Text)]) && (t.End <= m.Start || t.Start >= m.End) {
			return true
		}
	}
	return false
}

// morePrepositions are words that head a phrase as a preposition does,
// besides the prepositions of the speaker rules: "namens X", "zoals X".
var morePrepositions = map[string]bool{
	"namens": true, "zoals": true, "als": true, "rond": true, "rondom": true, "boven": true, "langs": true, "per": true,
	"richting": true, "jegens": true, "behalve": true, "inzake": true, "omtrent": true, "nabij": true,
	"benevens": true, "alsook": true, "plus": true, "dan": true, "à": true, "te": true, "ten": true, "ter": true,
}

// caseIs reports whether the phrase at i has the preposition w.
func (x *extractor) caseIs(i int, w string) bool {
	for _, c := range x.doc.Dependents(i, "case") {
		if strings.EqualFold(x.doc.Tokens[c].Text, w) {
			return true
		}
	}
	return false
}

// agentCase reports whether the oblique at i is a passive's agent ("door X").
func (x *extractor) agentCase(i int) bool {
	return x.caseIs(i, "door")
}

// doerNoun reports whether the singular noun lw names a person by what
// they do: kijker, bezoeker, wandelaar, activist.
func doerNoun(lw string) bool {
	for _, suf := range []string{"ker", "ver", "ner", "der", "ster", "aar", "ist"} {
		if len(lw) >= len(suf)+4 && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// someone reports whether the noun at c is an indefinite person who does
// something ("een andere kijker", "een bezoeker").
func (x *extractor) someone(c int) bool {
	t := x.doc.Tokens[c]
	lw := strings.ToLower(t.Text)
	if t.POS != nl.NOUN || lw != t.Text || !(doerNoun(lw) || personNoun(lw)) || spokesPhrase(lw) {
		return false // a spokesperson speaks for a body
	}
	for _, k := range x.doc.Dependents(c, "det") {
		if strings.EqualFold(x.doc.Tokens[k].Text, "een") {
			return true
		}
	}
	return false
}

// barePlural reports whether the phrase whose head is token s and whose
// span starts at token first is a plural noun for people, bodies or
// sources with no word but adjectives before it ("Optimisten", "sceptici",
// "docenten van het mbo", "Israëlische media"): people in general, or some
// the article does not name.
func (x *extractor) barePlural(s, first int) bool {
	t := x.doc.Tokens[s]
	lw := strings.ToLower(t.Text)
	for k := first; k < s; k++ {
		if x.doc.Tokens[k].POS != nl.ADJ {
			return false // "Britse kranten", "kritische leden": adjectives only
		}
	}
	if first < 0 || t.POS != nl.NOUN || t.Text != lw && !x.opensSentence(x.doc.Tokens[first].Start) || len(singulars(lw)) == 0 && !strings.HasSuffix(lw, "ici") && lw != "media" {
		return false
	}
	return (people(lw) || pluralBody(lw) || sourceNoun(lw)) && !spokesPhrase(lw)
}

// lastNamedBefore returns the person the sentence before t's names last
// outside quotations, else its last organisation: what a demonstrative
// "Die" opening t's sentence stands for.
func (x *extractor) lastNamedBefore(t nl.Token) *speaker {
	si := x.sentenceAt(t.Start)
	if si < 1 {
		return nil
	}
	ps := x.doc.Sentences[si-1]
	var body *kroniek.Mention
	for i := x.mentionFrom(ps.End) - 1; i >= 0 && x.mentions[i].Start >= ps.Start; i-- {
		m := x.mentions[i]
		if m.Local == "" || x.quoted(m.Start) || m.End > ps.End {
			continue
		}
		if x.isPerson(m) {
			return &speaker{local: x.personOf(m), text: t.Text, start: t.Start, end: t.End}
		}
		if l, ok := x.locals[m.Local]; ok && l.Type == kroniek.ORG && body == nil {
			body = &x.mentions[i]
		}
	}
	if body != nil {
		return &speaker{local: body.Local, text: t.Text, start: t.Start, end: t.End}
	}
	return nil
}

// passiveCue reports whether the speech verb at token v is a passive
// participle ("werd gezegd", "worden opgeroepen", "is gevraagd"): its
// subject is whom it was told, its agent ("door X") who told it.
func (x *extractor) passiveCue(v int) bool {
	t := x.doc.Tokens[v]
	if t.POS != nl.VERB || !x.doc.Passive(v) {
		return false
	}
	for _, e := range nl.Lex().Lookup(nl.ClassSpeechVerb, strings.ToLower(t.Text)) {
		if strings.HasSuffix(e.Tag, "/part") {
			return true // "vindt" with a subject the parse took for a passive's is no passive
		}
	}
	return false
}

// namedBody reports whether toks name an entity that is no person
// ("berekeningen van Átlátszó"): the source speaks for it.
func (x *extractor) namedBody(toks []nl.Token) bool {
	for _, t := range toks {
		if m, ok := x.mentionAt(t.Start, t.End); ok && m.Local != "" && !x.isPerson(m) {
			return true
		}
		if t.Kind != nl.Word || x.verbTok(t) {
			return false // the phrase ends: "Volgens bronnen is de man ook in Nederland …"
		}
	}
	return false
}

// relativeAntecedent returns who the relative pronoun at token s stands
// for when it opens a relative clause right after a comma ("Naast hem
// staat burgemeester X, die constateert dat …", "kwamen twee mannen, die
// zeiden dat …", "aldus een woordvoerder die benadrukt dat …"): the person or body named right before the comma, else
// a description of people that ends there; the parse often hangs the
// relative clause on another word, so the words before the comma decide.
// Nil for anything else ("een actie, die liet zien dat …").
func (x *extractor) relativeAntecedent(s int) *speaker {
	d := x.doc
	t := d.Tokens[s]
	if !strings.EqualFold(t.Text, "die") || t.POS != nl.PRON || s < 2 || x.quoted(t.Start) {
		return nil
	}
	// "aldus een woordvoerder die benadrukt dat …": a restrictive clause
	// right after the noun says who too.
	ai := s - 1
	if d.Tokens[s-1].Text == "," {
		ai = s - 2
	} else if d.Tokens[s-1].Kind != nl.Word || !isLowerWord(d.Tokens[s-1].Text) || !x.restrictiveSpeaker(s) {
		return nil
	}
	a := d.Tokens[ai]
	if m, ok := x.mentionAt(a.Start, a.End); ok && m.End == a.End && m.Local != "" {
		if x.isPerson(m) || x.locals[m.Local].Type == kroniek.ORG {
			return x.fromMention(m)
		}
		return nil
	}
	lw := strings.ToLower(a.Text)
	if a.Kind != nl.Word || !isLowerWord(a.Text) || !(isRoleNoun(lw) || personNoun(lw) || people(lw)) {
		return nil
	}
	si := x.sentenceAt(a.Start)
	if si < 0 {
		return nil
	}
	sent := d.Sentences[si]
	return x.description(sent.Tokens, ai-sent.First)
}

// restrictiveSpeaker reports whether the relative clause opened by "die"
// at token s, right after its noun with no comma, tells what someone
// said: its verb is a speech verb of the lexicon, one of opinion only
// right after the inverted subject of a speech verb (speaksBefore; "mensen
// die denken dat …", "de vrouw die vermoedt dat …" are people of a kind,
// not speakers), and the noun has a determiner or a
// numeral ("een woordvoerder die benadrukt", "nog twee mensen die
// zeggen"; not "andere kandidaten die zeggen").
func (x *extractor) restrictiveSpeaker(s int) bool {
	d := x.doc
	speech, opined := false, false
	for h := s + 1; h < len(d.Tokens) && h <= s+8 && !clauseBreak(d.Tokens[h]); h++ {
		if d.Tokens[h].POS == nl.VERB {
			if _, _, n := matchCue(d.Tokens[h:]); n > 0 {
				speech = true
				opined = opinion(strings.ToLower(d.Tokens[h].Text))
			}
			break
		}
	}
	if !speech {
		return false
	}
	k := s - 2
	for n := 0; k >= 0 && n < 3 && d.Tokens[k].POS == nl.ADJ; n++ {
		k--
	}
	if k < 0 || d.Tokens[k].POS != nl.DET && d.Tokens[k].POS != nl.NUM {
		return false
	}
	return !opined || k > 0 && speaksBefore(d.Tokens[k-1:])
}

// speaksBefore reports whether toks open with a speech verb (not one of
// opinion) or "aldus" whose inverted subject follows: the person a
// restrictive clause of opinion then describes is the one speaking
// ("schrijft een lezer die vindt dat …"), not a kind of people ("mensen
// die denken dat …", "de vrouw die vermoedt dat …").
func speaksBefore(toks []nl.Token) bool {
	_, _, n := matchCue(toks)
	return n > 0 && !opinion(strings.ToLower(toks[0].Text))
}

// pronounBefore reports whether the subject s of verb v is a pronoun for
// many before it ("Velen", "Sommigen"; not "Dat zegt X", where the
// parse's subject "Dat" is the object): a subject of its own that names
// nobody, so a name right after v is whom v addresses, not an inverted
// subject ("Sommigen vertelden Smit dat …": not Smit).
func (x *extractor) pronounBefore(s, v int) bool {
	return s < v && manyPronouns[strings.ToLower(x.doc.Tokens[s].Text)]
}

// manyPronouns speak, as subjects, for an unnamed part of the public
// ("Velen verweten Smit dat …", "Anderen zeggen dat …"): the speaker is
// the pronoun itself. Not "iedereen", more often whom a call is made to
// ("riep iedereen op …") or negated ("Niet iedereen wil …").
var manyPronouns = map[string]bool{"velen": true, "sommigen": true, "anderen": true, "enkelen": true}

// joins reports whether w coordinates two phrases: "en", "én", "of".
func joins(w string) bool {
	switch strings.ToLower(w) {
	case "en", "én", "of":
		return true
	}
	return false
}

// participleSubject returns the subject the parse hung on a participle
// clause before the verb v instead of on v: "Anneke de Vries, hoogleraar
// en niet betrokken bij het onderzoek, vindt dat …" parses "Anneke" as
// the subject of "betrokken", an adverbial clause of "vindt". A
// participle with no subordinator of its own has no subject of its own
// in Dutch, so the name before it is v's. Else -1.
func (x *extractor) participleSubject(v int) int {
	d := x.doc
	for _, c := range d.Dependents(v, "advcl") {
		t := d.Tokens[c]
		if c > v || t.POS != nl.VERB || !t.Feats.Has(nl.FeatPart) || t.Feats.Has(nl.FeatFin) || len(d.Dependents(c, "mark")) > 0 {
			continue
		}
		for _, s := range d.Dependents(c, "nsubj") {
			if s < c && !x.quoted(d.Tokens[s].Start) {
				return s
			}
		}
	}
	return -1
}

// floatingQuantifier reports whether w is a quantifier that floats off the
// subject it counts ("X en Y hebben beiden verklaard …", "De ministers
// zeiden allebei …"): when the parse gives the verb a second subject, that
// one names who speaks.
func floatingQuantifier(w string) bool {
	switch strings.ToLower(w) {
	case "beiden", "allebei", "allen", "allemaal":
		return true
	}
	return false
}

// insertionBefore returns the comma that opens a relative clause ending
// in a comma right before the verb v ("De bank, waar de stortingen
// binnenkwamen, zegt …": the first comma), or -1. The clause opens with a
// relative word and holds no other comma or quotation mark.
func (x *extractor) insertionBefore(v int) int {
	d := x.doc
	if v < 4 || d.Tokens[v-1].Text != "," || !d.Tokens[v].Feats.Has(nl.FeatFin) || x.quoted(d.Tokens[v].Start) {
		return -1
	}
	first := d.Sentences[d.SentenceOf(v)].First
	for o := v - 2; o > first; o-- {
		t := d.Tokens[o]
		if t.Kind != nl.Word && t.Text != "," {
			return -1
		}
		if t.Text != "," {
			continue
		}
		if o+1 < v-1 && relativeWord(strings.ToLower(d.Tokens[o+1].Text)) {
			return o
		}
		return -1
	}
	return -1
}

// relativeWord reports whether w opens a relative clause: "die", "dat",
// "wie", "welke" or a "waar"-word ("waar", "waarin", "waarvan").
func relativeWord(w string) bool {
	switch w {
	case "die", "dat", "wie", "welke", "wiens", "wier":
		return true
	}
	return strings.HasPrefix(w, "waar") && w != "waarom" && w != "waarschijnlijk"
}

// insertedSubject returns the head of the noun phrase right before the
// comma o that opens a relative clause, when it can be the subject of the
// verb after the clause: a noun or name outside quotations, with no
// preposition of its own ("De gemeente, waar Karel Smit wethouder is,
// laat weten …" -> gemeente, not Smit); -1 otherwise.
func (x *extractor) insertedSubject(o int) int {
	d := x.doc
	a := o - 1
	if d.Tokens[a].POS != nl.NOUN && d.Tokens[a].POS != nl.PROPN || x.quoted(d.Tokens[a].Start) {
		return -1
	}
	for (d.Tokens[a].Rel == "flat" || d.Tokens[a].Rel == "fixed") && d.Tokens[a].Head >= 0 && d.Tokens[a].Head < a {
		a = d.Tokens[a].Head
	}
	return x.ungoverned(a)
}
