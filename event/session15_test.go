package event

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSession15Lists checks that a side written as a list keeps all its
// named members, on invented sentences: a list whose last member names
// no entity is no signature run into the next writer, and the conjuncts
// the parse hung on a name that a head noun carries join that name.
func TestSession15Lists(t *testing.T) {
	for _, c := range []struct{ src, typ, want string }{
		// the last member (de kleine eilanden) names no entity: the named
		// ones before it are a list, not a signature
		{"Eerder had [Liam Fox] akkoorden gesloten met [Zwitserland|LOC], [Chili|LOC], [Israël|LOC] en de kleine eilanden van Oceanië.", "AGREE", "Zwitserland, Chili, Israël"},
		// (also past a member named by no entity before the en)
		{"Eerder had [Liam Fox] akkoorden gesloten met [Zwitserland|LOC], [Chili|LOC], Oost-Afrika en de kleine eilanden van Oceanië.", "AGREE", "Zwitserland, Chili"},
		// CDA en ChristenUnie hung on "richting": both are pointed at
		{"Ook [Ank Bijleveld] wijst richting [CDA|ORG] en [ChristenUnie|ORG].", "ACCUSE", "CDA, ChristenUnie"},
	} {
		_, evs := eventsOfType(t, c.src, c.typ)
		got := []string{}
		for _, e := range evs {
			got = append(got, e.RecipientText)
		}
		if !strings.Contains(strings.Join(got, " | "), c.want) {
			t.Errorf("%q: recipients %q, want %q", c.src, got, c.want)
		}
	}
}

// TestSession15Alone checks that a dated meeting, visit or call with one
// party only is exported but not shown, on invented sentences, while one
// with a counterpart or with two named actors is.
func TestSession15Alone(t *testing.T) {
	for _, c := range []struct {
		src   string
		shown bool
	}{
		// a camp is no party: a visit to it names no counterpart
		{"[Tineke Ceelen], directeur van [Stichting Vluchteling|ORG], bezocht [Al Hol|MISC] vorige maand.", false},
		{"[Tineke Ceelen], directeur van [Stichting Vluchteling|ORG], bezocht [Mark Rutte] vorige maand.", true},
		{"[Tineke Ceelen] en [Mark Rutte] overlegden vorige maand.", true},
	} {
		text, ms, ls := annotate(c.src)
		times := []kroniek.TimeRef{timeRef(text, "vorige maand", "2019-03", kroniek.GranMonth, kroniek.TimeDate)}
		shown, found := false, false
		for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2019-04-08") {
			if e.Type == "CONSULT" {
				found, shown = true, shown || e.Shown
			}
		}
		if !found || shown != c.shown {
			t.Errorf("%q: CONSULT found %v, shown %v, want shown %v", text, found, shown, c.shown)
		}
	}
}

// TestSession15Asylum checks that a request for asylum or admission has
// the country it is made in as the one asked, on invented sentences,
// and that a request without asylum takes no place as its recipient.
func TestSession15Asylum(t *testing.T) {
	for _, c := range []struct{ src, recip string }{
		{"De 27-jarige [Ali Hassan] vroeg twee jaar geleden in [Nederland|LOC] asiel aan als politiek vluchteling.", "Nederland"},
		{"[Jan Mulder] vroeg in 2000 om toelating als vluchteling in [Nederland|LOC].", "Nederland"},
		{"[Jan Mulder] vroeg in [Utrecht|LOC] om meer geld.", ""},
	} {
		_, evs := eventsOfType(t, c.src, "REQUEST")
		for _, e := range evs {
			if e.RecipientText != c.recip {
				t.Errorf("%q: recipient %q, want %q", c.src, e.RecipientText, c.recip)
			}
		}
	}
}

// TestSession15Extraposed checks that an extraposed relative clause
// ("die mensen bijstaat die worden vervolgd") stands for the noun before
// the verb it follows that agrees with its own verb, not for a name the
// parse hung it on, on an invented sentence: the lawyer is not the one
// prosecuted.
func TestSession15Extraposed(t *testing.T) {
	checkCases(t, []shownCase{
		{"Dat zegt strafrechtadvocaat [Jan de Vries], die met zijn kantoor [VTH Advocatuur|ORG] mensen bijstaat die worden vervolgd vanwege bedreiging.", "ACCUSE", "", ""},
	})
}

// TestSession15Groups checks the group labels added in the fifteenth
// session on invented sentences: critics and asylum seekers are group
// sides.
func TestSession15Groups(t *testing.T) {
	checkCases(t, []shownCase{
		{"[Jan de Boer] verwijt de critici dat ze de tentoonstelling tot één onderwerp reduceren.", "ACCUSE", "Jan de Boer", "critici"},
		{"Het [COA|ORG] vangt in zestig locaties 23.000 asielzoekers op.", "AID", "COA", "asielzoekers"},
	})
}

// TestSession15NextClause checks, on an invented sentence whose parse
// fails, that a name after a comma and a finite verb belongs to the next
// clause and is no recipient of the trigger before it.
func TestSession15NextClause(t *testing.T) {
	checkCases(t, []shownCase{
		{"'Toen de vorige regering een journalist beschuldigde van laster, zei [Moon], toen nog in de oppositie, dat 'kritiek en onderzoek van publieke figuren maximaal moet worden toegestaan'.", "ACCUSE", "", ""},
	})
}

// TestSession15Arrested checks, on invented sentences, that the one
// arrested may be named by any indefinite noun ("een fascist die …"),
// as an arrest is done to people.
func TestSession15Arrested(t *testing.T) {
	checkCases(t, []shownCase{
		{"En [Spanje|LOC] arresteerde een fascist die hoopte premier [Sánchez] om te brengen.", "COERCE", "Spanje", "een fascist"},
	})
}

// TestSession15FutureWeek checks, on an invented sentence, that an event
// dated by a week that begins after the article is hypothetical (not yet
// happened), as one dated by a later day already was.
func TestSession15FutureWeek(t *testing.T) {
	text, ms, ls := annotate("Voor het eerst voert volgende week het hele onderwijs actie, op initiatief van de [Algemene Onderwijsbond|ORG].")
	times := []kroniek.TimeRef{timeRef(text, "volgende week", "2019-W11", kroniek.GranWeek, kroniek.TimeDate)}
	found := false
	for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2019-03-09") {
		if e.Type == "PROTEST" {
			found = true
			if !e.Hypothetical || e.Shown {
				t.Errorf("%q: hypothetical %v, shown %v; want hypothetical, not shown", text, e.Hypothetical, e.Shown)
			}
		}
	}
	if !found {
		t.Errorf("%q: no PROTEST event", text)
	}
}

// TestSession15Counted checks, on invented sentences, that a counted
// description (de twee organisaties, die twee partijen) stands for the
// parties named together before it, as many as it counts.
func TestSession15Counted(t *testing.T) {
	checkCases(t, []shownCase{
		{"Dat stellen [Eyes on Animals|ORG] en [Dierenbescherming|ORG] in een rapport. De twee organisaties roepen de [NVWa|ORG] op strenger toe te zien.", "REQUEST", "Eyes on Animals, Dierenbescherming", "NVWa"},
		{"In [Waalre|LOC] kwamen [GroenLinks|ORG] en [ZW14|ORG] overeen samen te werken. Die twee partijen bekritiseerden vorige week [Aalst Waalre Belang|ORG].", "ACCUSE", "GroenLinks, ZW14", "Aalst Waalre Belang"},
	})
}
