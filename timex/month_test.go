package timex

import "testing"

// TestMonthYears checks the year a month without one takes, on sentences
// written for this test (annotated as the pipeline does). Each want lists
// "text=value" for the dates of the text, in order.
func TestMonthYears(t *testing.T) {
	cases := []dateCase{
		// the end of a month range is read too, in the tense of its clause
		{"2019-09-10", "Van mei tot en met juli was het uitzonderlijk warm.", "mei=2019-05 juli=2019-07"},
		// a plan told in the past with zou and an infinitive looks ahead
		{"2019-04-04", "De planning was dat in september begonnen zou worden met de bouw.", "september=2019-09"},
		{"2019-04-03", "Hij zou in oktober een ongeluk hebben veroorzaakt.", "oktober=2018-10"},
		// a month after vorig or volgend jaar is of that year, whatever other years the sentence names,
		// and one expression with it (as "december vorig jaar")
		{"2019-04-04", "Al in 1962 was hij het van plan, volgend jaar april is het zover.", "1962=1962 volgend jaar april=2020-04"},
		{"2019-03-28", "In 2014 begon het wachten, vorig jaar mei kwam het bericht.", "2014=2014 vorig jaar mei=2018-05"},
	}
	checkDates(t, cases)
}

// TestIncidentDays checks that a day and month dating an unplanned event
// in a present clause lies behind, on sentences written for this test;
// a planned event, a future or a clause without an incident keeps the
// day ahead.
func TestIncidentDays(t *testing.T) {
	cases := []dateCase{
		{"2019-04-03", "Het ongeluk lijkt op de vliegtuigcrash in Peru op 12 november.", "12 november=2018-11-12"},
		{"2019-05-10", "De politie zoekt nog altijd getuigen van de bomaanslag op het station op 30 september.", "30 september=2018-09-30"},
		// no incident, a future, an incident in another clause: ahead
		{"2019-04-03", "Het festival in Peru begint op 12 november.", "12 november=2019-11-12"},
		{"2019-04-03", "De burgemeester zal de ramp op 12 november herdenken.", "12 november=2019-11-12"},
		{"2019-04-03", "Na de brand is het museum dicht, maar de deuren gaan op 12 november weer open.", "12 november=2019-11-12"},
	}
	checkDates(t, cases)
}

// TestSlashDates checks a day and month written with a slash, on
// sentences written for this test: one glued by a hyphen to a word is an
// age range or a fraction, and "9/11" after "van" or "sinds" names the
// attacks of 2001.
func TestSlashDates(t *testing.T) {
	cases := []dateCase{
		{"2019-04-10", "De voorstelling staat op 14/9 in Tilburg.", "14/9=2019-09-14"},
		{"2019-04-10", "Kinderen kiezen op 11/12-jarige leeftijd al een richting.", ""},
		{"2019-04-10", "Het boek verscheen kort na de aanslagen van 9/11 in New York.", "9/11=2001-09-11"},
		{"2019-04-10", "Het concert is 9/11 in Hengelo.", "9/11=2019-11-09"},
	}
	checkDates(t, cases)
}
