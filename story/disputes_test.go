package story

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestDisputesSameFactOnly: figures disagree only when they count the
// same object in the same unit on the same date, from different sources.
func TestDisputesSameFactOnly(t *testing.T) {
	texts := map[string]string{
		"a": "Op 13 september werden bijna 1.000 demonstranten opgepakt. Ook nog iets.",
		"b": "Zondag 16 augustus marcheerden zeker 200.000 demonstranten door Minsk.",
		"c": "Op 13 september werden zeker 600 demonstranten opgepakt, aldus de politie.",
		"d": "Er waren 5.000 agenten op de been.",
		"e": "Er waren 7.000 agenten op de been.",
	}
	at := func(id, sub string) (int, int) {
		i := strings.Index(texts[id], sub)
		return i, i + len(sub)
	}
	fig := func(id, sub string, v float64, obj string) kroniek.Amount {
		s, e := at(id, sub)
		return kroniek.Amount{Article: id, Start: s, End: e, Text: sub, Value: v, Object: obj}
	}
	date := func(id, sub, value string) kroniek.TimeRef {
		s, e := at(id, sub)
		return kroniek.TimeRef{Article: id, Start: s, End: e, Text: sub, Value: value, Kind: kroniek.TimeDate}
	}
	times := map[string][]kroniek.TimeRef{
		"a": {date("a", "13 september", "2020-09-13")},
		"b": {date("b", "Zondag 16 augustus", "2020-08-16")},
		"c": {date("c", "13 september", "2020-09-13")},
	}
	dateOf := func(f kroniek.Amount) (string, error) {
		return SentenceDate(texts[f.Article], f.Start, f.End, times[f.Article]), nil
	}
	outlets := map[string]string{"a": "AD", "b": "Trouw", "c": "NRC", "d": "AD", "e": "Trouw"}

	// The trial's case: arrested on one day, marching on another.
	got, err := Disputes([]kroniek.Amount{fig("a", "bijna 1.000", 1000, "demonstranten"), fig("b", "zeker 200.000", 200000, "demonstranten")}, outlets, dateOf)
	if err != nil || len(got) != 0 {
		t.Errorf("different dates: %+v, %v; want no dispute", got, err)
	}
	// The same day, the same object, two outlets: a real disagreement.
	got, _ = Disputes([]kroniek.Amount{fig("a", "bijna 1.000", 1000, "demonstranten"), fig("b", "zeker 200.000", 200000, "demonstranten"),
		fig("c", "zeker 600", 600, "demonstranten")}, outlets, dateOf)
	if len(got) != 1 || got[0].Date != "2020-09-13" || len(got[0].Values) != 2 {
		t.Errorf("same date: %+v; want one dispute of 600 vs 1000 on 2020-09-13", got)
	}
	// No date in either sentence: not comparable, no claim.
	got, _ = Disputes([]kroniek.Amount{fig("d", "5.000", 5000, "agenten"), fig("e", "7.000", 7000, "agenten")}, outlets, dateOf)
	if len(got) != 0 {
		t.Errorf("undated figures: %+v; want no dispute", got)
	}
	// Different units of the same object never disagree.
	f1, f2 := fig("a", "bijna 1.000", 1000, "demonstranten"), fig("c", "zeker 600", 600, "demonstranten")
	f2.Unit = "PCT"
	if got, _ = Disputes([]kroniek.Amount{f1, f2}, outlets, dateOf); len(got) != 0 {
		t.Errorf("different units: %+v; want no dispute", got)
	}
}

// TestSentenceBounds: the dot inside "1.000" does not end a sentence.
func TestSentenceBounds(t *testing.T) {
	text := "Eerst dit. Toen werden 1.000 mensen opgepakt op 13 september. Daarna meer."
	s := strings.Index(text, "1.000")
	from, to := sentenceBounds(text, s, s+5)
	if got := text[from:to]; got != " Toen werden 1.000 mensen opgepakt op 13 september" {
		t.Errorf("sentence = %q", got)
	}
}

// TestFiguresThatAgree: figures of one thing that differ only in
// rounding or by a hedge are the same figure; figures ten times apart
// count different things; neither is a disagreement.
func TestFiguresThatAgree(t *testing.T) {
	amt := func(v float64, mod string) kroniek.Amount { return kroniek.Amount{Value: v, Modifier: mod} }
	for _, c := range []struct {
		a, b  kroniek.Amount
		agree bool
	}{
		{amt(201, ""), amt(200, "ruim"), true},
		{amt(1.25e9, ""), amt(1.3e9, ""), true}, // 1,25 and 1,3 miljard
		{amt(960, ""), amt(1000, "bijna"), true},
		{amt(1000, ""), amt(200000, ""), true}, // arrested against marching
		{amt(600, "zeker"), amt(1000, "bijna"), false},
		{amt(734, ""), amt(533, ""), false},
		{amt(5000, ""), amt(7000, ""), false},
		{amt(1.2e9, ""), amt(1.3e9, ""), false},
	} {
		if got := agree(c.a, c.b); got != c.agree {
			t.Errorf("agree(%v %q, %v %q) = %v, want %v", c.a.Value, c.a.Modifier, c.b.Value, c.b.Modifier, got, c.agree)
		}
	}
}
