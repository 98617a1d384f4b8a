package event

import (
	"strings"
	"testing"
)

// TestLastHyphen checks lastHyphen against strings.LastIndexAny, which it
// replaces in Lexicon.noun.
func TestLastHyphen(t *testing.T) {
	for _, w := range []string{"", "-", "eu-sancties", "noord‐korea", "a-b‐c", "a‐b-c", "oppositiemars", "‐", "x-", "é-ü‐ö"} {
		if got, want := lastHyphen(w), strings.LastIndexAny(w, "-‐"); got != want {
			t.Errorf("lastHyphen(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestNounPats checks that a phrase's nouns are cut once at their "+"
// and that hasNoun reads them as it read the uncut strings: "de+hand" is
// hand right after de, a long head also as a compound's head.
func TestNounPats(t *testing.T) {
	ps := nounPats([]string{"de+hand", "excuses", "ontwikkelingshulp"})
	if ps[0] != (nounPat{before: "de", noun: "hand", prev: true}) || ps[1] != (nounPat{noun: "excuses"}) {
		t.Fatalf("nounPats = %+v", ps)
	}
	for _, c := range []struct {
		w, prev string
		want    bool
	}{
		{"hand", "de", true},
		{"hand", "een", false},
		{"excuses", "", true},
		{"schuldexcuses", "", true},
		{"ontwikkelingshulp", "", true},
		{"handen", "de", false},
	} {
		if got := hasNoun(c.w, c.prev, ps); got != c.want {
			t.Errorf("hasNoun(%q, %q) = %v, want %v", c.w, c.prev, got, c.want)
		}
	}
}
