package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestWrittenIn checks that quoted words a document holds ("…', staat in
// het rapport") are a direct quotation whose speaker is the body the
// document's phrase names, and that words on a banner stay a term.
func TestWrittenIn(t *testing.T) {
	for _, tc := range []struct {
		text, quote, kind, local string
	}{
		{"Het niveau blijft op 4. 'De kans op een aanslag in Nederland blijft reëel', staat in het nieuwste Dreigingsbeeld van de NCTV.",
			"De kans op een aanslag in Nederland blijft reëel", kroniek.QuoteDirect, "B1"},
		{"Een lezer reageerde. 'Er moet iemand opstaan om hem van kant te maken', staat te lezen onder de illustratie.",
			"Er moet iemand opstaan om hem van kant te maken", kroniek.QuoteDirect, ""},
		{"Er wordt gedemonstreerd. 'Porno is vleeshandel', staat op het plakkaat links.",
			"Porno is vleeshandel", kroniek.QuoteTerm, ""},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{})
		ms, locals = withBodies(doc.Text, ms, locals, [][2]string{{"NCTV", kroniek.ORG}})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		found := false
		for _, q := range qs {
			if q.Text != tc.quote {
				continue
			}
			found = true
			if q.Kind != tc.kind {
				t.Errorf("%q: kind %s, want %s", tc.quote, q.Kind, tc.kind)
			}
			if tc.kind == kroniek.QuoteDirect && q.SpeakerLocal != tc.local {
				t.Errorf("%q: speaker %q (%q), want %q", tc.quote, q.SpeakerLocal, q.SpeakerText, tc.local)
			}
		}
		if !found {
			t.Errorf("no quotation %q in %+v", tc.quote, qs)
		}
	}
}
