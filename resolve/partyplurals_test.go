package resolve

import "testing"

// TestDropPartyMembers checks that a capitalised member noun of a party
// goes and a name beside it stays. Made-up text.
func TestDropPartyMembers(t *testing.T) {
	text := "Oud-minister Hendriks, een bekend Tory, sprak met de Republikein Jan Vos."
	if got := keptBy(text, "PER", dropPartyMembers, "Hendriks", "Tory", "Republikein Jan Vos"); got != "Hendriks,Republikein Jan Vos" {
		t.Errorf("kept %v, want Hendriks and Republikein Jan Vos", got)
	}
}
