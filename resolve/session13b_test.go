package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// TestSession13ConjoinedTail checks that a body's name the tagger cut at
// the "en" of its "voor A en B" tail is one name, and that a party after
// "en" stays its own (made-up text).
func TestSession13ConjoinedTail(t *testing.T) {
	got := strings.Join(localAliases(t, "De landen waren verenigd in de Europese Gemeenschap voor Kolen en Quorbstaal, maar wilden verder."), ", ")
	if !strings.Contains(got, "Europese Gemeenschap voor Kolen en Quorbstaal/ORG") {
		t.Errorf("the tail after 'en' was not joined: %s", got)
	}
	got = strings.Join(localAliases(t, "Het debat tussen Forum voor Democratie en GroenLinks liep hoog op."), ", ")
	if strings.Contains(got, "Democratie en GroenLinks") {
		t.Errorf("two parties became one name: %s", got)
	}
}

// TestSession13AddressFrame checks that "aan de X in <place>" types X a
// place, and that a school in the same frame stays a body (made-up text).
func TestSession13AddressFrame(t *testing.T) {
	got := strings.Join(localAliases(t, "Ze werden opgepakt nadat ze bij een fastfoodketen aan de Quorbsteen in Breda met vals geld hadden betaald."), ", ")
	if !strings.Contains(got, "Quorbsteen/LOC") {
		t.Errorf("the street was not typed a place: %s", got)
	}
	got = strings.Join(localAliases(t, "Zij studeerde aan de Hogeschool voor de Quorbkunsten in Utrecht."), ", ")
	if strings.Contains(got, "Quorbkunsten/LOC") {
		t.Errorf("a school became a place: %s", got)
	}
}

// TestSession13LowerHeading checks that a subheading glued before a name
// the article also writes alone is cut off, and that the name then takes
// its type from its apposition; "Slag om Arnhem" stays whole (made-up
// text).
func TestSession13LowerHeading(t *testing.T) {
	got := strings.Join(localAliases(t, "De activisten gingen in beroep.\nFundamentele inbreuk Wij Stoppen Quorbkool, de milieuorganisatie achter de bezetting, spreekt van een inbreuk. "+
		"In 2016 werd de terminal bezet door klimaatactivisten van Wij Stoppen Quorbkool."), ", ")
	if strings.Contains(got, "inbreuk Wij") || !strings.Contains(got, "Wij Stoppen Quorbkool/ORG: Wij Stoppen Quorbkool") {
		t.Errorf("the heading was not cut off: %s", got)
	}
	got = strings.Join(localAliases(t, "De Slag om Arnhem begon in 1944. Arnhem herdenkt die elk jaar."), ", ")
	if !strings.Contains(got, "Slag om Arnhem") {
		t.Errorf("a name with 'om' was cut: %s", got)
	}
}

// TestSession13ExtendToPrinted checks that a mention the tagger cut
// short of a longer name the article prints right there takes in the
// whole name, and that a newspaper and its day stay apart (the function
// on its own: which spans the tagger cuts depends on its model).
func TestSession13ExtendToPrinted(t *testing.T) {
	text := "Ze reed in een Quorbiat 500. Het kan straks weer een Quorbiat 500 worden. De Quorbkrant (Quorbkrant 22-3) schreef het."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	at := func(s string, n int) cand {
		i := -1
		for ; n > 0; n-- {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return cand{start: i, end: i + len(s), typ: kroniek.MISC}
	}
	cs := []cand{at("Quorbiat 500", 1), at("Quorbiat", 2), at("Quorbkrant", 1), at("Quorbkrant 22-3", 1)}
	cs = extendToPrinted(doc, cs)
	var got []string
	for _, c := range cs {
		got = append(got, c.text(doc))
	}
	if g := strings.Join(got, "|"); g != "Quorbiat 500|Quorbiat 500|Quorbkrant|Quorbkrant 22-3" {
		t.Errorf("got %s", g)
	}
}

// TestSession13OwnerUnnamed checks that a body the knowledge base knows
// by its owner's name and its own ("VN-Veiligheidsraad") is linked from
// the bare word only when the article names the owner (made-up text).
func TestSession13OwnerUnnamed(t *testing.T) {
	k := loadKB(t)
	link := func(text string) string {
		doc := nl.Parse(text, nl.Options{Lang: "nl"})
		for _, m := range k.Match(doc) {
			if doc.Text[m.Start:m.End] == "Veiligheidsraad" && !ownerUnnamed(doc, k, m.Entries[0], "Veiligheidsraad") {
				return m.Entries[0].ID
			}
		}
		return ""
	}
	if id := link("Quorbajev bleef als voorzitter van de Veiligheidsraad van Quorbistan invloedrijk."); id != "" {
		t.Errorf("a country's council was linked to %s", id)
	}
	if id := link("De VN roepen op tot een bestand. De Veiligheidsraad vergadert morgen."); id == "" {
		t.Errorf("the UN's council was not linked")
	}
}

// TestSession13OwnerLost checks that across articles an unlinked one-word
// body does not join the same word linked to a body named with its owner
// before it, and that other links do not stop it.
func TestSession13OwnerLost(t *testing.T) {
	bare := &node{words: []string{"veiligheidsraad"}, local: &kroniek.LocalEntity{Name: "Veiligheidsraad", Type: kroniek.ORG}}
	un := &node{words: []string{"veiligheidsraad"}, local: &kroniek.LocalEntity{Name: "Veiligheidsraad", Type: kroniek.ORG, KB: "org:vn-veiligheidsraad"}}
	police := &node{words: []string{"politie"}, local: &kroniek.LocalEntity{Name: "politie", Type: kroniek.ORG, KB: "org:politie-nl"}}
	plain := &node{words: []string{"politie"}, local: &kroniek.LocalEntity{Name: "politie", Type: kroniek.ORG}}
	if !ownerLost(bare, un) {
		t.Errorf("the bare council joins the UN's")
	}
	if ownerLost(plain, police) || ownerLost(un, bare) {
		t.Errorf("a link without an owner stops a join")
	}
}

// TestSession13LowerNounBeforeName checks that a capitalised noun glued
// before a name is cut off when the article writes it in lower case
// before the same name elsewhere, and that an adjective of a body's name
// is not (the function on its own, on spans written here).
func TestSession13LowerNounBeforeName(t *testing.T) {
	text := "Over een paar uur hoort orderpicker Quorit hoeveel uur ze werkt. 'Ik ben trots.' Orderpicker Quorit zoekt een baan. " +
		"De Vegetarische Quorbslager groeit. Quorbslager is groot. Een vegetarische Quorbslager is er niet."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	at := func(s string, n int) cand {
		i := -1
		for ; n > 0; n-- {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return cand{start: i, end: i + len(s), typ: kroniek.PER}
	}
	cs := []cand{at("Quorit", 1), at("Orderpicker Quorit", 1), at("Vegetarische Quorbslager", 1), at("Quorbslager", 2)}
	cutLowerHeading(doc, cs)
	if g := cs[1].text(doc); g != "Quorit" {
		t.Errorf("the noun stayed: %s", g)
	}
	if g := cs[2].text(doc); g != "Vegetarische Quorbslager" {
		t.Errorf("the adjective was cut: %s", g)
	}
}

// TestSession13PersonsOfPersonLists checks that an unlinked one-word
// place or thing in a list of persons becomes a person, and that a list
// with a linked place in it changes nothing (spans written here).
func TestSession13PersonsOfPersonLists(t *testing.T) {
	text := "Vanaf de bank komen Quormalen, Gakpo, Quorhattaren, Pereiro en Gutiérrez."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	at := func(s string, typ string) cand {
		i := strings.Index(text, s)
		return cand{start: i, end: i + len(s), typ: typ}
	}
	cs := []cand{at("Quormalen", kroniek.LOC), at("Gakpo", kroniek.PER), at("Quorhattaren", kroniek.LOC), at("Pereiro", kroniek.PER), at("Gutiérrez", kroniek.PER)}
	personsOfPersonLists(doc, cs)
	if cs[0].typ != kroniek.PER || cs[2].typ != kroniek.PER {
		t.Errorf("names in a list of persons stayed places: %s %s", cs[0].typ, cs[2].typ)
	}
	cs = []cand{at("Quormalen", kroniek.LOC), at("Gakpo", kroniek.PER), at("Quorhattaren", kroniek.LOC), at("Pereiro", kroniek.ORG), at("Gutiérrez", kroniek.PER)}
	personsOfPersonLists(doc, cs)
	if cs[0].typ != kroniek.LOC {
		t.Errorf("a mixed list made a person: %s", cs[0].typ)
	}
}
