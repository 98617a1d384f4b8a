package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Unit kinds: what can fill an actor or recipient slot.
const (
	unitMention = iota
	unitGroup
	unitPron
	unitRecip // elkaar
)

// unit is a noun phrase head of a clause that can be an argument.
type unit struct {
	kind        int
	first, last int    // positions in clause.words
	prep        string // governing preposition, "" when bare
	mention     int    // index into sorted mentions (unitMention)
	role        string // generic role (unitGroup)
	text        string
	start, end  int // byte span
}

// arg is a resolved argument: entity keys with their surface text.
type arg struct {
	// span holds the clause positions of a subject given by text only.
	span [2]int
	// pron is set when the side was read through a pronoun (hij, ze).
	pron   bool
	keys   []string
	texts  []string
	per    bool
	female bool
	plural bool
}

// named counts the keys of a that name an entity or group (not text only).
func (a *arg) named() int {
	n := 0
	for _, k := range a.keys {
		if k != "" {
			n++
		}
	}
	return n
}

func (a *arg) empty() bool { return a == nil || len(a.keys) == 0 && len(a.texts) == 0 }

func (a *arg) add(b arg) {
	for i, k := range b.keys {
		dup := false
		for _, o := range a.keys {
			if o == k && k != "" {
				dup = true
			}
		}
		if !dup {
			a.keys = append(a.keys, k)
			a.texts = append(a.texts, b.texts[i])
		}
	}
	a.pron = a.pron || b.pron
	a.per = a.per || b.per
	a.female = a.female || b.female
	a.plural = a.plural || b.plural || len(a.keys) > 1
}

// units finds the argument heads of a clause and their prepositions.
func (x *extractor) units(s *sentenceCtx, c *clause) []unit {
	var us []unit
	ws := s.words
	for p := 0; p < len(c.words); p++ {
		w := ws[c.words[p]]
		var u unit
		multi := ""
		if keys := x.lx.multi[w.low]; len(keys) > 0 {
			if k, n := x.matchMulti(ws, c, p, keys); n > 0 {
				multi = k
			}
		}
		switch {
		case multi != "":
			// de Baltische landen: a group even when a tagger marked "Baltische"
			n := len(strings.Split(multi, "_"))
			u = unit{kind: unitGroup, first: p, last: p + n - 1, role: x.lx.groups[multi]}
			p += n - 1
		case w.mention >= 0 && !x.modifierMention(w) && !x.adjectiveMention(s, c, p) && !x.possessiveMention(s, c, p):
			q := p
			for q+1 < len(c.words) && ws[c.words[q+1]].mention == w.mention {
				q++
			}
			u = unit{kind: unitMention, first: p, last: q, mention: w.mention}
			p = q
		case x.lx.is("recip", w.low):
			if p > 0 && ws[c.words[p-1]].low == "in" {
				continue // in elkaar slaan
			}
			u = unit{kind: unitRecip, first: p, last: p}
		case x.lx.is("pron", w.low):
			u = unit{kind: unitPron, first: p, last: p}
		default:
			role, ok := x.lx.group(w.low)
			if !ok || w.Kind != nl.Word {
				continue
			}
			u = unit{kind: unitGroup, first: p, last: p, role: role}
		}
		if n := len(us); n > 0 && u.kind == unitMention && us[n-1].kind == unitGroup && us[n-1].last+1 == u.first && x.lx.is("title", lower(us[n-1].text)) {
			us = us[:n-1] // oppositieleider Tichanovskaja: the group word is a title
		}
		if n := len(us); n > 0 && u.kind == unitMention && us[n-1].kind == unitMention && us[n-1].last+1 == u.first {
			if t := ws[c.words[u.first]].Text; t != lower(t) {
				us = us[:n-1] // VVD'er Jan Jansen, partijleider Jansen (invented): the first name modifies the second
			} else {
				us[n-1].last = u.last // Jozias + van Aartsen: one name the tagger split
				us[n-1].end = ws[c.words[u.last]].End
				us[n-1].text = s.text[us[n-1].start:us[n-1].end]
				continue
			}
		}
		if n := len(us); n > 0 && u.kind == unitGroup && us[n-1].kind == unitGroup && (us[n-1].last+1 == u.first || us[n-1].role == "crowd" && x.gapSkippable(s, c, us[n-1].last+1, u.first-1)) {
			// duizenden demonstranten: one phrase, the head's role
			us[n-1].role, us[n-1].last = u.role, u.last
			us[n-1].end = ws[c.words[u.last]].End
			us[n-1].text = s.text[us[n-1].start:us[n-1].end]
			continue
		}
		u.start, u.end = ws[c.words[u.first]].Start, ws[c.words[u.last]].End
		u.text = s.text[u.start:u.end]
		u.prep = x.governor(s, c, u.first, us)
		if u.prep == "" && x.comparison(s, c, u.first) {
			u.prep = "als" // net als Duitsland, evenals X: a like actor, no recipient
		}
		us = append(us, u)
	}
	// "tientallen exclusieve horloges": a crowd word counts what follows;
	// it is a group only before people (merged above) or standing alone
	keep := us[:0]
	for _, u := range us {
		if u.kind == unitGroup && u.role == "crowd" && u.last+1 < len(c.words) {
			n := ws[c.words[u.last+1]]
			_, role := nl.Lex().RoleHead(n.low)
			if n.Kind == nl.Word && n.mention < 0 && !x.lx.is("prep", n.low) && !x.isVerb(n.low) && !x.lx.is("coord", n.low) &&
				!x.lx.is("person", n.low) && !role && n.Text == n.low {
				continue // (honderdduizenden mensen, duizenden Georgiërs: people)
			}
		}
		keep = append(keep, u)
	}
	return keep
}

func (x *extractor) matchMulti(ws []word, c *clause, p int, keys []string) (string, int) {
	for _, k := range keys {
		parts := strings.Split(k, "_")
		if p+len(parts) > len(c.words) {
			continue
		}
		ok := true
		for i, part := range parts {
			if ws[c.words[p+i]].low != part {
				ok = false
				break
			}
		}
		if ok {
			return k, len(parts)
		}
	}
	return "", 0
}

// governor scans left from clause position p over determiners, adjectives
// and titles to the preposition that governs the phrase, if any. A phrase
// coordinated with a previous one ("met Macron en Merkel") shares its
// preposition; after a comma only when that is not "van".
func (x *extractor) governor(s *sentenceCtx, c *clause, p int, prev []unit) string {
	ws := s.words
	for q := p - 1; q >= 0; q-- {
		w := ws[c.words[q]]
		if w.mention >= 0 {
			return ""
		}
		switch {
		case w.low == "en" || w.low == "of" || w.Text == "," || w.low == "als" && x.zowel(s, c, q):
			if len(prev) > 0 {
				last := prev[len(prev)-1]
				gap := true
				for r := last.last + 1; r < q; r++ {
					if !x.skippable(ws[c.words[r]]) {
						gap = false
					}
				}
				if gap && (w.Text != "," || last.prep != "van") {
					return last.prep
				}
			}
			return ""
		case x.timeAt(w.Start):
			return "" // bezoekt in april China: a time phrase ends the search
		case w.low == "met" && q+1 < len(c.words) && s.words[c.words[q+1]].low == "name":
			return "" // met name: an adverb, not a preposition
		case w.low == "onder" && q+1 < len(c.words) && (s.words[c.words[q+1]].low == "meer" || s.words[c.words[q+1]].low == "andere"):
			// "among others", no preposition: onder meer de VS hebben …
			// names the subject; in onder meer Amsterdam keeps its in
			if q > 0 && x.lx.is("prep", s.words[c.words[q-1]].low) {
				return s.words[c.words[q-1]].low
			}
			return ""
		case x.lx.is("prep", w.low) || w.low == "volgens" || w.low == "aldus":
			return w.low
		case w.Kind == nl.Punct:
			return ""
		case x.lx.is("det", w.low) && w.low != "die" && w.low != "dat" && q > 0:
			// a determiner opens the phrase: its governor stands right before
			// it ("in december vorig jaar de studente X": X is bare)
			if b := s.words[c.words[q-1]].low; x.lx.is("prep", b) || b == "volgens" {
				return b
			}
			if b := s.words[c.words[q-1]]; b.low != "en" && b.low != "of" && b.Text != "," && !x.lx.is("quant", b.low) && !x.lx.is("det", b.low) {
				return ""
			}
		case x.isVerb(w.low) && !x.nounAfterArticle(s, c, q) || x.lx.is("coord", w.low) || x.lx.is("sub", w.low) && !weakSubs[w.low]:
			return ""
		case x.lx.is("recip", w.low) || x.lx.is("pron", w.low) || x.lx.is("refl", w.low):
			return ""
		}
	}
	return ""
}

// nounAfterArticle reports whether the verb form at clause position q is a
// noun by its place: right after an article, or after an inflected
// adjective that follows one ("uit de Amerikaanse staat X", staat also a
// form of staan). A finite verb or participle never follows an article.
func (x *extractor) nounAfterArticle(s *sentenceCtx, c *clause, q int) bool {
	for r := q - 1; r >= 0 && r >= q-3; r-- {
		w := s.words[c.words[r]]
		switch {
		case w.low == "de" || w.low == "het" || w.low == "een":
			return true
		case w.POS != nl.ADJ || !strings.HasSuffix(w.low, "e"):
			return false
		}
	}
	return false
}

// skippable reports whether a word may stand inside a noun phrase before
// its head: determiners, adjectives, titles, numbers.
func (x *extractor) skippable(w word) bool {
	if w.Kind == nl.Number || w.Text == "," {
		return true
	}
	return w.Kind == nl.Word && !x.lx.is("prep", w.low) && !x.isVerb(w.low) && !x.lx.is("coord", w.low) && w.mention < 0
}

// isVerb reports whether w is a verb form the extractor knows.
func (x *extractor) isVerb(w string) bool {
	if x.lx.is("aux", w) {
		return true
	}
	for _, f := range x.lx.forms[w] {
		if f.Kind != formStem {
			return true
		}
	}
	return false
}

// chain returns the units coordinated with us[i] (itself first): bare
// units joined by en/of/commas, skipping "van" phrases in between
// ("de voorzitter van de Europese Raad, Charles Michel").
func (x *extractor) chain(s *sentenceCtx, c *clause, us []unit, i int) []int {
	out := []int{i}
	prep := us[i].prep
	prevEnd := us[i].last
	closed, pending := false, false
	for j := i + 1; j < len(us); j++ {
		u := us[j]
		if u.prep == "van" && prep != "van" {
			for r := prevEnd + 1; r < u.first; r++ {
				if w := s.words[c.words[r]].low; w == "en" || w == "of" {
					pending = true // "en de voorzitter van de Raad, Michel"
				}
			}
			prevEnd = u.last
			continue
		}
		if u.prep != prep {
			break
		}
		joined, ok, conj := false, true, pending
		pending = false
		for r := prevEnd + 1; r < u.first; r++ {
			w := s.words[c.words[r]]
			if w.low == "en" || w.low == "of" || w.Text == "," || w.low == "als" && r > 0 && s.words[c.words[r-1]].low == "zowel" {
				joined = true
				conj = conj || w.Text != ","
			} else if !x.skippable(w) || x.lx.is("prep", w.low) {
				ok = false
			}
		}
		if !ok || !joined {
			break
		}
		out = append(out, j)
		closed = conj
		prevEnd = u.last
	}
	if len(out) > 1 && !closed {
		// "Tusk, president van de Commissie, de leiders …": a list ends in
		// en/of; commas alone join an apposition and what follows it
		out = out[:1]
	}
	for k, idx := range out {
		out[k] = x.bodyOf(s, c, us, idx)
	}
	return out
}

// bodyOf returns the unit that acts for us[i]: for a group followed by a
// named body ("de leiders van de EU-landen", "de regering van Roemenië"),
// that body; else i.
func (x *extractor) bodyOf(s *sentenceCtx, c *clause, us []unit, i int) int {
	if us[i].kind == unitGroup && i+1 < len(us) && us[i+1].kind == unitMention && us[i+1].prep == "van" &&
		x.gapSkippable(s, c, us[i].last+1, us[i+1].first-1) && !x.nounBetween(s, c, us[i].last+1, us[i+1].first-1) {
		return i + 1
	}
	return i
}

// nounBetween reports whether a noun stands at clause positions from..to
// before the first "van" (as the tagger reads it): "de werknemers wezen
// een eindbod van Shell af" — the van-phrase is the noun's (the bid's),
// not the group's; "de kandidaten van de oppositiepartij CHP" keeps CHP.
func (x *extractor) nounBetween(s *sentenceCtx, c *clause, from, to int) bool {
	for q := from; q <= to; q++ {
		w := s.words[c.words[q]]
		if w.low == "van" {
			return false
		}
		if w.POS == nl.NOUN || w.POS == nl.PROPN {
			return true
		}
	}
	return false
}

// resolveUnit turns a unit into an argument: a mention's local entity, a
// generic group, or the entity a pronoun refers to.
func (x *extractor) resolveUnit(s *sentenceCtx, c *clause, u unit) arg {
	switch u.kind {
	case unitMention:
		m := x.mentions[u.mention]
		key := m.Local
		if key == "" {
			key = m.Entity
		}
		a := arg{keys: []string{key}, texts: []string{u.text}}
		if le := x.locals[key]; le != nil {
			a.per = le.Type == kroniek.PER
			a.female = a.per && x.female(le.Name)
		} else {
			a.per = m.Type == kroniek.PER
			a.female = a.per && x.female(m.Text)
		}
		return a
	case unitGroup:
		return arg{keys: []string{"generic:" + u.role}, texts: []string{u.text}, plural: true}
	case unitPron:
		a := x.antecedent(s, c, u)
		a.pron = !a.empty()
		return a
	}
	return arg{}
}

// female guesses a person's gender from a first name or a Slavic surname.
func (x *extractor) female(name string) bool {
	f := strings.Fields(lower(name))
	if len(f) == 0 {
		return false
	}
	if x.lx.is("female", f[0]) || givenFemale(f[0]) {
		return true
	}
	if len(f) > 1 && len(f[0]) >= 4 && strings.HasSuffix(f[0], "a") && !maleInA[f[0]] {
		return true // most European first names in -a are women's (Maria, Paula)
	}
	last := f[len(f)-1]
	for _, suf := range []string{"aja", "ova", "eva", "ina", "ska", "skaja"} {
		if strings.HasSuffix(last, suf) {
			return true
		}
	}
	return false
}

// givenFemale reports whether the one Dutch lexicon knows w as a woman's
// given name and not also a man's ("Ingeborg", "Anne-Marie"; the last part
// of a double name counts, as quote/ reads it), so "ze" and "zij" can
// refer to her.
func givenFemale(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i >= 0 && i+1 < len(w) && !nl.Lex().Is(nl.Class("name_female"), w) && !nl.Lex().Is(nl.Class("name_male"), w) {
		w = w[i+1:]
	}
	return nl.Lex().Is(nl.Class("name_female"), w) && !nl.Lex().Is(nl.Class("name_male"), w)
}

// antecedent resolves hij/zij/ze: the subject of the sentence's main clause
// for a pronoun in a dependent clause, else the latest fitting subject of
// the preceding sentences, else the latest fitting person mentioned.
func (x *extractor) antecedent(s *sentenceCtx, c *clause, u unit) arg {
	w := s.words[c.words[u.first]].low
	// a plural finite verb (stappen, hadden) wants a plural antecedent
	plural, singular := false, false
	if fv := x.finitePos(s, c); fv >= 0 && fv != u.first {
		v := s.words[c.words[fv]].low
		plural = strings.HasSuffix(v, "en") && len(v) > 3
		singular = !plural
	}
	// an object pronoun is never its own clause's subject ("waarin hij
	// hem oproept", "Rutte belt hem": hem is someone else)
	self := map[string]bool{}
	if objectPron[w] {
		for _, k := range x.clauseSubject(s, c, u).keys {
			self[k] = k != ""
		}
	}
	fits := func(a arg) bool {
		if a.empty() || slices.ContainsFunc(a.keys, func(k string) bool { return self[k] }) {
			return false
		}
		switch w {
		case "hij", "hem":
			return a.per && !a.female && !a.plural
		case "haar":
			// an object pronoun does not agree with the verb
			return a.female && !a.plural
		case "hen":
			return a.plural
		}
		if plural {
			return a.plural
		}
		if singular {
			return a.female // ze roept op: a woman, not a group
		}
		return a.female || a.plural || w == "ze" && !a.per
	}
	if c.kind != clauseMain && fits(s.mainSubject) {
		return s.mainSubject
	}
	if a := x.frontedSubject(s, c, u); fits(a) {
		// "Toen minister-president X zei dat …, werd hij door Y op het
		// matje geroepen": the person the fronted clause is about
		return a
	}
	if u := x.prevUnnamedSubject(); u != 0 {
		// the sentence before has an unnamed subject (een vluchteling):
		// the pronoun is that one, not an older name
		switch w {
		case "hij", "hem":
			if u == 1 {
				return arg{}
			}
		case "hen":
			if u == 2 {
				return arg{}
			}
		default:
			if u == 1 && !plural || u == 2 && !singular {
				return arg{}
			}
		}
	}
	if x.bodyReferent(s, c, u, w, singular) {
		// "Acme laat weten dat ze X heeft geschorst": singular ze in the
		// dat-clause of a body's statement is that body, not a woman
		// named before
		return s.mainSubject
	}
	for i := len(x.subjects) - 1; i >= 0 && i >= len(x.subjects)-3; i-- {
		if fits(x.subjects[i]) {
			return x.subjects[i]
		}
	}
	start := s.words[c.words[u.first]].Start
	for i := len(x.mentions) - 1; i >= 0; i-- {
		m := x.mentions[i]
		if m.End > start {
			continue
		}
		if start-m.End > 1500 {
			break
		}
		key := m.Local
		le := x.locals[key]
		if le == nil || le.Type != kroniek.PER || x.afterPlacePrep(m.Start) {
			continue // (bij de kliniek in Den Dolder: a place the tagger typed PER)
		}
		a := arg{keys: []string{key}, texts: []string{m.Text}, per: true, female: x.female(le.Name)}
		if fits(a) {
			return a
		}
	}
	return arg{}
}

// bodyReferent reports whether pronoun w (ze or zij with a singular
// verb) in dependent clause c stands for the main clause's subject as a
// body: an organisation, place or group named by one key, no person
// ("De gemeente meldt dat ze …"). Dutch refers to a body with ze as to a
// woman. The parse must make the pronoun the subject of a verb it tags
// singular (not "met welke bedrijven ze in zee gaan").
func (x *extractor) bodyReferent(s *sentenceCtx, c *clause, u unit, w string, singular bool) bool {
	a := s.mainSubject
	if c.kind == clauseMain || !singular || w != "ze" && w != "zij" || a.per || a.plural || len(a.keys) != 1 || a.keys[0] == "" {
		return false
	}
	if x.doc == nil || s.index < 0 || !x.doc.Parsed(s.index) {
		return false
	}
	tk := x.doc.Tokens[s.sent.First+c.words[u.first]]
	if !strings.HasPrefix(tk.Rel, "nsubj") || tk.Head < 0 {
		return false
	}
	fin := tk.Head // the finite verb: the head or its finite auxiliary
	for _, a := range append(x.doc.Dependents(tk.Head, "aux"), x.doc.Dependents(tk.Head, "aux:pass")...) {
		if x.doc.Tokens[a].Feats.Has(nl.FeatFin) {
			fin = a
		}
	}
	if f := x.doc.Tokens[fin].Feats; !f.Has(nl.FeatFin|nl.FeatSing) || f.Has(nl.FeatPlur) {
		return false
	}
	if le := x.locals[a.keys[0]]; le != nil && le.Type == kroniek.PER {
		return false
	}
	return true
}

// frontedSubject returns the person named as the subject of an adverbial
// clause that the parse puts before subject pronoun u's own verb in the
// same sentence ("Toen X zei dat …, werd hij …", "Als X wint, wordt hij
// …"), or no side.
func (x *extractor) frontedSubject(s *sentenceCtx, c *clause, u unit) arg {
	if x.doc == nil || s.index < 0 || u.first >= len(c.words) {
		return arg{}
	}
	// only a sentence that opens with a subordinator and has a finite
	// verb after a comma right before the pronoun is asked for its parse
	// (the parser runs lazily, and a pronoun alone must not wake it)
	q := c.words[u.first]
	if q < 2 || s.words[0].POS != nl.SCONJ || !s.words[q-1].Feats.Has(nl.FeatFin) || !slices.ContainsFunc(s.words[:q-1], func(w word) bool { return w.Text == "," }) {
		return arg{}
	}
	if !x.doc.Parsed(s.index) {
		return arg{}
	}
	d := x.doc
	first := s.sent.First
	p := first + q
	if r := d.Tokens[p].Rel; r != "nsubj" && r != "nsubj:pass" {
		return arg{}
	}
	v := d.Tokens[p].Head
	if v >= 0 && (d.Tokens[v].Rel == "aux" || d.Tokens[v].Rel == "aux:pass" || d.Tokens[v].Rel == "cop") {
		v = d.Tokens[v].Head
	}
	if v < 0 {
		return arg{}
	}
	for _, a := range d.Dependents(v, "advcl") {
		if a > p || len(d.Dependents(a, "mark")) == 0 {
			continue
		}
		for _, n := range d.Dependents(a, "nsubj") {
			for _, h := range append([]int{n}, slices.Concat(d.Dependents(n, "appos"), d.Dependents(n, "flat"))...) {
				if h-first < 0 || h-first >= len(s.words) || s.words[h-first].mention < 0 {
					continue
				}
				m := x.mentions[s.words[h-first].mention]
				if le := x.locals[m.Local]; le != nil && le.Type == kroniek.PER {
					return arg{keys: []string{m.Local}, texts: []string{m.Text}, per: true, female: x.female(le.Name)}
				}
			}
		}
	}
	return arg{}
}

// clauseSubject is the referent of the parse's subject of clause c when
// it is a name or a subject pronoun other than the word at unit u: the
// one an object pronoun of the clause cannot refer to.
func (x *extractor) clauseSubject(s *sentenceCtx, c *clause, u unit) arg {
	if c.head < 0 || x.doc == nil || !x.doc.Parsed(s.index) {
		return arg{}
	}
	first := s.sent.First
	sub := x.doc.Subject(first + c.head)
	if sub < first || sub >= first+len(s.words) {
		return arg{}
	}
	p := x.clausePos(c, sub-first)
	if p < 0 || p == u.first {
		return arg{}
	}
	w := s.words[sub-first]
	switch {
	case w.mention >= 0:
		m := x.mentions[w.mention]
		return arg{keys: []string{m.Local}, texts: []string{m.Text}}
	case x.lx.is("pron", w.low):
		return x.antecedent(s, c, unit{kind: unitPron, first: p, last: p})
	}
	return arg{}
}

// afterPlacePrep reports whether the word before byte offset at is a
// preposition of place (in, bij, uit, naar, te, rond): a name there is no
// likely antecedent of a subject pronoun, and often a place the tagger
// typed as a person.
func (x *extractor) afterPlacePrep(at int) bool {
	f := strings.Fields(x.doc.Text[max(0, at-8):at])
	if len(f) == 0 {
		return false
	}
	switch lower(f[len(f)-1]) {
	case "in", "bij", "uit", "naar", "te", "rond", "nabij":
		return true
	}
	return false
}

// zowel reports whether "zowel" precedes clause position q ("zowel X als Y").
func (x *extractor) zowel(s *sentenceCtx, c *clause, q int) bool {
	for r := q - 1; r >= 0 && r >= q-6; r-- {
		if s.words[c.words[r]].low == "zowel" {
			return true
		}
	}
	return false
}

// objectText finds a direct object that names no entity ("die annexatie",
// "diens afspraken"): a determiner phrase without a preposition that is not
// the subject, or with bare set one without a determiner (bareObject). It
// returns the phrase's text, or "".
func (x *extractor) objectText(s *sentenceCtx, c *clause, us []unit, used map[int]bool, fv int, subj arg, bare bool) string {
	start := 0
	if c.opener != "" {
		start = 1
	}
	if c.kind == clauseMain && fv >= 0 {
		start = fv + 1
	}
	if len(subj.keys) > 0 && subj.keys[0] == "" && subj.span[1]+1 > start {
		start = subj.span[1] + 1 // after a subject given by text
	}
	for i := range used {
		if used[i] && us[i].last+1 > start {
			start = us[i].last + 1
		}
	}
	for p := start; p < len(c.words); p++ {
		w := s.words[c.words[p]]
		if !x.lx.is("det", w.low) || w.mention >= 0 {
			continue
		}
		if x.governor(s, c, p, nil) != "" || p > 0 && s.words[c.words[p-1]].low == "te" || x.timeAt(w.Start) {
			continue
		}
		q := p
		for q+1 < len(c.words) {
			n := s.words[c.words[q+1]]
			if n.mention >= 0 || !(x.skippable(n) || q == p && n.Kind == nl.Word && !x.lx.is("prep", n.low)) || x.lx.is("neg", n.low) || n.low == "te" || n.Text == "," || x.lx.is("det", n.low) && q > p {
				break
			}
			q++
		}
		if q == p || x.lx.is("timenoun", s.words[c.words[q]].low) {
			continue
		}
		return s.text[w.Start:s.words[c.words[q]].End]
	}
	if !bare {
		return ""
	}
	return x.bareObject(s, c, start)
}

// calendarWord reports whether w is a weekday or a month name: a time,
// no object, also where the times layer did not mark it.
func calendarWord(w string) bool {
	return len(nl.Lex().Lookup(nl.ClassWeekday, w)) > 0 || len(nl.Lex().Lookup(nl.ClassMonth, w)) > 0
}

// measured reports whether clause positions p..q hold a unit an amount
// counts in (euro, procent, kilo, miljoen).
func (x *extractor) measured(s *sentenceCtx, c *clause, p, q int) bool {
	for r := p; r <= q; r++ {
		if x.lx.is("measure", s.words[c.words[r]].low) {
			return true
		}
	}
	return false
}

// bareObject finds a direct object without a determiner from clause
// position start on: a bare plural or mass noun, or a number before a
// noun ("bepleit nu actie tegen …", "schoot drie mensen dood", "heeft
// hertelling gevraagd"). A verb that needs an object (the obj flag) is
// otherwise no event with such an object, although Dutch leaves the
// article off plurals and mass nouns as often as not. The phrase must
// stand outside any prepositional phrase, name no entity and be no time.
func (x *extractor) bareObject(s *sentenceCtx, c *clause, start int) string {
	for p := start; p < len(c.words); p++ {
		w := s.words[c.words[p]]
		if w.POS != nl.NOUN && w.POS != nl.NUM || w.mention >= 0 {
			continue
		}
		if x.governor(s, c, p, nil) != "" || p > 0 && s.words[c.words[p-1]].low == "te" || x.timeAt(w.Start) || x.lx.is("timenoun", w.low) || calendarWord(w.low) {
			continue
		}
		q := p
		for q+1 < len(c.words) {
			n := s.words[c.words[q+1]]
			if n.mention >= 0 || n.POS != nl.NOUN && n.POS != nl.ADJ && n.POS != nl.NUM || x.lx.is("timenoun", n.low) {
				break
			}
			q++
		}
		if s.words[c.words[q]].POS != nl.NOUN || x.measured(s, c, p, q) {
			continue // an amount, no object acted on: "vroeg er 250 euro voor"
		}
		return s.text[w.Start:s.words[c.words[q]].End]
	}
	return ""
}

// timeAt reports whether a time expression covers byte offset off.
func (x *extractor) timeAt(off int) bool {
	if x.timeIdx == nil {
		x.timeIdx = newSpanIndex(x.times)
	}
	return x.timeIdx.covers(off)
}

// spanIndex answers whether any of a set of spans covers an offset in
// logarithmic time (a long text has thousands of time expressions and asks
// for every word).
type spanIndex struct {
	starts []int
	maxEnd []int // maxEnd[i]: the largest end among the first i+1 spans by start
}

func newSpanIndex(times []kroniek.TimeRef) *spanIndex {
	spans := make([][2]int, len(times))
	for i, t := range times {
		spans[i] = [2]int{t.Start, t.End}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	ix := &spanIndex{starts: make([]int, len(spans)), maxEnd: make([]int, len(spans))}
	for i, sp := range spans {
		ix.starts[i] = sp[0]
		ix.maxEnd[i] = sp[1]
		if i > 0 && ix.maxEnd[i-1] > sp[1] {
			ix.maxEnd[i] = ix.maxEnd[i-1]
		}
	}
	return ix
}

// covers reports whether a span starts at or before off and ends after it.
func (ix *spanIndex) covers(off int) bool {
	n := sort.SearchInts(ix.starts, off+1) // spans starting at or before off
	return n > 0 && ix.maxEnd[n-1] > off
}

// modifierMention reports whether a mention is only the first part of a
// hyphenated compound whose head is no group (Ceausescu-getrouwe,
// CDA-leider): the word is an adjective or a role, not that entity. A
// group head keeps it (EU-landen: the EU).
func (x *extractor) modifierMention(w word) bool {
	m := x.mentions[w.mention]
	if m.End >= w.End || m.End <= w.Start || !strings.ContainsAny(w.Text[m.End-w.Start:], "-‐") {
		return false
	}
	head := lower(w.Text[strings.LastIndexAny(w.Text, "-‐")+1:])
	if _, grp := x.lx.group(head); grp || x.lx.is("person", head) {
		return false
	}
	e, role := nl.Lex().RoleHead(head)
	return !(role && e.Tag == "group")
}

// adjectiveMention reports whether a one-word mention is an adjective
// before a noun ("de Conservatieve premier", "Saoedische minister"): a
// form with an adjective ending followed by a lowercase word.
func (x *extractor) adjectiveMention(s *sentenceCtx, c *clause, p int) bool {
	w := s.words[c.words[p]]
	m := x.mentions[w.mention]
	if m.Start != w.Start || m.End != w.End || p+1 >= len(c.words) {
		return false
	}
	n := s.words[c.words[p+1]]
	if n.mention >= 0 || n.Kind != nl.Word || n.Text != lower(n.Text) {
		return false
	}
	l := lower(w.Text)
	for _, suf := range []string{"se", "sche", "ieve", "ale", "iaanse", "aanse", "ische"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// possessiveMention reports whether a mention is a possessor before its
// noun ("Camerons opvolger May", "Mays verwijt"): the noun, not the name,
// is the side.
func (x *extractor) possessiveMention(s *sentenceCtx, c *clause, p int) bool {
	w := s.words[c.words[p]]
	m := x.mentions[w.mention]
	q := p
	for q+1 < len(c.words) && s.words[c.words[q+1]].mention == w.mention {
		q++
	}
	if q+1 >= len(c.words) {
		return false
	}
	n := s.words[c.words[q+1]]
	if n.mention >= 0 || n.Kind != nl.Word || n.Text != lower(n.Text) || x.isVerb(n.low) && !x.afterDet(s, c, q+1) || x.lx.is("prep", n.low) || x.lx.is("coord", n.low) {
		return false
	}
	t := m.Text
	if strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") {
		return true
	}
	if last := s.words[c.words[q]]; m.End > last.Start && m.End < last.End {
		switch last.Text[m.End-last.Start:] {
		case "s", "'s", "’s":
			return true // Camerons: the tagger's mention ends before the s
		}
	}
	le := x.locals[m.Local]
	return strings.HasSuffix(t, "s") && le != nil && !strings.HasSuffix(le.Name, "s") && !strings.HasSuffix(le.Name, t)
}

// weakSubs lists subordinators that are also adverbs or prepositions: they
// end no phrase.
var weakSubs = map[string]bool{"als": true, "nu": true, "toen": true, "zoals": true}

// maleInA lists men's first names in -a, against female's -a rule.
var maleInA = map[string]bool{"luca": true, "andrea": true, "joshua": true, "jozua": true, "nikola": true, "nicola": true,
	"sasha": true, "misha": true, "kosta": true, "ilja": true, "jonah": true, "juda": true, "akira": true, "dmitra": true,
	"mustafa": true, "hamza": true, "attila": true, "costa": true, "garcia": true, "joshua's": true, "elia": true, "noa": true}

// comparison reports whether the phrase at clause position p follows "net
// als", "evenals" or "zoals": a comparison, never a side acted on.
func (x *extractor) comparison(s *sentenceCtx, c *clause, p int) bool {
	if p < 1 {
		return false
	}
	prev := s.words[c.words[p-1]].low
	if prev == "evenals" || prev == "zoals" {
		return true
	}
	return prev == "als" && p >= 2 && s.words[c.words[p-2]].low == "net"
}
