package quote

import "strings"

// narratorsSentence reports whether the main clause of sentence si has
// the narrator for its subject ("vraag ik belet bij wethouder X", "we
// spraken met X"): such a sentence is about the one the narrator turns
// to, so a person after its preposition is who a "hij" after it means,
// rather than someone named further back ("Voordat ik Y spreek, vraag ik
// belet bij X. Hij stuurt een mail terug" is X). A column's "ik" can
// never be "hij" itself.
func (x *extractor) narratorsSentence(si int) bool {
	if si < 0 || si >= len(x.doc.Sentences) {
		return false
	}
	for _, t := range x.doc.Sentences[si].Tokens {
		r := x.tokenIndex(t)
		if !x.parsed(r) || x.doc.Tokens[r].Head >= 0 {
			continue
		}
		s := x.doc.Subject(r)
		if s < 0 || x.quoted(x.doc.Tokens[s].Start) {
			return false
		}
		switch strings.ToLower(x.doc.Tokens[s].Text) {
		case "ik", "we", "wij":
			return true
		}
		return false
	}
	return false
}
