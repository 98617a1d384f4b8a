package resolve

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

var (
	syntaxOnce sync.Once
	syntax     *nl.Syntax
	syntaxErr  error
)

// annotatedAliases is localAliases on a text the syntax model tagged and
// parsed, as the pipeline's (made-up texts).
func annotatedAliases(t *testing.T, text string) []string {
	t.Helper()
	syntaxOnce.Do(func() { syntax, syntaxErr = nl.LoadSyntax() })
	if syntaxErr != nil {
		t.Skipf("no syntax model: %v", syntaxErr)
	}
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	syntax.Annotate(doc)
	locals, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	forms := map[string][]string{}
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q has offsets %d:%d of %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		if !slices.Contains(forms[m.Local], m.Text) {
			forms[m.Local] = append(forms[m.Local], m.Text)
		}
	}
	var out []string
	for _, l := range locals {
		out = append(out, l.Name+"/"+l.Type+": "+strings.Join(forms[l.Key], "|"))
	}
	return out
}

// TestSession14OpeningCommonWord checks that a word the tagger reads as
// a common word where a sentence or a quote opens is no name, and that
// a name there stays when the tagger reads a proper noun or the article
// writes it inside a sentence too (made-up text).
func TestSession14OpeningCommonWord(t *testing.T) {
	got := strings.Join(annotatedAliases(t, "Saillant is de timing: het besluit valt drie dagen later. Quorbius wijst ook op de haven. Later sprak ik Quorbius nog."), ", ")
	for _, bad := range []string{"Saillant"} {
		if strings.Contains(got, bad) {
			t.Errorf("%s is a name: %s", bad, got)
		}
	}
	if !strings.Contains(got, "Quorbius") {
		t.Errorf("the name at a sentence's start is gone: %s", got)
	}
}

// TestSession14OpeningCommonWordRule checks the rule on its own: a word
// at a clause opening the tagger calls a noun goes, a proper noun, a
// word the article also writes capitalised inside a sentence, and a name
// inside a sentence stay.
func TestSession14OpeningCommonWordRule(t *testing.T) {
	text := "Kerkuilen leven in de schuur. Bij Kerkuil aan de rand. De boer ziet Tabolt."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	at := func(w string) int { return strings.Index(text, w) }
	set := func(w string, p nl.POS) {
		for i := range doc.Tokens {
			if doc.Tokens[i].Text == w {
				doc.Tokens[i].POS = p
			}
		}
	}
	set("Kerkuilen", nl.NOUN)
	set("Kerkuil", nl.NOUN)
	set("Tabolt", nl.NOUN)
	_, _, midCap := wordSets(doc)
	c := func(w string) cand { return cand{start: at(w), end: at(w) + len(w), typ: kroniek.PER} }
	if !openingCommonWord(doc, c("Kerkuilen"), midCap, nil) {
		t.Errorf("Kerkuilen at the sentence's start, a noun, stays a name")
	}
	if openingCommonWord(doc, c("Tabolt"), midCap, nil) {
		t.Errorf("Tabolt inside a sentence was dropped")
	}
	set("Kerkuilen", nl.PROPN)
	if openingCommonWord(doc, c("Kerkuilen"), midCap, nil) {
		t.Errorf("a proper noun at the sentence's start was dropped")
	}
	for _, x := range []struct{ text, w string }{{"Klassement: 1. De Gendt, 2. Valverde +2.47.", "Valverde"}, {"Op beelden van UP! Network zag je het.", "Network"}} {
		d := nl.Parse(x.text, nl.Options{Lang: "nl"})
		for i := range d.Tokens {
			if d.Tokens[i].Text == x.w {
				d.Tokens[i].POS = nl.NOUN
			}
		}
		_, _, mc := wordSets(d)
		i := strings.Index(x.text, x.w)
		if openingCommonWord(d, cand{start: i, end: i + len(x.w), typ: kroniek.PER}, mc, nil) {
			t.Errorf("%s was dropped in %q", x.w, x.text)
		}
	}
	doc2 := nl.Parse("Kerkuil leeft hier. Bij Kerkuil aan de rand.", nl.Options{Lang: "nl"})
	doc2.Tokens[0].POS = nl.NOUN
	_, _, midCap2 := wordSets(doc2)
	if openingCommonWord(doc2, cand{start: 0, end: len("Kerkuil"), typ: kroniek.PER}, midCap2, nil) {
		t.Errorf("a word the article writes capitalised inside a sentence was dropped")
	}
}

// TestSession14ClassListMembers checks that the names of a list after a
// plural class noun and "als" take the noun's type, and that a list
// whose linked member disagrees with the noun keeps its types (made-up
// text).
func TestSession14ClassListMembers(t *testing.T) {
	got := strings.Join(localNames(t, "Cliënten stappen over naar christelijke zorgverleners als Quormanna, Zelbeos of het Leger des Heils. "+
		"Het bestuur wilde niet wijken."), ", ")
	for _, want := range []string{"Quormanna/ORG", "Zelbeos/ORG"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
	doc := nl.Parse("De winkel verloor terrein aan rivalen als Shell en Quorzara.", nl.Options{Lang: "nl"})
	text := doc.Text
	at := func(w string) int { return strings.Index(text, w) }
	k := loadKB(t)
	shell := cand{start: at("Shell"), end: at("Shell") + 5, typ: kroniek.ORG}
	if es := k.Lookup("Shell"); len(es) > 0 {
		shell.entry = es[0]
	}
	cs := []cand{shell, {start: at("Quorzara"), end: at("Quorzara") + 8, typ: kroniek.PER}}
	classListMembers(doc, cs)
	if cs[1].typ != kroniek.PER {
		t.Errorf("a noun that is no class retyped the list: %s", cs[1].typ)
	}
	doc = nl.Parse("Het duel van spelers als Quorzara en Zelbeos.", nl.Options{Lang: "nl"})
	text = doc.Text
	cs = []cand{{start: at("Quorzara"), end: at("Quorzara") + 8, typ: kroniek.ORG}, {start: at("Zelbeos"), end: at("Zelbeos") + 7, typ: kroniek.LOC}}
	classListMembers(doc, cs)
	if cs[0].typ != kroniek.PER || cs[1].typ != kroniek.PER {
		t.Errorf("players are not persons: %s %s", cs[0].typ, cs[1].typ)
	}
	if !listNext(" of het ") || !listNext(", ") || listNext(" met ") {
		t.Errorf("listNext")
	}
}

// TestSession14CompoundInitials checks which acronyms spell a name
// through the parts of its compounds.
func TestSession14CompoundInitials(t *testing.T) {
	for _, c := range []struct {
		acr, name string
		want      bool
	}{
		{"Wpg", "Wet politiegegevens", true},
		{"NVWa", "Nederlandse Voedsel- en Warenautoriteit", true},
		{"FvD", "Forum voor Democratie", true},
		{"AIVD", "Algemene Inlichtingen- en Veiligheidsdienst", true},
		{"VVD", "Rechtsbescherming", false},
		{"CDA", "Annie Schreijer-Pierik", false},
		{"Wpg", "Wet gegevens", false},       // every word gives its initial first
		{"NOS", "Nederlandse Omroep", false}, // letters too few and in the wrong place
	} {
		if got := compoundInitials(c.acr, c.name); got != c.want {
			t.Errorf("compoundInitials(%q, %q) = %v, want %v", c.acr, c.name, got, c.want)
		}
	}
}

// TestSession14CompoundAcronymJoins checks that an acronym in brackets
// that spells its long form through a compound joins it (made-up text).
func TestSession14CompoundAcronymJoins(t *testing.T) {
	got := strings.Join(localAliases(t, "De politie hield zich niet aan de Wet quorbgegevens (Wqg), zegt de toezichthouder. "+
		"Volgens de Wqg mag dat niet."), ", ")
	if !strings.Contains(got, "Wet quorbgegevens/MISC: Wet quorbgegevens|Wqg") {
		t.Errorf("the acronym did not join its long form as a law: %s", got)
	}
}

// TestSession14ShortenedHead checks that a name the article shortens to
// its last words joins the one name of its type that ends in them, and
// that a long form with a heading glued on takes no short form (made-up
// text).
func TestSession14ShortenedHead(t *testing.T) {
	got := strings.Join(localAliases(t, "De leerlingen van het Cornelius Quorb Lyceum kregen les. "+
		"Het Quorb Lyceum wil dat niet. Volgens het Quorb Lyceum is er niets mis."), ", ")
	if !strings.Contains(got, "Cornelius Quorb Lyceum|Quorb Lyceum") {
		t.Errorf("the shortened name did not join: %s", got)
	}
	for _, c := range []struct {
		name string
		n    int
		want bool
	}{
		{"Provinciale Statenverkiezingen", 1, true},
		{"MAN VAN AMERICA TODAY", 2, false},
		{"NVWA Sailors and Crooks", 3, false},
		{"I&O. De Provinciale Statenverkiezingen", 1, false},
		{"Statenverkiezingen", 1, false},
	} {
		if got := plainLead(c.name, c.n); got != c.want {
			t.Errorf("plainLead(%q, %d) = %v, want %v", c.name, c.n, got, c.want)
		}
	}
}

// TestSession14ArabicArticle checks that a name after the Arabic article
// "Al" keeps it, and that a sentence's adverb "Al" stays out (made-up
// text).
func TestSession14ArabicArticle(t *testing.T) {
	text := "Ze verblijft in het kamp Al Quorhol in Syrië. Al Quorhol is overvol. Al Tabolt zijn woorden dure woorden."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	at := func(w string, n int) int {
		i := -1
		for ; n > 0; n-- {
			i += 1 + strings.Index(text[i+1:], w)
		}
		return i
	}
	cs := []cand{
		{start: at("Quorhol", 1), end: at("Quorhol", 1) + 7, typ: kroniek.LOC},
		{start: at("Quorhol", 2), end: at("Quorhol", 2) + 7, typ: kroniek.LOC},
		{start: at("Tabolt", 1), end: at("Tabolt", 1) + 6, typ: kroniek.PER},
	}
	arabicArticle(doc, cs)
	for i, want := range []string{"Al Quorhol", "Al Quorhol", "Tabolt"} {
		if got := cs[i].text(doc); got != want {
			t.Errorf("name %d = %q, want %q", i, got, want)
		}
	}
}

// TestSession14PersonOfBodyAlone checks that a tagger span of a
// person's name, "van" and a body the tagger also found on its own is
// split into the person and the body, and that a name opening with a
// given name stays whole (made-up text).
func TestSession14PersonOfBodyAlone(t *testing.T) {
	text := "De collega's van Quorbopvang de Zwulp hielpen. Dat vertelt Sharon Quorlexmond van Quorbopvang de Zwulp. " +
		"Ook Anna Quorbel van Jan de Quorst kwam."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	span := func(s string, n int) kroniek.Mention {
		i := -1
		for ; n > 0; n-- {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return kroniek.Mention{Start: i, End: i + len(s), Text: s, Type: kroniek.PER}
	}
	tagged := []kroniek.Mention{span("Quorbopvang de Zwulp", 1), span("Sharon Quorlexmond van Quorbopvang de Zwulp", 1),
		span("Jan de Quorst", 1), span("Anna Quorbel van Jan de Quorst", 1)}
	var got []string
	for _, m := range splitGlued(doc, tagged, loadKB(t)) {
		got = append(got, text[m.Start:m.End])
	}
	all := strings.Join(got, "|")
	if !strings.Contains(all, "|Sharon Quorlexmond|") {
		t.Errorf("the person and the body stay one name: %s", all)
	}
	if !strings.Contains(all, "Anna Quorbel van Jan de Quorst") {
		t.Errorf("a name after a given name was split: %s", all)
	}
}
