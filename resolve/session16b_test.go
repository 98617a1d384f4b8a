package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// localKB runs Local on a made-up text and returns, for each mention, its
// text, its entity's type and knowledge-base id: "Heerenveen/ORG/".
func localKB(t *testing.T, text string) []string {
	t.Helper()
	doc := annotated(t, text)
	locals, ms := Local(doc, nerTag(t)(doc), loadKB(t))
	ent := map[string]string{}
	for _, l := range locals {
		ent[l.Key] = l.Type + "/" + l.KB
	}
	var out []string
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q has offsets %d:%d of %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		out = append(out, m.Text+"/"+ent[m.Local])
	}
	return out
}

// TestSession16ClubOfLinkedTown checks that a town the knowledge base
// knows, named as a match's opponent in a match report ("tegen
// Heerenveen", "uit bij Emmen"), is the club and loses the town's link,
// while the town after "in" keeps it, and that outside a match report
// "tegen" changes nothing.
func TestSession16ClubOfLinkedTown(t *testing.T) {
	report := "Feyenoord speelt zondag thuis tegen Heerenveen. De trainer wil na de 3-1 nederlaag in de vorige wedstrijd weer scoren. " +
		"Volgende week wacht een duel uit bij Emmen. De spelers verblijven vrijdag in een hotel in Heerenveen."
	got := strings.Join(localKB(t, report), " ")
	t.Log(got)
	for _, want := range []string{"Heerenveen/ORG/", "Emmen/ORG/"} {
		if !strings.Contains(got, want) {
			t.Errorf("match report: want %s among %s", want, got)
		}
	}
	if strings.Contains(got, "Emmen/LOC") {
		t.Errorf("match report: Emmen after 'uit bij' stays a town: %s", got)
	}
	plain := "De boeren in Friesland protesteren tegen Heerenveen. De gemeente wil de weg afsluiten."
	if got := strings.Join(localKB(t, plain), " "); !strings.Contains(got, "Heerenveen/LOC/municipality:nl:heerenveen") {
		t.Errorf("no match report: want the town Heerenveen linked, got %s", got)
	}
}

// TestSession16MiddleInitials checks that two full names of one first
// and last name but other initials between (George H.W. Bush, George W.
// Bush) are two people across articles, while a name without such
// initials joins: the helper, and the corpus join.
func TestSession16MiddleInitials(t *testing.T) {
	for _, x := range []struct {
		a, b string
		want bool
	}{
		{"George H.W. Bush", "George W. Bush", false},
		{"George W. Bush", "George Bush", true},
		{"John F. Kennedy", "John F. Kennedy", true},
		{"Khalifa Belqasim Haftar", "Khalifa Haftar", true},
		{"Peter R. de Vries", "Peter R. de Vries", true},
	} {
		if got := middleInitialsAgree(x.a, x.b); got != x.want {
			t.Errorf("middleInitialsAgree(%q, %q) = %v, want %v", x.a, x.b, got, x.want)
		}
	}
	one := func(id, name string) *kroniek.Analysis {
		return &kroniek.Analysis{
			Article:  id,
			Locals:   []kroniek.LocalEntity{{Key: "L1", Name: name, Type: kroniek.PER}},
			Mentions: []kroniek.Mention{{Start: 0, End: len(name), Text: name, Local: "L1"}},
		}
	}
	an := []*kroniek.Analysis{one("a", "George H.W. Bush"), one("b", "George W. Bush"), one("c", "George W. Bush")}
	arts := []*kroniek.Article{{ID: "a", Lang: "nl", Title: "a"}, {ID: "b", Lang: "nl", Title: "b"}, {ID: "c", Lang: "nl", Title: "c"}}
	Corpus(arts, an)
	if an[0].Mentions[0].Entity == an[1].Mentions[0].Entity {
		t.Errorf("George H.W. Bush and George W. Bush joined")
	}
	if an[1].Mentions[0].Entity != an[2].Mentions[0].Entity {
		t.Errorf("George W. Bush of two articles not joined")
	}
}

// TestSession16TradeNamedFirm checks that a lone name the article gives
// first after a lower-case trade noun is the firm, not the last name of
// the owner it names in full later, and that a lone name after the full
// name still joins it.
func TestSession16TradeNamedFirm(t *testing.T) {
	forms := localForms(t, "Het jacht is gebouwd door de Brabantse scheepsbouwer Heesen. Heesen ontvangt de betalingen via een bank in Litouwen. "+
		"Uit onderzoek bleek dat voormalig eigenaar Frans Heesen en zijn familie een fiscaal voordeel kregen.")
	if slices.Contains(forms, "Heesen=Frans Heesen/PER") || !slices.Contains(forms, "Heesen=Heesen/ORG") {
		t.Errorf("the shipyard joined its former owner: %v", forms)
	}
	got := strings.Join(localForms(t, "Voormalig eigenaar Frans Heesen zegt niets. Volgens Heesen is alles volgens de regels gegaan."), " ")
	if !strings.Contains(got, "Heesen=Frans Heesen/PER") {
		t.Errorf("a lone name after the full name: %s", got)
	}
}

// TestSession16NamedProvince checks that the Provinciale Staten an article
// names with their province right after them ("van Gelderland") are that
// province's council even where the article names the province only once,
// and never join the councils in general of an election article.
func TestSession16NamedProvince(t *testing.T) {
	named := func(id string) (*kroniek.Article, *kroniek.Analysis) {
		text := "De zetels van de Provinciale Staten van Gelderland zijn verdeeld."
		s := strings.Index(text, "Provinciale Staten")
		g := strings.Index(text, "Gelderland")
		return &kroniek.Article{ID: id, Lang: "nl", Title: id, Text: text}, &kroniek.Analysis{
			Article: id,
			Locals: []kroniek.LocalEntity{
				{Key: "L1", Name: "Provinciale Staten", Type: kroniek.ORG},
				{Key: "L2", Name: "Gelderland", Type: kroniek.LOC, KB: "place:gelderland"},
			},
			Mentions: []kroniek.Mention{
				{Start: s, End: s + len("Provinciale Staten"), Text: "Provinciale Staten", Local: "L1"},
				{Start: g, End: g + len("Gelderland"), Text: "Gelderland", Local: "L2", KB: "place:gelderland"},
			},
		}
	}
	general := "Vandaag kiest Nederland de Provinciale Staten."
	s := strings.Index(general, "Provinciale Staten")
	a1, n1 := named("a")
	a2, n2 := named("b")
	a3 := &kroniek.Article{ID: "c", Lang: "nl", Title: "c", Text: general}
	n3 := &kroniek.Analysis{
		Article:  "c",
		Locals:   []kroniek.LocalEntity{{Key: "L1", Name: "Provinciale Staten", Type: kroniek.ORG}},
		Mentions: []kroniek.Mention{{Start: s, End: s + len("Provinciale Staten"), Text: "Provinciale Staten", Local: "L1"}},
	}
	Corpus([]*kroniek.Article{a1, a2, a3}, []*kroniek.Analysis{n1, n2, n3})
	if n1.Mentions[0].Entity != n2.Mentions[0].Entity {
		t.Errorf("Gelderland's Staten of two articles not joined")
	}
	if n1.Mentions[0].Entity == n3.Mentions[0].Entity {
		t.Errorf("Gelderland's Staten joined the councils in general")
	}
}

// TestSession16UnlinkedChamber checks that "Kamer" left unlinked (its
// article names both chambers) joins no "Kamer" of another article: each
// may be either chamber.
func TestSession16UnlinkedChamber(t *testing.T) {
	one := func(id string) (*kroniek.Article, *kroniek.Analysis) {
		return &kroniek.Article{ID: id, Lang: "nl", Title: id, Text: "De Kamer stemt " + id}, &kroniek.Analysis{
			Article:  id,
			Locals:   []kroniek.LocalEntity{{Key: "L1", Name: "Kamer", Type: kroniek.ORG}},
			Mentions: []kroniek.Mention{{Start: 3, End: 8, Text: "Kamer", Local: "L1"}},
		}
	}
	a1, n1 := one("a")
	a2, n2 := one("b")
	Corpus([]*kroniek.Article{a1, a2}, []*kroniek.Analysis{n1, n2})
	if n1.Mentions[0].Entity == n2.Mentions[0].Entity {
		t.Errorf("two articles' unlinked Kamer joined")
	}
}

// TestSession16CompassDistricts checks that a district named by a compass
// point (Zuid) joins the same name in another article only when the two
// articles name the same city most: Amsterdam's Zuid is not Rotterdam's.
func TestSession16CompassDistricts(t *testing.T) {
	one := func(id, city, kbid string) (*kroniek.Article, *kroniek.Analysis) {
		text := "Een woning in " + city + ", in Zuid."
		c := strings.Index(text, city)
		z := strings.Index(text, "Zuid")
		return &kroniek.Article{ID: id, Lang: "nl", Title: id, Text: text}, &kroniek.Analysis{
			Article: id,
			Locals: []kroniek.LocalEntity{
				{Key: "L1", Name: "Zuid", Type: kroniek.LOC},
				{Key: "L2", Name: city, Type: kroniek.LOC, KB: kbid},
			},
			Mentions: []kroniek.Mention{
				{Start: z, End: z + 4, Text: "Zuid", Local: "L1"},
				{Start: c, End: c + len(city), Text: city, Local: "L2", KB: kbid},
			},
		}
	}
	a1, n1 := one("a", "Amsterdam", "capital:NL")
	a2, n2 := one("b", "Amsterdam", "capital:NL")
	a3, n3 := one("c", "Rotterdam", "municipality:nl:rotterdam")
	Corpus([]*kroniek.Article{a1, a2, a3}, []*kroniek.Analysis{n1, n2, n3})
	if n1.Mentions[0].Entity != n2.Mentions[0].Entity {
		t.Errorf("Amsterdam's Zuid of two articles not joined")
	}
	if n1.Mentions[0].Entity == n3.Mentions[0].Entity {
		t.Errorf("Amsterdam's Zuid joined Rotterdam's")
	}
}
