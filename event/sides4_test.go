package event

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestQuoteSpeakerSide: "we" inside a quote is its speaker; outside any
// quote (a columnist's "ik") it is nobody.
func TestQuoteSpeakerSide(t *testing.T) {
	text, ms, ls := annotate(`"We steunen het plan van minister [Ferd Kamp|PER]", zegt voorzitter [Jan Bakker|PER].`)
	start := strings.Index(text, "We")
	end := strings.Index(text, `",`)
	q := kroniek.Quote{Start: start, End: end, Text: text[start:end], SpeakerLocal: ms[1].Local, SpeakerText: "Jan Bakker"}
	doc := parseDoc(t, text)
	evs := ExtractQuoted(doc, ms, ls, nil, []kroniek.Quote{q}, "2024-03-12")
	ok := false
	for _, e := range evs {
		if e.Type == "SUPPORT" && len(e.ActorLocal) == 1 && e.ActorLocal[0] == ms[1].Local {
			ok = true
		}
	}
	if !ok {
		t.Errorf("we in a quote: want SUPPORT by the speaker, got %+v", evs)
	}
	for _, e := range Extract(doc, ms, ls, nil, "2024-03-12") {
		if len(e.ActorLocal) > 0 && e.ActorLocal[0] == ms[1].Local {
			t.Errorf("without quotes, we became %s: %+v", e.ActorText, e)
		}
	}
}

// TestDemandContentAndSharedNegation: the dat-clause of "eist" is no
// report; a bare conjunct shares "geen" with its head.
func TestDemandContentAndSharedNegation(t *testing.T) {
	for _, c := range []struct{ src, typ string }{
		{"[Piet Hein|PER] eist dat [Justitie|ORG] de vrouw vervolgt.", "ACCUSE"},
		{"Die [SS|ORG]-soldaten hebben zelf geen mensen doodgeschoten of gemarteld.", "ASSAULT"},
	} {
		text, ms, ls := annotate(c.src)
		n := 0
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
			if e.Type != c.typ {
				continue
			}
			n++
			if !e.Hypothetical && !e.Negated {
				t.Errorf("%q: %s %s neither hypothetical nor negated", text, e.Type, e.Trigger)
			}
		}
		if n == 0 {
			t.Errorf("%q: no %s event to check", text, c.typ)
		}
	}
}

// TestOrgByKind: "de bond" is the one organisation the article introduced
// as a union (vakbond FNV), and so is "de vakbond" (the noun it was
// introduced with); with two, or for another kind, it is nobody.
func TestOrgByKind(t *testing.T) {
	text, ms, ls := annotate("Vakbond [FNV|ORG] en energiebedrijf [Nuon|ORG] praten. Later sprak ook energiebedrijf [Eneco|ORG].")
	x := &extractor{doc: parseDoc(t, text), mentions: ms, locals: map[string]*kroniek.LocalEntity{}}
	for i := range ls {
		x.locals[ls[i].Key] = &ls[i]
	}
	x.orgKinds = x.collectOrgKinds()
	for phrase, want := range map[string]string{"De bond": ms[0].Local, "het bedrijf": "", "de partij": "", "De vakbond": ms[0].Local} {
		if got := x.orgByKind(phrase); got != want {
			t.Errorf("%q: %q, want %q", phrase, got, want)
		}
	}
}

// TestActorApposition: a name inside the actor's apposition before the
// verb is no recipient ("X, radio-dj bij zender FunX, feliciteerde …").
func TestActorApposition(t *testing.T) {
	text, ms, ls := annotate("[Fernando Halman|PER], radio-dj bij de Amsterdamse tak van zender [FunX|ORG], feliciteerde de gedetineerde gisteren met zijn succes.")
	evs := Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12")
	if len(evs) == 0 {
		t.Fatalf("%q: no event", text)
	}
	for _, e := range evs {
		if strings.Contains(e.RecipientText, "FunX") {
			t.Errorf("%q: the apposition's FunX is the recipient: %+v", text, e)
		}
	}
}
