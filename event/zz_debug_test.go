package event

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	src := os.Getenv("DEBUG_SRC")
	if src == "" {
		t.Skip()
	}
	for _, s := range strings.Split(src, "\n") {
		text, ms, ls := annotate(s)
		fmt.Println("##", text)
		doc := parseDoc(t, text)
		for _, e := range Extract(doc, ms, ls, nil, "2019-03-12") {
			fmt.Printf("   %s/%s trig=%q A=%q R=%q conf=%.2f shown=%v neg=%v hyp=%v date=%v\n", e.Type, e.Mode, e.Trigger, e.ActorText, e.RecipientText, e.Confidence, e.Shown, e.Negated, e.Hypothetical, e.Date)
		}
	}
}
