package quote

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/clean"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/ner"
	"github.com/kroniek/kroniek/nl"
	"github.com/kroniek/kroniek/resolve"
)

// Floors for TestGoldQuotes, a few points below what the whole-corpus
// export scores with ../shared/gold/score.py (docs/bench/quote.md); in
// session 13 this test measures speaker 247/285 (86.7 %).
const (
	goldMinFound     = 0.89
	goldMinSpeaker   = 0.85
	goldMinPrecision = 0.93
)

// TestGoldQuotes scores quote extraction on the 30 real dpgmedia articles
// of ../shared/gold/dpg-dev.json the way score.py does: a quote matches
// when at least 60 % of the gold's words are in it and 50 % of its words
// in the gold; the speaker is right when the forms of its entity in the
// article name the gold's entity (or both are unknown). It analyses only
// the 30 gold articles (clean, tagger, local resolution, quote), not the
// whole corpus: score.py on the whole-corpus export gives the same
// figures, since a speaker is judged by its forms in the article.
func TestGoldQuotes(t *testing.T) {
	var gold quoteGold
	shared.Gold(t, &gold)
	s := scoreQuoteGold(t, gold)
	n := float64(s.total)
	fr, sr, pr := float64(s.found)/n, float64(s.right)/n, float64(s.good)/float64(max(s.shown, 1))
	t.Logf("gold quotes: found %d/%d (%.0f%%); speaker right %d (%.0f%%); precision %d/%d (%.0f%%)", s.found, s.total, fr*100, s.right, sr*100, s.good, s.shown, pr*100)
	if fr < goldMinFound || sr < goldMinSpeaker || pr < goldMinPrecision {
		t.Errorf("below floor: found %.2f (min %.2f), speaker %.2f (min %.2f), precision %.2f (min %.2f)", fr, goldMinFound, sr, goldMinSpeaker, pr, goldMinPrecision)
	}
}

// Floors for TestDevGoldQuotes, about two points below what this
// in-process test measures (the whole-corpus export scores a little
// higher, docs/bench/quote.md). On the sum over dpg-dev2..dpg-dev6 (814
// quotes): session 12 measured found 78.0 %, speaker 70.4 %; session 13
// (both quote branches merged) found 78.5 %, speaker 72.2 %. On the sum over dpg-dev2..dpg-dev7
// (981 quotes, dev7 labelled blind in session 12 and added in session 13):
// found 77.3 %, speaker 69.6 %; session 13's second shift: dev2..dev6
// found 78.6 %, speaker 72.5 %; dev2..dev7 found 77.4 %, speaker 69.8 %.
// Session 14 (new parser model, quote detection branch): dev2..dev6 found
// 78.7 %, speaker 73.1 %; dev2..dev7 found 77.3 %, speaker 70.4 %. Session 14's
// reach branch (stance nouns, study findings, more cataphoric speakers): dpg-dev
// found 90.5 %; dev2..dev6 found 78.7 %, speaker 73.3 %; dev2..dev7 found 77.4 %,
// speaker 70.7 %. Session 15 (detection and spans): dpg-dev found 91.6 %, speaker
// 86.7 %, precision 94.2 %; dev2..dev6 found 79.4 %, speaker 74.1 %; dev2..dev7 found
// 78.1 %, speaker 71.5 % (floors raised: dev2..dev6 found 0.77 → 0.78, dev2..dev7
// speaker 0.69 → 0.70). Session 16 (detection: relative-clause "volgens",
// passive views, "het gevoel dat", rumours): dev2..dev6 found 80.2 %, speaker
// 74.4 %; dev2..dev7 found 78.9 %, speaker 72.0 % (floors raised: dev2..dev6
// found 0.78 → 0.79 and speaker 0.72 → 0.73, dev2..dev7 found 0.76 → 0.77).
const (
	devMinFound    = 0.79
	devMinSpeaker  = 0.73
	dev7MinFound   = 0.77
	dev7MinSpeaker = 0.70
)

// TestDevGoldQuotes scores the development golds of docs/devgold the way
// TestGoldQuotes scores dpg-dev, and holds their sums to floors: rules
// tuned on dpg-dev alone have not carried to unseen articles.
func TestDevGoldQuotes(t *testing.T) {
	var sum, all goldScore
	for _, name := range []string{"dpg-dev2", "dpg-dev3", "dpg-dev4", "dpg-dev5", "dpg-dev6", "dpg-dev7"} {
		data, err := os.ReadFile(filepath.Join("..", "docs", "devgold", name+".json"))
		if err != nil {
			t.Skipf("no development gold %s: %v", name, err)
		}
		var gold quoteGold
		if err := json.Unmarshal(data, &gold); err != nil {
			t.Fatalf("read %s: %v", name, err)
		}
		s := scoreQuoteGold(t, gold)
		t.Logf("%s: found %d/%d; speaker right %d; precision %d/%d", name, s.found, s.total, s.right, s.good, s.shown)
		if name != "dpg-dev7" {
			sum.add(s)
		}
		all.add(s)
	}
	for _, c := range []struct {
		name               string
		s                  goldScore
		minFound, minRight float64
	}{{"dev2-dev6", sum, devMinFound, devMinSpeaker}, {"dev2-dev7", all, dev7MinFound, dev7MinSpeaker}} {
		n := float64(c.s.total)
		fr, sr := float64(c.s.found)/n, float64(c.s.right)/n
		t.Logf("%s: found %d/%d (%.1f%%); speaker right %d (%.1f%%); precision %d/%d", c.name, c.s.found, c.s.total, fr*100, c.s.right, sr*100, c.s.good, c.s.shown)
		if fr < c.minFound || sr < c.minRight {
			t.Errorf("%s below floor: found %.3f (min %.2f), speaker %.3f (min %.2f)", c.name, fr, c.minFound, sr, c.minRight)
		}
	}
}

// quoteGold is the part of a gold file (GUIDELINES.md) the quote tests read.
type quoteGold struct {
	Docs     map[string]json.RawMessage `json:"docs"`
	Entities []struct {
		Key   string   `json:"key"`
		Forms []string `json:"forms"`
	} `json:"entities"`
	Quotes []struct {
		Doc     string  `json:"doc"`
		Text    string  `json:"text"`
		Speaker *string `json:"speaker"`
	} `json:"quotes"`
}

// goldScore counts score.py's quote figures: gold quotes found and with
// the right speaker of total, and shown quotes (not terms) that match one.
type goldScore struct {
	found, right, total, good, shown int
}

// add adds the counts of o to s.
func (s *goldScore) add(o goldScore) {
	s.found, s.right, s.total, s.good, s.shown = s.found+o.found, s.right+o.right, s.total+o.total, s.good+o.good, s.shown+o.shown
}

// scoreQuoteGold analyses the gold's articles of the corpus and scores
// the quotes the way score.py does.
func scoreQuoteGold(t *testing.T, gold quoteGold) goldScore {
	t.Helper()
	tagger := shared.Must(t, ner.Load)
	k := shared.Must(t, kb.Load)
	syn := shared.Must(t, nl.LoadSyntax)
	keyOfForm := map[string][]string{}
	for _, e := range gold.Entities {
		for _, form := range e.Forms {
			keyOfForm[goldNorm(form)] = append(keyOfForm[goldNorm(form)], e.Key)
		}
	}
	type result struct {
		quotes []kroniek.Quote
		forms  map[string][]string // local key -> its forms in the article and its name
	}
	got := map[string]result{}
	for _, a := range shared.Corpus(t) {
		if _, ok := gold.Docs[a.ID]; !ok {
			continue
		}
		c := clean.Clean(a.Text)
		doc := nl.Parse(c.Text, nl.Options{Lang: "nl", Headings: c.Headings})
		syn.Annotate(doc)
		locals, mentions := resolve.Local(doc, tagger.Tag(doc), k)
		r := result{quotes: Extract(doc, mentions, locals), forms: map[string][]string{}}
		for _, m := range mentions {
			r.forms[m.Local] = append(r.forms[m.Local], m.Text)
		}
		for _, l := range locals {
			r.forms[l.Key] = append(r.forms[l.Key], l.Name)
		}
		got[a.ID] = r
	}
	if len(got) != len(gold.Docs) {
		t.Fatalf("found %d of the %d gold articles in the corpus", len(got), len(gold.Docs))
	}
	keyOf := func(r result, local string) string {
		n := map[string]int{}
		best := ""
		for _, form := range r.forms[local] {
			for _, key := range keyOfForm[goldNorm(form)] {
				n[key]++
				if n[key] > n[best] {
					best = key
				}
			}
		}
		return best
	}
	s := goldScore{total: len(gold.Quotes)}
	for _, g := range gold.Quotes {
		r := got[g.Doc]
		var hit *kroniek.Quote
		for i, q := range r.quotes {
			if q.Kind != kroniek.QuoteTerm && goldMatch(g.Text, q.Text) {
				hit = &r.quotes[i]
				break
			}
		}
		if hit == nil {
			continue
		}
		s.found++
		want := ""
		if g.Speaker != nil {
			want = *g.Speaker
		}
		key := ""
		if hit.SpeakerLocal != "" {
			key = keyOf(r, hit.SpeakerLocal)
		}
		if key == want || strings.HasPrefix(want, "anon") && key == "" {
			s.right++
		}
	}
	for id, r := range got {
		for _, q := range r.quotes {
			if q.Kind == kroniek.QuoteTerm {
				continue
			}
			s.shown++
			for _, g := range gold.Quotes {
				if g.Doc == id && goldMatch(g.Text, q.Text) {
					s.good++
					break
				}
			}
		}
	}
	return s
}

var goldSpace = regexp.MustCompile(`\s+`)
var goldWord = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// goldNorm is score.py's norm: NFC is left out (the corpus is NFC), curly
// single quotes become straight, spaces single, lower case.
func goldNorm(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(s)
	return strings.ToLower(strings.TrimSpace(goldSpace.ReplaceAllString(s, " ")))
}

// goldMatch is score.py's match_quote.
func goldMatch(gold, sys string) bool {
	gw, sw := map[string]bool{}, map[string]bool{}
	for _, w := range goldWord.FindAllString(goldNorm(gold), -1) {
		gw[w] = true
	}
	for _, w := range goldWord.FindAllString(goldNorm(sys), -1) {
		sw[w] = true
	}
	common := 0
	for w := range gw {
		if sw[w] {
			common++
		}
	}
	return len(gw) > 0 && len(sw) > 0 && float64(common)/float64(len(gw)) >= 0.6 && float64(common)/float64(len(sw)) >= 0.5
}
