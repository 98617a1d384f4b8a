package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// localForms runs Local with the tagger and the syntax model on a made-up
// text and returns each mention's text with its entity's display name and
// type: "Justitie en Veiligheid=Justitie en Veiligheid/ORG".
func localForms(t *testing.T, text string) []string {
	t.Helper()
	doc := annotated(t, text)
	locals, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	name := map[string]string{}
	for _, l := range locals {
		name[l.Key] = l.Name + "/" + l.Type
	}
	var out []string
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q has offsets %d:%d of %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		out = append(out, m.Text+"="+name[m.Local])
	}
	return out
}

// TestSession16PortfolioName checks that a ministry named by a portfolio of
// two words or more is named by the portfolio ("het ministerie van
// Economische Zaken en Klimaat" gives "Economische Zaken en Klimaat", as
// "minister van Economische Zaken en Klimaat" does), and that a portfolio
// of one word keeps its head ("ministerie van Defensie", "ministerie van
// VWS").
func TestSession16PortfolioName(t *testing.T) {
	for _, x := range []struct {
		name string
		want bool
	}{
		{"Economische Zaken en Klimaat", true},
		{"Landbouw, Natuur en Voedselkwaliteit", true},
		{"Buitenlandse Zaken", true},
		{"Defensie", false},
		{"VWS", false},
		{"Buitenlandse zaken", false},
	} {
		if got := portfolioName(x.name); got != x.want {
			t.Errorf("portfolioName(%q) = %v, want %v", x.name, got, x.want)
		}
	}
	text := "Het contract is getekend door het ministerie van Economische Zaken en Klimaat. Ook het ministerie van Defensie tekende. Minister Wiebes van Economische Zaken en Klimaat is blij."
	got := localForms(t, text)
	for _, want := range []string{"Economische Zaken en Klimaat=", "ministerie van Defensie="} {
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, want) }) {
			t.Errorf("%q: no mention %q in %v", text, want, got)
		}
	}
	for _, s := range got {
		if strings.HasPrefix(s, "ministerie van Economische") {
			t.Errorf("%q: the portfolio kept its head: %v", text, got)
		}
	}
}

// TestSession16ForeignPortfolioCountry checks that a foreign ministry named
// by its portfolio after "het Oostenrijkse ministerie van" keeps its
// country and does not join the Dutch ministry of the knowledge base.
func TestSession16ForeignPortfolioCountry(t *testing.T) {
	text := "Het Oostenrijkse ministerie van Sociale Zaken en Werkgelegenheid heeft criteria opgesteld. Dat meldt de krant."
	doc := annotated(t, text)
	_, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	for _, m := range ms {
		if m.Text == "Sociale Zaken en Werkgelegenheid" && m.KB == "org:min-szw" {
			t.Errorf("%q: the Austrian ministry links the Dutch one", text)
		}
	}
	i := strings.Index(text, "Sociale")
	cs := []cand{{start: i, end: i + len("Sociale Zaken en Werkgelegenheid"), typ: kroniek.ORG}}
	portfolioCountries(doc, cs, loadKB(t).Match(doc))
	if cs[0].country != "AT" {
		t.Errorf("%q: country %q, want AT", text, cs[0].country)
	}
}

// TestSession16CitedWord checks that a common word between quotation marks,
// cited as a word, is no name, and that a nickname in brackets, a
// person and a name of two words stay.
func TestSession16CitedWord(t *testing.T) {
	for _, x := range []struct {
		text, name, typ string
		drop            bool
	}{
		{"De kosten voor het omwisselen van de woorden 'Veiligheid' en 'Justitie' bedragen twee miljoen euro.", "Justitie", kroniek.ORG, true},
		{"De kosten voor het omwisselen van de woorden 'Veiligheid' en 'Justitie' bedragen twee miljoen euro.", "Veiligheid", kroniek.ORG, true},
		{"De verdachte Iliass K. ('Lip') zweeg.", "Lip", kroniek.MISC, false},
		{"Ze noemde haar dochter 'Hoop' en lachte.", "Hoop", kroniek.PER, false},
		{"Hij las 'De Telegraaf' in de trein.", "De Telegraaf", kroniek.ORG, false},
		{"De woorden Veiligheid en Justitie staan op het briefpapier.", "Justitie", kroniek.ORG, false},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		c := cand{start: i, end: i + len(x.name), typ: x.typ}
		if got := citedWord(doc, c); got != x.drop {
			t.Errorf("%q: %q cited %v, want %v", x.text, x.name, got, x.drop)
		}
	}
}

// TestSession16FormerMinistry checks that Verkeer en Waterstaat, a ministry
// of its own until 2010, is no earlier name of Infrastructuur en
// Waterstaat, while Infrastructuur en Milieu is.
func TestSession16FormerMinistry(t *testing.T) {
	k := loadKB(t)
	id := func(name string) string {
		for _, e := range k.Lookup(name) {
			return e.ID
		}
		return ""
	}
	if a, b := id("Verkeer en Waterstaat"), id("Infrastructuur en Waterstaat"); a == "" || a == b {
		t.Errorf("Verkeer en Waterstaat is %q, Infrastructuur en Waterstaat %q: want two entries", a, b)
	}
	if a, b := id("Infrastructuur en Milieu"), id("Infrastructuur en Waterstaat"); a != b {
		t.Errorf("Infrastructuur en Milieu is %q, Infrastructuur en Waterstaat %q: want one entry", a, b)
	}
}

// TestSession16SentenceArticle checks that the article opening a sentence
// is no part of a body's name the article also writes after a lower-case
// article, or whose last word is its class noun, and that a family name
// and a newspaper's title keep theirs.
func TestSession16SentenceArticle(t *testing.T) {
	for _, x := range []struct {
		text, name string
		want       bool
	}{
		{"Toen de Secret Service haar vroeg, zweeg ze. De Secret Service treft geen blaam.", "Secret Service", true},
		{"De Secret Service treft geen blaam.", "Secret Service", false},
		{"Hij zei dat het kon. De Jong wil niet.", "Jong", false},
		{"De jonge De Jong wil niet.", "Jong", false},
	} {
		doc := annotated(t, x.text)
		if got := articleWrittenLower(doc, "de", x.name); got != x.want {
			t.Errorf("%q: articleWrittenLower(%q) = %v, want %v", x.text, x.name, got, x.want)
		}
	}
	for _, x := range []struct {
		name string
		want bool
	}{
		{"Vrije Universiteit", true},
		{"Onafhankelijke Senaatsfractie", true},
		{"Telegraaf", false},
		{"Nieuwe Maan", false},
	} {
		if got := bodyEnd(x.name); got != x.want {
			t.Errorf("bodyEnd(%q) = %v, want %v", x.name, got, x.want)
		}
	}
	got := localForms(t, "Het kabinet valt bijna. De Onafhankelijke Senaatsfractie (OSF) leek buiten de senaat te vallen. Toen de Secret Service haar vroeg, zweeg ze. De Secret Service treft geen blaam.")
	for _, s := range got {
		if strings.HasPrefix(s, "De ") {
			t.Errorf("a sentence's article kept in %q (%v)", s, got)
		}
	}
}

// TestSession16PersonOfBody checks that a name right after a person's full
// name and "van" is the person's body, not a second person, and that a
// relative ("Zus Astrid van Willem Holleeder") and a song's maker stay
// persons.
func TestSession16PersonOfBody(t *testing.T) {
	text := "Dat meent ook woordvoerder Kyra Hartlief van Fastned. Zus Astrid van Willem Holleeder zweeg. Charlotte van Bochove van Vice introduceert me. Als de vrouwen Rocket Man van Elton John hadden gezongen, was het mooi."
	got := localForms(t, text)
	for _, want := range []string{"Vice=Vice/ORG", "Willem Holleeder=Willem Holleeder/PER", "Elton John=Elton John/PER"} {
		if !slices.Contains(got, want) {
			t.Errorf("no %q in %v", want, got)
		}
	}
}

// TestSession16ArmyNoBody checks that "het leger" is no body mention: one
// entity "leger" held the Syrian, Israeli, French and Libyan armies of
// the corpus, and the audits judge the common noun no name.
func TestSession16ArmyNoBody(t *testing.T) {
	for _, s := range localForms(t, "Het Syrische leger bereidt de aanval voor. Ook het leger van Israël is paraat. De politie kijkt toe.") {
		if strings.HasPrefix(strings.ToLower(s), "leger") {
			t.Errorf("the army is a mention: %q", s)
		}
	}
}

// TestSession16RepeatedHeading checks that a heading naming a company, run
// into the sentence before the company's trade noun and its name again,
// is cut off ("Fors verlies Hudson's Bay Warenhuisconcern Hudson's Bay
// Company heeft"), and that a name without the repetition stays whole.
func TestSession16RepeatedHeading(t *testing.T) {
	for _, x := range []struct{ span, want string }{
		{"Hudson's Bay Warenhuisconcern Hudson's Bay Company", "Hudson's Bay Company"},
		{"Sunweb Wielerploeg Sunweb", "Sunweb"},
		{"Anarchistische Boekenwinkel Opstand", "Anarchistische Boekenwinkel Opstand"},
		{"Stichting Pensioenfonds ABP", "Stichting Pensioenfonds ABP"},
	} {
		text := "Fors verlies " + x.span + " heeft geen best jaar."
		start := len("Fors verlies ")
		if got := text[skipRepeatedHeading(text, start, start+len(x.span)) : start+len(x.span)]; got != x.want {
			t.Errorf("%q: name %q, want %q", x.span, got, x.want)
		}
	}
}

// TestSession16CommonCompounds checks that a deal, a campaign, talks, staff
// or followers named after a name are common nouns, and that a body whose
// name has a capital on the head (KlimaatGesprekken, AccorHotels) is not.
func TestSession16CommonCompounds(t *testing.T) {
	for _, x := range []struct {
		w    string
		want bool
	}{
		{"Brexitdeal", true}, {"Junckercampagne", true}, {"Brexitgesprekken", true}, {"Ryanairpersoneel", true},
		{"Facebookgebruiker", true}, {"GroenLinksaanhang", true}, {"Sovjettijdperk", true},
		{"KlimaatGesprekken", false}, {"AccorHotels", false}, {"Commissie", false}, {"Deal", false},
	} {
		if got := commonCompound(x.w); got != x.want {
			t.Errorf("commonCompound(%q) = %v, want %v", x.w, got, x.want)
		}
	}
}

// TestSession16DescribedCompound checks that a common compound after
// adjectives or a chamber's ordinal is no name, and that one an acronym
// follows is.
func TestSession16DescribedCompound(t *testing.T) {
	for _, x := range []struct {
		text, name string
		want       bool
	}{
		{"Hij kent de Arnhemse Syriëgangers van jongs af aan.", "Arnhemse Syriëgangers", true},
		{"Dinsdag overlegt zijn Tweede Kamerfractie met de senatoren.", "Tweede Kamerfractie", true},
		{"De partij sprak met de Onafhankelijke Senaatsfractie (OSF) over de steun.", "Onafhankelijke Senaatsfractie", false},
		{"Hij las 'De Baudetschok' in de krant.", "De Baudetschok", false},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		if got := describedCompound(doc, cand{start: i, end: i + len(x.name), typ: kroniek.MISC}); got != x.want {
			t.Errorf("%q: %q described compound %v, want %v", x.text, x.name, got, x.want)
		}
	}
}

// TestSession16OneOfGroup checks that a member's, a supporter's or an
// inhabitant's noun after "een" is no name, and that a plane, a given
// name and the party itself stay.
func TestSession16OneOfGroup(t *testing.T) {
	for _, x := range []struct {
		text, name string
		want       bool
	}{
		{"Mueller is zelf een Republikein en onkreukbaar.", "Republikein", true},
		{"In werkelijkheid is hij een Ajacied, zegt hij.", "Ajacied", true},
		{"Justitie pakt de winst af van een Bosschenaar uit Vught.", "Bosschenaar", true},
		{"Hij vloog in een Fokker naar Berlijn.", "Fokker", false},
		{"De Republikeinen steunen de Republikein Graham niet.", "Republikein", false},
	} {
		doc := annotated(t, x.text)
		i := strings.LastIndex(x.text, x.name)
		if got := oneOfGroup(doc, cand{start: i, end: i + len(x.name), typ: kroniek.MISC}); got != x.want {
			t.Errorf("%q: %q one of a group %v, want %v", x.text, x.name, got, x.want)
		}
	}
}

// TestSession16PlaceCompounds checks that a one-word MISC name ending in a
// place noun is a place, and that a firm and a family keep their types.
func TestSession16PlaceCompounds(t *testing.T) {
	doc := annotated(t, "Hij stond op de Bloemenmarkt en zag Mediamarkt en Vermeer.")
	name := func(s string, typ string) cand {
		i := strings.Index(doc.Text, s)
		return cand{start: i, end: i + len(s), typ: typ}
	}
	cs := []cand{name("Bloemenmarkt", kroniek.MISC), name("Mediamarkt", kroniek.ORG), name("Vermeer", kroniek.PER)}
	placeCompounds(doc, cs)
	for i, want := range []string{kroniek.LOC, kroniek.ORG, kroniek.PER} {
		if cs[i].typ != want {
			t.Errorf("%q typed %s, want %s", cs[i].text(doc), cs[i].typ, want)
		}
	}
}

// TestSession16BareChamber checks that "de Kamer" is the Tweede Kamer in
// an article that names no other chamber, and stays apart where the
// Eerste Kamer occurs.
func TestSession16BareChamber(t *testing.T) {
	kbOf := func(text string) string {
		doc := annotated(t, text)
		_, ms := Local(doc, nerTag(t)(doc), loadKB(t))
		for _, m := range ms {
			if m.Text == "Kamer" {
				return m.KB
			}
		}
		return "none"
	}
	if got := kbOf("Staatssecretaris Harbers legt vandaag verantwoording af in de Kamer. Ook GroenLinks wil opheldering."); got != "org:tweede-kamer" {
		t.Errorf("bare Kamer links %q, want org:tweede-kamer", got)
	}
	if got := kbOf("De Eerste Kamer stemt dinsdag. Harbers legt vandaag verantwoording af in de Kamer."); got == "org:tweede-kamer" {
		t.Errorf("bare Kamer beside the Eerste Kamer links the Tweede Kamer")
	}
}

// TestSession16EllipsisSurname checks that a given name coordinated with a
// full name takes its family name as its display name, its mention keeping
// its text, and that two family names stay as they are.
func TestSession16EllipsisSurname(t *testing.T) {
	text := "De trotse ouders zijn Steven en Anamaria van Breukelen. Bewoners Ron en Miranda Schell kochten een huis. Hoekstra en De Jonge moeten praten."
	doc := annotated(t, text)
	locals, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	name := map[string]string{}
	for _, l := range locals {
		name[l.Key] = l.Name
	}
	got := map[string]string{}
	for _, m := range ms {
		got[m.Text] = name[m.Local]
	}
	for text, want := range map[string]string{"Steven": "Steven van Breukelen", "Ron": "Ron Schell", "Hoekstra": "Hoekstra"} {
		if got[text] != want {
			t.Errorf("%q named %q, want %q (%v)", text, got[text], want, got)
		}
	}
}

// TestSession16EnglishOpeners checks that an English word a quote opens
// with is no name alone.
func TestSession16EnglishOpeners(t *testing.T) {
	text := "Hij was bang. What doesn't kill you makes you stronger, dat weet ik nu."
	doc := annotated(t, text)
	i := strings.Index(text, "What")
	lower, _, midCap := wordSets(doc)
	if cs := cleanNonNames(doc, []cand{{start: i, end: i + 4, typ: kroniek.PER}}, lower, midCap); len(cs) != 0 {
		t.Errorf("What kept as a name: %v", cs)
	}
}

// TestSession16KnownLongNames checks that the knowledge base keeps the
// NCTV and the double portfolio of Buitenlandse Handel en
// Ontwikkelingssamenwerking whole where the tagger cut them at "en".
func TestSession16KnownLongNames(t *testing.T) {
	got := localForms(t, "Ook nu de school is begonnen en de Nationaal Coördinator Terrorismebestrijding en Veiligheid waarschuwt voor extremisme, blijkt het lastig. Als minister van Buitenlandse Handel en Ontwikkelingssamenwerking werkte Ploumen zelf in het megaministerie.")
	for _, want := range []string{"Nationaal Coördinator Terrorismebestrijding en Veiligheid=", "Buitenlandse Handel en Ontwikkelingssamenwerking="} {
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, want) }) {
			t.Errorf("no whole %q in %v", strings.TrimSuffix(want, "="), got)
		}
	}
}
