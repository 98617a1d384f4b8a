package event

import "testing"

// TestSession6Kinds checks the readings written in session 6 for the
// retrained parser, on invented sentences: each event of the given type
// must be shown with the given actor and recipient text, or (actor "")
// not be shown at all.
func TestSession6Kinds(t *testing.T) {
	checkCases(t, []shownCase{
		// a verb-final clause: a later name before the verb is the object,
		// not a conjunct of the subject
		{"Culminerend in het verlof waarin [Jan Smit|PER] in 2017 de 25-jarige [Anna de Vries|PER] verkrachtte.", "ASSAULT", "Jan Smit", "Anna de Vries"},
		// a participle in a parenthesis after a name, whatever role the parse gave the name
		{"Ze zijn in de liedjes die de Koerdische oppositieleider [Ali Demir|PER] − twee jaar geleden achter de tralies gezet door [Kees Vos|PER] − zelf schrijft en via de telefoon presenteert.", "COERCE", "Kees Vos", "Ali Demir"},
		// samen met after the verb joins the actor
		{"[Jan de Boer|PER] ging samen met [Piet Kamp|PER] op bezoek bij premier [Kees Vos|PER].", "CONSULT", "Jan de Boer, Piet Kamp", "Kees Vos"},
		// a name in the actor's own apposition is no other party: the
		// demand names a thing and is whole without a recipient
		{"[Jan Smit|PER], hoofdredacteur van de krant [Dagblad Noord|ORG], verwerpt de verhoging van de rente.", "REJECT", "Jan Smit", ""},
		// the finite verb agrees with the phrase before it, and "plus X en
		// Y" joins that phrase, whatever the parse made subject
		{"De coalitiefracties, plus [PvdA|ORG] en [GroenLinks|ORG], steunen [Koolmees|PER], al steken zij hun chagrijn niet onder stoelen of banken.", "SUPPORT", "De coalitiefracties, PvdA, GroenLinks", "Koolmees"},
		// refusing another party's act (an invitation, an attack) is not
		// whole without that party
		{"[Acme|ORG] slaat de uitnodiging af, omdat de bond er al is.", "REJECT", "", ""},
		{"[Acme|ORG] verzet zich krachtig tegen de aanval.", "REJECT", "", ""},
		// a relative pronoun's antecedent agrees with the clause's verb
		{"Bij veel mensen gingen de gedachten terug naar bedreigingen van de peetvader van [Jan Smit|PER], [Piet Kamp|PER], die in mei 2002 vermoord werd door activist [Kees Vos|PER].", "ASSAULT", "Kees Vos", "Piet Kamp"},
		// two verbs joined after their object share it
		{"Culminerend in het verlof waarin [Jan Smit|PER] in 2017 de 25-jarige [Anna de Vries|PER] mishandelde en doodde.", "ASSAULT", "Jan Smit", "Anna de Vries"},
		// an event noun as the object of a verb: the verb's subject (a
		// relative pronoun resolved) and the noun's frame
		{"Ook oppositieleider [Anna Smit|PER], die een lijstverbinding was aangegaan met de [Groene Unie|ORG], haalde uit naar [Kees Vos|PER].", "COOPERATE", "Anna Smit", "Groene Unie"},
		// a demanded sentence is demanded against someone; refusing to give
		// something is refusing someone; asking attention is no request
		{"Het [Openbaar Ministerie|ORG] eiste een celstraf van negen maanden.", "REQUEST", "", ""},
		{"Omdat het bestuur niet snel genoeg afstand neemt, weigert [Jan Smit|PER] een startbekostiging toe te kennen.", "REJECT", "", ""},
		{"Er is een blok voor Nederlanders die aandacht vragen voor de ontbossing en een voor de [Groene Kerken|ORG].", "REQUEST", "", ""},
		// a verb form the tagger reads as a preposition has no parse for its sides
		{"Volgens de buurtbewoners overmeesterden ze [Ger|PER], eisten geld en bonden hem met ducttape en tiewraps vast aan een stoel.", "REQUEST", "", ""},
		// a passive without agent has no actor, however many subjects the parse gave it
		{"Syriëganger [Jan Smit|PER], uit [Heeten|LOC], vertelde eind vorig jaar zelf rond [Idlib|LOC] te verblijven. Hij is in [Nederland|LOC] bij verstek tot zes jaar cel veroordeeld voor lidmaatschap van een terroristische organisatie.", "SANCTION", "", ""},
		// a te-infinitive the parse hung elsewhere is governed by the main clause's hedge
		{"[Jan Smit|PER] overweegt voorts overal waar de 'gele hesjes' worden vergezeld van 'ultra's' die vernielingen aanrichten en winkels plunderen, de manifestaties te verbieden.", "COERCE", "", ""},
		// a clause the parse left without a verb gives its noun no subject
		{"[Jan Smit|PER] heeft de arrestatie van [Piet Kamp|PER], de dochter van oprichter [Kees Vos|PER], scherp veroordeeld.", "COERCE", "", ""},
		// a relative pronoun's antecedent acts, named or not; a copula's
		// predicate stands for its subject; a name right before the pronoun is meant
		{"[Jan Smit|PER] zag de katholieke kerk, die weigert anticonceptie te aanvaarden om de wereldbevolking te beperken, als een criminele organisatie.", "REJECT", "", ""},
		{"Wat dit betreft alle lof voor premier [Jan Smit|PER], die oproept tot verdraagzaamheid en tolerantie.", "REQUEST", "Jan Smit", ""},
		{"[Jan Smit|PER], hoofdredacteur van de krant [Dagblad Noord|ORG], en een van de favoriete journalisten van [Kees Vos|PER], pleit voor nieuwe verkiezingen in [Istanboel|LOC].", "REQUEST", "Jan Smit", ""},
		// an organisation named between commas at the end of the subject's phrase
		{"In feite, denkt [Jan Smit|PER], was er iets heel anders aan de hand: de moedermaatschappij van [Firan|ORG], [Acme|ORG], heeft afspraken gemaakt met [Globex|ORG].", "AGREE", "Acme", "Globex"},
		// a list ends with the member after its en: a name after the comma is a gapped clause's
		{"De overgangsregering wordt gesteund door [Turkije|LOC] en [Qatar|LOC], [Jan Smit|PER] door [Egypte|LOC] en de [Verenigde Arabische Emiraten|LOC].", "SUPPORT", "Turkije, Qatar", "De overgangsregering"},
		// a phrase that opens with en is the actor's conjunct, no recipient
		{"Uit het onderzoek blijkt dat de Utrechter [Jan Vo|PER] en de Noorse jongen via social media ontmoette.", "CONSULT", "", ""},
		// a predicate adjective is the judgement itself
		{"[Jan Smit|PER] is uitgesproken kritisch op [Kees Vos|PER].", "ACCUSE", "Jan Smit", "Kees Vos"},
	})
}
