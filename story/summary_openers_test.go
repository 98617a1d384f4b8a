package story

import "testing"

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
