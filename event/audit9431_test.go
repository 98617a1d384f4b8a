package event

import (
	"testing"
)

// TestSession5Kinds checks the mechanisms written in session 5 for the
// kinds of error and miss the judged seed-9431 audit and the development
// gold showed, on invented sentences: each event of the given type must
// be shown with the given actor and recipient text, or (actor "") not be
// shown at all.
func TestSession5Kinds(t *testing.T) {
	checkCases(t, []shownCase{
		// a separable verb written joined at the end of a subclause
		{"[Jan Smit|PER] vertelt dat [Piet Kamp|PER] vorig jaar bij [Kees Vos|PER] langsging.", "CONSULT", "Piet Kamp", "Kees Vos"},
		// a participle in a parenthesis after a name: the name is acted on
		{"De liedjes die oppositieleider [Ali Demir|PER] − twee jaar geleden achter de tralies gezet door [Kees Vos|PER] − zelf schrijft.", "COERCE", "Kees Vos", "Ali Demir"},
		// an unnamed subject in the sentence before: hij is not an older name
		{"Dat kan door onrust rond [Kartoons|PER] komen. Zo gaat in 2016 een Afghaanse vluchteling met een mes tekeer in een trein. Hij wordt later door de politie doodgeschoten.", "ASSAULT", "", ""},
		// a modal of the conjunct before "en was" is not this conjunct's
		{"[Jan Smit|PER] wilde [Piet Kamp|PER] als minister en was eerder uitgesproken kritisch op [Kees Vos|PER].", "ACCUSE", "Jan Smit", "Kees Vos"},
		// idioms and judgements
		{"Een aantal tornado's in [Alabama|LOC] heeft tientallen levens geëist.", "REQUEST", "", ""},
		{"[Jan Smit|PER] noemde [Piet Kamp|PER] een leugenaar.", "ACCUSE", "Jan Smit", "Piet Kamp"},
		{"Wethouder [Anna Smit|PER] kan zich vinden in het advies van het [Planbureau|ORG].", "SUPPORT", "Anna Smit", "Planbureau"},
		{"[Anna Smit|PER] stelt [Acme|ORG] aansprakelijk voor de schade.", "ACCUSE", "Anna Smit", "Acme"},
		// opzeggen takes no te-infinitive: "op" is a preposition there
		{"[Frankrijk|LOC] haalde vijf kinderen terug en zegt elk geval op zijn merites te beoordelen.", "SANCTION", "", ""},
		// an indirect question (de vraag of …) reports no deed
		{"De [Centrale Bank|ORG] gaat niet in op de vraag of de [Centrale Bank|ORG] boetes heeft opgelegd aan [Acme|ORG].", "SANCTION", "", ""},
		// the actor's own organisation is no recipient; the dat-clause's subject is
		{"Bestuursvoorzitter [Jan Smit|PER] van [Acme|ORG] eiste dat [Globex|ORG] zich uit het gebied zou terugtrekken.", "REQUEST", "Jan Smit", "Globex"},
		// betogen before a dat-clause argues, it does not protest
		{"In [De Krant|ORG] betoogde historicus [Jan Smit|PER] dat het verzet tegen de revolutie in een traditie past.", "PROTEST", "", ""},
		// a waar+preposition relative: the name after the waar-word acts
		{"Een heffing op Goudse en [Edammer|MISC] kaas waarmee [Kees Vos|PER] dreigt is vervelend voor de boeren.", "THREATEN", "", ""},
		// a comparison "niet meer … dan" is no refusal
		{"[Jan Smit|PER]: ,,We hebben niet meer mensen toegelaten dan er in het stadion kunnen.", "REJECT", "", ""},
		// toegeven with a te-infinitive admits, it does not yield
		{"De [Atletiekbond|ORG], die M. royeerde nadat hij bij de commissie had toegegeven zich schuldig te hebben gemaakt aan misbruik, is hoopvol.", "CONCEDE", "", ""},
		// a demand whose content is a thing needs no recipient; a call to people does
		{"[Jan Smit|PER] pleit voor nieuwe verkiezingen.", "REQUEST", "Jan Smit", ""},
		{"[Jan Smit|PER] riep zijn achterban op om massaal te stemmen.", "REQUEST", "", ""},
		// a heading run into the sentence before a capitalised role noun
		{"Eindtoets met 14 jaar Wethouder [Anna Smit|PER] van Onderwijs kan zich vinden in het advies van het [Planbureau|ORG].", "SUPPORT", "Anna Smit", "Planbureau"},
		// a named person attacking a profession in words
		{"Het is niet normaal dat [Jan Smit|PER] journalisten aanvalt.", "ASSAULT", "", ""},
	})
}
