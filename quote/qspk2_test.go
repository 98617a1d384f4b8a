package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSecondSubjectIsObject checks that a name the parse makes a second
// subject after a main clause's verb ("Piet Smit, …, prijst Bos") yields
// a later "hem" to the subject before the verb.
func TestSecondSubjectIsObject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Karel Smit, indertijd door CDA-leider Bos binnengehaald als staatssecretaris (1990-1994), prijst Bos om zijn inzet. Dat is volgens hem nooit veranderd.",
			[]string{"Karel Smit", "Bos"}, nil, "Dat is", kroniek.QuoteIndirect, "Karel Smit"},
		// the object parsed as one: unchanged
		{"Oud-minister Karel Smit prijst partijleider Jan de Wit om zijn inzet. Dat is volgens hem nooit veranderd.",
			[]string{"Karel Smit", "Jan de Wit"}, nil, "Dat is", kroniek.QuoteIndirect, "Karel Smit"},
	})
}

// TestOwnerInDescription checks that an unnamed speaker's description
// keeps the "van"-phrase that says whose it is.
func TestOwnerInDescription(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"De winkel ging dicht. De eigenaar van bakkerij De Korenbloem zei dat 'het zo niet langer kon'.",
			nil, nil, "het zo", kroniek.QuoteDirect, "De eigenaar van bakkerij De Korenbloem"},
		{"\"Dit is te veel\", zegt een medewerker van de bibliotheek.",
			nil, nil, "Dit is", kroniek.QuoteDirect, "een medewerker van de bibliotheek"},
		{"\"Dit is te veel\", zegt een bewoner van nummer 12.",
			nil, nil, "Dit is", kroniek.QuoteDirect, "een bewoner van nummer 12"},
		{"De voorzitter van de rechtbank en de aanklager zeggen dat 'de zaak helder is'.",
			nil, nil, "de zaak", kroniek.QuoteDirect, "De voorzitter van de rechtbank"},
		{"\"Dit is te veel\", zegt een woordvoerder van de bus- en treinmaatschappij.",
			nil, nil, "Dit is", kroniek.QuoteDirect, "een woordvoerder van de bus- en treinmaatschappij"},
		// no van-phrase: unchanged
		{"\"Dit is te veel\", zegt een medewerker in Utrecht.",
			nil, nil, "Dit is", kroniek.QuoteDirect, "een medewerker"},
	})
}

// TestSubjectAcrossRelativeClause checks that a speech verb right after a
// comma-bounded relative clause speaks for the noun before the clause,
// not for a name inside it.
func TestSubjectAcrossRelativeClause(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"Jan de Vries is boos. De gemeente, waar Karel Smit wethouder is, laat weten dat 'het een schande is'.",
			[]string{"Jan de Vries", "Karel Smit"}, []string{"gemeente"}, "het een", kroniek.QuoteDirect, "gemeente"},
		// the clause's antecedent is the speaker already: unchanged
		{"Jan de Vries is boos. Karel Smit, die de zaak al jaren volgt, zegt dat 'het een schande is'.",
			[]string{"Jan de Vries", "Karel Smit"}, nil, "het een", kroniek.QuoteDirect, "Karel Smit"},
	})
}
