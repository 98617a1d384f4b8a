package timex

import (
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/nl"
)

// TestContextual checks the expressions that need more than the article's
// date: the last date named, the tense of the clause, the weekday of a
// date, and the words that make a date a deadline or a start; each text
// without and with the dependency parse. The texts are written for the
// test.
func TestContextual(t *testing.T) {
	cases := []struct {
		ref, text, span, value, bound string
	}{
		{"2019-03-27", "Er waren 331 meldingen in 2017 tegenover 239 een jaar eerder.", "een jaar eerder", "2016", ""},
		{"2019-04-10", "Op 5 maart ging hij weg. Op dezelfde dag kwam zij.", "Op dezelfde dag", "2019-03-05", ""},
		{"2019-04-10", "Hij stierf op 3 april. Een dag later werd hij begraven.", "Een dag later", "2019-04-04", ""},
		{"2019-04-10", "Het gebeurde in 2011. Dat jaar won hij ook.", "Dat jaar", "2011", ""},
		{"2019-03-27", "Hij heeft de shows gepland op 9 juni en 14 augustus. Op woensdag 14 augustus volgt de tweede.", "14 augustus", "2019-08-14", ""},
		{"2019-03-20", "De schietpartij was in november 2017. Hij raakte in de nacht van 22 op 23 november gewond.", "23 november", "2017-11-23", ""},
		{"2019-03-08", "Het jaartal was veranderd: niet 2019, maar 2021. Op 28 maart van dat jaar zou het gebeuren.", "28 maart van dat jaar", "2021-03-28", ""},
		{"2019-04-02", "Op zaterdag 25 en zondag 26 mei zijn er twee verkoopdagen.", "zaterdag 25", "2019-05-25", ""},
		{"2019-03-06", "Een woordvoerder zegt dinsdag dat Harbers niet in kan gaan op de zaak.", "dinsdag", "2019-03-05", ""},
		{"2019-04-10", "De EU gaf het VK uitstel tot 30 juni.", "30 juni", "2019-06-30", kroniek.BoundUntil},
		{"2019-04-10", "Het akkoord moet uiterlijk vrijdag door het Lagerhuis zijn.", "vrijdag", "2019-04-12", kroniek.BoundUntil},
		{"2019-04-10", "Sinds maandag mogen ze niet meer op het fietspad.", "maandag", "2019-04-08", kroniek.BoundFrom},
		// tense: past → the last such day; present → ahead, except the day before publication
		{"2019-03-06", "Een woordvoerder zei dinsdag dat het klopt.", "dinsdag", "2019-03-05", ""},
		{"2019-04-02", "Op zaterdag 25 en zondag 26 mei zijn er twee verkoopdagen.", "zaterdag 25", "2019-05-25", ""},
		{"2019-03-06", "Een woordvoerder zegt dinsdag dat het klopt.", "dinsdag", "2019-03-05", ""},
		{"2019-03-30", "Maandag buigt de rechter zich over de zaak.", "Maandag", "2019-04-01", ""},
		{"2019-04-10", "Dinsdagmiddag komt de burgemeester kijken.", "Dinsdagmiddag", "2019-04-09", ""},
		{"2019-04-08", "Vrijdag speelt NAC thuis tegen Emmen.", "Vrijdag", "2019-04-12", ""},
		{"2019-04-08", "Er zijn zaterdag 28 gestolen auto's gevonden.", "zaterdag", "2019-04-06", ""},
		{"2019-04-08", "Zo'n drieduizend mensen hebben maandag het bolwerk verlaten.", "maandag", "2019-04-08", ""},
		{"2019-04-03", "De stemming van dinsdag is duidelijk.", "dinsdag", "2019-04-02", ""},
		{"2019-03-27", "De editie op zaterdag 9 november wordt de kers op de taart.", "zaterdag 9 november", "2019-11-09", ""},
		{"2019-04-01", "Van 12 tot en met 22 april is het podium bezet.", "12", "2019-04-12", ""},
		{"2019-04-08", "In het kabinet-Lubbers (1986-1989) was ze minister.", "1986", "1986", ""},
		{"2019-04-10", "Hij bracht in december vorig jaar de studente om.", "december vorig jaar", "2018-12", ""},
		{"2019-04-10", "Dit voorjaar maakt hij een rondgang.", "Dit voorjaar", "2019-SP", ""},
		{"2019-04-09", "Een week geleden claimde hij de winst.", "Een week geleden", "2019-04-02", ""},
	}
	for _, c := range cases {
		for _, parsed := range []bool{false, true} {
			doc := nl.Parse(c.text, nl.Options{Lang: "nl"})
			if parsed {
				annotate(t, doc) // the dependency parse, as in the pipeline
			}
			checkContextual(t, Extract(doc, RefFromPublished(c.ref)), c.text, c.span, c.value, c.bound, parsed)
		}
	}
}

// checkContextual reports an error unless got has span with the value and
// bound wanted.
func checkContextual(t *testing.T, got []kroniek.TimeRef, text, span, value, bound string, parsed bool) {
	t.Helper()
	found := false
	for _, g := range got {
		if g.Text != span {
			continue
		}
		found = true
		if g.Value != value || g.Bound != bound {
			t.Errorf("%q in %q (parsed %v): %s bound %q, want %s bound %q", span, text, parsed, g.Value, g.Bound, value, bound)
		}
	}
	if !found {
		t.Errorf("%q (parsed %v): %q not found in %+v", text, parsed, span, got)
	}
}

// TestUndated checks expressions that name no date of their own.
func TestUndated(t *testing.T) {
	for _, text := range []string{
		"Het luchtalarm dat elke eerste maandag van de maand te horen is, blijft.",
		"De Staten vergaderen alleen op maandag.",
		"De warenmarkt is op woensdag en zaterdag.",
		"Tot op de dag van vandaag is het zo.",
		"Je moet nadenken over wat je op vleesvrije maandag eet.",
		"Doordeweeks kun je het spoor volgen en zaterdag en zondagochtend naar de rotondes.",
		"Dit betekent dat de weg steeds een nacht (van maandag op dinsdag) afgesloten wordt.",
		"De president regeert al 26 jaar.",
		"We verwachten dat we op maandag overwerken, op dinsdag het project afronden en op woensdagochtend weer fris zijn.",
	} {
		if got := Extract(nl.Parse(text, nl.Options{Lang: "nl"}), RefFromPublished("2019-04-03")); len(got) != 0 {
			t.Errorf("%q: want no date, got %+v", text, got)
		}
	}
}

// TestSeasonOfYear checks a season that names its year after "van", on
// sentences written for this test: the season of that year, not the year.
func TestSeasonOfYear(t *testing.T) {
	checkDates(t, []dateCase{
		{"2019-03-26", "In de zomer van 2016 verhuisde het gezin naar Spanje.", "de zomer van 2016=2016-SU"},
		{"2019-03-26", "Het huurcontract loopt tot de winter van 2022.", "de winter van 2022=2022-WI"},
		{"2019-03-26", "Sinds het najaar van vorig jaar staat de molen stil.", "het najaar van vorig jaar=2018-FA"},
		{"2019-03-26", "Na de zomer van 2027 keert de club terug.", "de zomer van 2027=2027-SU"},
		{"2019-03-26", "De zomer was in 2016 erg droog.", "2016=2016"},
	})
}
