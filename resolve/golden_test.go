package resolve

import (
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
	"github.com/kroniek/kroniek/internal/shared"
	"github.com/kroniek/kroniek/nl"
)

// TestGolden runs Local on texts written for kroniek (testdata/*.txt;
// files starting en_ are English and get no tagger, the others the
// capitals stand-in) and compares with NAME.golden.json.
func TestGolden(t *testing.T) {
	k := loadKB(t)
	shared.Golden(t, "testdata/*.txt", func(t *testing.T, name string, in []byte) any {
		lang := "nl"
		if strings.HasPrefix(name, "en_") {
			lang = "en"
		}
		doc := nl.Parse(string(in), nl.Options{Lang: lang})
		var tagged []kroniek.Mention
		if lang == "nl" {
			tagged = capTag(doc)
		}
		les, ms := Local(doc, tagged, k)
		return struct {
			Locals   []kroniek.LocalEntity `json:"locals"`
			Mentions []kroniek.Mention     `json:"mentions"`
		}{les, ms}
	})
}
