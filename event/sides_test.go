package event

import (
	"os"
	"strings"
	"testing"
)

// sideCase is an invented text and the event it must give: type, actor
// text (contained) and recipient text ("" for any).
type sideCase struct{ src, typ, actor, recip string }

// checkSides extracts each case's text and wants an event of its type
// and sides that is neither hypothetical nor negated.
func checkSides(t *testing.T, cases map[string]sideCase) {
	t.Helper()
	for name, c := range cases {
		text, ms, ls := annotate(c.src)
		found := false
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
			if e.Type == c.typ && strings.Contains(e.ActorText, c.actor) && (c.recip == "" || e.RecipientText == c.recip) && !e.Hypothetical && !e.Negated {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %q: no %s %s → %s", name, text, c.typ, c.actor, c.recip)
		}
	}
}

// TestSides reads testdata/sides.tsv: invented texts where a
// demonstrative after "en" and the object pronouns "hem", "haar" resolve
// to the side named before; complaint and lawsuit frames; a name between
// commas after a role; a perfect te-infinitive under an accusation; "onder
// wie"; a passive conjunct; verbs added by PLOVER's definitions.
func TestSides(t *testing.T) {
	raw, err := os.ReadFile("testdata/sides.tsv")
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]sideCase{}
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 5 || strings.HasPrefix(line, "#") {
			continue
		}
		for i := range f {
			if f[i] == "-" {
				f[i] = ""
			}
		}
		cases[f[0]] = sideCase{f[1], f[2], f[3], f[4]}
	}
	if len(cases) < 12 {
		t.Fatalf("testdata/sides.tsv: %d cases, want 12", len(cases))
	}
	checkSides(t, cases)
}
