package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// localAliases returns the article's local entities as "name/TYPE:
// alias|alias" for text (made-up texts; the ner tagger when it loads).
func localAliases(t *testing.T, text string) []string {
	t.Helper()
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	locals, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	forms := map[string][]string{}
	for _, m := range ms {
		if !slices.Contains(forms[m.Local], m.Text) {
			forms[m.Local] = append(forms[m.Local], m.Text)
		}
	}
	var out []string
	for _, l := range locals {
		out = append(out, l.Name+"/"+l.Type+": "+strings.Join(forms[l.Key], "|"))
	}
	return out
}

// TestSession12BracketLongForms checks that the capitalised words an
// acronym in brackets spells are one body's name the acronym joins, and
// that a name running into the words from before stays (made-up text).
func TestSession12BracketLongForms(t *testing.T) {
	got := strings.Join(localAliases(t, "Het rapport van de Vereniging van Zorbelse Toezichthouders in de Quorbzorg (VZTQ) kwam dinsdag. "+
		"De VZTQ wil meer geld. Ook de Quorbel Professional Golf Association (QPGA) reageerde."), ", ")
	for _, want := range []string{"Vereniging van Zorbelse Toezichthouders in de Quorbzorg/ORG", "VZTQ", "Quorbel Professional Golf Association/ORG", "QPGA"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
	if strings.Contains(got, ", Quorbzorg/") || strings.Contains(got, ", Quorbel/") || strings.Contains(got, ", VZTQ/") || strings.Contains(got, ", QPGA/") {
		t.Errorf("a piece of a long form or its acronym stands alone: %s", got)
	}
}

// TestSession12BareApostrophe checks that a person's possessive written
// with a bare apostrophe after s, x or z is the mention's form and joins
// the person, and that a closing quote mark after a name stays out
// (made-up text).
func TestSession12BareApostrophe(t *testing.T) {
	doc := nl.Parse("Wethouder Herman Quelvis opende het plein. In Quelvis' wijk is het rustig. "+
		"Ze noemde het 'een cadeau van Quelvis' en lachte.", nl.Options{Lang: "nl"})
	_, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	var texts []string
	for _, m := range ms {
		texts = append(texts, m.Text)
		if m.Text != doc.Text[m.Start:m.End] {
			t.Errorf("mention %q is not the text at its offsets %q", m.Text, doc.Text[m.Start:m.End])
		}
	}
	got := strings.Join(texts, ", ")
	if strings.Count(got, "Quelvis'") != 1 {
		t.Errorf("want one possessive Quelvis' (not the closing quote) in %s", got)
	}
	local := map[string]string{}
	for _, m := range ms {
		local[m.Text] = m.Local
	}
	if local["Quelvis'"] == "" || local["Quelvis'"] != local["Herman Quelvis"] {
		t.Errorf("Quelvis' does not join Herman Quelvis: %v", local)
	}
	for s, want := range map[string]bool{"Hij zei 'dat Jansen": true, "Hij zei 's avonds": false, "Ze zei 'nee' tegen": false, "De 'Max' is": false} {
		if openSingleQuote(s) != want {
			t.Errorf("openSingleQuote(%q) = %v, want %v", s, !want, want)
		}
	}
}

// TestSession12Races checks that a "Ronde van" name is a race (MISC),
// not a person, that "de Ronde" after it is its short form, and that
// "Mount" opens a mountain's name, and that a name ending in "lijn" is
// a railway line, not a given name so ending, and a documentary a work
// (made-up text).
func TestSession12Races(t *testing.T) {
	got := strings.Join(localAliases(t, "Zondag rijdt Quelda Vorst de Ronde van Zorbelland. De Kwarberg is steil, zegt Vorst over de Ronde. "+
		"Later beklom ze Mount Quorbery op Saba. De Zorbeliuslijn rijdt weer, zegt Carlijn Vorbeek. De omroep zendt de documentaire Quorbing Neverwood uit."), ", ")
	for _, want := range []string{"Ronde van Zorbelland/MISC: Ronde van Zorbelland|Ronde", "Mount Quorbery/LOC", "Zorbeliuslijn/LOC", "Carlijn Vorbeek/PER", "Quorbing Neverwood/MISC"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
}

// TestSession12Treaties checks that an agreement named after a town is
// one name, not a mention of the town, that the compound of town and
// noun is its short form, and that the town alone stays a place
// (made-up text).
func TestSession12Treaties(t *testing.T) {
	got := strings.Join(localAliases(t, "De bond steunt het zorbakkoord van Zwolle niet. Sinds het Zwolleakkoord is er weinig gebeurd. "+
		"In Zwolle regent het."), ", ")
	for _, want := range []string{"zorbakkoord van Zwolle/MISC: zorbakkoord van Zwolle|Zwolleakkoord", "Zwolle/LOC: Zwolle"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
}

// TestSession12LeaderBodies checks that a body hyphenated to its
// leader's name is a body, not the leader (made-up text).
func TestSession12LeaderBodies(t *testing.T) {
	got := strings.Join(localAliases(t, "President Quorban Zelt kwam later. De regering-Zelt wil dat niet. De commissie-Vorbeek onderzocht het."), ", ")
	for _, want := range []string{"regering-Zelt/ORG", "commissie-Vorbeek/ORG"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
	if strings.Contains(got, "Quorban Zelt/PER: Quorban Zelt|") {
		t.Errorf("the government is a mention of its leader: %s", got)
	}
}

// TestSession12SignatureGlued checks that a letter's signature the
// tagger glued to the next letter's heading and typed a thing is cut
// into the writer and the place (made-up text).
func TestSession12SignatureGlued(t *testing.T) {
	text := "Dat vind ik onterecht.\nAnja Quelkuiken Warnsveld Te duur De nieuwe regeling is te duur."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	ms := signedRun(doc.Text, kroniek.Mention{Start: strings.Index(text, "Anja"), End: strings.Index(text, " duur"), Type: kroniek.MISC,
		Text: "Anja Quelkuiken Warnsveld Te"}, "Anja Quelkuiken Warnsveld Te")
	if len(ms) != 2 || ms[0].Text != "Anja Quelkuiken" || ms[0].Type != kroniek.PER || ms[1].Text != "Warnsveld" {
		t.Errorf("signedRun = %+v, want Anja Quelkuiken/PER and Warnsveld", ms)
	}
	if ms := signedRun(doc.Text, kroniek.Mention{Start: 0, End: 3, Type: kroniek.MISC, Text: "Dat vind ik"}, "Dat vind ik"); ms != nil {
		t.Errorf("signedRun cut a run that opens with no given name: %+v", ms)
	}
}

// TestSession12InitialFamilyNames checks that a person whose family name
// the paper abbreviates after a particle is one name, and that the given
// name alone joins it (made-up text).
func TestSession12InitialFamilyNames(t *testing.T) {
	got := strings.Join(localAliases(t, "Het is oudejaarsdag. Charlotte van Q. uit Zwolle stapt in Brussel op het vliegtuig. Charlotte wist het niet."), ", ")
	if !strings.Contains(got, "Charlotte van Q./PER: Charlotte van Q.|Charlotte") {
		t.Errorf("want Charlotte van Q./PER with Charlotte in %s", got)
	}
}

// TestSession12VanNameRecurs checks that a capitalised word, Dutch
// particles and a family name the tagger typed as two things are one
// person when the article names that person by the family name with its
// particles elsewhere, and not without (made-up names).
func TestSession12VanNameRecurs(t *testing.T) {
	text := "Maar Quinny van de Zorbeek speelde. Van de Zorbeek scoorde."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	at := func(s string, from int) (int, int) {
		i := strings.Index(text[from:], s) + from
		return i, i + len(s)
	}
	a0, a1 := at("Quinny", 0)
	b0, b1 := at("Zorbeek", 0)
	c0, c1 := at("Van de Zorbeek", b1)
	cs := []cand{{start: a0, end: a1, typ: kroniek.ORG}, {start: b0, end: b1, typ: kroniek.MISC}, {start: c0, end: c1, typ: kroniek.PER}}
	if !vanName(doc, cs, 0, loadKB(t)) {
		t.Errorf("Quinny van de Zorbeek beside Van de Zorbeek is not one person")
	}
	if vanName(doc, cs[:2], 0, loadKB(t)) {
		t.Errorf("Quinny van de Zorbeek joined with no person of that family name in the article")
	}
}

// TestFamilyNameEndingInPlaceNoun: a family after a kin noun stays apart
// from its one named member even when its name ends like a place noun
// (-wijk, -hoek), as Dutch family names often do (a family folded into
// its mother was a forbidden merge of dpg-dev7; made-up text).
func TestFamilyNameEndingInPlaceNoun(t *testing.T) {
	got := strings.Join(localAliases(t, "Het gezin Van Oostwijk doorstond een nachtmerrie. Moeder Karin van Oostwijk vertelt het verhaal. "+
		"Ook de familie Noordhoek was thuis, zegt Peter Noordhoek."), ", ")
	for _, bad := range []string{"Van Oostwijk|Karin van Oostwijk", "Karin van Oostwijk|Van Oostwijk", "Noordhoek|Peter Noordhoek", "Peter Noordhoek|Noordhoek"} {
		if strings.Contains(got, bad) {
			t.Errorf("a family joined its member: %s", got)
		}
	}
}
