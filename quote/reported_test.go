package quote

import (
	"sort"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestReportedClauses checks reports this package reads besides a speech
// verb's clause: a clause of the writer's that ends in a short quoted
// fragment before a trailing cue is also reported as a whole, "naar
// eigen zeggen" reports its main clause, the board of a body speaks for
// it, a description of two is the first of the last pair named, a plural pronoun after a "volgens" body is that body, a sentence in
// the reportative conditional carries on the report before it, a source
// noun after "volgens" reports, as a body's kind or a person's kin
// opening the sentence does, a pronoun means a name the parse hung on a
// verb it took for a preposition, and an article's rubric is no part of
// a report.
func TestReportedClauses(t *testing.T) {
	for _, tc := range []struct {
		text, quote, kind, local string
		people                   []string
		bodies                   [][2]string
	}{
		{"Toen Jan Bos in 2016 een boek aan de paus gaf was de bisschop 'not amused', zegt woordvoerder Piet Smit.",
			"Toen Jan Bos in 2016 een boek aan de paus gaf was de bisschop 'not amused'", kroniek.QuoteIndirect, "L2", []string{"Jan Bos", "Piet Smit"}, nil},
		{"Toen Jan Bos in 2016 een boek aan de paus gaf was de bisschop 'not amused', zegt woordvoerder Piet Smit.",
			"not amused", kroniek.QuoteDirect, "L2", []string{"Jan Bos", "Piet Smit"}, nil},
		{"De Secret Service treft naar eigen zeggen geen enkele blaam.",
			"De Secret Service treft naar eigen zeggen geen enkele blaam", kroniek.QuoteIndirect, "B1", nil, [][2]string{{"Secret Service", kroniek.ORG}}},
		{"De club speelt op zondag. Het terrein is dicht, zegt het bestuur van Tubantia.",
			"Het terrein is dicht", kroniek.QuoteIndirect, "B1", nil, [][2]string{{"Tubantia", kroniek.ORG}}},
		{"Volgens Transport en Logistiek Nederland (TLN) is er sprake van 'een onbegrijpelijk besluit' van de gemeente. Zij zeggen dat het onzin is om ook busjes te weren.",
			"het onzin is om ook busjes te weren", kroniek.QuoteIndirect, "B1", nil, [][2]string{{"Transport en Logistiek Nederland", kroniek.ORG}}},
		{"Volgens Piet Smit was er een conflict met een meisje. Daarna zouden leerlingen zijn opgehitst om naar de directeur te stappen.",
			"Daarna zouden leerlingen zijn opgehitst om naar de directeur te stappen", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		{"Volgens de geheime diensten zouden andere gebruikers van de golflengte storing kunnen veroorzaken.",
			"zouden andere gebruikers van de golflengte storing kunnen veroorzaken", kroniek.QuoteIndirect, "", nil, nil},
		{"Het plan kwam van Frankrijk en Duitsland. De begroting moet een rol spelen bij crises, menen de twee grootste eurolanden.",
			"De begroting moet een rol spelen bij crises", kroniek.QuoteIndirect, "B1", nil, [][2]string{{"Frankrijk", kroniek.LOC}, {"Duitsland", kroniek.LOC}}},
		{"Het bedrijf was van Jan Torny en Piet Smit. Na inzage in de boeken oordeelde het duo dat een faillissement niet nodig was.",
			"een faillissement niet nodig was", kroniek.QuoteIndirect, "L1", []string{"Jan Torny", "Piet Smit"}, nil},
		{"Het is onrustig. Volgens de toezichthouder zijn de veiligheid en de betaalbaarheid van de brug niet gegarandeerd.",
			"zijn de veiligheid en de betaalbaarheid van de brug niet gegarandeerd", kroniek.QuoteIndirect, "", nil, nil},
		{"Het is onrustig. Volgens de moeder heeft haar zoon de vaardigheden nog onvoldoende ontwikkeld.",
			"heeft haar zoon de vaardigheden nog onvoldoende ontwikkeld", kroniek.QuoteIndirect, "", nil, nil},
		{"Daarom benadrukt het college dat het van plan is het probleem aan te pakken.",
			"het van plan is het probleem aan te pakken", kroniek.QuoteIndirect, "", nil, nil},
		{"De brand woedde de hele nacht. Piet Smit vertelt de agent dat het om een misverstand ging.",
			"het om een misverstand ging", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		{"Jaap van der Laan en Walter Berghorst wonen er al jaren. Die opstelling bevreemdt Van der Laan: ,,De gemeente vindt dat ze zich niet moet bemoeien met de gang van zaken.'' Volgens hem is er ook nog geen enkel zicht op een oplossing.",
			"is er ook nog geen enkel zicht op een oplossing", kroniek.QuoteIndirect, "L1", []string{"Jaap van der Laan", "Walter Berghorst"}, nil},
		{"De vakbonden eisen van het kabinet dat de AOW-leeftijd wordt bevroren op 66 jaar.",
			"de AOW-leeftijd wordt bevroren op 66 jaar", kroniek.QuoteIndirect, "", nil, nil},
		// "volgens X" hangs on an infinitive: the clause of the verb above it
		{"Jan Smit schreef een boek. Maar dat willen we volgens hem niet weten.",
			"Maar dat willen we volgens hem niet weten", kroniek.QuoteIndirect, "L1", []string{"Jan Smit"}, nil},
		// the main clause after a report in a subordinate clause is no part of it
		{"De bond, die Jan Smit royeerde nadat hij had toegegeven zich schuldig te hebben gemaakt aan misbruik, is hoopvol gestemd over het vervolg.",
			"zich schuldig te hebben gemaakt aan misbruik", kroniek.QuoteIndirect, "L1", []string{"Jan Smit"}, nil},
		{"Iedere keer als Jan Smit voor de rechter verscheen om te vragen zijn gevangenschap op te heffen - deed hij zijn beklag.",
			"zijn gevangenschap op te heffen", kroniek.QuoteIndirect, "L1", []string{"Jan Smit"}, nil},
		{"veiligheid - Met een lagere snelheid vallen er minder slachtoffers, zegt Piet Smit.",
			"Met een lagere snelheid vallen er minder slachtoffers", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		{"Verkeer - Met een lagere snelheid vallen er minder slachtoffers, zegt Piet Smit.",
			"Met een lagere snelheid vallen er minder slachtoffers", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		{"WONEN - Een woning in de stad is voor starters onbetaalbaar, vindt Piet Smit.",
			"Een woning in de stad is voor starters onbetaalbaar", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		// a bare plural of people speaks for people the article does not name
		{"Het boek verscheen vorig jaar. Optimisten vinden dat ze in de moderne tijd te weinig gehoor vinden.",
			"ze in de moderne tijd te weinig gehoor vinden", kroniek.QuoteIndirect, "", []string{"Piet Smit"}, nil},
		{"De munt stijgt, terwijl sceptici denken dat iedere opleving van korte duur zal zijn.",
			"iedere opleving van korte duur zal zijn", kroniek.QuoteIndirect, "", nil, nil},
		// a main clause after a dat-clause or an infinitive is the narrator's; a verb-final one goes on
		{"Piet Smit kondigde maandag al aan dat hij op 28 april zou vertrekken, maar de krijgsmacht stond dat niet toe.",
			"hij op 28 april zou vertrekken", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		{"Piet Smit riep op de zaak te heropenen, maar alle initiatieven liepen op niets uit.",
			"de zaak te heropenen", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		{"Piet Smit oordeelde dat het bedrijf geen eigenaar is van de boot, en dus ook niet verantwoordelijk is voor het verwijderen ervan.",
			"het bedrijf geen eigenaar is van de boot, en dus ook niet verantwoordelijk is voor het verwijderen ervan", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		// a passive speech verb: its agent speaks, its subject is told
		{"Door Piet Smit werden getuigen en mogelijke slachtoffers opgeroepen zich te melden.",
			"zich te melden", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		// a demonstrative opening the sentence is the person the sentence before named last
		{"De partij leverde de minister: Piet Smit. Die hield vol dat afbouwen niet kon zonder een tekort aan gas.",
			"afbouwen niet kon zonder een tekort aan gas", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		// one of a group speaks by its words
		{"Piet Smit is officier van justitie. Eén van de getuigen zei dat de verdachte en het slachtoffer een drugsdeal hadden.",
			"de verdachte en het slachtoffer een drugsdeal hadden", kroniek.QuoteIndirect, "", []string{"Piet Smit"}, nil},
		// a description with an adjective is the person quoted last
		{"Het wordt een feest, zegt Piet Smit. Terugkijkend spreekt de Valburgse eigenaar van 'een topshow'.",
			"een topshow", kroniek.QuoteDirect, "L1", []string{"Piet Smit"}, nil},
		// what is asked or pleaded for; the dat of a second verb is its own
		{"Bisschop Jos Punt heeft priester Piet Smit verzocht tijdelijk zijn functie neer te leggen.",
			"tijdelijk zijn functie neer te leggen", kroniek.QuoteIndirect, "L1", []string{"Jos Punt", "Piet Smit"}, nil},
		{"Fractieleider Piet Smit pleit ervoor om meer arbeidsmigranten naar Nederland te halen.",
			"meer arbeidsmigranten naar Nederland te halen", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		{"Inmiddels hebben acteur Piet Smit en zanger Jan Bos al opgeroepen om hotels te boycotten.",
			"hotels te boycotten", kroniek.QuoteIndirect, "L1", []string{"Piet Smit", "Jan Bos"}, nil},
		{"Piet Smit ontkende gevochten te hebben en zei dat hij kok was.",
			"gevochten te hebben", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		{"Piet Smit ontkende gevochten te hebben en zei dat hij kok was.",
			"hij kok was", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		// adjectives before a plural source or group; a named body of the source speaks
		{"Volgens Israëlische media plaatsten vrijwilligers camera's in stembureaus.",
			"plaatsten vrijwilligers camera's in stembureaus", kroniek.QuoteIndirect, "", nil, nil},
		{"Volgens de website van de gemeente is de markt een van de drukste van het land.",
			"is de markt een van de drukste van het land", kroniek.QuoteIndirect, "", nil, nil},
		{"Volgens berekeningen van Átlátszó heeft de regering al bijna een kwart miljard euro uitgegeven.",
			"heeft de regering al bijna een kwart miljard euro uitgegeven", kroniek.QuoteIndirect, "B1", nil, [][2]string{{"Átlátszó", kroniek.ORG}}},
		// a comparison opening the sentence names no speaker
		{"Anders dan zijn coalitiepartijen VVD en CDA vindt Piet Smit dat de grenzen open moeten.",
			"de grenzen open moeten", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		// a coordinator before "volgens X" opens the clause X speaks
		{"Piet Smit schreef een boek. Maar volgens Smit is de fixatie op het boreale gedachtengoed overdreven.",
			"is de fixatie op het boreale gedachtengoed overdreven", kroniek.QuoteIndirect, "L1", []string{"Piet Smit"}, nil},
		// "volgens X" after the finite verb of a main clause the parse did not hang it on
		{"Piet Smit is directeur. Ook heeft Jan Bos volgens Smit de Kamer onjuist geïnformeerd over de schorsing.",
			"Ook heeft Jan Bos volgens Smit de Kamer onjuist geïnformeerd over de schorsing", kroniek.QuoteIndirect, "L1", []string{"Piet Smit", "Jan Bos"}, nil},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		ms, locals = withBodies(doc.Text, ms, locals, tc.bodies)
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		found := false
		for _, q := range qs {
			if q.Text == tc.quote && q.Kind == tc.kind {
				found = true
				if q.SpeakerLocal != tc.local {
					t.Errorf("%q: speaker %q (%q), want %q", tc.quote, q.SpeakerLocal, q.SpeakerText, tc.local)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s quotation %q in %+v", tc.text, tc.kind, tc.quote, qs)
		}
	}
	// A fragment after a colon is what was said, and one opening a
	// sentence of its own is no fragment. A relative clause on the cue's
	// object is no report.
	// A hope reports nothing; nor does a conditional or first-person
	// sentence after a report carry it on.
	for _, text := range []string{
		"Piet Smit ontkende het twee weken geleden heel stellig: 'totaal niet gebeurd', zegt zijn advocaat.",
		"Met een lagere snelheid vallen er minder slachtoffers, hoopt Piet Smit.",
		"Volgens Piet Smit was er een conflict met een meisje. Als dat klopt, zouden leerlingen zijn opgehitst.",
		"Volgens Piet Smit was er een conflict met een meisje. Ik zou dat van harte toejuichen, eerlijk gezegd.",
		"Piet Smit is er klaar voor. Volgens de wet moet het museum zelf beslissen over de teruggave.",
		"Piet Smit is er klaar voor. Volgens de facturen betaalt het bedrijf voor het inkopen van wasmachines.",
		"Piet Smit noemt een merk dat ik niet ken.",
		"In zijn boek citeert Piet Smit een gedicht dat Erdogan in 1997 voordroeg.",
		"De president Piet Smit zei dat bij de ontvangst van zijn Braziliaanse ambtgenoot.",
		"Piet Smit is hier niet. De cliënten wordt aangeraden over te stappen naar andere zorgverleners.",
		"Van Piet Smit werd gezegd dat hij zich keurig gedroeg.",
		"Maar Piet Smit weet het pleit toch te winnen door de Kamer voor zijn karretje te spannen.",
		"De man, die volgens Piet Smit behoorlijk wat op had, rende weg toen agenten hem aanspraken.",
	} {
		doc := annotated(t, text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		for _, q := range Extract(doc, ms, locals) {
			if q.Kind == kroniek.QuoteIndirect && (q.Start == 0 || q.Cue != "volgens") {
				t.Errorf("%q: reported: %+v", text, q)
			}
		}
	}
}
