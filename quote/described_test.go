package quote

import (
	"slices"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestOnlySpeaker checks that a role description no one was given goes to
// the person who spoke just before it, and only then.
func TestOnlySpeaker(t *testing.T) {
	for _, tc := range []struct {
		text    string
		people  []string
		quote   string // prefix of the quote's text
		speaker string
	}{
		{"\"De waterconsumptie is lager dan vroeger\", zegt Kirsty Carden. Volgens de onderzoekster is dat goed nieuws.",
			[]string{"Kirsty Carden"}, "is dat goed", "Kirsty Carden"},
		// a role followed by "van": someone else
		{"\"Ik ben geen klaploper\", zegt Piet Smit. Volgens de voorzitter van de rechtbank is dat niet waar.",
			[]string{"Piet Smit"}, "is dat niet", "de voorzitter van de rechtbank"},
		// a role the story brings in beside its speaker
		{"\"Ik ben geen klaploper\", zegt Piet Smit. Volgens de rechter is dat niet waar.",
			[]string{"Piet Smit"}, "is dat niet", "de rechter"},
		// another person named in between
		{"\"Ik ben geen klaploper\", zegt Piet Smit. Ook Jan Bos was er. Volgens de onderzoeker is dat niet waar.",
			[]string{"Piet Smit", "Jan Bos"}, "is dat niet", "de onderzoeker"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		kind, sp, ok := speakerOf(qs, locals, tc.quote)
		if !ok || kind != kroniek.QuoteIndirect || sp != tc.speaker {
			t.Errorf("%q: want %q… by %q, got %v %s by %q", tc.text, tc.quote, tc.speaker, ok, kind, sp)
		}
	}
}

// TestCountryman checks that "de Fransman" goes to the one French person
// named before it, and to no one when there are two.
func TestCountryman(t *testing.T) {
	for _, tc := range []struct {
		text    string
		people  []string
		french  []string
		speaker string
	}{
		{"Onderhandelaar Michel Barnier was in Londen. Daar waarschuwde de Fransman dat een No Deal nog mogelijk is.",
			[]string{"Michel Barnier"}, []string{"Michel Barnier"}, "Michel Barnier"},
		{"Onderhandelaar Michel Barnier en president Emmanuel Macron waren in Londen. Daar waarschuwde de Fransman dat een No Deal nog mogelijk is.",
			[]string{"Michel Barnier", "Emmanuel Macron"}, []string{"Michel Barnier", "Emmanuel Macron"}, "de Fransman"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		for i := range locals {
			if slices.Contains(tc.french, locals[i].Name) {
				locals[i].Country = "FR"
			}
		}
		qs := Extract(doc, ms, locals)
		kind, sp, ok := speakerOf(qs, locals, "een No Deal")
		if !ok || kind != kroniek.QuoteIndirect || sp != tc.speaker {
			t.Errorf("%q: want by %q, got %v %s by %q", tc.text, tc.speaker, ok, kind, sp)
		}
	}
}

// TestBoardOfMisc checks that the board of a name the entity layer typed
// MISC speaks for it.
func TestBoardOfMisc(t *testing.T) {
	text := "De visveiling komt in handen van een groothandel. Het is volgens de directie van de Zeeuwse Veilingen de manier om het voortbestaan te waarborgen."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{})
	ms, locals = withOrgs(ms, locals, doc.Text, "Zeeuwse Veilingen")
	for i := range locals {
		locals[i].Type = kroniek.MISC
	}
	for i := range ms {
		ms[i].Type = kroniek.MISC
	}
	qs := Extract(doc, ms, locals)
	if kind, sp, ok := speakerOf(qs, locals, "Het is volgens"); !ok || kind != kroniek.QuoteIndirect || sp != "Zeeuwse Veilingen" {
		t.Errorf("want the Zeeuwse Veilingen, got %v %s by %q", ok, kind, sp)
	}
}

// TestSameRole checks that "de minister-president" is the person the
// article called premier.
func TestSameRole(t *testing.T) {
	text := "Premier Mark Rutte kondigde de heffing aan. Jan Bos was verrast. De minister-president zei dat die heffing verstandig moet zijn."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Mark Rutte", "Jan Bos"}})
	qs := Extract(doc, ms, locals)
	if kind, sp, ok := speakerOf(qs, locals, "die heffing"); !ok || kind != kroniek.QuoteIndirect || sp != "Mark Rutte" {
		t.Errorf("want Mark Rutte, got %v %s by %q", ok, kind, sp)
	}
}

// TestTiedOne checks that "de VVD'er" and "de vakbondsbestuurder" go to
// the one person the article tied to the party or union, and to no one
// when two are.
func TestTiedOne(t *testing.T) {
	for _, tc := range []struct {
		text    string
		people  []string
		quote   string
		speaker string
	}{
		{"Dat zegt VVD-Kamerlid Hayke Veldman. De VVD'er zegt dat de privacy gewaarborgd moet zijn.",
			[]string{"Hayke Veldman"}, "de privacy", "Hayke Veldman"},
		{"Dat zegt coördinator Zakaria Boufangacha van vakbond FNV. Een hoger minimumloon zou volgens de vakbondsbestuurder helpen tegen armoede.",
			[]string{"Zakaria Boufangacha"}, "Een hoger", "Zakaria Boufangacha"},
		{"Mark Rutte (VVD) en VVD-fractievoorzitter Klaas Dijkhoff waren er. De VVD'er zegt dat de privacy gewaarborgd moet zijn.",
			[]string{"Mark Rutte", "Klaas Dijkhoff"}, "de privacy", "De VVD'er"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		ms, locals = withOrgs(ms, locals, doc.Text, "FNV")
		qs := Extract(doc, ms, locals)
		if _, sp, ok := speakerOf(qs, locals, tc.quote); !ok || sp != tc.speaker {
			t.Errorf("%q: want %q… by %q, got %v by %q", tc.text, tc.quote, tc.speaker, ok, sp)
		}
	}
}
