package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// TestLocalMembersAndShips checks that a member noun (X'ers) is no name
// but names its body, that a ship after "het schip" and a team named by
// its head noun are typed by the noun (made-up names).
func TestLocalMembersAndShips(t *testing.T) {
	text := "De Zwolse Trimbo-ploeg kwam aan. Volgens twee KRV'ers is het schip Morla Vento gezonken. " +
		"Het Gezamenlijk Zoek Team (GZT) onderzoekt het. Het GZT zegt niets."
	les, ms := localOf(t, text, "nl", true)
	for _, m := range ms {
		if m.Text == "KRV'ers" {
			t.Errorf("member noun %q is a mention", m.Text)
		}
	}
	if e := entityOf(les, ms, "Morla Vento"); e == nil || e.Type != kroniek.MISC {
		t.Errorf("the ship Morla Vento: %+v", e)
	}
	if e := entityOf(les, ms, "Gezamenlijk Zoek Team"); e == nil || e.Type != kroniek.ORG {
		t.Errorf("Gezamenlijk Zoek Team: %+v", e)
	}
}

// TestKnownAcronymOfCompound checks that a known acronym a one-word
// compound introduces is that compound's, not the knowledge base's.
func TestKnownAcronymOfCompound(t *testing.T) {
	text := "De Bouwbegeleidingscommissie (BBC) vergaderde. De BBC wil meer geld. Later meldde de BBC uit Londen iets anders."
	les, ms := localOf(t, text, "nl", true)
	e := entityOf(les, ms, "BBC")
	if e == nil || e.KB != "" || e != entityOf(les, ms, "Bouwbegeleidingscommissie") {
		t.Errorf("BBC after Bouwbegeleidingscommissie: %+v", e)
	}
	if e != nil && e.Type != kroniek.ORG {
		t.Errorf("Bouwbegeleidingscommissie typed %s", e.Type)
	}
}

// TestCompoundSpells checks acronyms spelt through a one-word compound;
// a name of several words spells initials or nothing.
func TestCompoundSpells(t *testing.T) {
	spelt := map[[2]string]bool{
		{"BBC", "Bouwbegeleidingscommissie"}:                      true,
		{"VC", "Verkeerscentrale"}:                                true,
		{"BBC", "Gemeenteraad"}:                                   false,
		{"AIVD", "Algemene Inlichtingen- en Veiligheidsdiensten"}: false,
		{"VC", "Vc"}: false,
	}
	for pair, want := range spelt {
		if compoundSpells(pair[0], pair[1]) != want {
			t.Errorf("compoundSpells(%q, %q) != %v", pair[0], pair[1], want)
		}
	}
}

// TestHeadingNouns checks that an adjective or a plural noun opening a
// sentence is no name by its part of speech, and a name elsewhere in the
// article keeps it (the parts of speech are set by hand: the mechanism,
// not the tagger, is tested).
func TestHeadingNouns(t *testing.T) {
	text := "Opstandige leiders staan terecht. Touroperators zijn boos. Wostel zegt het. Ook Jan Wostel."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	midCap := func(string) bool { return false }
	cands := map[string]cand{}
	for _, w := range []string{"Opstandige", "Touroperators", "Wostel"} {
		i := strings.Index(text, w)
		cands[w] = cand{start: i, end: i + len(w), typ: kroniek.MISC}
	}
	set := func(w string, p nl.POS, f nl.Feats) {
		ti := tokenIndex(doc, cands[w].start)
		doc.Tokens[ti].POS, doc.Tokens[ti].Feats = p, f
	}
	set("Opstandige", nl.ADJ, 0)
	set("Touroperators", nl.NOUN, nl.FeatPlur)
	set("Wostel", nl.NOUN, nl.FeatPlur)
	j := strings.Index(text, "Jan Wostel")
	all := []cand{cands["Opstandige"], cands["Touroperators"], cands["Wostel"], {start: j, end: j + len("Jan Wostel"), typ: kroniek.PER}}
	for w, want := range map[string]bool{"Opstandige": true, "Touroperators": true, "Wostel": false} {
		if got := headingNoun(doc, cands[w], all, midCap); got != want {
			t.Errorf("headingNoun(%s) = %v, want %v", w, got, want)
		}
	}
}
