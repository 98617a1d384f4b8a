package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// Descriptions the extractor left without an entity, linked afterwards
// when the article supports one reading only.

// othersRoles are roles of one a story brings in beside the person it is
// about: a judge, a prosecutor, a suspect, a victim. "De rechter" after a
// lawyer spoke is the judge, not the lawyer.
var othersRoles = map[string]bool{"rechter": true, "officier": true, "aanklager": true, "verdachte": true, "getuige": true, "slachtoffer": true,
	"agent": true, "politieagent": true, "burgemeester": true, "minister": true, "premier": true, "president": true, "dader": true, "eigenaar": true,
	"bewoner": true, "buurman": true, "buurvrouw": true, "moeder": true, "vader": true, "man": true, "vrouw": true, "jongen": true, "meisje": true}

// onlySpeaker gives a quote whose speaker is a definite role description
// of one person ("de topadvocate", "de onderzoeker") that resolved to no
// one to the person who spoke the quotation just before it, when that
// person is the only one the article names from there to the
// description, within three sentences; gender agrees; the role is no
// one's tie to another nor a role a story brings in beside its speaker
// (othersRoles); no "van", comma or relative clause follows the role ("de
// voorzitter van de rechtbank", "de directeur, die niet met zijn naam
// wilde worden genoemd": someone else); the person was given no other
// role; and no other person is described by this one.
func (x *extractor) onlySpeaker(q *kroniek.Quote, qs []kroniek.Quote) {
	if q.SpeakerLocal != "" || q.SpeakerText == "" || q.SpeakerEnd <= q.SpeakerStart {
		return
	}
	words := strings.Fields(q.SpeakerText)
	if len(words) < 2 || len(words) > 3 {
		return
	}
	toks := x.doc.Tokens
	k := x.tokenAt(q.SpeakerEnd - 1)
	if k <= 0 || k+1 >= len(toks) || toks[k].End != q.SpeakerEnd || !x.definiteRole(toks, k) {
		return
	}
	if next := strings.ToLower(toks[k+1].Text); next == "van" || next == "," || next == "uit" || next == "die" || next == "-" {
		return
	}
	lw := strings.ToLower(toks[k].Text)
	role := baseRole(lw)
	if relational(lw) || kin[lw] || othersRoles[role] {
		return
	}
	// The quotation just before the description's.
	var prev *kroniek.Quote
	for i := range qs {
		if r := &qs[i]; r.End <= q.SpeakerStart && r.Start != q.Start && (prev == nil || r.End > prev.End) {
			prev = r
		}
	}
	if prev == nil || prev.SpeakerLocal == "" || !x.isPersonLocal(prev.SpeakerLocal) || x.sentenceAt(q.SpeakerStart)-x.sentenceAt(prev.Start) > 3 {
		return
	}
	who := prev.SpeakerLocal
	if x.personBetween(prev.End, q.SpeakerStart, who) {
		return
	}
	if g, pg := wordGender(lw), x.personGender(who); g != genderUnknown && pg != genderUnknown && g != pg {
		return
	}
	for _, w := range x.described[who] {
		if isRoleNoun(w) && baseRole(w) != role {
			return // "president Bouteflika" is not "de legerleider"
		}
	}
	for l, ws := range x.described {
		if l != who && containsAll(ws, []string{role}) {
			return
		}
	}
	q.SpeakerLocal = who
}

// demonymCountry returns the country whose one inhabitant w names
// ("Fransman", "Française", "Duitser"), from the knowledge base's
// demonyms; not an adjective ("Franse") nor a plural ("Fransen").
func demonymCountry(w string) (string, bool) {
	k, err := kb.Load()
	if err != nil || !isCapitalised(w) {
		return "", false
	}
	for _, e := range k.Lookup(w) {
		if e.Kind != kb.KindDemonym || e.Country == "" {
			continue
		}
		for _, p := range e.Inhabitants {
			if strings.EqualFold(p, w) {
				return "", false
			}
		}
		if lw := strings.ToLower(w); strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "se") && !strings.HasSuffix(lw, "aise") {
			return "", false // "Frans", "Franse": the adjective
		}
		return e.Country, true
	}
	return "", false
}

// countryman gives a quote whose speaker is "de [adj] DEMONYM" ("de
// Fransman", "de jonge Duitser") with no entity to the one person of the
// article whose country (from the knowledge base) is that demonym's,
// when that person is named before the quote and gender agrees.
func (x *extractor) countryman(q *kroniek.Quote) {
	if q.SpeakerLocal != "" || q.SpeakerText == "" {
		return
	}
	words := strings.Fields(q.SpeakerText)
	if len(words) < 2 || len(words) > 3 || !strings.EqualFold(words[0], "de") {
		return
	}
	w := words[len(words)-1]
	iso, ok := demonymCountry(w)
	if !ok {
		return
	}
	var who string
	for _, m := range x.mentions {
		if m.Local == "" || m.Local == who || !x.isPerson(m) || x.locals[m.Local].Country != iso {
			continue
		}
		if who != "" {
			return // two of that country: either may be meant
		}
		if m.Start >= q.SpeakerStart {
			return // named only after the description
		}
		who = m.Local
	}
	x.speakerIfGenderFits(q, w, who)
}

// tiedTo returns the lower-cased names the article ties the person
// mention m to: a party in brackets after it ("Mark Rutte (VVD)"), the
// body after "van" and its kind ("Zakaria Boufangacha van vakbond FNV":
// "fnv", "vakbond"), and the first part of a written-together role before
// it ("VVD-Kamerlid Hayke Veldman": "vvd").
func (x *extractor) tiedTo(m kroniek.Mention) []string {
	var ties []string
	text := x.doc.Text
	if rest := text[m.End:]; strings.HasPrefix(rest, " (") {
		if i := strings.IndexByte(rest, ')'); i > 2 && i < 30 {
			ties = append(ties, strings.ToLower(rest[2:i]))
		}
	} else if strings.HasPrefix(rest, " van ") {
		from := m.End + len(" van ")
		if o, ok := x.mentionAt(from, len(text)); ok && o.Start >= from && o.Start-from < 20 && o.Local != "" && !x.isPerson(o) {
			ties = append(ties, strings.ToLower(o.Text))
			if kind := strings.TrimSpace(text[from:o.Start]); kind != "" && !strings.Contains(kind, " ") {
				ties = append(ties, strings.ToLower(kind))
			}
		}
	}
	if i := x.tokenAt(m.Start); i > 0 {
		w := x.doc.Tokens[i-1].Text
		if j := strings.IndexByte(w, '-'); j > 0 && x.doc.Tokens[i-1].End == m.Start-1 {
			ties = append(ties, strings.ToLower(w[:j]))
		}
	}
	return ties
}

// tiedOne gives a quote whose speaker is "de P'er" or "de Prole" ("de
// VVD'er", "de vakbondsbestuurder") with no entity to the one person of
// the article the text ties to P (tiedTo), when that person is named
// before the quote and gender agrees.
func (x *extractor) tiedOne(q *kroniek.Quote) {
	if q.SpeakerLocal != "" || q.SpeakerText == "" {
		return
	}
	words := strings.Fields(q.SpeakerText)
	if len(words) != 2 || !strings.EqualFold(words[0], "de") {
		return
	}
	w := strings.ToLower(words[1])
	var prefix string
	if p, ok := strings.CutSuffix(w, "'er"); ok {
		prefix = p
	} else if r, ok := nl.Lex().RoleHead(w); ok && r.Tag == "per" && strings.HasSuffix(w, r.Lemma) {
		prefix = strings.TrimSuffix(strings.TrimSuffix(w, r.Lemma), "-")
		prefix = strings.TrimSuffix(prefix, "s") // "vakbondsbestuurder"
	}
	if len(prefix) < 2 {
		return
	}
	var who string
	for _, m := range x.mentions {
		if m.Local == "" || m.Local == who || !x.isPerson(m) || x.quoted(m.Start) {
			continue
		}
		tied := false
		for _, t := range x.tiedTo(m) {
			tied = tied || t == prefix
		}
		if !tied {
			continue
		}
		if who != "" || m.Start >= q.SpeakerStart {
			return // two tied to it, or one named only after
		}
		who = m.Local
	}
	x.speakerIfGenderFits(q, w, who)
}

// speakerIfGenderFits makes who the speaker of q, described by the word w,
// unless who is empty or w and who's gender disagree ("de Française" is
// no man).
func (x *extractor) speakerIfGenderFits(q *kroniek.Quote, w, who string) {
	if who == "" {
		return
	}
	if g, pg := wordGender(w), x.personGender(who); g != genderUnknown && pg != genderUnknown && g != pg {
		return
	}
	q.SpeakerLocal = who
}

// onlyOfGender gives a quote whose speaker is a bare "de vrouw" or "de
// man" the person named last before it, outside quotations and at most
// two sentences back, when that person is of that gender or of one the
// article does not tell: "De rechter vroeg Els de Bruin wat er zo
// grappig was. «Q», antwoordde de vrouw." Not when the article named
// another person of that gender, nor after an unnamed one ("een vrouw",
// "een buurman"), nor for "de man van X" or "de man zelf" (set against
// someone else).
func (x *extractor) onlyOfGender(q *kroniek.Quote) {
	if q.SpeakerLocal != "" || q.SpeakerEnd <= q.SpeakerStart {
		return
	}
	words := strings.Fields(strings.ToLower(q.SpeakerText))
	if len(words) != 2 || words[0] != "de" || words[1] != "vrouw" && words[1] != "man" {
		return
	}
	k := x.tokenAt(q.SpeakerEnd - 1)
	if k+1 >= len(x.doc.Tokens) || x.unnamedBefore(k, words[1]) {
		return
	}
	if next := strings.ToLower(x.doc.Tokens[k+1].Text); next == "van" || next == "zelf" {
		return
	}
	want, who, last := wordGender(words[1]), "", kroniek.Mention{}
	for _, m := range x.mentions {
		if m.Start >= q.SpeakerStart {
			break
		}
		if m.Local == "" || !x.isPerson(m) || x.quoted(m.Start) {
			continue
		}
		switch g := x.personGender(m.Local); {
		case g == want && who != "" && who != m.Local:
			return // two of that gender
		case g == want:
			who, last = m.Local, m
		case g == genderUnknown:
			last = m
		}
	}
	if last.Local != "" && (who == "" || last.Local == who) && x.sentenceAt(q.SpeakerStart)-x.sentenceAt(last.Start) <= 2 {
		q.SpeakerLocal = last.Local
	}
}

// unnamedBefore reports whether the text before token k brings in an
// unnamed person whose noun ends in noun with "een" at most three words
// before it ("een vrouw", "een oudere man", "een buurman").
func (x *extractor) unnamedBefore(k int, noun string) bool {
	toks := x.doc.Tokens
	for j := 0; j < k; j++ {
		if !strings.HasSuffix(strings.ToLower(toks[j].Text), noun) {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-3; i-- {
			if strings.EqualFold(toks[i].Text, "een") {
				return true
			}
		}
	}
	return false
}
