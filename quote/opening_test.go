package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestOpeningDescriptionPlaces: a description that opens the sentence
// before ("De moeder van Daan …") is who "zegt ze" means even when that
// sentence names a place; another person described in it ("of de vrouw
// …") or a person named in it keeps the pronoun from the description.
// Invented sentences.
func TestOpeningDescriptionPlaces(t *testing.T) {
	for _, tc := range []struct {
		text, quote, local, speaker string
		people                      []string
	}{
		{"Bram Kooistra stierf in maart. De moeder van Kooistra hoopt in Zwolle te horen hoe het mis is gegaan. \"Ik wil alles weten\", zegt ze.",
			"Ik wil alles weten", "", "De moeder van Kooistra", []string{"Bram Kooistra", "Zwolle"}},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		for k := range ms {
			if ms[k].Text == "Zwolle" {
				ms[k].Type = kroniek.LOC
				locals[1].Type = kroniek.LOC
			}
		}
		qs := Extract(doc, ms, locals)
		checkSpeaker(t, tc.text, qs, tc.quote, tc.local, tc.speaker)
	}
	// Another person the sentence describes: not the judge.
	text := "Eva Smit uit Zwolle stond terecht. De rechter moet beoordelen of de vrouw schuldig is. \"Ik had dit niet verwacht\", zegt ze."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Eva Smit"}})
	for _, q := range quoteOf(t, text, Extract(doc, ms, locals), "Ik had dit niet verwacht") {
		if q.SpeakerText == "De rechter" {
			t.Errorf("%q: speaker %q, want not the judge", text, q.SpeakerText)
		}
	}
}

// TestRoleGenderFirst: a role with a gender that the article gives a
// person ("actrice Daan Jansen") says who "zij" can be before the
// lexicon's guess from the given name. Invented sentences.
func TestRoleGenderFirst(t *testing.T) {
	text := "Ik sprak met actrice Daan Jansen. Spelen moeten we allemaal leren, zegt zij."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Daan Jansen"}})
	qs := Extract(doc, ms, locals)
	checkLocal(t, text, qs, "Spelen moeten we allemaal leren", "L1")
}

// TestRoleTwoSentencesBack: a definite role description attributing a
// quotation ("treurde de coach") is the person the narration two
// sentences back is about when the sentence between names no one; a
// body that spoke there is not a person the role can mean. Invented
// sentences.
func TestRoleTwoSentencesBack(t *testing.T) {
	text := "Het werd 3-3. \"Dit is een resultaat van niks\", stelde Leonid Sloetski. Mark van Bommel baalde evenzeer. Uiteindelijk was het publiek de grote winnaar. \"Ik win alleen zelf liever\", treurde de coach."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Leonid Sloetski", "Mark van Bommel"}})
	checkSpeaker(t, text, Extract(doc, ms, locals), "Ik win alleen zelf liever", "L2", "de coach")

	text = "Het RIVM heeft berekend dat de kans klein is. In arme landen sterven er meer. \"Je bent er flink ziek van\", licht de arts toe."
	doc = annotated(t, text)
	ms, locals = fakeEntities(doc, labelled{People: []string{"RIVM"}})
	locals[0].Type = kroniek.ORG
	for k := range ms {
		ms[k].Type = kroniek.ORG
	}
	checkSpeaker(t, text, Extract(doc, ms, locals), "Je bent er flink ziek van", "", "de arts")
}

// TestPluralRoleNoPerson: a plural role ("zeggen bewoners van de
// buurt") is a group, not the one person a plural described first or
// later ("Bewoners Ron en Mia Smit"). Invented sentences.
func TestPluralRoleNoPerson(t *testing.T) {
	text := "\"Er is niks mis met onze daken\", zeggen bewoners van de Rode buurt. Bewoners Ron en Mia Smit kochten hun huis in 1990."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Ron", "Mia Smit"}})
	for _, q := range quoteOf(t, text, Extract(doc, ms, locals), "Er is niks mis met onze daken") {
		if q.SpeakerLocal != "" {
			t.Errorf("%q: speaker %q (%q), want a group with no entity", text, q.SpeakerText, q.SpeakerLocal)
		}
	}
}

// TestChainedPronoun: a subject pronoun whose sentence before opens with
// the same pronoun, naming no one, stands for what that one stands for:
// an unnamed person ("Zo ook een vriendin. Ze is … . Ze zegt: «Q»"), or
// the woman named before a man named further back. Invented sentences.
func TestChainedPronoun(t *testing.T) {
	text := "De dictator Nicolás Maduro bleef aan de macht. Veel mensen werken als toezichthouder. Zo ook een vriendin. Ze is verkiezingsmoe. Toch zal ze morgen vroeg opstaan. Ze zegt: \"Ik vertrouw het niet.\""
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Nicolás Maduro"}})
	checkSpeaker(t, text, Extract(doc, ms, locals), "Ik vertrouw het niet.", "", "een vriendin")

	text = "Piet Smit leidt de fractie. Anna de Vries nam het voorzitterschap over van Kees Bakker. Al vlak na haar aantreden kondigde zij een koerswijziging aan. In de krant zei zij dat ze niet principieel tegen deals is."
	doc = annotated(t, text)
	ms, locals = fakeEntities(doc, labelled{People: []string{"Piet Smit", "Anna de Vries", "Kees Bakker"}})
	checkLocal(t, text, Extract(doc, ms, locals), "ze niet principieel tegen deals is", "L2")
}

// TestTitleNoun: a common noun right before a name that the role lexicon
// does not know ("voetballer Klaas Huntelaar") describes the person, so
// "zegt de voetballer" is him; but only while no one else is named
// between, since another of that trade may be meant. Invented sentences.
func TestTitleNoun(t *testing.T) {
	text := "Foto's van het huis van voetballer Klaas Huntelaar stonden op Airbnb. De advertentie wekte de indruk dat Huntelaar een hotel uitbaat. \"Het is heel vervelend dat dit mij overkomt\", zegt de voetballer."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Klaas Huntelaar"}})
	checkLocal(t, text, Extract(doc, ms, locals), "Het is heel vervelend dat dit mij overkomt", "L1")

	text = "Het ontwerp is van architect Ellen Loon. Haar vervanging door Pieter Bruin wordt gezien als de oplossing. \"Het is te duur\", zegt de architect."
	doc = annotated(t, text)
	ms, locals = fakeEntities(doc, labelled{People: []string{"Ellen Loon", "Pieter Bruin"}})
	for _, q := range quoteOf(t, text, Extract(doc, ms, locals), "Het is te duur") {
		if q.SpeakerLocal == "L1" {
			t.Errorf("%q: speaker %q (%q), want not the architect named before someone else", text, q.SpeakerText, q.SpeakerLocal)
		}
	}
}

// TestReportObjectNotSpeaker: a person who is the object of what
// "…, vertelt hij" reports is what he tells about, not who he is.
// Invented sentences.
func TestReportObjectNotSpeaker(t *testing.T) {
	text := "Karel Dekkers is ontslagen. Ruud Mertens stelt zich voor. Hij is 64 jaar. Mertens geeft de club gelijk dat ze Dekkers heeft ontslagen, vertelt hij later."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Karel Dekkers", "Ruud Mertens"}})
	for _, q := range Extract(doc, ms, locals) {
		if q.SpeakerText == "hij" && q.SpeakerLocal == "L1" {
			t.Errorf("%q: %q given to %q, the one the report is about", text, q.Text, q.SpeakerLocal)
		}
	}
}

// TestSubjectAboveObjectClause: when the person named last is the object
// of a clause whose subject is a pronoun of the other gender ("dat ze
// Dekkers heeft ontslagen"), "hij" in the next sentence is the subject
// of the clause that one completes. Invented sentences.
func TestSubjectAboveObjectClause(t *testing.T) {
	text := "Karel Dekkers is ontslagen. Ruud Mertens geeft de club gelijk dat ze Dekkers heeft ontslagen. Maar hij vindt het jammer: \"Karel was het hart van deze club\", zegt hij."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Karel Dekkers", "Ruud Mertens"}})
	checkLocal(t, text, Extract(doc, ms, locals), "Karel was het hart van deze club", "L2")
}
