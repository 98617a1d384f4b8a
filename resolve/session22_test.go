package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// namesIn checks that got (from annotatedNames) holds every want and
// none of bad, each as a whole "Name/TYPE" item or a name's start.
func namesIn(t *testing.T, got string, want, bad []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, ", "+w+", ") {
			t.Errorf("want %s in %s", w, got)
		}
	}
	for _, b := range bad {
		if strings.Contains(got, ", "+b) {
			t.Errorf("%s in %s", b, got)
		}
	}
}

// TestClauseImperatives checks that a verb's stem opening a clause after
// a list's dash is no name, while a place after a dash stays one. Made-up
// text.
func TestClauseImperatives(t *testing.T) {
	got := annotatedNames(t, "De actie heeft twee doelen: - Breng oude fietsen naar de werkplaats; - Houd de straat schoon. "+
		"Transportnieuws - Vlissingen krijgt een nieuwe haven.")
	namesIn(t, got, []string{"Vlissingen/LOC"}, []string{"Breng/"})
	got = annotatedNames(t, "Economie - Combineer een lage taks met subsidies, zegt de econoom.")
	namesIn(t, got, nil, []string{"Combineer/"})
}

// TestCauseNames checks that a body's word, "tegen" and a capitalised
// common noun are one name, and that two clubs around "tegen" stay two.
// Made-up text.
func TestCauseNames(t *testing.T) {
	got := annotatedNames(t, "Als leden van de Coalitie tegen Kindereenzaamheid beloven zij te helpen. "+
		"De partijen in de Coalitie tegen Kindereenzaamheid - waaronder scholen - doen mee.")
	namesIn(t, got, []string{"Coalitie tegen Kindereenzaamheid/ORG"}, []string{"Coalitie/", "Kindereenzaamheid/"})
	got = annotatedNames(t, "Zondag speelt Ajax tegen Feyenoord in de Kuip.")
	namesIn(t, got, []string{"Ajax/ORG"}, []string{"Ajax tegen"})
}

// TestOnderWie checks that the name after "onder wie" is a person over
// the tagger's guess. Made-up text.
func TestOnderWie(t *testing.T) {
	got := annotatedNames(t, "Vijf leiders, onder wie Schultz-Bendorf, waren aanwezig.")
	namesIn(t, got, []string{"Schultz-Bendorf/PER"}, nil)
}

// TestListedPlaceOutweighs checks that a name coordinated with a place
// after "in" and " en " is a place at its other mentions too, and that a
// name after a comma that closes the place's clause keeps the tagger's
// person. Made-up text.
func TestListedPlaceOutweighs(t *testing.T) {
	got := annotatedNames(t, "Bewoners in Heeswijk en Dinther kunnen een scan laten doen. De scan voor Dinther is gratis.")
	namesIn(t, got, []string{"Dinther/LOC"}, []string{"Dinther/PER"})
	got = annotatedNames(t, "Het gezin woonde sinds 2008 in Nederland, Lili (13) en Howick (14) waren toen klein. Lili en Howick zijn blij.")
	namesIn(t, got, []string{"Lili/PER"}, []string{"Lili/LOC"})
}

// TestAwardsAndFairs checks the class heads of awards (-medaille) and
// the English head of a fair, which outweighs the tagger at its short
// form. Made-up text.
func TestAwardsAndFairs(t *testing.T) {
	got := annotatedNames(t, "De andere grote sportprijs, de Wolfmedaille, kende slechts één winnares.")
	namesIn(t, got, []string{"Wolfmedaille/MISC"}, nil)
	got = annotatedNames(t, "De keuringscommissies van de twee kunst- en antiekbeurzen The Northern Design Fair (TNDF) zijn streng. De TNDF trekt veel bezoekers.")
	namesIn(t, got, []string{"The Northern Design Fair/MISC"}, []string{"TNDF/"})
}

// TestWorkTitles checks that the capitals after a work's class noun are
// all its title. Made-up text.
func TestWorkTitles(t *testing.T) {
	got := annotatedNames(t, "Bij het nummer Sweet Marianne zingt het hele stadion mee.")
	namesIn(t, got, []string{"Sweet Marianne/MISC"}, []string{"Sweet/", "Marianne/"})
}

// TestPartyLists checks that "Lijst" and a leader's or town's name is a
// local party, not a person. Made-up text.
func TestPartyLists(t *testing.T) {
	got := annotatedNames(t, "In de raad zitten de SGP en Lijst K. Verhoeve, van het Goudse raadslid Kees Verhoeve. "+
		"Oud-wethouder Bram Smit is met zijn Lijst Smit Zwolle de grootste partij.")
	namesIn(t, got, []string{"Lijst K. Verhoeve/ORG", "Lijst Smit Zwolle/ORG"}, nil)
}

// TestFirmTrades checks that a compound of a firm's trade before a name
// makes it a firm. Made-up text.
func TestFirmTrades(t *testing.T) {
	got := annotatedNames(t, "De doorstart van ijzergieterij Hephaistos in het dorp valt niet goed. Na het faillissement van Hephaistos was het stil.")
	namesIn(t, got, []string{"Hephaistos/ORG"}, []string{"Hephaistos/PER", "Hephaistos/LOC"})
}

// TestBetweenPlaces checks that one word after "tussen", a place and
// "en" is a place. Made-up text.
func TestBetweenPlaces(t *testing.T) {
	got := annotatedNames(t, "Er komt een glazen scherm tussen Oud-Noord en Hogerwaard. Bewoners van Hogerwaard zijn boos.")
	namesIn(t, got, []string{"Hogerwaard/LOC"}, []string{"Hogerwaard/PER"})
}

// TestQuarterAfterIn checks that a name of a quarter's shape the tagger
// made a body is a place after "in" without an article, and that a
// paper's name with an acronym stays a body. Made-up text.
func TestQuarterAfterIn(t *testing.T) {
	for _, c := range []struct {
		text, name, want string
	}{
		{"De politie sloot gisteren een koffiehuis in De Pijpela.", "De Pijpela", kroniek.LOC},
		{"Het interview stond in AD Magazine van zaterdag.", "AD Magazine", kroniek.ORG},
	} {
		doc := annotated(t, c.text)
		i := strings.Index(c.text, c.name)
		cs := []cand{{start: i, end: i + len(c.name), typ: kroniek.ORG}}
		typeByClass(doc, cs)
		if cs[0].typ != c.want {
			t.Errorf("%s: type %s, want %s", c.name, cs[0].typ, c.want)
		}
	}
}

// TestPluralRoleLists checks that a plural role makes persons of all the
// names it lists, not only the first it attaches to. Made-up text.
func TestPluralRoleLists(t *testing.T) {
	got := annotatedNames(t, "De verbouwing contrasteerde met de wensen van de Kamervoorzitters Dekkers en Veltman-Hoorn.")
	namesIn(t, got, []string{"Dekkers/PER", "Veltman-Hoorn/PER"}, []string{"Veltman-Hoorn/LOC"})
}
