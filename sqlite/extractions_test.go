package sqlite_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/sqlite"
	"github.com/kroniek/kroniek/storetest"
)

// rowCounts returns the number of mention, quote, amount, time and event
// rows of a store, and of analyses whose rows are not written.
func rowCounts(t *testing.T, s *sqlite.Store) (rows, pending int) {
	t.Helper()
	for _, table := range []string{"mentions", "quotes", "amounts", "times", "events"} {
		var n int
		if err := s.DB().QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		rows += n
	}
	if err := s.DB().QueryRow(`SELECT COUNT(*) FROM rows_pending`).Scan(&pending); err != nil {
		t.Fatal(err)
	}
	return rows, pending
}

// openExtractions opens a new store holding the fixtures' articles.
func openExtractions(t *testing.T) *sqlite.Store {
	t.Helper()
	return openExtractionsAt(t, filepath.Join(t.TempDir(), "x.db"))
}

// openExtractionsAt is openExtractions at path.
func openExtractionsAt(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.PutArticles(t.Context(), storetest.Articles()); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestPutExtractionsRowsOnce checks that PutExtractions stores the
// analyses (readable, kept as extractions, the generation raised) without
// their derived rows, and that the next PutCorpus writes them, also for
// an analysis the corpus leaves as it was stored: without the rows-written
// mark, the corpus write skips an unchanged analysis and its rows would
// stay missing.
func TestPutExtractionsRowsOnce(t *testing.T) {
	ctx := t.Context()
	s := openExtractions(t)
	before, err := s.Generation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Resolved analyses stand for what the corpus leaves unchanged.
	if err := s.PutExtractions(ctx, storetest.Analyses(t, true)); err != nil {
		t.Fatal(err)
	}
	if g, err := s.Generation(ctx); err != nil || g.Data != before.Data+1 || !g.Stale() {
		t.Errorf("generation after PutExtractions: %+v (before %+v), %v; want raised and stale", g, before, err)
	}
	if rows, pending := rowCounts(t, s); rows != 0 || pending != 4 {
		t.Errorf("after PutExtractions: %d rows, %d analyses without rows; want 0, 4", rows, pending)
	}
	if ans, err := s.Extractions(ctx, nil); err != nil || len(ans) != 4 {
		t.Errorf("Extractions: %d, %v; want 4", len(ans), err)
	}
	if an, err := s.Analysis(ctx, storetest.Analyses(t, true)[0].Article); err != nil || len(an.Mentions) != 2 {
		t.Errorf("Analysis: %+v, %v", an, err)
	}
	if qs, n, err := s.Quotes(ctx, kroniek.QuoteFilter{}); err != nil || n != 0 {
		t.Errorf("quotes before the corpus: %v, %d, %v; want none", qs, n, err)
	}
	if err := s.PutCorpus(ctx, storetest.Corpus(t)); err != nil {
		t.Fatal(err)
	}
	rows, pending := rowCounts(t, s)
	if pending != 0 {
		t.Errorf("after PutCorpus: %d analyses without rows; want 0", pending)
	}
	// A store filled by PutAnalyses, then the same corpus, holds the same rows.
	want := openExtractions(t)
	if err := want.PutAnalyses(ctx, storetest.Analyses(t, false)); err != nil {
		t.Fatal(err)
	}
	if err := want.PutCorpus(ctx, storetest.Corpus(t)); err != nil {
		t.Fatal(err)
	}
	if wantRows, _ := rowCounts(t, want); rows != wantRows || rows == 0 {
		t.Errorf("after PutCorpus: %d rows; PutAnalyses then PutCorpus: %d", rows, wantRows)
	}
	if _, n, err := s.Quotes(ctx, kroniek.QuoteFilter{Speaker: "E-poetin"}); err != nil {
		t.Fatal(err)
	} else if _, wn, _ := want.Quotes(ctx, kroniek.QuoteFilter{Speaker: "E-poetin"}); n != wn {
		t.Errorf("quotes of one speaker: %d; want %d", n, wn)
	}
	got, err := s.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wx, err := want.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := mustJSON(t, got), mustJSON(t, wx); g != w {
		t.Errorf("export after PutExtractions and PutCorpus differs from PutAnalyses and PutCorpus:\n%s\n%s", g, w)
	}
}

// TestPutExtractionsReplaces checks that PutExtractions of a changed
// analysis removes the rows of the one it replaces (an analysis without
// written rows has none), and that an unchanged one keeps its rows.
func TestPutExtractionsReplaces(t *testing.T) {
	ctx := t.Context()
	s := openExtractions(t)
	ans := storetest.Analyses(t, false)
	if err := s.PutAnalyses(ctx, ans); err != nil {
		t.Fatal(err)
	}
	all, _ := rowCounts(t, s)
	// Unchanged: nothing moves.
	if err := s.PutExtractions(ctx, storetest.Analyses(t, false)); err != nil {
		t.Fatal(err)
	}
	if rows, pending := rowCounts(t, s); rows != all || pending != 0 {
		t.Errorf("unchanged PutExtractions: %d rows, %d pending; want %d, 0", rows, pending, all)
	}
	// Changed: its rows go until the corpus.
	changed := storetest.Analyses(t, false)[:1]
	changed[0].Version = "other"
	var own int
	for _, n := range []int{len(changed[0].Mentions), len(changed[0].Quotes), len(changed[0].Amounts), len(changed[0].Times), len(changed[0].Events)} {
		own += n
	}
	if err := s.PutExtractions(ctx, changed); err != nil {
		t.Fatal(err)
	}
	if rows, pending := rowCounts(t, s); rows != all-own || pending != 1 {
		t.Errorf("changed PutExtractions: %d rows, %d pending; want %d, 1", rows, pending, all-own)
	}
	// PutAnalyses writes them again and clears the mark.
	if err := s.PutAnalyses(ctx, changed); err != nil {
		t.Fatal(err)
	}
	if rows, pending := rowCounts(t, s); rows != all || pending != 0 {
		t.Errorf("PutAnalyses after PutExtractions: %d rows, %d pending; want %d, 0", rows, pending, all)
	}
}

// mustJSON returns v as JSON.
func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRowsPendingWithRows: an analysis listed as without rows that has
// rows all the same (a kroniek from before rows_pending wrote them) gets
// them replaced by the next PutCorpus, not a constraint error.
func TestRowsPendingWithRows(t *testing.T) {
	ctx := t.Context()
	s := openExtractions(t)
	if err := s.PutAnalyses(ctx, storetest.Analyses(t, false)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`INSERT INTO rows_pending (article) SELECT article FROM analyses`); err != nil {
		t.Fatal(err)
	}
	if err := s.PutCorpus(ctx, storetest.Corpus(t)); err != nil {
		t.Fatal(err)
	}
	want := openExtractions(t)
	if err := want.PutAnalyses(ctx, storetest.Analyses(t, false)); err != nil {
		t.Fatal(err)
	}
	if err := want.PutCorpus(ctx, storetest.Corpus(t)); err != nil {
		t.Fatal(err)
	}
	rows, pending := rowCounts(t, s)
	if wantRows, _ := rowCounts(t, want); rows != wantRows || pending != 0 {
		t.Errorf("%d rows, %d pending; want %d, 0", rows, pending, wantRows)
	}
}

// TestBeginCorpus: a corpus write begun with the entities and analyses
// (BeginCorpus) and finished after the analyses' times, events and genre
// changed stores what PutCorpus of the finished corpus stores, row for
// row, for analyses waiting for their rows and for analyses that have
// them; until it is finished the store shows nothing of it, and one
// dropped (put(nil)) leaves the store as it was and its writer lock free.
func TestBeginCorpus(t *testing.T) {
	ctx := t.Context()
	finishAnalyses := func(c *kroniek.Corpus) {
		for _, an := range c.Analyses {
			an.Genre = "news"
			for i := range an.Times {
				an.Times[i].Value = "2021-" + an.Times[i].Value[5:]
			}
			for i := range an.Events {
				an.Events[i].ID = "ev-" + an.Events[i].Type
				an.Events[i].Shown = !an.Events[i].Shown
			}
		}
	}
	tables := []string{"analyses", "mentions", "quotes", "amounts", "times", "events", "entities", "entity_names", "stories", "rows_pending", "generation"}
	for _, pending := range []bool{true, false} {
		path := filepath.Join(t.TempDir(), "begun.db")
		s, want := openExtractionsAt(t, path), openExtractions(t)
		reader, err := sqlite.OpenReadOnly(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer reader.Close()
		for _, st := range []*sqlite.Store{s, want} {
			put := st.PutAnalyses
			if pending {
				put = st.PutExtractions
			}
			if err := put(ctx, storetest.Analyses(t, false)); err != nil {
				t.Fatal(err)
			}
		}
		// The writer's connection is the transaction's until put: look
		// through another.
		before := dumpTables(t, reader, tables)
		early := make(chan struct{})
		unset := sqlite.SetEarlyDone(func() { close(early) })
		c := storetest.Corpus(t)
		put := s.BeginCorpus(ctx, c)
		<-early // what the early part wrote, it wrote before the changes
		unset()
		finishAnalyses(c)
		if now := dumpTables(t, reader, tables); now != before {
			t.Errorf("pending %v: the store shows a corpus write before it is finished", pending)
		}
		if err := put(c); err != nil {
			t.Fatal(err)
		}
		wc := storetest.Corpus(t)
		finishAnalyses(wc)
		if err := want.PutCorpus(ctx, wc); err != nil {
			t.Fatal(err)
		}
		if got, w := dumpTables(t, s, tables), dumpTables(t, want, tables); got != w {
			t.Errorf("pending %v: begun corpus stores\n%s\nPutCorpus\n%s", pending, got, w)
		}
		var merged int
		if err := s.DB().QueryRow(`SELECT COUNT(*) FROM events WHERE event_id LIKE 'ev-%'`).Scan(&merged); err != nil || merged == 0 {
			t.Errorf("pending %v: %d event rows of the finished corpus (%v)", pending, merged, err)
		}
	}

	// Dropped: nothing written, the lock free for the next write.
	s := openExtractions(t)
	if err := s.PutExtractions(ctx, storetest.Analyses(t, false)); err != nil {
		t.Fatal(err)
	}
	put := s.BeginCorpus(ctx, storetest.Corpus(t))
	if err := put(nil); err != nil {
		t.Errorf("dropped corpus write: %v", err)
	}
	if rows, pending := rowCounts(t, s); rows != 0 || pending != 4 {
		t.Errorf("after a dropped corpus write: %d rows, %d pending; want 0, 4", rows, pending)
	}
	if g, err := s.Generation(ctx); err != nil || !g.Stale() {
		t.Errorf("after a dropped corpus write: generation %+v, %v; want stale", g, err)
	}
	if err := s.PutCorpus(ctx, storetest.Corpus(t)); err != nil {
		t.Errorf("PutCorpus after a dropped write: %v", err)
	}
}

// dumpTables returns every row of tables, in rowid order, as text.
func dumpTables(t *testing.T, s *sqlite.Store, tables []string) string {
	t.Helper()
	var b strings.Builder
	for _, table := range tables {
		rows, err := s.DB().Query(`SELECT rowid, * FROM ` + table + ` ORDER BY rowid`)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, "%s %v\n", table, vals)
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}
