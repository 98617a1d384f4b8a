package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// kbOfMentions runs Local as the pipeline does (the syntax model's tags,
// then the ner tagger) on text and returns each mention's text with the
// knowledge-base id of its local entity.
func kbOfMentions(t *testing.T, text string) map[string]string {
	t.Helper()
	syntaxOnce.Do(func() { syntax, syntaxErr = nl.LoadSyntax() })
	if syntaxErr != nil {
		t.Skipf("no syntax model: %v", syntaxErr)
	}
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	syntax.Annotate(doc)
	locals, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	out := map[string]string{}
	for _, m := range ms {
		if i := localIndex(locals, m.Local); i >= 0 {
			out[m.Text] = locals[i].KB
		}
	}
	return out
}

// TestJustitieBesideTheProsecution checks that "justitie" alone, acting
// or acted on, names the Dutch prosecution in an article that names the
// Openbaar Ministerie itself or its prosecutors, and nowhere else (not
// beside a foreign city's prosecution); the field of a role ("officier
// van justitie") and a pair ("politie en justitie") never do. Made-up
// text.
func TestJustitieBesideTheProsecution(t *testing.T) {
	for _, text := range []string{
		"Het Openbaar Ministerie vervolgt de man uit Zwolle. Volgens justitie heeft hij het geld witgewassen.",
		"Het OM eist een boete. De eigenaar uit Utrecht sloot later een deal met justitie.",
		"De officier van justitie in Zwolle eiste vier jaar. Volgens justitie heeft de man het geld witgewassen.",
	} {
		if got := kbOfMentions(t, text)["justitie"]; got != "org:om-nl" {
			t.Errorf("%q: justitie linked %q, want org:om-nl", text, got)
		}
	}
	for _, text := range []string{
		"De man uit Zwolle is opgepakt. Volgens justitie heeft hij het geld witgewassen.",
		"De man uit Zwolle is opgepakt. De zaak ligt bij justitie. Het Praagse Openbaar Ministerie zwijgt.",
		"Het OM vervolgt hem. De officier van justitie in Zwolle eiste drie jaar cel.",
		"Het OM is tevreden. In Zwolle werken politie en justitie nauw samen.",
	} {
		if got, ok := kbOfMentions(t, text)["justitie"]; ok {
			t.Errorf("%q: justitie is a mention (%q)", text, got)
		}
	}
}

// TestPortfolioApartFromProsecution checks that the portfolio "Justitie"
// of a minister stays apart from the prosecution "justitie" names in
// another article, on made-up text. The first article names the OM only
// through its prosecutors, so its local entity is called "justitie" and
// shares the portfolio's join key: without the unlinkedPortfolio guard
// the two join under org:om-nl (checked by disabling the guard).
func TestPortfolioApartFromProsecution(t *testing.T) {
	es := annotatedCorpus(t,
		"De officier van justitie in Zwolle eiste vier jaar. Volgens justitie heeft de man het geld witgewassen.",
		"Minister Jan Smit van Justitie in Den Haag wil strengere straffen.",
	)
	prosecution, portfolio := false, false
	for _, e := range es {
		for _, m := range e.Mentions {
			switch {
			case m.Text == "justitie" && m.Article == "a0":
				prosecution = e.KB == "org:om-nl"
			case m.Text == "Justitie" && m.Article == "a1":
				portfolio = true
				if e.KB == "org:om-nl" {
					t.Errorf("the minister's portfolio joined the prosecution: %s %v", e.Name, e.Aliases)
				}
			}
		}
	}
	if !prosecution || !portfolio {
		t.Errorf("want justitie in a0 linked to the OM (%v) and Justitie a mention in a1 (%v)", prosecution, portfolio)
	}
}

// TestRechercheIsThePolice checks that "de recherche" is a mention of the
// police body and "de sociale recherche" (a town's fraud unit) is not,
// and that "de nationale politie" is the police under its own name in
// lower case. Made-up text.
func TestRechercheIsThePolice(t *testing.T) {
	if got := kbOfMentions(t, "De man uit Zwolle is opgepakt. Volgens de recherche had hij een wapen bij zich.")["recherche"]; got != "org:politie-nl" {
		t.Errorf("de recherche linked %q, want org:politie-nl", got)
	}
	if got, ok := kbOfMentions(t, "De sociale recherche van de gemeente Zwolle onderzoekt de uitkering.")["recherche"]; ok {
		t.Errorf("de sociale recherche is a mention (%q)", got)
	}
	got := kbOfMentions(t, "Sinds de komst van de nationale politie in Zwolle zijn er minder agenten op straat.")
	if got["nationale politie"] != "org:politie-nl" {
		t.Errorf("de nationale politie: mentions %v, want \"nationale politie\" linked org:politie-nl", got)
	}
}

// TestChildOrAgedIsPerson checks that a one-word name the tagger may take
// for a place is a person after a child noun or an age adjective, and
// that an institution's age after "het" says no person. Made-up text.
func TestChildOrAgedIsPerson(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"Het verdriet om het meisje Zwolle was groot.", "Zwolle", true},
		{"De familie rouwt om de zestienjarige Zwolle.", "Zwolle", true},
		{"Het 125-jarige Zwolle viert feest.", "Zwolle", false},
		{"Het verdriet in Zwolle was groot.", "Zwolle", false},
	} {
		doc := nl.Parse(c.text, nl.Options{Lang: "nl"})
		ti := -1
		for i, tok := range doc.Tokens {
			if tok.Text == c.name {
				ti = i
			}
		}
		if got := childOrAged(doc, ti); got != c.want {
			t.Errorf("%q: childOrAged = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestCapitalisedBodyBeforePlace checks that a capitalised body noun right
// before a place makes one body's name with it, and that a lower-case
// "omroep" before a broadcaster's own name stays out of it. Made-up text.
func TestCapitalisedBodyBeforePlace(t *testing.T) {
	got := ", " + strings.Join(localNames(t, "Het nieuws werd gisteren gebracht door Omroep Gelderland. "+
		"Bij de controles die Politie Oost-Nederland houdt, zijn drie mensen opgepakt. "+
		"Hij vertelde het later aan de omroep AT5 in de stad."), ", ") + ", "
	for _, want := range []string{"Omroep Gelderland/ORG", "Politie Oost-Nederland/ORG", "AT5/ORG"} {
		if !strings.Contains(got, ", "+want+", ") {
			t.Errorf("want %s in %s", want, got)
		}
	}
	for _, bad := range []string{", Gelderland/LOC", ", Oost-Nederland/LOC", "omroep AT5"} {
		if strings.Contains(got, bad) {
			t.Errorf("%s in %s", bad, got)
		}
	}
}
