package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestNarratedBelief checks that "dacht(en) dat …", a belief the story
// narrates, reports nothing, while the present "denkt dat …" still
// reports a view.
func TestNarratedBelief(t *testing.T) {
	for _, tc := range []struct {
		text, clause string
		want         bool
	}{
		{"Piet Smit stond bij de deur. Hij dacht dat de bus al vertrokken was.", "de bus al vertrokken was", false},
		{"Piet Smit en Jan Vos wachtten. Ze dachten dat de winkel om negen uur openging.", "de winkel om negen uur openging", false},
		{"Piet Smit is wethouder. Hij denkt dat de bus te laat vertrekt.", "de bus te laat vertrekt", true},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit", "Jan Vos"}})
		got := false
		for _, q := range Extract(doc, ms, locals) {
			if q.Text == tc.clause && q.Kind != kroniek.QuoteTerm {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: reported %v, want %v", tc.text, got, tc.want)
		}
	}
}
