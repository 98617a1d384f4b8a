package story

import (
	"math"
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Build links every article (its story, and the original it duplicates, if
// any) and builds the view of each story: title, dates, outlets,
// languages, actors, timeline, summary, figures and source comparison.
// analyses and entities may be nil or partial: clustering works on text
// alone and entities only add signal. The same input always gives the
// same result, whatever its order; story ids are a hash of each story's
// earliest article id.
func Build(articles []*kroniek.Article, analyses []*kroniek.Analysis, entities []*kroniek.Entity, opts Options) ([]kroniek.ArticleLink, []*kroniek.Story) {
	memo := opts.Terms == nil
	opts = opts.withDefaults()
	byArticle := make(map[string]*kroniek.Analysis, len(analyses))
	for _, an := range analyses {
		if an != nil {
			byArticle[an.Article] = an
		}
	}
	ents := make(map[string]*kroniek.Entity, len(entities))
	for _, e := range entities {
		if e != nil {
			ents[e.ID] = e
		}
	}
	l := linkMemo(articles, byArticle, opts, memo)
	for i, a := range articles {
		if an := byArticle[a.ID]; an != nil {
			an.Genre = l.genres[i]
		}
	}
	dup := make([]bool, len(articles))
	for i, lk := range l.links {
		dup[i] = lk.DuplicateOf != ""
	}
	b := &builder{articles: articles, analyses: byArticle, entities: ents, opts: opts, l: l, dup: dup,
		recurring: recurringSentences(articles, dup)}
	// Each story's view reads shared state only: build them on all cores.
	stories := make([]*kroniek.Story, len(l.groups))
	parallel(len(l.groups), func(s int) { stories[s] = b.story(l.groups[s]) })
	return l.links, stories
}

// builder holds what every story view needs.
type builder struct {
	articles []*kroniek.Article
	analyses map[string]*kroniek.Analysis
	entities map[string]*kroniek.Entity
	opts     Options
	l        linked
	dup      []bool
	// recurring holds the sentences that more than one original article
	// prints word for word, with the indices of those articles: a
	// series' standing introduction, a paper's notice, or one story's
	// news in two papers of one group.
	recurring map[string][]int
}

// member is one article of a story being viewed.
type member struct {
	i   int
	a   *kroniek.Article
	an  *kroniek.Analysis // may be nil
	doc *nl.Doc           // parsed lazily
	// sents are the text's sentences: the analysis's, else the doc's.
	sents []kroniek.SentenceSpan
}

// sentences returns the sentences of the member's text: those the
// analysis split, when it hands them over, else those of parsed().
func (m *member) sentences() []kroniek.SentenceSpan {
	if m.sents != nil {
		return m.sents
	}
	if m.an != nil && m.an.Sentences != nil {
		m.sents = m.an.Sentences
		return m.sents
	}
	doc := m.parsed()
	m.sents = make([]kroniek.SentenceSpan, len(doc.Sentences))
	for i, s := range doc.Sentences {
		words := 0
		for _, t := range s.Tokens {
			if t.Kind == nl.Word {
				words++
			}
		}
		m.sents[i] = kroniek.SentenceSpan{Start: s.Start, End: s.End, Heading: s.Heading, Words: words}
	}
	return m.sents
}

func (m *member) parsed() *nl.Doc {
	if m.doc == nil {
		heads := make([][2]int, len(m.a.Headings))
		for i, h := range m.a.Headings {
			heads[i] = [2]int{h.Start, h.End}
		}
		m.doc = nl.Parse(m.a.Text, nl.Options{Lang: m.a.Lang, Headings: heads})
	}
	return m.doc
}

func (b *builder) story(g group) *kroniek.Story {
	s := &kroniek.Story{ID: g.id, Summary: []string{}, Timeline: []kroniek.TimelineItem{}}
	var originals []*member
	langs := map[string]bool{}
	outlets := map[string]bool{}
	for _, i := range g.members {
		a := b.articles[i]
		if b.dup[i] {
			// A copy counts once: under Copies, not in sizes, outlets,
			// quotes or figures.
			s.Copies = append(s.Copies, a.ID)
		} else {
			s.Articles = append(s.Articles, a.ID)
		}
		if a.Published != "" {
			if s.Start == "" || a.Published < s.Start {
				s.Start = a.Published
			}
			if a.Published > s.End {
				s.End = a.Published
			}
		}
		if a.Lang != "" {
			langs[a.Lang] = true
		}
		if b.dup[i] {
			continue
		}
		if o := outletOf(a); o != "" {
			outlets[o] = true
		}
		originals = append(originals, &member{i: i, a: a, an: b.analyses[a.ID]})
	}
	s.Outlets = sortedMapKeys(outlets)
	s.Languages = sortedMapKeys(langs)
	s.Actors = b.actors(originals)
	s.Title = b.title(originals, s.Actors)
	s.Timeline, s.Background = b.timeline(originals)
	s.Summary, s.SummarySources = b.summary(originals, s.Title)
	s.Figures = figures(originals)
	s.Sources = b.sources(originals, s.Timeline)
	var unit map[int]int
	if s.SubStories, unit = b.subStories(originals); len(s.SubStories) > 0 {
		// A big story is titled by what its parts share.
		s.Title = b.titleOver(originals, unit, s.Actors)
	}
	s.DigestItems = slices.Clone(g.items)
	return s
}

// outletOf names an article's source for comparison: its outlet, else the
// host of its URL, else "" (no known outlet).
func outletOf(a *kroniek.Article) string { return Outlet(a.Outlet, a.URL) }

// Outlet is the one definition of an article's source, used by the story
// builder, the command line and the web page alike: its outlet name, else
// the host of its URL, else "" for no known outlet. All articles of no
// known outlet count as one source ("unknown"); a file name or an article
// id is never an outlet.
func Outlet(outlet, rawURL string) string {
	if outlet != "" {
		return outlet
	}
	if rawURL != "" {
		if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
			return strings.TrimPrefix(u.Host, "www.")
		}
	}
	return ""
}

// title returns the most representative headline or, when no article has
// a title, the most representative lead sentence. A candidate's score is
// the sum, over its distinct terms, of the share of the story's articles
// that use the term, divided by the square root of its number of terms:
// a headline made of what most articles talk about. Candidates that fit
// without clipping and have at least three terms go first.
func (b *builder) title(ms []*member, actors []kroniek.StoryActor) string {
	if len(ms) == 0 {
		return ""
	}
	return b.titleOver(ms, nil, actors)
}

// titleOver is title with the story's articles grouped into units (its
// sub-stories; an article outside them is a unit of its own): a term's
// weight is the share of units that use it, so a headline of what all
// parts of a big story share wins over one of its biggest part.
func (b *builder) titleOver(ms []*member, unit map[int]int, actors []kroniek.StoryActor) string {
	// Who did what: a headline that names one of the story's main actors
	// (not a place) counts more; a quotation or a question, which tell
	// what someone said or asks, counts less.
	who := map[string]bool{}
	for k, a := range actors {
		if k >= titleActors {
			break
		}
		if a.Type == kroniek.LOC {
			continue
		}
		for _, t := range b.l.space.termsOf(a.Name, "") {
			who[t] = true
		}
	}
	units := map[int]map[int32]bool{}
	for _, m := range ms {
		if v := b.l.vec[m.i]; v >= 0 {
			u, ok := unit[m.i]
			if !ok {
				u = -1 - m.i
			}
			if units[u] == nil {
				units[u] = map[int32]bool{}
			}
			for id := range b.l.space.counts[v] {
				units[u][id] = true
			}
		}
	}
	df := map[int32]int{}
	for _, terms := range units {
		for id := range terms {
			df[id]++
		}
	}
	nUnits := max(len(units), 1)
	type rank struct {
		fits, long bool
		score      float64
	}
	better := func(a, b rank) bool {
		if a.fits != b.fits {
			return a.fits
		}
		if a.long != b.long {
			return a.long
		}
		return a.score > b.score
	}
	score := func(text, lang string, limit int) rank {
		seen := map[string]bool{}
		var sum float64
		for _, t := range b.l.space.termsOf(text, lang) {
			if seen[t] {
				continue
			}
			seen[t] = true
			// A term few of the story's articles use names a side angle
			// (one party's result in an election, one member's detail):
			// it counts against the headline.
			share := 0.0
			if id, ok := b.l.space.terms[t]; ok {
				share = float64(df[id]) / float64(nUnits)
			}
			if nUnits >= sideAngleUnits {
				share -= sideAngleShare
			}
			sum += share
		}
		if len(seen) == 0 {
			return rank{}
		}
		r := rank{fits: utf8.RuneCountInString(text) <= limit, long: len(seen) >= 3,
			score: sum / math.Sqrt(float64(len(seen)))}
		for t := range seen {
			if who[t] {
				r.score *= titleActorLift
				break
			}
		}
		if quoteOrQuestion(text) {
			r.score *= titleQuoteDrop
		}
		return r
	}
	// A headline counts more the more central its article: the cosine of
	// its text with the story's centroid.
	cent := b.termCentroid(ms)
	central := make([]float64, len(ms))
	for k, m := range ms {
		if v := b.l.vec[m.i]; v >= 0 {
			central[k] = cent.cos(b.l.space.vecs[v])
		}
	}
	pick := func(texts, langs []string, limit int) string {
		best, bestRank := "", rank{score: -1}
		for k, t := range texts {
			if t == "" {
				continue
			}
			r := score(t, langs[k], limit)
			r.score *= 0.5 + central[k]
			if best == "" || better(r, bestRank) {
				best, bestRank = t, r
			}
		}
		return best
	}
	var titles, leads, langs []string
	for _, m := range ms {
		// The headline without its kicker or section label.
		head, _ := SplitHeadline(strings.Join(strings.Fields(m.a.Title), " "))
		titles = append(titles, head)
		langs = append(langs, m.a.Lang)
	}
	if t := pick(titles, langs, 120); t != "" {
		return clipWords(t, 120)
	}
	for _, m := range ms {
		leads = append(leads, leadSentence(m))
	}
	return clipWords(pick(leads, langs, 100), 100)
}

// titleActors is the number of a story's top actors a headline may name
// to count more, by titleActorLift; titleQuoteDrop weighs a headline that
// is a quotation or a question.
const (
	titleActors    = 3
	titleActorLift = 1.25
	titleQuoteDrop = 0.6
)

// quoteOrQuestion reports whether a headline is a quotation ("'Volkomen
// vrijgepleit', zegt Trump") or a question.
func quoteOrQuestion(text string) bool {
	text = strings.TrimSpace(text)
	if strings.HasSuffix(text, "?") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text)
	return nl.IsQuoteMark(r) || strings.HasPrefix(text, ",,")
}

// sideAngleShare is the share of a story's units below which a headline
// term counts against the headline, in stories of sideAngleUnits units or
// more (in a smaller one, every article is much of the story).
const (
	sideAngleShare = 0.2
	sideAngleUnits = 4
)

// leadSentence returns the first prose sentence of at least five words.
func leadSentence(m *member) string {
	for _, s := range m.sentences() {
		if s.Heading {
			continue
		}
		if s.Words >= 5 {
			return strings.Join(strings.Fields(m.a.Text[s.Start:s.End]), " ")
		}
	}
	return strings.Join(strings.Fields(m.a.Text), " ")
}

// clipWords trims s to at most n runes at a word boundary, adding "…".
func clipWords(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := string([]rune(s)[:n])
	if i := strings.LastIndexByte(r, ' '); i > n/2 {
		r = r[:i]
	}
	return strings.TrimRight(r, " ,;:–-") + "…"
}

// actors counts the mentions of each resolved entity in the story.
func (b *builder) actors(ms []*member) []kroniek.StoryActor {
	counts := map[string]*kroniek.StoryActor{}
	for _, m := range ms {
		if m.an == nil {
			continue
		}
		for _, mn := range m.an.Mentions {
			if mn.Entity == "" {
				continue
			}
			a := counts[mn.Entity]
			if a == nil {
				a = &kroniek.StoryActor{Entity: mn.Entity, Name: mn.Text, Type: mn.Type}
				if e := b.entities[mn.Entity]; e != nil {
					a.Name, a.Type = e.Name, e.Type
				}
				counts[mn.Entity] = a
			}
			a.Count++
		}
	}
	out := make([]kroniek.StoryActor, 0, len(counts))
	for _, a := range counts {
		out = append(out, *a)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Entity < out[j].Entity
	})
	if len(out) > b.opts.MaxActors {
		out = out[:b.opts.MaxActors]
	}
	return out
}

// timeUnits are amount units that measure time, not figures of a story.
var timeUnits = map[string]bool{"jaar": true, "maand": true, "week": true, "dag": true,
	"uur": true, "min": true, "s": true}

// currencies are units of money: sums go before other figures reported
// as often.
var currencies = map[string]bool{"EUR": true, "USD": true, "GBP": true, "RUB": true,
	"CHF": true, "JPY": true, "CNY": true, "TRY": true, "UAH": true, "BYN": true, "PLN": true}

// figures returns the story's most reported and largest amounts: one per
// value and unit, ordered by the number of articles reporting it, sums of
// money first, then by size.
func figures(ms []*member) []kroniek.Amount {
	type fig struct {
		a        kroniek.Amount
		articles map[string]bool
	}
	byKey := map[string]*fig{}
	var keys []string
	for _, m := range ms {
		if m.an == nil {
			continue
		}
		for _, am := range m.an.Amounts {
			if timeUnits[am.Unit] || am.Value == 0 || am.Unit == "" && (am.Value < 10 || am.Object == "") {
				// Durations, small counts ("tweede keer") and bare numbers
				// are no figures.
				continue
			}
			key := am.Unit + "|" + strings.TrimSpace(formatValue(am.Value))
			f := byKey[key]
			if f == nil {
				f = &fig{a: am, articles: map[string]bool{}}
				byKey[key] = f
				keys = append(keys, key)
			}
			f.articles[m.a.ID] = true
		}
	}
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := byKey[keys[i]], byKey[keys[j]]
		if len(a.articles) != len(b.articles) {
			return len(a.articles) > len(b.articles)
		}
		if ma, mb := currencies[a.a.Unit], currencies[b.a.Unit]; ma != mb {
			return ma
		}
		return a.a.Value > b.a.Value
	})
	const maxFigures = 8
	var out []kroniek.Amount
	for _, k := range keys {
		if len(out) == maxFigures {
			break
		}
		out = append(out, byKey[k].a)
	}
	return out
}
