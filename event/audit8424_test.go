package event

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// TestAudit8424Kinds checks the mechanisms written for the kinds of error
// the judged seed-8424 audit found, on invented sentences: each event of
// the given type must not be shown (a reported perfect read as a particle
// verb, private first-person calls, surveys, stances, co-actors read as
// recipients, gapped subjects, possessors, name tails, attributive
// participles, an unread tegen-phrase, the paper's own writer) or, with
// an actor, must be shown with that actor text.
func TestAudit8424Kinds(t *testing.T) {
	for _, c := range []struct {
		src, typ, actor string // actor "" means: no such event shown
	}{
		{"[Piet Kamp|PER] zei gisteravond op het perron te zijn bestolen door een onbekende.", "SANCTION", ""},
		{",,Ik heb [Piet Kamp|PER] meteen gebeld.", "CONSULT", ""},
		{"[Acme|ORG] vroeg vaste medewerkers voor een onderzoek naar hun werk.", "REQUEST", ""},
		{"[Shell|ORG] liet weten dat hun opvattingen niet altijd overeenkomen met die van [Lukoil|ORG].", "AGREE", ""},
		{"Donderdag sloten [Polen|LOC] en [Hongarije|LOC] zich bij die groep aan.", "SUPPORT", ""},
		{"[Jan de Boer|PER] ging samen met [Piet Kamp|PER] op bezoek bij premier [Kees Vos|PER].", "CONSULT", "Jan de Boer, Piet Kamp"},
		{"Tegen B. eiste het [Openbaar Ministerie|ORG] vier jaar cel.", "REQUEST", ""},
		{"Onze correspondent [Jan Smit|PER] bekritiseerde [Kees Vos|PER] fel.", "ACCUSE", ""},
		{"Hij herinnert zich hoe [Jan de Boer|PER] samen met [Piet Kamp|PER] bij premier [Kees Vos|PER] op bezoek ging.", "CONSULT", "Jan de Boer, Piet Kamp"},
	} {
		checkShown(t, c.src, c.typ, c.actor, "", false)
	}
}

// TestGluedAndPossessor checks the byte-level tests for a name's tail
// ("Up!Network" tagged "Network"), a possessor ("Tim S.' advocaten") and
// a compound before a name ("Oud-PvdA-Kamerlid Hilkens").
func TestGluedAndPossessor(t *testing.T) {
	text := "Toen iemand van Up!Groen NL sprak. Groen NL' advocaten vragen vrijspraak."
	s := &sentenceCtx{text: text, sent: &nl.Sentence{End: len(text)}}
	at := strings.Index(text, "Groen NL")
	if !glued(s, at) {
		t.Errorf("Groen NL after Up! is not glued")
	}
	if glued(s, strings.Index(text, "iemand")) {
		t.Errorf("a word after a space is glued")
	}
	second := strings.LastIndex(text, "Groen NL")
	if !possessor(s, second+len("Groen NL")) || possessor(s, at+len("Groen NL")) {
		t.Errorf("possessor wrong")
	}
	c := &sentenceCtx{text: "Oud-GL-Kamerlid Jan Smit en GL-leden", sent: &nl.Sentence{End: 36}}
	if !compoundHead(c, strings.Index(c.text, "GL")+2) || compoundHead(c, strings.LastIndex(c.text, "GL")+2) {
		t.Errorf("compoundHead wrong: a compound before a name modifies the name, one alone stays")
	}
}
