package quote

import (
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Who a quotation is about is rarely who speaks it.

// talkedAbout reports whether the quotation s refers to sp, the subject
// of the narration sentence ps before it, as a third person: it names sp
// (namedIn), or the first sentence of the quotation has a subject "hij"
// for a man or a plural "zij/ze" for a coordinated subject, and nothing else
// in ps that pronoun could mean ("Frenkie de Jong en Matthijs de Ligt
// zijn dé blikvangers. «Zij krijgen veel aandacht …»": the two are
// talked about, someone else talks).
func (x *extractor) talkedAbout(s span, sp *speaker, ps nl.Sentence) bool {
	if sp == nil {
		return false
	}
	if sp.local != "" && x.namedIn(s, sp.local) {
		return true
	}
	p, plural := x.thirdPersonSubject(s)
	if p < 0 {
		return false
	}
	c := x.tokenAt(sp.start)
	if !x.parsed(c) || c >= len(x.doc.Tokens) || x.doc.Tokens[c].Start != sp.start {
		return false
	}
	if plural != x.pluralSubject(c) {
		return false
	}
	if !plural {
		g := genderUnknown
		if sp.local != "" {
			g = x.personGender(sp.local)
		} else if f := strings.Fields(sp.text); len(f) > 0 {
			g = wordGender(f[len(f)-1])
		}
		if g != genderMale {
			return false
		}
	}
	return !x.rivalReferent(ps, c, sp, plural)
}

// thirdPersonSubject returns the token of the first subject pronoun "hij"
// (singular) or "zij/ze" with a plural verb in the first sentence of the
// quotation s, and whether it is plural; -1 when there is none (a
// singular "zij/ze" may as well mean a body or a thing).
func (x *extractor) thirdPersonSubject(s span) (int, bool) {
	d := x.doc
	si := x.sentenceAt(s.innerStart)
	if si < 0 {
		return -1, false
	}
	for _, t := range d.Sentences[si].Tokens {
		if t.Start < s.innerStart {
			continue
		}
		if t.Start >= s.innerEnd {
			break
		}
		i := x.tokenIndex(t)
		if !x.parsed(i) || !strings.HasPrefix(d.Tokens[i].Rel, "nsubj") || d.Tokens[i].Head < 0 {
			continue
		}
		switch strings.ToLower(t.Text) {
		case "hij":
			return i, false
		case "zij", "ze":
			if x.clausePlural(d.Tokens[i].Head) {
				return i, true
			}
			return -1, false
		case "ik", "we", "wij", "je", "jij", "u":
			return -1, false // the speaker's own clause comes first
		}
	}
	return -1, false
}

// clausePlural reports whether the clause headed by h has a plural finite
// verb: h itself, its finite auxiliary, or its copula ("Ze zijn dé
// blikvangers").
func (x *extractor) clausePlural(h int) bool {
	d := x.doc
	for _, c := range d.Dependents(h, "cop") {
		if d.Tokens[c].Feats.Has(nl.FeatFin) {
			return d.Tokens[c].Feats.Has(nl.FeatPlur)
		}
	}
	return x.pluralVerb(h)
}

// pluralSubject reports whether the subject at token c names more than
// one by a coordination ("X en Y"); a plural pronoun or noun subject is
// left out ("Ze zijn het personeel dankbaar": "zij" after it may mean
// the staff).
func (x *extractor) pluralSubject(c int) bool {
	d := x.doc
	if d.Tokens[c].POS == nl.PRON {
		return false
	}
	for _, j := range d.Dependents(c, "conj") {
		if d.Tokens[j].POS == nl.PROPN || d.Tokens[j].POS == nl.NOUN {
			return true
		}
	}
	return false
}

// rivalReferent reports whether the narration sentence ps holds someone
// or something else a pronoun of that number could mean than the subject
// at c (sp): another person named or a person noun for "hij", a plural
// noun for "zij"; not the subject's own phrase, its predicate ("zijn dé
// blikvangers") or an "als"-phrase about it ("paste als wethouder …").
func (x *extractor) rivalReferent(ps nl.Sentence, c int, sp *speaker, plural bool) bool {
	d := x.doc
	head := d.Tokens[c].Head
	for _, t := range ps.Tokens {
		if t.Start >= sp.start && t.End <= sp.end || x.quoted(t.Start) {
			continue
		}
		j := x.tokenIndex(t)
		if !x.parsed(j) || j == head || d.Tokens[j].Head == c || x.asPhrase(j) {
			continue
		}
		if d.Tokens[j].Rel == "conj" && d.Tokens[j].Head == c {
			continue // "X en Y": the subject itself
		}
		lw := strings.ToLower(t.Text)
		if plural {
			if t.POS == nl.NOUN && d.Tokens[j].Feats.Has(nl.FeatPlur) || (lw == "zij" || lw == "ze") && x.clausePlural(max(d.Tokens[j].Head, 0)) {
				return true
			}
			continue
		}
		if lw == "hij" || lw == "hem" {
			return true
		}
		if m, ok := x.mentionAt(t.Start, t.End); ok && m.Local != "" && m.Local != sp.local && x.isPerson(m) && x.personGender(x.personOf(m)) != genderFemale {
			return true
		}
		if t.POS == nl.NOUN && !d.Tokens[j].Feats.Has(nl.FeatPlur) && (isRoleNoun(lw) || doerNoun(lw) || wordGender(lw) == genderMale) && wordGender(lw) != genderFemale {
			return true
		}
	}
	return false
}

// asPhrase reports whether the phrase at j opens with "als", as a case or
// a marker ("paste als wethouder … toe"): what it names is the subject.
func (x *extractor) asPhrase(j int) bool {
	for _, c := range x.doc.Children(j) {
		if r := x.doc.Tokens[c].Rel; (r == "case" || r == "mark") && strings.EqualFold(x.doc.Tokens[c].Text, "als") {
			return true
		}
	}
	return false
}

// displacedByPronoun reports whether the name m, which the parse makes a
// subject, shares its verb with a subject pronoun right after that verb:
// a clause has one subject, and in "Lachgas, weet hij." or "Die avond
// Rutte, zegt hij, …" the pronoun in the inverted main clause is it; the
// name before the comma is a topic.
func (x *extractor) displacedByPronoun(m kroniek.Mention) bool {
	d := x.doc
	i := x.tokenAt(m.Start)
	if !x.parsed(i) || i >= len(d.Tokens) || !strings.HasPrefix(d.Tokens[i].Rel, "nsubj") {
		return false
	}
	v := d.Tokens[i].Head
	if v <= i || v+1 >= len(d.Tokens) || !d.Tokens[v].Feats.Has(nl.FeatFin) {
		return false
	}
	p := v + 1
	if d.Tokens[p].Head != v || !strings.HasPrefix(d.Tokens[p].Rel, "nsubj") {
		return false
	}
	switch strings.ToLower(d.Tokens[p].Text) {
	case "hij", "zij", "ze", "ik", "we", "wij":
		return true
	}
	return false
}

// ownAttributionBetween reports whether all that stands between the
// quotation prev and one opening at open (in sentence first) is prev's
// own trailing attribution, in the sentence right before: «Q1. Q2»,
// vertelt X van Y. «Q3» goes on with X's words, however many sentences
// Q1 and Q2 take and however long the attribution is. Not when the gap
// names another person or holds more than one clause of narration.
func (x *extractor) ownAttributionBetween(prev *kroniek.Quote, open, first int) bool {
	if prev.SpeakerEnd <= prev.SpeakerStart || prev.SpeakerStart < prev.End || prev.SpeakerEnd > open || prev.CueStart < prev.End {
		return false
	}
	if x.sentenceAt(prev.End) != first-1 || x.sentenceAt(max(prev.Start, prev.End-1)) < first-1 && x.sentenceAt(prev.End) != x.sentenceAt(prev.SpeakerStart) {
		return false
	}
	gap := x.doc.Text[prev.End:open]
	if len(strings.Fields(gap)) > 25 || strings.Count(gap, ",") > 2 {
		return false
	}
	// The speaker's own phrase may name a body or a person ("X van
	// Vogelopvang de Wulp"): only what stands outside it counts.
	from, to := prev.SpeakerStart, prev.SpeakerEnd
	if i := x.tokenAt(prev.SpeakerStart); x.parsed(i) {
		for x.doc.Tokens[i].Head >= 0 && x.doc.Tokens[i].End <= prev.SpeakerEnd && (strings.HasPrefix(x.doc.Tokens[i].Rel, "flat") || x.doc.Tokens[i].Rel == "appos") {
			i = x.doc.Tokens[i].Head // to the head of the speaker's phrase
		}
		if f, l := x.doc.Span(i); f >= 0 && x.doc.Tokens[f].Start >= prev.End && x.doc.Tokens[l].End <= open {
			from, to = min(from, x.doc.Tokens[f].Start), max(to, x.doc.Tokens[l].End)
		}
	}
	return !x.personBetween(prev.End, from, prev.SpeakerLocal) && !x.personBetween(to, open, prev.SpeakerLocal)
}

// introducedAfter returns the person the sentence right after a
// quotation that nothing attributes introduces: its speaker, subject or
// main subject by the parse, named there for the first time in the
// article, alone (not "X en Y vertellen") and not in the quotation
// ("«Een bullshit-maatregel vind ik het.» Snorfietser Remco Bruinsma
// windt er geen doekjes om, …"): words first, then who said them. nil
// for a quotation of fewer than four words (a term the writer quotes),
// or when the sentence before it has a named person as its subject (who
// is as likely to have said it).
func (x *extractor) introducedAfter(s span, first, last int) *speaker {
	if !x.wholeSentence(s) || last+1 >= len(x.doc.Sentences) || len(strings.Fields(x.doc.Text[s.innerStart:s.innerEnd])) < 4 {
		return nil
	}
	if first > 0 {
		if sp := x.subjectOf(x.doc.Sentences[first-1], false); sp.found() && sp.local != "" && x.personSpeaker(sp) {
			return nil
		}
	}
	ns := x.doc.Sentences[last+1]
	if x.hasQuote(ns) || x.quoted(ns.Start) {
		return nil
	}
	for _, sp := range []*speaker{x.speechClause(ns.Start, ns.End, true), x.sentenceSubject(ns), x.mainSubject(ns)} {
		if !sp.found() || sp.local == "" || !x.personSpeaker(sp) || x.namedIn(s, sp.local) {
			continue
		}
		if x.firstMention(sp.local) < ns.Start {
			return nil // someone the article knew before: no introduction
		}
		if c := x.tokenAt(sp.start); x.parsed(c) && c < len(x.doc.Tokens) && x.pluralSubject(c) {
			return nil // "Stijn Smeulders (PvdA) en Anne-Marie Spierings (D66) vertellen …"
		}
		return sp
	}
	return nil
}

// firstMention returns the offset of the first mention of local (or of a
// name that stands for it), or -1.
func (x *extractor) firstMention(local string) int {
	for _, m := range x.mentions {
		if m.Local == local || x.personOf(m) == local {
			return m.Start
		}
	}
	return -1
}

// metByNarrator reports whether noun i is the object of a verb whose
// subject is the writer ("Ik sprak die dag een leraar van groep 7. Zij
// zei: «Q»"): "hij" or "zij" after it cannot mean the subject, so the
// one met is who it means.
func (x *extractor) metByNarrator(i int) bool {
	d := x.doc
	if d.Tokens[i].Rel != "obj" || d.Tokens[i].Head < 0 {
		return false
	}
	for _, s := range d.Dependents(d.Tokens[i].Head, "nsubj") {
		switch strings.ToLower(d.Tokens[s].Text) {
		case "ik", "we", "wij":
			return true
		}
	}
	return false
}

// titledName returns the person named after the title a volgens-phrase
// opens with, when the parse lost the name inside the title's own phrase
// ("volgens lijsttrekker voor de Eerste Kamer Paul Rosenmöller", parsed
// as part of "Eerste Kamer"): the first person within eight words of the
// title noun at h, before any punctuation, not itself after a
// preposition ("volgens de advocaat van Jan Smit" is not Jan Smit). nil
// when h is no role noun or no such person follows.
func (x *extractor) titledName(toks []nl.Token, h int) *speaker {
	d := x.doc
	if !isRoleNoun(strings.ToLower(d.Tokens[h].Text)) {
		return nil
	}
	for _, t := range toks {
		if t.Start <= d.Tokens[h].Start {
			continue
		}
		if t.Start > d.Tokens[h].End+80 || t.Kind == nl.Punct {
			return nil
		}
		m, ok := x.mentionAt(t.Start, t.End)
		if !ok || m.Start != t.Start {
			continue
		}
		if !x.isPerson(m) || m.Local == "" {
			continue // the body the title belongs to
		}
		if i := x.tokenAt(m.Start); i > 0 && isPreposition(d.Tokens[i-1].Text) {
			return nil // by the words: the parse that lost the name cannot say
		}
		return x.fromMention(m)
	}
	return nil
}

// subjectPersonBetween is personBetween for anyone who may speak: a person
// named from offset from to offset to who is not the object of a
// preposition ("Een van de ambtenaren staat op en richt zich tot Dessing.
// «Wij kunnen …»": Dessing is spoken to).
func (x *extractor) subjectPersonBetween(from, to int) bool {
	if to-from > 1500 {
		return true
	}
	for i := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start >= from }); i < len(x.mentions) && x.mentions[i].Start < to; i++ {
		m := x.mentions[i]
		if !x.isPerson(m) || x.quoted(m.Start) {
			continue
		}
		if k := x.tokenAt(m.Start); k > 0 && isPreposition(x.doc.Tokens[k-1].Text) {
			continue
		}
		return true
	}
	return false
}

// captionBefore returns the person a heading right before the quotation
// s names with their age in brackets ("Mina Etemad (31) Filmmaker in
// Amsterdam «Q»", the layout of a series of reactions): the name, "(NN)",
// then at most twelve words without a sentence end, a quote mark or a
// finite verb (one right after a comma with no subject of its own, ",
// komt uit Arnhem", still belongs to the caption) up to the quotation,
// and a quotation with a verb that follows no noun. nil otherwise ("Pi
// de Bruijn (76), die … nam, is gebeld." has verbs; "voorzitter X (51)
// van de stichting 'Y'" names a body).
func (x *extractor) captionBefore(s span) *speaker {
	d := x.doc
	if x.afterNoun(s) || !x.verbIn(x.tokensIn(s.innerStart, s.innerEnd)) {
		return nil // "voorzitter X (51) van de stichting 'Europa …'": a name in marks
	}
	open := x.tokenAt(s.open)
	for k := open - 1; k >= 0 && k >= open-16; k-- {
		t := d.Tokens[k]
		if t.Text != ")" {
			if t.Kind == nl.Punct && t.Text != "," || isQuoteTok(t) {
				return nil
			}
			if (t.POS == nl.VERB || t.POS == nl.AUX) && t.Feats.Has(nl.FeatFin) && !(k > 0 && d.Tokens[k-1].Text == "," && len(d.Dependents(k, "nsubj")) == 0 && len(d.Dependents(k, "nsubj:pass")) == 0) {
				return nil // a clause; not ", komt uit Leiden" without a subject of its own
			}
			continue
		}
		if k < 3 || d.Tokens[k-1].Kind != nl.Number || d.Tokens[k-2].Text != "(" || open-k > 13 {
			return nil
		}
		m, ok := x.mentionAt(d.Tokens[k-3].Start, d.Tokens[k-3].End)
		if !ok || m.Local == "" || !x.isPerson(m) || m.End != d.Tokens[k-3].End || x.quoted(m.Start) {
			return nil
		}
		return x.fromMention(m)
	}
	return nil
}

// doerBetween returns the person whom a main clause between the quotation
// prev (and its own attribution) and the next one opening at open has as
// its subject, when that is someone other than prev's speaker: «Q1»,
// zegt Els. Piet Smit knikt. «Q2» is Piet Smit's, though the sentence
// splitter may keep "Piet Smit knikt." with Q1. Not a person Q2 names
// («Piet helpt ons»: who it is about). nil when there is none.
func (x *extractor) doerBetween(prev *kroniek.Quote, s span) *speaker {
	open := s.open
	d := x.doc
	from := max(prev.End, prev.SpeakerEnd, prev.CueEnd)
	var found *speaker
	for i := x.tokenAt(from); i >= 0 && i < len(d.Tokens) && d.Tokens[i].End <= open; i++ {
		t := d.Tokens[i]
		if t.Start < from || t.Rel != "nsubj" || !x.parsed(i) || x.quoted(t.Start) || !x.personMentionAt(t) {
			continue
		}
		if h := t.Head; h < 0 || d.Tokens[h].Rel != "root" || d.Tokens[h].Start < from || d.Tokens[h].End > open {
			continue // a subordinate clause's subject, or a verb outside the gap
		}
		m, _ := x.mentionAt(t.Start, t.End)
		if p := x.personOf(m); p != "" && p != prev.SpeakerLocal && !x.namedIn(s, p) {
			found = x.fromMention(m)
			if cue, _, n := matchCue(d.Tokens[t.Head:]); n > 0 {
				found.cue, found.cueStart, found.cueEnd = cue, d.Tokens[t.Head].Start, d.Tokens[t.Head].End // "Blom benadrukt dat …"
			}
		}
	}
	return found
}
