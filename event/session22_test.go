package event

import (
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/timex"
)

// extractTimed codes src (names marked as annotate reads them) with the
// times timex finds, as the pipeline does, for an article of date ref.
func extractTimed(t *testing.T, src, ref string) (string, []kroniek.Event) {
	t.Helper()
	text, ms, ls := annotate(src)
	doc := parseDoc(t, text)
	return text, Extract(doc, ms, ls, timex.Extract(doc, timex.RefFromPublished(ref)), ref)
}

// TestSession22Plans checks that a meeting announced in the present with
// gaan, or one the parse hangs on "morgen", is not shown as done, while
// the same meeting in the past or dated today is shown. Invented
// sentences.
func TestSession22Plans(t *testing.T) {
	for _, c := range []struct {
		src   string
		shown bool
	}{
		{"Minister [Jan Vos] gaat met de [VVD|ORG] om tafel over de nieuwe regels.", false},
		{"\"We hebben morgen een gesprek met [Vitesse|ORG]\", zegt de directeur [Jan Vos].", false},
		{"Minister [Jan Vos] ging dinsdag met de [VVD|ORG] om tafel over de nieuwe regels.", true},
		{"Minister [Jan Vos] gaat vandaag met de [VVD|ORG] om tafel over de nieuwe regels.", true},
	} {
		text, evs := extractTimed(t, c.src, "2019-04-10")
		got := false
		for _, e := range evs {
			if e.Type == "CONSULT" && e.Shown {
				got = true
			}
		}
		if got != c.shown {
			t.Errorf("%q: CONSULT shown %v, want %v", text, got, c.shown)
		}
	}
}

// TestSession22Dates checks two dates: a time after "van" that modifies a
// noun inside another phrase dates that noun, not the deed, while one
// after a phrase of the clause (in de krant van …) dates the deed; and a
// perfect that continues a past sentence dated by a day of the last days
// takes that day, but not after an older date nor in the pluperfect.
// Invented sentences.
func TestSession22Dates(t *testing.T) {
	for _, c := range []struct {
		src, typ, want string
	}{
		{"In de aanloop naar de top van vanavond heeft [Jan Vos] de [EU|ORG] gevraagd te wachten.", "REQUEST", ""},
		{"In de krant van 16 maart pleit [Jan Vos] voor een nieuw stadion voor [Ajax|ORG].", "REQUEST", "2019-03-16"},
		{"Tientallen jongeren veroorzaakten zaterdag overlast in de stad. De [politie|ORG] heeft zes jongeren aangehouden.", "COERCE", "2019-04-06"},
		{"Tientallen jongeren veroorzaakten in 2015 overlast in de stad. De [politie|ORG] heeft zes jongeren aangehouden.", "COERCE", ""},
		{"Tientallen jongeren veroorzaakten zaterdag overlast in de stad. De [politie|ORG] had zes jongeren aangehouden.", "COERCE", ""},
		{"Zaterdag werd de stad onrustig. De [politie|ORG] arresteerde zes jongeren.", "COERCE", "2019-04-06"},
		{"Jongeren bekogelden zaterdag agenten met stenen. Ze waren er vaak. De [politie|ORG] arresteerde zes jongeren.", "COERCE", ""},
		{"Jongeren bekogelden zaterdag agenten met stenen. Ze vernielden ruiten. De [politie|ORG] arresteerde zes jongeren.", "COERCE", "2019-04-06"},
		{"Jongeren bekogelden in maart 2018 agenten met stenen. Ze vernielden ruiten. De [politie|ORG] arresteerde zes jongeren.", "COERCE", ""},
		{"Jongeren bekogelden zaterdag agenten met stenen. Daarop vertrokken ze. De [politie|ORG] arresteerde zes jongeren.", "COERCE", ""},
		{"Jongeren bekogelden zaterdag agenten met stenen. Ze werden bekend door een film. De [politie|ORG] arresteerde zes jongeren.", "COERCE", ""},
		{"Zaterdag werd de stad onrustig. \"Het was eng\", zei een buurman. De [politie|ORG] arresteerde zes jongeren.", "COERCE", ""},
	} {
		text, evs := extractTimed(t, c.src, "2019-04-08")
		found := false
		for _, e := range evs {
			if e.Type != c.typ {
				continue
			}
			found = true
			if e.Date != c.want {
				t.Errorf("%q: %s %q dated %q, want %q", text, e.Type, e.Trigger, e.Date, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no %s event", text, c.typ)
		}
	}
}

// TestSession22NounAgent checks that the door-phrase right after an event
// noun's own van-phrase is the noun's actor also when the parse calls it
// the agent of an active verb; a passive verb keeps its agent. Invented
// sentences.
func TestSession22NounAgent(t *testing.T) {
	for _, c := range []struct{ src, actor string }{
		{"Na de arrestatie van [Jan Vos] door de [politie|ORG] brak er protest uit.", "politie"},
		{"De arrestatie van [Jan Vos] werd door [China|LOC] veroordeeld.", ""},
	} {
		text, evs := eventsOfType(t, c.src, "COERCE")
		for _, e := range evs {
			if e.ActorText != c.actor {
				t.Errorf("%q: COERCE actor %q, want %q", text, e.ActorText, c.actor)
			}
		}
	}
}

// TestSession22ModifiedNoun checks that a form the verb lexicon knows
// (verbanden, of verbannen) is no verb where the parse gives it an
// adjective, while the verb itself still gives its event. Invented
// sentences.
func TestSession22ModifiedNoun(t *testing.T) {
	text, ms, ls := annotate("Dat de [politie|ORG] rechtstreekse verbanden ziet tussen twee aanslagen, was bekend.")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == "COERCE" {
			t.Errorf("%q: COERCE %q, want none", text, e.Trigger)
		}
	}
	eventsOfType(t, "De [regering|ORG] verbande de journalist [Jan Vos] uit het land.", "COERCE")
}

// TestSession22VerbBeforeVan checks that a name after "van" following a
// verb (komt van X) is no noun's modifier, so the relative clause it
// heads is shown with X as actor, while the van-phrase of a common noun
// (alle buurlanden van X) still keeps X from acting. Invented sentences.
func TestSession22VerbBeforeVan(t *testing.T) {
	checkCases(t, []shownCase{
		{"Het geld komt van [Jan Vos], die campagne voerde tegen [Piet Smit].", "ACCUSE", "Jan Vos", "Piet Smit"},
		{"Alle buurlanden van [Frankrijk|LOC] erkennen [Kosovo|LOC].", "SUPPORT", "", ""},
	})
}
