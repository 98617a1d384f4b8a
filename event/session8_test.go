package event

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// sideNames lists the entity names of an event side.
func sideNames(keys []string, ls []kroniek.LocalEntity) string {
	var out []string
	for _, k := range keys {
		for _, l := range ls {
			if l.Key == k {
				out = append(out, l.Name)
			}
		}
	}
	return strings.Join(out, ",")
}

// TestSession8Sides checks the readings added in session 8: a noun
// received (heeft een vermaning van Y gekregen: Y acts on the subject), a
// role phrase the article gives one person as the recipient of a verb
// that needs a named one, plural agreement nouns, and the members of an
// organisation standing for it.
func TestSession8Sides(t *testing.T) {
	cases := []struct {
		text, typ, actor, recip string
	}{
		{"En recent werd bekend dat ook de groene [Triodos Bank|ORG] een vermaning van [DNB|ORG] heeft gekregen.", "ACCUSE", "DNB", "Triodos Bank"},
		{"Eerder had [Fox] akkoorden gesloten met [Zwitserland|LOC] en [Chili|LOC].", "AGREE", "Fox", "Zwitserland,Chili"},
		{"Justitieminister [Ferd Grapperhaus] wil er niets van weten. Maar [Henk Krol] daagt de minister opnieuw uit om de maffia aan te pakken.", "REQUEST", "Henk Krol", "Ferd Grapperhaus"},
		{"Het bestuur van [La Scala|ORG] heeft de dirigent [Riccardo Muti] ontslagen.", "SANCTION", "La Scala", "Riccardo Muti"},
	}
	for _, c := range cases {
		text, ms, ls := annotate(c.text)
		found := false
		var got []string
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2019-03-12") {
			a, r := sideNames(e.ActorLocal, ls), sideNames(e.RecipientLocal, ls)
			got = append(got, e.Type+" "+a+" → "+r)
			if e.Type == c.typ && a == c.actor && r == c.recip {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s %s → %s, got %v", c.text, c.typ, c.actor, c.recip, got)
		}
	}
}

// TestPatientSentence checks the patient reading of "krijgen" + a
// sentence: the subject is sentenced, the court unnamed, and a named
// subject is shown.
func TestPatientSentence(t *testing.T) {
	text, ms, ls := annotate("Een andere verdachte werd vrijgesproken. [Laura H.] uit Zoetermeer kreeg in 2017 24 maanden cel, waarvan dertien voorwaardelijk.")
	var got []string
	ok := false
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2019-03-12") {
		got = append(got, e.Type+" "+sideNames(e.ActorLocal, ls)+" → "+sideNames(e.RecipientLocal, ls))
		if e.Type == "SANCTION" && len(e.ActorLocal) == 0 && sideNames(e.RecipientLocal, ls) == "Laura H." && e.Shown {
			ok = true
		}
	}
	if !ok {
		t.Errorf("want a shown SANCTION → Laura H., got %v", got)
	}
}

// TestUnderFire checks the patient reading of "onder vuur liggen": the
// subject is criticised.
func TestUnderFire(t *testing.T) {
	text, ms, ls := annotate("Ook VVD-minister [Eric Wiebes] van Economische Zaken ligt onder vuur in het Groningen-dossier.")
	var got []string
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2019-03-12") {
		got = append(got, e.Type+" "+sideNames(e.ActorLocal, ls)+" → "+sideNames(e.RecipientLocal, ls))
		if e.Type == "ACCUSE" && sideNames(e.RecipientLocal, ls) == "Eric Wiebes" && len(e.ActorLocal) == 0 {
			return
		}
	}
	t.Errorf("want ACCUSE → Eric Wiebes, got %v", got)
}

// TestPatientNone checks that "kreeg geen tbs" is negated and that a
// sentence without a named subject takes no place as its recipient.
func TestPatientNone(t *testing.T) {
	for _, src := range []string{
		"De rechter in [Utrecht|LOC] oordeelde hard. [Michael P.] kreeg in 2012 geen tbs opgelegd.",
		"In [Syrië|LOC] zitten nog vrouwen vast. In [Syrië|LOC] is het onrustig. Degene die zwijgt, krijgt een gevangenisstraf van tien jaar.",
	} {
		text, ms, ls := annotate(src)
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2019-03-12") {
			if e.Type == "SANCTION" && e.Shown {
				t.Errorf("%q: SANCTION → %s shown", src, sideNames(e.RecipientLocal, ls))
			}
		}
	}
}

// TestPatientActor checks that the van-phrase after the verb of a patient
// expression is its actor, and one of the subject's title is not.
func TestPatientActor(t *testing.T) {
	text, ms, ls := annotate("Minister [Eric Wiebes] van [Economische Zaken|ORG] ligt onder vuur. Drugscrimineel [John H.] kreeg gisteren van de [rechtbank Den Bosch|ORG] acht jaar cel vanwege handel in cocaïne.")
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2019-03-12") {
		if e.Type == "ACCUSE" && len(e.ActorLocal) > 0 {
			t.Errorf("ACCUSE → Wiebes with actor %s: the title's van-phrase", sideNames(e.ActorLocal, ls))
		}
	}
	var got []string
	for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2019-03-12") {
		got = append(got, e.Type+" "+sideNames(e.ActorLocal, ls)+" → "+sideNames(e.RecipientLocal, ls))
		if e.Type == "SANCTION" && sideNames(e.ActorLocal, ls) == "rechtbank Den Bosch" && sideNames(e.RecipientLocal, ls) == "John H." {
			return
		}
	}
	t.Errorf("want SANCTION rechtbank Den Bosch → John H., got %v", got)
}
