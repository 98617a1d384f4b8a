package story

import "github.com/kroniek/kroniek/nl"

// Options tune duplicate detection, clustering and the story view. A zero
// field means its default (DefaultOptions), chosen by a grid search on the
// labelled sample in testdata (see docs/bench/story.md); a negative weight
// or MinTextSim turns that signal off.
type Options struct {
	// Threshold is the lowest combined similarity at which an article joins
	// a story rather than opening one.
	Threshold float64
	// EntityWeight is the share of entity similarity in the combined
	// similarity when both the article and the story have entities;
	// negative means none.
	EntityWeight float64
	// MinTextSim is the lowest text similarity at which an article may join
	// a story at all, whatever names and entities add: shared names alone
	// (a city, a party) do not make a story.
	MinTextSim float64
	// MinShared is the least number of an article's terms a story must
	// share for the article to join it: one shared rare word (a city in
	// a dateline) is no story.
	MinShared int
	// MinCoreShared is the least number of an article's terms that must be
	// in the story's core (terms a quarter of its members share, see
	// coreSupport): a big story takes an article by what it is about, not
	// by what one member happened to mention.
	MinCoreShared int
	// MinContentCore is the least number of core terms of a story's text
	// without names that an article tied to it by names must share (see
	// contentHolds); negative turns the check off.
	MinContentCore int
	// MergeContentSim is the lowest cosine between two stories' name-free
	// centroids at which the merge pass may join two stories that share
	// salient names: shared actors (parties after an election) do not make
	// one story of the coalition talks and an analysis of a city's votes.
	// Negative turns the check off.
	MergeContentSim float64
	// NameWeight is the share of similarity between the capitalised words
	// (names) of the article and the story; negative means none.
	NameWeight float64
	// CrossLangThreshold is the lowest entity similarity at which an
	// article joins a story with no article in its language, sharing at
	// least MinSharedEntities entities; the similarity then counts scaled
	// by Threshold/CrossLangThreshold.
	CrossLangThreshold float64
	MinSharedEntities  int
	// CrossLangNameThreshold is the same for the cosine of the name keys
	// (capitalised words, transliterated: Loekasjenko, Lukashenko and
	// Lukaschenko are one key), for articles without resolved entities.
	CrossLangNameThreshold float64
	// MergeThreshold is the lowest similarity between two stories'
	// centroids at which the later one is merged into the earlier after the
	// online pass; negative disables merging.
	MergeThreshold float64
	// HalfLifeDays is the gap, in days between an article and the newest
	// article of a story, that halves their similarity.
	HalfLifeDays float64
	// MaxGapDays is the gap after which a story has faded: it takes no more
	// articles.
	MaxGapDays int
	// DocTerms is the number of highest-weighted terms kept per article.
	DocTerms int
	// IndexTerms is the number of an article's terms posted in the inverted
	// index under its story.
	IndexTerms int

	// DupJaccard and DupContainment confirm a near-duplicate: the Jaccard
	// similarity of two shingle sets, or the share of the smaller set found
	// in the larger. DupMinShingles is the size below which only near
	// identical texts count.
	DupJaccard     float64
	DupContainment float64
	DupMinShingles int

	// Terms normalises text for clustering; nil means nl.Terms.
	Terms func(text, lang string) []string

	// SummarySentences is the most sentences in a story summary; a story
	// of fewer articles gets one per article, but at least three.
	SummarySentences int
	// MaxActors caps a story's actors.
	MaxActors int

	// Annotate tags a Dutch doc and parses its sentences (lazily; the
	// timeline reads only sentences Doc.Parsed gave, so tagging on demand,
	// nl.Syntax.AnnotateOnDemand, serves) for the timeline's clause tests
	// (timeclause.go); nil leaves the timeline to its word tests.
	Annotate func(doc *nl.Doc)
}

// DefaultOptions returns the measured defaults.
func DefaultOptions() Options {
	return Options{
		Threshold:              0.15,
		EntityWeight:           0.3,
		MinTextSim:             0.12,
		MinShared:              4,
		MinCoreShared:          3,
		NameWeight:             0.35,
		MinContentCore:         2,
		MergeContentSim:        0.05,
		MergeThreshold:         0.3,
		CrossLangThreshold:     0.5,
		MinSharedEntities:      3,
		CrossLangNameThreshold: 0.3,
		HalfLifeDays:           7,
		MaxGapDays:             30,
		DocTerms:               60,
		IndexTerms:             12,
		DupJaccard:             0.6,
		DupContainment:         0.8,
		DupMinShingles:         8,
		SummarySentences:       5,
		MaxActors:              8,
	}
}

// textWeight is the share of text similarity: what entities and names
// leave.
func (o Options) textWeight() float64 {
	w := 1 - max(o.EntityWeight, 0) - max(o.NameWeight, 0)
	return max(w, 0.1)
}

// withDefaults fills zero fields with the defaults.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Threshold == 0 {
		o.Threshold = d.Threshold
	}
	if o.EntityWeight == 0 {
		o.EntityWeight = d.EntityWeight
	}
	if o.MinTextSim == 0 {
		o.MinTextSim = d.MinTextSim
	}
	if o.MinShared == 0 {
		o.MinShared = d.MinShared
	}
	if o.MinCoreShared == 0 {
		o.MinCoreShared = d.MinCoreShared
	}
	if o.MergeContentSim == 0 {
		o.MergeContentSim = d.MergeContentSim
	}
	if o.MinContentCore == 0 {
		o.MinContentCore = d.MinContentCore
	}
	if o.NameWeight == 0 {
		o.NameWeight = d.NameWeight
	}
	if o.MergeThreshold == 0 {
		o.MergeThreshold = d.MergeThreshold
	}
	if o.CrossLangThreshold == 0 {
		o.CrossLangThreshold = d.CrossLangThreshold
	}
	if o.CrossLangNameThreshold == 0 {
		o.CrossLangNameThreshold = d.CrossLangNameThreshold
	}
	if o.MinSharedEntities == 0 {
		o.MinSharedEntities = d.MinSharedEntities
	}
	if o.HalfLifeDays == 0 {
		o.HalfLifeDays = d.HalfLifeDays
	}
	if o.MaxGapDays == 0 {
		o.MaxGapDays = d.MaxGapDays
	}
	if o.DocTerms == 0 {
		o.DocTerms = d.DocTerms
	}
	if o.IndexTerms == 0 {
		o.IndexTerms = d.IndexTerms
	}
	if o.DupJaccard == 0 {
		o.DupJaccard = d.DupJaccard
	}
	if o.DupContainment == 0 {
		o.DupContainment = d.DupContainment
	}
	if o.DupMinShingles == 0 {
		o.DupMinShingles = d.DupMinShingles
	}
	if o.Terms == nil {
		o.Terms = nl.Terms
	}
	if o.SummarySentences == 0 {
		o.SummarySentences = d.SummarySentences
	}
	if o.MaxActors == 0 {
		o.MaxActors = d.MaxActors
	}
	return o
}
