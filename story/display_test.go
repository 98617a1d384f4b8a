package story

import (
	"reflect"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

func TestNamings(t *testing.T) {
	sources := []kroniek.SourceView{
		{Outlet: "", Articles: []string{"a0"}, Naming: map[string]string{"Belarus": "Wit-Rusland"}},
		{Outlet: "Krant A", Articles: []string{"a1", "a2"}, Naming: map[string]string{"Belarus": "Wit-Rusland", "Tichanovskaja": "Tichanovskaja"}},
		{Outlet: "Krant B", Articles: []string{"b1"}, Naming: map[string]string{"Belarus": "Belarus", "Tichanovskaja": "Tsichanoeskaja"}},
		{Outlet: "Krant C", Articles: []string{"c1"}},
	}
	got := Namings(sources)
	want := []Naming{
		{Entity: "Belarus", Spellings: []Spelling{
			{Text: "Belarus", Outlets: []string{"Krant B"}, Articles: []string{"b1"}},
			{Text: "Wit-Rusland", Outlets: []string{"", "Krant A"}, Articles: []string{"a0", "a1", "a2"}}}},
		{Entity: "Tichanovskaja", Spellings: []Spelling{
			{Text: "Tichanovskaja", Outlets: []string{"Krant A"}, Articles: []string{"a1", "a2"}},
			{Text: "Tsichanoeskaja", Outlets: []string{"Krant B"}, Articles: []string{"b1"}}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Namings:\n got %+v\nwant %+v", got, want)
	}
	if got, want := Spelled(got, "Krant B"), []EntitySpelling{{"Belarus", "Belarus"}, {"Tichanovskaja", "Tsichanoeskaja"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Spelled(Krant B) = %+v, want %+v", got, want)
	}
	if got, want := Spelled(Namings(sources), ""), []EntitySpelling{{"Belarus", "Wit-Rusland"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Spelled(unknown) = %+v, want %+v", got, want)
	}
	if got := Spelled(Namings(sources), "Krant C"); got != nil {
		t.Errorf("Spelled(Krant C) = %+v, want none", got)
	}
}

// TestNamingNeedsAnExclusiveSpelling: outlets that all write "VS" and
// "Amerika" and only prefer different ones do not name the
// country differently; an outlet whose spelling another never uses does;
// an inhabitant name ("Amerikanen") is no spelling of the country.
func TestNamingNeedsAnExclusiveSpelling(t *testing.T) {
	mk := func(id, outlet string, names ...string) *member {
		an := &kroniek.Analysis{Article: id}
		for _, n := range names {
			an.Mentions = append(an.Mentions, kroniek.Mention{Entity: "e-us", Text: n})
		}
		return &member{a: &kroniek.Article{ID: id, Outlet: outlet}, an: an}
	}
	b := &builder{entities: map[string]*kroniek.Entity{"e-us": {ID: "e-us", Name: "Verenigde Staten"}}}
	alike := []*member{
		mk("a1", "Krant A", "VS", "VS", "Amerika", "Amerikanen", "Amerikanen", "Amerikanen"),
		mk("b1", "Krant B", "Amerika", "Amerika", "VS"),
	}
	if got := b.naming(alike, sourceKeyer(alike)); len(got) != 0 {
		t.Errorf("outlets using the same spellings: naming %v, want none", got)
	}
	// Krant B never writes "VS", but Krant A writes Krant B's "Amerika":
	// both write more than one of the spellings, and neither spells the
	// country in a way of its own.
	oneSided := []*member{
		mk("a1", "Krant A", "VS", "VS", "Amerika"),
		mk("b1", "Krant B", "Amerika", "Amerika", "Verenigde Staten"),
	}
	if got := b.naming(oneSided, sourceKeyer(oneSided)); len(got) != 0 {
		t.Errorf("one outlet's spelling used by both: naming %v, want none", got)
	}
	apart := []*member{
		mk("a1", "Krant A", "VS", "VS"),
		mk("b1", "Krant B", "Amerika", "Amerika"),
	}
	if got := b.naming(apart, sourceKeyer(apart)); got["Verenigde Staten"]["Krant B"] != "Amerika" || got["Verenigde Staten"]["Krant A"] != "VS" {
		t.Errorf("outlets with spellings of their own: naming %v", got)
	}
}

// TestSourceUnits: beside named outlets, the articles of no known outlet
// are one source, "unknown"; when no article names its outlet, each
// author, else each article, is a source of its own. SourceCount counts
// what the comparison lists, so that the report, the page and the JSON
// agree.
func TestSourceUnits(t *testing.T) {
	mk := func(id, outlet, author string) *member {
		return &member{a: &kroniek.Article{ID: id, Outlet: outlet, Author: author}, an: &kroniek.Analysis{Article: id}}
	}
	b := &builder{entities: map[string]*kroniek.Entity{}}
	for _, c := range []struct {
		name string
		ms   []*member
		want [][]string // the articles of each source, in order
	}{
		{"named and unknown", []*member{mk("a1", "Krant A", ""), mk("u1", "", ""), mk("u2", "", "")}, [][]string{{"u1", "u2"}, {"a1"}}},
		{"none named", []*member{mk("u1", "", ""), mk("u2", "", "")}, [][]string{{"u1"}, {"u2"}}},
		{"one author", []*member{mk("u1", "", "J. Jansen"), mk("u2", "", "J. Jansen"), mk("u3", "", "")}, [][]string{{"u3"}, {"u1", "u2"}}},
	} {
		views := b.sources(c.ms, nil)
		var got [][]string
		for _, v := range views {
			got = append(got, v.Articles)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: sources %v, want %v", c.name, got, c.want)
		}
		if n := SourceCount(&kroniek.Story{Sources: views}); n != len(c.want) {
			t.Errorf("%s: SourceCount %d, want %d", c.name, n, len(c.want))
		}
	}
}

// TestOnlyInToldElsewhere: a timeline item of one source is not "only"
// there when another source's sentence of the same date shares two of
// its words besides the date's (the same resignation told twice), and
// stays when the other source's sentence of that date tells something
// else.
func TestOnlyInToldElsewhere(t *testing.T) {
	mk := func(id, outlet, text, day string) *member {
		i := strings.Index(text, day)
		an := &kroniek.Analysis{Article: id, Times: []kroniek.TimeRef{{Article: id, Start: i, End: i + len(day), Text: day, Value: "2019-04-01",
			Kind: kroniek.TimeDate, Granularity: kroniek.GranDay, Relative: true}}}
		a := &kroniek.Article{ID: id, Outlet: outlet, Lang: "nl", Text: text}
		return &member{a: a, an: an, sents: []kroniek.SentenceSpan{{Start: 0, End: len(text)}}}
	}
	b := &builder{entities: map[string]*kroniek.Entity{}, opts: Options{}.withDefaults()}
	item := kroniek.TimelineItem{Date: "2019-04-01", Text: "President Bouteflika kondigde maandag aan dat hij voor 28 april aftreedt.", Articles: []string{"a"}}
	a := mk("a", "Krant A", item.Text, "maandag")
	same := mk("b", "Krant B", "De Algerijnse president Bouteflika liet maandag weten dat hij uiterlijk 28 april aftreedt.", "maandag")
	other := mk("c", "Krant C", "Het leger van Algerije hield maandag een parade in de hoofdstad.", "maandag")
	if views := b.sources([]*member{a, same}, []kroniek.TimelineItem{item}); len(views[0].Unique) != 0 {
		t.Errorf("the resignation told by both is only in Krant A: %+v", views)
	}
	if views := b.sources([]*member{a, other}, []kroniek.TimelineItem{item}); len(views[0].Unique) != 1 {
		t.Errorf("the resignation told by Krant A alone is not only there: %+v", views)
	}
}

// TestOnlyInToldUndated: a timeline item of one source is not "only"
// there when another source tells it in a sentence with no date that
// shares most of its words, nor when it leans on the sentence before
// it; it stays when the other source shares a word or two.
func TestOnlyInToldUndated(t *testing.T) {
	mk := func(id, outlet, text string) *member {
		a := &kroniek.Article{ID: id, Outlet: outlet, Lang: "nl", Text: text}
		return &member{a: a, an: &kroniek.Analysis{Article: id}, sents: []kroniek.SentenceSpan{{Start: 0, End: len(text)}}}
	}
	b := &builder{entities: map[string]*kroniek.Entity{}, opts: Options{}.withDefaults()}
	item := kroniek.TimelineItem{Date: "2019-04-01", Text: "De wethouder sloot gisteren de oude brug over de Vecht voor vrachtverkeer.", Articles: []string{"a"}}
	a := mk("a", "Krant A", item.Text)
	same := mk("b", "Krant B", "Gisteren sloot de gemeente de oude brug over de Vecht voor vrachtverkeer.")
	half := mk("e", "Krant B", "De wethouder wil de brug vernieuwen.")
	other := mk("c", "Krant C", "Fietsers gebruiken de brug elke ochtend.")
	if views := b.sources([]*member{a, same}, []kroniek.TimelineItem{item}); len(views[0].Unique) != 0 {
		t.Errorf("the closure told by both is only in Krant A: %+v", views)
	}
	if views := b.sources([]*member{a, other}, []kroniek.TimelineItem{item}); len(views[0].Unique) != 1 {
		t.Errorf("the closure told by Krant A alone is not only there: %+v", views)
	}
	if views := b.sources([]*member{a, half}, []kroniek.TimelineItem{item}); len(views[0].Unique) != 1 {
		t.Errorf("the closure is not only in Krant A though Krant B tells only of the alderman and the bridge: %+v", views)
	}
	lean := kroniek.TimelineItem{Date: "2019-04-01", Text: "Maar gisteren ging de brug toch weer open voor vrachtverkeer.", Articles: []string{"d"}}
	if views := b.sources([]*member{mk("d", "Krant A", lean.Text), other}, []kroniek.TimelineItem{lean}); len(views[0].Unique) != 0 {
		t.Errorf("a fact that leans on the sentence before is only in Krant A: %+v", views)
	}
}
