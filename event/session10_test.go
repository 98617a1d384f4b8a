package event

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// session10Cases check the mechanisms written in session 10 for the kinds
// of error the judged audits (seeds 10903 and 10913) showed, on invented
// sentences (TestSession10Kinds).
var session10Cases = []shownCase{
	// zowel … als: both phrases act, wherever the parse hung the als-phrase
	{"Zowel de premier als het [Hoogerhuis|ORG] weigert dat alternatief te accepteren.", "REJECT", "de premier, Hoogerhuis", ""},
	{"Zowel de Zuid-Amerikaanse landen als [Azië|LOC] verwerpt het gebruik van geweld.", "REJECT", "de Zuid-Amerikaanse landen, Azië", ""},
	// the subject the parse hung on the finite auxiliary acts; the names
	// after it are asked (the fourteenth session's parse hangs the group
	// on the auxiliary as obj: the same group side, its text read without
	// the article)
	{"Officieel onderhandelt het kabinet met de sociale partners, maar de vakbonden hebben premier [Jan Smit|PER] en minister [Piet Kamp|PER] van Sociale Zaken expliciet gevraagd om politieke rugdekking.", "REQUEST", "vakbonden", "Jan Smit, Piet Kamp"},
	// a pronoun subject (het) that names no side: the names after it are
	// asked, they do not ask
	{"[Acme|ORG] laat verder weten dat het de partners [Globex|ORG], [Initech|ORG] en [Umbrella|ORG] heeft gevraagd om informatie.", "REQUEST", "", ""},
	// "het OM" read as a pronoun and a name: the name still acts
	{"Tegen [Kees Vos|PER] eiste het [OM|ORG] twee weken geleden vier jaar celstraf.", "ACCUSE", "OM", "Kees Vos"}, // a sentence demanded is a charge (session 20)
	// role nouns of roles.txt: a detainee, revolutionaries
	{"[Jan Smit|PER], radio-dj bij een zender, feliciteerde de gedetineerde gisteren met zijn succes.", "SUPPORT", "Jan Smit", "de gedetineerde"},
	{"[Piet Kamp|PER] vluchtte op 22 december voor woedende demonstranten maar werd nog op dezelfde dag door revolutionairen opgepakt.", "COERCE", "revolutionairen", "Piet Kamp"},
	// a dat-clause of another conjunct is not what the verb asks
	{"Het [Planbureau|ORG] bepleit al langer de 30-kilometernorm en is blij met het gewicht dat de [Acme|ORG] nu in de schaal gooit.", "REQUEST", "Planbureau", ""},
	// an infinitive parsed as the modal's object is still governed by it
	{"Vorig jaar herfst wilde de overheid ook [Jan Smit|PER] en [Piet Kamp|PER] uitzetten, maar in de nacht voordat dat zou gebeuren, liepen de kinderen weg.", "SANCTION", "", ""},
	// a heading without a finite verb: no subject after the trigger, and
	// a participle is a passive
	{"Oproep tot doden [Kees Vos|PER] bij betoging tegen racisme", "REQUEST", "", ""},
	// a possessive on the object names the one acted on, not the actor
	{"[Jan Smit|PER] vroeg in 2017 asiel aan. De [IND|ORG] wees zijn asielaanvraag af.", "REJECT", "IND", "Jan Smit"},
	{"[Anna Smit|PER] moest zich melden. De [Rechtbank Zwolle|ORG] heeft gisteren haar meldplicht opgeheven.", "CONCEDE", "Rechtbank Zwolle", "Anna Smit"},
	// a role noun right before a body's name is a person of that body
	{"Voorzitter [Hoogerhuis|ORG] torpedeert plan van [Jan Smit|PER]", "REJECT", "", ""},
	{"Woordvoerder [Acme|ORG] bekritiseert [Globex|ORG].", "ACCUSE", "Acme", "Globex"},
	// a comparison (net als X) is no recipient
	{"Net als de [Raad A|ORG], schaart de [Raad B|ORG] zich daarom achter het advies van het [Planbureau|ORG] om de toets naar voren te halen.", "SUPPORT", "Raad B", "Planbureau"},
	// a place after a preposition of place is no relative clause's actor
	{"Vooralsnog is [Anna Smit|PER] de enige nabestaande van de crash in [Ethiopië|LOC] die [Acme|ORG] voor de rechter daagt.", "ACCUSE", "", ""},
	// invoking a principle is no request; asking a party is
	{",,We doen een beroep op het gelijkheidsbeginsel'', zei advocaat [Jan Smit|PER] namens de eigenaar.", "REQUEST", "", ""},
	// the name right before a singular verb is its subject, not the
	// plural phrase after it the parse chose (… en X beschuldigt instellingen)
	{"[Jan Smit|PER] zei dat hij trots is op de verlaging van de pensioenleeftijd en [Piet Kamp|PER] beschuldigt buitenlandse journalisten van inmenging.", "ACCUSE", "Piet Kamp", "journalisten"},
}

func TestSession10Kinds(t *testing.T) {
	checkCases(t, session10Cases)
}

// TestNoActor checks that a passive without agent is shown with no actor,
// however many subjects the parse gave it, and the one convicted, read
// through hij, as its recipient.
func TestNoActor(t *testing.T) {
	checkUnnamedDoer(t, "Syriëganger [Jan Smit|PER], uit [Heeten|LOC], vertelde eind vorig jaar zelf rond [Idlib|LOC] te verblijven. Hij is in [Nederland|LOC] bij verstek tot zes jaar cel veroordeeld voor lidmaatschap van een terroristische organisatie.", "SANCTION", "Jan Smit", "", "")
}

// TestHeadingParticiple checks that a participle in a heading without a
// finite verb is read as a passive: its subject is arrested, not the one
// who arrests.
func TestHeadingParticiple(t *testing.T) {
	text, ms, ls := annotate("Speurder [Anna Smit|PER] zelf opgepakt.")
	found := false
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == "COERCE" {
			found = true
			if e.ActorText != "" || e.RecipientText != "Anna Smit" {
				t.Errorf("%q: %s → %s, want → Anna Smit", text, e.ActorText, e.RecipientText)
			}
		}
	}
	if !found {
		t.Errorf("%q: no COERCE", text)
	}
}

// TestMeetingRequest checks that asking for a debate is a request to meet
// (mode meet), asking for asylum one for aid (mode assist).
func TestMeetingRequest(t *testing.T) {
	for src, mode := range map[string]string{
		"De [Tweede Kamer|ORG] vroeg dinsdag unaniem een spoeddebat aan.": "meet",
		"[Jan Smit|PER] vroeg vorig jaar asiel aan in [Nederland|LOC].":   "assist",
	} {
		text, ms, ls := annotate(src)
		found := false
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
			if e.Type == "REQUEST" {
				found = true
				if e.Mode != mode {
					t.Errorf("%q: mode %q, want %q", text, e.Mode, mode)
				}
			}
		}
		if !found {
			t.Errorf("%q: no REQUEST", text)
		}
	}
}

// TestOccasionDate checks that a time on the noun of an occasion the verb
// places its deed in (in de krant van 8 april) dates the deed, and one on
// the object does not (de uitspraak van 3 maart).
func TestOccasionDate(t *testing.T) {
	for _, c := range []struct{ src, tm, value, typ, want string }{
		{"[Jan Smit|PER] breekt in de krant van 8 april een lans voor het bouwen van meer huizen.", "8 april", "2024-04-08", "REQUEST", "2024-04-08"},
		{"[Jan Smit|PER] bekritiseerde de uitspraak van 3 maart van [Acme|ORG].", "3 maart", "2024-03-03", "ACCUSE", ""},
	} {
		text, ms, ls := annotate(c.src)
		times := []kroniek.TimeRef{timeRef(text, c.tm, c.value, kroniek.GranDay, kroniek.TimeDate)}
		found := false
		for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2024-04-10") {
			if e.Type == c.typ {
				found = true
				if e.Date != c.want {
					t.Errorf("%q: date %q, want %q", text, e.Date, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s", text, c.typ)
		}
	}
}

// TestTimeNotParticle checks that a word before a time expression is its
// preposition, not a separable verb's particle (rekent erop … in mei …
// weg te vagen is no inrekenen).
func TestTimeNotParticle(t *testing.T) {
	text, ms, ls := annotate("Maar [Acme|ORG] rekent erop bij de verkiezingen in mei de oppositiepartijen weg te vagen.")
	times := []kroniek.TimeRef{timeRef(text, "mei", "2024-05", kroniek.GranMonth, kroniek.TimeDate)}
	for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2024-03-12") {
		if e.Type == "COERCE" {
			t.Errorf("%q: COERCE %q", text, e.Trigger)
		}
	}
}

// TestHostCountry checks that a visit to a place below a country has the
// country as its recipient when the article names it, and keeps the place
// when it does not.
func TestHostCountry(t *testing.T) {
	for src, want := range map[string]string{
		"[Anna Smit|PER] is naar [Kansas|LOC] afgereisd. De [VS|LOC] houden daar een top.": "VS",
		"[Anna Smit|PER] is naar [Kansas|LOC] afgereisd.":                                  "Kansas",
	} {
		text, ms, ls := annotate(src)
		for i := range ls {
			switch ls[i].Name {
			case "Kansas":
				ls[i].KB, ls[i].Country = "place:kansas", "US"
			case "VS":
				ls[i].KB, ls[i].Country = "country:US", "US"
			}
		}
		found := false
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
			if e.Type == "CONSULT" && e.Mode == "visit" {
				found = true
				if e.RecipientText != want {
					t.Errorf("%q: recipient %q, want %q", text, e.RecipientText, want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no CONSULT", text)
		}
	}
}

// TestAntecedentDate checks that a relative clause is dated by the time
// on the noun it hangs on (de moord van begin 2017, waarbij X werd
// doodgeschoten).
func TestAntecedentDate(t *testing.T) {
	src := "Twee schutters kregen 26 jaar cel voor de moord van 3 maart 2017, waarbij de 31-jarige [Jan Smit|PER] per ongeluk werd doodgeschoten."
	text, ms, ls := annotate(src)
	times := []kroniek.TimeRef{timeRef(text, "3 maart 2017", "2017-03-03", kroniek.GranDay, kroniek.TimeDate)}
	found := false
	for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2024-03-12") {
		if e.Type == "ASSAULT" {
			found = true
			if e.Date != "2017-03-03" {
				t.Errorf("%q: date %q, want 2017-03-03", text, e.Date)
			}
		}
	}
	if !found {
		t.Errorf("%q: no ASSAULT", text)
	}
}
