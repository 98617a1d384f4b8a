package quote

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestForDisplayInsideReport: quoted words inside reported speech of the
// same speaker are shown with the report, not again on their own; words
// given to another speaker, a quotation elsewhere in the article and one
// of another article stay.
func TestForDisplayInsideReport(t *testing.T) {
	// Hij zei dat het plan 'onacceptabel' is en dat hij 'niet zal wijken'.
	report := kroniek.Quote{Article: "a", Start: 13, End: 73, Kind: kroniek.QuoteIndirect, Speaker: "e1",
		Text: "het plan 'onacceptabel' is en dat hij 'niet zal wijken'"}
	qs := []kroniek.Quote{
		report,
		{Article: "a", Start: 23, End: 35, Kind: kroniek.QuoteDirect, Speaker: "e1", Text: "onacceptabel"},
		{Article: "a", Start: 54, End: 71, Kind: kroniek.QuoteDirect, Text: "niet zal wijken"},
		{Article: "a", Start: 40, End: 50, Kind: kroniek.QuoteDirect, Speaker: "e2", Text: "ander woord"},
		{Article: "a", Start: 90, End: 120, Kind: kroniek.QuoteDirect, Speaker: "e1", Text: "Wij gaan door"},
		{Article: "b", Start: 23, End: 35, Kind: kroniek.QuoteDirect, Speaker: "e1", Text: "onverteerbaar"},
		{Article: "a", Field: kroniek.FieldTitle, Start: 23, End: 35, Kind: kroniek.QuoteDirect, Speaker: "e1", Text: "in de kop"},
	}
	var got []string
	for _, q := range ForDisplay(qs) {
		got = append(got, q.Text)
	}
	want := []string{report.Text, "ander woord", "Wij gaan door", "onverteerbaar", "in de kop"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("ForDisplay = %q\nwant %q", got, want)
	}
}
