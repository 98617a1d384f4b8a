package event

import "testing"

// TestSession8bShown checks the readings of the second shift of session
// 8 (invented sentences): a worden passive whose auxiliary the word
// reading puts in an opening om-clause, "Wat X betreft" as X's wish, an
// opinion verb in a subclause, adviseren as a request (not an adviser's
// work over a subject) and "niet X maar Y" as a contrast, not a denial.
func TestSession8bShown(t *testing.T) {
	checkCases(t, []shownCase{
		{"Om de coalitie te smeden werd oud-minister [Jan Smit] al gevraagd om informateur te worden.", "REQUEST", "", ""},
		{"Wat de officier van justitie betreft, krijgt [Kees de Vries] een taakstraf van 200 uur.", "SANCTION", "", ""},
		{"Wat dit betreft alle lof voor premier [Jan Smit], die oproept tot verdraagzaamheid en tolerantie.", "REQUEST", "Jan Smit", ""},
		{"Hij zegt dat hij hoopt dat [Kees de Vries] levenslang krijgt.", "SANCTION", "", ""},
		{"De toezichthouder [Acme|ORG] adviseerde de [Tweede Kamer|ORG] om de wet in te trekken.", "REQUEST", "Acme", "Tweede Kamer"},
		{"[Piet Bakker], die de [Tweede Kamer|ORG] adviseert over energie, was aanwezig.", "REQUEST", "", ""},
		{"Oud-premier [Jan Smit] riep de [Verenigde Staten|LOC] op niet tegenover maar naast Europa te staan.", "REQUEST", "Jan Smit", "Verenigde Staten"},
	})
}

// TestSharedSubjectObject checks a verb-first conjunct that shares the
// subject of the clause before it: the name after its verb, which the
// parse may read as its subject, is its object.
func TestSharedSubjectObject(t *testing.T) {
	text, ms, ls := annotate("Legerleider [Ahmed Salah] schaarde zich achter de demonstranten en riep [Bouteflika] op onmiddellijk plaats te maken.")
	var got []string
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2019-03-12") {
		a, r := sideNames(e.ActorLocal, ls), sideNames(e.RecipientLocal, ls)
		got = append(got, e.Type+" "+a+" → "+r)
		if e.Type == "REQUEST" && a == "Ahmed Salah" && r == "Bouteflika" {
			return
		}
	}
	t.Errorf("want REQUEST Ahmed Salah → Bouteflika, got %v", got)
}
