package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// arc is one dependency the tagger may get wrong: the first token whose
// text is dep hangs on the first token whose text is head with relation
// rel.
type arc struct{ dep, head, rel string }

// reparsed annotates text and then forces the arcs, so a test can hold a
// parse error the model makes on real text but not on the invented
// sentence.
func reparsed(t *testing.T, text string, arcs ...arc) *nl.Doc {
	t.Helper()
	doc := annotated(t, text)
	at := func(w string) int {
		for i, tok := range doc.Tokens {
			if tok.Text == w {
				return i
			}
		}
		t.Fatalf("no token %q in %q", w, text)
		return -1
	}
	for _, a := range arcs {
		d := at(a.dep)
		doc.Tokens[d].Head, doc.Tokens[d].Rel = at(a.head), a.rel
	}
	return doc
}

// TestUngovernedSubject checks that a place or partner the parse made the
// subject of a speech verb, with a preposition of its own, never speaks:
// the noun before the preposition does when the parse hung it under the
// place, else the speaker is found as if the parse had given none.
func TestUngovernedSubject(t *testing.T) {
	for _, tc := range []struct {
		text         string
		arcs         []arc
		people, orgs []string
		quote        string
		speaker, not string
	}{
		// "de verkeersregelaars … in Utrecht" with "de" and the noun under "Utrecht"
		{"Maar: de verkeersregelaars (vrijwilligers) in Utrecht die het verkeer moeten regelen, hebben gezegd dat ze staken.",
			[]arc{{"Utrecht", "gezegd", "nsubj"}, {"in", "Utrecht", "case"}, {"de", "Utrecht", "det"}, {"verkeersregelaars", "Utrecht", "nmod"}, {"regelen", "Utrecht", "acl:relcl"}, {",", "Utrecht", "punct"}},
			nil, []string{"Utrecht"}, "ze staken", "verkeersregelaars (vrijwilligers)", "Utrecht"},
		// "zegt vanuit Gent": the attribution before the verb speaks
		{"Volgens Jan de Wit, voorzitter van de raad die in Zeeland vergadert, zegt vanuit Gent (België) dat de boeren maar één wens hebben: 'een eerlijke prijs voor hun melk'.",
			[]arc{{"Gent", "zegt", "nsubj"}, {"vanuit", "Gent", "case"}},
			[]string{"Jan de Wit"}, []string{"Gent", "België", "Zeeland"}, "een eerlijke prijs", "Jan de Wit", "Gent"},
	} {
		doc := reparsed(t, tc.text, tc.arcs...)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		ms, locals = withOrgs(ms, locals, doc.Text, tc.orgs...)
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		var said bool
		for _, q := range qs {
			if q.Kind == kroniek.QuoteTerm {
				continue
			}
			if q.SpeakerText == tc.not {
				t.Errorf("%q: %q given to %q", tc.text, q.Text, q.SpeakerText)
			}
			if _, sp, ok := speakerOf([]kroniek.Quote{q}, locals, tc.quote); ok && sp == tc.speaker {
				said = true
			}
		}
		if !said {
			t.Errorf("%q: no quote %q… by %q in %+v", tc.text, tc.quote, tc.speaker, qs)
		}
	}
}

// TestPlaceInSubjectPhrase checks that the name after "van" in a
// subject's phrase still speaks for a source that names no one ("aldus
// schattingen van Rijkswaterstaat"), though a place or partner there does
// not (the "in Hanoi" of the corpus needs a parse the invented sentences
// do not get).
func TestPlaceInSubjectPhrase(t *testing.T) {
	for _, tc := range []struct {
		text, not, speaker string
		arcs               []arc
		orgs               []string
	}{
		{"De omleiding kost ongeveer tien minuten, aldus schattingen van Rijkswaterstaat.", "", "Rijkswaterstaat", nil, []string{"Rijkswaterstaat"}},
	} {
		doc := reparsed(t, tc.text, tc.arcs...)
		ms, locals := fakeEntities(doc, labelled{})
		ms, locals = withOrgs(ms, locals, doc.Text, tc.orgs...)
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		found := tc.speaker == ""
		for _, q := range qs {
			_, sp, _ := speakerOf([]kroniek.Quote{q}, locals, "")
			if tc.not != "" && sp == tc.not {
				t.Errorf("%q: %q given to %q", tc.text, q.Text, sp)
			}
			found = found || sp == tc.speaker
		}
		if !found {
			t.Errorf("%q: nothing said by %q in %+v", tc.text, tc.speaker, qs)
		}
	}
}

// TestAgentNotSpeaker checks that a role noun after "door" and a
// participle the parse tagged as a verb ("door een frauderende huurbaas")
// is the agent of a passive, never the speaker of the report it closes.
func TestAgentNotSpeaker(t *testing.T) {
	text := `De man had jaren een fietsenwinkel in Zwolle, maar zegt opgelicht te zijn door een frauderende huurbaas.`
	doc := reparsed(t, text, arc{"frauderende", "huurbaas", "amod"})
	doc.Tokens[tokenOf(t, doc, "frauderende")].POS = nl.VERB
	ms, locals := fakeEntities(doc, labelled{})
	for _, q := range Extract(doc, ms, locals) {
		if q.SpeakerText == "een frauderende huurbaas" {
			t.Errorf("%q given to %q", q.Text, q.SpeakerText)
		}
	}
}

// tokenOf returns the index of the first token whose text is w.
func tokenOf(t *testing.T, doc *nl.Doc, w string) int {
	t.Helper()
	for i, tok := range doc.Tokens {
		if tok.Text == w {
			return i
		}
	}
	t.Fatalf("no token %q", w)
	return -1
}
