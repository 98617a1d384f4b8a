package event

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

func ev(article, typ, date string, actor, recip []string) kroniek.Event {
	gran := kroniek.GranDay
	if len(date) == 7 {
		gran = kroniek.GranMonth
	}
	return kroniek.Event{Article: article, Type: typ, Date: date, DateGran: gran, Actor: actor, Recipient: recip,
		ActorLocal: []string{"L1"}, RecipientLocal: []string{"L2"}, Text: article + " says " + typ}
}

func mergeFixture() []*kroniek.Analysis {
	ru, by, eu := []string{"e-ru"}, []string{"e-by"}, []string{"e-eu"}
	neg := ev("a5", "AID", "2020-09-14", ru, by)
	neg.Negated = true
	return []*kroniek.Analysis{
		{Article: "a1", Events: []kroniek.Event{ev("a1", "AID", "2020-09-14", ru, by), ev("a1", "AID", "2020-09-14", ru, by)}},
		{Article: "a2", Events: []kroniek.Event{ev("a2", "AID", "2020-09-16", ru, by)}},
		{Article: "a3", Events: []kroniek.Event{ev("a3", "AID", "2020-09-25", ru, by)}},
		{Article: "a4", Events: []kroniek.Event{ev("a4", "AID", "2020-09", ru, by), ev("a4", "AID", "2020-09-14", ru, eu)}},
		{Article: "a5", Events: []kroniek.Event{neg, ev("a5", "SANCTION", "2020-09-14", eu, by)}},
	}
}

func TestMerge(t *testing.T) {
	as := mergeFixture()
	Merge(as)
	id := func(a, i int) string { return as[a].Events[i].ID }
	first := id(0, 0)
	if first == "" {
		t.Fatal("no id set")
	}
	for _, c := range []struct {
		a, i int
		same bool
		why  string
	}{
		{0, 1, true, "repeated report in one article"},
		{1, 0, true, "two days later in another article"},
		{2, 0, false, "eleven days later"},
		{3, 0, true, "month date in the same month"},
		{3, 1, false, "other recipient"},
		{4, 0, false, "negated"},
		{4, 1, false, "other type"},
	} {
		if got := id(c.a, c.i) == first; got != c.same {
			t.Errorf("%s: same id = %v, want %v", c.why, got, c.same)
		}
	}
	if want := []string{"a1", "a2", "a4"}; !reflect.DeepEqual(as[0].Events[0].Sources, want) {
		t.Errorf("sources = %v, want %v", as[0].Events[0].Sources, want)
	}
	if !reflect.DeepEqual(as[1].Events[0].Sources, as[0].Events[0].Sources) {
		t.Error("members of one event have different sources")
	}
	// stable across runs
	again := mergeFixture()
	Merge(again)
	for a := range as {
		for i := range as[a].Events {
			if as[a].Events[i].ID != again[a].Events[i].ID {
				t.Errorf("id of %s/%d changed between runs", as[a].Article, i)
			}
		}
	}
}

func TestMergeUnresolved(t *testing.T) {
	// without global ids, reports merge within their article only
	a := kroniek.Event{Article: "a1", Type: "CONSULT", ActorLocal: []string{"L1"}, RecipientLocal: []string{"L2"}}
	b := a
	c := a
	c.Article = "a2"
	as := []*kroniek.Analysis{{Article: "a1", Events: []kroniek.Event{a, b}}, {Article: "a2", Events: []kroniek.Event{c}}}
	Merge(as)
	if as[0].Events[0].ID != as[0].Events[1].ID {
		t.Error("repeated report in one article not merged")
	}
	if as[0].Events[0].ID == as[1].Events[0].ID {
		t.Error("unresolved locals merged across articles")
	}
}

func exportFixture() ([]kroniek.Event, map[string]*kroniek.Entity, map[string]*kroniek.Article) {
	as := mergeFixture()
	for _, a := range as {
		for i, e := range a.Events {
			if e.Type == "AID" && e.Recipient[0] == "e-by" {
				a.Events[i].Actor = append([]string{"e-ru"}, "generic:police@BY")
			}
		}
	}
	Merge(as)
	var evs []kroniek.Event
	for _, a := range as {
		evs = append(evs, a.Events...)
	}
	ents := map[string]*kroniek.Entity{
		"e-ru": {ID: "e-ru", Name: "Rusland", Type: kroniek.LOC, Country: "RU"},
		"e-by": {ID: "e-by", Name: "Belarus", Type: kroniek.LOC, Country: "BY"},
		"e-eu": {ID: "e-eu", Name: "Europese Unie", Type: kroniek.ORG},
	}
	arts := map[string]*kroniek.Article{
		"a1": {ID: "a1", URL: "https://example.org/a1", Published: "2020-09-15"},
		"a2": {ID: "a2", Source: "seeds/a2.txt", Published: "2020-09-14"},
		"a3": {ID: "a3", Published: "2020-09-25"},
		"a4": {ID: "a4", Published: "2020-09"},
		"a5": {ID: "a5", Published: "2020-09-14"},
	}
	return evs, ents, arts
}

func TestWriteCSV(t *testing.T) {
	evs, ents, arts := exportFixture()
	var buf bytes.Buffer
	if err := WriteCSV(&buf, evs, ents, arts); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows[0], CSVHeader) {
		t.Fatalf("header = %v", rows[0])
	}
	// 8 reports: the AID event of a1,a2,a4 is one row; a3, a4's EU one, negated, sanction
	if got := len(rows) - 1; got != 5 {
		t.Fatalf("rows = %d, want 5:\n%s", got, buf.String())
	}
	col := map[string]int{}
	for i, h := range CSVHeader {
		col[h] = i
	}
	var merged []string
	for _, r := range rows[1:] {
		if r[col["sources"]] == "3" {
			merged = r
		}
	}
	if merged == nil {
		t.Fatal("no row with 3 sources")
	}
	want := map[string]string{
		"date": "2020-09-14", "actor": "Rusland;police", "actor_country": "RU;BY", "type": "AID",
		"recipient": "Belarus", "recipient_country": "BY", "negated": "false",
		"first_source_url": "", // a2 was published first; read from a file, it has no URL
		"evidence":         "a2 says AID",
	}
	for k, v := range want {
		if got := merged[col[k]]; got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	// with a URL, the first report's URL is the column
	arts["a2"].URL = "https://example.org/a2"
	buf.Reset()
	if err := WriteCSV(&buf, evs, ents, arts); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), ",3,https://example.org/a2,a2 says AID") {
		t.Errorf("first_source_url is not a2's URL:\n%s", buf.String())
	}
}

func TestWritePLOVER(t *testing.T) {
	evs, ents, arts := exportFixture()
	var buf bytes.Buffer
	if err := WritePLOVER(&buf, evs, ents, arts); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("records = %d, want 5", len(lines))
	}
	var negated int
	for _, l := range lines {
		var r PLOVERRecord
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("decode %s: %v", l, err)
		}
		if r.ID == "" || r.Date == "" || len(r.Event) != 1 || len(r.Actor) == 0 {
			t.Errorf("incomplete record %s", l)
		}
		for _, c := range r.Context {
			if c == "negation" {
				negated++
			}
		}
		if len(r.CiteInfo.Sources) == 3 && (r.Actor[0].Code != "RU" || r.Recipient[0].IdentifierText != "Belarus" || r.CiteInfo.Source != "seeds/a2.txt") {
			t.Errorf("merged record wrong: %s", l)
		}
	}
	if negated != 1 {
		t.Errorf("negation contexts = %d, want 1", negated)
	}
}

func TestMergeGenericOnly(t *testing.T) {
	// "de politie arresteerde …" in two articles on one day: not one event
	a := kroniek.Event{Article: "a1", Type: "COERCE", Date: "2019-03-08", Actor: []string{"generic:police"}, ActorLocal: []string{"generic:police"}}
	b := a
	b.Article = "a2"
	c := a
	c.Recipient = []string{"e-1"}
	d := c
	d.Article = "a2"
	as := []*kroniek.Analysis{{Article: "a1", Events: []kroniek.Event{a, c}}, {Article: "a2", Events: []kroniek.Event{b, d}}}
	Merge(as)
	if as[0].Events[0].ID == as[1].Events[0].ID {
		t.Error("generic-only reports merged across articles")
	}
	if as[0].Events[1].ID != as[1].Events[1].ID {
		t.Error("reports with a named recipient not merged")
	}
}

// TestMergeCopies checks that a copy's events join its original's: an
// undated event with a generic side (which otherwise stays within its
// article) gets one id and both sources, a named event is not counted
// corroborated by its copy, and articles that are no copies keep their ids.
func TestMergeCopies(t *testing.T) {
	generic := func(article string) kroniek.Event {
		e := ev(article, "ACCUSE", "", []string{"generic:rebels"}, []string{"e-may"})
		e.ActorLocal = []string{"generic:rebels"}
		return e
	}
	text := func(article string) kroniek.Event {
		e := ev(article, "COERCE", "", nil, nil)
		e.ActorLocal, e.RecipientLocal, e.ActorText = nil, nil, "de politie"
		return e
	}
	build := func() []*kroniek.Analysis {
		return []*kroniek.Analysis{
			{Article: "orig", Events: []kroniek.Event{generic("orig"), text("orig")}},
			{Article: "copy", Events: []kroniek.Event{generic("copy"), text("copy")}},
			{Article: "other", Events: []kroniek.Event{generic("other")}},
		}
	}
	plain := build()
	Merge(plain)
	if plain[0].Events[0].ID == plain[1].Events[0].ID {
		t.Fatal("without links an undated generic event merged across articles: the test proves nothing")
	}
	as := build()
	MergeCopies(as, []kroniek.ArticleLink{{Article: "orig"}, {Article: "copy", DuplicateOf: "orig"}, {Article: "other"}})
	for i, what := range []string{"generic actor, undated", "text actor"} {
		o, c := as[0].Events[i], as[1].Events[i]
		if o.ID != c.ID {
			t.Errorf("%s: original %s and copy %s differ", what, o.ID, c.ID)
		}
		if want := []string{"copy", "orig"}; !reflect.DeepEqual(c.Sources, want) {
			t.Errorf("%s: sources %v, want %v", what, c.Sources, want)
		}
		if o.ID != plain[0].Events[i].ID {
			t.Errorf("%s: the original's id changed: %s, was %s", what, o.ID, plain[0].Events[i].ID)
		}
	}
	if as[2].Events[0].ID == as[0].Events[0].ID || as[2].Events[0].ID != plain[2].Events[0].ID {
		t.Error("an article that is no copy joined the original, or its id changed")
	}
	// a named event in an article and its copy only: not corroborated
	named := func(article string) kroniek.Event {
		e := ev(article, "ACCUSE", "2020-09-14", []string{"e-a"}, []string{"e-b"})
		e.Confidence = ShownThreshold - confCorroborated/2
		return e
	}
	two := []*kroniek.Analysis{{Article: "orig", Events: []kroniek.Event{named("orig")}}, {Article: "copy", Events: []kroniek.Event{named("copy")}}}
	Merge(two)
	if !two[0].Events[0].Shown {
		t.Fatal("two articles do not corroborate: the test proves nothing")
	}
	MergeCopies(two, []kroniek.ArticleLink{{Article: "copy", DuplicateOf: "orig"}})
	if two[0].Events[0].Shown || two[1].Events[0].Shown {
		t.Error("a copy corroborated its original's event")
	}
}
