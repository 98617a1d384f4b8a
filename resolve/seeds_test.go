package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

func TestSeeds(t *testing.T) { withTaggers(t, testSeeds) }

// testSeeds checks the joins the seeds need, with the given tagger.
func testSeeds(t *testing.T, tag tagFunc) {
	arts, ans, es := seedCorpus(t, tag)
	one := func(aliases ...string) *kroniek.Entity { t.Helper(); return oneEntity(t, es, aliases...) }
	at := func(surface, want string) {
		t.Helper()
		id, text := entityAt(arts, ans, surface)
		if id == "" || id != want {
			t.Errorf("mention at %q (%q) is entity %q, want %q", surface, text, id, want)
		}
	}
	luk := one("Loekasjenko", "Aleksandr Loekasjenko")
	if luk != nil {
		at("Loekasjenko’s", luk.ID)
		at("Loekasjenko’s vertrek", luk.ID)
		if luk.Name != "Aleksandr Loekasjenko" || luk.Type != kroniek.PER {
			t.Errorf("Loekasjenko entity = %q %s, want Aleksandr Loekasjenko PER", luk.Name, luk.Type)
		}
	}
	put := one("Poetin", "Vladimir Poetin")
	if put != nil {
		at("Poetins", put.ID)
		if put.Country != "RU" {
			t.Errorf("Poetin's country = %q, want RU", put.Country)
		}
	}
	by := one("Wit-Rusland", "Belarus")
	ru := one("Rusland")
	if by != nil && by == ru {
		t.Errorf("Wit-Rusland and Rusland are one entity %s", by.ID)
	}
	if by != nil {
		at("Wit-Ruslands", by.ID)
	}
	one("Orbán", "Orban")
	one("OVSE", "Organisatie voor Veiligheid en Samenwerking in Europa")
	mic := one("Michel", "Charles Michel")
	mac := one("Macron")
	if mic != nil && mic == mac {
		t.Errorf("Michel and Macron are one entity")
	}
	raad, unie := one("Europese Raad"), one("Europese Unie")
	if raad != nil && raad == unie {
		t.Errorf("Europese Raad and Europese Unie are one entity")
	}
	// a city or seat of government is its own entity, never its
	// country; used as an actor it stands for its government
	if mos := byAlias(es, "Moskou"); len(mos) == 0 || mos[0] == ru || ru != nil && mos[0].StandsFor != ru.ID {
		t.Errorf("Moskou (as an actor) should be a city standing for Rusland")
	}
	if kr := byAlias(es, "Kremlin"); len(kr) == 0 || kr[0] == ru || ru != nil && kr[0].StandsFor != ru.ID {
		t.Errorf("het Kremlin should be a place standing for Rusland")
	}
	// "in Minsk" stays a place: some mention of Minsk is a LOC entity
	foundLoc := false
	for _, e := range byAlias(es, "Minsk") {
		if e.Type == kroniek.LOC && e.KB == "capital:BY" {
			foundLoc = true
		}
	}
	if !foundLoc {
		t.Errorf("no LOC entity for Minsk as a place")
	}
	// the roles came off the names
	for _, e := range es {
		for _, a := range e.Aliases {
			if strings.HasPrefix(strings.ToLower(a), "president ") || strings.HasPrefix(strings.ToLower(a), "premier ") {
				t.Errorf("alias %q of %s keeps its role", a, e.Name)
			}
		}
	}
	if t.Failed() {
		for _, e := range es[:min(40, len(es))] {
			t.Logf("%s %-4s %-3s %3d %-30s %v", e.ID, e.Type, e.Country, e.Count, e.Name, e.Aliases)
		}
	}
}

// Entity ids do not depend on article order.
func TestCorpusStableIDs(t *testing.T) {
	k := loadKB(t)
	arts := readSeeds(t)
	ids := func(arts []*kroniek.Article) map[string]string {
		es := Corpus(arts, analyse(t, k, arts))
		m := map[string]string{}
		for _, e := range es {
			m[e.Name] = e.ID
		}
		return m
	}
	a := ids(arts)
	rev := make([]*kroniek.Article, len(arts))
	for i, x := range arts {
		rev[len(arts)-1-i] = x
	}
	b := ids(rev)
	for name, id := range a {
		if b[name] != id {
			t.Errorf("entity %q: id %s in order, %s reversed", name, id, b[name])
		}
	}
}
