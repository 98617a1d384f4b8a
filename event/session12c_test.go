package event

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestTimeOnNounThroughTimeNoun: a time that hangs on a time noun (eind
// jaren 90) dates what that noun hangs on; on another noun (misbruik van
// misdienaren eind jaren 90) it is no date of the verdict (audit 11203
// row 23).
func TestTimeOnNounThroughTimeNoun(t *testing.T) {
	src := "Kardinaal [George Pell] (77), zeer invloedrijk in het [Vaticaan|ORG], is in [Australië|LOC] door de rechtbank op vijf aanklachten schuldig bevonden voor misbruik van twee 13-jarige misdienaren eind jaren 90."
	text, ms, ls := annotate(src)
	times := []kroniek.TimeRef{timeRef(text, "jaren 90", "199X", "", kroniek.TimeDate)}
	for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2019-02-26") {
		if e.Type == "SANCTION" && e.Date != "" {
			t.Errorf("%s %q dated %q by the abuse's time, want none", e.Type, e.Trigger, e.Date)
		}
	}
}

// TestSameEventDated: an undated past event takes the date the article
// gives the same event (type, mode, recipient, trigger verb) elsewhere,
// here later on (audit 11203 row 21).
func TestSameEventDated(t *testing.T) {
	src := "Nieuw bewijs zou in het voordeel zijn van [Ernest Louwes], die is veroordeeld voor de moord op weduwe Wittenberg uit [Deventer|LOC]. Het hof kijkt opnieuw. De fiscalist [Ernest Louwes] werd in 2004 veroordeeld voor de moord op zijn cliënt Jacqueline Wittenberg."
	text, ms, ls := annotate(src)
	times := []kroniek.TimeRef{timeRef(text, "2004", "2004", "", kroniek.TimeDate)}
	evs := Extract(parseDoc(t, text), ms, ls, times, "2019-03-20")
	n := 0
	for _, e := range evs {
		if e.Type == "SANCTION" {
			n++
			if e.Date != "2004" {
				t.Errorf("%s %q at %d dated %q, want 2004", e.Type, e.Trigger, e.Start, e.Date)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d convictions, want 2", n)
	}
}

// TestToenPastQuotes: toen (an adverb the parse makes advmod or obl)
// points back to the nearest sentence of the three before that names a
// time, past quotes that name none (audit 11203 row 24).
func TestToenPastQuotes(t *testing.T) {
	src := "Vorig jaar zei [Lodewijk Asscher] al dat hij bereid was het kabinet op onderdelen te steunen. ,,Zonder meerderheid in de senaat krijgen ze niets gedaan'', zei hij in een interview met deze krant. ,,Maar die samenwerking heeft wel een prijs.'' [Asscher=Lodewijk Asscher] eiste toen onder meer dat de bezuinigingen op de huurtoeslag worden teruggedraaid."
	text, ms, ls := annotate(src)
	times := []kroniek.TimeRef{timeRef(text, "Vorig jaar", "2018", "", kroniek.TimeDate)}
	n := 0
	for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2019-03-20") {
		if e.Type == "REQUEST" {
			n++
			if e.Date != "2018" {
				t.Errorf("%s %q dated %q, want 2018", e.Type, e.Trigger, e.Date)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
}
