package main

import (
	"fmt"
	"sync"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/amount"
	"github.com/kroniek/kroniek/clean"
	"github.com/kroniek/kroniek/event"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/lang"
	"github.com/kroniek/kroniek/ner"
	"github.com/kroniek/kroniek/nl"
	"github.com/kroniek/kroniek/pipeline"
	"github.com/kroniek/kroniek/quote"
	"github.com/kroniek/kroniek/resolve"
	"github.com/kroniek/kroniek/story"
	"github.com/kroniek/kroniek/timex"
	"golang.org/x/sync/errgroup"
)

// analyzerVersion names the extractors; bump it when a stage's output
// changes so stored analyses are redone.
const analyzerVersion = "26"

// newPipeline wires every stage of kroniek into a pipeline; the models
// load before the first article it analyses.
func newPipeline() (*pipeline.Pipeline, error) {
	return pipeline.New(lazyStages(), analyzerVersion), nil
}

// newStages returns every stage of kroniek with the models loaded, for
// callers that run the stages themselves (bench, tests).
func newStages() (pipeline.Stages, error) {
	s := lazyStages()
	if err := s.Load(); err != nil {
		return pipeline.Stages{}, err
	}
	return s, nil
}

// lazyStages returns every stage of kroniek. The models load on the
// stages' Load, which the pipeline calls before the first article it
// analyses: a rerun with nothing new never loads them.
func lazyStages() pipeline.Stages {
	var (
		tagger *ner.Tagger
		k      *kb.KB
		syn    *nl.Syntax
	)
	// loadSyntax loads the tagger and parser once, for the per-article
	// stages and for the stories, which a rebuild runs without analysing
	// any article (the timeline reads the parse of its dated sentences).
	// It tags every token and parses a sentence when an extractor first
	// asks for it: parsing all of dpgmedia would cost more than the
	// analyze budget.
	loadSyntax := sync.OnceValues(func() (*nl.Syntax, error) {
		s, err := nl.LoadSyntax()
		if err == nil {
			s.Lazy = true
		}
		return s, err
	})
	load := func() error {
		// The models load on all cores (0.7 s of CPU, most of a small run).
		var g errgroup.Group
		g.Go(func() (err error) {
			if tagger, err = ner.Load(); err != nil {
				return fmt.Errorf("load ner model: %w", err)
			}
			return nil
		})
		g.Go(func() (err error) {
			if k, err = kb.Load(); err != nil {
				return fmt.Errorf("load knowledge base: %w", err)
			}
			return nil
		})
		g.Go(func() (err error) {
			if syn, err = loadSyntax(); err != nil {
				return fmt.Errorf("load syntax models: %w", err)
			}
			return nil
		})
		if err := g.Wait(); err != nil {
			return err
		}
		if err := lang.Check(); err != nil {
			return fmt.Errorf("load language model: %w", err)
		}
		return nil
	}
	storyOpts := story.DefaultOptions()
	// The timeline reads the parse of a few dated sentences per article:
	// it tags only those (tagging whole texts again cost a twentieth of an
	// analyze of dpgmedia).
	storyOpts.Annotate = func(doc *nl.Doc) {
		if s, err := loadSyntax(); err == nil {
			s.AnnotateOnDemand(doc)
		}
	}
	tag := func(doc *nl.Doc) []kroniek.Mention {
		if doc.Lang != "" && doc.Lang != "nl" {
			return nil // the tagger is Dutch; the knowledge base covers other languages
		}
		return tagger.Tag(doc)
	}
	s := pipeline.Stages{
		Clean: func(body string) (string, []kroniek.Removed, [][2]int) {
			r := clean.Clean(body)
			return r.Text, r.Removed, r.Headings
		},
		Detect:   lang.Detect,
		Annotate: func(doc *nl.Doc) { syn.Annotate(doc) },
		// The timeline takes over the parses of the dated sentences.
		Keep: func(doc *nl.Doc, sentences []int) { syn.Keep(doc, sentences) },
		Tag:  tag,
		Local: func(doc *nl.Doc, tagged []kroniek.Mention) ([]kroniek.LocalEntity, []kroniek.Mention) {
			return resolve.Local(doc, tagged, k)
		},
		Title: func(title, text *nl.Doc, locals []kroniek.LocalEntity, mentions []kroniek.Mention) ([]kroniek.LocalEntity, []kroniek.Mention) {
			return resolve.Title(title, tag(title), text.Text, locals, mentions, k, tagger.Common)
		},
		InferPublished: timex.InferPublished,
		Times: func(doc *nl.Doc, ref string) []kroniek.TimeRef {
			return timex.Extract(doc, timex.RefFromPublished(ref))
		},
		Amounts: amount.Extract,
		Quotes:  quote.Extract,
		TitleQuotes: func(title, text *nl.Doc, titleMentions, mentions []kroniek.Mention, locals []kroniek.LocalEntity, quotes []kroniek.Quote) []kroniek.Quote {
			return quote.Title(title, titleMentions, text, mentions, locals, quotes)
		},
		Events: event.ExtractQuoted,
		FillYears: func(times []kroniek.TimeRef, ref string) []kroniek.TimeRef {
			return timex.FillYears(times, timex.RefFromPublished(ref))
		},
		Resolve:     resolve.Corpus,
		Load:        load,
		MergeEvents: event.Merge,
		MergeCopies: event.MergeCopies,
		Stories: func(articles []*kroniek.Article, analyses []*kroniek.Analysis, entities []*kroniek.Entity) ([]kroniek.ArticleLink, []*kroniek.Story) {
			return story.Build(articles, analyses, entities, storyOpts)
		},
	}
	return s
}
