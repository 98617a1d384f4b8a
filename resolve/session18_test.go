package resolve

import (
	"fmt"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// annotatedCorpus analyses made-up one-line articles as the pipeline
// does (the syntax model's tags and parse, then the tagger) and resolves
// them across the corpus.
func annotatedCorpus(t *testing.T, texts ...string) []*kroniek.Entity {
	t.Helper()
	syntaxOnce.Do(func() { syntax, syntaxErr = nl.LoadSyntax() })
	if syntaxErr != nil {
		t.Skipf("no syntax model: %v", syntaxErr)
	}
	k, tag := loadKB(t), nerTag(t)
	var arts []*kroniek.Article
	var ans []*kroniek.Analysis
	for i, x := range texts {
		a := &kroniek.Article{ID: fmt.Sprint("a", i), Lang: "nl", Text: x}
		doc := nl.Parse(a.Text, nl.Options{Lang: "nl"})
		syntax.Annotate(doc)
		locals, ms := Local(doc, tag(doc), k)
		for j := range ms {
			ms[j].Article = a.ID
		}
		arts = append(arts, a)
		ans = append(ans, &kroniek.Analysis{Article: a.ID, Locals: locals, Mentions: ms})
	}
	return Corpus(arts, ans)
}

// TestSession18ClassNounOverSeveralWords checks that a class noun before
// a name of several words that has no person's shape types it, however
// often the tagger calls the name a person elsewhere in the article.
func TestSession18ClassNounOverSeveralWords(t *testing.T) {
	es := annotatedCorpus(t,
		"Het zorgbedrijf Vela Nori Me ging vorige week failliet. Volgens Vela Nori Me was het niet te voorkomen. Vela Nori Me had schulden bij de bank. De schuld van Vela Nori Me liep op.",
		"Kees de Vries, woordvoerder van de bank, reageert niet.",
	)
	if e := oneEntity(t, es, "Vela Nori Me"); e != nil && e.Type != kroniek.ORG {
		t.Errorf("Vela Nori Me typed %s, want ORG", e.Type)
	}
	if e := oneEntity(t, es, "Kees de Vries"); e != nil && e.Type != kroniek.PER {
		t.Errorf("Kees de Vries typed %s, want PER", e.Type)
	}
}

// TestSession18NameWithoutClassWords checks that a name the article also
// prints with class words before it (Club, Nationaal Park, Nationale)
// joins that longer name, typed by its class noun; and that a place
// named after "in" stays apart from the club named after it.
func TestSession18NameWithoutClassWords(t *testing.T) {
	es := annotatedCorpus(t,
		"De bekende club Mortelhof in Asperen moet voor een half jaar dicht. Burgemeester Jansen sloot Club Mortelhof na een vechtpartij. Mortelhof gaat in beroep.",
		"Het Nationale Volksforum komt vandaag bijeen in de hoofdstad. Het Volksforum telt drieduizend leden.",
		"Wandelaars zagen een wolf in Nationaal Park De Grote Heide. De Grote Heide is blij met de wolf.",
		"De voetbalclub VV Lienden speelt zondag thuis. In Lienden is het feest.",
	)
	oneEntity(t, es, "Mortelhof", "Club Mortelhof")
	oneEntity(t, es, "Volksforum", "Nationale Volksforum")
	if e := oneEntity(t, es, "Grote Heide", "Nationaal Park De Grote Heide"); e != nil && e.Type != kroniek.LOC {
		t.Errorf("Nationaal Park De Grote Heide typed %s, want LOC", e.Type)
	}
	if a, b := byAlias(es, "Lienden"), byAlias(es, "VV Lienden"); len(a) == 1 && len(b) == 1 && a[0] == b[0] {
		t.Errorf("the village Lienden joined the club VV Lienden")
	}
}

// TestClassWordsOnly checks which words before a name only say what it is.
func TestClassWordsOnly(t *testing.T) {
	for _, x := range []struct {
		opener []string
		want   bool
	}{
		{[]string{"Club"}, true},
		{[]string{"Nationaal", "Park", "De"}, true},
		{[]string{"RTL"}, true},
		{[]string{"Nationale"}, true},
		{[]string{"De"}, false},                              // the article alone
		{[]string{"Nationaal", "Park", "De", "Hoge"}, false}, // Hoge is part of the name
		{[]string{"New"}, false},
		{[]string{"club"}, false},
	} {
		if got := classWordsOnly(x.opener); got != x.want {
			t.Errorf("classWordsOnly(%q) = %v, want %v", x.opener, got, x.want)
		}
	}
}

// TestSession18PlaceAdjective checks that a place's adjective in s after
// an article is no mention of the place, and that a possessive without
// an article still is.
func TestSession18PlaceAdjective(t *testing.T) {
	es := annotatedCorpus(t,
		"Ze woont met drie vrienden in een Eindhovens studentenhuis.",
		"Volgens de krant is Utrechts burgemeester ziek.",
	)
	if got := byAlias(es, "Eindhoven"); len(got) != 0 {
		t.Errorf("the adjective Eindhovens made a mention of %s", got[0].Name)
	}
	if got := byAlias(es, "Utrecht"); len(got) != 1 {
		t.Errorf("the possessive Utrechts: %d entities Utrecht, want 1", len(got))
	}
}

// TestSession18BuildingNames checks which names end in a building's noun
// (a place where the tagger says thing or person), and that a person's
// name and family names of a place's shape do not.
func TestSession18BuildingNames(t *testing.T) {
	for _, x := range []struct {
		name string
		want bool
	}{
		{"Hijschgebouw", true},
		{"Taksim Moskee", true},
		{"Badhuis", true},
		{"Verkadefabriek", true},
		{"Piet Paleis", false}, // a given name opens it
		{"Groenendijk", false},
		{"Vermeer", false},
	} {
		if got := buildingName(x.name); got != x.want {
			t.Errorf("buildingName(%q) = %v, want %v", x.name, got, x.want)
		}
	}
}

// TestSession18ClassNounBeforeName checks eateries and shops by their
// noun, a plural class noun opening a sentence's list, a name the
// tagger makes a person joining the eatery that opens with its class
// noun, and a mayor of a club's name staying a person.
func TestSession18ClassNounBeforeName(t *testing.T) {
	es := annotatedCorpus(t,
		"Het gaat slecht met de horeca. Restaurants Casa Lumo, Tamar Ruby en Kebab Sarayi staan onder toezicht.",
		"Pizzeria Il Fiorino stapte naar de rechter. Als de buren een terras mogen, moet Il Fiorino dat ook mogen, vindt de eigenaar.",
		"Burgemeester Rodenburg sloot Club Rodenburg. Rodenburg zegt dat het moest.",
	)
	for _, name := range []string{"Tamar Ruby", "Kebab Sarayi", "Il Fiorino"} {
		if e := oneEntity(t, es, name); e != nil && e.Type != kroniek.ORG {
			t.Errorf("%s typed %s, want ORG", name, e.Type)
		}
	}
	oneEntity(t, es, "Il Fiorino", "Pizzeria Il Fiorino")
	if e := oneEntity(t, es, "Rodenburg"); e != nil && e.Type != kroniek.PER {
		t.Errorf("burgemeester Rodenburg typed %s, want PER", e.Type)
	}
}

// TestSession18PlaceClassNouns checks the class nouns of districts and
// states.
func TestSession18PlaceClassNouns(t *testing.T) {
	for _, w := range []string{"kiesdistrict", "district", "gehucht", "buurtschap", "stadsdeel", "deelstaat"} {
		if got := classOfNoun(w); got != kroniek.LOC {
			t.Errorf("classOfNoun(%q) = %q, want LOC", w, got)
		}
	}
}
