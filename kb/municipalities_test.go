package kb

import (
	"strings"
	"testing"
)

// TestMunicipalities checks the generated municipality entries: Dutch and
// Belgian municipalities and towns are places, a name that is also a
// common word or a given name is not in the knowledge base, and a name
// an entry already has keeps that entry (New refuses duplicate ids).
// kb/data/kb.json.gz is checked to be fresh by TestGeneratedUpToDate.
func TestMunicipalities(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range k.Entries() {
		if strings.HasPrefix(e.ID, "municipality:") {
			n++
		}
	}
	if n < 600 {
		t.Errorf("%d municipalities, want at least 600", n)
	}
	for _, name := range []string{"Renkum", "Oegstgeest", "Súdwest-Fryslân", "Oosterbeek", "Puurs-Sint-Amands", "Schaarbeek", "Bastenaken"} {
		es := k.Lookup(name)
		if len(es) == 0 || es[0].Kind != KindCity || es[0].Type != "LOC" {
			t.Errorf("%s: want a place, have %v", name, es)
		}
	}
	for _, name := range []string{"Best", "Mol", "Buren", "Axel"} {
		for _, e := range k.Lookup(name) {
			if strings.HasPrefix(e.ID, "municipality:") || strings.HasPrefix(e.ID, "town:") {
				t.Errorf("%s is a common word or a given name, not a place: %s", name, e.ID)
			}
		}
	}
	if es := k.Lookup("Amsterdam"); len(es) == 0 || es[0].ID != "capital:NL" {
		t.Errorf("Amsterdam: want the capital entry first, have %v", es)
	}
}
