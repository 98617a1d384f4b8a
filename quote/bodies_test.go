package quote

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// withOrgs adds every occurrence of the organisations orgs to the people
// of fakeEntities as ORG mentions, one local entity each.
func withOrgs(ms []kroniek.Mention, locals []kroniek.LocalEntity, text string, orgs ...string) ([]kroniek.Mention, []kroniek.LocalEntity) {
	for _, o := range orgs {
		key := fmt.Sprintf("O%d", len(locals)+1)
		locals = append(locals, kroniek.LocalEntity{Key: key, Name: o, Type: kroniek.ORG})
		for _, at := range regexp.MustCompile(regexp.QuoteMeta(o)).FindAllStringIndex(text, -1) {
			ms = append(ms, kroniek.Mention{Start: at[0], End: at[1], Text: o, Type: kroniek.ORG, Local: key})
		}
	}
	return ms, locals
}

// speakerOf returns the kind and speaker (the local entity's name, else
// the speaker's words) of the quote whose text starts with prefix.
func speakerOf(qs []kroniek.Quote, locals []kroniek.LocalEntity, prefix string) (string, string, bool) {
	for _, q := range qs {
		if !strings.HasPrefix(q.Text, prefix) {
			continue
		}
		for _, l := range locals {
			if l.Key == q.SpeakerLocal {
				return q.Kind, l.Name, true
			}
		}
		return q.Kind, q.SpeakerText, true
	}
	return "", "", false
}

// TestBodySpeakers checks the speakers that stand for or inside a body's
// name, and the reports whose attribution follows or is a document.
func TestBodySpeakers(t *testing.T) {
	for _, tc := range []struct {
		text          string
		people, orgs  []string
		quote         string // prefix of the quote's text
		kind, speaker string // "" kind: no such quote
	}{
		// a description resolves to the one organisation it fits
		{"Naast het bisdom liet ook de Sint Michaëlbrigade van zich horen. De brigade zegt dat de pastoor een valse leer verkondigt.",
			nil, []string{"Sint Michaëlbrigade"}, "de pastoor", kroniek.QuoteIndirect, "Sint Michaëlbrigade"},
		{"Naast het bisdom liet ook de Sint Michaëlbrigade van zich horen. Deze katholieke actiegroep werd twee jaar geleden opgericht. De groep zegt dat de pastoor een valse leer verkondigt.",
			nil, []string{"Sint Michaëlbrigade"}, "de pastoor", kroniek.QuoteIndirect, "Sint Michaëlbrigade"},
		// two that fit: left as it is
		{"De Rabobank en de ING Bank verlagen de rente. De bank zegt dat sparen minder oplevert.",
			nil, []string{"Rabobank", "ING Bank"}, "sparen", kroniek.QuoteIndirect, "De bank"},
		// the person in "X-marketing directeur Y"
		{"De reclame is volgens KLM-marketing directeur Femke Zee gemaakt 'voor het vertellen van het verhaal van een leven'.",
			[]string{"Femke Zee"}, []string{"KLM"}, "voor het vertellen", kroniek.QuoteDirect, "Femke Zee"},
		// a spokesperson the compound ties to a body, unnamed: anonymous
		{"De bank kijkt naar meer landen. \"We kunnen niet uitsluiten dat er meer landen volgen,\" aldus de ING-woordvoerder.",
			nil, []string{"ING"}, "We kunnen", kroniek.QuoteDirect, "de ING-woordvoerder"},
		{"Volgens AH-woordvoerder Piet Smit zijn er in twee weken meer klachten binnengekomen.",
			[]string{"Piet Smit"}, []string{"AH"}, "zijn er", kroniek.QuoteIndirect, "Piet Smit"},
		// "Dat stelt X." claims the sentence before
		{"Nederlandse gemeenten hebben steeds meer moeite om rond te komen. Dat stelt accountants- en adviesbureau BDO, dat onderzoek deed.",
			nil, []string{"BDO"}, "Nederlandse gemeenten", kroniek.QuoteIndirect, "BDO"},
		{"Het plan is te duur. Dat zegt veel over de gemeente.", nil, nil, "Het plan", "", ""},
		// the parse's subject when the words alone give none: a possessive,
		// a bare plural with a plural verb, a body with its owner
		{"Het vermiste hondje uit Zwolle is ongedeerd teruggevonden. Dat meldt haar buurman.",
			nil, nil, "Het vermiste hondje", kroniek.QuoteIndirect, "haar buurman"},
		{"Koffie maakt oudere fietsers sneller moe in de heuvels. Dat schrijven onderzoekers onder leiding van een Gentse arts in een vakblad.",
			nil, nil, "Koffie maakt", kroniek.QuoteIndirect, "onderzoekers"},
		{"Het land houdt de tarieven op fietsen voorlopig laag. Dat meldt het Zweedse ministerie van Handel.",
			nil, nil, "Het land houdt", kroniek.QuoteIndirect, "het Zweedse ministerie"},
		{"Het plan is te duur. Dat zegt hun genoeg.", nil, nil, "Het plan", "", ""},
		// an opinion verb claims only when its holder ends the sentence
		{"Het woord 'u' klinkt ineens heel deftig. Dat vinden de andere gasten ook.",
			nil, nil, "Het woord", kroniek.QuoteIndirect, "gasten"},
		{"Meer groen in de straat wil de wijk graag. Dat meent ook bakker Henk Jansen van de hoek.",
			[]string{"Henk Jansen"}, nil, "Meer groen", kroniek.QuoteIndirect, "Henk Jansen"},
		{"Er zitten veel mensen op de boot naar het eiland. Dat vindt iedereen een goede grap.",
			nil, nil, "Er zitten", "", ""},
		{"Meer groen in de straat wil de wijk graag. Dat vindt Piet Smit overdreven.",
			[]string{"Piet Smit"}, nil, "Meer groen", "", ""},
		{"Zo'n 20.000 huurders komen in aanmerking voor een lagere huur. Dat heeft de Huurdersbond becijferd.",
			nil, []string{"Huurdersbond"}, "Zo'n 20.000", kroniek.QuoteIndirect, "Huurdersbond"},
		// in the perfect, the participle (or "laten weten") ending the sentence
		{"De zangeres doet in mei het festival aan in Tel Aviv. Dat heeft Piet Smit gisteren bevestigd.",
			[]string{"Piet Smit"}, nil, "De zangeres", kroniek.QuoteIndirect, "Piet Smit"},
		{"De jongen krijgt alsnog een verblijfsvergunning. Dat heeft Piet Smit laten weten.",
			[]string{"Piet Smit"}, nil, "De jongen", kroniek.QuoteIndirect, "Piet Smit"},
		{"De jongen krijgt alsnog een verblijfsvergunning. Dat heeft Piet Smit niet gedaan.",
			[]string{"Piet Smit"}, nil, "De jongen", "", ""},
		// who is told ("de provincie Gelderland") is not who tells
		{"Rond het park liggen voldoende bossen waar wolven kunnen jagen. Dat hebben deskundigen de provincie Gelderland laten weten.",
			nil, []string{"Gelderland"}, "Rond het park", kroniek.QuoteIndirect, "deskundigen"},
		// what nobody said
		{"De nieuwe baasjes moeten uitleggen dat dit nog steeds gebeurt.", nil, nil, "dit nog", "", ""},
		{"Dat wil niet zeggen dat je hiervoor ook geschikt bent.", nil, nil, "je hiervoor", "", ""},
		{"De economische zwakte belooft later dit jaar voor een venijnige ruzie tussen Rome en Brussel te zorgen.", nil, nil, "later dit jaar", "", ""},
		{"De minister belooft later dit jaar voor een nieuwe wet tegen fraude te zorgen.", nil, nil, "later dit jaar", kroniek.QuoteIndirect, "De minister"},
		{"Eigenlijk had hij moeten zeggen: \"Dat wordt gewoon van mij verwacht bij de omroep.\"", nil, nil, "Dat wordt", kroniek.QuoteTerm, ""},
		// what should have been said, inside someone's quotation
		{"Piet Smit vindt dat Anna de Wit eerder had moeten ingrijpen. \"Ze had moeten zeggen: ik stop ermee, want dit werk is niets voor mij. Ik vind het jammer.\"",
			[]string{"Piet Smit", "Anna de Wit"}, nil, "ik stop ermee", "", ""},
		// "volgens X" inside a noun phrase qualifies one adjective
		{"Het rapport verscheen gisteren. Deze volgens de onderzoekers zeldzame vogel broedt al eeuwen langs de hele kust van Europa.",
			nil, nil, "zeldzame", "", ""},
		{"Het rapport verscheen gisteren. Deze volgens het artikel tropische vis leeft al eeuwen in de Noordzee en in de Oostzee.",
			nil, nil, "Deze volgens", "", ""},
		{"In het volgens de advocaten oneerlijk verlopen proces kreeg hij geen kans.",
			nil, nil, "In het", "", ""},
		{"Het rapport verscheen gisteren. Deze vogel is volgens de onderzoekers zeldzaam.",
			nil, nil, "Deze vogel", kroniek.QuoteIndirect, "de onderzoekers"},
		// a body whose name only holds the kind is not "de gemeente"
		{"De wethouder overlegde gisteren met de Bank Nederlandse Gemeenten over de lening. Vanmorgen kon de gemeente melden dat het geld weer terug is.",
			nil, []string{"Bank Nederlandse Gemeenten"}, "het geld", kroniek.QuoteIndirect, "de gemeente"},
		{"De wethouder overlegde gisteren met de Gemeente Zwolle over de lening. Vanmorgen kon de gemeente melden dat het geld weer terug is.",
			nil, []string{"Gemeente Zwolle"}, "het geld", kroniek.QuoteIndirect, "Gemeente Zwolle"},
		// a purpose clause before the verb is the writer's
		{"Om te voorkomen dat de oppositie hem zou passeren, kondigde Piet Smit aan dat twee leden gingen onderzoeken welke meerderheden haalbaar zijn.",
			[]string{"Piet Smit"}, nil, "Om te voorkomen", "", ""},
		// a document that says
		{"De zachtere opties gaan in tegen het Conservatieve partijmanifest waarin staat dat de Britten geen deel meer zullen uitmaken van de douane-unie.",
			nil, nil, "de Britten", kroniek.QuoteIndirect, "het Conservatieve partijmanifest"},
		// a document in a named body
		{"Drenthe opent een ambassade in de Oost, aldus een artikel in Trouw.", nil, []string{"Trouw"}, "Drenthe opent", kroniek.QuoteIndirect, "Trouw"},
		// "volgens" and a bare plural of people
		{"Het gaat slecht met de bollen. Volgens kwekers wordt het steeds erger.", nil, nil, "wordt het", kroniek.QuoteIndirect, "kwekers"},
		// an organisation heading a lead-in with a colon
		{"De discriminatie bestaat niet, zegt Piet Smit. Kalitta bijt terug: 'Van de vluchten zonder slots waren er ruim driehonderd van KLM.'",
			[]string{"Piet Smit"}, []string{"Kalitta", "KLM"}, "Van de vluchten", kroniek.QuoteDirect, "Kalitta"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		ms, locals = withOrgs(ms, locals, doc.Text, tc.orgs...)
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		kind, sp, ok := speakerOf(qs, locals, tc.quote)
		switch {
		case tc.kind == "" && ok && kind != kroniek.QuoteTerm:
			t.Errorf("%q: want no quote %q…, got %s by %q", tc.text, tc.quote, kind, sp)
		case tc.kind != "" && (!ok || kind != tc.kind || sp != tc.speaker):
			t.Errorf("%q: want %s %q… by %q, got %v %s by %q", tc.text, tc.kind, tc.quote, tc.speaker, ok, kind, sp)
		}
	}
}
