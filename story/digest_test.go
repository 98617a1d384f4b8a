package story

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

func TestSplitDigest(t *testing.T) {
	text := "Russische ambassade eist excuses De Russische ambassade in Londen eist excuses van een Britse krant. " +
		"De krant schreef dat de ambassadeur een spion was. " +
		"Te weinig tandartsen opgeleid In Nederland worden minder tandartsen opgeleid dan er nodig zijn. " +
		"Het aantal buitenlandse tandartsen is sterk gegroeid. " +
		"Mollentelling: geen molshopen in stadscentra Nederlanders konden dit weekend de molshopen in hun tuin tellen."
	items := splitDigest(text, "nl", nl.Terms)
	var titles []string
	for _, it := range items {
		titles = append(titles, it.Title)
	}
	want := []string{"Russische ambassade eist excuses", "Te weinig tandartsen opgeleid", "Mollentelling: geen molshopen in stadscentra"}
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Fatalf("items %q, want %q", titles, want)
	}
	if !strings.HasPrefix(text[items[1].Start:items[1].End], "In Nederland worden minder tandartsen") {
		t.Errorf("second item %q", text[items[1].Start:items[1].End])
	}
}

// TestDigestItemJoinsItsStory: a digest is in no story; its item about a
// story's events is listed in that story, its other item in none, and the
// story's summary takes nothing from the digest.
func TestDigestItemJoinsItsStory(t *testing.T) {
	a := "De gemeenteraad van Zwolle heeft dinsdag besloten de oude Hanzebrug over de IJssel te slopen. " +
		"De Hanzebrug is volgens de gemeente te zwak voor het zware verkeer. Een nieuwe brug over de IJssel kost 40 miljoen euro. " +
		"Omwonenden van de Hanzebrug protesteerden tegen de sloop van de brug."
	b := "De sloop van de Hanzebrug in Zwolle begint in mei, heeft de gemeenteraad besloten. " +
		"De brug over de IJssel is te zwak voor het verkeer. De nieuwe Hanzebrug kost 40 miljoen euro. " +
		"Omwonenden zijn boos over de sloop van de brug."
	digest := "Zwolle sloopt Hanzebrug over IJssel De gemeenteraad van Zwolle heeft besloten de Hanzebrug over de IJssel te slopen omdat de brug te zwak is voor het verkeer. " +
		"De nieuwe brug kost 40 miljoen euro. " +
		"Kaasmakers winnen prijs in Parijs Twee Noord-Hollandse kaasmakers hebben in Parijs een gouden medaille gewonnen voor hun belegen kaas. " +
		"De jury prees de smaak van de kaas."
	articles := []*kroniek.Article{
		{ID: "a", Lang: "nl", Published: "2021-03-02", Title: "Zwolle sloopt Hanzebrug", Text: a},
		{ID: "b", Lang: "nl", Published: "2021-03-03", Title: "Sloop Hanzebrug begint in mei", Text: b},
		{ID: "d", Lang: "nl", Published: "2021-03-03", Title: "Kort nieuws", Text: digest},
	}
	links, stories := Build(articles, nil, nil, Options{})
	story := map[string]string{}
	for _, l := range links {
		story[l.Article] = l.Story
	}
	if story["a"] == "" || story["a"] != story["b"] || story["d"] != "" {
		t.Fatalf("stories %v: want a and b together, the digest in none", story)
	}
	var s *kroniek.Story
	for _, x := range stories {
		if x.ID == story["a"] {
			s = x
		}
	}
	if len(s.DigestItems) != 1 || s.DigestItems[0].Article != "d" || !strings.HasPrefix(s.DigestItems[0].Title, "Zwolle sloopt Hanzebrug") {
		t.Errorf("digest items %+v, want the Hanzebrug item of d", s.DigestItems)
	}
	for _, line := range s.Summary {
		if strings.Contains(line, "kaas") {
			t.Errorf("summary line from the digest: %q", line)
		}
	}
}
