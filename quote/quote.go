package quote

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Extract finds the quotations of doc and attributes them. mentions and
// locals come from entity extraction (resolve.Local): a speaker is given
// as its local entity key in SpeakerLocal, with SpeakerText the words that
// named it (a name, a pronoun or a description).
func Extract(doc *nl.Doc, mentions []kroniek.Mention, locals []kroniek.LocalEntity) []kroniek.Quote {
	x := newExtractor(doc, mentions, locals)
	var out []kroniek.Quote
	var prev *kroniek.Quote
	x.spans = findSpans(doc)
	for _, s := range x.spans {
		q := x.direct(s, prev)
		out = append(out, q)
		if q.SpeakerLocal != "" && !x.predicates[q.Start] {
			x.spoke[q.SpeakerLocal] = true
		}
		if q.Kind == kroniek.QuoteDirect && !x.predicates[q.Start] {
			prev = &out[len(out)-1]
		}
	}
	out = append(out, x.indirect(out)...)
	out = append(out, x.colonReports(out)...)
	out = append(out, x.datFrames(out)...)
	out = append(out, x.nounFrames(out)...)
	out = append(out, x.addressedReports(out)...)
	out = append(out, x.evidenceFrames(out)...)
	out = append(out, x.passiveViews(out)...)
	out = append(out, x.feelingFrames(out)...)
	out = append(out, x.askedClauses(out)...)
	out = append(out, x.namedAs(out)...)
	x.reportedPredicates(out)
	out = append(out, x.reportedInside(out)...)
	out = append(out, x.claimedBefore(out)...)
	out = append(out, x.documentSays(out)...)
	out = append(out, x.carriedOn(out)...)
	out = append(out, x.carriedFurther(out)...)
	out = append(out, x.carriedPastTerms(out)...)
	out = append(out, x.hearsay(out)...)
	x.attributedFragments(out)
	x.writtenIn(out)
	out = x.dropHypothetical(out)
	out = slices.DeleteFunc(out, x.relativeReport)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	x.answers(out)
	x.repeats(out)
	x.describedAgain(out)
	for k := range out {
		x.ownerSpeaks(&out[k])
		x.ownedSpeaks(&out[k])
		x.personAfter(&out[k])
		x.spokesCompound(&out[k])
		x.roleCompound(&out[k])
		x.bodyNamed(&out[k])
		x.boardSpeaks(&out[k])
		x.pairSpeaks(&out[k])
		x.pluralPair(&out[k])
		x.onlySpeaker(&out[k], out)
		x.onlyOfGender(&out[k])
		x.countryman(&out[k])
		x.tiedOne(&out[k])
		x.firstConjunct(&out[k])
		x.notCompared(&out[k])
		x.groupSpeaks(&out[k])
		x.thingSpeaks(&out[k])
		x.nameAfterTitle(&out[k])
	}
	out = slices.DeleteFunc(out, hope)
	out = dropMarkedTwins(out)
	// Quotations inside quotations come last: the passes above would
	// read them as repeats of the outer one.
	out = append(out, x.nestedQuotes(out)...)
	out = append(out, x.nestedReports(out)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	out = x.joinInterrupted(x.tidy(out))
	x.firstPersonInside(out)
	for k := range out {
		x.coSpeakers(&out[k])
		x.ownerInDescription(&out[k])
	}
	return out
}

// reportedPredicates gives a few quoted words in a clause's predicate
// (inPredicate) that an indirect quotation holds the speaker of that
// quotation: "Zijn partij heeft 'met ruime voorsprong' gewonnen, zei hij"
// is his, not the party's.
func (x *extractor) reportedPredicates(qs []kroniek.Quote) {
	for k := range qs {
		q := &qs[k]
		if q.Kind != kroniek.QuoteDirect || !x.predicates[q.Start] {
			continue
		}
		for _, r := range qs {
			if r.Kind == kroniek.QuoteIndirect && r.Start <= q.Start && q.End <= r.End && (r.SpeakerLocal != "" || r.SpeakerText != "") {
				q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = r.SpeakerLocal, r.SpeakerText, r.SpeakerStart, r.SpeakerEnd
				q.Cue, q.CueStart, q.CueEnd = r.Cue, r.CueStart, r.CueEnd
				break
			}
		}
	}
}

// describedAgain gives a quote whose speaker is a description the
// article names nobody by, with an adjective that says more of them
// ("spreekt de Valburgse eigenaar van 'een topshow'", "zegt de 82-jarige
// politicus"), the person quoted last before it (lastQuoted: a role of a
// person, at most three sentences on, no other person named between).
// qs is in text order.
func (x *extractor) describedAgain(qs []kroniek.Quote) {
	for k := range qs {
		q := &qs[k]
		if q.SpeakerLocal != "" || q.SpeakerEnd <= q.SpeakerStart {
			continue
		}
		h := x.tokenAt(q.SpeakerEnd - 1)
		if h <= 0 || h >= len(x.doc.Tokens) || x.doc.Tokens[h].End != q.SpeakerEnd || !describing(x.doc.Tokens[h-1].Text) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if qs[j].SpeakerLocal != "" && qs[j].Start < q.Start {
				if c := x.lastQuoted(x.doc.Tokens, h, &qs[j]); c != "" {
					q.SpeakerLocal = c
				}
				break
			}
		}
	}
}

// describing reports whether w is an adjective that says more of a person
// the article named: where they come from ("Russische", "Valburgse") or
// their age ("82-jarige").
func describing(w string) bool {
	return isAdjective(w) || strings.HasSuffix(strings.ToLower(w), "-jarige")
}

// hope reports whether q is a clause a hope reports ("…, hoopt de Rai
// Vereniging", "hoopt dat …"): nothing said. It is dropped only at the
// end: who hopes may still tell an interview's interviewee.
func hope(q kroniek.Quote) bool {
	if q.Kind != kroniek.QuoteIndirect {
		return false
	}
	_, lemma, _ := matchCue([]nl.Token{{Text: q.Cue, Kind: nl.Word}})
	return lemma == "hopen"
}

// joinInterrupted makes one quotation of a sentence its attribution
// interrupts («Ik rijd liever op het fietspad,» zegt X, «maar ik snap
// …»): the first part does not end a sentence, the narration between the
// two is a comma, a speech verb with its speaker (and what describes
// it) and a comma, and the second part opens in lower case, not with a
// main clause of its own ("dat ligt anders"). The
// narration becomes the quotation's gap; the speaker is the first part's,
// else the second's.
func (x *extractor) joinInterrupted(qs []kroniek.Quote) []kroniek.Quote {
	out := qs[:0]
	for _, q := range qs {
		if n := len(out); n > 0 && x.interrupts(out[n-1], q) {
			p := &out[n-1]
			p.Gaps = append(append(p.Gaps, [2]int{p.End, q.Start}), q.Gaps...)
			if p.SpeakerLocal == "" && p.SpeakerText == "" {
				p.SpeakerLocal, p.SpeakerText, p.SpeakerStart, p.SpeakerEnd = q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd
				p.Cue, p.CueStart, p.CueEnd = q.Cue, q.CueStart, q.CueEnd
			}
			p.End, p.Text = q.End, x.doc.Text[p.Start:q.End]
			continue
		}
		out = append(out, q)
	}
	return out
}

// interrupts reports whether direct quotations p and q are one sentence
// with its attribution between them (see joinInterrupted).
func (x *extractor) interrupts(p, q kroniek.Quote) bool {
	if p.Kind != kroniek.QuoteDirect || q.Kind != kroniek.QuoteDirect || p.Article != q.Article || q.Start <= p.End || q.Start-p.End > 200 {
		return false
	}
	if r := firstRune(q.Text); !unicode.IsLower(r) {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p.Text, ",; ")); r == '.' || r == '?' || r == '!' || r == '…' || r == ':' {
		return false
	}
	toks := x.tokensIn(p.End, q.Start)
	// marks, then a comma (inside or after the marks), …, a comma, marks
	k := 0
	comma := false
	for k < len(toks) && toks[k].Kind == nl.Punct && (isQuoteTok(toks[k]) || toks[k].Text == ",") {
		comma = comma || toks[k].Text == ","
		k++
	}
	l := len(toks)
	for l > k && toks[l-1].Kind == nl.Punct && isQuoteTok(toks[l-1]) {
		l--
	}
	if !comma && !strings.HasSuffix(strings.TrimSpace(p.Text), ",") || k == 0 || l == len(toks) || l <= k+1 || toks[l-1].Text != "," {
		return false
	}
	if b := x.tokensIn(q.Start, q.End); len(b) > 1 && isDemonstrative(strings.ToLower(b[0].Text)) {
		if t, ok := x.parsedAt(b[1]); ok && (t.POS == nl.VERB || t.POS == nl.AUX) && t.Feats.Has(nl.FeatFin) {
			return false // "…, zegt X, ,,dat ligt anders …'': a main clause of its own
		}
	}
	cue := false
	for j, t := range toks[k : l-1] {
		if t.Kind == nl.Punct && (isTerminal(t) || isQuoteTok(t) || t.Text == ":" || t.Text == ";") {
			return false
		}
		if _, _, n := matchCue(toks[k+j : l-1]); n > 0 && j <= 1 {
			cue = true // ", zegt X," or ", zo zegt X,"
		}
	}
	return cue
}

// firstConjunct gives a quote whose speaker is the last of coordinated
// names ("A en B zeggen", "A, B en C stellen dat") to the first of them:
// one speaker per quote, and never the fragment after "en".
func (x *extractor) firstConjunct(q *kroniek.Quote) {
	if q.SpeakerText == "" || q.SpeakerStart <= 0 {
		return
	}
	i := x.tokenAt(q.SpeakerStart)
	if i < 2 || i >= len(x.doc.Tokens) || x.doc.Tokens[i].Start != q.SpeakerStart {
		return
	}
	if !strings.EqualFold(x.doc.Tokens[i-1].Text, "en") {
		if m, ok := x.parsedFirstConjunct(i); ok {
			sp := x.fromMention(m)
			sp.speaks(q)
		}
		return
	}
	var first kroniek.Mention
	found := false
	for k := i - 2; k >= 0; {
		t := x.doc.Tokens[k]
		m, ok := x.mentionAt(t.Start, t.End)
		if !ok || m.End != t.End || m.Local == "" || x.quoted(m.Start) {
			break
		}
		if l := x.locals[m.Local]; !x.isPerson(m) && l.Type != kroniek.ORG {
			break
		}
		first, found = m, true
		k = x.tokenAt(m.Start) - 1
		if k < 1 || x.doc.Tokens[k].Text != "," {
			break
		}
		k-- // "A, B en C"
	}
	if !found {
		return
	}
	if b := x.tokenAt(first.Start) - 1; b >= 0 && (isPreposition(x.doc.Tokens[b].Text) || strings.EqualFold(x.doc.Tokens[b].Text, "van") || strings.EqualFold(x.doc.Tokens[b].Text, "als")) {
		return // "stapjes van A en B", "titels als A en B": not who speaks
	}
	sp := x.fromMention(first)
	sp.speaks(q)
}

// repeats gives a quotation printed twice (a teaser or pull-quote that the
// article repeats where someone says it) the speaker of the occurrence
// that names a person, when it has none of its own or only a pronoun the
// article did not resolve. Five words or more, nearly all of them in the
// other quotation ("Ik denk dat jij …" and "Ik denk dat jij …, Bram, …").
// A term of three words or more (a heading in marks, "'Veel uit te
// leggen'") whose words stand in order in a quotation of a person (not a
// body) is that quotation. Only quotations within repeatWindow bytes are
// compared, so a long text stays linear.
func (x *extractor) repeats(qs []kroniek.Quote) {
	norm := make([]string, len(qs))
	for k, p := range qs {
		if p.Kind != kroniek.QuoteIndirect {
			norm[k] = " " + normText(p.Text) + " "
		}
	}
	for i, q := range qs {
		term := q.Kind == kroniek.QuoteTerm
		if !term && (q.Kind != kroniek.QuoteDirect || q.SpeakerLocal != "" || q.SpeakerText != "" && !isPronoun(strings.ToLower(q.SpeakerText))) {
			continue
		}
		words := strings.Fields(norm[i])
		if term && len(words) < 3 || !term && len(words) < 5 {
			continue
		}
		from := sort.Search(len(qs), func(k int) bool { return qs[k].Start >= q.Start-repeatWindow })
		for k := from; k < len(qs) && qs[k].Start-q.Start <= repeatWindow; k++ {
			p := qs[k]
			if k == i || p.Kind != kroniek.QuoteDirect {
				continue
			}
			if term && (x.locals[p.SpeakerLocal].Type != kroniek.PER || !strings.Contains(norm[k], norm[i])) {
				continue
			}
			if !term && (!x.personSpeaker(&speaker{local: p.SpeakerLocal}) || len(norm[k]) < len(norm[i]) || !mostlyIn(words, strings.Fields(norm[k]))) {
				continue
			}
			qs[i].Kind = kroniek.QuoteDirect
			qs[i].SpeakerLocal, qs[i].SpeakerText, qs[i].SpeakerStart, qs[i].SpeakerEnd, qs[i].Cue = p.SpeakerLocal, p.SpeakerText, p.SpeakerStart, p.SpeakerEnd, p.Cue
			qs[i].CueStart, qs[i].CueEnd = p.CueStart, p.CueEnd
			break
		}
	}
}

// repeatWindow is how far apart (in bytes) a quotation and its repeat may
// stand: within one article.
const repeatWindow = 20000

// mostlyIn reports whether at most one word in ten of a is missing from b.
func mostlyIn(a, b []string) bool {
	in := make(map[string]bool, len(b))
	for _, w := range b {
		in[w] = true
	}
	miss := 0
	for _, w := range a {
		if !in[w] {
			miss++
		}
	}
	return miss*10 <= len(a)
}

// tidy makes every quotation start at a word: leading punctuation, marks
// and a parenthesis ("(17), die …", ", om de keuze …") go; what is left
// without a word is dropped.
func (x *extractor) tidy(qs []kroniek.Quote) []kroniek.Quote {
	kept := qs[:0]
	for _, q := range qs {
		start := q.Start
		for start < q.End {
			r, size := utf8.DecodeRuneInString(x.doc.Text[start:])
			if r == '(' {
				if j := strings.IndexByte(x.doc.Text[start:q.End], ')'); j > 0 {
					start += j + 1
					continue
				}
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) || nl.IsApostrophe(r) && isApostrophe(x.doc.Text, start, q.End, start, size, ' ', firstRune(x.doc.Text[start+size:])) {
				break // a word, or ’s avonds
			}
			start += size
		}
		if start >= q.End {
			continue
		}
		end := q.End
		for end > start && strings.ContainsRune(",;: \n", rune(x.doc.Text[end-1])) {
			end-- // "…naar Europese top,'' zei hij"
		}
		if q.Kind == kroniek.QuoteIndirect {
			end = strayCloseEnd(x.doc.Text, start, end)
		}
		q.Start, q.End, q.Text = start, end, x.doc.Text[start:end]
		q.Gaps = x.tidyGaps(q)
		if q.Start >= q.End {
			continue
		}
		kept = append(kept, q)
	}
	return kept
}

// tidyGaps returns q's gaps that leave words on both sides inside its
// span: the span's trimming may have reached one.
func (x *extractor) tidyGaps(q kroniek.Quote) [][2]int {
	var out [][2]int
	for _, g := range q.Gaps {
		if g[0] > q.Start && g[1] < q.End && g[0] < g[1] {
			out = append(out, g)
		}
	}
	return out
}

// answers gives a quotation still without a speaker to whoever spoke last,
// directly or not, when no other person is named in between: the answers
// of an interview ("Onze samenleving heeft een gedragsprobleem, denkt X.
// … Wat is uw verklaring? «Q»").
func (x *extractor) answers(qs []kroniek.Quote) {
	last := -1
	for i := range qs {
		q := &qs[i]
		if q.Kind == kroniek.QuoteTerm {
			continue
		}
		if x.predicates[q.Start] || q.Cue == "blijkt" || q.Cue == "bleek" {
			continue // a few words in the narration, a source's figures ("…, blijkt uit cijfers van X"): no speaker to carry on
		}
		if q.SpeakerLocal != "" || q.SpeakerText != "" {
			last = i
			continue
		}
		if q.Kind != kroniek.QuoteDirect || last < 0 || q.CueEnd > q.CueStart {
			continue // a cue of its own names someone else (speechAfter)
		}
		p := qs[last]
		if from := max(p.End, p.SpeakerEnd); from > q.Start || x.personBetween(from, q.Start, p.SpeakerLocal) {
			continue
		}
		q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd, q.Cue = p.SpeakerLocal, p.SpeakerText, p.SpeakerStart, p.SpeakerEnd, p.Cue
		last = i
	}
}

// extractor holds one document's indexes.
type extractor struct {
	doc      *nl.Doc
	mentions []kroniek.Mention // sorted by Start
	locals   map[string]kroniek.LocalEntity
	// described maps a local key to the words that described it in the
	// text ("russische president"), for "de Russische president".
	described map[string][]string
	// spoke holds the locals already attributed a quotation: whatever
	// their tagged type, they are people (or bodies) who speak.
	spoke map[string]bool
	spans []span // the quotations found by their marks, in text order
	// mainPerson caches interviewee; surname caches personOf.
	mainPerson *string
	surname    map[string]string
	// byLast and byFirst index persons by the last and first word of
	// their names (personNamed); forms holds local+text of every mention.
	byLast, byFirst map[string]string
	forms           map[string]bool
	seenDesc        map[string]bool // local+word pairs already in described
	// titles holds the local+word pairs of described that only a common
	// noun outside the role lexicon gave ("voetballer X"): weaker
	// evidence, used for the person named last only (titledOnly).
	titles    map[string]bool
	genders   map[string]gender
	interview int8 // 0 not yet known, 1 no, 2 yes (isInterview)
	// predicates holds the starts of the quotations attributed as a few
	// words in the narration's predicate (inPredicate).
	predicates map[int]bool
	// chain counts the pronouns being resolved through the one before
	// them (chainedPronoun), to bound the walk back.
	chain int
}

func newExtractor(doc *nl.Doc, mentions []kroniek.Mention, locals []kroniek.LocalEntity) *extractor {
	ms := append([]kroniek.Mention(nil), mentions...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	x := &extractor{doc: doc, mentions: ms, locals: make(map[string]kroniek.LocalEntity), described: make(map[string][]string), spoke: make(map[string]bool), predicates: make(map[int]bool), surname: make(map[string]string), seenDesc: make(map[string]bool), titles: make(map[string]bool)}
	for _, l := range locals {
		x.locals[l.Key] = l
		for _, r := range l.Roles {
			x.described[l.Key] = append(x.described[l.Key], strings.ToLower(r))
		}
	}
	// Record the words before each person mention: "de Russische president Poetin".
	for _, m := range ms {
		if m.Local == "" || !x.isPerson(m) {
			continue
		}
		// Walk back over the title: roles, adjectives, "van", and the
		// capitalised words of a department ("minister van Buitenlandse
		// Zaken"); stop at anything else.
		i := x.tokenAt(m.Start)
		for j := i - 1; j >= 0 && j >= i-8; j-- {
			t := doc.Tokens[j]
			lw := strings.ToLower(t.Text)
			if t.Kind != nl.Word || prev(x, t) {
				break
			}
			if j == i-1 && lw == "van" && j > 0 && personNoun(strings.ToLower(doc.Tokens[j-1].Text)) {
				break // "de advocaat van Stanley": the role is someone else's
			}
			if j == i-1 && j > 0 && t.POS == nl.NOUN && isLowerWord(t.Text) && !isRoleNoun(lw) && !nl.IsStopword(lw) && isRoleNoun(strings.ToLower(doc.Tokens[j-1].Text)) && doc.Tokens[j-1].Kind == nl.Word {
				continue // "arts infectieziektebestrijding Helma Ruijs": the role's field
			}
			// A common noun right before the name is what the article
			// calls the person, in the lexicon or not: "voetballer
			// Klaas-Jan Huntelaar" is "de voetballer" later on.
			title := j == i-1 && t.POS == nl.NOUN && isLowerWord(t.Text) && len(lw) > 3 && !nl.IsStopword(lw)
			if !(isRoleNoun(lw) || title || isAdjective(t.Text) || isCapitalised(t.Text) || lw == "van" || lw == "de" || lw == "het") {
				break
			}
			x.describe(m.Local, lw)
			if title && !isRoleNoun(lw) {
				x.titles[m.Local+"\x00"+lw] = true
			}
		}
		// And the apposition after it: "Joost Verbeek, hoogleraar
		// Japanstudies", "Truus Mulder (77)".
		e := x.tokenAt(m.End)
		if p := e; p+2 < len(doc.Tokens) && doc.Tokens[p].Text == "(" {
			// "Sjoerd Karsten (middelste portret), hoogleraar …"
			for p++; p < len(doc.Tokens) && p < e+8 && doc.Tokens[p].Text != ")"; p++ {
			}
			if p+1 < len(doc.Tokens) && doc.Tokens[p].Text == ")" && doc.Tokens[p+1].Text == "," {
				e = p + 1
			}
		}
		if e < len(doc.Tokens) && doc.Tokens[e].Text == "," {
			for j := e + 1; j < len(doc.Tokens) && j <= e+4; j++ {
				t := doc.Tokens[j]
				if t.Kind != nl.Word {
					break
				}
				if lw := strings.ToLower(t.Text); isRoleNoun(lw) {
					x.describe(m.Local, lw)
					if h, ok := nl.Lex().RoleHead(lw); ok {
						x.describe(m.Local, h.Lemma)
					}
					break
				}
			}
		}
		// A role inside the mention: "President Erdogan".
		if w := strings.Fields(m.Text); len(w) > 1 && isRoleNoun(strings.ToLower(w[0])) {
			x.describe(m.Local, strings.ToLower(w[0]))
		}
		if e+2 < len(doc.Tokens) && doc.Tokens[e].Text == "(" && doc.Tokens[e+1].Kind == nl.Number && doc.Tokens[e+2].Text == ")" {
			x.describe(m.Local, doc.Tokens[e+1].Text+"-jarige")
		}
	}
	return x
}

// describe records that the words w described local, once.
func (x *extractor) describe(local, w string) {
	k := local + "\x00" + w
	if x.seenDesc[k] {
		return
	}
	x.seenDesc[k] = true
	x.described[local] = append(x.described[local], w)
	if b := baseRole(w); b != w {
		x.describe(local, b) // "topadvocate", "sociologe": also the role itself
	}
	if s, ok := sameRole[w]; ok {
		x.describe(local, s) // "premier Rutte" is "de minister-president"
	}
}

// sameRole pairs role nouns that name the same office.
var sameRole = map[string]string{"premier": "minister-president", "minister-president": "premier", "advocaat": "raadsman", "advocate": "raadsvrouw"}

// prev reports whether t is part of a mention (another name stops a title).
func prev(x *extractor, t nl.Token) bool {
	_, ok := x.mentionAt(t.Start, t.End)
	return ok
}

func (x *extractor) isPerson(m kroniek.Mention) bool {
	if m.Type == kroniek.PER || x.spoke[m.Local] || x.personOf(m) != m.Local {
		return true
	}
	if l, ok := x.locals[m.Local]; ok {
		return l.Type == kroniek.PER
	}
	return false
}

// tokenAt returns the index of the first token ending after offset.
func (x *extractor) tokenAt(offset int) int {
	return sort.Search(len(x.doc.Tokens), func(i int) bool { return x.doc.Tokens[i].End > offset })
}

// mentionFrom returns the index of the first mention starting at or after
// offset.
func (x *extractor) mentionFrom(offset int) int {
	return sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start >= offset })
}

// sentenceAt returns the index of the sentence holding offset.
func (x *extractor) sentenceAt(offset int) int {
	i := sort.Search(len(x.doc.Sentences), func(i int) bool { return x.doc.Sentences[i].End > offset })
	if i >= len(x.doc.Sentences) {
		return len(x.doc.Sentences) - 1
	}
	return i
}

// speaker is an attributed speaker with its evidence.
type speaker struct {
	local      string
	text       string
	start, end int
	cue        string
	cueStart   int
	cueEnd     int
}

func (s *speaker) found() bool { return s != nil && (s.local != "" || s.text != "") }

// speaks makes s the speaker of q: its entity key, words and their offsets.
func (s *speaker) speaks(q *kroniek.Quote) {
	q.SpeakerLocal, q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = s.local, s.text, s.start, s.end
}

// setCue makes cue, the word token t, the cue of q ("zegt", "volgens"):
// its text as given and t's offsets.
func setCue(q *kroniek.Quote, cue string, t nl.Token) {
	q.Cue, q.CueStart, q.CueEnd = cue, t.Start, t.End
}

// direct attributes one quotation found by its marks.
func (x *extractor) direct(s span, prev *kroniek.Quote) kroniek.Quote {
	d := x.doc
	q := kroniek.Quote{Start: s.innerStart, End: s.innerEnd, Text: d.Text[s.innerStart:s.innerEnd], Kind: kroniek.QuoteDirect}
	if x.afterWorkNoun(s.open) || len(strings.Fields(q.Text)) <= 8 && x.titleLeadIn(s.open) {
		// "zijn roman 'De inboorling'", "het programma 'Stand & Stad'": a
		// title, not speech.
		q.Kind = kroniek.QuoteTerm
		return q
	}
	if citedHeadline.MatchString(d.Text[s.closeEnd:min(len(d.Text), s.closeEnd+40)]) {
		// "'Hoe moeten deze kinderen ooit normaal worden?' (AD 8-4)": the
		// headline of an article a letter answers.
		q.Kind = kroniek.QuoteTerm
		return q
	}
	if words := strings.Fields(q.Text); len(words) == 1 && !x.wholeSentence(s) && !x.uttered(s) {
		// One word in marks inside the writer's sentence is a term,
		// whoever's word it is: 'verdedigbaar', 'spookkiezers'; not one
		// that opens its sentence and a speech verb reports (",,Geweldig!",
		// riep X"): an utterance.
		q.Kind = kroniek.QuoteTerm
		return q
	}
	if x.titleAfterPreposition(s) {
		// "In 'Groene theologie' betoogt ze …": a few words that open with a
		// capital as the object of a preposition name a work.
		q.Kind = kroniek.QuoteTerm
		return q
	}
	if isName(q.Text) && !x.wholeSentence(s) {
		// "activisten van 'Terre des Femmes'": a name in marks.
		q.Kind = kroniek.QuoteTerm
		return q
	}
	if x.nicknameInName(s) {
		// "George 'kennen we niet' Hincapie": a nickname between the
		// parts of a name.
		q.Kind = kroniek.QuoteTerm
		return q
	}
	if sp := x.attribute(s, prev); sp.found() {
		if sp.end > sp.start && sp.start >= s.closeEnd && len(strings.Fields(q.Text)) >= 4 && (sp.local == "" || !isCapitalised(sp.text)) {
			// "X zei … . 'Q', aldus de oud-minister.": the description is X,
			// also when it fits someone else the article described so, if X
			// has no role of their own in it ("Lilian Marijnissen kwam er
			// over vertellen. 'Q', lichtte de fractievoorzitter toe").
			if k := x.tokenAt(sp.start); k >= 0 {
				for k+1 < len(x.doc.Tokens) && x.doc.Tokens[k+1].End <= sp.end && !ownerPreps[strings.ToLower(x.doc.Tokens[k+1].Text)] {
					k++ // to the head: "de trainer (van PSV)"
				}
				if c := x.carriedSubject(x.doc.Tokens, k); c != "" && (sp.local == "" || !x.hasRole(c)) {
					sp.local = c
				} else if c := x.lastQuoted(x.doc.Tokens, k, prev); c != "" && sp.local == "" {
					sp.local = c // "«Q», zegt X. «Q2», zegt de verkeerskundige."
				}
			}
		}
		sp.speaks(&q)
		q.Cue, q.CueStart, q.CueEnd = sp.cue, sp.cueStart, sp.cueEnd
		return q
	}
	if sp := x.fragmentSpeaker(s, 4); sp.found() && !(sp.end > sp.start && x.quoted(sp.start)) {
		// (not a name inside another quotation: "('mijn naam is Johan')")
		sp.speaks(&q)
		return q
	}
	if sp := x.shortFragmentSpeaker(s); sp != nil {
		sp.speaks(&q)
		return q
	}
	// "een docent die de kreet 'Volkert, waar ben je' schreef", "klinken
	// de woorden 'Het is volbracht'": words a noun of speech introduces
	// were said, however short.
	if i := x.tokenAt(s.open) - 1; i >= 0 && cueNouns[strings.ToLower(x.doc.Tokens[i].Text)] && len(strings.Fields(q.Text)) >= 2 {
		// Not when the noun is the subject: "De woorden 'Q' klinken vaak".
		if sp := x.fragmentSpeaker(s, 2); sp.found() && !(x.parsed(i) && strings.HasPrefix(x.doc.Tokens[i].Rel, "nsubj")) {
			sp.speaks(&q)
		}
		return q
	}
	if x.inPredicate(s) {
		// "Paula Schot gaat 'volledig meedraaien' met de fractie", "Frans
		// van Laarhoven toonde zich 'zwaar teleurgesteld'": a few words
		// where the clause's predicate goes are its subject's.
		if sp := x.predicateSpeaker(s); sp != nil && !(sp.end > sp.start && x.quoted(sp.start)) {
			sp.speaks(&q)
			x.predicates[q.Start] = true
			return q
		}
	}
	if x.speechBefore(s) {
		// "riep uit zijn kleine volle borst: „God is overal!”", "Ik vraag:
		// „Vaker in luier?”": what a speech verb before a colon introduces
		// was said, also when its subject names nobody the article knows
		// (answers may still carry who spoke before); a subject that
		// describes someone is who ("hoe een man scandeert: «Q»").
		if sp := x.colonSpeaker(s); sp.found() {
			sp.speaks(&q)
		}
		return q
	}
	if x.wholeSentence(s) && len(strings.Fields(q.Text)) >= 2 && strings.ContainsAny(lastRune(q.Text), "!?") && !x.afterNoun(s) {
		// "„Asociale klootzak!” De woedende vrouwen …": an exclamation or a
		// question of its own is an utterance, not a term.
		return q
	}
	if c := x.speechAfter(s); c != nil {
		// "„Kan dat zomaar?”, vraagt er wel eens een": words a speech verb
		// right after them reports were said, also when its subject names
		// nobody the article knows.
		if !x.definiteAfter(c.cueEnd) { // "zegt de Bredase": answers may carry who spoke before
			q.Cue, q.CueStart, q.CueEnd = c.cue, c.cueStart, c.cueEnd
			if sp := x.cueSubject(c); sp.found() {
				q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = sp.text, sp.start, sp.end
			}
		}
		return q
	}
	if v := x.spokenAfter(s); v >= 0 {
		// "had een partijgenoot het 'een oude schuur' genoemd": the
		// object of a verb of saying was said, also when its subject
		// names nobody the article knows; the verb is the cue (so no
		// speaker before it is carried on).
		setCue(&q, strings.ToLower(x.doc.Tokens[v].Text), x.doc.Tokens[v])
		return q
	}
	if isTerm(q.Text, x.wholeSentence(s)) {
		q.Kind = kroniek.QuoteTerm
	}
	return q
}

// speechBefore reports whether a quotation follows a colon whose clause
// holds a finite speech verb of the lexicon ("riep hij: «Q»", "Ik vraag:
// «Q»"; not "Toegegeven, de kop was …: «Q»").
func (x *extractor) speechBefore(s span) bool {
	return x.speechVerbBefore(s) >= 0
}

// speechVerbBefore returns the token of the finite speech verb of
// speechBefore, or -1.
func (x *extractor) speechVerbBefore(s span) int {
	colon := x.tokenAt(s.open) - 1
	if colon < 1 || x.doc.Tokens[colon].Text != ":" {
		return -1
	}
	start := x.doc.Sentences[x.sentenceAt(x.doc.Tokens[colon].Start)].Start
	for k := colon - 1; k >= 0 && x.doc.Tokens[k].Start >= start && k >= colon-12; k-- {
		t := x.doc.Tokens[k]
		if t.Kind == nl.Punct && t.Text != "," || x.quoted(t.Start) {
			return -1
		}
		if _, _, n := matchCue(x.doc.Tokens[k:colon]); n > 0 {
			if pt, ok := x.parsedAt(t); ok && pt.POS == nl.VERB && pt.Feats.Has(nl.FeatFin) {
				return k
			}
			return -1
		}
	}
	return -1
}

// afterNoun reports whether the word before the opening mark of s is a
// noun or "als" ("de campagne 'Q!'", "titels als 'Waarom zo weinig?'"):
// a name for what the quotation is, not an utterance.
func (x *extractor) afterNoun(s span) bool {
	i := x.tokenAt(s.open) - 1
	if i < 0 {
		return false
	}
	t := x.doc.Tokens[i]
	if strings.EqualFold(t.Text, "als") || t.Kind == nl.Word && isLowerWord(t.Text) && (workNouns[strings.ToLower(t.Text)] || titleNouns[strings.ToLower(t.Text)]) {
		return true
	}
	pt, ok := x.parsedAt(t)
	return ok && pt.POS == nl.NOUN
}

// lastRune returns the last character of text without trailing spaces.
func lastRune(text string) string {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(text))
	return string(r)
}

// definiteAfter reports whether the word after offset is a definite
// article or a demonstrative: a description that may name someone the
// article introduced.
func (x *extractor) definiteAfter(offset int) bool {
	k := x.tokenAt(offset)
	if k < len(x.doc.Tokens) && x.doc.Tokens[k].Start < offset {
		k++
	}
	if k >= len(x.doc.Tokens) {
		return false
	}
	switch strings.ToLower(x.doc.Tokens[k].Text) {
	case "de", "het", "deze", "die":
		return true
	}
	return false
}

// inPredicate reports whether the quoted words of s, in lower case, stand
// where a clause's predicate or object goes rather than inside a noun
// phrase: the word before the opening mark is a verb, an adverb or "zich"
// ("gaat 'volledig meedraaien'", "toonde zich 'zwaar
// teleurgesteld'", "doet hierover 'geen mededelingen'"), not an article,
// a preposition, an adjective, a number, a conjunction or "als" ("de
// 'gele hesjes'", "voor 'onveilige werksituaties'", "zoals 'ik heb even
// wat leuks nodig'").
func (x *extractor) inPredicate(s span) bool {
	d := x.doc
	text := d.Text[s.innerStart:s.innerEnd]
	i := x.tokenAt(s.open) - 1
	if !unicode.IsLower(firstRune(text)) || x.wholeSentence(s) || i < 0 || !x.parsed(i) || d.SentenceOf(i) != x.sentenceAt(s.open) {
		return false
	}
	t := d.Tokens[i]
	if t.Kind != nl.Word {
		return false
	}
	first, last := x.tokenAt(s.innerStart), x.tokenAt(s.innerEnd)-1
	inside := func(k int) bool { return k >= first && k <= last }
	if inside(t.Head) && (t.Rel == "amod" || t.Rel == "det" || t.Rel == "case" || t.Rel == "nummod" || t.Rel == "nmod:poss") {
		return false // "de inmiddels opgedoekte 'evangelische zorgkliniek'"
	}
	// Not the clause's subject itself: "verkoopt 'de familie' haar aandelen".
	for k := first; k <= last && k < len(d.Tokens); k++ {
		if !inside(d.Tokens[k].Head) && strings.HasPrefix(d.Tokens[k].Rel, "nsubj") {
			return false
		}
	}
	switch lw := strings.ToLower(t.Text); {
	case lw == "zich":
		return true
	case lw == "als" || lw == "zoals" || lw == "dan" || possessives[lw] && t.POS != nl.AUX && t.POS != nl.VERB:
		return false
	}
	// Not after a noun: "stuurt Pierre Valkering 'ter bemoediging'
	// bloemen", "de toegang tot de VS 'beperkt of opschort'".
	return t.POS == nl.VERB || t.POS == nl.AUX || t.POS == nl.ADV || t.POS == nl.ADJ && t.Rel == "advmod"
}

// predicateSpeaker returns who a few quoted words in predicate position
// (inPredicate) are from: the reporter when their clause is what a speech
// verb reports ("X zeggen dat May 'een risicofactor' is geworden"), else
// the subject of the nearest main clause up from them, through
// complement clauses only ("Hij weet wel dat hoge bonussen 'gevoelig
// liggen'"), when it is a person or a body of the article; a pronoun must
// stand for a person. Nil otherwise: not through a coordinated or a
// relative clause ("een wijze die 'des Ajax' is").
func (x *extractor) predicateSpeaker(s span) *speaker {
	d := x.doc
	if si := x.sentenceAt(s.open); si+1 < len(d.Sentences) && d.Sentences[si+1].Paragraph == d.Sentences[si].Paragraph {
		// "Justitie leverde zelf 'het ontlastende bewijs'. Dat zegt
		// opiniemaker X": the next sentence reports this one.
		if ns := d.Sentences[si+1]; len(ns.Tokens) > 2 && isDemonstrative(ns.Tokens[0].Text) {
			if _, _, n := matchCue(ns.Tokens[1:]); n > 0 {
				return nil
			}
		}
	}
	v := d.Clause(x.tokenAt(s.innerStart))
	for n := 0; n < 3 && v >= 0; n++ {
		t := d.Tokens[v]
		if h := t.Head; h >= 0 && t.Rel == "ccomp" && x.parsed(h) {
			if _, _, cn := matchCue(d.Tokens[h:min(len(d.Tokens), h+3)]); cn > 0 {
				if sp := x.parsedSubject(h); sp.found() && x.speaking(sp) {
					return sp
				}
				return nil
			}
		}
		if _, _, cn := matchCue(d.Tokens[v:min(len(d.Tokens), v+1)]); cn > 0 && d.Tokens[v].POS == nl.VERB {
			// "dat diens partijgenoot een ziekenhuis 'een stapel stenen' had
			// genoemd": the words a speech verb's clause holds are its
			// subject's, whatever the clause hangs on.
			if sp := x.parsedSubject(v); sp.found() && (sp.local == "" && !isPronoun(strings.ToLower(sp.text)) || x.speaking(sp)) {
				return sp
			}
			return nil
		}
		if len(d.Dependents(v, "mark")) == 0 {
			// "Hij was aanvankelijk nog 'vrij helder'": what a pronoun's
			// person is, others say.
			if sp := x.parsedSubject(v); sp.found() && x.speaking(sp) && !(isPronoun(strings.ToLower(sp.text)) && len(d.Dependents(v, "cop")) > 0) {
				return sp
			}
		}
		if t.Rel != "ccomp" && t.Rel != "xcomp" || t.Head < 0 {
			return nil
		}
		v = d.Clause(t.Head)
	}
	return nil
}

// speaking reports whether sp is a person or a body of the article that
// may be said to speak; one a pronoun names must be a person ("zij
// moeten doorgaan" is rarely a body's own words).
func (x *extractor) speaking(sp *speaker) bool {
	if sp.local == "" {
		return false
	}
	if isPronoun(strings.ToLower(sp.text)) || strings.EqualFold(sp.text, "die") {
		return x.locals[sp.local].Type == kroniek.PER
	}
	return x.personSpeaker(sp) || x.locals[sp.local].Type == kroniek.ORG
}

// speechAfter returns the cue of a quotation that opens its sentence and
// is set off by a comma from a speech verb of the lexicon right after it
// ("«Q», schrijft een andere lezer", "«Q», aldus de advocaat"; the comma
// may stand inside the marks: "\"Q,\" zegt het meisje"), or nil: the
// quotation is speech whoever the subject is. A verb of being or
// standing ("«Q», staat op het bord", "«Q», is een uitdrukking") is no
// such verb.
func (x *extractor) speechAfter(s span) *speaker {
	if !x.opensSentence(s.open) {
		return nil
	}
	toks := x.tokensIn(s.closeEnd, x.doc.Sentences[x.sentenceAt(max(s.open, s.closeEnd-1))].End)
	i := 1
	if x.commaInside(s) {
		i = 0
	} else if len(toks) < 3 || toks[0].Text != "," {
		return nil
	}
	if len(toks) < i+2 {
		return nil
	}
	if strings.EqualFold(toks[i].Text, "zo") {
		i++
	}
	cue, _, n := matchCue(toks[i:])
	if n == 0 {
		return nil
	}
	// "«Q», antwoord ik": a subject pronoun after it makes the word the
	// parse may call a noun the verb.
	pronounAfter := i+n < len(toks) && nominative[strings.ToLower(toks[i+n].Text)]
	if v := x.tokenIndex(toks[i]); x.parsed(v) && x.doc.Tokens[v].POS != nl.VERB && !strings.EqualFold(toks[i].Text, "aldus") && !pronounAfter {
		return nil // "«Q», vragen en antwoorden": not the verb
	}
	return &speaker{cue: cue, cueStart: toks[i].Start, cueEnd: toks[i+n-1].End}
}

// commaInside reports whether the quotation s ends in a comma inside its
// closing mark ("\"Ik vind dit verschrikkelijk,\" zeg ik"): the comma that
// sets the attribution off.
func (x *extractor) commaInside(s span) bool {
	return strings.HasSuffix(strings.TrimSpace(x.doc.Text[s.innerStart:s.close]), ",")
}

// fragmentSpeaker returns who a few quoted words inside the narration are
// from: the subject of the clause they stand in, or of a clause above it,
// when the parse gives a person or body of the article ("De FNV is
// 'geschokt over de ernst van de meldingen'", "X eist onderzoek naar de
// 'ware motieven …'"). Short fragments and ones that open with a capital
// (titles, slogans) stay terms, unless least (the fewest words) is 2: a
// noun of speech introduces them.
func (x *extractor) fragmentSpeaker(s span, least int) *speaker {
	text := x.doc.Text[s.innerStart:s.innerEnd]
	if len(strings.Fields(text)) < least || least > 2 && isCapitalised(text) || x.wholeSentence(s) {
		return nil
	}
	i := x.tokenAt(s.innerStart)
	if i >= len(x.doc.Tokens) || !x.doc.Parsed(x.doc.SentenceOf(i)) {
		return nil
	}
	v := x.doc.Clause(i)
	// "een docent die de kreet 'Q' schreef": the relative pronoun stands
	// for the noun its clause describes.
	if st := x.subjectTok(v); least == 2 && st >= 0 && nl.Lex().Is(nl.ClassRelative, strings.ToLower(x.doc.Tokens[st].Text)) && strings.HasPrefix(x.doc.Tokens[v].Rel, "acl") && x.doc.Tokens[v].Head >= 0 {
		return x.phrase(x.doc.Tokens[v].Head)
	}
	// "omdat Joëlle volgens hen 'niet gered wilde worden'": the words are
	// the view of whom "volgens" names.
	if sp := x.volgensIn(v); sp.found() {
		return sp
	}
	for n := 0; n < 3 && v >= 0; n++ {
		// "X zeggen dat May 'een risicofactor' is geworden": words in a
		// clause that a speech verb reports are the reporter's.
		if h := x.doc.Tokens[v].Head; h >= 0 && x.doc.Tokens[v].Rel == "ccomp" && x.parsed(h) {
			if _, _, cn := matchCue(x.doc.Tokens[h:min(len(x.doc.Tokens), h+3)]); cn > 0 {
				if sp := x.parsedSubject(h); sp.found() && (sp.local != "" || !isPronoun(strings.ToLower(sp.text))) {
					return sp
				}
				return nil
			}
		}
		if sp := x.parsedSubject(v); sp.found() && sp.local != "" {
			if l, ok := x.locals[sp.local]; ok && (l.Type == kroniek.PER || l.Type == kroniek.ORG) || x.spoke[sp.local] {
				return sp
			}
		}
		h := x.doc.Tokens[v].Head
		if h < 0 {
			break
		}
		v = x.doc.Clause(h)
	}
	return nil
}

// shortFragmentSpeaker returns the person whose words two or three quoted
// lower-case words with a verb inside the narration are: the subject of
// the clause they stand in, when the parse gives a person of the article
// ("kan de hoge opkomst 'alleen maar toejuichen'", "Hij weet dat hoge
// bonussen 'gevoelig liggen'"). A phrase without a verb is a label, and
// bodies and clauses above stay out: as often the writer's words.
func (x *extractor) shortFragmentSpeaker(s span) *speaker {
	text := x.doc.Text[s.innerStart:s.innerEnd]
	if n := len(strings.Fields(text)); n < 2 || n > 3 || !isLowerWord(strings.Fields(text)[0]) || x.wholeSentence(s) || x.afterNoun(s) {
		return nil
	}
	i := x.tokenAt(s.innerStart)
	if i >= len(x.doc.Tokens) || !x.doc.Parsed(x.doc.SentenceOf(i)) {
		return nil
	}
	if !x.verbIn(x.tokensIn(s.innerStart, s.innerEnd)) {
		return nil // "de 'gele hesjes'", "'moderne slavernij'": a label, as often the writer's
	}
	sp := x.parsedSubject(x.doc.Clause(i))
	if !sp.found() || sp.local == "" || sp.end > sp.start && x.quoted(sp.start) {
		return nil
	}
	if l, ok := x.locals[sp.local]; !ok || l.Type != kroniek.PER {
		return nil
	}
	return sp
}

// titleAfterPreposition reports whether the quotation s is a title
// governed by a preposition: it follows the preposition right away, opens
// with a capital, holds at most six words and no sentence-final mark, and
// the narration goes on after it.
func (x *extractor) titleAfterPreposition(s span) bool {
	text := strings.TrimSpace(x.doc.Text[s.innerStart:s.innerEnd])
	i := x.tokenAt(s.open) - 1
	if i < 0 || !isPreposition(x.doc.Tokens[i].Text) || !isCapitalised(text) || len(strings.Fields(text)) > 6 || strings.ContainsAny(text, ".!?:") || x.wholeSentence(s) {
		return false
	}
	return !strings.HasPrefix(strings.TrimLeft(x.doc.Text[s.closeEnd:], " "), ".")
}

// nicknameInName reports whether the quotation of s stands between two
// capitalised words with nothing but spaces on either side, short and
// without a sentence's punctuation: a nickname inside a name.
func (x *extractor) nicknameInName(s span) bool {
	text := strings.TrimSpace(x.doc.Text[s.innerStart:s.innerEnd])
	if len(strings.Fields(text)) > 6 || strings.ContainsAny(text, ".!?:;,") {
		return false
	}
	i := x.tokenAt(s.open) - 1
	j := x.tokenAt(s.closeEnd)
	if i < 0 || j >= len(x.doc.Tokens) {
		return false
	}
	before, after := x.doc.Tokens[i], x.doc.Tokens[j]
	if before.Kind != nl.Word || after.Kind != nl.Word || !isCapitalised(before.Text) || !isCapitalised(after.Text) {
		return false
	}
	return strings.TrimSpace(x.doc.Text[before.End:s.open]) == "" && strings.TrimSpace(x.doc.Text[s.closeEnd:after.Start]) == ""
}

// volgensIn returns whom a "volgens" phrase hanging on clause head v
// names, or nil.
func (x *extractor) volgensIn(v int) *speaker {
	for _, c := range x.doc.Children(v) {
		for _, k := range x.doc.Dependents(c, "case") {
			if strings.EqualFold(x.doc.Tokens[k].Text, "volgens") && !x.quoted(x.doc.Tokens[c].Start) {
				return x.phrase(c)
			}
		}
	}
	return nil
}

// afterWorkNoun reports whether the word before the opening mark at open
// names a kind of work, so that the quotation is its title.
func (x *extractor) afterWorkNoun(open int) bool {
	i := x.tokenAt(open) - 1
	if i > 0 && x.doc.Tokens[i].Text == ":" {
		i-- // "onder de kop: 'Q'"
	}
	if i < 0 {
		return false
	}
	// "volgens de website 'Q'": the work is the source of what is quoted.
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if strings.EqualFold(x.doc.Tokens[k].Text, "volgens") {
			return false
		}
	}
	w := strings.ToLower(x.doc.Tokens[i].Text)
	if workNouns[w] {
		return true
	}
	for n := range workNouns { // compounds: "debuutroman", "tv-programma"
		if len(w) > len(n)+2 && strings.HasSuffix(w, n) {
			return true
		}
	}
	return false
}

// titleLeadIn reports whether a colon before the opening mark at open ends a
// lead-in that names a title, slogan or theme a few words before it ("de
// nieuwe campagne van Sire: 'Q'", "Het thema is dit jaar behoorlijk suf:
// 'Q'"), so that what follows is that name, not speech.
func (x *extractor) titleLeadIn(open int) bool {
	colon := x.tokenAt(open) - 1
	if colon < 1 || x.doc.Tokens[colon].Text != ":" {
		return false
	}
	start := x.doc.Sentences[x.sentenceAt(x.doc.Tokens[colon].Start)].Start
	for k := colon - 1; k >= 0 && k >= colon-6 && x.doc.Tokens[k].Start >= start; k-- {
		t := x.doc.Tokens[k]
		if t.Kind == nl.Punct {
			return false
		}
		w := strings.ToLower(t.Text)
		if len(nl.Lex().Lookup(nl.ClassSpeechVerb, w)) > 0 {
			return false // "In de campagne zei hij: 'Q'"
		}
		if titleNouns[w] {
			return true
		}
		for n := range titleNouns { // "verkiezingsslogan", "boekenweekthema"
			if len(w) > len(n)+2 && strings.HasSuffix(w, n) {
				return true
			}
		}
	}
	return false
}

// citedHeadline matches a newspaper and date in brackets after a quotation:
// "(AD 8-4)", "(Trouw, 12/3)".
var citedHeadline = regexp.MustCompile(`^\s*\(\p{Lu}[\p{L}&.]*(?: \p{Lu}[\p{L}&.]*)*,? \d{1,2}[-/]\d{1,2}\b`)

// titleNouns name words that stand as a name, not as speech, after a colon.
var titleNouns = map[string]bool{
	"campagne": true, "thema": true, "motto": true, "slogan": true, "leus": true, "leuze": true,
	"hashtag": true, "titel": true, "werktitel": true,
}

// workNouns are kinds of works whose titles stand in quotation marks.
var workNouns = map[string]bool{
	"roman": true, "boek": true, "film": true, "documentaire": true, "serie": true, "programma": true,
	"lied": true, "nummer": true, "album": true, "single": true, "plaat": true, "toneelstuk": true,
	"voorstelling": true, "musical": true, "opera": true, "gedicht": true, "bundel": true, "column": true,
	"artikel": true, "essay": true, "rapport": true, "titel": true, "tentoonstelling": true, "expositie": true,
	"campagne": true, "thema": true, "motto": true, "slogan": true, "kop": true, "rubriek": true,
	"podcast": true, "show": true, "spel": true, "game": true, "app": true, "hashtag": true, "project": true,
	"brochure": true, "folder": true, "boekje": true, "nota": true, "notitie": true, "verslag": true, "studie": true,
	"handboek": true, "pamflet": true, "manifest": true, "tijdschrift": true, "magazine": true, "website": true,
	"blog": true, "strip": true, "speelfilm": true, "cd": true, "reeks": true,
}

// isTerm reports whether unattributed quoted words are a scare quote or a
// title rather than speech: short, without a clause's punctuation, and
// inside a sentence of the writer's.
func isTerm(text string, whole bool) bool {
	words := len(strings.Fields(text))
	t := strings.TrimSpace(text)
	last, _ := utf8.DecodeLastRuneInString(t)
	if whole && words >= 3 {
		return false
	}
	if strings.ContainsAny(t, ".!?") && words >= 4 {
		return false
	}
	return words <= 6 || !(last == '.' || last == '!' || last == '?')
}

// wholeSentence reports whether the quotation makes up its sentence(s).
func (x *extractor) wholeSentence(s span) bool {
	si := x.sentenceAt(s.open)
	sent := x.doc.Sentences[si]
	if sent.Start != s.open && !endsSentence(x.doc.Text[sent.Start:s.open]) {
		return false
	}
	end := x.doc.Sentences[x.sentenceAt(max(s.open, s.closeEnd-1))].End
	rest := strings.TrimSpace(x.doc.Text[s.closeEnd:end])
	return rest == "" || rest == "." || rest == "!" || rest == "?"
}

// attribute tries the attribution patterns in order of reliability.
func (x *extractor) attribute(s span, prev *kroniek.Quote) *speaker {
	d := x.doc
	first := x.sentenceAt(s.open)
	last := x.sentenceAt(max(s.open, s.closeEnd-1))
	// «Q», zei X / «Q», aldus X
	if sp := x.cueAfter(s.closeEnd, d.Sentences[last].End, true); sp.found() {
		return sp
	}
	if c := x.speechAfter(s); c != nil && !x.definiteAfter(c.cueEnd) {
		// "«Q», vraagt er wel eens een": the verb after it has a subject
		// of its own, whom the article does not name; nobody before. ("«Q»,
		// zegt de Bredase" may still be the one quoted before.)
		return nil
	}
	// X zei: «Q» / X noemde Y «Q» / X had het over «Q» / Poetins opmerking dat … «Q»
	// The attribution stands near the quotation: look at most `window`
	// tokens away, so a sentence of thousands of quotations stays linear.
	from := max(d.Sentences[first].Start, x.offsetBefore(s.open, window))
	// "Wat zeggen de daders? «Q»": the interviewer's question is no
	// attribution.
	asked := strings.HasSuffix(strings.TrimSpace(d.Text[from:s.open]), "?")
	if sp := x.cueBefore(from, s.open); sp.found() && !asked {
		return sp
	}
	// volgens X … «Q» (in the same sentence)
	to := min(d.Sentences[last].End, x.offsetAfter(s.closeEnd, window))
	if sp := x.volgens(from, to, s); sp.found() {
		return sp
	}
	// "Eén ding weet hij zeker: «Q»", "ziet X het zo: «Q»": the subject of
	// a lead-in that ends in a colon, when it is a person.
	if narr := x.narration(first, s.open); len(narr) > 0 && narr[0].End == s.open && len(strings.Fields(d.Text[s.innerStart:s.innerEnd])) >= 4 {
		if sp := x.colonLead(narr[0]); sp.found() && (x.personSpeaker(sp) || x.bodyLead(narr[0], sp)) {
			return sp
		}
	}
	// "Mina Etemad (31) Filmmaker in Amsterdam «Q»": a heading that names
	// the speaker, their age and role.
	if sp := x.captionBefore(s); sp != nil {
		return sp
	}
	if !x.wholeSentence(s) && !x.bareLead(s) {
		return nil
	}
	// «Q.» Dat zei X.
	if last+1 < len(d.Sentences) && d.Sentences[last+1].Paragraph == d.Sentences[last].Paragraph {
		ns := d.Sentences[last+1]
		if len(ns.Tokens) > 2 && isDemonstrative(ns.Tokens[0].Text) {
			if sp := x.cueAfter(ns.Tokens[1].Start, ns.End, false); sp.found() {
				return sp
			}
		}
		if w := strings.ToLower(ns.Tokens[0].Text); len(ns.Tokens) > 3 && (w == "deze" || w == "die" || w == "dit" || w == "dat") {
			// "Deze onheilspellende verwachting sprak de president uit": the
			// demonstrative's noun, then the verb and its speaker.
			k := 1
			for k < len(ns.Tokens)-1 && k < 4 {
				if pt, ok := x.parsedAt(ns.Tokens[k]); !ok || pt.POS != nl.ADJ && pt.Rel != "amod" {
					break
				}
				k++
			}
			if pt, ok := x.parsedAt(ns.Tokens[k]); ok && pt.POS == nl.NOUN && k+1 < len(ns.Tokens) {
				if sp := x.cueAfter(ns.Tokens[k+1].Start, ns.End, false); sp.found() && x.personSpeaker(sp) {
					return sp
				}
			}
		}
	}
	// A quotation that continues the previous one keeps its speaker: the
	// next paragraph, or the next sentence after an attributed quotation.
	hasPrev := prev != nil && (prev.SpeakerLocal != "" || prev.SpeakerText != "")
	fromPrev := func() *speaker {
		return &speaker{local: prev.SpeakerLocal, text: prev.SpeakerText, start: prev.SpeakerStart, end: prev.SpeakerEnd, cue: prev.Cue}
	}
	if hasPrev {
		ps := x.sentenceAt(prev.Start)
		if !s.cont && ps >= first-2 {
			if sp := x.doerBetween(prev, s); sp != nil {
				return sp // «Q1», zegt Els. Piet knikt. «Q2»: Piet's
			}
		}
		if s.cont || ps == first-1 || (ps >= first-2 && x.onlyQuotesBetween(prev.End, s.open)) {
			return fromPrev()
		}
		if x.ownAttributionBetween(prev, s.open, first) {
			return fromPrev()
		}
	}
	// In an interview (questions and answers), an answer standing on its
	// own stays with the one interviewed, whoever the interviewer's
	// remark between names ("Hij wint wel de verkiezingen. «Q»").
	if hasPrev && prev.SpeakerLocal != "" && x.isInterview() && prev.SpeakerLocal == x.interviewee() && !x.otherSpeaks(first, s.open, prev.End, prev.SpeakerLocal) {
		return fromPrev()
	}
	// Hij waarschuwde zaterdag dat … . „Q.”: the previous sentence speaks.
	narr := x.narration(first, s.open)
	if len(narr) > 0 && !x.quoted(narr[0].Start) {
		// A question before the quotation is the interviewer's: its verb
		// attributes nothing.
		if ps := narr[0]; !x.question(ps) && !(addressed(ps) && x.isInterview()) {
			// Only a person: "De grande dame van de VVD oordeelt …" is no
			// reason to give the quotation to the VVD.
			if sp := x.speechClause(ps.Start, ps.End, hasPrev); sp.found() {
				if hasPrev && prev.SpeakerLocal != "" && sp.local != "" && sp.local != prev.SpeakerLocal && isPronoun(strings.ToLower(sp.text)) && x.namedIn(s, sp.local) {
					// "…, aldus de advocaat. Na …, wijst hij op … . «Dat heb
					// je als Willem Holleeder …»": a pronoun that resolved to
					// the one the quotation names is the speaker before.
					return fromPrev()
				}
				return sp
			}
			// "… volgt de reactie via het account van minister Jan de Wit. «Q»"
			if sp := x.cueNounOf(ps); sp.found() && x.personSpeaker(sp) {
				return sp
			}
			// "Volgens hem zadelt … . «Q»"
			if sp := x.volgens(ps.Start, ps.End, span{open: -1, closeEnd: -1}); sp.found() && x.personSpeaker(sp) {
				return sp
			}
			// "…, een plantsoenwerker stapt uit en lacht naar me. «Q»",
			// "Een van de ambtenaren staat op. «Q»": the unnamed person
			// the sentence before brings in, when no name follows.
			if sp := x.unnamedDoer(ps); sp != nil && !x.subjectPersonBetween(ps.Start, s.open) {
				return sp
			}
		}
		// "De Boer ziet daar geen probleem in. «Q.»": a quotation standing on
		// its own after a sentence about one person is that person's; the
		// narration may take a few sentences ("X wijdde een studie aan de
		// brug. Hij deed een test. … «Q»").
		if len(strings.Fields(d.Text[s.innerStart:s.innerEnd])) >= 3 {
			for k, ps := range narr {
				if x.speechIn(ps) || x.quoted(ps.Start) || (x.question(ps) || addressed(ps)) && x.isInterview() {
					break
				}
				// "In Turkije zijn het volgens Temelkuran de vrouwen die …":
				// a sentence that gives someone's view is theirs.
				if sp := x.volgens(ps.Start, ps.End, span{open: -1, closeEnd: -1}); k > 0 && sp.found() && sp.local != "" && x.personSpeaker(sp) && !x.namedIn(s, sp.local) {
					return sp
				}
				// "Ook Rutte heeft … gesteld, schrijven Hoekstra en Van
				// Nieuwenhuizen. … «Q»": the subject is what they report;
				// they are who is quoted.
				if r, ok := x.trailing(ps, x.quoted); ok && r.SpeakerLocal != "" && !opinion(strings.ToLower(r.Cue)) && x.personSpeaker(&speaker{local: r.SpeakerLocal}) {
					if x.namedIn(s, r.SpeakerLocal) {
						continue
					}
					return &speaker{local: r.SpeakerLocal, text: r.SpeakerText, start: r.SpeakerStart, end: r.SpeakerEnd, cue: r.Cue}
				}
				if sp := x.subjectOf(ps, true); sp.found() {
					if sp.local == "" && isPronoun(strings.ToLower(sp.text)) {
						break // "«Q1», zegt X. Ze leiden tot stress. «Q2»": a "ze" that names no one is what the narration is about, not who speaks
					}
					if x.talkedAbout(s, sp, ps) {
						continue // a person the quotation names or means by "hij"/"zij" is who it is about or to, rarely who says it
					}
					return sp
				}
				// The sentence right before: its subject by the parse, when
				// it names a person late ("…, hoort Velvis niet").
				if sp := x.mainSubject(ps); k == 0 && sp.found() && sp.local != "" && x.personSpeaker(sp) && !x.talkedAbout(s, sp, ps) {
					if hasPrev && prev.SpeakerLocal != "" && sp.local != prev.SpeakerLocal && isPronoun(strings.ToLower(sp.text)) && x.namedIn(s, sp.local) {
						return fromPrev() // as for the speech clause above
					}
					return sp
				}
				// "Het ministerie wijst de aantijgingen in een brief af. «Q»":
				// a body the sentence before has speak through a statement.
				if sp := x.bodyStatement(ps); k == 0 && sp != nil {
					return sp
				}

			}
		}
	}
	// An interview: a question, then the answer of whoever spoke last.
	if hasPrev && prev.End <= s.open && !x.personBetween(max(prev.End, prev.SpeakerEnd), s.open, prev.SpeakerLocal) {
		return fromPrev()
	}
	// Or of the person the interview is with: the one named most often.
	if len(narr) > 0 && (x.question(narr[0]) || addressed(narr[0]) && x.isInterview()) {
		if l := x.interviewee(); l != "" {
			return &speaker{local: l, text: x.locals[l].Name}
		}
	}
	if sp := x.teaser(s, first, last); sp != nil {
		return sp
	}
	if sp := x.introducedAfter(s, first, last); sp != nil {
		return sp
	}
	// "Voor de Amsterdamse Verberne is het uniek … . «Normaal ben ik …»":
	// words in the first person after a sentence that names one person
	// (not as its subject: that one spoke above) are that person's.
	if len(narr) > 0 && x.wholeSentence(s) {
		return x.onlyPerson(narr[0], s)
	}
	return nil
}

// bareLead reports whether the quotation s opens its sentence after one
// word and a colon ("En: «Q»", "Maar: «Q»"): a lead-in that attributes
// nothing, so the narration before it may, as for a whole sentence.
func (x *extractor) bareLead(s span) bool {
	sent := x.doc.Sentences[x.sentenceAt(s.open)]
	lead := strings.Fields(x.doc.Text[sent.Start:s.open])
	if len(lead) != 1 || !strings.HasSuffix(lead[0], ":") || !isCoordinator(strings.ToLower(strings.TrimSuffix(lead[0], ":"))) {
		return false
	}
	end := x.doc.Sentences[x.sentenceAt(max(s.open, s.closeEnd-1))].End
	rest := strings.TrimSpace(x.doc.Text[s.closeEnd:end])
	return rest == "" || rest == "." || rest == "!" || rest == "?"
}

// onlyPerson returns the one person the narration sentence ps names
// (outside quotations, not inside another noun phrase: "de jas van Mia")
// when the quotation s speaks in the first person ("ik", "we", "mijn");
// nil when ps names no one or more than one, is a question or opens with
// a quotation.
func (x *extractor) onlyPerson(ps nl.Sentence, s span) *speaker {
	if x.quoted(ps.Start) || x.question(ps) || x.hasQuote(ps) || !firstPerson(x.doc.Text[s.innerStart:s.innerEnd]) {
		return nil
	}
	if x.unnamedDoer(ps) != nil {
		return nil // "Een van de ambtenaren richt zich tot Dessing. «Wij kunnen …»"
	}
	var found *speaker
	for k := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start >= ps.Start }); k < len(x.mentions) && x.mentions[k].Start < ps.End; k++ {
		m := x.mentions[k]
		if m.Local == "" || !x.isPerson(m) {
			continue
		}
		if i := x.tokenAt(m.Start); x.parsed(i) && x.insidePhrase(i) {
			continue
		}
		if found != nil && found.local != x.personOf(m) {
			return nil
		}
		found = x.fromMention(m)
	}
	if found == nil || x.locals[found.local].Type != kroniek.PER {
		return nil
	}
	return found
}

// firstPerson reports whether text speaks in the first person.
func firstPerson(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "ik", "mij", "me", "mijn", "we", "wij", "ons", "onze":
			return true
		}
	}
	return false
}

// otherSpeaks reports whether the narration before a quotation opening at
// open, back to offset since, attributes words to a person other than
// local ("…, voegt sportjournalist X eraan toe. «Q»" in an interview with
// Y).
func (x *extractor) otherSpeaks(first, open, since int, local string) bool {
	for _, ps := range x.narration(first, open) {
		if ps.End <= since || x.quoted(ps.Start) || x.question(ps) {
			return false
		}
		if addressed(ps) {
			continue // "U noemde De Jonge niet.": the interviewer to the one interviewed
		}
		if sp := x.speechClause(ps.Start, ps.End, true); sp.found() && sp.local != "" && sp.local != local {
			return true
		}
	}
	return false
}

// addressed reports whether a sentence speaks to someone: "u", "jij" or
// "je" in it.
func addressed(ps nl.Sentence) bool {
	for _, t := range ps.Tokens {
		switch strings.ToLower(t.Text) {
		case "u", "jij", "je":
			return true
		}
	}
	return false
}

// unnamedDoer returns the unnamed person the parse makes the subject of
// a finite verb of ps ("een plantsoenwerker stapt uit", "Een van de
// ambtenaren staat op"), as its words: "een" and a noun for a person, or
// "een van de" and a plural of people. nil when there is none, or more
// than one.
func (x *extractor) unnamedDoer(ps nl.Sentence) *speaker {
	d := x.doc
	var found *speaker
	for _, pt := range ps.Tokens {
		i := x.tokenIndex(pt)
		var head string
		if !x.parsed(i) || d.Tokens[i].Head < 0 {
			continue
		}
		vi := d.Tokens[i].Head
		if d.Tokens[i].Rel == "conj" && strings.HasPrefix(d.Tokens[vi].Rel, "nsubj") && d.Tokens[vi].Head >= 0 {
			vi = d.Tokens[vi].Head // "Een golfkarretje stopt, een plantsoenwerker stapt uit": parsed as one subject
		} else if !strings.HasPrefix(d.Tokens[i].Rel, "nsubj") {
			continue
		}
		v := d.Tokens[vi]
		if (v.POS != nl.VERB && v.POS != nl.AUX) || !v.Feats.Has(nl.FeatFin) || x.quoted(pt.Start) || x.subordinate(vi) || strings.HasPrefix(v.Rel, "acl") || strings.HasPrefix(v.Rel, "advcl") || strings.HasPrefix(v.Rel, "ccomp") || strings.HasPrefix(v.Rel, "csubj") {
			continue // "Het is voorgekomen dat een woningeigenaar hem benaderde": not a main clause
		}
		first, last := d.Span(i)
		if first < 0 || first < x.tokenIndex(ps.Tokens[0]) || last-first > 6 || !strings.EqualFold(d.Tokens[first].Text, "een") {
			continue
		}
		if strings.EqualFold(d.Tokens[i].Text, "een") || strings.EqualFold(d.Tokens[i].Text, "één") {
			if last-first < 3 || !strings.EqualFold(d.Tokens[first+1].Text, "van") {
				continue
			}
			// "Een van de ambtenaren (in de zaal)"
			n := -1
			for _, c := range d.Children(i) {
				if c > i && d.Tokens[c].POS == nl.NOUN {
					n = c
					break
				}
			}
			if n < 0 || !people(strings.ToLower(d.Tokens[n].Text)) {
				continue
			}
			last = n
		} else {
			head = strings.ToLower(d.Tokens[i].Text)
			if d.Tokens[i].POS != nl.NOUN || !(isRoleNoun(head) || doerNoun(head) || wordGender(head) != genderUnknown) {
				continue
			}
			// without a relative clause or a "van"-phrase that names someone
			for k := i + 1; k <= last; k++ {
				if d.Tokens[k].Kind == nl.Punct || x.personMentionAt(d.Tokens[k]) {
					last = k - 1
					break
				}
			}
		}
		if found != nil {
			return nil
		}
		found = &speaker{text: d.Text[d.Tokens[first].Start:d.Tokens[last].End], start: d.Tokens[first].Start, end: d.Tokens[last].End}
	}
	return found
}

// namedIn reports whether the quotation s names local itself: someone
// quoted talks about or to that person, rarely as them.
func (x *extractor) namedIn(s span, local string) bool {
	i := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start >= s.innerStart })
	for ; i < len(x.mentions) && x.mentions[i].Start < s.innerEnd; i++ {
		if x.mentions[i].Local == local || x.personOf(x.mentions[i]) == local {
			return true
		}
	}
	return false
}

// teaser returns who says a quotation that opens the article without an
// attribution: the person the next sentence (or the one after) is about,
// as the subject of its speech verb or of its clause ("'Q.' Schele Joop
// stelt deze vraag aan …", "'Q.' Met bescheiden oproepen als deze wist
// Zuzana Caputova …"); nil otherwise.
func (x *extractor) teaser(s span, first, last int) *speaker {
	if first > 0 || !x.wholeSentence(s) {
		return nil
	}
	for k := last + 1; k < len(x.doc.Sentences) && k <= last+2; k++ {
		ns := x.doc.Sentences[k]
		if x.hasQuote(ns) || x.quoted(ns.Start) {
			return nil
		}
		for _, sp := range []*speaker{x.speechClause(ns.Start, ns.End, true), x.sentenceSubject(ns), x.mainSubject(ns)} {
			if sp.found() && sp.local != "" && x.personSpeaker(sp) {
				return sp
			}
		}
	}
	return nil
}

// colonLead returns the parsed subject of the finite verb of a lead-in
// that ends in a colon right before a quotation; nil otherwise.
func (x *extractor) colonLead(ps nl.Sentence) *speaker {
	toks := ps.Tokens
	if len(toks) < 3 || toks[len(toks)-1].Text != ":" {
		return nil
	}
	finite := func(i int) bool {
		return x.parsed(i) && (x.doc.Tokens[i].POS == nl.VERB || x.doc.Tokens[i].POS == nl.AUX) && x.doc.Tokens[i].Feats.Has(nl.FeatFin)
	}
	for _, t := range toks {
		i := x.tokenIndex(t)
		if !finite(i) {
			continue
		}
		if h := x.doc.Tokens[i].Head; h >= 0 && x.doc.Tokens[h].Start >= toks[0].Start && x.doc.Tokens[h].End <= toks[len(toks)-1].End {
			continue // a verb inside the lead-in's own clauses
		}
		if !x.subordinate(i) {
			return x.parsedSubject(i)
		}
		// "Als hij … verschijnt - … - declameert de verteller:": the parse
		// made the subordinate clause the root; the main clause is the
		// last finite verb of the lead-in that no subordinator or relative
		// pronoun opens.
		for k := len(toks) - 1; k >= 0; k-- {
			j := x.tokenIndex(toks[k])
			if finite(j) && !x.subordinate(j) && !strings.HasPrefix(x.doc.Tokens[j].Rel, "acl") {
				return x.parsedSubject(j)
			}
		}
		return nil
	}
	return nil
}

// subordinate reports whether the subordinator of a dependent clause
// marks verb v ("als", "toen", "dat").
func (x *extractor) subordinate(v int) bool {
	for _, c := range x.doc.Dependents(v, "mark") {
		if x.doc.Tokens[c].POS == nl.SCONJ {
			return true
		}
	}
	return false
}

// endsSentence reports whether narration text ends a sentence: ". ,,Q”"
// where the splitter left the quotation in the narration's sentence.
func endsSentence(text string) bool {
	t := strings.TrimRight(text, " \n")
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!' || r == '?'
}

// narration returns the sentences before a quotation that opens at open
// in sentence first, nearest first (at most four): the part of first
// before open when the quotation opens it mid-way, then the sentences
// before.
func (x *extractor) narration(first, open int) []nl.Sentence {
	var out []nl.Sentence
	if ss := x.doc.Sentences[first]; ss.Start < open {
		ss.Tokens = x.tokensIn(ss.Start, open)
		ss.End = open
		if len(ss.Tokens) > 0 {
			out = append(out, ss)
		}
	}
	for k := first - 1; k >= 0 && len(out) < 4; k-- {
		out = append(out, x.doc.Sentences[k])
	}
	return out
}

// speechIn reports whether a sentence holds someone's speech: a quotation
// that opens it, or one that ends a sentence of its own. Quoted words
// inside the narration ("vindt het 'zorgelijk'", "zou het resultaat zijn
// van een 'interventie die …'") leave the sentence the narration's.
func (x *extractor) speechIn(s nl.Sentence) bool {
	i := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].innerEnd > s.Start })
	for ; i < len(x.spans) && x.spans[i].open < s.End; i++ {
		sp := x.spans[i]
		inner := strings.TrimRight(x.doc.Text[sp.innerStart:sp.innerEnd], " ")
		if sp.open <= s.Start || endsSentence(inner) {
			return true
		}
	}
	return false
}

// sentenceSubject returns the person a narrating sentence is about: a
// sentence-initial pronoun, or the first person named in it who is not the
// object of a preposition ("Al trapt Kees De Waele wel op de rem").
func (x *extractor) sentenceSubject(ps nl.Sentence) *speaker {
	return x.subjectOf(ps, false)
}

// subjectOf is sentenceSubject; with inverted set, a singular pronoun
// right after the finite verb of an inverted main clause counts too.
func (x *extractor) subjectOf(ps nl.Sentence, inverted bool) *speaker {
	toks := ps.Tokens
	for k, t := range toks {
		if k >= 12 || isQuoteTok(t) {
			break
		}
		if m, ok := x.mentionAt(t.Start, t.End); ok {
			if m.Local == "" || !x.isPerson(m) || x.afterPreposition(m) || m.Start > 0 && x.doc.Text[m.Start-1] == '-' || x.dependentName(m) || strings.HasSuffix(m.Text, "s") && k+1 < len(toks) && toks[k+1].Kind == nl.Word && !isCapitalised(toks[k+1].Text) && x.possessive(m) {
				if x.isPerson(m) && !x.afterPreposition(m) && !x.dependentName(m) {
					return nil // "Marins vader …": someone else
				}
				continue
			}
			if x.displacedByPronoun(m) {
				continue // "Lachgas, weet hij.": the pronoun after the verb is who knows
			}
			return x.fromMention(m)
		}
		lw := strings.ToLower(t.Text)
		if k == 0 && isPronoun(lw) {
			return x.pronoun(t)
		}
		// "Daarnaast heeft ze haar vriend X bij zich": the singular
		// pronoun right after the finite verb of an inverted main clause
		// is its subject, and a name after it an object, when the pronoun
		// resolves to a person (plural "ze" and unresolved ones left as before).
		if inverted && k > 0 && (lw == "hij" || lw == "zij" || lw == "ze") && x.finiteAt(toks, k-1) && !x.doc.Tokens[x.tokenIndex(toks[k-1])].Feats.Has(nl.FeatPlur) && x.parsedRel(t, "nsubj") {
			if sp := x.pronoun(t); sp.found() && sp.local != "" && x.personSpeaker(sp) {
				return sp
			}
		}
		// "Maar de wethouder is van mening …": a role that opens the
		// sentence describes someone of the article.
		if k <= 2 && (isRoleNoun(lw) || personNoun(lw)) && k > 0 && (isDeterminer(toks, k-1) || wordAt(toks, k-1, ownPossessives)) {
			sp := x.description(toks, k)
			if sp.local != "" {
				return sp
			}
			// "De advocaat vreest dat X …", "Een bewoner van nummer 58 was
			// geschrokken": a person the article does not name, by the
			// words that describe them; not when a name follows ("de
			// oud-minister Hillary Clinton").
			// Only a phrase that opens the sentence: not "Met de vriend van
			// zijn zus gaat hij", "Als de directeur … heeft afgesloten".
			opens := k == 1 || k == 2 && isCoordinator(toks[0].Text)
			if opens && (k+1 >= len(toks) || !x.personMentionAt(toks[k+1])) {
				if k > 0 && wordAt(toks, k-1, ownPossessives) && sp.start == toks[k].Start {
					sp.start, sp.text = toks[k-1].Start, x.doc.Text[toks[k-1].Start:sp.end] // "Mijn vrouw"
				}
				if sp := x.owned(toks, k, sp); x.anonPerson(sp) {
					return sp
				}
			}
		}
		// "Erken voorziet …": a surname the tagger missed.
		if k == 0 && t.Kind == nl.Word && isCapitalised(t.Text) && !nl.IsStopword(lw) {
			if l := x.personNamed(t.Text, ""); l != "" {
				return &speaker{local: l, text: t.Text, start: t.Start, end: t.End}
			}
		}
	}
	return nil
}

// parsedRel reports whether the parse gives token t the relation rel.
func (x *extractor) parsedRel(t nl.Token, rel string) bool {
	i := x.tokenIndex(t)
	return x.parsed(i) && x.doc.Tokens[i].Rel == rel
}

// mainSubject returns the person the parse makes the subject of the main
// clause of a sentence when it stands after the verb or late in the
// sentence ("Bij de Nederlanders die …, hoort Velvis niet", "Daar baalt
// hij van"); nil otherwise.
func (x *extractor) mainSubject(ps nl.Sentence) *speaker {
	d := x.doc
	for _, pt := range ps.Tokens {
		r := x.tokenIndex(pt)
		if !x.parsed(r) || d.Tokens[r].Head >= 0 {
			continue
		}
		s := d.Subject(r)
		if s < 0 {
			s = x.subjectTok(r) // "ziet de chirurg dat niet gebeuren": the verb's own nsubj
		}
		if s < 0 || d.Tokens[s].Start < ps.Start || d.Tokens[s].End > ps.End || x.quoted(d.Tokens[s].Start) {
			return nil
		}
		t := d.Tokens[s]
		if lw := strings.ToLower(t.Text); lw == "hij" || lw == "zij" && !x.pluralVerb(r) {
			return x.pronoun(t)
		}
		if m, ok := x.mentionAt(t.Start, t.End); ok && m.Local != "" && x.isPerson(m) && !x.afterPreposition(m) && !x.dependentName(m) {
			return x.fromMention(m)
		}
		// "Bij Roy Ruijter ziet de chirurg dat niet snel gebeuren": a role
		// the article gave a person it names.
		// "Ondanks de crisis blijft minister van Internationale Handel Liam
		// Fox optimistisch": a role without an article is a title before
		// the name.
		if lw := strings.ToLower(t.Text); t.POS == nl.NOUN && (isDeterminer(d.Tokens, s-1) || personNoun(lw)) {
			if sp := x.phrase(s); sp.found() && sp.local != "" && x.personSpeaker(sp) && (personNoun(lw) || containsAll(x.described[sp.local], []string{lw})) {
				return sp
			}
		}
		return nil
	}
	return nil
}

// bodyStatement returns the organisation that the parse makes the subject
// of a sentence's main clause when the sentence names a statement of it
// ("in een brief", "in een verklaring"): what follows on its own is
// quoted from it. Nil otherwise.
func (x *extractor) bodyStatement(ps nl.Sentence) *speaker {
	statement := false
	for _, t := range ps.Tokens {
		if cueNouns[strings.ToLower(t.Text)] && !x.quoted(t.Start) {
			statement = true
		}
	}
	if !statement {
		return nil
	}
	for _, pt := range ps.Tokens {
		r := x.tokenIndex(pt)
		if !x.parsed(r) || x.doc.Tokens[r].Head >= 0 {
			continue
		}
		s := x.subjectTok(r)
		if s < 0 {
			return nil
		}
		if m, ok := x.mentionAt(x.doc.Tokens[s].Start, x.doc.Tokens[s].End); ok && m.Local != "" && x.locals[m.Local].Type == kroniek.ORG && !x.afterPreposition(m) {
			return x.fromMention(m)
		}
		return nil
	}
	return nil
}

// isInterview reports whether the text is laid out as an interview: at
// least three questions outside quotations.
func (x *extractor) isInterview() bool {
	if x.interview == 0 && x.leadInterviewee() != "" {
		x.interview = 2
	}
	if x.interview == 0 {
		n := 0
		for _, s := range x.doc.Sentences {
			if x.question(s) {
				n++
			}
		}
		x.interview = 1
		if n >= 3 {
			x.interview = 2
		}
	}
	return x.interview == 2
}

// question reports whether a sentence outside quotations asks something:
// the interviewer's turn.
func (x *extractor) question(s nl.Sentence) bool {
	n := len(s.Tokens)
	return n > 1 && s.Tokens[n-1].Text == "?" && !x.quoted(s.Start) && !x.hasQuote(s)
}

// interviewee returns the person an opening lead says the interview is
// with, else the person named most often outside quotations (at least
// twice), or "".
func (x *extractor) interviewee() string {
	if x.mainPerson != nil {
		return *x.mainPerson
	}
	if l := x.leadInterviewee(); l != "" {
		x.mainPerson = &l
		return l
	}
	count := map[string]int{}
	for l := range x.spoke {
		count[l] += 2 // who already answered counts more
	}
	best := ""
	for _, m := range x.mentions {
		if m.Local == "" || !x.isPerson(m) || x.quoted(m.Start) {
			continue
		}
		l := x.personOf(m)
		if !strings.Contains(m.Text, " ") {
			if p := x.personNamed(m.Text, ""); p != "" {
				l = p // "Okonkwo" counts for "Ada Okonkwo"
			}
		}
		count[l]++
		if c := count[l]; c >= 2 && (best == "" || c > count[best]) {
			best = l
		}
	}
	x.mainPerson = &best
	return best
}

// leadInterviewee returns the person the article's first sentence
// announces an interview with ("Vijf vragen aan X, voorzitter van …", "In
// gesprek met X"), or "".
func (x *extractor) leadInterviewee() string {
	if len(x.doc.Sentences) == 0 {
		return ""
	}
	toks := x.doc.Sentences[0].Tokens
	for k := 0; k+2 < len(toks) && k < 8; k++ {
		a, b := strings.ToLower(toks[k].Text), strings.ToLower(toks[k+1].Text)
		if !(a == "vragen" && b == "aan" || (a == "gesprek" || a == "interview" || a == "vraaggesprek") && b == "met" && (k == 0 || k == 1 && strings.EqualFold(toks[0].Text, "in"))) {
			continue
		}
		if m, ok := x.mentionAt(toks[k+2].Start, toks[k+2].End); ok && m.Local != "" && x.isPerson(m) {
			return x.personOf(m)
		}
		return ""
	}
	// "…, blijkt uit een gesprek met directeur Thijs Emondts.": the lead's
	// last sentences announce it.
	for _, s := range x.doc.Sentences[:min(3, len(x.doc.Sentences))] {
		toks := s.Tokens
		for k := 2; k+2 < len(toks); k++ {
			if !strings.EqualFold(toks[k-2].Text, "uit") || !strings.EqualFold(toks[k-1].Text, "een") || !strings.EqualFold(toks[k+1].Text, "met") {
				continue
			}
			if w := strings.ToLower(toks[k].Text); w != "gesprek" && w != "interview" && w != "vraaggesprek" {
				continue
			}
			j := k + 2
			for j < len(toks)-1 && j < k+4 && toks[j].Kind == nl.Word && !isCapitalised(toks[j].Text) && isRoleNoun(strings.ToLower(toks[j].Text)) {
				j++ // "met directeur X"
			}
			if m, ok := x.mentionAt(toks[j].Start, toks[j].End); ok && m.Local != "" && x.isPerson(m) {
				return x.personOf(m)
			}
		}
	}
	return ""
}

// hasQuote reports whether a sentence holds a quotation mark.
func (x *extractor) hasQuote(s nl.Sentence) bool {
	for _, t := range s.Tokens {
		if isQuoteTok(t) {
			return true
		}
	}
	return false
}

// possessive reports whether a mention is a genitive ("Marins"): its text
// is longer than another mention of the same local.
func (x *extractor) possessive(m kroniek.Mention) bool {
	if x.forms == nil {
		x.forms = make(map[string]bool, len(x.mentions))
		for _, o := range x.mentions {
			x.forms[o.Local+"\x00"+o.Text] = true
		}
	}
	return x.forms[m.Local+"\x00"+strings.TrimSuffix(m.Text, "s")] && strings.HasSuffix(m.Text, "s")
}

// personBetween reports whether a person other than except is named in
// [from, to), outside quotations.
func (x *extractor) personBetween(from, to int, except string) bool {
	if to-from > 1500 {
		return true
	}
	i := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start >= from })
	for ; i < len(x.mentions) && x.mentions[i].Start < to; i++ {
		if m := x.mentions[i]; x.isPerson(m) && !x.quoted(m.Start) && (except == "" || m.Local != except) {
			return true
		}
	}
	return false
}

// quoted reports whether offset lies inside a quotation found by marks.
func (x *extractor) quoted(off int) bool {
	i := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].innerEnd > off })
	return i < len(x.spans) && x.spans[i].innerStart <= off
}

// personSpeaker reports whether sp is a person of the article (or a
// pronoun standing for one).
func (x *extractor) personSpeaker(sp *speaker) bool {
	if sp.local == "" {
		return false
	}
	if l, ok := x.locals[sp.local]; ok && l.Type == kroniek.PER {
		return true
	}
	return x.spoke[sp.local]
}

// window is how many tokens away from a quotation its attribution is
// looked for.
const window = 40

// offsetBefore returns the start of the token n tokens before offset.
func (x *extractor) offsetBefore(offset, n int) int {
	i := x.tokenAt(offset) - n
	if i <= 0 {
		return 0
	}
	return x.doc.Tokens[i].Start
}

// offsetAfter returns the end of the token n tokens after offset.
func (x *extractor) offsetAfter(offset, n int) int {
	i := x.tokenAt(offset) + n
	if i >= len(x.doc.Tokens) {
		return len(x.doc.Text)
	}
	return x.doc.Tokens[i].End
}

// mayBeVerb reports whether t could be the finite verb of an inverted
// attribution: a lowercase word that is not a function word.
func mayBeVerb(t nl.Token) bool {
	if t.Kind != nl.Word || isCapitalised(t.Text) {
		return false
	}
	lw := strings.ToLower(t.Text)
	if (strings.HasSuffix(lw, "end") || strings.HasSuffix(lw, "ende")) && !t.Feats.Has(nl.FeatFin) {
		return false // a present participle is no inverted verb: «Q», doelend op X
	}
	return !nl.IsStopword(lw) && !notVerbs[lw] && !isSkipWord(lw) && !prepositions[lw]
}

// notVerbs are function words that may follow a quotation without
// attributing it.
var notVerbs = map[string]bool{
	"hoewel": true, "terwijl": true, "waarna": true, "waardoor": true, "zodat": true, "nadat": true,
	"voordat": true, "zoals": true, "waarop": true, "waarmee": true, "waarin": true, "welke": true,
	"want": true, "of": true, "ofwel": true, "dus": true, "ondanks": true, "tenzij": true, "indien": true,
	"inmiddels": true, "echter": true, "bijvoorbeeld": true, "staat": false, "luidt": false,
}

func isDemonstrative(w string) bool {
	switch strings.ToLower(w) {
	case "dat", "dit", "zo", "aldus", "die":
		return true
	}
	return false
}

// onlyQuotesBetween reports whether [from, to) holds nothing but an
// attribution already used: punctuation and short connecting text.
func (x *extractor) onlyQuotesBetween(from, to int) bool {
	if to < from || to-from > 200 {
		return false
	}
	return len(strings.Fields(x.doc.Text[from:to])) <= 6
}

// cueAfter matches ", CUE SPEAKER" right after a closing mark (afterMark)
// or after "Dat" in the sentence following a quotation.
func (x *extractor) cueAfter(from, to int, afterMark bool) *speaker {
	toks := x.tokensIn(from, to)
	i := 0
	for i < len(toks) && toks[i].Kind == nl.Punct && (toks[i].Text == "," || toks[i].Text == "…") {
		i++
	}
	if i >= len(toks) {
		return nil
	}
	if strings.ToLower(toks[i].Text) == "zo" && i+1 < len(toks) { // «Q», zo zei X
		i++
	}
	// The generic verb needs the comma (or the quotation's own ,?!) that
	// sets an attribution off: «Q», lacht hij — not «Q» vanuit het Kremlin.
	setOff := i > 0 || from > 0 && strings.ContainsAny(x.doc.Text[max(0, from-4):from], ",?!")
	if afterMark && setOff {
		if sp := x.copulaCueNoun(toks, i); sp != nil {
			return sp // «Q», is het standpunt van X
		}
	}
	cueText, _, n := matchCue(toks[i:])
	if n == 0 && afterMark && setOff {
		// «Q», moet hij toegeven / «Q», zal X later zeggen: a modal, its
		// subject and a speech verb of the lexicon ending the clause.
		if e := modalCue(toks, i); e > i {
			if st := x.subjectTok(x.tokenIndex(toks[e])); st >= 0 && x.doc.Tokens[st].Start > toks[i].Start && x.doc.Tokens[st].End <= toks[e].Start {
				sp := x.phrase(st)
				if sp.found() {
					sp.cue, sp.cueStart, sp.cueEnd = strings.ToLower(toks[i].Text)+" … "+strings.ToLower(toks[e].Text), toks[i].Start, toks[i].End
					return sp
				}
			}
		}
	}
	if n == 0 && afterMark && setOff && mayBeVerb(toks[i]) {
		// «Q», weet X / «Q», lacht hij: right after a quotation the
		// inverted verb is the attribution, whatever the verb.
		cueText, n = strings.ToLower(toks[i].Text), 1
	}
	if n == 0 {
		return nil
	}
	var sp *speaker
	vi := x.tokenIndex(toks[i])
	endsClause := afterMark && !setOff && i+n < len(toks) && toks[i+n].Kind == nl.Punct
	switch {
	case x.parsed(vi) && !endsClause:
		sp = x.inverted(vi) // the parse's subject of the inverted verb
	case x.parsed(vi):
		// "wat hij 'georganiseerde misdaad' noemt.": the verb ends the
		// clause; its subject stands before the quotation.
		if s := x.subjectTok(vi); s >= 0 && s < vi {
			if p := x.phrase(s); p.found() && x.personSpeaker(p) {
				sp = p
			}
		}
	default:
		if sp = x.nearest(toks[i+n:], false); sp == nil && endsClause {
			sp = x.subjectBefore(from)
		}
	}
	if sp == nil {
		return nil
	}
	sp.cue, sp.cueStart, sp.cueEnd = cueText, toks[i].Start, toks[i+n-1].End
	return sp
}

// copulaCueNoun returns X of "is het standpunt van X" (a copula, an
// article, a noun of what someone said or holds, "van") opening toks[i:]
// right after a quotation: «Q», is het standpunt van Jan Smit. nil when
// the words differ or name no speaker.
func (x *extractor) copulaCueNoun(toks []nl.Token, i int) *speaker {
	if i+4 >= len(toks) || !frameCopulas[strings.ToLower(toks[i].Text)] || !isArticle(toks, i+1) || !strings.EqualFold(toks[i+3].Text, "van") {
		return nil
	}
	if lw := strings.ToLower(toks[i+2].Text); !cueNouns[lw] && !stanceNouns[lw] {
		return nil
	}
	sp := x.nearest(toks[i+4:min(len(toks), i+10)], false)
	if !sp.found() || sp.start != toks[i+4].Start && !isArticle(toks, i+4) {
		return nil // X right after "van": not "van vorige week zei Y"
	}
	sp.cue, sp.cueStart, sp.cueEnd = strings.ToLower(toks[i+2].Text)+" van", toks[i+2].Start, toks[i+3].End
	return sp
}

// modalCue returns the index of the speech verb of the lexicon that ends
// the clause opened by the modal toks[i] ("moet hij toegeven", "zal X
// later zeggen"), within six words and before any punctuation; else -1.
func modalCue(toks []nl.Token, i int) int {
	switch strings.ToLower(toks[i].Text) {
	case "moet", "moest", "moesten", "kan", "kon", "konden", "wil", "wilde", "wilden", "zal", "zou", "zouden", "mag", "mocht":
	default:
		return -1
	}
	e := i + 1
	for e < len(toks) && e <= i+7 && toks[e].Kind == nl.Word {
		e++
	}
	if e >= len(toks) || !isTerminal(toks[e]) && toks[e].Text != "," || e-1 <= i+1 {
		return -1
	}
	if _, _, n := matchCue(toks[e-1:]); n == 0 {
		return -1
	}
	return e - 1
}

// subjectBefore returns the pronoun or person named in the clause before
// the quotation that ends at closeEnd.
func (x *extractor) subjectBefore(closeEnd int) *speaker {
	i := x.tokenAt(closeEnd) - 1
	for i >= 0 && !isQuoteTok(x.doc.Tokens[i]) { // back to the closing mark
		i--
	}
	for i--; i >= 0 && !isQuoteTok(x.doc.Tokens[i]); i-- { // and to the opening one
	}
	start := i
	for start > 0 && !clauseBreak(x.doc.Tokens[start-1]) && !isTerminal(x.doc.Tokens[start-1]) && i-start < 12 {
		start--
	}
	if start < 0 || i <= start {
		return nil
	}
	sp := x.nearest(x.doc.Tokens[start:i], true)
	if sp.found() && x.personSpeaker(sp) {
		return sp
	}
	return nil
}

// cueBefore matches a speech cue in the sentence before the quotation:
// "X zei:", "X noemde Y", "X had het over", "Poetins opmerking dat".
func (x *extractor) cueBefore(from, open int) *speaker {
	toks := x.tokensIn(from, open)
	if len(toks) == 0 {
		return nil
	}
	// Headline style "Rutte: «Q»".
	colon := toks[len(toks)-1].Text == ":"
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		lw := strings.ToLower(t.Text)
		if cueNouns[lw] {
			if sp := x.possessor(toks, i); sp.found() {
				sp.cue, sp.cueStart, sp.cueEnd = lw, t.Start, t.End
				return sp
			}
			continue
		}
		cueText, lemma, n := matchCue(toks[i:])
		if n == 0 || i > 0 && strings.EqualFold(toks[i-1].Text, "eigen") {
			continue // "naar eigen zeggen": a phrase, no speech verb
		}
		if lemma == "melden" && i > 0 && strings.EqualFold(toks[i-1].Text, "zich") {
			continue // "dat één van de verdachten zich heeft gemeld": reporting to someone, not speech
		}
		if i > 0 && strings.EqualFold(toks[i-1].Text, "te") && i+n < len(toks) && toks[i+n].Text == "," {
			continue // "om … de uitslag niet te erkennen, werd …": a purpose, its clause closed before the quotation
		}
		sp := x.subject(toks, i, i+n)
		if sp == nil {
			continue
		}
		sp.cue, sp.cueStart, sp.cueEnd = cueText, t.Start, toks[i+n-1].End
		return sp
	}
	if colon && len(toks) >= 2 {
		// Not a thing: "Lindemann eindigt het lied met een bekentenis: «Q»".
		// Not a place a clause ends in: "… duidelijk is geworden in Utrecht: «Q»".
		last := toks[len(toks)-2]
		inPlace := false
		if m, ok := x.mentionAt(last.Start, last.End); ok && x.locals[m.Local].Type == kroniek.LOC && x.afterPreposition(m) {
			inPlace = true
		}
		if sp := x.headline(toks[:len(toks)-1]); sp.found() && !inPlace && sp.end == last.End && (sp.local != "" || names(headWord(sp.text))) {
			sp.cue = ":"
			return sp
		}
		// "Politiek tekenaar Ruud Dekker is resoluut: «Q»": the
		// person the clause before the colon is about.
		si := x.sentenceAt(toks[len(toks)-1].Start)
		ss := x.doc.Sentences[si]
		if ss.Start >= from {
			clause := ss
			clause.Tokens = x.tokensIn(ss.Start, toks[len(toks)-1].Start)
			if sp := x.sentenceSubject(clause); sp.found() && x.personSpeaker(sp) {
				sp.cue = ":"
				return sp
			}
		}
	}
	return nil
}

// volgens matches "volgens X" in the sentences holding the quotation.
func (x *extractor) volgens(from, to int, s span) *speaker {
	toks := x.tokensIn(from, to)
	for i, t := range toks {
		if t.Start >= s.open && t.End <= s.closeEnd {
			continue // inside the quotation
		}
		if strings.ToLower(t.Text) != "volgens" || i+1 >= len(toks) {
			continue
		}
		if sp := x.volgensWho(toks[i:]); sp.found() {
			sp.cue, sp.cueStart, sp.cueEnd = "volgens", t.Start, t.End
			return sp
		}
	}
	return nil
}

// cueNounOf finds "de reactie van X", "in een verklaring van X" in a
// sentence: the person a speech noun belongs to.
func (x *extractor) cueNounOf(ps nl.Sentence) *speaker {
	toks := ps.Tokens
	for i, t := range toks {
		if !cueNouns[strings.ToLower(t.Text)] {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+6; k++ {
			if toks[k].Kind == nl.Punct {
				break
			}
			if !strings.EqualFold(toks[k].Text, "van") {
				continue
			}
			if m, ok := x.mentionWithin(toks[k+1:], 4); ok {
				return x.fromMention(m)
			}
		}
	}
	return nil
}

// volgensWho is the speaker after "volgens" (toks[0]): the phrase the
// parse hangs it on, a name, a description, or the object pronoun of one
// ("volgens hem").
func (x *extractor) volgensWho(toks []nl.Token) *speaker {
	if sp := x.volgensWhoParsed(toks); sp.found() {
		return sp
	}
	// "Volgens kwekers wordt het steeds erger": opening the sentence, a bare plural of people
	// the parse hung elsewhere, right before the verb or a comma.
	if len(toks) > 2 && toks[0].Text == "Volgens" && toks[1].Kind == nl.Word && isLowerWord(toks[1].Text) && agentNoun(toks[1].Text) && (toks[2].Text == "," || x.finiteAt(toks, 2)) {
		return &speaker{text: toks[1].Text, start: toks[1].Start, end: toks[1].End}
	}
	return nil
}

// volgensWhoParsed returns the source of "volgens" (toks[0]) by the parse.
func (x *extractor) volgensWhoParsed(toks []nl.Token) *speaker {
	vi := x.tokenIndex(toks[0])
	if !x.parsed(vi) {
		return x.nearest(toks[1:], false)
	}
	if h := x.doc.Tokens[vi].Head; h > vi && x.doc.Tokens[vi].Rel == "case" && !x.quoted(x.doc.Tokens[h].Start) {
		sp := x.phrase(h)
		if p := x.nameBeforeHead(vi, h); p != nil && (!sp.found() || sp.local == "" && !x.mayReport(sp) && !sourceNoun(headWord(sp.text))) {
			return p
		}
		if sp.found() {
			return sp
		}
		return x.titledName(toks, h) // "volgens Britse kranten": nobody of the article
	}
	return x.nearest(toks[1:min(len(toks), 8)], false) // the parse hangs "volgens" elsewhere
}

// nameBeforeHead returns the name that ends right before the word h the
// parse hangs "volgens" (token vi) on, when the parse took that name for
// a modifier of the next noun: in "levert volgens de Friese Bond
// problemen op" the source is "de Friese Bond", not "problemen". Nil when
// no capitalised proper noun stands right before h.
func (x *extractor) nameBeforeHead(vi, h int) *speaker {
	d := x.doc
	k := h - 1
	if k <= vi+1 || d.Tokens[k].POS != nl.PROPN || !isCapitalised(d.Tokens[k].Text) || d.Tokens[k].Head != h {
		return nil
	}
	if m, ok := x.mentionAt(d.Tokens[k].Start, d.Tokens[k].End); ok && m.Local != "" {
		return x.fromMention(m)
	}
	start, end := d.Tokens[vi+1].Start, d.Tokens[k].End
	return &speaker{text: d.Text[start:end], start: start, end: end}
}

// headline returns the speaker a headline names before its colon
// ("Rutte: «Q»"): the phrase ending the tokens.
func (x *extractor) headline(toks []nl.Token) *speaker {
	// "Walt, verantwoordelijk voor de inrichting van een bank: «Q»": the
	// person named first, whom the words after the comma describe.
	if m, ok := x.mentionAt(toks[0].Start, toks[0].End); ok && m.Start == toks[0].Start && m.Local != "" && x.isPerson(m) {
		if k := x.tokenAt(m.End) - x.tokenIndex(toks[0]); k > 0 && k < len(toks)-1 && toks[k].Text == "," {
			return x.fromMention(m)
		}
	}
	// "Jetten tegen Klaver: «Q»": the one named before "tegen" speaks to
	// the one after it.
	for k := len(toks) - 2; k > 0 && k >= len(toks)-8; k-- {
		if strings.EqualFold(toks[k].Text, "tegen") {
			if sp := x.headline(toks[:k]); sp.found() {
				return sp
			}
			break
		}
		if toks[k].Kind == nl.Punct {
			break
		}
	}
	i := x.tokenIndex(toks[len(toks)-1])
	if !x.parsed(i) {
		return x.nearest(toks, true)
	}
	if h := x.doc.NounHead(i); h >= 0 {
		return x.phrase(h)
	}
	return nil
}

// speechClause finds a speaking subject in a sentence with a cue verb:
// "Hij waarschuwde zaterdag dat …".
// With person set, only a person of the article counts, and the last
// speech verb is tried first ("Ajax moet niet denken dat …, zegt Degryse").
// A speech verb the parse makes the sentence's root comes before all
// others: "Rutte moet zijn beleid beter uitleggen, vindt Kroes" is what
// Kroes finds, not what Rutte explains.
func (x *extractor) speechClause(from, to int, person bool) *speaker {
	toks := x.tokensIn(from, to)
	order := make([]int, 0, len(toks)+1)
	for k := range toks {
		if v := x.tokenIndex(toks[k]); x.parsed(v) && x.doc.Tokens[v].Head < 0 && x.doc.Tokens[v].POS == nl.VERB {
			order = append(order, k) // the root verb, when it is a cue
			break
		}
	}
	for k := range toks {
		i := k
		if person {
			i = len(toks) - 1 - k
		}
		order = append(order, i)
	}
	for _, i := range order {
		cueText, lemma, n := matchCue(toks[i:])
		if n == 0 || lemma == "melden" && i > 0 && strings.EqualFold(toks[i-1].Text, "zich") {
			continue // "dat één van de verdachten zich heeft gemeld": reporting to someone, not speech
		}
		if sp := x.subject(toks, i, i+n); sp.found() && (!person || x.personSpeaker(sp) || x.anonPerson(sp) && (x.opensSentence(sp.start) || x.mainVerb(toks[i]))) {
			sp.cue, sp.cueStart, sp.cueEnd = cueText, toks[i].Start, toks[i+n-1].End
			return sp
		}
	}
	return nil
}

// subject finds the subject of the cue verb at toks[i:j]: the nearest
// speaker phrase before it in the clause, or right after it (inversion:
// "Maandag zei Rutte:").
func (x *extractor) subject(toks []nl.Token, i, j int) *speaker {
	// "kleineerde X door te zeggen dat …": the infinitive's subject is
	// that of the clause it belongs to.
	if v := x.tokenIndex(toks[i]); v >= 0 && i >= 2 && strings.EqualFold(toks[i-1].Text, "te") && infinitiveMarks[strings.ToLower(toks[i-2].Text)] && x.doc.Parsed(x.doc.SentenceOf(v)) {
		if h := x.doc.Tokens[v].Head; h >= 0 {
			c := x.doc.Clause(h)
			if sp := x.parsedSubject(c); sp.found() || x.subjectTok(c) >= 0 {
				return sp // "we hoeven geen X te zijn om vast te stellen": we
			}
		}
	}
	v := x.tokenIndex(toks[i])
	if st := x.subjectTok(v); st >= 0 && x.doc.Tokens[st].Start < toks[0].Start && x.headingCut(toks) {
		return x.orderSubject(toks, i, j) // the parse took a run-in subheading for the subject
	}
	if sp := x.parsedSubject(v); sp.found() {
		if sp.start > toks[i].Start {
			// "Denk liet de Volkskrant dinsdag weten dat …": a name that is
			// the whole first constituent before the finite verb is its
			// subject, whatever the parse took after the verb.
			if m, ok := x.firstConstituent(toks, i); ok {
				return x.fromMention(m)
			}
		}
		return sp
	}
	if x.parsed(v) && x.passiveCue(v) {
		return nil // "Van de verdachte werd gezegd dat …": nobody named says it
	}
	if s := x.subjectTok(v); s >= 0 {
		// A subject that names nobody, and a person right after the verb:
		// an inversion the parse missed ("Oude wortels In zijn toespraak
		// sprak Baudet", a heading run into the sentence). Not after a
		// pronoun subject: "Velen verweten Smit …" addresses Smit.
		if j < len(toks) && x.personMentionAt(toks[j]) && !x.pronounBefore(s, v) {
			m, _ := x.mentionAt(toks[j].Start, toks[j].End)
			return x.fromMention(m)
		}
		return nil
	}
	return x.orderSubject(toks, i, j)
}

// orderSubject reads the subject of the verb toks[i:j] from the word
// order where the parse gives none: the nearest phrase before the verb in
// its clause, or right after it (inversion: "Maandag zei Rutte:").
func (x *extractor) orderSubject(toks []nl.Token, i, j int) *speaker {
	start := i
	for start > 0 && !clauseBreak(toks[start-1]) {
		start--
	}
	end := j
	for end < len(toks) && !clauseBreak(toks[end]) {
		end++
	}
	// "Op vragen van persbureau Reuters liet het Franse Total weten": a
	// clause that opens with a preposition has its subject after the verb
	// when it names one there.
	if pt, ok := x.parsedAt(toks[start]); ok && pt.POS == nl.ADP && start < i && !x.personMentionAt(toks[start]) {
		if sp := x.nearest(toks[j:end], false); sp.found() {
			return sp
		}
	}
	if sp := x.nearest(toks[start:i], true); sp.found() {
		return sp
	}
	return x.nearest(toks[j:end], false)
}

// infinitiveMarks open an infinitive clause whose subject is the main
// clause's: "door te zeggen", "om te melden", "zonder te zeggen".
var infinitiveMarks = map[string]bool{"door": true, "om": true, "zonder": true}

// firstConstituent returns the person or body whose name alone fills the
// sentence before the finite verb toks[i] (outside quotations).
func (x *extractor) firstConstituent(toks []nl.Token, i int) (kroniek.Mention, bool) {
	if i == 0 || x.quoted(toks[0].Start) {
		return kroniek.Mention{}, false
	}
	if pt, ok := x.parsedAt(toks[i]); !ok || !pt.Feats.Has(nl.FeatFin) || x.doc.Sentences[x.sentenceAt(toks[i].Start)].Start != toks[0].Start {
		return kroniek.Mention{}, false
	}
	m, ok := x.mentionAt(toks[0].Start, toks[0].End)
	if !ok || m.Local == "" || m.Start != toks[0].Start || m.End != toks[i-1].End {
		return kroniek.Mention{}, false
	}
	if t := x.locals[m.Local].Type; t != kroniek.PER && t != kroniek.ORG {
		return kroniek.Mention{}, false
	}
	return m, true
}

func clauseBreak(t nl.Token) bool {
	if t.Kind != nl.Punct {
		return false
	}
	switch t.Text {
	case ",", ";", ":", "(", ")", "–", "—":
		return true
	}
	return isQuoteTok(t)
}

// possessor finds who owns a cue noun: "Poetins opmerking", "de
// opmerking van Poetin", "zijn opmerking".
func (x *extractor) possessor(toks []nl.Token, i int) *speaker {
	if i > 0 {
		p := toks[i-1]
		if m, ok := x.mentionAt(p.Start, p.End); ok {
			return x.fromMention(m)
		}
		switch strings.ToLower(p.Text) {
		case "zijn", "haar":
			return x.pronoun(p)
		}
	}
	if i+2 < len(toks) && strings.ToLower(toks[i+1].Text) == "van" {
		if m, ok := x.mentionAt(toks[i+2].Start, toks[i+2].End); ok {
			return x.fromMention(m)
		}
	}
	return nil
}

func isArticleOrAdj(t nl.Token) bool {
	lw := strings.ToLower(t.Text)
	switch lw {
	case "de", "het", "een", "die", "deze", "dat", "diens", "hun", "zijn", "haar", "onze", "van", "voormalig", "voormalige", "nieuwe", "oud-", "toenmalig", "toenmalige", "huidige":
		return true
	}
	return isAdjective(t.Text)
}

// isDeterminer reports whether toks[k] is an article or a possessive
// ("hun baasjes", "zijn advocaat").
func isDeterminer(toks []nl.Token, k int) bool {
	return wordAt(toks, k, articles) || wordAt(toks, k, possessives)
}

// isArticle reports whether toks[k] is an article.
func isArticle(toks []nl.Token, k int) bool { return wordAt(toks, k, articles) }

var (
	articles    = map[string]bool{"de": true, "het": true, "een": true}
	possessives = map[string]bool{"zijn": true, "haar": true, "hun": true}
	// ownerPreps say whose or where a description is: "de advocaat van X",
	// "de regering in Berlijn".
	ownerPreps = map[string]bool{"van": true, "in": true, "uit": true}
	// ownPossessives are the writer's: "mijn vrouw", "onze buurman".
	ownPossessives = map[string]bool{"mijn": true, "onze": true, "ons": true}
)

// wordAt reports whether toks[k] exists and is one of words (lower case).
func wordAt(toks []nl.Token, k int, words map[string]bool) bool {
	return k >= 0 && k < len(toks) && words[strings.ToLower(toks[k].Text)]
}

// mentionWithin returns a person mention among the first n tokens of toks
// before any sentence-ending punctuation.
func (x *extractor) mentionWithin(toks []nl.Token, n int) (kroniek.Mention, bool) {
	for k := 0; k < len(toks) && k < n; k++ {
		t := toks[k]
		if t.Kind == nl.Punct && t.Text != "," {
			break
		}
		if m, ok := x.mentionAt(t.Start, t.End); ok && x.isPerson(m) {
			return m, true
		}
	}
	return kroniek.Mention{}, false
}

// isAdjective reports whether w looks like an adjective of affiliation:
// Russische, Wit-Russische, Franse, Duitse, Europese, Amerikaanse.
func isAdjective(w string) bool {
	lw := strings.ToLower(w)
	return strings.HasSuffix(lw, "ische") || strings.HasSuffix(lw, "se") || strings.HasSuffix(lw, "sche") || strings.HasSuffix(lw, "ese")
}

// personNamed returns the local person whose name has last (a surname) as
// its last word, or failing that first as its first word, if exactly one
// does.
func (x *extractor) personNamed(last, first string) string {
	if x.byLast == nil {
		// Index the persons' names once: a lookup per sentence must not
		// walk every local of a long text.
		x.byLast, x.byFirst = map[string]string{}, map[string]string{}
		add := func(m map[string]string, w, key string) {
			w = strings.ToLower(w)
			if k, ok := m[w]; ok && k != key {
				m[w] = "" // two persons: ambiguous
				return
			}
			m[w] = key
		}
		for _, l := range x.locals {
			words := strings.Fields(l.Name)
			if l.Type != kroniek.PER || len(words) == 0 {
				continue
			}
			if len(words) > 1 {
				add(x.byLast, words[len(words)-1], l.Key)
			}
			add(x.byFirst, words[0], l.Key)
		}
	}
	if k := x.byLast[strings.ToLower(last)]; k != "" {
		return k
	}
	if first == "" {
		return ""
	}
	return x.byFirst[strings.ToLower(first)]
}

// isFunctionWord reports whether w is a pronoun or another function word,
// never a name however it is capitalised.
func isFunctionWord(w string) bool {
	lw := strings.ToLower(w)
	return nl.IsStopword(lw) || nl.Lex().Is(nl.ClassSubjPronoun, lw) || nl.Lex().Is(nl.ClassRelative, lw)
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// mentionAt returns the mention overlapping [start, end).
func (x *extractor) mentionAt(start, end int) (kroniek.Mention, bool) {
	i := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].End > start })
	if i < len(x.mentions) && x.mentions[i].Start < end {
		return x.mentions[i], true
	}
	return kroniek.Mention{}, false
}

func (x *extractor) fromMention(m kroniek.Mention) *speaker {
	return &speaker{local: x.personOf(m), text: m.Text, start: m.Start, end: m.End}
}

// personOf returns the local a mention stands for, preferring the person
// whose surname it is when the mention was resolved apart as something
// else ("Boer" typed a place beside the person "Piet de Boer").
func (x *extractor) personOf(m kroniek.Mention) string {
	l, ok := x.locals[m.Local]
	if !ok || l.Type == kroniek.PER || strings.Contains(m.Text, " ") {
		return m.Local
	}
	if p, ok := x.surname[m.Text]; ok {
		return p
	}
	p := x.personNamed(m.Text, "")
	if p == "" {
		p = m.Local
	}
	x.surname[m.Text] = p
	return p
}

func isPreposition(w string) bool { return prepositions[strings.ToLower(w)] }

// prepositions that make the following name an object, not a subject.
var prepositions = map[string]bool{
	"aan": true, "met": true, "tot": true, "van": true, "voor": true, "door": true, "op": true, "bij": true,
	"naar": true, "over": true, "tegen": true, "tussen": true, "zonder": true, "uit": true, "om": true, "in": true,
	"onder": true, "achter": true, "na": true, "sinds": true, "volgens": true,
	"tegenover": true, "naast": true, "tijdens": true, "via": true, "dankzij": true, "ondanks": true,
	"wegens": true, "binnen": true, "buiten": true, "vanaf": true, "vanuit": true,
}

// afterPreposition reports whether a mention is the object of a
// preposition: "aan Poetin", "met de Russische president Poetin".
func (x *extractor) afterPreposition(m kroniek.Mention) bool {
	return x.prepositionOf(m) != ""
}

// prepositionOf returns the preposition whose object a mention is, in
// lower case, or "".
func (x *extractor) prepositionOf(m kroniek.Mention) string {
	i := x.tokenAt(m.Start)
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := x.doc.Tokens[j]
		lw := strings.ToLower(t.Text)
		if lw == "van" && j > 0 && j+1 < i && x.doc.Tokens[j-1].Kind == nl.Word && isCapitalised(x.doc.Tokens[j-1].Text) && nameParticles[strings.ToLower(x.doc.Tokens[i-1].Text)] {
			return "" // "Donny van de Beek": a name's particles, not "Hagen van Viking Cruises"
		}
		if prepositions[lw] {
			return lw
		}
		if lw == "en" || lw == "of" {
			// "stapjes van Bush en Obama": the first name's preposition;
			// not "Donny van de Beek en Steven Bergwijn".
			if j > 0 && isCapitalised(x.doc.Tokens[j-1].Text) {
				if pm, ok := x.mentionAt(x.doc.Tokens[j-1].Start, x.doc.Tokens[j-1].End); ok && pm.Start < m.Start {
					return x.prepositionOf(pm)
				}
			}
			// "geënt op hem en rechterhand Henk Otten": an object pronoun's
			// preposition.
			if j > 1 && objectPronouns[strings.ToLower(x.doc.Tokens[j-1].Text)] && prepositions[strings.ToLower(x.doc.Tokens[j-2].Text)] {
				return strings.ToLower(x.doc.Tokens[j-2].Text)
			}
			return ""
		}
		if lw == "la" && j > 0 && strings.EqualFold(x.doc.Tokens[j-1].Text, "à") {
			return "à la" // "De vrouw à la Erdogan"
		}
		if t.Kind == nl.Number || x.parsed(j) && (t.POS == nl.ADJ || t.POS == nl.NUM) {
			continue // "van de overige 27 EU-landen"
		}
		if j == i-1 && j > 0 && t.Kind == nl.Word && x.parsed(j) && t.POS == nl.NOUN && isLowerWord(t.Text) && (strings.EqualFold(x.doc.Tokens[j-1].Text, "en") || strings.EqualFold(x.doc.Tokens[j-1].Text, "of")) {
			continue // "op Baudet en rechterhand Henk Otten": a second object, its noun a title
		}
		if t.Kind != nl.Word || !(isArticleOrAdj(t) || isRoleNoun(lw) || isCapitalised(t.Text)) {
			return ""
		}
	}
	return ""
}

// nameParticles follow "van" inside a surname: "van de Beek", "van der Laan".
var nameParticles = map[string]bool{"de": true, "der": true, "den": true, "het": true, "'t": true}

// tokensIn returns the tokens within [from, to).
func (x *extractor) tokensIn(from, to int) []nl.Token {
	i := sort.Search(len(x.doc.Tokens), func(i int) bool { return x.doc.Tokens[i].Start >= from })
	j := sort.Search(len(x.doc.Tokens), func(i int) bool { return x.doc.Tokens[i].Start >= to })
	if j < i {
		return nil
	}
	return x.doc.Tokens[i:j]
}
