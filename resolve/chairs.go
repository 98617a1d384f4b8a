// This file drops the subjects of academic chairs the tagger took for
// names.

package resolve

import (
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// teachers are the nouns of those who hold a chair or teach a subject.
var teachers = setOf("hoogleraar", "docent", "lector", "professor", "hoogleraren", "docenten")

// dropChairSubjects drops a capitalised subject after a teacher's noun
// that the tagger took for a name: "hoogleraar Bestuurskunde aan de
// Universiteit", "hoogleraar Regionale Economie van de VU". The mention
// must go on with "aan" or "van" (where the chair is, or what the subject
// is of), open with a word the lexicons know as a common one, and not be
// the family name of a person the article names: "hoogleraar Huisman
// aan de VU" beside Pieter Huisman stays a person.
func dropChairSubjects(doc *nl.Doc, cs []cand) []cand {
	if doc.Lang != "" && doc.Lang != "nl" {
		return cs
	}
	last := map[string]bool{}
	for _, c := range cs {
		if ws := strings.Fields(c.text(doc)); len(ws) >= 2 && givenShape(c.text(doc)) {
			last[ws[len(ws)-1]] = true
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if !chairSubject(doc, c, last) {
			out = append(out, c)
		}
	}
	return out
}

// chairSubject reports whether c is a chair's subject after a teacher's
// noun (see dropChairSubjects); last holds the last words of the
// article's full names of persons (a given name first).
func chairSubject(doc *nl.Doc, c cand, last map[string]bool) bool {
	if c.entry != nil {
		return false
	}
	ti := tokenIndex(doc, c.start)
	if ti < 1 || doc.Tokens[ti].Start != c.start || !teachers[strings.ToLower(doc.Tokens[ti-1].Text)] {
		return false
	}
	rest := doc.Text[c.end:]
	if !strings.HasPrefix(rest, " aan ") && !strings.HasPrefix(rest, " van ") {
		return false
	}
	ws := strings.Fields(c.text(doc))
	if last[ws[len(ws)-1]] || isGivenName(ws[0]) || strings.ToUpper(ws[0]) == ws[0] {
		return false
	}
	lemma := strings.ToLower(doc.Tokens[ti].Lemma)
	return doc.CommonWord(strings.ToLower(ws[0])) || lemma != "" && doc.CommonWord(lemma) // Regionale (regionaal)
}
