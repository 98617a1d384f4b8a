package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// annotated parses and annotates a made-up text with the syntax model.
func annotated(t *testing.T, text string) *nl.Doc {
	t.Helper()
	syntaxOnce.Do(func() { syntax, syntaxErr = nl.LoadSyntax() })
	if syntaxErr != nil {
		t.Skipf("no syntax model: %v", syntaxErr)
	}
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	syntax.Annotate(doc)
	return doc
}

// TestSession14bOpeningLexiconWord checks that a word at a clause opening
// the tagger calls a proper noun goes when the lemmatiser's lexicons
// know it as a common word (Oorsuizen, Spinnengedrag), and that a name,
// a ministry's portfolio and a title in single quotes stay.
func TestSession14bOpeningLexiconWord(t *testing.T) {
	for _, x := range []struct {
		text, w string
		drop    bool
	}{
		{"Het is erg. Oorsuizen drijft mensen tot waanzin.", "Oorsuizen", true},
		{"Ze denkt dat iemand iets heeft. Spinnengedrag, zegt hij.", "Spinnengedrag", true},
		{"Het is erg. Rusland drijft mensen tot waanzin.", "Rusland", false},
		{"Hij zweeg. Justitie eist een half jaar cel.", "Justitie", false},
		{"Zij won wat de 'Nobelprijs voor de wiskunde' wordt genoemd.", "Nobelprijs", false},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.w)
		for k := range doc.Tokens {
			if doc.Tokens[k].Start == i {
				doc.Tokens[k].POS = nl.PROPN // as the tagger reads them
			}
		}
		_, _, midCap := wordSets(doc)
		if got := openingCommonWord(doc, cand{start: i, end: i + len(x.w), typ: kroniek.PER}, midCap, nil); got != x.drop {
			t.Errorf("%s in %q: dropped %v, want %v", x.w, x.text, got, x.drop)
		}
	}
}

// TestSession14bGluedSentence checks that a name followed by a full stop
// and the next sentence's first word without a space is not widened as
// if that word were a web domain (".De" of "Scherz.De drie"), and that a
// domain still is.
func TestSession14bGluedSentence(t *testing.T) {
	for _, x := range []struct{ text, name, want string }{
		{"Ontdekt door een Duitse onderzoeker, Mark Scherz.De drie soorten leven hier.", "Mark Scherz", "Mark Scherz"},
		{"Dat meldt AD.nl vandaag.", "AD", "AD.nl"},
	} {
		doc := nl.Parse(x.text, nl.Options{Lang: "nl"})
		i := strings.Index(x.text, x.name)
		cs := extendSpans(doc, []cand{{start: i, end: i + len(x.name), typ: kroniek.PER}}, nil)
		if len(cs) != 1 || cs[0].text(doc) != x.want {
			t.Errorf("%q in %q: got %v, want %q", x.name, x.text, cs, x.want)
		}
	}
}

// TestSession14bTypeBySubject checks that a name typed MISC or LOC that
// the parse makes the subject of "zeggen" becomes a person, and that a
// name inside a quotation, an acronym and a name after "de" keep their
// type.
func TestSession14bTypeBySubject(t *testing.T) {
	for _, x := range []struct {
		text, name, want string
	}{
		{"De charismatische Beto Ostrowski zei vorige maand dat hij meedoet.", "Beto Ostrowski", kroniek.PER},
		{"\"Dit is Montessori\", zegt een vriend.", "Montessori", kroniek.MISC},
		{"De NTSB zei vorige maand dat het onderzoek loopt.", "NTSB", kroniek.MISC},
		{"Gisteren zei de Waterkamer dat het onderzoek loopt.", "Waterkamer", kroniek.MISC},
	} {
		doc := annotated(t, x.text)
		i := strings.Index(x.text, x.name)
		cs := []cand{{start: i, end: i + len(x.name), typ: kroniek.MISC}}
		typeBySubject(doc, cs)
		if cs[0].typ != x.want {
			t.Errorf("%q in %q: type %s, want %s", x.name, x.text, cs[0].typ, x.want)
		}
	}
}

// TestSession14bPlainDemonymStart checks that a body's name takes the
// uninflected demonym before it after "het", and that an inflected one
// stays out.
func TestSession14bPlainDemonymStart(t *testing.T) {
	k := loadKB(t)
	for _, x := range []struct{ text, name, want string }{
		{"Dat meldt het Nederlands Herseninstituut vandaag.", "Herseninstituut", "Nederlands Herseninstituut"},
		{"Hij werkt bij het Europees Centrum voor Weersverwachtingen.", "Centrum voor Weersverwachtingen", "Europees Centrum voor Weersverwachtingen"},
		{"Dat meldt het Nederlandse Herseninstituut vandaag.", "Herseninstituut", "Herseninstituut"},
	} {
		doc := nl.Parse(x.text, nl.Options{Lang: "nl"})
		i := strings.Index(x.text, x.name)
		cs := extendSpans(doc, []cand{{start: i, end: i + len(x.name), typ: kroniek.ORG}}, k)
		if len(cs) != 1 || cs[0].text(doc) != x.want {
			t.Errorf("%q: got %v, want %q", x.text, cs, x.want)
		}
	}
	text := "Gebracht door het Nederlands Centrum Jeugdgezondheid en anderen."
	doc := nl.Parse(text, nl.Options{Lang: "nl"})
	i := strings.Index(text, "Centrum")
	cs := extendSpans(doc, []cand{{start: i, end: i + len("Centrum Jeugdgezondheid"), typ: kroniek.LOC}}, k)
	if len(cs) != 1 || cs[0].typ != kroniek.ORG || cs[0].text(doc) != "Nederlands Centrum Jeugdgezondheid" {
		t.Errorf("the tagger's LOC for a body after het and a plain demonym stays: %v", cs)
	}
}
