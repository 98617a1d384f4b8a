package event

import "testing"

// TestSession6Kinds checks the readings written in sessions 6 and 7 for
// the retrained parsers, on invented sentences: each event of the given type
// must be shown with the given actor and recipient text, or (actor "")
// not be shown at all.
func TestSession6Kinds(t *testing.T) {
	checkCases(t, []shownCase{
		// session 7, second shift: a body named by a noun of its own
		// ("een team van X" … "het team"), a conviction, a supposition
		// with als … zou, an adjective tagged as a name, a letter's
		// signature and heading run into its first sentence
		{"Een speciaal team van de [Taskforce Noord|ORG] onderzocht de zaak. Het team beschuldigde [Acme|ORG] van fraude.", "ACCUSE", "Het team", "Acme"},
		{"[Jan Smit|PER] is veroordeeld door [Nederland|LOC] voor deelname aan een terroristische organisatie.", "SANCTION", "Nederland", "Jan Smit"},
		{"[Jan Smit|PER] is veroordeeld door [Nederland|LOC] voor deelname aan een terroristische organisatie.", "ACCUSE", "", ""},
		{"Maar als [Acme|ORG] verboden afspraken zou hebben gemaakt met [Globex|ORG], is het een ander verhaal.", "AGREE", "", ""},
		{"Maar als [Acme|ORG] verboden afspraken zou hebben gemaakt met [Globex|ORG], is het een ander verhaal.", "COERCE", "", ""},
		{"De [Conservatieve|MISC] premier [Anna Smit|PER] heeft een goed gesprek gehad met oppositieleider [Kees Vos|PER].", "CONSULT", "Anna Smit", "Kees Vos"},
		{"[Joop Klinkhamer|PER], [Edam Fijnstof Van Gelder|PER] In Het Parool van 16 maart pleit [Jan Smit|PER] voor een betere plek voor voetbalclub [Acme|ORG].", "REQUEST", "Jan Smit", "Acme"},
		{"Het was om aan te geven dat de leden van die organisatie de Republiek [Duitsland|LOC] niet erkennen.", "REJECT", "", ""},
		// "op initiatief van A (AOb), B en C": the whole list acts, also
		// past a name the tagger cut ("FNV Zorg [en Welzijn]")
		{"Volgende week voert het onderwijs actie tegen [Acme|ORG], op initiatief van de [Bond Noord|ORG] ([BN|ORG]), [FNV Zorg|ORG] en Welzijn en de [Federatie van Docenten|ORG] ([FvD|ORG]).", "PROTEST", "Bond Noord, FNV Zorg, Federatie van Docenten", "Acme"},
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
		{"De oppositiepartijen, plus [CDA|ORG] en [ChristenUnie|ORG], steunen [Anna de Vries|PER], al houden zij hun bedenkingen niet voor zich.", "SUPPORT", "De oppositiepartijen, CDA, ChristenUnie", "Anna de Vries"},
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
		// (a passive without agent has no actor: TestNoActor, session 10,
		// since a conviction read through hij is shown)
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
		{"Uit het dossier blijkt dat de Groninger [Piet Kamp|PER] en de Duitse scholiere via een chatapp ontmoette.", "CONSULT", "", ""},
		// a predicate adjective is the judgement itself
		{"[Jan Smit|PER] is uitgesproken kritisch op [Kees Vos|PER].", "ACCUSE", "Jan Smit", "Kees Vos"},
		// second shift (the words now read the parse event asked for, as
		// in the pipeline):
		// a bare participle joined to a passive is passive too
		{"Op 3 mei 2016 werd de 15-jarige [Anna Smit|PER] door haar buurjongen [Kees Vos|PER] in een bos verkracht en gedood.", "ASSAULT", "Kees Vos", "Anna Smit"},
		// what happened "zonder dat" did not happen
		{"Ik ben [Piet Kamp|PER] een keer tegengekomen bij de familie van [Jan Smit|PER] zonder dat we hadden afgesproken.", "AGREE", "", ""},
		// "op z'n minst" opens a phrase: op is no particle of sluiten
		{"De [VS|ORG] wil inspecteurs naar [Iran|LOC] sturen, een belangrijk complex sluiten, of op z'n minst een plan maken voor ontwapening.", "COERCE", "", ""},
		// names coordinated inside a noun's flat phrase are all the side
		{"Coalitiepartijen [GroenLinks|ORG] en [SP|ORG] eisen dat staatssecretaris [Jan Smit|PER] (Asiel) verantwoording aflegt in de Kamer.", "REQUEST", "GroenLinks, SP", "Jan Smit"},
		// a bare title coordinated with the role noun before a name is the
		// same person
		{"[Historicus|PER] en [BBC|ORG]-presentator [Jan Smit|PER] roemt [Anna de Vries|PER] om haar werk.", "SUPPORT", "Jan Smit", "Anna de Vries"},
		// the subject of a terwijl-clause the parse joined to the main verb
		// is not the main clause's
		{"Terwijl [Brussel|LOC] zijn relatie met [Peking|LOC] aan het aftasten is, doet de [Balkan|LOC] al volop zaken met [China|LOC].", "COOPERATE", "Balkan", "China"},
		// the aan-phrase of uitleveren is the destination, not the one extradited
		{"[Nederland|LOC] levert [Jan Smit|PER] uit aan [Duitsland|LOC].", "COERCE", "Nederland", "Jan Smit"},
		// a conjunction the recogniser read as a name (Indien = India) is no side
		{"[Indien|LOC] gewenst hebben we nog veel meer kandidaten: u vraagt, wij draaien!", "REQUEST", "", ""},
		// support by a counted number of people is manpower
		{"De [politie Utrecht|ORG] heeft een [Team Opsporing|ORG] opgericht met tien rechercheurs die, ondersteund door pakweg dertig agenten, de branden gaan onderzoeken.", "SUPPORT", "", ""},
		// keeping someone company is no arrest
		{"Tijdens een werkbezoek aan [Parijs|LOC] hielden [Jan Smit|PER] en twee andere fractievoorzitters de aan slapeloosheid lijdende [Piet Kamp|PER] beurtelings gezelschap aan de bar.", "COERCE", "", ""},
		// session 7 (the parser merged into main b960e41, the judged
		// seed-10613 audit's kinds):
		// a list of callers each with a role and a name, the second
		// member parsed as an apposition of the first: every member stays
		{"Gisteren belden de Franse minister [Jean Dupont|PER], de Duitse minister [Karl Weber|PER] en de voorzitter van de [Raad|ORG], [Piet Smit|PER], met de Russische president [Ivan Petrov|PER].", "CONSULT", "Jean Dupont, Karl Weber, Piet Smit", "Ivan Petrov"},
		// one person with two titles is no list
		{"[Jan Smit|PER], de voorzitter en oprichter, bekritiseerde [Acme|ORG].", "ACCUSE", "Jan Smit", "Acme"},
		// names listed in parentheses after a noun are the side
		{"Een aantal partijen ([Rood|ORG], [Groen|ORG], [Blauw|ORG]) vroeg [Kees Vos|PER] de regeling in te trekken.", "REQUEST", "Rood, Groen, Blauw", "Kees Vos"},
		// a place tagged as the head of a longer name is not the party
		{"Vorig jaar deed de [Fiod|ORG] een inval bij de [Utrecht|LOC] Handelsbank.", "COERCE", "", ""},
		// the frame's phrase on the expression's noun
		{"[Jan de Boer|PER] ging gisteren op bezoek bij premier [Kees Vos|PER].", "CONSULT", "Jan de Boer", "Kees Vos"},
		// supporting, rejecting or criticising another party's plan or
		// act is done to that party
		{"[Jan Smit|PER] steunt het plan van [Acme|ORG].", "SUPPORT", "Jan Smit", "Acme"},
		{"[Jan Smit|PER] verzet zich tegen het voorstel van [Acme|ORG].", "REJECT", "Jan Smit", "Acme"},
		{"[Jan Smit|PER] koos de kant van [Piet Kamp|PER].", "SUPPORT", "Jan Smit", "Piet Kamp"},
		// an organisation's staff stand for it; a counted group is the
		// counted people
		{"[Acme|ORG] heeft nauw samengewerkt met onderzoekers van [Globex|ORG].", "COOPERATE", "Acme", "Globex"},
		// "Het is X verboden": a standing ban, X is no actor; a dat-clause
		// after "Het is" keeps its deed
		{"Het is de [Belastingdienst|ORG] verboden mededelingen te doen over een persoon.", "COERCE", "", ""},
		{"Het is duidelijk dat [Jan Smit|PER] gisteren [Piet Kamp|PER] heeft mishandeld.", "ASSAULT", "Jan Smit", "Piet Kamp"},
		// blocking an appointment is blocking the party it concerns: not
		// whole without it
		{"[Acme|ORG] blokkeert de benoeming van nieuwe rechters.", "REJECT", "", ""},
		// een lans breken voor: a plea, whole without a recipient
		{"[Jan Smit|PER] brak zondag een lans voor de bouw van meer huizen.", "REQUEST", "Jan Smit", ""},
		// receiving a reprimand: the giver acts on the receiver
		{"[Acme|ORG] kreeg vorig jaar een vermaning van [Globex|ORG].", "ACCUSE", "Globex", "Acme"},
		// a reprimand, a dismissal, a challenge
		{"[Jan Smit|PER] is al op de vingers getikt door de [Verenigde Naties|ORG].", "ACCUSE", "Verenigde Naties", "Jan Smit"},
		{"[Acme|ORG] ontsloeg gisteren directeur [Piet Kamp|PER].", "SANCTION", "Acme", "Piet Kamp"},
		{"[Jan Smit|PER] daagt [Piet Kamp|PER] uit tot een debat.", "REQUEST", "Jan Smit", "Piet Kamp"},
		// a plural role with two names, each with a portfolio
		{"De ministers [Jan Smit|PER] van Justitie en [Piet Kamp|PER] van Veiligheid bezochten [Acme|ORG].", "CONSULT", "Jan Smit, Piet Kamp", "Acme"},
		// refusing another party's ruling (also as a compound's tail) is
		// not whole without that party; a clause inside the content names
		// no party
		{"[Jan Smit|PER] legde een congresuitspraak om alsnog in verzet te komen naast zich neer.", "REJECT", "", ""},
		// a person breaking off contact sanctions no town (the setting is
		// no recipient of a person's sanction)
		{"In [Almelo|LOC] woont [Anna Vos|PER] al jaren. [Anna Vos|PER] heeft alle contact verbroken.", "SANCTION", "", ""},
	})
}
