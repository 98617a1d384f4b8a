package resolve

import (
	"strings"
	"testing"
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

// TestWorkTitles checks that the capitals after a work's class noun are
// all its title. Made-up text.
func TestWorkTitles(t *testing.T) {
	got := annotatedNames(t, "Bij het nummer Sweet Marianne zingt het hele stadion mee.")
	namesIn(t, got, []string{"Sweet Marianne/MISC"}, []string{"Sweet/", "Marianne/"})
}
