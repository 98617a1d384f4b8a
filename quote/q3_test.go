package quote

import (
	"slices"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestVolgensSource checks the source of a "volgens" report: a body
// written into a role's compound leaves the official anonymous ("een
// VN-functionaris" is not the VN), a parenthesis the report opens is
// closed with it, and a name the parse took for a modifier of the next
// noun is still the source, not that noun.
func TestVolgensSource(t *testing.T) {
	for _, tc := range []struct {
		name, text, prefix, quote, speaker string
		people, orgs                       []string
	}{
		{"an official of a body, a parenthesis closed",
			"De ministers spraken elkaar in Wenen. Volgens een VN-functionaris hebben Jansen en Smit de kans besproken van hulp door de Raad voor Handel en Zeevaart (RHZ).",
			"hebben Jansen", "hebben Jansen en Smit de kans besproken van hulp door de Raad voor Handel en Zeevaart (RHZ)", "een VN-functionaris",
			[]string{"Jansen", "Smit"}, []string{"VN", "Raad voor Handel en Zeevaart", "RHZ"}},
		{"a civil servant of a body",
			"Volgens een EU-ambtenaar wil de commissie de regels voor boeren in mei versoepelen.",
			"wil de commissie", "wil de commissie de regels voor boeren in mei versoepelen", "een EU-ambtenaar",
			nil, []string{"EU"}},
		{"a name the parse hangs on the next noun",
			"Clubs moeten uitwijken naar andere baden. Dat levert volgens de Brabantse Zwemfederatie problemen op: \"Onze banen zitten vol.\"",
			"Onze banen", "Onze banen zitten vol.", "de Brabantse Zwemfederatie", nil, nil},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		ms, locals = withOrgs(ms, locals, doc.Text, tc.orgs...)
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		found := false
		for _, q := range qs {
			if len(q.Text) < len(tc.prefix) || q.Text[:len(tc.prefix)] != tc.prefix {
				continue
			}
			found = true
			if q.Text != tc.quote {
				t.Errorf("%s: quote %q, want %q", tc.name, q.Text, tc.quote)
			}
			if q.SpeakerText != tc.speaker {
				t.Errorf("%s: speaker %q (%q), want %q", tc.name, q.SpeakerText, q.SpeakerLocal, tc.speaker)
			}
		}
		if !found {
			t.Errorf("%s: no quote %q in %+v", tc.name, tc.prefix, qs)
		}
	}
}

// TestNestedReports checks that a report inside a direct quotation
// ("Omstanders zeiden dat …") is the inner speaker's, and that a pronoun
// or an opinion there reports nothing of its own.
func TestNestedReports(t *testing.T) {
	for _, tc := range []struct{ text, quote, speaker string }{
		{"\"Omstanders zeiden dat de man al uren op de brug stond\", zegt Piet Smit.",
			"de man al uren op de brug stond", "Omstanders"},
		{"Piet Smit was die nacht thuis. \"De buren zeiden dat het water al tot de dijk kwam. Ik geloofde ze niet\", vertelt hij.",
			"het water al tot de dijk kwam", "De buren"},
		{"\"Toen de buren zeiden dat de brug 'veel te oud was voor het verkeer', werden ze uitgelachen\", zegt Piet Smit.",
			"de brug 'veel te oud was voor het verkeer'", "de buren"},
		{"\"Ik zei dat de man al uren op de brug stond\", zegt Piet Smit.", "", ""},
		{"\"Veel mensen denken dat de brug te oud is\", zegt Piet Smit.", "", ""},
		{"\"Gisteren heeft wethouder Els Bakker gezegd dat de brug dichtgaat\", zegt Piet Smit.",
			"de brug dichtgaat", "Els Bakker"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit", "Els Bakker"}})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		var got []string
		for _, q := range qs {
			if q.Kind == kroniek.QuoteIndirect {
				got = append(got, q.Text+" | "+q.SpeakerText)
			}
		}
		want := []string(nil)
		if tc.quote != "" {
			want = []string{tc.quote + " | " + tc.speaker}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: reports %q, want %q", tc.text, got, want)
		}
	}
}

// TestNestedReportsNot checks the reports inside a quotation that are not
// made: a condition, a duty, and "dat" as an object.
func TestNestedReportsNot(t *testing.T) {
	for _, text := range []string{
		"\"Als de artsen zeggen dat de operatie nodig is, dan doen we het\", zegt Piet Smit.",
		"\"De gemeente moet dan vaststellen dat de brug onveilig is\", zegt Piet Smit.",
		"\"Als bewoners zeggen dat niet te kunnen betalen, helpen we ze\", zegt Piet Smit.",
	} {
		doc := annotated(t, text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Piet Smit"}})
		for _, q := range Extract(doc, ms, locals) {
			if q.Kind == kroniek.QuoteIndirect {
				t.Errorf("%q: reported %q (%q)", text, q.Text, q.SpeakerText)
			}
		}
	}
}

// TestRelativeReportEnds checks that a report made in a relative clause
// ends where the sentence's main clause goes on after a comma.
func TestRelativeReportEnds(t *testing.T) {
	text := "De ambtenaar die ooit zei dat de oude trams beter af waren in de smeltoven, wordt nog steeds uitgelachen."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{})
	qs := Extract(doc, ms, locals)
	checkOffsets(t, doc, qs)
	want := "de oude trams beter af waren in de smeltoven"
	for _, q := range qs {
		if q.Kind == kroniek.QuoteIndirect && q.Text != want {
			t.Errorf("reported %q, want %q", q.Text, want)
		}
	}
	if len(qs) == 0 {
		t.Errorf("no report in %q", text)
	}
}
