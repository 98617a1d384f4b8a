package event

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// session11Cases check the mechanisms written in session 11 for the kinds
// of missed event of the five development golds (issue 17), on invented
// sentences (TestSession11Kinds).
var session11Cases = []shownCase{
	// a personal pronoun subject of a waar-clause is the main clause's
	// named subject; the object pronoun is someone else
	{"[Jan Smit|PER] schreef een brief waarin hij [Piet Kamp|PER] bekritiseert.", "ACCUSE", "Jan Smit", "Piet Kamp"},
	{"[Jan Smit|PER] stuurde gisteren een brief naar wethouder [Piet Kamp|PER] waarin hij hem oproept zich hard te maken voor de markt.", "REQUEST", "Jan Smit", "Piet Kamp"},
	// a subject phrase without a name after the waar-word still gives none
	{"Het is een overeenkomst waarin ruim tachtig bedrijven afspraken maken met [Acme|ORG].", "AGREE", "", ""},
	// idioms the lexicon lacked
	{"In ruil voor een beloning legde [Piet Kamp|PER] een verklaring af tegen [Jan Smit|PER].", "ACCUSE", "Piet Kamp", "Jan Smit"},
	{"Het [OM|ORG] betitelde [Piet Kamp|PER] toen nog als 'leugenaar'.", "ACCUSE", "OM", "Piet Kamp"},
	// a proposal (stellen voor om …) is a request; imagining and
	// introducing are none
	{"[Frankrijk|LOC] en [Duitsland|LOC] stellen nu voor om voor de eurozonebegroting een afzonderlijk orgaan op te richten.", "REQUEST", "Frankrijk, Duitsland", ""},
	{"Stel je voor dat [Jan Smit|PER] morgen vertrekt.", "REQUEST", "", ""},
	{"[Jan Smit|PER] stelde [Piet Kamp|PER] voor aan de koning.", "REQUEST", "", ""},
	// a tussen-phrase names both parties of a meeting noun
	{"De ontmoeting tussen [Jan Smit|PER] en [Piet Kamp|PER] is dan ook vooral een symbolische aangelegenheid.", "CONSULT", "Jan Smit", "Piet Kamp"},
	// the decade of "in de jaren tachtig" is no part of the phrase after it
	// (user trial, session 10)
	{"[Jan Smit|PER] steunde in de jaren tachtig wrede rechtse dictators in [Midden-Amerika|LOC].", "SUPPORT", "Jan Smit", "wrede rechtse dictators in Midden-Amerika"},
	// handing over signatures is a petition
	{"[Acme|ORG] biedt de [Tweede Kamer|ORG] 40.000 handtekeningen aan.", "REQUEST", "Acme", "Tweede Kamer"},
	// a neutral label is no accusation
	{"Het [Planbureau|ORG] bestempelde [Acme|ORG] als een van de beste bedrijven.", "ACCUSE", "", ""},
}

func TestSession11Kinds(t *testing.T) {
	checkCases(t, session11Cases)
	// in opspraak komen: the subject is blamed, by no one named
	checkUnnamedDoer(t, "[Jan Smit|PER] kwam vorig jaar in opspraak omdat de raad hem een loonsverhoging wilde geven.", "ACCUSE", "Jan Smit", "", "")
}

// TestSession11Modes checks two readings of the modes: "niet alleen …
// (maar ook)" denies nothing, and an om the parse made the mark of a
// participle ("de Slag om de Zuiderzee werd … afgewezen") opens no
// om-clause, so the refusal is no plan.
func TestSession11Modes(t *testing.T) {
	for _, c := range []struct{ src, typ string }{
		{"Want drone-aanvallen worden niet alleen door het [ministerie van Defensie|ORG] uitgevoerd, maar ook door de [CIA|ORG].", "ASSAULT"},
		{"[Jan Smit|PER] sluit ook niet alleen een verbond met [Piet Kamp|PER], maar met alle levende wezens.", "AGREE"},
		{"Het advies om die wijk te vernoemen naar hoofdrolspelers uit de Slag om de Zuiderzee in 1573 werd door burgemeester [Anna Smit|PER] afgewezen.", "REJECT"},
	} {
		text, events := eventsOfType(t, c.src, c.typ)
		for _, e := range events {
			if e.Negated || e.Hypothetical {
				t.Errorf("%q: %s %s negated %v, hypothetical %v; want neither", text, e.Type, e.Trigger, e.Negated, e.Hypothetical)
			}
		}
	}
}

// TestReportingSpeaker checks that a pronoun after a quoted sentence
// (",,…”, stelt X. Hij …") refers to the quote's named speaker, not to a
// name inside the quote, and that the object pronoun of its waar-clause
// (waarin hij hem oproept) is someone else: the name the quote gave.
func TestReportingSpeaker(t *testing.T) {
	text, ms, ls := annotate(",,Het was de bedoeling dat [Piet Kamp|PER] de kaas promoot'', stelt [Jan Smit|PER]. Hij stuurde daarom gisteren een brief naar de burgemeester waarin hij hem oproept zich hard te maken voor de kaas.")
	var sp kroniek.Mention
	for _, m := range ms {
		if m.Text == "Jan Smit" {
			sp = m
		}
	}
	end := strings.Index(text, "'', stelt")
	quotes := []kroniek.Quote{{Start: 2, End: end, Text: text[2:end], Kind: kroniek.QuoteDirect,
		SpeakerLocal: sp.Local, SpeakerText: sp.Text, SpeakerStart: sp.Start, SpeakerEnd: sp.End}}
	found := false
	for _, e := range ExtractQuoted(parseDoc(t, text), ms, ls, nil, quotes, "2024-03-12") {
		if e.Type != "REQUEST" {
			continue
		}
		found = true
		if e.ActorText != "Jan Smit" || e.RecipientText != "Piet Kamp" {
			t.Errorf("%s → %s, want Jan Smit → Piet Kamp", e.ActorText, e.RecipientText)
		}
	}
	if !found {
		t.Errorf("%q: no REQUEST", text)
	}
}
