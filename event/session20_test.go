package event

import (
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// TestSession20ListedVerbSubject checks that a verb of a list the parse
// hangs on the first verb as parataxis shares that verb's subject, and
// that the same verb disagreeing in number, or not right after a comma,
// does not; invented sentences.
func TestSession20ListedVerbSubject(t *testing.T) {
	src := "[Karel Dorp] vecht voor zijn baan, gooit met modder naar zijn tegenstanders, haalt uit naar kritische journalisten en beloofde gisteren steun aan [Piet Smit]."
	checkShown(t, src, "ACCUSE", "Karel Dorp", "journalisten", true)
	text, _, _ := annotate(src)
	doc := parseDoc(t, text)
	doc.Parsed(0)
	v := -1
	for i, tk := range doc.Tokens {
		if tk.Text == "haalt" {
			v = i
		}
	}
	if v < 0 || doc.Tokens[v].Rel != "parataxis" {
		t.Skipf("the parse no longer hangs haalt as parataxis: nothing to check")
	}
	x := &extractor{doc: doc}
	if got := x.listedVerbSubject(v); got != 0 {
		t.Errorf("listedVerbSubject(haalt) = %d, want 0 (Karel)", got)
	}
	doc.Tokens[v].Feats = doc.Tokens[v].Feats&^nl.FeatSing | nl.FeatPlur
	if got := x.listedVerbSubject(v); got != -1 {
		t.Errorf("listedVerbSubject(plural haalt) = %d, want -1", got)
	}
	doc.Tokens[v].Feats = doc.Tokens[v].Feats&^nl.FeatPlur | nl.FeatSing
	doc.Tokens[v-1].Text = "en"
	if got := x.listedVerbSubject(v); got != -1 {
		t.Errorf("listedVerbSubject(haalt after en) = %d, want -1", got)
	}
}

// TestSession20DemandStateOfMind checks that moeten before a verb of a
// state of mind (beseffen, zich afvragen) makes no demand, while moeten
// before a deed still does; invented sentences.
func TestSession20DemandStateOfMind(t *testing.T) {
	checkShown(t, "Volgens [Karel Dorp] moet [Acme|ORG] de klanten nog deze maand terugbetalen.", "REQUEST", "Karel Dorp", "Acme", true)
	checkShown(t, "Volgens [Karel Dorp] moet [Acme|ORG] beseffen dat de klanten boos zijn.", "REQUEST", "", "", false)
	checkShown(t, "Volgens [Karel Dorp] moet [Acme|ORG] zich eerst afvragen of de klanten tevreden zijn.", "REQUEST", "", "", false)
}

// TestSession20ProsecutorsDemand checks that a demand for a sentence is a
// charge (ACCUSE) against the one the tegen- or voor-phrase names, while a
// demand of a party stays a REQUEST; invented sentences.
func TestSession20ProsecutorsDemand(t *testing.T) {
	checkCases(t, []shownCase{
		{"Het [Openbaar Ministerie|ORG] eiste gisteren vier jaar cel tegen [Karel Dorp].", "ACCUSE", "Openbaar Ministerie", "Karel Dorp"},
		{"Het [Openbaar Ministerie|ORG] eiste gisteren vier jaar cel tegen [Karel Dorp].", "REQUEST", "", ""},
		{"Vorige week eiste het [OM|ORG] een taakstraf voor [Piet Smit].", "ACCUSE", "OM", "Piet Smit"},
		{"[Acme|ORG] eist van [Piet Smit] dat hij de rekening betaalt.", "REQUEST", "Acme", "Piet Smit"},
	})
}

// TestSession20BodyReferent checks that singular ze in the dat-clause of
// an organisation's statement is that organisation, not a woman named in
// the sentence before, and that a plural verb keeps it from being so;
// invented sentences.
func TestSession20BodyReferent(t *testing.T) {
	checkShown(t, "[Anna Smit] werkt al jaren bij de fabriek. Gisteren liet [Acme|ORG] weten dat ze [Piet Smit] heeft geschorst.", "SANCTION", "Acme", "Piet Smit", true)
	_, evs := eventsOfType(t, "[Anna Smit] werkt al jaren bij de fabriek. Gisteren liet [Acme|ORG] weten dat ze [Piet Smit] hebben geschorst.", "SANCTION")
	for _, e := range evs {
		if e.ActorText == "Acme" {
			t.Errorf("SANCTION by Acme, want not Acme (ze with a plural verb is no one body)")
		}
	}
}
