package event

import "testing"

// TestSession14Kinds checks the readings written in the fourteenth session
// for the default-built parser, on invented sentences: a negating adverb
// belongs to the clause its position puts it in (a later conjunct, the
// verb before a dat-clause), wherever the parse hung it; a subject
// pronoun after a fronted adverbial clause is the person that clause is
// about.
func TestSession14Kinds(t *testing.T) {
	checkCases(t, []shownCase{
		// niet at the end of the second conjunct: the first is affirmed,
		// the second denied (not recognising is rejecting)
		{"[China|LOC] koos daarin de kant van [Servië|LOC] en erkent [Kosovo|LOC], dat elf jaar geleden de onafhankelijkheid uitriep, nog altijd niet.", "SUPPORT", "China", "Servië"},
		{"[China|LOC] koos daarin de kant van [Servië|LOC] en erkent [Kosovo|LOC], dat elf jaar geleden de onafhankelijkheid uitriep, nog altijd niet.", "REJECT", "China", "Kosovo"},
		// niet before dat negates the wanting, not the wanted
		{"Binnen de coalitie wil ook het [CDA|ORG] niet dat [Lelystad|LOC] vluchten gaat aantrekken die nog niet op [Schiphol|LOC] landen.", "REQUEST", "", ""},
		// hij after "Toen X zei …,": X, not the man of the sentence before
		{"Het bedrijf van [Jan de Boer|PER] klaagde. Toen minister-president [Piet Kamp|PER] zei dat elke auto minder goed is voor het milieu, werd hij door [Acme|ORG] op het matje geroepen.", "ACCUSE", "Acme", "Piet Kamp"},
	})
}
