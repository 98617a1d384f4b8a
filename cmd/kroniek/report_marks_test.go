package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kroniek/kroniek"
)

// TestTimelineMarksSurviveClip: a long planned item keeps its "(planned)"
// mark (and a non-fact its kind) in the report's timeline line; the text,
// not the mark, is clipped.
func TestTimelineMarksSurviveClip(t *testing.T) {
	long := strings.Repeat("De oppositievoorman riep de Venezolanen op om massaal de straat op te gaan. ", 3)
	for _, c := range []struct {
		item kroniek.TimelineItem
		want string
	}{
		{kroniek.TimelineItem{Text: long, Plan: true}, " (planned)"},
		{kroniek.TimelineItem{Text: long, Kind: "deadline", Plan: true}, " (deadline) (planned)"},
		{kroniek.TimelineItem{Text: "Kort.", Plan: true}, "Kort. (planned)"},
	} {
		got := clipMarked(c.item, 90)
		if !strings.HasSuffix(got, c.want) || len([]rune(got)) > 90 {
			t.Errorf("clipMarked(%.30q…) = %q; want ≤ 90 runes ending in %q", c.item.Text, got, c.want)
		}
	}
}

// TestReportFiguresThatDiffer: two outlets that count the same injured on
// the same day differently get a "Differ" line in the report, as on the
// web page (user trial: the report never showed one).
func TestReportFiguresThatDiffer(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	in := filepath.Join(dir, "s.jsonl")
	lines := `{"id": "b1", "title": "Storm in Zeeland", "text": "Een zware storm trok zondag over Zeeland. Zondag raakten in Vlissingen 12 mensen gewond door omvallende bomen, meldt de veiligheidsregio.", "published_at": "2019-03-11", "outlet": "pzc"}
{"id": "b2", "title": "Storm raast over Zeeland", "text": "Zondag raasde een zware storm over Zeeland. Zondag raakten in Vlissingen 14 mensen gewond door omvallende bomen, aldus de veiligheidsregio.", "published_at": "2019-03-11", "outlet": "ad"}
`
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, "analyze", "--db", filepath.Join(dir, "k.db"), in)
	if code != 0 {
		t.Fatalf("analyze: exit %d, %s", code, errs)
	}
	if !strings.Contains(out, "Differ   gewonden (2019-03-10): 12 [1] against 14 [2]") {
		t.Errorf("no Differ line for 12 against 14 gewonden:\n%s", out)
	}
}
