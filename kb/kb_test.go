package kb

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

func mustLoad(t testing.TB) *KB {
	t.Helper()
	k, err := Load()
	if err != nil {
		t.Fatalf("load kb: %v", err)
	}
	return k
}

func TestLookup(t *testing.T) {
	k := mustLoad(t)
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

// Every country in the gazetteer that is a UN member has Dutch demonyms.
func TestEveryCountryHasDemonym(t *testing.T) {
	k := mustLoad(t)
	missing := 0
	for _, e := range k.Entries() {
		if e.Kind != KindCountry {
			continue
		}
		if _, ok := k.Get("demonym:" + e.Country); !ok {
			if _, isCap := k.Get("capital:" + e.Country); isCap && len(e.Aliases) > 6 {
				missing++
				t.Logf("no demonym for %s %s", e.Country, e.Name)
			}
		}
	}
	if missing > 45 {
		t.Errorf("%d countries without demonyms", missing)
	}
}

func TestMatch(t *testing.T) {
	k := mustLoad(t)
	text := "De Russische president Poetins steun aan Wit-Ruslands leider. NAVO-troepen en de OVSE in Minsk; anti-Rusland. Noord-Ierland. Loekasjenko’s EU-top met de Tweede Kamer-debat en het Kremlin."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	var got []string
	for _, m := range k.Match(doc) {
		got = append(got, text[m.Start:m.End]+"="+m.Entries[0].ID)
	}
	want := []string{"Russische=demonym:RU", "president=role:president", "Poetin=person:vladimir-putin",
		"Wit-Rusland=country:BY", "leider=role:leider", "NAVO=org:navo", "OVSE=org:ovse", "Minsk=capital:BY",
		"Rusland=country:RU", "EU=org:eu", "Tweede Kamer=org:tweede-kamer",
		"Kremlin=metonym:kremlin"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Match:\n got %v\nwant %v", got, want)
	}
}
