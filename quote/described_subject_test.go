package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestDescribedSubjectBeforePronoun checks that "hij" after a sentence
// opened by an unnamed man is that man, also when the sentence names a
// body ("de politie"), which no "hij" stands for; a named man before
// the description is not the speaker.
func TestDescribedSubjectBeforePronoun(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"De gebroeders Jansen voelen zich bedreigd door een buurman. Karel Jansen zag hem bij het huis. " +
			"De man zelf zegt dat hij het geld voor de broers bewaarde omdat hij voor de politie werkte. " +
			"Hij had het geld willen teruggeven. Zo wilde hij bewijzen dat de broers nog altijd handelen.",
			[]string{"Karel Jansen"}, []string{"politie"}, "de broers nog", kroniek.QuoteIndirect, "De man"},
	})
}

// TestNearObjectOverFarSubject checks that "hij" is the man the last
// sentences name, after a preposition too, rather than a subject named
// several sentences further back with no "hij" about him since; a "hij"
// between keeps the earlier subject the topic.
func TestNearObjectOverFarSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Alleen wethouder Piet Mulder laat zich vroeg zien in de zaal. De partij koos voor een zaal in het oosten. " +
			"De leden zijn blij met de keuze. Overal staan schalen met hapjes. Het is lang wachten op Jan Bakker. " +
			"Als de zaal al leeg is, is de voorman er dan toch. Onder luid gejuich komt hij de trap af. " +
			"\"We zijn de enige partij die iedereen verbindt\", zegt hij.",
			[]string{"Piet Mulder", "Jan Bakker"}, nil, "We zijn de enige", kroniek.QuoteDirect, "Jan Bakker"},
		{"Jan Bakker sprak gisteren in de zaal. Hij had een gesprek met Piet Mulder. De leden waren blij. " +
			"Overal stonden hapjes. Het duurde lang. \"We zijn tevreden\", zegt hij.",
			[]string{"Jan Bakker", "Piet Mulder"}, nil, "We zijn tevreden", kroniek.QuoteDirect, "Jan Bakker"},
	})
}

// TestRoleCompoundSpeaks checks that a party written into a person's
// role is not the speaker: the politician the compound describes is,
// by its words; a body's own part and a name after the compound stay
// as they were.
func TestRoleCompoundSpeaks(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"De stemming liep uit. Een Groen Front-politicus zegt dat hij onder grote druk staat.",
			nil, []string{"Groen Front"}, "hij onder", kroniek.QuoteIndirect, "Een Groen Front-politicus"},
		{"De stemming liep uit. Het Stadsgroen-bestuur laat weten dat de raad later beslist.",
			nil, []string{"Stadsgroen"}, "de raad", kroniek.QuoteIndirect, "Stadsgroen"},
		{"De stemming liep uit. Groen Front-wethouder Karel Jansen zegt dat de raad later beslist.",
			[]string{"Karel Jansen"}, []string{"Groen Front"}, "de raad", kroniek.QuoteIndirect, "Karel Jansen"},
	})
}
