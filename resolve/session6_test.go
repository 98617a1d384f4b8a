package resolve

import (
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

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

// TestInitialBetweenTwoPeople checks that an initial and a family name
// never bridge two people with that family name and different first
// names (made-up names), and still join the one person when there is one.
func TestInitialBetweenTwoPeople(t *testing.T) {
	k := loadKB(t)
	arts := []*kroniek.Article{
		{ID: "a", Lang: "nl", Text: "Jacobus Vermaning sprak dinsdag."},
		{ID: "b", Lang: "nl", Text: "Jorinde Vermaning sprak woensdag."},
		{ID: "c", Lang: "nl", Text: "Een column van vandaag. j.vermaning"},
		{ID: "d", Lang: "nl", Text: "Teunis Ossewaarde schreef het."},
		{ID: "e", Lang: "nl", Text: "Een column van gisteren. t.ossewaarde"},
	}
	ans := analyseWith(t, k, arts, capTag)
	es := Corpus(arts, ans)
	entityOfText := func(text string) string {
		for _, an := range ans {
			for _, m := range an.Mentions {
				if m.Text == text {
					return m.Entity
				}
			}
		}
		return ""
	}
	if entityOfText("Jacobus Vermaning") == entityOfText("Jorinde Vermaning") {
		t.Errorf("two people with one family name joined through j.vermaning")
	}
	if a, b := entityOfText("Teunis Ossewaarde"), entityOfText("t.ossewaarde"); a == "" || a != b {
		t.Errorf("t.ossewaarde is not joined to Teunis Ossewaarde: %q %q", a, b)
	}
	for _, e := range es {
		if e.ID == entityOfText("t.ossewaarde") && e.Name != "Teunis Ossewaarde" {
			t.Errorf("display name %q, want the full name", e.Name)
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
