package event

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSession15CourtOfReceived checks that the van-phrase the parse hangs
// on "krijgen" of a sentence received is the court that passed it, also
// when it stands before the noun ("kreeg gisteren van de rechtbank acht
// jaar cel"), on invented sentences, while a van-phrase of the subject
// ("Wiebes van Economische Zaken") stays none.
func TestSession15CourtOfReceived(t *testing.T) {
	for _, c := range []struct{ src, actor string }{
		{"Drugscrimineel [Jan de Vries] heeft gisteren van de [rechtbank in Breda|ORG] acht jaar cel gekregen.", "rechtbank in Breda"},
		{"[Jan de Vries] kreeg gisteren van de [rechtbank in Breda|ORG] drie jaar cel.", "rechtbank in Breda"},
		{"[Jan de Vries] kreeg gisteren drie jaar cel van de [rechtbank in Breda|ORG].", "rechtbank in Breda"},
	} {
		_, evs := eventsOfType(t, c.src, "SANCTION")
		ok := false
		for _, e := range evs {
			ok = ok || e.ActorText == c.actor
		}
		if !ok {
			t.Errorf("%q: actors %v, want %q", c.src, actorTexts(evs), c.actor)
		}
	}
}

func actorTexts(evs []kroniek.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.ActorText)
	}
	return out
}

// TestSession15SameDeedActor checks that an event without a doer takes
// the doer the article names for the same deed in another sentence, on
// invented sentences, and none when the article names two doers.
func TestSession15SameDeedActor(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string // actors of the ASSAULT events, in order
	}{
		{"Politicus [Jan de Vries] werd vermoord door [Piet Jansen]. Zij was pas vier jaar oud toen [Jan de Vries] werd vermoord.", []string{"Piet Jansen", "Piet Jansen"}},
		{"Politicus [Jan de Vries] werd vermoord door [Piet Jansen]. Volgens de krant werd [Jan de Vries] vermoord door [Kees Bakker]. Zij was pas vier jaar oud toen [Jan de Vries] werd vermoord.", []string{"Piet Jansen", "Kees Bakker", ""}},
	} {
		_, evs := eventsOfType(t, c.src, "ASSAULT")
		if got := actorTexts(evs); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: actors %q, want %q", c.src, got, c.want)
		}
	}
}

// TestSession15DocumentTime checks that a relative clause on a letter or
// motion takes the date of the clause that sends or adopts it, on
// invented sentences, and that a relative clause on another noun does not.
func TestSession15DocumentTime(t *testing.T) {
	for _, c := range []struct{ src, when, value, want string }{
		{"[Jan de Vries] stuurde gisteren een brief naar [Piet Jansen] waarin hij hem oproept af te treden.", "gisteren", "2024-03-11", "2024-03-11"},
		{"[Jan de Vries] bezocht gisteren een school waarin hij [Piet Jansen] oproept af te treden.", "gisteren", "2024-03-11", ""},
	} {
		text, ms, ls := annotate(c.src)
		times := []kroniek.TimeRef{timeRef(text, c.when, c.value, kroniek.GranDay, kroniek.TimeDate)}
		found := false
		for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2024-03-12") {
			if e.Type == "REQUEST" {
				found = true
				if e.Date != c.want {
					t.Errorf("%q: date %q, want %q", c.src, e.Date, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no REQUEST", c.src)
		}
	}
}

// TestSession15PrepNotParticle checks that a word before a noun phrase
// without determiner is a preposition, not a separable verb's particle,
// on invented sentences: no instemmen in "stemde in december in grote
// meerderheid voor", while "stemde in met" stays one.
func TestSession15PrepNotParticle(t *testing.T) {
	text, ms, ls := annotate("De [Tweede Kamer|ORG] stemde in december in grote meerderheid voor de wet.")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == "AGREE" {
			t.Errorf("%q: AGREE %q, want none", text, e.Trigger)
		}
	}
	eventsOfType(t, "De [Tweede Kamer|ORG] stemde in december in met de wet van [Mark Rutte].", "AGREE")
}

// TestSession15AgreeAlone checks that a dated agreement with one party
// and no counterpart, and a dated accusation without its target, are
// exported but not shown, on invented sentences, while a promise of a
// deed (a te-infinitive) and an agreement or accusation with a named
// counterpart are shown.
func TestSession15AgreeAlone(t *testing.T) {
	for _, c := range []struct {
		src, typ string
		shown    bool
	}{
		{"In november ging de [Bondsraad|ORG] akkoord met haar benoeming.", "AGREE", false},
		{"In november stemde het [Europees Parlement|ORG] alsnog in met nieuwe regels voor het auteursrecht.", "AGREE", false},
		{"In november zette [Rob de Vries] zijn handtekening onder het contract.", "AGREE", false},
		{"In november ging de [Bondsraad|ORG] akkoord met het voorstel van [Jan de Vries].", "AGREE", true},
		{"In november beloofde [Fidesz|ORG] geen nieuwe schandalen te veroorzaken.", "AGREE", true},
		// an accusation without its target
		{"In november stelde [Frits Bolkestein] in de fractie zijn positie ter discussie.", "ACCUSE", false},
		{"In november bekritiseerde [Frits Bolkestein] het kabinet van [Mark Rutte] scherp.", "ACCUSE", true},
	} {
		text, ms, ls := annotate(c.src)
		times := []kroniek.TimeRef{timeRef(text, "In november", "2023-11", kroniek.GranMonth, kroniek.TimeDate)}
		shown, found := false, false
		for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2024-03-12") {
			if e.Type == c.typ {
				found, shown = true, shown || e.Shown
			}
		}
		if !found || shown != c.shown {
			t.Errorf("%q: %s found %v shown %v, want shown %v", text, c.typ, found, shown, c.shown)
		}
	}
}
