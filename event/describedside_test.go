package event

import (
	"strings"
	"testing"
)

// TestDescribedSide: a definite description without a name (het bedrijf,
// de partij, de premier) is the entity the quote layer's speaker rules
// take it for, when that is the one body (or the person with that role)
// the sentence and the two before it name; two bodies before it, a
// plural, or a noun that is no kind or role leave the phrase as it was.
// Invented sentences.
func TestDescribedSide(t *testing.T) {
	for _, c := range []struct {
		name, src, trigger, recip, actor string
	}{
		{"company", "[Acmefarma|ORG] verkoopt een middel tegen onkruid. In 2018 werd het bedrijf veroordeeld tot het betalen van een boete.", "veroordeeld", "L1", ""},
		{"party", "[Jan Jansen] is al jaren lid van de [Groene Unie|ORG]. De partij steunt de boeren in [Drenthe|LOC].", "steunt", "", "L2"},
		{"two bodies", "[Acmefarma|ORG] verkoopt een middel, meldt [Het Dagblad|ORG]. In 2018 werd het bedrijf veroordeeld tot het betalen van een boete.", "veroordeeld", "", ""},
		{"far", "[Acmefarma|ORG] verkoopt een middel. Het werkt goed. Boeren gebruiken het veel. Tuinders ook. In 2018 werd het bedrijf veroordeeld tot het betalen van een boete.", "veroordeeld", "", ""},
	} {
		text, ms, ls := annotate(c.src)
		evs := Extract(parseDoc(t, text), ms, ls, nil, "2019-04-01")
		found := false
		for _, e := range evs {
			if e.Trigger != c.trigger && !strings.HasPrefix(e.Trigger, c.trigger) {
				continue
			}
			found = true
			if got := strings.Join(e.RecipientLocal, ","); got != c.recip {
				t.Errorf("%s: %s recipient %q (%q), want %q", c.name, e.Type, got, e.RecipientText, c.recip)
			}
			if got := strings.Join(e.ActorLocal, ","); got != c.actor {
				t.Errorf("%s: %s actor %q (%q), want %q", c.name, e.Type, got, e.ActorText, c.actor)
			}
		}
		if !found {
			t.Errorf("%s: no event %q in %q (%v)", c.name, c.trigger, text, evs)
		}
	}
}
