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
