package event

import (
	"fmt"
	"os"
	"testing"
)

func TestZZParse(t *testing.T) {
	src := os.Getenv("PARSE_SRC")
	if src == "" {
		t.Skip()
	}
	doc := parseDoc(t, src)
	for si := range doc.Sentences {
		doc.Parsed(si)
	}
	for i, tk := range doc.Tokens {
		fmt.Printf("%d %s %s %v head=%d rel=%s\n", i, tk.Text, tk.Lemma, tk.POS, tk.Head, tk.Rel)
	}
}
