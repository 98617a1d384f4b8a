package event

import "testing"

// TestSession19bReceived checks support, praise and aid received from a
// named giver (the subject receives, the expression's own van-phrase
// gives), that no such event is made without a giver, that a van-phrase
// behind another phrase is no patient expression's actor, and that
// "Stel (je voor) dat" imagines; invented sentences.
func TestSession19bReceived(t *testing.T) {
	checkCases(t, []shownCase{
		{"[Anna Wit] kreeg gisteren steun van [Karel Dorp].", "SUPPORT", "Karel Dorp", "Anna Wit"},
		{"De gemeente [Zwolle|LOC] ontvangt een subsidie van de [Europese Unie|ORG].", "AID", "Europese Unie", "Zwolle"},
	})
	for _, src := range []string{
		"[Anna Wit] kreeg gisteren steun.",
		"Volgens [Anna Wit] kreeg het bedrijf een steun in de rug van [Karel Dorp].",
	} {
		text, ms, ls := annotate(src)
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
			if e.Type == "SUPPORT" {
				t.Errorf("%q: SUPPORT %s → %s, want none (no giver in the expression's own phrase)", text, e.ActorText, e.RecipientText)
			}
		}
	}
	_, evs := eventsOfType(t, "[Karel Dorp] lag onder vuur vanwege de ontslagen van [Anna Wit].", "ACCUSE")
	for _, e := range evs {
		if e.ActorText == "Anna Wit" {
			t.Errorf("ACCUSE by Anna Wit, want no accuser (her van-phrase hangs on ontslagen)")
		}
	}
	_, evs = eventsOfType(t, "Stel dat [Anna Wit] steun krijgt van [Karel Dorp].", "SUPPORT")
	for _, e := range evs {
		if e.Shown || !e.Hypothetical {
			t.Errorf("SUPPORT shown %v hypothetical %v, want a hidden supposition", e.Shown, e.Hypothetical)
		}
	}
}

// TestSession19bGivenFemale checks that "ze" finds a woman whose given
// name only the shared Dutch lexicon knows (not the event lexicon's own
// short list), and that "hem" then passes her by; invented sentences.
func TestSession19bGivenFemale(t *testing.T) {
	checkCases(t, []shownCase{
		{"[Agnes Dorp] was boos op [Groen Perspectief|ORG]. Ze beschuldigde [Karel Wit] van fraude.", "ACCUSE", "Agnes Dorp", "Karel Wit"},
	})
	_, evs := eventsOfType(t, "[Agnes Dorp] sprak met [Karel Wit]. Critici van [Karel Wit] beschuldigen hem van fraude.", "ACCUSE")
	for _, e := range evs {
		if e.RecipientText == "Agnes Dorp" {
			t.Errorf("ACCUSE of %q, want Karel Wit (hem is no woman)", e.RecipientText)
		}
	}
}

// TestSession19bDescribedPerson checks that "de man" or "de vrouw" is the
// one person of that gender an article introduces as its subject (an age
// in brackets, a surname cut to its initial), and stays a description
// when a spokesman is the only name beside an unnamed man; invented
// sentences.
func TestSession19bDescribedPerson(t *testing.T) {
	_, evs := eventsOfType(t, "De politie zoekt [Karel Dorp] (52) uit [Zwolle|LOC]. Gisteren werd de man opgepakt.", "COERCE")
	for _, e := range evs {
		if e.RecipientText != "Karel Dorp" {
			t.Errorf("COERCE of %q, want Karel Dorp (the man the article introduced)", e.RecipientText)
		}
	}
	_, evs = eventsOfType(t, "Een man gooide vuurwerk, zegt directeur [Karel Dorp]. De man heeft de school zijn excuses aangeboden.", "CONCEDE")
	for _, e := range evs {
		if e.ActorText == "Karel Dorp" {
			t.Errorf("CONCEDE by Karel Dorp, want the unnamed man (the director only speaks)")
		}
	}
}
