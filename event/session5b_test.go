package event

import "testing"

// TestNoSide checks phrases that are no side of any event: the name in
// the van-phrase of an event noun that is a copula's predicate (a clause
// that characterises its subject: no deed of that name), a name before a
// dash that opens the sentence (a heading or dateline run in), and a
// capacity phrase with "als".
func TestNoSide(t *testing.T) {
	for _, c := range []struct{ src, no string }{
		{"[Anna Smit|PER] verzette zich tegen het verdrag, omdat dat een aanval van [Kees Vos|PER] zou zijn op de rechten van [Acme|ORG].", "Kees Vos"},
		{"Volgens [Anna Smit|PER] is dit een aanval van [Kees Vos|PER] op de rechten van [Acme|ORG].", "Kees Vos"},
		{"[Volkspartij|ORG] - De president [Jan Smit|PER] wijt zijn nederlaag aan [Piet Kamp|PER].", "Volkspartij"},
		{"De jonge [Ali Demir|PER] vroeg twee jaar geleden in [Nederland|LOC] asiel aan als politiek vluchteling.", "als politiek vluchteling"},
	} {
		text, ms, ls := annotate(c.src)
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
			if e.ActorText == c.no || e.RecipientText == c.no {
				t.Errorf("%q: %s %s (%s → %s) has side %q", text, e.Type, e.Trigger, e.ActorText, e.RecipientText, c.no)
			}
		}
	}
}

// TestPigeonhole checks the idiom "iemand in een hokje vastzetten" (to
// pigeonhole someone): no arrest.
func TestPigeonhole(t *testing.T) {
	text, ms, ls := annotate("Volgens [Anna Smit|PER] zetten de scholen kinderen te vroeg vast in een hokje.")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == "COERCE" {
			t.Errorf("%q: COERCE %s (%s → %s), want none", text, e.Trigger, e.ActorText, e.RecipientText)
		}
	}
}

// TestSignedStatement checks that signing a statement whose content is a
// dat-clause is no agreement with anyone (ondertekenen wants "met").
func TestSignedStatement(t *testing.T) {
	text, ms, ls := annotate("Gisteren ondertekende president [Jan Smit|PER] een verklaring waarin [Acme|ORG] erkent dat de haven van [Globex|ORG] is.")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
		if e.Type == "AGREE" && e.Shown {
			t.Errorf("%q: AGREE %s (%s → %s) shown, want none", text, e.Trigger, e.ActorText, e.RecipientText)
		}
	}
}
