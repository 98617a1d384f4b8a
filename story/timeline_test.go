package story

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestTimelineBackgroundAndPlans: a fact years older than the story is
// background, a date after the reporting article a plan, a month-precise
// date a timeline entry.
func TestTimelineBackgroundAndPlans(t *testing.T) {
	text := "Na de annexatie van de Krim in 2014 koos Belarus een eigen koers tussen Oost en West. " +
		"De presidentsverkiezingen van 9 augustus 2020 leidden tot grote protesten in Minsk. " +
		"In augustus 2020 belde Loekasjenko twee keer met Poetin over de onrust in zijn land. " +
		"Op 1 oktober 2020 beslissen de Europese regeringsleiders over sancties tegen Belarus."
	at := func(s string) (int, int) { i := strings.LastIndex(text, s); return i, i + len(s) }
	tr := func(s, value, gran string) kroniek.TimeRef {
		a, b := at(s)
		return kroniek.TimeRef{Article: "a", Start: a, End: b, Text: s, Value: value, Kind: kroniek.TimeDate, Granularity: gran}
	}
	an := &kroniek.Analysis{Article: "a", Times: []kroniek.TimeRef{
		tr("2014", "2014", "year"), tr("9 augustus 2020", "2020-08-09", kroniek.GranDay),
		tr("augustus 2020", "2020-08", "month"), tr("1 oktober 2020", "2020-10-01", kroniek.GranDay),
	}}
	articles := []*kroniek.Article{{ID: "a", Lang: "nl", Published: "2020-09-14", Title: "Belarus", Text: text}}
	_, stories := Build(articles, []*kroniek.Analysis{an}, nil, Options{})
	s := stories[0]
	got := map[string]kroniek.TimelineItem{}
	for _, it := range s.Timeline {
		got[it.Date] = it
	}
	if _, ok := got["2020-08-09"]; !ok {
		t.Errorf("no entry for the election: %+v", s.Timeline)
	}
	if _, ok := got["2020-08"]; !ok {
		t.Errorf("no month-precise entry: %+v", s.Timeline)
	}
	if it, ok := got["2020-10-01"]; !ok || !it.Plan {
		t.Errorf("the decision of 1 October is not a plan: %+v", s.Timeline)
	}
	if len(s.Background) != 1 || s.Background[0].Date != "2014" || !s.Background[0].Background {
		t.Errorf("background %+v, want the fact of 2014", s.Background)
	}
	for _, it := range s.Timeline {
		if it.Date == "2014" {
			t.Errorf("background fact in the timeline: %+v", it)
		}
	}
}

// TestTimelineCentralEventType: a dated sentence in words of its own that
// reports an event of a type the story keeps reporting is on its timeline
// (in the seeds, the protest of 13 September scores 0.02 on words alone).
func TestTimelineCentralEventType(t *testing.T) {
	a := "Loekasjenko en Poetin spraken maandag in Sotsji over een lening aan Belarus. Loekasjenko zocht steun bij Poetin na de protesten in Minsk tegen de verkiezingsuitslag. Poetin beloofde Loekasjenko een lening."
	b := "Loekasjenko reisde naar Sotsji voor een gesprek met Poetin over steun aan Belarus. Afgelopen zondag gingen meer dan honderdduizend mensen voor de zesde week op rij de straat op. Poetin zegde Loekasjenko een lening toe in Sotsji."
	sunday := "Afgelopen zondag"
	at := strings.Index(b, sunday)
	end := strings.Index(b[at:], ".") + at + 1
	protest := func(article string, start, stop int, date string) kroniek.Event {
		return kroniek.Event{Article: article, Start: start, End: stop, Type: "PROTEST", Date: date}
	}
	ans := []*kroniek.Analysis{
		{Article: "a", Events: []kroniek.Event{protest("a", 78, 160, "2020-09-14")}},
		{Article: "b", Times: []kroniek.TimeRef{{Article: "b", Start: at, End: at + len(sunday), Text: sunday, Value: "2020-09-13",
			Kind: kroniek.TimeDate, Granularity: kroniek.GranDay, Relative: true}},
			Events: []kroniek.Event{protest("b", at, end, "2020-09-13")}},
	}
	articles := []*kroniek.Article{
		{ID: "a", Lang: "nl", Published: "2020-09-15", Title: "Poetin steunt Loekasjenko", Text: a},
		{ID: "b", Lang: "nl", Published: "2020-09-15", Title: "Loekasjenko in Sotsji", Text: b},
	}
	_, stories := Build(articles, ans, nil, Options{})
	if len(stories) != 1 {
		t.Fatalf("got %d stories, want 1", len(stories))
	}
	found := false
	for _, it := range stories[0].Timeline {
		found = found || it.Date == "2020-09-13"
	}
	if !found {
		t.Errorf("the protest of 13 September is not on the timeline: %+v", stories[0].Timeline)
	}
}

func TestYearAfterPreposition(t *testing.T) {
	checkPredicate(t, "yearAfterPreposition", func(text string) bool { return yearAfterPreposition(text, strings.IndexAny(text, "0123456789")) }, map[string]bool{
		"In 2014 sloot de fabriek.":                            true,
		"De fabriek is sinds 2011 dicht.":                      true,
		"Nederlanders kochten meer planten dan in 2017.":       false,
		"De normen zijn, net als in 2017, versoepeld.":         false,
		"Voor 2010 kwam dat nooit voor.":                       false,
		"Een Feyenoordshirt van de Uefa Cupwinnaars van 2002.": false,
		// a superlative before "sinds" measures against the year
		"De club haalde de laagste score sinds 2004.":      false,
		"De export kende de snelste groei sinds 1996.":     false,
		"De ploeg won voor het eerst sinds 1988 de beker.": false,
		"De vereniging bestaat sinds 1988.":                true,
	})
}

// TestWeekdayNight checks that a weekday's night is dated by the day
// after it, when what the news reports of it mostly happened.
func TestWeekdayNight(t *testing.T) {
	checkPredicate(t, "weekdayNight", weekdayNight.MatchString, map[string]bool{
		"zaterdagnacht": true, "Zondagnacht": true, "zaterdagavond": false, "nacht": false,
	})
	if got := nextDay("2019-03-31"); got != "2019-04-01" {
		t.Errorf("nextDay = %s", got)
	}
}

// TestTimelineNamedMonthsAndAttributions: a named month whose year timex
// guessed ("in oktober") is a timeline date, a month counted from the
// report ("drie maanden geleden") is not; nor is a named month inside a
// narrative of another year, nor a deadline ("voor juli"). A sentence
// that only attributes the one before ("Dat heeft … gisteren gezegd")
// enters with that sentence, which tells the fact. A section label run
// into a sentence ("lion air - De Boeing …") is no part of its entry.
func TestTimelineNamedMonthsAndAttributions(t *testing.T) {
	text := "Boeing zit in zwaar weer na de crash van de Boeing 737 Max van Ethiopian Airlines.\n" +
		"lion air - De Boeing 737 Max van Lion Air die in oktober verongelukte, had een dag eerder al problemen met de Boeing software. " +
		"Drie maanden geleden kreeg de Boeing 737 Max van Lion Air opnieuw problemen met de software. " +
		"Het aantal klachten over de software van de Boeing 737 Max is de duizend gepasseerd. " +
		"Dat heeft toezichthouder FAA gisteren gezegd over de Boeing 737 Max. " +
		"In februari 2011 begon Boeing aan de software van de 737 Max. In mei kreeg Boeing de eerste bestelling van de 737 Max. " +
		"De FAA moet de software van de Boeing 737 Max voor juli goedkeuren."
	tr := func(s, value, gran string) kroniek.TimeRef {
		i := strings.Index(text, s)
		return kroniek.TimeRef{Article: "a", Start: i, End: i + len(s), Text: s, Value: value, Kind: kroniek.TimeDate, Granularity: gran, Relative: true}
	}
	an := &kroniek.Analysis{Article: "a", Times: []kroniek.TimeRef{
		tr("oktober", "2018-10", kroniek.GranMonth), tr("Drie maanden geleden", "2018-12", kroniek.GranMonth),
		tr("gisteren", "2019-03-19", kroniek.GranDay), tr("mei", "2018-05", kroniek.GranMonth), tr("juli", "2019-07", kroniek.GranMonth),
	}}
	an.Times = append(an.Times, kroniek.TimeRef{Article: "a", Start: strings.Index(text, "februari 2011"), End: strings.Index(text, "februari 2011") + len("februari 2011"),
		Text: "februari 2011", Value: "2011-02", Kind: kroniek.TimeDate, Granularity: kroniek.GranMonth})
	articles := []*kroniek.Article{{ID: "a", Lang: "nl", Published: "2019-03-20", Title: "Boeing 737 Max", Text: text}}
	_, stories := Build(articles, []*kroniek.Analysis{an}, nil, Options{})
	got := map[string]string{}
	// October is five months before the report: it stands under Before
	// (beforeDays), dated all the same.
	for _, it := range append(stories[0].Timeline, stories[0].Background...) {
		got[it.Date] = it.Text
	}
	if !strings.HasPrefix(got["2018-10"], "De Boeing 737 Max van Lion Air die in oktober verongelukte") {
		t.Errorf("no entry for the named month of October, or with its section label: %q", got)
	}
	for _, date := range []string{"2018-12", "2018-05", "2019-07"} {
		if text, ok := got[date]; ok {
			t.Errorf("entry at %s (a counted month, another year's narrative or a deadline): %q", date, text)
		}
	}
	if !strings.HasPrefix(got["2019-03-19"], "Het aantal klachten") || !strings.Contains(got["2019-03-19"], "Dat heeft toezichthouder FAA gisteren gezegd") {
		t.Errorf("the attribution enters without the fact it attributes: %q", got["2019-03-19"])
	}
}

func TestDeicticAndAttributes(t *testing.T) {
	for expr, want := range map[string]bool{"gisteren": true, "vijf maanden eerder": true, "vorige week": true,
		"oktober": false, "zaterdag 27 april": false, "eind december": false, "Begin januari": false, "in mei": false, "Jan": true} {
		if got := deictic(expr, kroniek.TimeRef{Start: 0, End: len(expr), Relative: true}); got != want {
			t.Errorf("deictic(%q) = %v, want %v", expr, got, want)
		}
	}
	if deictic("oktober", kroniek.TimeRef{Start: 0, End: 7}) {
		t.Error("a time expression with a year of its own is deictic")
	}
	checkPredicate(t, "attributes", attributes, map[string]bool{
		"Dat heeft het ministerie gisteren gezegd.":          true,
		"Dit maakte de kerk dinsdag bekend.":                 true,
		"Dat bleek vrijdag op een pro-formazitting.":         true,
		"Dat eiste de officier van justitie gisteren.":       true,
		"Dat China interesse heeft, bleek al in 1999.":       false,
		"Dat voorstel werd maandag omarmd door de commissie": false,
		"Het ministerie heeft dat gisteren gezegd.":          false,
	})
}

// TestLeans: sentences that need the one before them to be understood on
// a timeline (the kinds of the independent timeline audit, seed 11115),
// and look-alikes that do not.
func TestLeans(t *testing.T) {
	checkPredicate(t, "leans", leans, map[string]bool{
		"Dat voorstel werd maandag omarmd door de commissie.":                                          true,
		"Dat betekent ook dat ze een lang uitstel moet vragen.":                                        true,
		"Dit omdat de aanhang vuurwerk afstak in december.":                                            true,
		"Die werkzaamheden staan gepland voor 23 april.":                                               true,
		"Hij is gisteren aangehouden.":                                                                 true,
		"Vandaag gaat hij weer werken, op het gemeentekantoor.":                                        true,
		"Verkiezingswinnaar Water Natuurlijk kwam gisteren met die verrassende keus.":                  true,
		"Dat China interesse heeft, bleek al in 1999.":                                                 false,
		"Dat de regering valt, verwacht niemand.":                                                      false,
		"Deze week stemt de Tweede Kamer over het plan.":                                               false,
		"Dit jaar viel de beslissing in maart.":                                                        false,
		"De gemeenteraad stemde dinsdag in met het plan voor de haven.":                                false,
		"Minister Hoekstra van Financiën heeft gisteren zijn plan gepresenteerd.":                      false,
		"Dinsdag togen de bewoners naar de Eerste Kamer, om die er met een petitie van te overtuigen.": false,
	})
}

// TestClipShowing: an entry clipped to 200 runes keeps the dated
// sentence to its end, up to twice the length; a text without the time
// expression clips as before.
func TestClipShowing(t *testing.T) {
	long := strings.Repeat("De raad sprak lang over de begroting van het komende jaar. ", 4) + "Zondagavond stemde de raad in met het plan."
	got := clipShowing(long, "Zondagavond", strings.Index(long, "Zondagavond"), 200)
	if got != long {
		t.Errorf("the dated sentence is clipped: %q", got)
	}
	if got := clipShowing(long, "", 0, 200); got != clipWords(long, 200) {
		t.Errorf("without an expression: %q", got)
	}
	if got := clipShowing(long, "Maandagavond", 0, 200); got != clipWords(long, 200) {
		t.Errorf("an expression not in the text changes the clip: %q", got)
	}
	far := strings.Repeat("De raad sprak lang over de begroting van het komende jaar. ", 9) + "Zondagavond stemde de raad in."
	if got := clipShowing(far, "Zondagavond", strings.Index(far, "Zondagavond"), 200); len([]rune(got)) > 401 {
		t.Errorf("clipped beyond twice the length: %d runes", len([]rune(got)))
	}
}

// TestTimelineBeforeCoverage: a fact months before the story's first
// article (more than beforeDays) stands under Before, not in the
// timeline, whose entries are the days the story unfolds; a fact weeks
// before stays in the timeline.
func TestTimelineBeforeCoverage(t *testing.T) {
	text := "In oktober 2018 sloot de fabriek in Tilburg de poorten voor de werknemers van de nachtploeg. " +
		"Op 2 februari 2019 begon de staking van de werknemers bij de fabriek in Tilburg. " +
		"Op 18 maart 2019 stemden de werknemers van de fabriek in Tilburg in met een nieuw loonbod."
	tr := func(s, value, gran string) kroniek.TimeRef {
		i := strings.Index(text, s)
		return kroniek.TimeRef{Article: "a", Start: i, End: i + len(s), Text: s, Value: value, Kind: kroniek.TimeDate, Granularity: gran}
	}
	an := &kroniek.Analysis{Article: "a", Times: []kroniek.TimeRef{tr("oktober 2018", "2018-10", kroniek.GranMonth),
		tr("2 februari 2019", "2019-02-02", kroniek.GranDay), tr("18 maart 2019", "2019-03-18", kroniek.GranDay)}}
	articles := []*kroniek.Article{{ID: "a", Lang: "nl", Published: "2019-03-19", Title: "Fabriek", Text: text}}
	_, stories := Build(articles, []*kroniek.Analysis{an}, nil, Options{})
	s := stories[0]
	var line, before []string
	for _, it := range s.Timeline {
		line = append(line, it.Date)
	}
	for _, it := range s.Background {
		before = append(before, it.Date)
	}
	if strings.Join(line, " ") != "2019-02-02 2019-03-18" || strings.Join(before, " ") != "2018-10" {
		t.Errorf("timeline %v, before %v; want [2019-02-02 2019-03-18] and [2018-10]", line, before)
	}
}
