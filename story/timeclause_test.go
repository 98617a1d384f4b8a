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
		"Onmiddellijk nadat de rechter de zaak op 14 maart had gesloten, maakte de politie bekend dat de wijk weer open is. " +
		"Sinds het overleg met de politie op 5 maart stuk liep, wacht de bond in de hoofdstad op een nieuw voorstel. " +
		"Sinds 7 maart geldt in de hoofdstad een verbod van de politie op vuurwerk."
	times := [][2]string{{"maandag", "2019-03-18"}, {"zaterdag", "2019-03-16"}, {"2 maart", "2019-03-02"},
		{"9 maart", "2019-03-09"}, {"12 maart", "2019-03-12"}, {"14 maart", "2019-03-14"}, {"5 maart", "2019-03-05"},
		{"7 maart", "2019-03-07"}}
	got := timelineOf(t, text, "2019-03-19", times, clauseOptions(t))
	for _, d := range []string{"2019-03-16", "2019-03-02", "2019-03-05"} {
		if it, ok := got[d]; ok {
			t.Errorf("an entry dated by its sequence clause: %+v", it)
		}
	}
	// "Onmiddellijk nadat": one moment, the date holds.
	for _, d := range []string{"2019-03-18", "2019-03-09", "2019-03-12", "2019-03-14", "2019-03-07"} {
		if _, ok := got[d]; !ok {
			t.Errorf("no entry at %s, the main clause's date: %+v", d, got)
		}
	}
	// Without the parse the word tests stand alone.
	if _, ok := timelineOf(t, text, "2019-03-19", times, Options{})["2019-03-02"]; !ok {
		t.Errorf("without the parse the subordinate date is an entry (the test sees no difference)")
	}
}

// TestTimelineHabitClause: a clause whose verb takes a habit adverb
// ("vaak", "doorgaans") or a time of "elke" tells a habit, no development
// at the date beside it (seed 11205 #4); the same sentence without it is
// an entry.
func TestTimelineHabitClause(t *testing.T) {
	text := "De tuchtcommissie van de bond legt sinds 4 maart vaak een boete op aan clubs met vuurwerk in het stadion. " +
		"De tuchtcommissie van de bond legde op 6 maart een boete op aan de club om het vuurwerk in het stadion."
	times := [][2]string{{"4 maart", "2019-03-04"}, {"6 maart", "2019-03-06"}}
	got := timelineOf(t, text, "2019-03-19", times, clauseOptions(t))
	if it, ok := got["2019-03-04"]; ok {
		t.Errorf("a habit is an entry: %+v", it)
	}
	if _, ok := got["2019-03-06"]; !ok {
		t.Errorf("no entry for the fine of 6 March: %+v", got)
	}
	if _, ok := timelineOf(t, text, "2019-03-19", times, Options{})["2019-03-04"]; !ok {
		t.Errorf("without the parse the habit is an entry (the test sees no difference)")
	}
}

// TestTimelinePronounSubject: a dated sentence whose subject is a personal
// pronoun past its first words tells who did it only with the sentence
// before (seed 11205 #7): that sentence goes in front of it.
func TestTimelinePronounSubject(t *testing.T) {
	text := "De politie zocht weken naar de verdachte van de overval op de juwelier. " +
		"Na een lange zoektocht in de bossen werd hij op 6 maart in Breda aangehouden door de politie."
	times := [][2]string{{"6 maart", "2019-03-06"}}
	got := timelineOf(t, text, "2019-03-19", times, clauseOptions(t))
	if it, ok := got["2019-03-06"]; !ok || !strings.HasPrefix(it.Text, "De politie zocht") {
		t.Errorf("the arrest is not told with the sentence before: %+v", got)
	}
	if it := timelineOf(t, text, "2019-03-19", times, Options{})["2019-03-06"]; strings.HasPrefix(it.Text, "De politie zocht") {
		t.Errorf("without the parse the sentence before is put in front (the test sees no difference): %+v", it)
	}
	// A pronoun for someone its own sentence names stands alone.
	named := "De politie zocht weken naar de verdachte van de overval op de juwelier. " +
		"Volgens de rechter Jansen is de zaak rond, zei hij op 6 maart in Breda tegen de verslaggevers."
	if it := timelineOf(t, named, "2019-03-19", times, clauseOptions(t))["2019-03-06"]; !strings.HasPrefix(it.Text, "Volgens") {
		t.Errorf("a pronoun named in its own sentence takes the sentence before: %+v", it)
	}
}

// TestTimelinePronounBefore: a sentence that only attributes the one
// before it, when that one's subject is a pronoun, tells nothing on its
// own even with it (seed 11205 #7): no entry.
func TestTimelinePronounBefore(t *testing.T) {
	text := "De politie zocht weken naar de verdachte van de overval op de juwelier. " +
		"In de bossen bij de stad verstopte en verkocht hij de sieraden van de juwelier. " +
		"Dat zeggen ingewijden bij het dossier van justitie, dat op 6 maart wordt afgerond."
	times := [][2]string{{"6 maart", "2019-03-06"}}
	if it, ok := timelineOf(t, text, "2019-03-19", times, clauseOptions(t))["2019-03-06"]; ok {
		t.Errorf("an entry leaning on a pronoun: %+v", it)
	}
	if _, ok := timelineOf(t, text, "2019-03-19", times, Options{})["2019-03-06"]; !ok {
		t.Errorf("without the parse the entry is there (the test sees no difference)")
	}
}

// TestTimelineSpeculation: a date after the report in a clause that only
// supposes it ("kan … bieden", "als …", "zou") is no plan (seed 11205
// #21, seed 11115 #15); a plan that says what is to happen is.
func TestTimelineSpeculation(t *testing.T) {
	text := "De stemming in de Kamer kan de partijen munitie bieden voor de verkiezingen op 23 mei in het hele land. " +
		"Als de partijen op 27 mei de verkiezingen in het hele land winnen, krijgen ze meer zetels in de Kamer. " +
		"De nieuwe Kamer wordt op 15 juni in de hoofdstad door de koning geïnstalleerd."
	times := [][2]string{{"23 mei", "2019-05-23"}, {"27 mei", "2019-05-27"}, {"15 juni", "2019-06-15"}}
	got := timelineOf(t, text, "2019-03-19", times, clauseOptions(t))
	for _, d := range []string{"2019-05-23", "2019-05-27"} {
		if it, ok := got[d]; ok {
			t.Errorf("a supposition is a plan: %+v", it)
		}
	}
	if it, ok := got["2019-06-15"]; !ok || !it.Plan {
		t.Errorf("no plan for 15 June: %+v", got)
	}
	opens := "Klanten van het bedrijf kunnen vanaf 17 april hun uitstoot compenseren via de website van het bedrijf."
	if _, ok := timelineOf(t, opens, "2019-03-19", [][2]string{{"17 april", "2019-04-17"}}, clauseOptions(t))["2019-04-17"]; !ok {
		t.Errorf("a date that opens a period of 'kunnen' is no plan")
	}
	hedged := "Het voorzitterschap van de Europese Unie laat waarschijnlijk op 27 maart weten hoe het verder moet."
	if _, ok := timelineOf(t, hedged, "2019-03-19", [][2]string{{"27 maart", "2019-03-27"}}, clauseOptions(t))["2019-03-27"]; ok {
		t.Errorf("a hedged forecast is a plan")
	}
	wouldOpen := "Het nieuwe loket van het bedrijf zou vanaf 17 april open zijn, maar dat wordt uitgesteld."
	if _, ok := timelineOf(t, wouldOpen, "2019-03-19", [][2]string{{"17 april", "2019-04-17"}}, clauseOptions(t))["2019-04-17"]; ok {
		t.Errorf("a period 'zou' opens is a plan")
	}
	if _, ok := timelineOf(t, text, "2019-03-19", times, Options{})["2019-05-23"]; !ok {
		t.Errorf("without the parse the supposition is an entry (the test sees no difference)")
	}
	// A condition of the main clause (seed 1452 #30).
	cond := "Als er geen concreet plan van de regering ligt, stappen de Britten op 12 april uit de Europese Unie."
	if it, ok := timelineOf(t, cond, "2019-03-19", [][2]string{{"12 april", "2019-04-12"}}, clauseOptions(t))["2019-04-12"]; ok {
		t.Errorf("a plan under a condition of its main clause: %+v", it)
	}
}

// TestTimelineSequenceYear: a year under "na" mostly holds what follows
// too ("Na de annexatie van de Krim in 2014 koos Belarus een eigen
// koers"): it stays background.
func TestTimelineSequenceYear(t *testing.T) {
	text := "Na de annexatie van de Krim in 2014 koos Belarus een eigen koers tussen Oost en West. " +
		"De presidentsverkiezingen van 9 augustus 2020 leidden tot grote protesten in Minsk."
	an := &kroniek.Analysis{Article: "a"}
	for _, tv := range [][3]string{{"2014", "2014", "year"}, {"9 augustus 2020", "2020-08-09", kroniek.GranDay}} {
		i := strings.Index(text, tv[0])
		an.Times = append(an.Times, kroniek.TimeRef{Article: "a", Start: i, End: i + len(tv[0]), Text: tv[0], Value: tv[1], Kind: kroniek.TimeDate, Granularity: tv[2]})
	}
	articles := []*kroniek.Article{{ID: "a", Lang: "nl", Published: "2020-09-14", Title: "Belarus", Text: text}}
	_, stories := Build(articles, []*kroniek.Analysis{an}, nil, clauseOptions(t))
	if bg := stories[0].Background; len(bg) != 1 || bg[0].Date != "2014" {
		t.Errorf("background %+v, want the fact of 2014", bg)
	}
}

// TestTimelineSideClause: a date in a clause of reason, concession or
// contrast ("terwijl", "aangezien", "nu") or in a relative clause on a
// place ("waar") dates that clause, not the fact the main clause reports
// (seeds 1761 #22, #6, 1662 #14): no entry. A "toen"
// clause names the main clause's moment and stays.
func TestTimelineSideClause(t *testing.T) {
	text := "De bond wil geen extra agenten in de hoofdstad, terwijl de gemeenteraad op 4 maart juist instemde met meer politie. " +
		"De politie van de hoofdstad zoekt een nieuwe leider, aangezien de korpschef op 6 maart ontslag nam. " +
		"Toen de korpschef op 8 maart vertrok, nam de politie van de hoofdstad een nieuwe leiding aan. " +
		"Agenten van de politie mochten rondkijken op het plein, waar op 10 maart een bus in brand vloog."
	times := [][2]string{{"4 maart", "2019-03-04"}, {"6 maart", "2019-03-06"}, {"8 maart", "2019-03-08"}, {"10 maart", "2019-03-10"}}
	got := timelineOf(t, text, "2019-03-19", times, clauseOptions(t))
	for _, d := range []string{"2019-03-04", "2019-03-06", "2019-03-10"} {
		if it, ok := got[d]; ok {
			t.Errorf("an entry dated by its side clause: %+v", it)
		}
	}
	if _, ok := got["2019-03-08"]; !ok {
		t.Errorf("no entry for the 'toen' clause's date: %+v", got)
	}
	if _, ok := timelineOf(t, text, "2019-03-19", times, Options{})["2019-03-04"]; !ok {
		t.Errorf("without the parse the side clause's date is an entry (the test sees no difference)")
	}
}

// TestTimelinePluperfectRelative: a date in a relative clause in the past
// perfect dates what its noun had been before the reported fact, a look
// back: no entry. A relative in the simple past or the perfect keeps its
// date (a report presented that day is often the news itself).
func TestTimelinePluperfectRelative(t *testing.T) {
	for _, c := range []struct {
		text, expr, value string
		entry             bool
	}{
		{"De oppositie van de hoofdstad haalde geen meerderheid tegen het noodbevel dat de burgemeester op 4 maart had uitgevaardigd.",
			"4 maart", "2019-03-04", false},
		{"De politie van de hoofdstad verhoorde de man die op 6 maart was gevlucht naar het buitenland.", "6 maart", "2019-03-06", false},
		{"De politie van de hoofdstad verhoorde de man die op 6 maart vluchtte naar het buitenland.", "6 maart", "2019-03-06", true},
		{"De cijfers staan in het rapport van de politie dat op 8 maart is gepresenteerd in de hoofdstad.", "8 maart", "2019-03-08", true},
	} {
		_, ok := timelineOf(t, c.text, "2019-03-19", [][2]string{{c.expr, c.value}}, clauseOptions(t))[c.value]
		if ok != c.entry {
			t.Errorf("%q: entry %v, want %v", c.text, ok, c.entry)
		}
	}
}

// TestTimelineNounDate: a date that "van" hangs under a noun only says
// which thing the noun is ("de beslissing van maandag"; seeds 11606 #12,
// 1761): no entry. A range, a time noun, a noun that frames the fact
// ("In de krant van vrijdag") and the subject of a past main clause keep
// their date.
func TestTimelineNounDate(t *testing.T) {
	for _, c := range []struct {
		text, expr, value string
		entry             bool
	}{
		{"De politie van de hoofdstad heeft nog niet gereageerd op de beslissing van maandag over de demonstraties.", "maandag", "2019-03-18", false},
		{"De uitslag van de politieverkiezing van 12 maart doet zich voelen in de hele hoofdstad.", "12 maart", "2019-03-12", false},
		{"De politie van de hoofdstad sluit de wijk af van 12 tot 15 maart voor al het verkeer.", "12", "2019-03-12", true},
		{"In de krant van vrijdag schreef de korpschef een stuk over de politie in de hoofdstad.", "vrijdag", "2019-03-15", true},
		{"De rellen van zaterdag kostten de politie van de hoofdstad drie miljoen euro.", "zaterdag", "2019-03-16", true},
		{"De korpschef van de politie zei dat de rellen van zaterdag de hoofdstad drie miljoen euro hebben gekost.", "zaterdag", "2019-03-16", true},
		{"De korpschef zei dat de rellen van zaterdag de politie van de hoofdstad nog steeds bezighouden.", "zaterdag", "2019-03-16", false},
		// A date after the report under a noun under a noun, in a clause that is not past, says which
		// thing that is; a date before it is mostly the incident the report is about.
		{"Het grote thema van de campagne voor de verkiezingen op 20 maart laat zien dat de politie verdeeld is.", "20 maart", "2019-03-20",
			false},
		{"De politie van de hoofdstad sluit op 20 maart de wijk af voor het verkeer.", "20 maart", "2019-03-20", true},
		{"De politie zoekt de daders van de rellen van het feest zaterdag in de hoofdstad.", "zaterdag", "2019-03-16", true},
	} {
		_, ok := timelineOf(t, c.text, "2019-03-19", [][2]string{{c.expr, c.value}}, clauseOptions(t))[c.value]
		if ok != c.entry {
			t.Errorf("%q: entry %v, want %v", c.text, ok, c.entry)
		}
	}
	text := "De politie van de hoofdstad heeft nog niet gereageerd op de beslissing van maandag over de demonstraties."
	if _, ok := timelineOf(t, text, "2019-03-19", [][2]string{{"maandag", "2019-03-18"}}, Options{})["2019-03-18"]; !ok {
		t.Errorf("without the parse the noun's date is an entry (the test sees no difference)")
	}
}

// TestTimelineRunOn: a text in which a full stop after a word runs into
// a lower-case word is two pieces run together ("… openbaar te maken. om
// begin mei …", seed 1761 #24): no entry. An abbreviation ("bijv.") is
// none.
func TestTimelineRunOn(t *testing.T) {
	for _, c := range []struct {
		text  string
		entry bool
	}{
		{"De politie beloofde gisteren het rapport over de hoofdstad openbaar te maken. om begin mei uitleg te geven.", false},
		{"De politie beloofde gisteren bijv. het rapport over de hoofdstad openbaar te maken.", true},
	} {
		_, ok := timelineOf(t, c.text, "2019-03-19", [][2]string{{"gisteren", "2019-03-18"}}, Options{})["2019-03-18"]
		if ok != c.entry {
			t.Errorf("%q: entry %v, want %v", c.text, ok, c.entry)
		}
	}
}

// TestTimelineComparedDate: a date in a phrase the fact is likened to
// ("net als bij …", "zoals bij …") dates the earlier case, not the fact;
// the sentence's own date stays, and so does a date beside a role ("als
// voorzitter").
func TestTimelineComparedDate(t *testing.T) {
	text := "Een fout in de software van de politie lijkt de oorzaak van de storing, net als bij de storing in de hoofdstad op 2 maart. " +
		"De politie heeft op 12 maart de wijk in de hoofdstad afgesloten voor het verkeer. " +
		"De politie sluit de wijk in de hoofdstad af, zoals bij de rellen in de haven op 5 maart. " +
		"De oud-commissaris trad op 14 maart aan als voorzitter van de politiebond in de hoofdstad."
	times := [][2]string{{"2 maart", "2019-03-02"}, {"12 maart", "2019-03-12"}, {"5 maart", "2019-03-05"}, {"14 maart", "2019-03-14"}}
	got := timelineOf(t, text, "2019-03-19", times, clauseOptions(t))
	for _, d := range []string{"2019-03-02", "2019-03-05"} {
		if it, ok := got[d]; ok {
			t.Errorf("an entry dated by the case it is compared with: %+v", it)
		}
	}
	for _, d := range []string{"2019-03-12", "2019-03-14"} {
		if _, ok := got[d]; !ok {
			t.Errorf("no entry at %s, the main clause's date: %+v", d, got)
		}
	}
}

// TestTimelineSinceCount: a date after "sinds" that opens the span a
// perfect clause counts up ("hebben zich sinds 4 maart 150 mensen
// gemeld") dates no development; a state that begins on it stays.
func TestTimelineSinceCount(t *testing.T) {
	text := "Bij het meldpunt van de politie hebben zich sinds 4 maart 150 mensen uit de hoofdstad gemeld. " +
		"Volgens de politie was de schade in de hoofdstad sinds 2 maart al opgelopen tot 80 miljoen euro. " +
		"Sinds 7 maart geldt in de hoofdstad een verbod van de politie op vuurwerk. " +
		"Sinds 9 maart zitten 300 huishoudens in de hoofdstad zonder stroom, meldt de politie."
	times := [][2]string{{"4 maart", "2019-03-04"}, {"2 maart", "2019-03-02"}, {"7 maart", "2019-03-07"}, {"9 maart", "2019-03-09"}}
	got := timelineOf(t, text, "2019-03-19", times, clauseOptions(t))
	for _, d := range []string{"2019-03-04", "2019-03-02"} {
		if it, ok := got[d]; ok {
			t.Errorf("an entry dated by the start of a count: %+v", it)
		}
	}
	for _, d := range []string{"2019-03-07", "2019-03-09"} {
		if _, ok := got[d]; !ok {
			t.Errorf("no entry at %s, where a state begins: %+v", d, got)
		}
	}
}
