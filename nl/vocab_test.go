package nl

import "testing"

// TestCommonWord checks the lexicon check on words, plurals and
// compounds, and that names and an unannotated doc say no.
func TestCommonWord(t *testing.T) {
	s, err := LoadSyntax()
	if err != nil || s.m == nil {
		t.Skipf("no syntax model: %v", err)
	}
	d := Parse("Hallo.", Options{Lang: "nl"})
	if d.CommonWord("Doodgaan") {
		t.Errorf("an unannotated doc knows words")
	}
	s.Annotate(d)
	for w, want := range map[string]bool{"Doodgaan": true, "Oorsuizen": true, "Spinnengedrag": true, "Hoofdspreker": true, "Zoutopslag": true, "Steenkoolopslag": true, "Leerstoornissen": true, "Heideveen": false,
		"Rusland": false, "Pontsteiger": false, "Olympiakos": false, "Amsterdam": false, "Jansen": false, "Op": false} {
		if got := d.CommonWord(w); got != want {
			t.Errorf("CommonWord(%q) = %v, want %v", w, got, want)
		}
	}
}
