package event

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
	"github.com/kroniek/kroniek/quote"
)

// Descriptions as sides: "het team", "de toezichthouder", "hij" stand for
// a party the article names elsewhere. The quote layer (quote.Extract)
// already resolves the speakers of quotes, pronouns and descriptions
// alike; its answers come in as the article's quotes (SpeakerText and
// its span, SpeakerLocal) and are reused here, not redone.

// speakerAt is the entity the quote layer resolved the speaker phrase
// holding byte offset off to ("De toezichthouder wil dat …" with the
// quote's speaker "De toezichthouder" → De Nederlandsche Bank), or no
// side. With direct set only a direct quote's speaker counts (a pronoun:
// the quote layer reads indirect speech from the parse, and a pronoun in a
// relative clause may be misread there).
func (x *extractor) speakerAt(off int, direct bool) arg {
	for _, q := range x.quotes {
		if q.SpeakerStart < q.SpeakerEnd && q.SpeakerStart <= off && off < q.SpeakerEnd && (!direct || q.Kind == "direct") {
			return x.localArg(q.SpeakerLocal, q.SpeakerText)
		}
	}
	return arg{}
}

// localArg is the side of article entity key, shown as text.
func (x *extractor) localArg(key, text string) arg {
	a := arg{keys: []string{key}, texts: []string{text}}
	if le := x.locals[key]; le != nil {
		a.per = le.Type == kroniek.PER
		a.female = a.per && x.female(le.Name)
	} else {
		return arg{}
	}
	return a
}

// describedBodies adds to kinds the organisations the article describes
// by a noun of their own: the quote layer's resolved description speakers
// ("de toezichthouder" said it, and that is De Nederlandsche Bank), a
// noun right before the name ("projectontwikkelaar X") and an indefinite
// introduction ("Een speciaal team van de Taskforce X"). The noun itself
// is the kind: "de toezichthouder" later refers to that body.
func (x *extractor) describedBodies(kinds map[string][]string) {
	add := func(k, key string) {
		if k != "" && key != "" && !contains(kinds[k], key) {
			kinds[k] = append(kinds[k], key)
		}
	}
	for _, q := range x.quotes {
		le := x.locals[q.SpeakerLocal]
		if le == nil || le.Type == kroniek.PER {
			continue
		}
		if f := strings.Fields(lower(q.SpeakerText)); len(f) == 2 && (f[0] == "de" || f[0] == "het") && bodyNoun(f[1]) {
			add(f[1], q.SpeakerLocal)
		}
	}
	text := x.doc.Text
	orgs := x.mentionsOf(kroniek.ORG)
	for _, m := range orgs {
		// the name's own last word: "Sint Michaëlbrigade" is a brigade
		if f := strings.Fields(lower(m.Text)); len(f) > 1 && bodyNoun(f[len(f)-1]) {
			add(f[len(f)-1], m.Local)
		}
	}
	for si := 1; si < len(x.doc.Sentences); si++ {
		// "… liet de Sint Michaëlbrigade van zich horen. Deze katholieke
		// actiegroep werd …": a demonstrative opening a sentence names the
		// body named last in the sentence before by its kind
		ts := x.doc.Sentences[si].Tokens
		if len(ts) < 3 || lower(ts[0].Text) != "deze" && lower(ts[0].Text) != "die" {
			continue
		}
		n := -1
		for j := 1; j < len(ts) && j < 4; j++ {
			if ts[j].POS == nl.NOUN {
				n = j
				break
			}
			if ts[j].POS != nl.ADJ {
				break
			}
		}
		if n < 0 || !collective(lower(ts[n].Text)) {
			continue
		}
		prev := x.doc.Sentences[si-1]
		last := ""
		for _, m := range orgs {
			if m.Start >= prev.Start && m.End <= prev.End {
				last = m.Local
			}
		}
		add(lower(ts[n].Text), last)
	}
	for _, m := range orgs {
		if w := lower(wordBefore(text, m, 40)); bodyNoun(w) {
			add(w, m.Local)
		}
		// een (speciaal) team van (de) X
		before := strings.Fields(lower(text[max(0, m.Start-50):m.Start]))
		n := len(before)
		if n >= 3 && before[n-1] == "de" {
			before, n = before[:n-1], n-1
		}
		if n < 3 || before[n-1] != "van" || !collective(before[n-2]) {
			continue
		}
		for i := n - 3; i >= 0 && i >= n-4; i-- {
			if before[i] == "een" {
				add(before[n-2], m.Local)
				break
			}
		}
	}
}

// bodyNoun reports whether w may name a body by its kind: a lowercase
// noun that is no person's role, no pronoun and no function word.
func bodyNoun(w string) bool {
	if len(w) < 4 || strings.ToLower(w) != w || strings.ContainsAny(w, ".,:;'\"’()0123456789") {
		return false
	}
	if e, ok := nl.Lex().RoleHead(w); ok && e.Tag != "group" {
		return false // de wethouder: a person (resolveRoles)
	}
	for _, c := range []nl.Class{nl.ClassSubjPronoun, nl.ClassPersonPronoun, nl.ClassRelative, nl.ClassSubordinator, nl.ClassModal, nl.ClassNegation} {
		if nl.Lex().Is(c, w) {
			return false
		}
	}
	return !strings.HasSuffix(w, "e") || strings.HasSuffix(w, "ie") // (adjectives: de andere, de nieuwe)
}

// collectiveTails end the nouns of bodies and groups that act as one
// ("actiegroep", "werkgroep", "projectontwikkelaar") beside the kinds of
// orgKindWords and the group roles of the lexicon.
var collectiveTails = []string{"groep", "team", "commissie", "brigade", "eenheid", "afdeling", "delegatie", "ploeg", "beweging",
	"collectief", "alliantie", "netwerk", "raad", "fractie", "dienst", "inspectie", "toezichthouder", "autoriteit",
	"ontwikkelaar", "leverancier", "uitgever", "producent", "exploitant", "aanbieder", "vervoerder", "verzekeraar"}

// collective reports whether the noun w names a body or a group that acts
// as one (not a thing it made: "een wetsvoorstel van de SP").
func collective(w string) bool {
	if !bodyNoun(w) {
		return false
	}
	if orgKindOf(w) != "" {
		return true
	}
	if e, ok := nl.Lex().RoleHead(w); ok && e.Tag == "group" {
		return true
	}
	for _, t := range collectiveTails {
		if strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}

// referred is the entity the quote layer's speaker rules take doc token h
// for (a subject pronoun, or the head of a definite description: "zegt
// hij", "zegt de 34-jarige"), shown as text (the entity's name when text
// is ""); no side when they find none. The rules run once per article,
// on the first side that asks.
func (x *extractor) referred(h int, text string) arg {
	if x.referrer == nil {
		x.referrer = quote.NewReferrer(x.doc, x.mentions, x.localList)
	}
	key := x.referrer.Refer(h)
	le := x.locals[key]
	if le == nil || le.Type == kroniek.LOC {
		return arg{} // hij, het bedrijf: never a place
	}
	if text == "" {
		text = le.Name
	}
	return x.localArg(key, text)
}

// describedSide is the entity a definite description without a name
// stands for (text: "de 34-jarige", "het bedrijf", "de premier"), read as
// the quote layer reads a speaker, when neither the article's role
// persons (resolveRoles) nor its kind nouns (orgByKind) answer: they
// keep their own readings. The head must be singular, a body's kind noun
// for an organisation or a person's role (or age) for a person, and the
// entity named in the sentence or the two before it, for a body as the
// only body named there; else no side (de partij after two parties, de
// familie, de longartsen).
func (x *extractor) describedSide(s *sentenceCtx, h int, text string) arg {
	tk := x.doc.Tokens[h]
	if tk.POS != nl.NOUN && tk.POS != nl.ADJ || tk.Feats.Has(nl.FeatPlur) {
		return arg{}
	}
	if x.orgByKind(text) != "" || x.resolveRoles(arg{keys: []string{""}, texts: []string{text}}, s.sent.Start).keys[0] != "" {
		return arg{}
	}
	w := lower(tk.Text)
	want := ""
	if e, ok := nl.Lex().RoleHead(w); ok && e.Tag == "group" || orgKindOf(w) != "" || collective(w) {
		want = kroniek.ORG
	} else if ok && e.Tag != "group" || strings.HasSuffix(w, "-jarige") {
		want = kroniek.PER
	} else {
		return arg{}
	}
	a := x.referred(h, text)
	if a.empty() || x.locals[a.keys[0]].Type != want {
		return arg{}
	}
	from := x.doc.Sentences[max(0, s.index-2)].Start
	named := false
	for _, m := range x.mentions {
		if m.Start < from || m.End > tk.Start {
			continue
		}
		if m.Local == a.keys[0] {
			named = true
		} else if le := x.locals[m.Local]; want == kroniek.ORG && le != nil && le.Type == kroniek.ORG {
			return arg{} // two bodies before "het telecombedrijf": either
		}
	}
	if !named {
		return arg{}
	}
	return a
}
