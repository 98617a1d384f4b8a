package event

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZProbe(t *testing.T) {
	b, err := os.ReadFile("/tmp/ev/probe.txt")
	if err != nil {
		t.Skip()
	}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		text, ms, ls := annotate(line)
		fmt.Println("##", text)
		for _, e := range Extract(parseDoc(t, text), ms, ls, nil, "2024-03-12") {
			fmt.Printf("   %s %q act=%q rec=%q conf=%.2f shown=%v hyp=%v neg=%v date=%q\n", e.Type, e.Trigger, e.ActorText, e.RecipientText, e.Confidence, e.Shown, e.Hypothetical, e.Negated, e.Date)
		}
	}
}
