package story

import (
	"reflect"
	"testing"

	"github.com/kroniek/kroniek"
)

func TestNamings(t *testing.T) {
	sources := []kroniek.SourceView{
		{Outlet: "", Articles: []string{"a0"}, Naming: map[string]string{"Belarus": "Wit-Rusland"}},
		{Outlet: "Krant A", Articles: []string{"a1", "a2"}, Naming: map[string]string{"Belarus": "Wit-Rusland", "Tichanovskaja": "Tichanovskaja"}},
		{Outlet: "Krant B", Articles: []string{"b1"}, Naming: map[string]string{"Belarus": "Belarus", "Tichanovskaja": "Tsichanoeskaja"}},
		{Outlet: "Krant C", Articles: []string{"c1"}},
	}
	got := Namings(sources)
	want := []Naming{
		{Entity: "Belarus", Spellings: []Spelling{
			{Text: "Belarus", Outlets: []string{"Krant B"}, Articles: []string{"b1"}},
			{Text: "Wit-Rusland", Outlets: []string{"", "Krant A"}, Articles: []string{"a0", "a1", "a2"}}}},
		{Entity: "Tichanovskaja", Spellings: []Spelling{
			{Text: "Tichanovskaja", Outlets: []string{"Krant A"}, Articles: []string{"a1", "a2"}},
			{Text: "Tsichanoeskaja", Outlets: []string{"Krant B"}, Articles: []string{"b1"}}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Namings:\n got %+v\nwant %+v", got, want)
	}
	if got, want := Spelled(got, "Krant B"), []EntitySpelling{{"Belarus", "Belarus"}, {"Tichanovskaja", "Tsichanoeskaja"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Spelled(Krant B) = %+v, want %+v", got, want)
	}
	if got, want := Spelled(Namings(sources), ""), []EntitySpelling{{"Belarus", "Wit-Rusland"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Spelled(unknown) = %+v, want %+v", got, want)
	}
	if got := Spelled(Namings(sources), "Krant C"); got != nil {
		t.Errorf("Spelled(Krant C) = %+v, want none", got)
	}
}
