package storetest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"golang.org/x/sync/errgroup"
)

// QuoteSpeakersMigration checks that a store written before the speaker
// index (quote_speakers) finds every speaker's quotes once it is opened
// by this kroniek. open opens the same database each call, from any
// goroutine (QuoteSpeakersMigration closes what it opens); rewind turns
// a store back into the old schema: its quote_speakers table dropped and
// the migration that made it unrecorded. Two processes opening the old
// store at once both succeed and both see the index filled once.
func QuoteSpeakersMigration(t *testing.T, open func(t *testing.T) (kroniek.Store, error), rewind func(kroniek.Store) error) {
	ctx := t.Context()
	s, err := open(t)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutArticles(ctx, Articles()); err != nil {
		t.Fatal(err)
	}
	ans := Analyses(t, false)
	q := &ans[2].Quotes[0] // artTel: "Rusland laat Belarus niet vallen"
	q.Speaker = entPoet
	q.CoSpeakers = []kroniek.CoSpeaker{{ID: "e-co", Text: "Belarus"}, {Text: "twee ministers"}}
	if err := s.PutAnalyses(ctx, ans); err != nil {
		t.Fatal(err)
	}
	want := speakerCounts(ans)
	if err := rewind(s); err != nil {
		t.Fatalf("rewind to the old schema: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	stores := make([]kroniek.Store, 2)
	var g errgroup.Group
	for i := range stores {
		g.Go(func() (err error) {
			stores[i], err = open(t)
			return err
		})
	}
	for _, s := range stores {
		if s != nil {
			t.Cleanup(func() { s.Close() })
		}
	}
	if err := g.Wait(); err != nil {
		t.Fatal(err)
	}
	if want["e-co"] != 1 || want[entPoet] != 1 {
		t.Fatalf("fixture: speaker counts %v", want)
	}
	want["e-none"] = 0
	for i, s := range stores {
		for id, n := range want {
			if _, got, err := s.Quotes(ctx, kroniek.QuoteFilter{Speaker: id}); err != nil || got != n {
				t.Errorf("store %d: %d quotes of %s (%v), want %d", i, got, id, err, n)
			}
		}
	}
}

// speakerCounts counts the quotes of ans under each speaker's entity id,
// a quote once per speaker.
func speakerCounts(ans []*kroniek.Analysis) map[string]int {
	out := map[string]int{}
	for _, an := range ans {
		for _, q := range an.Quotes {
			seen := map[string]bool{}
			for _, id := range q.SpeakerIDs() {
				if !seen[id] {
					seen[id] = true
					out[id]++
				}
			}
		}
	}
	return out
}

// benchQuotesPerArticle is the quotes of each article of
// BenchQuotesBySpeaker: about dpgmedia's six.
const benchQuotesPerArticle = 6

// benchJointQuotes is how many quotes name the looked-up co-speaker,
// whatever the store's size.
const benchJointQuotes = 20

// BenchQuotesBySpeaker looks up a co-speaker's quotes (the count and a
// page of 20, as an entity page does) in stores of 1,400 and 14,000
// articles with six quotes each, where that co-speaker has the same 20
// quotes: by an index the time stays about the same; by reading the
// quotes it grows tenfold. settle, when not nil, runs after the writes,
// before the look-ups: PostgreSQL's ANALYZE, which autovacuum runs soon
// after such writes (without statistics, its planner may walk the
// articles in date order to fill the page, and that grows).
func BenchQuotesBySpeaker(b *testing.B, open func(*testing.B) kroniek.Store, settle func(kroniek.Store) error) {
	for _, n := range []int{BenchSize, 10 * BenchSize} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			s := open(b)
			arts, ans := speakerBenchData(n)
			if _, err := s.PutArticles(b.Context(), arts); err != nil {
				b.Fatal(err)
			}
			if err := s.PutAnalyses(b.Context(), ans); err != nil {
				b.Fatal(err)
			}
			if settle != nil {
				if err := settle(s); err != nil {
					b.Fatal(err)
				}
			}
			var total int
			for b.Loop() {
				_, t, err := s.Quotes(b.Context(), kroniek.QuoteFilter{Speaker: "E-joint", Page: kroniek.Page{Limit: 20}})
				if err != nil {
					b.Fatal(err)
				}
				total = t
			}
			if total != benchJointQuotes {
				b.Fatalf("%d quotes of the co-speaker, want %d", total, benchJointQuotes)
			}
		})
	}
}

// speakerBenchData returns n short articles of six quotes each by 500
// speakers; one quote in 150 is joint (about dpgmedia's share), the
// first benchJointQuotes of them with the co-speaker "E-joint".
func speakerBenchData(n int) ([]*kroniek.Article, []*kroniek.Analysis) {
	const sentence = `"We bouwen door aan de nieuwe brug", zei de wethouder. `
	text := strings.Repeat(sentence, benchQuotesPerArticle)
	arts := make([]*kroniek.Article, n)
	ans := make([]*kroniek.Analysis, n)
	joint := 0
	for i := range arts {
		id := fmt.Sprintf("sp-%05d", i)
		arts[i] = &kroniek.Article{ID: id, Lang: "nl", Title: "Brug", Published: "2021-03-04", Text: text}
		an := &kroniek.Analysis{Article: id}
		for k := range benchQuotesPerArticle {
			j := i*benchQuotesPerArticle + k
			start := k * len(sentence)
			q := kroniek.Quote{Article: id, Start: start + 1, End: start + 34, Text: sentence[1:34],
				Kind: kroniek.QuoteDirect, Speaker: fmt.Sprintf("E%d", j%500), Cue: "zei"}
			if j%150 == 0 {
				co := fmt.Sprintf("E%d", (j+1)%500)
				if joint < benchJointQuotes {
					co = "E-joint"
				}
				joint++
				q.CoSpeakers = []kroniek.CoSpeaker{{ID: co, Text: "de wethouder"}}
			}
			an.Quotes = append(an.Quotes, q)
		}
		ans[i] = an
	}
	return arts, ans
}
