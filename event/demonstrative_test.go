package event

import "testing"

// TestDemonstrativeObject: a fronted dat or dit the parse made the
// subject, with one name as the verb's object after it, is the thing; the
// name is the actor. Two objects keep the parse's reading.
func TestDemonstrativeObject(t *testing.T) {
	for _, c := range []struct {
		name, src, actor string
	}{
		{"dat", "Dat is niet chic, en dat gaf [Freek de Jonge] achteraf ook toe.", "Freek de Jonge"},
		{"alone", "Dat gaf [Freek de Jonge] achteraf ook toe.", "Freek de Jonge"},
	} {
		text, ms, ls := annotate(c.src)
		evs := Extract(parseDoc(t, text), ms, ls, nil, "2019-04-01")
		if len(evs) == 0 {
			t.Errorf("%s: no event", c.name)
			continue
		}
		if e := evs[0]; e.ActorText != c.actor || e.RecipientText != "" || !e.Shown {
			t.Errorf("%s: %s %q -> %q shown %v (%.2f), want %q -> none, shown (the dat is the whole thing)", c.name, e.Type, e.ActorText, e.RecipientText, e.Shown, e.Confidence, c.actor)
		}
	}
}
