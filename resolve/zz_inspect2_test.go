package resolve

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/kb"
)

func BenchmarkZZInspectDPG(b *testing.B) {
	if os.Getenv("INSPECT") == "" {
		b.Skip()
	}
	k := loadKB(b)
	arts := readDPG(b)
	ans := analyse(b, k, arts)
	es := Corpus(arts, ans)
	for _, e := range es {
		keys := map[string]bool{}
		for _, a := range e.Aliases {
			keys[kb.Key(a)] = true
		}
		if len(keys) > 1 || e.Count > 60 {
			fmt.Printf("%-4s %-3s %3d %-30s %s | %s\n", e.Type, e.Country, e.Count, e.Name, strings.Join(e.Aliases, "; "), e.KB)
		}
	}
}
