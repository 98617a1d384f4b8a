package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestTalkedAbout checks that an uncued quotation that refers to the
// subject of the sentence before with "hij" or a plural "zij" is not
// given to that subject, unless the sentence holds someone else the
// pronoun may mean.
func TestTalkedAbout(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		// the plural pronoun means the pair: the one the passage is about speaks
		{"Jan Bakker volgde de route van de jeugdopleiding. De laatste tijd gaat het vaker over hem, maar Piet de Vries en Kees Smit zijn de blikvangers. ,,Zij krijgen veel aandacht, maar dat dwingen ze zelf af. Ik moet dat ook doen.''",
			[]string{"Jan Bakker", "Piet de Vries", "Kees Smit"}, nil, "Zij krijgen", kroniek.QuoteDirect, "Jan Bakker"},
		// another man in the sentence: "hij" may mean him, the subject speaks
		{"Advocaat Jan Vlug vindt dat Piet de Hond oude koeien uit de sloot haalt. ,,Hij heeft het over dat mes, maar dat is al lang bekend.''",
			[]string{"Jan Vlug", "Piet de Hond"}, nil, "Hij heeft", kroniek.QuoteDirect, "Jan Vlug"},
		// no pronoun for the subject: the subject speaks
		{"Jan Bakker volgde de route van de jeugdopleiding. Piet de Vries en Kees Smit zijn de blikvangers. ,,Wij krijgen veel aandacht, maar dat dwingen we zelf af.''",
			[]string{"Jan Bakker", "Piet de Vries", "Kees Smit"}, nil, "Wij krijgen", kroniek.QuoteDirect, "Piet de Vries"},
	})
}

// TestDisplacedByPronoun checks that a name before a comma that shares
// its verb with a subject pronoun right after the verb is not the
// sentence's subject: the pronoun is ("Lachgas, weet hij.", with the
// name mistagged as a person).
func TestDisplacedByPronoun(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Het is elke keer hetzelfde, verzucht Jurrie ter Riet, terwijl hij twee patronen van de grond raapt. Lachgas, weet hij. ,,Pillen, hasj, condooms; ik heb hier al van alles gevonden.''",
			[]string{"Jurrie ter Riet", "Lachgas"}, nil, "Pillen", kroniek.QuoteDirect, "Jurrie ter Riet"},
	})
}

// TestOwnAttributionBetween checks that a quotation after a quotation of
// several sentences and its trailing attribution goes on with the same
// speaker, also when the attribution is too long to pass for a gap of
// quote marks and its own phrase names someone else (here a body the
// tagger takes for a person, as it does in the corpus).
func TestOwnAttributionBetween(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"De uil kon niet meer vliegen. \"Tussen het overlijden van de andere uil en het telefoontje zat nog geen dag. We konden de veren meteen gebruiken\", vertelt Sharon Lexmond van Vogelopvang de Wulp. \"Soms raken de vleugels alsnog beschadigd, hoe voorzichtig we ook zijn. Zonder deze transplantatie had dit uiltje nooit meer kunnen vliegen.\"",
			[]string{"Sharon Lexmond", "Vogelopvang de Wulp"}, nil, "Soms raken", kroniek.QuoteDirect, "Sharon Lexmond"},
		// another person named in the gap: no carrying over
		{"De uil kon niet meer vliegen. \"Tussen het overlijden van de andere uil en het telefoontje zat nog geen dag. We konden de veren meteen gebruiken\", vertelt Sharon Lexmond, die het met Piet Bakker regelde. \"Soms raken de vleugels alsnog beschadigd, hoe voorzichtig we ook zijn.\"",
			[]string{"Sharon Lexmond", "Piet Bakker"}, nil, "Soms raken", kroniek.QuoteDirect, ""},
	})
}

// TestIntroducedAfter checks that a quotation nothing attributes goes to
// the person the next sentence introduces (named there first), not to
// one the article named before.
func TestIntroducedAfter(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Snorfietsers moeten vanaf vandaag naar de rijbaan. \"Een bullshit-maatregel vind ik het.\" Snorfietser Remco Bruinsma windt er geen doekjes om.",
			[]string{"Remco Bruinsma"}, nil, "Een bullshit", kroniek.QuoteDirect, "Remco Bruinsma"},
	})
}

// TestMetByNarrator checks that "zij" after a sentence in which the
// writer meets someone unnamed means that one.
func TestMetByNarrator(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Ik denk aan de leraren die meededen aan de buitenlesdag. Ik sprak die dag een leraar van groep 7. Zij zei: ,,De voorbereiding van zo'n les vraagt meer tijd, maar het betaalt zich terug.''",
			nil, nil, "De voorbereiding", kroniek.QuoteDirect, "een leraar van groep 7"},
	})
}

// TestTitledName checks the name after the title of a volgens-phrase,
// read by the words (the parse that calls for it lost the name inside
// the title's phrase): the person after the body, not one after a
// preposition.
func TestTitledName(t *testing.T) {
	for _, tc := range []struct {
		text, title, want string
	}{
		{"Maar volgens lijsttrekker voor de Eerste Kamer Paul Rosenmöller kan het kabinet niet om GroenLinks heen.", "lijsttrekker", "Paul Rosenmöller"},
		{"Maar volgens de advocaat van Jan Smit kan het kabinet niet om GroenLinks heen.", "advocaat", ""},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Paul Rosenmöller", "Jan Smit"}})
		ms, locals = withOrgs(ms, locals, doc.Text, "Eerste Kamer", "GroenLinks")
		x := newExtractor(doc, ms, locals)
		h := -1
		for i, tk := range doc.Tokens {
			if tk.Text == tc.title {
				h = i
			}
		}
		got := ""
		if sp := x.titledName(doc.Tokens, h); sp.found() {
			got = x.locals[sp.local].Name
		}
		if got != tc.want {
			t.Errorf("%q: want %q, got %q", tc.text, tc.want, got)
		}
	}
}

// TestUnnamedDoerSpeaksToSomeone checks that an unnamed person who
// stands up in the sentence before speaks the quotation, also when that
// sentence names the one spoken to.
func TestUnnamedDoerSpeaksToSomeone(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"De aftrap was wat onwennig. Een van de ambtenaren in de zaal staat op en richt zich tot Dessing. ,,Wij kunnen dat allemaal voor u regelen. Daar zijn wij voor.''",
			[]string{"Dessing"}, nil, "Wij kunnen", kroniek.QuoteDirect, "Een van de ambtenaren"},
	})
}

// TestCaptionBefore checks that a quotation after a heading that names a
// person with their age and role is theirs, and not after a sentence
// with a verb.
func TestCaptionBefore(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Vijf reacties op de toespraak. Mina Etemad (31) Filmmaker in Amsterdam 'Ik las dat hij het woord had gebruikt, en ik schrok ervan.'",
			[]string{"Mina Etemad"}, nil, "Ik las", kroniek.QuoteDirect, "Mina Etemad"},
		// a verb after a comma without a subject of its own belongs to the caption
		{"Vijf reacties op de toespraak. 'Ik schrik van de milde reacties van linkse politici' Max de Blank (22) Student gender studies in Boedapest, komt uit Arnhem 'Ik snap dat andere partijen zeggen dat iedereen moet kunnen meepraten in een democratie, maar de milde reacties van linkse politici, daar schrik ik van.'",
			[]string{"Max de Blank"}, nil, "Ik snap", kroniek.QuoteDirect, "Max de Blank"},
	})
}

// TestDoerBetween checks that a quotation after a sentence whose subject
// is another person than the one quoted before is that person's, not a
// continuation; a person the quotation names is who it is about.
func TestDoerBetween(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"\"We houden vol\", zegt Els Boer, moeder van twee kinderen. \"Het is zwaar.\" Ria de Wit knikt. \"Ook 's nachts zit er iemand van ons naast. Dat moet ook.\"",
			[]string{"Els Boer", "Ria de Wit"}, nil, "Ook 's nachts", kroniek.QuoteDirect, "Ria de Wit"},
		{"Paul Smit denkt van wel: \"Lachen doen we al genoeg.\" Kees Bos ziet het anders. \"Juist nu moet je moeilijke dingen bespreken.\"",
			[]string{"Paul Smit", "Kees Bos"}, nil, "Juist nu", kroniek.QuoteDirect, "Kees Bos"},
	})
}

// TestBareLead checks that a quotation after a bare "En:" goes to the
// person the narration before it speaks of, as a whole-sentence
// quotation would.
func TestBareLead(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Het feest is groot. Als winnaar van de gemeenteraadsverkiezingen spreekt Piet Bos zijn leden toe in Zeist. Met een rede waarin 'het schip van de stad' voorkomt. En: ,,We varen nu een nieuwe koers. Die houden we vier jaar vol.''",
			[]string{"Piet Bos"}, nil, "We varen nu", kroniek.QuoteDirect, "Piet Bos"},
	})
}
