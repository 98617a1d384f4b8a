package quote

import (
	"sort"
	"strings"
	"unicode"

	"github.com/kroniek/kroniek"
)

// ForDisplay returns the quotations of a list as they are shown (report,
// web page, API): a quotation printed again in a copy of an article (or
// quoted word for word by another) is shown once, the first time it
// occurs; attributed quotations come before those without a known
// speaker, otherwise in the given order. Terms stay where they are for
// callers that filter them. qs is not modified.
func ForDisplay(qs []kroniek.Quote) []kroniek.Quote {
	seen := make(map[string]bool, len(qs))
	out := make([]kroniek.Quote, 0, len(qs))
	for _, q := range qs {
		k := q.Kind + "\x00" + normText(q.Text)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, q)
	}
	sort.SliceStable(out, func(i, j int) bool { return Attributed(out[i]) && !Attributed(out[j]) })
	return out
}

// Attributed reports whether a quotation has a speaker: an entity, or at
// least the words that describe one.
func Attributed(q kroniek.Quote) bool {
	return q.Speaker != "" || strings.TrimSpace(q.SpeakerText) != ""
}

// normText folds a quotation's text for comparison: lower case, letters
// and digits only, single spaces.
func normText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
			continue
		}
		space = true
	}
	return b.String()
}
