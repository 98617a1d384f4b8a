package http

import (
	"testing"

	"github.com/kroniek/kroniek"
)

// TestSourceLabelUnknown: an article of no known outlet is labelled
// "no outlet named" (one source), as the rest of the site names it (the
// story page's links said "unknown 2019-03-25"; user trial 17), never by
// its id.
func TestSourceLabelUnknown(t *testing.T) {
	for _, c := range []struct {
		a    kroniek.Article
		lang string
		want string
	}{
		{kroniek.Article{ID: "000_b05e1234"}, "en", "no outlet named"},
		{kroniek.Article{ID: "a1", Published: "2019-03-25"}, "en", "no outlet named 2019-03-25"},
		{kroniek.Article{ID: "a1", Published: "2019-03"}, "nl", "geen medium genoemd 2019-03"},
		{kroniek.Article{ID: "a2", Outlet: "Dagblad", Published: "2019-03-25"}, "nl", "Dagblad 2019-03-25"},
		{kroniek.Article{ID: "a2", Outlet: "Dagblad"}, "nl", "Dagblad"},
	} {
		if got := sourceLabel(labels[c.lang], &c.a); got != c.want {
			t.Errorf("sourceLabel(%+v) = %q, want %q", c.a, got, c.want)
		}
	}
}
