package quote

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// annotated returns text as a Dutch document the parser annotated.
func annotated(t *testing.T, text string) *nl.Doc {
	t.Helper()
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	shared.Must(t, nl.LoadSyntax).Annotate(doc)
	return doc
}

// TestGaps checks that an attribution inside what is said becomes the
// quote's gap: the text keeps the whole clause, Shown leaves it out.
func TestGaps(t *testing.T) {
	for _, tc := range []struct {
		text, kind, shown string
		people            []string
	}{
		// mid-sentence "volgens X"
		{"Het plan kost volgens Piet Smit veel te veel geld.", kroniek.QuoteIndirect, "Het plan kost … veel te veel geld", []string{"Piet Smit"}},
		{"De brug moet, volgens Piet Smit, volgend jaar worden vervangen.", kroniek.QuoteIndirect, "De brug moet … volgend jaar worden vervangen", []string{"Piet Smit"}},
		// a trailing "volgens X" is cut, not a gap
		{"De school is inmiddels te klein geworden volgens Piet Smit van de ouderraad.", kroniek.QuoteIndirect, "De school is inmiddels te klein geworden", []string{"Piet Smit"}},
		// an attribution inside a report
		{"De werkelijke schade, stelt Piet Smit, is veel groter.", kroniek.QuoteIndirect, "De werkelijke schade … is veel groter", []string{"Piet Smit"}},
		// a direct quotation its attribution interrupts
		{"\"Ik fiets liever over de dijk,\" zegt Anna, \"maar die is vaak dicht.\"", kroniek.QuoteDirect, "Ik fiets liever over de dijk … maar die is vaak dicht.", []string{"Anna"}},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		var got []string
		found := false
		for _, q := range qs {
			got = append(got, q.Kind+": "+q.Shown())
			if q.Kind == tc.kind && q.Shown() == tc.shown {
				found = true
				for _, g := range q.Gaps {
					if g[0] <= q.Start || g[1] >= q.End {
						t.Errorf("%q: gap %v not inside [%d,%d)", tc.text, g, q.Start, q.End)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: want %s %q, got %s", tc.text, tc.kind, tc.shown, strings.Join(got, " | "))
		}
	}
	// Two main clauses are two quotations.
	text := "\"Dat het dorp groeit, is geen probleem,\" zegt Anna, \"dat ligt anders met de wegen.\""
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Anna"}})
	if qs := Extract(doc, ms, locals); len(qs) != 2 || len(qs[0].Gaps) > 0 {
		t.Errorf("%q: want two quotations without gaps, got %+v", text, qs)
	}
}

// TestPluralChain checks that a plural pronoun follows a chain of plural
// pronouns back to the group named before, and stays unresolved when a
// name stands in between; that with no plural subject before it, the one
// group of people or bodies the sentence before names is who it means
// (a list of groups, "zowel … als …" whole), and no group when that
// sentence names two, or the pronoun is the people of a place.
func TestPluralChain(t *testing.T) {
	for _, tc := range []struct{ text, quote, speaker string }{
		{"Dat is een opsteker voor de zeker één miljoen demonstranten zaterdag in Londen. Zij willen dat de vraag opnieuw aan het volk wordt voorgelegd.",
			"de vraag opnieuw aan het volk wordt voorgelegd", "de zeker één miljoen demonstranten"},
		{"Zowel de vakbeweging als de drie linkse partijen hanteren dit wensenlijstje. Zij willen dat de AOW-leeftijd de komende jaren niet stijgt.",
			"de AOW-leeftijd de komende jaren niet stijgt", "Zowel de vakbeweging als de drie linkse partijen"},
		{"Dat punt stuitte op verzet bij een deel van de bedrijven en particulieren die konden reageren op de wetstekst. Zij stelden dat dit punt in strijd is met de privacy.",
			"dit punt in strijd is met de privacy", "de bedrijven en particulieren"},
		{"Dat is slecht nieuws voor de agenten en voor de demonstranten van de actiegroep. Zij willen dat de vraag opnieuw aan het volk wordt voorgelegd.",
			"de vraag opnieuw aan het volk wordt voorgelegd", "Zij"},
		{"De regionale economie profiteert van toeristen die Amsterdam overspoelen. Dat zouden ze nog vaker mogen doen, vinden ze in Zaanstad.",
			"Dat zouden ze nog vaker mogen doen", "ze"},
		{"De driehonderd verpleegkundigen van het ziekenhuis in Utrecht hebben al aangekondigd te zullen staken. Zij zijn boos op de directie, want zij eisen dat er meer personeel komt op elke afdeling.",
			"er meer personeel komt op elke afdeling", "De driehonderd verpleegkundigen"},
		{"De verpleegkundigen hebben aangekondigd te zullen staken. Directeur Jan de Vries reageerde kort. Zij eisen dat er meer personeel komt op elke afdeling.",
			"er meer personeel komt op elke afdeling", "Zij"},
	} {
		doc := annotated(t, tc.text)
		found := false
		for _, q := range Extract(doc, nil, nil) {
			if q.Text == tc.quote {
				found = true
				if q.SpeakerText != tc.speaker && (tc.speaker == "Zij" || tc.speaker == "ze" || !strings.HasPrefix(q.SpeakerText, tc.speaker)) {
					t.Errorf("%q: speaker %q, want %q", tc.quote, q.SpeakerText, tc.speaker)
				}
			}
		}
		if !found {
			t.Errorf("%q: not found", tc.quote)
		}
	}
}

// TestUnnamedDoer checks that a quotation standing on its own after a
// sentence that brings in an unnamed person is that person's.
func TestUnnamedDoer(t *testing.T) {
	for _, tc := range []struct{ text, speaker string }{
		{"De zaal is vol. Een van de medewerkers in de zaal staat op. \"Wij kunnen dat allemaal voor u regelen. Daar zijn wij voor.\" Het publiek lacht.", "Een van de medewerkers"},
		{"Het is wel eens voorgekomen dat een buurvrouw hem belde. \"Die klacht heb ik toen meteen opgelost.\"", ""},
	} {
		doc := annotated(t, tc.text)
		qs := Extract(doc, nil, nil)
		if len(qs) != 1 || qs[0].SpeakerText != tc.speaker {
			t.Errorf("%q: got %+v, want one quotation by %q", tc.text, qs, tc.speaker)
		}
	}
}

// TestSecondReportCut checks that a report ends before a reason clause
// that holds a report of its own.
func TestSecondReportCut(t *testing.T) {
	text := "De bond kondigde vorige week aan naar de rechter te stappen, omdat de bond vindt dat het bedrijf zich aan de cao moet houden."
	var got []string
	for _, q := range Extract(annotated(t, text), nil, nil) {
		got = append(got, q.Kind+": "+q.Text)
	}
	if !strings.Contains(strings.Join(got, " | "), "indirect: naar de rechter te stappen |") && !strings.HasSuffix(strings.Join(got, " | "), "indirect: naar de rechter te stappen") {
		t.Errorf("want the report without the reason, got %s", strings.Join(got, " | "))
	}
}
