package quote

import (
	"strings"

	"github.com/kroniek/kroniek/nl"
)

// utteranceVerbs are the speech verbs whose object may be the very words
// said: "had de rechter 'een stapel stenen' genoemd", "die 'dag meneer'
// tegen me zei", "'nooit meer oorlog' riepen".
var utteranceVerbs = map[string]bool{
	"zeggen": true, "noemen": true, "roepen": true, "uit|roepen": true, "schreeuwen": true,
	"scanderen": true, "fluisteren": true, "antwoorden": true, "twitteren": true, "tweeten": true,
	"verzuchten": true, "zuchten": true, "herhalen": true,
}

// verbChain are the words that may stand between the closing mark and
// such a verb: auxiliaries of its tense ("'Q' had genoemd", "'Q' zou
// roepen").
var verbChain = map[string]bool{
	"had": true, "hadden": true, "heeft": true, "hebben": true, "heb": true,
	"zou": true, "zouden": true, "zal": true, "zullen": true, "eerder": true,
}

// spokenAfter returns the token of the verb of saying whose object a few
// quoted words inside the narration are, the verb closing the clause right
// after them
// ("had ze de plannen 'volstrekt onhaalbaar' genoemd", "een man die
// 'hou op' tegen hem riep"): the words were said, whoever said them. Not
// a passive, which names a thing ("wat de 'Nobelprijs van de wiskunde'
// wordt genoemd"), and not a name a group gives itself ("die zich
// 'Vrienden van het bos' noemt"). -1 when there is none.
func (x *extractor) spokenAfter(s span) int {
	text := x.doc.Text[s.innerStart:s.innerEnd]
	if len(strings.Fields(text)) < 2 || isCapitalised(text) {
		return -1
	}
	toks := x.tokensIn(s.closeEnd, x.doc.Sentences[x.sentenceAt(max(s.open, s.closeEnd-1))].End)
	i := 0
	for i < len(toks) && i < 3 {
		lw := strings.ToLower(toks[i].Text)
		switch {
		case verbChain[lw]:
			i++
			continue
		case (lw == "tegen" || lw == "naar") && i+1 < len(toks) && toks[i+1].Kind == nl.Word:
			i += 2
			continue
		}
		break
	}
	if i >= len(toks) {
		return -1
	}
	_, lemma, n := matchCue(toks[i:])
	if n == 0 || !utteranceVerbs[lemma] {
		return -1
	}
	if pt, ok := x.parsedAt(toks[i]); ok && pt.POS != nl.VERB {
		return -1
	}
	before := x.tokensIn(x.doc.Sentences[x.sentenceAt(s.open)].Start, s.open)
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		if strings.EqualFold(before[k].Text, "zich") {
			return -1
		}
	}
	return x.tokenIndex(toks[i])
}
