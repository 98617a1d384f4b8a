package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSession15bHeadingRun checks that one common word opening a sentence
// right after a subheading run into the text is no name, and that a
// family name after a title, a name after an article and a preposition,
// and a word the article capitalises elsewhere stay.
func TestSession15bHeadingRun(t *testing.T) {
	for _, x := range []struct {
		text, name string
		drop       bool
	}{
		{"Het is een vorm van beleving. Emotioneel in balans Mensen die rationeel in balans zijn, werken beter.", "Mensen", true},
		{"Dat kost geld. Lokale bevolking Bosbouw wordt gezien als een bron van werk.", "Bosbouw", true},
		{"Dat kost geld. Staatssecretaris Snel verwerpt de aantijging.", "Snel", false},
		{"Dat kost geld. Volgens het landelijke Klimaatakkoord moet de landbouw minder uitstoten.", "Klimaatakkoord", false},
		{"Dat kost geld. Lokale bevolking Bosbouw wordt gezien als een bron van werk. Zij zijn lid van Bosbouw en Natuur.", "Bosbouw", false},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		cs := []cand{{start: i, end: i + len(x.name), typ: kroniek.MISC}}
		lower, _, midCap := wordSets(doc)
		got := len(cleanNonNames(doc, cs, lower, midCap)) == 0
		if got != x.drop {
			t.Errorf("%q: %q dropped %v, want %v", x.text, x.name, got, x.drop)
		}
	}
}

// TestSession15bEllipticCompass checks that the compass word of "Noord- en
// Zuid-Holland" is no place of its own, and that a borough stays.
func TestSession15bEllipticCompass(t *testing.T) {
	for _, x := range []struct {
		text, name string
		drop       bool
	}{
		{"Hij reisde via West- en Oost-Europa naar India.", "West", true},
		{"De partij won in Noord- en Zuid-Holland veel zetels.", "Noord", true},
		{"De partij won in Noord- of Zuid-Holland veel zetels.", "Noord", true},
		{"Bewoners in Noord, West en Oost reizen langer.", "West", false},
		{"Zij kiezen VVD- en D66-kandidaten.", "VVD", false},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		cs := []cand{{start: i, end: i + len(x.name), typ: kroniek.LOC}}
		lower, _, midCap := wordSets(doc)
		got := len(cleanNonNames(doc, cs, lower, midCap)) == 0
		if got != x.drop {
			t.Errorf("%q: %q dropped %v, want %v", x.text, x.name, got, x.drop)
		}
	}
}

// TestSession15bCompassPlaces checks that a compass prefix on a known
// country is a place, and that inhabitants and unknown words keep their
// type.
func TestSession15bCompassPlaces(t *testing.T) {
	k := loadKB(t)
	for _, x := range []struct{ text, name, want string }{
		{"De droogte baart de boeren in Noord-Italië zorgen.", "Noord-Italië", kroniek.LOC},
		{"De Zuid-Italianen stemden anders.", "Zuid-Italianen", kroniek.MISC},
		{"Het bedrijf Noord-Flex groeit.", "Noord-Flex", kroniek.MISC},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		cs := []cand{{start: i, end: i + len(x.name), typ: kroniek.MISC}}
		compassPlaces(cs, doc, k)
		if cs[0].typ != x.want {
			t.Errorf("%q: %q typed %s, want %s", x.text, x.name, cs[0].typ, x.want)
		}
	}
}

// TestSession15bPeoples checks that a people without a state of its own
// is neither a place nor a person (made-up text).
func TestSession15bPeoples(t *testing.T) {
	ms, _ := localMentions(t, "Na de val van het kalifaat brachten de Koerden tienduizenden mensen naar de kampen. Het monument noemt Joden, Sinti en Roma.")
	for _, w := range []string{"Koerden", "Joden", "Sinti"} {
		found := false
		for k, typ := range ms {
			if strings.HasPrefix(k, w+"@") {
				found = true
				if typ != kroniek.MISC {
					t.Errorf("%s typed %s, want MISC: %v", w, typ, ms)
				}
			}
		}
		if !found {
			t.Errorf("%s no mention: %v", w, ms)
		}
	}
}

// TestSession15bGluedOpener checks that the next sentence's opening word
// glued onto a name is cut off, and that a title ending in such a word
// and a name of a person stay whole.
func TestSession15bGluedOpener(t *testing.T) {
	for _, x := range []struct{ text, name, want string }{
		{"Zij is weer vrij in Nederland Sinds het begin van het conflict reisden velen.", "Nederland Sinds", "Nederland"},
		{"De competitie wordt zwaar. PSV Van de zeven duels speelt de club er vier uit.", "PSV Van", "PSV"},
		{"Hij was te gast bij De Wereld Draait Door zijn nieuwste werk te tonen.", "De Wereld Draait Door", "De Wereld Draait Door"},
		{"Volgens Jan Peters is het goed.", "Jan Peters", "Jan Peters"},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		cs := []cand{{start: i, end: i + len(x.name), typ: kroniek.LOC}}
		lower, _, midCap := wordSets(doc)
		out := cleanNonNames(doc, cs, lower, midCap)
		if len(out) != 1 || out[0].text(doc) != x.want {
			t.Errorf("%q: %v, want %q", x.text, out, x.want)
		}
	}
}

// TestSession15bAdjectiveNames checks that a name of one common word takes
// the adjective of a people or region before it, and that a town's
// adjective, a sentence's opening adjective and a place in a region do
// not.
func TestSession15bAdjectiveNames(t *testing.T) {
	k := loadKB(t)
	for _, x := range []struct{ text, name, want string }{
		{"Hij schreef over de geschiedenis van het Romeinse Rijk en zijn keizers.", "Rijk", "Romeinse Rijk"},
		{"Volgens de Brabantse Milieufederatie is het gif.", "Milieufederatie", "Brabantse Milieufederatie"},
		{"Het is een vorm van de Amsterdamse School in baksteen.", "School", "School"},
		{"De kliniek staat in het Zuid-Hollandse Meerkerk aan de rivier.", "Meerkerk", "Meerkerk"},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		typ := kroniek.ORG
		if x.name == "Meerkerk" || x.name == "Rijk" {
			typ = kroniek.LOC
		}
		cs := []cand{{start: i, end: i + len(x.name), typ: typ}}
		adjectiveNames(doc, cs, k)
		if got := cs[0].text(doc); got != x.want {
			t.Errorf("%q: %q, want %q", x.text, got, x.want)
		}
	}
}

// TestSession15bOfTitle checks that a capitalised common word after an
// article takes the "van de"/"voor" phrase of capitalised words after it,
// and that an adjective ending the run, a long head before "voor" and a
// word without an article do not.
func TestSession15bOfTitle(t *testing.T) {
	for _, x := range []struct{ text, name, want string }{
		{"Hij kreeg het Ridder Grootkruis in de Orde van de Nederlandse Leeuw.", "Orde", "Orde van de Nederlandse Leeuw"},
		{"Zij is lid van de Partij voor Zeeland sinds maart.", "Partij", "Partij voor Zeeland"},
		{"Nederland is de Marktplaats van de Europese cocaïnehandel.", "Marktplaats", ""},
		{"Zij vechten tegen het Luchthavenbesluit voor Lelystad Airport.", "Luchthavenbesluit", ""},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		lower, _, _ := wordSets(doc)
		end, ok := ofTitle(doc, cand{start: i, end: i + len(x.name), typ: kroniek.MISC}, lower)
		got := ""
		if ok {
			got = x.text[i:end]
		}
		if got != x.want {
			t.Errorf("%q: %q, want %q", x.text, got, x.want)
		}
	}
}
