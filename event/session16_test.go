package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// extractAll extracts the events of src (names marked as annotate reads
// them).
func extractAll(t *testing.T, src string) []kroniek.Event {
	t.Helper()
	text, ms, ls := annotate(src)
	return Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12")
}

// TestSession16HypotheticalHost checks that a clause under a clause that
// is only wished, required or asked reports no deed, on invented
// sentences, while one under a fact keeps its mode.
func TestSession16HypotheticalHost(t *testing.T) {
	for _, c := range []struct {
		src string
		hyp bool
	}{
		{"Vlak voor het feest vroeg de Bredase socialist [Piet van Dam] of [Gedeputeerde Staten|ORG] het met hem eens zijn dat mensen van boven de rivieren zich eerst eens moeten verdiepen in carnaval, voordat ze afreizen naar [Brabant|LOC].", true},
		{"[Piet van Dam] was al lang weg, voordat hij afreisde naar [Brabant|LOC].", false},
	} {
		n := 0
		for _, e := range extractAll(t, c.src) {
			if e.Type != "CONSULT" {
				continue
			}
			n++
			if e.Hypothetical != c.hyp || e.Shown && c.hyp {
				t.Errorf("%q: %s %q hypothetical %v shown %v, want hypothetical %v", c.src, e.Type, e.Trigger, e.Hypothetical, e.Shown, c.hyp)
			}
		}
		if n == 0 {
			t.Errorf("%q: no CONSULT event", c.src)
		}
	}
}

// TestSession16Delivery checks that delivering goods to a buyer is no
// aid, on invented sentences, while arms and aid delivered still are.
func TestSession16Delivery(t *testing.T) {
	for _, e := range extractAll(t, "[Jan Bakker] leverde gisterochtend de extra helmen aan [Fietsland|ORG].") {
		if e.Type == "AID" {
			t.Errorf("delivered helmets: %s %q %s → %s, want no aid", e.Type, e.Trigger, e.ActorText, e.RecipientText)
		}
	}
	checkShown(t, "[Rusland|LOC] leverde wapens aan [Syrië|LOC].", "AID", "Rusland", "Syrië", true)
}

// TestSession16InvertedConjunct checks that a conjunct with a fronted
// phrase and its own finite verb takes the phrase after that verb as its
// subject, not its head conjunct's subject, on an invented sentence.
func TestSession16InvertedConjunct(t *testing.T) {
	for _, e := range extractAll(t, "Zes weken geleden moest [Frontaal|ORG] de opening op het laatste moment afblazen omdat de vergunning niet rond was, maar dinsdag heeft de gemeente groen licht gegeven.") {
		if e.Type == "AGREE" && e.ActorText == "Frontaal" {
			t.Errorf("%s %q: actor Frontaal, want de gemeente", e.Type, e.Trigger)
		}
	}
}

// TestSession16PassiveHeadSubject checks that an active conjunct without
// a subject shares its passive head's surface subject, not the head's
// agent, on an invented sentence.
func TestSession16PassiveHeadSubject(t *testing.T) {
	for _, e := range extractAll(t, "De 108 migranten zijn bij hun overtocht gered door het schip [Zeemeeuw 2|ORG], en kwamen volgens Italiaanse media in opstand toen bekend werd dat zij terug naar [Libië|LOC] werden gebracht.") {
		if e.Type == "PROTEST" && e.ActorText == "Zeemeeuw 2" {
			t.Errorf("%s %q: actor the rescuing ship, want the migrants", e.Type, e.Trigger)
		}
	}
}

// TestSession16SubjectFirstConjunct checks that a clause opening with its
// subject shares it with a later conjunct whose name after the verb is an
// object (shown), while after a fronted phrase the name after the later
// verb is that conjunct's own subject (the borrowed actor not trusted),
// on invented sentences.
func TestSession16SubjectFirstConjunct(t *testing.T) {
	checkShown(t, "[Jongerenbeweging Vrij Nu|ORG] wil bont verbieden en biedt de [Tweede Kamer|ORG] 40.000 handtekeningen aan.", "REQUEST", "Jongerenbeweging Vrij Nu", "Tweede Kamer", true)
	for _, e := range extractAll(t, "Intussen roert [Ikea|ORG] zich en sloot [Nuon|ORG] een deal met [Eneco|ORG].") {
		if e.Type == "AGREE" && e.Shown && e.ActorText == "Ikea" {
			t.Errorf("%s %q shown with Ikea as actor", e.Type, e.Trigger)
		}
	}
}

// TestSession16SubjectApposition checks that a role noun set off by a
// comma right after the subject is its apposition, not the one acted
// on, on an invented sentence.
func TestSession16SubjectApposition(t *testing.T) {
	src := "Knel zitten Mensen met een zwakke sociaaleconomische positie, een lage opleiding en laag loon zijn de pineut, waarschuwt [Jan Smit], hoogleraar en hoofd [Sociale Geneeskunde|ORG] bij [Acme Kliniek|ORG]."
	for _, e := range extractAll(t, src) {
		if e.RecipientText == "Sociale Geneeskunde" || e.RecipientText == "hoogleraar" {
			t.Errorf("%s %q: recipient %q, the actor's own apposition", e.Type, e.Trigger, e.RecipientText)
		}
	}
}

// TestSession16ConquerSeats checks that winning seats or a title is no
// assault, while conquering land still is, on invented sentences.
func TestSession16ConquerSeats(t *testing.T) {
	for _, e := range extractAll(t, "Daaruit zou volgen dat de [VVD|ORG] tien van de 55 zetels in de Staten verovert, en [PvdA|ORG] op acht blijft steken.") {
		if e.Type == "ASSAULT" {
			t.Errorf("seats won: %s %q %s → %s", e.Type, e.Trigger, e.ActorText, e.RecipientText)
		}
	}
	checkShown(t, "[Israël|LOC] veroverde de [Golanhoogten|LOC] in de oorlog van juni 1967 op [Syrië|LOC].", "ASSAULT", "Israël", "Golanhoogten", true)
}

// TestSession16TriggerNoActor checks that an expression's own noun is
// never its actor, also where the parse makes it the subject, on an
// invented sentence.
func TestSession16TriggerNoActor(t *testing.T) {
	for _, e := range extractAll(t, "[Den Haag|LOC] wil niet dat ze terugkeren en heeft van sommigen het [Nederlanderschap|MISC] ingetrokken.") {
		if e.ActorText == "Nederlanderschap" {
			t.Errorf("%s %q: the expression's noun as actor", e.Type, e.Trigger)
		}
	}
}

// TestSession16DebateDay checks that the speech events of a report on a
// sitting take the day the article gives the sitting, on invented
// sentences, while a noun, a clause of reason and an event before the
// sitting's sentence stay undated.
func TestSession16DebateDay(t *testing.T) {
	src := "[Piet Jansen] werd vorig jaar minister. Het debat in de Tweede Kamer verliep gisteren rommelig. Kamerlid [Jan de Vries] vindt dat [Piet Jansen] alsnog alle middelen moet inzetten. Ook de [SP|ORG] steunt [Piet Jansen]. [Kees Bakker] kreeg geen straf omdat hij onderzoek naar [Piet Jansen] weigerde."
	text, ms, ls := annotate(src)
	at := strings.Index(text, "gisteren")
	times := []kroniek.TimeRef{{Start: at, End: at + len("gisteren"), Text: "gisteren", Value: "2024-03-11"}}
	got := map[string]string{}
	for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2024-03-12") {
		got[e.Type] = e.Date
	}
	for typ, want := range map[string]string{"REQUEST": "2024-03-11", "SUPPORT": "2024-03-11", "REJECT": ""} {
		if d, ok := got[typ]; ok && d != want {
			t.Errorf("%s dated %q, want %q", typ, d, want)
		} else if !ok && want != "" {
			t.Errorf("no %s event", typ)
		}
	}
}

// TestSession16Workers checks that werknemers is a group (a list member
// beside werkgevers) and that a group's van-phrase read past another
// noun is that noun's, on invented sentences.
func TestSession16Workers(t *testing.T) {
	checkShown(t, "Begin februari wezen de werknemers een eindbod van [Acme|ORG] af.", "REJECT", "werknemers", "Acme", true)
	found := false
	for _, e := range extractAll(t, "[Jan de Vries] vindt dat werkgevers, werknemers en kabinet het slepende dossier nu moeten afronden.") {
		if e.Type == "REQUEST" {
			found = true
			if !slices.Contains(e.Recipient, "generic:workers") {
				t.Errorf("REQUEST recipients %q, want the workers among them", e.RecipientText)
			}
		}
	}
	if !found {
		t.Errorf("no REQUEST event")
	}
}

// TestSession16PlotContent checks that a te-infinitive opened by "om"
// after a noun (a plot's content) is hypothetical whatever the parse made
// of it, while an om-clause of purpose after a verb keeps its mode, on
// invented sentences.
func TestSession16PlotContent(t *testing.T) {
	for _, e := range extractAll(t, "[Spanje|LOC] ontdekte een samenzwering om president [Jan de Vries] te vermoorden.") {
		if e.Type == "ASSAULT" && !e.Hypothetical {
			t.Errorf("%s %q: a plot's content reported as done", e.Type, e.Trigger)
		}
	}
}

// TestSession16DebateDayQuote checks that what a sentence inside quote
// marks tells keeps no sitting's day, also when the quote layer gave no
// quote, on invented sentences.
func TestSession16DebateDayQuote(t *testing.T) {
	src := "Het debat in de Tweede Kamer verliep gisteren rommelig. ,,De [SP|ORG] steunt [Piet Jansen] al jaren, maar dat helpt weinig.''"
	text, ms, ls := annotate(src)
	at := strings.Index(text, "gisteren")
	times := []kroniek.TimeRef{{Start: at, End: at + len("gisteren"), Text: "gisteren", Value: "2024-03-11"}}
	n := 0
	for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2024-03-12") {
		if e.Type == "SUPPORT" {
			n++
			if e.Date != "" {
				t.Errorf("quoted SUPPORT dated %q, want none", e.Date)
			}
		}
	}
	if n == 0 {
		t.Errorf("no SUPPORT event")
	}
}

// TestSession16AfterClauseYear checks that a nadat-clause in the simple
// past takes the bare year of the clause it hangs on, while a pluperfect
// one stays undated, on invented sentences.
func TestSession16AfterClauseYear(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"Caputova besloot vorig jaar de politieke arena te betreden nadat de journalist [Jan de Vries] en zijn vriendin werden vermoord.", "2023"},
		{"Caputova besloot vorig jaar de politieke arena te betreden nadat de journalist [Jan de Vries] en zijn vriendin waren vermoord.", ""},
	} {
		text, ms, ls := annotate(c.src)
		at := strings.Index(text, "vorig jaar")
		times := []kroniek.TimeRef{{Start: at, End: at + len("vorig jaar"), Text: "vorig jaar", Value: "2023"}}
		n := 0
		for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2024-03-12") {
			if e.Type == "ASSAULT" {
				n++
				if e.Date != c.want {
					t.Errorf("%q: dated %q, want %q", c.src, e.Date, c.want)
				}
			}
		}
		if n == 0 {
			t.Errorf("%q: no ASSAULT event", c.src)
		}
	}
}
