package event

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestTimeOnNounThroughTimeNoun: a time that hangs on a time noun (eind
// jaren 90) dates what that noun hangs on; on another noun (misbruik van
// misdienaren eind jaren 90) it is no date of the verdict (audit 11203
// row 23).
func TestTimeOnNounThroughTimeNoun(t *testing.T) {
	src := "Kardinaal [George Pell] (77), zeer invloedrijk in het [Vaticaan|ORG], is in [Australië|LOC] door de rechtbank op vijf aanklachten schuldig bevonden voor misbruik van twee 13-jarige misdienaren eind jaren 90."
	text, ms, ls := annotate(src)
	times := []kroniek.TimeRef{timeRef(text, "jaren 90", "199X", "", kroniek.TimeDate)}
	for _, e := range Extract(parseDoc(t, text), ms, ls, times, "2019-02-26") {
		if e.Type == "SANCTION" && e.Date != "" {
			t.Errorf("%s %q dated %q by the abuse's time, want none", e.Type, e.Trigger, e.Date)
		}
	}
}
