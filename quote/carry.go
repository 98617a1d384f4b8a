package quote

import (
	"sort"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// carriedOn finds sentences that carry on a report in the reportative
// conditional: right after a sentence whose reported clause ends in it,
// a main clause with "zou" or "zouden" (or a demand a connective adds:
// "Daarnaast moet …") and no cue of its own goes on telling what the
// same speaker says ("Volgens hem was er een conflict. Daarna zouden
// leerlingen zijn opgehitst …"). A condition ("als", "dan",
// "anders", "in dat geval") is the writer's reasoning, and "zou" in a
// subordinate clause ("de toezegging dat X zou komen") a tense, not a
// report. Nor is a sentence that opens with a subordinator or speaks in
// the first person.
func (x *extractor) carriedOn(qs []kroniek.Quote) []kroniek.Quote {
	sorted := append([]kroniek.Quote(nil), qs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	covered := func(s nl.Sentence) bool {
		for _, q := range sorted {
			if q.Start < s.End && q.End > s.Start {
				return true
			}
		}
		return false
	}
	var out []kroniek.Quote
	for si := 1; si < len(x.doc.Sentences); si++ {
		s, ps := x.doc.Sentences[si], x.doc.Sentences[si-1]
		if s.Heading || ps.Heading || s.Paragraph != ps.Paragraph && s.Paragraph != ps.Paragraph+1 || len(s.Tokens) < 5 || s.Tokens[len(s.Tokens)-1].Text == "?" || x.hasQuote(s) || covered(s) {
			continue
		}
		var src *kroniek.Quote
		for k := range sorted {
			q := &sorted[k]
			if q.Kind == kroniek.QuoteIndirect && q.End > ps.Start && q.End <= ps.End && (q.SpeakerLocal != "" || q.SpeakerText != "") {
				src = q
			}
		}
		if src == nil || !x.reportative(s) {
			continue
		}
		end := len(s.Tokens)
		for end > 0 && isTerminal(s.Tokens[end-1]) {
			end--
		}
		start, stop := s.Tokens[0].Start, s.Tokens[end-1].End
		q := kroniek.Quote{Start: start, End: stop, Text: x.doc.Text[start:stop], Kind: kroniek.QuoteIndirect}
		q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = src.SpeakerLocal, src.SpeakerText, src.SpeakerStart, src.SpeakerEnd
		out = append(out, q)
	}
	return out
}

// reportative reports whether sentence s is a main clause in the
// reportative conditional with no cue and no condition of its own.
func (x *extractor) reportative(s nl.Sentence) bool {
	if len(s.Tokens) == 0 || subordinates(strings.ToLower(s.Tokens[0].Text)) {
		return false // "Terwijl het logischer zou zijn …": the writer's argument
	}
	// "Volgens Sjoerdsma moet Blok om uitleg vragen. Daarnaast moet de
	// onderscheiding worden ingetrokken.": a demand that a connective adds
	// to the one reported goes on with it.
	zou := len(s.Tokens) > 2 && addsTo(strings.ToLower(s.Tokens[0].Text)) && (strings.EqualFold(s.Tokens[1].Text, "moet") || strings.EqualFold(s.Tokens[1].Text, "moeten"))
	for i, t := range s.Tokens {
		lw := strings.ToLower(t.Text)
		switch {
		case lw == "als" || lw == "indien" || lw == "wanneer" || lw == "anders" || lw == "dan" || lw == "geval" || lw == "stel":
			return false
		case lw == "volgens":
			return false // a source of its own
		case lw == "ik" || lw == "we" || lw == "wij" || lw == "mijn" || lw == "ons" || lw == "onze":
			return false // "Ik zou dat toejuichen": the writer, or a quotation the marks lost
		}
		if _, _, n := matchCue(s.Tokens[i:]); n > 0 && x.verbAt(t) {
			return false
		}
		if lw != "zou" && lw != "zouden" {
			continue
		}
		k := x.tokenIndex(t)
		if !x.parsed(k) {
			return false
		}
		h := x.doc.Tokens[k].Head
		if h < 0 || h >= 0 && x.doc.Tokens[h].Head < 0 && (x.doc.Tokens[k].Rel == "aux" || x.doc.Tokens[k].Rel == "aux:pass") {
			zou = true
		}
	}
	return zou
}

// addsTo reports whether w, opening a sentence, adds to what the sentence
// before said: "Daarnaast", "Bovendien", "Verder", "Tevens", "Ook".
func addsTo(w string) bool {
	switch w {
	case "daarnaast", "bovendien", "verder", "tevens", "ook":
		return true
	}
	return false
}
