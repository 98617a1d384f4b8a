package story

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestDatedFactOK checks the timeline's filters on sentences written for
// the test: vague counts, timetables, birth years and doubtful directions
// are kept off the timeline; plain dated developments stay.
func TestDatedFactOK(t *testing.T) {
	cases := []struct {
		sent, expr, value, pub string
		relative, want         bool
	}{
		{"De brand in de haven dik twee weken geleden was de grootste in jaren.", "twee weken geleden", "2019-03-20", "2019-04-03", true, false},
		{"Het museum opende drie maanden geleden zijn deuren.", "drie maanden geleden", "2019-01-03", "2019-04-03", true, false},
		{"De burgemeester opende gisteren de nieuwe brug.", "gisteren", "2019-04-02", "2019-04-03", true, true},
		{"Het café is open van woensdag tot en met zondag van 12.00 tot 23.00 uur.", "woensdag", "2019-04-03", "2019-04-03", true, false},
		{"De ronde is bedoeld voor kinderen die in 2003 zijn geboren.", "2003", "2003", "2019-04-03", false, false},
		{"Voor zaterdag hebben beide partijen demonstraties aangekondigd.", "zaterdag", "2019-03-30", "2019-04-03", true, false},
		{"De ruzie loopt maandag compleet uit de hand.", "maandag", "2019-04-08", "2019-04-03", true, false},
		{"De rechter doet maandag uitspraak in de zaak.", "maandag", "2019-04-08", "2019-04-03", true, true},
		{"De minister zal maandag het plan presenteren.", "maandag", "2019-04-08", "2019-04-03", true, true},
		{"Een dag later begrijpt de buurvrouw nog steeds niet wat er gebeurde.", "Een dag later", "2019-04-04", "2019-04-03", true, false},
		{"De brand brak zaterdag uit; een dag daarna kwam de brandweer terug.", "een dag", "2019-04-04", "2019-04-03", true, false},
		{"Het nieuwe paspoort hoort bij de brexit, die op 29 maart was voorzien.", "29 maart", "2019-03-29", "2019-04-08", false, false},
		{"Wie de drukte wil mijden, kan alleen nog op de vroege zondagochtend terecht.", "zondagochtend", "2019-03-31", "2019-03-30", true, false},
		{"Boeren kunnen er vandaag mee beginnen.", "vandaag", "2019-03-09", "2019-03-09", true, false},
		{"Telde de school in 2015 nog 734 leerlingen, nu zijn het er 533.", "2015", "2015", "2019-04-08", false, false},
		{"In 2014 sloot de fabriek haar poorten.", "2014", "2014", "2019-04-08", false, true},
		{"De bakker werd in de nacht van zaterdag op zondag beroofd.", "zaterdag", "2019-03-30", "2019-04-01", true, false},
		{"De bakker werd in de nacht van zaterdag op zondag beroofd.", "zondag", "2019-03-31", "2019-04-01", true, true},
		{"Toen relschoppers een week geleden op zaterdag een ravage aanrichtten, was de president weg.", "zaterdag", "2019-03-23", "2019-03-25", true, false},
		{"Een dag voor die dramatische woensdag had hij nieuwe voorraad gekregen.", "woensdag", "2019-03-27", "2019-03-29", true, false},
		{"Diezelfde woensdag ging alles mis.", "woensdag", "2019-03-27", "2019-03-29", true, false},
		{"De man die woensdag werd aangehouden, is vrij.", "woensdag", "2019-03-27", "2019-03-29", true, true},
		{"De man die afgelopen woensdag werd aangehouden, is vrij.", "woensdag", "2019-03-27", "2019-03-29", true, true},
		{"De fusie werd woensdag bekend.", "woensdag", "2019-03-27", "2019-03-29", true, true},
		{"7/3 Parktheater Eindhoven, 9/3 Speelhuis Helmond.", "7/3", "2019-03-07", "2019-03-07", false, false},
		{"En in zijn column van 23 maart schrijft hij dat het raadslid won.", "23 maart", "2019-03-23", "2019-03-30", false, false},
		{"Een opiniepeiler voorspelde gisteravond dat de uitslag zou verrassen.", "gisteravond", "2019-03-19", "2019-03-20", true, false},
		{"Zaterdag vertelde de boer in deze krant over zijn zoons.", "Zaterdag", "2019-04-06", "2019-04-09", true, false},
		{"Geschiedenisstudent Van Dam stemde Forum, zoals hij dat in 2017 al landelijk deed.", "2017", "2017", "2019-04-02", false, false},
		{"Ephimenco (Trouw, 16 februari) stelt dat Spanje mensenrechten schendt.", "16 februari", "2019-02-16", "2019-04-08", false, false},
		{"Zaterdag (Boeken & Wetenschap, 30 maart) schreef Boudry dat we in de beste wereld leven.", "Zaterdag", "2019-03-30", "2019-04-02", true, false},
		{"Zaterdag (de dag van de opening) kwamen duizend bezoekers.", "Zaterdag", "2019-03-30", "2019-04-02", true, true},
		{"Er was niets komisch aan mijn voorstel om het leger in te zetten [BD 24 maart].", "24 maart", "2019-03-24", "2019-03-30", false, false},
		{"De weg gaat weer dicht van maandag 20.00 uur tot dinsdag 05.30 uur.", "maandag", "2019-03-04", "2019-03-07", true, false},
		{"Na een piek in 2014 nam het aantal doden drie jaar op rij af (2015- 2017).", "2014", "2014", "2019-02-27", false, false},
		{"Een 80-jarige man is gearresteerd voor de moord op twee 19-jarige vrouwen in 1973.", "1973", "1973", "2019-04-08", false, true},
		{"Vandaag nemen ze het heft in handen en zoeken ze uit welke vorm wel op een meerderheid kan rekenen.", "Vandaag", "2019-03-27", "2019-03-27", true, true},
		{"Hoewel Rutte aanvankelijk zweeg, twitterde hij vrijdag dat hij de organisatoren uitnodigde.", "vrijdag", "2019-02-08", "2019-02-12", true, true},
		{"Op maandag viel er een brief op de mat.", "maandag", "2019-03-25", "2019-03-30", true, true},
		{"Vandaag deel 3: de kandidaat van de partij uit het oosten.", "Vandaag", "2019-03-09", "2019-03-09", true, false},
		{"Het tweede deel van de brug ging vandaag open.", "vandaag", "2019-03-08", "2019-03-08", true, true},
	}
	for _, c := range cases {
		at := strings.Index(c.sent, c.expr)
		tr := kroniek.TimeRef{Start: at, End: at + len(c.expr), Text: c.expr, Value: c.value, Relative: c.relative}
		if got := datedFactOK(c.sent, c.sent, tr, c.value, c.pub); got != c.want {
			t.Errorf("datedFactOK(%q) = %v, want %v", c.sent, got, c.want)
		}
	}
}

// TestCoreSupport checks that a story's core needs more members as it grows.
func TestCoreSupport(t *testing.T) {
	for n, want := range map[int]int{1: 1, 2: 1, 3: 2, 8: 2, 12: 3, 40: 10} {
		if got := coreSupport(n); got != want {
			t.Errorf("coreSupport(%d) = %d, want %d", n, got, want)
		}
	}
	var c centroid
	c.add(sparse{ids: []int32{1, 2, 3}, ws: []float64{1, 1, 1}})
	c.add(sparse{ids: []int32{1, 2, 4}, ws: []float64{1, 1, 1}})
	c.add(sparse{ids: []int32{1, 5, 6}, ws: []float64{1, 1, 1}})
	// Ids 1 and 2 are shared by two members or more; 3 and 4 by one.
	if got := c.coreShared(sparse{ids: []int32{1, 3, 4}}); got != 1 {
		t.Errorf("coreShared = %d, want 1 (one member's words are no core)", got)
	}
}

func TestInsideQuote(t *testing.T) {
	checkPairs(t, "insideQuote", func(sent, expr string) bool {
		at := strings.Index(sent, expr)
		return insideQuote(sent[:at], kroniek.TimeRef{Start: at, End: at + len(expr)}, nil)
	}, []pairCase{
		{"Weyers sms'te: 'Ben vandaag en de komende dagen druk'.", "vandaag", true},
		{"Hij zei: ‘Ik ga morgen naar huis.’", "morgen", true},
		{",,We beginnen vandaag'', zei de wethouder.", "vandaag", true},
		{"De wethouder zei vandaag dat 'het plan' doorgaat.", "vandaag", false},
		{"Het Parool meldde gisteren dat de brug dichtgaat.", "gisteren", false},
	})
}

// TestSceneDated checks the labelled date fields that make an article's
// relative dates count from its own day.
func TestSceneDated(t *testing.T) {
	checkPredicate(t, "sceneDated", sceneDated, map[string]bool{
		"Bij de kraam rekenen drie jongens uit wat ze vanavond kopen. Wanneer: dinsdag 5 maart, 20.00 uur.": true,
		"Datum: 12 april. Plaats: het stadhuis.":                                                            true,
		"Wanneer komt de minister met een plan? Niemand weet het op 5 maart.":                               false,
		"De raad vergadert vanavond.":                                                                       false,
	})
}

// TestContentHolds checks that a story with a core takes an article tied to
// it by two names only when it shares the core of the story's text without
// names, and by three names or more whatever its words.
func TestContentHolds(t *testing.T) {
	var c centroid
	c.add(sparse{ids: []int32{1, 2, 3}, ws: []float64{1, 1, 1}})
	c.add(sparse{ids: []int32{1, 2, 4}, ws: []float64{1, 1, 1}})
	c.add(sparse{ids: []int32{1, 2, 5}, ws: []float64{1, 1, 1}})
	o := DefaultOptions()
	other := sparse{ids: []int32{1, 6, 7}, ws: []float64{1, 1, 1}}
	same := sparse{ids: []int32{1, 2, 7}, ws: []float64{1, 1, 1}}
	if contentHolds(o, &c, other, 2) {
		t.Error("two shared names and one core word: want no join")
	}
	if !contentHolds(o, &c, same, 2) {
		t.Error("two shared names and two core words: want a join")
	}
	if !contentHolds(o, &c, other, strongActors) {
		t.Error("strongActors shared names: want a join whatever the words")
	}
	var small centroid
	small.add(sparse{ids: []int32{1, 2, 3}, ws: []float64{1, 1, 1}})
	if !contentHolds(o, &small, other, 2) {
		t.Error("a story of one has no core to hold to: want the join left to similarity")
	}
}

// TestNamesHold checks that a story of one or two members takes an article
// tied to it by a few names only with some of its content, on the same or
// the next day, or with many shared names.
func TestNamesHold(t *testing.T) {
	var c centroid
	c.add(sparse{ids: []int32{1, 2, 3}, ws: []float64{0.6, 0.6, 0.53}})
	alike := sparse{ids: []int32{1, 8, 9}, ws: []float64{0.6, 0.6, 0.53}}
	unlike := sparse{ids: []int32{7, 8, 9}, ws: []float64{0.6, 0.6, 0.53}}
	for _, x := range []struct {
		what       string
		v          sparse
		nsal, days int
		want       bool
	}{
		{"other words, a week later", unlike, 2, 7, false},
		{"other words, the next day", unlike, 2, 1, true},
		{"other words, many names", unlike, manyActors, 7, true},
		{"alike words, a week later", alike, 2, 7, true},
	} {
		if got := namesHold(&c, x.v, x.nsal, 100+x.days, 100); got != x.want {
			t.Errorf("%s: namesHold = %v, want %v", x.what, got, x.want)
		}
	}
}

// TestPlacesConflict checks that news from another place about others
// conflicts with a story, and news that shares a name or a place does not.
func TestPlacesConflict(t *testing.T) {
	st := &story{places: map[int32]bool{1: true}, salient: map[int32]bool{1: true, 2: true}}
	w := salientIDF + 1
	elsewhere := sparse{ids: []int32{5, 6}}
	ew := map[int32]float64{5: w, 6: w}
	ep := map[int32]int{5: 1}
	if !placesConflict(st, elsewhere, map[int32]int{5: 2}, nil, ew, ep) {
		t.Error("a town named twice, no shared name: want a conflict")
	}
	if !placesConflict(st, elsewhere, map[int32]int{5: 1}, map[int32]int{5: 1}, ew, ep) {
		t.Error("a town in the headline, no shared name: want a conflict")
	}
	if placesConflict(st, elsewhere, map[int32]int{5: 1}, nil, ew, ep) {
		t.Error("a town named once in passing: want none")
	}
	shared := sparse{ids: []int32{2, 5}}
	if placesConflict(st, shared, map[int32]int{5: 2}, nil, map[int32]float64{2: w, 5: w}, ep) {
		t.Error("a shared salient name: want none")
	}
}
