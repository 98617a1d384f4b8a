package timex

import (
	"testing"
	"time"
)

// TestHolidaysAndCenturies checks named holidays, centuries, seasons
// after voor or na, quarters, and the ranges and day-month-year phrases
// that gave two values, on sentences written for this test (annotated as
// the pipeline does).
func TestHolidaysAndCenturies(t *testing.T) {
	checkDates(t, []dateCase{
		// a holiday: a direction word, the tense (the last one in the past, the next one otherwise), a year after it
		{"2019-03-20", "Hij refereerde aan de vreugdevuren afgelopen oud en nieuw.", "afgelopen oud en nieuw=2018-12-31"},
		{"2019-03-20", "Ze willen vuurwerkshows houden tijdens de oudejaarsnacht.", "oudejaarsnacht=2019-12-31"},
		{"2019-04-03", "Met Kerst waren ze daar voor het laatst.", "Kerst=2018-12-25"},
		{"2019-04-03", "Vlak voor kerst vorig jaar ging het mis.", "kerst vorig jaar=2018-12-25"},
		{"2019-03-08", "Het is oudejaarsdag 2017.", "oudejaarsdag 2017=2017-12-31"},
		{"2019-03-25", "Ik moest denken aan de kerstdagen van 2000.", "kerstdagen van 2000=2000-12-25"},
		{"2019-04-20", "Ik werk met Pasen.", "Pasen=2019-04-21"},
		{"2019-04-10", "Met Pinksteren gaan we weg.", "Pinksteren=2019-06-09"},
		// a past clause about a holiday a few weeks ahead: its preparations
		{"2019-04-01", "De verklaring hebben we bedacht toen er nog weinig plannen waren rondom Koningsdag.", "Koningsdag=2019-04-27"},
		// every year, a habit, a time counted from it: no date
		{"2019-03-27", "Elk jaar met Pasen is het druk.", ""},
		{"2019-03-20", "Het strand is op oudejaarsavond normaliter leeg.", ""},
		{"2019-04-01", "Ze gaan in de week voor Pasen naar zee.", ""},
		// centuries: an ordinal, vorige and deze against the article's year; not a half century
		{"2019-03-25", "Dat droombeeld spat in deze 21ste eeuw uiteen.", "21ste eeuw=20XX"},
		{"2019-03-25", "In de twintigste eeuw was dat anders.", "twintigste eeuw=19XX"},
		{"2019-03-25", "Die kun je terugvoeren op de 18de eeuw.", "18de eeuw=17XX"},
		{"2019-03-25", "Dat gebeurde in de vorige eeuw al.", "vorige eeuw=19XX"},
		{"2019-03-25", "Het was een halve eeuw geleden.", ""},
		// a day and month with vorig or dit jaar is one date; the end of a range takes the year of its start
		{"2019-04-08", "In de vroege ochtend van 26 juni vorig jaar ramde een auto de gevel.", "26 juni vorig jaar=2018-06-26"},
		{"2019-04-02", "De trap zou tussen 3 juni en 12 juli aangelegd moeten zijn.", "3 juni=2019-06-03 12 juli=2019-07-12"},
		{"2019-04-02", "Het feest liep van 20 december tot en met 5 januari.", "20 december=2018-12-20 5 januari=2019-01-05"},
		{"2019-04-10", "Hij parkeerde in de nacht van 12 op 13 juli 2014 zijn auto.", "12=2014-07-12 13 juli 2014=2014-07-13"},
		// a year that dates a participle after "in" is a year, not a count
		{"2019-04-04", "Ze staan niet achter het in 2015 gesloten klimaatakkoord.", "2015=2015"},
		{"2019-04-04", "Er wonen in 1500 gemeenten mensen.", ""},
		// voor or na de zomer: the coming summer, the last one in the past tense; a quarter is its year
		{"2019-03-25", "Onderzoeksresultaten moeten er voor de zomer liggen.", "de zomer=2019-SU"},
		{"2019-03-04", "Na de zomer begon de bouw.", "de zomer=2018-SU"},
		{"2019-03-04", "Elk jaar gaat de winkel voor de zomer dicht.", ""},
		{"2019-04-04", "De club moet na de zomer van 2027 terugkeren.", "de zomer van 2027=2027-SU"},
		{"2019-04-04", "B en W hebben besloten nog dit kwartaal het ontwerp ter inzage te leggen.", "dit kwartaal=2019"},
		{"2019-01-10", "Afgelopen kwartaal daalde de omzet.", "Afgelopen kwartaal=2018"},
		{"2019-03-28", "In het eerste kwartaal van 2018 steeg de omzet.", "eerste kwartaal van 2018=2018"},
	})
}

// TestEasterSunday checks the Easter computation on known dates.
func TestEasterSunday(t *testing.T) {
	for y, want := range map[int]string{2018: "2018-04-01", 2019: "2019-04-21", 2020: "2020-04-12", 2024: "2024-03-31", 2000: "2000-04-23"} {
		if got := easterSunday(y).Format(time.DateOnly); got != want {
			t.Errorf("easterSunday(%d) = %s, want %s", y, got, want)
		}
	}
}
