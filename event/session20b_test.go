package event

import (
	"testing"

	"github.com/kroniek/kroniek/timex"
)

// TestSession20bConjuncts checks that every conjunct of a coordinated
// side becomes a member of it when the parse hangs the conjunct on the
// side's name, on an adjective, or makes it an object, and that a noun
// phrase after a comma is no recipient of its own; invented sentences.
func TestSession20bConjuncts(t *testing.T) {
	checkCases(t, []shownCase{
		// two nationality adjectives on one noun: two governments
		{"De Franse en [Duitse regering|ORG] tekenden gisteren protest aan tegen de uitspraken van [Piet Smit].", "ACCUSE", "Duitse regering, Franse regering", "Piet Smit"},
		// "en … landen" parsed as the object: the subject's conjunct
		{"De oppositie protesteert, terwijl de [VS|LOC] en ruim veertig andere landen [Karel Dorp] hebben erkend als president.", "SUPPORT", "VS, ruim veertig andere landen", "Karel Dorp"},
	})
	// a conjunct hung on the name in apposition to the head (the
	// killing has no actor, so checkCases cannot ask for it)
	_, evs := eventsOfType(t, "De Belgische journalist [Piet Smit] en zijn vrouw werden gisteren in hun huis vermoord.", "ASSAULT")
	for _, e := range evs {
		if e.RecipientText != "Piet Smit, zijn vrouw" || !e.Shown {
			t.Errorf("ASSAULT → %q (shown %v), want Piet Smit, zijn vrouw, shown", e.RecipientText, e.Shown)
		}
	}
}

// TestSession20bPartArguments checks that the object of a verb expression
// whose particle the parse made a verb of its own (schoot … dood) is the
// expression's recipient; an invented sentence.
func TestSession20bPartArguments(t *testing.T) {
	checkShown(t, "Bij de overval schoot [Karel Dorp] drie mensen dood.", "ASSAULT", "Karel Dorp", "drie mensen", true)
}

// TestSession20bCommaApposition checks that a noun phrase set off by a
// comma after the one a demand names, which the parse made a bare
// oblique, is no recipient: the name before it is; an invented sentence.
func TestSession20bCommaApposition(t *testing.T) {
	checkShown(t, "Vorige week eiste het [OM|ORG] voor moord twaalf jaar cel tegen [Karel Dorp] (41), de broer van het slachtoffer.", "ACCUSE", "OM", "Karel Dorp", true)
}

// TestSession20bOmConjunct checks that an om-te infinitive the parse hung
// as a conjunct of the verb before it counts as an aim, and that the same
// verb as a real conjunct (no om) or parsed as an adverbial clause does
// not; an invented sentence whose relations are set by hand, as the
// parse rarely errs so on short sentences.
func TestSession20bOmConjunct(t *testing.T) {
	text, _, _ := annotate("[Karel Dorp] haalde [Piet Smit] over om een gedogende oppositiepartij te steunen.")
	doc := parseDoc(t, text)
	doc.Parsed(0)
	v := -1
	for i, tk := range doc.Tokens {
		if tk.Text == "steunen" {
			v = i
		}
	}
	if v < 0 || len(doc.Dependents(v, "mark")) < 2 {
		t.Skipf("the parse no longer marks steunen with om and te: nothing to check")
	}
	x := &extractor{doc: doc}
	doc.Tokens[v].Rel = "conj"
	if !x.omConjunct(v) {
		t.Errorf("omConjunct(steunen as conj) = false, want true")
	}
	doc.Tokens[v].Rel = "advcl"
	if x.omConjunct(v) {
		t.Errorf("omConjunct(steunen as advcl) = true, want false")
	}
	doc.Tokens[v].Rel = "conj"
	for _, m := range doc.Dependents(v, "mark") {
		if doc.Tokens[m].Text == "om" {
			doc.Tokens[m].Text = "en"
		}
	}
	if x.omConjunct(v) {
		t.Errorf("omConjunct(steunen without om) = true, want false")
	}
}

// TestSession20bGenericRelative checks that a deed in a present-tense
// relative clause on a bare plural (the condition of an amnesty) is no
// event shown, while the same deed of definite people in the past is;
// invented sentences.
func TestSession20bGenericRelative(t *testing.T) {
	checkCases(t, []shownCase{
		{"[Piet Smit] beloofde gisteren amnestie voor soldaten die [Karel Dorp] de rug toekeren.", "REJECT", "", ""},
		{"[Piet Smit] beloofde gisteren amnestie aan de soldaten die [Karel Dorp] vorige week de rug toekeerden.", "REJECT", "de soldaten", "Karel Dorp"},
	})
}

// TestSession20bNarrativeYear checks that a bare month name takes the
// year the paragraph's story named before it, when that month follows
// the earlier one, and keeps timex's year when it comes before it, the
// story named a bare year or a new paragraph begins; invented sentences.
func TestSession20bNarrativeYear(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"In februari 2011 kwamen de boeren in opstand tegen [Karel Dorp]. De president stuurde tanks de straat op. In oktober werd [Karel Dorp] in [Sirte|LOC] opgepakt.", "2011-10"},
		{"In november 2011 kwamen de boeren in opstand tegen [Karel Dorp]. De president stuurde tanks de straat op. In maart werd [Karel Dorp] in [Sirte|LOC] opgepakt.", "2019-03"},
		{"In 2011 kwamen de boeren in opstand tegen [Karel Dorp]. De president stuurde tanks de straat op. In oktober werd [Karel Dorp] in [Sirte|LOC] opgepakt.", "2018-10"},
		{"In februari 2011 kwamen de boeren in opstand tegen [Karel Dorp].\n\nIn maart werd [Karel Dorp] in [Sirte|LOC] opgepakt.", "2019-03"},
	} {
		text, ms, ls := annotate(c.src)
		doc := parseDoc(t, text)
		times := timex.Extract(doc, timex.RefFromPublished("2019-04-10"))
		got := "none"
		for _, e := range Extract(doc, ms, ls, times, "2019-04-10") {
			if e.Type == "COERCE" {
				got = e.Date
			}
		}
		if got != c.want {
			t.Errorf("%q: COERCE dated %s, want %s", text, got, c.want)
		}
	}
}

// TestSession20bRefuted checks that a claim in a quote that a sentence
// soon after denies ("Daar klopt niets van") is not shown, while the same
// claim followed by assent is; invented sentences.
func TestSession20bRefuted(t *testing.T) {
	checkCases(t, []shownCase{
		{"[Piet Smit] zegt dat het slecht gaat. '[Karel Dorp] steunt [Jan Bos]', zegt [Piet Smit]. 'Zie je? Daar heb je het al', zegt [Kees Mol]. 'Daar klopt niets van, maar hij denkt zoals veel mensen.'", "SUPPORT", "", ""},
		{"[Piet Smit] zegt dat het slecht gaat. '[Karel Dorp] steunt [Jan Bos]', zegt [Piet Smit]. 'Zie je? Daar heb je het al', zegt [Kees Mol]. 'Het klopt, maar hij denkt zoals veel mensen.'", "SUPPORT", "Karel Dorp", "Jan Bos"},
	})
}

// TestSession20bCauser checks that who "ervoor zorgde dat" a passive deed
// without agent happened is its doer, while an agent named with door
// stays the doer; invented sentences.
func TestSession20bCauser(t *testing.T) {
	checkCases(t, []shownCase{
		{"[Karel Dorp], de man die ervoor zorgde dat [Piet Smit] in [Peru|LOC] werd opgespoord en in 1975 werd opgepakt, is overleden.", "COERCE", "Karel Dorp", "Piet Smit"},
		{"[Karel Dorp] zorgde ervoor dat [Piet Smit] in 1975 door de [Peruaanse politie|ORG] werd opgepakt.", "COERCE", "Peruaanse politie", "Piet Smit"},
	})
}

// TestSession20bRunInName checks that a side named once in a run-in
// heading after a capitalised word and once cleanly in the sentence is
// shown (the heading's mention alone would make it a fragment of a
// longer name); an invented sentence.
func TestSession20bRunInName(t *testing.T) {
	checkCases(t, []shownCase{
		{"Held in [Peru|LOC] [Karel Dorp] overleden [Karel Dorp], de man die ervoor zorgde dat [Piet Smit] in 1975 werd opgepakt, is overleden.", "COERCE", "Karel Dorp", "Piet Smit"},
	})
}

// TestSession20bNounTime checks that a weekday the parse hangs on a noun
// ("de aanslagen vrijdag") does not keep a sentence from taking the date
// of the narrative before it, while a weekday of the clause itself
// dates it; invented sentences.
func TestSession20bNounTime(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"De diplomatieke rel tussen [Peru|LOC] en [Chili|LOC] is gisteren verder geëscaleerd. De Peruaanse en [Chileense regering|ORG] tekenden beide protest aan tegen uitlatingen van de Boliviaanse president [Karel Dorp] over de aanslagen vrijdag in [Lima|LOC].", "2024-03-11"},
		{"De diplomatieke rel tussen [Peru|LOC] en [Chili|LOC] is gisteren verder geëscaleerd. De Peruaanse en [Chileense regering|ORG] tekenden vrijdag protest aan tegen uitlatingen van de Boliviaanse president [Karel Dorp] over de aanslagen in [Lima|LOC].", "2024-03-08"},
	} {
		text, ms, ls := annotate(c.src)
		doc := parseDoc(t, text)
		times := timex.Extract(doc, timex.RefFromPublished("2024-03-12"))
		got := "none"
		for _, e := range Extract(doc, ms, ls, times, "2024-03-12") {
			if e.Type == "ACCUSE" {
				got = e.Date
			}
		}
		if got != c.want {
			t.Errorf("%q: ACCUSE dated %s, want %s", text, got, c.want)
		}
	}
}
