package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/sqlite"
	"github.com/kroniek/kroniek/storetest"
)

// writeStore stores arts in a new store at path, checks its integrity and
// closes it.
func writeStore(t *testing.T, path string, arts []*kroniek.Article) {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutArticles(t.Context(), arts); err != nil {
		t.Fatal(err)
	}
	if err := s.IntegrityCheck(t.Context()); err != nil {
		t.Fatalf("fresh store: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kroniek.db")
	writeStore(t, path, storetest.Articles())
	ctx := t.Context()

	// Reopening applies no migration twice and keeps the data.
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var names []string
	rows, err := s.DB().QueryContext(ctx, `SELECT name FROM migrations ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	rows.Close()
	if len(names) == 0 || names[0] != "migrations/0001_init.sql" {
		t.Errorf("migrations: %q", names)
	}
	res, err := s.PutArticles(ctx, storetest.Articles())
	if err != nil || res.New != 0 || res.Updated != 0 || res.Unchanged != 5 {
		t.Errorf("put after reopen: %+v, %v", res, err)
	}
	if err := s.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
	var mode string
	if err := s.DB().QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal mode %q, %v; want wal", mode, err)
	}
}

func TestIntegrityCheckFindsDamage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kroniek.db")
	writeStore(t, path, storetest.SyntheticArticles(0, 200))
	ctx := t.Context()
	// Overwrite a few pages in the middle of the file.
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	junk := make([]byte, 3*4096)
	for i := range junk {
		junk[i] = byte(i * 7)
	}
	if _, err := f.WriteAt(junk, fi.Size()/2/4096*4096); err != nil {
		t.Fatal(err)
	}
	f.Close()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Logf("damage found on open: %v", err)
		return
	}
	defer s.Close()
	err = s.IntegrityCheck(ctx)
	if err == nil {
		t.Error("integrity check passed on a damaged file")
	}
	t.Logf("integrity check: %v", err)
}

// crashChild is the environment variable that makes the test binary a
// writer for TestCrashSafety.
const crashChild = "KRONIEK_SQLITE_CRASH_CHILD"

// TestCrashSafety kills a process with SIGKILL while it writes batches and
// checks that the store holds only whole batches, its search index agrees,
// and the integrity check passes.
func TestCrashSafety(t *testing.T) {
	if path := os.Getenv(crashChild); path != "" {
		crashWriter(path)
		return
	}
	path := filepath.Join(t.TempDir(), "kroniek.db")
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashSafety$")
		cmd.Env = append(os.Environ(), crashChild+"="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Let it write a while, at a different moment each round.
		time.Sleep(time.Duration(150+70*round) * time.Millisecond)
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()

		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatalf("round %d: reopen: %v", round, err)
		}
		ctx := t.Context()
		if err := s.IntegrityCheck(ctx); err != nil {
			t.Errorf("round %d: %v", round, err)
		}
		_, n, err := s.Articles(ctx, kroniek.ArticleFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if n%crashBatch != 0 {
			t.Errorf("round %d: %d articles, not whole batches of %d", round, n, crashBatch)
		}
		r, err := s.Search(ctx, kroniek.SearchQuery{Text: "kroniek"})
		if err != nil || r.Total != n {
			t.Errorf("round %d: search finds %d of %d articles (%v)", round, r.Total, n, err)
		}
		// Analyses follow their articles in a second transaction: the
		// last batch may lack them until the writer runs again.
		an, err := s.Analyses(ctx, nil)
		if err != nil || (len(an) != n && len(an) != n-crashBatch) {
			t.Errorf("round %d: %d analyses for %d articles (%v)", round, len(an), n, err)
		}
		s.Close()
		t.Logf("round %d: %d articles after SIGKILL", round, n)
	}
}

const crashBatch = 7

// crashWriter writes batches of articles with their analyses until killed.
func crashWriter(path string) {
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ctx := context.Background()
	// Redo the last batch, as a rerun of the same input would.
	_, start, _ := s.Articles(ctx, kroniek.ArticleFilter{})
	began, parent := time.Now(), os.Getppid()
	for b := max(0, start/crashBatch-1); ; b++ {
		// Never outlive a test that failed to kill us.
		if time.Since(began) > 20*time.Second || os.Getppid() != parent {
			os.Exit(0)
		}
		arts := storetest.SyntheticArticles(b*crashBatch, crashBatch)
		if _, err := s.PutArticles(ctx, arts); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		var ans []*kroniek.Analysis
		for _, a := range arts {
			ans = append(ans, &kroniek.Analysis{Article: a.ID, Mentions: []kroniek.Mention{
				{Article: a.ID, Start: 0, End: 4, Text: a.Text[:4]}}})
		}
		if err := s.PutAnalyses(ctx, ans); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// TestQuoteSpeakersMigration opens a store of the schema before the
// speaker index (migration 0007) twice at once: both fill it once and
// find a joint quote under its co-speaker.
func TestQuoteSpeakersMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kroniek.db")
	storetest.QuoteSpeakersMigration(t,
		func(*testing.T) (kroniek.Store, error) { return sqlite.Open(context.Background(), path) },
		func(s kroniek.Store) error {
			_, err := s.(*sqlite.Store).DB().Exec(`DROP TABLE quote_speakers;
				DELETE FROM migrations WHERE name = 'migrations/0007_quote_speakers.sql'`)
			return err
		})
}

// TestReadOnlyBeforeSpeakerIndex reads, read-only (as serve and export
// do, with no migration), a store written before the speaker index: a
// joint quote is still found under its co-speaker.
func TestReadOnlyBeforeSpeakerIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kroniek.db")
	s, err := sqlite.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	text := `"De dijk houdt het", zeiden de burgemeester en de dijkgraaf.`
	art := &kroniek.Article{ID: "dijk-1", Lang: "nl", Title: "Dijk", Published: "2022-01-05", Text: text}
	an := &kroniek.Analysis{Article: art.ID, Quotes: []kroniek.Quote{{Article: art.ID, Start: 1, End: 18,
		Text: text[1:18], Kind: kroniek.QuoteDirect, Speaker: "E-burgemeester", Cue: "zeiden",
		CoSpeakers: []kroniek.CoSpeaker{{ID: "E-dijkgraaf", Text: "de dijkgraaf", Start: 47, End: 59}}}}}
	if _, err := s.PutArticles(t.Context(), []*kroniek.Article{art}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutAnalyses(t.Context(), []*kroniek.Analysis{an}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`DROP TABLE quote_speakers;
		DELETE FROM migrations WHERE name = 'migrations/0007_quote_speakers.sql'`); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	ro, err := sqlite.OpenReadOnly(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	for id, want := range map[string]int{"E-burgemeester": 1, "E-dijkgraaf": 1, "E-wethouder": 0} {
		if _, n, err := ro.Quotes(t.Context(), kroniek.QuoteFilter{Speaker: id}); err != nil || n != want {
			t.Errorf("read-only store before quote_speakers: %d quotes of %s (%v), want %d", n, id, err, want)
		}
	}
}
