package event

import (
	"strings"
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
		{"scare quotes", "In december was [Jan Jansen] 'not amused'. Hij ontmoette toen [Piet Pietersen].", "In december", "2018-12", "ontmoette", "2018-12"},
		{"quoted speech", "In december zei [Jan Jansen] 'ik ga niet meer naar de stad'. Hij ontmoette toen [Piet Pietersen].", "In december", "2018-12", "ontmoette", ""},
		{"datzelfde far back", "In 2016 was [Jan Jansen] in [Rome|LOC]. Hij schreef een boek. Het werd veel gelezen. Voor hem was het een begin. Datzelfde jaar ontmoette [Jan Jansen] [Piet Pietersen].", "In 2016", "2016", "ontmoette", "2016"},
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

// TestCharge: a named person suspected, charged or prosecuted in the
// passive is an accusation by the justice system, shown without a named
// doer as a conviction is; the article's prosecution service (the Dutch
// OM) is its actor unless the sentence places the case somewhere. A
// suspicion read through hij is not shown. Invented sentences.
func TestCharge(t *testing.T) {
	for _, c := range []struct {
		name, src string
		om        bool
		shown     bool
		actor     string
	}{
		{"suspected", "[Jan Jansen] wordt verdacht van de moord op een buurman.", false, true, ""},
		{"prosecuted", "[Jan Jansen] en [Piet Pietersen] worden vervolgd voor poging tot moord.", false, true, ""},
		{"om", "Het [Openbaar Ministerie|ORG] zwijgt. [Jan Jansen] wordt verdacht van de moord op een buurman.", true, true, "L1"},
		{"abroad", "Het [Openbaar Ministerie|ORG] zwijgt. [Jan Jansen] wordt in [Japan|LOC] verdacht van fraude.", true, true, ""},
		{"pronoun", "[Jan Jansen] woont in een flat. Hij wordt verdacht van de moord op een buurman.", false, false, ""},
	} {
		text, ms, ls := annotate(c.src)
		if c.om {
			ls[0].KB = "org:om-nl"
		}
		evs := Extract(parseDoc(t, text), ms, ls, nil, "2019-04-01")
		var e *kroniek.Event
		for i := range evs {
			if evs[i].Type == "ACCUSE" {
				e = &evs[i]
			}
		}
		if e == nil {
			t.Errorf("%s: no ACCUSE in %q (%v)", c.name, text, evs)
			continue
		}
		actor := strings.Join(e.ActorLocal, ",")
		if e.Shown != c.shown || actor != c.actor {
			t.Errorf("%s: %q shown %v actor %q (%.2f), want %v %q", c.name, e.Trigger, e.Shown, actor, e.Confidence, c.shown, c.actor)
		}
	}
}
