package quote

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// withBodies adds mentions of organisations and places to a document's
// people: every occurrence of each name, typed as given.
func withBodies(text string, ms []kroniek.Mention, locals []kroniek.LocalEntity, bodies [][2]string) ([]kroniek.Mention, []kroniek.LocalEntity) {
	for _, b := range bodies {
		name, typ := b[0], b[1]
		key := fmt.Sprintf("B%d", len(locals)+1)
		locals = append(locals, kroniek.LocalEntity{Key: key, Name: name, Type: typ})
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			s := off + i
			off = s + len(name)
			ms = append(ms, kroniek.Mention{Start: s, End: off, Text: name, Type: typ, Local: key})
		}
	}
	return ms, locals
}

// TestOwnedSpeaks checks that a person named in the genitive before a
// noun for a person is whose the speaker is, not who speaks: the speaker
// is the description, or the person named right after the noun.
func TestOwnedSpeaks(t *testing.T) {
	for _, tc := range []struct {
		text, quote, local, speaker string
		people                      []string
	}{
		{"Willem Vermeulen wil bouwen. ,,Dan zijn we zo weer twee jaar verder'', zei Vermeulens raadsman.",
			"Dan zijn we zo weer twee jaar verder", "", "Vermeulens raadsman", []string{"Willem Vermeulen"}},
		{"Lucas Bolsius bleef thuis. 'Het was beter geweest als er twee versies waren', zegt Bolsius' woordvoerder.",
			"Het was beter geweest als er twee versies waren", "", "Bolsius' woordvoerder", []string{"Lucas Bolsius"}},
		{"Walter Biemans bouwde een loods. ,,Waarom zou dat niet mogen?'', vraagt Biemans' vrouw Maaike zich af.",
			"Waarom zou dat niet mogen?", "L2", "Maaike", []string{"Walter Biemans", "Maaike"}},
		// the genitive of a statement: its owner speaks
		{"Theresa May sprak. Ook Mays verwijt dat 'parlementsleden alles blokkeren' viel slecht.",
			"parlementsleden alles blokkeren", "L1", "May", []string{"Theresa May"}},
		// no genitive: the name speaks
		{"Willem Vermeulen wil bouwen. ,,Dan zijn we zo weer twee jaar verder'', zei Vermeulen boos.",
			"Dan zijn we zo weer twee jaar verder", "L1", "Vermeulen", []string{"Willem Vermeulen"}},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		checkSpeaker(t, tc.text, qs, tc.quote, tc.local, tc.speaker)
	}
}

// TestPluralNames checks that "zij" with a plural verb after a clause
// whose subject is a list opening with a role and a name, or with a body
// or country, is that list: its words, with the entity of the first
// person, body or country.
func TestPluralNames(t *testing.T) {
	for _, tc := range []struct {
		text, quote, local, speaker string
		people                      []string
		bodies                      [][2]string // name, type
	}{
		{"Duitsland gaat een heel eind mee in de Franse denkwijze, maar Nederland en een aantal kleinere landen zijn sterk tegen dit plan gekant. Zij vinden dat zo'n schokfonds eurolanden beloont.",
			"zo'n schokfonds eurolanden beloont", "B2", "Nederland en een aantal kleinere landen", nil, [][2]string{{"Duitsland", kroniek.LOC}, {"Nederland", kroniek.LOC}}},
		{"Manager Trudy Snippert en gedragswetenschapper Anneke Hofsté van Ambiq doen hun verhaal op kantoor. Ze vertellen dat kinderrechters steeds minder machtigingen geven.",
			"kinderrechters steeds minder machtigingen geven", "L1", "Manager Trudy Snippert en gedragswetenschapper Anneke Hofsté van Ambiq", []string{"Trudy Snippert", "Anneke Hofsté"}, [][2]string{{"Ambiq", kroniek.ORG}}},
		// a name with a plural verb: a people
		{"De Koerden, die de kampen runnen, willen dat graag. Zij zeggen dat ze de vrouwen niet kunnen berechten.",
			"ze de vrouwen niet kunnen berechten", "B1", "Koerden", nil, [][2]string{{"Koerden", kroniek.LOC}}},
		// a body alone, not a list: as before, the body
		{"De Bond van Boeren spreekt dat tegen. Zij zeggen dat de regels te streng zijn.",
			"de regels te streng zijn", "B1", "Bond van Boeren", nil, [][2]string{{"Bond van Boeren", kroniek.ORG}}},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		ms, locals = withBodies(doc.Text, ms, locals, tc.bodies)
		qs := Extract(doc, sortedMentions(ms), locals)
		checkSpeaker(t, tc.text, qs, tc.quote, tc.local, tc.speaker)
	}
}

// TestPluralPeople checks that "zij" with a plural verb after a clause
// whose subject names a people without a state (a MISC entity of the
// knowledge base's peoples) is that people.
func TestPluralPeople(t *testing.T) {
	text := "De Koerden, die de kampen runnen, willen dat graag. Zij zeggen dat ze de vrouwen niet kunnen berechten."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{})
	ms, locals = withBodies(doc.Text, ms, locals, [][2]string{{"Koerden", kroniek.MISC}})
	locals[len(locals)-1].KB = "misc:people-koerden"
	checkSpeaker(t, text, Extract(doc, sortedMentions(ms), locals), "ze de vrouwen niet kunnen berechten", "B1", "Koerden")
}

// sortedMentions returns ms in text order, as Extract takes them.
func sortedMentions(ms []kroniek.Mention) []kroniek.Mention {
	out := slices.Clone(ms)
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// TestLastQuoted checks that a definite role description nobody in the
// article was given ("zegt de verkeerskundige") is the person quoted just
// before, when no one else is named since; a relational role ("de
// advocaat") stays a description.
func TestLastQuoted(t *testing.T) {
	for _, tc := range []struct {
		text, quote, local string
	}{
		{`"Het gaat nog heel traag", zegt Peter van der Knaap. "Wij zien daardoor doden." Een weg moet geloofwaardig zijn. "Daarom moet er meer handhaving komen in de steden", zegt de verkeerskundige.`,
			"Daarom moet er meer handhaving komen in de steden", "L1"},
		{`"Het gaat nog heel traag", zegt Peter van der Knaap. Een weg moet geloofwaardig zijn. En zorg voor goede handhaving, zegt de verkeerskundige.`,
			"En zorg voor goede handhaving", "L1"},
		{`"Het gaat nog heel traag", zegt Peter van der Knaap. "Wij zien daardoor doden." Een weg moet geloofwaardig zijn. "Daarom moet er meer handhaving komen in de steden", zegt de advocaat.`,
			"Daarom moet er meer handhaving komen in de steden", ""},
		// a compound whose head is a short role: "chef"
		{`Peter van der Knaap: "Wij zien daardoor veel ongelukken in de wijken." Daarna is het een kwestie van goed kijken naar de kruisingen, zegt de verkeerschef.`,
			"Daarna is het een kwestie van goed kijken naar de kruisingen", "L1"},
		// three sentences back counted from where the quotation ends
		{`Peter van der Knaap: "Wij zien veel ongelukken. Het gaat traag. Mensen rijden te hard. Ik ben mijn collega's gaan opleiden." Daarna is het een kwestie van goed kijken, zegt de verkeerskundige.`,
			"Daarna is het een kwestie van goed kijken", "L1"},
		// a report before, and the description before what it reports
		{`'Wij wachten eerst af', aldus minister van Landbouw Peter van der Knaap. Hij zei dat de schade niet overdreven moet worden. Weinig winst Volgens de bewindsman levert het plan jaarlijks slechts weinig geld op.`,
			"levert het plan jaarlijks slechts weinig geld op", "L1"},
		// a description that says whose it is brings someone new
		{`'Wij wachten eerst af', aldus minister Peter van der Knaap. Hij zei dat de schade niet overdreven moet worden. De officier van justitie zei dat het plan jaarlijks slechts weinig geld oplevert.`,
			"het plan jaarlijks slechts weinig geld oplevert", ""},
		// the role met before as someone else
		{`"Het was geen ongeluk", zegt Peter van der Knaap. Daarna sprak de rechter het vonnis uit. "De vrouw is zelf van de trap gevallen", zegt de rechter.`,
			"De vrouw is zelf van de trap gevallen", ""},
		// another person named since
		{`"Het gaat nog heel traag", zegt Peter van der Knaap. Het plan komt van Jan Smit. "Daarom moet er meer handhaving komen in de steden", zegt de verkeerskundige.`,
			"Daarom moet er meer handhaving komen in de steden", ""},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Peter van der Knaap", "Jan Smit"}})
		checkLocal(t, tc.text, Extract(doc, ms, locals), tc.quote, tc.local)
	}
}

// TestPronounPastPhrase checks that a person named inside a noun phrase
// ("de jas van Mia") does not keep "ze" from the described person the
// clause before is about ("mijn moeder").
func TestPronounPastPhrase(t *testing.T) {
	text := `Mijn moeder scheldt ons al uit als er een vlekje op de jas van Mia zit. Dan zegt ze dingen als: "Jullie zorgen helemaal niet goed voor dat meisje. Stop haar in bad!"`
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Mia"}})
	for _, q := range Extract(doc, ms, locals) {
		if strings.HasPrefix(q.Text, "Jullie zorgen") {
			if q.SpeakerLocal != "" || q.SpeakerText != "Mijn moeder" {
				t.Errorf("speaker %q (%q), want Mijn moeder", q.SpeakerText, q.SpeakerLocal)
			}
			return
		}
	}
	t.Errorf("no quote in %q", text)
}

// TestOnlyPerson checks that a quotation in the first person standing
// alone after a sentence that names one person, not as its subject, is
// that person's; not when the sentence brings in someone unnamed who acts,
// nor when the words are not in the first person.
func TestOnlyPerson(t *testing.T) {
	for _, tc := range []struct {
		text, quote, local string
	}{
		{`Het schip ligt in de haven. Voor de Amsterdamse Carolien Verberne is het uniek om commandant te zijn. ,,Normaal ben ik logistiek officier, maar nu niet.''`,
			"Normaal ben ik logistiek officier, maar nu niet.", "L1"},
		{`Het schip ligt in de haven. Een van de ambtenaren in de zaal staat op en richt zich tot Carolien Verberne. ,,Wij kunnen dat allemaal voor u regelen.''`,
			"Wij kunnen dat allemaal voor u regelen.", ""},
		{`Het schip ligt in de haven. Voor de Amsterdamse Carolien Verberne is het uniek om commandant te zijn. ,,Het schip wordt teruggebracht naar de burgerstatus.''`,
			"Het schip wordt teruggebracht naar de burgerstatus.", ""},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Carolien Verberne"}})
		checkLocal(t, tc.text, Extract(doc, ms, locals), tc.quote, tc.local)
	}
}

// checkSpeaker checks that qs, the quotes of text, hold quote with the
// speaker local (the local entity) and speaker (the words shown).
func checkSpeaker(t *testing.T, text string, qs []kroniek.Quote, quote, local, speaker string) {
	t.Helper()
	for _, q := range quoteOf(t, text, qs, quote) {
		if q.SpeakerLocal != local || q.SpeakerText != speaker {
			t.Errorf("%q: speaker %q (%q), want %q (%q)", text, q.SpeakerText, q.SpeakerLocal, speaker, local)
		}
	}
}

// checkLocal is checkSpeaker for the local entity alone.
func checkLocal(t *testing.T, text string, qs []kroniek.Quote, quote, local string) {
	t.Helper()
	for _, q := range quoteOf(t, text, qs, quote) {
		if q.SpeakerLocal != local {
			t.Errorf("%q: speaker %q (%q), want %q", text, q.SpeakerText, q.SpeakerLocal, local)
		}
	}
}

// quoteOf returns the quotes of qs whose text is quote, and fails the test
// when there is none.
func quoteOf(t *testing.T, text string, qs []kroniek.Quote, quote string) []kroniek.Quote {
	t.Helper()
	var out []kroniek.Quote
	for _, q := range qs {
		if q.Text == quote {
			out = append(out, q)
		}
	}
	if len(out) == 0 {
		t.Errorf("%q: no quote %q in %+v", text, quote, qs)
	}
	return out
}

// TestRootCue checks that a quotation standing alone after a sentence
// whose main verb is a speech verb is that verb's subject's, not the
// subject of a speech verb inside what the main verb reports; and that
// after an inverted main clause its pronoun subject speaks, not a person
// named as its object.
func TestRootCue(t *testing.T) {
	for _, tc := range []struct {
		text, quote, local string
	}{
		{`Premier Mark Rutte moet zijn beleid beter uitleggen, vindt VVD-prominent Neelie Kroes. 'Het debat is pas begonnen. Mensen missen het overzicht.'`,
			"Het debat is pas begonnen. Mensen missen het overzicht.", "L2"},
		{`Mark Rutte zegt dat Neelie Kroes het beter moet uitleggen. 'Het debat is pas begonnen.'`,
			"Het debat is pas begonnen.", "L1"},
		// the pronoun after an inverted verb, not the object named after it
		{`Neelie Kroes werkt met een coach. Daarnaast heeft ze haar vriend Mark Rutte, ook een talentvol golfer, bij zich, zodat ze niet wegkwijnt. 'Hij is nu ook mijn caddie wat ik heel fijn vind.'`,
			"Hij is nu ook mijn caddie wat ik heel fijn vind.", "L2"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: []string{"Mark Rutte", "Neelie Kroes"}})
		checkLocal(t, tc.text, Extract(doc, ms, locals), tc.quote, tc.local)
	}
}
