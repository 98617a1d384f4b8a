package quote

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestCoSpeakers checks that a quote whose speaker phrase coordinates named
// parties keeps the first as its speaker and the others, in order, as
// co-speakers; a coordination of one person's titles stays one speaker.
// Every sentence is invented.
func TestCoSpeakers(t *testing.T) {
	for _, tc := range []struct {
		text         string
		people, orgs []string
		quote        string // prefix of the quote's text
		want         string // the speakers' words joined by " + "
	}{
		// the subject of the speech verb
		{"De Dierenbescherming en Greenpeace stellen dat de nieuwe regels te laat komen.",
			nil, []string{"Dierenbescherming", "Greenpeace"}, "de nieuwe regels", "Dierenbescherming + Greenpeace"},
		// the object of volgens, titles before each name
		{"Volgens wethouder Karin Mulder en burgemeester Johan Visser is de brug volgend jaar klaar.",
			[]string{"Karin Mulder", "Johan Visser"}, nil, "is de brug", "Karin Mulder + Johan Visser"},
		// three parties in a list
		{"Volgens de VVD, het CDA en D66 moet de belasting omlaag.",
			nil, []string{"VVD", "CDA", "D66"}, "moet de belasting", "VVD + CDA + D66"},
		// the cue's subject after an inverted quote
		{"\"We zijn blij met dit besluit\", lieten de gemeente Zwolle en Waterschap Drents Overijsselse Delta gisteren weten.",
			nil, []string{"gemeente Zwolle", "Waterschap Drents Overijsselse Delta"}, "We zijn blij", "gemeente Zwolle + Waterschap Drents Overijsselse Delta"},
		// one person's two titles: one speaker
		{"Fractievoorzitter en wethouder Petra de Wit zegt dat het plan van tafel is.",
			[]string{"Petra de Wit"}, nil, "het plan", "Petra de Wit"},
		// the owners of a source after volgens
		{"Volgens cijfers van Stichting Groen Dorp en Natuurmonumenten is het aantal bijen gehalveerd.",
			nil, []string{"Stichting Groen Dorp", "Natuurmonumenten"}, "is het aantal", "Stichting Groen Dorp + Natuurmonumenten"},
		// a list inside the first name
		{"De regels moeten strenger, meldden het ministerie van verkeer, handel en sport en Vereniging Zorg voor de Ouderen gisteren.",
			nil, []string{"ministerie van verkeer, handel en sport", "Vereniging Zorg voor de Ouderen"}, "De regels", "ministerie van verkeer, handel en sport + Vereniging Zorg voor de Ouderen"},
		// a body tagged MISC is a party too
		{"De regels moeten strenger, meldden de minister van Verkeer en Branches Openbaar Vervoer voor de Regio gisteren.",
			nil, []string{"minister van Verkeer", "Branches Openbaar Vervoer voor de Regio"}, "De regels", "minister van Verkeer + Branches Openbaar Vervoer voor de Regio"},
		// a comma alone joins no second speaker
		{"Piet Kramer, Greenpeace, vindt dat de regels te laat komen.",
			[]string{"Piet Kramer"}, []string{"Greenpeace"}, "de regels", "Piet Kramer"},
		// a ministry's name with "en" in it is no second speaker
		{"Volgens minister Karin Mulder van Handel en Visserij is de haven te klein.",
			[]string{"Karin Mulder"}, []string{"Handel en Visserij"}, "is de haven", "Karin Mulder"},
		// "of" joins no speakers
		{"Volgens Greenpeace of de Dierenbescherming komen de regels te laat.",
			nil, []string{"Dierenbescherming", "Greenpeace"}, "komen de regels", "Greenpeace"},
	} {
		doc := annotated(t, tc.text)
		ms, locals := fakeEntities(doc, labelled{People: tc.people})
		ms, locals = withOrgs(ms, locals, doc.Text, tc.orgs...)
		for k := range locals {
			if strings.HasPrefix(locals[k].Name, "Branches") {
				locals[k].Type = kroniek.MISC // a body the tagger takes for a name of something
			}
		}
		qs := Extract(doc, ms, locals)
		checkOffsets(t, doc, qs)
		got, found := "", false
		for _, q := range qs {
			if !strings.HasPrefix(q.Text, tc.quote) {
				continue
			}
			found = true
			names := []string{q.SpeakerText}
			for _, c := range q.CoSpeakers {
				if doc.Text[c.Start:c.End] != c.Text {
					t.Errorf("%q: co-speaker %q at %d-%d reads %q", tc.text, c.Text, c.Start, c.End, doc.Text[c.Start:c.End])
				}
				names = append(names, c.Text)
			}
			got = strings.Join(names, " + ")
			break
		}
		if !found || got != tc.want {
			t.Errorf("%q: want %q, got %q (found %v)", tc.text, tc.want, got, found)
		}
	}
}
