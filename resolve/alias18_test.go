package resolve

import (
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// TestIsraeliPlural checks the plural the news gives Israel's
// inhabitants, with or without the diaeresis: "de Israëli's" after the
// article names the country as "de Russen" does, on made-up text.
func TestIsraeliPlural(t *testing.T) {
	for _, text := range []string{"De Israëli's kozen gisteren een nieuw parlement.", "Volgens peilingen zijn de Israeli's verdeeld."} {
		doc := nl.Parse(text, nl.Options{Lang: "nl"})
		locals, ms := Local(doc, nerTag(t)(doc), loadKB(t))
		found := false
		for _, m := range ms {
			if i := localIndex(locals, m.Local); i >= 0 && locals[i].KB == "country:IL" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no mention of country:IL in %v", text, ms)
		}
	}
}

// TestKamerIsTheLowerHouse checks that "de Kamer" in an article naming
// both houses joins the Tweede Kamer, not the Eerste, and stays apart
// where the article names only the senate, on made-up text.
func TestKamerIsTheLowerHouse(t *testing.T) {
	localOfText := func(text string) map[string]string {
		doc := nl.Parse(text, nl.Options{Lang: "nl"})
		_, ms := Local(doc, nerTag(t)(doc), loadKB(t))
		out := map[string]string{}
		for _, m := range ms {
			out[m.Text] = m.Local
		}
		return out
	}
	got := localOfText("De Eerste Kamer stemt in mei over de pensioenwet. De Tweede Kamer nam die vorige week aan. Volgens de minister wil de Kamer snel duidelijkheid.")
	if got["Kamer"] == "" || got["Kamer"] != got["Tweede Kamer"] {
		t.Errorf("Kamer not joined to Tweede Kamer: %v", got)
	}
	if got["Kamer"] == got["Eerste Kamer"] {
		t.Errorf("Kamer joined to Eerste Kamer: %v", got)
	}
}

// TestShortTailAcrossArticles checks that a short form one article
// gives a long name (its last words) joins that long name where another
// article writes only the short form, and that a short word does not,
// on made-up text.
func TestShortTailAcrossArticles(t *testing.T) {
	es := annotatedCorpus(t,
		"De partijen bereiden zich voor op de Landelijke Waterschapsverkiezingen van maart. Volgens de voorzitter worden de Waterschapsverkiezingen spannend.",
		"Na de Waterschapsverkiezingen wil de partij meer zetels in het bestuur.",
	)
	oneEntity(t, es, "Waterschapsverkiezingen", "Landelijke Waterschapsverkiezingen")
	if got := byAlias(es, "Waterschapsverkiezingen"); len(got) != 1 {
		t.Errorf("Waterschapsverkiezingen in %d entities, want 1", len(got))
	}
}

// TestShortTail checks which short forms are a long name's tail.
func TestShortTail(t *testing.T) {
	for _, x := range []struct {
		short, long string
		want        bool
	}{
		{"Waterschapsverkiezingen", "Landelijke Waterschapsverkiezingen", true},
		{"Berk Lyceum", "Cornelis Berk Lyceum", true},
		{"Journaal", "Acht Uur Journaal", false},                    // one short word
		{"Commissie", "Europese Commissie", false},                  // an institution's short form
		{"Landelijke", "Landelijke Waterschapsverkiezingen", false}, // not the tail
	} {
		if got := shortTail(x.short, x.long); got != x.want {
			t.Errorf("shortTail(%q, %q) = %v, want %v", x.short, x.long, got, x.want)
		}
	}
}
