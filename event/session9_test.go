package event

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSession9Content checks demands whose content is a thing or a clause
// (invented sentences): the object of eisen or bepleiten and the om- or
// dat-clause after "ervoor" or after eisen are what is asked, so the
// event needs no recipient; a sentence demanded names a defendant the
// clause does not, and a dat-clause naming a party gives that party.
func TestSession9Content(t *testing.T) {
	checkCases(t, []shownCase{
		{"Het bedrijf [Acme|ORG] eiste een nieuwe stemming.", "REQUEST", "Acme", ""},
		{"[Piet Bakker] bepleitte een verbod op vuurwerk.", "REQUEST", "Piet Bakker", ""},
		{"[Piet Bakker] eiste toen dat de bezuinigingen op de huurtoeslag worden teruggedraaid.", "REQUEST", "Piet Bakker", ""},
		{"[Piet Bakker] pleit ervoor om zwaar werk minder zwaar te maken.", "REQUEST", "Piet Bakker", ""},
		{"Het [Openbaar Ministerie|ORG] eiste een celstraf van negen maanden.", "REQUEST", "", ""},
		{"[Piet Bakker] eiste dat [Jan Smit] aftreedt.", "REQUEST", "Piet Bakker", "Jan Smit"},
	})
}

// TestSession9Institution checks convictions and arrests without a named
// actor (invented sentences): a court or the police is implied, so a
// named person convicted or arrested is shown; a place or the police as
// the recipient is not, and one read through a pronoun only with a date.
func TestSession9Institution(t *testing.T) {
	for _, c := range []struct {
		src, typ, recip string // recip "": no event of type typ shown
		tm, value       string // a time expression of the text and its value
	}{
		{"[Kees de Vries] is tot zes jaar cel veroordeeld voor lidmaatschap van een terroristische organisatie.", "SANCTION", "Kees de Vries", "", ""},
		{"De fiscalist [Kees de Vries] werd veroordeeld voor de moord op zijn cliënt.", "SANCTION", "Kees de Vries", "", ""},
		{"[Kees de Vries] werd na een muziekfestival in het Zuiderpark aangehouden.", "COERCE", "Kees de Vries", "", ""},
		// (session 10: a conviction read through hij is shown without a
		// date too; an arrest is not)
		{"[Kees de Vries] was in de stad. Hij is tot twintig jaar celstraf veroordeeld.", "SANCTION", "Kees de Vries", "", ""},
		{"[Kees de Vries] was in de stad. Hij is gisteren aangehouden.", "COERCE", "", "", ""},
		{"[Kees de Vries] was in de stad. Hij werd op 3 maart 2023 tot twintig jaar celstraf veroordeeld.", "SANCTION", "Kees de Vries", "3 maart 2023", "2023-03-03"},
		{"Hij zat al vast in [Nederland|LOC], maar is nu uitgeleverd aan [Duitsland|LOC].", "COERCE", "", "", ""},
		{"De [politie|ORG] was snel ter plaatse, waarna de 63-jarige man werd aangehouden.", "COERCE", "", "", ""},
	} {
		checkUnnamedDoer(t, c.src, c.typ, c.recip, c.tm, c.value)
	}
}

// TestSession9Victim checks killings in the passive without a named
// killer (invented sentences): a named person killed is shown, the doer
// unnamed (also where the parse misses the passive the words show); a
// victim read through a pronoun only with a date of its own;
// no flight, no group without a name, no name from the sentence before.
func TestSession9Victim(t *testing.T) {
	for _, c := range []struct {
		src, recip string // recip "": no ASSAULT shown
		tm, value  string // a time expression of the text and its value
	}{
		{"[Kees de Vries] werd in zijn auto doodgeschoten.", "Kees de Vries", "", ""},
		{"In Amstelveen wordt [Kees de Vries] vermoord.", "Kees de Vries", "", ""},
		{"Op 3 september 2014 wordt [Kees de Vries] zittend voorin een auto doodgeschoten.", "Kees de Vries", "3 september 2014", "2014-09-03"},
		{"[Kees de Vries] was rijk. Toen hij in 2003 werd doodgeschoten, erfde zijn vrouw de panden.", "Kees de Vries", "2003", "2003"},
		{"[Kees de Vries] was rijk. Toen hij werd doodgeschoten, erfde zijn vrouw de panden.", "", "", ""},
		{"Toen werd vlucht [MH17|MISC] neergeschoten.", "", "", ""},
		{"[Kees de Vries] sprak in [Srebrenica|LOC]. Daar werden in 1995 achtduizend moslims vermoord.", "", "1995", "1995"},
		{"[Kees de Vries] werd in zijn auto gewaarschuwd.", "", "", ""},
	} {
		checkUnnamedDoer(t, c.src, "ASSAULT", c.recip, c.tm, c.value)
	}
}

// checkUnnamedDoer checks that src (annotated as annotate reads it, with
// the time expression tm of value, if any) shows one event of type typ
// without an actor and with recipient recip, or none when recip is "".
func checkUnnamedDoer(t *testing.T, src, typ, recip, tm, value string) {
	t.Helper()
	text, ms, ls := annotate(src)
	var times []kroniek.TimeRef
	if tm != "" {
		times = append(times, timeRef(text, tm, value, "", kroniek.TimeDate))
	}
	var shown []string
	for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2024-03-12") {
		if e.Type == typ && e.Shown {
			shown = append(shown, e.ActorText+" → "+e.RecipientText)
		}
	}
	switch {
	case recip == "" && len(shown) > 0:
		t.Errorf("%q: %s shown %v, want none", text, typ, shown)
	case recip != "" && (len(shown) != 1 || shown[0] != " → "+recip):
		t.Errorf("%q: %s shown %v, want → %s", text, typ, shown, recip)
	}
}
