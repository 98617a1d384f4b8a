package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestDetectKinds checks detection cases of session 18 on invented
// sentences: a comma inside the closing mark sets off the speech verb
// after it, quoted words a verb of saying right after them reports, and what an
// interviewer tells back ("U zegt dat …", "…, concludeert u."); and that
// a name a group gives itself and "u" as the reader stay out.
func TestDetectKinds(t *testing.T) {
	interview := "Interview met Piet Smit. Wat vindt u van de plannen? 'Ze deugen niet.' Waarom niet? 'Ze zijn te duur.' Wat nu? 'Niets.' "
	for _, tc := range []struct {
		name, text, quote, kind string
	}{
		{"a comma inside the closing mark", "Het werd stil. \"De rijken hebben geld genoeg,\" zegt het meisje.",
			"De rijken hebben geld genoeg", kroniek.QuoteDirect},
		{"the object of a verb of saying after it", "Hij werd eraan herinnerd dat een partijgenoot de school eerder 'een oude schuur' had genoemd.",
			"een oude schuur", kroniek.QuoteDirect},
		{"words said to someone", "Daar staat ook de jongen die 'goedemorgen juf' tegen me zei.",
			"goedemorgen juf", kroniek.QuoteDirect},
		{"a name a group gives itself", "Een club die zich 'vrienden van het bos' noemt, protesteert.",
			"vrienden van het bos", kroniek.QuoteTerm},
		{"an interviewer's 'U zegt dat'", interview + "U zegt dat de regels niet werken. 'Dat klopt.'",
			"de regels niet werken", kroniek.QuoteIndirect},
		{"an interviewer's trailing 'concludeert u'", interview + "De regels werken niet, concludeert u. 'Ja, ze zijn te ingewikkeld.'",
			"De regels werken niet", kroniek.QuoteIndirect},
		{"a wish with 'zou graag zien dat'", "Piet Smit zou graag zien dat de regels eenvoudiger worden.",
			"de regels eenvoudiger worden", kroniek.QuoteIndirect},
		{"an estimate with a copula", "Het dorp is overstroomd. De schatting is dat de komende weken duizend mensen hulp nodig hebben.",
			"de komende weken duizend mensen hulp nodig hebben", kroniek.QuoteIndirect},
		{"a suspicion with a copula", "De school ligt onder vuur. Het vermoeden is dat de leerlingen worden misleid.",
			"de leerlingen worden misleid", kroniek.QuoteIndirect},
	} {
		wantKind(t, tc.name, tc.text, tc.quote, tc.kind)
	}
	// Not a report: "u" as the reader in an article that is no interview.
	for _, tc := range []struct{ text, not string }{
		{"Piet Smit schreef een boek. De regels werken niet, concludeert u misschien. Dat klopt niet.", "De regels werken niet"},
		{"Piet Smit schreef een boek. De regels werken niet, concludeert u. Dat klopt niet.", "De regels werken niet"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		for _, q := range Extract(doc, ms, locals) {
			if q.Text == tc.not && q.Kind == kroniek.QuoteIndirect {
				t.Errorf("%q: reported: %+v", tc.text, q)
			}
		}
	}
}

// TestHearsay checks that a main clause in the reportative perfect ("zou …
// hebben bedreigd") is reported, with no speaker the sentence names, and
// that a condition, a possibility, a duty or the writer's "ik" is not.
func TestHearsay(t *testing.T) {
	for _, tc := range []struct {
		text, quote string
		want        bool
	}{
		{"De buren zijn geschrokken. De man zou zaterdag een buurman met een mes hebben bedreigd.", "De man zou zaterdag een buurman met een mes hebben bedreigd", true},
		{"De bank is beboet. Via een filiaal in Oslo zouden miljoenen zijn witgewassen.", "Via een filiaal in Oslo zouden miljoenen zijn witgewassen", true},
		{"Als hij eerder was gekomen, zou hij de dief hebben gezien.", "Als hij eerder was gekomen, zou hij de dief hebben gezien", false},
		{"Het zou ook kunnen dat de dief een sleutel had.", "Het zou ook kunnen dat de dief een sleutel had", false},
		{"De brug zou in juni aangelegd moeten zijn.", "De brug zou in juni aangelegd moeten zijn", false},
		{"Ik zou dat nooit hebben gedaan.", "Ik zou dat nooit hebben gedaan", false},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{})
		got := false
		for _, q := range Extract(doc, ms, locals) {
			if q.Text == tc.quote && q.Kind == kroniek.QuoteIndirect {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: reported %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestElidedSubject checks that a report coordinated to another with its
// subject left out ("X erkent dat …, maar blijft van mening dat …") is the
// same speaker's, also when a noun of the first clause stands before it,
// and that a subject of its own still speaks.
func TestElidedSubject(t *testing.T) {
	for _, tc := range []struct {
		text, quote string
		same        bool
	}{
		{"Piet Smit erkent dat het beleid gevoelig ligt, maar blijft van mening dat de regels een nadeel zijn.", "de regels een nadeel zijn", true},
		{"Piet Smit zegt dat de regels te streng zijn en denkt dat de stad ze zal aanpassen.", "de stad ze zal aanpassen", true},
		{"Piet Smit zegt dat de regels te streng zijn, maar de gemeente vindt dat ze goed zijn.", "ze goed zijn", false},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		found := false
		for _, q := range Extract(doc, ms, locals) {
			if q.Text != tc.quote || q.Kind != kroniek.QuoteIndirect {
				continue
			}
			found = true
			if (q.SpeakerLocal == "L1") != tc.same {
				t.Errorf("%q: speaker %q (%q), Piet Smit's: want %v", tc.text, q.SpeakerLocal, q.SpeakerText, tc.same)
			}
		}
		if !found {
			t.Errorf("%q: no report %q", tc.text, tc.quote)
		}
	}
}

// wantKind extracts the quotations of text, with Piet Smit as its one
// person, and fails unless one of them is quote, of kind.
func wantKind(t *testing.T, label, text, quote, kind string) {
	t.Helper()
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
	qs := Extract(doc, ms, locals)
	checkOffsets(t, doc, qs)
	found := false
	for _, q := range qs {
		if q.Text == quote {
			found = true
			if q.Kind != kind {
				t.Errorf("%s: %q is %s, want %s", label, quote, q.Kind, kind)
			}
		}
	}
	if !found {
		t.Errorf("%s: no quotation %q in %+v", label, quote, qs)
	}
}
