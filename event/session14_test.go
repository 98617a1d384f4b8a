package event

import "testing"

// TestSession14Kinds checks the readings written in the fourteenth session
// for the default-built parser, on invented sentences: a negating adverb
// belongs to the clause its position puts it in (a later conjunct, the
// verb before a dat-clause), wherever the parse hung it.
func TestSession14Kinds(t *testing.T) {
	checkCases(t, []shownCase{
		// niet at the end of the second conjunct: the first is affirmed,
		// the second denied (not recognising is rejecting)
		{"[China|LOC] koos daarin de kant van [Servië|LOC] en erkent [Kosovo|LOC], dat elf jaar geleden de onafhankelijkheid uitriep, nog altijd niet.", "SUPPORT", "China", "Servië"},
		{"[China|LOC] koos daarin de kant van [Servië|LOC] en erkent [Kosovo|LOC], dat elf jaar geleden de onafhankelijkheid uitriep, nog altijd niet.", "REJECT", "China", "Kosovo"},
		// niet before dat negates the wanting, not the wanted
		{"Binnen de coalitie wil ook het [CDA|ORG] niet dat [Lelystad|LOC] vluchten gaat aantrekken die nog niet op [Schiphol|LOC] landen.", "REQUEST", "", ""},
	})
}
