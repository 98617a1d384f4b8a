package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// TestNamesNotSpeech checks that a slogan or theme after a title lead-in
// and an article's headline before its (paper date) are terms, not speech.
func TestNamesNotSpeech(t *testing.T) {
	for _, text := range []string{
		"Het thema is dit jaar behoorlijk suf: 'de moeder de vrouw'; en verder gebeurde er weinig.",
		"De columnist kent de nieuwe campagne van Sire niet: 'Doe eens lief', waarbij men elkaar aanspreekt.",
		"Kinderen in kampen 'Hoe moeten deze kinderen ooit normaal worden?' (AD 8-4). Wat een sterk stuk.",
		"De fans begroetten de zege van Pieter 'wie is dat' Jansen met gejoel.",
	} {
		doc := nl.Parse(text, nl.Options{Lang: "nl"})
		qs := Extract(doc, nil, nil)
		if len(qs) == 0 {
			t.Errorf("%q: no quotation found", text)
		}
		for _, q := range qs {
			if q.Kind != kroniek.QuoteTerm {
				t.Errorf("%q: %s %q, want a term", text, q.Kind, q.Text)
			}
		}
	}
}

// TestCitedHeadline checks the paper-and-date pattern after a quotation.
func TestCitedHeadline(t *testing.T) {
	checkPredicate(t, "citedHeadline", citedHeadline.MatchString, map[string]bool{
		" (AD 8-4). Wat":      true,
		" (Trouw, 12/3)":      true,
		" (AD.nl 9-4).":       true,
		" (53) zei hij":       false,
		", zegt hij (AD 8-4)": false,
		" (zie pagina 8-9)":   false,
	})
}

// TestAllCaps checks the words a run-in subheading in capitals is made of.
func TestAllCaps(t *testing.T) {
	checkPredicate(t, "allCaps", allCaps, map[string]bool{"ZORG": true, "DE": true, "Werd": false, "A": false, "NAVO-top": false})
}

// checkPredicate reports every input on which f does not give the wanted
// answer.
func checkPredicate(t *testing.T, name string, f func(string) bool, cases map[string]bool) {
	t.Helper()
	for in, want := range cases {
		if got := f(in); got != want {
			t.Errorf("%s(%q) = %v, want %v", name, in, got, want)
		}
	}
}

// TestModalStance checks that a stance under a present modal ("moet
// vrezen dat") is told from a report ("vreest dat").
func TestModalStance(t *testing.T) {
	for text, want := range map[string]bool{
		"Fastned moet voortdurend vrezen dat het wordt bijgehaald": true,
		"Fastned vreest dat het wordt bijgehaald":                  false,
		"Hij moest toegeven, vrezen wij":                           false,
	} {
		toks := nl.Parse(text, nl.Options{}).Tokens
		i := 0
		for i < len(toks) && toks[i].Text != "vrezen" && toks[i].Text != "vreest" {
			i++
		}
		if got := i < len(toks) && modalBefore(toks, i); got != want {
			t.Errorf("modalBefore(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestRunOnAfterMaar checks that a reported clause stops before ", maar"
// and a finite verb without a subject of its own (the subject's next
// deed), keeps a quote mark it opened, and goes on when "maar" has a
// subject of its own.
func TestRunOnAfterMaar(t *testing.T) {
	syn := shared.Must(t, nl.LoadSyntax)
	for text, want := range map[string]string{
		"De huurder belooft in het najaar te betalen, maar laat daarna niets meer van zich horen.": "in het najaar te betalen",
		"De advocaat zegt dat dit een 'nieuw licht werpt', maar onthoudt zich van commentaar.":     "dit een 'nieuw licht werpt'",
	} {
		doc := nl.Parse(text, nl.Options{Lang: "nl"})
		syn.Annotate(doc)
		var got []string
		for _, q := range Extract(doc, nil, nil) {
			if q.Kind == kroniek.QuoteIndirect {
				got = append(got, q.Text)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: indirect %q, want %q", text, got, want)
		}
	}
}
