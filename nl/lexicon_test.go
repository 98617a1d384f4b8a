package nl

import (
	"os"
	"strings"
	"testing"
)

// TestLexiconFresh fails when nl/data/lexicon.tsv is not what the sources
// in nl/lex generate: run `go generate ./nl` (or `kroniek gen lex`).
func TestLexiconFresh(t *testing.T) {
	want, err := GenerateLexicon(os.DirFS("lex"))
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != lexiconData {
		t.Fatal("nl/data/lexicon.tsv is stale: run `go generate ./nl`")
	}
	if n := Lex().skipped; n != 0 {
		t.Fatalf("%d malformed lexicon lines", n)
	}
}

func TestConjugate(t *testing.T) {
	for _, tc := range []struct {
		inf                              string
		stem, pres, pastSg, pastPl, part string
	}{
		{"maken", "maak", "maakt", "maakte", "maakten", "gemaakt"},
		{"stellen", "stel", "stelt", "stelde", "stelden", "gesteld"},
		{"leven", "leef", "leeft", "leefde", "leefden", "geleefd"},
		{"reizen", "reis", "reist", "reisde", "reisden", "gereisd"},
		{"antwoorden", "antwoord", "antwoordt", "antwoordde", "antwoordden", "geantwoord"},
		{"herhalen", "herhaal", "herhaalt", "herhaalde", "herhaalden", "herhaald"},
		{"benadrukken", "benadruk", "benadrukt", "benadrukte", "benadrukten", "benadrukt"},
		{"bevestigen", "bevestig", "bevestigt", "bevestigde", "bevestigden", "bevestigd"},
		{"reageren", "reageer", "reageert", "reageerde", "reageerden", "gereageerd"},
		{"opperen", "opper", "oppert", "opperde", "opperden", "geopperd"},
		{"verwachten", "verwacht", "verwacht", "verwachtte", "verwachtten", "verwacht"},
		{"geloven", "geloof", "gelooft", "geloofde", "geloofden", "geloofd"},
	} {
		v := conjugate(tc.inf, "", nil)
		got := []string{v.stem, v.pres, v.pastSg, v.pastPl, v.part}
		want := []string{tc.stem, tc.pres, tc.pastSg, tc.pastPl, tc.part}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: got %v, want %v", tc.inf, got, want)
				break
			}
		}
	}
}

func TestLexiconLookups(t *testing.T) {
	l := Lex()
	for _, tc := range []struct {
		class Class
		form  string
		lemma string
		value float64
	}{
		{ClassSpeechVerb, "zei", "zeggen", 0},
		{ClassSpeechVerb, "Toegevoegd", "toevoegen", 0},
		{ClassSpeechVerb, "liet", "laten weten", 0},
		{ClassWeekday, "Dinsdag", "dinsdag", 2},
		{ClassMonth, "mrt.", "maart", 3},
		{ClassNumber, "tweeëntwintig", "tweeëntwintig", 22},
		{ClassNumber, "driehonderdvijftig", "driehonderdvijftig", 350},
		{ClassOrdinal, "derde", "drie", 3},
		{ClassOrdinal, "eenentwintigste", "eenentwintig", 21},
		{ClassMultiplier, "miljard", "miljard", 1e9},
		{ClassRole, "ministers", "minister", 0},
		{ClassParticle, "van", "van", 0},
		{ClassNegation, "nooit", "nooit", 0},
	} {
		es := l.Lookup(tc.class, tc.form)
		if len(es) == 0 {
			t.Errorf("%s %q: not found", tc.class, tc.form)
			continue
		}
		if es[0].Lemma != tc.lemma || es[0].Value != tc.value {
			t.Errorf("%s %q: got %q %v, want %q %v", tc.class, tc.form, es[0].Lemma, es[0].Value, tc.lemma, tc.value)
		}
	}
	var particle string
	for _, e := range l.Lookup(ClassSpeechVerb, "voegde") {
		particle = e.Particle
	}
	if particle != "toe" {
		t.Errorf("voegde: particle %q, want toe", particle)
	}
}

func TestRoleHead(t *testing.T) {
	l := Lex()
	for word, want := range map[string]string{
		"premier": "premier", "oud-premier": "premier", "VVD-leider": "leider",
		"Verkeersminister": "minister", "CDA-fractievoorzitter": "fractievoorzitter",
		"woordvoerders": "woordvoerder", "Ajax-spits": "spits",
		"ochtendspits": "", "Amsterdam": "", "ster": "",
		"districtschef": "chef", "omroepbaas": "baas", "verbaas": "", "wijkagent": "agent",
	} {
		e, ok := l.RoleHead(word)
		if got := e.Lemma; !ok && want != "" || ok && got != want {
			t.Errorf("RoleHead(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
}

// TestIsFullName: the extractors' day and month tests read the one
// lexicon and take full names only; "zo" and "mrt" are not days or months
// written out.
func TestIsFullName(t *testing.T) {
	l := Lex()
	for _, c := range []struct {
		class Class
		w     string
		want  bool
	}{
		{ClassWeekday, "maandag", true}, {ClassWeekday, "zondag", true},
		{ClassWeekday, "zo", false}, {ClassWeekday, "ma.", false}, {ClassWeekday, "maart", false},
		{ClassMonth, "maart", true}, {ClassMonth, "mrt", false}, {ClassMonth, "mei", true},
	} {
		if got := l.IsFullName(c.class, c.w); got != c.want {
			t.Errorf("IsFullName(%s, %q) = %v, want %v", c.class, c.w, got, c.want)
		}
	}
	if !l.IsCalendarName("december") || !l.IsCalendarName("vrijdag") || l.IsCalendarName("vrij.") {
		t.Error("IsCalendarName: full weekday and month names only")
	}
}

// TestLookupCase: a form in capitals, with a capital or accented finds
// what its lowercase finds, whether it is short enough for asciiLower's
// buffer or not; a capitalised ASCII form is looked up without
// allocating.
func TestLookupCase(t *testing.T) {
	l := Lex()
	for _, tc := range []struct {
		class       Class
		form, lower string
	}{
		{ClassNegation, "NIET", "niet"},
		{ClassSpeechVerb, "Zei", "zei"},
		{ClassNumber, "Tweeëntwintig", "tweeëntwintig"},
		{ClassNumber, "DRIEHONDERDVIJFTIG", "driehonderdvijftig"},
		{ClassRole, "Staatssecretaris", "staatssecretaris"},
		{ClassNumber, "Negenhonderdnegenennegentigduizend", "negenhonderdnegenennegentigduizend"}, // longer than the buffer
	} {
		got, want := l.Lookup(tc.class, tc.form), l.Lookup(tc.class, tc.lower)
		if len(got) != len(want) || len(got) > 0 && got[0] != want[0] {
			t.Errorf("%s %q: %v, want %v (of %q)", tc.class, tc.form, got, want, tc.lower)
		}
	}
	if len(l.Lookup(ClassNegation, "Niet")) == 0 {
		t.Fatal("Niet: not a negation")
	}
	if n := testing.AllocsPerRun(100, func() { _ = l.Is(ClassNegation, "Niet") }); n != 0 {
		t.Errorf("Is of a capitalised word: %v allocations, want 0", n)
	}
}

// BenchmarkLexiconIs asks classes the extractors ask of every token of
// an invented sentence.
func BenchmarkLexiconIs(b *testing.B) {
	words := strings.Fields("De wethouder zei dinsdag dat Jansen niet zal aftreden , maar De Raad wil dat hij volgende week twee miljoen euro terugbetaalt aan Gemeente Oost .")
	classes := []Class{ClassNegation, ClassModal, ClassSpeechVerb, ClassSubjPronoun, ClassWeekday, ClassNumber, ClassRole}
	l := Lex()
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			for _, c := range classes {
				_ = l.Is(c, w)
			}
		}
	}
}
