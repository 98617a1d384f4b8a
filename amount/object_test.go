package amount

import (
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

var (
	syntaxOnce sync.Once
	syntax     *nl.Syntax
	syntaxErr  error
)

// TestParsedObjects checks the objects found through the dependency
// parse, on sentences written for this test (annotated as the pipeline
// does). want lists "text=object" for every figure, in order.
func TestParsedObjects(t *testing.T) {
	syntaxOnce.Do(func() { syntax, syntaxErr = nl.LoadSyntax() })
	if syntaxErr != nil {
		t.Fatal(syntaxErr)
	}
	cases := []struct{ text, want string }{
		// session 22, third shift: "N geleden" with a vague verb: the impersonal passive's deed, "gaan om" its noun, "hebben" its object
		{"Op de hei waar zeven jaar geleden flink is gekapt, staan nu weer bomen.", "zeven jaar=tijd sinds kappen"},
		{"Acht jaar geleden ging het om 300 klachten.", "Acht jaar=tijd sinds klachten 300=klachten"},
		{"Twee jaar geleden had de ploeg nog een ruime voorsprong.", "Twee jaar=tijd sinds ruime voorsprong"},
		{"Vijf jaar geleden kwam de trein nog elk uur.", "Vijf jaar="},
		{"In 2018 stierven er 40 vogels en vijf jaar geleden ging het om 120 eenden op de plas.", "40=vogels vijf jaar=tijd sinds eenden op de plas 120=eenden op de plas"},
		{"Tien jaar geleden ging de winkel om 8 uur open.", "Tien jaar=tijd sinds winkel openen"},
		{"Drie jaar geleden - op 9 maart 2016 om precies te zijn - schreef ik hier een stukje onder de kop: 'Weg met de auto.'", "Drie jaar=tijd sinds stukje schrijven"},
		// session 22: whose votes or seats, from the subject of a verb of having or a "met" complement
		{"GroenLinks behaalde negen zetels.", "negen=zetels GroenLinks"},
		{"Burgemeester Pieters werd herkozen met 61 procent van de stemmen.", "61 procent=stemmen Burgemeester Pieters"},
		{"Het schandaal kostte de liberalen vier zetels.", "vier=zetels"},
		{"Zij kreeg 40 procent van de stemmen.", "40 procent=stemmen"},
		{"In 2003 behaalden GroenLinks, SP en D66 samen 41 zetels.", "41=zetels"},
		// session 22: whose profit or loss, from the subject of a verb of booking
		{"De bank boekte vorig jaar een winst van 3 miljard euro.", "3 miljard euro=winst bank"},
		{"Hij maakte toen een verlies van 800 euro.", "800 euro=verlies"},
		// session 22: a count shares a list of plain plural nouns, not one with an article or number of its own
		{"De 30 artsen, verpleegkundigen en apothekers staakten.", "30=artsen, verpleegkundigen en apothekers"},
		{"Hij zag 12 koeien, een paard en twee geiten.", "12=koeien twee=geiten"},
		{"Het ziekenhuis zocht 40 specialisten en paramedici.", "40=specialisten en paramedici"},
		// session 22: a one-word predicate of a verb of staying that the parse makes the figure's head
		{"De veerdienst naar het eiland ligt vier dagen plat.", "vier dagen=veerdienst plat liggen"},
		{"De oude sluis blijft zes weken gesloten.", "zes weken=oude sluis gesloten blijven"},
		// session 22: an article before a complement too long for a phrase, hung on the figure
		{"Zij procederen al negen jaar tegen de uitbreiding van het vliegveld.", "negen jaar=tegen de uitbreiding van het vliegveld procederen"},
		// session 22: "het duurde N voordat" a state held: its subject with the adjective
		{"Het duurde drie jaar voordat de tunnel klaar was.", "drie jaar=tunnel klaar"},
		// session 20, second shift: a duration with the main verb "zijn" (the participle "geweest" too) is where the subject was
		{"De trainer is dan zes jaar in dienst geweest bij de club.", "zes jaar=in dienst"},
		// session 20, second shift: "N jaar lang" heading the figure, with a bare form of "zijn": where the subject was
		{"De twee broers en hun moeder waren zes jaar lang in afwachting van een uitspraak.", "twee=broers zes jaar=in afwachting van een uitspraak"},
		// session 20, second shift: the predicate noun of a bare "zijn" the parse hangs on the figure, as a complement or an apposition
		{"Zijn vader was twintig jaar de burgemeester van het dorp.", "twintig jaar=burgemeester van het dorp"},
		// session 20, second shift: the noun after "N jaar lang" when the parse makes "lang" the copula's predicate
		{"Dit was vijf jaar lang de grootste zorg van de boeren.", "vijf jaar=grootste zorg van de boeren"},
		{"Dat was twee jaar lang het refrein dat de fans zongen.", "twee jaar=refrein"},
		// session 20, second shift: "meer dan N" parsed as the verb's modifier stands for the figure
		{"Zij procederen al meer dan tien jaar tegen de gemeente.", "meer dan tien jaar=tegen de gemeente procederen"},
		{"Wij wonen al meer dan veertig jaar in dit dorp.", "meer dan veertig jaar=in dit dorp wonen"},
		// session 20: a copula's value past "dit jaar" between the copula and the sum
		{"De omzet bij tuincentra was dit jaar 1,5 miljard euro.", "1,5 miljard euro=omzet"},
		// session 20: a share a demonstrative copula clause states is of the share before; not "is dat" as a conjunction
		{"In 1990 werd 5 procent van het land bebouwd. Nu is dat bijna 10 procent.", "5 procent=land bebouwd bijna 10 procent=land bebouwd"},
		{"Drie op de tien fietsers rijden door rood. Vorig jaar was dat nog een op de vijftien.", "Drie op de tien=fietsers een op de vijftien=fietsers"},
		{"Vijf procent van de leden zegt op. Het probleem is dat 40 procent stopt.", "Vijf procent=leden 40 procent="},
		// whose age: a person noun before "van N jaar", the noun a set-off "N jaar oud" follows; not a contract's term
		{"De verdachte, een man van 34 jaar, werd opgepakt. Hij tekende een contract van drie jaar.", "34 jaar=leeftijd man drie jaar=contract"},
		{"Ik fietste met mijn dochter, op dat moment 6 jaar oud, naar school.", "6 jaar=leeftijd dochter"},
		// "het aantal" of a plural compound the lexicon reads as a verb form, from the parse
		{"Vorig jaar daalde het aantal zakenvluchten met 8 procent.", "8 procent=zakenvluchten"},
		// a duration spent on an activity its verb names alone, with a pronoun subject; not a verb that needs its object
		{"In de zomer werken wij vaak meer dan vijftig uur per week.", "meer dan vijftig uur=werken"},
		{"Wie de bus mist, moet soms drie kwartier wachten.", "drie kwartier=wachten"},
		{"Door de drukte op het werk slapen we vaak minder dan zes uur per nacht.", "minder dan zes uur=slapen"},
		{"Het is zwaar, vaak werken we meer dan vijftig uur per week.", "meer dan vijftig uur=werken"},
		{"Dat wat zij in twintig jaar heeft opgebouwd, is nu weg.", "twintig jaar="},
		// two sizes of one thing share its owner; a newborn's weight and length keep their own
		{"Met de aanleg van de stenen kade van 400 meter lang en 20 meter breed was de haven klaar.", "400 meter=kade 20 meter=kade"},
		{"Langs het 12 km lange en 40 meter brede kanaal staan bomen.", "12 km=kanaal 40 meter=kanaal"},
		{"Het meisje woog 3200 gram en was 50 cm lang.", "3200 gram=meisje 50 cm=meisje"},
		// an age closing its clause with "oud", whatever its size; not an attributive "oud" before its noun
		{"Volgens de geologen is de rots 300 miljoen jaar oud.", "300 miljoen jaar=leeftijd rots"},
		{"Duikers vonden een ruim drie eeuwen oud wrak.", "ruim drie eeuwen=wrak"},
		// a copula's subject past an opening quote and "En"
		{",,En de afstand tot de rivier is hooguit vijftig meter\", zegt de boer.", "hooguit vijftig meter=afstand tot de rivier"},
		// a duration that dates an event says so: "geleden" is the time since what happened then (the noun it dates or
		// the clause's event, else none: the adverb is no object), "later" keeps its word; not "later dan"
		{"Vijf jaar geleden opende de bakker een tweede winkel.", "Vijf jaar=tijd sinds tweede winkel openen"},
		{"Bij de feestelijke opening van de brug, drie maanden geleden, waren alle wethouders aanwezig.", "drie maanden=tijd sinds feestelijke opening van de brug"},
		{"Sinds de grote storm tien jaar geleden staat het bos er kaal bij.", "tien jaar=tijd sinds grote storm"},
		{"Het is dit jaar twintig jaar geleden dat de brug werd geopend.", "twintig jaar=tijd sinds brug geopend"},
		{"Vier jaar na de brand werd het pand herbouwd.", "Vier jaar=tijd sinds brand"},
		{"Pas twintig jaar na dato schreef de generaal zijn memoires.", "twintig jaar="},
		// "nadat"/"voordat" + a clause: the time since or until what it tells (object + verb, else subject + verb,
		// a passive's subject with its participle); not what a verb of lasting takes
		{"Twee jaar nadat de bakker de zaak had overgenomen, ging hij failliet.", "Twee jaar=tijd sinds zaak overnemen"},
		{"Drie jaar nadat de heerser was gevangengenomen, keerde de rust terug.", "Drie jaar=tijd sinds heerser gevangengenomen"},
		{"Het pand brandde af, twee weken voordat de verbouwing zou beginnen.", "twee weken=tijd tot verbouwing beginnen"},
		{"Vier jaar nadat ze trouwden, kregen ze een kind.", "Vier jaar="},
		{"De regen duurde tien minuten voordat de zon doorbrak.", "tien minuten=regen"},
		{"Drie weken later was de zaak alweer dicht.", "Drie weken=later"},
		{"Twee dagen later hield de politie de verdachte aan.", "Twee dagen=later politie aanhouden"},
		{"Drie jaar geleden ging de bakkerij failliet.", "Drie jaar="},
		{"De nieuwe brug ging twee jaar later dan gepland open.", "twee jaar="},
		// a count of people the clause says died or were hurt: doden, gewonden; not those who survived
		{"Bij de brand in de fabriek kwamen vier mensen om het leven.", "vier=doden"},
		{"Twee personen raakten lichtgewond, drie agenten zwaargewond.", "Twee=gewonden drie=agenten"},
		{"Drie mensen zijn aangehouden in verband met de dood van een fietser.", "Drie=mensen aangehouden"},
		{"Elk jaar worden ruim twintig personen door een hond gebeten, en vijf mensen zien we nooit terug.", "ruim twintig=personen gebeten vijf=mensen"},
		{"Zeven mensen hebben het ongeluk overleefd.", "Zeven=mensen"},
		// what "het" costs "per X": the om-clause, not the rate (the gap session 17 noted, now read)
		{"De school verwacht dat het 3.000 euro per klas kost om de lokalen te verbouwen.", "3.000 euro=lokalen verbouwen"},
		// a sum's rate belongs to the noun before it, past a conversion in brackets and at both ends of a range
		{"De gemeente overweegt een toeslag van dertig euro per kuub afval.", "dertig euro=toeslag per kuub"},
		{"De kosten van de verbouwing schat de architect op 4 tot 6 miljoen roebel (ruim 70.000 euro) per woning.", "4=kosten van de verbouwing per woning tot 6 miljoen roebel=kosten van de verbouwing per woning ruim 70.000 euro=kosten van de verbouwing per woning"},
		// what happened to a share: the participle its clause ends in; not a finite verb, nor a participle with an object of its own
		{"Om middernacht was 98 procent van de stemmen geteld.", "98 procent=stemmen geteld"},
		{"Inmiddels is 30 procent van de woningen verkocht, maar ruim 30 procent van de kopers heeft een lening gekregen.", "30 procent=woningen verkocht ruim 30 procent=kopers"},
		{"Ongeveer 40 procent van de inwoners woont in de stad.", "Ongeveer 40 procent=inwoners"},
		{"Ook heeft 40 procent van de leden er geen vertrouwen in dat de contributie wordt verlaagd.", "40 procent=leden"},
		{"De ziekte heeft al 60 procent van de eiken in het bos aangetast.", "60 procent=eiken in het bos aangetast"},
		// a proper name whole; a subject left out after a comma
		{"In de enquête haalde de Nederlandse Spoorwegen 48 procent, de gemeente slechts 9 procent.", "48 procent=Nederlandse Spoorwegen slechts 9 procent=gemeente"},
		// a bare number that is the subject of a verb counts the noun before it
		{"Driehonderd honden doken er vanaf, vijftig overleefden dat niet.", "Driehonderd=honden vijftig=honden"},
		// the complement of the counted noun
		{"In totaal zit er voor meer dan 30 biljoen vermogen in aandelen en obligaties.", "meer dan 30 biljoen=vermogen in aandelen en obligaties"},
		// the subject of a price verb, through a demonstrative
		{"In de VS is al een belastingverlaging doorgevoerd. Die kost al 1500 miljard dollar.", "1500 miljard dollar=belastingverlaging"},
		// a comparison's subject
		{"Er komen nieuwe verkiezingen wanneer de marge minder is dan 1 procent.", "1 procent=marge"},
		// a range across time units
		{"Andere lidstaten pleiten voor een verlenging van negen maanden tot een jaar.", "negen maanden=verlenging tot een jaar=verlenging"},
		// an age after met
		{"Kinderen kiezen pas met 14 jaar een school.", "14 jaar=leeftijd kinderen"},
		// the partitive er counts the noun of the figure before
		{"Vorig jaar waren er 2300 ingrepen bij mannen; in 2008 waren dat er nog maar 700.", "2300=ingrepen 700=ingrepen"},
		// an "er" after the finite verb, past prepositional phrases, counts the noun of the figure before; not with a noun of its own
		{"Vorig jaar telde de provincie 5.000 lege woningen. Volgens de makelaars zijn er in heel Brabant nu ruim 9.000.", "5.000=woningen ruim 9.000=woningen"},
		{"Vorig jaar telde de provincie 5.000 lege woningen. Volgens de makelaars staan er in Brabant nu 300 kantoren leeg.", "5.000=woningen 300=kantoren"},
		// a bare count that closes its sentence counts the noun of the count in the sentence before; not a bare number in the same sentence
		{"De eerste editie van het festival trok 400 bezoekers. Dit jaar kwamen er ruim 2.000.", "400=bezoekers ruim 2.000=bezoekers"},
		{"De eerste editie van het festival trok 400 bezoekers. Dit jaar eindigde de club als 2.", "400=bezoekers 2="},
		{"De eerste editie van het festival trok 400 bezoekers. Daarna verlieten veel vrijwilligers de club, vorig jaar nog 300.", "400=bezoekers 300="},
		// a capitalised number word inside a name is no figure; a distance from somewhere
		{"De organisatie Four Paws (Vier Voeters) bouwt een windpark ruim 22 kilometer uit de kust.", "ruim 22 kilometer=afstand"},
		// a bare duration is an oblique of its clause (UD Dutch), so it measures the clause; not the clause: dat
		// (session 20: a sum that only a price verb names is a cost)
		{"Twee moeders kammen één uur. Dat kost 6 miljoen euro.", "Twee=moeders één uur=moeders kammen 6 miljoen euro=kosten"},
		// what a duration measures: the clause's verb with its subject or complement, duren's subject
		{"Het pand, dat al zes jaar leegstond, wordt gesloopt.", "zes jaar=pand leegstaan"},
		{"De patiënt ligt al veertig dagen in het ziekenhuis.", "veertig dagen=in het ziekenhuis liggen"},
		{"De vergadering duurde drie uur.", "drie uur=vergadering"},
		// duren's duration the parse gives as its object; not a fronted phrase set off by a comma
		{"De ruimtewandeling duurt volgens ruimtevaartorganisatie Nasa ongeveer zeven uur.", "ongeveer zeven uur=ruimtewandeling"},
		// a passive's subject with the participle as written, through a relative pronoun to the noun before its comma
		{"Het debat ging over de Provinciale Statenverkiezingen, die over twee weken worden gehouden.", "twee weken=Provinciale Statenverkiezingen gehouden"},
		{"Iran wordt al bijna drie weken geteisterd door ernstige wateroverlast.", "bijna drie weken=Iran geteisterd"},
		// a participle whose lemma the lexicon does not know reads as written
		{"Poch heeft acht jaar onschuldig in een Argentijnse cel vastgezeten.", "acht jaar=in een Argentijnse cel vastgezeten"},
		// "al N jaar voor" is a span up to now: "voor" names whom or what for, not a point before
		{"Het aantal broedparen van de iconische steltloper is in de afgelopen dertig jaar gedaald.", "dertig jaar=periode aantal broedparen gedaald"},
		// a state an adjective names after a copula or a verb of staying; an
		// infinitive's subject from the verb that governs it; "de N jaar
		// daarvoor" is a span, not a point; an age after "oud" is no state
		{"De afgelopen tien jaar is haar loon bijna gelijk gebleven.", "tien jaar=periode loon gelijk blijven"},
		{"De boa's willen drie dagen staken.", "drie dagen=boa's staken"},
		// a span "in/binnen N" is the span of the count that follows it in its clause, not of one before
		{"In twee weken tijd gingen 40 miljoen plaatjes over de toonbank.", "twee weken=plaatjes 40 miljoen=plaatjes"},
		{"Er waren 40 agenten binnen een kwartier ter plaatse.", "40=agenten een kwartier="},
		// a light verb behind a particle the lexicon does not list is the particle verb
		{"Tien dagen lang zullen de parlementsleden bijeenkomen.", "Tien dagen=parlementsleden bijeenkomen"},
		{"De zeven jaar daarvoor werkte ze op de Belgische ambassade in Rwanda.", "zeven jaar=op de Belgische ambassade werken"},
		{"Ter vergelijking: de aarde is 4,5 miljard jaar oud.", "4,5 miljard jaar=leeftijd aarde"},
		// an oblique too long for a phrase: its preposition and head noun, on the verb or on "lang"
		{"In haar buitenverblijf Chequers sprak ze drie uur lang met louter mannelijke kopstukken uit haar regering en partij.", "drie uur=met kopstukken spreken"},
		// a personal pronoun's state: the adjective with "niet" and its complement, and the verb
		{"Iemand zei me: 'Kun je nou niet eens één dagje niet angstig zijn?'", "één dagje=niet angstig zijn"},
		{"Het is bewonderenswaardig hoe hij al dertig jaar met die groene missie bezig is.", "dertig jaar=met die groene missie bezig zijn"},
		// "langer dan N jaar": what lasts longer is the comparative's clause
		{"Er komt een regeling voor de circa 3400 huurders die langer dan acht jaar in de schuldsanering zitten.", "circa 3400=huurders acht jaar=in de schuldsanering zitten"},
		// a verb of staying: its duration may be parsed as its object, and "voor" after it is a place
		{"'s Ochtends sta ik een half uur voor de spiegel.", "een half uur=voor de spiegel staan"},
		// a sum's purpose "om … te" + infinitive: the infinitive with its noun phrase
		{"Daarvan is 3,5 miljoen euro bestemd om het Muziekgebouw te versterken.", "3,5 miljoen euro=Muziekgebouw versterken"},
		// "met X is N gemoeid": what the sum is involved in, over a placeholder
		{"Met het project Havendijk is een bedrag van 1,5 miljoen euro gemoeid.", "1,5 miljoen euro=project Havendijk"},
		{"Met de deal is 1,4 miljard euro gemoeid.", "1,4 miljard euro=deal"},
		// an unknown word in -e that the parse gives as a noun before a verb is the noun, no adjective
		{"Bij de inval werd ruim 100 gram amfetamine gevonden.", "ruim 100 gram=amfetamine"},
		// what a noun subject earns or receives; not a pronoun's
		{"Ik las het verhaal van een echtpaar dat per maand 5000 euro verdient.", "5000 euro=echtpaar verdienen"},
		{"Sommige maanden verdienen ze 100 miljoen euro.", "100 miljoen euro="},
		// a sum after a copula across phrases of time, rate or whom it is for; a demonstrative article
		{"De armoedegrens voor een alleenstaande was in 2017 per maand 1040 euro.", "1040 euro=armoedegrens"},
		{"Die armoedegrens was in 2017 voor alleenstaanden 1040 euro per maand.", "1040 euro=armoedegrens per maand"},
		// a subject or object too long for a phrase: its head noun with the verb; not an apposition
		{"We gaan ervan uit dat het aantal gezonde jaren de komende dertig jaar even snel stijgt.", "dertig jaar=periode aantal gezonde jaren stijgen"},
		{"Veertig jaar al bestudeert Tibi, zelf belijdend moslim, de islam.", "Veertig jaar="},
		// a weak verb's form keeps a lemma the lexicon does not know; a relative pronoun's antecedent
		// inside a prepositional phrase, without that preposition
		{"Het maakte een einde aan een epidemie die al driekwart jaar woedde.", "driekwart jaar=epidemie woeden"},
		{"De herrieschopper pendelde 15 jaar tussen Schiphol en New York.", "15 jaar=tussen Schiphol en New York pendelen"},
		// not the verb of a main clause after a comma the parse hangs the figure on
		{"Al twintig jaar broeit het ongenoegen, omdat critici alles wegzetten, is de klacht.", "twintig jaar="},
		// a copula's participle: where the subject was, as "was één jaar in dienst van" (session 20, second shift; empty before)
		{"De directeur is dan ruim acht jaar in dienst geweest bij Feyenoord.", "ruim acht jaar=in dienst"},
		// "aan" with an article or a name gives who receives a sum, not what it is made of
		{"Ajax betaalt een transfersom van twaalf miljoen euro aan Standard.", "twaalf miljoen euro=transfersom"},
		{"Verhoeven schenkt het prijzengeld van 25 duizend euro aan de stichting Zeehond.", "25 duizend euro=prijzengeld"},
		{"Hij wil 5 euro aan de meisjes geven.", "5 euro="},
		{"Ook werd er voor 15.000 euro aan openstaande boetes geïnd.", "15.000 euro=boetes"},
		{"De wachttijd is zes weken.", "zes weken=wachttijd"},
		{"Het was de zwaarste storm in twintig jaar.", "twintig jaar=storm"},
		{"Na een 40 minuten durende toespraak ging hij zitten.", "40 minuten=toespraak"},
		// ages in parentheses and points in time measure nothing
		{"De twee verdachten (19 en 22 jaar) zijn aangehouden.", "twee=verdachten"},
		{"Een jaar geleden ging het mis.", ""}, // the article "een": a date (timex), no figure
		{"Een paar weken geleden ging het mis.", ""},
		{"Drie jaar geleden kreeg de ploeg een klap.", "Drie jaar=tijd sinds klap krijgen"}, // a numeral counts the years since
		// what money pays for or buys, or is spent on in an om … te clause
		{"Het bedrijf betaalde 5 miljoen euro voor een nieuwe fabriek.", "5 miljoen euro=fabriek"},
		{"De gemeente koopt de grond voor 2 miljoen euro.", "2 miljoen euro=grond"},
		{"Het kabinet trekt 300 miljoen euro uit om de files aan te pakken.", "300 miljoen euro=files aanpakken"},
		// ages: oud, worden; a label before a colon; the subject of a change
		{"De hond werd 15 jaar. Het paard is 30 jaar oud.", "15 jaar=leeftijd hond 30 jaar=leeftijd paard"},
		{"Prijs van de kaartjes: 45 euro.", "45 euro=prijs van de kaartjes"},
		{"De omzet steeg vorig jaar naar 12 miljoen euro.", "12 miljoen euro=omzet"},
		// what a sum is the value of: a copula's subject, an estimate's object, a price verb's subject by word order
		{"De totale waarde van de export was 23,8 miljard euro.", "23,8 miljard euro=waarde van de export"},
		{"Het bureau schat de waarde van het schilderij op 2 miljoen euro.", "2 miljoen euro=waarde van het schilderij"},
		{"Een snorfietser kan een boete (van 95 euro) krijgen.", "95 euro=boete"},
		// a range gives its unit to both ends; a duration's verb with its object
		{"De auto kost tussen 80.000 tot 120.000 euro.", "80.000=auto tot 120.000 euro=auto"},
		{"Hij schreef twee jaar lang een boek.", "twee jaar=boek schrijven"},
		// a duration "van" a noun the lexicon takes for an adjective; a change "met de helft"
		{"De duur van zes weken stamt uit een ver verleden.", "zes weken=duur"},
		{"Daardoor zouden de inkomsten met de helft dalen.", "de helft=inkomsten"},
		// an infinitive a duration is spent on; a part of the sentence's sum ("waarvan")
		{"De partij staat na een week snuffelen al buitenspel.", "een week=snuffelen"},
		{"De strafeis: twee jaar cel, waarvan een half jaar voorwaardelijk.", "twee jaar=cel een half jaar=cel"},
		// an estimate the parse does not link to its value noun; ends of a range and a conversion share it
		{"De gemeente betaalt de kosten van het plein die zijn begroot op drie miljoen euro.", "drie miljoen euro=kosten van het plein"},
		{"De stichting schat de kosten van de overtocht terug naar het eiland, waar de schildpadden werden gevonden, op 4 tot 6 miljoen roebel (ruim 70.000 euro) per dier.", "4=kosten van de overtocht per dier tot 6 miljoen roebel=kosten van de overtocht per dier ruim 70.000 euro=kosten van de overtocht per dier"},
		// the noun a "waarvoor" clause hangs on
		{"Hij werkt aan het project, waarvoor het kabinet een half miljard euro heeft uitgetrokken.", "een half miljard euro=project"},
		// a change by a share: the object of a verb of lowering, or of the verb a change verb completes
		{"Shell verlaagt de uitstoot met 30 procent.", "30 procent=uitstoot"},
		{"De fabriek zag haar verkoop met 37 procent dalen.", "37 procent=verkoop"},
		// "van de gevallen" says nothing: the subject is counted
		{"Klachten van huurders werden in 40 procent van de gevallen afgewezen.", "40 procent=klachten van huurders"},
		// not figures: the ends of a rating scale, an ordinal, the article "een", ages in parentheses
		{"Hoe voelen jullie je nu, op een schaal van 1 tot 10?", ""},
		{"Het is voor het zevende jaar op rij dat het lukt.", ""},
		{"Ze krijgt bijval van een op de zitting aanwezige ambtenaar.", ""},
		{"De politie heeft twee straatracers (27 en 28 jaar) aangehouden.", "twee=straatracers"},
		// a share saved on something; adjectives that make the noun; a sentence's parts; a copula's "in"
		{"Ze besparen op die manier 2 tot 5 procent op hun brandstofverbruik.", "2=brandstofverbruik tot 5 procent=brandstofverbruik"},
		{"Gemeenten gaven ruim 24 miljard euro uit aan sociale zaken.", "ruim 24 miljard euro=sociale zaken"},
		{"Roken verklaart 20 procent van de lagere levensverwachting.", "20 procent=lagere levensverwachting"},
		{"Zij kreeg zes jaar en drie maanden cel.", "zes jaar=cel drie maanden=cel"},
		{"Tegen de zoon is een jaar cel geëist, waarvan acht maanden voorwaardelijk.", "acht maanden=cel"},
		{"McLaren was één jaar in dienst van QPR.", "één jaar=in dienst van QPR"},
		// "een jaar of vier" is about four years; ages in parentheses with "oud"; an age range after its noun
		{"Ik heb zeker een jaar of vier getwijfeld.", "zeker een jaar of vier="},
		{"De kinderen (11, 13 en 16 jaar oud) waren al thuis.", ""},
		{"Ze spreken jongeren van 15 tot 18 jaar aan.", "15=leeftijd jongeren tot 18 jaar=leeftijd jongeren"},
		// the partitive er stands for a plural noun before it, not for the clause's subject nor a verb after it
		{"Ze hebben duizenden producten, terwijl supermarkten er hooguit duizend aanbieden.", "hooguit duizend=producten"},
		// a duration that opens the sentence with the activity after it; an R-pronoun's preposition is no particle
		{"Twaalf jaar steggelen over een schadevergoeding is te gortig.", "Twaalf jaar=steggelen over een schadevergoeding"},
		{"Twee jaar lang hebben de Engelsen er alles aan gedaan.", "Twee jaar="},
		// a sum's purpose in a relative clause on it
		{"Er is de 60 miljoen euro die het kabinet uittrok voor nieuwe treinen.", "60 miljoen euro=treinen"},
		// a change without a complement: the subject it is in apposition to, or of the sentence before
		// (session 20: the sum is the copula's value past "vorig jaar")
		{"De omzet van de winkels was vorig jaar 1,5 miljard euro, een stijging van 6 procent.", "1,5 miljard euro=omzet van de winkels 6 procent=stijging van omzet van de winkels"},
		// "ton" with money around it is 100.000 euro
		{"Het museum moet nog een lening van vier ton terugbetalen.", "vier ton=lening"},
		{"De vrachtwagen weegt bijna 25 ton.", "bijna 25 ton=vrachtwagen"},
		// a share that is a subject without a noun counts the noun counted before
		{"Hij had een voorsprong van 3000 stemmen, toen 99 procent was geteld.", "3000=stemmen 99 procent=stemmen"},
		// a sum's purpose later in its clause; an age list after van; an age as a pronoun's predicate
		{"Ze hadden ieder 100 euro moeten betalen voor de reis.", "100 euro=reis"},
		{"Twee jongens van 12 en 13 jaar oud zijn opgepakt.", "Twee=jongens 12=leeftijd jongens 13 jaar=leeftijd jongens"},
		{"Hij is 81 jaar, zegt hij.", "81 jaar=leeftijd"},
		// a participle before a duration is no verb of it; a sum between two ends after its noun
		{"Dat probleem leidde afgelopen driekwart jaar tot honderden stilvallende treinen.", "driekwart jaar="},
		{"Hij krijgt een salaris tussen 682.000 en 975.000 euro.", "682.000=salaris 975.000 euro=salaris"},
		// a role after "na N jaar als"; ", tegen N" compares with the figure before
		{"Hij vertrekt na acht jaar als directeur.", "acht jaar=directeur"},
		{"Er bleef 26 miljoen euro winst over, tegen 17 miljoen euro in 2017.", "26 miljoen euro=winst 17 miljoen euro=winst"},
		// a cut compound shares the noun after en/of
		{"De 546.000 oproep- en invalkrachten werken hard.", "546.000=oproep- en invalkrachten"},
		// "N van hen" counts the larger figure's noun before; a count of a whole after "van de"; an apposition of a count; kwartier
		{"Ruim driehonderd Nederlanders reisden uit, 55 van hen zijn terug.", "Ruim driehonderd=Nederlanders 55=Nederlanders"},
		{"De partij kreeg 10 van de 55 zetels.", ""}, // (session 10: a ratio is no figure, as the dev4 and dev5 conventions have it),
		{"Het is dag 61 van het proces.", "61="},
		{"Eén op de negen kinderen, bijna 400.000, leeft in armoede.", "Eén op de negen=kinderen bijna 400.000=kinderen"},
		{"Ze fietste drie kwartier naar school.", "drie kwartier=naar school fietsen"}, // (session 12: fietste is a weak form of fietsen)
		// units in the diminutive and in megatons; a bare verb names nothing; the activity's complement
		{"Ze kwam binnen een half uurtje.", "een half uurtje="},
		{"De uitstoot moet met ongeveer 20 megaton dalen.", "ongeveer 20 megaton=uitstoot"}, // (session 13: megatons are tons, whose change verb names what changes)
		{"'Wat u in twintig jaar heeft opgebouwd, breken wij af', staat in de brief.", "twintig jaar="},
		{"In de WSNP ben je na drie jaar leven op het bestaansminimum uit de rode cijfers.", "drie jaar=leven op het bestaansminimum"},
		{"Na honderd jaar vrouwenkiesrecht zijn er weinig vrouwen in de staten.", "honderd jaar=vrouwenkiesrecht"},
		// veroordeeld tot: a sentence, no upper bound; a placeholder whole; a signed share before a name; an age range
		{"De agenten werden veroordeeld tot zes maanden voorwaardelijk.", "zes maanden=voorwaardelijke straf"},
		{"Voor die partij was dat slechts 15 procent van het totaal.", "slechts 15 procent="},
		{"Hij had een contract voor drie jaar.", "drie jaar=contract"},
		{"+3,6% ABN Amro", "3,6%=koers ABN Amro"},
		{"De helft van de krachten is jong, tussen de 15 en 25 jaar, en werkt graag.", "De helft=krachten 15=leeftijd krachten 25 jaar=leeftijd krachten"},
		// session 6, the retrained parser: a comparison's subject opens its clause; a duration that
		// is the object of a comparative; a copula hung on the subject; a relative clause on the complement
		{"Er volgt een hertelling als het verschil tussen de kandidaten kleiner is dan 2 procent.", "2 procent=verschil tussen de kandidaten"},
		{"Ze moesten een of twee weken langer dan nodig in de cel blijven.", "twee weken=in de cel blijven"},
		// "N keer": what happened that often (the verb with its object), or what a factor multiplies
		{"De bank kan de rente nog vijf keer verhogen.", "vijf=keer rente verhogen"},
		{"De nieuwe hal wordt twee keer zo groot als de oude.", "twee=hal"},
		{"Ze drinken 2,5 keer meer koffie.", "2,5=keer meer koffie"},
		{"Roken vergroot het risico op hartziekten tien maal.", "tien=risico op hartziekten"},
		{"Na zes keer 'chemisch wassen' is de stof versleten.", "zes=keer"},
		// placeholders (prijs, bedrag, x) give way to what the sentence names; a fronted whole; a
		// sentence or price class before "van"/"rond de"; a range's upper end weighs what the lower does
		{"De bank verkoopt de panden voor een prijs van 40 miljoen euro.", "40 miljoen euro=panden"},
		{"Het land heeft een bedrag van 20 miljoen euro vrijgemaakt voor de opvang van vluchtelingen.", "20 miljoen euro=opvang van vluchtelingen"},
		{"Dat kost 5 euro x 300 leerlingen.", "5 euro=kosten 300=leerlingen"},
		{"Van de ondervraagde artsen is 60 procent tegen.", "60 procent=artsen"},
		{"Hij zit een celstraf uit van zes jaar.", "zes jaar=celstraf"},
		{"In het segment rond de 200 duizend euro is het druk.", "rond de 200 duizend euro=segment"},
		{"Ze vonden ladingen van 300 tot wel 900 kilo.", "300=ladingen tot wel 900 kilo=ladingen"},
		{"De twaalf provinciale besturen vergaderen.", "twaalf=provinciale besturen"},
		{"In 30 procent van de gevallen beoordeelt de rechter de klacht als ongegrond.", "30 procent=klacht als ongegrond"},
		// what is worth a sum; a date before a month compound is a place name
		{"Het schilderij is volgens kenners 2 miljoen euro waard.", "2 miljoen euro=schilderij"},
		{"Ze woont aan het 18 Septemberplein.", ""},
		// a rate between a sum and what it pays for; focus words between "van" and the figure
		{"Boeren krijgen zo'n 40 euro per kilo voor de kruiden.", "zo'n 40 euro=kruiden"},
		{"Het dorp kent een werkloosheid van nog maar 3,1 procent.", "3,1 procent=werkloosheid"},
		// a material adjective; the first day of a span of dates is no figure
		{"Duikers vonden vierhonderd gouden munten.", "vierhonderd=munten"},
		{"Het festival is op 14 en 15 juni.", ""},
		// the new value "naar N" of what changes; a sum framed by its noun; the object of the verb before "van N"
		{"De regering wil de verlaging van de pensioenleeftijd naar 63 jaar.", "63 jaar=pensioenleeftijd"},
		{"Het bedrijf heeft de minimumleeftijd van chauffeurs verhoogd naar 21 jaar.", "21 jaar=minimumleeftijd van chauffeurs"},
		{"Het aantal broedparen is gedaald van 9000 naar 4000.", "9000=broedparen 4000=broedparen"},
		{"Giften boven de 4.500 euro worden openbaar.", "boven de 4.500 euro=giften"},
		{"Hij moest een borgsom betalen van 30.000 euro.", "30.000 euro=borgsom"},
		{"Het is lastig rondkomen van 1000 euro.", "1000 euro="},
		// a sum converted into another currency counts what the first did; a -dt form is a verb
		{"Het land heeft een budget van 50 miljard yuan, omgerekend 6,5 miljard euro.", "50 miljard yuan=budget 6,5 miljard euro=budget"},
		{"Het aantal deelnemers dat de 40.000 overschrijdt, groeit.", "40.000=deelnemers"}, // (the number of deelnemers; not overschrijdt)
		// a numbered heading run into its text; a number in a product's name
		{"Oorzaak 3 Een ontbrekend alarm maakte het erger.", ""},
		{"De airline bestelde tien toestellen van het type 320 Neo.", "tien=toestellen"},
		// whose age: the noun or names that open the clause
		{"Sem en Noor waren toen 4 en 6 jaar oud.", "4=leeftijd Sem en Noor 6 jaar=leeftijd Sem en Noor"},
		// a period of a state
		{"De president, al twaalf jaar aan de macht, stelt zich weer kandidaat.", "twaalf jaar=aan de macht"},
		// ages: "van N en M" after a plural noun, years and months, an age limit; a school year is no figure
		// a number after a capitalised word with no common noun after it is part of a name
		{"Formule 1 is geen duurzaam feest.", ""},
		{"Het ontwerp van Rijnstraat 8 verschilde enorm.", ""},
		{"Er werden vorig jaar in Oost-Brabant 193 hennepkwekerijen opgerold en NS heeft 79 nieuwe IC Directs besteld.", "193=hennepkwekerijen 79=IC Directs"},
		{"Toen de schaatser als 16-jarige de wereldtitel won, stond iedereen versteld.", "16-jarige=leeftijd"}, // (session 20: "als 17-jarige" is an age)
		{"Met 4 zetels blijft de partij gelijk, maar Uber had 200 boze taxichauffeurs voor de deur.", "4=zetels partij 200=taxichauffeurs voor de deur"},
		// a depth, height or area of the subject of a verb of position or having; not of a pronoun
		{"Het scheepswrak ligt ter hoogte van Terschelling op 22 meter diepte.", "22 meter=diepte scheepswrak"},
		// a dimension noun before its measure is the dimension of what has it: the noun before "met", the verb's subject; not a pronoun's
		{"De brandweer zocht een gebied met een diameter van 40 kilometer af.", "40 kilometer=diameter gebied"},
		{"Tijdens de top wordt het verkeer in een straal van 5 kilometer afgesloten.", "5 kilometer=straal verkeer afsluiten"},
		{"Elke boei kent een diameter van vier meter.", "vier meter=diameter boei"},
		{"Ze laten de kooi zakken naar een diepte van 30 meter.", "30 meter=diepte"},
		{"Zo wordt het vliegverkeer in een straal van 30 kilometer beperkt.", "30 kilometer=straal vliegverkeer"},
		// a volume lowered "van A naar B" by a verb of lowering: what was lowered
		{"Binnen een jaar bracht de stad haar waterverbruik terug van 900 naar 600 miljoen liter per dag.", "een jaar=waterverbruik terugbrengen 900=waterverbruik 600 miljoen liter=waterverbruik"},
		// what happens in a time frame: its clause's noun subject and verb; a pronoun's or the period's own clause keeps the bare period
		{"De afgelopen tien jaar is de omzet van de winkel gedaald.", "tien jaar=periode omzet van de winkel dalen"},
		{"We hebben de afgelopen vier jaar hard gewerkt. De afgelopen twee jaar waren zwaar.", "vier jaar=periode twee jaar=periode"},
		{"Het bestuur zal de komende tien jaar flink moeten blijven investeren in de wegen.", "tien jaar=periode bestuur investeren"},
		{"Het CDA is de komende vier jaar de grootste partij; met drie zetels noteerde de SP een verlies.", "vier jaar=periode drie=zetels"},
		// a percentage's share: the plural noun after "het percentage"; a percentage's unit left unwritten
		{"Het percentage werklozen daalde tot 12 procent, het percentage vrouwelijke burgemeesters steeg naar 25 procent.", "tot 12 procent=werklozen 25 procent=burgemeesters"},
		{"Duikers vonden het wrak, dat op 30 meter diepte ligt.", "30 meter=diepte wrak"},
		{"Hij ligt op 22 meter diepte.", "22 meter=diepte"},
		// "van hen" with no figure before: the plural subject before it, in its sentence or the one before
		{"Zelfs kiezers van de PvdD laten vlees niet liggen. Slechts 22 procent van hen is vegetariër.", "Slechts 22 procent=kiezers"},
		{"Hogeropgeleiden vliegen het meest. Toch beschouwt 45 procent van hen het vliegen als een luxe.", "45 procent=hogeropgeleiden"},
		{"Er waren sollicitanten, maar de functies zijn deeltijdbanen. Slechts 20 procent van hen is blij.", "Slechts 20 procent="},
		// "N van hen": the last larger count before it, else the nearest plural of persons before it
		{"De groep volgde ruim tweeduizend mensen, verdeeld over elf regio's. Negenhonderd van hen waren patiënten.", "ruim tweeduizend=mensen elf=regio's Negenhonderd=mensen"},
		{"Bij een vechtpartij tussen jongeren in Hoofddorp zijn vier van hen gewond geraakt.", "vier=jongeren"},
		// a bare share that is the subject of a verb: the people before it; not of things, not after a copula or preposition
		{"Over de warmtepomp bestaat bij huizenbezitters veel scepsis. Bijna 60 procent vindt hem te duur, een kleine 40 procent twijfelt.", "Bijna 60 procent=huizenbezitters een kleine 40 procent=huizenbezitters"},
		{"Bij de bank werken veel GroenLinkskiezers. Zo zegt 27 procent dat de bonus te hoog is.", "27 procent=GroenLinkskiezers"},
		{"Er staan afvalcontainers langs de weg. Slechts 5 procent wordt geleegd.", "Slechts 5 procent="},
		{"Bewoners twijfelen: de groei wordt hooguit 0,2 procent.", "hooguit 0,2 procent="},
		// a distance in the clause of a verb of moving is of the moving (with who moves, session 15)
		{"De gemiddelde Nederlander rijdt ruim 12.000 kilometer per jaar.", "ruim 12.000 kilometer=gemiddelde Nederlander rijden"},
		{"Op 22 juni kunnen ze in Stavoren 2 kilometer zwemmen.", "2 kilometer=zwemmen"},
		{"Het dorp ligt op zo'n 40 kilometer van Stuttgart.", "zo'n 40 kilometer=afstand dorp"},
		// a factor whose comparative has no noun subject: "keer" and the comparative
		{"Waren de producten toen gemiddeld twee keer zo duur als reguliere, nu is het verschil kleiner.", "twee=keer zo duur"},
		{"Die heb ik honderd keer liever dan de mazelen.", "honderd=keer liever"},
		{"Het is één keer eerder voorgekomen dat een eigenaar hem benaderde.", "één=keer eerder voorgekomen"},
		{"Twee zussen van 10 en 11 vermaken zich best.", "Twee=zussen 10=leeftijd zussen 11=leeftijd zussen"},
		{"Ik moet doorwerken tot ik 67 jaar en drie maanden oud ben.", "67 jaar=leeftijd drie maanden=leeftijd"},
		{"Het is een club voor jonge ondernemers onder de veertig jaar.", "onder de veertig jaar=ondernemers"},
		{"Mijn zoon zit in 4 havo, het record staat op naam van vwo 5.", ""},
		{"De winkel is open van 9.30 tot 17.30 uur.", ""},
		{"2 Wie moet vrezen voor een verhoor?", ""},
		{"De zender 1+1 zond het uit.", ""},
		{"In de jaren 60 en 70 was dat anders.", ""},
		{"Sinds 2015 werken we hard. In 2017 vroegen senatoren uitstel.", ""},
		{"Kim (Jansen, 24) en Jeroen (28, chef-kok) en een echtpaar (66 en 62) kwamen.", ""},
		{"De stemming (348 voor, 274 tegen) leidt tot reacties.", "348=stemmen voor 274=stemmen tegen"},
		// an R-adverb or the verb kosten is no object; a bracketed figure counts the noun it follows
		// (session 10: the second share is of the whole of the first, not "erbij")
		{"Het loon stijgt 3 procent en er komt 2 procent erbij.", "3 procent=loon 2 procent=loon"},
		{"Dat zou 500 miljoen euro kosten.", "500 miljoen euro=kosten"},
		{"Vleesschaamte (8 procent) komt minder voor dan vliegschaamte (13 procent).", "8 procent=vleesschaamte 13 procent=vliegschaamte"},
		// "N keer": an unknown weak verb's infinitive from its form; a noun predicate of worden
		{"Ze knikt stellig twee keer en gaat weg.", "twee=keer knikken"},
		{"In die jaren werd de club drie keer kampioen.", "drie=keer kampioen worden"},
		{"Ik sta dit maar één keer toe.", "één=keer toestaan"},
		// a plural noun's list of names is no part of it; what a period lengthens; a fronted "Voor" purchase
		{"De drie partijen KPN, Vodafone en Tele2 bieden mee.", "drie=partijen"},
		{"De vergunning werd met vijf jaar verlengd.", "vijf jaar=vergunning"},
		{"Voor twee kaartjes moest hij 300 euro betalen.", "twee=kaartjes 300 euro=kaartjes"},
		// a duration demanded is a sentence; a duration in two parts
		{"De officier eiste achttien maanden met aftrek van voorarrest.", "achttien maanden=straf"},
		{"Tegen hem is een celstraf van drie jaar en negen maanden geëist.", "drie jaar=celstraf negen maanden=celstraf"},
		// a span noun right before "op N jaar"
		{"Straks ligt de pensioenleeftijd op 70 jaar.", "70 jaar=pensioenleeftijd"},
		// power units measure vermogen; "gemiddeld" between "van" and the figure
		{"De laders leveren 175 kW.", "175 kW=vermogen"},
		{"De bond eist een verhoging van gemiddeld 3 procent.", "3 procent=verhoging"},
		// a fraction word is a part of a whole
		{"Een kwart van de meisjes en driekwart van de jongens zegt dat.", "Een kwart=meisjes driekwart=jongens"},
		// the lower end of a range takes the dimension its upper end names
		{"De riffen zijn een halve meter tot drie meter hoog.", "een halve meter=riffen tot drie meter=riffen"},
		// an inverted copula's noun subject before a clause-final figure; whose age "N jaar oude" gives
		{"Vorig jaar leed de club al verlies; toen was het tekort 2 miljoen euro.", "2 miljoen euro=tekort"},
		{"Ze bidden in de dertig jaar oude Al Huda-moskee aan de markt.", "dertig jaar=Al Huda-moskee"},
		// session 7: complements the parse hangs on the verb; an elided clause; a number of what the sentence before counts
		{"Samen met China, waar de vraag naar gas met 18 procent steeg, waren de VS goed voor 70 procent van het mondiale gasverbruik.", "18 procent=vraag naar gas 70 procent=mondiale gasverbruik"},
		{"De Europese CO2-uitstoot nam met 1,3 procent af, de Duitse zelfs met 4,5 procent. De omzet steeg met 5 procent, de winst met 3 procent.", "1,3 procent=Europese CO2-uitstoot 4,5 procent=Duitse CO2-uitstoot 5 procent=omzet 3 procent=winst"},
		{"Het aantal gemeenten nam overigens af. In 2017 waren er nog 388, door herindeling is het aantal verminderd tot 355.", "388=gemeenten tot 355=gemeenten"},
		{"Gas en kolen stilden liefst 70 procent van de almaar groeiende behoefte aan elektriciteit, ondanks de groei van wind- en zonne-energie.", "liefst 70 procent=behoefte aan elektriciteit"},
		{"Ik vroeg mezelf af: hoe wordt een schattige, groene radio voor 5 euro geproduceerd?", "5 euro=radio"},
		{"Het was de horrorwinter van 2018, met de 36 graden onder nul in Aberdeen.", "36 graden onder nul=temperatuur"},
		// a change noun before "tot N procent"
		{"Eerder rekende de maatschappij op een toename tot wel 2 procent.", "tot wel 2 procent=toename"},
		// what a dimension adjective or wegen measures: the clause's noun subject, not a pronoun's
		{"Het schip is zo'n 30 meter lang en 7 meter breed. Hij was 54 cm lang.", "zo'n 30 meter=schip 7 meter=schip 54 cm=lengte"},
		{"Deze monsterraket wordt ongeveer 98 meter hoog.", "ongeveer 98 meter=monsterraket"},
		// adjectives set off by commas before the counted noun
		{"De groep bestaat uit ongeveer dertig, voornamelijk jonge, aartsconservatieve Brabanders. Twee doden, beknelde mensen, een vereniging op weg.", "ongeveer dertig=Brabanders Twee=doden"},
		// the time before an event, not where or a span up to now
		{"De premier heeft erkend dat het land twaalf dagen voor de stemming over het verdrag in een impasse zit.", "twaalf dagen=tijd tot stemming"},
		// (session 12: "al 24 jaar voor de club" is how long she works for it; second round: after a
		// verb of staying "voor de kust" is where, as "in het ziekenhuis liggen")
		{"Het schip lag 12 dagen voor de kust. Zij werkt al 24 jaar voor de club.", "12 dagen=voor de kust liggen 24 jaar=voor de club werken"},
		// session 7: what a sum pays for, a difference, a price each, a comparison, a level, a funding verb
		{"De Duitse club betaalt 80 miljoen euro voor de 23-jarige verdediger uit Frankrijk.", "80 miljoen euro=verdediger 23-jarige=leeftijd verdediger"},
		{"Hij ging akkoord om een andere student voor zo'n 400 duizend euro te helpen.", "zo'n 400 duizend euro=andere student helpen"},
		{"Het nieuws over de energierekening die dit jaar gemiddeld ruim 300 euro hoger uitpakt, kwam daar nog bovenop.", "ruim 300 euro=energierekening"},
		{"Versneden komt dat neer op zo'n 5 miljoen envelopjes wit poeder à 50 euro.", "zo'n 5 miljoen=envelopjes 50 euro=envelopjes wit poeder"},
		{"Volgens hem moet er wereldwijd meer cocaïne in omloop zijn dan de geschatte 271.000 kilo.", "271.000 kilo=cocaïne"},
		{"Al met al steeg de CO2-uitstoot door kolencentrales wereldwijd naar een record van 10,1 miljard ton.", "10,1 miljard ton=CO2-uitstoot"},
		{"Shell maakte ook bekend de aanplant van 5 miljoen bomen door Staatsbosbeheer te financieren met 17,5 miljoen euro.", "5 miljoen=bomen 17,5 miljoen euro=aanplant"},
		{"Het minimumloon voor een maand werken is 1615,80 euro.", "1615,80 euro=minimumloon"},
		// years after a year word are no counts; a list entry headed by a year
		{"De man wist in 2010 tbs te ontlopen. Sinds 2014 mogen universiteiten aanvullende eisen stellen.", ""},
		{"1995 Flippo's. Een schijfje van kunststof.", ""},
		// ages: a list after van, an age limit after tot, a pronoun's age; a range that counts what its upper end counts
		{"Zodra ze haar zoons van 2, 4 en 8 jaar in hun jas heeft geholpen, kan de optocht beginnen.", "2=leeftijd zoons 4=leeftijd zoons 8 jaar=leeftijd zoons"},
		{"Bij kinderen tot 12 jaar scheelt dat niet zo veel.", "tot 12 jaar=kinderen"},
		{"Bijna een kwart van de Denen tussen de 20 en 45 jaar fietst dagelijks.", "Bijna een kwart=Denen 20=Denen 45 jaar=Denen"},
		{"Het kan twintig jaar duren om in de melkcontrole van 800 naar 2.000 dieren te komen.", "twintig jaar= 800=dieren 2.000=dieren"},
		// the time between two events names the later one, not a name in the genitive; an event that takes place
		{"De boot wordt opgeleverd in maart 2011, twee jaar na Zavadnikovs eerste boot.", "twee jaar=tijd sinds boot"},
		{"De wet schrijft voor dat in elke tunnel eens in de vier jaar een oefening moet plaatsvinden.", "vier jaar=oefening"},
		// the new parse (session 7): a purpose clause the parse marks on its object, a relative clause read as a complement, a changed noun
		{"Een ondernemer verdient 18 miljoen euro door gratis verkregen grond langs het spoor te verkopen aan ProRail.", "18 miljoen euro=gratis verkregen grond verkopen"},
		{"Het zou zomaar kunnen dat over twee jaar een premier aantreedt die openlijk heeft verklaard dat vrouwen pas verstandig worden.", "twee jaar=premier aantreden"},
		{"In het uitgaansleven blijkt geweld tegen de politie in een jaar tijd met 40 procent toegenomen, van 1065 incidenten in 2017 naar 1409 vorig jaar.", "40 procent=geweld tegen de politie 1065=incidenten 1409=incidenten"},
		// session 7, second shift: a change verb's subject the parse hangs elsewhere, a copula's subject with
		// its phrase, the label before a colon (not a noun in a PP), a verbal noun after "na N jaar", a speed
		// limit and a date in a compound, what is worth a sum, "tegen" on a person noun belongs to the verb
		{"Volgens de schoolbesturen kunnen de kosten voor het veilig en toegankelijk maken per gebouw oplopen tot 80.000 euro of meer.", "tot 80.000 euro=kosten"},
		{"De tijd tussen besmet raken en ziek worden is gemiddeld tien dagen.", "tien dagen=tijd tussen besmet raken en ziek worden"},
		{"Sinds januari krijgen de bewoners leefgeld: 50 euro per week, waarmee ze boodschappen kunnen doen.", "50 euro=leefgeld per week"},
		{"De broer kwam als grootste van de drie ter wereld: 4742 gram, 56 cm.", "4742 gram=gewicht 56 cm=lengte"},
		{"En nadat er na ruim twee jaar onderhandelen een akkoord lag met de EU, bleek er geen meerderheid.", "ruim twee jaar=onderhandelen"},
		{"Na 75 jaar weten we dat er meer is dan efficiëntie.", "75 jaar="},
		{"Gemeenten hebben al de mogelijkheid om 30 kilometerzones in te stellen. Ja, voor een geslaagde 5 decemberviering moet je ruim op tijd inkopen doen.", "30=maximumsnelheid"},
		{"Het land kon 3.700 goederen ter waarde van 4,9 miljard euro voordelig naar de VS exporteren.", "3.700=goederen 4,9 miljard euro=goederen"},
		{"De GGD vaccineert de komende twee weken circa 40.000 jongeren tegen meningokokken type A, C, W en Y.", "twee weken=periode GGD vaccineren circa 40.000=jongeren"},
		// shares after a count and a comma, after van wie/waarvan; a count after a colon; ", tegen N" over a
		// clause subject; a noun+verb written as one word; a verb is no counted noun
		{"Het feit is de start van de bouw: 422 woningen, de helft koop, de helft middeldure huur.", "422=woningen de helft=woningen de helft=woningen"},
		{"Centric heeft ruim 4.000 werknemers, van wie 2.900 in Nederland.", "ruim 4.000=werknemers 2.900=werknemers"},
		{"De AIVD heeft vorig jaar opnieuw meer taps gezet: 3517 in totaal.", "3517=taps"},
		{"Coalitiegenoot D66 verloor en kreeg 13,6 procent van de stemmen, tegen 16 procent in 2018.", "13,6 procent=stemmen 16 procent=stemmen"},
		{"Dat zegt een ondernemer die al twintig jaar zakendoet met Noord-Korea.", "twintig jaar=zakendoen"},
		// a share of a surveyed group ("onder X"), of a group after a bracket ("(34 procent) van de ouders");
		// a fronted "voor X" with ontvangen
		{"Uit een onderzoek in 2017 onder journalisten bleek dat 61 procent bedreigd werd.", "61 procent=journalisten"},
		{"Maar een derde (34 procent) van de ouders laat kleuters al keuren.", "34 procent=ouders"},
		{"Voor de bouw van deze boot ontvangt Heesen 30 miljoen euro.", "30 miljoen euro=bouw van deze boot"},
		{"Achter hem liggen 86 doden en 458 gewonden. Het is het mikpunt van collega's, die een nulletje of drie voorspellen.", "86=doden 458=gewonden drie="},
		// session 8: a bare number counts what the nearest figure of its sentence counts, not a rank, a weekday's date, an age
		{"Links ging van 27 naar 29, terwijl rechts van 20 naar 23 zetels stijgt.", "27=zetels 29=zetels 20=zetels 23=zetels"},
		{"Alleen in Amsterdam al zijn er 90 initiatieven, landelijk zelfs 3000.", "90=initiatieven 3000=initiatieven"},
		{"De stad staat op plek 2 met 28 gestolen auto's.", "28=auto's"}, // (session 13: a number after its noun names a rank, no figure)
		// a unit in a UNIT-noun compound, shared by a list before it (whose members are no years)
		{"Eerst gaan de 700, 1400 en 2100 Mhz-banden in de verkoop, later de 3,5 Ghz-band.", "700=banden 1400=banden 2100 Mhz-banden=banden 3,5 Ghz-band=band"},
		{"Ze ondervroegen 1200 reizigers. Slechts 22 procent van hen is vegetariër. De veiling gaat door, maar elk mag maximaal 40 procent van de te veilen frequenties kopen.", "1200=reizigers Slechts 22 procent=reizigers maximaal 40 procent=frequenties"},
		{"Het aantal verkeersdoden is gedaald, van zo'n 3000 in 1972 naar 630 in 2017.", "zo'n 3000=verkeersdoden 630=verkeersdoden"},
		{"Het is raar dat kleine busjes, zwaarder dan 3,5 ton, niet door de tunnel mogen.", "3,5 ton=busjes"},
		{"Zij denken aan 50 euro in 2021, oplopend naar 100 euro in 2030 en 200 euro in 2050.", "50 euro= 100 euro= 200 euro="},
		{"De helft van de wegen ligt in een 30 kilometer-zone.", "De helft=wegen 30=maximumsnelheid"},
		{"Zij hield een toespraak ter ere van haar 40-jarig jubileum. De bakkerij viert haar tienjarige bestaan met een 19-jarige leerling.", "19-jarige=leeftijd leerling"},
		{"Het is een kwestie waar de 150-jarige vereniging al jaren mee worstelt, zegt een 41-jarige vader.", "41-jarige=leeftijd vader"},
		{"Het gezin emigreerde met twee peuters, die het land moeten verlaten als ze 21 worden.", "twee=peuters 21="},
		// session 11: an unknown ge-…-en noun the parse counts (not a particle participle); één in an idiom;
		// a number a name uses is a name everywhere in the text; what "het aantal" is the number of
		{"Het bedrijf heeft twee grote generatoren. Hij schreef tien gedichten.", "twee=generatoren tien=gedichten"},
		{"Het was één groot feest. Experts belichten maar één kant van het verhaal. Eén ding weet hij zeker.", ""},
		{"Bij de 737 Max besloot Boeing dat piloten die vertrouwd waren met de 737, hem konden vliegen. Er kwamen 737 mensen.", "737=mensen"},
		{"Met het project 1001 Vrouwen ging het snel. Het staat in de 1001 Vrouwen-boeken. De leiders van de 27 EU-lidstaten praten.", "27=EU-lidstaten"},
		{"Het aantal mensen dat eten ophaalt bij de Voedselbank is vorig jaar met 6 procent gestegen.", "6 procent=mensen"},
		// what stands at a level (not a rank in words); a nominalised infinitive as what a sum is the price of
		{"Vanmorgen stond het officiële dodental in Mozambique op 84. In de lijst staat de ooglift op één.", "84=dodental"},
		{"Eind 2017 lag de prijs nog rond de 20.000 dollar. Woonruimte staat te koop voor zo'n 7000 euro.", "rond de 20.000 dollar=prijs zo'n 7000 euro=woonruimte"},
		{"Haar optreden zou ongeveer een miljoen dollar kosten.", "ongeveer een miljoen dollar=optreden"},
		// session 14, robust to the parse: a change verb's subject the parse marks passive; a bracket hung on
		// the adverb after its noun; the subject the parse gives a te-infinitive of raising is its object; a
		// participle whose zijn the parse takes for a copula
		{"Volgens een schatting van verzekeraars was de schade sinds 2 december, de eerste 'actiedag' vóór de vernielingen van afgelopen zaterdag al opgelopen tot 120 miljoen euro.", "tot 120 miljoen euro=schade"},
		{"De kans is groter gezien de lage lonen daar (tot wel 30 procent onder het minimum) door de crisis.", "tot wel 30 procent=lonen"},
		{"Het doel van de twee landen is om de onderlinge handel op te voeren tot jaarlijks 20 miljard euro.", "twee=landen 20 miljard euro=handel"},
		{"Hij belandde in de cel, waar hij nu al bijna drie jaar onder zware omstandigheden gedetineerd is.", "bijna drie jaar=onder zware omstandigheden gedetineerd"},
		// a time had, taken or spent for an "om … te" purpose; not a purpose of a clause the time measures (the clause itself: leden bijeenkomen)
		{"De commissie heeft drie weken om een nieuw plan te schrijven. De band deed er vijf maanden over om het album op te nemen.", "drie weken=nieuw plan schrijven vijf maanden=album opnemen"},
		{"Tien dagen lang zullen de leden bijeenkomen, vooral om de nieuwe koers te horen.", "Tien dagen=leden bijeenkomen"},
		// a price verb's noun the parse hangs as a first object is its subject
		{"Bij de partij valt te horen dat de advertentiekosten in werkelijkheid lager uitvielen, al heeft de campagne nog steeds zo'n '3- à 4 ton' gekost.", "4 ton=campagne"},
		// a duration's noun after an adjective or participle the parse hangs on it
		{"Werknemers krijgen straks tot zes weken aanvullend zorgverlof. Zij hebben recht op minimaal drie maanden betaald verlof.", "tot zes weken=aanvullend zorgverlof minimaal drie maanden=betaald verlof"},
		// what an impersonal "het duurt" waits for: the clause after voordat
		{"Het duurde twee weken voordat de politie de dader vond.", "twee weken=dader vinden"},
		// the frame of a first or a superlative is a period, as "de afgelopen vijf jaar" is
		{"De grootste steden hebben zich voor het eerst in 25 jaar afgekeerd van de president.", "25 jaar=periode grootste steden afkeren"},
		// a weight or length without a noun: the subject of a stative verb or of a change (not of
		// another verb); "in N jaar tijd" counts no tijd
		{"Het geschatte cocaïneverbruik in Europa ligt rond de 120.000 kilo per jaar.", "rond de 120.000 kilo=geschatte cocaïneverbruik"},
		{"Ik ken jongens die elke maand 5000 kilo hier invoeren.", "5000 kilo=gewicht"},
		{"In drie jaar tijd komt bijna 80 miljoen euro binnen.", "drie jaar= bijna 80 miljoen euro="},
		{"Hij viel drie keer hetzelfde huis binnen.", "drie=keer huis binnenvallen"},
		{"De AKP haalde in heel Turkije een meerderheid van 51,7 procent. Zelf zou Kim Jong-un een BMI van 45 hebben.", "51,7 procent=AKP 45=BMI"},
		{"Op dat moment was al een wachttermijn van 'ongeveer negentig dagen' in acht genomen.", "ongeveer negentig dagen=wachttermijn"},
		{"Exxpose biedt de Tweede Kamer 40.000 handtekeningen aan. Hij sliep in kamer 12.", "40.000=handtekeningen"},
		// session 13: what the parse says a sum or share is the size of: the noun its phrase
		// modifies (in brackets, with "met"), what a verb of lowering changes; not a part of
		// the sum, another figure's unit, or a verb the tagger took for a noun
		{"Ook wil de Kamer dat het budget (475 miljoen euro) niet wordt overschreden.", "475 miljoen euro=budget"},
		{"Het verlaagt ook de energiekosten van lage inkomens met zo'n 160 euro per jaar.", "zo'n 160 euro=energiekosten van lage inkomens"},
		{"Ze moeten goed nadenken nadat het gezamenlijke inkomen met bijna 700 euro per maand wordt gekort.", "bijna 700 euro=inkomen"},
		{"Meer dan de helft van de naar schatting 31,7 miljoen euro gaat zitten in het aanpassen van software.", "Meer dan de helft= naar schatting 31,7 miljoen euro="},
		{"De afgelopen vijf jaar oogde de lijn rustgevend. Er zijn de komende vier jaar geen verkiezingen.", "vijf jaar=periode vier jaar=periode"},
		{"Daarmee won ze niet alleen 6 miljoen Noorse kronen (ongeveer 620 duizend euro), maar ook erkenning.", "6 miljoen Noorse kronen= ongeveer 620 duizend euro="},
		// session 15: a sum a transfer verb pays, spends or hides, with its noun or name
		// subject, also through a relative clause on the sum; a bare sum in millions "aan" what
		{"Volgens justitie heeft de directeur de voorbije jaren ruim 12 miljoen dollar weggemoffeld.", "ruim 12 miljoen dollar=directeur wegmoffelen"},
		{"De supporters schrikken van de acht miljoen euro die Feyenoord betaalt aan Anderlecht.", "acht miljoen euro=Feyenoord betalen"},
		{"Een alleenstaande AOW'er levert 344,80 euro per maand in wanneer hij gaat samenwonen.", "344,80 euro=alleenstaande AOW'er inleveren"},
		{"De bank betaalde 775 miljoen euro aan het Openbaar Ministerie, omdat het jarenlang te laks was opgetreden.", "775 miljoen euro=bank betalen"},
		{"Die ingreep scheelde al 4 miljard aan uitgaven.", "4 miljard=uitgaven"},
		// where a sum goes: "naar …" of a flow verb it is the subject of, also in a relative
		// clause right after it (which the parse may hang on the noun before the sum)
		{"In Nederland gaat intussen ruim 17 miljoen euro van Shell naar een samenwerkingsproject.", "ruim 17 miljoen euro=samenwerkingsproject"},
		// a relative pronoun subject of a price verb stands for its antecedent, also where the
		// parse hangs the relative clause elsewhere
		{"Even leek het erop dat Italië een boete opgelegd zou krijgen, die zou kunnen oplopen tot een slordige 3,5 miljard euro.", "3,5 miljard euro=boete"},
		// what happened as often as "N keer" says, without object or complement: an
		// existential's subject, a particle verb's noun subject
		{"Ruim 53.000 keer was er in 2018 een auto-inbraak.", "Ruim 53.000=keer auto-inbraak"},
		// a fronted whole that is a capitalised plural of people, not a surname
		{"Van de Spanjaarden zegt 49 procent dat het met de rechtspraak slecht gesteld is.", "49 procent=Spanjaarden"},
		{"Van de Ven zegt dat 49 procent het slecht vindt.", "49 procent="},
		{"Onder Nederlanders is 30 procent tegen.", "30 procent=Nederlanders"},
		// "boven de" is a modifier, as "onder de": an age limit of the plural noun before it;
		// an unknown word the parse reads as the verb's adverb is no object
		{"Zo heeft 35 procent van alle vrouwen boven de vijftien jaar weleens te maken met geweld.", "35 procent=vrouwen boven de vijftien jaar=vrouwen"},
		{"Toch kunnen die twee zomaar nog een cruciale rol vertolken.", ""},
		// the items of a numbered list the sentence splitter kept together are no figures
		{"Het ging om de volgende onderdelen: 1. ingebouwd navigatiesysteem, 2. radio, 3. inhoud auto.", ""},
		{"Het werd plek 14 en toen 12. En het ging door.", "12="},
		// a share after a colon that ends its clause measures the noun subject before the colon
		{"De opkomst in Amsterdam bleef bijna gelijk: 52,5 procent tegenover 52,2 procent in 2018.", "52,5 procent=opkomst in Amsterdam 52,2 procent=opkomst in Amsterdam"}, // (session 21: a measure keeps its place)
		// a passive participle written as its infinitive names what lasts; an estimate whose
		// verb follows the sum ("dat op … wordt geschat"), both ends of a range
		{"Die cellen zorgden ervoor dat de mal in acht weken tijd vervangen werd door collageen.", "acht weken=mal vervangen"},
		{"Als advocate heeft Caputova veertien jaar lang gevochten toen een bedrijf een illegale stortplaats wilde bouwen.", "veertien jaar=Caputova vechten"},
		// a speed is of what moves at it: the noun subject of a verb of moving
		{"Er zijn auto's die gerust 70 of 80 kilometer per uur rijden in de stad.", "70=auto's 80 kilometer per uur=auto's"},
		{"Een groot percentage rijdt op alle wegen 20 à 25 km te hard.", "20=snelheid 25 km=snelheid"},
		{"Die winst is kleiner dan het verlies voor de schatkist, dat op 10 à 16 miljoen euro wordt geschat.", "10=verlies voor de schatkist 16 miljoen euro=verlies voor de schatkist"},
		{"Nog precies negen keer komt de Eerste Kamer bijeen voordat de samenstelling verandert.", "precies negen=keer Eerste Kamer bijeenkomen"},
		{"Nederland vreest de kosten niet, een fractie van de 3,5 miljard euro die er per jaar naar WW-uitkeringen gaat.", "3,5 miljard euro=WW-uitkeringen"},
		// session 15, second shift: a duration's verb with a single name as its subject; a
		// participle with its auxiliary whose lemma is the participle itself; hours right
		// after a day or a date are a time of day
		{"De 47-jarige Bredanaar moet daarvan zeker vijftien jaar uitzitten.", "47-jarige=leeftijd Bredanaar zeker vijftien jaar=Bredanaar uitzitten"},
		{"De Canadese douane zou Meng drie uur lang hebben onderworpen aan een zogenaamde routinecontrole.", "drie uur=aan een zogenaamde routinecontrole onderworpen"},
		{"De Kazerne, Paradijslaan 8, Eindhoven. 17 maart, 14 uur.", ""},
		{"Stuur uw reactie uiterlijk dinsdag 12 uur naar de redactie.", ""},
		// a bare duration the parse takes for the subject of an inverted clause, or hangs on
		// the object before it, is the verb's: what the verb with its object does that long
		{"Een kwart eeuw vormden zij zijn loyaalste kiezers.", "Een kwart eeuw=loyaalste kiezers vormen"},
		{"Om hun eis kracht bij te zetten, leggen zij nu het werk vijf dagen neer.", "vijf dagen=werk neerleggen"},
		{"De president, al twaalf jaar aan de macht, stelt zich weer kandidaat.", "twaalf jaar=aan de macht"},
		// a sum that is the subject of a passive of earning, paying or collecting: the
		// participle with where it went or came from, or with what a "waarmee" clause follows
		{"Bovendien moest er 15.000 euro worden overgemaakt naar Zeist.", "15.000 euro=naar Zeist overgemaakt"},
		{"De investering kan Frontaal doen dankzij crowdfunding, waarmee acht ton is opgehaald.", "acht ton=met crowdfunding opgehaald"},
		{"Afgelopen maand rondde het bedrijf zijn nieuwste obligatieronde af, waarmee 3,3 miljoen euro werd opgehaald.", "3,3 miljoen euro=met obligatieronde opgehaald"},
		// an earned or owned sum the parse gives as a bare oblique of the verb is its object
		{"Directeur Mikhail Friedman bezit volgens zakenblad Forbes naar schatting 15 miljard dollar.", "naar schatting 15 miljard dollar=directeur Mikhail Friedman bezitten"},
		// an impersonal "het duurde N voordat …" after a noun set off by a comma, which the
		// parse takes for duren's subject; not a subject with a comma inside its own phrase
		{"Bliksemactie of niet, het duurde al bijna een decennium voordat de Tweede Kamer het plan aannam.", "bijna een decennium=plan aannemen"},
		{"De stortvloed van rotsen, fijn zand en tektieten duurde 10 tot 20 minuten voordat een tweede golf de dieren bedekte.", "10= tot 20 minuten="},
		// a span "in/binnen N" that closes its clause is the span of the figure before it
		{"Het is niet niks, twee explosieven in twee maanden.", "twee=explosieven twee maanden=explosieven"},
		{"Die kost al 800 miljard euro in twaalf jaar.", "800 miljard euro=kosten twaalf jaar=kosten"},
		// a duration of a verb that governs a "te" infinitive is the infinitive's event
		{"Sanderink belooft alle beschuldigingen binnen drie weken te rectificeren.", "drie weken=beschuldigingen rectificeren"},
		{"Binnen twee weken verwachten zij hun gezamenlijke ambitie neer te leggen.", "twee weken=gezamenlijke ambitie neerleggen"},
		{"Bergers zijn begonnen met het veiligstellen van de duikboot, die al 17 jaar ligt weg te rotten bij de werf.", "17 jaar=duikboot wegrotten"},
		{"Zoe Adams probeert al elf jaar voor elkaar te krijgen dat haar kinderen mogen blijven.", "elf jaar="},
		// a time figure after op/naar/tot whose clause's subject is a compound span noun
		{"De vakbonden eisen van het kabinet dat de AOW-leeftijd wordt bevroren op 66 jaar.", "66 jaar=AOW-leeftijd"},
		{"De leeftijd blijft op 66 jaar.", "66 jaar="},
		// the predicate of "zijn" the parse hangs on the duration
		{"De Maasbrug is al twaalf jaar het decor voor de nationale vuurwerkshow met duizenden bezoekers.", "twaalf jaar=decor voor de nationale vuurwerkshow"},
		// a weak past tense whose stem the spelling changes (bekleedde: bekleden)
		{"Van den Idsert, van huis uit neerlandicus, bekleedde de functie acht jaar.", "acht jaar=functie bekleden"},
		// "meer dan" right after a number compares that number, no modifier of the next figure
		{"Er kwamen 121.000 meldingen binnen, 40.000 meer dan een jaar eerder.", "121.000=meldingen 40.000=meldingen een jaar="},
		{"Er werden in 2018 meer dan 250.000 patiënten vervoerd.", "meer dan 250.000=patiënten"},
		// a range "tussen de N en M" set off by commas after the noun it is of; a sum's
		// bracketed conversion does not part it from its "aan" phrase
		{"De kosten, tussen de 5 en 10 miljoen euro, zijn hoog.", "5=kosten 10 miljoen euro=kosten"},
		{"De staat werd op de vingers getikt wegens 325 miljoen dollar (289 miljoen euro) aan belastingkortingen voor Boeing.", "325 miljoen dollar=belastingkortingen 289 miljoen euro=belastingkortingen"},
		// an adjective's plural the parse reads as a noun before a strong participle is counted
		{"Voor de keuring zijn 2.000 jongeren opgeroepen.", "2.000=jongeren"},
		// a hyphenated common noun after an abbreviation is no name; the figure the parse gives as
		// the object of a te-infinitive of lowering is not what is lowered
		{"Door de nieuwe regels zal de CO2-uitstoot met 6 kiloton afnemen.", "6 kiloton=CO2-uitstoot"},
		{"Ze nemen maatregelen om de CO2-uitstoot van verkeer met 30 procent te verminderen.", "30 procent=CO2-uitstoot van verkeer"},
		// a noun phrase without a preposition that the parse labels an oblique of a price verb is its subject
		{"Wie de nieuwe complexen van de clubs ziet, weet dat een gloednieuwe trainingslocatie al snel 10 miljoen euro kost.", "10 miljoen euro=trainingslocatie"},
		// a participle whose separable part the lemmatiser dropped; a relative "die" the parse
		// gives no subject relation, with its verb hung on the noun
		{"Drie inbrekers zouden 300 à 400 euro hebben buitgemaakt.", "Drie=inbrekers 300=inbrekers buitmaken 400 euro=inbrekers buitmaken"},
		{"De politie hield gisteren een man aan die nog 130.000 euro moet betalen.", "130.000 euro=man betalen"},
		// a fraction that is its verb's subject is a share of the persons named just before, as a
		// percentage is; an inhabitants' name keeps its capital
		{"Veel gedetineerden komen na hun straf vrij. Bijna de helft blijft hangen in een uitkering.", "Bijna de helft=gedetineerden"},
		{"De Nederlanders zijn verdeeld over het klimaat. Ruim de helft vindt het akkoord onduidelijk.", "Ruim de helft=Nederlanders"},
		// a time of day in digits without "uur" after a clock preposition is no figure
		{"Rond 15.00 verzamelden zich zo'n vijftig scooterrijders op het plein.", "zo'n vijftig=scooterrijders"},
		// a count with a participle phrase between it and its noun; not a noun with its own preposition
		{"De politie heeft vijftien in beslag genomen auto's teruggegeven.", "vijftien=auto's"},
		{"In de zaal stonden 40 naast elkaar geplaatste bankjes.", "40=bankjes"},
		{"Ze antwoorden alle drie met gedempte stem.", ""},
		// (also where the parse links neither: the phrase opens with a preposition and holds a noun)
		{"Er stonden drie bij het overleg aanwezige leden.", "drie=leden"},
		{"De douane vond vijftien in beslag genomen fietsen en acht pakketten.", "vijftien=fietsen acht=pakketten"},
		{"Hij won er drie met afgetekende cijfers.", ""},
		// a number called is no figure; a count of callers is
		{"Ik kon daarna nog net 112 bellen.", ""},
		{"Zie je iets, bel dan direct 112.", ""},
		{"Hij belde de 25 leden.", "25=leden"},
		// "de andere N" with a verb after it is the rest of the count of the sentence before
		{"Eén van de vijf gewonde toeristen is naar huis gebracht. De andere vier volgen volgende week.", "vijf=toeristen vier=toeristen"},
		// "een aantal X" that the parse parts into two objects: what is counted, not the quantity
		{"De ploeg heeft de afgelopen vijf jaar een aantal wisselende geldschieters gehad.", "vijf jaar=periode wisselende geldschieters hebben"},
		// the numbers after a label number in a list name too: no figures
		{"Het windpark Borssele 1 tot en met 4 krijgt 20 riffen.", "20=riffen"},
		{"Als we deze school als nummer 1, 2 of 3 kiezen, komen er 3 en 4 kinderen bij.", "3=kinderen 4=kinderen"},
		// a sum spent on what an "om … te" clause before it does, also when the parse makes the clause the main verb
		{"Om de nieuwe brug aan te leggen, trekt de provincie 40 miljoen euro uit.", "40 miljoen euro=nieuwe brug aanleggen"},
		{"De firma moest alleen al om de sanering van haar fabrieken te betalen 194 miljoen dollar uittrekken.", "194 miljoen dollar=sanering betalen"},
		// a sum "voor N euro" of a passive without a subject: what was done with it, with the noun its relative clause hangs on
		{"Volgens de fiscus wordt er jaarlijks voor 3 miljard euro gefraudeerd.", "3 miljard euro=gefraudeerd"},
		{"De VS willen heffingen op producten waarvan jaarlijks voor 11 miljard dollar wordt geïmporteerd.", "11 miljard dollar=producten geïmporteerd"},
		// a sum compared with "meer X dan": what there is more of; not the sum's own measure word
		{"Het theater krijgt niet meer subsidie dan de 2,5 miljoen euro die het nu ontvangt.", "2,5 miljoen euro=subsidie"},
		{"Hij verdient meer geld dan de 300.000 euro van zijn baas.", "300.000 euro="},
		// a state an adverb names after a copula, and an adjective's state with its complement
		{"Nog geen drie maanden is de expeditie onderweg.", "Nog geen drie maanden=expeditie onderweg"},
		{"De commissie is een half jaar bezig met het rapport.", "een half jaar=commissie bezig met het rapport"},
		{"Het bestuur is eerst twee maanden zoet met vergaderen over de opzet van het onderzoek.", "twee maanden=bestuur zoet met vergaderen"},
		// "N over X doen": how long X takes; "er N over doen" points back
		{"Normaal gesproken doet het bestuur een half jaar over het goedkeuren van een nieuwe regel.", "een half jaar=goedkeuren van een nieuwe regel"},
		{"De aannemer deed er drie jaar over.", "drie jaar="},
		// what "van de afgelopen N jaar" holds, not the period; not a noun inside another phrase
		{"Het is de grootste operatie van de afgelopen honderd jaar.", "honderd jaar=operatie"},
		{"Yale liet weten dat het alle aanmeldingen van studenten met een beurs van de afgelopen vier jaar heeft onderzocht.", "vier jaar=periode"},
		// an adjective after a figure says how the counted are, not who
		{"Uit het onderzoek bleek meer dan 80 procent tevreden te zijn.", "meer dan 80 procent="},
		// a sum that flows in, with where from; not without
		{"In totaal stroomt er bijna een miljard euro vanuit de banken richting Nederland.", "bijna een miljard euro=vanuit de banken stromen"},
		{"Er is al meer dan 125.000 euro binnengekomen.", "meer dan 125.000 euro="},
		// a sum in a second clause without a verb of its own shares the first sum's object; not after a finite verb
		{"Die grens was in 2017 voor alleenstaanden 1040 euro per maand, voor een ouder met één kind 1380 euro.", "1040 euro=grens per maand één=kind 1380 euro=grens"},
		{"Het boek kost 20 euro en hij verdiende er 300 euro mee.", "20 euro=boek 300 euro="},
		// session 21, second shift: a measure noun keeps the complement that says where or whose, also one the parse gives the verb
		{"De gemeente wil de maximumsnelheid in het centrum verlagen naar 30 kilometer per uur.", "30 kilometer per uur=maximumsnelheid in het centrum"},
		{"De steun vanuit de provincie bedroeg 20 miljoen euro.", "20 miljoen euro=steun vanuit de provincie"},
		// session 21, second shift: a place name after in/op says whose measure it is; not after another noun
		{"De werkloosheid in Spanje bedraagt 14 procent.", "14 procent=werkloosheid in Spanje"},
		{"De inflatie in Turkije liep op tot 20 procent.", "tot 20 procent=inflatie in Turkije"},
		{"Het aantal banen in Spanje steeg met 2 procent.", "2 procent=banen"},
		// session 21, second shift: what the parse says a measure with only its dimension is the size of; not a plural it is set beside, nor the weather's "bij"
		{"Het water in de rivier steeg tot 3 meter.", "tot 3 meter=water"},
		{"De agenten vonden een pistool van het kaliber 9 millimeter.", "9 millimeter=kaliber"},
		{"Vrouwen (450 gram per week) eten minder vlees.", "450 gram=gewicht"},
		{"Er waait een zwakke wind bij 12 graden.", "12 graden=temperatuur"},
		{"Er staat een frisse oostenwind bij 8 à 11 graden.", "8=temperatuur 11 graden=temperatuur"},
	}
	for _, c := range cases {
		doc := nl.Parse(c.text, nl.Options{Lang: "nl"})
		syntax.Annotate(doc)
		var got []string
		for _, a := range Extract(doc) {
			got = append(got, a.Text+"="+a.Object)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q:\n got  %s\n want %s", c.text, g, c.want)
		}
	}
}

// TestUnitsAndHolders checks units read from the sentence (speeds), whose
// age a figure gives, coordinated objects, ratios and the numbers after a
// year or month, with the parse. want lists "text|unit|object" per figure.
func TestUnitsAndHolders(t *testing.T) {
	syntaxOnce.Do(func() { syntax, syntaxErr = nl.LoadSyntax() })
	if syntaxErr != nil {
		t.Fatal(syntaxErr)
	}
	cases := []struct{ text, want string }{
		// session 20: a sum a price verb is all that names: kosten, opbrengst (not a sum whose subject names it)
		{"Dat kostte de gemeente 3 miljoen euro.", "3 miljoen euro|EUR|kosten"},
		{"Het zou '500 miljoen euro kosten', zei de minister.", "500 miljoen euro|EUR|kosten"},
		{"Dit moet 2 miljoen euro opleveren.", "2 miljoen euro|EUR|opbrengst"},
		{"Het benefietconcert heeft 4000 euro opgeleverd.", "4000 euro|EUR|benefietconcert"},
		// session 20: "jr." is a year after a number; a sentence-opening "Die" whose predicate is a bare number is a person's age
		{"Die badkamer is ca. 40 jr. oud.", "ca. 40 jr.|jaar|leeftijd badkamer"},
		{"Die is al 81 en woont nog thuis.", "81|jaar|leeftijd"},
		// session 20: "als 17-jarige" is the age someone did something at (not "de 37-jarige" standing for a person)
		{"Zij werd vorig jaar als 17-jarige negende op het NK.", "17-jarige|jaar|leeftijd"},
		{"De 37-jarige werd gisteren aangehouden.", ""},
		// session 20: more verbs of change name the share's subject
		{"De inflatie klom in maart naar 7 procent.", "7 procent|%|inflatie"},
		{"Het marktaandeel viel terug naar 9 procent.", "9 procent|%|marktaandeel"},
		// session 20: a mark "een N" that closes its phrase, with what a verb of marking gives it to
		{"De leerlingen beoordelen de cursus met een 7,4.", "7,4||cijfer cursus"},
		{"Ze eisen een gemiddeld cijfer van minimaal een 7, en een taaltoets.", "7||cijfer"},
		{"Er is een 1 aprilgrap gemaakt.", ""},
		// session 20: a short bracketed aside between a number and its noun; not another figure
		{"Eind vorig jaar reden in Frankrijk 230.000 (vooral) elektrische auto's rond.", "230.000||elektrische auto's"},
		{"Er werd gestemd over zestien (zestien, alleen dat al) moties.", "zestien||moties"},
		{"Hij won 3 (drie) prijzen.", "3||prijzen"},
		{"Ze betaalden 60 (ruim 70 dollar) boete.", "60|| ruim 70 dollar|USD|"},
		// speeds: a bare number a speed noun counts, kilometres in talk of speed, "N per uur"
		// a percentage whose unit is unwritten: "een percentage van N"
		{"De klas haalde een percentage van 81.", "81|%|percentage"},
		{"Als de snelheid van 50 naar 30 gaat, neemt de remweg enorm af.", "50|km/h|snelheid 30|km/h|snelheid"},
		{"Een groot percentage rijdt op alle wegen 20 à 25 km te hard.", "20|km/h|snelheid 25 km|km/h|snelheid"},
		{"De gemiddelde Nederlander rijdt ruim twaalfduizend kilometer per jaar.", "ruim twaalfduizend kilometer|km|gemiddelde Nederlander rijden"},
		{"Hij reed minstens 116 kilometer per uur, waar maximaal 70 is toegestaan.", "minstens 116 kilometer per uur|km/h|snelheid maximaal 70|km/h|snelheid"},
		{"Er stonden 50 auto's, waarvan 35 met een hoge snelheid.", "50||auto's 35||auto's"},
		// a bare number word after "waarvan"/"van wie" is a part of the figure before: its unit and noun; not of money
		{"De rechter gaf hem 18 maanden cel, waarvan elf voorwaardelijk.", "18 maanden|maand|cel elf|maand|cel"},
		{"Ze schreef meer dan dertig romans, waarvan negen in het Frans.", "meer dan dertig||romans negen||romans"},
		{"Er kwamen zestig bezoekers, van wie twaalf uit het buitenland.", "zestig||bezoekers twaalf||bezoekers"},
		{"De club kreeg 5 miljoen euro, waarvan drie naar de jeugd ging.", "5 miljoen euro|EUR|"},
		// "een derde", "twee derde" of a named whole is a fraction; an ordinal or a bare share is not read
		{"Twee derde van de kiezers bleef thuis.", "Twee derde||kiezers"},
		{"Ongeveer een derde van de winkels gaat dicht.", "Ongeveer een derde||winkels"},
		{"Pas bij een derde poging lukte het, want een derde wilde niet.", ""},
		// a share against a share: both in the second's unit
		{"De uitslag was (67 tegen 33 procent) duidelijk.", "67|%| 33 procent|%|uitslag"},
		{"Ze stemmen vaker op een vrouw (in 2017 62,5 tegenover 30,5 procent).", "62,5|%| 30,5 procent|%|"},
		// whose age: the subject of the predicate, of the verb of "op N-jarige leeftijd"; not the figure itself
		{"Op 40-jarige leeftijd overleed de schrijver aan kanker.", "40-jarige|jaar|leeftijd schrijver"},
		{"Toen Piet Jansen 11 jaar was, schreef hij een boek.", "11 jaar|jaar|leeftijd Piet Jansen"},
		{"De 19-jarige vervangt de geblesseerde Jan Smit.", "19-jarige|jaar|leeftijd"},
		// an indefinite age is of an unnamed person, new to the text: no name, a figure
		{"De politie heeft in Leersum een 69-jarige Rwandees aangehouden.", "69-jarige|jaar|leeftijd Rwandees"},
		{"Het ding is in elkaar gezet door een 15-jarige in Mexico.", "15-jarige|jaar|leeftijd"},
		{"De 24-jarige werd opgepakt en de 37-jarige Gökmen Tanis ook.", ""},
		// a sum written without its currency takes the text's (euro when it names none); a count stays a count
		{"Het bedrijf boekte 468 miljoen dollar omzet. De winst bedroeg 21,3 miljoen.", "468 miljoen dollar|USD|omzet 21,3 miljoen|USD|winst"},
		{"De bank ontvangt zeker 200 miljoen uit Litouwen. In 2030 zijn er in totaal 1,8 miljoen.", "zeker 200 miljoen|EUR|bank ontvangen 1,8 miljoen||"},
		// a share more or less is of the noun after it, or of the count it follows after a comma
		{"In 2018 werden bijna 6 procent minder auto's verkocht. Er werden 193 hennepkwekerijen opgerold, 36 procent minder dan in 2017.", "bijna 6 procent|%|auto's 193||hennepkwekerijen 36 procent|%|hennepkwekerijen"},
		// an age with no holder of its own is of the people the sentence names before it
		{"Het gaat om jonge mannen, in de leeftijd van 20 tot 27 jaar.", "20|jaar|leeftijd mannen tot 27 jaar|jaar|leeftijd mannen"},
		// a share's whole past a participle phrase, from the parse
		{"Het bleek dat slechts 18 procent van de naar een dier vernoemde pleinen vernoemd is naar een vogel.", "slechts 18 procent|%|pleinen vernoemd"},
		// "N van hen" shares no noun of a count after it
		{"Maar stel dat het 10.000 van hen toch lukt, dan moeten er nog 40.000 mensen van buiten de regio komen.", "10.000|| 40.000||mensen"},
		// a bare number as the predicate of zijn or worden with a personal pronoun is an age
		{"Ik was 18 toen ik zwanger raakte. Papa overleed toen hij 50 was.", "18|jaar|leeftijd 50|jaar|leeftijd"},
		// an age limit "jonger dan N" without a unit
		{"Een verbod voor personen jonger dan 18 ligt voor de hand.", "18|jaar|leeftijd personen"},
		// an adjective of a place after the age is no name (session 10)
		{"De 23-jarige Arnhemse hoopt op succes. De 21-jarige Nijmeegse activist werd opgepakt.", "23-jarige|jaar|leeftijd Arnhemse 21-jarige|jaar|leeftijd Nijmeegse activist"},
		// so is a noun of where someone lives or comes from, but not a first name before a surname
		{"De 58-jarige Tilburger moet twintig jaar zitten. De 30-jarige Peter Jansen ook.", "58-jarige|jaar|leeftijd Tilburger twintig jaar|jaar|"},
		// "van N" after a person noun with no noun after the number is an age; a parent's or a group's is a count
		{"De politie hield twee jongens van 15 en 16 aan.", "twee||jongens 15|jaar|leeftijd jongens 16|jaar|leeftijd jongens"},
		{"Een arts van 64 kwam om.", "64|jaar|leeftijd arts"},
		{"Hij is een vader van twee kinderen en zij een moeder van drie.", "twee||kinderen drie||moeder"},
		{"Een team van zeven mannen won.", "zeven||mannen"},
		// a noun coordinated with the object, not another counted noun
		{"Het bedrijf steekt ieder jaar ruim 23 miljard dollar in olie en gas.", "ruim 23 miljard dollar|USD|olie en gas"},
		{"Er waren 119 mannen en 71 vrouwen.", "119||mannen 71||vrouwen"},
		{"Er vielen 24 doden en tientallen gewonden.", "24||doden"},
		// a ratio
		{"Dat is meer dan in India, waar bijna dertig keer meer mensen wonen.", "bijna dertig||keer meer mensen"},
		// a measure's noun before van past a range; a copula's subject
		{"Ik ben verantwoordelijk voor een gebied van 13 tot 14 kilometer rond de basis.", "13|km|gebied tot 14 kilometer|km|gebied"},
		{"De afstand tot het huis van de buurman is zo'n twintig meter.", "zo'n twintig meter|m|afstand tot het huis van de buurman"},
		// a share of the whole the sentence opens with, also over a noun after it; a gapped share
		{"Van de werkenden maakt 2,5 procent deel uit van een arm huishouden.", "2,5 procent|%|werkenden"},
		{"Van de vrouwen stemde namelijk 56 procent op links, van de mannen 44 procent.", "56 procent|%|vrouwen 44 procent|%|mannen"},
		// a list of bare numbers shares the unit and object of its last
		{"De kinderen zijn inmiddels 15, 19 en 21 jaar oud.", "15|jaar|leeftijd kinderen 19|jaar|leeftijd kinderen 21 jaar|jaar|leeftijd kinderen"},
		{"Ouders met twee, drie of vier kinderen krijgen meer.", "twee||kinderen drie||kinderen vier||kinderen"},
		// the first end of "van N naar M euro" in the unit of the second
		{"Zij zag haar huur stijgen van 620 naar 910 euro.", "620|EUR|huur 910 euro|EUR|huur"},
		// the votes of a division
		{"Het amendement kreeg een meerderheid: 329 voor, 302 tegen.", "329||stemmen voor 302||stemmen tegen"},
		// a number after a year or month that is no date
		{"Zij kreeg in 2017 24 maanden cel.", "24 maanden|maand|cel"},
		{"Zij werd in maart 2017 veroordeeld.", ""},
		// a label before a colon, past an adverb or opened by a bracket
		{"Opbrengst: nog eens 7 miljoen euro. De opbrengst van het concert (entree: 17,50 euro) gaat naar Willem.", "7 miljoen euro|EUR|opbrengst 17,50 euro|EUR|entree"},
		// either end of a ratio "N van de M" is no figure, but what it counts is shared; "één van de vier" counts four
		{"Vijf van de zes vaste leden zijn man. Eén van de vier Nederlanders ligt nog in het ziekenhuis. Daaruit volgt dat de VVD tien van de 55 zetels verovert, en FvD op acht blijft steken.", "vier||Nederlanders acht||zetels"},
		// a small number in digits opening a sentence before a capitalised word numbers a list
		{"4 Zussen getuigen uit eigenbelang. 2'Objectieve' experts belichten één kant.", "één||kant"},
		// a version number is no figure
		{"Janssen noemt dat 'cherry picking 2.0'.", ""},
		// an idiom with a number counts nothing
		{"Er is geen bewijs dat de president onder één hoedje speelde met de Russen.", ""},
		{"De plannen combineren zo het slechtste van twee werelden.", ""},
		// a small number the parse hangs on the noun right before it names that thing (not a
		// large one, not a total)
		{"In cirkel 8 zitten de verraders. Doe daarna oefening 5 op bladzijde 36. Volgens onderzoek zijn het er 27 in totaal.", "27||"},
		// the first day of a span of dates, also with "of" and weekdays
		{"Hij stierf op 18 of 19 september 2017. Het feest is op zaterdag 21 en zondag 22 september.", ""},
		// a number named by "getal", "cijfer" or a boat's number is no figure
		{"Binnen de groep is het getal 64 historisch. Ik word geplaatst in boot 1. Hij kreeg het rapportcijfer 10.", ""},
		// a measure that a comparative follows is the difference it makes, not the bare dimension
		{"Als het op aarde gemiddeld twee graden warmer wordt, vindt zo'n periode elk jaar plaats.", "twee graden|°C|warmer worden"},
		// a speed is the one its clause names (maximumsnelheid), not the bare measure word
		{"Op belangrijke ontsluitingswegen moet de maximumsnelheid 50 of 70 blijven.", "50|km/h|maximumsnelheid 70|km/h|maximumsnelheid"},
		// session 10: a currency named with its country's adjective; cents are money; the denominator of a rate is no figure
		{"Het tekort liep vorig jaar op tot 631 miljoen Canadese dollar.", "tot 631 miljoen Canadese dollar|CAD|tekort"},
		{"Daar kost een kilowatt 59 eurocent.", "59 eurocent|EUR|kilowatt"},
		{"Vaals staat op plek 2 met 28 gestolen auto's per 10.000 inwoners.", "28||auto's per 10.000 inwoners"},
		// a sum without a noun is the price of what a rate counts, not of a person or a period
		{"Om elke euro uit te sparen douchen ze niet - dat kost langs de snelweg immers al gauw twee euro per douchebeurt - en koken ze zelf.", "twee euro|EUR|per douchebeurt"},
		{"Ze betalen 1 cent per liter extra, of 200 euro per persoon.", "1 cent|EUR|per liter 200 euro|EUR|"},
		// a verb the tagger took for duren's noun subject is none ("het wachten" would be); the
		// demonstrative before it stands for the noun of the sentence before that agrees in number
		{"De werkzaamheden beginnen in mei. Die gaan zeven maanden duren.", "zeven maanden|maand|werkzaamheden"},
		{"Wethouder Sinke gaf het startsein voor de werkzaamheden aan de Havendijk. Die gaan zeven maanden duren.", "zeven maanden|maand|werkzaamheden"},
		// a duration of a verb whose object before the figure has a complement of its own
		{"WMR gaat het ecologisch effect van de riffen drie jaar lang volgen.", "drie jaar|jaar|ecologisch effect van de riffen volgen"},
		// a duration of staying without a complement is of who stays (not a point "over dertig jaar")
		{"De minister zit er nu bijna anderhalf jaar.", "bijna anderhalf jaar|jaar|minister"},
		// a duration of a verb whose subject is a name (not a plural like "de Engelsen")
		{"Dik zestien jaar werkte Christenhusz.", "Dik zestien jaar|jaar|Christenhusz werken"},
		// a share without a whole is of the whole of the nearest share of its sentence, unless bracketed
		{"Volgens de eerste tellingen verliest D66 4,4 procent en komt ze uit op 8 procent van de stemmen.", "4,4 procent|%|stemmen 8 procent|%|stemmen"},
		{"Net als 17 procent van de PVV'ers, gevolgd door CDA (9%) en SP (4%).", "17 procent|%|PVV'ers 9%|%| 4%|%|"},
		// session 15: the old value of a change "van … naar" and the lower end after "tussen
		// de … en de" share the other end's unit, multiplier and object
		{"Sindsdien ging het geboorteverlof van twee naar vijf dagen.", "twee|dag|geboorteverlof vijf dagen|dag|geboorteverlof"},
		{"Ze brachten het verbruik terug van 700 naar 500 miljoen liter per dag.", "700|l|verbruik 500 miljoen liter|l|verbruik"},
		{"De partij zakt van negen naar vier zetels.", "negen||zetels vier||zetels"},
		{"Dan schommelt het percentage tussen de 50 en de 90 procent.", "50|%|percentage 90 procent|%|percentage"},
		// a multiplier before a money noun is a sum
		{"In 2018 boekten ze 66 miljard winst.", "66 miljard|EUR|winst"},
		{"Het is de plek waar door de provincie nog voor zo'n 4 à 5 miljoen is geïnvesteerd.", "zo'n 4|EUR| 5 miljoen|EUR|"},
	}
	for _, c := range cases {
		doc := nl.Parse(c.text, nl.Options{Lang: "nl"})
		syntax.Annotate(doc)
		var got []string
		for _, a := range Extract(doc) {
			got = append(got, a.Text+"|"+a.Unit+"|"+a.Object)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q:\n got  %s\n want %s", c.text, g, c.want)
		}
	}
}

// TestObjectEvidence checks that an object read as a lemma points to the
// words it is read from.
func TestObjectEvidence(t *testing.T) {
	syntaxOnce.Do(func() { syntax, syntaxErr = nl.LoadSyntax() })
	if syntaxErr != nil {
		t.Fatal(syntaxErr)
	}
	cases := []struct{ text, object, evidence string }{
		{"Het is een ondernemer die al twintig jaar zakendoet met Noord-Korea.", "zakendoen", "zakendoet"},
		{"De patiënt ligt al veertig dagen in het ziekenhuis.", "in het ziekenhuis liggen", "ligt al veertig dagen in het ziekenhuis"},
	}
	for _, c := range cases {
		doc := nl.Parse(c.text, nl.Options{Lang: "nl"})
		syntax.Annotate(doc)
		as := Extract(doc)
		if len(as) != 1 {
			t.Fatalf("%q: %d figures", c.text, len(as))
		}
		a := as[0]
		if a.Object != c.object || a.ObjectEnd == 0 || doc.Text[a.ObjectStart:a.ObjectEnd] != c.evidence {
			t.Errorf("%q: object %q at %q, want %q at %q", c.text, a.Object, doc.Text[a.ObjectStart:a.ObjectEnd], c.object, c.evidence)
		}
	}
}

// TestLazyPreviousSentence checks that an object read from the sentence
// before is found when the pipeline parses sentences lazily (only the
// figure's own sentence is parsed by the time the figure is read).
func TestLazyPreviousSentence(t *testing.T) {
	lazy, err := nl.LoadSyntax()
	if err != nil {
		t.Fatal(err)
	}
	lazy.Lazy = true
	for _, c := range []struct{ text, want string }{
		{"Zelfs kiezers van de PvdD laten vlees niet liggen. Slechts 22 procent van hen is vegetariër.", "Slechts 22 procent=kiezers"},
		{"Over de warmtepomp bestaat bij huizenbezitters veel scepsis. Bijna 60 procent vindt hem te duur.", "Bijna 60 procent=huizenbezitters"},
	} {
		doc := nl.Parse(c.text, nl.Options{Lang: "nl"})
		lazy.Annotate(doc)
		var got []string
		for _, a := range Extract(doc) {
			got = append(got, a.Text+"="+a.Object)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: got %s, want %s", c.text, g, c.want)
		}
	}
}

// TestTonsScale checks that kilo-, mega- and gigatons are tons with the
// scale in the value, as "4,2 miljoen ton" is.
func TestTonsScale(t *testing.T) {
	for text, want := range map[string]float64{
		"Nederland vermijdt zo 4,2 megaton aan CO2-uitstoot.": 4.2e6,
		"Het ging om 30 kiloton.":                             30e3,
		"De wereld stootte 37 gigaton uit.":                   37e9,
		"Het schip vervoert 4,2 miljoen ton graan.":           4.2e6,
	} {
		as := Extract(nl.Parse(text, nl.Options{Lang: "nl"}))
		if len(as) != 1 || as[0].Unit != "ton" || math.Abs(as[0].Value-want) > 1e-6*want {
			t.Errorf("%q: got %+v, want %g ton", text, as, want)
		}
	}
}

// TestRangeScaledUnit checks that the open end of a range takes the scale
// of a unit that normalise folds: megatons, centuries and cents are
// scaled at both ends, not only at the end that writes the unit.
func TestRangeScaledUnit(t *testing.T) {
	for text, want := range map[string][2]float64{
		"De besparing ligt tussen 0,4 en 2,5 megaton.":           {0.4e6, 2.5e6},
		"De bouw van de kathedraal duurde twee tot drie eeuwen.": {200, 300},
		"Een brood kost in die winkel 50 tot 80 cent.":           {0.5, 0.8},
	} {
		as := Extract(nl.Parse(text, nl.Options{Lang: "nl"}))
		if len(as) != 2 || math.Abs(as[0].Value-want[0]) > 1e-6*want[0] || math.Abs(as[1].Value-want[1]) > 1e-6*want[1] || as[0].Unit != as[1].Unit {
			t.Errorf("%q: got %+v, want %g and %g in one unit", text, as, want[0], want[1])
		}
	}
}

// TestIsCurrency checks that only ISO codes (and euro cents) read as money:
// "°C" is three bytes of which none is lower case, yet no currency.
func TestIsCurrency(t *testing.T) {
	for unit, want := range map[string]bool{"EUR": true, "USD": true, "EURCENT": true, "°C": false, "bbl": false, "km": false, "MHz": false} {
		if got := isCurrency(unit); got != want {
			t.Errorf("isCurrency(%q) = %v, want %v", unit, got, want)
		}
	}
}
