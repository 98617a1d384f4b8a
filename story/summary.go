package story

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Summary selection: sentences are scored by their cosine with the story's
// centroid (TF-IDF over the story's sentences) plus a bonus for leads, and
// chosen by maximal marginal relevance so the summary does not repeat
// itself.
const (
	mmrLambda        = 0.7
	leadBonus        = 0.1
	maxRedundancy    = 0.5 // cosine above which a sentence repeats a chosen one
	minSummaryWords  = 7
	maxSummaryWords  = 45
	sentencesPerPart = 30 // sentences read per article
)

// candidate is a sentence that may enter the summary.
type candidate struct {
	member, pos int
	text        string
	vec         sparse
	score       float64
	alone       bool            // reads on its own: see readsAlone
	lead        bool            // one of the first two sentences of its article's text
	facts       map[string]bool // names and numbers: see factKeys
	words       map[string]bool // see contentWords
	titled      float64         // share of the story's headlines it agrees with: see titleAgreement
}

// summary picks up to opts.SummarySentences central, non-redundant
// sentences (one per article, at least three): first the story's news,
// the most central lead that reads on its own (newsLead), then the rest
// in article date order, then position, those that lean last. The
// summary of one article keeps the article's order.
func (b *builder) summary(ms []*member, title string) ([]string, []string) {
	var cands []*candidate
	terms := vocab{}
	var df []int
	var counts []map[int32]int
	for k, m := range ms {
		var quotes []kroniek.Span
		if m.an != nil {
			for _, q := range m.an.Quotes {
				if q.Kind == kroniek.QuoteDirect {
					quotes = append(quotes, kroniek.Span{Start: q.Start, End: q.End})
				}
			}
		}
		n := 0
		for pos, s := range m.sentences() {
			if n == sentencesPerPart {
				break
			}
			if s.Heading {
				continue
			}
			n++
			words := s.Words
			text := strings.Join(strings.Fields(m.a.Text[s.Start:s.End]), " ")
			if words < minSummaryWords || words > maxSummaryWords || !proseEnd(text) || quoted(s.Start, s.End, text, quotes) || boilerplate(text) || b.elsewhere(text, ms) {
				continue
			}
			text = b.summaryText(m, s)
			alone := b.readsAlone(ms, m, s, text)
			c := map[int32]int{}
			ts := b.opts.Terms(text, m.a.Lang)
			for _, t := range ts {
				c[terms.id(t)]++
			}
			df = growCount(df, len(terms), c)
			counts = append(counts, c)
			cands = append(cands, &candidate{member: k, pos: pos, text: text, alone: alone, lead: n <= 2, facts: factKeys(m.an, s, text), words: contentWords(ts, text)})
		}
	}
	if len(cands) == 0 {
		return []string{}, []string{}
	}
	idf := make([]float64, len(df))
	for id, f := range df {
		idf[id] = math.Log(float64(len(cands)+1) / float64(f))
	}
	var c centroid
	for i, cd := range cands {
		cd.vec = vectorize(counts[i], idf, 0)
		c.add(cd.vec)
	}
	for _, cd := range cands {
		cd.score = c.cos(cd.vec)
		if !cd.alone || len(ms) > 1 && firstPerson(cd.text) {
			// A writer's "ik" (a column in a story told by several
			// articles) speaks for one writer, not for the story.
			cd.score -= dependentPenalty
		}
		if cd.pos < 2 {
			cd.score += leadBonus / float64(cd.pos+1)
		}
	}
	// Spread the summary over the articles: at most perArticle sentences
	// from any one of them.
	want := min(b.opts.SummarySentences, max(3, len(ms)))
	perArticle := (want + len(ms) - 1) / len(ms)
	taken := make([]int, len(ms))
	var chosen []*candidate
	opener := -1
	if len(ms) > 1 {
		// One article's summary follows the article, whose lead the
		// lead bonus already favours.
		b.titleAgreement(ms, cands)
		opener = newsLead(cands, titledMember(ms, title))
	}
	if i := opener; i >= 0 {
		chosen = append(chosen, cands[i])
		taken[cands[i].member]++
		cands[i] = nil
	}
	for len(chosen) < want {
		best := mmrPick(cands, chosen, func(cd *candidate) bool { return cd.alone && taken[cd.member] < perArticle })
		if best < 0 {
			// Past an article's share rather than with a sentence
			// that leans on the one before.
			best = mmrPick(cands, chosen, func(cd *candidate) bool { return cd.alone })
		}
		if best < 0 && (len(chosen) < minLeaning || len(ms) == 1) {
			best = mmrPick(cands, chosen, func(cd *candidate) bool { return taken[cd.member] < perArticle })
		}
		if best < 0 {
			break
		}
		chosen = append(chosen, cands[best])
		taken[cands[best].member]++
		cands[best] = nil
	}
	rest := chosen
	if opener >= 0 {
		rest = chosen[1:] // the news lead stays first
	}
	sort.Slice(rest, func(i, j int) bool {
		if rest[i].alone != rest[j].alone && len(ms) > 1 {
			return rest[i].alone // one that leans goes last, nearest what it may lean on
		}
		if rest[i].member != rest[j].member {
			return rest[i].member < rest[j].member
		}
		return rest[i].pos < rest[j].pos
	})
	out := make([]string, len(chosen))
	from := make([]string, len(chosen))
	for i, ch := range chosen {
		out[i] = stripKicker(ch.text)
		if m := ms[ch.member]; b.opts.Annotate != nil && m.an != nil {
			s := m.sentences()[ch.pos]
			out[i] = showNames(out[i], unseen(b.fullNames(m, s.Start, s.End), out[:i]))
			out[i] = nameAged(out[i], onePersonBefore(m.an.Mentions, m.sentences(), ch.pos))
		}
		from[i] = ms[ch.member].a.ID
	}
	return out, from
}

// unseen returns the names of names (short name to full, fullNames)
// whose full form no sentence of shown holds: a summary names a person
// in full once, at the first sentence that names them ("De wethouder
// sprak met Jan Vos. …" leaves a later "Vos wil …" as it is; without
// it, "Jan Vos wil …").
func unseen(names map[string]string, shown []string) map[string]string {
	out := map[string]string{}
	for short, full := range names {
		if !slices.ContainsFunc(shown, func(t string) bool { return strings.Contains(t, full) }) {
			out[short] = full
		}
	}
	return out
}

// minLeaning is the length below which the summary of a story of several
// articles still takes a sentence that does not read on its own: a story
// with one or two such sentences at best gets them rather than nothing; a
// longer summary ends where the sentences that read alone do. The summary
// of one article, kept in the article's order, takes them as before.
const minLeaning = 2

// mmrPick returns the index of the candidate, among those ok accepts and
// not yet taken (nil), of best maximal marginal relevance to the chosen
// ones, leaving out those that repeat one; -1 when none is left.
func mmrPick(cands, chosen []*candidate, ok func(*candidate) bool) int {
	best, bestVal := -1, math.Inf(-1)
	for i, cd := range cands {
		if cd == nil || !ok(cd) {
			continue
		}
		red := 0.0
		for _, ch := range chosen {
			red = max(red, dot(cd.vec, ch.vec))
		}
		if red > maxRedundancy || slices.ContainsFunc(chosen, func(ch *candidate) bool { return copies(cd, ch) }) {
			continue
		}
		if v := mmrLambda*cd.score - (1-mmrLambda)*red; v > bestVal {
			best, bestVal = i, v
		}
	}
	return best
}

// minCopyShared is the least number of names and numbers a sentence of
// one article shares with a chosen sentence of another to be its copy
// (copies).
const minCopyShared = 2

// copies reports whether candidate cd tells again, in other words, what
// the chosen sentence ch of another article told: they share at least
// minCopyShared names and numbers, more than half of those of the one
// with fewer, and minCopyWords words ("De Israëlische premier Benjamin
// Netanyahu breekt zijn bezoek aan de VS af" and "De premier van Israël
// brak gisteren een bezoek aan de VS af"). A second paper's paraphrase
// of a lead shares few words, and the cosine of maxRedundancy misses it;
// it keeps the names and figures. One that shares a single word besides
// them ("Zo'n 120 supporters van FC Den Bosch …" and "120 FC Den
// Bosch-supporters …") is not caught.
func copies(cd, ch *candidate) bool {
	if cd.member == ch.member || len(cd.facts) == 0 || len(ch.facts) == 0 {
		return false
	}
	shared := inCommon(cd.facts, ch.facts)
	return shared >= minCopyShared && 2*shared > min(len(cd.facts), len(ch.facts)) && inCommon(cd.words, ch.words) >= minCopyWords
}

// minCopyWords is the least number of common words (contentWords) two
// sentences that share their names and numbers must share for copies to
// take one for the other's copy: words of what happened ("premier",
// "bezoek"), where two facts of one story share only its names ("Trump
// en Kim dineren vandaag in Hanoi", "Trump en Kim schrijven elkaar sinds
// Singapore") or its figures ("Een Boeing 737 MAX 8 maakte een
// noodlanding", "De Boeing 737 MAX 8 blijft aan de grond"). The cosine
// of the summary's vectors counts the names again and does not tell them
// apart.
const minCopyWords = 2

// contentWords returns the index terms of a sentence (terms, its
// Options.Terms: no stop words) that stand in text as lower-case words,
// cut to factKeyLen letters ("bezoek" and "bezoeken" meet), but the days
// and times a report counts from ("gisteren", "zaterdag"), which any two
// reports of a story share; names are factKeys'.
func contentWords(terms []string, text string) map[string]bool {
	lex := nl.Lex()
	lower := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if capitalised(w) || headingOpeners[w] || lex.Is(nl.ClassWeekday, w) || lex.Is(nl.ClassMonth, w) ||
			notAfterDemonstrative[w] || strings.HasPrefix(w, "gister") || strings.HasPrefix(w, "vanda") {
			continue
		}
		lower[keyPrefix(w)] = true
	}
	out := map[string]bool{}
	for _, t := range terms {
		if k := keyPrefix(strings.ToLower(t)); lower[k] {
			out[k] = true
		}
	}
	return out
}

// inCommon returns how many members two sets share.
func inCommon(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// factKeyLen is how many letters of a name factKeys keeps: enough to tell
// names apart, few enough that a name and its adjective meet ("Israël",
// "Israëlische": "israë"; "Nederland", "Nederlandse").
const factKeyLen = 5

// numberToken is a figure in running text: "120", "3,5", "18.000".
var numberToken = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

// factKeys returns the names and numbers of sentence s, shown as text,
// that copies compares: the first factKeyLen letters of each word of a
// name the analysis found in it and of each capitalised word after the
// first, in lower case, and each figure and number word ("120", "zes";
// not "een", which is mostly the article).
func factKeys(an *kroniek.Analysis, s kroniek.SentenceSpan, text string) map[string]bool {
	keys := map[string]bool{}
	if an != nil {
		for _, mn := range an.Mentions {
			if mn.Field != "" || mn.Start < s.Start || mn.End > s.End {
				continue
			}
			for _, w := range strings.FieldsFunc(mn.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				if capitalised(w) {
					keys[keyPrefix(strings.ToLower(w))] = true
				}
			}
		}
	}
	for i, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if i > 0 && capitalised(w) {
			keys[keyPrefix(strings.ToLower(w))] = true // "Israëlische", a name's adjective the analysis does not tag
		}
	}
	for _, n := range numberToken.FindAllString(text, -1) {
		keys[strings.NewReplacer(".", "", ",", "").Replace(n)] = true
	}
	lex := nl.Lex()
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w != "een" && w != "één" && lex.Is(nl.ClassNumber, w) {
			keys[w] = true
		}
	}
	return keys
}

// keyPrefix returns the first factKeyLen letters of w.
func keyPrefix(w string) string {
	n := 0
	for i := range w {
		if n == factKeyLen {
			return w[:i]
		}
		n++
	}
	return w
}

// newsLead returns the index of the candidate the summary opens with,
// or -1 when there is none: the first sentence that reads on its own
// among the first two of the article whose headline is the story's
// title (member titled, -1 for none), so that the summary goes on from
// the title ("Fastned gaat naar de beurs": "Fastned wil met een
// beursgang geld ophalen …" rather than a comparison further down an
// older article); else the most central such lead of any article. A
// paper's lead says what happened; one in the first or second person
// ("Ik ben het eens met …", "Elke berekening moet je …") is a writer's
// voice, not the news.
func newsLead(cands []*candidate, titled int) int {
	if i := bestLead(cands, titled, false); i >= 0 {
		return i
	}
	return bestLead(cands, titled, true)
}

// bestLead is newsLead's pick, with or without the leads that open on a
// frame (framing).
func bestLead(cands []*candidate, titled int, frames bool) int {
	best := -1
	for i, cd := range cands {
		if !cd.lead || !cd.alone || personal(cd.text) || !frames && framing(cd.text) {
			continue
		}
		if best < 0 || leadRank(cd, titled) > leadRank(cands[best], titled) {
			best = i
		}
	}
	return best
}

// framing reports whether a sentence opens on a frame, "Het is" or "Het
// was" with what it is after it ("Het is de taak van de nieuwe directeur
// om …", "Het was een bewogen week voor …"): it says how to see the news
// rather than what happened, so another lead opens the summary when
// there is one.
func framing(text string) bool {
	return strings.HasPrefix(text, "Het is ") || strings.HasPrefix(text, "Het was ")
}

// titleLift is added to the score of a lead of the article the story is
// titled by when newsLead ranks the leads.
const titleLift = 0.05

// leadRank is a lead's score for newsLead: its centrality, lifted for
// the titled article.
func leadRank(cd *candidate, titled int) float64 {
	r := cd.score + headlineLift*cd.titled
	if cd.member == titled {
		return r + titleLift
	}
	return r
}

// headlineLift weighs, in leadRank, the share of the story's headlines a
// lead agrees with: the news is what most papers put in their headline,
// where a lead that opens on a frame ("Het is een bijzondere week voor
// …") or a finding of one report shares little with them.
const headlineLift = 0.1

// minTitleShared is how many words or names (keyPrefix) a lead must share
// with a headline to agree with it: one alone is mostly the story's
// subject ("Brexit"), which every sentence of the story has.
const minTitleShared = 2

// titleAgreement sets each lead's titled to the share of ms whose
// headline shares at least minTitleShared words or names with it: for
// "Raad stemt in met nieuw zwembad" and "Zwembad komt er", the lead "De
// gemeenteraad stemde gisteren in met een nieuw zwembad" agrees with
// both, "Zwemmers zijn blij" with none.
func (b *builder) titleAgreement(ms []*member, cands []*candidate) {
	heads := make([]map[string]bool, len(ms))
	for k, m := range ms {
		head, _ := SplitHeadline(strings.Join(strings.Fields(m.a.Title), " "))
		heads[k] = headlineKeys(b.opts.Terms(head, m.a.Lang))
	}
	for _, cd := range cands {
		if !cd.lead {
			continue
		}
		n := 0
		for _, h := range heads {
			shared := 0
			for k := range h {
				if cd.words[k] || cd.facts[k] {
					shared++
				}
			}
			if shared >= minTitleShared {
				n++
			}
		}
		cd.titled = float64(n) / float64(len(heads))
	}
}

// headlineKeys returns a headline's index terms as the keys contentWords
// and factKeys give a sentence: lower case, cut to factKeyLen letters,
// so that "Zwembad" in a headline meets "zwembad" in a lead.
func headlineKeys(terms []string) map[string]bool {
	out := map[string]bool{}
	for _, t := range terms {
		out[keyPrefix(strings.ToLower(t))] = true
	}
	return out
}

// secondPersonWords are the Dutch forms of the second person that
// address the reader ("moet je met een korrel zout nemen").
var secondPersonWords = map[string]bool{"je": true, "jij": true, "jou": true, "jouw": true, "jullie": true}

// personal reports whether a sentence speaks in the first person
// singular or addresses the reader.
func personal(text string) bool {
	if firstPerson(text) {
		return true
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if secondPersonWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// titledMember returns the index of the member whose headline (without
// its kicker) the story's title is, or a clipped start of; -1 for none.
func titledMember(ms []*member, title string) int {
	t := strings.TrimSpace(strings.TrimSuffix(title, "…"))
	if t == "" {
		return -1
	}
	for k, m := range ms {
		head, _ := SplitHeadline(strings.Join(strings.Fields(m.a.Title), " "))
		if head != "" && strings.HasPrefix(head, t) {
			return k
		}
	}
	return -1
}

// boilerplate reports whether a sentence talks to the reader rather than
// about the story: a web or mail address, or an invitation to write, watch,
// read on or subscribe ("Stuur uw mening naar brieven@…", "Kijk op de site
// bij /video", "Lees ook …").
func boilerplate(text string) bool {
	if hasAddress(text) {
		return true
	}
	lower := strings.ToLower(text)
	for _, k := range boilerplateKeys {
		if strings.Contains(lower, k) {
			return boilerplateRE.MatchString(lower)
		}
	}
	return false
}

// hasAddress reports whether text holds a web or mail address.
func hasAddress(text string) bool {
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, ".,;:!?()'\"")
		if strings.Contains(w, "@") || strings.HasPrefix(w, "http") || strings.HasPrefix(w, "www.") ||
			strings.HasPrefix(w, "/") || strings.Contains(w, ".nl/") || strings.Contains(w, ".com/") {
			return true
		}
	}
	return false
}

// boilerplateKeys holds, for each alternative of boilerplateRE, a part
// every match of it contains: a sentence holding none of them cannot
// match, and most sentences are ruled out without running the expression
// (a fifth of the story stage's time before). Keep it in step with the
// expression.
var boilerplateKeys = []string{
	// Instructions at the start.
	"stuur", "mail", "reage", "lees ", "kijk", "volg ons", "abonne", "meld je aan", "read ", "sign up",
	"subscribe", "follow us", "lesen sie auch", "mehr zum thema",
	// Reader notes anywhere (abonnee and kijk op de site above).
	"mening", "brieven", "behoudt", "op onze site", "in onze app", "via de app", "click here", "klik hier",
	// Service notes.
	"kaarten", "tickets", "gratis", "entree", "meer info", "aanmelden", "opgeven", "admission",
}

// boilerplateRE matches the reader instructions and service notes (tickets,
// entry, signing up) of Dutch, English and German papers.
var boilerplateRE = regexp.MustCompile(`^(stuur|mail|reageer|reageren|lees ook|lees meer|kijk op|kijk ook|bekijk|volg ons|abonneer|meld je aan|read more|read also|sign up|subscribe|follow us|lesen sie auch|mehr zum thema)\b|\b(uw mening|je mening|ingezonden brieven|lezersbrieven|redactie behoudt|behoudt zich het recht|kijk op de site|op onze site|in onze app|via de app|abonnee|click here|klik hier)\b` +
	// Service notes: tickets, entry, how to sign up.
	`|\b(kaarten|tickets|toegangskaarten)\b.*\b(te koop|verkrijgbaar|te bestellen)\b|\b(toegang is gratis|entree is gratis|de entree bedraagt|meer informatie|meer info|aanmelden kan|aanmelden via|opgeven kan|opgeven via|vooraf (moeten )?aanmelden|tickets are|admission is free)\b`)

// sentenceEnds returns where the rough sentences of text end for
// recurringSentences: the ends of the matches of
// `[.!?]["'”’)]*\s+|\n+` (\s: ASCII space, tab, newline, form feed,
// carriage return) in text followed by a newline, written out because it
// runs over every article.
func sentenceEnds(text string) []int {
	n := len(text) + 1 // the newline after text
	at := func(i int) byte {
		if i == len(text) {
			return '\n'
		}
		return text[i]
	}
	var ends []int
	for i := 0; i < n; {
		switch at(i) {
		case '\n':
			j := i + 1
			for j < n && at(j) == '\n' {
				j++
			}
			ends = append(ends, j)
			i = j
		case '.', '!', '?':
			j := i + 1
			for j < n {
				if b := at(j); b == '"' || b == '\'' || b == ')' {
					j++
				} else if strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’") {
					j += len("”")
				} else {
					break
				}
			}
			k := j
			for k < n && strings.IndexByte("\t\n\f\r ", at(k)) >= 0 {
				k++
			}
			if k == j {
				i++ // no space after the mark: no end here
				continue
			}
			ends = append(ends, k)
			i = k
		default:
			i++
		}
	}
	return ends
}

// recurringSentences returns the sentences of five words or more that
// appear in two or more of the articles that are not copies (dup), spaces
// folded, with the indices of those articles in increasing order.
func recurringSentences(articles []*kroniek.Article, dup []bool) map[string][]int {
	owns := make([]map[string]bool, len(articles))
	parallel(len(articles), func(i int) {
		if dup[i] {
			return
		}
		a := articles[i]
		own := map[string]bool{}
		start := 0
		for _, m := range sentenceEnds(a.Text) {
			end := min(m, len(a.Text))
			f := strings.Fields(a.Text[start:end])
			start = m
			if len(f) < 5 {
				continue
			}
			own[strings.Join(f, " ")] = true
		}
		owns[i] = own
	})
	seen := map[string][]int{}
	for i, own := range owns {
		for t := range own {
			seen[t] = append(seen[t], i)
		}
	}
	out := map[string][]int{}
	for t, in := range seen {
		if len(in) > 1 {
			out[t] = in
		}
	}
	return out
}

// proseEnd reports whether a sentence ends like a statement.
func proseEnd(text string) bool {
	text = strings.TrimRight(text, "”’\"' )")
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!")
}

// quoted reports whether a sentence is mostly a direct quote: it opens with
// a quote mark, or direct quotes cover over a third of it.
func quoted(start, end int, text string, quotes []kroniek.Span) bool {
	if r := []rune(text); len(r) > 0 && nl.IsQuoteMark(r[0]) {
		return true
	}
	covered := 0
	for _, q := range quotes {
		lo, hi := max(q.Start, start), min(q.End, end)
		if hi > lo {
			covered += hi - lo
		}
	}
	return covered*3 > end-start
}

// dot returns the dot product of two sparse vectors sorted by id.
func dot(a, b sparse) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch {
		case a.ids[i] == b.ids[j]:
			s += a.ws[i] * b.ws[j]
			i++
			j++
		case a.ids[i] < b.ids[j]:
			i++
		default:
			j++
		}
	}
	return s
}

// sentenceAt returns the index of the sentence containing byte offset off,
// or -1.
func sentenceAt(sents []kroniek.SentenceSpan, off int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	if i < len(sents) && sents[i].Start <= off {
		return i
	}
	return -1
}

// dependentPenalty is taken off the score of a sentence that leans on the
// one before it: out of its article it reads as a fragment, so it enters
// a summary only when nothing else is left.
const dependentPenalty = 0.5

// dependentOpeners are first words that make a sentence lean on the one
// before: connectives ("Maar", "Bovendien") and words that point back
// ("Daar", "Hij", "Deze"). "Het" and "De" open free-standing sentences.
var dependentOpeners = map[string]bool{
	"maar": true, "en": true, "ook": true, "daar": true, "daarom": true, "daarna": true, "daarmee": true,
	"daardoor": true, "daarbij": true, "daarop": true, "dat": true, "dit": true, "die": true, "deze": true,
	"hij": true, "zij": true, "ze": true, "toen": true, "dan": true, "bovendien": true, "echter": true,
	"dus": true, "want": true, "wel": true, "zo": true, "verder": true, "hierdoor": true, "hiermee": true,
	"tegelijkertijd": true, "intussen": true, "desondanks": true, "toch": true,
	"but": true, "and": true, "also": true, "he": true, "she": true, "they": true, "this": true,
	"that": true, "these": true, "those": true, "however": true, "then": true, "so": true,
}

// firstPersonWords are the Dutch forms of the first person singular
// (not English "I", which "I&O Research" would match).
var firstPersonWords = map[string]bool{"ik": true, "mij": true, "me": true, "mijn": true}

// firstPerson reports whether a sentence speaks in the first person
// singular ("Ik weet niet hoe Kim Jong-un zich voelde"): its writer's
// voice, or a quote without quotation marks.
func firstPerson(text string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if firstPersonWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// dependent reports whether text opens with a word of dependentOpeners,
// except "Toen" as the conjunction "when", which a subject follows
// ("Toen de brug dichtging, reed de bus om") where "then" has the verb
// right after it ("Toen reed de bus om").
func dependent(text string) bool {
	first, rest, _ := strings.Cut(text, " ")
	first = strings.ToLower(strings.TrimRight(first, ",:;"))
	if first == "toen" && whenSubject(rest) {
		return false
	}
	return dependentOpeners[first]
}

// subjectStarts are the words that open a subject right after the
// conjunction "Toen": the articles. A pronoun subject ("Toen ze hem
// passeerde, …") makes the conjunction no better: who it is stands
// before.
var subjectStarts = map[string]bool{"de": true, "het": true, "een": true}

// whenSubject reports whether rest, the words after a sentence-initial
// "Toen", opens with a subject: a name or a word of subjectStarts.
func whenSubject(rest string) bool {
	w, _, _ := strings.Cut(rest, " ")
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || subjectStarts[w]
}

// kicker matches a section label run into a sentence's start, one to three
// lowercase words and a dash before a capital ("debat - De minister …",
// "e-auto's - De snellaadstations …").
var kicker = regexp.MustCompile(`^\p{Ll}[\p{L}'’-]*(?: \p{L}+){0,2} [-–] (\p{Lu})`)

// capsKicker matches a label in capitals, one to three words, and a dash
// before a capitalised word ("ANALYSE - De Nederlandse …", "AKP - De
// Turkse president …"); stripKicker cuts it only before a word only a
// sentence opens with, as "PSV - Ajax eindigde in 3-3" names two clubs.
var capsKicker = regexp.MustCompile(`^\p{Lu}[\p{Lu}\d'’-]+(?: [\p{Lu}\d'’-]+){0,2} [-–] (\p{Lu}\p{L}*)`)

// stripKicker drops such a label from the start of a summary sentence.
func stripKicker(text string) string {
	if m := kicker.FindStringSubmatchIndex(text); m != nil {
		return text[m[2]:]
	}
	if m := capsKicker.FindStringSubmatchIndex(text); m != nil && sentenceOpeners[strings.ToLower(text[m[2]:m[3]])] {
		return text[m[2]:]
	}
	return text
}

// summaryText returns sentence s of member m as the summary shows it,
// spaces folded: without a subheading, dateline or section label run
// into its start ("Algerije De Algerijnse president …", "Den Bosch In
// Den Bosch werd …", "ANALYSE - De Nederlandse …"), which tell where or
// in what section the article stood, not what happened.
func (b *builder) summaryText(m *member, s kroniek.SentenceSpan) string {
	from := s.Start
	if b.opts.Annotate != nil {
		d := b.syntax(m)
		from = max(from, runInHeading(d, s.Start), dateline(d, m.an, s.Start))
	}
	text := strings.Join(strings.Fields(m.a.Text[from:s.End]), " ")
	if b.opts.Annotate != nil {
		text = cutLabel(b.syntax(m), text)
	}
	return stripKicker(text)
}

// readsAlone reports whether sentence s of member m (shown as text) reads
// on its own, by the tests the timeline puts its entries to: no opener
// that leans on the sentence before ("Maar", "Daarom", "Dat betekent"),
// no personal pronoun for its main subject ("Via Facebook riep hij …"),
// no demonstrative or pointing adverb whose referent is only before ("met
// die verrassende keus", "deze club van vijf"), no bare definite for who
// acts ("De partij heeft nu drie zetels …"), a main clause, and no person
// by a surname the article introduced before.
func (b *builder) readsAlone(ms []*member, m *member, s kroniek.SentenceSpan, text string) bool {
	if len(ms) == 1 {
		// One article's summary keeps its order, where what a sentence
		// leans on mostly stands just before it: only an opener that
		// leans counts.
		return !dependent(text)
	}
	if b.opts.Annotate == nil {
		return !leaning(nil, text, s.Start)
	}
	d := b.syntax(m)
	return !leaning(d, text, s.Start) && !fragment(d, s.Start) && !b.unintroduced(ms, m, s.Start, s.End)
}

// leaning reports whether the sentence at byte offset at of doc, shown
// as text, leans on the sentences before it, by the tests a summary
// sentence and a timeline entry share: an opener that leans ("Maar",
// "Daarom", "Dat betekent", "Zijn arrestatie", "Ter vergelijking"), a
// sentence that only attributes the one before ("Dat meldde de politie
// gisteren"), and on the parse (doc may be nil) a personal pronoun for
// its main subject, a demonstrative or pointing adverb whose referent is
// only before, a bare kind of body for its subject ("De partij heeft …")
// or a "dan" with no condition.
func leaning(doc *nl.Doc, text string, at int) bool {
	if dependent(text) && !demonstrativeOpener(text) || leans(text) || attributes(text) || pointingStart(text) || possessiveOpener(text) || predicativeIt(text) {
		return true
	}
	return doc != nil && (pronounSubjectAt(doc, at) || pointsBack(doc, at) || kindSubject(doc, at) || thenPointer(doc, at))
}

// itIsA is a sentence opening with "Het", a copula and "een".
var itIsA = regexp.MustCompile(`^Het (?:is|was|wordt|werd|lijkt|leek|blijkt|bleek) een `)

// predicativeIt reports whether text's subject is "Het" with a copula
// and an indefinite noun phrase ("Het was een bijzondere actie: …", "Het
// is een grote club, die …"): what "Het" stands for is told before. Not
// when a clause with "dat" or "om" follows before any comma or colon, for
// which "Het" stands ("Het is een raadsel dat de brug nog staat").
func predicativeIt(text string) bool {
	if !itIsA.MatchString(text) {
		return false
	}
	first := text
	if i := strings.IndexAny(text, ",:;"); i >= 0 {
		first = text[:i]
	}
	return !strings.Contains(first, " dat ") && !strings.Contains(first, " om ")
}

// demonstrativeOpener reports whether text opens with "Dat", "Dit",
// "Die" or "Deze", which leans judges: a conjunction ("Dat de brug dicht
// moest, bleek gisteren …") or a time ("Deze week …") does not lean.
func demonstrativeOpener(text string) bool {
	first, _, _ := strings.Cut(text, " ")
	return first == "Dat" || first == "Dit" || first == "Die" || first == "Deze"
}

// comparative reports whether word w, before "dan", makes it the "than"
// of a comparison the tagger may take for an adverb ("Anders dan de
// voorman …", "langer dan", "meer dan").
func comparative(w string) bool {
	w = strings.ToLower(w)
	return w == "anders" || w == "ander" || w == "meer" || w == "minder" || strings.HasSuffix(w, "er")
}

// thenMarks open a clause that a main clause's "dan" may point to in its
// own sentence ("Als het regent, blijft de markt dan dicht").
var thenMarks = map[string]bool{"als": true, "wanneer": true, "indien": true, "zodra": true, "mocht": true,
	"eerst": true, "tenzij": true, "nadat": true, "voordat": true}

// thenPointer reports whether the sentence at byte offset at has "dan"
// as an adverb after its first word (not the "dan" of a comparison, a
// conjunction to the tagger) with no condition or time in the sentence
// for it to point to: "Mensen blijven dan langer werken", "De partij
// geeft dan ook aan …" say "then" or "so" of what the sentences before
// told. Not after a conjunction or comma, where it follows what its own
// sentence told first ("De weg gaat in maart dicht, maar dan richting
// Almelo", "eerst vrijdag en dan in april"). It reads the tags, not the tree, whose head for "dan" varies.
func thenPointer(doc *nl.Doc, at int) bool {
	s := sentenceIndex(doc, at)
	if s < 0 {
		return false
	}
	sent := doc.Sentences[s]
	toks := doc.Tokens
	for k := sent.First; k < sent.First+len(sent.Tokens); k++ {
		if thenMarks[strings.ToLower(toks[k].Text)] {
			return false
		}
	}
	for k := sent.First + 1; k < sent.First+len(sent.Tokens); k++ {
		tok := toks[k]
		if prev := toks[k-1]; strings.ToLower(tok.Text) == "dan" && tok.POS == nl.ADV && !comparative(prev.Text) && prev.POS != nl.CCONJ && prev.Text != "," {
			return true
		}
	}
	return false
}

// kindSubject reports whether the sentence at byte offset at opens with
// a noun of a kind of body and nothing but an article before a verb ("De
// partij heeft nu drie zetels in de Eerste Kamer", "Het bedrijf groeit
// snel"): which party or firm is only in the sentences before, even where
// the sentence names other things, as bareDefinite does not ask. Not "De
// partij van de minister" or "Het Amsterdamse bedrijf", which say which.
// It reads the words, not the tree, where the parse often makes the noun
// the root.
func kindSubject(doc *nl.Doc, at int) bool {
	s := sentenceIndex(doc, at)
	if s < 0 || len(doc.Sentences[s].Tokens) < 4 {
		return false
	}
	f := doc.Sentences[s].First
	det, noun, verb := doc.Tokens[f], doc.Tokens[f+1], doc.Tokens[f+2]
	return (det.Text == "De" || det.Text == "Het") && kindNouns[strings.ToLower(noun.Text)] &&
		(verb.POS == nl.VERB || verb.POS == nl.AUX)
}

// pointingStarts are sentence openings that compare with, or add to, what
// the sentences before said: "Ter vergelijking: …", "Het is één van de
// maatregelen die …", "Waar de komende tijd …, gaat zij niet zeggen".
// "Het blijkt ook uit …" adds with its pronoun subject and "ook" to a
// finding told before; "Het is een gevolg van …" names the effect only
// before, "Aanleiding is de biografie die …" and "De reden was …" what
// it gave rise to.
var pointingStarts = []string{"Ter vergelijking", "Het is één van", "Het is een van", "Waar ", "Wiens ", "Daarnaast",
	"Tot slot", "Daarentegen", "Hierdoor", "Het blijkt ook", "Het bleek ook", "Het gaat ook", "Het ging ook",
	"Het geldt ook", "Het gold ook", "Het is ook", "Het was ook", "Het is een gevolg", "Het was een gevolg",
	"Het is het gevolg", "Het was het gevolg", "Dat is een gevolg", "Dat is het gevolg",
	"Aanleiding is ", "Aanleiding was ", "Aanleiding zijn ", "Aanleiding waren ", "De aanleiding is ", "De aanleiding was ",
	"Reden is ", "Reden was ", "De reden is ", "De reden was ", "Oorzaak is ", "Oorzaak was ", "De oorzaak is ", "De oorzaak was "}

// pointingStart reports whether text opens with one of pointingStarts,
// or has a pointing adverb among its first words before any comma ("De
// 45-jarige arts is daarmee de eerste …", "De raad stemde daarna in"),
// where the parse often hangs it elsewhere than under the main verb.
func pointingStart(text string) bool {
	for _, p := range pointingStarts {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	ws := strings.Fields(text)
	for _, w := range ws[:min(len(ws), 7)] {
		if strings.HasSuffix(w, ",") {
			return false
		}
		if pointingWords[strings.ToLower(w)] {
			return true
		}
	}
	return partOfThem(ws[:min(len(ws), 7)])
}

// partOfThem reports whether words, the opening of a sentence, count
// part of a group named only before: "van hen" after a word ("Een
// aantal van hen werd ontslagen", "Twee van hen zijn gewond"), before any
// comma; not the possessive "van hun school".
func partOfThem(ws []string) bool {
	for i := 1; i+1 < len(ws); i++ {
		if strings.HasSuffix(ws[i-1], ",") {
			return false
		}
		if strings.ToLower(ws[i]) == "van" && strings.TrimRight(ws[i+1], ",.") == "hen" {
			return true
		}
	}
	return false
}

// pointingWords are the adverbs pointingStart looks for: they stand for a
// fact of the sentences before wherever they are in the main clause
// ("Loekasjenko heeft dus de steun van Poetin": so, from what was told).
var pointingWords = map[string]bool{"daarmee": true, "hiermee": true, "daarna": true, "daarop": true, "dus": true}

// possessiveOpener reports whether text opens with a possessive pronoun
// before a lower-case word ("Zijn arrestatie volgde …", "Haar pogingen
// strandden …", "Hun plan …"): whose it is is only in the sentences
// before.
func possessiveOpener(text string) bool {
	first, rest, _ := strings.Cut(text, " ")
	if first != "Zijn" && first != "Haar" && first != "Hun" {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	return next != "" && !capitalised(next) && next != "er" && next != "de" && next != "het"
}

// elsewhere reports whether text is a sentence that an article outside
// the story's members ms prints word for word as well: a series' standing
// introduction or a paper's notice. One that only the story's own
// articles share is its news told twice ("Touroperators gaan het hele
// jaar door dagtochten aanbieden …" in two papers of one group).
func (b *builder) elsewhere(text string, ms []*member) bool {
	in := b.recurring[text]
	if len(in) == 0 {
		return false
	}
	for _, i := range in {
		if !slices.ContainsFunc(ms, func(m *member) bool { return m.i == i }) {
			return true
		}
	}
	return false
}

// dateline returns the byte offset where the sentence at byte offset at
// begins once a place name run into its start as a dateline is left off
// ("Den Bosch In Den Bosch werd …", "Noord-Holland De kans is klein …"),
// or at when there is none: the sentence opens with a place the analysis
// tagged, and right after it, with no punctuation, comes a capitalised word
// only a sentence opens with. "De", "Het" or "Een" must be followed by a
// lower-case word or an adjective, as "Utrecht De Uithof" is a name.
func dateline(doc *nl.Doc, an *kroniek.Analysis, at int) int {
	if an == nil {
		return at
	}
	end := -1
	for _, mn := range an.Mentions {
		if mn.Field == "" && mn.Start == at && mn.Type == kroniek.LOC {
			end = max(end, mn.End)
		}
	}
	if end < 0 {
		return at
	}
	toks := doc.Tokens
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= end })
	if k+1 >= len(toks) || toks[k].Start == end || doc.SentenceOf(k) != doc.SentenceOf(k-1) {
		return at
	}
	t, next := toks[k], toks[k+1]
	w := strings.ToLower(t.Text)
	if t.Kind != nl.Word || !capitalised(t.Text) || !sentenceOpeners[w] || pointingOpeners[w] {
		return at
	}
	if (w == "de" || w == "het" || w == "een") && capitalised(next.Text) && next.POS != nl.ADJ {
		return at
	}
	return t.Start
}
