package event

import (
	"fmt"
	"strconv"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// parsedArticle is an article ready for Extract.
type parsedArticle struct {
	id       string
	doc      *nl.Doc
	mentions []kroniek.Mention
	locals   []kroniek.LocalEntity
	ref      string
}

// capitalMentions stands in for NER in the benchmark: every run of
// capitalised words that does not open a sentence is a mention, one local
// entity per distinct text.
func capitalMentions(doc *nl.Doc) ([]kroniek.Mention, []kroniek.LocalEntity) {
	var ms []kroniek.Mention
	var ls []kroniek.LocalEntity
	keys := map[string]string{}
	for _, s := range doc.Sentences {
		for i := 1; i < len(s.Tokens); i++ {
			t := s.Tokens[i]
			r, _ := utf8.DecodeRuneInString(t.Text)
			if t.Kind != nl.Word || !unicode.IsUpper(r) {
				continue
			}
			j := i
			for j+1 < len(s.Tokens) && s.Tokens[j+1].Kind == nl.Word {
				r, _ := utf8.DecodeRuneInString(s.Tokens[j+1].Text)
				if !unicode.IsUpper(r) {
					break
				}
				j++
			}
			text := doc.Text[t.Start:s.Tokens[j].End]
			key, ok := keys[text]
			if !ok {
				key = "L" + strconv.Itoa(len(keys)+1)
				keys[text] = key
				ls = append(ls, kroniek.LocalEntity{Key: key, Name: text})
			}
			ms = append(ms, kroniek.Mention{Start: t.Start, End: s.Tokens[j].End, Text: text, Local: key})
			i = j
		}
	}
	return ms, ls
}

// BenchmarkExtract codes the events of the dpgmedia2019 corpus (1,438
// Dutch articles); parsing and the stand-in mentions are outside the timer.
func BenchmarkExtract(b *testing.B) {
	corpus := shared.Corpus(b)
	arts := make([]parsedArticle, len(corpus))
	for i, a := range corpus {
		doc := parseDoc(b, a.Text)
		ms, ls := capitalMentions(doc)
		arts[i] = parsedArticle{id: a.ID, doc: doc, mentions: ms, locals: ls, ref: a.Published}
	}
	lx := shared.Must(b, Load)
	events := 0
	run := func() {
		events = 0
		for _, a := range arts {
			events += len(lx.Extract(a.doc, a.mentions, a.locals, nil, a.ref))
		}
	}
	// A first pass outside the timer parses the sentences the extractor
	// asks for (nl's parse is lazy): the CPU per run is the extractor's
	// own (on a shared machine wall time says little).
	run()
	shared.Loop(b, run)
	sec := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(events)/sec, "events/s")
	b.ReportMetric(float64(len(arts))/sec, "articles/s")
	b.ReportMetric(float64(events)/float64(len(arts)), "events/article")
}

// TestCorpusTypes logs the distribution of event types on the corpus (run
// with -v); it checks that every article is coded without trouble and that
// the extractor finds events in most of the news.
func TestCorpusTypes(t *testing.T) {
	shared.Long(t, "codes every corpus article")
	corpus := shared.Corpus(t)
	count := map[string]int{}
	with, total := 0, 0
	for _, a := range corpus {
		doc := parseDoc(t, a.Text)
		ms, ls := capitalMentions(doc)
		evs := Extract(doc, ms, ls, nil, a.Published)
		for _, e := range evs {
			count[e.Type]++
			if e.Start < 0 || e.End > len(a.Text) || e.TriggerStart < e.Start || e.TriggerEnd > e.End || !utf8.ValidString(a.Text[e.Start:e.End]) {
				t.Fatalf("article %s: bad offsets %+v", a.ID, e)
			}
		}
		total += len(evs)
		if len(evs) > 0 {
			with++
		}
	}
	var line string
	for _, typ := range kroniek.EventTypes {
		line += fmt.Sprintf("%s=%d ", typ, count[typ])
	}
	t.Logf("%d events in %d articles (%d with events): %s", total, len(corpus), with, line)
	if with < len(corpus)/3 {
		t.Errorf("only %d of %d articles have events", with, len(corpus))
	}
}
