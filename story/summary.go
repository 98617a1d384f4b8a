package story

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"

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
}

// summary picks up to opts.SummarySentences central, non-redundant
// sentences (one per article, at least three) and orders them by article
// date, then position.
func (b *builder) summary(ms []*member) ([]string, []string) {
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
			if words < minSummaryWords || words > maxSummaryWords || !proseEnd(text) || quoted(s.Start, s.End, text, quotes) || boilerplate(text) || b.recurring[text] {
				continue
			}
			c := map[int32]int{}
			for _, t := range b.opts.Terms(text, m.a.Lang) {
				c[terms.id(t)]++
			}
			df = growCount(df, len(terms), c)
			counts = append(counts, c)
			cands = append(cands, &candidate{member: k, pos: pos, text: text})
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
		if dependent(cd.text) || len(ms) > 1 && firstPerson(cd.text) {
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
	for len(chosen) < want {
		best, bestVal := -1, math.Inf(-1)
		for i, cd := range cands {
			if cd == nil || taken[cd.member] >= perArticle {
				continue
			}
			red := 0.0
			for _, ch := range chosen {
				red = max(red, dot(cd.vec, ch.vec))
			}
			if red > maxRedundancy {
				continue
			}
			if v := mmrLambda*cd.score - (1-mmrLambda)*red; v > bestVal {
				best, bestVal = i, v
			}
		}
		if best < 0 {
			break
		}
		chosen = append(chosen, cands[best])
		taken[cands[best].member]++
		cands[best] = nil
	}
	sort.Slice(chosen, func(i, j int) bool {
		if chosen[i].member != chosen[j].member {
			return chosen[i].member < chosen[j].member
		}
		return chosen[i].pos < chosen[j].pos
	})
	out := make([]string, len(chosen))
	from := make([]string, len(chosen))
	for i, ch := range chosen {
		out[i] = stripKicker(ch.text)
		from[i] = ms[ch.member].a.ID
	}
	return out, from
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
// folded.
func recurringSentences(articles []*kroniek.Article, dup []bool) map[string]bool {
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
	seen := map[string]int{}
	for _, own := range owns {
		for t := range own {
			seen[t]++
		}
	}
	out := map[string]bool{}
	for t, n := range seen {
		if n > 1 {
			out[t] = true
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

// dependent reports whether text opens with a word of dependentOpeners.
func dependent(text string) bool {
	first, _, _ := strings.Cut(text, " ")
	first = strings.ToLower(strings.TrimRight(first, ",:;"))
	return dependentOpeners[first]
}

// kicker matches a section label run into a sentence's start, one to three
// lowercase words and a dash before a capital ("debat - De minister …").
var kicker = regexp.MustCompile(`^\p{Ll}[\p{L}-]*(?: \p{L}+){0,2} [-–] (\p{Lu})`)

// stripKicker drops such a label from the start of a summary sentence.
func stripKicker(text string) string {
	if m := kicker.FindStringSubmatchIndex(text); m != nil {
		return text[m[2]:]
	}
	return text
}
