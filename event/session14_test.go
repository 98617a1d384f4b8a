package event

import (
	"strings"
	"testing"
)

// TestSession14Kinds checks the readings written in the fourteenth session
// for the default-built parser, on invented sentences: a negating adverb
// belongs to the clause its position puts it in (a later conjunct, the
// verb before a dat-clause), wherever the parse hung it; a subject
// pronoun after a fronted adverbial clause is the person that clause is
// about.
func TestSession14Kinds(t *testing.T) {
	checkCases(t, []shownCase{
		// niet at the end of the second conjunct: the first is affirmed,
		// the second denied (not recognising is rejecting)
		{"[China|LOC] koos daarin de kant van [Servië|LOC] en erkent [Kosovo|LOC], dat elf jaar geleden de onafhankelijkheid uitriep, nog altijd niet.", "SUPPORT", "China", "Servië"},
		{"[China|LOC] koos daarin de kant van [Servië|LOC] en erkent [Kosovo|LOC], dat elf jaar geleden de onafhankelijkheid uitriep, nog altijd niet.", "REJECT", "China", "Kosovo"},
		// niet before dat negates the wanting, not the wanted
		{"Binnen de coalitie wil ook het [CDA|ORG] niet dat [Lelystad|LOC] vluchten gaat aantrekken die nog niet op [Schiphol|LOC] landen.", "REQUEST", "", ""},
		// hij after "Toen X zei …,": X, not the man of the sentence before
		{"Het bedrijf van [Jan de Boer|PER] klaagde. Toen minister-president [Piet Kamp|PER] zei dat elke auto minder goed is voor het milieu, werd hij door [Acme|ORG] op het matje geroepen.", "ACCUSE", "Acme", "Piet Kamp"},
	})
}

// TestSession14Recall checks the lexicon lines added in the fourteenth
// session for recall, on invented sentences: grumbling about a named side
// is criticism, showing sympathy is support, praise for someone
// supports them and a fine sanctions.
func TestSession14Recall(t *testing.T) {
	checkCases(t, []shownCase{
		{"[Piet Jansen|PER] moppert al weken over [Ajax|ORG].", "ACCUSE", "Piet Jansen", "Ajax"},
		{"[Kees Bakker|PER] betoonde zijn medeleven aan [Jan de Boer|PER].", "SUPPORT", "Kees Bakker", "Jan de Boer"},
		// a fine is a sanction, as a fine imposed (boete opleggen) is
		{"De [NVWA|ORG] beboette [Acme|ORG] vorige week voor de misstanden.", "SANCTION", "NVWA", "Acme"},
		// mopperen is criticism only of a name or group
		{"[Piet Jansen|PER] moppert over het weer.", "ACCUSE", "", ""},
	})
	for _, c := range []struct{ src, typ, trigger string }{
		{"Met veel loftuitingen voor de aanwezige sjeik [Mohammed Saleh|PER].", "SUPPORT", "loftuitingen"},
	} {
		_, evs := eventsOfType(t, c.src, c.typ)
		for _, e := range evs {
			if e.Trigger != c.trigger {
				t.Errorf("%q: %s trigger %q, want %q", c.src, c.typ, e.Trigger, c.trigger)
			}
		}
	}
}

// TestSession14OwnerWithin checks that criticism of a thing at an
// organisation (de misstanden bij X, de cultuur binnen de politie) is
// criticism of that organisation, and that a place or a person in such a
// phrase, or support of a thing at an organisation, gives no recipient.
func TestSession14OwnerWithin(t *testing.T) {
	checkCases(t, []shownCase{
		{"[Jan Smit|PER] hekelde de misstanden bij [Acme|ORG].", "ACCUSE", "Jan Smit", "Acme"},
		{"[Jan Smit|PER] bekritiseert de cultuur binnen de politie.", "ACCUSE", "Jan Smit", "politie"},
		{"[Jan Smit|PER] bekritiseert de toestand in [Frankrijk|LOC].", "ACCUSE", "", ""},
		{"[Jan Smit|PER] bekritiseert de situatie bij [Piet Kamp|PER].", "ACCUSE", "", ""},
		{"[Jan Smit|PER] steunt de plannen bij [Acme|ORG].", "SUPPORT", "", ""},
	})
}

// TestSession14AttackOwner checks that an attack on a thing of a named
// party (its positions, its car) is an attack on that party, in an active
// clause only: the passive subject of misbruiken is what was misused.
func TestSession14AttackOwner(t *testing.T) {
	checkCases(t, []shownCase{
		{"Het [Israëlische leger|ORG] bombardeerde dinsdag de posities van [Hamas|ORG].", "ASSAULT", "Israëlische leger", "Hamas"},
		{"[Jan de Vries|PER] vernielde de auto van [Piet Kamp|PER].", "ASSAULT", "Jan de Vries", "Piet Kamp"},
	})
	text, evs := eventsOfType(t, "Daarmee moet worden voorkomen dat de inkomsten van [Venezuela|LOC] door [Maduro|PER] worden misbruikt.", "ASSAULT")
	for _, e := range evs {
		if e.RecipientText == "Venezuela" {
			t.Errorf("%q: %s → %s, want no owner recipient in a passive", text, e.ActorText, e.RecipientText)
		}
	}
}

// TestVerbConjunctObject: a noun the parse joined with en to the verb
// after its object is a member of the object's list, not a clause of its
// own.
func TestVerbConjunctObject(t *testing.T) {
	text, ms, ls := annotate("De [politie|ORG] arresteerde de vrouw en twee mannen.")
	evs := Extract(parseDoc(t, text), ms, ls, nil, "2019-04-01")
	if len(evs) == 0 {
		t.Fatalf("no event in %q", text)
	}
	if e := evs[0]; !strings.Contains(e.RecipientText, "vrouw") || !strings.Contains(e.RecipientText, "mannen") {
		t.Errorf("%s %q recipient %q, want the woman and the two men", e.Type, e.Trigger, e.RecipientText)
	}
}
