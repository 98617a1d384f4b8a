package event

import (
	"strings"
	"testing"
)

// TestLexiconCoverage checks that the session-7 lexicon lines reach the
// extractor: an invented sentence with an idiom, a verb + noun expression
// or a verb of each of PLOVER's sixteen types gives an event of that type
// (shown or not) whose trigger holds the cue word, and a look-alike idiom
// gives none. The sentences are written for this test; they prove the
// lexicon's forms, particles and nouns, not the quality on real text
// (docs/bench/event-lexicon.md has that).
func TestLexiconCoverage(t *testing.T) {
	for _, c := range []struct {
		text, typ, cue string
	}{
		// AGREE
		{"[Jan Smit] heeft gisteren een schikking getroffen met [Acme|ORG].", "AGREE", "getroffen"},
		{"[Acme|ORG] en [Globex|ORG] kwamen vorige week tot een akkoord.", "AGREE", "akkoord"},
		// CONSULT
		{"Minister [Kees Vos] ging maandag met de burgemeesters om de tafel.", "CONSULT", "tafel"},
		{"[Jan Smit] heeft gisteren een ontmoeting gehad met [Piet Kamp].", "CONSULT", "ontmoeting"},
		// SUPPORT
		{"[Jan Smit] nam [Piet Kamp] gisteren in bescherming.", "SUPPORT", "bescherming"},
		{"[Acme|ORG] juichte het besluit van [Kees Vos] toe.", "SUPPORT", "juichte"},
		// CONCEDE
		{"[Jan Smit] ging gisteren overstag.", "CONCEDE", "overstag"},
		{"De rechtbank sprak [Piet Kamp] dinsdag vrij.", "CONCEDE", "sprak"},
		// COOPERATE
		{"[Acme|ORG] gaat in zee met [Globex|ORG].", "COOPERATE", "zee"},
		{"[Acme|ORG] heeft de gegevens gedeeld met [Globex|ORG].", "COOPERATE", "gedeeld"},
		// AID
		{"[Acme|ORG] schoot [Globex|ORG] vorige maand te hulp.", "AID", "hulp"},
		// RETREAT
		{"[Jan Smit] heeft dinsdag zijn ontslag ingediend.", "CONCEDE", "ontslag"},
		{"Minister [Kees Vos] neemt ontslag.", "CONCEDE", "ontslag"},
		// REQUEST
		{"[Jan Smit] brak zondag een lans voor nieuwe verkiezingen.", "REQUEST", "lans"},
		{"[Piet Kamp] werd door [Jan Smit] uitgenodigd voor een gesprek.", "REQUEST", "uitgenodigd"},
		// ACCUSE
		{"[Acme|ORG] werd door [Globex|ORG] op de vingers getikt.", "ACCUSE", "vingers"},
		{"[Jan Smit] stelde de misstanden bij [Acme|ORG] aan de kaak.", "ACCUSE", "kaak"},
		{"[Jan Smit] nam gisteren afstand van [Piet Kamp].", "ACCUSE", "afstand"},
		{"[Acme|ORG] sleept [Globex|ORG] voor de rechter.", "ACCUSE", "rechter"},
		// REJECT
		{"[Jan Smit] veegde het voorstel van [Piet Kamp] van tafel.", "REJECT", "tafel"},
		{"[Acme|ORG] ging dinsdag in hoger beroep tegen het vonnis.", "REJECT", "beroep"},
		// THREATEN
		{"[Jan Smit] uitte dreigementen aan het adres van [Piet Kamp].", "THREATEN", "dreigementen"},
		// PROTEST
		{"De [FNV|ORG] organiseert zaterdag een demonstratie tegen het kabinet.", "PROTEST", "demonstratie"},
		// SANCTION
		{"[Piet Kamp] is door [Acme|ORG] op non-actief gezet.", "SANCTION", "non-actief"},
		{"[Acme|ORG] heeft [Piet Kamp] gisteren ontslagen.", "SANCTION", "ontslagen"},
		// MOBILIZE
		{"[Rusland|LOC] riep gisteren reservisten op.", "MOBILIZE", "reservisten"},
		// COERCE
		{"De [politie|ORG] heeft [Piet Kamp] in hechtenis genomen.", "COERCE", "hechtenis"},
		{"De [politie|ORG] greep [Piet Kamp] dinsdag in de kraag.", "COERCE", "kraag"},
		// ASSAULT
		{"[Jan Smit] opende het vuur op [Piet Kamp].", "ASSAULT", "vuur"},
		{"[Jan Smit] heeft [Piet Kamp] toegetakeld.", "ASSAULT", "toegetakeld"},
	} {
		text, ms, ls := annotate(c.text)
		found := false
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
			if e.Type == c.typ && strings.Contains(e.Trigger, c.cue) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s event at %q", c.text, c.typ, c.cue)
		}
	}
	// look-alikes: idioms built on an event verb that are no event
	for _, src := range []string{
		"Het virus eiste vorig jaar zijn tol onder [Jan Smit] en de zijnen.",
		"[Jan Smit] sloeg met die opmerking de spijker op de kop.",
		"Zijn naam schoot [Piet Kamp] gisteren niet te binnen.",
	} {
		text, ms, ls := annotate(src)
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
			t.Errorf("%q: event %s %q, want none", src, e.Type, e.Trigger)
		}
	}
}

// TestPrepPhraseInGappedClause: a clause's words need not stand in text
// order or side by side (the parse may lend it a word of another clause);
// the text of a trigger's prepositional phrase must stop where they stop
// being contiguous instead of slicing the text backwards (a panic that
// cost a dpgmedia article its analysis with "doen afstand van").
func TestPrepPhraseInGappedClause(t *testing.T) {
	lx, err := readLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if err := lx.addPhrase(strings.Fields("doen afstand RETREAT resign van -")); err != nil {
		t.Fatal(err)
	}
	text := "Landen kunnen een claim indienen, maar het museum doet niet uit eigen beweging afstand van wat juridisch of moreel geen deel zou moeten uitmaken van de collectie."
	doc := parseDoc(t, text)
	lx.Extract(doc, nil, nil, nil, "2019-03-08")
}
