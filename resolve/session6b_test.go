package resolve

import (
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// TestCabinetParts checks which mentions name a premier's cabinet and the
// name they are compared by (made-up premiers).
func TestCabinetParts(t *testing.T) {
	for _, c := range []struct{ in, name string }{
		{"Velkamp III", "Velkamp III"},
		{"Velkamp-II", "Velkamp II"},
		{"kabinet-Velkamp I", "Velkamp I"},
		{"kabinet Velkamp 2", "Velkamp II"},
		{"kabinet-Velkamp", "kabinet-Velkamp"},
	} {
		if base, _, _ := cabinetParts(c.in); base == "" {
			t.Errorf("%q: no cabinet", c.in)
		}
		if got := cabinetName(c.in); got != c.name {
			t.Errorf("cabinetName(%q) = %q, want %q", c.in, got, c.name)
		}
	}
	for _, in := range []string{"Willem II", "Formule 1", "Covid-19", "BAUDET III", "Star Wars II", "Velkamp"} {
		if base, num, prefixed := cabinetParts(in); base != "" && (num != "" || prefixed) {
			t.Errorf("%q taken for a cabinet", in)
		}
	}
}

// TestCabinetsLocal checks that a cabinet is an organisation apart from
// its premier, one per numeral, and that the numeral the tagger split off
// is no name of its own (made-up text).
func TestCabinetsLocal(t *testing.T) {
	text := "Premier Henk Velkamp sprak. Het kabinet-Velkamp III valt. Velkamp II hield langer stand dan Velkamp III. Velkamp zweeg."
	les, ms := localOf(t, text, "nl", true)
	three := entityOf(les, ms, "Velkamp III")
	if three == nil || three.Type != kroniek.ORG {
		t.Fatalf("Velkamp III: %+v", three)
	}
	if two := entityOf(les, ms, "Velkamp II"); two == nil || two == three || two.Type != kroniek.ORG {
		t.Errorf("Velkamp II: %+v, III: %+v", two, three)
	}
	if p := entityOf(les, ms, "Henk Velkamp"); p == nil || p == three || p.Type != kroniek.PER || entityOf(les, ms, "Velkamp") != p {
		t.Errorf("the premier: %+v", p)
	}
	for _, m := range ms {
		if m.Text == "III" || m.Text == "II" {
			t.Errorf("a numeral alone is a mention: %+v", m)
		}
	}
}

// TestLooseName checks the key two transliterations of one name share,
// and that names differing otherwise keep apart (made-up names).
func TestLooseName(t *testing.T) {
	key := func(name string) string {
		return looseName(&node{local: &kroniek.LocalEntity{Name: name, Type: kroniek.PER}, words: foldWords(name), folds: foldWords(name)})
	}
	if a, b := key("Muammar Kadhafi"), key("Moammar Khaddafi"); a == "" || a != b {
		t.Errorf("Kadhafi %q, Khaddafi %q", a, b)
	}
	if a, b := key("Karim Boulahdi"), key("Karim Boulardi"); a == b {
		t.Errorf("two names share %q", a)
	}
	if k := key("Jan de Vries"); k != "" {
		t.Errorf("a Dutch name with a particle has a loose key %q", k)
	}
}

// TestNonNames checks interjections, stressed words, B en W and glued
// compounds (made-up text).
func TestNonNames(t *testing.T) {
	text := "Het is blauw. Oók ik vind het mooi, zegt ze. ,,Uh, ik weet het niet.'' Anderen twijfelen ook. " +
		"Er zijn vragen gesteld aan het college van B en W. GroenDorpen neemt het Karel Smit kwalijk. Tijdens de Slag om Velden viel niemand."
	les, ms := localOf(t, text, "nl", true)
	noNames := map[string]bool{"Oók": true, "Uh": true, "W. GroenDorpen": true, "Slag": true}
	for _, m := range ms {
		if noNames[m.Text] {
			t.Errorf("%q is a mention", m.Text)
		}
	}
	if e := entityOf(les, ms, "GroenDorpen"); e != nil && e.Type == kroniek.PER {
		t.Errorf("GroenDorpen: %+v", e)
	}
	if e := entityOf(les, ms, "Slag om Velden"); e == nil || e.Type != kroniek.MISC {
		t.Errorf("Slag om Velden: %+v", e)
	}
}

// TestGluedCompound checks the shape of two glued capitalised words.
func TestGluedCompound(t *testing.T) {
	for in, want := range map[string]bool{"LokaalHengelo": true, "GroenLinks": true, "McDonald": false, "DiCaprio": false, "MacArthur": false, "Velkamp": false} {
		if got := gluedCompound(in); got != want {
			t.Errorf("gluedCompound(%q) = %v", in, got)
		}
	}
}

// TestGivenNameNoPlace checks that a given name alone the tagger took for
// a place is the article's person of that given name (made-up names, the
// ner model).
func TestGivenNameNoPlace(t *testing.T) {
	text := "Zij is de buurvrouw van de 19-jarige Roos Velkamp uit Vianen die werd gedood. Er kwam een actie voor steun aan de nabestaanden van Roos. Daarna volgde meer."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	les, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	if p := entityOf(les, ms, "Roos"); p == nil || p.Type != kroniek.PER || p != entityOf(les, ms, "Roos Velkamp") {
		t.Errorf("Roos: %+v", p)
	}
}
