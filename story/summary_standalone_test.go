package story

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// Sentences here are invented for these tests.

// TestKindSubject: a body called by its kind with nothing but an article
// as the main subject leans on the sentence before, even in a sentence
// that names other things; one said which does not.
func TestKindSubject(t *testing.T) {
	syn, err := loadSyntax()
	if err != nil {
		t.Fatalf("load syntax: %v", err)
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"De partij heeft nu vijf zetels in de gemeenteraad van Almelo.", true},
		{"Het bedrijf opent volgend jaar een fabriek in Polen.", true},
		{"De partij van de burgemeester heeft nu vijf zetels in de gemeenteraad.", false},
		{"Het Amsterdamse bedrijf opent volgend jaar een fabriek in Polen.", false},
		{"De gemeente opent volgend jaar een zwembad in Almelo.", false},
	} {
		d := nl.Parse(c.text, nl.Options{})
		syn.Annotate(d)
		if got := kindSubject(d, 0); got != c.want {
			var b strings.Builder
			for _, tk := range d.Tokens {
				b.WriteString(tk.Text + "/" + tk.Rel + " ")
			}
			t.Errorf("kindSubject(%q) = %v, want %v (%s)", c.text, got, c.want, b.String())
		}
	}
}

// TestSummaryOpeners: openings that point to the sentences before.
func TestSummaryOpeners(t *testing.T) {
	for text, want := range map[string]bool{
		"Zijn vertrek kwam voor de fractie als een verrassing.":            true,
		"Haar pogingen om de school open te houden, liepen op niets uit.":  true,
		"Zijn er nog kaarten voor het concert.":                            false,
		"Ter vergelijking: de buurgemeente bouwt er tweehonderd per jaar.": true,
		"Waar het nieuwe station komt, wil de wethouder niet zeggen.":      true,
		"De wethouder wil niet zeggen waar het nieuwe station komt.":       false,
		"De gemeente heeft dus geen geld voor het nieuwe zwembad.":         true,
		"Het blijkt ook uit de cijfers van het waterschap over april.":     true,
		"Het blijkt uit de cijfers van het waterschap dat de dijk zakt.":   false,
		"Een aantal van hen werd vorige week ontslagen.":                   true,
		"Een aantal leerlingen van hun school is ziek.":                    false,
		"Toen de brug dichtging, reed de bus een uur om.":                  false,
		"Toen Jansen in mei vertrok, zocht de club een opvolger.":          false,
		"Toen reed de bus een uur om.":                                     true,
		"Toen hij de bus zag, rende hij naar de halte.":                    true,
		"Aanleiding is een brief van de wethouder over het zwembad.":       true,
		"De reden was een lek in de leiding van het zwembad.":              true,
		"Redenen genoeg om het zwembad te sluiten, vindt de wethouder.":    false,
	} {
		if got := possessiveOpener(text) || pointingStart(text) || dependent(text); got != want {
			t.Errorf("opener(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestCapsKicker: a label in capitals before a dash is cut when a
// sentence opens after it, not between two names.
func TestCapsKicker(t *testing.T) {
	for in, want := range map[string]string{
		"ANALYSE - De gemeente zet het plan voor de brug door.":   "De gemeente zet het plan voor de brug door.",
		"NAVO - Het bondgenootschap vergadert morgen in Brussel.": "Het bondgenootschap vergadert morgen in Brussel.",
		"PSV - Ajax eindigde gisteren in een gelijkspel.":         "PSV - Ajax eindigde gisteren in een gelijkspel.",
		"e-bikes - De verkoop van elektrische fietsen stijgt.":    "De verkoop van elektrische fietsen stijgt.",
	} {
		if got := stripKicker(in); got != want {
			t.Errorf("stripKicker(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSummaryNewsFirst: the summary opens with the most central lead
// that reads on its own, not with an older article's sentence that leans
// on the one before; a lead two papers of the story print alike is no
// standing text; a place run into the lead as a dateline is left off.
func TestSummaryNewsFirst(t *testing.T) {
	a := "De gemeenteraad van Almelo debatteerde dinsdag over een nieuw zwembad. Het oude bad aan de Kanaalweg is versleten. " +
		"Hij wees erop dat de kosten van het zwembad zijn gestegen tot twaalf miljoen euro. Ter vergelijking: het zwembad van Hengelo kostte acht miljoen euro."
	lead := "Het college van Almelo bouwt toch een nieuw zwembad van twaalf miljoen euro aan de Kanaalweg."
	b := "Almelo " + lead + " De wethouder maakte het besluit gisteren bekend na een lang debat over het zwembad in de raad."
	c := lead + " Zwemclubs uit de stad zijn blij met het besluit over het zwembad van twaalf miljoen euro."
	articles := []*kroniek.Article{
		{ID: "a", Lang: "nl", Published: "2020-03-03", Title: "Debat over zwembad Almelo", Text: a},
		{ID: "b", Lang: "nl", Published: "2020-03-10", Title: "Almelo bouwt nieuw zwembad", Text: b},
		{ID: "c", Lang: "nl", Published: "2020-03-10", Title: "Zwembad Almelo komt er", Text: c},
	}
	ans := []*kroniek.Analysis{{Article: "a"}, {Article: "b", Mentions: []kroniek.Mention{
		{Article: "b", Start: 0, End: len("Almelo"), Text: "Almelo", Type: kroniek.LOC}}}, {Article: "c"}}
	_, stories := Build(articles, ans, nil, clauseOptions(t))
	if len(stories) != 1 {
		t.Fatalf("got %d stories, want 1", len(stories))
	}
	s := stories[0].Summary
	if len(s) == 0 || s[0] != lead {
		t.Errorf("summary does not open with the news lead: %q", s)
	}
	for _, line := range s {
		if strings.HasPrefix(line, "Hij ") || strings.HasPrefix(line, "Ter vergelijking") || strings.HasPrefix(line, "Almelo Het") {
			t.Errorf("summary line that does not read on its own: %q", line)
		}
	}
}

// TestElsewhere: a sentence only the story's own articles print alike is
// its news told twice; one an article outside it prints too is standing
// text.
func TestElsewhere(t *testing.T) {
	text := "Het college bouwt toch een nieuw zwembad aan de Kanaalweg."
	b := &builder{recurring: map[string][]int{text: {0, 2}}}
	if b.elsewhere(text, []*member{{i: 0}, {i: 2}}) {
		t.Errorf("a sentence of the story's own two articles counted as standing text")
	}
	if !b.elsewhere(text, []*member{{i: 0}, {i: 1}}) {
		t.Errorf("a sentence an article outside the story prints too counted as the story's own")
	}
	if b.elsewhere("Zwemclubs zijn blij met het besluit.", []*member{{i: 0}}) {
		t.Errorf("a sentence of one article counted as standing text")
	}
}

// TestDateline: a tagged place run into the start of a sentence before a
// word only a sentence opens with is a dateline; a place before a name
// that opens with an article is not.
func TestDateline(t *testing.T) {
	syn, err := loadSyntax()
	if err != nil {
		t.Fatalf("load syntax: %v", err)
	}
	for _, c := range []struct {
		text, place string
		want        int
	}{
		{"Den Helder In Den Helder brandde gisteren een loods af.", "Den Helder", len("Den Helder ")},
		{"Almelo Het college bouwt toch een nieuw zwembad aan de Kanaalweg.", "Almelo", len("Almelo ")},
		{"Utrecht De Uithof krijgt volgend jaar een nieuw station.", "Utrecht", 0},
		{"Almelo bouwt toch een nieuw zwembad aan de Kanaalweg.", "Almelo", 0},
		{"Almelo, De Kanaalweg is dicht.", "Almelo", 0},
	} {
		d := nl.Parse(c.text, nl.Options{})
		syn.Annotate(d)
		an := &kroniek.Analysis{Mentions: []kroniek.Mention{{Start: 0, End: len(c.place), Text: c.place, Type: kroniek.LOC}}}
		if got := dateline(d, an, 0); got != c.want {
			t.Errorf("dateline(%q) = %d, want %d", c.text, got, c.want)
		}
		if got := dateline(d, &kroniek.Analysis{}, 0); got != 0 {
			t.Errorf("dateline(%q) with no place tagged = %d, want 0", c.text, got)
		}
	}
}

// TestNewsLead: the opener is a lead that reads on its own and is no
// writer's voice; the titled article's lead wins a near tie.
func TestNewsLead(t *testing.T) {
	c := func(member int, text string, score float64, lead, alone bool) *candidate {
		return &candidate{member: member, text: text, score: score, lead: lead, alone: alone}
	}
	cands := []*candidate{
		c(0, "Ik weet niet wat de raad gisteren besloot over het zwembad.", 0.9, true, true),
		c(0, "Hij stemde tegen het zwembad van twaalf miljoen euro.", 0.8, true, false),
		c(1, "Het zwembad kost twaalf miljoen euro, berekende de gemeente.", 0.7, false, true),
		c(1, "De gemeenteraad stemde gisteren in met een nieuw zwembad.", 0.5, true, true),
		c(2, "Zwemclubs zijn blij met het besluit van de raad over het bad.", 0.48, true, true),
	}
	if got := newsLead(cands, -1); got != 3 {
		t.Errorf("newsLead = %d, want 3 (the best lead that reads alone, in the third person)", got)
	}
	if got := newsLead(cands, 2); got != 4 {
		t.Errorf("newsLead with article 2 titled = %d, want 4", got)
	}
	if got := newsLead(cands[:3], -1); got != -1 {
		t.Errorf("newsLead with no lead that reads alone = %d, want -1", got)
	}
	// A lead most headlines agree with beats a slightly more central one
	// that agrees with none.
	cands[4].titled = 1
	if got := newsLead(cands, -1); got != 4 {
		t.Errorf("newsLead with article 2's lead agreeing with every headline = %d, want 4", got)
	}
	// A frame opens only when no other lead reads alone.
	frame := c(3, "Het is de taak van de nieuwe wethouder om het zwembad te openen.", 2, true, true)
	if got := newsLead(append(cands, frame), -1); got != 4 {
		t.Errorf("newsLead with a frame lead = %d, want 4", got)
	}
	if got := newsLead([]*candidate{cands[0], frame}, -1); got != 1 {
		t.Errorf("newsLead with only a frame lead = %d, want 1", got)
	}
}

// TestHeadlineKeys: a headline's word meets the same word in a lead,
// capitalised or not, and a lead's agreement counts headlines.
func TestHeadlineKeys(t *testing.T) {
	h := headlineKeys([]string{"Zwembad", "gemeenteraad"})
	lead := contentWords([]string{"gemeenteraad", "zwembad", "stemde"}, "De gemeenteraad stemde in met een nieuw zwembad.")
	if inCommon(h, lead) != 2 {
		t.Errorf("headline keys %v share %d with lead %v, want 2", h, inCommon(h, lead), lead)
	}
}

// TestRegionIsOwn: "deze regio" in a regional paper is its own region,
// not a place told before; "deze plannen" points back.
func TestRegionIsOwn(t *testing.T) {
	syn, err := loadSyntax()
	if err != nil {
		t.Fatalf("load syntax: %v", err)
	}
	for text, want := range map[string]bool{
		"Het aantal inbraken met schade is in deze regio vorig jaar sterk gedaald.": false,
		"Het aantal tegenstanders van deze plannen is vorig jaar sterk gestegen.":   true,
	} {
		d := nl.Parse(text, nl.Options{})
		syn.Annotate(d)
		if got := pointsBack(d, 0); got != want {
			t.Errorf("pointsBack(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestTimelinePossessive: a dated sentence that opens with a possessive
// ("Haar advocaten dienden …") goes with the sentence before, which says
// whose; with no such sentence before it is no entry.
func TestTimelinePossessive(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"De gearresteerde directeur Anna de Wit klaagt de staat aan. Haar advocaten dienden maandag een klacht in tegen de politie.", "De gearresteerde directeur"},
		{"Wat is er aan de hand?\n\nHaar advocaten dienden maandag een klacht in tegen de politie van de stad.", ""},
	} {
		got := timelineOf(t, c.text, "2019-03-19", [][2]string{{"maandag", "2019-03-18"}}, clauseOptions(t))
		it, ok := got["2019-03-18"]
		switch {
		case c.want == "" && ok:
			t.Errorf("an entry that opens with a possessive: %+v", it)
		case c.want != "" && !strings.HasPrefix(it.Text, c.want):
			t.Errorf("%q: got %+v, want an entry from %q", c.text, got, c.want)
		}
	}
}

// TestThenPointer: a main clause's "dan" with nothing in its sentence to
// point to leans on the sentences before; one after a condition, or the
// "dan" of a comparison, does not.
func TestThenPointer(t *testing.T) {
	syn, err := loadSyntax()
	if err != nil {
		t.Fatalf("load syntax: %v", err)
	}
	for text, want := range map[string]bool{
		"Bewoners blijven dan langer thuis wonen en betalen dus langer huur.":                        true,
		"De vereniging geeft dan ook aan hoe zij het overleg wil voeren.":                            true,
		"Als het regent, blijft de markt op het plein dan dicht.":                                    false,
		"De huur is dit jaar veel hoger dan vorig jaar in de stad.":                                  false,
		"Anders dan de Friese VVD-voorman Kees Bakker doet lijstduwer Anna Smit haar mond wel open.": false,
	} {
		d := nl.Parse(text, nl.Options{})
		syn.Annotate(d)
		if got := thenPointer(d, 0); got != want {
			t.Errorf("thenPointer(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestLeaningShared: the tests a summary sentence and a timeline entry
// share catch an adverb of cause or an addition in the main clause, an
// effect whose cause is only before, and a leaning opener; the same
// sentences without them read on their own.
func TestLeaningShared(t *testing.T) {
	syn, err := loadSyntax()
	if err != nil {
		t.Fatalf("load syntax: %v", err)
	}
	for text, want := range map[string]bool{
		"De brandweer deed daarom gisteren een oproep aan buurtbewoners om de ramen te sluiten.":               true,
		"De brandweer deed gisteren een oproep aan buurtbewoners om de ramen te sluiten.":                      false,
		"De wethouder zweeg lang, maar kwam dinsdag eveneens met een verklaring.":                              true,
		"De wethouder zweeg lang, maar kwam dinsdag met een verklaring over de brug.":                          false,
		"Het is een gevolg van de nieuwe regels voor bromfietsen.":                                             true,
		"Maar in het gemeentehuis werd gisteravond duidelijk dat de wethouder vertrekt.":                       true,
		"In het gemeentehuis werd gisteravond duidelijk dat de wethouder vertrekt.":                            false,
		"Dat Duitsland en Frankrijk interesse hebben in de nieuwe toestellen, bleek gisteren uit een rapport.": false,
		"Dat bleek gisteren uit een rapport van de provincie.":                                                 true,
		"Vanaf vrijdag gaat de brug drie weekenden dicht, maar dan richting Zwolle.":                           false,
		"Omdat de supporters datzelfde deden bij de derby, kreeg FC Utrecht gisteren een boete.":               true,
		"Omdat de supporters vuurwerk afstaken bij de derby, kreeg FC Utrecht gisteren een boete.":             false,
		"De bewoners blijven dan langer in hun huis wonen.":                                                    true,
	} {
		d := nl.Parse(text, nl.Options{})
		syn.Annotate(d)
		if got := leaning(d, text, 0); got != want {
			t.Errorf("leaning(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestTimelineLeaningOpener: a dated sentence that opens with "Maar"
// takes the sentence before it when that one reads on its own, and is
// no entry when that one leans too.
func TestTimelineLeaningOpener(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"De gemeenteraad van Almelo stemt over het nieuwe zwembad. Maar gisteravond werd al duidelijk dat de wethouder verliest.", "De gemeenteraad van Almelo"},
		{"Ook de oppositie twijfelt over het nieuwe zwembad. Maar gisteravond werd al duidelijk dat de wethouder verliest.", ""},
	} {
		got := timelineOf(t, c.text, "2019-03-19", [][2]string{{"gisteravond", "2019-03-18"}}, clauseOptions(t))
		it, ok := got["2019-03-18"]
		switch {
		case c.want == "" && ok:
			t.Errorf("an entry that leans on a sentence that leans: %+v", it)
		case c.want != "" && !strings.HasPrefix(it.Text, c.want):
			t.Errorf("%q: got %+v, want an entry from %q", c.text, got, c.want)
		}
	}
}

// TestCopies: a second paper's paraphrase of a chosen sentence shares its
// names and numbers and some words, and is its copy; another fact of the
// story that shares only its names, or a sentence of the same article, is
// not.
func TestCopies(t *testing.T) {
	terms := vocab{}
	cand := func(member int, text string, names ...string) *candidate {
		an := &kroniek.Analysis{}
		for _, n := range names {
			i := strings.Index(text, n)
			an.Mentions = append(an.Mentions, kroniek.Mention{Start: i, End: i + len(n), Text: n, Type: kroniek.LOC})
		}
		counts := map[int32]int{}
		for _, w := range strings.Fields(strings.ToLower(text)) {
			counts[terms.id(strings.Trim(w, ".,"))]++
		}
		idf := make([]float64, len(terms)+64)
		for i := range idf {
			idf[i] = 1
		}
		return &candidate{member: member, text: text, vec: vectorize(counts, idf, 0), words: contentWords((Options{}).withDefaults().Terms(text, "nl"), text),
			facts: factKeys(an, kroniek.SentenceSpan{Start: 0, End: len(text)}, text)}
	}
	lead := cand(0, "De Franse president Emmanuel Macron breekt zijn reis naar Japan af na 12 doden bij rellen in Parijs.",
		"Emmanuel Macron", "Japan", "Parijs")
	for _, c := range []struct {
		cd   *candidate
		want bool
	}{
		{cand(1, "De president van Frankrijk brak gisteren zijn reis naar Japan af, nadat 12 mensen in Parijs omkwamen.",
			"Frankrijk", "Japan", "Parijs"), true},
		{cand(0, "De president van Frankrijk brak gisteren zijn reis naar Japan af, nadat 12 mensen in Parijs omkwamen.",
			"Frankrijk", "Japan", "Parijs"), false},
		{cand(1, "Macron sprak vorige maand met keizer Naruhito over handel met Japan.", "Macron", "Japan", "Naruhito"), false},
		// The same names and figure, another fact.
		{cand(1, "Emmanuel Macron zag in Japan gisteren 12 sumoworstelaars vechten om de titel.", "Emmanuel Macron", "Japan"), false},
		// A name's adjective the analysis does not tag counts ("Franse").
		{cand(1, "De Franse president brak gisteren zijn reis naar Japan af na onrust in het land.", "Japan"), true},
		// One name in common is too few.
		{cand(1, "De president brak gisteren zijn reis naar Japan af na onrust in het land.", "Japan"), false},
	} {
		if got := copies(c.cd, lead); got != c.want {
			t.Errorf("copies(%q) = %v, want %v (facts %v, %v)", c.cd.text, got, c.want, c.cd.facts, lead.facts)
		}
	}
}

// TestPredicativeIt: "Het" with a copula and "een" stands for what the
// sentences before told, unless a dat- or om-clause follows for it.
func TestPredicativeIt(t *testing.T) {
	checkPredicate(t, "predicativeIt", predicativeIt, map[string]bool{
		"Het was een bijzondere avond: de zaal zat vol.":           true,
		"Het is een kleine kever, maar hij doet veel schade.":      true,
		"Het is een raadsel dat de brug er nog staat.":             false,
		"Het is een goed idee om de brug te sluiten.":              false,
		"Het bestuur is een andere mening toegedaan over de brug.": false,
	})
}

// TestUnseen: a summary sentence shows a name in full unless a sentence
// before it in the summary already does.
func TestUnseen(t *testing.T) {
	names := map[string]string{"Vos": "Jan Vos", "Kriener": "ambassadeur Kriener"}
	got := unseen(names, []string{"De wethouder sprak gisteren met Jan Vos over de brug."})
	if _, ok := got["Vos"]; ok || got["Kriener"] != "ambassadeur Kriener" {
		t.Errorf("unseen = %v, want only Kriener", got)
	}
}

// TestNameAged: an age-only subject shows the one person the sentence
// before named; a plain "man" gives way to the name; no name, no change.
func TestNameAged(t *testing.T) {
	for _, c := range []struct{ text, name, want string }{
		{"De 71-jarige burgemeester nam gisteren afscheid.", "Karel Smit", "De 71-jarige burgemeester Karel Smit nam gisteren afscheid."},
		{"De 40-jarige man werd gisteren aangehouden.", "Piet de Wit", "De 40-jarige Piet de Wit werd gisteren aangehouden."},
		{"De 71-jarige burgemeester nam gisteren afscheid.", "", "De 71-jarige burgemeester nam gisteren afscheid."},
		{"Burgemeester Karel Smit (71) nam gisteren afscheid.", "Karel Smit", "Burgemeester Karel Smit (71) nam gisteren afscheid."},
	} {
		if got := nameAged(c.text, c.name); got != c.want {
			t.Errorf("nameAged(%q, %q) = %q, want %q", c.text, c.name, got, c.want)
		}
	}
	sents := []kroniek.SentenceSpan{{Start: 0, End: 30}, {Start: 31, End: 60}}
	one := []kroniek.Mention{{Start: 5, End: 15, Text: "Karel Smit", Type: kroniek.PER, Local: "L1"}, {Start: 20, End: 24, Text: "Smit", Type: kroniek.PER, Local: "L1"}}
	if got := onePersonBefore(one, sents, 1); got != "Karel Smit" {
		t.Errorf("onePersonBefore one person = %q, want Karel Smit", got)
	}
	two := append(one, kroniek.Mention{Start: 25, End: 29, Text: "Vos", Type: kroniek.PER, Local: "L2"})
	if got := onePersonBefore(two, sents, 1); got != "" {
		t.Errorf("onePersonBefore two people = %q, want none", got)
	}
}
