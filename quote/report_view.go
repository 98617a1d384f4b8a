package quote

import (
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// inTheEyesOf reads a main clause with "in de ogen van X" or "in de visie
// van X" (or "in zijn/haar/hun ogen", "in zijn visie") as X's view, the
// way "volgens X" is read: "Het plan is in de ogen van de bond een dure
// vergissing", "In zijn visie moet de stad …". The phrase either opens
// the sentence with the finite verb right after it ("visie" only: "In
// zijn ogen kwam zand" is an eye), or follows a main clause's finite verb
// (not one of looking: eyeVerbs); elsewhere, in a relative clause ("die in de
// ogen van X …") or as a literal eye ("wreef zand in zijn ogen", "de
// blik in haar ogen"), it is no view. The span is the whole sentence,
// the phrase inside it, as with "naar eigen zeggen"; quotation marks in
// it may only set off terms (qs are the quotations found so far). The
// speaker of "zijn/haar/hun ogen" is that possessive.
func (x *extractor) inTheEyesOf(s nl.Sentence, qs []kroniek.Quote, inside func(int) bool) (kroniek.Quote, bool) {
	toks := s.Tokens
	p, n := viewPhrase(toks)
	if p < 0 || inside(toks[0].Start) || inside(toks[len(toks)-1].Start) || !x.termsOnly(s, qs) {
		return kroniek.Quote{}, false
	}
	var sp *speaker
	if n == 4 {
		sp = x.volgensWho(toks[p+3:]) // "van X": X as after "volgens"
		if !sp.found() || sp.local == "" && !isRoleNoun(strings.ToLower(headWord(sp.text))) && !agentNoun(headWord(sp.text)) && !bodyHead(headWord(sp.text)) {
			return kroniek.Quote{}, false // "in de ogen van de wereld": nobody speaks
		}
	} else {
		t := toks[p+1]
		sp = &speaker{text: t.Text, start: t.Start, end: t.End}
	}
	if !x.viewOfClause(toks, p, n, sp) {
		return kroniek.Quote{}, false
	}
	end := len(toks)
	for end > 0 && isTerminal(toks[end-1]) {
		end--
	}
	start, stop := toks[0].Start, toks[end-1].End
	q := kroniek.Quote{Start: start, End: stop, Text: x.doc.Text[start:stop], Kind: kroniek.QuoteIndirect}
	sp.speaks(&q)
	words := make([]string, n)
	for k := range n {
		words[k] = strings.ToLower(toks[p+k].Text)
	}
	q.Cue, q.CueStart, q.CueEnd = strings.Join(words, " "), toks[p].Start, toks[p+n-1].End
	return q, true
}

// viewOfClause reports whether the view phrase at toks[p] (n words, then
// X for "van X", whose speaker is sp) stands where it reports the main
// clause: opening the sentence (perhaps after "Maar" or "En") with the
// finite verb right after it ("In zijn ogen is …"), or right after the
// finite verb of a main clause, with no subordinator or relative word in
// the clause part before it ("Het plan is in zijn ogen …"; a clause
// closed by a comma before that part may be anything: "Als het regent,
// is het in zijn ogen …").
func (x *extractor) viewOfClause(toks []nl.Token, p, n int, sp *speaker) bool {
	if p == 0 || p == 1 && isCoordinator(toks[0].Text) {
		if !strings.EqualFold(toks[p+2].Text, "visie") {
			return false // "In zijn ogen kwam zand": an eye, not a view
		}
		after := p + n
		if n == 4 {
			for after < len(toks) && toks[after].Start < sp.end {
				after++
			}
		}
		return x.finiteAt(toks, after)
	}
	if p < 2 || !x.finiteAt(toks, p-1) || eyeVerbs[x.doc.Tokens[x.tokenIndex(toks[p-1])].Lemma] {
		return false
	}
	from := 0
	for k := p - 1; k >= 0; k-- {
		if toks[k].Text == "," {
			from = k + 1
			break
		}
	}
	for _, t := range toks[from:p] {
		lw := strings.ToLower(t.Text)
		if subordinates(lw) || lw == "die" || lw == "dat" || strings.HasPrefix(lw, "waar") && len(lw) > 5 {
			return false
		}
	}
	return true
}

// eyeVerbs are the verbs whose "in zijn ogen" is the eyes themselves:
// "keek in haar ogen", "kwam zand in zijn ogen", "wreef in zijn ogen".
var eyeVerbs = map[string]bool{
	"kijken": true, "staren": true, "turen": true, "komen": true, "wrijven": true,
	"schijnen": true, "spuiten": true, "druppelen": true, "prikken": true, "branden": true,
}

// viewPhrase returns where "in de ogen/visie van" (n = 4) or "in
// zijn/haar/hun ogen/visie" (n = 3) starts in toks, or -1.
func viewPhrase(toks []nl.Token) (int, int) {
	for i := 0; i+3 < len(toks); i++ {
		if !strings.EqualFold(toks[i].Text, "in") {
			continue
		}
		if w := strings.ToLower(toks[i+2].Text); w != "ogen" && w != "visie" {
			continue
		}
		switch strings.ToLower(toks[i+1].Text) {
		case "de":
			if strings.EqualFold(toks[i+3].Text, "van") && i+4 < len(toks) {
				return i, 4
			}
		case "zijn", "haar", "hun":
			return i, 3
		}
	}
	return -1, 0
}
