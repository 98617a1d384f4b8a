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
// speaker, otherwise in the given order. A direct quotation that lies
// inside reported speech of the same speaker ("Hij zei dat het plan
// 'onacceptabel' is") is shown within that report, not again on its own
// (insideReport). Terms stay where they are for callers that filter them.
// qs is not modified.
func ForDisplay(qs []kroniek.Quote) []kroniek.Quote {
	reports := make(map[[2]string][]kroniek.Quote)
	for _, q := range qs {
		if q.Kind == kroniek.QuoteIndirect {
			k := [2]string{q.Article, q.Field}
			reports[k] = append(reports[k], q)
		}
	}
	seen := make(map[string]bool, len(qs))
	out := make([]kroniek.Quote, 0, len(qs))
	for _, q := range qs {
		k := q.Kind + "\x00" + normText(q.Text)
		if seen[k] || insideReport(q, reports[[2]string{q.Article, q.Field}]) {
			continue
		}
		seen[k] = true
		out = append(out, q)
	}
	sort.SliceStable(out, func(i, j int) bool { return Attributed(out[i]) && !Attributed(out[j]) })
	return out
}

// insideReport reports whether q is a direct quotation whose span lies
// within the span of one of reports, the reported (indirect) speech of
// its article field, and whose speaker is that report's or unknown: the words
// are shown, in their marks, as part of the report. A fragment given to
// another speaker than the report around it stays: the two disagree,
// and the reader sees both.
func insideReport(q kroniek.Quote, reports []kroniek.Quote) bool {
	if q.Kind != kroniek.QuoteDirect {
		return false
	}
	for _, r := range reports {
		if r.Start > q.Start || q.End > r.End || (r.Start == q.Start && r.End == q.End) {
			continue
		}
		if (q.Speaker == "" && strings.TrimSpace(q.SpeakerText) == "") || (q.Speaker != "" && q.Speaker == r.Speaker) ||
			(q.Speaker == "" && r.Speaker == "" && strings.EqualFold(strings.TrimSpace(q.SpeakerText), strings.TrimSpace(r.SpeakerText))) {
			return true
		}
	}
	return false
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
