package nl

import "testing"

// An abbreviation of the lowercase list ends no sentence, but the same
// letters in capitals are a name whose period may: "ir. Jansen" stays one
// sentence, "tot ING. Ook" is two.
func TestAcronymIsNoAbbreviation(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"De brief van ing. Jansen kwam gisteren aan.", 1},
		{"De boete ging naar ING. Ook de Rabobank kreeg een boete.", 2},
		{"Dat zei dr. Vos tegen de NOS. Daarna sprak ir. Bakker.", 2},
	} {
		if got := len(Parse(c.text, Options{}).Sentences); got != c.want {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.want)
		}
	}
}
