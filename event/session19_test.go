package event

import "testing"

// TestSession19Lexicon checks the nouns and expressions the session added:
// threats received (the subject is threatened), a killing noun whose
// van-phrase is its victim, a debate with a party, a proposal filed with
// a body, taking part in a coalition, a defeat admitted or not; invented
// sentences.
func TestSession19Lexicon(t *testing.T) {
	checkCases(t, []shownCase{
		{"Het debat tussen [Karel Dorp] en [Anna Wit] ging over de begroting.", "CONSULT", "Karel Dorp", "Anna Wit"},
		{"[Groen Perspectief|ORG] heeft bij de [Verenigde Naties|ORG] een voorstel ingediend voor een verbod op vuurwerk.", "REQUEST", "Groen Perspectief", "Verenigde Naties"},
		{"[Groen Perspectief|ORG] neemt deel aan de coalitie met [Blauwe Partij|ORG].", "COOPERATE", "Groen Perspectief", "Blauwe Partij"},
	})
	_, evs := eventsOfType(t, "[Anna Wit] kreeg bedreigingen van [Karel Dorp].", "THREATEN")
	for _, e := range evs {
		if e.ActorText != "Karel Dorp" || e.RecipientText != "Anna Wit" {
			t.Errorf("THREATEN %s → %s, want Karel Dorp → Anna Wit (the subject receives)", e.ActorText, e.RecipientText)
		}
	}
	_, evs = eventsOfType(t, "De recherche zoekt nog naar de daders van de liquidatie van [Bram Veen] in [Zwolle|LOC].", "ASSAULT")
	for _, e := range evs {
		if e.ActorText != "" || e.RecipientText != "Bram Veen" {
			t.Errorf("ASSAULT %s → %s, want no actor → Bram Veen (the victim)", e.ActorText, e.RecipientText)
		}
	}
	eventsOfType(t, "[Karel Dorp] gaf zijn nederlaag toe.", "CONCEDE")
	eventsOfType(t, "[Karel Dorp] wilde zijn nederlaag niet toegeven.", "REJECT")
	text, ms, ls := annotate("[Sami Haddad] nam deel aan een demonstratie tegen de Jordaanse regering.")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == "COOPERATE" {
			t.Errorf("%q: COOPERATE %q, want none (a protest against the government, no part in it)", text, e.Trigger)
		}
	}
}

// TestSession19OnderMeer checks that "onder meer" and "onder andere" before
// a name are adverbs ("among others"), so the name can be the subject,
// while a preposition before them still governs it; invented sentences.
func TestSession19OnderMeer(t *testing.T) {
	_, evs := eventsOfType(t, "Maar onder meer [Canada|LOC] en enkele andere landen hebben het verdrag geblokkeerd.", "REJECT")
	for _, e := range evs {
		if e.ActorText != "Canada" {
			t.Errorf("REJECT by %q, want Canada", e.ActorText)
		}
	}
	text, ms, ls := annotate("Agenten hebben gisteren in onder meer [Zwolle|LOC] vijf verdachten aangehouden.")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.ActorText == "Zwolle" {
			t.Errorf("%q: %s by Zwolle, want the place no actor", text, e.Type)
		}
	}
}

// TestSession19Against checks campaigning and testifying against someone
// (ACCUSE, only with the tegen-phrase) and an abduction noun whose
// van-phrase is its victim; invented sentences.
func TestSession19Against(t *testing.T) {
	checkCases(t, []shownCase{
		{"[Karel Dorp] voert al maanden campagne tegen [Anna Wit].", "ACCUSE", "Karel Dorp", "Anna Wit"},
		{"[Karel Dorp] voert campagne voor [Anna Wit].", "ACCUSE", "", ""},
	})
	_, evs := eventsOfType(t, "[Karel Dorp] getuigde dinsdag in de rechtszaal tegen [Anna Wit].", "ACCUSE")
	for _, e := range evs {
		if e.ActorText != "Karel Dorp" || e.RecipientText != "Anna Wit" {
			t.Errorf("ACCUSE %s → %s, want Karel Dorp → Anna Wit", e.ActorText, e.RecipientText)
		}
	}
	_, evs = eventsOfType(t, "De ontvoering van zakenman [Henk Mol] in [Breda|LOC] schokte het land.", "ASSAULT")
	for _, e := range evs {
		if e.ActorText != "" || e.RecipientText != "Henk Mol" {
			t.Errorf("ASSAULT %s → %s, want no actor → Henk Mol (the victim)", e.ActorText, e.RecipientText)
		}
	}
}

// TestSession19TitledVan checks that an event noun's van-phrase reaches a
// name behind an article, an adjective and a title (het bezoek van de
// Franse president X), as it reaches a bare name; invented sentences.
func TestSession19TitledVan(t *testing.T) {
	_, evs := eventsOfType(t, "Het bezoek van de Franse president [Pierre Lamy] aan [Berlijn|LOC] duurde twee dagen.", "CONSULT")
	for _, e := range evs {
		if e.ActorText != "Pierre Lamy" {
			t.Errorf("CONSULT by %q, want Pierre Lamy", e.ActorText)
		}
	}
}
