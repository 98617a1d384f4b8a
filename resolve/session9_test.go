package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// localMentions resolves a made-up text and returns its mentions as
// "text/local key".
func localMentions(t *testing.T, text string) (map[string]string, []kroniek.LocalEntity) {
	t.Helper()
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	locals, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	out := map[string]string{}
	for _, m := range ms {
		out[m.Text+"@"+m.Local] = m.Type
	}
	return out, locals
}

// keyOf returns the key of the local entity named name, or "".
func keyOf(ls []kroniek.LocalEntity, name string) string {
	for _, l := range ls {
		if l.Name == name {
			return l.Key
		}
	}
	return ""
}

// TestSession9Initials checks that the initial the news writes for a
// named suspect's family name is a mention of that person when no other
// person of the article has it, and that an initial before a family name
// (E. Velkamp) or of two persons stays no mention of its own (made-up text).
func TestSession9Initials(t *testing.T) {
	ms, ls := localMentions(t, "De rechtbank veroordeelde Bekir E. tot vier jaar cel. E. (31) was al eerder veroordeeld. "+
		"Volgens de rechter loog Onno R. over zijn rol. De 26-jarige R. zei niets. Toen kwam E. Velkamp binnen.")
	be, or := keyOf(ls, "Bekir E."), keyOf(ls, "Onno R.")
	if be == "" || or == "" {
		t.Fatalf("no full names in %v", ls)
	}
	for _, want := range []string{"E.@" + be, "R.@" + or} {
		if ms[want] != kroniek.PER {
			t.Errorf("want %s as a person in %v", want, ms)
		}
	}
	if countPrefix(ms, "E.@") != 1 {
		t.Errorf("the initial of E. Velkamp as a mention of its own: %v", ms)
	}
	// two persons with one initial: neither takes it
	ms, _ = localMentions(t, "Bekir E. en Ahmet E. stonden terecht. E. zweeg.")
	if countPrefix(ms, "E.@") > 0 {
		t.Errorf("an initial of two persons given to one: %v", ms)
	}
}

// TestSession9CountedInhabitants checks that a few people the article
// counted are no mention of their country when it names them again,
// and that names after the plural are no mention of it either, while
// the people of a country spoken of as such stay one (made-up text).
func TestSession9CountedInhabitants(t *testing.T) {
	got := strings.Join(localNames(t, "De politie hield zeven Oekraïners aan in Zwolle. In de loods waar de Oekraïners zaten, lag drugs. "+
		"De Amerikanen Pieter Velkamp en Jan Kwastra zitten vast. De Russen willen meer invloed."), ", ")
	if !strings.Contains(got, "Russen/LOC") {
		t.Errorf("want Russen/LOC in %s", got)
	}
	for _, bad := range []string{"Oekraïners", "Amerikanen"} {
		if strings.Contains(got, bad) {
			t.Errorf("%s as its country in %s", bad, got)
		}
	}
}

// TestSession9OrgLists checks that a name the tagger took for a place
// or a person is an organisation in a list of organisations the
// knowledge base knows, and that a place after a preposition of place
// stays one (made-up text).
func TestSession9OrgLists(t *testing.T) {
	got := strings.Join(localNames(t, "Bezoekers van Ikea, Velkomarkt, Intratuin en Mediamarkt komen hier. Ze reden naar Kwastdorp en Ikea."), ", ")
	if !strings.Contains(got, "Velkomarkt/ORG") {
		t.Errorf("want Velkomarkt/ORG in %s", got)
	}
	if strings.Contains(got, "Kwastdorp/ORG") {
		t.Errorf("a place typed by a list: %s", got)
	}
}

// TestSession9Families checks that a family named with its particles
// after a kin noun (het gezin Van Velkamp) is no mention of the one
// person of that family name (made-up text).
func TestSession9Families(t *testing.T) {
	ms, ls := localMentions(t, "Anna van Doornik-van Velkamp woont hier al lang. Zij was een kind van het gezin Van Velkamp. "+
		"De familie Van der Kwast betaalt. Kees van der Kwast zwijgt. Van der Kwast lacht.")
	kees := keyOf(ls, "Kees van der Kwast")
	if kees == "" {
		t.Fatalf("no Kees van der Kwast in %v", ls)
	}
	if _, ok := ms["Van der Kwast@"+kees]; !ok {
		t.Errorf("the lone family name is no mention of Kees van der Kwast: %v", ms)
	}
	if countPrefix(ms, "Van der Kwast@") != 2 {
		t.Errorf("want the family and the person apart: %v", ms)
	}
	if ms["Van Velkamp@"+keyOf(ls, "Anna van Doornik-van Velkamp")] != "" {
		t.Errorf("the family joined to Anna van Doornik-van Velkamp: %v", ms)
	}
}

// TestSession9CommonTerms checks that abbreviations of common nouns in
// capitals are no names, a compound of one neither, and that an acronym
// of a body stays one (made-up text).
func TestSession9CommonTerms(t *testing.T) {
	got := strings.Join(localNames(t, "De uitstoot van CO2 stijgt. De CO2-uitstoot van Velkomland groeit. Was ADHD niet een aandoening? "+
		"Het IQ van Pieter Velkamp is hoog. Volgens de KNVB is het goed."), ", ")
	for _, bad := range []string{"CO2", "ADHD", "IQ"} {
		if strings.Contains(got, bad) {
			t.Errorf("%s as a name in %s", bad, got)
		}
	}
	if !strings.Contains(got, "KNVB/ORG") {
		t.Errorf("want KNVB/ORG in %s", got)
	}
}

// TestSession9EnglishHeads checks that English head nouns of firms end
// the names of organisations, not of places or persons (made-up text).
func TestSession9EnglishHeads(t *testing.T) {
	got := strings.Join(localNames(t, "De problemen worden ook gevoeld door Velkom Airlines (VA). Het geld ging naar Kwastra Holding en Velkamp Investments. Dat zei Pieter Velkamp."), ", ")
	for _, want := range []string{"Velkom Airlines/ORG", "Kwastra Holding/ORG", "Velkamp Investments/ORG", "Pieter Velkamp/PER"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
}

// TestSession9AssemblyMembers checks that a member of an assembly named
// with its assembly's first word is a role, no name, and that the
// person after it stays (made-up text).
func TestSession9AssemblyMembers(t *testing.T) {
	got := strings.Join(localNames(t, "Dat zegt Tweede Kamerlid Pieter Velkamp in het debat. De Provinciale Statenleden stemden tegen. De Tweede Kamer stemde voor."), ", ")
	if strings.Contains(got, "Kamerlid") || strings.Contains(got, "Statenleden") {
		t.Errorf("a role as a name: %s", got)
	}
	for _, want := range []string{"Pieter Velkamp/PER", "Tweede Kamer/ORG"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
}

// TestSession9KnownNames checks that names the knowledge base knows keep
// its type whatever the tagger makes of them, and that a name written in
// lower case (brexit) is one (made-up text).
func TestSession9KnownNames(t *testing.T) {
	got := strings.Join(localNames(t, "Het beleid rond Schiphol wordt bepaald door de brexit. Pieter Velkamp woont in Twente. "+
		"AZ won van Heracles. De Navo en de Bijbel werden genoemd. Forum, GL en CU stemden tegen."), ", ")
	for _, want := range []string{"Schiphol/LOC", "brexit/MISC", "Twente/LOC", "AZ/ORG", "Heracles/ORG", "Navo/ORG", "Bijbel/MISC", "Pieter Velkamp/PER",
		"Forum/ORG", "GL/ORG", "CU/ORG"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
}

// TestSession9ProvincialCouncils checks that the Provinciale Staten of
// articles about two provinces stay two entities, and those of two
// articles about one province one (made-up analyses).
func TestSession9ProvincialCouncils(t *testing.T) {
	article := func(id, province string) *kroniek.Analysis {
		return &kroniek.Analysis{
			Article: id,
			Locals: []kroniek.LocalEntity{
				{Key: "L1", Name: "Provinciale Staten", Type: kroniek.ORG},
				{Key: "L2", Name: province, Type: kroniek.LOC, KB: "place:" + strings.ToLower(province), Country: "NL"},
			},
			Mentions: []kroniek.Mention{
				{Start: 0, End: 18, Text: "Provinciale Staten", Local: "L1"},
				{Start: 30, End: 30 + len(province), Text: province, Local: "L2", KB: "place:" + strings.ToLower(province)},
				{Start: 50, End: 50 + len(province), Text: province, Local: "L2", KB: "place:" + strings.ToLower(province)},
			},
		}
	}
	an := []*kroniek.Analysis{article("a", "Zeeland"), article("b", "Zeeland"), article("c", "Drenthe")}
	arts := []*kroniek.Article{{ID: "a", Lang: "nl"}, {ID: "b", Lang: "nl"}, {ID: "c", Lang: "nl"}}
	councils := map[string]int{}
	for _, e := range Corpus(arts, an) {
		if e.Name == "Provinciale Staten" {
			councils[e.ID] = e.Count
		}
	}
	if len(councils) != 2 {
		t.Errorf("want the councils of Zeeland (2 mentions) and Drenthe (1), got %v", councils)
	}
}

// TestSession9EnglishEvents checks that English heads of contests end
// the names of events, not of places or persons, and that a person of
// such a family name stays one (made-up text).
func TestSession9EnglishEvents(t *testing.T) {
	got := strings.Join(localNames(t, "Velkamp won de Solheim Cup en de Barcelona Open. Martin Open sprak met Pieter Velkamp."), ", ")
	for _, want := range []string{"Solheim Cup/MISC", "Barcelona Open/MISC", "Martin Open/PER"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
}

// TestSession9Portfolios checks that a Dutch ministry named by its
// portfolio alone links to the knowledge base's ministry, and a foreign
// one keeps its country and no link (made-up text).
func TestSession9Portfolios(t *testing.T) {
	var got []string
	for _, text := range []string{"Dat zei minister Pieter Velkamp van Buitenlandse Zaken gisteren in Den Haag.",
		"De Duitse minister van Buitenlandse Zaken Heiko Maas zei dat Duitsland steunt."} {
		_, ls := localMentions(t, text)
		for _, l := range ls {
			if l.Name == "Buitenlandse Zaken" {
				got = append(got, l.KB+"@"+l.Country)
			}
		}
	}
	if strings.Join(got, " ") != "org:min-bz@NL @DE" {
		t.Errorf("portfolios: got %v, want the Dutch ministry and a German one", got)
	}
}

// TestSession9RegionCompounds checks that a place name after a compass or
// region word (Zuid-Amerikaanse, Latijns-Amerika, and "Latijns- Amerika"
// broken at a line end) is no mention of the country of the bare name,
// that the broken compound is one name and not "Latijns" besides, and that
// countries named so stay those countries (made-up text).
func TestSession9RegionCompounds(t *testing.T) {
	doc := nl.Parse("De VS steunen hem. Hij bezocht enkele Zuid-Amerikaanse landen en sprak met regeringen, vooral in Latijns- Amerika en Europa. "+
		"Ook Latijns-Amerika en Zuid-Amerika reageerden, net als Noord-Korea, Zuid-Afrika, Zuid-Korea, Oost-Timor, Noord-Macedonië en de Centraal-Afrikaanse Republiek. "+
		"Daarna reisde hij naar Zuid- Korea. De Amerikanen zwegen.", nl.Options{Lang: "nl"})
	k := loadKB(t)
	ls, ms := Local(doc, nerTag(t)(doc), k)
	key := map[string]string{}
	for _, l := range ls {
		key[l.Key] = l.KB
	}
	var us []string
	texts := map[string]string{}
	for _, m := range ms {
		texts[m.Text] = key[m.Local]
		if key[m.Local] == "country:US" {
			us = append(us, m.Text)
		}
	}
	if !slices.Equal(us, []string{"VS", "Amerikanen"}) {
		t.Errorf("mentions of the US: %v, want VS and Amerikanen", us)
	}
	if _, ok := texts["Latijns"]; ok {
		t.Errorf("Latijns as a name of its own: %v", texts)
	}
	if _, ok := texts["Latijns- Amerika"]; !ok {
		t.Errorf("no mention Latijns- Amerika: %v", texts)
	}
	for name, want := range map[string]string{"Noord-Korea": "country:KP", "Zuid-Afrika": "country:ZA", "Zuid-Korea": "country:KR",
		"Oost-Timor": "country:TL", "Noord-Macedonië": "country:MK", "Centraal-Afrikaanse Republiek": "country:CF", "Zuid- Korea": "country:KR"} {
		if texts[name] != want {
			t.Errorf("%s linked to %q, want %s (%v)", name, texts[name], want, texts)
		}
	}
}

// countPrefix counts the mentions of ms (as localMentions keys them:
// text@entity) whose key starts with prefix.
func countPrefix(ms map[string]string, prefix string) int {
	n := 0
	for m := range ms {
		if strings.HasPrefix(m, prefix) {
			n++
		}
	}
	return n
}
