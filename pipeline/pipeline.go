package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
	"github.com/kroniek/kroniek/source"
	"golang.org/x/sync/errgroup"
)

// Stages are the steps of the pipeline. A nil stage is skipped; every
// per-article stage must be pure and safe for concurrent use.
type Stages struct {
	// Clean separates the article from captions, related links and embeds.
	Clean func(body string) (text string, removed []kroniek.Removed, headings [][2]int)
	// Detect returns the language code of a text and a confidence.
	Detect func(text string) (string, float64)
	// Annotate adds parts of speech, lemmas and the dependency parse to a
	// parsed document (nl.Syntax.Annotate); every later stage reads them.
	Annotate func(doc *nl.Doc)
	// Tag finds name mentions.
	Tag func(doc *nl.Doc) []kroniek.Mention
	// Local groups an article's mentions into local entities.
	Local func(doc *nl.Doc, tagged []kroniek.Mention) ([]kroniek.LocalEntity, []kroniek.Mention)
	// Title finds the names of the article's title, parsed as a document
	// of its own, and joins them to the text's locals; its mentions have
	// offsets into the title. No other stage sees them.
	Title func(title, text *nl.Doc, locals []kroniek.LocalEntity, mentions []kroniek.Mention) ([]kroniek.LocalEntity, []kroniek.Mention)
	// TitleQuotes finds the quotations of the title, parsed as a document
	// of its own, with offsets into it: a colon lede, a headline in marks.
	// titleMentions are the title's names (Title), mentions, locals and
	// quotes the text's. Without it, Quotes reads the title as a text.
	// Either way a headline quote left without a speaker takes that of
	// the same words in the text, else of the text's lead.
	TitleQuotes func(title, text *nl.Doc, titleMentions, mentions []kroniek.Mention, locals []kroniek.LocalEntity, quotes []kroniek.Quote) []kroniek.Quote
	// InferPublished infers a publication date from the text and removed
	// embeds; hint is month-level metadata ("2020-09") or "".
	InferPublished func(doc *nl.Doc, extra []string, hint string) (date string, confidence float64, ok bool)
	// Times resolves time expressions against the article's date.
	Times func(doc *nl.Doc, ref string) []kroniek.TimeRef
	// Amounts finds figures.
	Amounts func(doc *nl.Doc) []kroniek.Amount
	// Quotes finds quotes and their speakers.
	Quotes func(doc *nl.Doc, mentions []kroniek.Mention, locals []kroniek.LocalEntity) []kroniek.Quote
	// Events codes PLOVER events; with the quotes, ik/we inside a quote is
	// its speaker.
	Events func(doc *nl.Doc, mentions []kroniek.Mention, locals []kroniek.LocalEntity, times []kroniek.TimeRef, quotes []kroniek.Quote, ref string) []kroniek.Event

	// Resolve joins local entities across articles, setting global ids.
	Resolve func(articles []*kroniek.Article, analyses []*kroniek.Analysis) []*kroniek.Entity
	// MergeEvents gives reports of one event the same id and sources.
	MergeEvents func(analyses []*kroniek.Analysis)
	// MergeCopies merges events again once Stories has found the copies
	// (links' DuplicateOf): an event of an article and of its copy is one.
	MergeCopies func(analyses []*kroniek.Analysis, links []kroniek.ArticleLink)
	// FillYears completes dates written without a year (XXXX-08-09) in an
	// undated article from a reference date taken from its story.
	FillYears func(times []kroniek.TimeRef, ref string) []kroniek.TimeRef
	// Stories links duplicates and groups articles into stories.
	Stories func(articles []*kroniek.Article, analyses []*kroniek.Analysis, entities []*kroniek.Entity) ([]kroniek.ArticleLink, []*kroniek.Story)
	// Keep, when set, is given each analysed text's doc and its sentences
	// that hold a time expression, in order, after every stage has read
	// it: the stories' timeline reads the parse of those sentences again
	// (nl.Syntax.Keep keeps it for the timeline's nl.Syntax.AnnotateOnDemand).
	Keep func(doc *nl.Doc, sentences []int)
	// Load, when set, loads what the per-article stages need (models,
	// knowledge base); the pipeline calls it once, before the first
	// article is analysed, so that a run with nothing new to analyse
	// never pays for it.
	Load func() error
}

// Pipeline analyses articles into a store.
type Pipeline struct {
	stages  Stages
	version string
	loaded  sync.Once
	loadErr error
	// Workers bounds parallel per-article work; 0 means GOMAXPROCS.
	Workers int
	// Progress, when set, is called after each article is analysed.
	Progress func(done, total int)
	// Phase, when set, is called as each phase of a run ends (prepare,
	// analyse, store articles, read, resolve, stories, store corpus);
	// kroniek bench reports them.
	Phase func(PhaseTime)
}

// PhaseTime is the wall time of one phase of a run.
type PhaseTime struct {
	Name    string
	Elapsed time.Duration
	// Beside marks a phase that ran beside the phases reported after it
	// began (storing articles while the corpus is built).
	Beside bool
}

// phase reports the end of a phase that began at start and returns the
// time it ended.
func (p *Pipeline) phase(name string, start time.Time) time.Time {
	now := time.Now()
	if p.Phase != nil {
		p.Phase(PhaseTime{Name: name, Elapsed: now.Sub(start)})
	}
	return now
}

// New returns a pipeline running the given stages. version names the
// extractors (models and lexicons); analyses of another version are redone.
func New(stages Stages, version string) *Pipeline {
	return &Pipeline{stages: stages, version: version}
}

// load runs the stages' Load once and returns its error.
func (p *Pipeline) load() error {
	p.loaded.Do(func() {
		if p.stages.Load != nil {
			p.loadErr = p.stages.Load()
		}
	})
	return p.loadErr
}

// Version returns the version analyses are stamped with.
func (p *Pipeline) Version() string { return p.version }

// Prepare cleans an article and detects its language when it has none.
// It is idempotent: an article with Text set is left as is.
func (p *Pipeline) Prepare(a *kroniek.Article) {
	// NUL and other C0 controls are not text: no store keeps NUL, and no
	// stage wants them.
	a.Body, a.Title, a.Outlet, a.Author = stripControls(a.Body), stripControls(a.Title), stripControls(a.Outlet), stripControls(a.Author)
	if a.Text == "" {
		a.Text, a.Removed, a.Headings = a.Body, nil, nil
		if p.stages.Clean != nil {
			var hs [][2]int
			a.Text, a.Removed, hs = p.stages.Clean(a.Body)
			a.Headings = spans(hs)
		}
	}
	if a.Lang == "" && p.stages.Detect != nil {
		sample := a.Text
		if a.Title != "" {
			sample = a.Title + "\n" + sample
		}
		a.Lang, a.LangConfidence = p.stages.Detect(sample)
	}
	if a.ID == "" {
		a.ID = source.TextID(a.Title + "\n\n" + a.Text)
	}
}

func spans(hs [][2]int) []kroniek.Span {
	if len(hs) == 0 {
		return nil
	}
	out := make([]kroniek.Span, len(hs))
	for i, h := range hs {
		out[i] = kroniek.Span{Start: h[0], End: h[1]}
	}
	return out
}

func headings(ss []kroniek.Span) [][2]int {
	out := make([][2]int, len(ss))
	for i, s := range ss {
		out[i] = [2]int{s.Start, s.End}
	}
	return out
}

// Parse returns the nl.Doc of a prepared article.
func Parse(a *kroniek.Article) *nl.Doc {
	return nl.Parse(a.Text, nl.Options{Lang: a.Lang, Headings: headings(a.Headings)})
}

// Analyze runs the per-article stages on a prepared article. It may set
// the article's inferred publication date; otherwise it is pure. It
// panics when the stages' models do not load (a run checks that first).
func (p *Pipeline) Analyze(a *kroniek.Article) *kroniek.Analysis {
	if err := p.load(); err != nil {
		panic(err)
	}
	s := &p.stages
	doc := Parse(a)
	an := &kroniek.Analysis{Article: a.ID, Version: p.version, Input: inputHash(a)}
	if len(doc.Tokens) == 0 {
		return an // nothing to extract from an empty text
	}
	an.Sentences = sentenceSpans(doc)
	if s.Annotate != nil {
		s.Annotate(doc)
	}
	if s.InferPublished != nil && (a.Published == "" || a.PublishedInferred || len(a.Published) == 7) {
		hint := ""
		if len(a.Published) == 7 && !a.PublishedInferred {
			hint = a.Published
		}
		extra := make([]string, 0, len(a.Removed))
		for _, r := range a.Removed {
			extra = append(extra, r.Text)
		}
		if date, conf, ok := s.InferPublished(doc, extra, hint); ok && (hint == "" || strings.HasPrefix(date, hint)) {
			a.Published, a.PublishedInferred, a.PublishedConfidence = date, true, conf
		}
	}
	var tagged []kroniek.Mention
	if s.Tag != nil {
		tagged = s.Tag(doc)
	}
	if s.Local != nil {
		an.Locals, an.Mentions = s.Local(doc, tagged)
	} else {
		an.Mentions = tagged
	}
	if s.Times != nil {
		an.Times = s.Times(doc, a.Published)
	}
	if s.Amounts != nil {
		an.Amounts = s.Amounts(doc)
	}
	if s.Quotes != nil {
		an.Quotes = s.Quotes(doc, an.Mentions, an.Locals)
	}
	if s.Events != nil {
		an.Events = s.Events(doc, an.Mentions, an.Locals, an.Times, an.Quotes, a.Published)
	}
	if s.Keep != nil {
		s.Keep(doc, timeSentences(doc, an.Times))
	}
	if strings.TrimSpace(a.Title) != "" {
		analyzeTitle(s, a, doc, an)
	}
	stamp(an, a.ID)
	finite(an)
	return an
}

// timeSentences returns the sentences of doc that hold the start of one
// of times (of the text), in order.
func timeSentences(doc *nl.Doc, times []kroniek.TimeRef) []int {
	var out []int
	for _, t := range times {
		if t.Field != "" {
			continue
		}
		si := sort.Search(len(doc.Sentences), func(i int) bool { return doc.Sentences[i].End > t.Start })
		if si < len(doc.Sentences) && doc.Sentences[si].Start <= t.Start {
			out = append(out, si)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sentenceSpans returns the sentences of a freshly split doc (before any
// stage annotates it) for Analysis.Sentences.
func sentenceSpans(doc *nl.Doc) []kroniek.SentenceSpan {
	out := make([]kroniek.SentenceSpan, len(doc.Sentences))
	for i, s := range doc.Sentences {
		words := 0
		for _, t := range s.Tokens {
			if t.Kind == nl.Word {
				words++
			}
		}
		out[i] = kroniek.SentenceSpan{Start: s.Start, End: s.End, Heading: s.Heading, Words: words}
	}
	return out
}

// analyzeTitle adds what the article's title says to an, after every
// stage that reads offsets into the text has run: its names, quotes,
// figures, times (resolved against the article's date) and events, each
// with Field kroniek.FieldTitle and offsets into the title. The title is
// parsed as a document of its own. A title item that repeats one of the
// text stays (it is evidence); TitleRepeat tells it, and an event that
// repeats one is not shown.
func analyzeTitle(s *Stages, a *kroniek.Article, doc *nl.Doc, an *kroniek.Analysis) {
	title := nl.Parse(a.Title, nl.Options{Lang: a.Lang})
	if len(title.Tokens) == 0 {
		return
	}
	if s.Annotate != nil {
		s.Annotate(title)
	}
	var ms []kroniek.Mention
	if s.Title != nil {
		an.Locals, ms = s.Title(title, doc, an.Locals, an.Mentions)
		for i := range ms {
			ms[i].Field = kroniek.FieldTitle
		}
	}
	var times []kroniek.TimeRef
	if s.Times != nil {
		times = s.Times(title, a.Published)
		for i := range times {
			times[i].Field = kroniek.FieldTitle
		}
	}
	var amounts []kroniek.Amount
	if s.Amounts != nil {
		amounts = s.Amounts(title)
		for i := range amounts {
			amounts[i].Field = kroniek.FieldTitle
		}
	}
	var quotes []kroniek.Quote
	switch {
	case s.TitleQuotes != nil:
		quotes = s.TitleQuotes(title, doc, ms, an.Mentions, an.Locals, an.Quotes)
	case s.Quotes != nil:
		quotes = s.Quotes(title, ms, an.Locals)
	}
	for i := range quotes {
		q := &quotes[i]
		q.Field = kroniek.FieldTitle
		if q.SpeakerText != "" && (q.SpeakerEnd > len(a.Title) || q.SpeakerStart > q.SpeakerEnd || a.Title[q.SpeakerStart:q.SpeakerEnd] != q.SpeakerText) {
			// A speaker the text names: its words and offsets are in the
			// text, not the title; the entity alone is the speaker.
			q.SpeakerText, q.SpeakerStart, q.SpeakerEnd = "", 0, 0
		}
		q.CoSpeakers = slices.DeleteFunc(q.CoSpeakers, func(c kroniek.CoSpeaker) bool {
			return c.End > len(a.Title) || c.Start > c.End || a.Title[c.Start:c.End] != c.Text // words of the text: not this field's
		})
	}
	speakersFromText(quotes, an.Quotes)
	leadSpeakers(doc, quotes, an)
	var events []kroniek.Event
	if s.Events != nil {
		events = s.Events(title, ms, an.Locals, times, quotes, a.Published)
		for i := range events {
			events[i].Field = kroniek.FieldTitle
		}
	}
	an.Mentions = append(an.Mentions, ms...)
	an.Times = append(an.Times, times...)
	an.Amounts = append(an.Amounts, amounts...)
	an.Quotes = append(an.Quotes, quotes...)
	an.Events = append(an.Events, events...)
	hideTitleRepeats(an)
}

// speakersFromText gives a quote of the title without a speaker the
// speaker of the text's quote that says the same words (most of the
// headline's words are in it): a headline repeats what the article
// quotes, often cut short.
func speakersFromText(title, text []kroniek.Quote) {
	for i := range title {
		q := &title[i]
		if q.Kind == kroniek.QuoteTerm || q.SpeakerLocal != "" || q.Speaker != "" {
			continue
		}
		for _, b := range text {
			if b.Field == "" && (b.SpeakerLocal != "" || b.Speaker != "") && sayAlike(q.Text, b.Text) {
				// SpeakerText and its offsets would point into the text,
				// not the title: the speaker is the entity alone.
				q.Speaker, q.SpeakerLocal = b.Speaker, b.SpeakerLocal
				break
			}
		}
	}
}

// leadSpeakers gives a quote of the title still without a speaker the
// speaker the text's lead gives: that of a quote in its first two
// sentences ("…, hoopt de vereniging"; "Dat vinden D66 en …"), else the
// subject of its first sentence when that is a person or organisation the
// text names ("De ChristenUnie wil …"). A headline quotes whom the lead
// is about.
func leadSpeakers(doc *nl.Doc, title []kroniek.Quote, an *kroniek.Analysis) {
	var local string
	looked := false
	for i := range title {
		q := &title[i]
		if q.Kind != kroniek.QuoteDirect || q.SpeakerLocal != "" || q.Speaker != "" {
			continue
		}
		if !looked {
			local, looked = leadSpeaker(doc, an), true
		}
		if local == "" {
			return
		}
		q.SpeakerLocal = local
	}
}

// leadSpeaker returns the local key of the speaker of the first quote of
// the text's first two sentences (not headings), else leadSubject.
func leadSpeaker(doc *nl.Doc, an *kroniek.Analysis) string {
	end, n := 0, 0
	for _, s := range doc.Sentences {
		if s.Heading {
			continue
		}
		end, n = s.End, n+1
		if n == 2 {
			break
		}
	}
	for _, q := range an.Quotes {
		if q.Field == "" && q.Kind != kroniek.QuoteTerm && q.Start < end && q.SpeakerLocal != "" && !strings.HasPrefix(q.SpeakerLocal, "generic:") {
			return q.SpeakerLocal
		}
	}
	return leadSubject(doc, an)
}

// leadSubject returns the local key of the person or organisation the
// text names as the subject of its first sentence (not a heading) and
// quotes somewhere, or "".
func leadSubject(doc *nl.Doc, an *kroniek.Analysis) string {
	si := slices.IndexFunc(doc.Sentences, func(s nl.Sentence) bool { return !s.Heading })
	if si < 0 || !doc.Parsed(si) {
		return ""
	}
	s := doc.Sentences[si]
	root := -1
	for i := s.First; i < s.First+len(s.Tokens); i++ {
		if doc.Tokens[i].Rel == "root" {
			root = i
			break
		}
	}
	subj := doc.Subject(root)
	if root < 0 || subj < 0 {
		return ""
	}
	first, last := doc.Span(subj)
	if first < 0 || last < first {
		return ""
	}
	from, to := doc.Tokens[first].Start, doc.Tokens[last].End
	types := make(map[string]string, len(an.Locals))
	for _, le := range an.Locals {
		types[le.Key] = le.Type
	}
	speaks := map[string]bool{}
	for _, q := range an.Quotes {
		if q.Field == "" && q.Kind != kroniek.QuoteTerm {
			speaks[q.SpeakerLocal] = true
		}
	}
	for _, m := range an.Mentions {
		if m.Field == "" && m.Local != "" && m.Start >= from && m.End <= to && m.Start <= doc.Tokens[subj].Start &&
			(types[m.Local] == kroniek.PER || types[m.Local] == kroniek.ORG) {
			if !speaks[m.Local] {
				return "" // the lead is about what says nothing in the text (a railway line)
			}
			return m.Local
		}
	}
	return ""
}

// sayAlike reports whether a headline's quoted words are mostly those of a
// quote of the text: at least two words, three in five of them in it.
func sayAlike(head, text string) bool {
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	hw := words(head)
	if len(hw) < 2 {
		return false
	}
	in := map[string]bool{}
	for _, w := range words(text) {
		in[w] = true
	}
	n := 0
	for _, w := range hw {
		if in[w] {
			n++
		}
	}
	return 5*n >= 3*len(hw)
}

// hideTitleRepeats unshows the title's events that repeat a shown event
// of the text (kroniek.TitleRepeat): the report, the web page and the
// lists show that event once, from the text.
func hideTitleRepeats(an *kroniek.Analysis) {
	for i := range an.Events {
		if e := &an.Events[i]; e.Shown && kroniek.EventRepeat(*e, an.Events) {
			e.Shown = false
		}
	}
}

// finite drops figures whose value is not a finite number: JSON cannot
// carry them, and one must not fail a whole batch.
func finite(an *kroniek.Analysis) {
	kept := an.Amounts[:0]
	for _, x := range an.Amounts {
		if !math.IsInf(x.Value, 0) && !math.IsNaN(x.Value) {
			kept = append(kept, x)
		}
	}
	an.Amounts = kept
}

// analyzeSafely is Analyze that turns a panic in a stage into a problem
// with the article's location, so one article never aborts a batch.
func (p *Pipeline) analyzeSafely(a *kroniek.Article) (an *kroniek.Analysis, prob *kroniek.Problem) {
	defer func() {
		if v := recover(); v != nil {
			loc := a.Source
			if loc == "" {
				loc = a.ID
			}
			err := fmt.Errorf("analyse article %s: internal error: %v", a.ID, v)
			an, prob = nil, &kroniek.Problem{Location: loc, Err: err, Message: err.Error()}
		}
	}()
	return p.Analyze(a), nil
}

// stamp sets the article id on every item of an analysis.
func stamp(an *kroniek.Analysis, id string) {
	for i := range an.Mentions {
		an.Mentions[i].Article = id
	}
	for i := range an.Quotes {
		an.Quotes[i].Article = id
	}
	for i := range an.Amounts {
		an.Amounts[i].Article = id
	}
	for i := range an.Times {
		an.Times[i].Article = id
	}
	for i := range an.Events {
		an.Events[i].Article = id
	}
}

// Result reports what an Ingest did.
type Result struct {
	kroniek.IngestResult
	Analysed int
	Articles []string // ids of the input articles, in input order
	// Problems are articles a stage failed on; they are stored without an
	// analysis and analysed again by the next run.
	Problems []kroniek.Problem
}

// Finish rebuilds the corpus when it is behind the store's articles and
// analyses (a rebuild was interrupted, or another writer added articles
// without one) and reports whether it did.
func (p *Pipeline) Finish(ctx context.Context, store kroniek.Store) (bool, error) {
	g, err := store.Generation(ctx)
	if err != nil {
		return false, fmt.Errorf("read generation: %w", err)
	}
	if !g.Stale() {
		return false, nil
	}
	return true, p.rebuild(ctx, store, nil)
}

// Changed reports whether the store's articles or analyses changed.
func (r Result) Changed() bool { return r.New > 0 || r.Updated > 0 || r.Analysed > 0 }

// Add prepares, analyses and stores one batch of articles without
// rebuilding the corpus. Articles already stored with the same content and
// an analysis of this version are not analysed again, so adding the same
// input twice changes nothing.
func (p *Pipeline) Add(ctx context.Context, store kroniek.Store, articles []*kroniek.Article) (Result, error) {
	res, articles, analyses, err := p.analyse(ctx, store, articles)
	if err != nil || len(articles) == 0 {
		return res, err
	}
	t := time.Now()
	if err := p.putArticles(ctx, store, articles, &res); err != nil {
		return res, err
	}
	t = p.phase("store articles", t)
	if len(analyses) > 0 {
		if err := store.PutAnalyses(ctx, analyses); err != nil {
			return res, fmt.Errorf("store analyses: %w", err)
		}
		p.phase("store analyses", t)
	}
	return res, nil
}

// putArticles stores articles and records what changed in res.
func (p *Pipeline) putArticles(ctx context.Context, store kroniek.Store, articles []*kroniek.Article, res *Result) error {
	ir, err := store.PutArticles(ctx, articles)
	if err != nil {
		return fmt.Errorf("store articles: %w", err)
	}
	res.IngestResult = ir
	return nil
}

// analyse prepares a batch of articles (deduplicated by id, returned) and
// analyses those that need it (see pending). When ctx is cancelled, the
// analyses made so far are kept in the store with their articles.
func (p *Pipeline) analyse(ctx context.Context, store kroniek.Store, articles []*kroniek.Article) (Result, []*kroniek.Article, []*kroniek.Analysis, error) {
	var res Result
	t := time.Now()
	articles = dedupeByID(articles)
	for _, a := range articles {
		p.Prepare(a)
		res.Articles = append(res.Articles, a.ID)
	}
	if len(articles) == 0 {
		return res, nil, nil, nil
	}
	t = p.phase("prepare", t)
	todo, err := p.pending(ctx, store, articles)
	if err != nil {
		return res, nil, nil, err
	}
	t = p.phase("read stored", t)
	analyses, problems, err := p.analyzeAll(ctx, todo)
	p.phase("analyse", t)
	res.Analysed = len(analyses)
	if err != nil {
		if kerr := p.keep(store, todo, analyses); kerr != nil {
			return res, nil, nil, errors.Join(err, kerr)
		}
		return res, nil, nil, err
	}
	res.Problems = problems
	return res, articles, analyses, nil
}

// dedupeByID keeps the last article of each id, in first-seen order.
func dedupeByID(articles []*kroniek.Article) []*kroniek.Article {
	idx := make(map[string]int, len(articles))
	out := articles[:0:0]
	for _, a := range articles {
		if a.ID == "" {
			out = append(out, a)
			continue
		}
		if i, ok := idx[a.ID]; ok {
			out[i] = a
			continue
		}
		idx[a.ID] = len(out)
		out = append(out, a)
	}
	return out
}

// pending returns the articles that need analysis: new, changed, or with
// an analysis of another version. Unchanged articles take over their
// stored inferred publication date so that storing them changes nothing.
func (p *Pipeline) pending(ctx context.Context, store kroniek.Store, articles []*kroniek.Article) ([]*kroniek.Article, error) {
	ids := make([]string, len(articles))
	for i, a := range articles {
		ids[i] = a.ID
	}
	stored := make(map[string]*kroniek.Article, len(ids))
	versions := make(map[string]string, len(ids)) // article -> version and input of its analysis
	old, err := kroniek.ArticlesByID(ctx, store, ids)
	if err != nil {
		return nil, fmt.Errorf("read stored articles: %w", err)
	}
	for _, a := range old {
		stored[a.ID] = a
	}
	for start := 0; start < len(ids); start += 500 {
		ans, err := store.Analyses(ctx, ids[start:min(len(ids), start+500)])
		if err != nil {
			return nil, fmt.Errorf("read stored analyses: %w", err)
		}
		for _, an := range ans {
			versions[an.Article] = an.Version + "/" + an.Input
		}
	}
	var todo []*kroniek.Article
	for _, a := range articles {
		old := stored[a.ID]
		if old != nil {
			keepMetadata(old, a)
		}
		if old != nil && sameInput(old, a) {
			if old.PublishedInferred && (a.Published == "" || len(a.Published) == 7) {
				a.Published, a.PublishedInferred, a.PublishedConfidence = old.Published, true, old.PublishedConfidence
			}
			// Cross-document links survive a re-ingest.
			a.DuplicateOf, a.Similarity, a.Story = old.DuplicateOf, old.Similarity, old.Story
			if versions[a.ID] == p.version+"/"+inputHash(a) {
				continue
			}
		}
		todo = append(todo, a)
	}
	return todo, nil
}

// keepMetadata merges what a stored article knows into a new read of it:
// a field the new read leaves empty (outlet, title, URL, author, a
// publication date, a metadata field) keeps its stored value, so a rerun
// without the --meta that joined them erases nothing; a field the new
// read sets replaces the stored one. Only "content" (what kind of text
// the reader found, e.g. a feed's summary) goes with a changed text.
func keepMetadata(old, a *kroniek.Article) {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&a.Outlet, old.Outlet}, {&a.Title, old.Title}, {&a.URL, old.URL}, {&a.Author, old.Author},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
	if a.Published == "" && old.Published != "" && !old.PublishedInferred {
		a.Published = old.Published
	}
	for k, v := range old.Meta {
		if k == "content" && old.Text != a.Text {
			continue // it said what the old text was (a summary): the text is new
		}
		if _, ok := a.Meta[k]; !ok {
			if a.Meta == nil {
				a.Meta = map[string]string{}
			}
			a.Meta[k] = v
		}
	}
}

// sameInput reports whether a stored article came from the same input.
func sameInput(old, a *kroniek.Article) bool {
	if old.Text != a.Text || old.Title != a.Title || old.Outlet != a.Outlet || old.URL != a.URL || old.Lang != a.Lang || old.Author != a.Author {
		return false
	}
	if a.Published != "" && !(old.PublishedInferred && len(a.Published) == 7) && old.Published != a.Published {
		return false
	}
	return true
}

func (p *Pipeline) analyzeAll(ctx context.Context, articles []*kroniek.Article) ([]*kroniek.Analysis, []kroniek.Problem, error) {
	if len(articles) > 0 {
		if err := p.load(); err != nil {
			return nil, nil, err
		}
	}
	out := make([]*kroniek.Analysis, len(articles))
	probs := make([]*kroniek.Problem, len(articles))
	g, gctx := errgroup.WithContext(ctx)
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	g.SetLimit(workers)
	var mu sync.Mutex
	done := 0
	for i, a := range articles {
		if gctx.Err() != nil {
			break
		}
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			out[i], probs[i] = p.analyzeSafely(a)
			if p.Progress != nil {
				mu.Lock()
				done++
				p.Progress(done, len(articles))
				mu.Unlock()
			}
			return nil
		})
	}
	err := g.Wait()
	if err == nil {
		err = ctx.Err()
	}
	// Stopped (Ctrl-C): what was analysed is returned with the error, so
	// that the caller can keep it and a rerun goes on from there.
	var analyses []*kroniek.Analysis
	var problems []kroniek.Problem
	for i := range out {
		switch {
		case probs[i] != nil:
			problems = append(problems, *probs[i])
		case out[i] != nil:
			analyses = append(analyses, out[i])
		}
	}
	return analyses, problems, err
}

// keepTimeout bounds the writes that keep an interrupted batch's work.
const keepTimeout = 30 * time.Second

// keep stores the articles that were analysed before ctx was cancelled,
// with their analyses, on a context of its own: the work of an interrupted
// run is not lost, and a rerun analyses only the rest. The corpus is not
// rebuilt; the store's generation mark tells the next run to do it.
func (p *Pipeline) keep(store kroniek.Store, articles []*kroniek.Article, analyses []*kroniek.Analysis) error {
	if len(analyses) == 0 {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), keepTimeout)
	defer cancel()
	done := make(map[string]bool, len(analyses))
	for _, an := range analyses {
		done[an.Article] = true
	}
	var kept []*kroniek.Article
	for _, a := range articles {
		if done[a.ID] {
			kept = append(kept, a)
		}
	}
	if _, err := store.PutArticles(ctx, kept); err != nil {
		return fmt.Errorf("keep %d analysed articles: %w", len(kept), err)
	}
	if err := store.PutAnalyses(ctx, analyses); err != nil {
		return fmt.Errorf("keep %d analyses: %w", len(analyses), err)
	}
	return nil
}

// Rebuild recomputes the cross-document corpus over the whole store:
// entity resolution, event merging, duplicates and stories. It is
// deterministic: the same store content gives the same corpus.
func (p *Pipeline) Rebuild(ctx context.Context, store kroniek.Store) error {
	return p.rebuild(ctx, store, nil)
}

// rebuild is Rebuild with analyses not yet stored, which take the place
// of stored ones of the same articles and are written with the corpus.
func (p *Pipeline) rebuild(ctx context.Context, store kroniek.Store, fresh []*kroniek.Analysis) error {
	// The generation is read before the articles: a change made while the
	// corpus is built leaves it stale, so the next run builds it again.
	t := time.Now()
	g, articles, analyses, extracted, err := readCorpus(ctx, store, nil, fresh)
	if err != nil {
		return err
	}
	p.phase("read corpus", t)
	return p.storeCorpus(ctx, store, articles, analyses, g.Data, extracted)
}

// corpusBeginner is a store that can begin writing a corpus once its
// entities are resolved and its events merged (sqlite.Store.BeginCorpus):
// the entities and the analyses' mention, quote and amount rows are
// written while the stories are built, on the core story building leaves
// idle, and the rest when they are done, in one transaction.
type corpusBeginner interface {
	BeginCorpus(ctx context.Context, c *kroniek.Corpus) (put func(done *kroniek.Corpus) error)
}

// storeCorpus builds the corpus of articles and analyses and stores it
// as built from the store's data generation gen, with extracted as the
// extractions of the analyses given (Corpus.Extracted). A store that can
// begin the write before the stories are built (corpusBeginner) does.
func (p *Pipeline) storeCorpus(ctx context.Context, store kroniek.Store, articles []*kroniek.Article, analyses []*kroniek.Analysis, gen int64, extracted []*kroniek.Analysis) error {
	var put func(*kroniek.Corpus) error
	var begin func(*kroniek.Corpus)
	if s, ok := store.(corpusBeginner); ok {
		begin = func(c *kroniek.Corpus) { put = s.BeginCorpus(ctx, c) }
	}
	defer func() {
		if put != nil {
			put(nil) // a stage panicked: the write begun is rolled back
		}
	}()
	c := p.corpus(articles, analyses, begin)
	c.Generation = gen
	c.Extracted = extracted
	t := time.Now()
	var err error
	if put != nil {
		err, put = put(c), nil
	} else {
		err = store.PutCorpus(ctx, c)
	}
	if err != nil {
		return fmt.Errorf("store corpus: %w", err)
	}
	p.phase("store corpus", t)
	return nil
}

// readCorpus reads the store's generation, then every stored article and
// the extractors' analysis of it (Store.Extractions: never what an
// earlier rebuild made of it, so that a rebuild's result depends on the
// articles alone), in id order; the articles and analyses given take the
// place of stored ones of the same article (or are added). The corpus
// stages rewrite the analyses they are given: extracted are copies of the
// given ones as they are now, for Corpus.Extracted.
func readCorpus(ctx context.Context, store kroniek.Store, fresh []*kroniek.Article, freshAnalyses []*kroniek.Analysis) (g kroniek.Generation, articles []*kroniek.Article, analyses, extracted []*kroniek.Analysis, err error) {
	if extracted, err = cloneAnalyses(freshAnalyses); err != nil {
		return g, nil, nil, nil, err
	}
	if g, err = store.Generation(ctx); err != nil {
		return g, nil, nil, nil, fmt.Errorf("read generation: %w", err)
	}
	for offset := 0; ; {
		page, total, err := store.Articles(ctx, kroniek.ArticleFilter{Page: kroniek.Page{Offset: offset, Limit: 500}})
		if err != nil {
			return g, nil, nil, nil, fmt.Errorf("read articles: %w", err)
		}
		articles = append(articles, page...)
		offset += len(page)
		if len(page) == 0 || offset >= total {
			break
		}
	}
	if analyses, err = store.Extractions(ctx, nil); err != nil {
		return g, nil, nil, nil, fmt.Errorf("read analyses: %w", err)
	}
	articles = replaceByID(articles, fresh, func(a *kroniek.Article) string { return a.ID })
	analyses = replaceByID(analyses, freshAnalyses, func(an *kroniek.Analysis) string { return an.Article })
	analyses = ofTheirText(articles, analyses)
	sort.Slice(articles, func(i, j int) bool { return articles[i].ID < articles[j].ID })
	sort.Slice(analyses, func(i, j int) bool { return analyses[i].Article < analyses[j].Article })
	return g, articles, analyses, extracted, nil
}

// ofTheirText leaves out the analyses made from another text than their
// article's (a writer stored the article's new text and was stopped before
// its analysis): their offsets point into a text the store no longer
// holds. The article counts as not analysed until its analysis is stored.
func ofTheirText(articles []*kroniek.Article, analyses []*kroniek.Analysis) []*kroniek.Analysis {
	inputs := make(map[string]string, len(articles))
	for _, a := range articles {
		inputs[a.ID] = inputHash(a)
	}
	out := analyses[:0]
	for _, an := range analyses {
		if in, ok := inputs[an.Article]; ok && an.Input != "" && an.Input != in {
			continue
		}
		out = append(out, an)
	}
	return out
}

// cloneAnalyses returns deep copies of analyses (as the store would give
// them back): the cross-document stages rewrite the analyses they are
// given, and what the extractors made must be kept apart from that.
func cloneAnalyses(analyses []*kroniek.Analysis) ([]*kroniek.Analysis, error) {
	if len(analyses) == 0 {
		return nil, nil
	}
	data, err := json.Marshal(analyses)
	if err != nil {
		return nil, fmt.Errorf("copy analyses: %w", err)
	}
	var out []*kroniek.Analysis
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("copy analyses: %w", err)
	}
	return out, nil
}

// replaceByID replaces each item of stored with the item of fresh of the
// same id, and adds the fresh items stored lacks.
func replaceByID[T any](stored, fresh []T, id func(T) string) []T {
	if len(fresh) == 0 {
		return stored
	}
	byID := make(map[string]int, len(stored))
	for i, x := range stored {
		byID[id(x)] = i
	}
	for _, x := range fresh {
		if i, ok := byID[id(x)]; ok {
			stored[i] = x
		} else {
			byID[id(x)] = len(stored)
			stored = append(stored, x)
		}
	}
	return stored
}

// Corpus runs the cross-document stages over articles and analyses.
func Corpus(s Stages, articles []*kroniek.Article, analyses []*kroniek.Analysis) *kroniek.Corpus {
	return (&Pipeline{stages: s}).corpus(articles, analyses, nil)
}

// corpus is Corpus, reporting its phases. begin, if set, is given the
// corpus once its entities are resolved and its events merged, before
// the stories are built: from then on, no stage changes the entities or
// the analyses' mentions, quotes and amounts (see corpusBeginner).
func (p *Pipeline) corpus(articles []*kroniek.Article, analyses []*kroniek.Analysis, begin func(*kroniek.Corpus)) *kroniek.Corpus {
	s := p.stages
	t := time.Now()
	c := &kroniek.Corpus{Analyses: analyses}
	if s.Resolve != nil {
		c.Entities = s.Resolve(articles, analyses)
		t = p.phase("resolve", t)
	}
	if s.MergeEvents != nil {
		s.MergeEvents(analyses)
		t = p.phase("merge events", t)
	}
	if begin != nil {
		begin(c)
	}
	if s.Stories != nil {
		c.Links, c.Stories = stories(s, articles, analyses, c.Entities)
		t = p.phase("stories", t)
		if s.FillYears != nil && fillYears(s, c, articles, analyses) {
			// Dates completed from their story can move timeline items.
			c.Links, c.Stories = stories(s, articles, analyses, c.Entities)
			t = p.phase("stories again (years filled)", t)
		}
		if s.MergeCopies != nil {
			s.MergeCopies(analyses, c.Links)
			p.phase("merge copies' events", t)
		}
	} else {
		for _, a := range articles {
			c.Links = append(c.Links, kroniek.ArticleLink{Article: a.ID})
		}
	}
	// Merging decides again which events are shown; the title's repeats
	// of the text's stay hidden.
	for _, an := range analyses {
		if an != nil {
			hideTitleRepeats(an)
		}
	}
	return c
}

// stories runs the Stories stage on views of analyses with the quotes,
// figures, times and events of the text only: story building reads their
// offsets as offsets into the text (the sentences of a summary, the
// evidence of a timeline), and what a title says the text mostly says
// too. The genre it sets on a view is set on its analysis.
func stories(s Stages, articles []*kroniek.Article, analyses []*kroniek.Analysis, entities []*kroniek.Entity) ([]kroniek.ArticleLink, []*kroniek.Story) {
	views := make([]*kroniek.Analysis, len(analyses))
	for i, an := range analyses {
		if an == nil {
			continue
		}
		v := *an
		v.Quotes = ofText(an.Quotes, func(x kroniek.Quote) string { return x.Field })
		v.Amounts = ofText(an.Amounts, func(x kroniek.Amount) string { return x.Field })
		v.Times = ofText(an.Times, func(x kroniek.TimeRef) string { return x.Field })
		v.Events = ofText(an.Events, func(x kroniek.Event) string { return x.Field })
		views[i] = &v
	}
	links, sts := s.Stories(articles, views, entities)
	for i, v := range views {
		if v != nil {
			analyses[i].Genre = v.Genre
		}
	}
	return links, sts
}

// ofText returns the items of xs whose offsets point into the text; xs
// itself when that is all of them.
func ofText[T any](xs []T, field func(T) string) []T {
	for i, x := range xs {
		if field(x) != "" {
			out := append([]T(nil), xs[:i]...)
			for _, y := range xs[i+1:] {
				if field(y) == "" {
					out = append(out, y)
				}
			}
			return out
		}
	}
	return xs
}

// fillYears completes year-less dates of undated articles from the
// earliest publication date of the other articles in their story, and
// the event dates taken from them. A completed date keeps its extracted
// value as Template and is always completed again from that, so the result
// depends on the stories only, not on the order of earlier rebuilds. It
// reports whether anything changed.
func fillYears(s Stages, c *kroniek.Corpus, articles []*kroniek.Article, analyses []*kroniek.Analysis) bool {
	byID := make(map[string]*kroniek.Article, len(articles))
	for _, a := range articles {
		byID[a.ID] = a
	}
	refOf := make(map[string]string, len(articles)) // article -> its story's reference date
	for _, st := range c.Stories {
		ref := ""
		for _, id := range st.Articles {
			if a := byID[id]; a != nil && a.Published != "" && (ref == "" || a.Published < ref) {
				ref = a.Published
			}
		}
		for _, id := range st.Articles {
			refOf[id] = ref
		}
	}
	changed := false
	for _, an := range analyses {
		a := byID[an.Article]
		if a == nil || a.Published != "" {
			continue
		}
		// Start from the extracted values.
		values := map[string]string{} // old value -> new value
		base := make([]kroniek.TimeRef, len(an.Times))
		templated := false
		for i, t := range an.Times {
			base[i] = t
			if t.Template != "" {
				base[i].Value, base[i].Template = t.Template, ""
				templated = true
			} else if strings.HasPrefix(t.Value, "XXXX") {
				templated = true
			}
		}
		if !templated {
			continue
		}
		filled := base
		if ref := refOf[an.Article]; ref != "" {
			filled = s.FillYears(base, ref)
		}
		for i := range filled {
			if filled[i].Value != base[i].Value {
				filled[i].Template = base[i].Value
			}
			if filled[i].Value != an.Times[i].Value {
				values[an.Times[i].Value] = filled[i].Value
				values[base[i].Value] = filled[i].Value
				changed = true
			}
			if filled[i].Template != an.Times[i].Template {
				changed = true
			}
		}
		an.Times = filled
		for i := range an.Events {
			if v, ok := values[an.Events[i].Date]; ok {
				an.Events[i].Date = v
			}
		}
	}
	return changed
}

// stripControls removes C0 control characters other than tab, newline and
// carriage return, and DEL.
func stripControls(s string) string {
	bad := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f {
			bad = true
			break
		}
	}
	if !bad {
		return s
	}
	return strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

// inputHash fingerprints what an analysis of a is made from.
func inputHash(a *kroniek.Article) string { return kroniek.InputHash(a.Lang, a.Text, a.Headings) }
