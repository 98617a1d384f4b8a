package clean

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek/internal/shared"

	"github.com/kroniek/kroniek"
)

// TestSeeds asserts exactly which parts of each seed are removed and that
// every other paragraph survives byte-identical, in order.
func TestSeeds(t *testing.T) {
	type removal struct{ kind, prefix string }
	want := map[string]struct {
		removed  []removal
		headings []string
	}{
		"000": {
			removed:  []removal{{kroniek.RemovedRelated, "Lees ook:\n\nEuropa of Rusland?"}},
			headings: []string{"Achter gesloten deuren", "Zelfs Boedapest vindt het te gortig"},
		},
		"001": {
			removed:  []removal{{kroniek.RemovedCaption, "Een demonstratie in Minsk de dag na de presidentsverkiezingen Beeld EPA"}},
			headings: []string{"Trump zag kansen"},
		},
		"002": {headings: []string{"Hoge prijs voor steun Rusland", "Poetin: verkiezingen Wit-Rusland eerlijk", "Geen EU-sancties"}},
		"003": {headings: []string{"Loekasjenko bereid macht te delen als betogers naar huis gaan", "Vervreemden", "Verlanglijstje"}},
		"004": {
			removed: []removal{
				{kroniek.RemovedCaption, "Loekasjenko en Poetin ontmoetten elkaar maandag in Sotsji. Beeld EPA"},
				{kroniek.RemovedEmbed, "From another point of view. pic.twitter.com/eRbdLfuI1W — Voices from Belarus"},
			},
			headings: []string{"Uniestaat", "Oppositie"},
		},
	}
	seeds := shared.Seeds(t)
	if len(seeds) != 5 {
		t.Fatalf("found %d seeds, want 5", len(seeds))
	}
	for _, seed := range seeds {
		body, id := seed.Text, seed.ID
		w := want[id]
		res := Clean(body)
		if len(res.Removed) != len(w.removed) {
			t.Errorf("%s: removed %d pieces, want %d: %+v", id, len(res.Removed), len(w.removed), res.Removed)
			continue
		}
		removed := map[string]bool{}
		for i, r := range res.Removed {
			if r.Kind != w.removed[i].kind || !strings.HasPrefix(r.Text, w.removed[i].prefix) || body[r.Start:r.End] != r.Text {
				t.Errorf("%s: removal %d = %s %.80q, want %s %q", id, i, r.Kind, r.Text, w.removed[i].kind, w.removed[i].prefix)
			}
			for _, p := range strings.Split(r.Text, "\n\n") {
				removed[p] = true
			}
		}
		if id == "000" {
			last := res.Removed[0].Text
			if !strings.HasSuffix(strings.TrimSpace(body), last) || strings.Count(last, "\n\n") != 6 {
				t.Errorf("000: related block is not the header and three teasers to the end: %q", last)
			}
		}
		// Every other paragraph survives byte-identical and in order.
		var kept []string
		for _, p := range strings.Split(strings.TrimSpace(body), "\n\n") {
			if !removed[p] {
				kept = append(kept, p)
			}
		}
		if got := strings.Join(kept, "\n\n"); res.Text != got {
			t.Errorf("%s: text differs from the kept paragraphs", id)
		}
		var heads []string
		for _, h := range res.Headings {
			heads = append(heads, res.Text[h[0]:h[1]])
		}
		if strings.Join(heads, "|") != strings.Join(w.headings, "|") {
			t.Errorf("%s: headings %q, want %q", id, heads, w.headings)
		}
	}
}
