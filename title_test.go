package kroniek

import "testing"

func TestWithoutTitleRepeats(t *testing.T) {
	qs := []Quote{
		{Article: "a", Text: "Wij willen eerlijke verkiezingen, nu meteen", Kind: QuoteDirect},
		{Article: "a", Field: FieldTitle, Text: "'Wij willen eerlijke verkiezingen'", Kind: QuoteDirect}, // inside the text's
		{Article: "a", Field: FieldTitle, Text: "Wij willen eerlijke lonen", Kind: QuoteDirect},          // other words
		{Article: "b", Field: FieldTitle, Text: "Wij willen eerlijke verkiezingen", Kind: QuoteDirect},   // other article
	}
	if got := WithoutTitleRepeats(qs); len(got) != 3 || got[1].Text != qs[2].Text || got[2].Article != "b" {
		t.Errorf("quotes: %+v", got)
	}
	as := []Amount{
		{Article: "a", Field: FieldTitle, Value: 12},
		{Article: "a", Value: 12, Unit: "PCT"},
		{Article: "a", Field: FieldTitle, Value: 12, Unit: "PCT"},
	}
	if got := WithoutTitleRepeats(as); len(got) != 2 || got[0].Unit != "" || got[1].Field != "" {
		t.Errorf("amounts: %+v", got)
	}
	ts := []TimeRef{{Article: "a", Value: "2020-08-09"}, {Article: "a", Field: FieldTitle, Value: "2020-08-09"}, {Article: "a", Field: FieldTitle, Value: "2020-08-10"}}
	if got := WithoutTitleRepeats(ts); len(got) != 2 || got[1].Value != "2020-08-10" {
		t.Errorf("times: %+v", got)
	}
	es := []Event{
		{Article: "a", Type: "PROTEST", ActorLocal: []string{"L1"}, Shown: true},
		{Article: "a", Field: FieldTitle, Type: "PROTEST", ActorLocal: []string{"L1"}, Shown: true},
		{Article: "a", Field: FieldTitle, Type: "PROTEST", ActorLocal: []string{"L2"}, Shown: true},
		{Article: "a", Field: FieldTitle, Type: "ACCUSE", ActorLocal: []string{"L1"}, Shown: true},
	}
	if got := WithoutTitleRepeats(es); len(got) != 3 || got[1].ActorLocal[0] != "L2" {
		t.Errorf("events: %+v", got)
	}
	// A text event that is not shown makes the title's the one shown.
	es[0].Shown = false
	if got := WithoutTitleRepeats(es); len(got) != 4 {
		t.Errorf("events with the text's unshown: %+v", got)
	}
}
