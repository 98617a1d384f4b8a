package quote

import "testing"

// TestRaadsman: "de raadsman" is the lawyer the article named as
// "advocaat" (sameRole).
func TestRaadsman(t *testing.T) {
	text := "Haar advocaat Jan Kolder somde op welk bewijs er ontbreekt. Dat is niet verboden, aldus Kolder. Volgens de raadsman is de beslissing om haar te vervolgen politiek ingegeven."
	doc := annotated(t, text)
	ms, locals := fakeEntities(doc, labelled{People: []string{"Jan Kolder"}})
	qs := Extract(doc, ms, locals)
	checkOffsets(t, doc, qs)
	if _, sp, ok := speakerOf(qs, locals, "is de beslissing"); !ok || sp != "Jan Kolder" {
		t.Errorf("want the raadsman's words by Jan Kolder, got %v %q", ok, sp)
	}
}
