package resolve

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// Invented texts: a body written as a common noun is an entity of its
// country.
func TestBodyMentions(t *testing.T) {
	cases := []struct {
		text, surface, kb string // kb "" wants no entity for surface
	}{
		{"De politie hield gisteren in Utrecht een man aan.", "politie", "org:politie-nl"},
		{"De man werd door de politie aangehouden.", "politie", "org:politie-nl"},
		{"De Duitse politie heeft in Berlijn drie mannen opgepakt.", "Duitse politie", "org:politie-de"}, {"In Berlijn zei de Duitse minister dat de politie drie mannen had opgepakt in Berlijn en Hamburg.", "politie", "org:politie-de"},
		{"Het kabinet wil meer geld voor de zorg in Utrecht en Amsterdam.", "kabinet", "org:kabinet-nl"},
		{"In Utrecht vroeg de wethouder de Rijksoverheid om geld.", "Rijksoverheid", "org:kabinet-nl"},
		// a nationality adjective names a foreign government: its own
		// body, apart from the country
		{"In Moskou zei Poetin dat Rusland en de Russische regering in Moskou en Sint-Petersburg niets weten.", "Russische regering", "org:kabinet-ru"},
		{"De regering-Trump heft tarieven. De Indiase regering zei dinsdag dat India niet terugslaat.", "Indiase regering", "org:kabinet-in"},
		// an article about abroad: the sentence says whose government it is
		{"In Londen en Manchester staakten de Britten tegen Groot-Brittannië. D66 wil dat het kabinet helpt.", "kabinet", "org:kabinet-nl"},
		{"In Londen en Manchester staakten de Britten tegen Groot-Brittannië. De regering in Londen zwijgt.", "regering", ""},
		{"In Londen en Manchester staakten de Britten tegen Groot-Brittannië. Het Britse kabinet zwijgt.", "Britse kabinet", "org:kabinet-gb"},
		{"In Londen en Manchester staakten de Britten tegen Groot-Brittannië. Het kabinet zwijgt.", "kabinet", ""},
		// a later one without names in its sentence is the Dutch one an earlier sentence showed
		{"In Londen en Manchester staakten de Britten tegen Groot-Brittannië. D66 wil dat de regering helpt. Later zwijgt het kabinet.", "kabinet", "org:kabinet-nl"},
		// no article: part of a phrase
		{"Hij sprak met politie en justitie in Utrecht.", "politie", ""},
	}
	for _, c := range cases {
		les, ms := localOf(t, c.text, "nl", true)
		le := entityOf(les, ms, c.surface)
		got := ""
		if le != nil {
			got = le.KB
			if le.Type != kroniek.ORG {
				t.Errorf("%q: %s is %s, want ORG", c.text, c.surface, le.Type)
			}
		}
		if got != c.kb {
			t.Errorf("%q: %s links %q, want %q", c.text, c.surface, got, c.kb)
		}
	}
}

// A capital used as an actor stands for its country's government where
// the corpus has that government's entity, else for the country.
func TestSeatOf(t *testing.T) {
	byKB := map[string]string{"org:kabinet-in": "e-in", "org:kabinet-nl": "e-nl", "org:kabinet-be": "e-be"}
	cases := []struct{ place, stands, want string }{
		{"capital:IN", "country:IN", "org:kabinet-in"}, // New Delhi wil…
		{"capital:TR", "country:TR", "country:TR"},     // no Turkish government in the corpus
		{"capital:NL", "country:NL", "country:NL"},     // Amsterdam is not the seat
		{"capital:BE", "country:BE", "country:BE"},     // Brussel: mostly the EU
		{"metonym:kremlin", "country:IN", "country:IN"},
		{"capital:IN", "org:eu", "org:eu"},
	}
	for _, c := range cases {
		if got := seatOf(c.place, c.stands, byKB); got != c.want {
			t.Errorf("seatOf(%q, %q) = %q, want %q", c.place, c.stands, got, c.want)
		}
	}
}
