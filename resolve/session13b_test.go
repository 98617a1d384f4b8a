package resolve

import (
	"strings"
	"testing"
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
