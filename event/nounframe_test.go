package event

import (
	"testing"
)

// TestNounFrameNation: a nationality adjective in an event noun's own
// phrase names its actor (the country, when the article names it); the
// subject of the sentence before may not take the slot, nor swallow the
// noun's recipient (before: actor "Verenigde Staten, Iran", no recipient).
func TestNounFrameNation(t *testing.T) {
	src := "De [Verenigde Staten|LOC] en [Iran|LOC] liggen al jaren overhoop. De Amerikaanse sancties tegen [Iran|LOC] treffen de bevolking hard."
	text, ms, ls := annotate(src)
	for i := range ls {
		if ls[i].Name == "Verenigde Staten" {
			ls[i].KB = "country:US"
		}
	}
	n := 0
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2019-03-20") {
		if e.Type != "SANCTION" {
			continue
		}
		n++
		if e.ActorText != "Verenigde Staten" || e.RecipientText != "Iran" {
			t.Errorf("%s %q: actor %q recipient %q, want Verenigde Staten → Iran", e.Type, e.Trigger, e.ActorText, e.RecipientText)
		}
	}
	if n != 1 {
		t.Errorf("%d sanctions, want 1", n)
	}
}

// TestNounFrameAgent: a door-phrase that follows an event noun's own
// phrases in an active clause is the noun's actor, not the clause
// subject's (before: de politie arrested); a door-phrase the parse gives a
// passive verb is that verb's agent, not the noun's.
func TestNounFrameAgent(t *testing.T) {
	for _, c := range []struct{ src, typ, actor string }{
		{"De politie heeft de arrestatie van [Jan de Vries] door [Interpol|ORG] bevestigd.", "COERCE", "Interpol"},
		{"De arrestatie van [Meng Wanzhou] werd door [China|LOC] scherp veroordeeld.", "COERCE", ""},
	} {
		_, evs := eventsOfType(t, c.src, c.typ)
		for _, e := range evs {
			if e.ActorText != c.actor {
				t.Errorf("%q: %s %q actor %q, want %q", c.src, e.Type, e.Trigger, e.ActorText, c.actor)
			}
		}
	}
}

// TestExpressionOwnerRecipient: an expression whose frame phrase the
// parse hangs on its noun (heeft kritiek op …) takes as recipient the
// party whose thing that phrase names, as a verb's own phrase does
// (verzet zich tegen het plan van X). Before: no recipient, not shown.
func TestExpressionOwnerRecipient(t *testing.T) {
	for _, src := range []string{
		"[Jansen] heeft kritiek op het besluit van minister [Koolmees].",
		"[Jansen] heeft kritiek op de plannen van [Shell|ORG].",
	} {
		_, evs := eventsOfType(t, src, "ACCUSE")
		for _, e := range evs {
			if e.RecipientText == "" || !e.Shown {
				t.Errorf("%q: %s %q recipient %q shown %v, want the owner, shown", src, e.Type, e.Trigger, e.RecipientText, e.Shown)
			}
		}
	}
}

// TestKindOpensName: an organisation whose name opens with its kind
// ("gemeente Nijmegen", "rechtbank van Breda") is what "de gemeente", "de
// rechtbank" later refer to, as one introduced as "vakbond FNV" is for
// "de bond". Before: "de gemeente" stayed a text side.
func TestKindOpensName(t *testing.T) {
	src := "De [Radboud Universiteit|ORG] ligt in de [gemeente Nijmegen|ORG]. De universiteit vraagt de gemeente om de regels snel aan te passen."
	text, ms, ls := annotate(src)
	key := ""
	for _, l := range ls {
		if l.Name == "gemeente Nijmegen" {
			key = l.Key
		}
	}
	n := 0
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2019-03-20") {
		if e.Type != "REQUEST" {
			continue
		}
		n++
		if len(e.RecipientLocal) != 1 || e.RecipientLocal[0] != key {
			t.Errorf("%s %q: recipient %v %q, want the gemeente Nijmegen (%s)", e.Type, e.Trigger, e.RecipientLocal, e.RecipientText, key)
		}
	}
	if n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
}
