package event

import "testing"

// TestAudit7317Kinds checks the mechanisms written for the kinds of error
// the judged seed-7317 audit found, on invented sentences: a warning with
// or without a repercussion, a name cut from a longer
// name, a name inside a topic phrase, a name after a relational group's
// van, a waiting-until clause and a demand against someone.
func TestAudit7317Kinds(t *testing.T) {
	for _, c := range []struct {
		src, typ, recip string
		shown           bool
	}{
		{"De minister [Piet Kamp|PER] waarschuwde [Peru|LOC] tegen pogingen de unie te verdelen.", "ACCUSE", "L2", true},
		{"De [NAVO|ORG] waarschuwde [Peru|LOC] voor de gevolgen.", "THREATEN", "L2", true},
		{"Vorig jaar deed de [FIOD|ORG] een inval bij de Utrechtse Ruil [Bank|ORG].", "COERCE", "L2", false},
		{"[Frankrijk|LOC], [Spanje|LOC] en [Italië|LOC] hebben gisteren een gesprek gevoerd over de gevolgen van de ramp met vlucht [ZX12|ORG].", "CONSULT", "", false},
		{"Vorige maand eiste het [Openbaar Ministerie|ORG] tien jaar cel tegen [Kees de Wit|PER].", "ACCUSE", "L2", true}, // a sentence demanded: a charge (session 20)
	} {
		text, events := eventsOfType(t, c.src, c.typ)
		for _, e := range events {
			got := ""
			if len(e.RecipientLocal) > 0 {
				got = e.RecipientLocal[0]
			}
			if c.recip != "" && got != c.recip {
				t.Errorf("%q: recipient %q, want %q", text, got, c.recip)
			}
			if c.recip == "" && got != "" && e.Shown {
				t.Errorf("%q: shown with recipient %q (%s), want none", text, got, e.RecipientText)
			}
			if e.Shown != c.shown && (c.recip != "" || c.shown) {
				t.Errorf("%q: shown %v, want %v (confidence %.2f)", text, e.Shown, c.shown, e.Confidence)
			}
		}
	}
	for _, src := range []string{
		"De bond wacht met praten totdat minister [Piet Kamp|PER] de bonden tegemoetkomt.",
		"De [EU|ORG] dwingt alle lidstaten op de wasbeer te jagen zodra die zich vestigt.",
	} {
		text, ms, ls := annotate(src)
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
			if e.Shown {
				t.Errorf("%q: %s %s shown; a condition or standing rule is no event", text, e.Type, e.Trigger)
			}
		}
	}
}
