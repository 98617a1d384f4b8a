package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// openers are function words that start sentences in the languages kroniek
// reads without a tagger; capitalised there, they are not names.
var openers = setOf("the", "a", "an", "in", "on", "at", "by", "for", "with", "from", "to", "of", "and",
	"but", "as", "after", "before", "when", "while", "if", "this", "that", "these", "those", "it", "he",
	"she", "they", "we", "i", "his", "her", "their", "our", "its", "there", "here", "according", "on",
	"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "im", "am", "und", "aber", "auch",
	"nach", "vor", "bei", "mit", "von", "zu", "für", "auf", "als", "wie", "er", "sie", "es", "wir",
	"le", "la", "les", "un", "une", "des", "du", "au", "aux", "et", "mais", "il", "elle", "ils", "elles",
	"el", "los", "las", "lo", "y", "pero", "en", "con", "por", "para")

// calendarWords are capitalised in English (and some in German and
// French titles) but name no actor.
var calendarWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
	"sonntag", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember")

// germanPreps take an article before a common noun ("in der Stadt"); a
// capitalised word right after one is a name ("in Sotschi", "mit Putin").
var germanPreps = setOf("in", "nach", "aus", "von", "bei", "mit", "gegen", "für", "über", "an", "zu")

// nameParticles may stand between the capitalised words of one name.
var nameParticles = setOf("van", "de", "der", "den", "ter", "ten", "von", "zu", "da", "di", "del",
	"della", "du", "le", "la", "al", "el", "bin", "ibn", "dos", "das", "y")

// capitalNames finds names by their capitals, for articles in languages
// without a tagger: runs of capitalised words (with particles inside). A
// run that opens a sentence loses its opening function words; a run of
// one word needs evidence that it is a name: it stands inside a sentence
// (English, French: nouns are lower case) or, in German, where every noun
// is capitalised, it also occurs in a longer run (Lukaschenko after
// Alexander Lukaschenko) or follows a preposition without an article
// ("in Sotschi").
func capitalNames(doc *nl.Doc) []kroniek.Mention {
	type run struct {
		start, end, words int
		afterPrep         bool // a German preposition without article before it: "in Sotschi"
	}
	var runs []run
	inLong := map[string]bool{}
	upper := func(t nl.Token) bool {
		r, _ := utf8.DecodeRuneInString(t.Text)
		return t.Kind == nl.Word && unicode.IsUpper(r)
	}
	for _, s := range doc.Sentences {
		toks := s.Tokens
		caps := 0
		for _, t := range toks {
			if t.Kind == nl.Word && strings.ToUpper(t.Text) == t.Text {
				caps++
			}
		}
		if caps*2 > len(toks) {
			continue // a headline in capitals
		}
		for i := 0; i < len(toks); i++ {
			if !upper(toks[i]) {
				continue
			}
			first := i
			if i == 0 || (i > 0 && toks[i-1].Kind == nl.Punct && i == 1) {
				for first < len(toks) && upper(toks[first]) && (openers[strings.ToLower(toks[first].Text)] || nl.IsStopword(strings.ToLower(toks[first].Text))) {
					first++
				}
			}
			j := i
			for j < len(toks) {
				if upper(toks[j]) {
					j++
					continue
				}
				p := j
				for p < len(toks) && nameParticles[toks[p].Text] {
					p++
				}
				if p > j && p < len(toks) && upper(toks[p]) {
					j = p + 1
					continue
				}
				break
			}
			if first < j {
				words := 0
				for _, t := range toks[first:j] {
					if t.Kind == nl.Word {
						words++
					}
				}
				opensSentence := first == 0 || i <= 1
				if words == 1 && opensSentence && first == i {
					// one capitalised word opening a sentence: a name only
					// if the text has it elsewhere in a longer run
					runs = append(runs, run{start: toks[first].Start, end: toks[j-1].End, words: -1})
				} else {
					afterPrep := first > 0 && germanPreps[strings.ToLower(toks[first-1].Text)]
					runs = append(runs, run{toks[first].Start, toks[j-1].End, words, afterPrep})
				}
				if words >= 2 {
					for _, t := range toks[first:j] {
						inLong[t.Text] = true
					}
				}
			}
			i = j - 1
		}
	}
	german := doc.Lang == "de"
	var out []kroniek.Mention
	for _, r := range runs {
		text := doc.Text[r.start:r.end]
		if calendarWords[strings.ToLower(text)] {
			continue
		}
		switch {
		case r.words >= 2:
		case r.words == 1 && !german:
		case inLong[text], r.afterPrep:
		default:
			continue
		}
		out = append(out, kroniek.Mention{Start: r.start, End: r.end, Text: text})
	}
	return out
}
