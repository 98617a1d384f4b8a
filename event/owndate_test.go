package event

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestOwnClauseDate: an event's date is a time expression of its own
// clause hanging on its verb; a number closing a name, a time in
// parentheses, a time of another clause or the origin of a thing (uit
// 1604) is no date of the event. A
// toen-clause and a conjunct without a subject take the time they hang on.
func TestOwnClauseDate(t *testing.T) {
	for _, c := range []struct {
		name, src, tm, value, want string
	}{
		{"name", "[Nederland|LOC] heeft daar afspraken over gemaakt in het kader van Natura 2000.", "2000", "2000", ""},
		{"parentheses", "[Pieter Winsemius], indertijd minister (1982), prijst [Ed Nijpels] om zijn engagement.", "1982", "1982", ""},
		{"other clause", "Volgend jaar kiezen de Britten een parlement, wat de [EU|ORG] vorig jaar deed, en [Trump] bedreigde [Angela Merkel].", "Volgend jaar", "2020", ""},
		{"origin", "Voorzitter [John Bercow] steekt daar met een precedent uit 1604 een stokje voor.", "1604", "1604", ""},
		{"own clause", "In 2016 ging de [Tweede Kamer|ORG] akkoord met het verbod.", "2016", "2016", "2016"},
		{"toen", "Dat is anders sinds afgelopen woensdag, toen [May] het [parlement|ORG] de schuld gaf.", "afgelopen woensdag", "2019-03-20", "2019-03-20"},
		{"conjunct", "In oktober werd [Khaddafi] in [Sirte|LOC] gevangengenomen en vermoord.", "oktober", "2011-10", "2011-10"},
		// a time inside the modifiers of a noun that modifies another
		// noun dates that deed, not the sentence passed
		{"nested noun", "[Jason L.] is tot veertien jaar cel veroordeeld voor zijn betrokkenheid bij de liquidatie van crimineel [Abderrahim 'Appie' Belhadj] op 9 mei 2016 in de flat Kikkenstein.", "9 mei 2016", "2016-05-09", ""},
		// the parse hung the subject and the time on the auxiliary: the
		// verb's clause is dated by them
		{"auxiliary", "[Mets] had een week geleden ineens een transferverzoek ingediend bij trainer [Van der Gaag].", "een week geleden", "2019-03-25", "2019-03-25"},
		// a demand is made by its saying: the saying's time dates it
		{"demand", "[Donald Trump] twitterde maandag dat [Airbus|ORG] de illegale subsidies moet terugbetalen.", "maandag", "2019-04-01", "2019-04-01"},
		// a te-infinitive joined to an om-clause of purpose takes the time
		// of the clause the om-clause serves
		{"purpose conjunct", "[Tienduizenden Venezolanen|MISC] zijn zaterdag na weken van stroomuitval en watertekorten de straat opgegaan om oppositieleider [Juan Guaidó] een hart onder de riem steken en het vertrek te eisen van president [Nicolás Maduro].", "zaterdag", "2019-03-30", "2019-03-30"},
	} {
		text, ms, ls := annotate(c.src)
		times := []kroniek.TimeRef{timeRef(text, c.tm, c.value, "", kroniek.TimeDate)}
		evs := Extract(parseDoc(t, text), ms, ls, times, "2019-04-01")
		if len(evs) == 0 {
			t.Errorf("%s: no event in %q", c.name, text)
			continue
		}
		e := evs[len(evs)-1]
		if e.Date != c.want {
			t.Errorf("%s: %s %q dated %q, want %q", c.name, e.Type, e.Trigger, e.Date, c.want)
		}
	}
}

// TestHabitualNotShown: a present-tense routine or schedule and an idiom
// that names no event are exported but never shown; a dated past event
// with a weekday still is.
func TestHabitualNotShown(t *testing.T) {
	for _, c := range []struct {
		name, src string
		shown     bool
	}{
		{"schedule", "De [Provinciale Staten|ORG] vergaderen alleen op maandag met de [Eerste Kamer|ORG].", false},
		{"habit", "Ook [Lodewijk Asscher] belt [Mark Rutte] graag.", false},
		{"every", "[Jan Jansen] bezoekt elke week [Piet Pietersen] in [Utrecht|LOC].", false},
		{"idiom", "Zijn partij [Likud|ORG] ging nek aan nek met de alliantie [Kahol Lavan|ORG].", false},
		{"event", "[Vladimir Poetin] ontmoette [Aleksandr Loekasjenko] op maandag 4 maart in [Sotsji|LOC].", true},
	} {
		text, ms, ls := annotate(c.src)
		evs := Extract(parseDoc(t, text), ms, ls, nil, "2019-04-01")
		shown := false
		for _, e := range evs {
			shown = shown || e.Shown
		}
		if len(evs) == 0 && c.shown {
			t.Errorf("%s: no event in %q", c.name, text)
		}
		if shown != c.shown {
			t.Errorf("%s: shown %v, want %v: %+v", c.name, shown, c.shown, evs)
		}
	}
}
