package pipeline_test

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/sqlitetest"
	"github.com/kroniek/kroniek/nl"
	"github.com/kroniek/kroniek/pipeline"
)

// countingStages are small real stages that count how often extraction
// runs, so the tests can see what the pipeline re-analyses. The count is
// read after the pipeline returns (or with one worker).
func countingStages(calls *int) pipeline.Stages {
	var mu sync.Mutex
	return pipeline.Stages{
		Clean: func(body string) (string, []kroniek.Removed, [][2]int) {
			return strings.TrimSpace(body), nil, nil
		},
		Detect: func(string) (string, float64) { return "nl", 1 },
		Tag: func(doc *nl.Doc) []kroniek.Mention {
			mu.Lock()
			*calls++
			mu.Unlock()
			var ms []kroniek.Mention
			for _, t := range doc.Tokens {
				if t.Text == "Utrecht" {
					ms = append(ms, kroniek.Mention{Start: t.Start, End: t.End, Text: t.Text, Type: kroniek.LOC})
				}
			}
			return ms
		},
		Times: func(doc *nl.Doc, ref string) []kroniek.TimeRef {
			var out []kroniek.TimeRef
			if i := strings.Index(doc.Text, "9 augustus"); i >= 0 {
				out = append(out, kroniek.TimeRef{Start: i, End: i + len("9 augustus"), Text: "9 augustus", Value: "XXXX-08-09", Kind: kroniek.TimeDate})
			}
			return out
		},
		FillYears: func(times []kroniek.TimeRef, ref string) []kroniek.TimeRef {
			out := append([]kroniek.TimeRef(nil), times...)
			for i := range out {
				if strings.HasPrefix(out[i].Value, "XXXX") {
					out[i].Value = ref[:4] + out[i].Value[4:]
				}
			}
			return out
		},
		Stories: func(articles []*kroniek.Article, _ []*kroniek.Analysis, _ []*kroniek.Entity) ([]kroniek.ArticleLink, []*kroniek.Story) {
			st := &kroniek.Story{ID: "s1", Title: "alles"}
			var links []kroniek.ArticleLink
			for _, a := range articles {
				st.Articles = append(st.Articles, a.ID)
				links = append(links, kroniek.ArticleLink{Article: a.ID, Story: "s1"})
			}
			return links, []*kroniek.Story{st}
		},
	}
}

func open(t *testing.T) kroniek.Store {
	t.Helper()
	return sqlitetest.Open(t)
}

func batch() []*kroniek.Article {
	return []*kroniek.Article{
		{ID: "a", Body: "  Utrecht stemde op 9 augustus.  ", Published: "2020-09-01"},
		{ID: "b", Body: "Op 9 augustus werd in Utrecht gestemd."},
		{ID: "a", Body: "Utrecht stemde op 9 augustus. Bijgewerkt.", Published: "2020-09-01"}, // a later copy of a: wins
	}
}

func TestIngestIdempotent(t *testing.T) {
	ctx := context.Background()
	calls := 0
	store := open(t)
	p := pipeline.New(countingStages(&calls), "v1")
	res, err := p.Ingest(ctx, store, batch())
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 2 || res.Analysed != 2 || calls != 2 {
		t.Fatalf("first ingest: %+v, %d extractions; want 2 new, 2 analysed", res, calls)
	}
	a, err := store.Article(ctx, "a")
	if err != nil || !strings.HasSuffix(a.Text, "Bijgewerkt.") || a.Story != "s1" {
		t.Fatalf("article a: %+v (%v)", a, err)
	}
	// The same input again: nothing new, nothing analysed.
	res, err = p.Ingest(ctx, store, batch())
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 0 || res.Updated != 0 || res.Unchanged != 2 || res.Analysed != 0 || calls != 2 {
		t.Fatalf("second ingest: %+v, %d extractions; want 2 unchanged, none analysed", res, calls)
	}
	// A new analyser version redoes the analyses but stores no article.
	p2 := pipeline.New(countingStages(&calls), "v2")
	res, err = p2.Ingest(ctx, store, batch())
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 0 || res.Analysed != 2 {
		t.Fatalf("new version: %+v; want 0 new, 2 analysed", res)
	}
}

func TestYearFilledFromStory(t *testing.T) {
	ctx := context.Background()
	calls := 0
	store := open(t)
	p := pipeline.New(countingStages(&calls), "v1")
	if _, err := p.Ingest(ctx, store, batch()); err != nil {
		t.Fatal(err)
	}
	an, err := store.Analysis(ctx, "b")
	if err != nil {
		t.Fatal(err)
	}
	if len(an.Times) != 1 || an.Times[0].Value != "2020-08-09" {
		t.Errorf("undated b: times %+v, want 2020-08-09 from its story", an.Times)
	}
	an, err = store.Analysis(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	if an.Times[0].Value != "XXXX-08-09" {
		t.Errorf("dated a: %q changed; only undated articles take the story's year", an.Times[0].Value)
	}
	for _, m := range an.Mentions {
		if m.Article != "a" {
			t.Errorf("mention not stamped with its article: %+v", m)
		}
	}
}

func TestControlCharactersStripped(t *testing.T) {
	calls := 0
	p := pipeline.New(countingStages(&calls), "v1")
	a := &kroniek.Article{ID: "x", Title: "Kop\x00", Body: "Tekst\x00 met\x07 nul\x1b.\nRegel\ttwee."}
	p.Prepare(a)
	if a.Title != "Kop" || a.Text != "Tekst met nul.\nRegel\ttwee." {
		t.Errorf("controls kept: title %q text %q", a.Title, a.Text)
	}
}

func TestStagePanicIsAProblem(t *testing.T) {
	calls := 0
	s := countingStages(&calls)
	s.Amounts = func(doc *nl.Doc) []kroniek.Amount {
		if strings.Contains(doc.Text, "boem") {
			panic("boem")
		}
		return []kroniek.Amount{{Start: 0, End: 1, Text: doc.Text[:1], Value: math.Inf(1)}}
	}
	store := open(t)
	p := pipeline.New(s, "v1")
	res, err := p.Ingest(context.Background(), store, []*kroniek.Article{
		{ID: "ok", Source: "ok.txt", Body: "Utrecht groeit."},
		{ID: "bad", Source: "bad.txt", Body: "Utrecht boem."},
		{ID: "empty", Source: "empty.txt", Body: "   "},
	})
	if err != nil {
		t.Fatalf("one failing article failed the batch: %v", err)
	}
	if len(res.Problems) != 1 || res.Problems[0].Location != "bad.txt" {
		t.Fatalf("problems %+v, want one for bad.txt", res.Problems)
	}
	if res.New != 3 {
		t.Errorf("stored %d articles, want all 3", res.New)
	}
	an, err := store.Analysis(context.Background(), "ok")
	if err != nil {
		t.Fatal(err)
	}
	if len(an.Amounts) != 0 {
		t.Errorf("an infinite figure was kept: %+v", an.Amounts)
	}
}

// TestYearsIndependentOfHistory ingests the same three articles in one
// batch and in two: the completed year must be the same.
func TestYearsIndependentOfHistory(t *testing.T) {
	ctx := context.Background()
	mk := func() []*kroniek.Article {
		return []*kroniek.Article{
			{ID: "u", Body: "Utrecht stemde op 9 augustus."},
			{ID: "b", Body: "Utrecht telt de stemmen.", Published: "2021-09-01"},
			{ID: "c", Body: "Utrecht kiest.", Published: "2020-09-01"},
		}
	}
	value := func(store kroniek.Store) string {
		an, err := store.Analysis(ctx, "u")
		if err != nil {
			t.Fatal(err)
		}
		return an.Times[0].Value
	}
	calls := 0
	one := open(t)
	if _, err := pipeline.New(countingStages(&calls), "v1").Ingest(ctx, one, mk()); err != nil {
		t.Fatal(err)
	}
	two := open(t)
	p := pipeline.New(countingStages(&calls), "v1")
	as := mk()
	if _, err := p.Ingest(ctx, two, as[:2]); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Ingest(ctx, two, mk()); err != nil {
		t.Fatal(err)
	}
	if a, b := value(one), value(two); a != b || a != "2020-08-09" {
		t.Errorf("one batch gives %s, two batches %s; want 2020-08-09 both", a, b)
	}
}

// TestInterruptedIngestKeepsWork: an ingest stopped (Ctrl-C) in the middle
// of its analyses keeps the articles it analysed, with their analyses, and
// a rerun analyses only the rest and builds the corpus.
func TestInterruptedIngestKeepsWork(t *testing.T) {
	store := open(t)
	var arts []*kroniek.Article
	for i := range 40 {
		arts = append(arts, &kroniek.Article{ID: strings.Repeat("x", i%3+1) + string(rune('A'+i)), Body: "Utrecht stemde op 9 augustus, artikel " + string(rune('A'+i)) + ".", Published: "2020-09-01"})
	}
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	stages := countingStages(&calls)
	tag := stages.Tag
	stages.Tag = func(doc *nl.Doc) []kroniek.Mention {
		if calls == 10 {
			cancel() // Ctrl-C after ten articles
		}
		return tag(doc)
	}
	p := pipeline.New(stages, "v1")
	p.Workers = 1
	_, err := p.Ingest(ctx, store, arts)
	if err == nil {
		t.Fatal("an interrupted ingest reported no error")
	}
	kept := calls
	if kept < 10 || kept >= 40 {
		t.Fatalf("%d extractions before the interrupt; want 10–39", kept)
	}
	if _, n, err := store.Articles(context.Background(), kroniek.ArticleFilter{}); err != nil || n < 10 || n >= 40 {
		t.Fatalf("%d articles kept (%v); want the ones analysed", n, err)
	}
	res, err := p.Ingest(context.Background(), store, arts)
	if err != nil {
		t.Fatal(err)
	}
	if calls-kept != 40-res.Unchanged || res.Unchanged < 10 {
		t.Fatalf("rerun: %+v, %d more extractions; want only the articles not kept analysed", res, calls-kept)
	}
	if g, err := store.Generation(context.Background()); err != nil || g.Stale() {
		t.Fatalf("after the rerun the corpus is stale: %+v %v", g, err)
	}
}

// TestIngestStoresBesideCorpus: Ingest stores a batch's articles while it
// builds the corpus from them and the stored ones; the corpus equals the
// one Add and a Rebuild give, and is not stale after.
func TestIngestStoresBesideCorpus(t *testing.T) {
	ctx := context.Background()
	first := []*kroniek.Article{
		{ID: "x", Body: "Utrecht stemde.", Published: "2020-09-01"},
		{ID: "y", Body: "Utrecht telt.", Published: "2020-09-02"},
	}
	second := func() []*kroniek.Article {
		return []*kroniek.Article{
			{ID: "y", Body: "Utrecht telt opnieuw.", Published: "2020-09-02"}, // updated
			{ID: "z", Body: "Op 9 augustus werd in Utrecht gestemd."},         // new, year from its story
			{ID: "x", Body: "Utrecht stemde.", Published: "2020-09-01"},       // unchanged
		}
	}
	corpus := func(store kroniek.Store) string {
		var b strings.Builder
		for _, id := range []string{"x", "y", "z"} {
			a, err := store.Article(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			an, err := store.Analysis(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%s %q %s %v;", a.ID, a.Text, a.Story, an.Times)
		}
		return b.String()
	}
	calls := 0
	p := pipeline.New(countingStages(&calls), "v1")

	beside := open(t)
	if _, err := p.Ingest(ctx, beside, first); err != nil {
		t.Fatal(err)
	}
	res, err := p.Ingest(ctx, beside, second())
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 1 || res.Updated != 1 || res.Unchanged != 1 || res.Analysed != 2 {
		t.Fatalf("second ingest: %+v; want 1 new, 1 updated, 1 unchanged, 2 analysed", res)
	}
	if g, err := beside.Generation(ctx); err != nil || g.Stale() {
		t.Fatalf("generation after ingest: %+v (%v); want a current corpus", g, err)
	}

	separate := open(t)
	for _, b := range [][]*kroniek.Article{first, second()} {
		if _, err := p.Add(ctx, separate, b); err != nil {
			t.Fatal(err)
		}
		if err := p.Rebuild(ctx, separate); err != nil {
			t.Fatal(err)
		}
	}
	if a, b := corpus(beside), corpus(separate); a != b {
		t.Errorf("ingest gives\n%s\nadd and rebuild give\n%s", a, b)
	}
}

// otherWriter is a store into which another writer adds an article while
// a batch is stored.
type otherWriter struct{ kroniek.Store }

func (s otherWriter) PutArticles(ctx context.Context, as []*kroniek.Article) (kroniek.IngestResult, error) {
	if _, err := s.Store.PutArticles(ctx, []*kroniek.Article{{ID: "w", Text: "Utrecht wacht.", Lang: "nl"}}); err != nil {
		return kroniek.IngestResult{}, err
	}
	return s.Store.PutArticles(ctx, as)
}

// TestIngestBesideOtherWriter: a change by another writer while a batch is
// stored is not in the corpus built beside it; Ingest sees the generation
// move and builds the corpus again from the store.
func TestIngestBesideOtherWriter(t *testing.T) {
	ctx := context.Background()
	calls := 0
	store := open(t)
	p := pipeline.New(countingStages(&calls), "v1")
	if _, err := p.Ingest(ctx, otherWriter{store}, batch()); err != nil {
		t.Fatal(err)
	}
	if g, err := store.Generation(ctx); err != nil || g.Stale() {
		t.Fatalf("generation: %+v (%v); want a current corpus", g, err)
	}
	if w, err := store.Article(ctx, "w"); err != nil || w.Story != "s1" {
		t.Fatalf("the other writer's article: %+v (%v); want it in the story", w, err)
	}
}

// storeState is what a store holds of articles, analyses and the corpus,
// as text to compare.
func storeState(t *testing.T, store kroniek.Store) string {
	t.Helper()
	ctx := context.Background()
	arts, _, err := store.Articles(ctx, kroniek.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, a := range arts {
		ans, err := store.Analyses(ctx, []string{a.ID})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %q story=%s published=%s", a.ID, a.Text, a.Story, a.Published)
		for _, an := range ans {
			fmt.Fprintf(&b, " times=%v mentions=%v", an.Times, an.Mentions)
		}
		b.WriteByte('\n')
	}
	g, err := store.Generation(ctx)
	if err != nil || g.Stale() {
		t.Fatalf("generation %+v (%v); want a current corpus", g, err)
	}
	return b.String()
}

// manyArticles are seven articles, the first of them given again, changed,
// at the end: in batches of two, it is in the first and the last batch.
func manyArticles() []*kroniek.Article {
	var as []*kroniek.Article
	for i := range 6 {
		as = append(as, &kroniek.Article{ID: fmt.Sprintf("m%d", i), Body: fmt.Sprintf("Utrecht stemde op 9 augustus, artikel %d.", i)})
	}
	as[2].Published = "2021-03-04"
	return append(as, &kroniek.Article{ID: "m0", Body: "Utrecht stemde op 9 augustus. Bijgewerkt."})
}

// TestBatchesAsOneIngest: an input stored batch by batch (each batch
// written while the next is analysed, the corpus built from the batches
// in memory) leaves the store as one Ingest of it does, and reports each
// batch in order.
func TestBatchesAsOneIngest(t *testing.T) {
	ctx := context.Background()
	calls := 0
	p := pipeline.New(countingStages(&calls), "v1")
	one := open(t)
	if _, err := p.Ingest(ctx, one, manyArticles()); err != nil {
		t.Fatal(err)
	}
	var phases []string
	p.Phase = func(ph pipeline.PhaseTime) { phases = append(phases, ph.Name) }
	batched := open(t)
	var each []string
	res, err := p.Batches(ctx, batched, manyArticles(), 2, func(r pipeline.Result) { each = append(each, strings.Join(r.Articles, ",")) })
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(each, " "), "m0,m1 m2,m3 m4,m5 m0"; got != want {
		t.Errorf("batches reported: %s; want %s", got, want)
	}
	if res.New != 6 || res.Updated != 1 || res.Analysed != 7 || len(res.Articles) != 7 {
		t.Errorf("result %+v; want 6 new, 1 updated, 7 analysed, 7 articles", res)
	}
	if slices.Contains(phases, "read corpus") {
		t.Errorf("phases %v: the corpus of a new store was read back", phases)
	}
	if a, b := storeState(t, one), storeState(t, batched); a != b {
		t.Errorf("one ingest stores\n%s\nbatches store\n%s", a, b)
	}

	// The same input again: m0's first version changes it back, its last
	// changes it again; the rest is unchanged and not analysed.
	before := calls
	res, err = p.Batches(ctx, batched, manyArticles(), 2, nil)
	if err != nil || res.Analysed != 2 || calls != before+2 || res.New != 0 || res.Updated != 2 || res.Unchanged != 5 {
		t.Errorf("again: %+v, %d extractions (%v); want m0 updated and analysed twice, the rest unchanged", res, calls-before, err)
	}
	if a, b := storeState(t, one), storeState(t, batched); a != b {
		t.Errorf("after the second run: one ingest stores\n%s\nbatches store\n%s", a, b)
	}
}

// TestBatchesReadStoredCorpus: when the store held articles before, or
// another writer added one meanwhile, the corpus is built from the store
// and holds them.
func TestBatchesReadStoredCorpus(t *testing.T) {
	ctx := context.Background()
	calls := 0
	p := pipeline.New(countingStages(&calls), "v1")
	for _, c := range []struct {
		name  string
		store func(kroniek.Store) kroniek.Store
		first []*kroniek.Article
	}{
		{"stored before", func(s kroniek.Store) kroniek.Store { return s }, []*kroniek.Article{{ID: "w", Body: "Utrecht wacht."}}},
		{"another writer", func(s kroniek.Store) kroniek.Store { return otherWriter{s} }, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			store := open(t)
			if c.first != nil {
				if _, err := p.Ingest(ctx, store, c.first); err != nil {
					t.Fatal(err)
				}
			}
			var phases []string
			p.Phase = func(ph pipeline.PhaseTime) { phases = append(phases, ph.Name) }
			defer func() { p.Phase = nil }()
			if _, err := p.Batches(ctx, c.store(store), manyArticles(), 3, nil); err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(phases, "read corpus") {
				t.Errorf("phases %v: the corpus was not read from the store", phases)
			}
			if w, err := store.Article(ctx, "w"); err != nil || w.Story != "s1" {
				t.Errorf("the other article: %+v (%v); want it in the story", w, err)
			}
			storeState(t, store)
		})
	}
}

// TestBatchesInterruptedKeepBatches: a Ctrl-C while a batch is analysed
// keeps the batches before it (the one being written when it comes is
// written to the end) and what the batch had analysed; a rerun analyses
// only the rest.
func TestBatchesInterruptedKeepBatches(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	calls := 0
	stages := countingStages(&calls)
	tag := stages.Tag
	stages.Tag = func(doc *nl.Doc) []kroniek.Mention {
		if calls == 3 {
			cancel() // during the second batch, the first being written
		}
		return tag(doc)
	}
	p := pipeline.New(stages, "v1")
	p.Workers = 1
	store := open(t)
	arts := manyArticles()[:6]
	res, err := p.Batches(ctx, store, arts, 2, nil)
	if err == nil {
		t.Fatal("an interrupted run reported no error")
	}
	ans, err2 := store.Analyses(context.Background(), nil)
	if err2 != nil {
		t.Fatal(err2)
	}
	if len(ans) < 2 || len(ans) >= 6 || res.Analysed != len(ans) {
		t.Fatalf("%d analyses kept, %d reported (%v); want the first batch's and the second's so far", len(ans), res.Analysed, err)
	}
	kept := calls
	res, err = p.Batches(context.Background(), store, manyArticles()[:6], 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Analysed != 6-len(ans) || calls-kept != 6-len(ans) {
		t.Errorf("rerun: %+v, %d extractions; want the %d articles not kept analysed", res, calls-kept, 6-len(ans))
	}
	storeState(t, store)
}

// retypingStages tag "Schiphol" in each article as the type its text
// gives (a place after "op", else a person) and resolve across articles
// as resolve.Corpus retypes a bare name: every local of the name takes
// the corpus's majority type (a place on a tie), written into the
// analyses. A rebuild that read those rewritten analyses as its input
// would count a retyped local as a vote of its own.
func retypingStages() pipeline.Stages {
	return pipeline.Stages{
		Clean:  func(body string) (string, []kroniek.Removed, [][2]int) { return body, nil, nil },
		Detect: func(string) (string, float64) { return "nl", 1 },
		Tag: func(doc *nl.Doc) []kroniek.Mention {
			i := strings.Index(doc.Text, "Schiphol")
			if i < 0 {
				return nil
			}
			typ := kroniek.PER
			if strings.Contains(doc.Text, "op Schiphol") {
				typ = kroniek.LOC
			}
			return []kroniek.Mention{{Start: i, End: i + len("Schiphol"), Text: "Schiphol", Type: typ}}
		},
		Local: func(_ *nl.Doc, tagged []kroniek.Mention) ([]kroniek.LocalEntity, []kroniek.Mention) {
			var locals []kroniek.LocalEntity
			for i := range tagged {
				tagged[i].Local = "L1"
				locals = append(locals, kroniek.LocalEntity{Key: "L1", Name: tagged[i].Text, Type: tagged[i].Type})
			}
			return locals, tagged
		},
		Resolve: func(_ []*kroniek.Article, analyses []*kroniek.Analysis) []*kroniek.Entity {
			votes := map[string]int{}
			for _, an := range analyses {
				for _, le := range an.Locals {
					votes[le.Type]++
				}
			}
			if len(votes) == 0 {
				return nil
			}
			typ := kroniek.LOC
			if votes[kroniek.PER] > votes[kroniek.LOC] {
				typ = kroniek.PER
			}
			e := &kroniek.Entity{ID: "e-schiphol", Name: "Schiphol", Type: typ}
			for _, an := range analyses {
				for i := range an.Locals {
					an.Locals[i].Type = typ
				}
				for i := range an.Mentions {
					an.Mentions[i].Type, an.Mentions[i].Entity = typ, e.ID
					e.Mentions = append(e.Mentions, an.Mentions[i])
				}
			}
			return []*kroniek.Entity{e}
		},
	}
}

// TestCorpusIndependentOfHistory stores three articles in one batch, and
// in every order in batches with a rebuild after each (as workers do): the
// entities must be the same. A cross-document stage rewrites the analyses
// it is given; each rebuild must start again from what the extractors
// made, not from what an earlier rebuild over fewer articles made of it.
func TestCorpusIndependentOfHistory(t *testing.T) {
	ctx := context.Background()
	articles := map[string]string{
		"a": "Het vliegtuig landde op Schiphol.",
		"b": "Schiphol zei niets.",
		"c": "Daarna zweeg Schiphol.",
	}
	typeOf := func(store kroniek.Store) string {
		t.Helper()
		doc, err := store.Export(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Entities) != 1 {
			t.Fatalf("%d entities, want 1", len(doc.Entities))
		}
		for _, id := range []string{"a", "b", "c"} {
			an, err := store.Analysis(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if an.Mentions[0].Type != doc.Entities[0].Type {
				t.Errorf("article %s's mention is %s, its entity %s", id, an.Mentions[0].Type, doc.Entities[0].Type)
			}
		}
		return doc.Entities[0].Type
	}
	mk := func(ids ...string) []*kroniek.Article {
		var out []*kroniek.Article
		for _, id := range ids {
			out = append(out, &kroniek.Article{ID: id, Body: articles[id]})
		}
		return out
	}
	one := open(t)
	if _, err := pipeline.New(retypingStages(), "v1").Ingest(ctx, one, mk("a", "b", "c")); err != nil {
		t.Fatal(err)
	}
	want := typeOf(one)
	if want != kroniek.PER {
		t.Fatalf("one batch: %s, want PER (two persons against one place)", want)
	}
	for _, order := range [][]string{{"a", "b", "c"}, {"c", "a", "b"}, {"b", "a", "c"}} {
		for _, add := range []bool{false, true} {
			store := open(t)
			p := pipeline.New(retypingStages(), "v1")
			for _, id := range order {
				// Ingest stores an analysis with its corpus; Add then
				// Rebuild is a worker's batch and rebuild.
				var err error
				if add {
					if _, err = p.Add(ctx, store, mk(id)); err == nil {
						err = p.Rebuild(ctx, store)
					}
				} else {
					_, err = p.Ingest(ctx, store, mk(id))
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			if got := typeOf(store); got != want {
				t.Errorf("articles %v one by one (worker: %v): the entity is %s, in one batch %s", order, add, got, want)
			}
		}
	}
}

// TestRebuildSkipsAnalysisOfOldText: a writer stored an article's new
// text and was stopped before its analysis; a rebuild then must not take
// the old text's analysis (offsets into a text the store no longer holds)
// for the new text's.
func TestRebuildSkipsAnalysisOfOldText(t *testing.T) {
	ctx := context.Background()
	store := open(t)
	p := pipeline.New(retypingStages(), "v1")
	if _, err := p.Ingest(ctx, store, []*kroniek.Article{{ID: "a", Body: "Schiphol zei niets."}}); err != nil {
		t.Fatal(err)
	}
	a, err := store.Article(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	a.Text = "Niemand zei iets."
	if _, err := store.PutArticles(ctx, []*kroniek.Article{a}); err != nil {
		t.Fatal(err)
	}
	if err := p.Rebuild(ctx, store); err != nil {
		t.Fatal(err)
	}
	if doc, err := store.Export(ctx); err != nil || len(doc.Entities) != 0 {
		t.Errorf("the rebuild took the old text's analysis: %+v (%v)", doc, err)
	}
}

// TestLoadOnlyWhenAnalysing: the stages' Load (the models) runs once, when
// the first article is analysed; a run with nothing new never calls it,
// and a Load that fails stops the run with its error.
func TestLoadOnlyWhenAnalysing(t *testing.T) {
	ctx := context.Background()
	calls, loads := 0, 0
	store := open(t)
	s := countingStages(&calls)
	s.Load = func() error { loads++; return nil }
	if _, err := pipeline.New(s, "v1").Ingest(ctx, store, batch()); err != nil || loads != 1 {
		t.Fatalf("first run: %d loads (%v), want 1", loads, err)
	}
	res, err := pipeline.New(s, "v1").Ingest(ctx, store, batch())
	if err != nil || res.Unchanged != 2 || loads != 1 {
		t.Fatalf("rerun with nothing new: %+v, %d loads (%v), want no load", res, loads, err)
	}
	s.Load = func() error { return fmt.Errorf("model broken") }
	if _, err := pipeline.New(s, "v2").Ingest(ctx, store, batch()); err == nil || !strings.Contains(err.Error(), "model broken") {
		t.Fatalf("failing load: %v", err)
	}
}

// TestKeepTimeSentences checks that Analyze hands the Keep stage the
// text's sentences that hold a time expression, in order, once each, and
// never the title's.
func TestKeepTimeSentences(t *testing.T) {
	calls := 0
	s := countingStages(&calls)
	times := s.Times
	s.Times = func(doc *nl.Doc, ref string) []kroniek.TimeRef {
		out := times(doc, ref)
		for _, w := range []string{"maandag", "later"} {
			if i := strings.Index(doc.Text, w); i >= 0 {
				out = append(out, kroniek.TimeRef{Start: i, End: i + len(w), Text: w, Value: "XXXX-WXX-1", Kind: kroniek.TimeDate})
			}
		}
		return out
	}
	var got [][]int
	var texts []string
	s.Keep = func(doc *nl.Doc, sentences []int) {
		got = append(got, sentences)
		texts = append(texts, doc.Text)
	}
	p := pipeline.New(s, "v1")
	p.Analyze(&kroniek.Article{ID: "k", Title: "Op 9 augustus gestemd", Lang: "nl",
		Text: "Niets. Utrecht stemde op 9 augustus en maandag. Niets meer. En later weer."})
	want := [][]int{{1, 3}}
	if !slices.EqualFunc(got, want, slices.Equal[[]int]) || len(texts) != 1 || strings.HasPrefix(texts[0], "Op 9 augustus gestemd") {
		t.Errorf("Keep given %v of %q; want %v of the text", got, texts, want)
	}
}
