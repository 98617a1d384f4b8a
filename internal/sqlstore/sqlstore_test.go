package sqlstore

import "testing"

func TestRebind(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`SELECT 1`, `SELECT 1`},
		{`a = ? AND b = ?`, `a = $1 AND b = $2`},
		{`n LIKE ? ESCAPE '\' AND x = ?`, `n LIKE $1 ESCAPE '\' AND x = $2`},
		{`s = 'what?' AND "odd?col" = ?`, `s = 'what?' AND "odd?col" = $1`},
		{`s = 'it''s?' AND t = ?::text`, `s = 'it''s?' AND t = $1::text`},
	} {
		if got := Rebind(c.in); got != c.want {
			t.Errorf("Rebind(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWherePage(t *testing.T) {
	var w Where
	w.Eq("a", "")
	if w.SQL() != "" {
		t.Errorf("empty value gave %q", w.SQL())
	}
	w.Eq("a", "x")
	w.Add("b IN (SELECT value FROM json_each(?))", `["y"]`)
	if got, want := w.SQL(), ` WHERE a = ? AND b IN (SELECT value FROM json_each(?))`; got != want {
		t.Errorf("SQL() = %q, want %q", got, want)
	}
	lim, args := page(w.args, 5, 10)
	if lim != ` LIMIT ? OFFSET ?` || len(args) != 4 || len(w.args) != 2 {
		t.Errorf("page = %q %v (where args %v)", lim, args, w.args)
	}
	if lim, args := page(w.args, -1, 0); lim != "" || len(args) != 2 {
		t.Errorf("page(-1) = %q %v", lim, args)
	}
}
