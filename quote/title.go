package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Title finds the quotation an article's headline makes, with offsets
// into the title. title is the headline parsed as a document of its own
// and titleMentions its names (resolve.Title: local keys shared with the
// text); doc, mentions and locals are the article's text and its names,
// and quotes what Extract found in the text. Two headlines quote:
//
//   - a colon lede, "Hoekstra: 'schokfonds' EU desnoods zonder Nederland"
//     or "Transportsector: houd tunnel open": the name (or the one person
//     or body noun) before the colon says the rest, direct when the rest
//     is all in marks, else indirect;
//   - a headline in marks, "'Hete zomer van 2018 kwam door de mens'",
//     perhaps with a kicker after it ("'…'. Interview Rob Jetten"): its
//     speaker is the speaker of the text's quotation that repeats it,
//     else a person the kicker names, else the speaker of a quotation in
//     the text's first two sentences (the lede that reports it), else
//     the subject of the first sentence when it repeats a long word of
//     the headline (ledeSubject), else for words in the first person, the
//     one person the text quotes most (mainVoice), else nobody.
//
// Quoted words inside a headline of the writer's ("Boeven van 'La Casa de
// Papel'") are no quotation. The result is nil or one quotation.
func Title(title *nl.Doc, titleMentions []kroniek.Mention, doc *nl.Doc, mentions []kroniek.Mention, locals []kroniek.LocalEntity, quotes []kroniek.Quote) []kroniek.Quote {
	if title == nil || len(title.Tokens) == 0 {
		return nil
	}
	if q, ok := quotedHeadline(title, titleMentions, doc, mentions, locals, quotes); ok {
		return []kroniek.Quote{q}
	}
	if q, ok := colonLede(title, titleMentions, locals); ok {
		return []kroniek.Quote{q}
	}
	if q, ok := trailingLede(title, titleMentions, locals); ok {
		return []kroniek.Quote{q}
	}
	return nil
}

// trailingLede reads a headline that ends with its attribution:
// "Extremisme groeit, zegt de AIVD", "Het dorp moet blijven, vinden
// bewoners": after the last comma of the first sentence a speech verb of
// the lexicon and its subject end the headline (a kicker may follow a full
// stop), a person or body the tagger found, a noun for people who speak,
// or one bare word after a plural verb; the three words or more before
// the comma, with no quotation mark, are what it says.
func trailingLede(title *nl.Doc, tms []kroniek.Mention, locals []kroniek.LocalEntity) (kroniek.Quote, bool) {
	toks := title.Sentences[0].Tokens
	c := -1
	for k := len(toks) - 1; k > 0; k-- {
		if toks[k].Text == "," {
			c = k
			break
		}
	}
	if c < 3 || c+2 >= len(toks) || slices.ContainsFunc(toks[:c], isQuoteTok) {
		return kroniek.Quote{}, false
	}
	cue, lemma, n := matchCue(toks[c+1:])
	if n == 0 || lemma == "noemen" {
		return kroniek.Quote{}, false
	}
	from := c + 1 + n
	end := from
	for end < len(toks) && !isTerminal(toks[end]) {
		end++ // a kicker may follow the full stop: "…, zegt X. brexit"
	}
	if end <= from {
		return kroniek.Quote{}, false
	}
	q := kroniek.Quote{Start: toks[0].Start, End: toks[c-1].End, Kind: kroniek.QuoteIndirect, Cue: cue, CueStart: toks[c+1].Start, CueEnd: toks[c+n].End}
	q.Text = title.Text[q.Start:q.End]
	sStart, sEnd := toks[from].Start, toks[end-1].End
	for _, m := range tms {
		if m.Start >= sStart && m.End == sEnd {
			if t := typeOf(m, locals); m.Local == "" || t != kroniek.PER && t != kroniek.ORG {
				return kroniek.Quote{}, false
			}
			q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = m.Local, m.Text, m.Start, m.End
			return q, true
		}
	}
	if w := toks[from].Text; end-from != 1 || !isLowerWord(w) || !speakingNoun(strings.ToLower(w)) && !strings.HasSuffix(strings.ToLower(cue), "en") {
		return kroniek.Quote{}, false // a bare plural after a plural verb speaks: "…, zeggen omwonenden"
	}
	q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = toks[from].Text, sStart, sEnd
	return q, true
}

// quotedHeadline reads a headline that opens with a quotation making up
// its first sentence.
func quotedHeadline(title *nl.Doc, tms []kroniek.Mention, doc *nl.Doc, mentions []kroniek.Mention, locals []kroniek.LocalEntity, quotes []kroniek.Quote) (kroniek.Quote, bool) {
	spans := findSpans(title)
	text := title.Text
	if len(spans) == 0 || strings.TrimSpace(text[:spans[0].open]) != "" {
		return kroniek.Quote{}, false
	}
	s := spans[0]
	if rest := strings.TrimLeft(text[s.closeEnd:], ".!?"); rest != "" && rest[0] != ' ' {
		return kroniek.Quote{}, false
	} else if rest := strings.TrimSpace(text[s.closeEnd:]); rest != "" && !strings.ContainsAny(rest[:1], ".!?") {
		return kroniek.Quote{}, false // "'Nee' zeggen kun je leren"
	}
	inner := strings.TrimSpace(text[s.innerStart:s.innerEnd])
	if len(strings.Fields(inner)) < 3 {
		return kroniek.Quote{}, false
	}
	q := kroniek.Quote{Start: s.innerStart, End: s.innerEnd, Text: text[s.innerStart:s.innerEnd], Kind: kroniek.QuoteDirect}
	if r, ok := repeated(inner, quotes); ok {
		q.SpeakerLocal, q.SpeakerText = r.SpeakerLocal, r.SpeakerText
		return q, true
	}
	for _, m := range tms {
		if m.Start >= s.closeEnd && m.Local != "" && typeOf(m, locals) == kroniek.PER {
			q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = m.Local, m.Text, m.Start, m.End
			return q, true
		}
	}
	if doc != nil && len(doc.Sentences) > 0 {
		end := doc.Sentences[min(1, len(doc.Sentences)-1)].End
		for _, b := range quotes {
			if b.Start < end && b.Kind != kroniek.QuoteTerm && (b.SpeakerLocal != "" || b.SpeakerText != "") {
				q.SpeakerLocal, q.SpeakerText = b.SpeakerLocal, b.SpeakerText
				return q, true
			}
		}
	}
	if m, ok := ledeSubject(inner, doc, mentions, locals); ok {
		q.SpeakerLocal, q.SpeakerText = m.Local, m.Text
		return q, true
	}
	if v, ok := mainVoice(quotes, locals); ok && firstPerson(inner) {
		q.SpeakerLocal, q.SpeakerText = v.SpeakerLocal, v.SpeakerText
	}
	return q, true
}

// ledeSubject returns the person or body that is the subject of the
// text's first sentence when that sentence repeats a long word of the
// headline's quotation: "'Maak betalen voor seks ook hier strafbaar'" over
// "Jongerenbeweging Exxpose wil seks kopen strafbaar maken …"; or the one
// a "Dat zegt X" after it names.
func ledeSubject(inner string, doc *nl.Doc, mentions []kroniek.Mention, locals []kroniek.LocalEntity) (kroniek.Mention, bool) {
	if doc == nil || len(doc.Sentences) == 0 || !doc.Parsed(0) {
		return kroniek.Mention{}, false
	}
	s0 := doc.Sentences[0]
	shared := false
	lede := wordSet(doc.Text[s0.Start:s0.End])
	for w := range wordSet(inner) {
		if len(w) >= 6 && lede[w] {
			shared = true
		}
	}
	if !shared {
		return kroniek.Mention{}, false
	}
	// "Justitie leverde zelf 'het ontlastende bewijs'. Dat zegt
	// opiniemaker Maurice de Hond.": the one the next sentence says it is.
	if len(doc.Sentences) > 1 {
		if s1 := doc.Sentences[1]; len(s1.Tokens) > 2 && isDemonstrative(s1.Tokens[0].Text) {
			if _, _, n := matchCue(s1.Tokens[1:]); n > 0 {
				for _, m := range mentions {
					if m.Start >= s1.Start && m.Start < s1.End && m.Local != "" && (typeOf(m, locals) == kroniek.PER || typeOf(m, locals) == kroniek.ORG) {
						return m, true
					}
				}
				return kroniek.Mention{}, false
			}
		}
	}
	for _, m := range mentions {
		if m.Start < s0.Start || m.Start >= s0.End || m.Local == "" {
			continue
		}
		if t := typeOf(m, locals); t != kroniek.PER && t != kroniek.ORG {
			continue
		}
		k := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].End > m.Start })
		for n := 0; n < 3 && k < len(doc.Tokens) && doc.Tokens[k].Head >= 0 && (doc.Tokens[k].Rel == "flat" || doc.Tokens[k].Rel == "appos"); n++ {
			k = doc.Tokens[k].Head // "Jongerenbeweging Exxpose"
		}
		if k < len(doc.Tokens) && strings.HasPrefix(doc.Tokens[k].Rel, "nsubj") {
			return m, true
		}
		return kroniek.Mention{}, false // the first name of the lede is not its subject
	}
	return kroniek.Mention{}, false
}

// mainVoice returns a quotation of the person the text quotes most, when
// that person speaks at least three times and in two of every three
// attributed quotations: the one voice of the article, whom a headline in
// marks in the first person quotes when no quotation of the text repeats
// it ("'Als ik zwijg, winnen de bedreigers'" over an interview). A claim
// in the third person ("'Hete zomer kwam door de mens'") may sum up
// others: it stays unattributed.
func mainVoice(quotes []kroniek.Quote, locals []kroniek.LocalEntity) (kroniek.Quote, bool) {
	count := map[string]int{}
	first := map[string]kroniek.Quote{}
	all := 0
	for _, b := range quotes {
		if b.Kind == kroniek.QuoteTerm || b.SpeakerLocal == "" {
			continue
		}
		all++
		count[b.SpeakerLocal]++
		if _, ok := first[b.SpeakerLocal]; !ok {
			first[b.SpeakerLocal] = b
		}
	}
	for l, n := range count {
		if n >= 3 && 3*n >= 2*all && typeOf(kroniek.Mention{Local: l}, locals) == kroniek.PER {
			return first[l], true
		}
	}
	return kroniek.Quote{}, false
}

// repeated returns the text's quotation that repeats most of the
// headline's words.
func repeated(head string, quotes []kroniek.Quote) (kroniek.Quote, bool) {
	hw := wordSet(head)
	for _, b := range quotes {
		if b.Kind == kroniek.QuoteTerm || b.SpeakerLocal == "" && b.SpeakerText == "" {
			continue
		}
		bw := wordSet(b.Text)
		n := 0
		for w := range hw {
			if bw[w] {
				n++
			}
		}
		if len(hw) > 0 && 5*n >= 3*len(hw) {
			return b, true
		}
	}
	return kroniek.Quote{}, false
}

// wordSet returns the lower-case words of s.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out[w] = true
	}
	return out
}

// typeOf returns the type of m's local entity, else m's own.
func typeOf(m kroniek.Mention, locals []kroniek.LocalEntity) string {
	for _, l := range locals {
		if l.Key == m.Local {
			return l.Type
		}
	}
	return m.Type
}

// colonLede reads "X: rest" in the headline's first sentence, where X is
// a name of a person or an organisation (with its role words before it:
// "Minister Hoekstra") or one noun of a person, a group or a body
// ("Transportsector", "Provincie").
func colonLede(title *nl.Doc, tms []kroniek.Mention, locals []kroniek.LocalEntity) (kroniek.Quote, bool) {
	text := title.Text
	sent := title.Sentences[0]
	c := strings.Index(text[sent.Start:sent.End], ": ")
	if c <= 0 {
		return kroniek.Quote{}, false
	}
	c += sent.Start
	start, end := c+2, sent.End
	for end > start && strings.ContainsRune(" .", rune(text[end-1])) {
		end--
	}
	if len(strings.Fields(text[start:end])) < 2 || !verbOrMarks(title, start, end) {
		return kroniek.Quote{}, false // "Radboudumc: half miljoen voor onderzoek artrose"
	}
	q := kroniek.Quote{Start: start, End: end, Text: text[start:end], Kind: kroniek.QuoteIndirect, Cue: ":", CueStart: c, CueEnd: c + 1}
	for _, s := range findSpans(title) {
		if s.open == start && s.closeEnd >= end {
			q.Start, q.End, q.Text, q.Kind = s.innerStart, s.innerEnd, text[s.innerStart:s.innerEnd], kroniek.QuoteDirect
		}
	}
	whole := q.Kind == kroniek.QuoteDirect
	if m, ok := ledeName(title, tms, locals, sent.Start, c, whole); ok {
		q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = m.Local, m.Text, m.Start, m.End
		return q, true
	}
	lead := strings.TrimSpace(text[sent.Start:c])
	if strings.ContainsAny(lead, " -") || !unicode.IsUpper([]rune(lead)[0]) || !speakingNoun(strings.ToLower(lead)) {
		return kroniek.Quote{}, false
	}
	q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = lead, sent.Start, c
	return q, true
}

// ledeName returns the person or organisation that speaks a colon lede
// ending at c: the name just before the colon, after role words
// ("Minister Hoekstra: …") or, when what follows is all in marks, after
// any capitalised words ("Ajacied Van de Beek: '…'"); or, before a
// quotation in marks, the name opening a clause of its own ("D66 slikt
// zetelverlies: 'Het valt nog wel mee'").
func ledeName(title *nl.Doc, tms []kroniek.Mention, locals []kroniek.LocalEntity, from, c int, whole bool) (kroniek.Mention, bool) {
	speaks := func(m kroniek.Mention) bool {
		t := typeOf(m, locals)
		return m.Local != "" && (t == kroniek.PER || t == kroniek.ORG)
	}
	for _, m := range tms {
		if m.End != c {
			continue
		}
		if !speaks(m) {
			return kroniek.Mention{}, false
		}
		before := strings.Fields(title.Text[from:m.Start])
		for _, w := range before {
			if !isRoleNoun(strings.ToLower(w)) && !(whole && len(before) <= 2 && isCapitalised(w)) {
				return kroniek.Mention{}, false
			}
		}
		return m, true
	}
	if !whole || !verbOrMarks(title, from, c) {
		return kroniek.Mention{}, false
	}
	for _, m := range tms {
		if m.Start == from && m.End < c && speaks(m) {
			return m, true
		}
	}
	return kroniek.Mention{}, false
}

// verbOrMarks reports whether title[start:end] has a verb or a quotation
// mark: a statement, not a label ("Malnoia Trio: tussen jazz en
// kamermuziek").
func verbOrMarks(title *nl.Doc, start, end int) bool {
	for _, t := range title.Tokens {
		if t.Start >= start && t.End <= end && (t.POS == nl.VERB || t.POS == nl.AUX || isQuoteTok(t)) {
			return true
		}
	}
	return false
}

// headlineBodies are heads of a group or body that a headline lets speak
// without an article ("Transportsector: …", "Inspectie: …").
var headlineBodies = []string{"sector", "branche", "inspectie"}

// speakingNoun reports whether lw, one word, names a person, a group or a
// body, in the singular or the plural ("Kwekers").
func speakingNoun(lw string) bool {
	forms := []string{lw}
	for _, suf := range []string{"s", "en"} {
		if w, ok := strings.CutSuffix(lw, suf); ok && len(w) > 3 {
			forms = append(forms, w)
		}
	}
	for _, w := range forms {
		if _, ok := bodyKind(w); ok || personNoun(w) || isRoleNoun(w) {
			return true
		}
	}
	for _, h := range headlineBodies {
		if strings.HasSuffix(lw, h) {
			return true
		}
	}
	return false
}
