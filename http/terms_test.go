package http

import (
	"os"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestGenericRolesInEnglish: the English page names a generic actor whose
// role holds a proper noun with its capitals ("Baltic states (LT)", not
// "baltic states (LT)", session 14's left 3); the Dutch page keeps its
// own names, and a plain role stays as its code says.
func TestGenericRolesInEnglish(t *testing.T) {
	for _, c := range []struct{ lang, id, want string }{
		{"en", "generic:baltic-states@LT", "Baltic states (LT)"},
		{"en", "generic:nato-members", "NATO members"},
		{"en", "generic:eu-member-states", "EU member states"},
		{"en", "generic:police@BY", "police (BY)"},
		{"nl", "generic:baltic-states@LT", "Baltische staten (LT)"},
	} {
		if got := genericLabel(labels[c.lang], c.id); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.lang, c.id, got, c.want)
		}
	}
}

// TestEveryEventTypeInEnglish: the English page names every PLOVER event
// type in words, as the Dutch page does in Dutch; it showed the codes
// ("ACCUSE") where the Dutch page said "beschuldiging" (user trial 17). A
// code the analysis may add later still shows as its code.
func TestEveryEventTypeInEnglish(t *testing.T) {
	for _, ty := range kroniek.EventTypes {
		if en := term(labels["en"], ty); en == ty || en != strings.ToLower(en) {
			t.Errorf("%s: English %q, want an English word", ty, en)
		}
	}
	if got := term(labels["en"], "ACCUSE"); got != "accusation" {
		t.Errorf("ACCUSE in English: %q", got)
	}
	if got := term(labels["en"], "APPEAL"); got != "APPEAL" {
		t.Errorf("an unknown code in English: %q, want it as it is", got)
	}
}

// TestEveryRoleInDutch: every generic actor role the event lexicon knows
// has a Dutch name; "asylum seekers", "unions" and six more stood in
// English on the Dutch page (user trial 16).
func TestEveryRoleInDutch(t *testing.T) {
	raw, err := os.ReadFile("../event/lexicon/groups.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(line, "#") {
			continue
		}
		if role := f[len(f)-1]; terms[role] == "" {
			t.Errorf("role %s (%s) has no Dutch name in terms", role, f[0])
		}
	}
}

// TestEveryModeInDutch: every PLOVER mode the event lexicon gives (the
// word after the event type on a line of verbs, nouns or phrases) has a
// Dutch name; "visit", "blame", "kill" and nineteen more stood in English
// on the Dutch page (user trial 16).
func TestEveryModeInDutch(t *testing.T) {
	types := map[string]bool{}
	for _, ty := range kroniek.EventTypes {
		types[ty] = true
	}
	for _, name := range []string{"verbs", "nouns", "phrases"} {
		raw, err := os.ReadFile("../event/lexicon/" + name + ".tsv")
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Fields(line)
			for i := 0; i+1 < len(f); i++ {
				if types[f[i]] {
					if mode := f[i+1]; mode != "-" && terms[mode] == "" {
						t.Errorf("%s.tsv: mode %s (%s) has no Dutch name in terms", name, mode, f[0])
					}
					break
				}
			}
		}
	}
}

// TestEveryModifierInEnglish: every modifier the amount lexicon gives a
// figure has an English name, so the English page's figures read "more
// than 4.500.000", not "meer dan" (user trial 16); the Dutch page keeps
// the article's words.
func TestEveryModifierInEnglish(t *testing.T) {
	raw, err := os.ReadFile("../amount/data/lexicon.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 || f[0] != "mod" {
			continue
		}
		m := f[1]
		if len(f) > 2 && f[2] != "" {
			m = f[2] // the canonical modifier
		}
		if modifier(labels["en"], m) == m {
			t.Errorf("modifier %q (%s) has no English name", m, f[1])
		}
	}
	if got := modifier(labels["nl"], "meer dan"); got != "meer dan" {
		t.Errorf("Dutch page: %q, want meer dan", got)
	}
}

// TestLocalValue: a figure's value as each page language writes numbers.
func TestLocalValue(t *testing.T) {
	for _, c := range []struct {
		lang string
		v    float64
		want string
	}{
		{"nl", 4.5e6, "4.500.000"}, {"en", 4.5e6, "4,500,000"},
		{"nl", 2.5, "2,5"}, {"en", 2.5, "2.5"},
		{"nl", -1200, "-1.200"}, {"en", -1200, "-1,200"},
	} {
		if got := localValue(labels[c.lang], c.v); got != c.want {
			t.Errorf("%s %v: %q, want %q", c.lang, c.v, got, c.want)
		}
	}
}
