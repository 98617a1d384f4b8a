package kroniek

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestNullsInContract checks the optional values the export contract
// writes as null, and that they read back as "".
func TestNullsInContract(t *testing.T) {
	for _, c := range []struct {
		v    any
		want string
	}{
		{Quote{Text: "x"}, `"speaker":null`},
		{Quote{Text: "x", Speaker: "e-1"}, `"speaker":"e-1"`},
		{&Entity{ID: "e-1"}, `"country":null`},
		{Amount{Value: 3}, `"modifier":null`},
		{Event{Type: "AID"}, `"date":null`},
		{Event{Type: "AID", Date: "2020-09-14"}, `"date":"2020-09-14"`},
	} {
		b, err := json.Marshal(c.v)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), c.want) || strings.Count(string(b), strings.Split(c.want, ":")[0]) != 1 {
			t.Errorf("%T: %s, want one %s", c.v, b, c.want)
		}
	}
	var q Quote
	if err := json.Unmarshal([]byte(`{"text":"x","speaker":null}`), &q); err != nil || q.Speaker != "" {
		t.Errorf("null speaker read back as %q (%v)", q.Speaker, err)
	}
}
