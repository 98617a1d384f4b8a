package timex

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// TestWeekdayKinds checks the kinds of bare weekday the audit of
// docs/audits/times.md found wrong, on sentences written for this test
// (annotated as the pipeline does). Each want lists "text=value" for the
// dates the text should give, in order; a weekday left out is undated.
func TestWeekdayKinds(t *testing.T) {
	cases := []dateCase{
		// a Monday paper tells Saturday in the present as it tells Sunday, unless the sentence looks ahead
		{"2019-04-01", "Zaterdagmiddag, even na half twee, klinken vanaf het middelste kruis de woorden.", "Zaterdagmiddag=2019-03-30"},
		{"2019-04-08", "In de nacht van zaterdag op zondag rijden de komende drie maanden treinen als proef.", "zaterdag=2019-04-13"},
		// a modifier governs both days of a pair; the second follows the first
		{"2019-04-02", "De concerten afgelopen vrijdag en zaterdag waren uitverkocht.", "afgelopen vrijdag=2019-03-29 zaterdag=2019-03-30"},
		{"2019-04-03", "Komende vrijdag en zaterdag speelt de band.", "Komende vrijdag=2019-04-05 zaterdag=2019-04-06"},
		{"2019-04-03", "In de nacht van zaterdag op zondag werd ingebroken.", "zaterdag=2019-03-30 zondag=2019-03-31"},
		// a weekday with the date of a pair
		{"2019-03-25", "Het is in het weekeinde van zaterdag 21 en zondag 22 september.", "zaterdag 21=2019-09-21 zondag 22 september=2019-09-22"},
		// routines: a list of op-days, opening hours, a plain present after op
		{"2019-04-01", "We verwachten dat we op maandag overwerken, op dinsdag het project afronden en op woensdagochtend weer fris zijn.", ""},
		{"2019-03-27", "Het café is open van woensdag tot en met zondag van 12.00 tot 23.00 uur.", ""},
		{"2019-04-09", "Ik blijf het vreemd vinden dat ik me op maandagmorgen tot andere media moet wenden.", ""},
		{"2019-04-03", "De partij organiseert op vrijdag vanaf 20.00 uur een debat.", "vrijdag=2019-04-05"},
		// some day, another month's day, a name
		{"2019-04-08", "Op een maandagochtend stapte ze uit bed.", ""},
		{"2019-04-04", "Maar eerst terug naar die dinsdag in februari.", "februari=2019-02"},
		{"2019-04-08", "Zaterdagochtend is een van mijn favoriete rubrieken in deze krant.", ""},
		// die + weekday is the day just named; a relative die is not
		{"2019-04-04", "Op 2 april ging het mis. Die dinsdag was het koud.", "2 april=2019-04-02 dinsdag=2019-04-02"},
		{"2019-03-21", "Ik ben blij met de foto die dinsdag op de voorpagina stond.", "dinsdag=2019-03-19"},
		// direction: om … te looks ahead, al vanaf looks back, zou is no future
		{"2019-04-04", "De motie om maandag een nieuwe reeks stemmingen te houden kreeg evenveel stemmen voor als tegen.", "maandag=2019-04-08"},
		{"2019-03-28", "Daar liep Mays plan om vrijdag haar Brexitdeal voor de derde keer in stemming te brengen tussendoor.", "vrijdag=2019-03-29"},
		{"2019-04-04", "Twintig gemeenten zitten al vanaf zondagavond in het donker.", "zondagavond=2019-03-31"},
		{"2019-04-02", "De gemeente sluit vanaf maandag de stalling bij het station.", "maandag=2019-04-08"},
		{"2019-04-03", "De gemeente sluit vanaf maandag de stalling bij het station.", "maandag=2019-04-08"},
		// a start in the present: a state after is, met ingang van, per
		{"2019-04-03", "Het museum is vanaf maandag gesloten voor publiek.", "maandag=2019-04-08"},
		{"2019-04-02", "De nieuwe regels gelden met ingang van maandag.", "maandag=2019-04-08"},
		{"2019-04-05", "Per maandag is zij directeur van het museum.", "maandag=2019-04-08"},
		{"2019-04-03", "De tunnel was vanaf maandag gesloten.", "maandag=2019-04-01"},
		{"2019-04-03", "Het museum is sinds maandag gesloten.", "maandag=2019-04-01"},
		{"2019-04-04", "Daarom zou de stemming van zondag het einde van de dominantie kunnen inluiden.", "zondag=2019-03-31"},
		// an infinitive after te is not finite; a guessed past beats a guessed present
		{"2019-04-10", "Alle cliënten kregen dat maandag te horen.", "maandag=2019-04-08"},
		{"2019-02-12", "Dat postte het account van de organisatoren zondagmiddag op Instagram.", "zondagmiddag=2019-02-10"},
		// a reporting verb tells a past weekday, unless the clause expects it (seed 11606 #8)
		{"2019-03-30", "Het voorzitterschap laat waarschijnlijk woensdag weten hoe het verder moet met de uitkeringen.", "woensdag=2019-04-03"},
		{"2019-03-30", "Het voorzitterschap liet woensdag weten hoe het verder moet met de uitkeringen.", "woensdag=2019-03-27"},
		{"2019-03-30", "Het voorzitterschap laat woensdag weten hoe het verder moet met de uitkeringen.", "woensdag=2019-03-27"},
		// a weekday after "daarna", going on from a day ahead, follows that day
		{"2019-04-01", "Ajax voetbalt woensdag in Emmen. Daarna volgt een uitduel in het weekeinde: Ajax op zaterdag bij Willem II.",
			"woensdag=2019-04-03 zaterdag=2019-04-06"},
		{"2019-04-03", "Ajax speelde maandag in Emmen. Daarna volgde een uitduel: Ajax won zaterdag bij Willem II.",
			"maandag=2019-04-01 zaterdag=2019-03-30"},
		// a weekday dating the noun of a prepositional phrase tells of an event
		{"2019-04-11", "De politie zoekt de dader van een steekpartij zaterdag in een café.", "zaterdag=2019-04-06"},
		{"2019-04-04", "Via de rechter ontvangt het oliebedrijf vrijdag een dagvaarding.", "vrijdag=2019-04-05"},
		// a past weekday equal to the day of publication: a week back when narrated (op, toen), that day when told as news
		{"2019-03-25", "Op maandag werd de politiechef ontslagen.", "maandag=2019-03-18"},
		{"2019-03-30", "We waren er toen op zaterdag de hele fractie op het provinciehuis kwam.", "zaterdag=2019-03-23"},
		{"2019-03-25", "De politiechef werd maandag ontslagen.", "maandag=2019-03-25"},
		{"2019-03-25", "Vanochtend, op maandag, werd de politiechef ontslagen.", "Vanochtend=2019-03-25 maandag=2019-03-25"},
		// weekeinde is weekend
		{"2019-04-09", "De ministers kwamen afgelopen weekeinde bijeen.", "afgelopen weekeinde=2019-W14-WE"},
		// a default direction gives way to the day the text dated with evidence
		{"2019-04-01", "Ajax kan woensdag de koppositie overnemen. Ten Hag waarschuwde zijn spelers voor het duel van woensdag.", "woensdag=2019-04-03 woensdag=2019-04-03"},
		// deze + weekday in the present is the nearest such day (two days back at most): in a Monday paper the Saturday just past
		{"2019-03-25", "De prachtigste creaties stromen deze zaterdag de Jaarbeurs in.", "deze zaterdag=2019-03-23"},
		{"2019-03-26", "Alle fractievoorzitters zijn deze maandag uitgenodigd.", "deze maandag=2019-03-25"},
		{"2019-03-26", "De prachtigste creaties stromen deze zaterdag de Jaarbeurs in.", "deze zaterdag=2019-03-30"},
		{"2019-03-25", "De leden zullen deze zaterdag de Jaarbeurs in gaan.", "deze zaterdag=2019-03-30"},
	}
	checkDates(t, cases)
}

// dateCase is a sentence published on a day and the dates it should give,
// "text=value" in order.
type dateCase struct{ published, text, want string }

// checkDates extracts the times of each case's sentence (annotated as the
// pipeline does) and compares its dates with want.
func checkDates(t *testing.T, cases []dateCase) {
	t.Helper()
	for _, c := range cases {
		doc := nl.Parse(c.text, nl.Options{Lang: "nl"})
		annotate(t, doc)
		var got []string
		for _, tr := range Extract(doc, RefFromPublished(c.published)) {
			if tr.Kind == kroniek.TimeDate {
				got = append(got, tr.Text+"="+tr.Value)
			}
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s %q:\n got  %s\n want %s", c.published, c.text, g, c.want)
		}
	}
}
