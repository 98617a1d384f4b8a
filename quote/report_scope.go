package quote

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// maxScope is how many sentences a report may carry on over after the
// sentence that opened it.
const maxScope = 4

// carriedFurther keeps a report open over the sentences after the one
// carriedOn carried it into: each next main clause that stays in the
// reportative conditional, with no cue, source or condition of its own,
// goes on telling what the same speaker says ("…, vertelt X aan de
// rechter. Ze zou miljoenen hebben verduisterd. Ze zou onder invloed
// staan van criminelen."). Past the first carried sentence "zou" must be
// hearsay, not the future of a past: the report that opened the scope is
// told in the present tense, or "zou" takes a perfect or "zijn"/"hebben"
// ("zouden … zijn beland", "zouden beelden zijn"); after "De landen
// spraken af dat er een fonds zou komen", "Het zou niet om extra geld
// gaan" tells the plan, not a claim. The report closes at the first
// sentence that fails carriedOn's test or this one, and after maxScope
// sentences. qs are the quotations found so far, carriedOn's among them.
func (x *extractor) carriedFurther(qs []kroniek.Quote) []kroniek.Quote {
	all := append([]kroniek.Quote(nil), qs...)
	var out []kroniek.Quote
	for range maxScope - 1 {
		var more []kroniek.Quote
		for _, q := range x.carriedOn(all) {
			if x.presentOpener(all, q.Start) || x.hearsayZou(q) {
				more = append(more, q)
			}
		}
		if len(more) == 0 {
			break
		}
		out = append(out, more...)
		all = append(all, more...)
	}
	return out
}

// presentOpener reports whether the last report with a cue before offset
// (the one a carried scope goes back to) has its cue in the present
// tense: "vertelt X", "zegt X", "stelt X dat".
func (x *extractor) presentOpener(qs []kroniek.Quote, offset int) bool {
	best := -1
	for k, q := range qs {
		if q.Kind == kroniek.QuoteIndirect && q.Cue != "" && q.CueEnd <= offset && (best < 0 || q.CueStart > qs[best].CueStart) {
			best = k
		}
	}
	if best < 0 || qs[best].Cue == "volgens" || qs[best].Cue == ":" {
		return false
	}
	v := x.tokenAt(qs[best].CueStart)
	return x.parsed(v) && x.doc.Tense(v) == nl.TensePresent
}

// hearsayZou reports whether q, a sentence in the reportative
// conditional, has "zou" with a perfect or with "zijn"/"hebben" of its
// own: "Bedrijfsgeheimen zouden via haar zijn beland", "Er zouden
// beelden zijn".
func (x *extractor) hearsayZou(q kroniek.Quote) bool {
	for k := x.tokenAt(q.Start); k >= 0 && k < len(x.doc.Tokens) && x.doc.Tokens[k].Start < q.End; k++ {
		t := x.doc.Tokens[k]
		if lw := strings.ToLower(t.Text); (lw == "hebben" || lw == "zijn") && (t.POS == nl.VERB || t.POS == nl.AUX) && t.Feats.Has(nl.FeatInf) {
			return true
		}
	}
	return false
}

// carriedPastTerms carries a report on, as carriedOn does, into a
// sentence that carriedOn leaves alone because it has quote marks, when
// those marks only set off terms ("Baudet zei dat zijn concurrenten op
// het verkeerde spoor zitten. De klimaatdoelen zouden 'extreem
// ambitieus' zijn."): the sentence follows one whose indirect report (with
// a speaker) ends in it, in the same or the next paragraph, and is a
// main clause in the reportative conditional (reportative) that no
// quotation other than a term overlaps. qs are the quotations found so
// far.
func (x *extractor) carriedPastTerms(qs []kroniek.Quote) []kroniek.Quote {
	var out []kroniek.Quote
	for si := 1; si < len(x.doc.Sentences); si++ {
		s, ps := x.doc.Sentences[si], x.doc.Sentences[si-1]
		if s.Heading || ps.Heading || s.Paragraph != ps.Paragraph && s.Paragraph != ps.Paragraph+1 || len(s.Tokens) < 5 || s.Tokens[len(s.Tokens)-1].Text == "?" || !x.hasQuote(s) {
			continue
		}
		var src *kroniek.Quote
		covered := false
		for k := range qs {
			q := &qs[k]
			if q.Kind != kroniek.QuoteTerm && q.Start < s.End && q.End > s.Start {
				covered = true
			}
			if q.Kind == kroniek.QuoteIndirect && q.End > ps.Start && q.End <= ps.End && (q.SpeakerLocal != "" || q.SpeakerText != "") {
				src = q
			}
		}
		if covered || src == nil || !x.reportative(s) {
			continue
		}
		end := len(s.Tokens)
		for end > 0 && (isTerminal(s.Tokens[end-1]) || isQuoteTok(s.Tokens[end-1]) && !x.closesInner(s.Tokens, 0, end-1)) {
			end--
		}
		end = hearsayEnd(s.Tokens, end)
		if end == 0 {
			continue
		}
		start, stop := s.Tokens[0].Start, s.Tokens[end-1].End
		q := kroniek.Quote{Start: start, End: stop, Text: x.doc.Text[start:stop], Kind: kroniek.QuoteIndirect}
		q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = src.SpeakerLocal, src.SpeakerText, src.SpeakerStart, src.SpeakerEnd
		out = append(out, q)
	}
	return out
}

// hearsayEnd returns where the reportative sentence toks[:end] stops
// being hearsay: at a semicolon after which no "zou" or "zouden" follows
// ("Ook zou er weinig kans zijn op een 'aanzuigende werking'; instellingen
// toetsen …": the writer goes on). Else end.
func hearsayEnd(toks []nl.Token, end int) int {
	for k := 1; k < end; k++ {
		if toks[k].Text != ";" {
			continue
		}
		if !slices.ContainsFunc(toks[k+1:end], func(t nl.Token) bool {
			lw := strings.ToLower(t.Text)
			return lw == "zou" || lw == "zouden"
		}) {
			return k
		}
	}
	return end
}

// uttered reports whether one word in marks is an utterance of its own:
// it opens its sentence and a speech verb right after it reports it
// (",,Geweldig!", riep X.", "'Beschamend', vindt X"), and no quotation
// goes on after the attribution ("'Ach', beweren sommigen, 'het loopt
// …'" is an interjection opening a longer quotation).
func (x *extractor) uttered(s span) bool {
	if x.speechAfter(s) == nil {
		return false
	}
	si := x.sentenceAt(s.closeEnd)
	if si < 0 {
		return false
	}
	for _, t := range x.doc.Sentences[si].Tokens {
		if t.Start >= s.closeEnd && isQuoteTok(t) {
			return false
		}
	}
	return true
}
