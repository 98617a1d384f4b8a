package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Descriptions of speakers: roles, bodies by their kind, and people the
// article does not name.

// personNoun reports whether lw names a single person by a role or a
// relation ("advocaat", "buurvrouw", "moeder"), not a body or a group.
func personNoun(lw string) bool {
	if r, ok := nl.Lex().RoleHead(lw); ok && r.Tag == "per" && strings.HasSuffix(lw, r.Lemma) {
		return true
	}
	return nl.Lex().Is(nl.Class("role_female"), lw) || nl.Lex().Is(nl.Class("role_male"), lw)
}

// anonPerson reports whether sp is a person the article does not name
// rather than one it named before in other words: a description whose head
// is a person noun and that brings someone new ("een bewoner van nummer
// 58"), says whose they are ("zijn vrouw", "de advocaat van X") or names a
// relation to someone ("de advocaat", "de woordvoerster"). "De arts" or
// "de eigenaar" is as often the person just named, and stays unused.
func (x *extractor) anonPerson(sp *speaker) bool {
	if sp == nil || sp.local != "" || sp.text == "" {
		return false
	}
	words := strings.Fields(strings.ToLower(sp.text))
	if len(words) < 2 || !articles[words[0]] && !possessives[words[0]] && !ownPossessives[words[0]] {
		return false
	}
	for k, w := range words[1:min(len(words), 4)] {
		if w == "van" {
			break
		}
		if !personNoun(w) {
			continue
		}
		owner := k+2 < len(words) && words[k+2] == "van"
		if possessives[words[0]] {
			// "zijn advocaat"; not "zijn vrouw wilde …", most often
			// narration about the one the article is about.
			return relational(w) && !kin[w]
		}
		return words[0] == "een" || ownPossessives[words[0]] || owner || relational(w)
	}
	return false
}

// relational reports whether a person noun names someone by their tie to
// another: a lawyer, a spokesperson, kin or a friend ("de advocaat", "de
// weduwe"). Not "de man" or "de vrouw", who may be anyone.
func relational(w string) bool {
	if r, ok := nl.Lex().RoleHead(w); ok && (spokes[r.Lemma] || r.Lemma == "advocaat" || r.Lemma == "raadsman" || r.Lemma == "raadsvrouw") {
		return true
	}
	return kin[w]
}

// wordGoesOn reports whether the text at offset continues a word: "VVD"
// in "VVD-achterban".
func wordGoesOn(text string, offset int) bool {
	r, _ := utf8.DecodeRuneInString(text[offset:])
	return offset < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-')
}

// kin are nouns of family and friends.
var kin = map[string]bool{"moeder": true, "vader": true, "zoon": true, "dochter": true, "broer": true, "zus": true, "zuster": true,
	"echtgenoot": true, "echtgenote": true, "weduwe": true, "weduwnaar": true, "vriend": true, "vriendin": true, "buurman": true,
	"buurvrouw": true, "opa": true, "oma": true, "grootvader": true, "grootmoeder": true, "oom": true, "tante": true,
	"schoonmoeder": true, "schoonvader": true, "stiefmoeder": true, "stiefvader": true, "partner": true}

// mainVerb reports whether the parse makes t the verb of its sentence's
// main clause: "In de rechtszaal stelt de advocaat …", not "wat de
// consument acceptabel vindt".
func (x *extractor) mainVerb(t nl.Token) bool {
	i := x.tokenIndex(t)
	return x.parsed(i) && x.doc.Tokens[i].Head < 0
}

// opensSentence reports whether offset starts its sentence, or follows
// only a coordinator ("Maar de advocaat …").
func (x *extractor) opensSentence(offset int) bool {
	ss := x.doc.Sentences[x.sentenceAt(offset)]
	toks := x.tokensIn(ss.Start, offset)
	return len(toks) == 0 || len(toks) == 1 && isCoordinator(toks[0].Text)
}

// owned widens a description at toks[k] to the one it belongs to when a
// name follows: "de advocaat van Van Egten", "een woordvoerder van het
// ministerie van Justitie".
func (x *extractor) owned(toks []nl.Token, k int, sp *speaker) *speaker {
	if k+2 >= len(toks) || !wordAt(toks, k+1, ownerPreps) {
		return sp
	}
	for j := k + 2; j < len(toks) && j <= k+4; j++ {
		if m, ok := x.mentionAt(toks[j].Start, toks[j].End); ok && m.Local != "" && m.Start == toks[j].Start && !wordGoesOn(x.doc.Text, m.End) {
			w := *sp
			w.end = m.End
			w.text = x.doc.Text[w.start:w.end]
			return &w
		}
		if !isArticle(toks, j) && !isAdjective(toks[j].Text) {
			break
		}
	}
	return sp
}

// description resolves "de Russische president" to the person the
// article named with those words; toks[k] is the role noun.
func (x *extractor) description(toks []nl.Token, k int) *speaker {
	start, words0 := k, k // the text takes in "openbare"; the words that must describe someone do not
	for start > 0 && (isArticleOrAdj(toks[start-1]) || inflected(toks, start-1)) {
		if start--; words0 == start+1 && isArticleOrAdj(toks[start]) {
			words0 = start
		}
	}
	for start < k && (strings.EqualFold(toks[start].Text, "van") || isPreposition(toks[start].Text)) {
		start++ // "van de verdachte": the preposition is not the speaker
	}
	sp := &speaker{text: x.doc.Text[toks[start].Start:toks[k].End], start: toks[start].Start, end: toks[k].End}
	var words []string
	for _, t := range toks[max(start, words0) : k+1] {
		lw := strings.ToLower(t.Text)
		if i := strings.LastIndex(lw, "-"); i > 0 && isCapitalised(t.Text) && personNoun(lw[i+1:]) {
			lw = lw[i+1:] // "VVD-fractievoorzitter": a fractievoorzitter
		}
		if lw != "de" && lw != "het" && lw != "een" {
			words = append(words, baseRole(lw))
		}
	}
	// The most recent person before the description whose describing
	// words include all of these (among the last few hundred mentions);
	// never for a plural ("zeggen bewoners van de buurt" is not the one
	// "Bewoners Ron en Miranda" named first).
	plural := pluralRole(toks[k].Text)
	for i, n := x.mentionFrom(sp.start)-1, 0; i >= 0 && n < 300 && !plural; i, n = i-1, n+1 {
		m := x.mentions[i]
		if m.Local == "" || !x.isPerson(m) {
			continue
		}
		if containsAll(x.described[m.Local], words) {
			if x.titledOnly(m.Local, words) && x.personBetween(m.End, sp.start, m.Local) {
				continue // "architect Ellen van Loon … De Bruijn … De architect": not her
			}
			sp.local = m.Local
			return sp
		}
	}
	// "De bond wil …", "de toezichthouder stelt": a body described by its
	// kind is the body of the article named last before it, outside
	// quotations.
	if lemma, ok := bodyKind(toks[k].Text); ok {
		if m, ok := x.lastBody(sp.start, lemma, false); ok {
			sp.local = m.Local
			return sp
		}
	}
	// "De onderzoekers" after "bureau BDO, dat onderzoek heeft gedaan",
	// "een onderzoek van de Auditdienst Rijk": the body whose research
	// the article reports.
	if strings.EqualFold(toks[k].Text, "onderzoekers") {
		if m, ok := x.researchBody(sp.start); ok {
			sp.local = m.Local
			return sp
		}
	}
	// "De juristen" after "juristencollectief Pilp": a plural that opens
	// the compound the article put before a body's name.
	if m, ok := x.compoundBody(toks, k, sp.start); ok {
		sp.local = m.Local
		return sp
	}
	// Not "een woordvoerder" → the body named before it: an unnamed
	// spokesperson is a person of their own (GUIDELINES.md:
	// anon-woordvoerder-politie).
	// Or the first one after it ("de Russische president Vladimir Poetin" later on).
	after := x.mentionFrom(sp.end + 1)
	for _, m := range x.mentions[after:min(len(x.mentions), after+300)] {
		// (A plural's owner right after it, "partijgenoten van Donald
		// Trump", is read here as before: the group passes give the words
		// back, the entity away.)
		if (!plural || x.ownerRightAfter(toks, k, m)) && m.Local != "" && x.isPerson(m) && containsAll(x.described[m.Local], words) && !(x.titledOnly(m.Local, words) && x.personBetween(sp.end, m.Start, m.Local)) {
			sp.local = m.Local
			return sp
		}
	}
	// "zegt het bedrijf dat die reis zou verzorgen" opening the article:
	// with no body before, the one named right after.
	if lemma, ok := bodyKind(toks[k].Text); ok && anyBody[lemma] && strings.EqualFold(toks[k].Text, lemma) && x.sentenceAt(sp.start) < 2 {
		for _, m := range x.mentions[after:min(len(x.mentions), after+30)] {
			if m.Start-sp.end > 400 {
				break
			}
			if m.Local != "" && !x.quoted(m.Start) && x.locals[m.Local].Type == kroniek.ORG {
				if _, before := x.lastBody(sp.start, lemma, true); !before {
					sp.local = m.Local
					return sp
				}
				break
			}
		}
	}
	// "De regering in Berlijn", "de advocaat van Van Egten": whose or where.
	return x.owned(toks, k, sp)
}

// ownerRightAfter reports whether mention m is whose toks[k] is: "van"
// and at most an article between ("de advocaten van Van Laarhoven").
func (x *extractor) ownerRightAfter(toks []nl.Token, k int, m kroniek.Mention) bool {
	if k+2 >= len(toks) || !strings.EqualFold(toks[k+1].Text, "van") {
		return false
	}
	j := k + 2
	if isArticle(toks, j) && j+1 < len(toks) {
		j++
	}
	return m.Start == toks[j].Start
}

// titledOnly reports whether one of words describes local only as a
// common noun before its name that the role lexicon does not know
// ("voetballer Huntelaar"), which the description may share with
// someone else of that trade.
func (x *extractor) titledOnly(local string, words []string) bool {
	for _, w := range words {
		if x.titles[local+"\x00"+w] {
			return true
		}
	}
	return false
}

// pluralRole reports whether w is the plural of a role noun of persons
// ("bewoners", "advocaten"): a group, never one person named.
func pluralRole(w string) bool {
	lw := strings.ToLower(w)
	r, ok := nl.Lex().RoleHead(lw)
	return ok && r.Form != r.Lemma && strings.HasSuffix(lw, r.Form)
}

// researchBody returns the body (an organisation, outside quotations)
// the article first names in a sentence that speaks of research
// ("onderzoek", "onderzocht", "onderzoeksbureau") before the sentence
// of offset: the study an article reports on comes first.
func (x *extractor) researchBody(offset int) (kroniek.Mention, bool) {
	own := x.sentenceAt(offset)
	for _, m := range x.mentions[:x.mentionFrom(offset)] {
		if m.Local == "" || x.quoted(m.Start) || x.locals[m.Local].Type != kroniek.ORG || x.sentenceAt(m.Start) >= own {
			continue
		}
		for _, t := range x.doc.Sentences[x.sentenceAt(m.Start)].Tokens {
			if strings.HasPrefix(strings.ToLower(t.Text), "onderzo") {
				return m, true
			}
		}
	}
	return kroniek.Mention{}, false
}

// baseRole returns the role a description's word names without a prefix
// of praise or a feminine ending ("topadvocate" → "advocaat",
// "kandidate" → "kandidaat"), when that is a role; else w.
func baseRole(w string) string {
	b := w
	for _, p := range []string{"top", "star", "super"} {
		if r := strings.TrimPrefix(b, p); r != b && isRoleNoun(r) {
			b = r
			break
		}
	}
	if strings.HasSuffix(b, "ate") && isRoleNoun(b[:len(b)-3]+"aat") {
		b = b[:len(b)-3] + "aat"
	}
	if m := feminineLoge(b); m != "" {
		b = m // "sociologe": a socioloog
	}
	if b != w && isRoleNoun(b) {
		return b
	}
	return w
}

// carriedSubject returns the person a definite role description stands
// for when the sentence before has that named person as its subject and
// no other person is named in between ("Hillary waarschuwde dat … .
// 'Q', aldus de oud-minister."); "" otherwise. The role must be one of a
// single person and agree in gender.
func (x *extractor) carriedSubject(toks []nl.Token, k int) string {
	lw := strings.ToLower(toks[k].Text)
	if !x.definiteRole(toks, k) {
		return ""
	}
	si := x.sentenceAt(toks[k].Start)
	if si < 1 {
		return ""
	}
	ps := x.doc.Sentences[si-1]
	for n := 0; n < 6 && si > 1 && (x.quoted(ps.Start) || len(ps.Tokens) > 0 && isQuoteTok(ps.Tokens[0])); n++ {
		si-- // back over the quotation the description attributes
		ps = x.doc.Sentences[si-1]
	}
	if x.quoted(ps.Start) || x.speechIn(ps) {
		return "" // titles in marks ("bij 'Jensen'") leave it narration
	}
	sub := x.narrationSubject(ps)
	if (sub == nil || sub.local == "") && si > 1 && !x.namesPerson(ps) {
		// "Van Bommel baalde evenzeer. Uiteindelijk was het publiek de
		// grote winnaar. «Q», treurde de coach.": a sentence that names
		// no one between leaves the person the one before is about.
		// Only a person the tagger typed so: a body that spoke before
		// ("Het RIVM heeft berekend …") is no "mazelenexpert".
		if pps := x.doc.Sentences[si-2]; !x.quoted(pps.Start) && !x.speechIn(pps) && !x.hasQuote(pps) {
			if sub = x.narrationSubject(pps); sub != nil && x.locals[sub.local].Type != kroniek.PER {
				sub = nil
			}
		}
	}
	if sub == nil || sub.local == "" || !x.personSpeaker(sub) {
		return ""
	}
	if g, pg := wordGender(lw), x.personGender(sub.local); g != genderUnknown && pg != genderUnknown && g != pg {
		return ""
	}
	if x.personBetween(sub.end, toks[k].Start, sub.local) {
		return ""
	}
	return sub.local
}

// narrationSubject returns the subject of the narration sentence ps, or
// whose view it gives ("Volgens hem moet May …"); nil for none.
func (x *extractor) narrationSubject(ps nl.Sentence) *speaker {
	if pt := ps.Tokens; len(pt) > 2 && strings.EqualFold(pt[0].Text, "volgens") {
		return x.volgensWho(pt)
	}
	return x.sentenceSubject(ps)
}

// namesPerson reports whether sentence ps names a person outside
// quotation marks.
func (x *extractor) namesPerson(ps nl.Sentence) bool {
	return x.personBetween(ps.Start, ps.End, "")
}

// definiteRole reports whether toks[k] is the role noun of a definite
// description of one person, outside quotations: "de (Russische)
// minister", not "een minister", "de woordvoerder" or "de ministers".
func (x *extractor) definiteRole(toks []nl.Token, k int) bool {
	lw := strings.ToLower(toks[k].Text)
	r, ok := nl.Lex().RoleHead(lw)
	det := k - 1
	if det > 0 && (isAdjective(toks[det].Text) || isLowerWord(toks[det].Text) && !isArticle(toks, det) && toks[det].Kind == nl.Word) {
		det-- // "de Russische minister", "de emeritus hoogleraar"
	}
	return ok && r.Tag == "per" && !spokes[r.Lemma] && strings.HasSuffix(lw, r.Lemma) && det >= 0 && wordAt(toks, det, map[string]bool{"de": true, "het": true}) && !x.quoted(toks[k].Start)
}

// lastQuoted returns the person who spoke the quotation prev when a
// definite role description at toks[k] attributes the next one and the
// article described no one so: "«Q», zegt Van der Knaap. … «Q2», zegt de
// verkeerskundige." prev must be at most three sentences back, no other
// person named since, the gender must agree, and the role must not name
// someone by their tie to another ("de advocaat", "de moeder": often
// someone new); "" otherwise. The sentences count from where prev ends: a
// long quotation ("«Q1. Q2. Q3. Q4.» Daarna …, zegt de politiechef.") is
// no distance.
func (x *extractor) lastQuoted(toks []nl.Token, k int, prev *kroniek.Quote) string {
	if prev == nil || prev.SpeakerLocal == "" || !x.isPersonLocal(prev.SpeakerLocal) || !x.definiteRole(toks, k) {
		return ""
	}
	lw := strings.ToLower(toks[k].Text)
	if relational(lw) || kin[lw] || x.sentenceAt(toks[k].Start)-x.sentenceAt(prev.End-1) > 3 {
		return ""
	}
	if g, pg := wordGender(lw), x.personGender(prev.SpeakerLocal); g != genderUnknown && pg != genderUnknown && g != pg {
		return ""
	}
	if x.personBetween(prev.End, toks[k].Start, prev.SpeakerLocal) || x.roleUsedBefore(toks, k, prev.SpeakerLocal) {
		return ""
	}
	return prev.SpeakerLocal
}

// roleUsedBefore reports whether the article used the role word at
// toks[k] before, outside quotations, for someone other than local: in
// "Volgens X heeft de rechter een fout begaan. … Volgens de rechter …"
// the judge is the one met before, not X. A title right before local's
// name ("premier May … De premier zei dat …") is local's own.
func (x *extractor) roleUsedBefore(toks []nl.Token, k int, local string) bool {
	lw := strings.ToLower(toks[k].Text)
	for j := 0; j < k; j++ {
		if !strings.EqualFold(toks[j].Text, lw) || x.quoted(toks[j].Start) {
			continue
		}
		if m, ok := x.mentionWithin(toks[j+1:min(len(toks), j+8)], 6); ok && x.personOf(m) == local {
			continue
		}
		return true
	}
	return false
}

// hasRole reports whether the article described local by a role noun.
func (x *extractor) hasRole(local string) bool {
	for _, w := range x.described[local] {
		if isRoleNoun(w) {
			return true
		}
	}
	return false
}

// inflected reports whether toks[j] is an inflected adjective between an
// article and its noun: "de Spaanse openbare aanklager".
func inflected(toks []nl.Token, j int) bool {
	w := toks[j].Text
	if toks[j].Kind != nl.Word || isCapitalised(w) || !strings.HasSuffix(w, "e") || nl.IsStopword(strings.ToLower(w)) || isRoleNoun(strings.ToLower(w)) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if isArticle(toks, k) {
			return true
		}
		if toks[k].Kind != nl.Word {
			return false
		}
	}
	return false
}

// anyBody are kinds of body that any organisation named before may be.
var anyBody = map[string]bool{"bond": true, "vakbond": true, "partij": true, "club": true, "organisatie": true, "bedrijf": true, "fractie": true,
	"maatschappij": true, "toezichthouder": true, "dienst": true, "onderneming": true, "concern": true, "vervoerder": true, "verzekeraar": true, "instelling": true}

// bodyKinds are kinds of body the role lexicon does not list, matched at
// the end of a word ("luchtvaartmaatschappij", "inlichtingendienst").
var bodyKinds = []string{"maatschappij", "toezichthouder", "dienst", "onderneming", "concern", "vervoerder", "verzekeraar", "instelling"}

// spokes are role nouns of one who speaks for a body.
var spokes = map[string]bool{"woordvoerder": true, "woordvoerster": true, "zegsman": true, "zegsvrouw": true}

// bodyKind returns the kind of body the noun w names ("de bond", "de
// luchtvaartmaatschappij"), as its lemma; false for any other word.
func bodyKind(w string) (string, bool) {
	lw := strings.ToLower(w)
	if r, ok := nl.Lex().RoleHead(lw); ok {
		return r.Lemma, r.Tag == "group" && strings.HasSuffix(lw, r.Lemma)
	}
	for _, k := range bodyKinds {
		if lw == k || strings.HasSuffix(lw, k) && (len(lw)-len(k) >= 4 || strings.HasSuffix(lw[:len(lw)-len(k)], "-")) { // not "verdienst"
			return k, true
		}
	}
	return "", false
}

// lastBody returns the organisation named last before offset (within
// about 1,000 characters, outside quotations; in the sentence of offset
// only if same) that may be of kind lemma:
// any organisation for a kind any body may be ("de bond", "de
// maatschappij") or for lemma "", else one whose name says the kind
// ("het kabinet", "de politie"). One named as a subject or apposition
// comes before one named as an object ("X adviseerde het ministerie …
// de toezichthouder" is X).
func (x *extractor) lastBody(offset int, lemma string, same bool) (kroniek.Mention, bool) {
	var fallback kroniek.Mention
	found := false
	for i := x.mentionFrom(offset) - 1; i >= 0 && offset-x.mentions[i].Start < 1000; i-- {
		m := x.mentions[i]
		if m.Local == "" || x.quoted(m.Start) || !same && x.sentenceAt(m.Start) == x.sentenceAt(offset) {
			continue // "X, zo stelt de toezichthouder": X is what it says
		}
		l, ok := x.locals[m.Local]
		named := lemma != "" && namesKind(m.Text, lemma) // "De Boa Bond", however typed
		if !ok || l.Type != kroniek.ORG && !(named && l.Type == kroniek.MISC) || !(lemma == "" || anyBody[lemma] || named) {
			continue
		}
		// Not an object, nor a body that only qualifies a word ("VVD-kopstuk
		// Hans Wiegel"): those only when no other fits ("NAC-fans …").
		if !x.objectMention(m) && !wordGoesOn(x.doc.Text, m.End) {
			return m, true
		}
		if !found {
			fallback, found = m, true
		}
	}
	return fallback, found
}

// namesKind reports whether a word of name is of kind lemma, the word
// itself or a compound ending in it: "De Boa Bond" and "Rabobank" are a
// bond and a bank, but "Bank Nederlandse Gemeenten" is no gemeente and
// "Politieacademie" no politie (a word that only holds the kind names
// something else).
func namesKind(name, lemma string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		if strings.HasSuffix(w, lemma) {
			return true
		}
	}
	return false
}

// compoundBody returns the body named last before offset (about 1,000
// characters, outside quotations) whose name follows a compound that
// opens with the plural noun toks[k] under "de": "de juristen" →
// "juristencollectief Pilp", "de boeren" → "boerenorganisatie LTO".
func (x *extractor) compoundBody(toks []nl.Token, k, offset int) (kroniek.Mention, bool) {
	lw := toks[k].Text
	if k == 0 || !strings.EqualFold(toks[k-1].Text, "de") || isCapitalised(lw) || len(lw) < 4 || !strings.HasSuffix(lw, "en") && !strings.HasSuffix(lw, "s") {
		return kroniek.Mention{}, false
	}
	for i := x.mentionFrom(offset) - 1; i >= 0 && offset-x.mentions[i].Start < 1000; i-- {
		m := x.mentions[i]
		if m.Local == "" || x.quoted(m.Start) || x.locals[m.Local].Type != kroniek.ORG {
			continue
		}
		j := x.tokenAt(m.Start) - 1
		if j < 0 {
			continue
		}
		if w := strings.ToLower(x.doc.Tokens[j].Text); len(w) > len(lw)+3 && strings.HasPrefix(w, lw) && !isCapitalised(x.doc.Tokens[j].Text) {
			return m, true
		}
	}
	return kroniek.Mention{}, false
}

// objectMention reports whether the parse makes a mention the object of a
// verb or preposition.
func (x *extractor) objectMention(m kroniek.Mention) bool {
	if x.afterPreposition(m) {
		return true
	}
	i := x.tokenAt(m.Start)
	for n := 0; n < 6 && x.parsed(i); n++ {
		switch rel := x.doc.Tokens[i].Rel; {
		case rel == "obj" && x.subjectless(x.doc.Tokens[i].Head):
			return false // the clause's only argument: its subject
		case rel == "obj" || rel == "iobj" || strings.HasPrefix(rel, "obl") || strings.HasPrefix(rel, "nmod"):
			return true
		case rel == "conj" || rel == "appos" || strings.HasPrefix(rel, "flat") || rel == "compound":
			i = x.doc.Tokens[i].Head // "KLM en partner Delta": as KLM
		default:
			return false
		}
	}
	return false
}

// subjectless reports whether v is a finite verb the parse gives no
// subject (nsubj, csubj, expl) in a clause that is no question: its object
// is then the subject the parse took for one, as Dutch finite clauses have
// a subject ("Naast het bisdom liet ook de Sint Michaëlbrigade van zich
// horen": the brigade hangs as obj of liet).
func (x *extractor) subjectless(v int) bool {
	d := x.doc
	if v < 0 || !x.parsed(v) || d.Tokens[v].POS != nl.VERB && d.Tokens[v].POS != nl.AUX || d.Tokens[v].Feats&nl.FeatFin == 0 {
		return false
	}
	for _, r := range []string{"nsubj", "csubj", "expl"} {
		if len(d.Dependents(v, r)) > 0 {
			return false
		}
	}
	for _, c := range d.Children(v) {
		if d.Tokens[c].Rel == "punct" && d.Tokens[c].Text == "?" {
			return false
		}
	}
	return true
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w || roleWord(h, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(want) > 0
}

// roleWord reports whether w is one word of the description h ("russische
// president") or the role that word ends in ("schooldirecteur" for
// "directeur"), not a longer role that merely ends in it
// ("christenunievoorman" is no "man") nor a press role.
func roleWord(h, w string) bool {
	for _, f := range strings.Fields(h) {
		if f == w {
			return true
		}
		if r, ok := nl.Lex().RoleHead(f); ok && strings.HasSuffix(f, w) && len(r.Form) == len(w) && !strings.HasPrefix(f, "pers") {
			return true // not "persadvocaat-generaal", "persofficier": who speaks to the press for one
		}
	}
	return false
}

// personAfter gives a quote whose speaker is a party, body or bare title
// directly followed by a person to that person: "zegt VVD-lijsttrekker
// Jan Jansen", "Voormalig raadslid Piet Klaas gaf aan": the person speaks,
// not the party or the title before the name.
func (x *extractor) personAfter(q *kroniek.Quote) {
	if q.SpeakerEnd <= q.SpeakerStart || q.SpeakerEnd >= len(x.doc.Text) {
		return
	}
	if l, ok := x.locals[q.SpeakerLocal]; ok && l.Type == kroniek.PER || isPronoun(strings.ToLower(q.SpeakerText)) {
		return // "verweet hij Rutte …": a name after a pronoun is its object
	}
	rest := x.doc.Text[q.SpeakerEnd:]
	n := 0
	if strings.HasPrefix(rest, "-") {
		// the tail of a compound: "VVD-lijsttrekker"
		n = 1 + strings.IndexFunc(rest[1:], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
		if n <= 1 {
			return
		}
	}
	if n >= len(rest) || rest[n] != ' ' {
		return
	}
	if n > 0 {
		// "KLM-marketing directeur Femke de Zeeuw": the compound's role
		// written apart, one or two words in lower case ending in a role.
		off := q.SpeakerEnd + n + 1
		for _, t := range x.tokensIn(off, min(len(x.doc.Text), off+40)) {
			if t.Kind != nl.Word || !isLowerWord(t.Text) {
				break
			}
			if isRoleNoun(strings.ToLower(t.Text)) && t.End < len(x.doc.Text) && x.doc.Text[t.End] == ' ' {
				n = t.End - q.SpeakerEnd
				break
			}
		}
	}
	m, ok := x.mentionAt(q.SpeakerEnd+n+1, q.SpeakerEnd+n+2)
	if !ok || m.Start != q.SpeakerEnd+n+1 || !x.isPerson(m) {
		return
	}
	q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = x.personOf(m), m.Text, m.Start, m.End
}

// isName reports whether quoted words are only a name: every word
// capitalised or a name particle ("Terre des Femmes", "De Groene
// Amsterdammer"), so that the marks set off a name, not speech.
func isName(text string) bool {
	words := strings.Fields(text)
	if strings.ToUpper(text) == text {
		return false // words in capitals are shouted or written, not a name
	}
	if len(words) < 2 || len(words) > 5 || !isCapitalised(words[0]) || !isCapitalised(words[len(words)-1]) {
		return false
	}
	for _, w := range words {
		if !isCapitalised(w) && !nl.Lex().Is(nl.ClassParticle, strings.ToLower(w)) {
			return false
		}
		if strings.ContainsAny(w, ".!?,;:") {
			return false
		}
	}
	return true
}

// roleCompound gives a quote whose speaker is a body written into a
// person's role ("zegt een Labour-politicus", "De CDA-lijsttrekker
// vindt", "volgens PiS-politici") to the person or people the compound
// describes, as its words: the party does not speak, one of its
// politicians does. With a name right after the compound the name is
// the speaker (personAfter); a spokesperson's compound is
// spokesCompound's; a body's own part ("het Laborijn-bestuur", "de
// UBS-bank") stays the body.
func (x *extractor) roleCompound(q *kroniek.Quote) {
	if q.SpeakerLocal == "" || x.isPersonLocal(q.SpeakerLocal) || q.SpeakerEnd >= len(x.doc.Text) || x.doc.Text[q.SpeakerEnd] != '-' {
		return
	}
	rest := x.doc.Text[q.SpeakerEnd+1:]
	n := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if n < 0 {
		n = len(rest)
	}
	if n == 0 {
		return
	}
	w := strings.ToLower(rest[:n])
	if r, ok := nl.Lex().RoleHead(w); !(ok && r.Tag == "per" || personNoun(w)) || ok && spokes[r.Lemma] {
		return
	}
	end := q.SpeakerEnd + 1 + n
	if m, ok := x.mentionAt(end+1, end+2); ok && m.Start == end+1 && x.isPerson(m) {
		return // "VVD-wethouder Jan Jansen": personAfter's
	}
	start := q.SpeakerStart
	if i := x.tokenAt(start); i > 0 && i < len(x.doc.Tokens) && isArticle(x.doc.Tokens, i-1) && x.doc.Tokens[i-1].End < start {
		start = x.doc.Tokens[i-1].Start
	}
	q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = "", x.doc.Text[start:end], start, end
}

// ownerInDescription widens an unnamed speaker's description over the
// "van"-phrase the parse hangs on its head, so a reader sees whose it is:
// "de eigenaar van modezaak Mignon" rather than a bare "de eigenaar", "de
// officier van justitie" rather than "de officier". Only for a person
// noun; the speaker stays unnamed, only its words and end offset grow, up
// to the first comma, verb or quotation mark.
func (x *extractor) ownerInDescription(q *kroniek.Quote) {
	d := x.doc
	if q.SpeakerLocal != "" || q.Field != "" || q.SpeakerEnd <= q.SpeakerStart {
		return
	}
	h := x.tokenAt(q.SpeakerEnd - 1)
	if !x.parsed(h) || d.Tokens[h].End != q.SpeakerEnd || d.Tokens[h].POS != nl.NOUN || !personNoun(strings.ToLower(d.Tokens[h].Text)) ||
		h+2 >= len(d.Tokens) || !strings.EqualFold(d.Tokens[h+1].Text, "van") {
		return
	}
	c := d.Tokens[h+1].Head
	if c <= h+1 || d.Tokens[c].Head != h || !strings.HasPrefix(d.Tokens[c].Rel, "nmod") || d.Tokens[c].POS != nl.NOUN && d.Tokens[c].POS != nl.PROPN {
		return
	}
	end := x.ownerEnd(h+2, c)
	if end < c {
		return // the phrase breaks off before its own noun
	}
	if s, e := d.Tokens[h+1].Start, d.Tokens[end].End; e > q.Start && s < q.End && !inGap(q.Gaps, s, e) {
		return // the words would be the quotation's own
	}
	q.SpeakerEnd = d.Tokens[end].End
	q.SpeakerText = d.Text[q.SpeakerStart:q.SpeakerEnd]
}

// ownerEnd returns the last token of the owner phrase headed by c that
// starts at token from: within c's subtree and six tokens, before any
// comma, coordinator ("van de rechtbank en de aanklager" stops at "en";
// not "van de olie- en gasreus"),
// verb, pronoun (but a possessive) or quoted word; a number counts
// ("een bewoner van nummer 58").
func (x *extractor) ownerEnd(from, c int) int {
	d := x.doc
	_, last := d.Span(c)
	end := from - 1
	for k := from; k <= last && k < from+6; k++ {
		t := d.Tokens[k]
		lw := strings.ToLower(t.Text)
		if t.Kind != nl.Word && t.Kind != nl.Number || t.POS == nl.VERB || t.POS == nl.AUX || t.POS == nl.CCONJ && !strings.HasSuffix(d.Tokens[k-1].Text, "-") || t.POS == nl.PRON && !isPossessive(lw) || x.quoted(t.Start) {
			break
		}
		end = k
	}
	return end
}

// inGap reports whether [s, e) lies inside one of gaps.
func inGap(gaps [][2]int, s, e int) bool {
	for _, g := range gaps {
		if g[0] <= s && e <= g[1] {
			return true
		}
	}
	return false
}
