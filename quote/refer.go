package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Referrer tells which entity of an article a pronoun or a definite
// description stands for, by the rules that resolve quote speakers
// ("zegt hij", "zegt de 34-jarige", "meldt het bedrijf"): the sides of an
// event are often such phrases, and are read the same way.
type Referrer struct {
	x *extractor
}

// NewReferrer reads the article's quotes once, so the persons who spoke
// count as they do for speakers, and returns the article's Referrer.
func NewReferrer(doc *nl.Doc, mentions []kroniek.Mention, locals []kroniek.LocalEntity) *Referrer {
	x := newExtractor(doc, mentions, locals)
	x.spans = findSpans(doc)
	for _, s := range x.spans {
		if q := x.direct(s, nil); q.SpeakerLocal != "" && !x.predicates[q.Start] {
			x.spoke[q.SpeakerLocal] = true
		}
	}
	return &Referrer{x: x}
}

// Refer returns the article-local key of the entity that doc token i
// stands for: a subject pronoun (hij, zij, ze) or the head of a definite
// description (de 34-jarige, het bedrijf, de premier). It returns "" when
// the token is neither, or the speaker rules find no entity.
func (r *Referrer) Refer(i int) string {
	if r == nil || i < 0 || i >= len(r.x.doc.Tokens) {
		return ""
	}
	x := r.x
	t := x.doc.Tokens[i]
	lw := strings.ToLower(t.Text)
	if subjectPronouns[lw] && lw != "we" && lw != "wij" {
		return x.pronoun(t).local
	}
	si := x.sentenceAt(t.Start)
	if si < 0 || t.Kind != nl.Word || !isLowerWord(t.Text) {
		return ""
	}
	first := x.tokenAt(x.doc.Sentences[si].Start)
	toks := x.doc.Tokens[first:]
	if e := x.tokenAt(x.doc.Sentences[si].End); e <= len(x.doc.Tokens) && e > first {
		toks = x.doc.Tokens[first:e]
	}
	k := i - first
	if k <= 0 || k >= len(toks) {
		return ""
	}
	j := k - 1
	for j > 0 && !isArticle(toks, j) && (isAdjective(toks[j].Text) || inflected(toks, j)) {
		j--
	}
	if d := strings.ToLower(toks[j].Text); d != "de" && d != "het" {
		return "" // een man, zijn advocaat: no one named before
	}
	return x.description(toks, k).local
}
