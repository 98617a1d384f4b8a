// This file types the names of a list a plural class noun introduces
// with "als" or "zoals", or closes with "en andere".

package resolve

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// classListMembers types the names of a list after a plural class noun
// and "als" or "zoals" by that noun: "christelijke zorgverleners als
// Manna, Eleos, De Hoop of het Leger des Heils" are bodies, "dorpen als
// Meeden en Nieuw-Buinen" places, "artiesten als Lange Frans en Anita
// Meijer" persons. The members follow one another with ", ", " en " or
// " of " (an article after it allowed). A member the knowledge base
// links, a role's, a family's or one a class noun typed keeps its type;
// when a linked member's type is not the noun's, the noun says nothing
// of the list ("rivalen als H&M en Zara") and no member changes. A
// noun whose class head its lemma does not keep names no class:
// "manipulatoren als Cummings" (manipulator) holds no tower.
func classListMembers(doc *nl.Doc, cs []cand) {
	for i := 0; i < len(cs); i++ {
		ti := tokenIndex(doc, cs[i].start)
		if ti < 2 || doc.Tokens[ti].Start != cs[i].start {
			continue
		}
		if a := doc.Tokens[ti-1].Text; a != "als" && a != "zoals" {
			continue
		}
		noun := doc.Tokens[ti-2]
		if noun.Kind != nl.Word || !startsLower(noun.Text) || !strings.HasSuffix(noun.Text, "s") && !strings.HasSuffix(noun.Text, "en") {
			continue
		}
		typ := classOfNoun(noun.Text)
		if _, whole := classHeads[noun.Text]; typ != "" && !whole && noun.Lemma != "" && classOfNoun(noun.Lemma) != typ {
			typ = "" // "manipulatoren" (manipulator) is no toren
		}
		if e, ok := nl.Lex().RoleHead(noun.Text); typ == "" && ok && e.Tag == "per" {
			typ = kroniek.PER // "artiesten als Lange Frans"
		}
		if typ == "" {
			continue
		}
		last := i
		for last+1 < len(cs) && listNext(doc.Text[cs[last].end:cs[last+1].start]) {
			last++
		}
		agree := true
		for j := i; j <= last; j++ {
			if cs[j].entry != nil && cs[j].typ != typ {
				agree = false
			}
		}
		if !agree {
			i = last
			continue
		}
		for j := i; j <= last; j++ {
			c := &cs[j]
			if c.entry == nil && c.role == "" && !c.family && !c.classTyped && c.typ != typ {
				c.typ, c.classTyped = typ, true
			}
		}
		i = last
	}
}

// listNext reports whether sep, the text between two names, goes on with
// a list: ", ", " en " or " of ", an article after it allowed.
func listNext(sep string) bool {
	for _, a := range []string{"de ", "het "} {
		if s, ok := strings.CutSuffix(sep, a); ok && strings.HasSuffix(s, " ") {
			sep = s
			break
		}
	}
	return sep == ", " || sep == " en " || sep == " of "
}

// othersOfClass types a name coordinated with "en andere" and a plural
// noun by that noun: "Verlaan en twee andere liberale fractievoorzitters"
// is a person (a role's plural), "Kralingen en andere wijken" a place
// (a class noun's). A number or "vele" may stand before "andere", and
// adjectives between it and the noun. A name the knowledge base links, a
// role's, a family's or one a class noun typed keeps its type.
func othersOfClass(doc *nl.Doc, cs []cand) {
	for i := range cs {
		c := &cs[i]
		if c.entry != nil || c.role != "" || c.family || c.classTyped {
			continue
		}
		if t := otherNounType(doc, tokenIndex(doc, c.end-1)); t != "" && t != c.typ {
			c.typ, c.classTyped = t, true
		}
	}
}

// otherNounType returns the type the plural noun of "en andere …" after
// token ti gives the name that ends there: PER for a role, a class
// noun's type, or "".
func otherNounType(doc *nl.Doc, ti int) string {
	if ti < 0 || ti+3 >= len(doc.Tokens) || doc.Tokens[ti+1].Text != "en" {
		return ""
	}
	j := ti + 2
	if w := doc.Tokens[j]; w.POS == nl.NUM || w.Text == "vele" {
		j++
	}
	if j >= len(doc.Tokens) || doc.Tokens[j].Text != "andere" {
		return ""
	}
	for j++; j < len(doc.Tokens) && j <= ti+8; j++ {
		w := doc.Tokens[j]
		if w.Kind != nl.Word || !startsLower(w.Text) {
			return ""
		}
		if w.POS == nl.ADJ || adjectiveWord(w.Text) && w.POS != nl.NOUN {
			continue // "andere liberale fractievoorzitters"
		}
		if !strings.HasSuffix(w.Text, "s") && !strings.HasSuffix(w.Text, "en") {
			return "" // a plural noun, or nothing: "en andere dingen"
		}
		for _, f := range []string{w.Text, w.Lemma} {
			if e, ok := nl.Lex().RoleHead(f); ok && e.Tag == "per" {
				return kroniek.PER // ambtenaren (ambtenaar)
			}
		}
		return classOfNoun(w.Text)
	}
	return ""
}

// pluralRoleLists makes persons of the names a plural role opens and
// joins with ", " or " en ": in "de Kamervoorzitters Arib en
// Broekers-Knol" the role names both, though it attaches to the first
// alone. A name the knowledge base links, a role's, a family's or one a
// class noun typed keeps its type; only the tagger's places and things
// change.
func pluralRoleLists(doc *nl.Doc, cs []cand) {
	for i := 0; i < len(cs); i++ {
		ti := tokenIndex(doc, cs[i].start)
		if ti < 1 || doc.Tokens[ti].Start != cs[i].start || !pluralRole(doc.Tokens[ti-1]) {
			continue
		}
		last := i
		for last+1 < len(cs) && listNext(doc.Text[cs[last].end:cs[last+1].start]) {
			last++
		}
		for j := i; j <= last; j++ {
			if c := &cs[j]; c.entry == nil && c.role == "" && !c.family && !c.classTyped && (c.typ == kroniek.LOC || c.typ == kroniek.MISC) {
				c.typ = kroniek.PER
			}
		}
		i = last
	}
}

// pluralRole reports whether token t is the plural of a person's role:
// Kamervoorzitters, ministers, verdedigers.
func pluralRole(t nl.Token) bool {
	w := strings.ToLower(t.Text)
	if t.Kind != nl.Word || !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "en") {
		return false
	}
	e, ok := nl.Lex().RoleHead(w)
	return ok && e.Tag == "per"
}
