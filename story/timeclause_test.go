package story

import (
	"strings"
	"sync"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

var loadSyntax = sync.OnceValues(nl.LoadSyntax)

// clauseOptions are Build's options with the parser the clause tests read.
func clauseOptions(t *testing.T) Options {
	t.Helper()
	syn, err := loadSyntax()
	if err != nil {
		t.Fatalf("load syntax: %v", err)
	}
	syn.Lazy = true
	return Options{Annotate: syn.Annotate}
}

// timelineOf builds the one story of text (published pub) with the given
// time expressions (text, value) and returns its timeline by date.
func timelineOf(t *testing.T, text, pub string, times [][2]string, opts Options) map[string]kroniek.TimelineItem {
	t.Helper()
	an := &kroniek.Analysis{Article: "a"}
	for _, tv := range times {
		i := strings.Index(text, tv[0])
		if i < 0 {
			t.Fatalf("%q not in the text", tv[0])
		}
		an.Times = append(an.Times, kroniek.TimeRef{Article: "a", Start: i, End: i + len(tv[0]), Text: tv[0], Value: tv[1],
			Kind: kroniek.TimeDate, Granularity: kroniek.GranDay, Relative: !strings.ContainsAny(tv[0], "0123456789")})
	}
	articles := []*kroniek.Article{{ID: "a", Lang: "nl", Published: pub, Title: "Politie", Text: text}}
	_, stories := Build(articles, []*kroniek.Analysis{an}, nil, opts)
	got := map[string]kroniek.TimelineItem{}
	for _, it := range stories[0].Timeline {
		got[it.Date] = it
	}
	return got
}

// TestTimelineSequenceClause: a date under "na" or "nadat" on its head
// chain dates what came before the fact the main clause reports (seed
// 11205 #10, #17): it is no entry, and the main clause's own date is.
func TestTimelineSequenceClause(t *testing.T) {
	text := "De baas van de politie is maandag aan de kant geschoven na de nieuwe rellen van zaterdag in de hoofdstad. " +
		"Nadat de politie op 2 maart geen dader vond, heeft de rechter de zaak op 9 maart gesloten. " +
		"De politie heeft op 12 maart de wijk in de hoofdstad afgesloten voor het verkeer. " +
		"Onmiddellijk nadat de rechter de zaak op 14 maart had gesloten, maakte de politie bekend dat de wijk weer open is."
	times := [][2]string{{"maandag", "2019-03-18"}, {"zaterdag", "2019-03-16"}, {"2 maart", "2019-03-02"},
		{"9 maart", "2019-03-09"}, {"12 maart", "2019-03-12"}, {"14 maart", "2019-03-14"}}
	got := timelineOf(t, text, "2019-03-19", times, clauseOptions(t))
	for _, d := range []string{"2019-03-16", "2019-03-02"} {
		if it, ok := got[d]; ok {
			t.Errorf("an entry dated by its sequence clause: %+v", it)
		}
	}
	// "Onmiddellijk nadat": one moment, the date holds.
	for _, d := range []string{"2019-03-18", "2019-03-09", "2019-03-12", "2019-03-14"} {
		if _, ok := got[d]; !ok {
			t.Errorf("no entry at %s, the main clause's date: %+v", d, got)
		}
	}
	// Without the parse the word tests stand alone.
	if _, ok := timelineOf(t, text, "2019-03-19", times, Options{})["2019-03-02"]; !ok {
		t.Errorf("without the parse the subordinate date is an entry (the test sees no difference)")
	}
}
