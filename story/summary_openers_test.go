package story

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestDependentAndKicker: a sentence that leans on the one before is
// recognised by its first word, and a kicker run into a sentence's start
// is dropped.
func TestDependentAndKicker(t *testing.T) {
	for text, want := range map[string]bool{
		"Maar volgens de Venezolaanse regering is Guaidó een marionet van de VS.": true,
		"Daar sprak hij met Ursula von der Leyen.":                                true,
		"Bovendien, zei hij, is de brug dicht.":                                   true,
		"De Venezolaanse oppositieleider Juan Guaidó is teruggekeerd.":            false,
		"Het kabinet valt over de stikstofregels.":                                false,
		"Hoekstra noemt het plan onverstandig.":                                   false,
	} {
		if got := dependent(text); got != want {
			t.Errorf("dependent(%q) = %v, want %v", text, got, want)
		}
	}
	for in, want := range map[string]string{
		"debat - De minister van financiën verliest zijn fletse imago.": "De minister van financiën verliest zijn fletse imago.",
		"buitenland – Het Kremlin ontkent alles.":                       "Het Kremlin ontkent alles.",
		"De minister - zo zegt hij - blijft.":                           "De minister - zo zegt hij - blijft.",
		"volgens hem - en dat klopt - is het zo.":                       "volgens hem - en dat klopt - is het zo.",
	} {
		if got := stripKicker(in); got != want {
			t.Errorf("stripKicker(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFirstPersonSummary: in a story of several articles, a writer's "ik"
// (a column's first line) yields to the sentences that tell the story;
// it is recognised as a word, not inside one ("ikzelf" aside).
func TestFirstPersonSummary(t *testing.T) {
	for text, want := range map[string]bool{
		"Ik weet niet hoe Kim Jong-un zich voelde.": true,
		"Volgens mij is dat onzin.":                 true,
		"De minister zegt dat hij blijft.":          false,
		"Kim en Trump spraken in Hanoi.":            false,
		"Een onderzoek van I&O Research.":           false,
	} {
		if got := firstPerson(text); got != want {
			t.Errorf("firstPerson(%q) = %v, want %v", text, got, want)
		}
	}
	a := "Loekasjenko en Poetin spraken maandag in Sotsji over een lening aan Belarus. Loekasjenko zocht steun bij Poetin na de protesten in Minsk tegen de verkiezingsuitslag. Poetin beloofde Loekasjenko een lening."
	b := "Ik weet niet hoe Loekasjenko zich voelde toen hij naar Sotsji reisde voor Poetin. Loekasjenko reisde naar Sotsji voor een gesprek met Poetin over steun aan Belarus. Poetin zegde Loekasjenko een lening toe in Sotsji."
	articles := []*kroniek.Article{
		{ID: "a", Lang: "nl", Published: "2020-09-15", Title: "Poetin steunt Loekasjenko", Text: a},
		{ID: "b", Lang: "nl", Published: "2020-09-15", Title: "Loekasjenko in Sotsji", Text: b},
	}
	_, stories := Build(articles, []*kroniek.Analysis{{Article: "a"}, {Article: "b"}}, nil, Options{})
	if len(stories) != 1 {
		t.Fatalf("got %d stories, want 1", len(stories))
	}
	for _, s := range stories[0].Summary {
		if strings.HasPrefix(s, "Ik weet niet") {
			t.Errorf("a writer's first person in the summary of a story of two articles: %q", stories[0].Summary)
		}
	}
}
