package resolve

import (
	"strings"
	"unicode"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// relativeNouns before "van X" make X a person: "het zusje van Lux",
// "de weduwe van Bakker". Not "man" or "vrouw" ("de man van het jaar"),
// nor "dochter", "moeder" or "vader": a firm has a dochter and a moeder,
// an idea a (geestelijk) vader.
var relativeNouns = setOf("zus", "zusje", "broer", "broertje", "zoon", "zoontje", "dochtertje",
	"opa", "oma", "kleinzoon", "kleindochter", "echtgenoot", "echtgenote", "weduwe",
	"weduwnaar", "vriendin", "vriendinnetje", "vriendje", "papa", "mama", "neefje", "nichtje")

// relativeOf reports whether token ti, a name's first word, follows a
// relative and "van": "Ze is het zusje van Lux".
func relativeOf(doc *nl.Doc, ti int) bool {
	return ti >= 2 && doc.Tokens[ti-1].Text == "van" && relativeNouns[doc.Tokens[ti-2].Text]
}

// contextKind returns what the words right around a local entity's
// mentions say it is, read from the article's text: PER for a relative
// or a title before it ("het zusje van Lux", "meneer Lux") or an age
// after it ("Lux (3)"); a body's,
// place's or work's type for a class noun right before it ("filmtheater
// Lux", "het festival Lux") or a place's preposition ("in Lux"). It
// returns "" when the article says nothing, or says a person and
// something else. Corpus keeps one-word names of two articles apart when
// their contexts disagree: a child called Lux is not the cinema Lux.
func contextKind(text string, ms []kroniek.Mention) string {
	person, other := false, ""
	for _, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start > m.End {
			continue
		}
		if agedAfter(text[m.End:]) {
			person = true
		}
		before := lowerWordsBefore(text[:m.Start], 2)
		if len(before) == 0 {
			continue
		}
		last := before[len(before)-1]
		switch {
		case personTitles[last] || len(before) == 2 && last == "van" && relativeNouns[before[0]]:
			person = true
		case placePreps[last]:
			if other == "" {
				other = kroniek.LOC
			}
		default:
			if t := classOfNoun(last); t != "" && t != kroniek.PER {
				other = t
			}
		}
	}
	switch {
	case person && other == "":
		return kroniek.PER
	case !person:
		return other
	}
	return ""
}

// agedAfter reports whether an age in brackets opens rest: "Lux (3)",
// "Lux (34)". A year (1998) or a score is no age.
func agedAfter(rest string) bool {
	rest, ok := strings.CutPrefix(rest, " (")
	if !ok {
		return false
	}
	n := 0
	for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	return n >= 1 && n <= 2 && n < len(rest) && rest[n] == ')'
}

// lowerWordsBefore returns up to n words right before the end of s, in
// text order, stopping at a sentence mark or a word that does not start
// in lower case: "Ze is het zusje van " gives [zusje van].
func lowerWordsBefore(s string, n int) []string {
	var out []string
	for len(out) < n {
		s = strings.TrimRightFunc(s, unicode.IsSpace)
		i := strings.LastIndexFunc(s, unicode.IsSpace)
		w := s[i+1:]
		if w == "" || !startsLower(w) || strings.ContainsAny(w, ".,;:!?()\"'") {
			break
		}
		out = append([]string{w}, out...)
		s = s[:i+1]
	}
	return out
}

// contextsDisagree reports whether the contexts of two local entities
// say a person in one and something else in the other.
func contextsDisagree(a, b string) bool {
	return a != "" && b != "" && a != b && (a == kroniek.PER || b == kroniek.PER)
}
