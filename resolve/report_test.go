package resolve

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/kroniek/kroniek/kb"
	"github.com/kroniek/kroniek/nl"
)

// BenchmarkReportDPG is not a speed benchmark: with RESOLVE_REPORT=1 it
// prints the dpgmedia entities that joined names with different keys, or
// are frequent (RESOLVE_REPORT=all: every entity), for a reviewer to
// check the joins by eye:
// RESOLVE_REPORT=1 go test ./resolve -run X -bench ReportDPG -benchtime 1x
func BenchmarkReportDPG(b *testing.B) {
	if os.Getenv("RESOLVE_REPORT") == "" {
		b.Skip("set RESOLVE_REPORT=1 to print the join report")
	}
	k := loadKB(b)
	arts := readDPG(b)
	ans := analyseWith(b, k, arts, nerTag(b))
	es := Corpus(arts, ans)
	for _, e := range es {
		keys := map[string]bool{}
		for _, a := range e.Aliases {
			keys[kb.Key(a)] = true
		}
		if len(keys) > 1 || e.Count > 60 || os.Getenv("RESOLVE_REPORT") == "all" {
			fmt.Printf("%-4s %-3s %3d %-30s %s | %s\n", e.Type, e.Country, e.Count, e.Name, strings.Join(e.Aliases, "; "), e.KB)
		}
	}
}

// BenchmarkReportKBMatches is not a speed benchmark: with
// RESOLVE_REPORT=1 it prints the knowledge-base matches in the dpgmedia
// corpus by frequency (surface, entry, kind, exact, candidates), for a
// reviewer to spot wrong links:
// RESOLVE_REPORT=1 go test ./resolve -run X -bench ReportKBMatches -benchtime 1x
func BenchmarkReportKBMatches(b *testing.B) {
	if os.Getenv("RESOLVE_REPORT") == "" {
		b.Skip("set RESOLVE_REPORT=1 to print the match report")
	}
	k := loadKB(b)
	arts := readDPG(b)
	cnt := map[string]int{}
	for _, a := range arts {
		doc := nl.Parse(a.Text, nl.Options{Lang: "nl"})
		for _, m := range k.Match(doc) {
			e := m.Entries[0]
			cnt[fmt.Sprintf("%s|%s|%s|%v|%d", a.Text[m.Start:m.End], e.ID, e.Kind, m.Exact, len(m.Entries))]++
		}
	}
	type kv struct {
		k string
		v int
	}
	var l []kv
	for k, v := range cnt {
		l = append(l, kv{k, v})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
	for _, x := range l {
		if x.v >= 3 {
			fmt.Println(x.v, x.k)
		}
	}
}
