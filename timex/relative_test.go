package timex

import "testing"

// TestPeriodOrders checks relative periods and months written in a less
// usual order, on sentences written for this test.
func TestPeriodOrders(t *testing.T) {
	checkDates(t, []dateCase{
		// deze begin week is begin deze week
		{"2019-04-10", "Kroon kwam deze begin week in opspraak.", "deze begin week=2019-W15"},
		{"2019-04-10", "De zaak kwam vorige eind maand voor de rechter.", "vorige eind maand=2019-03"},
		// a month of "dat jaar" takes the year the text just named
		{"2019-03-28", "De boeren kregen in 2016 te maken met sabotage. In een schuur werd in september van dat jaar brand gesticht.", "2016=2016 september van dat jaar=2016-09"},
		{"2019-03-28", "In een schuur werd in september van dat jaar brand gesticht.", "september=2018-09 dat jaar=2018"}, // no year before: as before
		// a year of the sentence dates a day or month only when it dates the same clause
		{"2019-03-21", "De in 1976 opgerichte band staat op 9 juni in Landgraaf.", "1976=1976 9 juni=2019-06-09"},
		{"2019-03-30", "De afsluiting per 1 mei zal in ieder geval duren tot de renovatie van de tunnel in 2021.", "1 mei=2019-05-01 2021=2021"},
		{"2019-03-26", "In 2017 kregen de vissers op 14 juni een vergunning.", "2017=2017 14 juni=2017-06-14"},
		{"2019-03-26", "Vorig jaar kregen de vissers op 14 juni een vergunning.", "Vorig jaar=2018 14 juni=2018-06-14"},
		// over + a rough count ("een jaar of dertig") is no time ahead; two times joined by of are
		{"2019-03-30", "Trek die lijn door en je zou over een jaar of dertig op nul kunnen zitten.", ""},
		{"2019-04-03", "Hoe weet ik dat er over een week niet weer een vliegtuig neerstort?", "een week=2019-W15"},
		{"2019-04-10", "De inspectie heeft de ontwikkeling van het onderwijs over honderd jaar bekeken.", ""},
		{"2019-04-10", "De rechtbank doet over zes weken uitspraak.", "zes weken=2019-W21"},
		// a month told in the simple past by both readings lies on or before the month of publication
		{"2019-04-08", "Het was eind juni, Jolien zat in mavo 3.", "eind juni=2018-06"},
		{"2019-03-21", "Die nam in april een motie van Kamerlid De Groot aan.", "april=2018-04"},
		// not a perfect or passive state, a te-infinitive or a deadline
		{"2019-04-02", "De operatie is naar verwachting in mei afgerond.", "mei=2019-05"},
		{"2019-03-30", "Gisteren beloofde de minister voor half april het rapport openbaar te maken.", "Gisteren=2019-03-29 half april=2019-04"},
		// a Monday paper tells the week just ended in the past as deze week; sinds dit weekend is past
		{"2019-03-04", "Buma verwijst naar de rol die Hoekstra deze week speelde.", "deze week=2019-W09"},
		{"2019-03-04", "Ook komt ze deze week naar een bewonersbijeenkomst.", "deze week=2019-W10"},
		{"2019-04-08", "Deze week lobbyen ze in Washington.", "Deze week=2019-W15"},
		{"2019-03-06", "Buma verwijst naar de rol die Hoekstra deze week speelde.", "deze week=2019-W10"},
		{"2019-04-02", "Sinds dit weekend staat Labour voor het eerst boven de Conservatieve Partij.", "dit weekend=2019-W13-WE"},
	})
}

// TestYearBeforeFunctionWord checks that a year after "in" followed by a
// function word is a year: "te" and "de" end in -e like an adjective, but
// no count stands before them ("in 2021 te vervangen"), while a count with
// an adjective and a noun stays no year.
func TestYearBeforeFunctionWord(t *testing.T) {
	checkDates(t, []dateCase{
		{"2019-03-26", "De gemeente wil de oude brug in 2021 te vervangen door een tunnel.", "2021=2021"},
		{"2019-03-26", "De provincie hoopt in 2023 de kosten te dekken.", "2023=2023"},
		{"2019-03-26", "Er hangen in 1200 verborgen kasten oude jassen.", ""},
		{"2019-03-26", "De dader wist in 2012 tbs te ontlopen.", "2012=2012"},
		{"2019-03-26", "In de haven liggen 1800 jachts.", ""},
	})
}

// TestColloquialYesterday checks "gister", the spoken form of gisteren.
func TestColloquialYesterday(t *testing.T) {
	checkDates(t, []dateCase{
		{"2019-03-29", "Bovendien zag ik gister een ree in de tuin.", "gister=2019-03-28"},
	})
}

// TestTomorrowOfEvent checks "van morgen" after a planned event: the
// event's day is tomorrow, while the future "van morgen" stays no date.
func TestTomorrowOfEvent(t *testing.T) {
	checkDates(t, []dateCase{
		{"2019-03-19", "Het uitstellen van de gemeenteraadsverkiezingen van morgen is niet besproken.", "morgen=2019-03-20"},
		{"2019-03-19", "De wedstrijd van morgen gaat gewoon door.", "morgen=2019-03-20"},
		{"2019-03-19", "Zij denkt na over de scholen van morgen.", ""},
	})
}
