package resolve

import (
	"strings"
	"testing"
)

// TestSession11Shares checks that a share of a people ("een kwart van de
// Britten") is no mention of the country, while the people as the
// country's actor still is (made-up text).
func TestSession11Shares(t *testing.T) {
	got := strings.Join(localNames(t, "Ruim driekwart van de Britten vindt het goed. Zo'n 40 procent van de Fransen twijfelt. "+
		"De Britten verlaten de EU op 29 maart."), ", ")
	if strings.Contains(got, "Fransen") {
		t.Errorf("a share of the French is a mention of France: %s", got)
	}
	if !strings.Contains(got, "Britten/LOC") {
		t.Errorf("want the British as the country's actor in %s", got)
	}
	doc := "Ruim driekwart van de Britten vindt het goed."
	if got := strings.Join(localNames(t, doc), ", "); strings.Contains(got, "Britten") {
		t.Errorf("%q: a share of the British is a mention of the country: %s", doc, got)
	}
}

// TestSession11CommonCompounds checks that a compound of a name and a
// common noun (a page, a debate, fans) is no name, and that the name
// alone and a given name ending so stay (made-up text).
func TestSession11CommonCompounds(t *testing.T) {
	got := strings.Join(localNames(t, "Op de Zorbagrampagina van Stefan Quelder stond het. Het Zorbagramdebat duurde lang. "+
		"De Quorbafans juichten. Zorbagram zweeg."), ", ")
	for _, bad := range []string{"Zorbagrampagina", "Zorbagramdebat", "Quorbafans"} {
		if strings.Contains(got, bad) {
			t.Errorf("%s in %s", bad, got)
		}
	}
	if !strings.Contains(got, "Stefan Quelder/PER") {
		t.Errorf("want Stefan Quelder/PER in %s", got)
	}
	for w, want := range map[string]bool{"Facebookpagina": true, "Juventusfan": true, "Kamermeerderheid": true, "Stefan": false, "Fan": false, "Stuk": false, "Twentekanaal": false} {
		if commonCompound(w) != want {
			t.Errorf("commonCompound(%q) = %v, want %v", w, !want, want)
		}
	}
}

// TestSession11ModelShortForms checks that a model named by a number and
// a given name is no person, and that the given name alone joins the
// model, unless a person of that name is in the article (made-up text).
func TestSession11ModelShortForms(t *testing.T) {
	got := strings.Join(localNames(t, "Wat misging er met de 737 Max? Zo werd in 2011 de Max geboren. De Max bleek onveilig."), ", ")
	if !strings.Contains(got, "737 Max/MISC") || strings.Contains(got, "Max/PER") || strings.Count(got, "Max") != 1 {
		t.Errorf("want one model 737 Max/MISC, no person Max: %s", got)
	}
	got = strings.Join(localNames(t, "De Boeing 737 Max staat aan de grond. Max Quelder vloog er nooit mee. Max lacht."), ", ")
	if !strings.Contains(got, "Max Quelder/PER") {
		t.Errorf("want the person Max Quelder in %s", got)
	}
}

// TestSession11ClassVotes checks that a class noun before one mention
// types the entity over the tagger's thing and a person's shape
// elsewhere, that "vorige week" is no class noun before a person, that
// a plural class noun types the examples after it, and that a word
// coordinated with a known place after "in" is a place (made-up text).
func TestSession11ClassVotes(t *testing.T) {
	got := strings.Join(localNames(t, "Dat meldt het onderzoeksinstituut Zorbalis uit Leiden. Volgens Zorbalis gaat het goed. Zorbalis telt mee. "+
		"De modefolders van kledingbedrijf Pieter Quelder zijn bekend. Quelder zwijgt. "+
		"Denk stelde vorige week Jan Dorrestein voor. Dorrestein zei niets. "+
		"Nu modeketens als Zorbamark en Quorbix de markt hebben veroverd, lijdt de winkel. "+
		"Ouderen in Oss en Quorbeek kunnen een scan laten doen."), ", ")
	for _, want := range []string{"Zorbalis/ORG", "Pieter Quelder/ORG", "Jan Dorrestein/PER", "Zorbamark/ORG", "Quorbix/ORG", "Quorbeek/LOC"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %s in %s", want, got)
		}
	}
	for w, want := range map[string]string{"modeketens": "ORG", "supermarkten": "ORG", "week": "", "musea": ""} {
		if got := classOfNoun(w); got != want {
			t.Errorf("classOfNoun(%q) = %q, want %q", w, got, want)
		}
	}
}
