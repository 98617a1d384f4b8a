package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestReportSpans checks where a reported clause begins and ends on
// sentences written for it: an infinitive report over a few quoted words
// in its middle field, a second "volgens" frame after ", maar", a
// "blijkt uit" source after the clause, a new sentence after a colon, and
// a sentence adverb before an attribution that interrupts the report;
// who "Volgens" names when the parse hangs it elsewhere; and who speaks
// in a restrictive relative clause after a person noun; and a relative
// clause that "volgens X" inside it reports; a cue after a trailing
// attribution; an infinitive that a dat-clause completes; a conjoined
// main verb and a colon before a quotation, which end a report.
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
			"Piet Smit spreekt van een 'doorn in het oog', die niet uit te roeien is.",
			nil, []string{"van een 'doorn in het oog', die niet uit te roeien is"}},
		{"'volgens' inside a relative clause reports the clause",
			"Het is een lijst van Russen die volgens de Amerikaanse autoriteiten dicht bij president Poetin staan.",
			[]string{"die volgens de Amerikaanse autoriteiten dicht bij president Poetin staan"}, nil},
		{"a relative clause with 'volgens' between commas ends at the main verb",
			"De man, die volgens agenten behoorlijk wat op had, was betrokken bij een opstootje.",
			[]string{"die volgens agenten behoorlijk wat op had"}, nil},
		{"'volgens' further into a relative clause is narration",
			"Piet Smit stoort zich aan de hoge heffingen die India volgens hem toepast op Amerikaanse producten.",
			nil, []string{"die India volgens hem toepast op Amerikaanse producten"}},
		{"'volgens' a text in a relative clause reports nothing",
			"Een orkest produceert het onweer dat volgens de Bijbel losbarstte toen de kruisdood intrad.",
			nil, []string{"dat volgens de Bijbel losbarstte toen de kruisdood intrad"}},
		{"a report of its own after a trailing attribution",
			"Het vertrouwen in de politie is aangetast, aldus de advocaat-generaal, die vond dat er van deze zaak 'een signaal' moet uitgaan.",
			[]string{"Het vertrouwen in de politie is aangetast", "er van deze zaak 'een signaal' moet uitgaan"}, nil},
		{"a dat-clause that completes an infinitive belongs to it",
			"Piet Smit zegt geen aanwijzingen te hebben dat gegevens zijn gestolen.",
			[]string{"geen aanwijzingen te hebben dat gegevens zijn gestolen"}, []string{"gegevens zijn gestolen"}},
		{"a participle's own dat-clause",
			"Piet Smit schijnt al gezegd te hebben dat wraak slecht is.",
			[]string{"wraak slecht is"}, nil},
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
		{"'Volgens' and plural people the parse hangs elsewhere",
			"Volgens de krakers zou de eigenaar op zoek zijn naar mensen die antikraak in het pand willen wonen.",
			[]string{"zou de eigenaar op zoek zijn naar mensen die antikraak in het pand willen wonen"}, nil},
		{"'Volgens', a participle and a role",
			"Volgens betrokken Kamerleden is De Bruijn wel in staat een sober ontwerp te realiseren.",
			[]string{"is De Bruijn wel in staat een sober ontwerp te realiseren"}, nil},
		{"'Volgens' and a role noun of the lexicon",
			"Volgens de bewindsman leverde het programma het land jaarlijks slechts 167 miljoen euro op.",
			[]string{"leverde het programma het land jaarlijks slechts 167 miljoen euro op"}, nil},
		{"'Volgens X', a phrase with no verb between commas, then the report",
			"Volgens de vertegenwoordiger van de gemeente, ook aanwezig in de zaal, blijkt uit onderzoeken dat de veiligheid toeneemt.",
			[]string{"blijkt uit onderzoeken dat de veiligheid toeneemt"}, []string{"ook aanwezig in de zaal"}},
		{"mid-sentence 'volgens' and a body named by its kind",
			"Een sterke schoolorganisatie kan volgens de inspectie voor het onderwijs de kwaliteit borgen.",
			[]string{"Een sterke schoolorganisatie kan volgens de inspectie voor het onderwijs de kwaliteit borgen"}, nil},
		{"'Volgens' and rules is no report",
			"Volgens de nieuwe regels is het verboden te roken in het gebouw van de gemeente.",
			nil, []string{"is het verboden te roken in het gebouw van de gemeente"}},
		{"a restrictive relative clause after a person noun",
			"'Het vergt tijd', aldus een woordvoerder die benadrukt dat de ambtenaren de naamswijziging op een sobere manier doorvoeren.",
			[]string{"de ambtenaren de naamswijziging op een sobere manier doorvoeren"}, nil},
		{"a restrictive relative clause after a thing is no report",
			"Het gaat om een actie die liet zien dat de stad leeft.",
			nil, []string{"de stad leeft"}},
		{"a restrictive relative clause of a surmise is no report",
			"Nu ligt de bewijslast bij de vrouw die vermoedt dat ze minder verdient.",
			nil, []string{"ze minder verdient"}},
		{"a restrictive relative clause of opinion after a speech verb's inverted subject",
			"'Het plan deugt niet', schrijft een boze bewoner die vindt dat de gemeente de bewoners niet heeft gehoord.",
			[]string{"de gemeente de bewoners niet heeft gehoord"}, nil},
		{"a restrictive relative clause of opinion after a determined plural is no report",
			"Het gaat om de ouders die vinden dat de school te weinig huiswerk geeft.",
			nil, []string{"de school te weinig huiswerk geeft"}},
		{"a restrictive relative clause after a bare plural is no report",
			"Het zijn stille getuigen die ons vertellen dat de vijand onder ons is.",
			nil, []string{"de vijand onder ons is"}},
		{"a time phrase opening a report before ', aldus X'",
			"Sinds 2016 hebben zich vijf besmettingen voorgedaan, aldus Piet Smit.",
			[]string{"Sinds 2016 hebben zich vijf besmettingen voorgedaan"}, nil},
		{"a subordinate clause before the attribution is no report",
			"Toen Piet Smit 11 jaar was, vertelde hij het aan zijn moeder.",
			nil, []string{"Toen Piet Smit 11 jaar was"}},
		{"a finding of a study nobody is named for, after the clause",
			"En dat heeft effect op de uitslag, blijkt uit internationaal onderzoek.",
			[]string{"En dat heeft effect op de uitslag"}, nil},
		{"a finding after ', zo bleek' and an adverb",
			"Als we doorgaan zonder maatregelen, halen we de doelen niet, zo bleek recentelijk uit de doorrekening van het akkoord.",
			[]string{"Als we doorgaan zonder maatregelen, halen we de doelen niet"}, nil},
		{"'blijkt uit' a thing that is no study is no report",
			"Het huis is oud, blijkt uit de foto's.",
			nil, []string{"Het huis is oud"}},
		{"a concession before 'blijkt uit … dat' is no finding",
			"Hoewel het verboden is om mannen en vrouwen ongelijk te belonen, blijkt uit onderzoeken dat de loonkloof hardnekkig is.",
			nil, []string{"Hoewel het verboden is om mannen en vrouwen ongelijk te belonen"}},
		{"'bleek al uit' an event is no finding",
			"Dat dat nodig is, bleek al uit de rel rond de herbenoeming van topman Piet Smit.",
			nil, []string{"Dat dat nodig is"}},
		{"a far 'dat' the parse hangs on a noun as a relative clause",
			"Hoofdverdachte Piet Smit zei gisteren in het bijzijn van de familie tegen de rechter dat hij Humeyra niet heeft willen doden.",
			[]string{"hij Humeyra niet heeft willen doden"}, nil},
		{"the speaker's words go on after a trailing attribution: 'anders'",
			"De partijen mogen maximaal 40 procent van de frequenties krijgen, zo stelt Piet Smit, anders ontstaat er op delen van het netwerk een monopolist.",
			[]string{"De partijen mogen maximaal 40 procent van de frequenties krijgen", "anders ontstaat er op delen van het netwerk een monopolist"}, nil},
		{"the speaker's words go on after a trailing attribution: 'want'",
			"Dat is ook niet erg, vindt Piet Smit, want de lopende contracten moeten gerespecteerd worden.",
			[]string{"de lopende contracten moeten gerespecteerd worden"}, nil},
		{"the speaker's words go on after 'maar' and a subject of their own",
			"Neurologisch onderzoek bij mieren is niet uniek, zegt Piet Smit, maar het is wel de eerste keer dat dit is gedaan.",
			[]string{"het is wel de eerste keer dat dit is gedaan"}, nil},
		{"the narrator goes on about the speaker after 'maar ze'",
			"Een goede zaak, vindt Piet Smit, maar ze mist een theologische onderbouwing.",
			nil, []string{"ze mist een theologische onderbouwing"}},
		{"what the speaker does after the attribution is no report",
			"Het is elke keer hetzelfde, verzucht Piet Smit, terwijl hij bukt en twee patronen raapt.",
			nil, []string{"terwijl hij bukt en twee patronen raapt", "hij bukt en twee patronen raapt"}},
		{"a trailing verb outside the speech lexicon",
			"De markt is groot genoeg, redeneert hij.",
			[]string{"De markt is groot genoeg"}, nil},
		{"a trailing verb outside the speech lexicon and a named speaker",
			"Het plan biedt inmiddels genoeg materiaal voor een scriptie, grapte senator Piet Smit.",
			[]string{"Het plan biedt inmiddels genoeg materiaal voor een scriptie"}, nil},
		{"a main clause after a subordinate clause is no report",
			"Toen Piet Smit thuiskwam, sliep hij.",
			nil, []string{"Toen Piet Smit thuiskwam"}},
		{"a verb of perception after the clause is no report",
			"Die minister zit wat dromerig met zijn glas te draaien, zag hij.",
			nil, []string{"Die minister zit wat dromerig met zijn glas te draaien"}},
		{"'zo' and a trailing verb outside the speech lexicon",
			"Die traditie is geen vorm van dierenmishandeling, zo heeft de rechter woensdag bepaald in een procedure.",
			[]string{"Die traditie is geen vorm van dierenmishandeling"}, nil},
		{"'zo' and an auxiliary before a speech verb",
			"De boot zou nu op weg zijn naar Malta, zo hebben Piet Smit en Jan de Boer woensdag gezegd.",
			[]string{"De boot zou nu op weg zijn naar Malta"}, nil},
		{"'zo' for an instance with an object is no report",
			"Er blijft ook reden tot optimisme, zo kent Breda dit jaar een leegstand van nog maar 5,8 procent.",
			nil, []string{"Er blijft ook reden tot optimisme"}},
		{"a finding after the clause: 'ontdekten'",
			"De steun voor rechtse partijen kan met twee procent toenemen na terreur, ontdekten Israëlische onderzoekers.",
			[]string{"De steun voor rechtse partijen kan met twee procent toenemen na terreur"}, nil},
		{"a means clause before the attribution is no report",
			"Door een aantal documenten te kraken, ontdekte de verdediging volgens Piet Smit dat er passages zijn verwijderd.",
			nil, []string{"Door een aantal documenten te kraken"}},
		{"'Volgens', a counted plural of bodies and the list in parentheses",
			"Volgens zeven partijen (SGP, Denk en D66) is het vooral van belang dat lokale ondernemers profiteren.",
			[]string{"is het vooral van belang dat lokale ondernemers profiteren"}, nil},
		{"a modal, its subject and a speech verb after the clause",
			"Op het eerste gezicht is de vondst weinig bijzonders, moet expert Piet Smit toegeven.",
			[]string{"Op het eerste gezicht is de vondst weinig bijzonders"}, nil},
		{"an auxiliary with an object of its own is no attribution",
			"Zelfs in Ankara heeft de partij veel stemmen verloren, heeft Piet Smit gisteren alle fractievoorzitters gesproken.",
			nil, []string{"Zelfs in Ankara heeft de partij veel stemmen verloren"}},
		{"'Volgens hen' for people the article names by a plural noun",
			"Daartegenover staan partijleden die waarschuwen voor de risico's. Volgens hen zijn de gevolgen niet te overzien als de partij nieuwe verkiezingen doordrukt.",
			[]string{"zijn de gevolgen niet te overzien als de partij nieuwe verkiezingen doordrukt"}, nil},
		{"a new sentence after a colon",
			"Piet Smit stelt dat het een zegen zou zijn als alle ministeries overstappen: Zo'n overstap is een dure klus.",
			[]string{"het een zegen zou zijn als alle ministeries overstappen"}, nil},
		{"a finite verb the parse conjoins to the speech verb ends the report",
			"De minister stelde dat de aanslag het gevolg is van de groeiende haat in het land en eiste van de provincie dat zij de beveiliging verhoogt.",
			[]string{"de aanslag het gevolg is van de groeiende haat in het land", "zij de beveiliging verhoogt"}, nil},
		{"a particle after an apposition with an acronym in brackets",
			"Gisteren maakte Piet Smit, voorzitter van de Vereniging Eigen Huis (VEH), bekend dat de banken en de kopers het niet eens konden worden.",
			[]string{"de banken en de kopers het niet eens konden worden"}, nil},
		{"a colon that opens a quotation ends a 'volgens' report",
			"Dat is goed voor de zichtbaarheid, vindt Piet Smit. Wel moet er volgens hem nog heel wat water door de Rijn stromen voor er overeenstemming is over de prijs: \"Duidelijkheid dus over de prijs per sessie.\"",
			[]string{"Wel moet er volgens hem nog heel wat water door de Rijn stromen voor er overeenstemming is over de prijs"}, nil},
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

// TestModalAttribution checks that a quotation followed by a modal, its
// subject and a speech verb of the lexicon ("'…', moet hij toegeven") is
// a direct quotation of that subject, not a term.
func TestModalAttribution(t *testing.T) {
	doc := annotated(t, "Piet Smit kijkt naar de stad. 'Daarmee bereiken we niet veel', moet hij toegeven. Niet het stadsbestuur beslist.")
	ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
	qs := Extract(doc, ms, locals)
	checkOffsets(t, doc, qs)
	for _, q := range qs {
		if q.Text == "Daarmee bereiken we niet veel" {
			if q.Kind != kroniek.QuoteDirect || q.SpeakerText != "hij" || q.SpeakerLocal == "" {
				t.Errorf("got %s <%s|%s>, want a direct quotation of hij (Piet Smit)", q.Kind, q.SpeakerText, q.SpeakerLocal)
			}
			return
		}
	}
	t.Errorf("no quotation 'Daarmee bereiken we niet veel' in %v", qs)
}

// TestAddresseeOutsideReport checks that a name or pronoun the parse
// makes the object of an asking or blaming verb is whom it addresses,
// outside the report.
func TestAddresseeOutsideReport(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"De ouders vroegen Kees Pieters om de school open te houden.", "de school open te houden"},
		{"De burgemeester waarschuwde hen niet te dicht bij het water te komen.", "niet te dicht bij het water te komen"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Kees Pieters"}})
		qs := Extract(doc, ms, locals)
		if len(qs) != 1 || qs[0].Text != tc.want {
			t.Errorf("%q: want the report %q, got %+v", tc.text, tc.want, qs)
		}
	}
}

// TestVolgensAfterColon checks that "volgens X" right after a colon opens
// the report: the narration before the colon and X's words are not what X
// says.
func TestVolgensAfterColon(t *testing.T) {
	const text = "Maar het botst met een ander doel: volgens minister Jan Smit moet er juist meer bos komen."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Jan Smit"}})
	qs := Extract(doc, ms, locals)
	if len(qs) != 1 || qs[0].Text != "moet er juist meer bos komen" || qs[0].SpeakerText != "Jan Smit" {
		t.Errorf("%q: want Jan Smit's report «moet er juist meer bos komen», got %+v", text, qs)
	}
}
