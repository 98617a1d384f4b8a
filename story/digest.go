package story

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek/nl"
)

// digestItem is one news item of a digest ("Kort nieuws"): its headline
// and its span in the digest's text.
type digestItem struct {
	Title      string
	Start, End int
}

// maxItemHeadline is the most words an item's headline has.
const maxItemHeadline = 14

// splitDigest splits a digest's text into its items. Feeds often flatten a
// digest: each item's headline runs into its first sentence without a full
// stop ("Russische ambassade eist excuses De Russische ambassade in …").
// An item starts where a sentence's opening words end in a word of more
// than three letters, directly followed by a capitalised word, and share
// a term (two after a capitalised word) with what follows: the headline
// says what the item says. Of several such places in a sentence, the one
// whose headline shares the largest part of its terms wins. Text before
// the first headline is an item of its own.
func splitDigest(text, lang string, terms func(string, string) []string) []digestItem {
	doc := nl.Parse(text, nl.Options{Lang: lang})
	type cut struct{ head, body int } // headline start, body start
	var cuts []cut
	for si, s := range doc.Sentences {
		var ws []nl.Token
		for _, t := range s.Tokens {
			if t.Kind == nl.Word || t.Kind == nl.Number {
				ws = append(ws, t)
			}
		}
		best, bestScore := -1, 0.0
		for k := 2; k < len(ws)-3 && k <= maxItemHeadline; k++ {
			prev, next := ws[k-1], ws[k]
			if strings.TrimSpace(text[prev.End:next.Start]) != "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(next.Text)
			p, _ := utf8.DecodeRuneInString(prev.Text)
			if !unicode.IsUpper(r) || utf8.RuneCountInString(prev.Text) <= 3 && !unicode.IsDigit(p) {
				continue
			}
			// A headline ending in a name ("… van Westoever") needs more
			// evidence than one ending in a lowercase word.
			need := 1
			if unicode.IsUpper(p) {
				need = 2
			}
			head := text[s.Start:prev.End]
			if strings.ContainsAny(head, ",\"“”") {
				break // a headline has no comma and no quote
			}
			follow := text[next.Start:s.End]
			for _, n := range doc.Sentences[si+1 : min(si+3, len(doc.Sentences))] {
				follow += " " + text[n.Start:n.End]
			}
			headTerms := terms(head, lang)
			shared := sharedTerms(headTerms, terms(follow, lang))
			if shared < need {
				continue
			}
			// Of several places a headline could end, take the one whose
			// headline the item repeats best ("Zwolle sloopt Hanzebrug over
			// IJssel | De gemeenteraad van Zwolle …", not "Zwolle sloopt |
			// Hanzebrug …").
			if score := float64(shared) / float64(max(distinct(headTerms), 1)); score > bestScore {
				best, bestScore = next.Start, score
			}
		}
		if best >= 0 {
			cuts = append(cuts, cut{s.Start, best})
		}
	}
	var items []digestItem
	if len(cuts) == 0 || strings.TrimSpace(text[:cuts[0].head]) != "" {
		end := len(text)
		if len(cuts) > 0 {
			end = cuts[0].head
		}
		items = append(items, digestItem{Start: 0, End: end})
	}
	for k, c := range cuts {
		end := len(text)
		if k+1 < len(cuts) {
			end = cuts[k+1].head
		}
		items = append(items, digestItem{Title: strings.TrimSpace(text[c.head:c.body]), Start: c.body, End: end})
	}
	return items
}

// distinct returns the number of distinct strings in ts.
func distinct(ts []string) int {
	seen := make(map[string]bool, len(ts))
	for _, t := range ts {
		seen[t] = true
	}
	return len(seen)
}

// sharedTerms returns the number of distinct terms of a found in b.
func sharedTerms(a, b []string) int {
	in := make(map[string]bool, len(b))
	for _, t := range b {
		in[t] = true
	}
	n := 0
	seen := map[string]bool{}
	for _, t := range a {
		if in[t] && !seen[t] {
			seen[t] = true
			n++
		}
	}
	return n
}
