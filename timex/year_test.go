package timex

import "testing"

// TestYearsNotCounts checks that a four-digit number read as a year is
// none when it is a group of a spaced telephone number or a member of a
// list of counts, on sentences written for this test; a year a
// preposition opens stays one.
func TestYearsNotCounts(t *testing.T) {
	cases := []dateCase{
		{"2019-04-04", "Wie heeft er nog oude ansichtkaarten? Piet de Vries, Zwolle, 038 421 1923.", ""},
		{"2019-04-04", "De provider verkoopt de 800, 1800 en 2600 MHz-banden.", ""},
		{"2019-04-04", "Een nieuwe dijk kost tussen de 900 en 1200 miljoen euro.", ""},
		// a preposition opens the year: the number after it or the list after it is the next phrase
		{"2019-04-04", "Hij kreeg in 2016 18 maanden cel.", "2016=2016"},
		{"2019-04-04", "De heffing stijgt naar 80 euro in 2030 en 150 euro in 2040.", "2030=2030 2040=2040"},
		{"2019-04-04", "In 1994, 2002 en 2010 won de club de beker.", "1994=1994 2002=2002 2010=2010"},
	}
	checkDates(t, cases)
}

// TestComingYear checks that "het komende jaar" is the twelve months from
// the article's date, a stretch and no date, while "komend jaar" and
// "volgend jaar" are the next calendar year; sentences written for this
// test.
func TestComingYear(t *testing.T) {
	cases := []dateCase{
		{"2019-04-04", "De gemeente wil het komende jaar vijftig woningen bouwen.", ""},
		{"2019-04-04", "De gemeente wil komend jaar vijftig woningen bouwen.", "komend jaar=2020"},
		{"2019-04-04", "De gemeente bouwt volgend jaar vijftig woningen.", "volgend jaar=2020"},
	}
	checkDates(t, cases)
}
