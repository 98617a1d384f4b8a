package amount

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/nl"
)

func TestZZScratch(t *testing.T) {
	in := os.Getenv("ZZ")
	if in == "" {
		t.Skip()
	}
	lazy, err := nl.LoadSyntax()
	if err != nil {
		t.Fatal(err)
	}
	lazy.Lazy = true
	for _, s := range strings.Split(in, "|") {
		doc := nl.Parse(s, nl.Options{Lang: "nl"})
		lazy.Annotate(doc)
		fmt.Println("##", s)
		for _, a := range Extract(doc) {
			fmt.Printf("   %q unit=%s val=%v obj=%q\n", a.Text, a.Unit, a.Value, a.Object)
		}
		if os.Getenv("ZZP") != "" {
			for i, tk := range doc.Tokens {
				_ = doc.Parsed(doc.SentenceOf(i))
				fmt.Printf("      %d %s %s %s %d %s\n", i, tk.Text, tk.Lemma, tk.POS, tk.Head, tk.Rel)
			}
		}
	}
}
