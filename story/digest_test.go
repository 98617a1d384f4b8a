package story

import (
	"strings"
	"testing"

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
