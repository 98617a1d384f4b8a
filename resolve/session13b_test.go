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
