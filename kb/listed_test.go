package kb

import "testing"

// TestListedCompanies checks that companies of the Amsterdam stock
// exchange's indices are organisations by their names and legal names,
// and that a name that is also a region stays out.
func TestListedCompanies(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Vopak", "Koninklijke Vopak", "Corbion", "PostNL", "Unibail-Rodamco"} {
		es := k.Lookup(name)
		if len(es) != 1 || es[0].Type != "ORG" {
			t.Errorf("Lookup(%q) = %d entries, want one ORG", name, len(es))
		}
	}
	for _, e := range k.Lookup("Randstad") {
		if e.Type == "ORG" {
			t.Errorf("Randstad is an organisation (%s): it is also the region", e.ID)
		}
	}
}
