package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// speakerCase is one sentence or two with the speaker one quote should get.
type speakerCase struct {
	text          string
	people, orgs  []string
	quote         string // prefix of the quote's text
	kind, speaker string
}

func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, tc := range cases {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		ms, locals = withOrgs(ms, locals, doc.Text, tc.orgs...)
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		kind, sp, ok := speakerOf(qs, locals, tc.quote)
		if !ok || kind != tc.kind || sp != tc.speaker {
			t.Errorf("%q: want %s %q… by %q, got %v %s by %q", tc.text, tc.kind, tc.quote, tc.speaker, ok, kind, sp)
		}
	}
}

// TestSpokespersonStaysAnonymous checks that an unnamed spokesperson is
// not the body named before it (the golds' anon-woordvoerder-…), while a
// named one is the person.
func TestSpokespersonStaysAnonymous(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Albert Heijn draait geen muziek meer. \"Of we dat gaan doen, bespreken we momenteel\", zegt een woordvoerder.",
			nil, []string{"Albert Heijn"}, "Of we dat", kroniek.QuoteDirect, "een woordvoerder"},
		{"Politie Utrecht zoekt de daders. \"Het onderzoek is slapende\", zegt een politiewoordvoerder.",
			nil, []string{"Politie Utrecht"}, "Het onderzoek", kroniek.QuoteDirect, "een politiewoordvoerder"},
	})
}

// TestParsedFirstConjunct checks that coordinated subjects speak through
// their first member, also when the parse, not a bare "en", joins them.
func TestParsedFirstConjunct(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Politie, Openbaar Ministerie, burgemeesters en de boerenbelangenvereniging ZLTO geven aan dat de rust in het gebied is weergekeerd.",
			nil, []string{"Politie", "Openbaar Ministerie", "ZLTO"}, "de rust", kroniek.QuoteIndirect, "Politie"},
		{"Inmiddels hebben onder anderen acteur George Clooney en zanger Elton John al opgeroepen om hotels te boycotten.",
			[]string{"George Clooney", "Elton John"}, nil, "hotels", kroniek.QuoteIndirect, "George Clooney"},
		{"Politie, justitie, burgemeesters en de boerenvereniging ZLTO geven aan dat de rust in het gebied is weergekeerd.",
			nil, []string{"Politie", "ZLTO"}, "de rust", kroniek.QuoteIndirect, "Politie"},
		{"Inmiddels hebben acteur George Clooney en zanger Elton John opgeroepen om de hotels te boycotten.",
			[]string{"George Clooney", "Elton John"}, nil, "de hotels", kroniek.QuoteIndirect, "George Clooney"},
		// a plain noun first: nothing named to move to, the speaker stays as found
		{"De boeren en de boerenvereniging ZLTO zeggen dat de rust is weergekeerd.",
			nil, []string{"ZLTO"}, "de rust", kroniek.QuoteIndirect, "De boeren"},
	})
}

// TestNotCompared checks that a name the writer compares with is not the
// speaker of an unattributed quotation.
func TestNotCompared(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Anders dan de PVV zal het samenwerken door 'punten te pakken waar het kan', zelfs met het partijkartel.",
			nil, []string{"PVV"}, "punten te pakken", kroniek.QuoteDirect, ""},
		// The clause's subject is "zij" (the achterban), no entity: the
		// fragment rule leaves the words a term, and never Fortuyn's.
		{"Voor de achterban was het muziek in de oren. À la Pim Fortuyn zagen zij juist een politicus 'die de vinger op de zere plek durft te leggen'.",
			[]string{"Pim Fortuyn"}, nil, "die de vinger", kroniek.QuoteTerm, ""},
		// with a cue: the verb's own subject, also when the parse gives
		// the verb two subjects or the compared one alone
		{"Net als het kabinet denkt de FNV dat de heffing op CO2 het beste als een vast bedrag kan worden vormgegeven.",
			nil, []string{"kabinet", "FNV"}, "de heffing", kroniek.QuoteIndirect, "FNV"},
		{"Anders dan de VVD vindt het CDA dat de heffing op CO2 het beste als een vast bedrag kan worden vormgegeven.",
			nil, []string{"VVD", "CDA"}, "de heffing", kroniek.QuoteIndirect, "CDA"},
	})
	// The writer's "wij" (an op-ed) reports nothing, as "Wij denken dat …"
	// does not; the one compared with never speaks for it.
	for _, text := range []string{"Net als het kabinet denken wij dat de heffing op CO2 het beste als een vast bedrag kan worden vormgegeven."} {
		doc := annotated(t, text)
		ms, locals := withOrgs(nil, nil, doc.Text, "kabinet")
		for _, q := range Extract(doc, ms, locals) {
			if q.SpeakerLocal != "" {
				t.Errorf("%q: %q by %q", text, q.Text, q.SpeakerText)
			}
		}
	}
}

// TestGroupSpeaks checks that people of someone ("partijgenoten van X")
// speak as that group, not as the one they belong to, while a person's
// own role ("de advocaat van X") is left to the rules that read it.
func TestGroupSpeaks(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Hen werd door partijgenoten van Recep Erdogan aangeraden in de laatste maanden van hun zwangerschap de straat niet op te gaan.",
			[]string{"Recep Erdogan"}, nil, "in de laatste", kroniek.QuoteIndirect, "partijgenoten van Recep Erdogan"},
		{"De minister werkt nu samen met Mueller. Niet alleen Democraten, maar ook veel partijgenoten van Donald Trump willen dat het rapport beschikbaar komt.",
			[]string{"Donald Trump", "Mueller"}, nil, "het rapport", kroniek.QuoteIndirect, "veel partijgenoten van Donald Trump"},
		{"Donald Trump zei gisteren dat het rapport beschikbaar komt.",
			[]string{"Donald Trump"}, nil, "het rapport", kroniek.QuoteIndirect, "Donald Trump"},
	})
}

// TestOpeningGenderedDescription checks that a pronoun after a sentence
// that opens with an unnamed man or woman and names nobody means that
// person, not a person named further back; and not across genders.
func TestOpeningGenderedDescription(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Piet van Lent werd vorige week bedreigd. De nu opgepakte man leeft al lange tijd in onmin met de broers. Hij zei dat hij niet zal rusten.",
			[]string{"Piet van Lent"}, nil, "hij niet zal", kroniek.QuoteIndirect, "opgepakte man"},
		{"Piet van Lent werd vorige week bedreigd. De nu opgepakte vrouw leeft al lange tijd in onmin met de broers. Hij zei dat hij niet zal rusten.",
			[]string{"Piet van Lent"}, nil, "hij niet zal", kroniek.QuoteIndirect, "Piet van Lent"},
		// whose they are does not stop it: "Een woordvoerder van de ILT"
		{"Jan Bos werd ontslagen. Een woordvoerder van de ILT bevestigde het ontslag. Hij zei dat het onderzoek doorgaat.",
			[]string{"Jan Bos"}, []string{"ILT"}, "het onderzoek", kroniek.QuoteIndirect, "Een woordvoerder van de ILT"},
	})
}

// TestBodyNotInCompound checks that "de partij" is the party named on its
// own, not one that only qualifies a compound ("VVD-kopstuk"), unless no
// other fits.
func TestBodyNotInCompound(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Forum voor Democratie wil de formaties leiden. Om coalities te smeden werd VVD-kopstuk Hans Wiegel al gevraagd. En gisteren liet de partij weten dat Annemarie van Gaal de formatie in Flevoland gaat leiden.",
			[]string{"Hans Wiegel", "Annemarie van Gaal"}, []string{"Forum voor Democratie", "VVD"}, "Annemarie van Gaal de formatie", kroniek.QuoteIndirect, "Forum voor Democratie"},
		{"NAC-fans met een seizoenkaart kunnen hun plek aanbieden. Dat heeft de club gisteren bekendgemaakt.",
			nil, []string{"NAC"}, "NAC-fans", kroniek.QuoteIndirect, "NAC"},
	})
}

// TestManyPronounSpeaks checks that a pronoun for many as the subject
// ("Velen", "Sommigen") speaks itself, and that the name the speech verb
// addresses after it is not taken for an inverted subject; "Dat zegt X"
// keeps X.
func TestManyPronounSpeaks(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Sommigen vertelden Kees Pieters dat de school dicht zou gaan.",
			[]string{"Kees Pieters"}, nil, "de school", kroniek.QuoteIndirect, "Sommigen"},
		{"Velen verweten Kees Pieters de regels te hebben overtreden.",
			[]string{"Kees Pieters"}, nil, "de regels", kroniek.QuoteIndirect, "Velen"},
		{"Anderen zeggen dat de brug nog jaren meegaat.",
			nil, nil, "de brug", kroniek.QuoteIndirect, "Anderen"},
		{"Dat zegt Kees Pieters, directeur van de school. \"Het gebouw is gewoon te oud.\"",
			[]string{"Kees Pieters"}, nil, "Het gebouw", kroniek.QuoteDirect, "Kees Pieters"},
	})
}

// TestNameAfterDepartment checks that a name after a role and its
// department ("Minister van Handel X") is the role's person, while a name
// right after "van" ("De moeder van X") is whose the role is.
func TestNameAfterDepartment(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Minister Anna Groen zei dat het besluit slecht uitpakt. Minister van Handel Ruhsar Demir twitterde dat de regeling ook de boeren niet helpt.",
			[]string{"Anna Groen", "Ruhsar Demir"}, nil, "de regeling ook", kroniek.QuoteIndirect, "Ruhsar Demir"},
		{"De moeder van Sarah Jansen zei dat het meisje ziek was.",
			[]string{"Sarah Jansen"}, nil, "het meisje", kroniek.QuoteIndirect, "De moeder van Sarah Jansen"},
	})
}

// TestSecondConjunctNotHead checks that a person named in the second
// conjunct of a subject headed by a plural noun does not speak for it.
func TestSecondConjunctNotHead(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Bewoners van de wijk en wethouder Kees de Wit zeggen dat de gemeente hen vergeet.",
			[]string{"Kees de Wit"}, nil, "de gemeente", kroniek.QuoteIndirect, "Bewoners"},
		// a singular head: "en" joins two titles of one person
		{"Campagneleider en Kamerlid Kees de Wit zegt dat de gemeente hen vergeet.",
			[]string{"Kees de Wit"}, nil, "de gemeente", kroniek.QuoteIndirect, "Kees de Wit"},
	})
}
