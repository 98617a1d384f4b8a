package story

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kroniek/kroniek"
)

// Texts written for these tests: one story of a made-up country's
// election told by three outlets, and a copy.
const (
	textA = "In Wit-Rusland zijn op 9 augustus presidentsverkiezingen gehouden die volgens de oppositie zijn vervalst. " +
		"Duizenden betogers trokken op 10 augustus door de hoofdstad Minsk om te protesteren tegen de uitslag van de stemming. " +
		"De politie in Wit-Rusland arresteerde honderden demonstranten en zette traangas in tegen de menigte. " +
		"De Europese Unie overweegt sancties tegen de regering in Minsk vanwege het harde optreden."
	textB = "Belarus beleeft sinds 10 augustus de grootste protesten in jaren, na de presidentsverkiezingen van 9 augustus. " +
		"Op 16 augustus liepen volgens waarnemers 200.000 mensen mee in een mars door Minsk tegen de regering. " +
		"De regering van Belarus noemt de betogers door het buitenland betaalde provocateurs en weigert elk gesprek. " +
		"Buurlanden van Belarus roepen de Europese Unie op om snel sancties in te stellen."
	textC = "De Europese Unie heeft op 19 augustus in een videotop gesproken over de crisis na de verkiezingen. " +
		"De regeringsleiders van de Europese Unie erkennen de uitslag van de verkiezingen niet en bereiden sancties voor. " +
		"Rusland waarschuwt de Europese Unie zich niet met de binnenlandse zaken van het land te bemoeien. " +
		"De oppositie in Minsk hoopt dat de protesten de regering tot nieuwe verkiezingen dwingen."
)

func mention(article, text, entity string, at string, all string) kroniek.Mention {
	i := strings.Index(all, at)
	return kroniek.Mention{Article: article, Start: i, End: i + len(text), Text: text, Entity: entity, Type: kroniek.LOC}
}

func viewFixture() ([]*kroniek.Article, []*kroniek.Analysis, []*kroniek.Entity) {
	articles := []*kroniek.Article{
		{ID: "a", Outlet: "Krant A", Title: "Protesten in Wit-Rusland na vervalste presidentsverkiezingen", Published: "2020-08-12", Lang: "nl", Text: textA},
		{ID: "b", Outlet: "Krant B", Title: "Grootste mars ooit door Minsk", Published: "2020-08-17", Lang: "nl", Text: textB},
		{ID: "c", Outlet: "", Source: "/data/omroep-c.txt", Title: "EU erkent uitslag niet", Published: "2020-08-20", Lang: "nl", Text: textC},
		{ID: "d", Outlet: "Krant D", Title: "Protesten in Wit-Rusland", Published: "2020-08-13", Lang: "nl", Text: textA},
	}
	idx := func(text, sub string) int { return strings.Index(text, sub) }
	// day is a day-granular date found at the first sub of text.
	day := func(article, text, sub, value string) kroniek.TimeRef {
		i := idx(text, sub)
		return kroniek.TimeRef{Article: article, Start: i, End: i + len(sub), Text: sub, Value: value, Kind: kroniek.TimeDate, Granularity: kroniek.GranDay}
	}
	analyses := []*kroniek.Analysis{
		{Article: "a",
			Mentions: []kroniek.Mention{
				mention("a", "Wit-Rusland", "e-by", "Wit-Rusland zijn", textA),
				mention("a", "Wit-Rusland", "e-by", "Wit-Rusland arresteerde", textA),
				mention("a", "Minsk", "e-minsk", "Minsk om", textA),
				mention("a", "Europese Unie", "e-eu", "Europese Unie", textA),
			},
			Times: []kroniek.TimeRef{
				day("a", textA, "9 augustus", "2020-08-09"),
				day("a", textA, "10 augustus", "2020-08-10"),
			},
			Events: []kroniek.Event{{ID: "ev-protest", Article: "a", Type: "PROTEST", Shown: true, Date: "2020-08-10",
				Start: idx(textA, "Duizenden"), End: idx(textA, "stemming.") + 9,
				Text: "Duizenden betogers trokken op 10 augustus door de hoofdstad Minsk om te protesteren tegen de uitslag van de stemming."}},
			Amounts: []kroniek.Amount{{Article: "a", Text: "honderden demonstranten", Value: 200, Object: "demonstranten"}},
		},
		{Article: "b",
			Mentions: []kroniek.Mention{
				mention("b", "Belarus", "e-by", "Belarus beleeft", textB),
				mention("b", "Belarus", "e-by", "Belarus noemt", textB),
				mention("b", "Belarus", "e-by", "Belarus roepen", textB),
				mention("b", "Minsk", "e-minsk", "Minsk tegen", textB),
				mention("b", "Europese Unie", "e-eu", "Europese Unie op", textB),
			},
			Times: []kroniek.TimeRef{
				day("b", textB, "10 augustus", "2020-08-10"),
				day("b", textB, "9 augustus", "2020-08-09"),
				day("b", textB, "16 augustus", "2020-08-16"),
			},
			Events: []kroniek.Event{{ID: "ev-protest", Article: "b", Type: "PROTEST", Shown: true, Date: "2020-08-10",
				Start: 0, End: idx(textB, "9 augustus.") + 11, Text: "Belarus beleeft sinds 10 augustus de grootste protesten in jaren, na de presidentsverkiezingen van 9 augustus."}},
			Amounts: []kroniek.Amount{{Article: "b", Text: "200.000 mensen", Value: 200000, Object: "mensen"}},
		},
		{Article: "c",
			Mentions: []kroniek.Mention{
				mention("c", "Europese Unie", "e-eu", "Europese Unie heeft", textC),
				mention("c", "Europese Unie", "e-eu", "Europese Unie erkennen", textC),
				mention("c", "Minsk", "e-minsk", "Minsk hoopt", textC),
			},
			Times: []kroniek.TimeRef{day("c", textC, "19 augustus", "2020-08-19")},
		},
	}
	entities := []*kroniek.Entity{
		{ID: "e-by", Name: "Belarus", Type: kroniek.LOC, Aliases: []string{"Wit-Rusland"}},
		{ID: "e-minsk", Name: "Minsk", Type: kroniek.LOC},
		{ID: "e-eu", Name: "Europese Unie", Type: kroniek.ORG},
	}
	return articles, analyses, entities
}

func TestBuildView(t *testing.T) {
	articles, analyses, entities := viewFixture()
	links, stories := Build(articles, analyses, entities, Options{})
	if len(stories) != 1 {
		for _, s := range stories {
			t.Logf("story %s %v", s.ID, s.Articles)
		}
		t.Fatalf("got %d stories, want 1", len(stories))
	}
	s := stories[0]
	if s.ID != storyID("a") {
		t.Errorf("story id %s, want %s (hash of the earliest article)", s.ID, storyID("a"))
	}
	for _, l := range links {
		if l.Story != s.ID {
			t.Errorf("article %s in story %s", l.Article, l.Story)
		}
		if (l.Article == "d") != (l.DuplicateOf == "a") || l.Article == "d" && l.Similarity < 0.99 {
			t.Errorf("link %+v: only d duplicates a", l)
		}
	}
	if want := []string{"a", "b", "c"}; !reflect.DeepEqual(s.Articles, want) {
		t.Errorf("articles %v, want %v (the copy counts once)", s.Articles, want)
	}
	if want := []string{"d"}; !reflect.DeepEqual(s.Copies, want) {
		t.Errorf("copies %v, want %v", s.Copies, want)
	}
	if s.Start != "2020-08-12" || s.End != "2020-08-20" {
		t.Errorf("dates %s … %s", s.Start, s.End)
	}
	// c names no outlet (a file name is none): it is the one unknown
	// source, in Sources with outlet "" and not among the named Outlets.
	if want := []string{"Krant A", "Krant B"}; !reflect.DeepEqual(s.Outlets, want) {
		t.Errorf("outlets %v, want %v (the duplicate's outlet is no new source)", s.Outlets, want)
	}
	if s.Title == "" {
		t.Error("no title")
	}
	if len(s.Actors) != 3 || s.Actors[0].Entity != "e-by" || s.Actors[0].Count != 5 || s.Actors[0].Name != "Belarus" {
		t.Errorf("actors %+v", s.Actors)
	}

	// Timeline: election (a, b), protest event (a, b), march (b), summit (c).
	var dates []string
	for _, it := range s.Timeline {
		dates = append(dates, it.Date)
	}
	if want := []string{"2020-08-09", "2020-08-10", "2020-08-16", "2020-08-19"}; !reflect.DeepEqual(dates, want) {
		t.Fatalf("timeline dates %v, want %v: %+v", dates, want, s.Timeline)
	}
	if got := s.Timeline[0].Articles; !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("election fact reported by %v, want [a b]", got)
	}
	if it := s.Timeline[1]; it.Kind != "PROTEST" || it.Event != "ev-protest" || !reflect.DeepEqual(it.Articles, []string{"a", "b"}) {
		t.Errorf("merged event %+v", it)
	}

	if n := len(s.Summary); n < 3 || n > 5 {
		t.Errorf("summary has %d sentences: %q", n, s.Summary)
	}
	for _, line := range s.Summary {
		if !strings.Contains(textA+textB+textC, line) {
			t.Errorf("summary line not extracted: %q", line)
		}
	}
	if len(s.Figures) == 0 || s.Figures[0].Value != 200000 {
		t.Errorf("figures %+v", s.Figures)
	}

	views := map[string]kroniek.SourceView{}
	for _, v := range s.Sources {
		views[v.Outlet] = v
	}
	if len(views) != 3 {
		t.Fatalf("sources %+v", s.Sources)
	}
	if got := views["Krant A"].Naming["Belarus"]; got != "Wit-Rusland" {
		t.Errorf("Krant A names Belarus %q, want Wit-Rusland", got)
	}
	if got := views["Krant B"].Naming["Belarus"]; got != "Belarus" {
		t.Errorf("Krant B names Belarus %q, want Belarus", got)
	}
	if u := views[""].Unique; len(u) != 1 || !strings.HasPrefix(u[0], "2020-08-19") {
		t.Errorf("unknown source's unique facts %q", u)
	}
	if u := views["Krant B"].Unique; len(u) != 1 || !strings.HasPrefix(u[0], "2020-08-16") {
		t.Errorf("Krant B unique facts %q", u)
	}
	if views["Krant B"].First != "2020-08-17" {
		t.Errorf("Krant B first %q", views["Krant B"].First)
	}

	var buf bytes.Buffer
	if err := WriteReport(&buf, s); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{s.Title, "Timeline", "Summary", `"Wit-Rusland": Krant A`, "only here: 2020-08-19"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, buf.String())
		}
	}
}

// TestSourcesWithoutOutlets checks that articles of no known outlet are
// compared one by one: their spellings still differ.
func TestSourcesWithoutOutlets(t *testing.T) {
	articles, analyses, entities := viewFixture()
	for _, a := range articles {
		a.Outlet = ""
	}
	_, stories := Build(articles, analyses, entities, Options{})
	var s *kroniek.Story
	for _, st := range stories {
		if s == nil || len(st.Articles) > len(s.Articles) {
			s = st
		}
	}
	spelled := map[string]bool{}
	for _, v := range s.Sources {
		if v.Outlet != "" || len(v.Articles) != 1 {
			t.Errorf("source %+v: want one article and no outlet", v)
		}
		spelled[v.Naming["Belarus"]] = true
	}
	if !spelled["Wit-Rusland"] || !spelled["Belarus"] {
		t.Errorf("spellings %v, want Wit-Rusland and Belarus apart", spelled)
	}
	namings := Namings(s.Sources)
	for _, v := range s.Sources {
		got := SpelledIn(namings, v.Articles)
		if want := v.Naming["Belarus"]; want != "" && (len(got) != 1 || got[0].Text != want) {
			t.Errorf("SpelledIn(%v) = %+v, want only %q", v.Articles, got, want)
		}
	}
	var buf bytes.Buffer
	if err := WriteReport(&buf, s); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"Wit-Rusland": a`) {
		t.Errorf("report names no article for a spelling:\n%s", buf.String())
	}
	if n := strings.Count(buf.String(), "unknown outlet: "); n != len(s.Sources) || !strings.Contains(buf.String(), fmt.Sprintf("%d sources)", len(s.Sources))) {
		t.Errorf("report: %d sources of unknown outlet for %d in the JSON:\n%s", n, len(s.Sources), buf.String())
	}
}

func TestBuildDeterministic(t *testing.T) {
	articles, analyses, entities := viewFixture()
	links1, stories1 := Build(articles, analyses, entities, Options{})
	rev := make([]*kroniek.Article, len(articles))
	for i, a := range articles {
		rev[len(articles)-1-i] = a
	}
	links2, stories2 := Build(rev, analyses, entities, Options{})
	got := map[string]kroniek.ArticleLink{}
	for _, l := range links2 {
		got[l.Article] = l
	}
	for _, l := range links1 {
		if got[l.Article] != l {
			t.Errorf("link %+v, reversed input %+v", l, got[l.Article])
		}
	}
	if !reflect.DeepEqual(stories1, stories2) {
		t.Errorf("stories differ with the input order")
	}
}

func TestTitleFromLeadWhenUntitled(t *testing.T) {
	long := "De gemeenteraad van een kleine stad aan de rivier heeft na een lange en rumoerige vergadering besloten om de oude brug over de rivier te slopen en te vervangen. Daarna volgde meer."
	articles := []*kroniek.Article{{ID: "x", Lang: "nl", Text: long}}
	_, stories := Build(articles, nil, nil, Options{})
	title := stories[0].Title
	if !strings.HasPrefix(title, "De gemeenteraad van een kleine stad") || !strings.HasSuffix(title, "…") || utf8.RuneCountInString(title) > 101 {
		t.Errorf("title %q", title)
	}
	if strings.Contains(title, "  ") || strings.HasSuffix(strings.TrimSuffix(title, "…"), " ") {
		t.Errorf("title not cut at a word boundary: %q", title)
	}
}

func TestBuildEdgeCases(t *testing.T) {
	links, stories := Build(nil, nil, nil, Options{})
	if len(links) != 0 || len(stories) != 0 {
		t.Errorf("empty input: %d links, %d stories", len(links), len(stories))
	}
	articles := []*kroniek.Article{
		{ID: "empty"},
		{ID: "title-only", Title: "Toos en Henk"},
		{ID: "undated", Lang: "en", Text: "The council voted on Tuesday to rebuild the old bridge over the river after years of debate."},
	}
	links, stories = Build(articles, []*kroniek.Analysis{nil, {Article: "undated"}}, []*kroniek.Entity{nil}, Options{})
	// An article without text to compare is in no story.
	if len(links) != 3 || len(stories) != 1 {
		t.Fatalf("%d links, %d stories, want 3 and 1", len(links), len(stories))
	}
	for _, l := range links {
		if (l.Story == "") != (l.Article != "undated") {
			t.Errorf("link %+v", l)
		}
	}
	for _, s := range stories {
		if s.Start != "" || s.End != "" || s.Summary == nil || s.Timeline == nil {
			t.Errorf("story %+v: undated articles give no dates; summary and timeline are never nil", s)
		}
	}
}

func TestSpellingsDiffer(t *testing.T) {
	names := []string{"armina hambartsjumian", "forum voor democratie", "karel dekkers"}
	checkPairs(t, "differ", func(a, b string) bool { return !sameName(spellingKey(a), spellingKey(b), names) }, []pairCase{
		{"wit-rusland", "belarus", true},
		{"loekasjenko", "aleksandr loekasjenko", false},
		{"fvd", "forum voor democratie", false},
		{"pvdd", "partij voor de dieren", false},
		{"om", "openbaar ministerie", false},
		{"mohamed ihattaren", "mohammed ihattaren", true},
		{"Armina", "Hambartsjumian", false}, // first name and surname of one name
		{"Forum", "FvD", false},             // short form and initials of one name
		{"Karel", "Dekkers", false},
		{"bisdom Haarlem-Amsterdam", "bisdom Haarlem Amsterdam", false},
		{"Istanbul", "Istanboel", true},
	})
}

func TestRecurringSentences(t *testing.T) {
	arts := []*kroniek.Article{
		{ID: "1", Text: "Neem plaats op de sofa van onze verslaggever. Vandaag praat zij met een bakker over brood."},
		{ID: "2", Text: "Neem plaats op de sofa van onze verslaggever.\n\nDeze week gaat het over een visser."},
		{ID: "3", Text: "Vandaag praat zij met een bakker over brood."},
	}
	// Article 3 is a copy of 1: its sentences do not make 1's recurring.
	got := recurringSentences(arts, []bool{false, false, true})
	if !slices.Equal(got["Neem plaats op de sofa van onze verslaggever."], []int{0, 1}) || got["Vandaag praat zij met een bakker over brood."] != nil || len(got) != 1 {
		t.Errorf("recurringSentences = %v", got)
	}
}

func TestBoilerplateServiceNotes(t *testing.T) {
	checkPredicate(t, "boilerplate", boilerplate, map[string]bool{
		"Voor 9 juni zijn kaarten onder meer te koop bij café Ambiance.":                  true,
		"Er is plek voor een beperkt aantal bezoekers, die zich vooraf moeten aanmelden.": true,
		"Stuur uw mening naar brieven@krant.nl.":                                          true,
		"De gemeente verkocht vorig jaar tweehonderd kaarten minder dan verwacht.":        false,
		"Poetin ontving Loekasjenko maandag in Sotsji.":                                   false,
	})
}

// TestStoryArticlesByDate: a story lists its articles oldest first (then
// by id, undated last), whatever order the input gave them in (the
// builder orders its members so).
func TestStoryArticlesByDate(t *testing.T) {
	seeds := loadSeeds(t)
	dates := []string{"2020-09-15", "", "2020-09-14", "2020-09-14", "2020-09"}
	for i, a := range seeds {
		a.Published = dates[i%len(dates)]
	}
	slices.Reverse(seeds)
	_, stories := Build(seeds, nil, nil, Options{})
	if len(stories) != 1 {
		t.Fatalf("%d stories, want 1", len(stories))
	}
	pub := map[string]string{}
	for _, a := range seeds {
		pub[a.ID] = a.Published
	}
	ids := append(append([]string{}, stories[0].Articles...), stories[0].Copies...)
	if len(ids) != len(seeds) {
		t.Fatalf("story holds %v", ids)
	}
	got := stories[0].Articles
	for i := 1; i < len(got); i++ {
		a, b := pub[got[i-1]], pub[got[i]]
		if a == "" && b != "" || a != "" && b != "" && a > b || a == b && got[i-1] > got[i] {
			t.Errorf("articles not oldest first: %v (dates %v)", got, dates)
			break
		}
	}
}
