package event

import "testing"

// TestPredicateNoun checks that an event noun that is the predicate of a
// copula (a clause that characterises its subject) gives the name in its
// van-phrase no deed, while the same noun telling what happened still does.
func TestPredicateNoun(t *testing.T) {
	for _, c := range []struct {
		src, actor string
		want       bool
	}{
		{"[Anna Smit|PER] verzette zich tegen het verdrag, omdat dat een aanval van [Kees Vos|PER] zou zijn op de rechten van [Acme|ORG].", "Kees Vos", false},
		{"Volgens [Anna Smit|PER] is dit een aanval van [Kees Vos|PER] op de rechten van [Acme|ORG].", "Kees Vos", false},
	} {
		text, ms, ls := annotate(c.src)
		got := false
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
			if e.ActorText == c.actor {
				got = true
				if !c.want {
					t.Errorf("%q: %s %s by %s → %s, want no deed of %s", text, e.Type, e.Trigger, e.ActorText, e.RecipientText, c.actor)
				}
			}
		}
		if c.want && !got {
			t.Errorf("%q: no event of %s", text, c.actor)
		}
	}
}

// TestNoSide checks phrases that are no side of any event: a name before a
// dash that opens the sentence (a heading or dateline run in), and a
// capacity phrase with "als".
func TestNoSide(t *testing.T) {
	for _, c := range []struct{ src, no string }{
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
