package story

import (
	"strings"
	"testing"
)

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

// TestColumnistByline checks that a kicker of only a name is a column when
// the same name signs another kicker with a column word, even when texts
// mention the name (a letter answering the column) or the reference corpus
// knows it.
func TestColumnistByline(t *testing.T) {
	text := "Anna Terpstra schreef vorige week dat de stad te vol is. " + strings.Repeat("Dat is een mening die veel lezers delen, maar niet iedereen. ", 8)
	docs := []GenreDoc{
		{Title: "Stilte. Anna Terpstra column", Text: strings.Repeat("De stad slaapt en de straten zijn leeg. ", 10), Day: 1},
		{Title: "Het is mooi geweest. Anna Terpstra", Text: text, Day: 8},
		{Title: "Gemeente sluit brug. Kees Smit", Text: "Kees Smit, wethouder, zegt dat de brug dicht gaat. " + strings.Repeat("De brug is oud en moet worden hersteld. ", 8), Day: 8},
	}
	got := Genres(docs)
	want := []string{GenreColumn, GenreColumn, GenreNews}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%q: genre %s, want %s", docs[i].Title, got[i], want[i])
		}
	}
	for k, want := range map[string]string{
		"Anna Terpstra column": "Anna Terpstra", "Column Anna Terpstra": "Anna Terpstra",
		"column": "", "Brexit column": "", "de stad column": "",
	} {
		if got := columnByline(k); got != want {
			t.Errorf("columnByline(%q) = %q, want %q", k, got, want)
		}
	}
}
