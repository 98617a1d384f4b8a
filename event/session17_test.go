package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSession17ToenAdverb checks that a sentence opening with the adverb
// toen (a finite verb right after it, which the parse may still read as
// the subordinator) continues the time of the sentence before, also when
// the tagger reads a strong past plural (lagen) as present; invented
// sentences.
func TestSession17ToenAdverb(t *testing.T) {
	src := "Vorig jaar ontstond een discussie over de namen van vleesvervangers. Toen lagen de bedrijven [Groenbek|ORG] en [Bladgoed|ORG] onder vuur."
	text, ms, ls := annotate(src)
	at := strings.Index(text, "Vorig jaar")
	times := []kroniek.TimeRef{{Start: at, End: at + len("Vorig jaar"), Text: "Vorig jaar", Value: "2018"}}
	n := 0
	for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2019-04-02") {
		if e.Type != "ACCUSE" {
			continue
		}
		n++
		if e.Date != "2018" {
			t.Errorf("%s %q dated %q, want 2018", e.Type, e.Trigger, e.Date)
		}
	}
	if n == 0 {
		t.Error("no ACCUSE event")
	}
}

// TestSession17PlaceInActorPhrase checks that a place inside the actor's
// phrase ("uit de Duitse staat X", where staat is also a form of staan)
// is no recipient, and that immigranten is a group that can be one;
// invented sentence.
func TestSession17PlaceInActorPhrase(t *testing.T) {
	_, evs := eventsOfType(t, "De familie [Bakker] uit de Duitse staat [Saksen|LOC] slaat de handen ineen met immigranten die hetzelfde lot delen.", "COOPERATE")
	for _, e := range evs {
		if strings.Contains(e.RecipientText, "Saksen") {
			t.Errorf("recipient %q: the actor's home state", e.RecipientText)
		}
		if !slices.Contains(e.Recipient, "generic:migrants") {
			t.Errorf("recipients %v, want generic:migrants", e.Recipient)
		}
	}
}

// TestSession17NarrativeMisreadPast checks that a sentence continues the
// day of the sentence before when that sentence opens with an additive
// "ook" before a name and its verb is a weak past the tagger may read as
// a participle, and that "laatst" (a vague time of its own) continues
// nothing; invented sentences.
func TestSession17NarrativeMisreadPast(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"Ook [Jan Smit] benadrukte dinsdag de noodzaak van eenheid. Hij waarschuwde [Rusland|LOC] tegen pogingen de unie te verdelen.", "2024-03-12"},
		{"Ook [Jan Smit] benadrukte dinsdag de noodzaak van eenheid. Hij waarschuwde laatst [Rusland|LOC] tegen pogingen de unie te verdelen.", ""},
	} {
		text, ms, ls := annotate(c.src)
		at := strings.Index(text, "dinsdag")
		times := []kroniek.TimeRef{{Start: at, End: at + len("dinsdag"), Text: "dinsdag", Value: "2024-03-12"}}
		n := 0
		for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2024-03-13") {
			if e.Trigger != "waarschuwde" {
				continue
			}
			n++
			if e.Date != c.want {
				t.Errorf("%q: dated %q, want %q", c.src, e.Date, c.want)
			}
		}
		if n == 0 {
			t.Errorf("%q: no event on waarschuwde", c.src)
		}
	}
}

// TestSession17PrepositionalSide checks that a side kept as text that
// opens with a preposition is no side, while a role phrase is one; the
// parse of a sentence the splitter kept whole (an initial before the next
// sentence) once gave such a phrase as an inherited subject.
func TestSession17PrepositionalSide(t *testing.T) {
	lx, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	x := &extractor{lx: lx, locals: map[string]*kroniek.LocalEntity{}}
	for text, want := range map[string]bool{"met de politie om te praten": false, "de politie": true, "tegen de burgemeester": false, "of een oppositiepartij": false} {
		a := x.validSide(arg{keys: []string{""}, texts: []string{text}})
		got := !a.empty()
		if got != want {
			t.Errorf("%q kept as a side: %v, want %v", text, got, want)
		}
	}
}

// TestSession17CompoundModifierName checks that a party inside a role
// compound (Oud-CDA-Kamerlid) is not taken for the named person the
// phrase is about, when a run-in heading word makes the parse hang the
// whole phrase on that word; invented sentence.
func TestSession17CompoundModifierName(t *testing.T) {
	_, evs := eventsOfType(t, "Reizen Oud-[CDA|ORG]-Kamerlid [Piet Jansen] bezocht in 2015 [Noorwegen|LOC], samen met [Klaas Bakker].", "CONSULT")
	for _, e := range evs {
		if strings.Contains(e.ActorText, "CDA") || !strings.Contains(e.ActorText, "Piet Jansen") {
			t.Errorf("actor %q, want Piet Jansen (not the party)", e.ActorText)
		}
	}
}

// TestSession17ArrestByPolice checks that a passive arrest without a doer
// takes the one police force the article names, unless the sentence
// places it in another country; invented sentences.
func TestSession17ArrestByPolice(t *testing.T) {
	for _, c := range []struct {
		src   string
		actor bool
	}{
		{"De [politie|ORG] zocht dagenlang naar de dader. Vrijdag werd [Piet Jansen] in [Utrecht|LOC] aangehouden.", true},
		{"De [politie|ORG] zocht dagenlang naar de dader. Vrijdag werd [Piet Jansen] in [Turkije|LOC] opgepakt.", false},
		{"De [politie|ORG] zocht dagenlang naar de dader. Vrijdag werd [Piet Jansen], afkomstig uit [Turkije|LOC], in [Utrecht|LOC] opgepakt.", true},
		{"De [politie|ORG] zocht dagenlang naar de dader. Vrijdag werd [Piet Jansen] in het [Kralingse Bos|LOC] opgepakt.", true},
	} {
		text, ms, ls := annotate(c.src)
		for i := range ls {
			switch ls[i].Name {
			case "politie":
				ls[i].KB, ls[i].Country = "org:politie-nl", "NL"
			case "Utrecht":
				ls[i].Country = "NL"
			case "Turkije":
				ls[i].Country = "TR"
			}
		}
		n := 0
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-13") {
			if e.Type != "COERCE" {
				continue
			}
			n++
			if got := strings.Contains(e.ActorText, "politie"); got != c.actor {
				t.Errorf("%q: actor %q, want the police: %v", c.src, e.ActorText, c.actor)
			}
		}
		if n == 0 {
			t.Errorf("%q: no COERCE event", c.src)
		}
	}
}

// TestSession17WelcomeThing checks that welcoming a decision is support
// while welcoming a person is a host's welcome and no event; invented
// sentences.
func TestSession17WelcomeThing(t *testing.T) {
	for src, want := range map[string]bool{
		"De [PvdA|ORG] verwelkomt het besluit van het kabinet.":          true,
		"[PvdA|ORG] in [Delft|LOC] verwelkomt een vader bij de fractie.": false,
		"De burgemeester verwelkomde [Jan Smit] in het stadhuis.":        false,
	} {
		text, ms, ls := annotate(src)
		got := false
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-13") {
			if e.Type == "SUPPORT" {
				got = true
			}
		}
		if got != want {
			t.Errorf("%q: SUPPORT %v, want %v", src, got, want)
		}
	}
}

// TestSession17PrefieldTime checks that a time inside the noun phrase
// before a main clause's finite verb dates that phrase, not the verb,
// while a time after the verb still dates it; invented sentences.
func TestSession17PrefieldTime(t *testing.T) {
	for _, c := range []struct{ src, year, want string }{
		{"Het plan om het plein te noemen naar de helden uit de Slag om Grolle in 1627 werd door wethouder [Femke Bakker] afgewezen.", "1627", ""},
		{"[Femke Bakker] wees in 2018 het advies van de commissie af.", "2018", "2018"},
	} {
		text, ms, ls := annotate(c.src)
		at := strings.Index(text, c.year)
		times := []kroniek.TimeRef{{Start: at, End: at + 4, Text: c.year, Value: c.year}}
		n := 0
		for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2024-03-13") {
			if e.Type != "REJECT" {
				continue
			}
			n++
			if e.Date != c.want {
				t.Errorf("%q: dated %q, want %q", c.src, e.Date, c.want)
			}
		}
		if n == 0 {
			t.Errorf("%q: no REJECT event", c.src)
		}
	}
}

// TestSession17JustBeforeDay checks that a day the event came just before
// ("vlak voor kerst") dates it by the month only, while a day itself dates
// it by the day; invented sentences.
func TestSession17JustBeforeDay(t *testing.T) {
	for _, c := range []struct{ src, time, want string }{
		{"[Sanne de Wit] werd vlak voor kerst vorig jaar in de cel gezet.", "kerst vorig jaar", "2018-12"},
		{"[Sanne de Wit] werd op kerst vorig jaar in de cel gezet.", "kerst vorig jaar", "2018-12-25"},
	} {
		text, ms, ls := annotate(c.src)
		at := strings.Index(text, c.time)
		times := []kroniek.TimeRef{{Start: at, End: at + len(c.time), Text: c.time, Value: "2018-12-25"}}
		n := 0
		for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2019-03-13") {
			n++
			if e.Date != c.want {
				t.Errorf("%q: %s dated %q, want %q", c.src, e.Type, e.Date, c.want)
			}
		}
		if n == 0 {
			t.Errorf("%q: no event", c.src)
		}
	}
}

// TestSession17AvoidedEvent checks that an event noun that is the object
// of a verb of avoiding or cancelling is no event, while the same noun
// held is one; invented sentences.
func TestSession17AvoidedEvent(t *testing.T) {
	for src, want := range map[string]bool{
		"[Acme|ORG] mijdt gesprek met [Tweede Kamer|ORG] over belastingregels.":        false,
		"De premier annuleerde zijn bezoek aan [China|LOC].":                           false,
		"[Acme|ORG] voert een gesprek met de [Tweede Kamer|ORG] over belastingregels.": true,
	} {
		text, ms, ls := annotate(src)
		got := false
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-13") {
			if e.Type == "CONSULT" {
				got = true
			}
		}
		if got != want {
			t.Errorf("%q: CONSULT %v, want %v", src, got, want)
		}
	}
}

// TestColonInstanceDate: a clause after a colon opened by "zo" gives an
// instance of what the dated part before the colon tells, and takes its
// time; without "zo", or with the time not opening the sentence, it stays
// undated.
func TestColonInstanceDate(t *testing.T) {
	for _, c := range []struct {
		name, src, tm, value, want string
	}{
		{"zo", "Vorige week is ook streng gecontroleerd: zo ging de [inspectie|ORG] langs bij [vijf slachterijen|ORG].", "Vorige week", "2019-W13", "2019-W13"},
		{"no zo", "Vorige week is ook streng gecontroleerd: de [inspectie|ORG] ging langs bij [vijf slachterijen|ORG].", "Vorige week", "2019-W13", ""},
		{"time later", "Er is ook streng gecontroleerd vorige week: zo ging de [inspectie|ORG] langs bij [vijf slachterijen|ORG].", "vorige week", "2019-W13", ""},
	} {
		text, ms, ls := annotate(c.src)
		times := []kroniek.TimeRef{timeRef(text, c.tm, c.value, "", kroniek.TimeDate)}
		evs := Extract(parseDoc(t, text), ms, ls, times, "2019-04-01")
		got, found := "", false
		for _, e := range evs {
			if e.Trigger == "ging … langs" || strings.Contains(e.Trigger, "langs") {
				got, found = e.Date, true
			}
		}
		if !found {
			t.Errorf("%s: no visit event in %v", c.name, evs)
			continue
		}
		if got != c.want {
			t.Errorf("%s: date %q, want %q", c.name, got, c.want)
		}
	}
}
