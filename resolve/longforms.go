// This file holds names made whole from pieces the tagger cut (an
// acronym's long form, a treaty named after its town, a body named after
// its leader) and the possessive written with a bare apostrophe.

package resolve

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// bracketLongForms makes one name of the capitalised words an acronym in
// brackets spells when the tagger or the knowledge base cut them into
// pieces: "Ladies Professional Golf Association (LPGA)", "Inspectie
// Leefomgeving en Transport (ILT)", "Amsterdam Trade Bank (ATB)". The
// words must each be capitalised (the small words acronyms leave out
// aside), at least two, and their initials must spell the acronym
// exactly; the pieces inside give way to the whole, a body (ORG). A name
// that begins before the words ("ministerie van …") stays as it is. cs
// is sorted by start.
func bracketLongForms(doc *nl.Doc, cs []cand) []cand {
	for ti := 2; ti+2 < len(doc.Tokens); ti++ {
		open, acrTok, cls := doc.Tokens[ti-1], doc.Tokens[ti], doc.Tokens[ti+1]
		if open.Text != "(" || cls.Text != ")" || acrTok.Kind != nl.Word {
			continue
		}
		acr := acrTok.Text
		n := utf8.RuneCountInString(acr)
		if n < 2 || n > 7 || upperCount(acr) < 2 || !startsUpper(acr) {
			continue
		}
		start, end, words := longFormSpan(doc, ti-2, strings.ToLower(acr))
		if words < 2 {
			continue
		}
		cs = replaceSpan(doc, cs, start, end)
	}
	return cs
}

// longFormSpan walks back from token last over the capitalised words
// whose initials spell acr (lower case) and returns their span and
// count, or a count of 0 when they do not spell it.
func longFormSpan(doc *nl.Doc, last int, acr string) (start, end, words int) {
	if doc.Tokens[last].Kind != nl.Word {
		return 0, 0, 0
	}
	want := []rune(acr)
	k := len(want)
	for j := last; j >= 0 && j > last-12 && k > 0; j-- {
		t := doc.Tokens[j]
		if t.Kind != nl.Word || strings.Contains(doc.Text[t.End:doc.Tokens[j+1].Start], "\n") {
			return 0, 0, 0
		}
		lw := strings.ToLower(t.Text)
		if acronymSkips[lw] && j != last && k < len(want) {
			continue // "van", "en" inside the name
		}
		r, _ := utf8.DecodeRuneInString(lw)
		if !startsUpper(t.Text) || r != want[k-1] {
			return 0, 0, 0
		}
		k--
		words++
		start = t.Start
	}
	if k > 0 {
		return 0, 0, 0
	}
	return start, doc.Tokens[last].End, words
}

// replaceSpan puts one body's name over [start, end) in place of the
// names inside it; it leaves cs alone when a name runs over an edge of
// the span or one name already covers it.
func replaceSpan(doc *nl.Doc, cs []cand, start, end int) []cand {
	inside := 0
	for _, c := range cs {
		switch {
		case c.start == start && c.end == end:
			return cs
		case c.start >= start && c.end <= end:
			inside++
		case c.start < end && c.end > start:
			return cs // "ministerie van Landbouw, …", a name over the edge
		}
	}
	if inside == 0 {
		return cs // no piece of it was found as a name
	}
	out := make([]cand, 0, len(cs)+1)
	added := false
	for _, c := range cs {
		if c.start >= start && c.end <= end {
			continue
		}
		if !added && c.start >= end {
			out = append(out, cand{start: start, end: end, typ: kroniek.ORG, classTyped: true})
			added = true
		}
		out = append(out, c)
	}
	if !added {
		out = append(out, cand{start: start, end: end, typ: kroniek.ORG, classTyped: true})
	}
	return out
}

// bareApostrophe returns the length of the possessive apostrophe after
// the name at [start, end), a person's ending in s, x or z, "Velvis' wijk", "Max' eetkamer",
// "Jezus' dood" (Dutch writes no s after a sibilant): the possessive as
// printed is the mention's form. It returns 0 when the word after is not
// in lower case or the apostrophe may close a quote opened earlier in
// the sentence ("de expo 'Contemporary Muslim Fashions' opende").
func bareApostrophe(doc *nl.Doc, start, end int) int {
	if end <= start || end > len(doc.Text) {
		return 0
	}
	last := doc.Text[end-1]
	if last != 's' && last != 'x' && last != 'z' {
		return 0
	}
	rest := doc.Text[end:]
	n := 0
	switch {
	case strings.HasPrefix(rest, "' "):
		n = 1
	case strings.HasPrefix(rest, "’ "):
		n = len("’")
	default:
		return 0
	}
	if !startsLower(rest[n+1:]) {
		return 0
	}
	ti := tokenIndex(doc, start)
	si := doc.SentenceOf(ti)
	if si < 0 {
		return 0
	}
	if openSingleQuote(doc.Text[doc.Sentences[si].Start:start]) {
		return 0
	}
	return n
}

// openSingleQuote reports whether s holds a single quote mark that opens
// a quotation and none that closes it after: an opening mark follows a
// space or a bracket and comes before a letter, not as the elision of
// 's, 't or 'n.
func openSingleQuote(s string) bool {
	open := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\'' || r == '‘' || r == '’' {
			before := i == 0 || s[i-1] == ' ' || s[i-1] == '(' || s[i-1] == '['
			after := s[i+size:]
			nr, _ := utf8.DecodeRuneInString(after)
			elision := len(after) >= 2 && (after[0] == 's' || after[0] == 't' || after[0] == 'n') && (after[1] == ' ' || after[1] == '-')
			switch {
			case before && r != '’' && unicode.IsLetter(nr) && !elision || before && unicode.IsDigit(nr) && r == '‘':
				open = true
			case !before && open && (after == "" || !unicode.IsLetter(nr)):
				open = false
			}
		}
		i += size
	}
	return open
}

// treatyHeads end the nouns that name an agreement after the town where
// it was made: "het klimaatakkoord van Parijs", "het Verdrag van
// Lissabon", "het protocol van Kyoto".
var treatyHeads = []string{"akkoord", "verdrag", "protocol"}

// dropHyphensSpaces joins a treaty's words (built once, not per candidate).
var dropHyphensSpaces = strings.NewReplacer("-", "", " ", "")

// treatyNames makes one name (MISC) of an agreement's noun, "van" and
// the town it is named after, which the tagger gave as the town alone
// (or the noun and the town apart): "klimaatakkoord van Parijs" is no
// mention of Paris. A one-word compound of the town and the noun in the
// same article ("het Parijsakkoord") is its short form. A country after
// "van" is a party to an agreement, not its name ("het akkoord van
// Libië met …"), and is left alone. cs is sorted by start.
func treatyNames(doc *nl.Doc, cs []cand) []cand {
	var treaties []string // "parijs\x00akkoord" → the treaty's text, by index
	var texts []string
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if c.typ != kroniek.LOC || c.entry != nil && c.entry.Kind != kb.KindCity && c.entry.Kind != kb.KindCapital || strings.Contains(c.text(doc), " ") {
			continue
		}
		ti := tokenIndex(doc, c.start)
		if ti < 2 || doc.Tokens[ti].Start != c.start || doc.Tokens[ti-1].Text != "van" {
			continue
		}
		h := doc.Tokens[ti-2]
		lh := strings.ToLower(h.Text)
		head := ""
		for _, th := range treatyHeads {
			if strings.HasSuffix(lh, th) {
				head = th
			}
		}
		if h.Kind != nl.Word || head == "" || strings.Contains(doc.Text[h.End:c.start], "\n") {
			continue
		}
		// the noun may be a name of its own already ("Klimaatakkoord")
		j := i
		if i > 0 && cs[i-1].end > h.Start {
			if cs[i-1].start != h.Start || cs[i-1].end != h.End || cs[i-1].entry != nil || cs[i-1].role != "" {
				continue
			}
			j = i - 1
		}
		t := cand{start: h.Start, end: c.end, typ: kroniek.MISC, classTyped: true}
		treaties = append(treaties, kb.Fold(c.text(doc))+"\x00"+head)
		texts = append(texts, doc.Text[t.start:t.end])
		cs = append(cs[:j], append([]cand{t}, cs[i+1:]...)...)
		i = j
	}
	if len(treaties) == 0 {
		return cs
	}
	for i := range cs {
		c := &cs[i]
		w := kb.Fold(dropHyphensSpaces.Replace(c.text(doc)))
		for k, tr := range treaties {
			place, head, _ := strings.Cut(tr, "\x00")
			if w == place+head && c.shortOf == "" {
				c.shortOf, c.typ = texts[k], kroniek.MISC // het Parijsakkoord
			}
		}
	}
	return cs
}

// leaderBodies are the bodies Dutch names after their leader with a
// hyphen: "de regering-Macron", "de commissie-Knottnerus" (cabinets,
// "kabinet-Rutte", are cabinets'). "het regime-Videla" is left to its
// dictator: a regime is read as the man as often as the body.
var leaderBodies = setOf("regering", "commissie")

// leaderBodyNames makes a body of a leader's name hyphenated to such a
// noun: "regering-Trump" is the Trump administration (ORG), not a
// mention of Trump. cs is sorted by start; so is the result.
func leaderBodyNames(doc *nl.Doc, cs []cand) []cand {
	added := false
	for _, tok := range doc.Tokens {
		noun, rest, ok := strings.Cut(tok.Text, "-")
		if tok.Kind != nl.Word || !ok || !leaderBodies[noun] || !startsUpper(rest) || strings.ContainsAny(rest, "-0123456789") {
			continue
		}
		i := sort.Search(len(cs), func(i int) bool { return cs[i].end > tok.Start })
		switch {
		case i < len(cs) && cs[i].start < tok.End && (cs[i].start < tok.Start || cs[i].end > tok.End):
			continue // a longer name holds it
		case i < len(cs) && cs[i].start < tok.End:
			c := &cs[i]
			c.start, c.end, c.typ, c.entry, c.weak, c.fromKB, c.role, c.classTyped = tok.Start, tok.End, kroniek.ORG, nil, false, false, "", true
			c.metonym, c.standsFor, c.shortOf = false, "", ""
		default:
			cs = append(cs, cand{start: tok.Start, end: tok.End, typ: kroniek.ORG, classTyped: true})
			added = true
		}
	}
	if added {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	}
	return cs
}

// arabicArticle widens a name to the Arabic article "Al" written before
// it as a capitalised word of its own: "kamp Al Hol", "de Arnhemse Al
// Fath-moskee", "vluchtelingenkamp Al Hawl" (the tagger took Hol, Fath
// and Hawl). "Al" that opens a sentence is the Dutch adverb ("Al Baudet
// zijn dure woorden …") unless the article also writes the name with it
// inside a sentence.
func arabicArticle(doc *nl.Doc, cs []cand) {
	inside := map[string]bool{} // names the article writes after "Al" inside a sentence
	for i := 1; i+1 < len(doc.Tokens); i++ {
		if doc.Tokens[i].Text == "Al" && doc.Tokens[i].End+1 == doc.Tokens[i+1].Start && !startsSentence(doc, doc.Tokens[i].Start) {
			inside[doc.Tokens[i+1].Text] = true
		}
	}
	if len(inside) == 0 {
		return
	}
	for j := range cs {
		c := &cs[j]
		ti := tokenIndex(doc, c.start)
		if ti < 1 || doc.Tokens[ti].Start != c.start || !inside[doc.Tokens[ti].Text] {
			continue
		}
		al := doc.Tokens[ti-1]
		if al.Text != "Al" || al.End+1 != c.start || j > 0 && cs[j-1].end > al.Start {
			continue
		}
		c.start = al.Start
	}
}
