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

// TestRubricsAndBylines checks that a paper's section a letter answers,
// "(Opinie, 2 maart)", is no name while a known paper there stays, and
// that a lower-case signature closing a column is a person's mention
// (made-up names).
func TestRubricsAndBylines(t *testing.T) {
	text := "Ik las de column van Hanneke Vrolijk (Opinie, 2 maart) en die in Trouw (Trouw, 16 februari). " +
		"Een reactie (Brieven 18-3) volgde. Wij zijn het er niet mee eens. w.dorrestein"
	les, ms := localOf(t, text, "nl", true)
	for _, m := range ms {
		if m.Text == "Opinie" || m.Text == "Brieven" {
			t.Errorf("rubric %q is a mention", m.Text)
		}
	}
	if e := entityOf(les, ms, "Trouw"); e == nil {
		t.Errorf("the paper Trouw before a date is lost")
	}
	if e := entityOf(les, ms, "w.dorrestein"); e == nil || e.Type != kroniek.PER || e.Name != "W. Dorrestein" {
		t.Errorf("signature w.dorrestein: %+v", e)
	}
}

// TestLastNameAfterMiddleNames checks that a lone family name the tagger
// typed otherwise joins the one person an article opens with, whose name
// it also gives with a middle name, and that a possessive s after the
// full name goes (made-up names); a place beside a club named after it
// stays a place.
func TestLastNameAfterMiddleNames(t *testing.T) {
	text := "Radovan Krelj sprak zondag. Radovan Ilic Krelj (70) werd in 1949 geboren. Krelj is generaal. " +
		"De troepen van Radovan Kreljs leger rukten op. De opmars van Krelj gaat door."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	tags := capTag(doc)
	for i := range tags {
		if tags[i].Text == "Krelj" {
			tags[i].Type = kroniek.ORG // the tagger's slip
		}
	}
	les, ms := Local(doc, tags, loadKB(t))
	e := entityOf(les, ms, "Krelj")
	if e == nil || e.Type != kroniek.PER || e != entityOf(les, ms, "Radovan Krelj") {
		t.Errorf("Krelj: %+v, want the person Radovan Krelj", e)
	}
	for _, m := range ms {
		if m.Text == "Radovan Kreljs" {
			t.Errorf("possessive s kept: %q", m.Text)
		}
	}
}

// TestLastNameOfTheEarlierPerson checks that a lone family name joins the
// one person of that name the article named before it, even when another
// comes later ("his brother"), and stays alone when two came before
// (made-up names).
func TestLastNameOfTheEarlierPerson(t *testing.T) {
	les, ms := localOf(t, "De president Radomir Kestel trad af. Kestel vertrok gisteren. Zijn broer Dusan Kestel zweeg.", "nl", true)
	if e := entityOf(les, ms, "Kestel"); e == nil || e != entityOf(les, ms, "Radomir Kestel") {
		t.Errorf("Kestel: %+v, want Radomir Kestel", e)
	}
	les, ms = localOf(t, "Wilma Sterkman en Adriaan Sterkman kwamen. Mevrouw Sterkman vloog.", "nl", true)
	if e := entityOf(les, ms, "Sterkman"); e != nil && (e == entityOf(les, ms, "Wilma Sterkman") || e == entityOf(les, ms, "Adriaan Sterkman")) {
		t.Errorf("Sterkman joined one of two people named before it: %+v", e)
	}
}

// TestLetterSignaturePlace checks that the word after a letter writer's
// name and a comma that closes the letter is a place (made-up names).
func TestLetterSignaturePlace(t *testing.T) {
	les, ms := localOf(t, "Wij moeten nu kiezen.\nJannes Vlietstra, Oosterwoud.\n\nEen tweede brief volgt.", "nl", true)
	if e := entityOf(les, ms, "Oosterwoud"); e == nil || e.Type != kroniek.LOC {
		t.Errorf("Oosterwoud closing a letter: %+v, want a place", e)
	}
}
