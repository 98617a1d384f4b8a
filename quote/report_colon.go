package quote

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// colonReports finds speech a colon introduces without quotation marks:
// "Aantijgingen die niet kloppen, concludeert het OM: van een strafbaar
// feit is geen sprake", "Hij zegt: was de politiek maar zo transparant".
// A speech verb with a subject of its own stands at most a few words
// before the colon (its subject, "erbij", "het zeker"), in the same
// clause; what follows the colon up to the sentence end is the report, a
// clause of three words or more with a verb that opens with no quotation
// mark (quoted words inside it may stand: "er is een 'ethische discussie'
// nodig"). qs are the quotations found so far: a sentence one of them
// (not a term) covers past the colon is left alone.
func (x *extractor) colonReports(qs []kroniek.Quote) []kroniek.Quote {
	covered := func(from, to int) bool { return quoteOver(qs, from, to) }
	var out []kroniek.Quote
	for _, s := range x.doc.Sentences {
		if s.Heading || len(s.Tokens) < 6 {
			continue
		}
		toks := s.Tokens
		c := colonAt(toks)
		if c < 2 || c+1 >= len(toks) || isQuoteTok(toks[c+1]) || slices.ContainsFunc(toks[:c], isQuoteTok) || covered(toks[c].End, s.End) {
			continue // "zegt hij: ,,…''": a quotation of its own
		}
		i, cueText, lemma, n := x.cueBeforeColon(toks, c)
		if n == 0 || lemma == "melden" && i > 0 && strings.EqualFold(toks[i-1].Text, "zich") || x.imperative(toks, i) {
			continue // "meldt zich:", "Zeg:": no report
		}
		if opinion(strings.ToLower(toks[i].Text)) || i > 0 && strings.EqualFold(toks[i-1].Text, "te") || slices.ContainsFunc(toks[clauseStart(toks, i):c], func(t nl.Token) bool { return strings.EqualFold(t.Text, "zich") }) {
			continue // "denken er zo over:", "om niet te zeggen:", "zag zich gesteld voor:": a view or a turn of phrase, not speech
		}
		sp := x.subject(toks[:c], i, i+n)
		if !sp.found() {
			sp = x.nearest(toks[i+n:c], false) // "concludeert het OM:": the parse took the inverted subject for an object
		}
		if !sp.found() || strings.EqualFold(sp.text, "men") || firstPerson(sp.text) || !x.mayReport(sp) || x.otherClauseSubject(sp, x.tokenIndex(toks[i])) {
			continue // "Ik zeg: …", "De bedragen spreken boekdelen:": the writer, or a thing, not someone the article reports
		}
		end := len(toks)
		for end > c+1 && isTerminal(toks[end-1]) {
			end--
		}
		if !x.colonClause(toks[c+1 : end]) {
			continue
		}
		// The colon's speech runs to the sentence end: a comma in it
		// closes no clause of the narrator's ("zei: als we niet veranderen,
		// verliezen we").
		start, stop := toks[c+1].Start, toks[end-1].End
		q := kroniek.Quote{Start: start, End: stop, Text: x.doc.Text[start:stop], Kind: kroniek.QuoteIndirect}
		sp.speaks(&q)
		setCue(&q, cueText, toks[i])
		out = append(out, q)
	}
	return out
}

// otherClauseSubject reports whether the speaker sp found after the cue
// verb v is the parse's subject of another verb: "De resultaten
// bevestigen wat hij al vermoedde: …" (hij speaks in the clause the verb
// governs, not through it).
func (x *extractor) otherClauseSubject(sp *speaker, v int) bool {
	if sp.end <= sp.start || v < 0 || sp.start < x.doc.Tokens[v].End {
		return false
	}
	k := x.tokenAt(sp.start)
	if !x.parsed(k) || !x.parsed(v) {
		return false
	}
	for k+1 < len(x.doc.Tokens) && x.doc.Tokens[k+1].End <= sp.end && x.doc.Tokens[k].Head > k && x.doc.Tokens[k].Head < len(x.doc.Tokens) && x.doc.Tokens[x.doc.Tokens[k].Head].End <= sp.end {
		k = x.doc.Tokens[k].Head // to the phrase's head
	}
	t := x.doc.Tokens[k]
	if !strings.HasPrefix(t.Rel, "nsubj") || t.Head == v || t.Head < 0 {
		return false
	}
	h := x.doc.Tokens[t.Head]
	return h.POS == nl.VERB || h.POS == nl.AUX
}

// colonAt returns the index of the one colon of toks, or -1 when there is
// none or more than one (a list, a time "12:30" is one token).
func colonAt(toks []nl.Token) int {
	c := -1
	for k, t := range toks {
		if t.Kind == nl.Punct && t.Text == ":" {
			if c >= 0 {
				return -1
			}
			c = k
		}
	}
	return c
}

// maxColonGap is how many words may stand between a speech verb and the
// colon after it: its inverted subject and a particle ("concludeert het
// OM:", "blijft de gemeente erbij:").
const maxColonGap = 4

// cueBeforeColon returns the speech verb that introduces the colon at
// toks[c]: its index, its cue text and lemma and its number of tokens (0
// when none). The verb is a verb the parse finds, at most maxColonGap
// words before the colon, with no punctuation and no other verb between
// (a relative clause or a second verb would take the colon from it).
func (x *extractor) cueBeforeColon(toks []nl.Token, c int) (int, string, string, int) {
	for i := c - 1; i >= 0 && i >= c-1-maxColonGap; i-- {
		t := toks[i]
		if t.Kind == nl.Punct {
			return 0, "", "", 0
		}
		cueText, lemma, n := matchCue(toks[i:c])
		if n > 0 && x.verbAt(t) {
			return i, cueText, lemma, n
		}
		if i < c-1 && x.verbTok(t) {
			return 0, "", "", 0 // "die drie dagen nodig heeft voor een reactie:": another verb's clause
		}
	}
	return 0, "", "", 0
}

// colonClause reports whether toks, the words after a colon, are a
// clause: three words or more with a verb the parse finds, not a list of
// names or a single phrase ("zegt hij: Amsterdam, Rotterdam en Utrecht").
func (x *extractor) colonClause(toks []nl.Token) bool {
	words := 0
	for _, t := range toks {
		if t.Kind == nl.Word {
			words++
		}
	}
	if words < 3 {
		return false
	}
	// A finite verb of the clause itself, with a subject of its own, not
	// of a relative clause on a noun phrase ("een film waarin schapen
	// staan te turen") nor an infinitive ("eiste: verklaren tegen …").
	in := func(h int) bool {
		return h >= 0 && h < len(x.doc.Tokens) && x.doc.Tokens[h].Start >= toks[0].Start && x.doc.Tokens[h].End <= toks[len(toks)-1].End
	}
	for _, t := range toks {
		k := x.tokenIndex(t)
		if !x.finiteAt([]nl.Token{t}, 0) {
			continue
		}
		h := k
		if r := x.doc.Tokens[k].Rel; (r == "cop" || r == "aux" || r == "aux:pass") && in(x.doc.Tokens[k].Head) {
			h = x.doc.Tokens[k].Head
		}
		relative := false
		for g := h; in(g); g = x.doc.Tokens[g].Head {
			if r := x.doc.Tokens[g].Rel; (r == "acl" || r == "acl:relcl") && in(x.doc.Tokens[g].Head) {
				relative = true
				break
			}
		}
		if !relative && (x.subjectIn(h, toks) || x.fronted(t, h, toks)) {
			return true
		}
	}
	return false
}

// fronted reports whether the finite verb t, of the clause headed by h,
// stands second in a clause the parse gives no subject: a constituent
// before it, words after it, and h heads the clause of toks ("van een
// strafbaar feit is geen sprake", parsed with "sprake" as predicate).
func (x *extractor) fronted(t nl.Token, h int, toks []nl.Token) bool {
	if t.Start == toks[0].Start || t.End >= toks[len(toks)-1].End {
		return false
	}
	g := x.doc.Tokens[h].Head
	return g < 0 || x.doc.Tokens[g].Start < toks[0].Start || x.doc.Tokens[g].Start >= toks[len(toks)-1].End
}

// subjectIn reports whether the clause headed by token h has a subject
// (or an expletive "er", "het") among toks.
func (x *extractor) subjectIn(h int, toks []nl.Token) bool {
	for _, tok := range toks {
		k := x.tokenIndex(tok)
		if k < 0 {
			continue
		}
		if t := x.doc.Tokens[k]; t.Head == h && (strings.HasPrefix(t.Rel, "nsubj") || t.Rel == "expl" || strings.HasPrefix(t.Rel, "csubj")) {
			return true
		}
	}
	return false
}

// mayReport reports whether sp, the subject of a speech verb, can say
// something: a person or body of the article, a person pronoun, or a
// description headed by a noun of a person, role, body or group ("een
// vrouw", "de clubleiding"); not a thing ("De resultaten bevestigen",
// "de aarde vraagt").
func (x *extractor) mayReport(sp *speaker) bool {
	if sp.local != "" {
		return x.speaking(sp)
	}
	w := headWord(sp.text)
	lw := strings.ToLower(w)
	if isPronoun(lw) {
		return pronounGender(lw) != genderUnknown || lw == "zij" || lw == "ze"
	}
	_, body := bodyKind(lw)
	return body || isRoleNoun(lw) || personNoun(lw) || people(lw) || agentNoun(lw) || doerNoun(lw) || pluralBody(lw) || groupHead(lw) || wordGender(lw) != genderUnknown
}

// clauseStart returns the index of the first token of the clause toks[i]
// stands in: after the last comma or clause break before it.
func clauseStart(toks []nl.Token, i int) int {
	for i > 0 && !clauseBreak(toks[i-1]) {
		i--
	}
	return i
}

// quoteOver reports whether a quotation of qs other than a term overlaps
// the bytes from–to: a report the new cues find there is already read.
func quoteOver(qs []kroniek.Quote, from, to int) bool {
	for _, q := range qs {
		if q.Kind != kroniek.QuoteTerm && q.Start < to && q.End > from {
			return true
		}
	}
	return false
}
