package story

import "testing"

func TestSplitHeadline(t *testing.T) {
	for _, c := range []struct{ title, head, kicker string }{
		{"Koeman: 'Ik zie wel gelijkenis met Ajax van 2003'. DÉJA VU", "Koeman: 'Ik zie wel gelijkenis met Ajax van 2003'", "DÉJA VU"},
		{"Boycot. Nynke de Jong Column", "Boycot", "Nynke de Jong Column"},
		{"May wil wijken, mits meerderheid voor haar deal is. Brexit De tussenstand", "May wil wijken, mits meerderheid voor haar deal is", "Brexit De tussenstand"},
		{"Tactiek Dekker: berouw tonen na fouten met P.. Minister onder vuur", "Tactiek Dekker: berouw tonen na fouten met P.", "Minister onder vuur"},
		{"Wie volgt Buma op?. Analyse: CDA-leider ziet Hoekstra als premier", "Wie volgt Buma op?", "Analyse: CDA-leider ziet Hoekstra als premier"},
		{"Hein de Kort", "Hein de Kort", ""},
	} {
		head, kicker := SplitHeadline(c.title)
		if head != c.head || kicker != c.kicker {
			t.Errorf("SplitHeadline(%q) = %q, %q; want %q, %q", c.title, head, kicker, c.head, c.kicker)
		}
	}
}

// TestKickerGenreEdge checks that a digest label at either end of a longer
// kicker makes a digest, inside it or as a legal term it does not.
func TestKickerGenreEdge(t *testing.T) {
	checkPredicate(t, "digest kicker", func(k string) bool { return kickerGenre(k) == GenreDigest }, map[string]bool{
		"kort winst keldert met 7,4 miljard euro": true,
		"flitsen voetbal wielrennen kort":         true,
		"kort geding":                             false,
		"rechter spreekt kort recht over de zaak": false,
		"nynke de jong column":                    false,
	})
}
