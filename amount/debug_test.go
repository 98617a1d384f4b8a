package amount

import (
	"os"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

// TestDebugExtract prints the figures and the parse of the sentences in
// $SENT (separated by "|"); it is skipped without it. A helper for
// reading why a figure gets the object it gets:
//
//	SENT="De bouw duurde twee jaar." go test -run TestDebugExtract -v ./amount/
func TestDebugExtract(t *testing.T) {
	in := os.Getenv("SENT")
	if in == "" {
		t.Skip("set SENT to the sentences to read")
	}
	syntaxOnce.Do(func() { syntax, syntaxErr = nl.LoadSyntax() })
	if syntaxErr != nil {
		t.Fatal(syntaxErr)
	}
	for _, s := range strings.Split(in, "|") {
		doc := nl.Parse(s, nl.Options{Lang: "nl"})
		syntax.Annotate(doc)
		var b strings.Builder
		for _, tk := range doc.Tokens {
			b.WriteString(tk.Text + "/" + tk.Lemma + "/" + tk.POS.String() + "/" + tk.Rel)
			if tk.Head >= 0 {
				b.WriteString("→" + doc.Tokens[tk.Head].Text)
			}
			b.WriteByte(' ')
		}
		t.Log(b.String())
		for _, a := range Extract(doc) {
			t.Logf("  [%s] %g %s → %q", a.Text, a.Value, a.Unit, a.Object)
		}
	}
}
