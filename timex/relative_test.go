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
	})
}
