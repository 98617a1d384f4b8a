package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Speakers that stand inside or for a body's name: "de brigade" for the
// Sint Michaëlbrigade, "KLM-marketingdirecteur Femke de Zeeuw" for the
// person, "de eigenaar van festivalorganisator X" for the owner, not X.

// bodyNamed gives a quote whose speaker is a definite description of a
// body that no entity stands for ("De brigade zegt …", "volgens het
// bureau") to the one organisation of the article the description fits:
// a word of its name ends in the noun ("Sint Michaëlbrigade"), or the
// noun ends a word the article put before its name ("adviesbureau BDO"),
// after it as an apposition ("BDO, het adviesbureau dat …") or at the
// head of the sentence right after it ("Deze katholieke actiegroep …").
// With no such organisation, or more than one, the description stays.
func (x *extractor) bodyNamed(q *kroniek.Quote) {
	if q.SpeakerLocal != "" || q.SpeakerText == "" || q.SpeakerEnd <= q.SpeakerStart {
		return
	}
	if x.documentIn(q) {
		return
	}
	words := strings.Fields(q.SpeakerText)
	if len(words) < 2 || len(words) > 4 {
		return
	}
	if d := strings.ToLower(words[0]); d != "de" && d != "het" {
		return
	}
	for _, w := range words[1:] {
		if !isLowerWord(w) {
			return
		}
	}
	noun := words[len(words)-1]
	if r, ok := nl.Lex().RoleHead(noun); ok && r.Tag == "per" || len([]rune(noun)) < 4 || personNoun(noun) || isPronoun(noun) || nl.IsStopword(noun) {
		return // "de eigenaar", "de artsen": people, resolved elsewhere
	}
	fit := ""
	for _, m := range x.mentions {
		if m.Start >= q.SpeakerStart {
			break
		}
		if m.Local == "" || m.Local == fit || x.quoted(m.Start) || x.locals[m.Local].Type != kroniek.ORG {
			continue
		}
		if !x.bodyFits(m, noun) {
			continue
		}
		if fit != "" {
			return // two bodies fit: which one is meant is not said
		}
		fit = m.Local
	}
	if fit != "" {
		q.SpeakerLocal = fit
	}
}

// bodyFits reports whether the body of mention m may be called "de noun"
// (see bodyNamed).
func (x *extractor) bodyFits(m kroniek.Mention, noun string) bool {
	ends := func(w string) bool {
		w = strings.ToLower(strings.TrimRight(w, ",."))
		return w == noun || strings.HasSuffix(w, noun) && len(w)-len(noun) >= 3
	}
	for _, w := range strings.Fields(m.Text) {
		if ends(w) {
			return true // "Sint Michaëlbrigade", "Rabobank"
		}
	}
	toks := x.doc.Tokens
	i := x.tokenAt(m.Start)
	if i > 0 && toks[i-1].Kind == nl.Word && isLowerWord(toks[i-1].Text) && ends(toks[i-1].Text) {
		return true // "adviesbureau BDO"
	}
	e := x.tokenAt(m.End)
	if e+2 < len(toks) && toks[e].Text == "," && wordAt(toks, e+1, articles) {
		for j := e + 2; j < len(toks) && j <= e+4 && toks[j].Kind == nl.Word && isLowerWord(toks[j].Text); j++ {
			if ends(toks[j].Text) {
				return true // "BDO, het adviesbureau dat …"
			}
		}
	}
	// "… de Sint Michaëlbrigade. Deze katholieke actiegroep werd …": the
	// next sentence opens with a demonstrative and the noun, and m is the
	// only organisation of its own sentence.
	si := x.sentenceAt(m.Start)
	if si+1 >= len(x.doc.Sentences) || x.orgsIn(si) != 1 || x.objectMention(m) {
		return false
	}
	next := x.doc.Sentences[si+1].Tokens
	if len(next) < 2 || !demonstratives[strings.ToLower(next[0].Text)] {
		return false
	}
	for j := 1; j < len(next) && j <= 3 && next[j].Kind == nl.Word && isLowerWord(next[j].Text); j++ {
		if ends(next[j].Text) {
			return true
		}
	}
	return false
}

// demonstratives open a description of what the sentence before named.
var demonstratives = map[string]bool{"deze": true, "die": true, "dit": true}

// orgsIn counts the organisations the sentence si names outside
// quotations, each once.
func (x *extractor) orgsIn(si int) int {
	s := x.doc.Sentences[si]
	seen := map[string]bool{}
	for i := x.mentionFrom(s.Start); i < len(x.mentions) && x.mentions[i].Start < s.End; i++ {
		m := x.mentions[i]
		if m.Local != "" && !x.quoted(m.Start) && x.locals[m.Local].Type == kroniek.ORG {
			seen[m.Local] = true
		}
	}
	return len(seen)
}

// isLowerWord reports whether w is a word in lower case ("katholieke").
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// ownerSpeaks gives a quote whose speaker is a body named inside a
// person's description back to that person: "spreekt de eigenaar van
// festivalorganisator Matrixx", "aldus de directeur van het museum X".
// The person is the one the description names elsewhere in the article,
// else the description itself with no entity.
func (x *extractor) ownerSpeaks(q *kroniek.Quote) {
	if q.SpeakerLocal == "" || q.SpeakerStart <= 0 {
		return
	}
	if m, ok := x.mentionAt(q.SpeakerStart, q.SpeakerEnd); !ok || m.Start != q.SpeakerStart {
		return
	}
	toks := x.doc.Tokens
	i := x.tokenAt(q.SpeakerStart)
	if i >= len(toks) || toks[i].Start != q.SpeakerStart {
		return
	}
	j := i - 1
	for j >= 0 && j >= i-3 && toks[j].Kind == nl.Word && !strings.EqualFold(toks[j].Text, "van") && (isLowerWord(toks[j].Text) || isArticle(toks, j)) {
		j-- // "festivalorganisator", "het museum"
	}
	if j < 1 || j == i-1 || !strings.EqualFold(toks[j].Text, "van") {
		return // "de advocaat van X" is left as it is read
	}
	k := j - 1
	lw := strings.ToLower(toks[k].Text)
	if !personNoun(lw) || spokes[lw] {
		return // "woordvoerder van X" speaks for X
	}
	start := k
	for start > 0 && start >= k-3 && toks[start-1].Kind == nl.Word && (isArticle(toks, start-1) || isLowerWord(toks[start-1].Text) || isAdjective(toks[start-1].Text)) && !isCueWord(toks[start-1].Text) {
		start--
	}
	if !isArticle(toks, start) {
		return
	}
	sp := x.description(toks, k)
	if sp == nil || sp.local == q.SpeakerLocal {
		return
	}
	if sp.local != "" && !x.isPersonLocal(sp.local) {
		sp.local = ""
	}
	q.SpeakerLocal = sp.local
	q.SpeakerStart = toks[start].Start
	q.SpeakerText = x.doc.Text[q.SpeakerStart:q.SpeakerEnd]
}

// ownedSpeaks gives a quote whose speaker is a person named in the
// genitive before a noun for a person to the one that noun means: "zei
// Vermeulens raadsman", "Bolsius' woordvoerder", "Karmani's
// medestudenten". That is the person named right after the noun ("Biemans'
// vrouw Maaike"), else the description, with no entity: the owner is
// whose they are, not who speaks. Only where a speech verb names the
// speaker: a sentence about "Giovanni's vader" before a quotation standing
// alone is as often about the father of the one who speaks.
func (x *extractor) ownedSpeaks(q *kroniek.Quote) {
	if q.SpeakerLocal == "" || q.Cue == "" || q.SpeakerEnd <= q.SpeakerStart || q.SpeakerEnd >= len(x.doc.Text) {
		return
	}
	m, ok := x.mentionAt(q.SpeakerStart, q.SpeakerEnd)
	if !ok || m.Start != q.SpeakerStart || m.End != q.SpeakerEnd || !x.isPersonLocal(x.personOf(m)) {
		return
	}
	rest := x.doc.Text[m.End:]
	n := genitiveEnd(rest, m.Text)
	if n < 0 && x.possessive(m) {
		n = 0 // "Vermeulens"
	}
	if n < 0 || n >= len(rest) || rest[n] != ' ' {
		return
	}
	start := m.End + n + 1
	end := start
	for end < len(x.doc.Text) {
		r, size := utf8.DecodeRuneInString(x.doc.Text[end:])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		end += size
	}
	w := x.doc.Text[start:end]
	if !isLowerWord(w) || !personNoun(w) && !kin[w] && !people(w) {
		return // "Mays verwijt", "Martha's groepje": no one else speaks
	}
	if p, ok := x.mentionAt(end+1, end+2); ok && p.Start == end+1 && x.isPerson(p) {
		q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = x.personOf(p), p.Text, p.Start, p.End
		return
	}
	q.SpeakerLocal, q.SpeakerText, q.SpeakerEnd = "", x.doc.Text[q.SpeakerStart:end], end
}

// genitiveEnd returns how many bytes of rest, the text right after a
// name, end its genitive ("'s", "'", "s"), 0 when the name is written in
// the genitive already ("Vermeulens" for a Vermeulen); -1 when the name
// is no genitive.
func genitiveEnd(rest, name string) int {
	for _, g := range []string{"'s", "’s", "'", "’"} {
		if strings.HasPrefix(rest, g) {
			return len(g)
		}
	}
	if strings.HasPrefix(rest, "s ") && !strings.HasSuffix(name, "s") {
		return 1
	}
	if strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") || strings.HasSuffix(name, "'") {
		return 0
	}
	return -1
}

// isCueWord reports whether w is a speech verb's form ("spreekt").
func isCueWord(w string) bool {
	_, _, n := matchCue([]nl.Token{{Text: w, Kind: nl.Word}})
	return n > 0
}

// isPersonLocal reports whether local is a person of the article.
func (x *extractor) isPersonLocal(local string) bool {
	l, ok := x.locals[local]
	return ok && l.Type == kroniek.PER || x.spoke[local] && ok && l.Type != kroniek.ORG
}

// claimLemmas are the speech verbs with which "Dat <verb> X." claims the
// sentence before for X: reports, sums and forecasts ("Dat verwacht X van
// Y", "Dat heeft X becijferd"),
// not opinions ("Dat vindt iedereen een goede grap") nor "Dat verklaart
// waarom …".
var claimLemmas = map[string]bool{"zeggen": true, "stellen": true, "melden": true, "schrijven": true, "concluderen": true,
	"constateren": true, "waarschuwen": true, "bevestigen": true, "beweren": true, "berichten": true, "rapporteren": true,
	"verwachten": true, "becijferen": true, "berekenen": true}

// claimedBefore returns the sentences that a next sentence "Dat stelt
// adviesbureau BDO." or "Dat zegt woordvoerder X van Y." attributes, as
// indirect quotes of that speaker: the whole sentence before, when it
// holds no quotation of its own, is no question, and no quote covers it
// (claimable). When that is the article's second sentence, its first goes
// with it when it has a verb: a news article opens with the finding it
// then attributes ("Honden blaffen vaker. Ook bijten ze meer. Dat stelt
// X."), not with a verbless teaser ("Goed nieuws voor fans van X.").
func (x *extractor) claimedBefore(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	for si := 1; si < len(x.doc.Sentences); si++ {
		toks := x.doc.Sentences[si].Tokens
		if len(toks) < 4 || toks[0].Text != "Dat" && toks[0].Text != "Dit" {
			continue
		}
		cue, lemma, n := matchCue(toks[1:])
		cueAt := 1
		if n == 0 && perfectAux[strings.ToLower(toks[1].Text)] {
			// "Dat heeft de organisatie bevestigd.", "Dat hebben de
			// deskundigen de provincie laten weten.": the participle (or
			// "laten weten") ends the sentence.
			cueAt = len(toks) - 2
			for cueAt > 2 && toks[cueAt].Kind == nl.Punct {
				cueAt--
			}
			if cueAt > 3 && strings.EqualFold(toks[cueAt].Text, "weten") && strings.EqualFold(toks[cueAt-1].Text, "laten") {
				cueAt--
			}
			cue, lemma, n = matchCue(toks[cueAt:])
			if n == 1 && lemma != "laten weten" && !speechParticiple(toks[cueAt].Text) {
				continue // "Dat hebben we zien aankomen": no participle
			}
		}
		if plainReport[lemma] {
			lemma = "melden" // "Dat maakten de politie en de gemeenten bekend": as plain as "melden"
		}
		if n != 1 || !claimLemmas[lemma] && !opinionLemmas[lemma] || strings.Contains(cue, "…") && lemma != "melden" {
			continue
		}
		sp := x.claimant(toks, 2)
		if sp == nil || !sp.found() {
			sp = x.parsedClaimant(toks, cueAt)
		}
		if sp == nil || !sp.found() || opinionLemmas[lemma] && !holderEnds(toks, sp) {
			continue
		}
		ps := x.doc.Sentences[si-1]
		pt := ps.Tokens
		if !x.claimable(ps, qs) {
			continue
		}
		start, end := pt[0].Start, pt[len(pt)-2].End
		if first := x.doc.Sentences[0]; si == 2 && x.claimable(first, qs) && x.clauseIn(first.Tokens) {
			start = x.doc.Sentences[0].Tokens[0].Start
		}
		q := kroniek.Quote{Start: start, End: end, Text: x.doc.Text[start:end], Kind: kroniek.QuoteIndirect}
		sp.speaks(&q)
		setCue(&q, cue, toks[cueAt])
		out = append(out, q)
	}
	return out
}

// claimable reports whether "Dat stelt X." may claim the sentence s: a
// statement of five tokens or more ending in a full stop, with no
// quotation of its own and no quote (but a term) over it.
func (x *extractor) claimable(s nl.Sentence, qs []kroniek.Quote) bool {
	pt := s.Tokens
	if s.Heading || len(pt) < 5 || pt[len(pt)-1].Text != "." || !x.termsOnly(s, qs) || x.quoted(s.Start) {
		return false
	}
	return !slices.ContainsFunc(qs, func(q kroniek.Quote) bool {
		return q.Kind != kroniek.QuoteTerm && q.Start < s.End && q.End > s.Start
	})
}

// clauseIn reports whether the parse finds a verb among toks that is no
// coordinator the tagger took for one ("Goed nieuws voor fans van X én
// Y." has none).
func (x *extractor) clauseIn(toks []nl.Token) bool {
	return slices.ContainsFunc(toks, func(t nl.Token) bool { return x.verbTok(t) && !joins(t.Text) })
}

// plainReport are the speech verbs that "Dat … X" uses as plainly as
// "melden", with their particle after the speaker ("Dat maakte de
// gemeente gisteren bekend", "Dat laat de politie weten") or as a
// participle at the end ("Dat heeft de organisatie bekendgemaakt").
var plainReport = map[string]bool{"laten weten": true, "bekendmaken": true, "aankondigen": true, "verklaren": true}

// termsOnly reports whether every quote mark in s belongs to a term of
// qs ("… niet in de 'snelle vangst', maar in de samenwerking."): words
// set off in a sentence do not make it a quotation of its own.
func (x *extractor) termsOnly(s nl.Sentence, qs []kroniek.Quote) bool {
	for _, t := range s.Tokens {
		if !isQuoteTok(t) {
			continue
		}
		term := false
		for _, q := range qs {
			if q.Kind == kroniek.QuoteTerm && q.Start-len(t.Text) <= t.Start && t.End <= q.End+len(t.Text) {
				term = true
				break
			}
		}
		if !term {
			return false
		}
	}
	return true
}

// opinionLemmas claim the sentence before like claimLemmas only when
// nothing but the opinion's holder follows the verb ("Dat vinden de
// bewoners ook.", "Dat vindt de Kamer, die …"): with a predicate after
// the holder ("Dat vindt iedereen een goede grap", "Dat vinden we niet
// leuk") the sentence judges the one before instead of claiming it.
var opinionLemmas = map[string]bool{"vinden": true, "menen": true}

// holderEnds reports whether the sentence toks ends with the speaker sp:
// after it come only "ook", "eveneens" or "zelf", or a "van" phrase of
// nouns saying whose sp is ("Dat meent ook X van de vishandel."), then
// the full stop or a comma that opens a relative clause about sp.
func holderEnds(toks []nl.Token, sp *speaker) bool {
	j := slices.IndexFunc(toks, func(t nl.Token) bool { return t.Start >= sp.end })
	for j >= 0 && j < len(toks) && (strings.EqualFold(toks[j].Text, "ook") || strings.EqualFold(toks[j].Text, "eveneens") || strings.EqualFold(toks[j].Text, "zelf")) {
		j++
	}
	if j >= 0 && j < len(toks) && strings.EqualFold(toks[j].Text, "van") {
		for j++; j < len(toks)-1 && (toks[j].POS == nl.DET || toks[j].POS == nl.NOUN || toks[j].POS == nl.PROPN || toks[j].POS == nl.ADP); j++ {
		}
	}
	switch {
	case j < 0 || j >= len(toks):
		return false
	case toks[j].Text == "." && j == len(toks)-1:
		return true
	case toks[j].Text == "," && j+1 < len(toks):
		w := strings.ToLower(toks[j+1].Text)
		return w == "die" || w == "dat" || w == "wat"
	}
	return false
}

// parsedClaimant returns the subject the parse gives the verb of "Dat
// meldt …" at toks[cue] when claimant's word-by-word reading finds none:
// a possessive ("Dat meldt haar vader", "Dat heeft zijn advocaat laten
// weten"), a bare plural with what it says of them ("Dat schrijven
// onderzoekers onder leiding van X") or a body with its owner ("Dat meldt
// het Duitse ministerie van Defensie"). Only a subject after the finite
// verb counts: "Dat" itself is the object, never the speaker.
func (x *extractor) parsedClaimant(toks []nl.Token, cue int) *speaker {
	fin := x.tokenIndex(toks[1])
	v := x.tokenIndex(toks[cue])
	if fin < 0 || v < 0 {
		return nil
	}
	s := x.subjectTok(v)
	if s == x.tokenIndex(toks[0]) {
		s = x.laterSubject(v, fin)
	}
	if s <= fin || s > x.tokenIndex(toks[len(toks)-1]) {
		return nil
	}
	if lw := strings.ToLower(x.doc.Tokens[s].Text); lw == "het" || lw == "er" || lw == "men" || lw == "dat" {
		return nil
	}
	return x.phrase(s)
}

// laterSubject returns the subject of verb v after the finite verb at fin
// when the parse took the "Dat" before it for one: a second subject it
// hangs on v ("Dat meent ook marktvrouw X"), or, with a plural verb that
// "Dat" cannot go with, the first plural noun it gives as v's object
// ("Dat schrijven onderzoekers …"); else -1.
func (x *extractor) laterSubject(v, fin int) int {
	for _, c := range x.doc.Dependents(v, "nsubj") {
		if c > fin {
			return c
		}
	}
	if !x.pluralVerb(v) {
		return -1
	}
	for _, c := range x.doc.Dependents(v, "obj") {
		if t := x.doc.Tokens[c]; c > fin && t.POS == nl.NOUN && t.Feats.Has(nl.FeatPlur) {
			return c
		}
	}
	return -1
}

// claimant returns the subject that follows the verb of "Dat zegt …" at
// toks[k]: a name, perhaps after a noun saying what it is ("Dat meldt
// persbureau Bloomberg"), a subject pronoun, or an article and a role or
// body ("Dat meldt de politie", "Dat zegt een woordvoerder van X"); nil
// for "Dat zegt veel over …".
func (x *extractor) claimant(toks []nl.Token, k int) *speaker {
	for j := k; j < len(toks) && j <= k+3; j++ {
		t := toks[j]
		if t.Kind != nl.Word && !(t.Text == "-" && j > k) {
			return nil
		}
		if m, ok := x.mentionAt(t.Start, t.End); ok && m.Start == t.Start && m.Local != "" {
			return x.fromMention(m)
		}
		lw := strings.ToLower(t.Text)
		switch {
		case j == k && subjectPronouns[lw]:
			return x.pronoun(t)
		case j == k && (lw == "de" || lw == "het" || lw == "een"):
			continue // "Dat zegt een woordvoerder van de politie"
		case j == k && t.POS == nl.NOUN && isLowerWord(t.Text) && j+1 < len(toks) && x.mentionStarts(toks[j+1]):
			continue // "Dat meldt persbureau Bloomberg", "Dat zegt opiniemaker X": a noun before the name
		case j > k && (lw == "de" || lw == "het" || lw == "een"):
			return nil // "Dat hebben deskundigen de provincie X laten weten": X is told
		case isLowerWord(t.Text) && (isRoleNoun(lw) || isAdjective(t.Text) || inflected(toks, j)):
			if j > k && isArticle(toks, k) && (isRoleNoun(lw)) && (j+1 >= len(toks) || !x.personMentionAt(toks[j+1])) {
				if _, isBody := bodyKind(lw); isBody || personNoun(lw) {
					return x.description(toks, j)
				}
			}
			continue // "socioloog Niels Blom", "de Britse krant"
		case isLowerWord(t.Text) && strings.HasSuffix(lw, "-"):
			continue // "accountants- en adviesbureau BDO"
		case lw == "en" && j > k:
			continue
		}
		if !isLowerWord(t.Text) || j == k {
			return nil
		}
	}
	return nil
}

// forecast reports whether q is what a thing "belooft" (promises to be):
// "De economische zwakte belooft voor ruzie te zorgen", "De opbrengst
// belooft de gasgigant te investeren": a forecast, nobody speaks. The
// subject names no person, role, body or people of the article.
func forecast(cue string, q kroniek.Quote) bool {
	if cue != "belooft" && cue != "beloofde" && cue != "beloven" && cue != "beloofden" || q.SpeakerLocal != "" || q.SpeakerText == "" {
		return false
	}
	w := headWord(q.SpeakerText)
	lw := strings.ToLower(w)
	if !isLowerWord(w) || isPronoun(lw) || lw == "iemand" || lw == "men" || strings.HasSuffix(lw, "er") || strings.HasSuffix(lw, "ers") {
		return false // "De vliegtuigbouwer belooft …": a doer by its "-er"
	}
	_, body := bodyKind(lw)
	return !body && !isRoleNoun(lw) && !personNoun(lw) && !people(lw) && !agentNoun(lw) && !doerNoun(lw) && !pluralBody(lw) && !groupHead(lw) && wordGender(lw) == genderUnknown
}

// perfectAux are the forms of "hebben" of a perfect: "Dat heeft X gezegd".
var perfectAux = map[string]bool{"heeft": true, "hebben": true, "had": true, "hadden": true}

// speechParticiple reports whether w is the participle of a speech verb
// in the lexicon ("gezegd", "bekendgemaakt").
func speechParticiple(w string) bool {
	for _, e := range nl.Lex().Lookup(nl.ClassSpeechVerb, strings.ToLower(w)) {
		if strings.HasSuffix(e.Tag, "/part") {
			return true
		}
	}
	return false
}

// subjectPronouns are the pronouns that may be a subject after its verb.
var subjectPronouns = map[string]bool{"hij": true, "zij": true, "ze": true, "wij": true, "we": true}

// hypothetical reports whether q's speech verb says nothing was said: a
// duty or a wish ("De baasjes moeten uitleggen waarom …", "zou graag
// geloven dat"), the future ("zal melden dat"), what should have been
// said ("Eigenlijk had hij moeten zeggen: …"), "wil zeggen" (means), or
// anyone's words under a condition ("Zodra iemand heeft gezegd: …").
func (x *extractor) hypothetical(q kroniek.Quote) bool {
	if q.Kind == kroniek.QuoteTerm || q.CueEnd <= q.CueStart {
		return false
	}
	// Inside a quotation only what should have been said counts: "Hij had
	// moeten zeggen: …" in someone's words is still nobody's line, while
	// "we zullen melden dat …" is the speaker's own plan, told.
	inside := x.quoted(q.CueStart)
	ci := x.tokenAt(q.CueStart)
	toks := x.doc.Tokens
	if ci >= len(toks) || toks[ci].Start != q.CueStart {
		return false
	}
	cue := strings.ToLower(toks[ci].Text)
	if !inside && forecast(cue, q) {
		return true
	}
	si := x.sentenceAt(q.CueStart)
	from := x.tokenAt(x.doc.Sentences[si].Start)
	// the clause of the verb: back to a comma, colon, quotation mark or
	// coordinator ("Sceptici moeten niets van hem hebben en veel
	// partijgenoten vinden dat …")
	first := ci
	for first > from && !(toks[first-1].Kind == nl.Punct && (toks[first-1].Text == "," || toks[first-1].Text == ":" || isQuoteTok(toks[first-1]))) && !isCoordinator(toks[first-1].Text) {
		first--
	}
	clause := toks[first:ci]
	if lw := strings.ToLower(q.SpeakerText); !inside && (lw == "iemand" || lw == "men" || lw == "je") && len(clause) > 0 && conditionals[strings.ToLower(clause[0].Text)] {
		return true // "Zodra iemand heeft gezegd: …"
	}
	if !strings.HasSuffix(cue, "en") || strings.HasPrefix(cue, "ge") || len(clause) == 0 {
		return false // a finite verb or a participle ("zou hebben gezegd": reportative)
	}
	for k, t := range clause {
		switch lw := strings.ToLower(t.Text); {
		case (lw == "had" || lw == "hadden" || !inside && (lw == "zou" || lw == "zouden")) && k < len(clause)-1 && counterModal[strings.ToLower(clause[len(clause)-1].Text)]:
			return true // "had hij moeten zeggen"; in a quotation not "ik zou willen zeggen", said
		case inside:
			continue
		case q.Kind == kroniek.QuoteIndirect && futureModals[lw] && cue != "zien":
			return true // not "zou graag zien dat …": a wish held now
		case q.Kind == kroniek.QuoteIndirect && (lw == "wil" || lw == "willen") && cue == "zeggen":
			return true // "Dat wil niet zeggen dat …": means
		}
	}
	return false
}

var (
	// conditionals open a clause of what would happen if.
	conditionals = map[string]bool{"zodra": true, "als": true, "wanneer": true, "indien": true, "mocht": true}
	// counterModal are the modals of "had … moeten zeggen".
	counterModal = map[string]bool{"moeten": true, "kunnen": true, "mogen": true, "willen": true}
	// futureModals are the finite modals of a duty, the future or a
	// condition: what they govern has not been said.
	futureModals = map[string]bool{"moet": true, "moeten": true, "zal": true, "zullen": true, "zou": true, "zouden": true}
)

// dropHypothetical removes the indirect quotes nobody said (see
// hypothetical and askedReport) and keeps such words in marks as a term, without a
// speaker.
func (x *extractor) dropHypothetical(qs []kroniek.Quote) []kroniek.Quote {
	out := qs[:0]
	for _, q := range qs {
		if !x.hypothetical(q) && !x.askedReport(q) {
			out = append(out, q)
			continue
		}
		if q.Kind == kroniek.QuoteDirect {
			out = append(out, kroniek.Quote{Article: q.Article, Start: q.Start, End: q.End, Text: q.Text, Kind: kroniek.QuoteTerm})
		}
	}
	return out
}

// askedReport reports whether the indirect quote q is the clause of a
// report the writer asks about: it runs into the question mark that ends
// its sentence ("Bedoelt hij de mensen die zeggen: wij weten het
// beter?", "Of dat hij zijn buurman vraagt wat die ervan vindt?"). The
// question puts the words in someone's mouth; nobody is told to have
// said them.
func (x *extractor) askedReport(q kroniek.Quote) bool {
	if q.Kind != kroniek.QuoteIndirect || q.End >= len(x.doc.Text) {
		return false
	}
	return strings.HasPrefix(x.doc.Text[q.End:], "?")
}

// documentSays returns what a document is said to hold: "het
// partijmanifest waarin staat dat …", "een artikel, waarin wordt gemeld
// dat …", as indirect quotes whose speaker is the body named in the
// document's phrase ("een persbericht van het OM"), else the phrase.
func (x *extractor) documentSays(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	for _, s := range x.doc.Sentences {
		toks := s.Tokens
		for k := 1; k+3 < len(toks); k++ {
			if !strings.EqualFold(toks[k].Text, "waarin") || x.quoted(toks[k].Start) {
				continue
			}
			d := k + 1
			for d < len(toks) && d <= k+4 && !strings.EqualFold(toks[d].Text, "dat") {
				d++
			}
			if d >= len(toks) || !strings.EqualFold(toks[d].Text, "dat") || !documentVerb(toks[k+1:d]) {
				continue
			}
			q, ok := x.clause(toks, d+1, s.End)
			if !ok || x.covered(qs, q.Start) || x.covered(out, q.Start) {
				continue
			}
			sp := x.documentOwner(toks, k)
			if sp == nil {
				continue
			}
			sp.speaks(&q)
			q.Cue, q.CueStart, q.CueEnd = x.doc.Text[toks[k].Start:toks[d-1].End], toks[k].Start, toks[d-1].End
			out = append(out, q)
		}
	}
	return out
}

// documentVerb reports whether toks, between "waarin" and "dat", say what
// a text holds: "staat", "wordt gemeld", "wordt gesteld".
func documentVerb(toks []nl.Token) bool {
	if len(toks) == 0 {
		return false
	}
	last := strings.ToLower(toks[len(toks)-1].Text)
	switch last {
	case "staat", "stond", "stonden", "staan":
		return true
	case "gemeld", "gesteld", "geschreven", "geconcludeerd", "beweerd", "verklaard":
		for _, t := range toks[:len(toks)-1] {
			if w := strings.ToLower(t.Text); w == "wordt" || w == "werd" || w == "worden" || w == "werden" {
				return true
			}
		}
	}
	return false
}

// covered reports whether a quote of qs other than a term holds offset.
func (x *extractor) covered(qs []kroniek.Quote, offset int) bool {
	for _, q := range qs {
		if q.Kind != kroniek.QuoteTerm && q.Start <= offset && offset < q.End {
			return true
		}
	}
	return false
}

// documentOwner returns who speaks through the document named before
// toks[k] ("waarin"): a body named in its phrase ("een persbericht van het
// Openbaar Ministerie"), else the phrase itself ("een artikel"); nil when
// no document noun stands there.
func (x *extractor) documentOwner(toks []nl.Token, k int) *speaker {
	j := k - 1
	if j >= 0 && toks[j].Text == "," {
		j--
	}
	start := -1
	for i := j; i >= 0 && i >= j-6; i-- {
		t := toks[i]
		if m, ok := x.mentionAt(t.Start, t.End); ok && m.Local != "" && x.locals[m.Local].Type == kroniek.ORG {
			return x.fromMention(m)
		}
		if isArticle(toks, i) {
			start = i
			break
		}
		if t.Kind != nl.Word || x.verbTok(t) {
			break
		}
	}
	if start < 0 || start+1 >= len(toks) {
		return nil
	}
	for i := start + 1; i <= j && i <= start+3; i++ {
		if noun := toks[i].Text; isLowerWord(noun) && documentNoun(noun) {
			e := toks[i].End
			return &speaker{text: x.doc.Text[toks[start].Start:e], start: toks[start].Start, end: e}
		}
	}
	return nil
}

// documentNoun reports whether w names a written text that says things:
// "artikel", "persbericht", "partijmanifest", "rapport".
func documentNoun(w string) bool {
	for _, d := range []string{"artikel", "bericht", "manifest", "rapport", "brief", "verklaring", "publicatie", "nota", "verslag", "amendement", "motie", "document", "programma", "akkoord", "vonnis", "uitspraak", "arrest", "advies"} {
		if strings.HasSuffix(w, d) {
			return true
		}
	}
	return false
}

// bodyLead reports whether sp, the subject of a lead-in that ends in a
// colon, is an organisation named at the head of a short lead-in: "Kalitta
// bijt terug: «Q»", "De KNVB reageert: «Q»".
func (x *extractor) bodyLead(ps nl.Sentence, sp *speaker) bool {
	l, ok := x.locals[sp.local]
	if !ok || l.Type != kroniek.ORG || len(ps.Tokens) > 6 {
		return false
	}
	for k, t := range ps.Tokens {
		if t.Start >= sp.start {
			return true
		}
		if !isArticle(ps.Tokens, k) && !isCoordinator(t.Text) {
			return false // "Volgens de krant gaat X …:": not the lead-in's head
		}
	}
	return false
}

// documentIn gives a quote whose speaker is a document in or of a named
// body ("aldus een artikel in Trouw", "het rapport van de Raad van
// State") to that body, and reports whether it did.
func (x *extractor) documentIn(q *kroniek.Quote) bool {
	toks := x.tokensIn(q.SpeakerStart, q.SpeakerEnd)
	for k := 1; k+1 < len(toks) && k <= 3; k++ {
		if w := strings.ToLower(toks[k].Text); (w != "in" && w != "van") || !isLowerWord(toks[k-1].Text) || !documentNoun(toks[k-1].Text) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if m, ok := x.mentionAt(toks[j].Start, toks[j].End); ok && m.Local != "" && x.locals[m.Local].Type == kroniek.ORG {
				q.SpeakerLocal = m.Local
				return true
			}
		}
	}
	return false
}

// boards are nouns for the ones who run a body and speak as it: "het
// bestuur van X" says what X says.
var boards = map[string]bool{"bestuur": true, "hoofdbestuur": true, "dagelijks bestuur": true, "directie": true, "leiding": true, "clubleiding": true, "partijleiding": true, "partijtop": true, "top": true, "raad van bestuur": true}

// boardSpeaks gives a quote whose speaker is the board of a named
// organisation ("het bestuur van Tubantia", "de directie van de Zeeuwse
// Veilingen") to that organisation; a name the entity layer typed MISC
// is one too when it has a board.
func (x *extractor) boardSpeaks(q *kroniek.Quote) {
	if q.SpeakerLocal != "" || q.SpeakerEnd <= q.SpeakerStart {
		return
	}
	lt := strings.ToLower(q.SpeakerText)
	det, rest, ok := strings.Cut(lt, " ")
	if !ok || det != "de" && det != "het" {
		return
	}
	noun, _, ok := strings.Cut(rest, " van ")
	if !ok || !boards[noun] {
		return
	}
	k := x.mentionFrom(q.SpeakerStart)
	for ; k < len(x.mentions) && x.mentions[k].Start < q.SpeakerEnd; k++ {
		m := x.mentions[k]
		if m.End == q.SpeakerEnd && m.Local != "" && (x.locals[m.Local].Type == kroniek.ORG || x.locals[m.Local].Type == kroniek.MISC) {
			q.SpeakerLocal = m.Local
			return
		}
	}
}

// pairWords describe two persons together.
var pairWords = map[string]bool{"duo": true, "tweetal": true, "echtpaar": true, "koppel": true, "beiden": true}

// pairSpeaks gives a quote whose speaker is a definite description of two
// ("het duo", "de twee dierenorganisaties", "de beide universiteiten") to
// the first of the last two names the article joined with "en" before
// it ("Frankrijk en Duitsland", "Jan Torny en Huub Gerard"), within a few
// sentences: what a pair says goes to the first-named. Persons for a
// pair of persons, bodies or places for any other.
func (x *extractor) pairSpeaks(q *kroniek.Quote) {
	if q.SpeakerLocal != "" || q.SpeakerEnd <= q.SpeakerStart {
		return
	}
	words := strings.Fields(strings.ToLower(q.SpeakerText))
	if len(words) < 2 || len(words) > 4 || words[0] != "de" && words[0] != "het" {
		return
	}
	head := words[len(words)-1]
	persons := pairWords[head]
	if !persons && words[1] != "twee" && words[1] != "beide" {
		return
	}
	for _, c := range append(singulars(head), head) {
		persons = persons || personNoun(c)
	}
	if a, _, ok := x.joinedPairBefore(q.SpeakerStart, func(a, b kroniek.Mention) bool {
		return (x.locals[a.Local].Type == kroniek.PER) == persons && (x.locals[b.Local].Type == kroniek.PER) == persons
	}); ok {
		q.SpeakerLocal = a.Local
	}
}

// joinedPairBefore finds the last two names joined by "en" before pos
// ("VNO-NCW en MKB-Nederland", "Jan Torny en Huub Gerard"), within 1,500
// bytes, two different entities outside quotation marks, for which fits
// holds; a comes first in the text.
func (x *extractor) joinedPairBefore(pos int, fits func(a, b kroniek.Mention) bool) (a, b kroniek.Mention, ok bool) {
	for k := x.mentionFrom(pos) - 1; k > 0; k-- {
		b, a := x.mentions[k], x.mentions[k-1]
		if pos-b.End > 1500 {
			break
		}
		if a.Local == "" || b.Local == "" || a.Local == b.Local || x.quoted(a.Start) || !joined(x.doc.Text[a.End:b.Start]) {
			continue
		}
		if fits(a, b) {
			return a, b, true
		}
	}
	return kroniek.Mention{}, kroniek.Mention{}, false
}

// joined reports whether between, the text between two names, joins them
// with "en" and at most two lower-case words ("en dierenorganisatie",
// "en de").
func joined(between string) bool {
	rest, ok := strings.CutPrefix(between, " en ")
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	if len(words) > 2 || rest != "" && !strings.HasSuffix(rest, " ") {
		return false
	}
	for _, w := range words {
		if !isLowerWord(w) {
			return false
		}
	}
	return true
}

// spokesCompound leaves a spokesperson the article does not name
// anonymous when the body is written into the role's compound: "aldus de
// ING-woordvoerder" is a spokesperson of ING, said in the article's
// words like "een woordvoerder van de ILT", not the bank itself. A name
// after the compound ("AH-woordvoerder Ronald van der Aart") is
// personAfter's.
func (x *extractor) spokesCompound(q *kroniek.Quote) {
	if q.SpeakerLocal == "" || x.isPersonLocal(q.SpeakerLocal) || q.SpeakerEnd >= len(x.doc.Text) || x.doc.Text[q.SpeakerEnd] != '-' {
		return
	}
	rest := x.doc.Text[q.SpeakerEnd+1:]
	n := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if n < 0 {
		n = len(rest)
	}
	if n == 0 {
		return
	}
	if r, ok := nl.Lex().RoleHead(strings.ToLower(rest[:n])); !ok || !spokes[r.Lemma] {
		return
	}
	end := q.SpeakerEnd + 1 + n
	if m, ok := x.mentionAt(end+1, end+2); ok && m.Start == end+1 && x.isPerson(m) {
		return // "AH-woordvoerder Ronald van der Aart"
	}
	start := q.SpeakerStart
	if i := x.tokenAt(start); i > 0 && i < len(x.doc.Tokens) && isArticle(x.doc.Tokens, i-1) {
		start = x.doc.Tokens[i-1].Start
	}
	q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = "", x.doc.Text[start:end], start, end
}

// mentionStarts reports whether a person or body of the article begins
// at t.
func (x *extractor) mentionStarts(t nl.Token) bool {
	m, ok := x.mentionAt(t.Start, t.End)
	return ok && m.Start == t.Start && m.Local != ""
}
