package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// writtenIn gives quoted words that a document is said to hold their
// due: "'De kans op een aanslag blijft reëel', staat in het nieuwste
// Dreigingsbeeld van de NCTV", "'…', staat te lezen onder de
// illustratie", "'…', stond er in de brief". Such words were written by
// someone, so they are a direct quotation, not a term; the body or person
// that owns the document ("het Dreigingsbeeld van de NCTV") is the speaker when the
// quotation has none. Words that stand on a banner, a window or a poster
// ("staat op het plakkaat") are slogans nobody is said to utter and stay
// terms. qs is changed in place.
func (x *extractor) writtenIn(qs []kroniek.Quote) {
	for k := range qs {
		q := &qs[k]
		if q.Kind != kroniek.QuoteTerm || len(strings.Fields(q.Text)) < 3 {
			continue
		}
		toks := x.tokensIn(q.End, min(len(x.doc.Text), q.End+200))
		i := 0
		for i < len(toks) && toks[i].Kind == nl.Punct && isQuoteTok(toks[i]) {
			i++
		}
		if i >= len(toks) || toks[i].Text != "," {
			continue
		}
		i++
		if i < len(toks) && strings.EqualFold(toks[i].Text, "zo") {
			i++
		}
		if i >= len(toks) || !standsWritten(toks[i].Text) {
			continue
		}
		i++
		if i < len(toks) && strings.EqualFold(toks[i].Text, "er") {
			i++
		}
		lezen := i+1 < len(toks) && strings.EqualFold(toks[i].Text, "te") && strings.EqualFold(toks[i+1].Text, "lezen")
		if lezen {
			i += 2
		}
		if i >= len(toks) || !(strings.EqualFold(toks[i].Text, "in") || lezen) {
			continue // "staat op het plakkaat": a slogan
		}
		q.Kind = kroniek.QuoteDirect
		if q.SpeakerLocal != "" || q.SpeakerText != "" {
			continue
		}
		for j := i + 1; j < len(toks) && j < i+12 && !isTerminal(toks[j]) && toks[j].Text != ","; j++ {
			if m, ok := x.mentionAt(toks[j].Start, toks[j].End); ok && m.Local != "" && m.Start == toks[j].Start && ownedBy(toks[:j]) {
				sp := x.fromMention(m)
				sp.speaks(q)
				break
			}
		}
	}
}

// standsWritten reports whether w is a finite form of "staan", which with
// "in" or "te lezen" says where written words stand.
func standsWritten(w string) bool {
	switch strings.ToLower(w) {
	case "staat", "stond", "staan", "stonden":
		return true
	}
	return false
}

// ownedBy reports whether toks, the words before a name, end in "van" and
// an article at most: the name owns what stands before it.
func ownedBy(toks []nl.Token) bool {
	n := len(toks)
	if n > 0 && isArticleWord(toks[n-1].Text) {
		n--
	}
	return n > 0 && strings.EqualFold(toks[n-1].Text, "van")
}
