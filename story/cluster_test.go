package story

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

func storyOf(links []kroniek.ArticleLink) map[string]string {
	m := map[string]string{}
	for _, l := range links {
		m[l.Article] = l.Story
	}
	return m
}

func TestSeedsFormOneStory(t *testing.T) {
	seeds := loadSeeds(t)
	if len(seeds) != 5 {
		t.Fatalf("got %d seeds, want 5", len(seeds))
	}
	links, _ := link(seeds, nil, Options{})
	m := storyOf(links)
	for _, s := range seeds[1:] {
		if m[s.ID] != m[seeds[0].ID] {
			t.Errorf("seed %s in story %s, seed %s in %s", s.ID, m[s.ID], seeds[0].ID, m[seeds[0].ID])
		}
	}
}

func TestSeedStorySurvivesDPGMedia(t *testing.T) {
	t.Parallel()
	seeds := loadSeeds(t)
	dpg := loadDPG(t)
	all := append(append([]*kroniek.Article{}, dpg...), seeds...)
	links, _ := link(all, nil, Options{})
	m := storyOf(links)
	seedStory := m[seeds[0].ID]
	alone, _ := link(seeds, nil, Options{})
	if want := storyOf(alone)[seeds[0].ID]; seedStory != want {
		t.Errorf("seed story id %s with dpgmedia, %s alone", seedStory, want)
	}
	for _, s := range seeds {
		if m[s.ID] != seedStory {
			t.Errorf("seed %s in story %s, want %s", s.ID, m[s.ID], seedStory)
		}
	}
	for _, a := range dpg {
		if m[a.ID] == seedStory {
			t.Errorf("dpgmedia article %s (%q) joined the seed story", a.ID, a.Title)
		}
	}
}

func TestClusterOrderIndependent(t *testing.T) {
	t.Parallel()
	dpg := loadDPG(t)
	want := storyOf(first(link(dpg, nil, Options{})))
	shuffled := append([]*kroniek.Article{}, dpg...)
	rand.New(rand.NewSource(1)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	got := storyOf(first(link(shuffled, nil, Options{})))
	for id, s := range want {
		if got[id] != s {
			t.Fatalf("article %s: story %s in order, %s shuffled", id, s, got[id])
		}
	}
}

func first(l []kroniek.ArticleLink, _ []group) []kroniek.ArticleLink { return l }

func TestClusterSeparatesTopics(t *testing.T) {
	docs := []ClusterDoc{
		{ID: "a1", Date: day("2021-05-01"), Lang: "en", Title: "Volcano erupts on La Palma",
			Text: "The Cumbre Vieja volcano on La Palma erupted on Sunday, forcing thousands of residents to evacuate as lava flowed toward the coast."},
		{ID: "a2", Date: day("2021-05-02"), Lang: "en", Title: "Lava from La Palma volcano reaches the sea",
			Text: "Lava from the Cumbre Vieja volcano reached the sea on La Palma, and residents who had to evacuate wait to return home."},
		{ID: "b1", Date: day("2021-05-01"), Lang: "en", Title: "Central bank raises interest rates",
			Text: "The central bank raised its interest rates by half a point to fight inflation, the largest increase in two decades."},
		{ID: "b2", Date: day("2021-05-03"), Lang: "en", Title: "Markets fall after interest rate increase",
			Text: "Stock markets fell after the central bank raised interest rates to fight inflation; banks gained."},
		{ID: "a3", Date: day("2021-09-20"), Lang: "en", Title: "La Palma volcano erupts again",
			Text: "Months later the Cumbre Vieja volcano on La Palma erupted again; residents evacuate as lava flows."},
	}
	got := Cluster(docs, Options{})
	groups := map[string]int{}
	for s, members := range got {
		for _, m := range members {
			groups[docs[m].ID] = s
		}
	}
	if groups["a1"] != groups["a2"] || groups["b1"] != groups["b2"] {
		t.Errorf("same-story articles split: %v", groups)
	}
	if groups["a1"] == groups["b1"] {
		t.Errorf("different stories joined: %v", groups)
	}
	if groups["a3"] == groups["a1"] {
		t.Errorf("faded story took a new article months later: %v", groups)
	}
}

func TestClusterAcrossLanguages(t *testing.T) {
	ents := []string{"e-lukashenko", "e-putin", "e-belarus", "e-sochi", "e-russia"}
	docs := []ClusterDoc{
		{ID: "nl1", Date: day("2020-09-14"), Lang: "nl", Title: "Poetin ontvangt Loekasjenko in Sotsji",
			Text:     "Rusland gaat de Belarussische president Loekasjenko steunen met een lening. Poetin ontving hem maandag in Sotsji.",
			Entities: ents},
		{ID: "en1", Date: day("2020-09-15"), Lang: "en", Title: "Putin hosts Lukashenko in Sochi",
			Text:     "Russia will lend money to the Belarusian president Lukashenko. Putin received him on Monday in Sochi.",
			Entities: ents},
		{ID: "en2", Date: day("2020-09-15"), Lang: "en", Title: "Wildfires spread in California",
			Text:     "Wildfires spread across northern California as firefighters struggled with strong winds and dry weather.",
			Entities: []string{"e-california", "e-calfire", "e-usa"}},
		{ID: "en3", Date: day("2020-09-16"), Lang: "en", Title: "California fires reach the coast",
			Text:     "The California wildfires reached the coast; firefighters evacuated towns as strong winds kept blowing.",
			Entities: []string{"e-california", "e-calfire", "e-usa"}},
	}
	groups := map[string]int{}
	for s, members := range Cluster(docs, Options{}) {
		for _, m := range members {
			groups[docs[m].ID] = s
		}
	}
	if groups["nl1"] != groups["en1"] {
		t.Errorf("Dutch and English reports of one meeting split: %v", groups)
	}
	if groups["en2"] == groups["en1"] || groups["en2"] != groups["en3"] {
		t.Errorf("stories wrongly joined or split: %v", groups)
	}
	// Without entities, transliterated names still join the languages,
	// and keep the topics apart.
	for i := range docs {
		docs[i].Entities = nil
	}
	for s, members := range Cluster(docs, Options{}) {
		for _, m := range members {
			groups[docs[m].ID] = s
		}
	}
	if groups["nl1"] != groups["en1"] || groups["en2"] == groups["en1"] {
		t.Errorf("without entities: %v", groups)
	}
}

// TestSharedPlaceAndClubDoNotJoin checks that two articles that share a
// club and its city, and little else, stay apart, while the same club in
// an article about the same matter joins.
func TestSharedPlaceAndClubDoNotJoin(t *testing.T) {
	ents := func(text string, names ...string) ([]string, []string, []bool) {
		var ids, texts []string
		var place []bool
		for _, n := range names {
			for k := 0; k < strings.Count(text, n); k++ {
				ids = append(ids, "e-"+n)
				texts = append(texts, n)
				place = append(place, n == "Brakel")
			}
		}
		return ids, texts, place
	}
	texts := []string{
		"De gemeente Brakel wil dat Sportclub Brakel terugkeert naar het oude stadion aan de rivier. Het stadion moet worden verbouwd en de gemeente Brakel betaalt de verbouwing. Sportclub Brakel speelt nu nog buiten de stad. De raad stemt volgende maand over het stadion en de verbouwing.",
		"De politie heeft zaterdag in Brakel honderd supporters teruggestuurd voor de wedstrijd tegen Sportclub Brakel. Sportclub Brakel had de supporters geen kaart gegeven. In Brakel bleef het rustig rond het oude stadion, de supporters gingen met de trein terug. De club won de wedstrijd. Sportclub Brakel staat nu tweede.",
		"De raad van Brakel praat volgende maand over de terugkeer van Sportclub Brakel naar het oude stadion aan de rivier. Wie betaalt de verbouwing van het stadion, vraagt de raad zich af. De gemeente Brakel wil de verbouwing betalen als de club terugkeert.",
	}
	var docs []ClusterDoc
	for i, text := range texts {
		d := ClusterDoc{ID: fmt.Sprint(i), Date: 18000 + i, Lang: "nl", Text: text}
		d.Entities, d.EntityText, d.EntityPlace = ents(text, "Sportclub Brakel", "Brakel")
		docs = append(docs, d)
	}
	got := map[int]int{}
	for s, members := range Cluster(docs, Options{}) {
		for _, m := range members {
			got[m] = s
		}
	}
	if got[0] == got[1] {
		t.Errorf("the supporters sent home joined the stadium story: %v", got)
	}
	if got[0] != got[2] {
		t.Errorf("two articles on the stadium are apart: %v", got)
	}
}

func TestDateSpan(t *testing.T) {
	for _, c := range []struct {
		in        string
		from, to  string
		undefined bool
	}{
		{in: "2019-03-05", from: "2019-03-05", to: "2019-03-05"},
		{in: "2019-03-05T10:00:00Z", from: "2019-03-05", to: "2019-03-05"},
		{in: "2019-02", from: "2019-02-01", to: "2019-02-28"},
		{in: "2019-W10", from: "2019-03-04", to: "2019-03-10"},
		{in: "2019", from: "2019-01-01", to: "2019-12-31"},
		{in: "XXXX-03-05", undefined: true},
		{in: "", undefined: true},
		{in: "gisteren", undefined: true},
	} {
		f, l := DateSpan(c.in)
		if c.undefined {
			if f != NoDate || l != NoDate {
				t.Errorf("DateSpan(%q) = %d, %d, want NoDate", c.in, f, l)
			}
			continue
		}
		wf, _ := DateSpan(c.from)
		wl, _ := DateSpan(c.to)
		if f != wf || l != wl || f == NoDate {
			t.Errorf("DateSpan(%q) = %d, %d, want %d, %d", c.in, f, l, wf, wl)
		}
	}
}
