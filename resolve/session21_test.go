package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// annotatedNames runs Local as the pipeline does (the syntax model's tags,
// then the ner tagger) on text and returns ", Name/TYPE, " for each local
// entity, so a test can look for one name with its commas around it.
func annotatedNames(t *testing.T, text string) string {
	t.Helper()
	syntaxOnce.Do(func() { syntax, syntaxErr = nl.LoadSyntax() })
	if syntaxErr != nil {
		t.Skipf("no syntax model: %v", syntaxErr)
	}
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	syntax.Annotate(doc)
	locals, _ := Local(doc, nerTag(t)(doc), loadKB(t))
	var out []string
	for _, l := range locals {
		out = append(out, l.Name+"/"+l.Type)
	}
	return ", " + strings.Join(out, ", ") + ", "
}

// TestBrokenTails checks that a word a line break cut after "- " goes on
// in the name, made whole where the article prints it whole, and that a
// compound of a name and a Dutch word printed across the break leaves the
// name alone. Made-up text.
func TestBrokenTails(t *testing.T) {
	got := annotatedNames(t, "De ploeg heeft Michael Pel- lowski aangewezen als kopman. Pellowski rijdt zondag. "+
		"De oude traditie Keboog- naran wordt elk jaar gevierd. "+
		"De GroenLinks- leider sprak gisteren in de Tweede Kamer. Download de Tubantia- app en lees mee.")
	for _, want := range []string{"Michael Pellowski/PER", "Keboog-naran/MISC", "GroenLinks/ORG", "Tubantia/ORG"} {
		if !strings.Contains(got, ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
	for _, bad := range []string{"Michael Pel/", "Keboog/", "GroenLinks- leider", "Tubantia-app"} {
		if strings.Contains(got, ", "+bad) {
			t.Errorf("%s in %s", bad, got)
		}
	}
}

// TestBrokenTail checks the tails brokenTail takes and leaves: not a word
// of the lexicons, a function word, a tail after a capital, nor a tail
// that runs on into digits. Made-up text.
func TestBrokenTail(t *testing.T) {
	syntaxOnce.Do(func() { syntax, syntaxErr = nl.LoadSyntax() })
	if syntaxErr != nil {
		t.Skipf("no syntax model: %v", syntaxErr)
	}
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Hij zag Pel- lowski rijden.", "Pel", true},
		{"De Pel- leider sprak.", "Pel", false},
		{"Noord- en Zuid-Holland stemden.", "Noord", false},
		{"De KLM- piloten staakten.", "KLM", false},
		{"Hij zag Pel- lowski2 rijden.", "Pel", false},
	} {
		doc := nl.Parse(c.text, nl.Options{Lang: "nl"})
		syntax.Annotate(doc)
		end := strings.Index(c.text, c.name) + len(c.name)
		if _, got := brokenTail(doc, end); got != c.want {
			t.Errorf("%q: brokenTail after %q = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

// TestApposedParticiple checks that an apposition's participle adjective
// ("een omstreden …") does not stop the search for its class noun: the
// name before it takes the noun's type. Made-up text.
func TestApposedParticiple(t *testing.T) {
	got := annotatedNames(t, "Het bestuur is opgezet door Korvat. Korvat (een omstreden Duits-Turkse moskeevereniging, red.) "+
		"runt zo'n honderd moskeeën. Volgens Korvat is dat onzin.")
	if !strings.Contains(got, ", Korvat/ORG, ") {
		t.Errorf("want Korvat/ORG in %s", got)
	}
}

// TestCustomsAndIdeologies checks the class nouns of customs and a word
// of an ideology: "de traditie X", "het ritueel X" name a custom, a word
// in -isme or -ismo an ideology, not a body or place. Made-up text.
func TestCustomsAndIdeologies(t *testing.T) {
	got := annotatedNames(t, "In het dorp viert men de traditie Kerawang. Het oude ritueel Balewan duurt drie dagen. "+
		"Hun doel is het uitroeien van het Peronismo en alles waar het voor staat.")
	for _, want := range []string{"Kerawang/MISC", "Balewan/MISC", "Peronismo/MISC"} {
		if !strings.Contains(got, ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"Peronismo", true}, {"Thatcherisme", true}, {"Lisme", false}, {"peronismo", false}} {
		if got := ideologyWord(c.w); got != c.want {
			t.Errorf("ideologyWord(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestCoupleIsFamily checks that "het echtpaar X" names a couple, kept
// apart from the one member named in full, and that a place after
// "echtpaar" as the object of a verb stays no family. Made-up text.
func TestCoupleIsFamily(t *testing.T) {
	text := "Het dak bezorgt het echtpaar Verhoef nachtmerries. Miranda Verhoef zegt dat het niet goed gaat. " +
		"Het echtpaar Verhoef heeft de gemeente om steun gevraagd."
	got := annotatedNames(t, text)
	for _, want := range []string{"Verhoef/PER", "Miranda Verhoef/PER"} {
		if !strings.Contains(got, ", "+want+", ") {
			t.Errorf("want %s apart in %s", want, got)
		}
	}
	if got := annotatedNames(t, "Nadat het echtpaar Aleppo ontvluchtte, kwam het in Turkije."); strings.Contains(got, ", Aleppo/PER, ") {
		t.Errorf("the place after echtpaar became a family: %s", got)
	}
}

// TestResultTeams checks that the word after the slash in a rider's
// brackets of a results list is a team, a body, and the country's code
// before it stays a place; a slash between two words elsewhere says
// nothing. Made-up text.
func TestResultTeams(t *testing.T) {
	got := annotatedNames(t, "Klassement: 1. Pieters (Ned/Jum) 8.23.50, 2. Koval (Spa/Mov) z.t., 3. Andersen (Noo/Wan).")
	for _, want := range []string{"Jum/ORG", "Mov/ORG", "Wan/ORG", "Ned/LOC", "Pieters/PER"} {
		if !strings.Contains(got, ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
	for _, c := range []struct {
		w    string
		want bool
	}{{"Ned", true}, {"GB", true}, {"Nederland", false}, {"N", false}, {"Né", false}, {"AVG", false}, {"FvD", false}, {"nE", false}} {
		if got := countryCode(c.w); got != c.want {
			t.Errorf("countryCode(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestOthersOfClass checks that a name coordinated with "en andere" and a
// role's plural is a person, with a number and adjectives between, and
// that a plural that is neither role nor class noun types nothing.
// Made-up text.
func TestOthersOfClass(t *testing.T) {
	got := annotatedNames(t, "Gisteren spraken Verlaan en twee andere liberale fractievoorzitters de minister toe.")
	if !strings.Contains(got, ", Verlaan/PER, ") {
		t.Errorf("want Verlaan/PER in %s", got)
	}
	syntaxOnce.Do(func() { syntax, syntaxErr = nl.LoadSyntax() })
	for _, c := range []struct{ text, want string }{
		{"Verlaan en andere burgemeesters kwamen.", "PER"},
		{"Verlaan en vele andere kranten schreven het.", "ORG"},
		{"Verlaan en andere dingen.", ""},
		{"Verlaan en de andere burgemeesters kwamen.", ""},
	} {
		doc := nl.Parse(c.text, nl.Options{Lang: "nl"})
		syntax.Annotate(doc)
		if got := otherNounType(doc, 0); got != c.want {
			t.Errorf("%q: otherNounType = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestPlaceUMC checks that a city and "UMC" right after it are one
// hospital's name, as a city and a bank are: "het Zwolle UMC" is neither
// the city nor a bare UMC. Made-up text.
func TestPlaceUMC(t *testing.T) {
	got := annotatedNames(t, "Ze werkt als arts bij het Amsterdam UMC en bij het UMC Utrecht.")
	for _, want := range []string{"Amsterdam UMC/ORG", "UMC Utrecht/ORG"} {
		if !strings.Contains(got, ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
	if strings.Contains(got, ", Amsterdam/LOC, ") {
		t.Errorf("the city stands alone in %s", got)
	}
}

// TestWholeAcronymInitials checks that an acronym spelt with a capitals
// word of its long form whole joins that long form: AUMC is the Amsterdam
// UMC of the same article. Made-up text.
func TestWholeAcronymInitials(t *testing.T) {
	text := "Ze werkt als arts bij het Amsterdam UMC. Het AUMC kwam vorig jaar in het nieuws."
	syntaxOnce.Do(func() { syntax, syntaxErr = nl.LoadSyntax() })
	if syntaxErr != nil {
		t.Skipf("no syntax model: %v", syntaxErr)
	}
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	syntax.Annotate(doc)
	_, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	local := map[string]string{}
	for _, m := range ms {
		local[m.Text] = m.Local
	}
	if local["AUMC"] == "" || local["AUMC"] != local["Amsterdam UMC"] {
		t.Errorf("AUMC did not join Amsterdam UMC: %v", local)
	}
	for _, c := range []struct{ name, want string }{
		{"Amsterdam UMC", "AUMC"}, {"Universiteit van Amsterdam", ""}, {"NOS", ""}, {"Stichting IDH", "SIDH"},
	} {
		if got := wholeAcronymInitials(c.name); got != c.want {
			t.Errorf("wholeAcronymInitials(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestResultAthletes checks that a name before a country's code and a
// seed in brackets, or before the code alone in a match " - ", is a
// person, and that an acronym in brackets after a body's name says
// nothing of it. Made-up text.
func TestResultAthletes(t *testing.T) {
	got := annotatedNames(t, "Tweede ronde: Kovalski (Tsj) - Terbeek (Dui) 6-4 6-3, Zandvoorde (Bel/3) - Linz (Oos) 6-1 6-2. "+
		"Het Forum voor Vrijheid (FvV) won. De Landelijke Zorgdienst (LZD) - een fonds - betaalt.")
	for _, want := range []string{"Zandvoorde/PER", "Kovalski/PER", "Terbeek/PER", "Forum voor Vrijheid/ORG", "Landelijke Zorgdienst/ORG"} {
		if !strings.Contains(got, ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
}

// TestChairSubjects checks that a chair's subject after "hoogleraar" is
// no name, and that a family name after it that the article gives a
// person in full stays one. Made-up text.
func TestChairSubjects(t *testing.T) {
	got := annotatedNames(t, "Paul Verhaak, hoogleraar Bestuurskunde aan de Universiteit Utrecht, is kritisch. "+
		"Ook Jan de Wit, hoogleraar Regionale Economische Dynamiek aan de VU, twijfelt. "+
		"Volgens hoogleraar Huisman aan de UvA is dat niet zo. Pieter Huisman zegt meer.")
	for _, bad := range []string{", Bestuurskunde/", ", Regionale Economische Dynamiek/"} {
		if strings.Contains(got, bad) {
			t.Errorf("%s in %s", bad, got)
		}
	}
	for _, want := range []string{"Paul Verhaak/PER", "Pieter Huisman/PER"} {
		if !strings.Contains(got, ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
}
