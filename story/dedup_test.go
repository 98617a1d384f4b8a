package story

import (
	"strings"
	"testing"
)

const wireText = `De gemeenteraad van Zwolle heeft dinsdagavond ingestemd met de bouw van een nieuwe brug over de IJssel. ` +
	`De brug moet in 2027 klaar zijn en kost volgens de gemeente ongeveer veertig miljoen euro. ` +
	`Omwonenden vrezen voor meer verkeer in de binnenstad, maar de wethouder zegt dat een nieuwe rondweg dat opvangt. ` +
	`De provincie betaalt de helft van de kosten. Een meerderheid van de raad stemde voor, alleen twee kleine partijen waren tegen. ` +
	`Met de bouw wordt volgend voorjaar begonnen, als de vergunningen op tijd rond zijn.`

// day returns the day number of a "YYYY-MM-DD" date.
func day(s string) int {
	d, _ := DateSpan(s)
	return d
}

func TestDedup(t *testing.T) {
	edited := strings.Replace(wireText, "dinsdagavond", "dinsdag", 1)
	edited = strings.Replace(edited, "ongeveer veertig", "circa 40", 1)
	updated := wireText + ` Update: een groep bewoners heeft woensdag aangekondigd bezwaar te maken bij de Raad van State. ` +
		`Zij willen dat de gemeente eerst onderzoek doet naar de gevolgen voor de natuur langs de rivier.`
	sameTopic := `In Zwolle is het besluit over de nieuwe IJsselbrug met gemengde gevoelens ontvangen. ` +
		`Winkeliers in de binnenstad zijn blij met de betere bereikbaarheid, maar bewoners van de wijk Assendorp ` +
		`vrezen dat hun straten een sluiproute worden. De wethouder belooft een verkeersonderzoek voordat de bouw begint, ` +
		`en de gemeenteraad wil elk half jaar horen hoe het project ervoor staat. De brug kost veertig miljoen euro.`
	short := "Kort bericht."
	docs := []DupDoc{
		{ID: "a-orig", Date: day("2024-03-05"), Text: wireText},
		{ID: "b-copy", Date: day("2024-03-05"), Text: wireText},
		{ID: "wire", Date: day("2024-03-06"), Text: edited},
		{ID: "upd", Date: day("2024-03-07"), Text: updated},
		{ID: "topic", Date: day("2024-03-06"), Text: sameTopic},
		{ID: "s1", Date: day("2024-03-06"), Text: short},
		{ID: "s2", Date: day("2024-03-07"), Text: "Kort bericht over iets anders."},
	}
	// Input order must not matter: reverse it.
	rev := make([]DupDoc, len(docs))
	for i, d := range docs {
		rev[len(docs)-1-i] = d
	}
	got := map[string]Dup{}
	for _, d := range Dedup(rev, Options{}) {
		got[d.Article] = d
	}
	for _, id := range []string{"b-copy", "wire", "upd"} {
		d, ok := got[id]
		if !ok {
			t.Errorf("%s not found as duplicate", id)
			continue
		}
		if d.Original != "a-orig" {
			t.Errorf("%s duplicate of %s, want a-orig", id, d.Original)
		}
		if d.Similarity <= 0.5 || d.Similarity > 1 {
			t.Errorf("%s similarity %.2f", id, d.Similarity)
		}
	}
	if got["b-copy"].Similarity != 1 {
		t.Errorf("exact copy similarity %.2f, want 1", got["b-copy"].Similarity)
	}
	for _, id := range []string{"a-orig", "topic", "s1", "s2"} {
		if d, ok := got[id]; ok {
			t.Errorf("%s wrongly a duplicate of %s (%.2f)", id, d.Original, d.Similarity)
		}
	}
}

func TestShingleSetShortText(t *testing.T) {
	if got := len(shingleSet("twee woorden")); got != 1 {
		t.Errorf("short text: %d shingles, want 1", got)
	}
	if got := len(shingleSet("")); got != 0 {
		t.Errorf("empty text: %d shingles, want 0", got)
	}
}
