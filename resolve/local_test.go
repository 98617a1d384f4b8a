package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// localOf runs Local on text with the capitals stand-in tagger and
// returns the entities and mentions.
func localOf(t *testing.T, text, lang string, tagged bool) ([]kroniek.LocalEntity, []kroniek.Mention) {
	t.Helper()
	doc := nl.Parse(text, nl.Options{Lang: lang})
	var tags []kroniek.Mention
	if tagged {
		tags = capTag(doc)
	}
	les, ms := Local(doc, tags, loadKB(t))
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q has offsets %d:%d of %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
	}
	return les, ms
}

func entityOf(les []kroniek.LocalEntity, ms []kroniek.Mention, surface string) *kroniek.LocalEntity {
	for _, m := range ms {
		if m.Text == surface {
			for i := range les {
				if les[i].Key == m.Local {
					return &les[i]
				}
			}
		}
	}
	return nil
}

func TestLocalRolesAndAffiliation(t *testing.T) {
	text := "De Russische president Vladimir Poetin sprak met bondskanselier Merkel. " +
		"Volgens minister van Buitenlandse Zaken Blok en buitenlandchef Borrell is het ernstig. " +
		"Oppositieleider Tichanovskaja vluchtte. Premier Rutte zweeg. President Loekasjenko niet. " +
		"Ook de voorzitter van de Europese Raad, Charles Michel, belde."
	les, ms := localOf(t, text, "nl", true)
	tests := []struct{ surface, role, country string }{
		{"Vladimir Poetin", "president", "RU"},
		{"Merkel", "bondskanselier", ""},
		{"Blok", "minister van buitenlandse zaken", ""},
		{"Borrell", "buitenlandchef", ""},
		{"Tichanovskaja", "oppositieleider", ""},
		{"Rutte", "premier", ""},
		{"Loekasjenko", "president", ""},
		{"Charles Michel", "voorzitter van de Europese Raad", ""},
	}
	for _, tt := range tests {
		e := entityOf(les, ms, tt.surface)
		if e == nil {
			t.Errorf("no entity for %q; mentions %v", tt.surface, ms)
			continue
		}
		if e.Type != kroniek.PER {
			t.Errorf("%q type %s, want PER", tt.surface, e.Type)
		}
		if len(e.Roles) == 0 || e.Roles[0] != tt.role {
			t.Errorf("%q roles %v, want %q", tt.surface, e.Roles, tt.role)
		}
		if tt.country != "" && e.Country != tt.country {
			t.Errorf("%q country %q, want %q", tt.surface, e.Country, tt.country)
		}
	}
	for _, m := range ms {
		if strings.Contains(strings.ToLower(m.Text), "president") || m.Text == "Russische" {
			t.Errorf("role or demonym left in mention %q", m.Text)
		}
	}
}

func TestLocalInflectionsAndCompounds(t *testing.T) {
	text := "Aleksandr Loekasjenko sprak. Loekasjenko’s vertrek en Poetins steun. " +
		"Een pro-Loekasjenkobijeenkomst trok weinig mensen. NAVO-troepen staan klaar, zei Wit-Ruslands leider. " +
		"Het EU-beleid faalt. Ook het Loekasjenko-regime wankelt."
	les, ms := localOf(t, text, "nl", true)
	var texts []string
	for _, m := range ms {
		texts = append(texts, m.Text)
	}
	want := []string{"Aleksandr Loekasjenko", "Loekasjenko", "Poetin", "Loekasjenko", "NAVO", "Wit-Rusland", "EU", "Loekasjenko"}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("mentions %q, want %q", texts, want)
	}
	luk := entityOf(les, ms, "Loekasjenko")
	if luk == nil || luk.Name != "Aleksandr Loekasjenko" {
		t.Errorf("Loekasjenko entity %+v, want name Aleksandr Loekasjenko", luk)
	}
	for _, m := range ms {
		if m.Text == "Loekasjenko" && m.Local != luk.Key {
			t.Errorf("a Loekasjenko mention is %s, not %s", m.Local, luk.Key)
		}
	}
}

func TestLocalCapitals(t *testing.T) {
	text := "Er demonstreerden duizenden mensen in Minsk. Moskou stuurde troepen en het Kremlin zweeg. " +
		"Minsk reageerde woedend op de kritiek uit Brussel. Brussel wil sancties."
	les, ms := localOf(t, text, "nl", true)
	var got []string
	for _, m := range ms {
		got = append(got, m.Text+"="+m.KB+">"+m.StandsFor)
	}
	want := "Minsk=capital:BY>|Moskou=capital:RU>country:RU|Kremlin=metonym:kremlin>country:RU|Minsk=capital:BY>country:BY|Brussel=capital:BE>|Brussel=capital:BE>org:eu"
	if strings.Join(got, "|") != want {
		t.Errorf("capitals:\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
	if e := entityOf(les, ms, "Moskou"); e == nil || e.Name != "Moskou" || e.Type != kroniek.LOC || e.StandsFor != "country:RU" {
		t.Errorf("Moskou as an actor should be the city standing for Rusland, got %+v", e)
	}
}

func TestLocalWithoutTagger(t *testing.T) {
	text := "The European Union and NATO warned Russia. Putin met Lukashenko in Sochi on Monday; the OSCE offered mediation."
	les, ms := localOf(t, text, "en", false)
	var got []string
	for _, m := range ms {
		got = append(got, m.Text+"="+m.KB)
	}
	want := "European Union=org:eu|NATO=org:navo|Russia=country:RU|Putin=person:vladimir-putin|Lukashenko=|Sochi=|OSCE=org:ovse"
	if strings.Join(got, "|") != want {
		t.Errorf("mentions without a tagger:\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
	if len(les) != 7 {
		t.Errorf("%d entities, want 7", len(les))
	}
	// German: nouns are capitalised, so one word alone needs evidence
	text = "Der Kredit für Lukaschenko wurde in Sotschi vereinbart. Die Regierung in Minsk schwieg. " +
		"Alexander Lukaschenko sprach. Lukaschenko lachte."
	_, ms = localOf(t, text, "de", false)
	got = got[:0]
	for _, m := range ms {
		got = append(got, m.Text)
	}
	want = "Lukaschenko|Sotschi|Minsk|Alexander Lukaschenko|Lukaschenko"
	if strings.Join(got, "|") != want {
		t.Errorf("German mentions:\n got %s\nwant %s", strings.Join(got, "|"), want)
	}
}

func TestLocalEdgeCases(t *testing.T) {
	text := "HET IS TIJD VOOR ACTIE\n\nOm negen uur begon het. Is dit IS? Frans Timmermans sprak. " +
		"Maar Poetin zweeg. „Ik moet contact opnemen met Poetin”, zei Loekasjenko. Hugo de Jonge en De Jonge."
	les, ms := localOf(t, text, "nl", true)
	for _, m := range ms {
		switch m.Text {
		case "IS":
			if m.Start == strings.Index(text, "IS") {
				t.Errorf("the headline's IS taken as an organisation")
			}
		case "Om", "Is", "Maar":
			t.Errorf("function word %q is a mention", m.Text)
		case "Timmermans", "Frans":
			t.Errorf("Frans Timmermans cut into %q", m.Text)
		}
	}
	if e := entityOf(les, ms, "Frans Timmermans"); e == nil || e.Country == "FR" {
		t.Errorf("Frans Timmermans: %+v", e)
	}
	if e := entityOf(les, ms, "IS"); e == nil || e.KB != "org:is" {
		t.Errorf("IS in prose should be Islamitische Staat: %+v", e)
	}
	p1, p2 := entityOf(les, ms, "Poetin"), entityOf(les, ms, "Hugo de Jonge")
	if p1 == nil || p2 == nil {
		t.Fatalf("missing Poetin or Hugo de Jonge in %v", ms)
	}
	if e := entityOf(les, ms, "De Jonge"); e == nil || e.Key != p2.Key {
		t.Errorf("De Jonge should join Hugo de Jonge: %+v", e)
	}
}
