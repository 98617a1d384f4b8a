package event

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestNarrativeDate: a simple-past main clause without a time of its own
// continues the narrative of the sentence before and takes its one date
// (after confidence, which it does not raise); a perfect, a present, a
// flashback word or a second date leaves it undated. An om-clause of
// purpose takes the time of the clause it serves. Invented sentences.
func TestNarrativeDate(t *testing.T) {
	for _, c := range []struct {
		name, src, tm, value, trigger, want string
	}{
		{"continues", "Dinsdag werd [Jan Jansen] in [Utrecht|LOC] opgepakt. Hij bedreigde daarbij [Piet Pietersen].", "Dinsdag", "2019-03-26", "bedreigde", "2019-03-26"},
		{"pluperfect", "Dinsdag werd [Jan Jansen] in [Utrecht|LOC] opgepakt. Hij had [Piet Pietersen] in de trein mishandeld.", "Dinsdag", "2019-03-26", "mishandeld", ""},
		{"present", "Dinsdag werd [Jan Jansen] in [Utrecht|LOC] opgepakt. Hij bedreigt [Piet Pietersen].", "Dinsdag", "2019-03-26", "bedreigt", ""},
		{"flashback", "Dinsdag werd [Jan Jansen] in [Utrecht|LOC] opgepakt. Eerder bedreigde hij [Piet Pietersen].", "Dinsdag", "2019-03-26", "bedreigde", ""},
		{"aside", "Maandag sprak [Jan Jansen] al met [Kees Klaassen]. Hij bedreigde [Piet Pietersen].", "Maandag", "2019-03-25", "bedreigde", ""},
		{"week", "Hij werd afgelopen week doodgeschoten gevonden bij zijn woonplaats [Puerto Plata|LOC]. De politie arresteerde de vrouw van het slachtoffer.", "afgelopen week", "2019-W12", "arresteerde", "2019-W12"},
		{"toen", "In december was [Jan Jansen] al in [Utrecht|LOC]. Hij ontmoette toen [Piet Pietersen].", "In december", "2018-12", "ontmoette", "2018-12"},
		{"no toen", "In december was [Jan Jansen] al in [Utrecht|LOC]. Hij ontmoette [Piet Pietersen].", "In december", "2018-12", "ontmoette", ""},
		{"purpose", "[Jan Jansen] reisde maandag naar [Berlijn|LOC] om er [Angela Merkel] te ontmoeten.", "maandag", "2019-03-25", "ontmoeten", "2019-03-25"},
	} {
		text, ms, ls := annotate(c.src)
		times := []kroniek.TimeRef{timeRef(text, c.tm, c.value, "", kroniek.TimeDate)}
		evs := Extract(parseDoc(t, text), ms, ls, times, "2019-04-01")
		var e *kroniek.Event
		for i := range evs {
			if evs[i].Trigger == c.trigger {
				e = &evs[i]
			}
		}
		if e == nil {
			t.Errorf("%s: no event %q in %q (%v)", c.name, c.trigger, text, evs)
			continue
		}
		if e.Date != c.want {
			t.Errorf("%s: %s %q dated %q, want %q", c.name, e.Type, e.Trigger, e.Date, c.want)
		}
	}
}
