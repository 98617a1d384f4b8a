package resolve

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// corpusOf analyses made-up one-line articles with the tagger and
// resolves them across the corpus.
func corpusOf(t *testing.T, texts ...string) ([]*kroniek.Article, []*kroniek.Analysis, []*kroniek.Entity) {
	t.Helper()
	var arts []*kroniek.Article
	for i, x := range texts {
		arts = append(arts, &kroniek.Article{ID: fmt.Sprint("a", i), Lang: "nl", Text: x})
	}
	ans := analyseWith(t, loadKB(t), arts, nerTag(t))
	return arts, ans, Corpus(arts, ans)
}

// TestSession17FiguresOfFaith checks that the knowledge base's figures of
// faith join every name the churches give them (Jezus van Nazaret in one
// article, Christus in it and in another) and are persons (Satan is no
// organisation); and that a foreign party is an organisation.
func TestSession17FiguresOfFaith(t *testing.T) {
	arts, ans, es := corpusOf(t,
		"Op de heuvel hangt Jezus van Nazaret aan het kruis. Het lijdensverhaal van Christus boeit de regisseur.",
		"De dominee preekte over Christus. Het kwaad was het werk van Satan, zei hij.",
		"Een senator van de Partido Popular stuurde een bericht.",
	)
	oneEntity(t, es, "Jezus van Nazaret", "Christus")
	for _, x := range []struct{ name, typ string }{{"Satan", kroniek.PER}, {"Partido Popular", kroniek.ORG}, {"Christus", kroniek.PER}} {
		id, _ := entityAt(arts, ans, x.name)
		for _, e := range es {
			if e.ID == id && e.Type != x.typ {
				t.Errorf("%s typed %s, want %s", x.name, e.Type, x.typ)
			}
		}
		if id == "" {
			t.Errorf("%s: no mention", x.name)
		}
	}
}

// TestSession17PlacesOfClass checks that a known shop's name after a
// lower-case place noun is a place of its own, apart from the shop, and
// that an industrial estate is a place.
func TestSession17PlacesOfClass(t *testing.T) {
	arts, ans, es := corpusOf(t,
		"Op sportpark De Bijenkorf in Almere is asbest gevonden. De gemeente onderzoekt het.",
		"Ze kocht een jas bij De Bijenkorf in Amsterdam. De Bijenkorf verkoopt dure merken.",
		"De kat zat maandenlang op industrieterrein De Hoefijzer bij Geldrop.",
	)
	park, _ := entityAt(arts[:1], ans[:1], "De Bijenkorf")
	shop, _ := entityAt(arts[1:2], ans[1:2], "De Bijenkorf")
	if park == "" || park == shop {
		t.Errorf("sportpark De Bijenkorf is %q, the shop %q: want two entities", park, shop)
	}
	typeOf := map[string]string{}
	for _, e := range es {
		typeOf[e.ID] = e.Type
	}
	if typeOf[park] != kroniek.LOC || typeOf[shop] != kroniek.ORG {
		t.Errorf("sportpark typed %q, shop %q: want LOC and ORG", typeOf[park], typeOf[shop])
	}
	if id, _ := entityAt(arts[2:], ans[2:], "De Hoefijzer"); typeOf[id] != kroniek.LOC {
		t.Errorf("industrieterrein De Hoefijzer typed %q, want LOC", typeOf[id])
	}
}

// TestSession17AldermanPortfolios checks that an alderman's portfolio in
// brackets is no name, while a minister's stays the ministry and an
// alderman's party stays a party.
func TestSession17AldermanPortfolios(t *testing.T) {
	text := "Wethouder Karel Mulder (Grondzaken) wil de grond verkopen. Wethouder Ans Smit (Verkeer en Vervoer) twijfelt. Wethouder Piet Bos (VVD) is tegen. Minister Hugo de Jonge (Volksgezondheid) zwijgt."
	got := localForms(t, text)
	for _, bad := range []string{"Grondzaken=", "Verkeer", "Vervoer"} {
		if slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, bad) }) {
			t.Errorf("portfolio %q is a mention: %v", bad, got)
		}
	}
	for _, want := range []string{"VVD=", "Volksgezondheid="} {
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, want) }) {
			t.Errorf("no mention %q: %v", want, got)
		}
	}
}

// TestSession17Planbureaus checks that the knowledge base joins a
// planning bureau's acronym in one article to its full name in another,
// and that the Golan is the Golan Heights, a place.
func TestSession17Planbureaus(t *testing.T) {
	arts, ans, es := corpusOf(t,
		"Volgens het Planbureau voor de Leefomgeving schiet het beleid tekort.",
		"De rekenmeesters van het PBL zijn kritisch. Syrië eist de Golanhoogten terug.",
		"De status van Golan verandert niet, zei de secretaris-generaal.",
	)
	oneEntity(t, es, "Planbureau voor de Leefomgeving", "PBL")
	heights, _ := entityAt(arts[1:2], ans[1:2], "Golanhoogten")
	golan, _ := entityAt(arts[2:], ans[2:], "Golan")
	if heights == "" || heights != golan {
		t.Errorf("Golanhoogten is %q, Golan %q: want one entity", heights, golan)
	}
	for _, e := range es {
		if e.ID == golan && e.Type != kroniek.LOC {
			t.Errorf("Golan typed %s, want LOC", e.Type)
		}
	}
}

// TestSession17KnownGroups checks that movements, campaign groups and
// clubs the knowledge base knows are organisations whatever the tagger
// makes of them.
func TestSession17KnownGroups(t *testing.T) {
	arts, ans, es := corpusOf(t,
		"Milieudefensie eist dat de oliemaatschappij minder uitstoot. Volgens Milieudefensie kan het sneller.",
		"In Parijs gingen de Gele Hesjes opnieuw de straat op. De Hells Angels zijn in Nederland verboden.",
		"Het artikel op Wikipedia was aangepast. De terreurgroep Boko Haram ontvoerde scholieren.",
	)
	typeOf := map[string]string{}
	for _, e := range es {
		typeOf[e.ID] = e.Type
	}
	for _, name := range []string{"Milieudefensie", "Gele Hesjes", "Hells Angels", "Wikipedia", "Boko Haram"} {
		id, _ := entityAt(arts, ans, name)
		if typeOf[id] != kroniek.ORG {
			t.Errorf("%s typed %q, want ORG", name, typeOf[id])
		}
	}
}

// TestSession17Denominations checks that a church named by its
// denomination is a body and a church named otherwise a building.
func TestSession17Denominations(t *testing.T) {
	got := localForms(t, "Volgens de enquête vertrouwt de helft de Grieks Orthodoxe Kerk. De Anglicaanse Kerk in Schotland meldt het. De Grote Kerk in Breda is open.")
	for _, want := range []string{"Grieks Orthodoxe Kerk=Grieks Orthodoxe Kerk/ORG", "Anglicaanse Kerk=Anglicaanse Kerk/ORG", "Grote Kerk=Grote Kerk/LOC"} {
		if !slices.Contains(got, want) {
			t.Errorf("no %q in %v", want, got)
		}
	}
}

// TestSession17Shops checks that a shop named after its trade noun is an
// organisation, and a legal case ("de zaak X") is not made one.
func TestSession17Shops(t *testing.T) {
	got := localForms(t, "De eigenaar van modezaak Mignon zag het gebeuren. Bij de Rotterdamse shoarmazaak El Aviva is het druk.")
	for _, want := range []string{"Mignon=Mignon/ORG", "El Aviva=El Aviva/ORG"} {
		if !slices.Contains(got, want) {
			t.Errorf("no %q in %v", want, got)
		}
	}
}

// TestSession17CompoundVotes checks that a name opening hyphenated
// compounds (de Rushdie-affaire) keeps the type its own mentions give it,
// however often the tagger types the compounds as things.
func TestSession17CompoundVotes(t *testing.T) {
	text := "De Rushdie-affaire begon. De auteur Salman Rushdie dook onder. De Rushdie-affaire duurde. Na de Rushdie-affaire kwam rust."
	doc := annotated(t, text)
	var cs []cand
	for off := 0; ; {
		i := strings.Index(text[off:], "Rushdie")
		if i < 0 {
			break
		}
		c := cand{start: off + i, end: off + i + len("Rushdie"), typ: kroniek.MISC}
		if strings.HasSuffix(text[:c.start], "Salman ") {
			c.start, c.typ = c.start-len("Salman "), kroniek.PER
		}
		cs = append(cs, c)
		off = c.end
	}
	locals, _ := group(doc, cs)
	if len(locals) != 1 || locals[0].Type != kroniek.PER {
		t.Errorf("got %+v, want one person", locals)
	}
}

// TestSession17Offshoots checks that a body's name is no short form of
// its channel's: Feyenoord is not Feyenoord TV.
func TestSession17Offshoots(t *testing.T) {
	got := localForms(t, "Van Geel vertrekt bij Feyenoord. In een gesprek met Feyenoord TV zegt hij dat het genoeg is. Feyenoord speelt zondag.")
	if !slices.Contains(got, "Feyenoord=Feyenoord/ORG") {
		t.Errorf("Feyenoord joined its channel: %v", got)
	}
}

// TestSession17CitedDates checks that the day and month of a cited page
// are cut off the paper's name and that a letters page so cited is no
// name: "(AD 30-3)", "(Brieven 30-3)".
func TestSession17CitedDates(t *testing.T) {
	got := localForms(t, "Hebben we eindelijk een debat (AD 30-3)? Ik las het stuk (Brieven 30-3) met plezier. Volgens het AD is het zo.")
	if n := len(slices.DeleteFunc(slices.Clone(got), func(s string) bool { return !strings.HasPrefix(s, "AD=") })); n != 2 {
		t.Errorf("want two mentions AD: %v", got)
	}
	for _, s := range got {
		if strings.Contains(s, "30-3") || strings.HasPrefix(s, "Brieven") {
			t.Errorf("a cited date or rubric is a name: %v", got)
		}
	}
}

// TestSession17Artworks checks that a work of art named with its class
// noun is a thing, not a person or a place.
func TestSession17Artworks(t *testing.T) {
	got := localForms(t, "Het pronkstuk van de veiling is de Gouden Zwaan, het duurste schilderij van het jaar. Het schilderij Nachtwacht hangt in Amsterdam.")
	for _, want := range []string{"Gouden Zwaan=Gouden Zwaan/MISC", "Nachtwacht=Nachtwacht/MISC"} {
		if !slices.Contains(got, want) {
			t.Errorf("no %q in %v", want, got)
		}
	}
}
