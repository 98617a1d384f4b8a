// This file types the names of a list a plural class noun introduces
// with "als" or "zoals".

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
