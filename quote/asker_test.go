package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestAskerBefore checks that who asks or calls on someone speaks, not
// whom they address, where the parse took the addressee after the finite
// verb for the subject: a second subject before the verb, an auxiliary's
// subject, a conjoined verb's head, an opening phrase the parse gave
// another relation.
func TestAskerBefore(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"De stafchef van de krijgsmacht riep Abdel Bouteflika gisteravond op om onmiddellijk op te stappen.",
			[]string{"Abdel Bouteflika"}, nil, "onmiddellijk", kroniek.QuoteIndirect, "De stafchef van de krijgsmacht"},
		{"Kim Jong-un zou Donald Trump hebben gevraagd de inhoud van de post voor zichzelf te houden.",
			[]string{"Kim Jong-un", "Donald Trump"}, nil, "de inhoud", kroniek.QuoteIndirect, "Kim Jong-un"},
		{"De Kamer had Cora van Nieuwenhuizen gevraagd de ouderen tijdelijk toch te laten doorrijden.",
			[]string{"Cora van Nieuwenhuizen"}, []string{"Kamer"}, "de ouderen", kroniek.QuoteIndirect, "Kamer"},
		{"Legerleider Ahmed Salah schaarde zich achter de demonstranten en riep Abdel Bouteflika op onmiddellijk plaats te maken.",
			[]string{"Ahmed Salah", "Abdel Bouteflika"}, nil, "onmiddellijk", kroniek.QuoteIndirect, "Ahmed Salah"},
		{"Met name vicepremier Matteo Salvini van de coalitiepartij Lega riep La Scala op de stekker uit het plan te trekken.",
			[]string{"Matteo Salvini"}, []string{"Lega", "La Scala"}, "de stekker", kroniek.QuoteIndirect, "Matteo Salvini"},
		{"Een zichtbaar vermoeide Mark Rutte (hij vergat een keer zijn tekst) riep voormalig kompaan PvdA-leider Lodewijk Asscher op niet tegenover maar naast elkaar te staan.",
			[]string{"Mark Rutte", "Lodewijk Asscher"}, nil, "niet tegenover", kroniek.QuoteIndirect, "Mark Rutte"},
		// a fronted adverbial leaves the subject after the verb
		{"Gisteren riep Mark Rutte de kiezers op massaal naar de stembus te gaan.",
			[]string{"Mark Rutte"}, nil, "massaal", kroniek.QuoteIndirect, "Mark Rutte"},
	})
}
