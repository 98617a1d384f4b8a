package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestPronounMeansReporter checks that a pronoun in the sentence after a
// report stands for who reported, not for the person named inside the
// reported clause.
func TestPronounMeansReporter(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Kandidaat Piet Smit erkent dat zijn rivaal Karel de Wit in Utrecht een voorsprong heeft van 2500 stemmen, maar stelt dat er 21.000 stemmen ongeldig zijn. De uitslag zou, meent hij, nog kunnen omslaan.",
			[]string{"Piet Smit", "Karel de Wit"}, nil, "De uitslag", kroniek.QuoteIndirect, "Piet Smit"},
		// the source a volgens-phrase names, and the subject of a main
		// verb whose complement names the other
		{"Volgens Piet Smit heeft Karel de Wit de zaak verknald. \"Dat is een schande\", zei hij.",
			[]string{"Piet Smit", "Karel de Wit"}, nil, "Dat is", kroniek.QuoteDirect, "Piet Smit"},
		{"Piet Smit zag hoe Karel de Wit de brug sloopte. \"Dat is een schande\", zegt hij.",
			[]string{"Piet Smit", "Karel de Wit"}, nil, "Dat is", kroniek.QuoteDirect, "Piet Smit"},
		// a source whose gender the article does not tell: the one it
		// speaks of stays
		{"Volgens advocaat Zaïra Olthof staat Marwin K. in het dorp bekend als 'de prins'. Hij zegt dat hij 'het geld van zijn vader heeft gekregen'.",
			[]string{"Zaïra Olthof", "Marwin K."}, nil, "het geld", kroniek.QuoteDirect, "Marwin K."},
		// the name is the main clause's subject: unchanged
		{"Karel de Wit heeft in Utrecht een voorsprong van 2500 stemmen, erkent Piet Smit. De uitslag zou, meent hij, nog kunnen omslaan.",
			[]string{"Piet Smit", "Karel de Wit"}, nil, "De uitslag", kroniek.QuoteIndirect, "Piet Smit"},
	})
}

// TestThingNeverSpeaks checks that a noun of what was said or thought in
// the quote's own clause is not its speaker: its owner speaks, a person
// the cue verb has, or no one.
func TestThingNeverSpeaks(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		// a noun after a preposition taken for the cue
		{"Jan Bakker viel zijn rivaal aan; hijzelf 'houdt van duidelijke taal', boven de tactiek om via achterkamertjes iets te bereiken.",
			[]string{"Jan Bakker"}, nil, "houdt van", kroniek.QuoteDirect, ""},
		// what was said gives way to whose it is
		{"In het persbericht van het Kadaster zit de boodschap ingebakken dat de huizenprijzen nooit meer zullen dalen.",
			nil, []string{"Kadaster"}, "de huizenprijzen", kroniek.QuoteIndirect, "Kadaster"},
		// a fronted thing: the name after the verb speaks
		{"Hij wil het winkelcentrum opknappen. De vier leegstaande winkels noemt Berg 'de kroonjuwelen' van het centrum.",
			[]string{"Berg"}, nil, "de kroonjuwelen", kroniek.QuoteDirect, "Berg"},
		{"De zorg over de invloed van China vindt historicus Jan Smit 'een beetje voorbarig'.",
			[]string{"Jan Smit"}, nil, "een beetje", kroniek.QuoteDirect, "Jan Smit"},
		// a plural verb: the name after it is whom they address
		{"De opstandelingen verwijten Jansen dat zij 'een puinhoop' heeft gemaakt van het plan.",
			[]string{"Jansen"}, nil, "een puinhoop", kroniek.QuoteDirect, "De opstandelingen"},
		// a source stays a source, a role stays the role
		{"Volgens het rapport 'moet de dijk worden verhoogd'.",
			nil, nil, "moet de dijk", kroniek.QuoteDirect, "het rapport"},
		{"\"Dat is te veel\", zegt de manager van het restaurant.",
			nil, nil, "Dat is", kroniek.QuoteDirect, "de manager"},
	})
}

// TestTitleBeforeName checks that a one-word speaker right before a
// person's name (a demonym the recogniser split off, a party title) gives
// way to that name, and that a pronoun before an addressed name does not.
func TestTitleBeforeName(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		// the demonym taken for a person of its own
		{"Met een nieuw lied eert Zwollenaar Kees Bos zijn stad. \"Het gaat over de mensen hier.\" Zijn vorige lied ging over de IJssel.",
			[]string{"Zwollenaar", "Kees Bos"}, nil, "Het gaat", kroniek.QuoteDirect, "Kees Bos"},
		// a pronoun and the name it addresses: the pronoun's person stays
		{"Piet Smit was boos. In het debat verweet hij Karel de Wit 'halve waarheden'.",
			[]string{"Piet Smit", "Karel de Wit"}, nil, "halve waarheden", kroniek.QuoteDirect, "Piet Smit"},
	})
}
