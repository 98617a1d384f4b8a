package quote

import (
	"fmt"
	"sort"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestReportScope checks the report mechanisms of report_*.go on
// sentences written for them: speech a colon introduces without
// quotation marks, a verb outside the speech lexicon whose dat-clause the
// parse shows, a question asked, a quotation a quoted speaker quotes, and a report kept open over the hearsay sentences
// after it.
func TestReportScope(t *testing.T) {
	for _, tc := range []struct {
		name, text, quote, local string
		people                   []string
		bodies                   [][2]string
	}{
		{"colon after an inverted subject",
			"Aantijgingen die niet kloppen, concludeert het OM: van een strafbaar feit is geen sprake.",
			"van een strafbaar feit is geen sprake", "B1", nil, [][2]string{{"OM", kroniek.ORG}}},
		{"colon after a subject and its verb",
			"Piet Smit kwam na afloop naar ons toe. Hij zegt: de gemeente heeft het verkeerd aangepakt.",
			"de gemeente heeft het verkeerd aangepakt", "L1", []string{"Piet Smit"}, nil},
		{"colon after a perfect",
			"De minister Piet Smit heeft het al vaak tegen zijn partijgenoten gezegd: als we niet veranderen, verliezen we de kiezers.",
			"als we niet veranderen, verliezen we de kiezers", "L1", []string{"Piet Smit"}, nil},
		{"a denial outside the speech lexicon, the parse's ccomp",
			"Ondanks de kritiek weerspreekt Piet Smit via een woordvoerder dat hij wordt teruggedrongen in zijn werk.",
			"hij wordt teruggedrongen in zijn werk", "L1", []string{"Piet Smit"}, nil},
		{"a disclosure by a body",
			"Vrijdag onthulde de Volkskrant dat het gezag van de bonden verder zal eroderen.",
			"het gezag van de bonden verder zal eroderen", "B1", nil, [][2]string{{"Volkskrant", kroniek.ORG}}},
		{"a hearsay sentence with terms in marks carries the report on",
			"Het gaat volgens Piet Smit om de 'toekomst van Europa'. Die beschaving zou in haar bestaan worden bedreigd door de 'massale invasie van buitenaf' en door het beleid van de 'Brusselse elite'.",
			"Die beschaving zou in haar bestaan worden bedreigd door de 'massale invasie van buitenaf' en door het beleid van de 'Brusselse elite'", "L1", []string{"Piet Smit"}, nil},
		{"a second report in one sentence after the first one's clause",
			"Hoewel Piet Smit eerst liet weten dat de scholieren niets te vragen hadden, twitterde hij vrijdag dat hij de organisatoren zou uitnodigen.",
			"hij de organisatoren zou uitnodigen", "L1", []string{"Piet Smit"}, nil},
		{"a question asked, its question word kept",
			"Piet Smit zit in een café met drie jongeren. Ze vragen hoe ik over de verkiezingen denk.",
			"hoe ik over de verkiezingen denk", "", []string{"Piet Smit"}, nil},
		{"a cataphoric report whose particle stands after the speaker",
			"Het festival in Almelo gaat dit jaar niet door vanwege de kosten. Dat maakte de gemeente Almelo gisteren bekend.",
			"Het festival in Almelo gaat dit jaar niet door vanwege de kosten", "B1", nil, [][2]string{{"gemeente Almelo", kroniek.ORG}}},
		{"a cataphoric report over a sentence with a term in marks",
			"De grootste winst zit echter niet in de 'snelle vangst', maar in de samenwerking tussen de diensten. Dat zegt Piet Smit, burgemeester van Almelo.",
			"De grootste winst zit echter niet in de 'snelle vangst', maar in de samenwerking tussen de diensten", "L1", []string{"Piet Smit"}, nil},
		{"an argument by a frame verb of the lexicon",
			"Tijdens de zitting voerde Piet Smit aan dat de boete veel te hoog was voor een kleine zaak.",
			"de boete veel te hoog was voor een kleine zaak", "L1", []string{"Piet Smit"}, nil},
		{"a cataphoric report of the article's second sentence claims its first too",
			"Honden blaffen in de stad steeds vaker en harder. Ook bijten ze vaker dan tien jaar geleden in de stad. Dat stelt Piet Smit in een nieuw rapport.",
			"Honden blaffen in de stad steeds vaker en harder. Ook bijten ze vaker dan tien jaar geleden in de stad", "L1", []string{"Piet Smit"}, nil},
		{"a cataphoric report of the article's second sentence leaves a verbless teaser",
			"Goed nieuws voor fans van de zangeres én haar band. De zangeres treedt in mei op in de grote zaal. Dat heeft Piet Smit bevestigd.",
			"De zangeres treedt in mei op in de grote zaal", "L1", []string{"Piet Smit"}, nil},
		{"a report noun of the lexicon before its dat-clause",
			"Piet Smit kwam gisteren bij de wethouder met de aantijging dat de gemeente het onderhoud van de dijk verwaarloost.",
			"de gemeente het onderhoud van de dijk verwaarloost", "L1", []string{"Piet Smit"}, nil},
		{"a study's finding that comes forward",
			"De vraag speelt al jaren. Uit onderzoek van de Volkskrant komt naar voren dat veel scholen de regels niet naleven.",
			"veel scholen de regels niet naleven", "B1", nil, [][2]string{{"Volkskrant", kroniek.ORG}}},
		{"a reliance outside the speech lexicon, the parse's ccomp",
			"Na het overleg rekent Piet Smit erop dat de gemeente de cijfers volgende week openbaar maakt.",
			"de gemeente de cijfers volgende week openbaar maakt", "L1", []string{"Piet Smit"}, nil},
		{"a promise by a separable speech verb of the lexicon",
			"Na het overleg zegde Piet Smit toe dat de school in het najaar weer open zou gaan.",
			"de school in het najaar weer open zou gaan", "L1", []string{"Piet Smit"}, nil},
		{"a stance noun with a copula, its possessor the speaker",
			"Piet Smit sprak een volle zaal toe. Zijn boodschap was dat de partij de kiezers niet mag vergeten.",
			"de partij de kiezers niet mag vergeten", "L1", []string{"Piet Smit"}, nil},
		{"a stance noun with a copula, nobody named",
			"Tegenstanders zijn kritisch over het plan. Een andere angst is dat de filters te streng worden afgesteld.",
			"de filters te streng worden afgesteld", "", nil, nil},
		{"a study's finding, the body inside its phrase the speaker",
			"De vraag speelt al jaren. Uit onderzoek van de Volkskrant blijkt dat veel scholen de regels niet naleven.",
			"veel scholen de regels niet naleven", "B1", nil, [][2]string{{"Volkskrant", kroniek.ORG}}},
		{"a study's finding, nobody named",
			"De vraag speelt al jaren. Uit Amerikaans onderzoek blijkt dat kiezers na een aanslag rechtse partijen steunen.",
			"kiezers na een aanslag rechtse partijen steunen", "", nil, nil},
		{"a supposition whose clause the parse hangs on 'ervan'",
			"Piet Smit is tevreden. Hij gaat ervan uit dat de school over hooguit twee jaar dicht gaat wegens gebrek aan leerlingen.",
			"de school over hooguit twee jaar dicht gaat wegens gebrek aan leerlingen", "L1", []string{"Piet Smit"}, nil},
		{"a study's finding with a comma before 'dat'",
			"Het aantal daalde. Uit de nieuwste politiecijfers blijkt ook, dat het aantal doorrijders opnieuw is gestegen.",
			"het aantal doorrijders opnieuw is gestegen", "", nil, nil},
		{"a cataphoric report whose speaker is a name after a noun",
			"Het windpark op zee krijgt kunstmatige riffen voor kabeljauw. Dat meldt ontwikkelaar Zeestroom.",
			"Het windpark op zee krijgt kunstmatige riffen voor kabeljauw", "B1", nil, [][2]string{{"Zeestroom", kroniek.ORG}}},
		{"a cataphoric report opened by 'Dit', its speaker a role of a body",
			"Het festival in Almelo gaat dit jaar niet door vanwege de kosten. Dit zegt een woordvoerder van de gemeente Almelo.",
			"Het festival in Almelo gaat dit jaar niet door vanwege de kosten", "", nil, [][2]string{{"gemeente Almelo", kroniek.ORG}}},
		{"a stance noun after the comma claims the words before it",
			"Tegenstanders zijn kritisch over het plan. Die dure filters zijn alleen door grote bedrijven op te brengen, is de vrees.",
			"Die dure filters zijn alleen door grote bedrijven op te brengen", "", nil, nil},
		{"an irregular past of a speech verb the lexicon conjugates",
			"Na een publicatie in de krant over de zorgen bezwoer Piet Smit dat Justitie geenszins van plan was de afkomst van iedereen te registreren.",
			"Justitie geenszins van plan was de afkomst van iedereen te registreren", "L1", []string{"Piet Smit"}, nil},
		{"a relative clause's speech verb reports for the name before its comma",
			"Het programma is een doorn in het oog van Piet Smit, die roept dat veel landen misbruik maken van de VS.",
			"veel landen misbruik maken van de VS", "L1", []string{"Piet Smit"}, nil},
		{"a relative clause after a body",
			"De kritiek komt van de Tweede Kamer, die bezorgd constateert dat steeds meer apotheken alleen nog pinbetalingen accepteren.",
			"steeds meer apotheken alleen nog pinbetalingen accepteren", "B1", nil, [][2]string{{"Tweede Kamer", kroniek.ORG}}},
		{"a hearsay sentence with a term in marks stops at a semicolon the writer goes on after",
			"Piet Smit schreef aan de Kamer dat de regeling blijft. Ook zou er weinig kans zijn op een 'aanzuigende werking'; instellingen toetsen of aangifte is gedaan.",
			"Ook zou er weinig kans zijn op een 'aanzuigende werking'", "L1", []string{"Piet Smit"}, nil},
		{"three hearsay sentences after a present-tense report",
			"De vrouw werd ontslagen, vertelt Piet Smit aan de rechter. Ze zou miljoenen hebben verduisterd. Ze zou onder invloed staan van criminelen. Geheimen zouden via haar op een server zijn beland.",
			"Geheimen zouden via haar op een server zijn beland", "L1", []string{"Piet Smit"}, nil},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		ms, locals = withBodies(doc.Text, ms, locals, tc.bodies)
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		found := false
		for _, q := range qs {
			if q.Text == tc.quote && q.Kind == kroniek.QuoteIndirect {
				found = true
				if q.SpeakerLocal != tc.local {
					t.Errorf("%s: speaker %q (%q), want %q", tc.name, q.SpeakerLocal, q.SpeakerText, tc.local)
				}
			}
		}
		if !found {
			t.Errorf("%s: no report %q in %+v", tc.name, tc.quote, qs)
		}
	}
	// A quotation inside a quotation, opened by a speech verb and a colon:
	// a passive names nobody, a first person is the outer speaker.
	for _, tc := range []struct{ text, quote, local string }{
		{"Piet Smit zegt: \"Via de meldkamer kregen we het bericht dat er een livestream was, waarin werd gezegd: 'Ik heb niks meer te verliezen, ik ga naar de moskee.' Daarop zijn we gaan rijden.\"",
			"Ik heb niks meer te verliezen, ik ga naar de moskee", ""},
		{"Piet Smit was boos. \"Ik zei tegen hem: 'Dat doe je niet nog een keer.' Daarna ging hij weg.\"",
			"Dat doe je niet nog een keer", "L1"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		found := false
		for _, q := range qs {
			if q.Text == tc.quote && q.Kind == kroniek.QuoteDirect {
				found = true
				if q.SpeakerLocal != tc.local {
					t.Errorf("%q: speaker %q (%q), want %q", tc.quote, q.SpeakerLocal, q.SpeakerText, tc.local)
				}
			}
		}
		if !found {
			t.Errorf("%q: no inner quotation %q in %+v", tc.text, tc.quote, qs)
		}
	}
	// Not reports: a thing is no speaker, an infinitive after the colon
	// is no clause, a noun phrase with a relative clause neither, the
	// writer speaks for himself, a turn of phrase ("om niet te zeggen")
	// says nothing, and "zou" after a past-tense report tells the future
	// of the past past its first sentence.
	for _, tc := range []struct{ text, not string }{
		{"Piet Smit telde de mollen. De resultaten bevestigen wat hij al vermoedde: mollen komen niet voor op de Wadden.", "mollen komen niet voor op de Wadden"},
		{"Piet Smit was advocaat. Hij hint erop dat justitie een tegenprestatie eiste: verklaren tegen hun broer.", "verklaren tegen hun broer"},
		{"Piet Smit komt bij de show zijn werk toelichten: een film waarin schapen in de sneeuw staan.", "een film waarin schapen in de sneeuw staan"},
		{"Piet Smit was er ook. Ik zeg: de gemeente heeft het verkeerd aangepakt.", "de gemeente heeft het verkeerd aangepakt"},
		{"Piet Smit moet schipperen tussen partijen, om niet te zeggen: het is niet goed of het deugt niet.", "het is niet goed of het deugt niet"},
		{"Piet Smit las de krant. Toen hij hoorde dat de bank failliet was, schrok hij.", "de bank failliet was"},
		{"Piet Smit vermeldde niet dat de bank failliet was.", "de bank failliet was"},
		{"Met die berichten kan Piet Smit makkelijk bewijzen dat de bank failliet was.", "de bank failliet was"},
		{"Piet Smit zorgt ervoor dat de bank open blijft.", "de bank open blijft"},
		{"Het probleem is dat de bank failliet was.", "de bank failliet was"},
		{"Piet Smit is weg. De bank was failliet, is het probleem.", "De bank was failliet"},
		{"Piet Smit spreekt graag over filosofie. Dat verklaart waarom Piet Smit vaak over Plato praat.", "Piet Smit spreekt graag over filosofie"},
		{"Piet Smit vraagt zich af of de bank open blijft.", "de bank open blijft"},
		{"Piet Smit is teleurgesteld: \"Je hoort mij niet roepen: 'Wat een mooie uitslag.' Het is een nederlaag.\"", "Wat een mooie uitslag"},
		{"Piet Smit is boos: \"Dan kunnen ze zeggen: 'Het is satire, met een knipoog.' Maar zo werkt het niet.\"", "Het is satire, met een knipoog"},
		{"De landen spraken dinsdag af dat er een fonds zou komen. Dat zou alleen hervormingen betalen. Het zou dus niet om extra geld gaan. Ook zou het fonds binnen de begroting vallen.", "Het zou dus niet om extra geld gaan"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		for _, q := range Extract(doc, ms, locals) {
			if q.Text == tc.not && q.Kind != kroniek.QuoteTerm {
				t.Errorf("%q: reported: %+v", tc.text, q)
			}
		}
	}
}

// TestUtteredWord checks that one word in marks that opens its sentence
// and a speech verb reports is a direct quotation, and that one inside
// the writer's sentence, or an interjection a longer quotation goes on
// from, stays a term.
func TestUtteredWord(t *testing.T) {
	for _, tc := range []struct {
		text, quote string
		kind        string
	}{
		{"Hoe het was? ,,Geweldig!\", riep Piet Smit. ,,Echt geweldig.\"", "Geweldig!", kroniek.QuoteDirect},
		{"De buren vinden het plan 'verdedigbaar', zegt Piet Smit.", "verdedigbaar", kroniek.QuoteTerm},
		{"'Ach', beweren sommigen, 'het loopt zo'n vaart niet; talen lenen altijd van elkaar.'", "Ach", kroniek.QuoteTerm},
	} {
		wantKind(t, fmt.Sprintf("%q", tc.text), tc.text, tc.quote, tc.kind)
	}
}
