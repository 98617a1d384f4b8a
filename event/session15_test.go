package event

import (
	"strings"
	"testing"
)

// TestSession15Lists checks that a side written as a list keeps all its
// named members, on invented sentences: a list whose last member names
// no entity is no signature run into the next writer, and the conjuncts
// the parse hung on a name that a head noun carries join that name.
func TestSession15Lists(t *testing.T) {
	for _, c := range []struct{ src, typ, want string }{
		// the last member (de kleine eilanden) names no entity: the named
		// ones before it are a list, not a signature
		{"Eerder had [Liam Fox] akkoorden gesloten met [Zwitserland|LOC], [Chili|LOC], [Israël|LOC] en de kleine eilanden van Oceanië.", "AGREE", "Zwitserland, Chili, Israël"},
		// (also past a member named by no entity before the en)
		{"Eerder had [Liam Fox] akkoorden gesloten met [Zwitserland|LOC], [Chili|LOC], Oost-Afrika en de kleine eilanden van Oceanië.", "AGREE", "Zwitserland, Chili"},
		// CDA en ChristenUnie hung on "richting": both are pointed at
		{"Ook [Ank Bijleveld] wijst richting [CDA|ORG] en [ChristenUnie|ORG].", "ACCUSE", "CDA, ChristenUnie"},
	} {
		_, evs := eventsOfType(t, c.src, c.typ)
		got := []string{}
		for _, e := range evs {
			got = append(got, e.RecipientText)
		}
		if !strings.Contains(strings.Join(got, " | "), c.want) {
			t.Errorf("%q: recipients %q, want %q", c.src, got, c.want)
		}
	}
}
