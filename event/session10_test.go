package event

import "testing"

// session10Cases check the mechanisms written in session 10 for the kinds
// of error the judged audits (seeds 10903 and 10913) showed, on invented
// sentences (TestSession10Kinds).
var session10Cases = []shownCase{
	// zowel … als: both phrases act, wherever the parse hung the als-phrase
	{"Zowel de premier als het [Hoogerhuis|ORG] weigert dat alternatief te accepteren.", "REJECT", "de premier, Hoogerhuis", ""},
	{"Zowel de Zuid-Amerikaanse landen als [Azië|LOC] verwerpt het gebruik van geweld.", "REJECT", "de Zuid-Amerikaanse landen, Azië", ""},
	// the subject the parse hung on the finite auxiliary acts; the names
	// after it are asked
	{"Officieel onderhandelt het kabinet met de sociale partners, maar de vakbonden hebben premier [Jan Smit|PER] en minister [Piet Kamp|PER] van Sociale Zaken expliciet gevraagd om politieke rugdekking.", "REQUEST", "de vakbonden", "Jan Smit, Piet Kamp"},
	// a pronoun subject (het) that names no side: the names after it are
	// asked, they do not ask
	{"[Acme|ORG] laat verder weten dat het de partners [Globex|ORG], [Initech|ORG] en [Umbrella|ORG] heeft gevraagd om informatie.", "REQUEST", "", ""},
	// "het OM" read as a pronoun and a name: the name still acts
	{"Tegen [Kees Vos|PER] eiste het [OM|ORG] twee weken geleden vier jaar celstraf.", "REQUEST", "OM", "Kees Vos"},
	// role nouns of roles.txt: a detainee, revolutionaries
	{"[Jan Smit|PER], radio-dj bij een zender, feliciteerde de gedetineerde gisteren met zijn succes.", "SUPPORT", "Jan Smit", "de gedetineerde"},
	{"[Piet Kamp|PER] vluchtte op 22 december voor woedende demonstranten maar werd nog op dezelfde dag door revolutionairen opgepakt.", "COERCE", "revolutionairen", "Piet Kamp"},
}

func TestSession10Kinds(t *testing.T) {
	checkCases(t, session10Cases)
}
