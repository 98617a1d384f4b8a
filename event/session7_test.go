package event

import "testing"

// TestSession7Kinds checks the readings written in session 7 for the
// parser merged then, on invented sentences: each event of the given type
// must be shown with the given actor and recipient text, or (actor "")
// not be shown at all.
func TestSession7Kinds(t *testing.T) {
	checkCases(t, []shownCase{
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
	})
}
