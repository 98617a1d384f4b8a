package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestReportSpans checks where a reported clause begins and ends on
// sentences written for it: an infinitive report over a few quoted words
// in its middle field, a second "volgens" frame after ", maar", a
// "blijkt uit" source after the clause, a new sentence after a colon, and
// a sentence adverb before an attribution that interrupts the report.
func TestReportSpans(t *testing.T) {
	people := []string{"Piet Smit", "Jan de Boer"}
	for _, tc := range []struct {
		name, text string
		want       []string // indirect quotes, in order
		not        []string // no indirect quote with this text
	}{
		{"an infinitive over a quoted fragment",
			"Piet Smit sprak van 'een aanslag' en zei 'een terroristisch motief' niet uit te sluiten.",
			[]string{"een terroristisch motief' niet uit te sluiten"}, nil},
		{"an infinitive over a quoted adverb",
			"Desondanks zegt Piet Smit het vanavond, tijdens zijn eerste debat, 'hartstochtelijk' te zullen verdedigen.",
			[]string{"het vanavond, tijdens zijn eerste debat, 'hartstochtelijk' te zullen verdedigen"}, nil},
		{"a purpose after the quoted words is no report",
			"Van de familie krijgt Piet Smit een niet nader genoemd 'bedrag mee' om de onderneming weer tot leven te wekken.",
			nil, []string{"bedrag mee' om de onderneming weer tot leven te wekken"}},
		{"the infinitive of a relative clause after the quoted words is no report",
			"Piet Smit spreekt van een 'graat in de keel', die niet uit te leggen is.",
			nil, []string{"van een 'graat in de keel', die niet uit te leggen is"}},
		{"a second frame after ', maar volgens'",
			"Volgens Piet Smit zou een heffing niet leiden tot een exodus van bedrijven, maar volgens Jan de Boer is dat veel te optimistisch geredeneerd.",
			[]string{"zou een heffing niet leiden tot een exodus van bedrijven", "is dat veel te optimistisch geredeneerd"}, nil},
		{"a source after ', blijkt uit'",
			"Volgens Piet Smit is de maatregel ongrondwettelijk, blijkt uit de klacht bij het gerechtshof.",
			[]string{"is de maatregel ongrondwettelijk"}, nil},
		{"a sentence adverb before an attribution opens the report",
			"Uiteindelijk, aldus topman Piet Smit, wil het bedrijf naar duizend stations in Europa.",
			[]string{"Uiteindelijk, aldus topman Piet Smit, wil het bedrijf naar duizend stations in Europa"}, nil},
		{"a deed after the attribution is no report",
			"Vervelende zaak? Ach, zegt Piet Smit, en maakt een wegwerpgebaar.",
			nil, []string{"en maakt een wegwerpgebaar", "Ach, zegt Piet Smit, en maakt een wegwerpgebaar"}},
		{"a new sentence after a colon",
			"Piet Smit stelt dat het een zegen zou zijn als alle ministeries overstappen: Zo'n overstap is een dure klus.",
			[]string{"het een zegen zou zijn als alle ministeries overstappen"}, nil},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: people})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		var got []string
		for _, q := range qs {
			if q.Kind == kroniek.QuoteIndirect {
				got = append(got, q.Text)
			}
		}
		for _, w := range tc.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%s: no report %q in %q", tc.name, w, got)
			}
		}
		for _, n := range tc.not {
			for _, g := range got {
				if g == n {
					t.Errorf("%s: reported %q", tc.name, n)
				}
			}
		}
	}
}
