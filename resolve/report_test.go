package resolve

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/kb"
)

// BenchmarkReportDPG is not a speed benchmark: with RESOLVE_REPORT=1 it
// prints the dpgmedia entities that joined names with different keys, or
// are frequent, for a reviewer to check the joins by eye:
// RESOLVE_REPORT=1 go test ./resolve -run X -bench ReportDPG -benchtime 1x
func BenchmarkReportDPG(b *testing.B) {
	if os.Getenv("RESOLVE_REPORT") == "" {
		b.Skip("set RESOLVE_REPORT=1 to print the join report")
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
