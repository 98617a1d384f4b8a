package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSession15TownAdjectives checks that a Dutch town's adjective is cut
// off a name whose rest is a name alone (named so elsewhere, a one-word
// street), and stays on a name the rest of which is no name alone, one an
// acronym spells, and one after a capital word.
func TestSession15TownAdjectives(t *testing.T) {
	k := loadKB(t)
	for _, x := range []struct {
		text, name, other, want string
	}{
		{"Het ligt bij het Dongense Tuf Recycling. Later sprak Tuf Recycling in Dongen.", "Dongense Tuf Recycling", "Tuf Recycling", "Tuf Recycling"},
		{"De winkel in de Nijmeegse Marikenstraat is dicht.", "Nijmeegse Marikenstraat", "", "Marikenstraat"},
		{"Hij reed over de Zoetermeerse Rijweg naar huis.", "Zoetermeerse Rijweg", "", "Zoetermeerse Rijweg"},
		{"Kinderen van de Rotterdamse Schoolvereniging (RSV) sparen. Schoolvereniging is fijn.", "Rotterdamse Schoolvereniging", "Schoolvereniging", "Rotterdamse Schoolvereniging"},
		{"Het werk heet de Nijmeegse Nachtwacht. De Nachtwacht-commissie koos.", "Nijmeegse Nachtwacht", "Nachtwacht", "Nijmeegse Nachtwacht"},
		{"Zo sprak Jan Dongense Tuf Recycling aan. Tuf Recycling zweeg.", "Dongense Tuf Recycling", "Tuf Recycling", "Dongense Tuf Recycling"},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		cs := []cand{{start: i, end: i + len(x.name), typ: kroniek.ORG}}
		if x.other != "" {
			j := strings.LastIndex(x.text, x.other)
			cs = append(cs, cand{start: j, end: j + len(x.other), typ: kroniek.ORG})
		}
		dropTownAdjectives(doc, cs, k)
		if got := cs[0].text(doc); got != x.want {
			t.Errorf("%q: %q, want %q", x.text, got, x.want)
		}
	}
}

// TestSession15ShortFormOfTaggedBody checks that a one-word name the
// tagger calls a person joins the one company of the article whose name
// opens with it and which the tagger calls a body, and that a cabinet
// named after its premier takes no such short form.
func TestSession15ShortFormOfTaggedBody(t *testing.T) {
	for _, x := range []struct {
		text, long, short string
		cabinet, joined   bool
	}{
		{"Matten liggen bij Tuf Recycling in Dongen. Of Tuf zich eraan houdt, moet blijken.", "Tuf Recycling", "Tuf", false, true},
		{"Het beleid van Rutte III faalt. Volgens Rutte gaat het goed.", "Rutte III", "Rutte", true, false},
	} {
		doc := annotated(t, x.text)
		i, j := strings.Index(x.text, x.long), strings.LastIndex(x.text, x.short)
		cs := []cand{{start: i, end: i + len(x.long), typ: kroniek.ORG, cabinet: x.cabinet}, {start: j, end: j + len(x.short), typ: kroniek.PER}}
		_, ms := group(doc, cs)
		if got := ms[0].Local == ms[1].Local; got != x.joined {
			t.Errorf("%q: %q joined %q: %v, want %v", x.text, x.short, x.long, got, x.joined)
		}
	}
}

// TestSession15AdjectivesSpelled checks that a name takes the place
// adjective before it when the acronym after it spells the adjective, and
// not otherwise.
func TestSession15AdjectivesSpelled(t *testing.T) {
	for _, x := range []struct{ text, name, want string }{
		{"Volgens de Zeeuwse Milieu Federatie (ZMF) is het stil.", "Milieu Federatie", "Zeeuwse Milieu Federatie"},
		{"Kinderen van de Rotterdamse Schoolvereniging (RSV) sparen.", "Schoolvereniging", "Rotterdamse Schoolvereniging"},
		{"Volgens de Syrische Democratische Strijdkrachten (SDF) is het stil.", "Democratische Strijdkrachten", "Syrische Democratische Strijdkrachten"},
		{"Volgens de Syrische Democratische Strijdkrachten (SD) is het stil.", "Democratische Strijdkrachten", "Democratische Strijdkrachten"},
		{"Kinderen van de Rotterdamse Schoolvereniging sparen.", "Schoolvereniging", "Schoolvereniging"},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		cs := []cand{{start: i, end: i + len(x.name), typ: kroniek.ORG}}
		adjectivesSpelled(doc, cs)
		if got := cs[0].text(doc); got != x.want {
			t.Errorf("%q: %q, want %q", x.text, got, x.want)
		}
	}
}

// TestSession15FlightNumber checks that a flight after "vlucht" is a thing,
// not the body the tagger makes of its code.
func TestSession15FlightNumber(t *testing.T) {
	text := "Het gesprek ging over de ramp met vlucht MH17 boven Oekraïne."
	doc := annotated(t, text)
	i := strings.Index(text, "MH17")
	cs := []cand{{start: i, end: i + len("MH17"), typ: kroniek.ORG}}
	typeByClass(doc, cs)
	if cs[0].typ != kroniek.MISC {
		t.Errorf("MH17 after vlucht: type %s, want MISC", cs[0].typ)
	}
}

// TestSession15LocalPortfolio checks that a minister's portfolio, also
// by a ministry's former name, links to the Dutch ministry and an
// alderman's does not (since session 19 an alderman's portfolio in
// brackets is dropped as no name, linked or not, as session 17 decided).
func TestSession15LocalPortfolio(t *testing.T) {
	for _, x := range []struct{ text, name, kb string }{
		{"Alleen minister Ferd Grapperhaus (CDA, Veiligheid en Justitie) komt langs in Tilburg.", "Veiligheid en Justitie", "org:min-jenv"},
		{"Minister Eric Wiebes van Economische Zaken schrijft aan de Tweede Kamer.", "Economische Zaken", "org:min-ezk"},
		{"Tegelijk pleit wethouder Sharon Dijksma (Economische Zaken) in Den Haag voor extra geld.", "Economische Zaken", ""},
	} {
		doc := annotated(t, x.text)
		_, ms := Local(doc, nerTag(t)(doc), loadKB(t))
		found := false
		for _, m := range ms {
			if m.Text == x.name {
				found = true
				if m.KB != x.kb {
					t.Errorf("%q: %q links %q, want %q", x.text, x.name, m.KB, x.kb)
				}
			}
		}
		if !found && x.kb != "" {
			t.Errorf("%q: no mention %q", x.text, x.name)
		}
	}
}

// TestSession15BodyBeforePlace checks that a place or thing whose name
// ends in a town after a body's class noun becomes a body, and that a
// place without such a noun stays a place.
func TestSession15BodyBeforePlace(t *testing.T) {
	k := loadKB(t)
	for _, x := range []struct{ text, name, typ, want string }{
		{"Docenten van het Christelijk Lyceum Apeldoorn schrikken.", "Christelijk Lyceum Apeldoorn", kroniek.LOC, kroniek.ORG},
		{"Dat zegt Theo van Stichting Wandelpark Waalwijk vandaag.", "Stichting Wandelpark Waalwijk", kroniek.LOC, kroniek.ORG},
		{"Hij woont in Leidsche Rijn Utrecht sinds maart.", "Leidsche Rijn Utrecht", kroniek.LOC, kroniek.LOC},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		cs := []cand{{start: i, end: i + len(x.name), typ: x.typ}}
		clubsOfPlaces(doc, cs, k)
		if cs[0].typ != x.want {
			t.Errorf("%q: type %s, want %s", x.name, cs[0].typ, x.want)
		}
	}
}

// TestSession15FirmHeads checks that a firm's legal word types its name
// even after a given name, and that an English body head makes the name's
// type outweigh the tagger's at its acronym.
func TestSession15FirmHeads(t *testing.T) {
	text := "Heesen ontvangt 30 miljoen euro, afkomstig van Molly Enterprises, een ander bedrijf."
	doc := annotated(t, text)
	i := strings.Index(text, "Molly Enterprises")
	cs := []cand{{start: i, end: i + len("Molly Enterprises"), typ: kroniek.PER}}
	typeByClass(doc, cs)
	if cs[0].typ != kroniek.ORG {
		t.Errorf("Molly Enterprises: type %s, want ORG", cs[0].typ)
	}
	text = "De problemen worden gevoeld door American Airlines (AA). Al met al rekent AA nu op groei."
	doc = annotated(t, text)
	i = strings.Index(text, "American Airlines")
	cs = []cand{{start: i, end: i + len("American Airlines"), typ: kroniek.LOC}}
	typeByClass(doc, cs)
	if cs[0].typ != kroniek.ORG || !cs[0].classTyped {
		t.Errorf("American Airlines: type %s, classTyped %v, want ORG, true", cs[0].typ, cs[0].classTyped)
	}
}

// TestSession15CompoundOpening checks that the capitalised first part of
// a compound at a sentence's start is a word when the lexicons know it,
// and a name when they do not or when it stands mid-sentence.
func TestSession15CompoundOpening(t *testing.T) {
	never := func(string) bool { return false }
	for _, x := range []struct {
		text, name string
		word       bool
	}{
		{"Het liep mis. Olie-installaties zorgden voor inkomsten.", "Olie", true},
		{"Het liep mis. Bouw- en woningtoezicht kwam langs.", "Bouw", true},
		{"Het liep mis. Ajax-fans zongen luid.", "Ajax", false},
		{"Gisteren kwamen de Olie-installaties aan.", "Olie", false},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		c := cand{start: i, end: i + len(x.name), typ: kroniek.MISC}
		if got := openingCommonWord(doc, c, never, map[string]bool{}); got != x.word {
			t.Errorf("%q in %q: a word %v, want %v", x.name, x.text, got, x.word)
		}
	}
}

// TestSession15FamousNames checks that a family name the tagger made a
// body in one article becomes a person when the corpus names that person
// in full in many articles, and stays a body when it does so in a few.
func TestSession15FamousNames(t *testing.T) {
	for _, x := range []struct {
		fullArticles int
		want         string
	}{
		{famousFull, kroniek.PER},
		{famousFull - 1, kroniek.ORG},
	} {
		var nodes []node
		var ans []*kroniek.Analysis
		for a := 0; a < x.fullArticles; a++ {
			ans = append(ans, &kroniek.Analysis{})
			nodes = append(nodes, node{ai: a, local: &kroniek.LocalEntity{Name: "Thijs Zwolde", Type: kroniek.PER}, words: []string{"thijs", "zwolde"}})
		}
		ans = append(ans, &kroniek.Analysis{Mentions: []kroniek.Mention{{Text: "Zwolde", Type: kroniek.ORG}}})
		nodes = append(nodes, node{ai: len(ans) - 1, local: &kroniek.LocalEntity{Name: "Zwolde", Type: kroniek.ORG}, words: []string{"zwolde"}, mention: []int{0}})
		retypeFamousNames(nodes, ans)
		if got := nodes[len(nodes)-1].local.Type; got != x.want {
			t.Errorf("named in full in %d articles: Zwolde typed %s, want %s", x.fullArticles, got, x.want)
		}
	}
}

// TestSession15MistypedFormula checks that CO2 mistyped with a zero is no
// name either.
func TestSession15MistypedFormula(t *testing.T) {
	text := "Een boer kan per hectare twee ton van het broeikasgas C02 in de bodem vasthouden."
	doc := annotated(t, text)
	i := strings.Index(text, "C02")
	never := func(string) bool { return false }
	if cs := cleanNonNames(doc, []cand{{start: i, end: i + 3, typ: kroniek.MISC}}, never, never); len(cs) != 0 {
		t.Errorf("C02 kept as a name: %v", cs)
	}
}

// TestSession15PortfolioCountries checks that two countries' ministries of
// one portfolio in an article stay two entities.
func TestSession15PortfolioCountries(t *testing.T) {
	text := "De Duitse minister van Buitenlandse Zaken Heiko Maas steunt Guaidó. Het Venezolaanse ministerie van Buitenlandse Zaken zegt dat Kriener zich heeft bemoeid met interne aangelegenheden."
	doc := annotated(t, text)
	_, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	// the mentions by the offset of their portfolio: the German minister's
	// "Buitenlandse Zaken" and the Venezuelan ministry's (named by its
	// portfolio since session 16)
	german, venezuelan := strings.Index(text, "Buitenlandse"), strings.LastIndex(text, "Buitenlandse")
	locals := map[int]string{}
	for _, m := range ms {
		if strings.HasSuffix(m.Text, "Buitenlandse Zaken") && (m.End == german+len("Buitenlandse Zaken") || m.End == venezuelan+len("Buitenlandse Zaken")) {
			locals[m.End] = m.Local
		}
	}
	if len(locals) != 2 {
		t.Fatalf("mentions %v, want both portfolios", locals)
	}
	if a, b := locals[german+len("Buitenlandse Zaken")], locals[venezuelan+len("Buitenlandse Zaken")]; a == b {
		t.Errorf("the German and the Venezuelan ministry are one entity (%s)", a)
	}
}

// TestSession15KnownPairs checks that a place or body run together with
// a name the article gives alone is split, and that a body's branch in a
// place, a law of a known name and a lone family name stay whole.
func TestSession15KnownPairs(t *testing.T) {
	k := loadKB(t)
	for _, x := range []struct {
		text, pair string
		others     []string
		want       []string
	}{
		{"China vindt het immoreel als Europa Huawei uitsluit. Huawei en Europa praten.", "Europa Huawei", []string{"Huawei", "Europa"}, []string{"Europa", "Huawei"}},
		{"Directeur Marjan van Loon van Shell Nederland zegt dat. Shell wacht af.", "Shell Nederland", []string{"Shell"}, []string{"Shell Nederland"}},
		{"Dat regelt de Aanpassingswet AVG al. De AVG geldt sinds 2018.", "Aanpassingswet AVG", []string{"AVG"}, []string{"Aanpassingswet AVG"}},
		{"Toen zoon Ad Burger terugkwam, was mevrouw Burger blij.", "Ad Burger", []string{"Burger"}, []string{"Ad Burger"}},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.pair)
		cs := []cand{{start: i, end: i + len(x.pair), typ: kroniek.ORG}}
		for _, o := range x.others {
			j := strings.LastIndex(x.text, o)
			typ := kroniek.ORG
			if o == "Europa" {
				typ = kroniek.LOC
			}
			cs = append(cs, cand{start: j, end: j + len(o), typ: typ})
		}
		out := splitKnownPairs(doc, cs, k)
		var got []string
		for _, c := range out[:len(out)-len(x.others)] {
			got = append(got, c.text(doc))
		}
		if strings.Join(got, "|") != strings.Join(x.want, "|") {
			t.Errorf("%q: %q, want %q", x.pair, got, x.want)
		}
	}
}
