package storetest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// Fixture ids.
const (
	artNOS   = "nos-1"
	artNRC   = "nrc-1"
	artTel   = "tel-1"
	artBBC   = "bbc-1"
	artVK    = "vk-1"
	entLoek  = "E-loekasjenko"
	entPoet  = "E-poetin"
	entEU    = "E-eu"
	entBY    = "E-belarus"
	entMinsk = "E-minsk"
	story1   = "S-protest"
	story2   = "S-lening"
)

// Articles returns five small hand-written articles: four Dutch (one with
// only a month, one without a date) and one English. Each call returns
// fresh values.
func Articles() []*kroniek.Article {
	nosText := "In Minsk zijn zondagavond duizenden demonstranten de straat op gegaan na de verkiezingen. " +
		"President Aleksandr Loekasjenko claimde de overwinning met 80 procent van de stemmen.\n\n" +
		"De politie trad weer hard op. \u201cWij willen eerlijke verkiezingen\u201d, zei een demonstrant.\n\n" +
		"Volgens de oppositie is de uitslag vervalst."
	nosBody := strings.Replace(nosText, "\n\nDe politie", "\n\nFoto: ANP\n\nDe politie", 1)
	capStart := strings.Index(nosBody, "Foto: ANP")
	return []*kroniek.Article{
		{
			ID: artNOS, Source: "testdata/nos.txt", URL: "https://nos.example/1", Outlet: "NOS",
			Title:     "Duizenden demonstranten na verkiezingen in Belarus",
			Author:    "Redactie",
			Published: "2020-08-10", PublishedConfidence: 0.9, Lang: "nl", LangConfidence: 0.99,
			Body: nosBody, Text: nosText,
			Removed:  []kroniek.Removed{{Kind: kroniek.RemovedCaption, Text: "Foto: ANP", Start: capStart, End: capStart + len("Foto: ANP")}},
			Headings: []kroniek.Span{{Start: 0, End: 8}},
			Meta:     map[string]string{"section": "buitenland", "wordcount": "52"},
		},
		{
			ID: artNRC, Source: "testdata/nrc.txt", Outlet: "NRC",
			Title:     "EU dreigt met sancties tegen Minsk",
			Published: "2020-08-12", Lang: "nl",
			Text: "De Europese Unie wil onderhandelen met de oppositie in Belarus na de verkiezing. " +
				"Ministers dreigen met sancties tegen Loekasjenko, schreef de krant.\n\n" +
				"De EU trekt 53 miljoen euro uit voor het maatschappelijk middenveld.",
		},
		{
			ID: artTel, Source: "testdata/tel.txt", Outlet: "Telegraaf",
			Title:     "Poetin belooft Loekasjenko lening in Sotsji",
			Published: "2020-09", PublishedInferred: true, Lang: "nl",
			Text: "Vladimir Poetin heeft Loekasjenko in Sotsji een lening van 1,5 miljard dollar beloofd. " +
				"\u201cRusland laat Belarus niet vallen\u201d, zei Poetin.\n\nDe twee leiders spraken urenlang.",
		},
		{
			ID: artBBC, Source: "testdata/bbc.txt", Outlet: "BBC",
			Title:     "Protesters clash with police in Belarus",
			Published: "2020-08-11", Lang: "en",
			Text: "Thousands of protesters clashed with police in Minsk after the disputed election. " +
				"Lukashenko said the protests were organised from abroad.",
		},
		{
			ID: artVK, Source: "testdata/vk.txt", Outlet: "Volkskrant",
			Title: "Het weer: regen op komst", Lang: "nl",
			Text: "Na een droge week komt er morgen regen. De temperatuur daalt naar 15 graden.",
		},
	}
}

// span returns the byte offsets of the nth (0-based) occurrence of sub.
func span(t testing.TB, text, sub string, nth int) (int, int) {
	t.Helper()
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(text[off:], sub)
		if j < 0 {
			t.Fatalf("fixture: %q occurrence %d not in %.40q", sub, nth, text)
		}
		if i == nth {
			return off + j, off + j + len(sub)
		}
		off += j + len(sub)
	}
}

// analysisBuilder builds an analysis over one article's text.
type analysisBuilder struct {
	t        testing.TB
	text     string
	resolved bool
	an       *kroniek.Analysis
}

func newAnalysis(t testing.TB, a *kroniek.Article, resolved bool) *analysisBuilder {
	return &analysisBuilder{t: t, text: a.Text, resolved: resolved, an: &kroniek.Analysis{
		Article: a.ID, Locals: []kroniek.LocalEntity{}, Mentions: []kroniek.Mention{},
		Quotes: []kroniek.Quote{}, Amounts: []kroniek.Amount{}, Times: []kroniek.TimeRef{},
		Events: []kroniek.Event{},
	}}
}

// global returns id when the analysis is resolved, else "".
func (b *analysisBuilder) global(id string) string {
	if b.resolved {
		return id
	}
	return ""
}

func (b *analysisBuilder) globals(ids ...string) []string {
	if !b.resolved {
		return []string{}
	}
	return ids
}

func (b *analysisBuilder) mention(sub string, nth int, typ, local, entity string) *analysisBuilder {
	s, e := span(b.t, b.text, sub, nth)
	b.an.Mentions = append(b.an.Mentions, kroniek.Mention{Article: b.an.Article, Start: s, End: e,
		Text: sub, Type: typ, Local: local, Entity: b.global(entity)})
	return b
}

// standsFor sets what the last mention, a place used as an actor, stands
// for (a knowledge-base id, as resolve leaves it).
func (b *analysisBuilder) standsFor(kb string) *analysisBuilder {
	b.an.Mentions[len(b.an.Mentions)-1].StandsFor = kb
	return b
}

func (b *analysisBuilder) local(key, name, typ string) *analysisBuilder {
	b.an.Locals = append(b.an.Locals, kroniek.LocalEntity{Key: key, Name: name, Type: typ})
	return b
}

func (b *analysisBuilder) quote(sub, kind, local, speaker, speakerText, cue string) *analysisBuilder {
	s, e := span(b.t, b.text, sub, 0)
	b.an.Quotes = append(b.an.Quotes, kroniek.Quote{Article: b.an.Article, Start: s, End: e, Text: sub,
		Kind: kind, Speaker: b.global(speaker), SpeakerLocal: local, SpeakerText: speakerText, Cue: cue})
	return b
}

func (b *analysisBuilder) amount(sub string, value float64, unit, object string) *analysisBuilder {
	s, e := span(b.t, b.text, sub, 0)
	b.an.Amounts = append(b.an.Amounts, kroniek.Amount{Article: b.an.Article, Start: s, End: e, Text: sub,
		Value: value, Unit: unit, Object: object})
	return b
}

func (b *analysisBuilder) time(sub, value string) *analysisBuilder {
	s, e := span(b.t, b.text, sub, 0)
	b.an.Times = append(b.an.Times, kroniek.TimeRef{Article: b.an.Article, Start: s, End: e, Text: sub,
		Value: value, Kind: kroniek.TimeDate})
	return b
}

func (b *analysisBuilder) event(sentence, typ, date string, actor, recipient []string) *analysisBuilder {
	s, e := span(b.t, b.text, sentence, 0)
	id := fmt.Sprintf("ev-%s-%d", b.an.Article, len(b.an.Events))
	b.an.Events = append(b.an.Events, kroniek.Event{ID: id, Article: b.an.Article, Start: s, End: e,
		Type: typ, Mode: "", Actor: b.globals(actor...), Recipient: b.globals(recipient...),
		Date: date, Text: sentence, Confidence: 0.9, Shown: true})
	return b
}

// hidden marks the last event as not shown by default (Event.Shown).
func (b *analysisBuilder) hidden() *analysisBuilder {
	b.an.Events[len(b.an.Events)-1].Shown = false
	return b
}

// Analyses returns analyses of the first four articles (the fifth has
// none). With resolved, mentions, speakers and event actors carry global
// entity ids, as cross-document resolution leaves them.
func Analyses(t testing.TB, resolved bool) []*kroniek.Analysis {
	arts := Articles()
	nos := newAnalysis(t, arts[0], resolved).
		local("L1", "Minsk", kroniek.LOC).local("L2", "Aleksandr Loekasjenko", kroniek.PER).
		mention("Minsk", 0, kroniek.LOC, "L1", entMinsk).standsFor("country:BY").
		mention("Aleksandr Loekasjenko", 0, kroniek.PER, "L2", entLoek).
		quote("Wij willen eerlijke verkiezingen", kroniek.QuoteDirect, "", "", "een demonstrant", "zei").
		amount("80 procent", 80, "PCT", "stemmen").
		time("zondagavond", "2020-08-09").
		event("In Minsk zijn zondagavond duizenden demonstranten de straat op gegaan na de verkiezingen.",
			"PROTEST", "2020-08-09", nil, nil)
	nrc := newAnalysis(t, arts[1], resolved).
		local("L1", "Europese Unie", kroniek.ORG).local("L2", "Belarus", kroniek.LOC).
		local("L3", "Loekasjenko", kroniek.PER).
		mention("Europese Unie", 0, kroniek.ORG, "L1", entEU).
		mention("Belarus", 0, kroniek.LOC, "L2", entBY).
		mention("Loekasjenko", 0, kroniek.PER, "L3", entLoek).
		mention("EU", 0, kroniek.ORG, "L1", entEU).
		amount("53 miljoen euro", 53e6, "EUR", "").
		event("Ministers dreigen met sancties tegen Loekasjenko, schreef de krant.",
			"THREATEN", "2020-08-12", []string{entEU}, []string{entLoek})
	tel := newAnalysis(t, arts[2], resolved).
		local("L1", "Vladimir Poetin", kroniek.PER).local("L2", "Loekasjenko", kroniek.PER).
		local("L3", "Sotsji", kroniek.LOC).local("L4", "Belarus", kroniek.LOC).
		mention("Vladimir Poetin", 0, kroniek.PER, "L1", entPoet).
		mention("Loekasjenko", 0, kroniek.PER, "L2", entLoek).
		mention("Sotsji", 0, kroniek.LOC, "L3", "").
		mention("Belarus", 0, kroniek.LOC, "L4", entBY).
		mention("Poetin", 1, kroniek.PER, "L1", entPoet).
		quote("Rusland laat Belarus niet vallen", kroniek.QuoteDirect, "L1", entPoet, "Poetin", "zei").
		amount("1,5 miljard dollar", 1.5e9, "USD", "lening").
		event("Vladimir Poetin heeft Loekasjenko in Sotsji een lening van 1,5 miljard dollar beloofd.",
			"AID", "2020-09-14", []string{entPoet}, []string{entLoek})
	bbc := newAnalysis(t, arts[3], resolved).
		local("L1", "Minsk", kroniek.LOC).local("L2", "Lukashenko", kroniek.PER).
		mention("Minsk", 0, kroniek.LOC, "L1", entMinsk).standsFor("country:RU"). // no entity carries this link
		mention("Lukashenko", 0, kroniek.PER, "L2", entLoek).
		quote("the protests were organised from abroad", kroniek.QuoteIndirect, "L2", entLoek, "Lukashenko", "said").
		event("Thousands of protesters clashed with police in Minsk after the disputed election.",
			"PROTEST", "2020-08-10", nil, nil).hidden()
	return []*kroniek.Analysis{nos.an, nrc.an, tel.an, bbc.an}
}

// Corpus returns the cross-document result over the fixtures: five
// entities, two stories, links for four articles, resolved analyses.
func Corpus(t testing.TB) *kroniek.Corpus {
	return &kroniek.Corpus{
		Entities: []*kroniek.Entity{
			{ID: entLoek, Name: "Aleksandr Loekasjenko", Type: kroniek.PER, Country: "BY",
				Aliases: []string{"Loekasjenko", "Lukashenko"}, Count: 4},
			{ID: entPoet, Name: "Vladimir Poetin", Type: kroniek.PER, Country: "RU",
				Aliases: []string{"Poetin"}, Count: 2},
			{ID: entEU, Name: "Europese Unie", Type: kroniek.ORG, Aliases: []string{"EU"}, Count: 2},
			{ID: entBY, Name: "Belarus", Type: kroniek.LOC, Country: "BY", KB: "country:BY", Aliases: []string{"Wit-Rusland"}, Count: 2},
			{ID: entMinsk, Name: "Minsk", Type: kroniek.LOC, Country: "BY", Aliases: []string{}, Count: 2},
		},
		Analyses: Analyses(t, true),
		Links: []kroniek.ArticleLink{
			{Article: artNOS, Story: story1},
			{Article: artNRC, Story: story1},
			{Article: artBBC, Story: story1, Similarity: 0.4},
			{Article: artTel, Story: story2},
		},
		Stories: []*kroniek.Story{
			{ID: story1, Title: "Protesten in Belarus", Articles: []string{artNOS, artBBC, artNRC},
				Start: "2020-08-10", End: "2020-08-12", Outlets: []string{"BBC", "NOS", "NRC"},
				Summary: []string{"Na de verkiezingen gingen duizenden de straat op."},
				Timeline: []kroniek.TimelineItem{
					{Date: "2020-08-09", Text: "Demonstraties in Minsk", Articles: []string{artNOS, artBBC}, Kind: "PROTEST"},
				}},
			{ID: story2, Title: "Poetin belooft lening", Articles: []string{artTel},
				Start: "2020-09", End: "2020-09"},
		},
	}
}
