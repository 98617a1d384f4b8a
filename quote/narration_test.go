package quote

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestUnresolvedPronounNarration checks that a sentence of narration
// whose subject is a "ze" that names no one (the things the speaker
// talks about) does not give its pronoun to the quotation after it: the
// one quoted before goes on speaking.
func TestUnresolvedPronounNarration(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"\"Wij willen af van die kleine contracten\", zegt vakbondsman Karel Smit. Ze leiden bovendien tot veel stress. \"In die paar uur wordt vaak heel veel werk gepropt.\"",
			[]string{"Karel Smit"}, nil, "In die paar uur", kroniek.QuoteDirect, "Karel Smit"},
	})
}
