package quote

import (
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// wishAdverbs may stand between "wil" and the "dat" of the wish it reports
// ("wil graag dat …", "wil per se dat …", "wil namelijk dat …"), besides
// the skip words predicateCue already lets pass.
var wishAdverbs = map[string]bool{
	"graag": true, "heel": true, "liever": true, "per": true, "se": true, "absoluut": true, "namelijk": true,
	"vooral": true, "juist": true, "daarom": true, "bovendien": true, "uitdrukkelijk": true, "nadrukkelijk": true,
	"pertinent": true, "helemaal": true, "beslist": true, "zeker": true, "bijvoorbeeld": true,
	"niet": true, "onder": true, "geen": true, "beding": true,
}

// wishDat returns the index of the "dat" whose clause the wish verb at
// toks[i] ("wil", "willen", "wilde", "wilden") takes when stance adverbs
// or its inverted subject stand between ("De bond wil graag dat …", "Ook
// wil de raad per se dat …", "Daarom wilden de ouders dat …"), or -1. The
// words between are at most six, words only; a subject word is one the
// parse hangs, through its phrase, on the verb as its subject.
func (x *extractor) wishDat(toks []nl.Token, i int) int {
	if !wants[strings.ToLower(toks[i].Text)] {
		return -1
	}
	vi := x.tokenIndex(toks[i])
	for k := i + 1; k < len(toks) && k <= i+7; k++ {
		w := strings.ToLower(toks[k].Text)
		if w == "dat" {
			if k == i+1 {
				return -1 // predicateCue's own case
			}
			return k
		}
		if toks[k].Kind != nl.Word || !(isSkipWord(w) || wishAdverbs[w] || x.subjectWordOf(toks[k], vi)) {
			return -1
		}
	}
	return -1
}

// subjectWordOf reports whether the parse puts token t inside the subject
// of the verb at doc index v: t, or a head it hangs on within three steps,
// is v's nsubj ("wil de nieuwe raad dat": "de" and "nieuwe" hang on
// "raad", the subject of "wil").
func (x *extractor) subjectWordOf(t nl.Token, v int) bool {
	k := x.tokenIndex(t)
	if k < 0 || v < 0 || !x.parsed(k) || !x.parsed(v) {
		return false
	}
	for step := 0; step < 4 && k >= 0 && k < len(x.doc.Tokens); step++ {
		tk := x.doc.Tokens[k]
		if tk.Head == v {
			return strings.HasPrefix(tk.Rel, "nsubj")
		}
		k = tk.Head
	}
	return false
}

// stanceDat returns the "dat" a stance predicate at toks[i] takes
// (predicateCue), else that of a wish with adverbs or its subject between
// (wishDat), or -1.
func (x *extractor) stanceDat(toks []nl.Token, i int) int {
	if d := predicateCue(toks, i); d >= 0 {
		return d
	}
	return x.wishDat(toks, i)
}
