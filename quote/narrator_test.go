package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestFirstPersonInside checks that "riep ik" inside someone's quotation
// is that someone, while the writer's own "zei ik" stays unnamed.
func TestFirstPersonInside(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{",,Er stond een man met een mes in de gang'', vertelt Jan Smit in zijn keuken. ,,Hij vroeg om geld. 'Dat heb ik niet', riep ik.'' Daarna vluchtte de man.",
			[]string{"Jan Smit"}, nil, "Dat heb ik niet", kroniek.QuoteDirect, "Jan Smit"},
		{",,Er stond een man met een mes in de gang'', vertelt Jan Smit in zijn keuken. ,,Hij vroeg om geld. 'Dan maar de politie bellen', dachten we.'' Daarna vluchtte de man.",
			[]string{"Jan Smit"}, nil, "Dan maar de politie", kroniek.QuoteDirect, "Jan Smit"},
		{"Anna de Vries werd wakker van lawaai. ,,Ik liep naar beneden'', zegt Anna de Vries. ,,Er stond een man. 'Wegwezen', dacht ik. Toen rende hij weg.''",
			[]string{"Anna de Vries"}, nil, "Wegwezen", kroniek.QuoteDirect, "Anna de Vries"},
		// the writer's own words: no quotation around them
		{"Jan Smit stond in de gang. \"Dat heb ik niet\", zei ik tegen hem. Daarna vluchtte de man.",
			[]string{"Jan Smit"}, nil, "Dat heb ik niet", kroniek.QuoteDirect, ""},
	})
}
