package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Pronouns and plural speakers: who hij, zij and ze stand for.

// pronoun resolves hij/zij/ze to the most recent person mentioned before
// it that is not the object of a preposition ("klampt Loekasjenko zich
// vast aan Poetin. Hij …" is Loekasjenko); failing that, the most recent
// person.
func (x *extractor) pronoun(t nl.Token) *speaker {
	sp := &speaker{text: t.Text, start: t.Start, end: t.End}
	// "Zij stellen dat …", "Ze zeggen:": a plural stands for no one person.
	if i := x.tokenIndex(t); x.parsed(i) && x.doc.Tokens[i].Head >= 0 && x.pluralVerb(x.doc.Tokens[i].Head) && strings.EqualFold(t.Text[:1], "z") {
		// "Zij liggen overhoop met de politie, want zij eisen …": the
		// plural subject earlier in the sentence is who it is (not for
		// "vinden ze in Zaanstad", the people of a place).
		if si := x.sentenceAt(t.Start); si >= 0 && !x.atPlace(t) {
			for _, e := range x.doc.Sentences[si].Tokens {
				j := x.tokenIndex(e)
				if e.Start >= t.Start || j < 0 || x.doc.Tokens[j].Head < 0 {
					break
				}
				if lw := strings.ToLower(e.Text); (lw == "zij" || lw == "ze") && strings.HasPrefix(x.doc.Tokens[j].Rel, "nsubj") && x.pluralVerb(x.doc.Tokens[j].Head) && !x.quoted(e.Start) {
					if p := x.pronoun(e); p.local != "" || p.text != e.Text {
						return &speaker{local: p.local, text: p.text, start: p.start, end: p.end}
					}
					break
				}
			}
		}
		// "De Bond van X (BVX) spreekt dat tegen. Zij zeggen …": a body
		// that is the subject of the sentence before.
		if b := x.bodySubjectBefore(t); b != nil {
			return b
		}
		// "Bij Aventus merkten ze …": the people of the body the clause
		// opens with.
		if b := x.bodyOpening(t); b != nil {
			return b
		}
		// "De besturen van bewonersorganisaties … zijn teleurgesteld. «Q»,
		// laten ze weten": the plural subject before, as its words.
		if p := x.pluralSubjectBefore(t); p != nil {
			return p
		}
		// "Dat is een opsteker voor de één miljoen demonstranten. Zij
		// willen dat …": the one group of people the sentence before
		// names, whatever the parse made of it.
		if p := x.pluralNounBefore(t); p != nil {
			return p
		}
		return sp
	}
	// "De kinder-ombudsman waarschuwde … . «Q», zei hij.": a description
	// that opens the sentence before, with no name in that sentence, is
	// who the pronoun means.
	if si := x.sentenceAt(t.Start); si > 0 {
		ps := x.doc.Sentences[si-1]
		if d := x.openingDescription(ps, pronounGender(t.Text)); d != nil {
			return d
		}
		// "«Q», aldus de advocaat. Na …, wijst hij op …": the person the
		// attribution closing the sentence before describes.
		if d := x.aldusDescription(ps); d != nil && (d.local == "" || pronounGender(t.Text) == genderUnknown || x.personGender(d.local) == genderUnknown || x.personGender(d.local) == pronounGender(t.Text)) {
			return &speaker{local: d.local, text: t.Text, start: t.Start, end: t.End}
		}
	}
	want := pronounGender(t.Text)
	// "werd een 21-jarige vrouw aangehouden. «Q», riep ze": an unnamed
	// person introduced since is who the pronoun means.
	if d := x.indefiniteBefore(t, want, false); d != nil {
		return d
	}
	// "De man zelf zegt dat … . Hij had een tas … . Zo wilde hij …": the
	// subject pronoun of the sentence before, naming no one, is who this
	// one is too.
	if d := x.chainedPronoun(t, want); d != nil {
		return d
	}
	fallback, fallbackSent, fallbackStart := "", -1, -1
	for k := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start >= t.Start }) - 1; k >= 0; k-- {
		m := x.mentions[k]
		if t.Start-m.Start > 5000 {
			break // a pronoun refers back a few paragraphs at most
		}
		if x.sameClauseSubject(m, t) {
			continue // "Fred Ros mocht volgens hem …": no pronoun means its own clause's subject
		}
		if x.inReportBefore(m, t) {
			continue // "«X geeft de kerk gelijk dat ze Valkering heeft geschorst», vertelt hij": what he tells, not who
		}
		if (x.possessive(m) || x.genitive(m)) && m.Local != "" && x.isPerson(m) && x.ownsPerson(m) {
			continue // "zei Jack Lang, Mitterrands minister": the owner is not who the sentence is about
		}
		if !x.isPerson(m) || m.Local == "" || x.quoted(m.Start) && !x.quoted(t.Start) || (want == genderMale && x.locals[x.personOf(m)].Type == kroniek.ORG || x.locals[x.personOf(m)].Type == kroniek.LOC || m.Type == kroniek.LOC) && !x.titled(m) {
			continue // "hij" is no organisation, even one that spoke, nor a place; a name inside a quotation is what was said (unless the pronoun is in one too)
		}
		// "zegt zij" is not the man named last.
		if g := x.personGender(x.personOf(m)); g != genderUnknown && want != genderUnknown && g != want {
			continue
		}
		if fallback == "" {
			fallback, fallbackSent, fallbackStart = m.Local, x.sentenceAt(m.Start), m.Start
		} else if fallback != m.Local && x.sentenceAt(m.Start) < fallbackSent && x.quotationsBetween(fallbackSent, x.sentenceAt(t.Start)) && x.nearerThan(fallbackSent, t) {
			// "Harald: «Q1» Dat geldt ook voor Lili. «Q2», vertelde ze": a
			// person the sentence right before names, after a preposition
			// too, is nearer than a subject further back; sentences of
			// quotations between name no one new.
			sp.local = fallback
			return sp
		}
		// "Voordat ik Y spreek, vraag ik belet bij X. Hij …": the person
		// the narrator turns to in the sentence before, or in t's own.
		if fallback != "" && fallback != m.Local && fallbackSent >= x.sentenceAt(t.Start)-1 && x.sentenceAt(m.Start) <= fallbackSent && x.narratorsSentence(fallbackSent) {
			sp.local = fallback
			return sp
		}
		// "volgens wethouder X …, zei hij": the source a volgens-phrase
		// names is someone speaking, as a subject is, when no other person
		// is named since.
		if p := x.prepositionOf(m); (p == "" || (p == "volgens" || p == "van" && x.actOf(m)) && fallback == m.Local) && (!x.dependentName(m) || p == "van") {
			if fallback != m.Local && x.farBehind(m, fallbackStart, want) {
				sp.local = fallback
				return sp
			}
			sp.local = m.Local
			if p == "" {
				// "Minister De Jonge feliciteerde Schouten. Hij zei …": the
				// subject before an object named last.
				if o := x.subjectOverObject(m, want); o != "" && x.sentenceAt(m.Start) >= x.sentenceAt(t.Start)-1 {
					sp.local = o
				} else if r := x.reporterOf(m, want); r != "" && x.sentenceAt(m.Start) == x.sentenceAt(t.Start)-1 {
					sp.local = r
				}
			}
			return sp
		}
		if t.Start-m.Start > 600 {
			break
		}
	}
	sp.local = fallback
	// No person named who fits: someone described, further back in a
	// dialogue or by a role that says no gender.
	if sp.local == "" && want != genderUnknown {
		if d := x.indefiniteBefore(t, want, true); d != nil {
			return d
		}
	}
	if sp.local == "" && want == genderFemale {
		// "De Fed zorgde voor een schok toen ze bekendmaakte …": no woman
		// named, so "ze" is the body that is the subject before it.
		if b := x.bodySubjectIn(t); b != nil {
			return b
		}
	}
	return sp
}

// farBehind reports whether the subject mention m lies three sentences or
// more before the person a pronoun would otherwise fall back to (named at
// fallbackStart, after a preposition: "Het is lang wachten op Jan Bakker"),
// with no subject pronoun of gender want between them that would keep m
// the topic. "Alleen Piet Mulder laat zich zien. … (three sentences) … Het
// is wachten op Jan Bakker. … komt hij de trap af": hij is Jan Bakker.
func (x *extractor) farBehind(m kroniek.Mention, fallbackStart int, want gender) bool {
	if fallbackStart < 0 || want == genderUnknown || x.sentenceAt(fallbackStart)-x.sentenceAt(m.Start) < 3 {
		return false
	}
	for _, t := range x.tokensIn(m.End, fallbackStart) {
		if lw := strings.ToLower(t.Text); (lw == "hij" || lw == "zij" || lw == "ze") && pronounGender(lw) == want && !x.quoted(t.Start) {
			return false
		}
	}
	return true
}

// chainedPronoun returns what the singular subject pronoun of the main
// clause of the sentence before t's stands for, when it has t's gender
// and no person is named from that sentence up to t: consecutive
// sentences about "hij" are about one man, also one the article only
// described ("De man zelf zegt dat … . Hij had … . Zo wilde hij …").
// nil otherwise, or when that pronoun resolves to no one.
func (x *extractor) chainedPronoun(t nl.Token, want gender) *speaker {
	si := x.sentenceAt(t.Start)
	if tl := strings.ToLower(t.Text); want == genderUnknown || si < 1 || x.chain >= 3 || tl != "hij" && tl != "zij" && tl != "ze" {
		return nil // "volgens haar", "tegen hem": not what the sentences are about
	}
	ps := x.doc.Sentences[si-1]
	if x.hasQuote(ps) || x.quoted(t.Start) || x.personBetween(ps.Start, t.Start, "") {
		return nil
	}
	for k, pt := range ps.Tokens {
		i := x.tokenIndex(pt)
		if !x.parsed(i) {
			return nil
		}
		d := x.doc.Tokens[i]
		lw := strings.ToLower(pt.Text)
		// The subject of the main clause, or the pronoun opening the
		// sentence ("Hij had … willen onderscheppen", hung on the verb).
		if d.Rel != "nsubj" || d.Head < 0 || x.doc.Tokens[d.Head].Head >= 0 && k > 0 || lw != "hij" && lw != "zij" && lw != "ze" {
			continue
		}
		if pronounGender(lw) != want || x.pluralVerb(d.Head) {
			return nil
		}
		x.chain++
		sp := x.pronoun(pt)
		x.chain--
		switch {
		case sp.local != "":
			return &speaker{local: sp.local, text: t.Text, start: t.Start, end: t.End}
		case sp.text != pt.Text:
			return sp // an unnamed person, by their description
		}
		return nil
	}
	return nil
}

// inReportBefore reports whether mention m is an object in what the
// clause "…, <speech verb> t" reports: before the comma that opens the
// attribution t is the subject of, in t's sentence.
func (x *extractor) inReportBefore(m kroniek.Mention, t nl.Token) bool {
	i := x.tokenIndex(t)
	if i < 2 || x.doc.Tokens[i-2].Text != "," || m.Start >= x.doc.Tokens[i-2].Start || x.sentenceAt(m.Start) != x.sentenceAt(t.Start) {
		return false
	}
	_, _, n := matchCue(x.doc.Tokens[i-1 : i])
	if n == 0 {
		return false
	}
	// "Hoewel Piet Smit eerst liet weten …, twitterde hij": a clause a
	// subordinator opens is no report of what he says.
	if ss := x.doc.Sentences[x.sentenceAt(t.Start)]; len(ss.Tokens) > 0 && x.parsedRel(ss.Tokens[0], "mark") {
		return false
	}
	// Its subject may well be who speaks ("Armina H. kan het nieuws
	// nauwelijks verwerken, zegt ze"); an object or a name after a
	// preposition is what the report is about.
	mi := x.tokenAt(m.Start)
	for k := 0; k < 3 && x.parsed(mi) && x.doc.Tokens[mi].Rel == "flat" && x.doc.Tokens[mi].Head >= 0; k++ {
		mi = x.doc.Tokens[mi].Head
	}
	if !x.parsed(mi) {
		return false
	}
	rel := x.doc.Tokens[mi].Rel
	return rel == "obj" || rel == "iobj" || strings.HasPrefix(rel, "obl") || strings.HasPrefix(rel, "nmod")
}

// subjectOverObject returns the person that is the subject of the clause
// in which mention m is the object, when the gender want (of the
// pronoun that looks back) allows them; "" otherwise.
func (x *extractor) subjectOverObject(m kroniek.Mention, want gender) string {
	i := x.tokenAt(m.Start)
	if !x.parsed(i) {
		return ""
	}
	for k := i; k >= 0 && x.doc.Tokens[k].Start < m.End; k++ {
		t := x.doc.Tokens[k]
		if t.Head >= 0 && (x.doc.Tokens[t.Head].Start < m.Start || x.doc.Tokens[t.Head].Start >= m.End) {
			ti := k
			for n := 0; n < 2 && (t.Rel == "appos" || t.Rel == "flat") && t.Head >= 0; n++ {
				ti, t = t.Head, x.doc.Tokens[t.Head] // "feliciteerde minister Schouten"
			}
			if t.Head < 0 {
				return ""
			}
			v, s := t.Head, -1
			switch {
			case t.Rel == "obj" || t.Rel == "iobj":
				s = x.subjectTok(v)
			case t.Rel == "nsubj" && ti > v:
				s = x.personSubjectBefore(v, ti)
			default:
				return ""
			}
			if s < 0 || s > i || x.quoted(x.doc.Tokens[s].Start) {
				return ""
			}
			sp := x.phrase(s)
			if st := strings.ToLower(x.doc.Tokens[s].Text); isPronoun(st) && pronounGender(st) != want && x.doc.Tokens[v].Head >= 0 && x.doc.Tokens[v].Rel == "ccomp" {
				// "Ruud Mertens geeft de club gelijk dat ze Dekkers heeft
				// ontslagen. Hij …": the object's clause has a pronoun for
				// its subject; the clause it completes has the person.
				if s2 := x.subjectTok(x.doc.Tokens[v].Head); s2 >= 0 && s2 < s && !x.quoted(x.doc.Tokens[s2].Start) {
					sp = x.phrase(s2)
				}
			}
			if !sp.found() || sp.local == "" || isPronoun(strings.ToLower(sp.text)) || x.locals[sp.local].Type != kroniek.PER || sp.local == x.personOf(m) {
				return ""
			}
			// The subject's gender must be the pronoun's, or both unknown
			// for "hij" ("Rutte belde Hoekstra. Hij zei …"); not "Rutte
			// belde Carola Schouten. Ze zei …".
			g, og := x.personGender(sp.local), x.personGender(x.personOf(m))
			if g == want && want != genderUnknown || g == genderUnknown && og == genderUnknown && want == genderMale {
				return sp.local
			}
			return ""
		}
		if k+1 >= len(x.doc.Tokens) {
			break
		}
	}
	return ""
}

// reporterOf returns the person who says or sees the clause mention m
// stands in: the source a "volgens" phrase of that clause names, or the
// subject of the speech verb (or of the main verb) whose complement
// clause (ccomp) holds m, when gender want allows that person; ""
// otherwise. A pronoun in the next sentence goes on about who spoke, not
// about whom they spoke of: "Piet Smit erkent dat zijn rivaal Karel de Wit
// voorligt. De uitslag kan, meent hij, nog omslaan" is Smit, and so is
// "Volgens Piet Smit heeft Karel de Wit het verknald. «Q», zei hij."
func (x *extractor) reporterOf(m kroniek.Mention, want gender) string {
	d := x.doc
	i := x.tokenAt(m.Start)
	if !x.parsed(i) {
		return ""
	}
	for n := 0; n < 3 && d.Tokens[i].Rel == "flat" && d.Tokens[i].Head >= 0; n++ {
		i = d.Tokens[i].Head
	}
	for n := 0; n < 8 && d.Tokens[i].Head >= 0; n++ {
		rel, h := d.Tokens[i].Rel, d.Tokens[i].Head
		if r := x.volgensSource(h, m, want); r != "" {
			return r
		}
		if rel != "ccomp" {
			i = h
			continue
		}
		if x.cueLemma(h) == "" && d.Tokens[h].Head >= 0 {
			return ""
		}
		s := x.subjectTok(h)
		if s < 0 || s > x.tokenAt(m.Start) {
			return ""
		}
		return x.fitsPronoun(x.phrase(s), m, want)
	}
	return ""
}

// volgensSource returns the person a "volgens" phrase on verb v names
// ("Volgens Piet Smit heeft …"), when it is not m and is known to be of
// gender want: "Volgens advocaat Anna de Wit staat K. bekend als … . Hij
// zegt …" is K.; "" otherwise.
func (x *extractor) volgensSource(v int, m kroniek.Mention, want gender) string {
	for _, c := range x.doc.Dependents(v, "obl") {
		if x.caseIs(c, "volgens") && x.doc.Tokens[c].Start < m.Start && !x.quoted(x.doc.Tokens[c].Start) {
			r := x.fitsPronoun(x.phrase(c), m, want)
			if r != "" && (want == genderUnknown || x.personGender(r) != want) {
				return "" // the source and the one it speaks of are alike: only a known gender tells
			}
			return r
		}
	}
	return ""
}

// fitsPronoun returns the person sp names when it is a person other than
// mention m whose gender does not contradict want; "" otherwise.
func (x *extractor) fitsPronoun(sp *speaker, m kroniek.Mention, want gender) string {
	if !sp.found() || sp.local == "" || sp.local == x.personOf(m) || x.locals[sp.local].Type != kroniek.PER {
		return ""
	}
	if g := x.personGender(sp.local); g != genderUnknown && want != genderUnknown && g != want {
		return ""
	}
	return sp.local
}

// personSubjectBefore returns the person the parse made a subject of
// verb v before it, when it also made the name o after v one: "Piet
// Smit, ooit door Jan Bos binnengehaald, prijst Bos om zijn inzet" has
// Bos as a second subject, though in a main clause the name after the
// verb is its object. -1 when there is no such person.
func (x *extractor) personSubjectBefore(v, o int) int {
	for _, c := range x.doc.Dependents(v, "nsubj") {
		if c != o && c < v && x.personMentionAt(x.doc.Tokens[c]) && !x.quoted(x.doc.Tokens[c].Start) {
			return c
		}
	}
	return -1
}

// actOf reports whether mention m follows "van" after a noun of speech or
// of a proposal ("een voorstel van VVD'er X", "de uitspraken van X"): the
// one who made it, whom a pronoun after it may mean.
func (x *extractor) actOf(m kroniek.Mention) bool {
	for j := x.tokenAt(m.Start) - 1; j > 0 && j >= x.tokenAt(m.Start)-4; j-- {
		if strings.EqualFold(x.doc.Tokens[j].Text, "van") {
			w := strings.ToLower(x.doc.Tokens[j-1].Text)
			return (cueNouns[w] || actNouns[w]) && !x.otherPersonSubject(m)
		}
	}
	return false
}

// otherPersonSubject reports whether the sentence of mention m names
// another person outside a prepositional phrase ("haalt Trump een brief
// van Kim tevoorschijn": Trump is who the sentence is about).
func (x *extractor) otherPersonSubject(m kroniek.Mention) bool {
	ss := x.doc.Sentences[x.sentenceAt(m.Start)]
	for i := x.mentionFrom(ss.Start); i < len(x.mentions) && x.mentions[i].Start < ss.End; i++ {
		o := x.mentions[i]
		if o.Local != "" && x.personOf(o) != x.personOf(m) && x.isPerson(o) && !x.afterPreposition(o) && !x.quoted(o.Start) && (o.Start < m.Start || !strings.ContainsAny(x.doc.Text[m.End:o.Start], ",:;")) {
			return true // not someone in a clause of its own after it ("het optreden van Buma, waarin hij zegt dat Hoekstra …")
		}
	}
	return false
}

// actNouns are things someone proposes or makes public.
var actNouns = map[string]bool{
	"voorstel": true, "wetsvoorstel": true, "plan": true, "plannen": true, "motie": true, "initiatief": true,
	"idee": true, "pleidooi": true, "advies": true, "besluit": true, "kritiek": true, "interview": true,
	"optreden": true, "betoog": true, "speech": true, "column": true, "bijdrage": true, "presentatie": true,
}

// genitive reports whether a mention is a name with the genitive -s the
// mention leaves out ("Mitterrand" in "Mitterrands minister").
func (x *extractor) genitive(m kroniek.Mention) bool {
	t := x.doc.Text
	return m.End+1 < len(t) && t[m.End] == 's' && !unicode.IsLetter(rune(t[m.End+1]))
}

// ownsPerson reports whether the word after a possessor names a person
// ("Mitterrands minister"), not a thing of theirs ("Cohens verklaring").
func (x *extractor) ownsPerson(m kroniek.Mention) bool {
	i := x.tokenAt(m.End-1) + 1 // past the token that holds the name's end (and a genitive -s)
	return i < len(x.doc.Tokens) && personNoun(strings.ToLower(x.doc.Tokens[i].Text))
}

// sameClauseSubject reports whether mention m is the subject of the clause
// pronoun t stands in.
func (x *extractor) sameClauseSubject(m kroniek.Mention, t nl.Token) bool {
	ti, mi := x.tokenIndex(t), x.tokenAt(m.Start)
	if !x.parsed(ti) || !x.parsed(mi) || x.doc.SentenceOf(ti) != x.doc.SentenceOf(mi) {
		return false
	}
	for n := 0; n < 3 && x.doc.Tokens[mi].Rel == "flat" && x.doc.Tokens[mi].Head >= 0; n++ {
		mi = x.doc.Tokens[mi].Head
	}
	return x.doc.Tokens[mi].Rel == "nsubj" && x.doc.Tokens[mi].Head >= 0 && x.doc.Clause(x.doc.Tokens[mi].Head) == x.doc.Clause(ti)
}

// pluralVerb reports whether the verb v agrees with a plural subject: the
// number of its finite auxiliary when it has one ("Ze zou … willen" is
// singular, whatever the tagger makes of "willen"), else its own.
func (x *extractor) pluralVerb(v int) bool {
	for _, a := range x.doc.Dependents(v, "aux") {
		if f := x.doc.Tokens[a].Feats; f.Has(nl.FeatFin) {
			return f.Has(nl.FeatPlur)
		}
	}
	// "Zij zeggen …" tagged an infinitive: with a subject and no finite
	// auxiliary, the form is the present plural.
	if f := x.doc.Tokens[v].Feats; f.Has(nl.FeatInf) && !f.Has(nl.FeatFin) && len(x.doc.Dependents(v, "nsubj")) > 0 && x.doc.Tokens[v].Head < 0 {
		return true
	}
	return x.doc.Tokens[v].Feats.Has(nl.FeatPlur)
}

// bodyOpening returns the organisation of "Bij X" that opens t's sentence
// before t, or nil.
func (x *extractor) bodyOpening(t nl.Token) *speaker {
	ss := x.doc.Sentences[x.sentenceAt(t.Start)]
	toks := x.tokensIn(ss.Start, t.Start)
	if len(toks) < 3 || !strings.EqualFold(toks[0].Text, "bij") {
		return nil
	}
	k := 1
	if isArticle(toks, k) {
		k++
	}
	if m, ok := x.mentionAt(toks[k].Start, toks[k].End); ok && m.Local != "" && m.Start == toks[k].Start && x.locals[m.Local].Type == kroniek.ORG {
		return x.fromMention(m)
	}
	return nil
}

// bodySubjectIn returns the organisation the parse makes a subject in t's
// sentence before t, or nil.
func (x *extractor) bodySubjectIn(t nl.Token) *speaker {
	ss := x.doc.Sentences[x.sentenceAt(t.Start)]
	for _, pt := range x.tokensIn(ss.Start, t.Start) {
		i := x.tokenIndex(pt)
		if !x.parsed(i) || !strings.HasPrefix(x.doc.Tokens[i].Rel, "nsubj") || x.quoted(pt.Start) {
			continue
		}
		if m, ok := x.mentionAt(pt.Start, pt.End); ok && m.Local != "" && x.locals[m.Local].Type == kroniek.ORG {
			return x.fromMention(m)
		}
	}
	return nil
}

// titled reports whether a role noun stands right before a mention
// ("Burgemeester X"): a person, however the name was typed.
func (x *extractor) titled(m kroniek.Mention) bool {
	i := x.tokenAt(m.Start)
	return i > 0 && isRoleNoun(strings.ToLower(x.doc.Tokens[i-1].Text))
}

// indefiniteBefore returns the unnamed person ("een 21-jarige vrouw") the
// pronoun at t refers to: introduced with "een", "de" or a possessive
// ("mijn moeder") and a role or kin noun that fits the pronoun's gender, as
// the subject of its clause, in the sentence before or the pronoun's own,
// with no person named after it; nil otherwise. As the last resort (no
// person named fits), roles that say no gender count too, and in a
// dialogue (the sentence before holds a quotation) the search goes back
// over its lines to the narration that introduced the speaker ("Maar de student die
// dienst deed als portier was onverbiddelijk. 'U komt hier niet binnen,'
// zei hij. 'Waarom niet?' … 'Niks mee te maken', zei hij.").
func (x *extractor) indefiniteBefore(t nl.Token, want gender, last bool) *speaker {
	si := x.sentenceAt(t.Start)
	back := 1
	if last && si > 0 && x.hasQuote(x.doc.Sentences[si-1]) {
		back = dialogueReach
	}
	from := x.doc.Sentences[max(0, si-back)].Start
	toks := x.tokensIn(from, t.Start)
	for k := len(toks) - 1; k >= 1; k-- {
		lw := strings.ToLower(toks[k].Text)
		if x.quoted(toks[k].Start) {
			continue
		}
		if x.personMentionAt(toks[k]) {
			if ki := x.tokenIndex(toks[k]); x.parsed(ki) && x.insidePhrase(ki) {
				continue // "mijn moeder scheldt als er een vlek op de jas van Mia zit. Dan zegt ze": Mia is no one the clause is about
			}
			return nil // a person named after it
		}
		g := wordGender(lw)
		if want != genderUnknown && g != genderUnknown && g != want || !isRoleNoun(lw) && !nl.Lex().Is(nl.Class("role_female"), lw) && !nl.Lex().Is(nl.Class("role_male"), lw) {
			continue
		}
		// Back over adjectives and an age: "een 21-jarige vrouw".
		j := k - 1
		for j > 0 && k-j < 6 && !isArticle(toks, j) && !isPossessive(toks[j].Text) && (toks[j].Kind == nl.Number || toks[j].Text == "-" || toks[j].Kind == nl.Word && (strings.HasSuffix(toks[j].Text, "e") || strings.EqualFold(toks[j].Text, "eigen"))) {
			j--
		}
		// It must be what its clause is about: "werd een vrouw aangehouden",
		// not "X heeft een dochter" or "met een vrouw" (where the parse
		// erred elsewhere, "boog een dame …" with "boog" a noun, it is no
		// object at least); and one person.
		if ki := x.tokenIndex(toks[k]); x.parsed(ki) && (!x.subjectLike(ki) && !(last && x.metByNarrator(ki)) || x.doc.Tokens[ki].Feats.Has(nl.FeatPlur)) {
			continue
		}
		// A role that says no gender ("de student", "een agent") only as
		// the last resort, when the pronoun is singular and the role a
		// person's.
		if g == genderUnknown {
			if r, ok := nl.Lex().RoleHead(lw); !last || !ok || r.Tag != "per" || want == genderUnknown {
				continue
			}
		}
		if strings.EqualFold(toks[j].Text, "een") || isPossessive(toks[j].Text) {
			return &speaker{text: x.doc.Text[toks[j].Start:toks[k].End], start: toks[j].Start, end: toks[k].End}
		}
		// "Het was de Nederlandse documentairemaker die …": a role with
		// "de" is someone the article described so, or stays a description.
		// A kin or gendered noun ("de vrouw", "de moeder") only as the last
		// resort: it may be a person named elsewhere.
		if strings.EqualFold(toks[j].Text, "de") && (last || isRoleNoun(lw)) {
			return x.description(toks[j:k+1], k-j)
		}
	}
	return nil
}

// insidePhrase reports whether the parse makes token i (or the name it
// ends) the object of a preposition inside a noun phrase: "de jas van
// Mia", not "met Mia" nor "Mia zegt".
func (x *extractor) insidePhrase(i int) bool {
	for n := 0; n < 3 && x.parsed(i); n++ {
		switch rel := x.doc.Tokens[i].Rel; {
		case rel == "nmod" || strings.HasPrefix(rel, "nmod:"):
			h := x.doc.Tokens[i].Head
			return h >= 0 && x.doc.Tokens[h].POS == nl.NOUN
		case strings.HasPrefix(rel, "flat"):
			i = x.doc.Tokens[i].Head
		default:
			return false
		}
	}
	return false
}

// subjectLike reports whether noun i may be what its clause is about: no
// object, object of a preposition or apposition to a name ("Smollett, een
// acteur uit …"), also through a coordination ("de nabestaanden, een man
// en een vrouw").
func (x *extractor) subjectLike(i int) bool {
	for n := 0; n < 4; n++ {
		rel := x.doc.Tokens[i].Rel
		for _, r := range []string{"obj", "iobj", "obl", "nmod", "appos"} {
			if rel == r || strings.HasPrefix(rel, r+":") {
				return false
			}
		}
		if rel != "conj" || x.doc.Tokens[i].Head < 0 {
			return true
		}
		i = x.doc.Tokens[i].Head
	}
	return true
}

// dialogueReach is how many sentences back a pronoun in a dialogue looks
// for the unnamed person who speaks in it.
const dialogueReach = 8

// isPossessive reports whether w is a possessive determiner: "mijn
// moeder", "haar dochter".
func isPossessive(w string) bool {
	lw := strings.ToLower(w)
	return possessives[lw] || ownPossessives[lw] || lw == "je" || lw == "jouw"
}

// personMentionAt reports whether a person is named at token t.
func (x *extractor) personMentionAt(t nl.Token) bool {
	m, ok := x.mentionAt(t.Start, t.End)
	return ok && m.Local != "" && x.isPerson(m)
}

// personGender returns the gender of a local person: from a given name
// of its name or of a mention, or a role noun that described it.
func (x *extractor) personGender(local string) gender {
	if g, ok := x.genders[local]; ok {
		return g
	}
	// A role the article gives the person says their gender before the
	// lexicon's guess from a given name: "de zakenman Marian Kocner" is a
	// man whatever "Marian" is in Dutch.
	g := genderUnknown
	for _, w := range x.described[local] {
		if g = wordGender(w); g != genderUnknown {
			break
		}
	}
	if l, ok := x.locals[local]; ok && g == genderUnknown {
		// "Charlotte": a person the article names by a given name alone
		// has that name's gender too.
		if w := strings.Fields(l.Name); len(w) > 0 && (len(w) > 1 || l.Type == kroniek.PER) {
			g = wordGender(w[0])
		}
	}
	if g == genderUnknown {
		g = x.pronounAfter(local)
	}
	if x.genders == nil {
		x.genders = map[string]gender{}
	}
	x.genders[local] = g
	return g
}

// pronounAfter returns the gender the article gives a person whose given
// name the lexicon does not know: the singular subject pronoun of the main
// clause of the sentence after one that opens with the person ("Begum, die
// …, is de nationaliteit ontnomen. Met R. kreeg ze …"), when at least two
// such pronouns say so and none says otherwise.
func (x *extractor) pronounAfter(local string) gender {
	g, votes := genderUnknown, 0
	for _, m := range x.mentions {
		if m.Local != local || x.quoted(m.Start) {
			continue
		}
		si := x.sentenceAt(m.Start)
		if si+1 >= len(x.doc.Sentences) || x.doc.Sentences[si].Start != m.Start {
			continue
		}
		ns := x.doc.Sentences[si+1]
		if len(ns.Tokens) < 2 || x.quoted(ns.Start) {
			continue
		}
		// The subject pronoun of its main clause ("Met R. kreeg ze …").
		p := -1
		for _, pt := range ns.Tokens {
			if r := x.tokenIndex(pt); x.parsed(r) && x.doc.Tokens[r].Head < 0 {
				if st := x.doc.Dependents(r, "nsubj"); len(st) > 0 && !x.pluralVerb(r) {
					p = st[0]
				}
				break
			}
		}
		if p < 0 {
			continue
		}
		lw := strings.ToLower(x.doc.Tokens[p].Text)
		if lw != "hij" && lw != "zij" && lw != "ze" {
			continue
		}
		pg := pronounGender(lw)
		if g != genderUnknown && g != pg {
			return genderUnknown
		}
		g = pg
		votes++
	}
	if votes < 2 {
		return genderUnknown // one pronoun may well be someone else's
	}
	return g
}

// openingDescription returns the description that opens a sentence naming
// nobody ("De door de regering benoemde kinder-ombudsman waarschuwde …",
// "De nu opgepakte man leeft al lange tijd in onmin met de broers") but
// perhaps whose they are ("De moeder van Sarah hoopt …"), resolved where
// the article described someone so; nil otherwise. A noun that says a
// gender (man, vrouw, moeder) must agree with want, the pronoun's.
func (x *extractor) openingDescription(ps nl.Sentence, want gender) *speaker {
	toks := ps.Tokens
	if len(toks) < 3 || !isDeterminer(toks, 0) || x.hasQuote(ps) {
		return nil
	}
	for k := 1; k < len(toks) && k < 7; k++ {
		t := toks[k]
		if t.Kind != nl.Word {
			return nil
		}
		if r, ok := nl.Lex().RoleHead(t.Text); ok {
			if k+1 < len(toks) && toks[k+1].Kind == nl.Word && isRoleNoun(strings.ToLower(toks[k+1].Text)) {
				continue // "de oud-minister president"
			}
			if r.Tag != "per" || x.namesOtherThanOwner(toks, k, want) {
				return nil // "De politie …": not one person
			}
			if g := wordGender(t.Text); g != genderUnknown && want != genderUnknown && g != want {
				return nil
			}
			return x.description(toks, k)
		}
		// "De nu opgepakte man": a noun of one gender, singular.
		if i := x.tokenIndex(t); i >= 0 && x.parsed(i) && x.doc.Tokens[i].POS == nl.NOUN && isLowerWord(t.Text) && !x.doc.Tokens[i].Feats.Has(nl.FeatPlur) {
			if g := wordGender(t.Text); g != genderUnknown {
				if want != genderUnknown && g != want || x.namesOtherThanOwner(toks, k, want) {
					return nil
				}
				return x.description(toks, k)
			}
		}
	}
	return nil
}

// namesOtherThanOwner reports whether the sentence toks names anyone
// besides the owner right after its opening description's head toks[k]
// ("De moeder van Sarah": Sarah is whose she is, not someone else). A
// body is no one a "hij" (want male) could stand for: "De man zegt dat
// hij voor de politie werkte. Hij …" is still the man.
func (x *extractor) namesOtherThanOwner(toks []nl.Token, k int, want gender) bool {
	owner := -1
	if k+2 < len(toks) && strings.EqualFold(toks[k+1].Text, "van") {
		owner = k + 2
		if isArticle(toks, owner) && owner+1 < len(toks) {
			owner++
		}
	}
	for j, t := range toks {
		if j > k && x.describedPerson(t) {
			return true // "De rechter zal beoordelen of de vrouw …": someone else
		}
		m, ok := x.mentionAt(t.Start, t.End)
		if !ok || m.Type == kroniek.LOC || x.locals[m.Local].Type == kroniek.LOC {
			continue // "hoopt in Rotterdam …": a place is no one the pronoun could mean
		}
		if want == genderMale && (m.Type == kroniek.ORG || x.locals[m.Local].Type == kroniek.ORG) {
			continue
		}
		if owner >= 0 && m.Start == toks[owner].Start {
			continue
		}
		if owner >= 0 && j > owner && m.Start < toks[owner].Start {
			continue // the rest of the owner's name
		}
		return true
	}
	return false
}

// describedPerson reports whether the parse makes t a noun for one person
// with an article or demonstrative of its own ("de vrouw", "een
// 21-jarige activist"), not one a possessive ties to someone named ("haar
// dochter").
func (x *extractor) describedPerson(t nl.Token) bool {
	i := x.tokenIndex(t)
	if !x.parsed(i) || x.doc.Tokens[i].POS != nl.NOUN || !personNoun(strings.ToLower(t.Text)) {
		return false
	}
	ss := x.doc.Sentences[x.sentenceAt(t.Start)]
	for _, d := range ss.Tokens {
		j := x.tokenIndex(d)
		if j >= 0 && x.doc.Tokens[j].Head == i && x.doc.Tokens[j].Rel == "det" && (articles[strings.ToLower(d.Text)] || isDemonstrative(d.Text)) {
			return true
		}
	}
	return false
}

// aldusDescription returns the person that "aldus de <role>" closing a
// sentence with a quotation describes, when the article names them; nil
// otherwise.
func (x *extractor) aldusDescription(ps nl.Sentence) *speaker {
	toks := ps.Tokens
	k := len(toks) - 1
	for k > 0 && toks[k].Kind == nl.Punct {
		k--
	}
	if k < 3 || !x.hasQuote(ps) || !isDeterminer(toks, k-1) || !strings.EqualFold(toks[k-2].Text, "aldus") {
		return nil
	}
	if r, ok := nl.Lex().RoleHead(strings.ToLower(toks[k].Text)); !ok || r.Tag != "per" {
		return nil
	}
	if d := x.description(toks, k); d.local != "" && x.personSpeaker(d) {
		return d
	}
	return nil
}

// pluralSubjectBefore returns the plural noun phrase ("de besturen van
// bewonersorganisaties", "Linda en Leo") that the parse makes the subject
// of the main clause of the sentence before t's, as its words (and the
// first person of a pair as its entity); nil when there is none, or when
// the sentence is a quotation. A plural pronoun subject there ("Zij
// liggen overhoop …") stands for the phrase before it; and the plural
// subject of a speech verb up to three sentences back ("Nee, stellen
// piloten, vliegtuigbouwers en andere ingewijden. … . «Q», stellen zij")
// still speaks when the sentences between name no plural subject.
func (x *extractor) pluralSubjectBefore(t nl.Token) *speaker {
	return x.pluralSubjectFrom(x.sentenceAt(t.Start), 0)
}

// pluralSubjectFrom is pluralSubjectBefore for the sentences before
// sentence si; depth counts the pronouns followed.
func (x *extractor) pluralSubjectFrom(si, depth int) *speaker {
	if si < 1 || depth > 3 {
		return nil
	}
	// Back over the quotation the pronoun attributes ("De besturen … zijn
	// teleurgesteld. ,,Q. Q.'', laten ze weten").
	k := si - 1
	for n := 0; k > 0 && n < 4 && len(x.doc.Sentences[k].Tokens) > 0 && (x.quoted(x.doc.Sentences[k].Start) || isQuoteTok(x.doc.Sentences[k].Tokens[0])); n++ {
		k--
	}
	for back := 0; back < 3 && k >= 0; back, k = back+1, k-1 {
		ps := x.doc.Sentences[k]
		if len(ps.Tokens) == 0 || x.quoted(ps.Start) {
			return nil
		}
		if n := len(ps.Tokens); x.hasQuote(ps) && !isQuoteTok(ps.Tokens[n-1]) && x.quotationIn(ps) && x.quotedClauseIn(ps) {
			return nil
		}
		sp, pron, other := x.pluralSubjectIn(ps, back == 0)
		switch {
		case sp != nil:
			return sp
		case pron >= 0:
			return x.pluralSubjectFrom(k, depth+1)
		case other || x.namesSomeone(ps):
			return nil // another subject, person or body in between: not a chain
		}
	}
	return nil
}

// namesSomeone reports whether ps mentions a person, an organisation or
// another name that is no place
// ("In de media kwam vooral Schreeuw om Leven aan het woord").
func (x *extractor) namesSomeone(ps nl.Sentence) bool {
	for k := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start >= ps.Start }); k < len(x.mentions) && x.mentions[k].Start < ps.End; k++ {
		if m := x.mentions[k]; m.Type != kroniek.LOC {
			return true
		}
	}
	return false
}

// nearerThan reports whether sentence si, which names a person after a
// preposition, may hold whom pronoun t means rather than a person named
// before it: it is no verbless phrase that opens with a preposition
// ("Tegen Ronaldo dus ook." is an echo; "Een contrast met de student
// Bram de Groot (21)." introduces him) and has no subject pronoun of t's gender outside quotations ("Niet veel
// later trouwde hij met Shamima Begum. Tegen de BBC vertelde hij …":
// the chain of "hij" goes on back past her).
func (x *extractor) nearerThan(si int, t nl.Token) bool {
	s := x.doc.Sentences[si]
	verb := slices.ContainsFunc(s.Tokens, func(e nl.Token) bool { return x.finiteAt([]nl.Token{e}, 0) || strings.EqualFold(e.Text, "aldus") })
	if !verb && len(s.Tokens) > 0 && isPreposition(s.Tokens[0].Text) {
		return false
	}
	want := pronounGender(t.Text)
	for _, e := range s.Tokens {
		lw := strings.ToLower(e.Text)
		if !isPronoun(lw) || x.quoted(e.Start) || pronounGender(e.Text) != want {
			continue
		}
		if j := x.tokenIndex(e); x.parsed(j) && strings.HasPrefix(x.doc.Tokens[j].Rel, "nsubj") {
			return false
		}
	}
	return true
}

// quotationsBetween reports whether every sentence after sentence a and
// before sentence b holds a quotation or is part of one (none when b is
// a+1).
func (x *extractor) quotationsBetween(a, b int) bool {
	if a < 0 || b <= a {
		return false
	}
	for k := a + 1; k < b; k++ {
		if ps := x.doc.Sentences[k]; !x.quotationIn(ps) && !x.quoted(ps.Start) && !(len(ps.Tokens) > 0 && x.quoted(ps.Tokens[0].Start)) {
			return false // a sentence of narration between
		}
	}
	return true
}

// quotationIn reports whether ps holds a quotation of four words or more
// (not scare quotes: "een 'perfecte storm'").
func (x *extractor) quotationIn(ps nl.Sentence) bool {
	for _, sp := range x.spans {
		if sp.open >= ps.Start && sp.open < ps.End && len(strings.Fields(x.doc.Text[sp.innerStart:sp.innerEnd])) >= 4 {
			return true
		}
	}
	return false
}

// quotedClauseIn reports whether a quotation in ps holds a finite verb: a
// clause someone says, not a phrase the narration quotes ("toonden zich
// geschrokken van de 'weerstand, blokkades en aversie'"), which leaves the
// sentence's own subject the one a pronoun after it takes up.
func (x *extractor) quotedClauseIn(ps nl.Sentence) bool {
	for _, sp := range x.spans {
		if sp.open < ps.Start || sp.open >= ps.End {
			continue
		}
		for i := x.tokenAt(sp.innerStart); i < len(x.doc.Tokens) && x.doc.Tokens[i].Start < sp.innerEnd; i++ {
			if x.finiteAt(x.doc.Tokens, i) {
				return true
			}
		}
	}
	return false
}

// pluralSubjectIn returns the plural subject of a speech verb in ps, or
// (with main) of its main clause, as a speaker; else the index of a
// plural pronoun subject there (or -1), and whether ps has a plural
// subject of another kind.
func (x *extractor) pluralSubjectIn(ps nl.Sentence, main bool) (*speaker, int, bool) {
	d := x.doc
	// The subject of a speech verb in it first ("Deze maatregelen zijn
	// onvoldoende, menen de twee dierenorganisaties."), then of its main
	// clause.
	var verbs []int
	speech := map[int]bool{}
	for k, pt := range ps.Tokens {
		if _, _, n := matchCue(ps.Tokens[k:]); n > 0 {
			verbs = append(verbs, x.tokenIndex(pt))
			speech[x.tokenIndex(pt)] = true
		}
	}
	if main {
		for _, pt := range ps.Tokens {
			if r := x.tokenIndex(pt); x.parsed(r) && d.Tokens[r].Head < 0 {
				// "Duitsland gaat mee, maar Nederland en een aantal
				// kleinere landen zijn ertegen. Zij vinden …": the last
				// main clause is nearest the pronoun.
				conj := d.Dependents(r, "conj")
				for k := len(conj) - 1; k >= 0; k-- {
					if p := d.Tokens[conj[k]].POS; p == nl.VERB || p == nl.AUX || p == nl.ADJ {
						verbs = append(verbs, subjectHolder(d, conj[k]))
					}
				}
				verbs = append(verbs, r)
				break
			}
		}
	}
	pron, other := -1, false
	for _, r := range verbs {
		if !x.parsed(r) {
			continue
		}
		s, said := d.Subject(r), speech[r]
		if ds := d.Dependents(r, "nsubj:pass"); len(ds) > 0 && (s < 0 || d.Passive(r)) {
			// "De besturen … zijn teleurgesteld": who it is about; "De
			// agenten werden door de rechtbank veroordeeld. … hielden ze
			// vol": a pronoun takes up the passive's subject, not its agent.
			// A speech verb's passive subject is what was said ("leuzen
			// werden gescandeerd"), no one who speaks.
			s, said = ds[0], false
		}
		if s < 0 || d.Tokens[s].Start < ps.Start || d.Tokens[s].End > ps.End {
			if said && x.pluralVerb(r) {
				if sp := x.agreeing(ps, r); sp != nil {
					return sp, -1, false
				}
			}
			continue
		}
		if lw := strings.ToLower(d.Tokens[s].Text); (lw == "zij" || lw == "ze") && x.pluralVerb(r) {
			pron = s
			continue
		}
		if x.pluralVerb(r) && len(d.Dependents(s, "conj")) == 0 && (x.bodyMentionAt(d.Tokens[s]) || x.peopleMentionAt(d.Tokens[s])) {
			// "De Koerden, die de kampen runnen, willen dat graag. Zij
			// zeggen …": a name with a plural verb names a people or a
			// group.
			m, _ := x.mentionAt(d.Tokens[s].Start, d.Tokens[s].End)
			return x.fromMention(m), -1, false
		}
		if sp := x.pluralPhrase(s, said && x.pluralVerb(r)); sp != nil {
			return sp, -1, false
		}
		if said && x.pluralVerb(r) {
			if sp := x.agreeing(ps, r); sp != nil {
				return sp, -1, false
			}
		}
		if p := d.Tokens[s].POS; p == nl.PROPN || p == nl.NOUN && (people(d.Tokens[s].Text) || pluralBody(d.Tokens[s].Text)) {
			other = true // another who: the chain ends
		}
	}
	return nil, pron, other
}

// subjectHolder returns the token of clause v that the parse hangs its
// own subject on: v, or a child of v ("Nederland … zijn sterk tegen dit
// plan gekant", the subject under "sterk"); v when neither has one.
func subjectHolder(d *nl.Doc, v int) int {
	if len(d.Dependents(v, "nsubj")) > 0 {
		return v // its own: a conjunct's Subject may be the first clause's
	}
	for _, c := range d.Children(v) {
		if len(d.Dependents(c, "nsubj")) > 0 {
			return c
		}
	}
	return v
}

// agreeing returns the plural noun phrase that opens ps's clause before
// the plural speech verb r when the parse gives r no fitting subject ("de
// vijfhonderd opsporingsambtenaren (boa's) in Amsterdam die …, hebben
// aangekondigd"): its first plural noun, not after a preposition.
func (x *extractor) agreeing(ps nl.Sentence, r int) *speaker {
	d := x.doc
	for _, pt := range ps.Tokens {
		k := x.tokenIndex(pt)
		if k < 0 || k >= r {
			return nil
		}
		t := d.Tokens[k]
		if t.POS == nl.ADP || t.POS == nl.VERB || t.POS == nl.AUX || t.POS == nl.PRON || t.POS == nl.PROPN {
			return nil
		}
		if t.POS != nl.NOUN || !t.Feats.Has(nl.FeatPlur) {
			continue
		}
		first := k
		for first > 0 && d.Tokens[first-1].Start >= ps.Start && (d.Tokens[first-1].POS == nl.DET || d.Tokens[first-1].POS == nl.NUM || d.Tokens[first-1].POS == nl.ADJ || d.Tokens[first-1].POS == nl.NOUN && d.Tokens[first-1].Rel == "amod") {
			first--
		}
		last := k
		if k+3 < r && d.Tokens[k+1].Text == "(" && d.Tokens[k+3].Text == ")" {
			last = k + 3 // "opsporingsambtenaren (boa's)"
		}
		return &speaker{text: d.Text[d.Tokens[first].Start:d.Tokens[last].End], start: d.Tokens[first].Start, end: d.Tokens[last].End}
	}
	return nil
}

// pluralPhrase returns the plural noun phrase headed by token s as a
// speaker (its words, and the first person of a pair as its entity) when
// it names people or bodies ("de besturen van bewonersorganisaties",
// "Linda en Leo", "de twee dierenorganisaties", "GroenLinks en PvdA",
// "Nederland en een aantal kleinere landen": a list that opens with a
// body or a country has that one's entity, as a pair of people the first
// person's); nil otherwise.
func (x *extractor) pluralPhrase(s int, speech bool) *speaker {
	d := x.doc
	head := d.Tokens[s]
	conj := d.Dependents(s, "conj")
	pair := len(conj) > 0 && x.personMentionAt(head)
	if len(conj) > 0 && !pair && head.POS == nl.NOUN {
		// "Manager Trudy Snippert en gedragswetenschapper Anneke Hofsté":
		// a role whose apposition names the first person.
		for _, a := range d.Dependents(s, "appos") {
			if x.personMentionAt(d.Tokens[a]) {
				head, pair = d.Tokens[a], true
				break
			}
		}
	}
	bodies := len(conj) > 0 && !pair && x.bodyMentionAt(head)
	// The subject of a speech verb speaks whatever its noun
	// ("ingewijden"); another subject must name people or bodies.
	if !pair && !bodies && (head.POS != nl.NOUN || !head.Feats.Has(nl.FeatPlur) || !speech && !people(head.Text) && !pluralBody(head.Text)) {
		return nil // "Deze maatregelen", "twee huizen": no one who speaks
	}
	first, last := d.Span(s)
	list := 0 // "piloten, vliegtuigbouwers, ambtenaren en andere ingewijden": a list keeps its commas
	if len(conj) > 0 && !pair {
		list = conj[len(conj)-1]
	}
	for _, c := range d.Children(s) { // without a relative clause
		if f, _ := d.Span(c); c > s && strings.HasPrefix(d.Tokens[c].Rel, "acl") && f > s && f-1 < last {
			last = f - 1
		}
	}
	for k := s + 1; k <= last; k++ { // nor an apposition: "De eigenaren van de club - broer en zus …"
		if t := d.Tokens[k]; t.Kind == nl.Punct && (t.Text == "-" || t.Text == "–" || t.Text == "," && k > list) {
			last = k - 1
			break
		}
	}
	for last > s && d.Tokens[last].Kind == nl.Punct && d.Tokens[last].Text != ")" {
		last--
	}
	if first < 0 || last-first > 14 || isPronoun(strings.ToLower(d.Tokens[first].Text)) {
		return nil
	}
	sp := &speaker{text: d.Text[d.Tokens[first].Start:d.Tokens[last].End], start: d.Tokens[first].Start, end: d.Tokens[last].End}
	if pair || bodies {
		m, _ := x.mentionAt(head.Start, head.End)
		sp.local = x.personOf(m)
	}
	return sp
}

// bodyMentionAt reports whether t opens the name of an organisation or a
// place the article names: "GroenLinks", "Nederland".
func (x *extractor) bodyMentionAt(t nl.Token) bool {
	m, ok := x.mentionAt(t.Start, t.End)
	return ok && m.Local != "" && m.Start == t.Start && (m.Type == kroniek.ORG || m.Type == kroniek.LOC) && !x.isPerson(m)
}

// peopleMentionAt reports whether t opens the name of a people without a
// state of its own, which the entity layer types MISC and links to the
// knowledge base's peoples ("de Koerden", "de Joden").
func (x *extractor) peopleMentionAt(t nl.Token) bool {
	m, ok := x.mentionAt(t.Start, t.End)
	return ok && m.Local != "" && m.Start == t.Start && m.Type == kroniek.MISC && strings.HasPrefix(x.locals[m.Local].KB, "misc:people-")
}

// pluralBody reports whether a plural noun names bodies:
// "dierenorganisaties", "besturen", "bedrijven".
func pluralBody(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"organisaties", "besturen", "bedrijven", "partijen", "bonden", "instellingen", "verenigingen", "clubs", "fracties", "gemeenten", "ministeries"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// names reports whether a phrase's last word may name a speaker without
// an entity: a pronoun, people, a body or a capitalised name.
func names(w string) bool {
	lw := strings.ToLower(w)
	if _, ok := bodyKind(lw); ok || isPronoun(lw) || isCapitalised(w) || people(lw) {
		return true
	}
	return false
}

// people reports whether a plural noun names people: by what they do
// ("aanklagers", "deskundigen", "docenten") or by a role or gender.
func people(w string) bool {
	lw := strings.ToLower(w)
	if agentNoun(lw) || isRoleNoun(lw) || wordGender(lw) != genderUnknown {
		return true
	}
	if _, ok := nl.Lex().RoleHead(lw); ok || peopleWords[lw] {
		return true
	}
	// A compound whose head is one of them: "personeelsleden",
	// "partijleden", "dorpsbewoners".
	for p := range peopleWords {
		if len(lw) > len(p)+2 && strings.HasSuffix(lw, p) {
			return true
		}
	}
	// Plurals of doers in -eur: "chauffeurs", "inspecteurs", "acteurs".
	if len(lw) > 6 && strings.HasSuffix(lw, "eurs") && !strings.HasSuffix(lw, "beurs") { // not "jaarbeurs"
		return true
	}
	// The plural of a role or a gendered noun: "piloten", "ambtenaren",
	// "meisjes", "boa's".
	for _, c := range singulars(lw) {
		if isRoleNoun(c) || wordGender(c) != genderUnknown {
			return true
		}
	}
	return false
}

// peopleWords are plural nouns for people that neither a role nor a doer's
// suffix gives: "Onder de klagers zijn mensen met … . Zij denken dat …".
// Not the sexes and ages that generic statements are about ("Mannen
// lezen kranten", "een blik op haar kinderen").
var peopleWords = map[string]bool{
	"mensen": true, "personen": true, "leden": true, "jongeren": true,
	"ouderen": true, "volwassenen": true, "slachtoffers": true, "ambtenaren": true, "aanwezigen": true, "omstanders": true,
	"nabestaanden": true, "betrokkenen": true, "ingewijden": true, "gelovigen": true, "vrienden": true,
	"buren": true, "collega's": true, "families": true, "gezinnen": true, "inwoners": true,
}

// singulars returns the singular forms a Dutch plural may have: "-s",
// "-'s" ("meisjes", "boa's"), "-en" ("agenten"), "-n" after "e".
func singulars(lw string) []string {
	switch {
	case strings.HasSuffix(lw, "'s"):
		return []string{lw[:len(lw)-2]}
	case strings.HasSuffix(lw, "s"):
		return []string{lw[:len(lw)-1]}
	case strings.HasSuffix(lw, "en") && len(lw) > 4:
		return []string{lw[:len(lw)-2], lw[:len(lw)-1]}
	}
	return nil
}

// bodySubjectBefore returns the organisation that the parse makes the
// subject of the main clause of the sentence before t's, or nil.
func (x *extractor) bodySubjectBefore(t nl.Token) *speaker {
	si := x.sentenceAt(t.Start)
	if si < 1 {
		return nil
	}
	ps := x.doc.Sentences[si-1]
	// "Volgens Transport en Logistiek Nederland (TLN) is er sprake van
	// 'een onbegrijpelijk besluit'. Zij zeggen": the body whose view the
	// sentence before gave.
	if len(ps.Tokens) > 1 && strings.EqualFold(ps.Tokens[0].Text, "volgens") {
		if m, ok := x.mentionAt(ps.Tokens[1].Start, ps.Tokens[1].End); ok && m.Start == ps.Tokens[1].Start && m.Local != "" && m.Type == kroniek.ORG && x.locals[m.Local].Type == kroniek.ORG {
			return x.fromMention(m)
		}
	}
	if len(ps.Tokens) == 0 || x.hasQuote(ps) {
		return nil
	}
	for _, pt := range ps.Tokens {
		r := x.tokenIndex(pt)
		if !x.parsed(r) || x.doc.Tokens[r].Head >= 0 {
			continue
		}
		s := x.doc.Subject(r)
		if s < 0 {
			return nil
		}
		// "De agenten werden door de rechtbank veroordeeld. Later hielden
		// ze vol": the passive's subject, not its agent, unless that
		// subject is a body itself.
		for _, g := range x.doc.Dependents(r, "nsubj:pass") {
			if gm, ok := x.mentionAt(x.doc.Tokens[g].Start, x.doc.Tokens[g].End); x.doc.Passive(r) && (!ok || gm.Type != kroniek.ORG) {
				return nil
			}
		}
		m, ok := x.mentionAt(x.doc.Tokens[s].Start, x.doc.Tokens[s].End)
		if !ok || m.Local == "" || m.Type != kroniek.ORG || x.isPerson(m) {
			return nil
		}
		return x.fromMention(m)
	}
	return nil
}

// pluralNounBefore returns the noun phrase of people or bodies that the
// sentence before t's (back over a quotation) names, as its words, when
// it names exactly one such group and no person: "Onder de klagers zijn
// mensen …" names two and gives nil. It reads words, not the parse, for
// a plural pronoun the parse found no subject for. Not a sentence that
// has a plural pronoun of its own (the chain is another reading's), nor
// "vinden ze in Zaanstad" (the people of a place).
func (x *extractor) pluralNounBefore(t nl.Token) *speaker {
	si := x.sentenceAt(t.Start)
	if si < 1 || x.atPlace(t) {
		return nil
	}
	k := si - 1
	for n := 0; k > 0 && n < 4 && len(x.doc.Sentences[k].Tokens) > 0 && (x.quoted(x.doc.Sentences[k].Start) || isQuoteTok(x.doc.Sentences[k].Tokens[0])); n++ {
		k--
	}
	ps := x.doc.Sentences[k]
	if len(ps.Tokens) == 0 || x.quoted(ps.Start) || x.hasQuote(ps) {
		return nil
	}
	for i := x.mentionFrom(ps.Start); i < len(x.mentions) && x.mentions[i].Start < ps.End; i++ {
		if x.isPerson(x.mentions[i]) {
			return nil // "… zoals Avital Ronell en Judith Butler. Zij geloven": people, whom a group phrase is not
		}
	}
	toks := ps.Tokens
	group := func(j int) bool {
		pt := toks[j]
		lw := strings.ToLower(pt.Text)
		if pt.Kind != nl.Word || isCapitalised(pt.Text) && j > 0 || !people(lw) && !pluralBody(lw) {
			return false
		}
		r := x.tokenIndex(pt)
		return r >= 0 && x.doc.Tokens[r].Feats.Has(nl.FeatPlur) && x.doc.Tokens[r].POS == nl.NOUN
	}
	found, last := -1, -1
	for j, pt := range toks {
		if lw := strings.ToLower(pt.Text); lw == "ze" || lw == "zij" || sexes[lw] {
			return nil
		}
		if j <= last || !group(j) {
			continue
		}
		if found >= 0 {
			return nil // two groups: which one the pronoun means is not read here
		}
		found, last = j, j
		// "de bedrijven en particulieren": a list that opens with a
		// group is one.
		for c := j + 1; c+1 < len(toks) && (toks[c].Text == "," || strings.EqualFold(toks[c].Text, "en") || strings.EqualFold(toks[c].Text, "of")); {
			n := c + 1
			for n < len(toks) && (articles[strings.ToLower(toks[n].Text)] || isAdjective(toks[n].Text)) {
				n++
			}
			if r := x.tokenIndex(toks[min(n, len(toks)-1)]); n >= len(toks) || r < 0 || !group(n) && (x.doc.Tokens[r].POS != nl.NOUN || !x.doc.Tokens[r].Feats.Has(nl.FeatPlur) || isCapitalised(toks[n].Text)) {
				break
			}
			last, c = n, n+1
		}
	}
	if found < 0 {
		return nil
	}
	first := found
	// Back over what describes it: "de zeker één miljoen", "Trein-, bus- en".
	hyphen := func(t nl.Token) bool { return strings.HasSuffix(t.Text, "-") }
	for first > 0 {
		w := toks[first-1]
		lw := strings.ToLower(w.Text)
		r := x.tokenIndex(w)
		if r < 0 {
			break
		}
		pos := x.doc.Tokens[r].POS
		if articles[lw] || pos == nl.DET && !isDemonstrative(lw) || pos == nl.NUM || pos == nl.ADJ && !isCapitalised(w.Text) || numberWords[lw] ||
			hyphen(w) || toks[first].Text == "-" && w.End == toks[first].Start || (w.Text == "," || lw == "en") && first >= 2 && hyphen(toks[first-2]) {
			first--
			continue
		}
		break
	}
	// "Zowel de vakbeweging als de drie linkse partijen": both.
	if first >= 3 && strings.EqualFold(toks[first-1].Text, "als") && strings.EqualFold(toks[0].Text, "zowel") {
		first = 0
	}
	return &speaker{text: x.doc.Text[toks[first].Start:toks[last].End], start: toks[first].Start, end: toks[last].End}
}

// atPlace reports whether pronoun t is followed by "in" or "bij" and a
// name: "vinden ze in Zaanstad", the people of a place or a body.
func (x *extractor) atPlace(t nl.Token) bool {
	i := x.tokenIndex(t)
	d := x.doc
	return i >= 0 && i+2 < len(d.Tokens) && (strings.EqualFold(d.Tokens[i+1].Text, "in") || strings.EqualFold(d.Tokens[i+1].Text, "bij")) && isCapitalised(d.Tokens[i+2].Text)
}

// sexes are the plural nouns generic statements are about ("Mannen lezen
// kranten, vrouwen niet"): a sentence with one is too general to tell
// which group a later "ze" means.
var sexes = map[string]bool{"mannen": true, "vrouwen": true}

// numberWords are counting nouns inside a number that the tagger makes
// nouns: "één miljoen demonstranten".
var numberWords = map[string]bool{"honderd": true, "duizend": true, "miljoen": true, "tienduizend": true, "honderdduizend": true, "duizenden": true, "honderden": true, "tienduizenden": true}
