package event

import "testing"

// TestSession18BareObject checks that a verb that needs an object takes
// one without a determiner (a bare plural or mass noun, a number before
// a noun), that such an object makes no complete frame (the demand is
// not shown without its addressee), and that an amount is no such
// object; invented sentences.
func TestSession18BareObject(t *testing.T) {
	_, reqs := eventsOfType(t, "[Fietsersbond|ORG] bepleit nu maatregelen tegen het parkeren van fietsen op de stoep.", "REQUEST")
	for _, e := range reqs {
		if e.ActorText != "Fietsersbond" || e.Shown {
			t.Errorf("REQUEST by %q shown %v, want Fietsersbond, not shown", e.ActorText, e.Shown)
		}
	}
	_, evs := eventsOfType(t, "Op 3 mei schoot [Karel V.] twee voorbijgangers dood.", "ASSAULT")
	for _, e := range evs {
		if e.ActorText != "Karel V." {
			t.Errorf("actor %q, want Karel V.", e.ActorText)
		}
	}
	text, ms, ls := annotate("[Piet Jansen] vroeg er 300 euro per week voor.")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == "REQUEST" {
			t.Errorf("%q: REQUEST %q, want none (an amount asked as a price)", text, e.Trigger)
		}
	}
}

// TestSession18BoundPronoun checks that a pronoun actor in a subclause
// whose main clause names it as its subject weighs as the name: a refusal
// of a thing is shown as the name's own would be; a pronoun that reaches
// back to the sentence before still weighs less; invented sentences.
func TestSession18BoundPronoun(t *testing.T) {
	checkShown(t, "Zo kon [Kees D.] een celstraf ontlopen doordat hij elke medewerking aan een verhoor weigerde.", "REJECT", "Kees D.", "", true)
	checkShown(t, "[Kees D.] is boos. Hij weigerde elke medewerking aan een verhoor.", "REJECT", "", "", false)
}

// TestSession18AttributiveAdjective checks that an adjective trigger right
// before the noun it describes tells no judgement ("als kritisch
// interviewer op Radio 1"), while a predicate one still does; invented
// sentences.
func TestSession18AttributiveAdjective(t *testing.T) {
	text, ms, ls := annotate("[Jan Smit] werd bekend als kritisch interviewer op [Radio 1|ORG], maar hij vertrok na een jaar.")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == "ACCUSE" {
			t.Errorf("%q: ACCUSE %q (%s → %s), want none", text, e.Trigger, e.ActorText, e.RecipientText)
		}
	}
	checkShown(t, "[Jan Smit] is kritisch over [Radio 1|ORG].", "ACCUSE", "Jan Smit", "Radio 1", true)
}

// TestSession18DescribedPeople checks that a verb that needs a party as
// its object takes people a counted or indefinite phrase describes, and
// that a subject read again as that object makes no event; invented
// sentences.
func TestSession18DescribedPeople(t *testing.T) {
	_, evs := eventsOfType(t, "De [Marechaussee|ORG] heeft dinsdag op het vliegveld twee mannen aangehouden.", "COERCE")
	for _, e := range evs {
		if e.ActorText != "Marechaussee" || e.RecipientText != "twee mannen" {
			t.Errorf("%s → %s, want Marechaussee → twee mannen", e.ActorText, e.RecipientText)
		}
	}
	text, ms, ls := annotate("Tot nu toe zijn zeven kinderen gered en twee lichamen geborgen.")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == "AID" {
			t.Errorf("%q: AID %s → %s, want none", text, e.ActorText, e.RecipientText)
		}
	}
}
