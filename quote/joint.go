package quote

import (
	"slices"
	"strings"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// coSpeakers gives a quote whose speaker heads a coordination of named
// parties the others, in order: "De PVV en de SP zeggen dat …" → SP after
// PVV; "volgens minister A en staatssecretaris B" → B after A. The speaker
// stays the first. Only the parse's conjuncts of the speaker's own phrase
// count, in its sentence and outside quotation marks, joined by "en" (not
// "of", "maar"); a singular finite cue ("zei A en B knikte") joins no
// subjects. A speaker that is itself a later conjunct, as the name after
// a coordination of titles ("Campagneleider en Kamerlid X"), gets none.
// A conjunct that names no entity (twee inspecties) keeps its words.
func (x *extractor) coSpeakers(q *kroniek.Quote) {
	if q.SpeakerLocal == "" || q.SpeakerEnd <= q.SpeakerStart || q.Kind == kroniek.QuoteTerm || x.singularCue(q) {
		return
	}
	h, ok := x.speakerHead(q)
	if !ok || x.doc.Tokens[h].Rel == "conj" || !x.tiedToCue(q, h) {
		return
	}
	seen := map[string]bool{q.SpeakerLocal: true}
	conj := x.conjunctsAfter(q, h)
	if len(conj) == 0 {
		for _, co := range x.listedAfter(q) {
			if !seen[co.Local] {
				seen[co.Local] = true
				q.CoSpeakers = append(q.CoSpeakers, co)
			}
		}
		return
	}
	if !x.joined(conj) {
		return
	}
	for _, c := range conj {
		co, ok := x.coSpeaker(c, q)
		if !ok {
			return
		}
		if co.Local != "" && seen[co.Local] {
			continue
		}
		seen[co.Local] = true
		q.CoSpeakers = append(q.CoSpeakers, co)
	}
}

// tiedToCue reports whether the speaker's phrase, headed by token h, is
// the one the cue takes: the subject of the cue verb ("A en B zeggen"), the
// object of "volgens", or, with no cue word, a subject in the quote's own
// sentence ("A en B bepleiten 'een …'"). A speaker found elsewhere, as a
// subject of another verb the quote follows ("Waar A en B wonen, is niet
// bekend"), keeps its one speaker.
func (x *extractor) tiedToCue(q *kroniek.Quote, h int) bool {
	d := x.doc
	rel := d.Tokens[h].Rel
	subject := strings.HasPrefix(rel, "nsubj") || rel == "obj" || rel == "obl:agent"
	if q.CueEnd <= q.CueStart {
		return strings.HasPrefix(rel, "nsubj") && x.sentenceAt(q.Start) == x.sentenceAt(d.Tokens[h].Start)
	}
	i := x.tokenAt(q.CueStart)
	if i >= len(d.Tokens) || d.Tokens[i].Start != q.CueStart {
		return false
	}
	if strings.EqualFold(d.Tokens[i].Text, "volgens") {
		// "volgens A", or "volgens berekeningen van A en B"
		return d.Tokens[i].Head == h || d.Tokens[h].Rel == "nmod" && d.Tokens[h].Head == d.Tokens[i].Head
	}
	return subject && d.Tokens[h].Head == i
}

// joined reports whether conjuncts conj form a list closed by "en": each
// member has "en" before it or a comma, and the last has "en" ("A, B en
// C"). A comma alone joins an apposition or a place ("A, VVD-lijsttrekker",
// "Jan Smit, Utrecht"), not a second speaker.
func (x *extractor) joined(conj []int) bool {
	d := x.doc
	for n, c := range conj {
		and := false
		for _, k := range d.Dependents(c, "cc") {
			and = and || jointWords[strings.ToLower(d.Tokens[k].Text)]
		}
		if !and && (n == len(conj)-1 || !x.listComma(c)) {
			return false
		}
	}
	return len(conj) > 0
}

// singularCue reports whether q's cue is a singular finite verb: its
// subject is one party ("zegt", "meldde"), a plural cue ("zeggen") or a
// cue that is no verb ("volgens") may take several.
func (x *extractor) singularCue(q *kroniek.Quote) bool {
	if q.CueEnd <= q.CueStart {
		return false
	}
	i := x.tokenAt(q.CueStart)
	if i >= len(x.doc.Tokens) || x.doc.Tokens[i].Start != q.CueStart {
		return false
	}
	t := x.doc.Tokens[i]
	return (t.POS == nl.VERB || t.POS == nl.AUX) && t.Feats.Has(nl.FeatFin|nl.FeatSing)
}

// speakerHead returns the token heading the speaker's phrase: the token of
// the speaker's words whose head lies outside them, raised past a title
// the name stands in apposition to ("minister A" → minister).
func (x *extractor) speakerHead(q *kroniek.Quote) (int, bool) {
	d := x.doc
	i := x.tokenAt(q.SpeakerStart)
	if i >= len(d.Tokens) || d.Tokens[i].Start != q.SpeakerStart || !x.parsed(i) {
		return 0, false
	}
	h := -1
	for k := i; k < len(d.Tokens) && d.Tokens[k].End <= q.SpeakerEnd; k++ {
		if p := d.Tokens[k].Head; p < i || p >= 0 && d.Tokens[p].End > q.SpeakerEnd {
			h = k
			break
		}
	}
	for n := 0; n < 3 && h >= 0 && d.Tokens[h].Head >= 0; n++ {
		r := d.Tokens[h].Rel
		if r != "appos" && !strings.HasPrefix(r, "flat") && !strings.HasPrefix(r, "compound") {
			break
		}
		h = d.Tokens[h].Head
	}
	return h, h >= 0
}

// conjunctsAfter returns the conjuncts after the speaker's words of h and
// of every token of those words, in text order: a list inside a name
// carries the next conjunct on its last member ("het ministerie van A, B
// en C en vereniging D": D hangs on A).
func (x *extractor) conjunctsAfter(q *kroniek.Quote, h int) []int {
	d := x.doc
	heads := []int{h}
	for k := x.tokenAt(q.SpeakerStart); k < len(d.Tokens) && d.Tokens[k].End <= q.SpeakerEnd; k++ {
		if k != h {
			heads = append(heads, k)
		}
	}
	var out []int
	for _, k := range heads {
		for _, c := range x.conjuncts(k) {
			if d.Tokens[c].Start >= q.SpeakerEnd && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	slices.Sort(out)
	return out
}

// conjuncts returns the conjuncts of token h after it, in text order, with
// those the parse chains on a later conjunct ("A, B en C": C may hang on B).
func (x *extractor) conjuncts(h int) []int {
	var out []int
	for _, c := range x.doc.Dependents(h, "conj") {
		if c > h {
			out = append(out, c)
			out = append(out, x.conjuncts(c)...)
		}
	}
	return out
}

// maxGroupWords bounds a conjunct kept as words: a longer one holds a
// clause ("de bewoners die er al jaren wonen"), not a name.
const maxGroupWords = 5

// jointWords are the coordinators that add a speaker: "A en B", "A & B".
var jointWords = map[string]bool{"en": true, "&": true, "alsmede": true}

// coSpeaker returns the party conjunct c names: the entity tagged on it or
// on a name in apposition to it, else the conjunct's words. It
// fails for a conjunct joined by another word than "en", outside the
// speaker's sentence, inside quotation marks, or that is no noun phrase.
func (x *extractor) coSpeaker(c int, q *kroniek.Quote) (kroniek.CoSpeaker, bool) {
	d := x.doc
	t := d.Tokens[c]
	for _, k := range d.Dependents(c, "cc") {
		if !jointWords[strings.ToLower(d.Tokens[k].Text)] {
			return kroniek.CoSpeaker{}, false
		}
	}
	if x.sentenceAt(t.Start) != x.sentenceAt(q.SpeakerStart) || x.quoted(t.Start) || t.Start >= q.Start && t.Start < q.End {
		return kroniek.CoSpeaker{}, false
	}
	if t.POS != nl.NOUN && t.POS != nl.PROPN {
		return kroniek.CoSpeaker{}, false
	}
	for _, k := range d.Dependents(c, "case") {
		if !strings.EqualFold(d.Tokens[k].Text, "volgens") {
			return kroniek.CoSpeaker{}, false // "minister A van Justitie en Veiligheid"
		}
	}
	names := append([]int{c}, d.Dependents(c, "appos")...)
	names = append(names, d.Dependents(c, "flat")...)
	for _, k := range names {
		m, ok := x.mentionAt(d.Tokens[k].Start, d.Tokens[k].End)
		if !ok || m.Local == "" || x.quoted(m.Start) {
			continue
		}
		if x.insideName(m, c) {
			return kroniek.CoSpeaker{}, false // "Handel en Visserij": the "en" is the name's
		}
		// Any named party: a body the tagger calls MISC ("Branches
		// Jeugdzorg Nederland") or a country speaks as the first does,
		// when the name is the whole conjunct (not "twee Inspecties").
		if x.isPerson(m) || x.locals[m.Local].Type == kroniek.ORG || x.wholeConjunct(m, c) {
			return kroniek.CoSpeaker{Local: x.personOf(m), Text: m.Text, Start: m.Start, End: m.End}, true
		}
	}
	first, last := d.Span(c)
	for first < c && (d.Tokens[first].Rel == "cc" || d.Tokens[first].Kind == nl.Punct) {
		first++
	}
	if first < 0 || last < first || last-first >= maxGroupWords {
		return kroniek.CoSpeaker{}, false
	}
	start, end := d.Tokens[first].Start, d.Tokens[last].End
	return kroniek.CoSpeaker{Text: d.Text[start:end], Start: start, End: end}, true
}

// listedAfter returns the named parties a list printed right after the
// speaker's words adds, when the parse does not join them: "lieten de
// gemeente A en waterschap B weten", "volgens de VVD, het CDA en D66".
// Each member is a person or body tagged from its first word (after an
// article); the list must close with "en" and a member, else it is no
// coordination ("A, die …") and adds none.
func (x *extractor) listedAfter(q *kroniek.Quote) []kroniek.CoSpeaker {
	d := x.doc
	k := x.tokenAt(q.SpeakerEnd - 1)
	if k >= len(d.Tokens) || d.Tokens[k].End != q.SpeakerEnd {
		return nil
	}
	sent := x.sentenceAt(q.SpeakerStart)
	var out []kroniek.CoSpeaker
	for k+2 < len(d.Tokens) {
		sep := strings.ToLower(d.Tokens[k+1].Text)
		if sep != "," && !jointWords[sep] {
			return nil
		}
		j := k + 2
		if d.Tokens[j].POS == nl.DET && j+1 < len(d.Tokens) {
			j++ // "en de SP"
		}
		t := d.Tokens[j]
		m, ok := x.mentionAt(t.Start, t.End)
		if !ok || m.Start != t.Start || m.Local == "" || x.quoted(m.Start) || x.sentenceAt(m.Start) != sent ||
			m.Start >= q.Start && m.Start < q.End || !x.isPerson(m) && x.locals[m.Local].Type != kroniek.ORG {
			return nil
		}
		out = append(out, kroniek.CoSpeaker{Local: x.personOf(m), Text: m.Text, Start: m.Start, End: m.End})
		if jointWords[sep] {
			return out
		}
		k = x.tokenAt(m.End - 1)
		if k >= len(d.Tokens) || d.Tokens[k].End != m.End {
			return nil
		}
	}
	return nil
}

// insideName reports whether mention m holds the coordinator of conjunct
// c: the "en" belongs to a name ("ministerie van Handel en Visserij").
func (x *extractor) insideName(m kroniek.Mention, c int) bool {
	for _, k := range x.doc.Dependents(c, "cc") {
		if m.Start <= x.doc.Tokens[k].Start {
			return true
		}
	}
	return false
}

// wholeConjunct reports whether mention m spans conjunct c's phrase from
// its first word after an article ("de Vlinderstichting"), so that no
// number or adjective qualifies the name ("twee Inspecties").
func (x *extractor) wholeConjunct(m kroniek.Mention, c int) bool {
	d := x.doc
	first, _ := d.Span(c)
	for first >= 0 && first < c && (d.Tokens[first].Rel == "cc" || d.Tokens[first].Rel == "det" || d.Tokens[first].Kind == nl.Punct) {
		first++
	}
	return first >= 0 && m.Start <= d.Tokens[first].Start
}
