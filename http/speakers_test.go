package http_test

import (
	"encoding/json"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// speakerOrderStory is one article quoting a named speaker once, a
// described one ("een van hen") twice and an unknown one three times.
func speakerOrderStory() ([]*kroniek.Article, *kroniek.Corpus) {
	text := "Jansen zei: ,,Wij gaan door.'' Een van hen zei: ,,Het einde is nabij.'' En: ,,Zij is weg.'' " +
		",,Eén.'' ,,Twee.'' ,,Drie.''"
	var qs []kroniek.Quote
	for _, q := range []struct{ words, speaker, text string }{
		{"Wij gaan door.", "e-jansen", "Jansen"},
		{"Het einde is nabij.", "", "Een van hen"},
		{"Zij is weg.", "", "een van hen"},
		{"Eén.", "", ""}, {"Twee.", "", ""}, {"Drie.", "", ""},
	} {
		start := strings.Index(text, q.words)
		qs = append(qs, kroniek.Quote{Article: "a1", Start: start, End: start + len(q.words), Text: q.words, Kind: "direct",
			Speaker: q.speaker, SpeakerText: q.text})
	}
	arts := []*kroniek.Article{{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Vergadering", Published: "2020-03-03", Lang: "nl", Text: text, Story: "s1"}}
	return arts, &kroniek.Corpus{
		Entities: []*kroniek.Entity{{ID: "e-jansen", Name: "Piet Jansen", Type: kroniek.PER, Aliases: []string{"Jansen"}}},
		Analyses: []*kroniek.Analysis{{Article: "a1", Genre: "news", Quotes: qs}},
		Links:    []kroniek.ArticleLink{{Article: "a1", Story: "s1"}},
		Stories:  []*kroniek.Story{{ID: "s1", Title: "Vergadering", Articles: []string{"a1"}, Start: "2020-03-03", End: "2020-03-03"}},
	}
}

// TestSpeakersNamedFirst: the story page lists named speakers first,
// then those the article only describes ("een van hen"), then the
// unknown ones, whatever their number of quotes: a vague speaker with
// two quotes does not stand before a named one with one.
func TestSpeakersNamedFirst(t *testing.T) {
	arts, c := speakerOrderStory()
	h := storeServer(t, arts, c)
	_, body, _ := get(t, h, "/stories/s1?ui=en")
	i := strings.Index(body, `<section id="quotes">`)
	if i < 0 {
		t.Fatal("no quotes section")
	}
	sec := body[i:]
	sec = sec[:strings.Index(sec, "</section>")]
	named, vague, unknown := strings.Index(sec, "Piet Jansen"), strings.Index(sec, "Een van hen"), strings.Index(sec, "unknown speaker")
	if named < 0 || vague < 0 || unknown < 0 || !(named < vague && vague < unknown) {
		t.Errorf("speakers at %d (named), %d (described), %d (unknown): want that order\n%s", named, vague, unknown, sec)
	}
}

// jointStory is one article in which a party and a person say one thing
// together: "De Partij voor de Bomen en Anna Vos zeggen dat …".
func jointStory() ([]*kroniek.Article, *kroniek.Corpus) {
	text := "De Partij voor de Bomen en Anna Vos zeggen dat het park blijft."
	words := "het park blijft"
	start := strings.Index(text, words)
	vos := strings.Index(text, "Anna Vos")
	q := kroniek.Quote{Article: "a1", Start: start, End: start + len(words), Text: words, Kind: kroniek.QuoteIndirect,
		Speaker: "e-bomen", SpeakerText: "Partij voor de Bomen", SpeakerStart: 3, SpeakerEnd: 23, Cue: "zeggen",
		CoSpeakers: []kroniek.CoSpeaker{{ID: "e-vos", Text: "Anna Vos", Start: vos, End: vos + len("Anna Vos")}}}
	arts := []*kroniek.Article{{ID: "a1", Source: "a1.txt", Outlet: "Krant", Title: "Park", Published: "2020-03-03", Lang: "nl", Text: text, Story: "s1"}}
	return arts, &kroniek.Corpus{
		Entities: []*kroniek.Entity{{ID: "e-bomen", Name: "Partij voor de Bomen", Type: kroniek.ORG}, {ID: "e-vos", Name: "Anna Vos", Type: kroniek.PER}},
		Analyses: []*kroniek.Analysis{{Article: "a1", Genre: "news", Quotes: []kroniek.Quote{q}}},
		Links:    []kroniek.ArticleLink{{Article: "a1", Story: "s1"}},
		Stories:  []*kroniek.Story{{ID: "s1", Title: "Park", Articles: []string{"a1"}, Start: "2020-03-03", End: "2020-03-03"}},
	}
}

// TestJointSpeakers: a quote of two named parties shows both, "A en B"
// on the Dutch story page and "A and B" on the English one, both in the
// article page's highlight, and the API gives the second as co_speakers.
func TestJointSpeakers(t *testing.T) {
	arts, c := jointStory()
	h := storeServer(t, arts, c)
	tags := regexp.MustCompile(`<[^>]*>`)
	for ui, want := range map[string]string{"nl": "Partij voor de Bomen en Anna Vos", "en": "Partij voor de Bomen and Anna Vos"} {
		_, body, _ := get(t, h, "/stories/s1?ui="+ui)
		if !strings.Contains(tags.ReplaceAllString(body, ""), want) {
			t.Errorf("story page (%s) does not show %q", ui, want)
		}
		// Each name of the joint group leads to its own page.
		for _, link := range []string{`href="/entities/e-bomen">Partij voor de Bomen</a>`, `href="/entities/e-vos">Anna Vos</a>`} {
			if !strings.Contains(body, link) {
				t.Errorf("story page (%s): joint speakers without the link %s", ui, link)
			}
		}
	}
	if _, body, _ := get(t, h, "/articles/a1?ui=nl"); !strings.Contains(body, "Partij voor de Bomen (Partij voor de Bomen) en Anna Vos") {
		t.Errorf("article page does not name both speakers")
	}
	_, body, _ := get(t, h, "/api/quotes?article=a1")
	var got struct {
		Items []kroniek.Quote `json:"items"`
	}
	if err := json.Unmarshal([]byte(body), &got); err != nil || len(got.Items) != 1 || got.Items[0].Speaker != "e-bomen" ||
		len(got.Items[0].CoSpeakers) != 1 || got.Items[0].CoSpeakers[0].ID != "e-vos" {
		t.Errorf("API quote without both speakers (%v): %s", err, body)
	}
}

// TestJointSpeakerEntityPages: a joint quote is on the page of each of
// its speakers, said "samen met" the other, and the API lists it under
// either speaker once.
func TestJointSpeakerEntityPages(t *testing.T) {
	arts, c := jointStory()
	h := storeServer(t, arts, c)
	for id, other := range map[string]string{"e-vos": "Partij voor de Bomen", "e-bomen": "Anna Vos"} {
		_, body, _ := get(t, h, "/entities/"+id+"?ui=nl")
		i := strings.Index(body, `<section id="quotes">`)
		if i < 0 {
			t.Errorf("%s: no quotes section", id)
			continue
		}
		sec := body[i:]
		sec = sec[:strings.Index(sec, "</section>")]
		if !strings.Contains(sec, "het park blijft") || !strings.Contains(sec, "samen met") || !strings.Contains(sec, other) {
			t.Errorf("%s: quote not shown as said together with %s:\n%s", id, other, sec)
		}
		var page struct {
			Items []kroniek.Quote `json:"items"`
			Total int             `json:"total"`
		}
		_, api, _ := get(t, h, "/api/quotes?speaker="+id)
		if err := json.Unmarshal([]byte(api), &page); err != nil || page.Total != 1 || len(page.Items) != 1 {
			t.Errorf("/api/quotes?speaker=%s: %v %s; want the joint quote once", id, err, api)
		}
		var ent struct {
			Quotes []kroniek.Quote   `json:"quotes"`
			Names  map[string]string `json:"entity_names"`
		}
		_, api, _ = get(t, h, "/api/entities/"+id)
		if err := json.Unmarshal([]byte(api), &ent); err != nil || len(ent.Quotes) != 1 || !slices.Contains(slices.Collect(maps.Values(ent.Names)), other) {
			t.Errorf("/api/entities/%s: %v %s; want the joint quote and %s's name", id, err, api, other)
		}
		_, csv, _ := get(t, h, "/entities/"+id+"/quotes.csv")
		if !strings.HasSuffix(strings.SplitN(csv, "\n", 2)[0], ",co_speakers") || !strings.Contains(csv, "het park blijft") || !strings.Contains(csv, ",Anna Vos") {
			t.Errorf("/entities/%s/quotes.csv does not name the co-speaker:\n%s", id, csv)
		}
	}
}
