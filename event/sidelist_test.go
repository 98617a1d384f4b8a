package event

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSignatureNoList: names run together without en/of (a letter's
// signature and place before the next writer) are no coordinated side:
// only the name nearest the verb stays; "A en B" stays a list.
func TestSignatureNoList(t *testing.T) {
	for _, c := range []struct {
		name, src string
		actors    int
		last      string
	}{
		{"signature", "[Paul Schermers], [Apeldoorn|LOC] [Haga Lyceum|ORG] (2) [Tom Zwart] verwijt de [regering|ORG] met twee maten te meten.", 1, "Tom Zwart"},
		{"list", "[Mark Rutte] en [Wopke Hoekstra] ontmoetten [Angela Merkel] in [Berlijn|LOC].", 2, "Wopke Hoekstra"},
	} {
		text, ms, ls := annotate(c.src)
		evs := Extract(parseDoc(t, text), ms, ls, nil, "2019-04-01")
		if len(evs) == 0 {
			t.Errorf("%s: no event", c.name)
			continue
		}
		e := evs[0]
		if len(e.ActorLocal) != c.actors {
			t.Errorf("%s: actor %q, want %d members", c.name, e.ActorText, c.actors)
		}
		if len(e.ActorLocal) > 0 && ls[keyIndex(ls, e.ActorLocal[len(e.ActorLocal)-1])].Name != c.last {
			t.Errorf("%s: actor %q, want it to end in %s", c.name, e.ActorText, c.last)
		}
	}
}

func keyIndex(ls []kroniek.LocalEntity, k string) int {
	for i := range ls {
		if ls[i].Key == k {
			return i
		}
	}
	return 0
}

// TestPronounNoPlace: a side read through a personal pronoun drops places.
func TestPronounNoPlace(t *testing.T) {
	x := &extractor{locals: map[string]*kroniek.LocalEntity{
		"L1": {Key: "L1", Name: "Den Dolder", Type: kroniek.LOC},
		"L2": {Key: "L2", Name: "Michael P.", Type: kroniek.PER},
	}}
	if a := x.personPronoun(arg{pron: true, keys: []string{"L1"}, texts: []string{"Den Dolder"}}); !a.empty() {
		t.Errorf("hij → a place kept: %+v", a)
	}
	if a := x.personPronoun(arg{pron: true, keys: []string{"L2"}, texts: []string{"Michael P."}}); len(a.keys) != 1 {
		t.Errorf("hij → a person dropped: %+v", a)
	}
	if a := x.personPronoun(arg{keys: []string{"L1"}, texts: []string{"Den Dolder"}}); len(a.keys) != 1 {
		t.Errorf("a place named, not through a pronoun, dropped: %+v", a)
	}
}
