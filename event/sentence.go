package event

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek/nl"
)

// Clause kinds.
const (
	clauseMain  = iota // main clause: subject before or after the finite verb
	clauseSub          // subordinate clause: verb-final, subject after the opener
	clauseRel          // relative clause: the antecedent may be the subject
	clauseOm           // om … te: the subject is the main clause's
	clauseCoord        // en/of/maar + clause: the subject may be elided
)

// word is one token of a sentence as the extractor sees it.
type word struct {
	nl.Token
	low     string // lowercased text
	mention int    // index into the sorted mentions, or -1
}

// clause is the words of a sentence one verb heads in the parse (its
// dependents, minus the clauses embedded in it), in text order.
type clause struct {
	kind   int
	opener string // the subordinator, relative pronoun or conjunction
	words  []int  // indexes into the sentence's words
	// head is the sentence position of the verb heading the clause, or -1
	// (an unparsed sentence).
	head int
	// inverted is set when the clause starts with its finite verb after a
	// fronted clause ("…, weigerde Loekasjenko …").
	inverted bool
	// inherited is set when the subject comes from a previous clause.
	inherited bool
	// beforeDat is set when a dat-clause follows (toegeven dat …).
	beforeDat bool
	// nextOpener is the opener of the clause that follows, if any.
	nextOpener string
	// shared is the recipient of the event of the clause before, for a
	// coordinated verb without a subject or object of its own
	// ("verkrachtte en doodde haar"): they share it.
	shared arg
	// sharedActor is the actor of that event when it was a passive and
	// this clause a bare participle joined to it (sharedPassive).
	sharedActor   arg
	sharedPassive bool
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// finite reports whether w is a finite verb the lexicon knows.
func (x *extractor) finite(w string) bool {
	if x.lx.is("aux", w) {
		return true
	}
	for _, f := range x.lx.forms[w] {
		if f.Kind&formFinite != 0 && f.Kind&formInf == 0 {
			return true
		}
	}
	return false
}

// clauses cuts a sentence into the clauses of its parse: every word goes
// to the verb heading its clause (nl's Doc.Clause); a te-infinitive
// without om stays with the verb that governs it (riep op … te sturen is
// one request). A sentence without a parse is one main clause per stretch
// between semicolons, colons and quote marks (the small fallback).
func (x *extractor) clauses(s *sentenceCtx) []clause {
	d := x.doc
	first := s.sent.First
	if d == nil || !x.mayHaveTrigger(s) || !d.Parsed(s.index) {
		// a sentence without any event word is not parsed (the parser runs
		// lazily, per sentence): its word-order main clause still gives
		// the subject later pronouns refer to
		return fallbackClauses(s.words)
	}
	x.parsedView(s)
	in := func(i int) bool { return i >= first && i < first+len(s.words) }
	// headOf maps a clause head to the clause it is merged into
	headOf := func(h int) int {
		for n := 0; h >= 0 && in(h) && n < len(s.words); n++ {
			t := d.Tokens[h]
			if !strings.HasPrefix(t.Rel, "xcomp") || x.markOf(h) == "om" || t.Head < 0 || !in(t.Head) {
				return h
			}
			h = d.Clause(t.Head)
		}
		return h
	}
	byHead := map[int]int{}
	var out []clause
	root := -1
	for p := range s.words {
		if h := d.Clause(first + p); h >= 0 && d.Tokens[h].Head < 0 {
			root = h
			break
		}
	}
	depth := 0
	skip := x.dateline(s)
	s.skip = skip
	for p, w := range s.words {
		if p < skip {
			continue
		}
		switch w.Text {
		case "(", "[":
			depth++
			continue
		case ")", "]":
			depth = max(depth-1, 0)
			continue
		}
		if depth > 0 {
			continue // a parenthesis is no side: wethouder X (Financiën)
		}
		h := d.Clause(first + p)
		if x.strayParticle(first + p) {
			// the particle goes with the nearest verb before it
			for q := first + p - 1; q >= first; q-- {
				if d.Tokens[q].POS == nl.VERB || d.Tokens[q].POS == nl.AUX {
					h = d.Clause(q)
					break
				}
			}
		}
		if h < 0 || !in(h) {
			h = root
		}
		h = headOf(h)
		ci, ok := byHead[h]
		if !ok {
			ci = len(out)
			byHead[h] = ci
			out = append(out, x.newClause(s, h))
		}
		out[ci].words = append(out[ci].words, p)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].words[0] < out[j].words[0] })
	out = x.joinVerbless(s, out)
	out = x.splitSubordinate(s, out)
	for i := range out {
		slices.Sort(out[i].words) // (a merged clause's words in text order: spans run from first to last)
	}
	for i := range out {
		c := &out[i]
		if c.kind != clauseMain || len(c.words) == 0 || c.words[0] == 0 {
			continue
		}
		// "…, weigerde Loekasjenko": a main clause opening with its finite verb
		for _, p := range c.words {
			if w := s.words[p]; w.Kind == nl.Word {
				c.inverted = (w.POS == nl.VERB || w.POS == nl.AUX) && w.Feats.Has(nl.FeatFin)
				break
			}
		}
	}
	return out
}

// newClause is the empty clause headed by doc token h: its kind and opener
// from h's relation and its mark, cc or relative pronoun.
func (x *extractor) newClause(s *sentenceCtx, h int) clause {
	c := clause{kind: clauseMain, head: -1}
	if h < 0 {
		return c
	}
	d := x.doc
	c.head = h - s.sent.First
	rel := d.Tokens[h].Rel
	if i := strings.IndexByte(rel, ':'); i >= 0 && rel != "acl:relcl" {
		rel = rel[:i]
	}
	switch rel {
	case "acl:relcl":
		c.kind = clauseRel
		lo, _ := d.Span(h)
		if w := lower(d.Tokens[lo].Text); w == "die" || w == "dat" || w == "wie" || w == "wat" || w == "welke" {
			c.opener = w
		}
	case "advcl", "ccomp", "csubj", "xcomp", "acl":
		switch m := x.markOf(h); m {
		case "om":
			c.kind, c.opener = clauseOm, m
			if !x.teMarked(h) && d.Tokens[h].Feats.Has(nl.FeatPart) {
				// "de Slag om de Zuiderzee werd … afgewezen": an om the
				// parse made the mark of a participle is a preposition;
				// om … te opens an infinitive, never a participle
				c.kind, c.opener = clauseSub, ""
			}
		case "":
			if rel == "advcl" {
				c.kind = clauseSub
			}
		default:
			c.kind, c.opener = clauseSub, m
		}
	case "conj":
		c.kind = clauseCoord
		if cc := d.Dependents(h, "cc"); len(cc) > 0 {
			c.opener = lower(d.Tokens[cc[0]].Text)
		}
	}
	return c
}

// teMarked reports whether clause head h has te among its marks.
func (x *extractor) teMarked(h int) bool {
	return slices.ContainsFunc(x.doc.Dependents(h, "mark"), func(m int) bool { return lower(x.doc.Tokens[m].Text) == "te" })
}

// markOf is the lowercased subordinator (mark) of clause head h, or "".
func (x *extractor) markOf(h int) string {
	for _, m := range x.doc.Dependents(h, "mark") {
		if m < h && !x.strayParticle(m) {
			return lower(x.doc.Tokens[m].Text)
		}
	}
	return ""
}

// strayParticle reports whether token i is a verb particle the parse
// made a mark of the om-clause right after it ("stellen nu voor om …
// op te richten", "riep hen op om …"): the particle is its verb's, not
// the clause's subordinator.
func (x *extractor) strayParticle(i int) bool {
	d := x.doc
	t := d.Tokens[i]
	if t.Rel != "mark" || t.POS != nl.ADP || i+1 >= len(d.Tokens) {
		return false
	}
	n := d.Tokens[i+1]
	return lower(n.Text) == "om" && n.Rel == "mark" && n.Head == t.Head && lower(t.Text) != "om" && lower(t.Text) != "te"
}

// fallbackClauses is the reading of a sentence without a parse: one main
// clause per stretch between semicolons, colons, dashes and quote marks.
func fallbackClauses(ws []word) []clause {
	var out []clause
	cur := clause{kind: clauseMain, head: -1}
	for i, w := range ws {
		if w.Kind == nl.Punct && clauseBreak(w.Text) {
			if len(cur.words) > 0 {
				out = append(out, cur)
			}
			cur = clause{kind: clauseMain, head: -1}
			continue
		}
		cur.words = append(cur.words, i)
	}
	if len(cur.words) > 0 {
		out = append(out, cur)
	}
	return out
}

// clauseBreak reports whether a punctuation token ends a clause.
func clauseBreak(t string) bool {
	switch t {
	case ";", ":", "–", "—", "―", "…":
		return true
	}
	r, _ := utf8.DecodeRuneInString(t)
	return nl.IsQuoteMark(r) || strings.ContainsRune("\"“”„‘’‚«»", r)
}

// joinVerbless merges a clause whose head is no verb (a misparsed
// prefield such as "Begin 2018", a verbless conjunct) into the clause
// that follows it, or the one before it when it comes last, so that its
// words stay with a verb.
func (x *extractor) joinVerbless(s *sentenceCtx, cs []clause) []clause {
	verbal := func(c *clause) bool {
		if c.head < 0 {
			return false
		}
		w := s.words[c.head]
		if !(w.POS == nl.VERB || w.POS == nl.AUX) || w.Feats&(nl.FeatFin|nl.FeatInf|nl.FeatPart) == 0 {
			return false
		}
		// a conjunct clause has its en/of/maar or a comma: "stuurt …
		// troepen" read as two verbs is one clause
		h := s.sent.First + c.head
		if x.auxedFinite(h) {
			return false // "heeft daar afspraken over gemaakt": a noun the tagger read as a verb
		}
		switch strings.SplitN(w.Rel, ":", 2)[0] {
		case "obj", "iobj", "nsubj", "obl", "nmod", "appos", "flat", "compound":
			return false // "stuurt troepen": a noun the tagger read as a verb
		case "amod":
			// "de zelf teruggekeerde X kreeg …": a participle as adjective
			// heads no clause (one on a time noun, "volgende week", keeps
			// its own, as the time of no clause's event)
			if g := x.doc.Tokens[h].Head; g < 0 || !x.lx.is("timenoun", lower(x.doc.Tokens[g].Text)) {
				return false
			}
		}
		return w.Rel != "conj" || len(x.doc.Dependents(h, "cc")) > 0 || len(x.doc.Dependents(h, "punct")) > 0
	}
	n := 0
	for _, c := range cs {
		if verbal(&c) {
			n++
		}
	}
	if n == 0 || n == len(cs) {
		return cs
	}
	out := make([]clause, 0, n)
	var pending []int
	for i := range cs {
		c := cs[i]
		if !verbal(&c) {
			pending = append(pending, c.words...)
			continue
		}
		if len(pending) > 0 {
			c.words = mergeSorted(pending, c.words)
			pending = nil
		}
		out = append(out, c)
	}
	if len(pending) > 0 {
		last := &out[len(out)-1]
		last.words = mergeSorted(last.words, pending)
	}
	return out
}

// mergeSorted merges two ascending position lists.
func mergeSorted(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || i < len(a) && a[i] < b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// dateline returns the number of words of a dateline that opens a
// sentence ("Rotterdam De politie heeft …": a place name run into the
// first sentence), or 0. Its name is no side of the sentence's events.
func (x *extractor) dateline(s *sentenceCtx) int {
	ws := s.words
	if n := x.runInHeading(s); n > 0 {
		return n
	}
	if len(ws) < 3 || ws[0].mention < 0 {
		return 0
	}
	m := ws[0].mention
	n := 1
	for n < len(ws) && ws[n].mention == m {
		n++
	}
	if n >= len(ws) {
		return 0
	}
	if ws[n].Text == "," {
		// a letter's signature and heading run into its first sentence:
		// "X, Edam Fijnstof Van Gelder In Het Parool … pleit Y": names and
		// capitalised words only, then a capitalised opener
		for k := n + 1; k < len(ws)-2 && k < n+10; k++ {
			w := ws[k]
			if datelineOpener[w.Text] && k > n+1 {
				return k
			}
			if w.Kind != nl.Word || !capitalised(w.Text) || w.mention < 0 && (x.lx.is("prep", w.low) || x.lx.is("det", w.low)) {
				break
			}
		}
	}
	if datelineOpener[ws[n].Text] {
		return n
	}
	switch ws[n].Text {
	case "-", "–", "—":
		// "AKP - De Turkse president …": a dateline or a heading and a
		// dash before a capitalised opener
		if n+2 < len(ws) && ws[n+1].Kind == nl.Word && capitalised(ws[n+1].Text) {
			return n + 1
		}
	}
	return 0
}

// runInHeading returns the number of words of a heading the cleaner ran
// into the next sentence ("Verdachten vast na diefstal lokhorloges De
// politie heeft …": a lower-case word, then a capitalised article or
// preposition that opens the sentence proper, or a capitalised role noun
// before a name), or 0. Its words are no side.
func (x *extractor) runInHeading(s *sentenceCtx) int {
	ws := s.words
	for n := 2; n < len(ws)-2 && n < 12; n++ {
		if ws[n-1].Kind != nl.Word && ws[n-1].Kind != nl.Number {
			return 0 // punctuation: a sentence, not a heading
		}
		prev := ws[n-1].Text
		if prev != lower(prev) || ws[n-1].mention >= 0 || x.lx.is("prep", ws[n-1].low) || x.lx.is("det", ws[n-1].low) {
			continue // in De Telegraaf, aan De Nederlandse …: a name or a phrase goes on
		}
		if _, role := nl.Lex().RoleHead(ws[n].low); role && capitalised(ws[n].Text) && ws[n+1].mention >= 0 {
			return n // "Eindtoets met 14 jaar Wethouder X kan …": a role noun capitalised mid-sentence opens it
		}
		if ws[n].mention >= 0 {
			continue
		}
		switch ws[n].Text {
		case "De", "Het", "Een", "In", "Op", "Bij", "Tijdens", "Volgens":
			return n
		}
	}
	return 0
}

// mayHaveTrigger reports whether a sentence holds an event word at all:
// a trigger the lexicon finds in it read as one clause (a verb form with
// its particle, an expression, an event noun). The sentence is read as a
// subordinate clause, so that a separable verb written joined at the end
// of a subclause ("die … zakendoet", "hoe ze bij X langsging") counts: a
// main clause would split it.
func (x *extractor) mayHaveTrigger(s *sentenceCtx) bool {
	all := clause{kind: clauseSub, head: -1, words: make([]int, len(s.words))}
	for i := range s.words {
		all.words[i] = i
	}
	for _, w := range s.words {
		if x.lx.is("demandmodal", w.low) {
			return true // a demand (demand.go) needs the parse
		}
	}
	// has reports whether the sentence holds word w (asked only of the
	// few triggers that need a reflexive or a preposition: no set built)
	has := func(w string) bool {
		return slices.ContainsFunc(s.words, func(sw word) bool { return sw.low == w })
	}
	for _, t := range x.triggers(s, &all) {
		if t.Type == noEvent {
			continue
		}
		if t.Refl && !has("zich") && !has("zichzelf") && !has("me") && !has("ons") && !has("je") {
			continue // zich vinden in: no reflexive, no event (and no parse)
		}
		if t.NeedPrep && !has("dat") && !slices.ContainsFunc(t.Preps, has) && !(slices.Contains(t.Preps, "met") && (has("en") || has("elkaar"))) {
			continue // (X en Y bespraken …: jointParties)
		}
		return true
	}
	return false
}

// splitSubordinate cuts off a subclause the parse left inside the clause
// before it: a subordinator (omdat, hoewel, …) right after a comma that
// the parse hung as anything but a subordinator ("…, omdat dat een aanval
// van X zou zijn" parsed with omdat fixed to the comma) still opens a
// clause of its own, so no side of the clause before reaches into it.
// The new clause holds the clause's words from the subordinator on; its
// head is its first verb, or -1.
func (x *extractor) splitSubordinate(s *sentenceCtx, cs []clause) []clause {
	out := cs[:0:0]
	for _, c := range cs {
		cut := -1
		for i, p := range c.words {
			if i > 1 && p > 0 && s.words[p-1].Text == "," && c.words[i-1] == p-1 && x.lx.is("sub", s.words[p].low) && x.token(s, p).Rel != "mark" {
				cut = i
				break
			}
		}
		if cut < 0 {
			out = append(out, c)
			continue
		}
		sub := clause{kind: clauseSub, opener: s.words[c.words[cut]].low, head: -1, words: slices.Clone(c.words[cut:])}
		for _, p := range sub.words {
			if w := s.words[p]; w.POS == nl.VERB || w.POS == nl.AUX {
				sub.head = p
				break
			}
		}
		if c.head >= 0 && slices.Contains(sub.words, c.head) {
			out = append(out, c) // the clause's own verb stands after it: leave it
			continue
		}
		c.words = c.words[:cut:cut]
		out = append(out, c, sub)
	}
	if len(out) > len(cs) {
		sort.SliceStable(out, func(i, j int) bool { return out[i].words[0] < out[j].words[0] })
	}
	return out
}

// auxedFinite reports whether doc token h, tagged a finite verb, has a
// finite auxiliary (not a passive one) and a participle or infinitive
// hung on it: the auxiliary belongs to that verb, and h, which cannot be
// a second finite verb of its clause, is a noun ("Nederland heeft daar
// afspraken over gemaakt" parsed with afspraken as the verb).
func (x *extractor) auxedFinite(h int) bool {
	d := x.doc
	if !d.Tokens[h].Feats.Has(nl.FeatFin) {
		return false
	}
	aux := false
	for _, a := range d.Dependents(h, "aux") {
		aux = aux || d.Tokens[a].Rel == "aux" && d.Tokens[a].Feats.Has(nl.FeatFin)
	}
	if !aux {
		return false
	}
	for _, rel := range []string{"ccomp", "xcomp"} {
		for _, v := range d.Dependents(h, rel) {
			if t := d.Tokens[v]; t.POS == nl.VERB && t.Feats&(nl.FeatPart|nl.FeatInf) != 0 && t.Feats&nl.FeatFin == 0 {
				return true
			}
		}
	}
	return false
}

// datelineOpener are the capitalised words that open a sentence after a
// dateline or a heading run into it.
var datelineOpener = map[string]bool{"De": true, "Het": true, "Een": true, "Na": true, "In": true, "Op": true, "Bij": true, "Tijdens": true, "Voor": true}
