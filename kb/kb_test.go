package kb

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

func TestLookup(t *testing.T) {
	k := shared.Must(t, Load)
	tests := []struct{ surface, id string }{
		{"Wit-Rusland", "country:BY"},
		{"Belarus", "country:BY"},
		{"Rusland", "country:RU"},
		{"Oekraine", "country:UA"},
		{"OVSE", "org:ovse"},
		{"Organisatie voor Veiligheid en Samenwerking in Europa", "org:ovse"},
		{"OSCE", "org:ovse"},
		{"NATO", "org:navo"},
		{"Europese Raad", "org:europese-raad"},
		{"Europese Unie", "org:eu"},
		{"Moskou", "capital:RU"},
		{"Kremlin", "metonym:kremlin"},
		{"Russische", "demonym:RU"},
		{"Wit-Russische", "demonym:BY"},
		{"Belarussen", "demonym:BY"},
		{"Fransen", "demonym:FR"},
		{"Polen", "country:PL"}, // the country wins over the plural of Pool
	}
	for _, tt := range tests {
		es := k.Lookup(tt.surface)
		if len(es) == 0 || es[0].ID != tt.id {
			var got []string
			for _, e := range es {
				got = append(got, e.ID)
			}
			t.Errorf("Lookup(%q) = %v, want first %s", tt.surface, got, tt.id)
		}
	}
	if ru, by := k.Lookup("Rusland")[0], k.Lookup("Wit-Rusland")[0]; ru == by {
		t.Errorf("Rusland and Wit-Rusland are one entry")
	}
	if m := k.Resolve(k.Lookup("Kremlin")[0]); m.ID != "country:RU" {
		t.Errorf("Kremlin stands for %s, want country:RU", m.ID)
	}
	if m := k.Resolve(k.Lookup("Brussel")[0]); m.ID != "org:eu" {
		t.Errorf("Brussel stands for %s, want org:eu", m.ID)
	}
	if ps := k.LookupPerson("Poetin"); len(ps) == 0 || ps[0].ID != "person:vladimir-putin" {
		t.Errorf("LookupPerson(Poetin) = %v", ps)
	}
}

// Every independent country (those with a capital entry) has Dutch
// demonyms in the hand-written lexicon.
func TestEveryCountryHasDemonym(t *testing.T) {
	k := shared.Must(t, Load)
	lx, err := readLexicon(lexiconFS)
	if err != nil {
		t.Fatal(err)
	}
	dutch := map[string]bool{}
	for _, e := range lx.entries {
		if e.Kind == KindDemonym {
			dutch[e.Country] = true
		}
	}
	n := 0
	for _, e := range k.Entries() {
		if e.Kind != KindCapital {
			continue
		}
		n++
		if !dutch[e.Country] {
			t.Errorf("no Dutch demonyms for %s", e.Country)
		}
	}
	if n < 190 {
		t.Errorf("only %d capitals", n)
	}
}

func TestMatch(t *testing.T) {
	k := shared.Must(t, Load)
	text := "De Russische president Poetins steun aan Wit-Ruslands leider. NAVO-troepen en de OVSE in Minsk; anti-Rusland. Noord-Ierland. Loekasjenko’s EU-top met de Tweede Kamer-debat en het Kremlin."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	var got []string
	for _, m := range k.Match(doc) {
		got = append(got, text[m.Start:m.End]+"="+m.Entries[0].ID)
	}
	want := []string{"Russische=demonym:RU", "president=role:president", "Poetin=person:vladimir-putin",
		"Wit-Rusland=country:BY", "leider=role:leider", "NAVO=org:navo", "OVSE=org:ovse", "Minsk=capital:BY",
		"Rusland=country:RU", "Noord-Ierland=place:noord-ierland", "EU=org:eu", "Tweede Kamer=org:tweede-kamer",
		"Kremlin=metonym:kremlin"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Match:\n got %v\nwant %v", got, want)
	}
}

// TestLowerCaseEnd checks that a hand-written alias ending in a
// lower-case word matches so, and that such a word does not end other
// names.
func TestLowerCaseEnd(t *testing.T) {
	k := shared.Must(t, Load)
	for text, want := range map[string]string{
		"de nederlaag die zijn AK partij leed": "org:akp",
		"voor de Europese verkiezingen in mei": "misc:europese-verkiezingen",
		"Het lot van May in handen van EU-27":  "org:eu",
	} {
		ms := k.Match(nl.Parse(text, nl.Options{Lang: "nl"}))
		found := false
		for _, m := range ms {
			found = found || m.Entries[0].ID == want
		}
		if !found {
			t.Errorf("%q: no match of %s in %+v", text, want, ms)
		}
	}
}

// TestLowerCaseWord checks that a one-word alias written in lower case
// (brexit, al-Qaeda) matches where the text writes it so, also in a
// hyphenated word, and that a common noun before a name (kabinet-Rutte)
// or a compound (brexitdeal) does not.
func TestLowerCaseWord(t *testing.T) {
	k := shared.Must(t, Load)
	for text, want := range map[string]string{
		"Na de brexit blijft de grens open":         "brexit=misc:brexit",
		"De Brexit is uitgesteld":                   "Brexit=misc:brexit",
		"de anti-brexit-campagne":                   "brexit=misc:brexit",
		"een aanslag die al-Qaeda opeiste":          "al-Qaeda=org:al-qaida",
		"de brexitdeal van May":                     "",
		"het kabinet-Rutte viel niet":               "",
		"Brussel en de navo zijn het niet eens":     "",
		"Volgens de Navo is de dreiging toegenomen": "Navo=org:navo",
	} {
		var got []string
		for _, m := range k.Match(nl.Parse(text, nl.Options{Lang: "nl"})) {
			if id := m.Entries[0].ID; id == "misc:brexit" || id == "org:al-qaida" || id == "org:kabinet-nl" || id == "org:navo" {
				got = append(got, text[m.Start:m.End]+"="+id)
			}
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%q: got %v, want %q", text, got, want)
		}
	}
}

// TestCapitalsAndNot checks that an entry written in capitals with the
// same alias in ordinary letters (IKEA, Ikea) matches either spelling,
// and the capitals alone only in capitals.
func TestCapitalsAndNot(t *testing.T) {
	k, err := New([]Entry{
		{ID: "org:velkom", Name: "VELKOM", Aliases: []string{"Velkom"}, Type: "ORG", Kind: KindOrg},
		{ID: "org:vk", Name: "VKB", Type: "ORG", Kind: KindOrg},
	})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]int{"Hij werkt bij Velkom.": 1, "Hij werkt bij VELKOM.": 1, "Hij werkt bij Vkb.": 0, "Hij werkt bij VKB.": 1} {
		if got := len(k.Match(nl.Parse(text, nl.Options{Lang: "nl"}))); got != want {
			t.Errorf("%q: %d matches, want %d", text, got, want)
		}
	}
}

// TestSuspendedHyphen checks that a name whose first compound leaves its
// shared part to the next ("Immigratie- en Naturalisatiedienst") matches
// whole, and that a hyphen before other words ends a name.
func TestSuspendedHyphen(t *testing.T) {
	k := shared.Must(t, Load)
	for text, want := range map[string]string{
		"De Immigratie- en Naturalisatiedienst (IND) wil dat niet.":         "Immigratie- en Naturalisatiedienst=org:ind",
		"Volgens de Nederlandse Voedsel- en Warenautoriteit is het veilig.": "Nederlandse Voedsel- en Warenautoriteit=org:nvwa",
		"Ze reisden naar Rusland- de grens over.":                           "Rusland=country:RU",
	} {
		var got []string
		for _, m := range k.Match(nl.Parse(text, nl.Options{Lang: "nl"})) {
			got = append(got, text[m.Start:m.End]+"="+m.Entries[0].ID)
		}
		if !strings.Contains(strings.Join(got, " | "), want) {
			t.Errorf("%q: want %s in %v", text, want, got)
		}
	}
}

// TestInflectedNames checks that a body's name opening with a bare
// adjective is also found with the adjective inflected (het Europese
// Parlement), and that names of one word or an inflected adjective get no
// other form.
func TestInflectedNames(t *testing.T) {
	got := inflectedNames([]string{"Europees Parlement", "Openbaar Ministerie", "Koninklijk Huis", "EU", "Europese Unie", "Nationaal Park"})
	want := []string{"Europese Parlement", "Openbare Ministerie", "Koninklijke Huis", "Nationale Park"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("inflectedNames = %q, want %q", got, want)
	}
	k := shared.Must(t, Load)
	if es := k.Lookup("Europese Parlement"); len(es) == 0 || es[0].ID != "org:europees-parlement" {
		t.Errorf("Europese Parlement: %v", es)
	}
}
