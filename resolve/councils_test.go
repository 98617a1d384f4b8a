package resolve

import "testing"

// Invented texts: a municipality's executive named by a description is
// one entity per town.
func TestCouncilMentions(t *testing.T) {
	cases := []struct {
		text, surface, kb string // kb "" wants no entity for surface
	}{
		{"In een brief aan de gemeenteraad meldt het Vlissingse college dat de haven blijft.", "college", "org:college-vlissingen"},
		{"De haven blijft open, aldus het college van burgemeester en wethouders van Vlissingen.", "college van burgemeester en wethouders van Vlissingen", "org:college-vlissingen"},
		{"In Apeldoorn komt een supermarkt. Wethouder Jansen is blij. Het college vindt de klachten geen reden om te stoppen.", "college", "org:college-apeldoorn"},
		{"In Apeldoorn komt een supermarkt. Dat vindt het gemeentebestuur geen probleem, zegt wethouder Jansen.", "gemeentebestuur", "org:college-apeldoorn"},
		// no municipal politics: a school's college
		{"In Utrecht begint het college om negen uur. De studenten zijn moe.", "college", ""},
		// another body
		{"In Apeldoorn zegt wethouder Jansen dat het college van bestuur van de school zwijgt.", "college", ""},
	}
	for _, c := range cases {
		les, ms := localOf(t, c.text, "nl", true)
		le := entityOf(les, ms, c.surface)
		got := ""
		if le != nil {
			got = le.KB
		}
		if got != c.kb {
			t.Errorf("%q: %s links %q, want %q", c.text, c.surface, got, c.kb)
		}
	}
}

// Invented texts: "de gemeente" is the one municipality the article names
// as "gemeente X".
func TestMunicipalityMentions(t *testing.T) {
	cases := []struct {
		text, surface, kb string
	}{
		{"De gemeente Breda wil een nieuw plein. Dat zegt de gemeente in een brief.", "gemeente", "org:gemeente-breda"},
		{"De gemeente Breda wil een nieuw plein. Dat zegt de gemeente in een brief.", "gemeente Breda", "org:gemeente-breda"},
		// two municipalities: whose is unsure
		{"De gemeente Breda en de gemeente Tilburg willen een plein. Dat zegt de gemeente.", "gemeente", ""},
	}
	for _, c := range cases {
		les, ms := localOf(t, c.text, "nl", true)
		le := entityOf(les, ms, c.surface)
		got := ""
		if le != nil {
			got = le.KB
		}
		if got != c.kb {
			t.Errorf("%q: %s links %q, want %q", c.text, c.surface, got, c.kb)
		}
	}
}
