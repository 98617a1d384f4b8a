package quote

import "testing"

// TestSubjectlessObject: a body the parse hangs as the object of a finite
// verb that has no subject is that clause's subject, so a demonstrative
// description in the next sentence and "de groep" after it resolve to it;
// a real object (the verb has a subject) does not.
func TestSubjectlessObject(t *testing.T) {
	for _, tc := range []struct {
		text, quote, speaker string
		orgs                 []string
	}{
		{"Naast het bisdom liet ook de Sint Joriskring van zich horen. Deze katholieke actiegroep werd twee jaar geleden opgericht. De groep zegt dat de pastoor een valse leer verkondigt.",
			"de pastoor", "Sint Joriskring", []string{"Sint Joriskring"}},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{})
		ms, locals = withOrgs(ms, locals, doc.Text, tc.orgs...)
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		_, sp, ok := speakerOf(qs, locals, tc.quote)
		if !ok || sp != tc.speaker {
			t.Errorf("%q: want %q by %q, got %v %q", tc.text, tc.quote, tc.speaker, ok, sp)
		}
	}
	doc := annotated(t, "Naast het bisdom liet ook de Sint Joriskring van zich horen.")
	x := newExtractor(doc, nil, nil)
	for i, tok := range doc.Tokens {
		if tok.Text == "liet" && !x.subjectless(i) {
			t.Errorf("liet: want subjectless")
		}
	}
	doc = annotated(t, "De bond kocht de Sint Joriskring.")
	x = newExtractor(doc, nil, nil)
	for i, tok := range doc.Tokens {
		if tok.Text == "kocht" && x.subjectless(i) {
			t.Errorf("kocht: has a subject")
		}
	}
}
