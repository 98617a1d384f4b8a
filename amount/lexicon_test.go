package amount

import "testing"

// TestLexiconNumbers checks that every number in the lexicon parses.
func TestLexiconNumbers(t *testing.T) {
	if bad := getLexicon().bad; len(bad) > 0 {
		t.Errorf("lexicon entries whose number does not parse: %v", bad)
	}
}
